"""What every teacher returns for one document, and the errors that stop a whole run."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Protocol

from distillery.dataset import DatasetRecord, FailedRecord
from distillery.errors import RuntimeFailure


@dataclass
class Usage:
    input_tokens: int = 0  # all prompt tokens, cached ones included (as the API counts them)
    output_tokens: int = 0
    cached_input_tokens: int = 0  # usage.prompt_tokens_details.cached_tokens: billed at the cached rate
    estimated: bool = False  # the server sent no `usage`: counted from characters instead


@dataclass
class Labeled:
    """The outcome for one document: exactly one of record / failure / error is set."""

    doc: Any
    record: DatasetRecord | None = None  # accepted: goes to its split
    failure: FailedRecord | None = None  # rejected answer (or a request the server refuses): failed.jsonl
    error: str | None = None  # transient trouble after all retries: written nowhere, a rerun retries it
    usage: Usage = field(default_factory=Usage)
    requests: int = 0
    retries: int = 0
    rules: Any = None  # records.RulesCheck: what the rules check did to a valid answer (None: not checked)


class TeacherFatal(RuntimeFailure):
    """Nothing will work until the user fixes something (bad key, unknown model): stop the run."""


class Teacher(Protocol):
    name: str
    model: str

    def label(self, doc: Any, stop: threading.Event) -> Labeled: ...

    def close(self) -> None: ...
