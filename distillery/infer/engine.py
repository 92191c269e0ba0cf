"""What every anonymization engine is to its callers (`infer`, `chat`, `eval`): the `Anonymizer`
protocol and the counters every engine keeps. Callers use only this; how an engine finds its spans
is its own business (`infer.pipeline` holds the steps they share)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Literal, Protocol, runtime_checkable

from distillery.documents import Document
from distillery.pii.replace import Style
from distillery.schema import AnalysisResult, AnonymizationResult

EngineKind = Literal["rules", "generative", "tagger"]


@dataclass
class EngineStats:
    """Counters every engine keeps; an engine with more to count extends this class."""

    documents: int = 0
    # Tokens written by a generative student; None for an engine that does not decode.
    generated_tokens: int | None = None
    started: float = field(default_factory=time.perf_counter)

    def counters(self) -> dict[str, int]:
        """The integer counters by name, in declaration order (for reports)."""
        values = ((f.name, getattr(self, f.name)) for f in fields(self))
        return {k: v for k, v in values if isinstance(v, int) and not isinstance(v, bool)}

    def docs_per_second(self) -> float:
        return self.documents / max(time.perf_counter() - self.started, 1e-9)


@runtime_checkable
class Anonymizer(Protocol):
    """An anonymization engine: the rules alone, or a student (generative or tagger) over them."""

    kind: EngineKind
    stats: EngineStats

    def anonymize(self, doc: Document | str) -> AnonymizationResult:
        """One document (a bare string is a document without an id)."""
        ...

    def stream(self, docs: Iterable[Document]) -> Iterator[AnonymizationResult]:
        """One result per document, lazily and in input order."""
        ...

    def analyze_stream(self, docs: Iterable[Document]) -> Iterator[AnalysisResult]:
        """What `stream` would replace in each document, without rewriting it; lazily, in order."""
        ...

    def summary(self) -> str:
        """One line for stderr about the documents seen so far; empty when there is nothing worth
        saying (the rules engine: no model, nothing dropped)."""
        ...

    def describe(self) -> str:
        """What runs, for people: "rules", or the student kind, its source and its device."""
        ...

    def with_style(self, style: Style | str) -> Anonymizer:
        """The same engine (same loaded model, same counters) writing replacements in `style`."""
        ...
