"""`distillery export --merge`: fold a LoRA adapter into its base model for serving elsewhere."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from distillery.artifacts import ADAPTER_CONFIG, read_marker, resolve_source, tagger_info, write_marker
from distillery.errors import UserError
from distillery.fsutil import atomic_dir


def merge_adapter(
    adapter_dir: str | Path, out_dir: str | Path, *, dtype: str = "auto", overwrite: bool = False
) -> Path:
    """Write base model + adapter merged (merge_and_unload) with the tokenizer to `out_dir`."""
    adapter = Path(adapter_dir).expanduser()
    out = Path(out_dir).expanduser()
    if not (adapter / ADAPTER_CONFIG).is_file():
        raise UserError(f"not a LoRA adapter directory (no {ADAPTER_CONFIG}): {adapter}")
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise UserError(f"output directory is not empty: {out} (use --overwrite)")
    source = resolve_source(str(adapter))
    base = source.base

    import torch
    from peft import PeftModel
    from transformers import AutoTokenizer

    from distillery.models import load_causal_lm, resolve_model_path
    from distillery.student_format import FORMAT_VERSION
    from distillery.train.preamble import quiet_libraries

    quiet_libraries()
    torch_dtype: Any = {"auto": None, "float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[
        dtype
    ]
    marker = read_marker(adapter) or {}
    # An adapter shipped without its tokenizer (distillery/assets) uses its base model's.
    tokenizer = AutoTokenizer.from_pretrained(source.tokenizer_from or resolve_model_path(base), local_files_only=True)
    tagger = marker.get("student") == "tagger"
    model = _tagger_base(base, marker, torch.float32) if tagger else load_causal_lm(base, dtype=torch_dtype)
    if len(tokenizer) > model.get_input_embeddings().weight.shape[0]:
        model.resize_token_embeddings(len(tokenizer))
    model = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
    if tagger and torch_dtype is not None:
        model = model.to(torch_dtype)
    model.config.pad_token_id = tokenizer.pad_token_id
    extra = {"student": "tagger", "tagger": {**marker["tagger"], "num_layers": None}} if tagger else {}
    with atomic_dir(out) as tmp:  # a crash mid-export never leaves a half model under the final name
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        write_marker(
            tmp,
            base_model=base,
            kind="merged-model",
            merged_from=str(adapter.resolve()),
            adapter_format_version=marker.get("format_version", FORMAT_VERSION),
            **extra,
        )
        for name in ("training_metadata.json", "config.yaml"):
            if (adapter / name).is_file():
                shutil.copy2(adapter / name, tmp / name)
    return out


def _tagger_base(base: str, marker: dict[str, Any], dtype: Any) -> Any:
    """The tagger's network before its adapter: the base's first layers and an (untrained) head."""
    from distillery.models import hub_kwargs, resolve_model_path
    from distillery.tagging.labels import LabelSet
    from distillery.tagging.model import load_token_classifier

    info = tagger_info(marker)
    try:
        labels = LabelSet.from_labels(list(info.get("labels") or []))
        return load_token_classifier(
            resolve_model_path(base), labels, num_layers=info.get("num_layers"),
            attention=info.get("attention", "causal"), dtype=dtype, **hub_kwargs(base),
        )  # fmt: skip
    except ValueError as exc:
        raise UserError(f"cannot rebuild the tagger's network: {exc}") from None
