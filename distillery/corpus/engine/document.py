"""The generated source document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceDoc:
    id: str  # stable for (seed, split, index), e.g. "syn-train-s42-000123"
    lang: str  # "it" | "en"
    kind: str  # "email", "support_chat", "medical_record", ...
    template: str  # id of the composition skeleton (the parts used): diversity stats, held-out splits
    text: str
    pii: list[dict]  # [{"value", "type", "start", "end"}] sorted by start; text[start:end] == value
    keep: list[str]  # non-PII look-alikes in the text that must survive anonymization
