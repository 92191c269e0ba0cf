"""`distillery generate`: label documents with a teacher and write a train/validation/eval dataset."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from distillery.cli.app import app
from distillery.cli.common import handle_errors, overrides


class TeacherKind(str, Enum):
    synthetic = "synthetic"
    openai = "openai"


class RulesCheck(str, Enum):
    complete = "complete"
    reject = "reject"
    off = "off"


class ResponseFormat(str, Enum):
    auto = "auto"
    json_schema = "json_schema"
    json_object = "json_object"
    text = "text"


@app.command()
@handle_errors
def generate(
    num_samples: int | None = typer.Option(
        None, "--num-samples", "-n", help="Examples in all splits together, eval included (default 1000)."
    ),
    output: Path = typer.Option(
        Path("data/generated"), "--output", "-o", help="Dataset directory; rerunning the same command resumes it."
    ),
    teacher: TeacherKind | None = typer.Option(
        None, "--teacher", help="synthetic: offline gold labels (default); openai: any OpenAI-compatible server."
    ),
    config: Path | None = typer.Option(None, "--config", "-c", help="YAML with GenerateConfig fields."),
    seed: int | None = typer.Option(None, "--seed", help="Same seed, same documents (default 42)."),
    langs: str | None = typer.Option(None, "--langs", help="Comma-separated languages: it,en (default both)."),
    eval_share: float | None = typer.Option(
        None, "--eval-share", help="Share of --num-samples held out in eval.jsonl (default 0.1)."
    ),
    validation_share: float | None = typer.Option(
        None, "--validation-share", help="Share of train+validation kept for validation (default 0.1)."
    ),
    model: str | None = typer.Option(None, "--model", "-m", help="Teacher model name (openai; default gpt-4o-mini)."),
    base_url: str | None = typer.Option(
        None, "--base-url", help="OpenAI-compatible API URL, e.g. http://localhost:8000/v1 (or OPENAI_BASE_URL)."
    ),
    prompts: Path | None = typer.Option(
        None, "--prompts", help="Teacher task YAML (default configs/prompts/anonymization.yaml)."
    ),
    concurrency: int | None = typer.Option(None, "--concurrency", help="Teacher requests in flight (default 8)."),
    rpm: int | None = typer.Option(None, "--rpm", help="Requests per minute limit (default 500)."),
    tpm: int | None = typer.Option(None, "--tpm", help="Tokens per minute limit (default 200000)."),
    timeout: float | None = typer.Option(None, "--timeout", help="Seconds per teacher request (default 60)."),
    max_retries: int | None = typer.Option(
        None, "--max-retries", help="Retries on 429/5xx/timeouts/connection errors (default 5)."
    ),
    max_cost: float | None = typer.Option(None, "--max-cost", help="Stop cleanly after spending this many USD."),
    response_format: ResponseFormat | None = typer.Option(
        None,
        "--response-format",
        help="Structured output: auto (default: decided once per run from the server's first answer), "
        "json_schema, json_object or text.",
    ),
    batch: bool | None = typer.Option(
        None,
        "--batch/--no-batch",
        help="OpenAI Batch API (half price): submit and exit; rerun the same command to collect the results.",
    ),
    rules_check: RulesCheck | None = typer.Option(
        None,
        "--rules-check",
        help="An answer that misses values the rules engine finds (e-mails, phones, URLs, IBANs...): complete "
        "(default: the rules' spans are added), reject (to failed.jsonl) or off.",
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Estimate documents, tokens and cost; send nothing, write nothing."
    ),
    inputs: Path | None = typer.Option(
        None, "--inputs", help="Your own documents for the teacher: .jsonl ({id, text} lines) or .txt (one per line)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary on stderr."),
) -> None:
    """Build a training set: documents -> teacher -> validated JSONL (train, validation, eval, failed)."""
    from distillery.config import resolve_config
    from distillery.generate.config import GenerateConfig
    from distillery.generate.run import run

    cfg = resolve_config(
        GenerateConfig,
        config,
        overrides(
            num_samples=num_samples,
            teacher=teacher.value if teacher else None,
            seed=seed,
            langs=[x for x in langs.split(",")] if langs is not None else None,
            eval_share=eval_share,
            validation_share=validation_share,
            openai__model=model,
            openai__base_url=base_url,
            openai__prompts=str(prompts) if prompts else None,
            openai__concurrency=concurrency,
            openai__rpm=rpm,
            openai__tpm=tpm,
            openai__timeout=timeout,
            openai__max_retries=max_retries,
            openai__max_cost=max_cost,
            openai__response_format=response_format.value if response_format else None,
            openai__batch=batch,
            openai__rules_check=rules_check.value if rules_check else None,
        ),
    )
    run(cfg, output, inputs=str(inputs) if inputs else None, dry_run=dry_run, quiet=quiet)
