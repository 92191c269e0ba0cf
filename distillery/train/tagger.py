"""Training the token-tagging student: LoRA on a base LLM's first layers + a linear head over BIO labels.

The same dataset as the generative student (text + gold character spans) becomes token labels through
a fast tokenizer's offsets (`distillery.tagging.align`); documents longer than the window become
overlapping windows. transformers' Trainer runs the loop (TRL's SFT is for the generative kind): loss
on every token, LoRA on the chosen linear layers, the head trained in full (`modules_to_save`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from distillery.errors import UserError
from distillery.tagging.labels import LabelSet, default_label_set
from distillery.train.config import TrainConfig
from distillery.train.data import Example
from distillery.train.outcome import TrainResult
from distillery.train.preamble import Preamble, announce, open_output


def features(tokenizer: Any, examples: list[Example], labels: LabelSet, window: int, overlap: int) -> list[dict]:
    """Token ids + labels of every window of every example (a short document is one window)."""
    from distillery.tagging.align import encode, token_labels, window_starts

    rows = []
    for ex in examples:
        enc = encode(tokenizer, ex.text)
        if not enc.ids:
            continue
        tags = token_labels(enc.cores, ex.spans, labels)
        for s in window_starts(len(enc.ids), window, overlap):
            ids = enc.ids[s : s + window]
            rows.append({"input_ids": ids, "attention_mask": [1] * len(ids), "labels": tags[s : s + window]})
    return rows


def build_model(cfg: TrainConfig, plan: Any, tokenizer: Any, labels: LabelSet) -> Any:
    """The base's first `tagger.num_layers` layers with a new head, LoRA attached, trainable weights in fp32."""
    import torch
    from peft import get_peft_model

    from distillery.models import hub_kwargs, resolve_model_path
    from distillery.tagging.model import load_token_classifier
    from distillery.train.trainer import _torch_dtype, lora_config

    t = cfg.tagger
    try:
        model = load_token_classifier(
            resolve_model_path(cfg.model.name),
            labels,
            num_layers=t.num_layers,
            attention=t.attention,
            dtype=_torch_dtype(plan.precision),
            classifier_dropout=t.classifier_dropout,
            **hub_kwargs(cfg.model.name),
        )
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if len(tokenizer) > model.get_input_embeddings().weight.shape[0]:
        model.resize_token_embeddings(len(tokenizer))
    model.config.pad_token_id = tokenizer.pad_token_id
    model = get_peft_model(model, lora_config(cfg, task_type="TOKEN_CLS", modules_to_save=["score"]))
    # Trained weights in fp32 (the frozen base may be bf16): bf16 weights would round most updates away.
    for param in model.parameters():
        if param.requires_grad and param.dtype != torch.float32:
            param.data = param.data.float()
    return model


def training_args(cfg: TrainConfig, plan: Any, output_dir: Path, has_eval: bool) -> Any:
    from transformers import TrainingArguments

    from distillery.train.trainer import trainer_kwargs

    return TrainingArguments(
        **trainer_kwargs(cfg, plan, output_dir, has_eval),
        gradient_checkpointing=cfg.training.gradient_checkpointing,
        train_sampling_strategy="random" if plan.batching == "random" else "group_by_length",
        remove_unused_columns=False,  # the collator needs "labels" as they are
    )


class _TokenCounter:
    """Counts the real (non-padding) tokens the trainer consumed, for tokens/s."""

    def __init__(self, collator: Any) -> None:
        self.collator = collator
        self.tokens = 0

    def __call__(self, rows: list[dict]) -> Any:
        self.tokens += sum(len(r["input_ids"]) for r in rows)
        return self.collator(rows)


def _trainer(
    pre: Preamble, model: Any, rows: tuple[list[dict], list[dict]], counter: _TokenCounter, callbacks: list[Any]
) -> Any:
    """transformers' Trainer over the windows, early stopping when asked, its printers removed."""
    from transformers import Trainer

    from distillery.train.trainer import datasets, with_early_stopping, without_printers

    train_rows, eval_rows = rows
    args = training_args(pre.cfg, pre.plan, pre.out, has_eval=bool(eval_rows))
    trainer = Trainer(
        model=model,
        args=args,
        **datasets(train_rows, eval_rows),
        data_collator=counter,
        processing_class=pre.tokenizer,
        callbacks=with_early_stopping(pre.cfg, args, callbacks),
    )
    return without_printers(trainer)


def run_tagger_training(pre: Preamble, callbacks: list[Any] | None = None) -> TrainResult:
    """Train a tagger into the preamble's output dir (adapter + head + label map + marker).
    Everything that can be refused is checked before the model loads."""
    from distillery.models import resolve_model_path
    from distillery.train.outcome import save_run, train

    cfg = pre.cfg
    tokenizer, plan, splits = pre.tokenizer, pre.plan, pre.splits
    if not getattr(tokenizer, "is_fast", False):
        raise UserError(f"{cfg.model.name}: the tagger needs a fast tokenizer (character offsets)")
    labels = default_label_set()
    t = cfg.tagger
    train_rows = features(tokenizer, splits.train, labels, t.window, t.window_overlap)
    eval_rows = features(tokenizer, splits.validation, labels, t.window, t.window_overlap)
    train_tokens = sum(len(r["input_ids"]) for r in train_rows)
    if not train_rows:
        raise UserError("no training windows: every training document is empty")
    announce(
        pre,
        f"[dim]tagger: {len(splits.train)} training documents -> {len(train_rows)} windows of <= {t.window} "
        f"tokens, {len(eval_rows)} validation windows, {train_tokens:,} tokens per epoch · {plan.device} "
        f"{plan.precision} · {t.attention} attention · base {cfg.model.name}"
        f"{'' if t.num_layers is None else f' (first {t.num_layers} layers)'}[/dim]",
    )
    all_callbacks, timer = open_output(pre, callbacks)
    model = build_model(cfg, plan, tokenizer, labels)
    from transformers import DataCollatorForTokenClassification

    counter = _TokenCounter(DataCollatorForTokenClassification(tokenizer, pad_to_multiple_of=8))
    trainer = _trainer(pre, model, (train_rows, eval_rows), counter, all_callbacks)
    trained = train(trainer, pre, bool(eval_rows), timer, lambda: counter.tokens)
    tagger_info = {
        "labels": labels.labels,
        "attention": t.attention,
        "num_layers": t.num_layers,
        "window": t.window,
        "window_overlap": t.window_overlap,
    }
    described = {
        "student": "tagger",
        "base_model": cfg.model.name,
        "base_model_path": resolve_model_path(cfg.model.name),
        "adapter": "lora",
        "tagger": tagger_info,
        "dataset": {
            "path": str(pre.dataset),
            "files": splits.files,
            "sha256": splits.sha256,
            "train_examples": len(splits.train),
            "validation_examples": len(splits.validation),
            "train_windows": len(train_rows),
            "train_tokens_per_epoch": train_tokens,
        },
        "device": plan.device,
        "precision": plan.precision,
    }
    if trainer.is_world_process_zero():
        tokenizer.save_pretrained(str(pre.out))  # the adapter dir is self-contained for infer and export
    save_run(trainer, pre, trained, described, {"student": "tagger", "tagger": tagger_info})
    return trained.result
