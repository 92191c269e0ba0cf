"""Spans of personal data in a text, and how overlapping spans are resolved."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from distillery.pii.types import specificity


@dataclass(frozen=True, order=True)
class Span:
    """A half-open [start, end) range of `text` holding personal data of kind `type`."""

    start: int
    end: int
    type: str
    score: float = field(default=1.0, compare=False)
    source: str = field(default="rules", compare=False)  # "rules", "model", "gold", ...

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


def _priority(span: Span) -> tuple:
    # Longest first, then most specific type (a checksum-validated identifier says more than a
    # generic number-ish guess: `pii.types`), then highest score, then leftmost.
    return (-span.length, -specificity(span.type), -span.score, span.start)


def resolve_overlaps(spans: list[Span] | tuple[Span, ...]) -> list[Span]:
    """Keep a set of non-overlapping spans: the longest wins, then the most specific type.

    Greedy by priority is enough here: recognizers rarely produce long chains of overlaps, and
    choosing the longest span first guarantees that no character of a detected value leaks.
    """
    # The chosen spans never overlap each other, so kept sorted by start only the one that starts
    # last before `span` ends can overlap it: one bisect per span instead of a scan of all chosen
    # (a log with thousands of hits, e.g. "password: ..." on every line, was quadratic).
    chosen: list[Span] = []
    starts: list[int] = []
    for span in sorted(set(spans), key=_priority):
        i = bisect.bisect_left(starts, span.end)
        if i and chosen[i - 1].end > span.start:
            continue
        chosen.insert(i, span)
        starts.insert(i, span.start)
    return sorted(chosen)
