"""The teacher's task file (YAML): system message, instruction, few-shot examples, output schema.

Validated on load, including the few-shot answers, which must pass the very checks applied to the
teacher's answers: a prompt whose own examples would be rejected is a bug worth a clear error.
The teacher answers with the span list (`{"entities": [{"value", "type"}]}`), never a copy of the document.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from distillery.bundled import locate
from distillery.config import format_validation_error, read_yaml
from distillery.errors import UserError
from distillery.generate.records import Rejected, TeacherAnswer, validate_answer
from distillery.schema import TYPE_PATTERN, known_types

PLACEHOLDER = "{text}"


class FewShot(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input: str = Field(min_length=1)
    output: TeacherAnswer

    def answer(self) -> str:
        """The example's answer as the teacher should write it: compact JSON, nothing else."""
        return json.dumps(self.output.model_dump(), ensure_ascii=False, separators=(",", ":"))


class OutputSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    strict: bool = True
    json_schema: dict[str, Any] = Field(alias="schema")

    @field_validator("json_schema")
    @classmethod
    def _object_schema(cls, value: dict[str, Any]) -> dict[str, Any]:
        if value.get("type") != "object":
            raise ValueError('the schema must describe an object ("type: object")')
        required = set(value.get("required", []))
        missing = {"entities"} - required
        if missing:
            raise ValueError(f"the schema must require {sorted(missing)}")
        return value

    def types(self) -> tuple[str, ...] | None:
        """The PII types the schema allows (its enum), if it closes the set."""
        try:
            item = self.json_schema["properties"]["entities"]["items"]
            enum = item["properties"]["type"].get("enum")
        except (KeyError, TypeError):
            return None
        return tuple(enum) if enum else None


class PromptTask(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str = Field(min_length=1, description="Recorded in metadata.json: bump it when the wording changes.")
    description: str = ""
    system: str = Field(min_length=1)
    instruction: str = Field(min_length=1, description="User message template; {text} stands for the document.")
    examples: list[FewShot] = Field(default_factory=list)
    output_schema: OutputSchema

    @field_validator("instruction")
    @classmethod
    def _has_placeholder(cls, value: str) -> str:
        if PLACEHOLDER not in value:
            raise ValueError(f"must contain {PLACEHOLDER} where the document goes")
        return value

    @model_validator(mode="after")
    def _check(self) -> PromptTask:
        import re

        for t in self.types:
            if not re.match(TYPE_PATTERN, t):
                raise ValueError(f"output_schema: type {t!r} is not an upper-case identifier")
        for i, ex in enumerate(self.examples):
            try:
                validate_answer(ex.input, ex.output.model_dump(), self.types)
            except Rejected as exc:
                raise ValueError(f"examples.{i}: the example's own answer is rejected: {exc}") from None
        return self

    @property
    def types(self) -> tuple[str, ...]:
        return known_types(self.output_schema.types() or ())

    def user_message(self, text: str) -> str:
        # str.replace, not str.format: documents and instructions are full of braces.
        return self.instruction.replace(PLACEHOLDER, text)

    def static_messages(self) -> list[dict[str, str]]:
        """System message and few-shot turns: the same bytes in every request, first, so that the
        providers' automatic prompt caching serves them from the cache."""
        messages = [{"role": "system", "content": self.system}]
        for ex in self.examples:
            messages += [
                {"role": "user", "content": self.user_message(ex.input)},
                {"role": "assistant", "content": ex.answer()},
            ]
        return messages

    def messages(self, text: str) -> list[dict[str, str]]:
        return [*self.static_messages(), {"role": "user", "content": self.user_message(text)}]

    def response_format(self, mode: str) -> dict[str, Any] | None:
        if mode == "json_schema":
            schema = self.output_schema
            return {
                "type": "json_schema",
                "json_schema": {"name": schema.name, "schema": schema.json_schema, "strict": schema.strict},
            }
        if mode == "json_object":
            return {"type": "json_object"}
        return None


def load_prompt_task(path: str | Path) -> PromptTask:
    resolved = locate(path)
    if resolved is None:
        raise UserError(f"prompt file not found: {path}")
    data = read_yaml(resolved)
    try:
        return PromptTask.model_validate(data)
    except ValidationError as exc:
        raise UserError(format_validation_error(exc, str(resolved))) from None
