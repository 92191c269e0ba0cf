"""What one generate run counts: answers, requests, tokens, dollars, time, and why it stopped."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from distillery.generate.config import ModelPrice
from distillery.generate.pricing import cost_usd
from distillery.generate.teachers.base import Labeled


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class RunStats:
    accepted: int = 0
    failed: int = 0
    errors: int = 0
    duplicates: int = 0
    requests: int = 0
    retries: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cached_input_tokens: int = 0
    usage_estimated: bool = False
    cost_usd: float = 0.0
    wall_time_s: float = 0.0
    stopped: str = "running"
    last_error: str | None = None
    started_at: str = ""
    run_id: str = ""
    # The rules check of the teacher's valid answers (`records.check_with_rules`): answers checked,
    # completed with the rules' spans, rejected for missing them, and the spans added per type.
    rules_checked: int = 0
    rules_completed: int = 0
    rules_rejected: int = 0
    rules_added: dict[str, int] = field(default_factory=dict)

    def count_rules(self, check: Any) -> None:
        """One answer's rules check (a records.RulesCheck), counted when its record or failure is written."""
        self.rules_checked += 1
        self.rules_completed += check.outcome == "completed"
        self.rules_rejected += check.outcome == "rejected"
        for pii_type, n in check.added.items():
            self.rules_added[pii_type] = self.rules_added.get(pii_type, 0) + n

    def count_usage(self, res: Labeled, price: ModelPrice | None, *, batch: bool = False) -> None:
        """Requests, tokens and their cost of one teacher answer, whatever became of it."""
        self.requests += res.requests
        self.retries += res.retries
        u = res.usage
        self.input_tokens += u.input_tokens
        self.output_tokens += u.output_tokens
        self.cached_input_tokens += u.cached_input_tokens
        self.usage_estimated = self.usage_estimated or u.estimated
        if price is not None:
            self.cost_usd += cost_usd(price, u.input_tokens, u.output_tokens, u.cached_input_tokens, batch=batch)
