"""The output contract: what every engine returns, and its JSON Schema."""

from __future__ import annotations

import json
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class PiiType(str, Enum):
    """Built-in kinds of personal data. Configs may add more (see `known_types`)."""

    PERSON = "PERSON"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    CODICE_FISCALE = "CODICE_FISCALE"
    PARTITA_IVA = "PARTITA_IVA"
    IBAN = "IBAN"
    CREDIT_CARD = "CREDIT_CARD"
    SSN = "SSN"
    PASSPORT = "PASSPORT"
    ID_CARD = "ID_CARD"
    LICENSE_PLATE = "LICENSE_PLATE"
    IP_ADDRESS = "IP_ADDRESS"
    USERNAME = "USERNAME"
    PASSWORD = "PASSWORD"  # passwords, API keys and other secrets
    MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER"
    URL = "URL"


BUILTIN_TYPES: tuple[str, ...] = tuple(t.value for t in PiiType)
# Type names are upper-case identifiers so that tags like [PERSON_1] stay parseable.
TYPE_PATTERN = r"^[A-Z][A-Z0-9_]*$"


def known_types(extra: list[str] | tuple[str, ...] = ()) -> tuple[str, ...]:
    """Built-in types plus the ones a config adds, in a stable order."""
    return BUILTIN_TYPES + tuple(t for t in extra if t not in BUILTIN_TYPES)


class ReplacedToken(BaseModel):
    """One replaced span. Offsets are character offsets into the *input* text."""

    model_config = ConfigDict(extra="forbid")

    original: str = Field(description="The personal data as it appears in the input.")
    replacement: str = Field(description="What stands in its place in anonymized_text.")
    type: str = Field(pattern=TYPE_PATTERN, description="PII type, e.g. PERSON or IBAN.")
    start: int = Field(ge=0, description="Start offset (inclusive) in the input text.")
    end: int = Field(ge=0, description="End offset (exclusive) in the input text.")
    same_as: str | None = Field(
        default=None,
        description="The value of the document this one is another spelling or a part of (the full name a "
        "surname alone stands for, a phone number written another way), when it shares its replacement.",
    )

    @model_validator(mode="after")
    def _offsets_agree(self) -> ReplacedToken:
        _check_offsets(self.original, self.start, self.end)
        return self

    @classmethod
    def of_span(
        cls, original: str, replacement: str, type: str, start: int, end: int, same_as: str | None = None
    ) -> ReplacedToken:
        """The record of a span that code cut from the input (the merge step makes one per replaced
        value: hundreds of thousands in a megabytes-long document). The offsets are checked as
        validation would check them; the type is a known type by construction. Built without the
        validation pass, with one set of set fields shared by every record (all its fields are set):
        a record each would be half of what a record takes in memory."""
        _check_offsets(original, start, end)
        return cls.model_construct(
            _ALL_SET, original=original, replacement=replacement, type=type, start=start, end=end, same_as=same_as
        )


def _check_offsets(original: str, start: int, end: int) -> None:
    if start < 0:
        raise ValueError("start must be >= 0")
    if end <= start:
        raise ValueError("end must be greater than start")
    if end - start != len(original):
        raise ValueError("end - start must equal len(original)")


_ALL_SET = set(ReplacedToken.model_fields)


class AnonymizationResult(BaseModel):
    """What `distillery infer` prints for each document (one JSON object per line)."""

    model_config = ConfigDict(extra="forbid")

    id: str | int | None = Field(default=None, description="The input document's id, if it had one.")
    line: int | None = Field(
        default=None, ge=1, description="With --lines: the 1-based input line this record anonymizes."
    )
    anonymized_text: str
    replaced_tokens: list[ReplacedToken] = Field(default_factory=list)
    fallback: bool = Field(
        default=False,
        description="True when the model's answer was unusable and the rules engine alone was used.",
    )

    def to_json(self, pretty: bool = False) -> str:
        data = self.model_dump(exclude_none=True)
        return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)


class DetectedEntity(BaseModel):
    """One value an engine would replace (the analyze-only view): where, what type, how sure."""

    model_config = ConfigDict(extra="forbid")

    type: str = Field(pattern=TYPE_PATTERN)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="The value as it appears in the input.")
    score: float = Field(ge=0.0, le=1.0)
    source: str = Field("", description='Who found it: "rules:<name>", "model", "occurrence", "mention", ...')


class AnalysisResult(BaseModel):
    """What an engine would replace in one document, without rewriting it."""

    model_config = ConfigDict(extra="forbid")

    id: str | int | None = None
    entities: list[DetectedEntity] = Field(default_factory=list)
    fallback: bool = False


def result_json_schema() -> dict:
    """JSON Schema of one output line."""
    schema = AnonymizationResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "AnonymizationResult"
    # Advertise the built-in types without closing the set (configs may extend it).
    schema["$defs"]["ReplacedToken"]["properties"]["type"]["examples"] = list(BUILTIN_TYPES)
    return schema
