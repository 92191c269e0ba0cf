"""Anonymization with the rules engine alone: no student, the shared steps (`infer.pipeline`) do it all."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from distillery.documents import Document
from distillery.infer.engine import EngineKind, EngineStats
from distillery.infer.pipeline import Finish, R, SpanAnonymizer
from distillery.pii.recognizers.base import Recognizer
from distillery.pii.replace import Style


class RulesAnonymizer(SpanAnonymizer):
    kind: EngineKind = "rules"

    def __init__(
        self,
        style: Style | str = Style.tag,
        hash_key: bytes | None = None,
        person_mentions: bool = True,
        *,
        keep_org_contacts: bool = True,
        org_mailboxes: Iterable[str] = (),
        recognizers: Sequence[Recognizer] = (),
    ):
        # The rules are the engine here, not a safety net that could be switched off.
        super().__init__(
            style,
            hash_key,
            person_mentions=person_mentions,
            rules_safety_net=True,
            keep_org_contacts=keep_org_contacts,
            org_mailboxes=org_mailboxes,
            recognizers=recognizers,
        )
        self.stats = EngineStats()

    def _stream(self, docs: Iterable[Document], finish: Finish[R]) -> Iterator[R]:
        for doc in docs:
            yield finish(doc, [])
