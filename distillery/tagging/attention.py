"""Causal or bidirectional attention for a decoder-only model used as a token tagger.

Causal is what the model was pre-trained with (a token sees only the text before it: "Rosa" at the
start of a sentence cannot see the "Bianchi" after it). Bidirectional lets every token see the whole
window. transformers builds a bidirectional mask when `config.is_causal` is False; SDPA's own causal
flag is read from each attention module's `is_causal`, so both are set.
"""

from __future__ import annotations

from typing import Any, Literal

AttentionMode = Literal["causal", "bidirectional"]


def set_attention(model: Any, mode: AttentionMode) -> int:
    """Switch every attention layer of `model` (a transformers model, or a PEFT wrapper of one) to
    `mode`. Returns the number of attention modules switched (0 means the model was not understood)."""
    causal = mode == "causal"
    if mode not in ("causal", "bidirectional"):
        raise ValueError(f"unknown attention mode {mode!r}")
    config = getattr(model, "config", None)
    if config is not None:
        config.is_causal = causal
    switched = 0
    for module in model.modules():
        if hasattr(module, "is_causal") and hasattr(module, "q_proj"):
            module.is_causal = causal
            switched += 1
        sub = getattr(module, "config", None)
        if sub is not None and sub is not config:
            sub.is_causal = causal
    return switched
