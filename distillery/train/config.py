"""Configuration of `distillery train`: one model, resolved defaults < YAML < flags."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ALL_LINEAR = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelSection(_Section):
    name: str = Field("smollm2-135m", description="Base model: embedded alias, local directory or hub id.")
    attn_implementation: str = Field(
        "auto", description="auto: flash_attention_2 on CUDA when flash-attn is installed, else sdpa."
    )


class QuantizationSection(_Section):
    """QLoRA: the frozen base model in 4 bits (bitsandbytes, CUDA only)."""

    load_in_4bit: bool = False
    quant_type: Literal["nf4", "fp4"] = "nf4"
    double_quant: bool = True
    compute_dtype: Literal["bfloat16", "float16", "float32"] = "bfloat16"


class LoraSection(_Section):
    r: int = Field(8, ge=1)
    alpha: int = Field(16, ge=1)
    dropout: float = Field(0.05, ge=0.0, lt=1.0)
    target_modules: list[str] = Field(default_factory=lambda: list(ALL_LINEAR))
    use_rslora: bool = False


class DataSection(_Section):
    max_length: int = Field(1024, ge=32, description="Examples longer than this (in tokens) are dropped, not cut.")
    validation_fraction: float = Field(
        0.05, ge=0.0, lt=1.0, description="Held out from a single JSONL file (a generate dir has validation.jsonl)."
    )
    max_train_examples: int | None = Field(None, ge=1, description="Use only the first N training examples.")
    max_eval_examples: int | None = Field(200, ge=1, description="Cap the validation set (eval runs every epoch).")
    seed: int = 42


class TrainingSection(_Section):
    epochs: float = Field(3.0, gt=0)
    max_steps: int = Field(-1, description="> 0 stops after this many optimizer steps (smoke runs).")
    batch_size: int = Field(8, ge=1, description="Per-device micro-batch.")
    grad_accum: int = Field(2, ge=1)
    learning_rate: float = Field(2e-4, gt=0)
    lr_scheduler: str = "cosine"
    warmup_ratio: float = Field(0.03, ge=0.0, lt=1.0)
    weight_decay: float = Field(0.0, ge=0.0)
    max_grad_norm: float = Field(1.0, gt=0)
    precision: Literal["auto", "bf16", "fp16", "fp32"] = Field(
        "auto", description="auto: bf16 on GPUs that support it, else fp16; CPU: bf16 with AVX512-BF16/AMX, else fp32."
    )
    gradient_checkpointing: bool = Field(False, description="Saves memory, costs ~30% speed: for small GPUs.")
    batching: Literal["auto", "packing", "group_by_length", "random"] = Field(
        "auto",
        description="auto: packing without padding when a varlen attention kernel is available, else length-grouped.",
    )
    eval_strategy: Literal["epoch", "steps", "no"] = "epoch"
    eval_steps: int | None = Field(None, ge=1, description="With eval_strategy=steps (checkpoints follow evals).")
    early_stopping_patience: int | None = Field(
        None, ge=1, description="Stop after N evals without improvement (ignored without eval)."
    )
    save_total_limit: int = Field(2, ge=1)
    logging_steps: int = Field(10, ge=1)
    cpu_threads: int | None = Field(None, ge=1, description="torch threads on CPU (default: torch's choice).")
    seed: int = 42


class TaggerSection(_Section):
    """The token-tagging student (`student: tagger`): one forward pass labels every token."""

    attention: Literal["causal", "bidirectional"] = Field(
        "causal", description="causal: the model as pre-trained; bidirectional: every token sees the whole window."
    )
    num_layers: int | None = Field(
        None, ge=1, description="Keep only the base model's first N decoder layers (None: all). Speed for accuracy."
    )
    window: int = Field(384, ge=16, description="Tokens per window; longer documents are split into windows.")
    window_overlap: int = Field(64, ge=0, description="Tokens shared by consecutive windows.")
    classifier_dropout: float = Field(0.1, ge=0.0, lt=1.0)


class TrainConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    student: Literal["generative", "tagger"] = Field(
        "generative",
        description="generative: writes the span list as JSON (TRL SFT); tagger: labels every token (Trainer).",
    )
    tagger: TaggerSection = Field(default_factory=TaggerSection)
    model: ModelSection = Field(default_factory=ModelSection)
    quantization: QuantizationSection = Field(default_factory=QuantizationSection)
    lora: LoraSection = Field(default_factory=LoraSection)
    data: DataSection = Field(default_factory=DataSection)
    training: TrainingSection = Field(default_factory=TrainingSection)

    @model_validator(mode="after")
    def _consistent(self) -> TrainConfig:
        t = self.training
        if t.eval_strategy == "steps" and t.eval_steps is None:
            raise ValueError("training.eval_strategy=steps needs training.eval_steps")
        if self.tagger.window_overlap >= self.tagger.window:
            raise ValueError("tagger.window_overlap must be smaller than tagger.window")
        if self.student == "tagger" and self.quantization.load_in_4bit:
            raise ValueError(
                "the tagger student trains plain LoRA (its base is small): unset quantization.load_in_4bit"
            )
        return self
