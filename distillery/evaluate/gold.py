"""Gold files: one JSON object per line, {"id", "lang", "text", "pii": [...], "keep": [...]}.

`pii` items are {"value", "type"} with optional "start"/"end". Without offsets every occurrence of
the value in the text is gold (as a whole word where the value starts/ends with a letter or digit).
Extra fields (the generator's "kind", "template", "teacher"...) are ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from distillery.errors import UserError
from distillery.pii.lang import guess_lang
from distillery.schema import TYPE_PATTERN

_TYPE_RE = re.compile(TYPE_PATTERN)
_WS = re.compile(r"\s+")


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


def value_pattern(value: str, *, ignore_case: bool = False) -> re.Pattern[str] | None:
    """`value` as a regex: any whitespace run matches any whitespace run, and an edge that is a
    letter or digit must not continue into a longer word ("Rosa" is not inside "Rosaria")."""
    parts = [re.escape(p) for p in _WS.split(value.strip()) if p]
    if not parts:
        return None
    pattern = r"\s+".join(parts)
    if re.match(r"\w", value.strip()[0]):
        pattern = r"(?<!\w)" + pattern
    if re.match(r"\w", value.strip()[-1]):
        pattern += r"(?!\w)"
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def locate(text: str, value: str) -> list[tuple[int, int]]:
    """Every occurrence of `value` in `text`: whole words first; a bare substring only if none."""
    pat = value_pattern(value)
    if pat is None:
        return []
    found = [m.span() for m in pat.finditer(text)]
    if not found:
        loose = re.compile(r"\s+".join(re.escape(p) for p in _WS.split(value.strip()) if p))
        found = [m.span() for m in loose.finditer(text)]
    return found


def _fail(where: str, msg: str) -> UserError:
    return UserError(f"{where}: {msg}")


def _parse_pii(obj: object, text: str, where: str, idx: int) -> tuple[list[GoldSpan], bool]:
    """The spans of one `pii` item and whether they came from explicit offsets."""
    here = f"{where}: pii[{idx}]"
    if not isinstance(obj, dict):
        raise _fail(here, "expected an object with value and type")
    value, pii_type = obj.get("value"), obj.get("type")
    if not isinstance(value, str) or not value.strip():
        raise _fail(here, '"value" must be a non-empty string')
    if not isinstance(pii_type, str) or not _TYPE_RE.match(pii_type):
        raise _fail(here, f'"type" must be an upper-case type name like PERSON, got {pii_type!r}')
    start, end = obj.get("start"), obj.get("end")
    if start is None and end is None:
        found = locate(text, value)
        if not found:
            raise _fail(here, f"value {value!r} does not occur in the text")
        return [GoldSpan(a, b, pii_type, text[a:b]) for a, b in found], False
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise _fail(here, '"start" and "end" must both be integers (or both absent)')
    if not 0 <= start < end <= len(text):
        raise _fail(here, f"offsets [{start}, {end}) out of range for a text of {len(text)} characters")
    if text[start:end] != value:
        raise _fail(here, f"text[{start}:{end}] is {text[start:end]!r}, not {value!r}")
    return [GoldSpan(start, end, pii_type, value)], True


def _merge(explicit: list[GoldSpan], located: list[GoldSpan]) -> tuple[GoldSpan, ...]:
    """Explicit spans as given; a located span is dropped when it lies inside a longer span
    ("Rossi" found inside "Mario Rossi" is that name's part, not a mention of its own)."""
    spans = set(explicit)
    everything = sorted(set(explicit) | set(located), key=lambda s: -(s.end - s.start))
    for span in located:
        if span in spans:
            continue
        if any(o.overlaps(span) and (o.end - o.start) > (span.end - span.start) for o in everything):
            continue
        if any(o.overlaps(span) for o in spans):
            continue
        spans.add(span)
    return tuple(sorted(spans))


def parse_gold_line(line: str, where: str, lineno: int) -> GoldDoc:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _fail(where, f"invalid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise _fail(where, "expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _fail(where, '"text" must be a non-empty string')
    doc_id = obj.get("id", lineno)
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise _fail(where, '"id" must be a string or an integer')
    lang = obj.get("lang")
    if lang is None:
        lang = guess_lang(text)
    if not isinstance(lang, str) or not lang.strip():
        raise _fail(where, '"lang" must be a language code like "it" or "en"')
    pii = obj.get("pii", [])
    if not isinstance(pii, list):
        raise _fail(where, '"pii" must be a list')
    explicit: list[GoldSpan] = []
    located: list[GoldSpan] = []
    for idx, item in enumerate(pii):
        spans, given = _parse_pii(item, text, where, idx)
        (explicit if given else located).extend(spans)
    keep = obj.get("keep", [])
    if not isinstance(keep, list) or not all(isinstance(k, str) and k for k in keep):
        raise _fail(where, '"keep" must be a list of non-empty strings')
    for k in keep:
        if k not in text:
            raise _fail(where, f"keep string {k!r} does not occur in the text")
    return GoldDoc(
        id=doc_id,
        lang=lang.strip().lower(),
        text=text,
        spans=_merge(explicit, located),
        keep=tuple(dict.fromkeys(keep)),
        line=lineno,
    )


def load_gold(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Read and validate a gold file; bad lines raise UserError naming file:line."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"gold file not found: {path}")
    docs: list[GoldDoc] = []
    seen: dict[str | int, int] = {}
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            try:
                line = raw.decode("utf-8").strip()
            except UnicodeDecodeError as exc:
                raise _fail(where, f"not valid UTF-8 (byte {exc.start})") from None
            if not line:
                continue
            doc = parse_gold_line(line, where, lineno)
            if doc.id in seen:
                raise _fail(where, f"duplicate id {doc.id!r} (first on line {seen[doc.id]})")
            seen[doc.id] = lineno
            docs.append(doc)
            if limit is not None and len(docs) >= limit:
                break
    if not docs:
        raise UserError(f"{path}: no documents")
    return docs
