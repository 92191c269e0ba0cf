"""Gold files for `eval`: dataset records (`distillery.dataset`), read through the one dataset reader.

A gold line is {"id", "lang", "text", "pii": [...], "keep": [...]}; `pii` items are {"value", "type"}
with optional "start"/"end". Without offsets every occurrence of the value in the text is gold (as a
whole word where the value starts/ends with a letter or digit). Extra fields are ignored. `generate`'s
output (eval.jsonl) is such a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from distillery.dataset import read_dataset
from distillery.errors import UserError
from distillery.pii.lang import guess_lang

__all__ = ["GoldDoc", "GoldSpan", "load_gold"]


@dataclass(frozen=True, order=True)
class GoldSpan:
    """One occurrence of personal data: text[start:end] == value."""

    start: int
    end: int
    type: str
    value: str = field(compare=False)

    def overlaps(self, other: GoldSpan) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class GoldDoc:
    id: str | int
    lang: str
    text: str
    spans: tuple[GoldSpan, ...] = ()
    keep: tuple[str, ...] = ()
    line: int = 0

    @property
    def has_pii(self) -> bool:
        return bool(self.spans)


def load_gold(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Read and validate a gold file; bad lines raise UserError naming file:line."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"gold file not found: {path}")
    docs: list[GoldDoc] = []
    seen: dict[str | int, int] = {}
    for where, rec in read_dataset(path, limit=limit):
        lineno = int(where.rsplit(":", 1)[1])
        doc_id = rec.id if rec.id is not None else lineno
        if doc_id in seen:
            raise UserError(f"{where}: duplicate id {doc_id!r} (first on line {seen[doc_id]})")
        seen[doc_id] = lineno
        spans = tuple(GoldSpan(s.start, s.end, s.type, s.value) for s in rec.spans())
        lang = rec.lang or guess_lang(rec.text)
        docs.append(GoldDoc(doc_id, lang, rec.text, spans, tuple(rec.keep), lineno))
    if not docs:
        raise UserError(f"{path}: no documents")
    return docs
