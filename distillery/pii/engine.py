"""The rules engine: runs every registered recognizer and merges their spans."""

from __future__ import annotations

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import all_recognizers
from distillery.pii.spans import Span, resolve_overlaps


class RulesEngine:
    """Deterministic PII detection; also the safety net under the model."""

    def __init__(self, recognizers: list[Recognizer] | None = None, types: set[str] | None = None):
        recs = recognizers if recognizers is not None else all_recognizers()
        self.recognizers = [r for r in recs if types is None or r.type in types]

    def analyze(self, text: str) -> list[Span]:
        spans: list[Span] = []
        for rec in self.recognizers:
            spans.extend(rec.find(text))
        return resolve_overlaps(spans)
