"""Local anonymization: the rules engine, or the distilled model with the rules as a safety net.

Library users call `distillery.Anonymizer` (`distillery.api`), which builds its engine here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from distillery.errors import UserError
from distillery.infer.config import InferConfig
from distillery.pii.replace import Style
from distillery.settings import get_settings

if TYPE_CHECKING:
    from distillery.infer.engine import Anonymizer
    from distillery.pii.recognizers.base import Recognizer

__all__ = ["InferConfig", "default_model_path", "make_anonymizer"]


def default_model_path() -> Path | None:
    """The adapter shipped inside the package (embedded SmolLM2 + LoRA), if this build has one."""
    path = Path(__file__).resolve().parent.parent / "assets" / "default-adapter"
    return path if (path / "adapter_config.json").is_file() else None


def hash_key_for(config: InferConfig) -> bytes | None:
    """The key of the hash style: DISTILLERY_HASH_KEY. With style hash and no key, a usage error,
    unless `throwaway_hash_key` asks for a random key for this run (None here: `pii.replace` draws it)."""
    key = get_settings().distillery_hash_key
    if key:
        return key.get_secret_value().encode()
    if Style(config.style) is Style.hash and not config.throwaway_hash_key:
        raise UserError(
            "--style hash needs DISTILLERY_HASH_KEY (a secret that keeps hashes the same from run to run); "
            "--throwaway-key hashes with a random key for this run only"
        )
    return None


def make_anonymizer(
    config: InferConfig, *, verbose: bool = False, recognizers: Sequence[Recognizer] | None = None
) -> Anonymizer:
    """The engine that `config` asks for (`infer.engine.Anonymizer`: rules, generative or tagger).
    A model directory says which student it holds (generative or tagger); `verbose`: the
    generative engine reports dropped values and unusable answers on stderr. The user's own
    recognizers: `recognizers`, else those of the YAML file `config.recognizers`."""
    hash_key = hash_key_for(config)  # a usage error, if any, before a model loads
    if recognizers is None:
        from distillery.pii.recognizers.custom import load_recognizers

        recognizers = load_recognizers(config.recognizers)
    engine = config.engine
    model = config.model
    if engine == "auto":
        if model is None and default_model_path() is not None:
            model = str(default_model_path())
        engine = "model" if model else "rules"
    if engine == "rules":
        from distillery.infer.rules import RulesAnonymizer

        return RulesAnonymizer(
            config.style,
            hash_key,
            config.person_mentions,
            keep_org_contacts=config.keep_org_contacts,
            org_mailboxes=config.org_mailboxes,
            recognizers=recognizers,
        )
    few_shot = config.few_shot
    if model is None:
        model = str(default_model_path()) if default_model_path() else None
        # No trained student anywhere: the embedded base model, which only works with worked examples.
        few_shot = few_shot or model is None
        model = model or "smollm2-135m"
    from distillery.artifacts import student_kind

    update = {"model": model, "engine": "model", "few_shot": few_shot}
    if student_kind(model) == "tagger":
        from distillery.infer.tagger_engine import TaggerAnonymizer

        return TaggerAnonymizer(config.model_copy(update=update), hash_key, verbose=verbose, recognizers=recognizers)
    if config.runtime in ("onnx", "openvino"):
        raise UserError(
            f"--runtime {config.runtime} runs the tagger student; {model} is not a tagger (use --runtime torch)"
        )
    from distillery.infer.model_engine import ModelAnonymizer

    return ModelAnonymizer(
        config.model_copy(update=update), hash_key=hash_key, verbose=verbose, recognizers=recognizers
    )
