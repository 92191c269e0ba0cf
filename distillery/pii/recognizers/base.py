"""The recognizer interface: one small class per kind of personal data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from distillery.pii.find import lower_document
from distillery.pii.spans import Span


class Recognizer:
    """Finds spans of one PII type. Subclasses set `type` and implement `find`."""

    type: ClassVar[str]
    name: ClassVar[str] = ""

    def find(self, text: str) -> Iterator[Span]:  # pragma: no cover - interface
        raise NotImplementedError

    def span(self, start: int, end: int, score: float = 1.0) -> Span:
        return Span(start, end, self.type, score=score, source=f"rules:{self.name or type(self).__name__}")


class PatternRecognizer(Recognizer):
    """A regex finds candidates; `validate` (checksums, ranges) keeps the real ones.

    Subclasses that need the surrounding text (context words) override `accept` instead.
    """

    pattern: ClassVar[re.Pattern[str]]
    group: ClassVar[int | str] = 0

    def validate(self, candidate: str) -> bool:
        return True

    def accept(self, text: str, match: re.Match[str]) -> bool:
        return self.validate(match.group(self.group))

    def find(self, text: str) -> Iterator[Span]:
        for m in self.pattern.finditer(text):
            start, end = m.span(self.group)
            if end > start and self.accept(text, m):
                yield self.span(start, end)


# `text` in lower case, computed once per document for every recognizer's keyword pre-check (the
# same copy that values are searched in: `pii.find`).
lowered = lower_document


def has_any(text: str, hints: tuple[str, ...]) -> bool:
    """A cheap pre-check: does the (lower-cased) text contain any of `hints`? Lets a recognizer
    skip its regexes on the many documents that have none of its cue words."""
    low = lowered(text)
    return any(h in low for h in hints)


def context_before(text: str, start: int, words: re.Pattern[str], window: int = 40) -> bool:
    """True when `words` occurs in the `window` characters before `start` (same line or the one above)."""
    return words.search(text, max(0, start - window), start) is not None


class LabeledValueRecognizer(Recognizer):
    """A value that counts as PII only right after an explicit label ("MRN:", "passaporto n.", "targa").

    `label` and `value` are regex sources; between them up to `gap_words` plain words ("carta
    d'identità *elettronica* n.", "cartella *ambulatoriale* n.") and a few filler tokens
    ("n.", "n°", "no.", "numero", ":", "#"). High precision by construction: without the label, or
    with a digit, a sentence end or a line break in between, nothing is reported.
    """

    label: ClassVar[str]
    value: ClassVar[str]
    flags: ClassVar[int] = re.IGNORECASE
    _compiled: ClassVar[re.Pattern[str] | None] = None

    # Between the label and the value: ":", ",", "n.", "no.", "nr", "number", "numero", "#", "=" ...
    # (Each repeat starts with a non-space token, so runs of spaces cannot be split many ways.)
    _FILLER = r"\s*(?:(?:[:#=,]|n[or]?\.?\s?[°º]?|nr\.?|num(?:ber|ero)?\.?|is|è|e'|was|[(\[]|[)\]])\s*){0,3}"
    # A plain word (no digit) between the label and the value; each repeat starts with a letter.
    # (One space before each word: runs of spaces must not be split many ways.)
    _GAP_WORD = r"[ \t][^\W\d_][\w'’-]*"
    gap_words: ClassVar[int] = 2
    # Lower-case substrings one of which every label contains (None: always run the regex).
    hints: ClassVar[tuple[str, ...] | None] = None
    # The value holds a digit in its first token (after an optional 1-2 letter prefix, "AY 3847162"):
    # a gap word is never taken for the value.
    _HAS_DIGIT = r"(?=(?:[A-Za-z]{1,2}\s)?\S*\d)"

    @classmethod
    def regex(cls) -> re.Pattern[str]:
        if cls.__dict__.get("_compiled") is None:
            # Labels are matched case-free; `flags` applies to the value.
            gap = rf"(?:{cls._GAP_WORD}){{0,{cls.gap_words}}}?" if cls.gap_words else ""
            cls._compiled = re.compile(
                rf"(?i:(?:{cls.label}){gap}{cls._FILLER})(?P<value>{cls._HAS_DIGIT}(?:{cls.value}))", cls.flags
            )
        return cls._compiled  # type: ignore[return-value]

    def validate(self, value: str) -> bool:
        # An identifier has at least one digit; this keeps "targa straniera" or "passport office" out.
        return any(ch.isdigit() for ch in value)

    def find(self, text: str) -> Iterator[Span]:
        if self.hints is not None and not has_any(text, self.hints):
            return
        for m in self.regex().finditer(text):
            start, end = m.span("value")
            if end > start and self.validate(m.group("value")):
                yield self.span(start, end)
