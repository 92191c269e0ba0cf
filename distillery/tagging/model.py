"""Building the tagger network: a base LLM's first layers with a linear head over the labels."""

from __future__ import annotations

import warnings
from typing import Any

from distillery.tagging.attention import AttentionMode, set_attention
from distillery.tagging.labels import LabelSet


def load_token_classifier(
    path: str,
    labels: LabelSet,
    *,
    num_layers: int | None,
    attention: AttentionMode,
    dtype: Any = None,
    classifier_dropout: float | None = None,
    **kwargs: Any,
) -> Any:
    """`path`'s model (a causal LM or a merged tagger) as a token classifier over `labels`, keeping
    only its first `num_layers` decoder layers (None: all). A tagger does not need a language model's
    last layers, whose job is predicting the next token; each layer dropped is ~1/L of the compute.

    The head is new (randomly initialised) unless `path` is a merged tagger; transformers' note
    about newly initialised weights is silenced because that is the point."""
    from transformers import AutoConfig, AutoModelForTokenClassification
    from transformers.utils import logging as hf_logging

    local = {k: v for k, v in kwargs.items() if k == "local_files_only"}
    config = AutoConfig.from_pretrained(path, **local)
    if num_layers is not None:
        if not 1 <= num_layers <= config.num_hidden_layers:
            raise ValueError(f"tagger.num_layers={num_layers}: the base model has {config.num_hidden_layers} layers")
        config.num_hidden_layers = num_layers
    config.num_labels = len(labels)
    config.id2label = labels.id2label
    config.label2id = labels.label2id
    if classifier_dropout is not None:
        config.classifier_dropout = classifier_dropout
    extra: dict[str, Any] = {"config": config}
    if dtype is not None:
        extra["dtype"] = dtype
    level = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                model = AutoModelForTokenClassification.from_pretrained(
                    path, attn_implementation="sdpa", **extra, **kwargs
                )
            except ValueError:  # a model without SDPA support
                model = AutoModelForTokenClassification.from_pretrained(path, **extra, **kwargs)
    finally:
        hf_logging.set_verbosity(level)
    if set_attention(model, attention) == 0 and attention == "bidirectional":
        raise ValueError(f"{path}: cannot switch this architecture's attention to bidirectional")
    return model
