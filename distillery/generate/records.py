"""Dataset records: building them, and validating a teacher's answer before it may enter the dataset.

A teacher answers in the output contract's shape (`anonymized_text` + `replaced_tokens`). Offsets
are never trusted from a teacher: each `original` is found in the input by code (LLMs count
characters badly), and the anonymized text is rebuilt from those spans and compared with the
teacher's. Anything that does not add up is rejected with a reason for failed.jsonl.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from distillery.pii.spans import Span
from distillery.schema import AnonymizationResult, ReplacedToken, known_types
from distillery.student_format import MAX_VALUE_CHARS, normalize_type

SPLITS = ("train", "validation", "eval")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class InputDoc:
    """A document from the user's own file: same fields as the corpus's SourceDoc, no gold."""

    id: str
    lang: str
    kind: str
    template: str
    text: str
    pii: list[dict] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


class Rejected(Exception):
    """A teacher answer that must not enter the dataset; the message is the reason."""


def normalize_text(text: str) -> str:
    return _WS.sub(" ", text.strip()).casefold()


def text_hash(text: str) -> str:
    """Deduplication key: texts equal up to case and whitespace are the same document."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:32]


def split_for_id(doc_id: str, validation_share: float) -> str:
    """train or validation, as a pure function of the id: stable across runs, resumes and N."""
    bucket = int.from_bytes(hashlib.sha256(f"split:{doc_id}".encode()).digest()[:8], "big") / 2**64
    return "validation" if bucket < validation_share else "train"


class TeacherToken(BaseModel):
    model_config = ConfigDict(extra="ignore")  # a teacher may add start/end: we recompute them anyway

    original: str
    replacement: str
    type: str


class TeacherAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    anonymized_text: str
    replaced_tokens: list[TeacherToken]


_FENCE = re.compile(r"```(?:json)?\s*(.*?)\s*```", re.DOTALL)


def extract_json(content: str) -> Any:
    """The JSON object in an answer: the whole content, or (plain-text mode) a fenced or embedded object."""
    content = content.strip()
    if not content:
        raise Rejected("empty answer")
    try:
        return json.loads(content)
    except json.JSONDecodeError as exc:
        first_error = exc
    fence = _FENCE.search(content)
    candidate = fence.group(1) if fence else content
    start = candidate.find("{")
    if start >= 0:
        try:
            value, _ = json.JSONDecoder().raw_decode(candidate[start:])
            return value
        except json.JSONDecodeError as exc:
            first_error = exc
    raise Rejected(f"invalid JSON: {first_error.msg} (char {first_error.pos})")


def _whole_word_matches(text: str, value: str) -> list[tuple[int, int]]:
    """Occurrences of `value` in `text`, preferring whole-word ones: "Ada" must not also replace the
    start of "Adamo". When the value only occurs glued to other letters, those occurrences count."""
    found = _find_fuzzy(text, value)
    v = value.strip()

    def whole(a: int, b: int) -> bool:
        before = a > 0 and text[a - 1].isalnum() and v[0].isalnum()
        after = b < len(text) and text[b].isalnum() and v[-1].isalnum()
        return not (before or after)

    strict = [(a, b) for a, b in found if whole(a, b)]
    return strict or found


def _short(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass
class Validated:
    spans: list[Span]
    answer: AnonymizationResult  # the contract JSON with offsets computed by code


def validate_answer(text: str, answer: Any, types: tuple[str, ...] | None = None) -> Validated:
    """Check a teacher answer (JSON string or decoded object) against the input `text`."""
    known = types or known_types()
    data = extract_json(answer) if isinstance(answer, str) else answer
    try:
        parsed = TeacherAnswer.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        raise Rejected(f"schema: {where}: {err['msg']}") from None

    originals_of: dict[str, list[str]] = {}  # replacement -> the originals it stands for
    type_of: dict[str, str] = {}  # whitespace-normalized original -> type
    occurrences: dict[str, list[tuple[int, int]]] = {}
    for tok in parsed.replaced_tokens:
        pii_type = normalize_type(tok.type, known)
        if pii_type is None:
            raise Rejected(f"unknown type {tok.type!r}")
        if not tok.original.strip():
            raise Rejected("empty original")
        if len(tok.original) > MAX_VALUE_CHARS:
            raise Rejected(f"original longer than {MAX_VALUE_CHARS} characters")
        if not tok.replacement.strip():
            raise Rejected(f"empty replacement for {_short(tok.original)!r}")
        orig, rep = tok.original.strip().casefold(), tok.replacement.casefold()
        if rep.strip() == orig or (len(orig) >= 5 and orig in rep):
            raise Rejected(f"replacement keeps the original {_short(tok.original)!r}")
        found = _whole_word_matches(text, tok.original)
        if not found:
            raise Rejected(f"original not in input: {_short(tok.original)!r}")
        occurrences[tok.original] = found
        type_of.setdefault(normalize_ws(tok.original), pii_type)
        originals_of.setdefault(tok.replacement, []).append(tok.original)

    aligned = _align(text, parsed.anonymized_text, originals_of)
    if aligned is None:
        raise Rejected("anonymized_text inconsistent with replaced_tokens: " + _first_difference(text, parsed))
    # Every occurrence of every listed value must be replaced: a value replaced in one place and
    # left in another would teach the student to leak it.
    covered = bytearray(len(text))
    for a, b, _ in aligned:
        covered[a:b] = b"\x01" * (b - a)
    for original, spots in occurrences.items():
        for a, b in spots:
            if any(not covered[i] and not text[i].isspace() for i in range(a, b)):
                raise Rejected(f"{_short(original)!r} left unreplaced at char {a}")

    spans: list[Span] = []
    tokens: list[ReplacedToken] = []
    pieces: list[str] = []
    cursor = 0
    for a, b, replacement in aligned:
        original = text[a:b]
        pii_type = type_of[normalize_ws(original)]
        spans.append(Span(a, b, pii_type, source="teacher"))
        tokens.append(ReplacedToken(original=original, replacement=replacement, type=pii_type, start=a, end=b))
        pieces += [text[cursor:a], replacement]
        cursor = b
    pieces.append(text[cursor:])
    return Validated(spans, AnonymizationResult(anonymized_text="".join(pieces), replaced_tokens=tokens))


_WS_RUN = re.compile(r"\s*")


def _skip_ws(text: str, pos: int) -> int:
    return _WS_RUN.match(text, pos).end()


def _match_words(text: str, pos: int, words: list[str]) -> int:
    """End of `words` matched at `pos`, any whitespace run between them; -1 if they do not match."""
    for i, word in enumerate(words):
        if i:
            nxt = _skip_ws(text, pos)
            if nxt == pos:
                return -1
            pos = nxt
        if not text.startswith(word, pos):
            return -1
        pos += len(word)
    return pos


def _match_piece(text: str, pos: int, piece: str) -> int:
    """Match a literal piece of the teacher's text at `pos`: inner whitespace runs match any
    whitespace run, leading and trailing whitespace is optional. -1 if it does not match."""
    pos = _skip_ws(text, pos) if piece[:1].isspace() else pos
    words = piece.split()
    if words:
        pos = _match_words(text, pos, words)
        if pos < 0:
            return -1
    return _skip_ws(text, pos) if piece[-1:].isspace() else pos


def _find_fuzzy(text: str, value: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of `value`, any whitespace run matching any whitespace run
    (the same rule as `pii.spans.find_all`, without compiling a regex per value)."""
    words = value.split()
    if not words:
        return []
    out = []
    pos = text.find(words[0])
    while pos >= 0:
        end = _match_words(text, pos, words)
        if end >= 0:
            out.append((pos, end))
            pos = text.find(words[0], end)
        else:
            pos = text.find(words[0], pos + 1)
    return out


def _occurrences(text: str, strings: tuple[str, ...]) -> list[tuple[int, str]]:
    """Leftmost, then longest, non-overlapping occurrences of any of `strings` (longest first),
    like a regex alternation but without compiling one per document."""
    hits = []
    for s in strings:
        pos = text.find(s)
        while pos >= 0:
            hits.append((pos, -len(s), s))
            pos = text.find(s, pos + 1)
    hits.sort()
    out: list[tuple[int, str]] = []
    end = 0
    for pos, _, s in hits:
        if pos >= end:
            out.append((pos, s))
            end = pos + len(s)
    return out


def _align(text: str, anonymized: str, originals_of: dict[str, list[str]]) -> list[tuple[int, int, str]] | None:
    """Read the teacher's anonymized text as "the input with some values replaced": each occurrence
    of a replacement must sit exactly where one of its originals is in the input, and everything
    else must be the input itself (up to whitespace). Returns the (start, end, replacement) spans,
    in the teacher's own segmentation (e.g. "Mario" + "Rossi" or "Mario Rossi"), or None."""
    if not originals_of:
        return [] if normalize_ws(text) == normalize_ws(anonymized) else None
    reps = tuple(sorted(originals_of, key=lambda r: (-len(r), r)))  # [PERSON_10] before [PERSON_1]
    alts = {r: sorted({o.strip() for o in originals_of[r]}, key=len, reverse=True) for r in reps}
    spans: list[tuple[int, int, str]] = []
    pos = _skip_ws(text, 0)
    last = 0
    for start, rep in _occurrences(anonymized, reps):
        pos = _match_piece(text, pos, anonymized[last:start])
        if pos < 0:
            return None
        for original in alts[rep]:
            end = _match_words(text, pos, original.split())
            if end >= 0:
                spans.append((pos, end, rep))
                pos = end
                break
        else:
            # A replacement that is also real text of the input (a fake name) may stand for itself.
            end = _match_words(text, pos, rep.split())
            if end < 0:
                return None
            pos = end
        last = start + len(rep)
    pos = _match_piece(text, pos, anonymized[last:])
    if pos < 0 or _skip_ws(text, pos) != len(text):
        return None
    return spans


def normalize_ws(text: str) -> str:
    return _WS.sub(" ", text.strip())


def _first_difference(text: str, parsed: TeacherAnswer) -> str:
    """Where the teacher's text departs from the input with every listed value replaced (a hint)."""
    rebuilt = text
    for tok in sorted(parsed.replaced_tokens, key=lambda t: -len(t.original)):
        rebuilt = rebuilt.replace(tok.original, tok.replacement)
    a, b = normalize_ws(rebuilt), normalize_ws(parsed.anonymized_text)
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return f"expected {_short(a[i : i + 30], 30)!r} at char {i}, got {_short(b[i : i + 30], 30)!r}"


def gold_spans(doc: Any) -> list[Span]:
    """The corpus's gold spans, checked against the text (a mismatch is a generator bug)."""
    spans = []
    for item in doc.pii:
        start, end, value = item["start"], item["end"], item["value"]
        if doc.text[start:end] != value:
            raise Rejected(f"gold span [{start}, {end}) is {doc.text[start:end]!r}, not {value!r}")
        spans.append(Span(start, end, item["type"], source="gold"))
    spans.sort()
    for a, b in zip(spans, spans[1:], strict=False):
        if a.overlaps(b):
            raise Rejected(f"gold spans overlap: [{a.start}, {a.end}) and [{b.start}, {b.end})")
    return spans


def pii_list(text: str, spans: list[Span]) -> list[dict]:
    """Spans in the eval gold format."""
    return [{"value": text[s.start : s.end], "type": s.type, "start": s.start, "end": s.end} for s in sorted(spans)]


def build_record(doc: Any, spans: list[Span], answer: AnonymizationResult, teacher: str, model: str) -> dict:
    return {
        "id": doc.id,
        "lang": doc.lang,
        "kind": doc.kind,
        "template": doc.template,
        "text": doc.text,
        "pii": pii_list(doc.text, spans),
        "keep": list(doc.keep),
        "teacher": teacher,
        "teacher_model": model,
        "teacher_answer": answer.model_dump(mode="json", exclude={"id", "fallback"}),
    }


def failed_record(doc: Any, reason: str, teacher: str, model: str, raw: str | None) -> dict:
    return {
        "id": doc.id,
        "lang": doc.lang,
        "kind": doc.kind,
        "template": doc.template,
        "text": doc.text,
        "reason": reason,
        "teacher": teacher,
        "teacher_model": model,
        "raw_answer": raw,
    }
