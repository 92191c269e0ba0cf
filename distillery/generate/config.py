"""Configuration of `distillery generate`: one model, resolved with `resolve_config`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from distillery.bundled import TEACHER_PROMPT


class ModelPrice(BaseModel):
    """USD per one million tokens."""

    model_config = ConfigDict(extra="forbid")

    input: float = Field(ge=0.0, description="USD per 1M prompt tokens.")
    output: float = Field(ge=0.0, description="USD per 1M completion tokens.")
    cached_input: float | None = Field(
        None, ge=0.0, description="USD per 1M cached prompt tokens (automatic prompt caching); None: the input price."
    )
    batch_discount: float = Field(0.5, gt=0.0, le=1.0, description="Batch API price as a share of this price.")


class OpenAITeacherConfig(BaseModel):
    """The OpenAI-compatible teacher (OpenAI, Azure, vLLM, llama.cpp server, Ollama...)."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field("gpt-4o-mini", description="Model name as the server knows it.")
    base_url: str | None = Field(
        None, description="API base URL (e.g. http://localhost:8000/v1). Default: OPENAI_BASE_URL, else OpenAI."
    )
    prompts: str = Field(TEACHER_PROMPT, description="YAML task file (system, few-shot, schema).")
    response_format: Literal["auto", "json_schema", "json_object", "text"] = Field(
        "auto",
        description="auto: json_schema, then json_object, then plain text, decided once per run from the "
        "server's first answer (or refusal); the others force one mode.",
    )
    concurrency: int = Field(8, ge=1, le=256, description="Requests in flight at once.")
    rpm: int | None = Field(500, ge=1, description="Requests per minute limit (None: unlimited).")
    tpm: int | None = Field(200_000, ge=1, description="Tokens per minute limit (None: unlimited).")
    timeout: float = Field(60.0, gt=0.0, description="Seconds per request before it is abandoned and retried.")
    max_retries: int = Field(5, ge=0, description="Retries per document on 429/5xx/timeouts/connection errors.")
    backoff_base: float = Field(1.0, gt=0.0, description="First retry delay in seconds (doubles each time, jittered).")
    backoff_max: float = Field(60.0, gt=0.0, description="Longest retry delay in seconds.")
    temperature: float | None = Field(0.0, ge=0.0, description="None: do not send (some reasoning models reject it).")
    max_output_tokens: int = Field(
        1024, ge=16, description="Completion limit per request (the answer is the span list, not the document)."
    )
    max_tokens_field: Literal["auto", "max_tokens", "max_completion_tokens"] = Field(
        "auto", description="auto: max_completion_tokens for OpenAI/Azure, max_tokens for other servers."
    )
    max_cost: float | None = Field(None, gt=0.0, description="Stop cleanly once this many USD are spent.")
    prices: dict[str, ModelPrice] = Field(
        default_factory=dict, description="Per-model prices added to / overriding the built-in table."
    )
    batch: bool = Field(
        False,
        description="Use the OpenAI Batch API (half price, results within 24 h): a run submits, a rerun collects.",
    )
    batch_poll_s: float = Field(30.0, gt=0.0, description="Seconds between status checks while collecting a batch.")
    max_failure_share: float = Field(
        0.9, gt=0.0, le=1.0, description="Abort when at least this share of the first 20+ answers is rejected."
    )
    rules_check: Literal["complete", "reject", "off"] = Field(
        "complete",
        description="Check each valid answer against the deterministic rules engine (e-mails, phones, URLs, IBANs, "
        "...; organisation contacts excepted). complete (default): a value the rules find and the answer misses is "
        "added to the gold: the document and the teacher's other labels are kept, and the student still learns "
        "the value, which a small teacher often forgets (an empty answer for a document full of e-mails); "
        "reject: such an answer goes to failed.jsonl (a stricter dataset, paid answers thrown away, and the "
        "documents richest in structured data lost first); off: trust the teacher alone. Counted per run in "
        "metadata.json (rules_check).",
    )


class GenerateConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    num_samples: int = Field(1000, ge=1, description="Examples in all splits together (eval included).")
    teacher: Literal["synthetic", "openai"] = Field("synthetic", description="Who labels the training documents.")
    seed: int = Field(42, description="Same seed, same documents (and, with the synthetic teacher, same dataset).")
    langs: list[str] = Field(default_factory=lambda: ["it", "en"], min_length=1)
    eval_share: float = Field(0.1, ge=0.0, lt=1.0, description="Share of num_samples for eval.jsonl (held out).")
    validation_share: float = Field(0.1, ge=0.0, lt=1.0, description="Share of train+validation for validation.")
    dedup: bool = Field(True, description="Skip documents whose normalized text is already in the dataset.")
    openai: OpenAITeacherConfig = Field(default_factory=OpenAITeacherConfig)

    @field_validator("langs")
    @classmethod
    def _langs(cls, value: list[str]) -> list[str]:
        out = [v.strip().lower() for v in value if v.strip()]
        bad = [v for v in out if v not in ("it", "en")]
        if bad:
            raise ValueError(f"unsupported language {bad[0]!r} (it, en)")
        if not out:
            raise ValueError("at least one language")
        return list(dict.fromkeys(out))

    @property
    def n_eval(self) -> int:
        return round(self.num_samples * self.eval_share)

    @property
    def n_train_validation(self) -> int:
        return self.num_samples - self.n_eval


# Fields that decide *which* examples a dataset holds: resuming into a directory made with other
# values would silently mix two datasets, so the pipeline refuses.
DATASET_IDENTITY = ("teacher", "seed", "langs", "eval_share", "validation_share", "dedup")
