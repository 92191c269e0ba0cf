"""The recognizer interface: one small class per kind of personal data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from distillery.pii.spans import Span


class Recognizer:
    """Finds spans of one PII type. Subclasses set `type` and implement `find`."""

    type: ClassVar[str]
    name: ClassVar[str] = ""

    def find(self, text: str) -> Iterator[Span]:  # pragma: no cover - interface
        raise NotImplementedError


class PatternRecognizer(Recognizer):
    """A regex finds candidates; `validate` (checksums, ranges) keeps the real ones."""

    pattern: ClassVar[re.Pattern[str]]
    group: ClassVar[int | str] = 0

    def validate(self, candidate: str) -> bool:
        return True

    def find(self, text: str) -> Iterator[Span]:
        for m in self.pattern.finditer(text):
            start, end = m.span(self.group)
            if end > start and self.validate(m.group(self.group)):
                yield Span(start, end, self.type, source=f"rules:{self.name or type(self).__name__}")
