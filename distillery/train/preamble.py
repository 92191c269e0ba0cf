"""What every training run does before its student's model loads, whatever the student: read the
plan, the dataset and the output dir (refusing what cannot work), quiet the libraries, load the
tokenizer, then open the output dir with the resolved config and the progress callbacks."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distillery.artifacts import ADAPTER_CONFIG, checkpoints, latest_checkpoint
from distillery.errors import UserError, debug
from distillery.train.config import TrainConfig


def is_main_process() -> bool:
    return os.environ.get("RANK", "0") == "0"


def resolve_resume(out: Path, resume: str | None, overwrite: bool) -> str | None:
    """None: fresh run. "auto"/"latest"/"": the newest checkpoint in `out`. Else a checkpoint path."""
    if resume is None:
        holds_run = out.is_dir() and ((out / ADAPTER_CONFIG).exists() or checkpoints(out))
        if holds_run and not overwrite:
            raise UserError(
                f"{out} already holds a training run: use --resume-from-checkpoint auto to continue it, "
                "or --overwrite to start over"
            )
        if holds_run and is_main_process():
            for ckpt in checkpoints(out):
                shutil.rmtree(ckpt)
        return None
    if resume.strip().lower() in ("", "auto", "latest", "last"):
        latest = latest_checkpoint(out)
        if latest is None:
            raise UserError(f"no checkpoint-* directory in {out} to resume from")
        return str(latest)
    path = Path(resume).expanduser()
    if not (path / "trainer_state.json").is_file():
        raise UserError(f"not a training checkpoint (no trainer_state.json): {resume}")
    return str(path)


def quiet_libraries() -> None:
    """Keep stderr for our own progress: no library progress bars, deprecation notices or info logs."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if debug():
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


@dataclass
class Preamble:
    """What a run knows before its model loads."""

    cfg: TrainConfig
    dataset: str | Path  # as given (recorded in the metadata)
    out: Path
    plan: Any  # trainer.Plan
    splits: Any  # data.Splits
    resume: str | None
    show: bool  # progress and summary on stderr (not quiet, main process)
    tokenizer: Any


def prepare(
    cfg: TrainConfig, dataset: str | Path, output_dir: str | Path, resume: str | None, overwrite: bool, quiet: bool
) -> Preamble:
    """Everything that can be refused (config, device, dataset, output dir) is checked before the
    libraries load; then the thread count and the tokenizer."""
    from distillery.train.data import load_splits
    from distillery.train.trainer import make_plan

    out = Path(output_dir).expanduser()
    plan = make_plan(cfg)
    splits = load_splits(dataset, cfg.data)
    resume = resolve_resume(out, resume, overwrite)

    quiet_libraries()
    import torch

    from distillery.models import load_tokenizer

    if plan.device == "cpu" and cfg.training.cpu_threads:
        torch.set_num_threads(cfg.training.cpu_threads)
    # The student's fresh weights (LoRA matrices, the tagger's head) are drawn before the Trainer
    # seeds anything: seed here, so the same config gives the same run whatever ran before it.
    from transformers import set_seed

    set_seed(cfg.training.seed)
    show = not quiet and is_main_process()
    return Preamble(cfg, dataset, out, plan, splits, resume, show, load_tokenizer(cfg.model.name))


def announce(pre: Preamble, *lines: str) -> None:
    """The dataset's notes and the student's own lines (dimmed) on stderr, when shown."""
    if not pre.show:
        return
    from distillery.console import err_console

    for note in pre.splits.notes:
        err_console.print(f"[dim]{note}[/dim]")
    for line in lines:
        err_console.print(line)


def open_output(pre: Preamble, extra: list[Any] | None) -> tuple[list[Any], Any]:
    """Create the output dir with the resolved config; returns (all callbacks, the step timer)."""
    from distillery.config import save_resolved_config
    from distillery.train.callbacks import RichProgressCallback, StepTimerCallback

    pre.out.mkdir(parents=True, exist_ok=True)
    if is_main_process():
        save_resolved_config(pre.cfg, pre.out)
    timer = StepTimerCallback()
    return [RichProgressCallback(quiet=not pre.show), timer, *(extra or [])], timer
