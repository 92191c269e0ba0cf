"""Your own recognizers, declared in YAML (in the spirit of Presidio's YAML recognizers):

```yaml
recognizers:
  - name: employee_id
    type: EMPLOYEE_ID            # or supported_entity; a new type is fine ([EMPLOYEE_ID_1])
    language: any                # any (default), it or en (or supported_language)
    patterns:
      - {name: badge, regex: '\\bEMP-\\d{6}\\b', score: 0.9}
      - {name: bare, regex: '\\b\\d{6}\\b', score: 0.3}
    context: [employee, dipendente, matricola]   # near a match: score + context_boost
    validators: [luhn]           # luhn, iban, mod97 (ISO 7064 MOD 97-10, check digits last)
    deny: ['000000']             # regexes: a match equal to one of them is not reported
    deny_list: [EMP-000000]      # values (any case) that are never reported
    min_score: 0.5               # report a match whose score (with context) reaches this
```

A match is reported when its score (the pattern's, plus `context_boost` when a context word is
within `context_window` characters) reaches `min_score` and every validator accepts it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from distillery.errors import UserError
from distillery.pii.lang import guess_lang
from distillery.pii.recognizers.base import Recognizer
from distillery.pii.spans import Span
from distillery.pii.types import TypeInfo, described_types, register_type
from distillery.schema import TYPE_PATTERN

Validator = Literal["luhn", "iban", "mod97"]


def _alnum(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value)


def _luhn(value: str) -> bool:
    from stdnum import luhn

    digits = re.sub(r"\D", "", value)
    return len(digits) >= 2 and luhn.is_valid(digits)


def _iban(value: str) -> bool:
    from distillery.pii.recognizers.iban import is_valid_iban

    return is_valid_iban(value)


def _mod97(value: str) -> bool:
    from stdnum.iso7064 import mod_97_10

    compact = _alnum(value).upper()
    return len(compact) >= 3 and mod_97_10.is_valid(compact)


VALIDATORS = {"luhn": _luhn, "iban": _iban, "mod97": _mod97}


class PatternSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = ""
    regex: str
    score: float = Field(0.85, ge=0.0, le=1.0)
    ignore_case: bool = False

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regex: {exc}") from None
        return value


class RecognizerSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str = Field(min_length=1)
    type: str = Field(pattern=TYPE_PATTERN, validation_alias="supported_entity")
    language: Literal["any", "it", "en"] = Field("any", validation_alias="supported_language")
    patterns: list[PatternSpec] = Field(min_length=1)
    context: list[str] = Field(default_factory=list)
    context_window: int = Field(50, ge=0, description="Characters on each side of a match searched for context.")
    context_boost: float = Field(0.35, ge=0.0, le=1.0)
    min_score: float = Field(0.5, ge=0.0, le=1.0)
    validators: list[Validator] = Field(default_factory=list)
    deny: list[str] = Field(default_factory=list, description="Regexes; a match equal to one is not reported.")
    deny_list: list[str] = Field(default_factory=list, description="Values never reported (case-free).")
    label: str | None = Field(None, description="What the type is, for people.")

    @field_validator("deny")
    @classmethod
    def _deny_compiles(cls, value: list[str]) -> list[str]:
        for regex in value:
            try:
                re.compile(regex)
            except re.error as exc:
                raise ValueError(f"invalid deny regex: {exc}") from None
        return value

    def __init__(self, **data: Any) -> None:
        # Accept both our names and Presidio's (supported_entity, supported_language).
        if "type" in data and "supported_entity" not in data:
            data["supported_entity"] = data.pop("type")
        if "language" in data and "supported_language" not in data:
            data["supported_language"] = data.pop("language")
        super().__init__(**data)


class RecognizersFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recognizers: list[RecognizerSpec] = Field(min_length=1)


class YamlRecognizer(Recognizer):
    """One recognizer of a YAML file: regexes with scores, context words, validators, deny rules."""

    def __init__(self, spec: RecognizerSpec):
        self.spec = spec
        self.type = spec.type  # type: ignore[misc]
        self.name = spec.name  # type: ignore[misc]
        self._patterns = [(re.compile(p.regex, re.IGNORECASE if p.ignore_case else 0), p.score) for p in spec.patterns]
        self._context = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in spec.context) + r")(?!\w)", re.IGNORECASE)
            if spec.context
            else None
        )
        self._deny = [re.compile(d) for d in spec.deny]
        self._deny_values = {v.casefold() for v in spec.deny_list}
        self._validators = [VALIDATORS[v] for v in spec.validators]

    def _has_context(self, text: str, start: int, end: int) -> bool:
        if self._context is None:
            return False
        w = self.spec.context_window
        return bool(self._context.search(text, max(0, start - w), start) or self._context.search(text, end, end + w))

    def _accepted(self, value: str) -> bool:
        if value.casefold() in self._deny_values or any(d.fullmatch(value) for d in self._deny):
            return False
        return all(check(value) for check in self._validators)

    def find(self, text: str) -> Iterator[Span]:
        if self.spec.language != "any" and guess_lang(text) != self.spec.language:
            return
        for pattern, base in self._patterns:
            for m in pattern.finditer(text):
                start, end = m.span()
                if end <= start or not self._accepted(m.group()):
                    continue
                score = base
                if self._context is not None and self._has_context(text, start, end):
                    score = min(1.0, base + self.spec.context_boost)
                if score >= self.spec.min_score:
                    yield self.span(start, end, score)


def parse_recognizers(data: Any, where: str = "recognizers") -> list[YamlRecognizer]:
    """Recognizers from parsed YAML (`{"recognizers": [...]}` or the bare list)."""
    if isinstance(data, list):
        data = {"recognizers": data}
    try:
        parsed = RecognizersFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise UserError(f"{where}: {loc}: {err['msg']}") from None
    recs = [YamlRecognizer(spec) for spec in parsed.recognizers]
    for spec in parsed.recognizers:
        if spec.type not in described_types():
            register_type(TypeInfo(spec.type, spec.label or spec.type.replace("_", " ").lower()))
    return recs


def load_recognizers(path: str | Path | None) -> list[YamlRecognizer]:
    """The recognizers of a YAML file (none for None). Bad files raise UserError naming the field."""
    if path is None:
        return []
    import yaml

    p = Path(path)
    if not p.is_file():
        raise UserError(f"recognizers file not found: {path}")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise UserError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    return parse_recognizers(data, str(path))
