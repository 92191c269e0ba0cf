"""The distilled model as an anonymization engine (built by the infer issue)."""

from __future__ import annotations

from distillery.errors import NotImplementedStage


class ModelAnonymizer:
    def __init__(self, config, hash_key: bytes | None = None):
        raise NotImplementedStage("the model engine is not built yet; use --engine rules")
