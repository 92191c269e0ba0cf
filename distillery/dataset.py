"""The dataset record: one schema for every stage that writes or reads a labelled document.

`generate` writes one `DatasetRecord` per line of train/validation/eval.jsonl; `train` and `eval`
read them back through `read_dataset`, which names `file:line` on the first bad line. The same
model reads the hand-written gold files (`data/eval/*.jsonl`), whose `pii` items may omit offsets:
such a value is located in the text (every whole-word occurrence).

Versions: 2 (this one) adds `v`, `prompt_version` and keeps the teacher's raw answer as a string.
Version 1 records (no `v`, `teacher_answer` was the teacher's rewrite of the document) still load:
their text and spans are all that the later stages use.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
    model_validator,
)

from distillery.errors import UserError
from distillery.fsutil import read_jsonl_objects
from distillery.pii.find import fold, locate
from distillery.schema import TYPE_PATTERN

RECORD_VERSION = 2
_TYPE_RE = re.compile(TYPE_PATTERN)


def text_hash(text: str) -> str:
    """Deduplication key: texts equal up to case and whitespace are the same document."""
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, order=True)
class RecordSpan:
    """One occurrence of personal data: text[start:end] == value."""

    start: int
    end: int
    type: str
    value: str

    def overlaps(self, other: RecordSpan) -> bool:
        return self.start < other.end and other.start < self.end


class PiiItem(BaseModel):
    """A gold value. Written by `generate` always with offsets; hand-written gold may omit them."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    value: str
    type: str
    start: StrictInt | None = None
    end: StrictInt | None = None

    @field_validator("value")
    @classmethod
    def _value(cls, value: str) -> str:
        if not value.strip():
            raise ValueError('"value" must be a non-empty string')
        return value

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if not _TYPE_RE.match(value):
            raise ValueError(f'"type" must be an upper-case type name like PERSON, got {value!r}')
        return value

    @model_validator(mode="after")
    def _both_or_neither(self) -> PiiItem:
        if (self.start is None) != (self.end is None):
            raise ValueError('"start" and "end" must both be integers (or both absent)')
        return self


class DatasetRecord(BaseModel):
    """One labelled document. Unknown fields are ignored (other tools' gold files carry their own)."""

    model_config = ConfigDict(extra="ignore")

    v: int = Field(1, description="Record version; records without it are version 1.")
    id: StrictStr | StrictInt | None = None
    lang: str | None = None
    kind: str | None = Field(None, description="Document kind (corpus kind, 'input' for the user's own file).")
    template: str | None = Field(None, description="Corpus template (the source of the text).")
    text: str
    pii: list[PiiItem] | None = None
    keep: list[str] = Field(default_factory=list, description="Look-alikes that must stay readable.")
    teacher: str | None = None
    teacher_model: str | None = None
    prompt_version: str | None = None
    teacher_answer: str | dict | None = Field(None, description="The teacher's raw answer (v1: its rewrite).")

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError('"text" must be a non-empty string')
        return value

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError('"lang" must be a language code like "it" or "en"')
        return None if value is None else value.strip().lower()

    @field_validator("keep")
    @classmethod
    def _keep(cls, value: list[str]) -> list[str]:
        if not all(k for k in value):
            raise ValueError('"keep" must be a list of non-empty strings')
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _consistent(self) -> DatasetRecord:
        if self.v > RECORD_VERSION:
            raise ValueError(f"record version {self.v} is newer than this distillery (reads up to {RECORD_VERSION})")
        text = self.text
        for i, item in enumerate(self.pii or ()):
            if item.start is None:
                if not locate(text, item.value):
                    raise ValueError(f"pii[{i}]: value {item.value!r} does not occur in the text")
                continue
            start, end = item.start, item.end
            if not 0 <= start < end <= len(text):
                raise ValueError(
                    f"pii[{i}]: offsets [{start}, {end}) out of range for a text of {len(text)} characters"
                )
            if text[start:end] != item.value:
                raise ValueError(f"pii[{i}]: text[{start}:{end}] is {text[start:end]!r}, not {item.value!r}")
        for k in self.keep:
            if k not in text:
                raise ValueError(f"keep string {k!r} does not occur in the text")
        return self

    def spans(self) -> tuple[RecordSpan, ...]:
        """The gold spans: explicit ones as given; a located value gives every occurrence that is not
        part of a longer span ("Rossi" found inside "Mario Rossi" is that name's part)."""
        explicit: set[RecordSpan] = set()
        located: list[RecordSpan] = []
        for item in self.pii or ():
            if item.start is not None and item.end is not None:
                explicit.add(RecordSpan(item.start, item.end, item.type, item.value))
            else:
                located += [RecordSpan(a, b, item.type, self.text[a:b]) for a, b in locate(self.text, item.value)]
        if not located:
            return tuple(sorted(explicit))
        spans = set(explicit)
        everything = sorted(explicit | set(located), key=lambda s: -(s.end - s.start))
        for span in located:
            if span in spans:
                continue
            if any(o.overlaps(span) and (o.end - o.start) > (span.end - span.start) for o in everything):
                continue
            if any(o.overlaps(span) for o in spans):
                continue
            spans.add(span)
        return tuple(sorted(spans))

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json", exclude_none=True), ensure_ascii=False)


class FailedRecord(BaseModel):
    """A document whose teacher answer was rejected (failed.jsonl): the reason and the raw answer."""

    model_config = ConfigDict(extra="ignore")

    v: int = RECORD_VERSION
    id: str
    lang: str | None = None
    kind: str | None = None
    template: str | None = None
    text: str
    reason: str
    teacher: str | None = None
    teacher_model: str | None = None
    prompt_version: str | None = None
    raw_answer: str | None = None


def pii_items(text: str, spans: Any) -> list[PiiItem]:
    """Spans (anything with start/end/type) as the record's `pii` list, in text order."""
    return [
        PiiItem(value=text[s.start : s.end], type=s.type, start=s.start, end=s.end)
        for s in sorted(spans, key=lambda s: (s.start, s.end))
    ]


def _error_message(exc: ValidationError) -> str:
    """The first error of a record, in one line: `pii[2]: "end": ...`, `missing "text"`..."""
    err = exc.errors()[0]
    msg = err["msg"].removeprefix("Value error, ")
    loc = [str(p) for p in err["loc"]]
    if not loc or msg.startswith("pii["):
        return msg
    head = ""
    if loc[0] == "pii" and len(loc) > 1 and loc[1].isdigit():
        head, loc = f"pii[{loc[1]}]: ", loc[2:]
    if not loc or msg.startswith('"'):
        return head + msg
    name = ".".join(loc)
    if err["type"] == "missing":
        return f'{head}missing "{name}"'
    return f'{head}"{name}": {msg}'


def record_from_object(obj: dict[str, Any], where: str) -> DatasetRecord:
    """One decoded JSON object as a record, or a UserError naming `where` (file:line)."""
    try:
        return DatasetRecord.model_validate(obj)
    except ValidationError as exc:
        raise UserError(f"{where}: {_error_message(exc)}") from None


def read_dataset(
    path: str | Path, *, require_pii: bool = False, limit: int | None = None
) -> Iterator[tuple[str, DatasetRecord]]:
    """(file:line, record) for every non-blank line of a JSONL file; the first bad line raises a
    one-line UserError naming it. `require_pii`: a record must carry a `pii` list (training data)."""
    for n, (where, obj) in enumerate(read_jsonl_objects(path), start=1):
        rec = record_from_object(obj, where)
        if require_pii and rec.pii is None:
            raise UserError(f'{where}: missing "pii" list (not a `distillery generate` record)')
        yield where, rec
        if limit is not None and n >= limit:
            return
