"""Presidio's REST API, spoken by `distillery serve`: the analyzer's `POST /analyze` and the
anonymizer's `POST /anonymize`, with the request and response shapes of Presidio's own services
(presidio-analyzer and presidio-anonymizer `app.py`), so a gateway configured for Presidio can call
distillery instead. Our types are reported under Presidio's entity names (`pii.types`).
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from distillery.pii.spans import Span, resolve_overlaps
from distillery.pii.types import presidio_names, type_info
from distillery.schema import AnalysisResult

LANGUAGES = ("en", "it")


class AnalyzeRequest(BaseModel):
    """Presidio analyzer's request. `text` may be a list (Presidio's batch form: a list of lists
    comes back). Fields we cannot honour are refused rather than ignored."""

    model_config = ConfigDict(extra="forbid")

    text: str | list[str]
    language: str
    entities: list[str] | None = None
    score_threshold: float | None = Field(None, ge=0.0, le=1.0)
    correlation_id: str | None = None
    return_decision_process: bool = False
    allow_list: list[str] | None = None
    allow_list_match: Literal["exact"] = "exact"
    context: list[str] | None = None  # accepted; our context handling is the model's and the recognizers'
    ad_hoc_recognizers: list[dict[str, Any]] | None = None
    regex_flags: int | None = None

    @model_validator(mode="after")
    def _check(self) -> AnalyzeRequest:
        if self.language not in LANGUAGES:
            raise ValueError(f"language {self.language!r} is not supported (supported: {', '.join(LANGUAGES)})")
        if self.ad_hoc_recognizers:
            raise ValueError("ad_hoc_recognizers are not supported: declare them in a --recognizers YAML file")
        return self


class RecognizerResult(BaseModel):
    """One item of Presidio's analyzer answer (as its REST service returns it)."""

    entity_type: str
    start: int
    end: int
    score: float
    analysis_explanation: None = None


def analyzer_results(request: AnalyzeRequest, analysis: AnalysisResult) -> list[dict[str, Any]]:
    """Our analysis of one text as Presidio's list of results: Presidio's entity names (the name
    the request asked for, when a type answers to several), filtered by `entities`,
    `score_threshold` and `allow_list`."""
    by_name = presidio_names()
    wanted: dict[str, str] | None = None  # our type -> the Presidio name to report
    if request.entities is not None:
        wanted = {}
        for name in request.entities:
            ours = by_name.get(name, name)
            wanted.setdefault(ours, name)
    allowed = set(request.allow_list or ())
    out = []
    for e in analysis.entities:
        if wanted is not None and e.type not in wanted:
            continue
        if request.score_threshold is not None and e.score < request.score_threshold:
            continue
        if e.text in allowed:
            continue
        name = wanted[e.type] if wanted is not None else type_info(e.type).presidio_name
        out.append(RecognizerResult(entity_type=name, start=e.start, end=e.end, score=e.score).model_dump())
    return out


def supported_entities() -> list[str]:
    return sorted(presidio_names())


# -- the anonymizer ---------------------------------------------------------------------------------


class OperatorConfig(BaseModel):
    """Presidio's operator config: {"type": "replace", "new_value": ...}, "redact", "mask"
    ({"masking_char", "chars_to_mask", "from_end"}), "hash" ({"hash_type": sha256|sha512}), "keep"."""

    model_config = ConfigDict(extra="allow")

    type: Literal["replace", "redact", "mask", "hash", "keep"]
    new_value: str | None = None
    masking_char: str = Field("*", min_length=1, max_length=1)
    chars_to_mask: int = Field(0, ge=0)
    from_end: bool = False
    hash_type: Literal["sha256", "sha512"] = "sha256"


class AnalyzerResultIn(BaseModel):
    model_config = ConfigDict(extra="allow")

    entity_type: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    score: float = Field(1.0, ge=0.0, le=1.0)


class AnonymizeRequest(BaseModel):
    """Presidio anonymizer's request. Without `analyzer_results` (our extension), distillery finds
    the values itself, as `/analyze` would."""

    model_config = ConfigDict(extra="forbid")

    text: str
    analyzer_results: list[AnalyzerResultIn] | None = None
    anonymizers: dict[str, OperatorConfig] | None = None
    language: str = "en"

    @model_validator(mode="after")
    def _check(self) -> AnonymizeRequest:
        for r in self.analyzer_results or ():
            if not r.start < r.end <= len(self.text):
                raise ValueError(
                    f"analyzer result [{r.start}, {r.end}) of {r.entity_type} is not a range of the text "
                    f"(length {len(self.text)})"
                )
        return self


def _apply(op: OperatorConfig, value: str, entity_type: str) -> str:
    if op.type == "replace":
        return op.new_value if op.new_value is not None else f"<{entity_type}>"
    if op.type == "redact":
        return ""
    if op.type == "keep":
        return value
    if op.type == "hash":
        return hashlib.new(op.hash_type, value.encode()).hexdigest()
    n = min(op.chars_to_mask, len(value))  # mask
    if op.from_end:
        return value[: len(value) - n] + op.masking_char * n
    return op.masking_char * n + value[n:]


def anonymize(request: AnonymizeRequest, results: list[AnalyzerResultIn]) -> dict[str, Any]:
    """Presidio's answer: {"text", "items": [{"start", "end", "entity_type", "text", "operator"}]},
    the items' offsets in the new text, last item first (as Presidio orders them). Overlapping
    results: the longest wins (then the more specific type, then the higher score), so no character
    of a detected value is left."""
    text = request.text
    operators = request.anonymizers or {}
    default = operators.get("DEFAULT", OperatorConfig(type="replace"))
    spans = resolve_overlaps([Span(r.start, r.end, r.entity_type, score=r.score, source="request") for r in results])
    pieces: list[str] = []
    items: list[dict[str, Any]] = []
    cursor = 0
    out_len = 0
    for span in spans:
        op = operators.get(span.type, default)
        new = _apply(op, text[span.start : span.end], span.type)
        before = text[cursor : span.start]
        pieces += [before, new]
        out_len += len(before)
        items.append(
            {"start": out_len, "end": out_len + len(new), "entity_type": span.type, "text": new, "operator": op.type}
        )
        out_len += len(new)
        cursor = span.end
    pieces.append(text[cursor:])
    # Presidio lists the items from the end of the text to its start (it replaces in that order).
    return {"text": "".join(pieces), "items": items[::-1]}
