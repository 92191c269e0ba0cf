"""`distillery train`: LoRA / QLoRA fine-tuning of a student on a `generate` dataset."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import typer

from distillery.cli.app import app
from distillery.cli.common import handle_errors, overrides
from distillery.errors import UserError


class Student(str, Enum):
    generative = "generative"
    tagger = "tagger"


def parse_set(items: list[str]) -> dict[str, Any]:
    """`--set a.b=value` pairs; values are read as YAML scalars/lists (`8`, `3e-4`, `[q_proj,v_proj]`)."""
    import yaml

    out: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--set expects key.path=value, got {item!r}")
        try:
            out[key.strip()] = yaml.safe_load(raw) if raw.strip() else ""
        except yaml.YAMLError:
            out[key.strip()] = raw
    return out


@app.command()
@handle_errors
def train(
    dataset: str = typer.Option(..., "--dataset", "-d", help="`generate` output dir (train.jsonl) or one JSONL file."),
    output_dir: Path = typer.Option(..., "--output-dir", "-o", help="Where the adapter, logs and metadata go."),
    config: Path | None = typer.Option(
        None, "--config", "-c", help="Recipe: a YAML of TrainConfig fields, or a bundled name (smollm2-135m-cpu, ...)."
    ),
    model: str | None = typer.Option(None, "--model", "-m", help="Base model: smollm2-135m, a local dir or hub id."),
    student: Student | None = typer.Option(
        None, "--student", help="generative: writes the span list (TRL SFT); tagger: labels every token."
    ),
    epochs: float | None = typer.Option(None, "--epochs", help="training.epochs"),
    max_steps: int | None = typer.Option(None, "--max-steps", help="Stop after N optimizer steps (smoke runs)."),
    batch_size: int | None = typer.Option(None, "--batch-size", "-b", help="training.batch_size (per device)"),
    grad_accum: int | None = typer.Option(None, "--grad-accum", help="training.grad_accum"),
    learning_rate: float | None = typer.Option(None, "--lr", help="training.learning_rate"),
    max_length: int | None = typer.Option(None, "--max-length", help="data.max_length (longer examples are dropped)"),
    lora_r: int | None = typer.Option(None, "--lora-r", help="lora.r"),
    lora_alpha: int | None = typer.Option(None, "--lora-alpha", help="lora.alpha"),
    precision: str | None = typer.Option(None, "--precision", help="auto, bf16, fp16, fp32."),
    early_stopping_patience: int | None = typer.Option(
        None, "--early-stopping-patience", help="Stop after N evaluations without a better eval loss."
    ),
    seed: int | None = typer.Option(None, "--seed", help="training.seed"),
    set_: list[str] = typer.Option(
        [], "--set", help="Any config field: --set lora.dropout=0.1 --set training.lr_scheduler=linear (repeatable)."
    ),
    resume_from_checkpoint: str | None = typer.Option(
        None,
        "--resume-from-checkpoint",
        help="Continue a run: a checkpoint dir, or 'auto' (also 'latest' or '') for the newest in --output-dir.",
    ),
    overwrite: bool = typer.Option(False, "--overwrite", help="Start over in an output dir that holds a run."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Fine-tune a student with LoRA (QLoRA on CUDA). Progress and the summary go to stderr."""
    from distillery.bundled import train_recipe
    from distillery.config import resolve_config
    from distillery.train.config import TrainConfig
    from distillery.train.run import run

    flags = overrides(
        student=student.value if student else None,
        model__name=model,
        training__epochs=epochs,
        training__max_steps=max_steps,
        training__batch_size=batch_size,
        training__grad_accum=grad_accum,
        training__learning_rate=learning_rate,
        data__max_length=max_length,
        lora__r=lora_r,
        lora__alpha=lora_alpha,
        training__precision=precision,
        training__early_stopping_patience=early_stopping_patience,
        training__seed=seed,
    )
    flags.update(parse_set(set_))
    cfg = resolve_config(TrainConfig, train_recipe(config) if config else None, flags)
    run(
        cfg,
        dataset=dataset,
        output_dir=output_dir,
        resume_from_checkpoint=resume_from_checkpoint,
        overwrite=overwrite,
        quiet=quiet,
    )
