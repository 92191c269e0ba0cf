"""Anonymization with the rules engine alone."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from distillery.documents import Document
from distillery.pii.engine import RulesEngine
from distillery.pii.mentions import person_part_mentions
from distillery.pii.replace import Style, anonymize_with_spans
from distillery.schema import AnonymizationResult


class RulesAnonymizer:
    def __init__(
        self,
        style: Style | str = Style.tag,
        hash_key: bytes | None = None,
        person_mentions: bool = True,
        *,
        keep_org_contacts: bool = True,
        org_mailboxes: Iterable[str] = (),
    ):
        self.engine = RulesEngine(keep_org_contacts=keep_org_contacts, org_mailboxes=org_mailboxes)
        self.style = Style(style)
        self.hash_key = hash_key
        self.person_mentions = person_mentions

    def anonymize(self, doc: Document) -> AnonymizationResult:
        spans = self.engine.analyze(doc.text)
        if self.person_mentions:
            spans += person_part_mentions(doc.text, spans)
        return anonymize_with_spans(doc.text, spans, self.style, hash_key=self.hash_key, doc_id=doc.id)

    def stream(self, docs: Iterable[Document]) -> Iterator[AnonymizationResult]:
        for doc in docs:
            yield self.anonymize(doc)
