"""A teacher's answer, validated before it may enter the dataset, and the records `generate` writes.

A teacher answers with the span list only: `{"entities": [{"value": "Mario Rossi", "type": "PERSON"}]}`,
each distinct value once, exactly as written. It never copies the document (output tokens are the
expensive ones). The answer is read and grounded in the input by the very functions that read and
ground the student's answers at inference (`student_format.extract_json` and `ground_items`): a
value that is not in the input, of an unknown type or absurdly long rejects the whole answer, with a
reason for failed.jsonl; every occurrence of an accepted value becomes a gold span. Offsets are never
asked of a teacher (LLMs count badly).

An accepted answer is then checked against the deterministic rules engine (`check_with_rules`,
`openai.rules_check`): a value the rules find in the document (e-mails, phones, URLs, IBANs, ...,
organisation contacts excepted, as at inference) that no span of the answer covers is added to the
gold ("complete", the default), or rejects the answer ("reject"); "off" trusts the teacher alone.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from distillery.dataset import RECORD_VERSION, DatasetRecord, FailedRecord, pii_items, text_hash
from distillery.pii.spans import Span, resolve_overlaps
from distillery.schema import known_types
from distillery.student_format import AnswerError, extract_json, ground_items

__all__ = [
    "SPLITS",
    "InputDoc",
    "Rejected",
    "RulesCheck",
    "TeacherAnswer",
    "check_with_rules",
    "text_hash",
    "validate_answer",
]

SPLITS = ("train", "validation", "eval")
RulesCheckMode = Literal["complete", "reject", "off"]


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


def split_for_id(doc_id: str, validation_share: float) -> str:
    """train or validation, as a pure function of the id: stable across runs, resumes and N."""
    bucket = int.from_bytes(hashlib.sha256(f"split:{doc_id}".encode()).digest()[:8], "big") / 2**64
    return "validation" if bucket < validation_share else "train"


class TeacherEntity(BaseModel):
    model_config = ConfigDict(extra="ignore")  # a teacher may add offsets or notes: not used

    value: str
    type: str


class TeacherAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    entities: list[TeacherEntity]


def _short(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def validate_answer(text: str, answer: Any, types: tuple[str, ...] | None = None) -> list[Span]:
    """The gold spans of `text` from a teacher answer (JSON string or decoded object), or Rejected."""
    if isinstance(answer, str):
        try:
            data, _ = extract_json(answer, opening="{")
        except AnswerError as exc:
            raise Rejected(str(exc)) from None
    else:
        data = answer
    try:
        parsed = TeacherAnswer.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        raise Rejected(f"schema: {where}: {err['msg']}") from None
    items = [(e.value, e.type) for e in parsed.entities]
    grounded = ground_items(text, items, types or known_types(), source="teacher")
    if grounded.dropped:
        value, raw_type, why = grounded.dropped[0]
        detail = f"type {raw_type!r}" if why == "unknown type" else repr(_short(value))
        raise Rejected(f"{why}: {detail}")
    return resolve_overlaps(grounded.spans)


@dataclass
class RulesCheck:
    """What the rules check did to one answer: `outcome` is "clean" (nothing missed), "completed" or
    "rejected"; `added`: spans added per type."""

    outcome: str
    added: dict[str, int] = field(default_factory=dict)


@cache
def _rules_engine() -> Any:
    from distillery.pii.engine import RulesEngine

    return RulesEngine()  # organisation contacts kept, as the students' merge step does by default


# The types the check covers: those whose recognizers validate the value's own format or checksum.
# Names, usernames, plates, dates of birth, passwords and ID numbers are found by the rules from
# context, with false positives the teacher is right to leave out (a title before a name, the word
# "username" before a handle, "UE 2016/679" read as a plate): they stay the teacher's call.
RULES_CHECK_TYPES = frozenset(
    {"EMAIL", "PHONE", "URL", "IBAN", "CREDIT_CARD", "CODICE_FISCALE", "PARTITA_IVA", "SSN", "IP_ADDRESS"}
)


def _covered(text: str, spans: list[Span]) -> bytearray:
    """1 for every character of `text` inside one of `spans`."""
    covered = bytearray(len(text))
    for s in spans:
        covered[s.start : s.end] = b"\x01" * s.length
    return covered


def _missed(text: str, rule: Span, covered: bytearray) -> bool:
    """A letter or digit of the rule's value that no span covers (a bracket the rule took with a
    phone number, "(0745...", does not count)."""
    return any(not covered[i] and text[i].isalnum() for i in range(rule.start, rule.end))


def check_with_rules(
    text: str, spans: list[Span], types: tuple[str, ...], mode: RulesCheckMode
) -> tuple[list[Span], RulesCheck]:
    """`spans` (a grounded teacher answer) checked against what the rules engine finds in `text`.

    A rule span of a checked type (RULES_CHECK_TYPES, and asked of the teacher) is missed when a
    letter or digit of it is outside every span of the answer. "complete": the missed spans are
    added (overlaps resolved longest first, so an e-mail the teacher cut short is taken whole);
    "reject": Rejected, naming the missed types (never the values). Mode "off" is not checked (the
    caller does not call this)."""
    from distillery.pii.normalize import view

    wanted = RULES_CHECK_TYPES & set(types)
    covered = _covered(text, spans)
    seen = view(text)  # the rules read the normalised view, as in every engine; spans in `text`
    found = [seen.span_back(r) for r in _rules_engine().analyze(seen.text)]
    missed = [r for r in found if r.type in wanted and _missed(text, r, covered)]
    if not missed:
        return spans, RulesCheck("clean")
    kinds = ", ".join(sorted({r.type for r in missed}))
    if mode == "reject":
        raise Rejected(f"rules check: the answer misses {len(missed)} value(s) the rules find ({kinds})")
    merged = resolve_overlaps([*spans, *(Span(r.start, r.end, r.type, source="rules") for r in missed)])
    covered = _covered(text, merged)
    if any(_missed(text, r, covered) for r in missed):  # a longer span of the answer cuts into it
        raise Rejected(f"rules check: the answer overlaps value(s) the rules find ({kinds})")
    added: dict[str, int] = {}
    for s in merged:
        if s.source == "rules":
            added[s.type] = added.get(s.type, 0) + 1
    return merged, RulesCheck("completed", added)


def ideal_answer(text: str, pii: list[dict]) -> str:
    """What a perfect teacher answers for a document whose gold is known: each distinct value once,
    in order of first appearance, compact JSON (the few-shot examples' style). Sizes dry-run estimates."""
    items = dict.fromkeys((p["value"], p["type"]) for p in sorted(pii, key=lambda p: p["start"]))
    entities = [{"value": v, "type": t} for v, t in items]
    return json.dumps({"entities": entities}, ensure_ascii=False, separators=(",", ":"))


def gold_spans(doc: Any) -> list[Span]:
    """The corpus's gold spans, checked against the text (a mismatch is a generator bug): each span
    holds its value, no two overlap, and no gold value also occurs unlabeled elsewhere (that would
    teach the student to leak it)."""
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
    items = list(dict.fromkeys((doc.text[s.start : s.end], s.type) for s in spans))
    covered = bytearray(len(doc.text))
    for s in spans:
        covered[s.start : s.end] = b"\x01" * s.length
    for s in ground_items(doc.text, items, known_types(tuple(t for _, t in items)), source="gold").spans:
        if any(not covered[i] and not doc.text[i].isspace() for i in range(s.start, s.end)):
            raise Rejected(f"gold leaves {_short(doc.text[s.start : s.end])!r} unlabeled at char {s.start}")
    return spans


@dataclass(frozen=True)
class Provenance:
    """Who labelled a record: recorded in every record and failure."""

    teacher: str
    model: str
    prompt_version: str | None = None


def build_record(doc: Any, spans: list[Span], who: Provenance, raw: str | None = None) -> DatasetRecord:
    return DatasetRecord(
        v=RECORD_VERSION,
        id=str(doc.id),
        lang=doc.lang,
        kind=doc.kind,
        template=doc.template,
        text=doc.text,
        pii=pii_items(doc.text, spans),
        keep=list(doc.keep),
        teacher=who.teacher,
        teacher_model=who.model,
        prompt_version=who.prompt_version,
        teacher_answer=raw,
    )


def failed_record(doc: Any, reason: str, who: Provenance, raw: str | None) -> FailedRecord:
    return FailedRecord(
        id=str(doc.id),
        lang=doc.lang,
        kind=doc.kind,
        template=doc.template,
        text=doc.text,
        reason=reason,
        teacher=who.teacher,
        teacher_model=who.model,
        prompt_version=who.prompt_version,
        raw_answer=raw,
    )
