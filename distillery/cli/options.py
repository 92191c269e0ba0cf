"""Options that `infer` and `chat` share: one definition, the same flags and help in both."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from distillery.infer.config import InferConfig

MODEL = typer.Option(None, "--model", "-m", help="Adapter dir from `train`, merged model dir, or base model.")
ENGINE = typer.Option(None, "--engine", "-e", help="auto (default), model or rules.")
STYLE = typer.Option(None, "--style", "-s", help="Replacement style: tag, fake, mask, hash, redact.")
DEVICE = typer.Option(None, "--device", help="auto, cpu, cuda, cuda:N.")
DTYPE = typer.Option(
    None, "--dtype", help="auto (bf16 on GPUs and on CPUs with AVX512-BF16/AMX, else fp32), float32, bfloat16, float16."
)
RECOGNIZERS = typer.Option(
    None,
    "--recognizers",
    help="YAML file of your own recognizers (type, patterns with scores, context words, validators).",
)
CONFIG = typer.Option(None, "--config", "-c", help="YAML with InferConfig fields.")
TEMPERATURE = typer.Option(None, "--temperature", help="0 = greedy (default).")
TOP_P = typer.Option(None, "--top-p", help="Nucleus sampling when temperature > 0.")
FEW_SHOT = typer.Option(
    None, "--few-shot/--no-few-shot", help="Worked examples in the prompt (for an untuned base model)."
)
THRESHOLD = typer.Option(
    None,
    "--threshold",
    help="Tagger: P(personal data) needed to replace a word (default 0.5). Lower: more privacy, more damage.",
)
QUANTIZE = typer.Option(
    None, "--quantize", help="Tagger: none (default) or int8 (torch or onnx: faster on CPU, measured to leak more)."
)
RUNTIME = typer.Option(
    None,
    "--runtime",
    help="Tagger: auto (default: ONNX Runtime when installed and the model is exported, else torch), torch, onnx "
    "or openvino (these two export into the cache dir once when needed).",
)
THREADS = typer.Option(
    None,
    "--threads",
    help="Tagger on the CPU: threads of the forward pass (default 0: one per core; 1 for one worker per core).",
)
THROWAWAY_KEY = typer.Option(
    None,
    "--throwaway-key",
    help="--style hash without DISTILLERY_HASH_KEY: a random key for this run only (hashes differ from run to run).",
)
ORG_CONTACTS = typer.Option(
    None,
    "--keep-org-contacts/--redact-org-contacts",
    help="Rules engine: keep organisation contacts (toll-free numbers, switchboards, info@/support@ mailboxes; "
    "default) or redact every number and address.",
)


def resolve_infer_config(config: Path | None, **flags: Any) -> InferConfig:
    """InferConfig from defaults < YAML `--config` < the flags given (enum flags by their value)."""
    from distillery.cli.common import overrides
    from distillery.config import resolve_config
    from distillery.infer.config import InferConfig

    values = {name: (v.value if isinstance(v, Enum) else v) for name, v in flags.items()}
    return resolve_config(InferConfig, config, overrides(**values))
