"""Configuration of `distillery eval`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from distillery.bundled import HANDWRITTEN_GOLD
from distillery.infer.config import InferConfig

# Thresholds for --fail-under: "leak" and "partial" (the partial leak) are upper bounds, every other
# metric a lower bound.
UPPER_BOUNDS = {"leak", "partial"}
THRESHOLD_KEYS = ("leak", "partial", "keep", "f1", "f1_exact", "precision", "recall", "validity", "unchanged")


class SystemSpec(BaseModel):
    """One system to score.

    rules: the rules engine. model: a trained adapter dir or merged model. base: a base model
    without fine-tuning, prompted few-shot. predictions: a JSONL of results written by any tool.
    auto: what `distillery infer` uses by default.
    """

    model_config = ConfigDict(extra="forbid")

    kind: Literal["rules", "model", "base", "predictions", "auto"]
    target: str | None = Field(None, description="Model dir, base model name, or predictions file.")
    name: str | None = Field(None, description="Label in tables and plots (default: derived from kind and target).")

    def label(self) -> str:
        if self.name:
            return self.name
        if self.kind in ("rules", "auto") or not self.target:
            return self.kind
        tail = self.target.rstrip("/").replace("\\", "/").split("/")[-1] or self.target
        return f"{self.kind}:{tail}"


class EvalConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    gold: str = Field(
        HANDWRITTEN_GOLD, description="Gold JSONL, or a bundled set by name (handwritten, the default; handwritten2)."
    )
    systems: list[SystemSpec] = Field(default_factory=list, description="Systems to compare; none means `auto`.")
    limit: int | None = Field(None, ge=1, description="Evaluate only the first N documents.")
    report_dir: str | None = Field(None, description="Write report.json, report.md, plots and predictions here.")
    fail_under: dict[str, float] = Field(default_factory=dict, description="e.g. {leak: 0.05, keep: 0.95}.")
    worst: int = Field(5, ge=0, description="How many worst documents per system the report shows.")
    infer: InferConfig = Field(
        default_factory=InferConfig, description="Inference options for model systems (engine/model are per system)."
    )

    @field_validator("fail_under")
    @classmethod
    def _known_thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        for key, bound in value.items():
            if key not in THRESHOLD_KEYS:
                raise ValueError(f"unknown metric {key!r} (known: {', '.join(THRESHOLD_KEYS)})")
            if not 0.0 <= bound <= 1.0:
                raise ValueError(f"{key}={bound}: thresholds are shares between 0 and 1")
        return value


def parse_thresholds(spec: str) -> dict[str, float]:
    """'leak=0.05,keep=0.95' -> {"leak": 0.05, "keep": 0.95} (validated later by EvalConfig)."""
    out: dict[str, float] = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"--fail-under: expected METRIC=VALUE, got {part!r}")
        try:
            out[key.strip()] = float(value)
        except ValueError:
            raise ValueError(f"--fail-under: {key.strip()}: {value!r} is not a number") from None
    return out
