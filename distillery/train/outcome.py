"""What every training run does after its student's trainer is built: the loop, the final eval
loss, the result, the run record, and what it leaves in the output dir (metadata, then the marker)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillery.train.config import TrainConfig
from distillery.train.preamble import Preamble


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


def last(history: list[dict[str, Any]], key: str) -> float | None:
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
    eval_loss = last(history, "eval_loss")
    evaluated_at_end = any("eval_loss" in h and h.get("step") == trainer.state.global_step for h in history)
    if trainer.args.load_best_model_at_end and trainer.state.best_metric is not None:
        eval_loss = float(trainer.state.best_metric)  # the best checkpoint is the one saved
    elif has_eval and not evaluated_at_end:
        eval_loss = float(trainer.evaluate()["eval_loss"])
    trainer.save_model(str(out))
    return train_output, eval_loss, train_wall, time.perf_counter() - t0


@dataclass
class Trained:
    """The loop's outcome: the result, and what the run record needs besides."""

    result: TrainResult
    train_output: Any
    runtime: float


def train(trainer: Any, pre: Preamble, has_eval: bool, timer: Any, tokens: Any) -> Trained:
    """Train, save, and measure. `tokens()` gives the real tokens consumed (read after the loop)."""
    train_output, eval_loss, train_wall, wall = train_and_save(trainer, pre.resume, has_eval, pre.out)
    runtime = float(train_output.metrics.get("train_runtime", train_wall)) or train_wall
    seen = tokens()
    result = TrainResult(
        output_dir=pre.out,
        global_step=trainer.state.global_step,
        epochs=float(trainer.state.epoch or 0.0),
        train_loss=last(trainer.state.log_history, "loss"),
        eval_loss=eval_loss,
        tokens_seen=seen,
        wall_time_s=wall,
        tokens_per_second=seen / runtime if runtime > 0 else 0.0,
        step_times=timer.step_times,
    )
    return Trained(result, train_output, runtime)


def run_record(trainer: Any, trained: Trained, resume: str | None) -> dict:
    """What every training run records of itself, whatever the student: parameters, steps, tokens,
    time, losses (the metadata's second half; the first says what was trained on what)."""
    result = trained.result
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
        "train_runtime_s": round(trained.runtime, 2),
        "wall_time_s": round(result.wall_time_s, 2),
        "tokens_per_second": round(result.tokens_per_second, 2),
        "train_loss": result.train_loss,
        "train_loss_mean": float(trained.train_output.training_loss),
        "eval_loss": result.eval_loss,
        "best_eval_loss": trainer.state.best_metric,
    }


def save_run(trainer: Any, pre: Preamble, trained: Trained, described: dict[str, Any], marker: dict[str, Any]) -> None:
    """On the main process: the metadata (`described`, what was trained on what, + the run record),
    then the marker, then the summary. The marker is written last: its presence means the run
    finished (train.run.is_complete relies on it)."""
    if not trainer.is_world_process_zero():
        return
    from distillery.artifacts import write_marker
    from distillery.train.metadata import write_metadata

    result = trained.result
    result.metadata = {**described, **run_record(trainer, trained, pre.resume)}
    write_metadata(pre.out, result.metadata)
    write_marker(pre.out, base_model=pre.cfg.model.name, kind="lora-adapter", **marker)
    if pre.show:
        print_summary(result, pre.cfg)


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
