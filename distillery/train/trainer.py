"""Build TRL's SFTTrainer for a LoRA / QLoRA run: device, precision, model, batching, arguments."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distillery.errors import UserError
from distillery.hardware import cpu_has_fast_bf16 as _cpu_has_fast_bf16
from distillery.train.config import TrainConfig


@dataclass(frozen=True)
class Plan:
    """What the run will do on this machine, decided before the model is loaded."""

    device: str  # "cuda" or "cpu"
    precision: str  # "bf16", "fp16", "fp32"
    attn_implementation: str
    batching: str  # "packing", "group_by_length", "random"
    world_size: int


def _has_flash_attn() -> bool:
    return importlib.util.find_spec("flash_attn") is not None


def score_label_positions_only() -> None:
    """TRL's fused LM head projects only the positions that have a label on Triton devices, but every
    position, prompt included, elsewhere (to keep shapes static for compilers). In eager CPU/CUDA
    mode compacting is exact and saves the 49k-vocab projection of the prompt: +35% tokens/s for
    SmolLM2 on CPU, where the LM head was ~40% of a step. No-op if TRL's internals change."""
    import trl.trainer.utils as trl_utils

    original = getattr(trl_utils, "_use_triton", None)
    if original is None or getattr(original, "_distillery_patched", False):
        return

    def compact(device: Any) -> bool:
        return bool(original(device)) or device.type in ("cpu", "cuda")

    compact._distillery_patched = True  # type: ignore[attr-defined]
    trl_utils._use_triton = compact


def make_plan(cfg: TrainConfig) -> Plan:
    """Resolve the `auto` settings. Raises UserError for what this machine cannot do."""
    import torch

    cuda = torch.cuda.is_available()
    t = cfg.training
    if cfg.quantization.load_in_4bit:
        if not cuda:
            raise UserError("QLoRA (quantization.load_in_4bit) needs a CUDA GPU; on CPU train plain LoRA")
        if importlib.util.find_spec("bitsandbytes") is None:
            raise UserError("QLoRA needs bitsandbytes: pip install 'distillery[gpu]'")
    precision = t.precision
    if precision == "auto":
        if cuda:
            precision = "bf16" if torch.cuda.is_bf16_supported() else "fp16"
        else:
            precision = "bf16" if _cpu_has_fast_bf16() else "fp32"
    elif precision == "fp16" and not cuda:
        raise UserError("training.precision fp16 needs a CUDA GPU (use fp32 or bf16 on CPU)")
    attn = cfg.model.attn_implementation
    if attn == "auto":
        attn = "flash_attention_2" if cuda and _has_flash_attn() else "sdpa"
    batching = t.batching
    if batching == "auto":
        # Packing without padding needs a kernel that keeps packed sequences apart without a dense
        # mask; with SDPA a packed batch pays attention over the whole concatenation.
        batching = "packing" if attn.startswith("flash_attention") else "group_by_length"
    return Plan("cuda" if cuda else "cpu", precision, attn, batching, int(os.environ.get("WORLD_SIZE", "1")))


def _torch_dtype(precision: str) -> Any:
    import torch

    return {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[precision]


def load_model(cfg: TrainConfig, plan: Plan, tokenizer: Any) -> Any:
    """The frozen base model, on CPU for plain LoRA (the Trainer places it; DDP-safe), or 4-bit on
    this process's GPU for QLoRA."""
    from distillery.models import hub_kwargs, load_causal_lm, resolve_model_path

    name = cfg.model.name
    if cfg.quantization.load_in_4bit:
        import torch
        from peft import prepare_model_for_kbit_training
        from transformers import AutoModelForCausalLM, BitsAndBytesConfig

        q = cfg.quantization
        compute = getattr(torch, q.compute_dtype)
        bnb = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type=q.quant_type,
            bnb_4bit_use_double_quant=q.double_quant,
            bnb_4bit_compute_dtype=compute,
        )
        local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        model = AutoModelForCausalLM.from_pretrained(
            resolve_model_path(name),
            quantization_config=bnb,
            dtype=compute,
            device_map={"": local_rank},
            attn_implementation=plan.attn_implementation,
            **hub_kwargs(name),
        )
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=cfg.training.gradient_checkpointing)
    else:
        # Half-precision weights for the frozen base (LoRA weights stay fp32 inside peft);
        # with fp32 training everything is fp32.
        model = load_causal_lm(name, dtype=_torch_dtype(plan.precision))
        if plan.attn_implementation != model.config._attn_implementation:
            model.set_attn_implementation(plan.attn_implementation)
    if len(tokenizer) > model.get_input_embeddings().weight.shape[0]:
        model.resize_token_embeddings(len(tokenizer))
    return model


def lora_config(cfg: TrainConfig, task_type: str = "CAUSAL_LM", modules_to_save: list[str] | None = None) -> Any:
    """The LoRA section as peft's config; the tagger passes TOKEN_CLS and its head to train in full."""
    from peft import LoraConfig

    lc = cfg.lora
    return LoraConfig(
        r=lc.r,
        lora_alpha=lc.alpha,
        lora_dropout=lc.dropout,
        target_modules=list(lc.target_modules),
        use_rslora=lc.use_rslora,
        bias="none",
        task_type=task_type,
        modules_to_save=modules_to_save,
    )


def trainer_kwargs(cfg: TrainConfig, plan: Plan, output_dir: Path, has_eval: bool) -> dict[str, Any]:
    """The TrainingArguments both students share: schedule, precision, eval/checkpoint cadence,
    logging, device. Each student adds its own (SFT packing and loss masking; the tagger's columns)."""
    t = cfg.training
    eval_strategy = t.eval_strategy if has_eval else "no"
    early = t.early_stopping_patience is not None and eval_strategy != "no"
    return dict(
        output_dir=str(output_dir),
        num_train_epochs=t.epochs,
        max_steps=t.max_steps,
        per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.batch_size,
        gradient_accumulation_steps=t.grad_accum,
        learning_rate=t.learning_rate,
        lr_scheduler_type=t.lr_scheduler,
        warmup_steps=t.warmup_ratio,  # a float in [0, 1) is a ratio of the total steps
        weight_decay=t.weight_decay,
        max_grad_norm=t.max_grad_norm,
        # SFTConfig defaults to bf16=True and gradient checkpointing on: say what we want explicitly.
        bf16=plan.precision == "bf16",
        fp16=plan.precision == "fp16",
        eval_strategy=eval_strategy,
        eval_steps=t.eval_steps,
        save_strategy=eval_strategy if eval_strategy != "no" else "epoch",
        save_steps=t.eval_steps or 500,
        save_total_limit=t.save_total_limit,
        load_best_model_at_end=early,
        metric_for_best_model="eval_loss" if early else None,
        greater_is_better=False if early else None,
        logging_steps=t.logging_steps,
        logging_first_step=True,
        report_to=["tensorboard"],
        disable_tqdm=True,  # RichProgressCallback draws progress on stderr
        seed=t.seed,
        data_seed=t.seed,
        use_cpu=plan.device == "cpu",
        dataloader_num_workers=0,
        dataloader_pin_memory=plan.device == "cuda",
        ddp_find_unused_parameters=False,  # frozen base weights never get gradients: no unused-parameter scan
    )


def sft_args(cfg: TrainConfig, plan: Plan, output_dir: Path, has_eval: bool) -> Any:
    from trl import SFTConfig

    return SFTConfig(
        **trainer_kwargs(cfg, plan, output_dir, has_eval),
        activation_checkpointing=cfg.training.gradient_checkpointing,
        max_length=cfg.data.max_length,
        packing=plan.batching == "packing",
        packing_strategy="bfd",
        train_sampling_strategy="group_by_length" if plan.batching == "group_by_length" else "random",
        completion_only_loss=True,  # loss on the answer and its end-of-turn token, never on the prompt
        assistant_only_loss=False,
    )


def build_trainer(
    cfg: TrainConfig,
    plan: Plan,
    *,
    tokenizer: Any,
    train_rows: list[dict[str, Any]],
    eval_rows: list[dict[str, Any]],
    output_dir: Path,
    callbacks: list[Any] | None = None,
    model: Any = None,
) -> Any:
    """An SFTTrainer with the LoRA adapter attached; datasets are tokenized by TRL (prompt-completion)."""
    from trl import SFTTrainer

    score_label_positions_only()
    if model is None:
        model = load_model(cfg, plan, tokenizer)
    args = sft_args(cfg, plan, output_dir, has_eval=bool(eval_rows))
    trainer = SFTTrainer(
        model=model,
        args=args,
        **datasets(train_rows, eval_rows),
        processing_class=tokenizer,
        peft_config=lora_config(cfg),
        callbacks=with_early_stopping(cfg, args, callbacks),
    )
    return without_printers(trainer)


def datasets(train_rows: list[dict[str, Any]], eval_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A Trainer's train_dataset and eval_dataset arguments (no eval dataset without eval rows)."""
    from datasets import Dataset

    return {
        "train_dataset": Dataset.from_list(train_rows),
        "eval_dataset": Dataset.from_list(eval_rows) if eval_rows else None,
    }


def with_early_stopping(cfg: TrainConfig, args: Any, callbacks: list[Any] | None) -> list[Any]:
    """The callbacks, plus early stopping when the arguments keep the best checkpoint."""
    from transformers import EarlyStoppingCallback

    out = list(callbacks or [])
    if args.load_best_model_at_end:
        out.append(EarlyStoppingCallback(early_stopping_patience=cfg.training.early_stopping_patience))
    return out


def without_printers(trainer: Any) -> Any:
    """disable_tqdm makes a Trainer print raw log dicts on stdout, which is for data only; our own
    RichProgressCallback shows progress on stderr instead."""
    from transformers.trainer_callback import PrinterCallback, ProgressCallback

    trainer.remove_callback(PrinterCallback)
    trainer.remove_callback(ProgressCallback)
    return trainer
