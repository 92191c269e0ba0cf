"""Trainer callbacks: a Rich progress bar on stderr (instead of tqdm and printed dicts) and timing."""

from __future__ import annotations

import time
from typing import Any

from transformers import TrainerCallback

from distillery.console import err_console


class RichProgressCallback(TrainerCallback):
    """One progress line: step, epoch, last train loss, last eval loss, tokens/s. Main process only."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.progress: Any = None
        self.task: Any = None
        self.t0 = 0.0
        self.start_step = 0
        self.eval_batches = 0

    def on_train_begin(self, args, state, control, **kwargs):
        if self.quiet or not state.is_world_process_zero:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        from rich.progress import TimeRemainingColumn as Remaining

        self.progress = Progress(
            TextColumn("[bold]train[/bold]"),
            BarColumn(bar_width=20),
            MofNCompleteColumn(),
            TextColumn("ep {task.fields[epoch]:.2f} · loss {task.fields[loss]} · eval {task.fields[eval]}"),
            TextColumn("· {task.fields[tps]} tok/s ·"),
            TimeElapsedColumn(),
            Remaining(),
            console=err_console,
        )
        self.progress.start()
        self.task = self.progress.add_task(
            "train", total=state.max_steps, completed=state.global_step, epoch=0.0, loss="-", eval="-", tps="-"
        )
        self.t0 = time.perf_counter()
        self.start_step = state.global_step

    def on_step_end(self, args, state, control, **kwargs):
        if self.progress is not None:
            self.progress.update(self.task, completed=state.global_step, epoch=state.epoch or 0.0)

    def on_log(self, args, state, control, logs=None, **kwargs):
        if self.progress is None or not logs:
            return
        fields: dict[str, Any] = {}
        if "loss" in logs:
            fields["loss"] = f"{logs['loss']:.4f}"
        if "num_tokens" in logs and "eval_loss" not in logs:
            elapsed = time.perf_counter() - self.t0
            if elapsed > 0:
                fields["tps"] = f"{logs['num_tokens'] / elapsed:,.0f}"
        if fields:
            self.progress.update(self.task, **fields)

    def on_prediction_step(self, args, state, control, **kwargs):
        # Evaluation on CPU takes a while: show that it is running rather than a frozen bar.
        if self.progress is not None:
            self.eval_batches += 1
            self.progress.update(self.task, eval=f"running ({self.eval_batches} batches)")

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):
        self.eval_batches = 0
        if self.progress is not None and metrics and "eval_loss" in metrics:
            self.progress.update(self.task, eval=f"{metrics['eval_loss']:.4f}")

    def on_train_end(self, args, state, control, **kwargs):
        if self.progress is not None:
            self.progress.update(self.task, completed=state.global_step)
            self.progress.stop()
            self.progress = None


class StepTimerCallback(TrainerCallback):
    """Wall-clock time of each optimizer step, for throughput without the first (warm-up) steps."""

    def __init__(self) -> None:
        self.step_times: list[float] = []
        self._last = 0.0

    def on_step_begin(self, args, state, control, **kwargs):
        if not self._last:
            self._last = time.perf_counter()

    def on_step_end(self, args, state, control, **kwargs):
        now = time.perf_counter()
        self.step_times.append(now - self._last)
        self._last = now
