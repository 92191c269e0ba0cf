"""Training the generative student: TRL's SFTTrainer teaches a chat model to write the span list."""

from __future__ import annotations

from typing import Any

from distillery.errors import UserError
from distillery.train.outcome import TrainResult
from distillery.train.preamble import Preamble, announce, open_output


def _rows(pre: Preamble) -> dict[str, Any]:
    """Chat rows of both splits, those longer than data.max_length dropped (and counted)."""
    from distillery.train.data import drop_too_long, to_rows

    cfg, tokenizer = pre.cfg, pre.tokenizer
    if not getattr(tokenizer, "chat_template", None):
        raise UserError(f"{cfg.model.name} has no chat template: the student's prompt needs a chat/instruct model")
    max_len = cfg.data.max_length
    train_rows, dropped_train, train_tokens = drop_too_long(tokenizer, to_rows(pre.splits.train), max_len)
    eval_rows, dropped_eval, _ = drop_too_long(tokenizer, to_rows(pre.splits.validation), max_len)
    if not train_rows:
        raise UserError(
            f"all {len(pre.splits.train)} training examples are longer than data.max_length={max_len} tokens"
        )
    return {
        "train": train_rows,
        "eval": eval_rows,
        "dropped_train": dropped_train,
        "dropped_eval": dropped_eval,
        "train_tokens": train_tokens,
    }


def _announce(pre: Preamble, rows: dict[str, Any]) -> None:
    cfg, plan = pre.cfg, pre.plan
    lines = []
    if rows["dropped_train"] or rows["dropped_eval"]:
        lines.append(
            f"[yellow]dropped {rows['dropped_train']} training and {rows['dropped_eval']} validation examples "
            f"longer than {cfg.data.max_length} tokens[/yellow]"
        )
    lines.append(
        f"[dim]{len(rows['train'])} training / {len(rows['eval'])} validation examples, "
        f"{rows['train_tokens']:,} tokens per epoch · {plan.device} {plan.precision} · {plan.batching} · "
        f"base {cfg.model.name}[/dim]"
    )
    announce(pre, *lines)


def _build(pre: Preamble, rows: dict[str, Any], callbacks: list[Any]) -> Any:
    """The SFTTrainer (model loaded, rows tokenized), under a spinner when shown."""
    from contextlib import nullcontext

    from distillery.console import err_console
    from distillery.train.trainer import build_trainer

    spinner = err_console.status(f"loading {pre.cfg.model.name} and tokenizing...") if pre.show else nullcontext()
    with spinner:
        return build_trainer(
            pre.cfg, pre.plan, tokenizer=pre.tokenizer, train_rows=rows["train"], eval_rows=rows["eval"],
            output_dir=pre.out, callbacks=callbacks,
        )  # fmt: skip


def _described(pre: Preamble, rows: dict[str, Any]) -> dict[str, Any]:
    """The metadata's first half: what was trained, on what, how."""
    from distillery.models import resolve_model_path

    cfg, plan, splits = pre.cfg, pre.plan, pre.splits
    return {
        "base_model": cfg.model.name,
        "base_model_path": resolve_model_path(cfg.model.name),
        "adapter": "qlora" if cfg.quantization.load_in_4bit else "lora",
        "dataset": {
            "path": str(pre.dataset),
            "files": splits.files,
            "sha256": splits.sha256,
            "train_examples": len(rows["train"]),
            "validation_examples": len(rows["eval"]),
            "dropped_too_long": rows["dropped_train"] + rows["dropped_eval"],
            "train_tokens_per_epoch": rows["train_tokens"],
        },
        "device": plan.device,
        "precision": plan.precision,
        "attn_implementation": plan.attn_implementation,
        "batching": plan.batching,
        "world_size": plan.world_size,
    }


def run_generative(pre: Preamble, callbacks: list[Any] | None = None) -> TrainResult:
    """Train a generative LoRA adapter on the preamble's dataset into its output dir."""
    from distillery.train.outcome import save_run, train

    cfg = pre.cfg
    rows = _rows(pre)
    _announce(pre, rows)
    all_callbacks, timer = open_output(pre, callbacks)
    trainer = _build(pre, rows, all_callbacks)
    trained = train(trainer, pre, bool(rows["eval"]), timer, lambda: int(getattr(trainer, "_total_train_tokens", 0)))
    save_run(trainer, pre, trained, _described(pre, rows), {"quantized_base": cfg.quantization.load_in_4bit})
    return trained.result
