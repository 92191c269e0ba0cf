"""`distillery train`: LoRA / QLoRA fine-tuning of a student with TRL's SFTTrainer.

Python API (the CLI and benchmarks/train_throughput.py both go through it):

    from distillery.train import TrainConfig, run_training
    result = run_training(TrainConfig(), dataset="data/gen", output_dir="runs/student")
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillery.errors import UserError
from distillery.train.config import TrainConfig

__all__ = ["TrainConfig", "TrainResult", "run_training"]


@dataclass
class TrainResult:
    output_dir: Path
    global_step: int
    epochs: float
    train_loss: float | None
    eval_loss: float | None
    tokens_seen: int
    wall_time_s: float
    tokens_per_second: float
    metadata: dict[str, Any] = field(default_factory=dict)
    step_times: list[float] = field(default_factory=list)


def _is_main_process() -> bool:
    return os.environ.get("RANK", "0") == "0"


def _checkpoints(out: Path) -> list[Path]:
    return sorted(out.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]) if p.name[11:].isdigit() else -1)


def resolve_resume(out: Path, resume: str | None, overwrite: bool) -> str | None:
    """None: fresh run. "auto"/"latest"/"": the newest checkpoint in `out`. Else a checkpoint path."""
    if resume is None:
        holds_run = out.is_dir() and ((out / "adapter_config.json").exists() or _checkpoints(out))
        if holds_run and not overwrite:
            raise UserError(
                f"{out} already holds a training run: use --resume-from-checkpoint auto to continue it, "
                "or --overwrite to start over"
            )
        if holds_run and _is_main_process():
            for ckpt in _checkpoints(out):
                shutil.rmtree(ckpt)
        return None
    if resume.strip().lower() in ("", "auto", "latest", "last"):
        found = _checkpoints(out) if out.is_dir() else []
        if not found:
            raise UserError(f"no checkpoint-* directory in {out} to resume from")
        return str(found[-1])
    path = Path(resume).expanduser()
    if not (path / "trainer_state.json").is_file():
        raise UserError(f"not a training checkpoint (no trainer_state.json): {resume}")
    return str(path)


def quiet_libraries() -> None:
    """Keep stderr for our own progress: no library progress bars, deprecation notices or info logs."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if os.environ.get("DISTILLERY_DEBUG", "").lower() in {"1", "true", "yes"}:
        return
    import warnings

    import datasets
    import transformers

    # Deprecation notices from the libraries are for us, not for the person training a model.
    for module in ("transformers", "trl", "peft", "accelerate", "torch"):
        warnings.filterwarnings("ignore", category=FutureWarning, module=module)
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    datasets.utils.logging.set_verbosity_error()
    datasets.disable_progress_bars()


def _last(history: list[dict[str, Any]], key: str) -> float | None:
    for entry in reversed(history):
        if key in entry:
            return float(entry[key])
    return None


def train_and_save(
    trainer: Any, resume: str | None, has_eval: bool, out: Path
) -> tuple[Any, float | None, float, float]:
    """Run the loop, settle the final eval loss (the best checkpoint's with early stopping, else the
    last, evaluated now if the last step was not), save the model. Returns (train output, eval loss,
    seconds in the loop, seconds in all)."""
    t0 = time.perf_counter()
    train_output = trainer.train(resume_from_checkpoint=resume)
    train_wall = time.perf_counter() - t0
    history = trainer.state.log_history
    eval_loss = _last(history, "eval_loss")
    evaluated_at_end = any("eval_loss" in h and h.get("step") == trainer.state.global_step for h in history)
    if trainer.args.load_best_model_at_end and trainer.state.best_metric is not None:
        eval_loss = float(trainer.state.best_metric)  # the best checkpoint is the one saved
    elif has_eval and not evaluated_at_end:
        eval_loss = float(trainer.evaluate()["eval_loss"])
    trainer.save_model(str(out))
    return train_output, eval_loss, train_wall, time.perf_counter() - t0


def run_record(trainer: Any, result: TrainResult, train_output: Any, *, resume: str | None, runtime: float) -> dict:
    """What every training run records of itself, whatever the student: parameters, steps, tokens,
    time, losses (the metadata's second half; the first says what was trained on what)."""
    trainable, total = trainer.model.get_nb_trainable_parameters()
    return {
        "trainable_parameters": trainable,
        "total_parameters": total,
        "global_step": result.global_step,
        "max_steps": trainer.state.max_steps,
        "epochs_completed": round(result.epochs, 4),
        "stopped_early": trainer.state.global_step < trainer.state.max_steps,
        "resumed_from": resume,
        "tokens_seen": result.tokens_seen,
        "train_runtime_s": round(runtime, 2),
        "wall_time_s": round(result.wall_time_s, 2),
        "tokens_per_second": round(result.tokens_per_second, 2),
        "train_loss": result.train_loss,
        "train_loss_mean": float(train_output.training_loss),
        "eval_loss": result.eval_loss,
        "best_eval_loss": trainer.state.best_metric,
    }


def run_training(
    cfg: TrainConfig,
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
    model is loaded. `cfg.student` chooses the kind: the generative student (here) or the tagger."""
    if cfg.student == "tagger":
        from distillery.train.tagger import run_tagger_training

        return run_tagger_training(
            cfg, dataset=dataset, output_dir=output_dir, resume_from_checkpoint=resume_from_checkpoint,
            overwrite=overwrite, quiet=quiet, callbacks=callbacks,
        )  # fmt: skip
    from distillery.config import save_resolved_config
    from distillery.console import err_console
    from distillery.train.data import drop_too_long, load_splits, to_rows
    from distillery.train.trainer import make_plan

    out = Path(output_dir).expanduser()
    plan = make_plan(cfg)
    splits = load_splits(dataset, cfg.data)
    resume = resolve_resume(out, resume_from_checkpoint, overwrite)

    quiet_libraries()
    import torch

    from distillery.models import load_tokenizer, resolve_model_path
    from distillery.train.callbacks import RichProgressCallback, StepTimerCallback
    from distillery.train.metadata import write_marker, write_metadata
    from distillery.train.trainer import build_trainer, fix_pad_token

    if plan.device == "cpu" and cfg.training.cpu_threads:
        torch.set_num_threads(cfg.training.cpu_threads)
    show = not quiet and _is_main_process()
    tokenizer = load_tokenizer(cfg.model.name)
    if not getattr(tokenizer, "chat_template", None):
        raise UserError(f"{cfg.model.name} has no chat template: the student's prompt needs a chat/instruct model")
    fix_pad_token(tokenizer)
    max_len = cfg.data.max_length
    train_rows, dropped_train, train_tokens = drop_too_long(tokenizer, to_rows(splits.train), max_len)
    eval_rows, dropped_eval, _ = drop_too_long(tokenizer, to_rows(splits.validation), max_len)
    if not train_rows:
        raise UserError(f"all {len(splits.train)} training examples are longer than data.max_length={max_len} tokens")
    if show:
        for note in splits.notes:
            err_console.print(f"[dim]{note}[/dim]")
        if dropped_train or dropped_eval:
            err_console.print(
                f"[yellow]dropped {dropped_train} training and {dropped_eval} validation examples "
                f"longer than {max_len} tokens[/yellow]"
            )
        err_console.print(
            f"[dim]{len(train_rows)} training / {len(eval_rows)} validation examples, "
            f"{train_tokens:,} tokens per epoch · {plan.device} {plan.precision} · {plan.batching} · "
            f"base {cfg.model.name}[/dim]"
        )
    out.mkdir(parents=True, exist_ok=True)
    if _is_main_process():
        save_resolved_config(cfg, out)

    timer = StepTimerCallback()
    all_callbacks = [RichProgressCallback(quiet=not show), timer, *(callbacks or [])]
    if show:
        with err_console.status(f"loading {cfg.model.name} and tokenizing..."):
            trainer = build_trainer(
                cfg, plan, tokenizer=tokenizer, train_rows=train_rows, eval_rows=eval_rows, output_dir=out,
                callbacks=all_callbacks,
            )  # fmt: skip
    else:
        trainer = build_trainer(
            cfg, plan, tokenizer=tokenizer, train_rows=train_rows, eval_rows=eval_rows, output_dir=out,
            callbacks=all_callbacks,
        )  # fmt: skip

    train_output, eval_loss, train_wall, wall = train_and_save(trainer, resume, bool(eval_rows), out)
    history = trainer.state.log_history

    tokens = int(getattr(trainer, "_total_train_tokens", 0))
    runtime = float(train_output.metrics.get("train_runtime", train_wall)) or train_wall
    result = TrainResult(
        output_dir=out,
        global_step=trainer.state.global_step,
        epochs=float(trainer.state.epoch or 0.0),
        train_loss=_last(history, "loss"),
        eval_loss=eval_loss,
        tokens_seen=tokens,
        wall_time_s=wall,
        tokens_per_second=tokens / runtime if runtime > 0 else 0.0,
        step_times=timer.step_times,
    )
    if trainer.is_world_process_zero():
        result.metadata = {
            "base_model": cfg.model.name,
            "base_model_path": resolve_model_path(cfg.model.name),
            "adapter": "qlora" if cfg.quantization.load_in_4bit else "lora",
            "dataset": {
                "path": str(dataset),
                "files": splits.files,
                "sha256": splits.sha256,
                "train_examples": len(train_rows),
                "validation_examples": len(eval_rows),
                "dropped_too_long": dropped_train + dropped_eval,
                "train_tokens_per_epoch": train_tokens,
            },
            "device": plan.device,
            "precision": plan.precision,
            "attn_implementation": plan.attn_implementation,
            "batching": plan.batching,
            "world_size": plan.world_size,
            **run_record(trainer, result, train_output, resume=resume, runtime=runtime),
        }
        write_metadata(out, result.metadata)
        # The marker is written last: its presence means the run finished (the quickstart relies on it).
        write_marker(out, base_model=cfg.model.name, kind="lora-adapter", quantized_base=cfg.quantization.load_in_4bit)
        if show:
            print_summary(result, cfg)
    return result


def print_summary(result: TrainResult, cfg: TrainConfig) -> None:
    from rich.table import Table

    from distillery.console import err_console

    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.4f}"

    table = Table(title="training done", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    md = result.metadata
    table.add_row("base model", cfg.model.name)
    table.add_row("examples", f"{md['dataset']['train_examples']} train / {md['dataset']['validation_examples']} eval")
    table.add_row("steps", f"{result.global_step}" + (" (stopped early)" if md.get("stopped_early") else ""))
    table.add_row("epochs", f"{result.epochs:.2f}")
    table.add_row("train loss", fmt(result.train_loss))
    table.add_row("eval loss", fmt(result.eval_loss))
    table.add_row("tokens", f"{result.tokens_seen:,} ({result.tokens_per_second:,.0f} tok/s)")
    table.add_row("wall time", f"{result.wall_time_s:.1f} s")
    table.add_row("output", str(result.output_dir))
    err_console.print(table)
