"""The rules engine: runs every registered recognizer and merges their spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from distillery.pii.org_contacts import OrgContacts
from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import all_recognizers
from distillery.pii.spans import Span, resolve_overlaps


class RulesEngine:
    """Deterministic PII detection; also the safety net under the model.

    `keep_org_contacts` (default): toll-free/premium numbers, switchboards and service lines
    introduced as such, and role mailboxes are not personal data and are not reported, unless the
    context ties them to a person (`pii.org_contacts`). `org_mailboxes` adds role mailboxes.
    `extra`: recognizers added to the built-in ones (a YAML file's: `pii.recognizers.custom`).
    """

    def __init__(
        self,
        recognizers: list[Recognizer] | None = None,
        types: set[str] | None = None,
        *,
        keep_org_contacts: bool = True,
        org_mailboxes: Iterable[str] = (),
        extra: Sequence[Recognizer] = (),
    ):
        recs = list(recognizers if recognizers is not None else all_recognizers()) + list(extra)
        self.recognizers = [r for r in recs if types is None or r.type in types]
        self.org_contacts = OrgContacts(org_mailboxes) if keep_org_contacts else None

    def analyze(self, text: str) -> list[Span]:
        """What the rules report: every recognizer's spans, overlaps resolved, organisation contacts
        removed (per `keep_org_contacts`)."""
        return self.without_org_contacts(text, self.detect(text))

    def detect(self, text: str) -> list[Span]:
        """Every recognizer's spans, overlaps resolved, before the organisation-contact policy (an
        engine that adds a student's spans applies the policy once, to the union)."""
        spans: list[Span] = []
        for rec in self.recognizers:
            spans.extend(rec.find(text))
        return resolve_overlaps(spans)

    def without_org_contacts(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans` without the organisation contacts, when this engine keeps them; else `spans`."""
        return spans if self.org_contacts is None else self.org_contacts.keep(text, spans)
