"""The face of `distillery train`: `run(config, dataset=..., output_dir=...)` for either student, and
what a caller (the quickstart) asks of an output dir: `is_complete`, `can_resume`, `summary` and
`headline`. Nothing heavy is imported here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from distillery.config import read_saved_config
from distillery.fsutil import read_json_object
from distillery.train.config import TrainConfig
from distillery.train.outcome import TrainResult


def run(
    config: TrainConfig,
    *,
    dataset: str | Path,
    output_dir: str | Path,
    resume_from_checkpoint: str | None = None,
    overwrite: bool = False,
    quiet: bool = False,
    callbacks: list[Any] | None = None,
) -> TrainResult:
    """Train a LoRA adapter on `dataset` (a `generate` dir or one JSONL file) into `output_dir`.

    Everything that can be refused (config, device, dataset, output dir) is checked before the
    model is loaded. `config.student` chooses the kind: the generative student or the tagger."""
    from distillery.train.preamble import prepare

    pre = prepare(config, dataset, output_dir, resume_from_checkpoint, overwrite, quiet)
    if config.student == "tagger":
        from distillery.train.tagger import run_tagger_training as student
    else:
        from distillery.train.generative import run_generative as student
    return student(pre, callbacks)


def _of_config(out: Path, config: TrainConfig | None) -> bool:
    """Whether `out` holds a run of `config` (any run when None)."""
    return out.is_dir() and (config is None or read_saved_config(TrainConfig, out) == config)


def is_complete(out_dir: str | Path, config: TrainConfig | None = None) -> bool:
    """Whether `out_dir` holds a finished adapter (of `config`, when given)."""
    from distillery.artifacts import is_finished_adapter

    out = Path(out_dir)
    return _of_config(out, config) and is_finished_adapter(out)


def can_resume(out_dir: str | Path, config: TrainConfig | None = None) -> bool:
    """Whether `out_dir` holds an unfinished run (of `config`, when given) with a checkpoint to resume."""
    from distillery.artifacts import is_finished_adapter, latest_checkpoint

    out = Path(out_dir)
    if not _of_config(out, config) or is_finished_adapter(out):  # the saved config is read once
        return False
    return latest_checkpoint(out) is not None


def summary(out_dir: str | Path) -> dict[str, Any] | None:
    """The run's key numbers from its metadata; None when `out_dir` holds no finished run."""
    from distillery.train.metadata import METADATA_FILE

    md = read_json_object(Path(out_dir) / METADATA_FILE)
    if md is None:
        return None
    ds = md.get("dataset") or {}
    return {
        "base_model": md.get("base_model"),
        "global_step": md.get("global_step"),
        "epochs": md.get("epochs_completed"),
        "train_loss": md.get("train_loss"),
        "eval_loss": md.get("eval_loss"),
        "train_examples": ds.get("train_examples"),
        "dropped_too_long": ds.get("dropped_too_long"),
        "device": md.get("device"),
        "tokens_per_second": md.get("tokens_per_second"),
    }


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.4f}"


def headline(out_dir: str | Path) -> str:
    """One line: steps, examples, losses, device."""
    d = summary(out_dir)
    if d is None:
        return f"no finished training run in {out_dir}"
    return (
        f"{d['global_step']} steps on {d['train_examples']} examples · loss {_num(d['train_loss'])} · "
        f"eval loss {_num(d['eval_loss'])} · {d['device']}"
    )
