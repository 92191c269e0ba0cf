"""What a trained-model directory holds, and the one place that reads it.

`train` leaves an adapter dir (adapter_config.json + weights, `distillery.json` written last, and
`checkpoint-*` dirs while it runs); `export --merge` leaves a full model dir with the same marker;
`distillery/assets/*` are adapter dirs without a tokenizer. `infer`, `chat`, `eval`, `export` and
the quickstart ask here which kind a directory holds, its base model, whether the run finished and
where to resume it, instead of opening the files themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distillery.errors import UserError
from distillery.fsutil import atomic_write_json, read_json_object

MARKER_FILE = "distillery.json"
ADAPTER_CONFIG = "adapter_config.json"
ONNX_FILE = "model.onnx"  # the graph of an ONNX export of a tagger (`infer.runtimes`)
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "tokenizer.model")
CHECKPOINT_PREFIX = "checkpoint-"


def write_marker(out_dir: Path, *, base_model: str, kind: str, quantized_base: bool = False, **extra: Any) -> None:
    """`infer` reads this to find the base model of an adapter by the name the user gave
    (adapter_config.json's base_model_name_or_path may be a cache path) and the prompt format."""
    from distillery.student_format import FORMAT_VERSION

    atomic_write_json(
        Path(out_dir) / MARKER_FILE,
        {
            "kind": kind,  # "lora-adapter" or "merged-model"
            "base_model": base_model,
            "format_version": FORMAT_VERSION,
            "quantized_base": quantized_base,
            **extra,
        },
    )


def read_marker(model_dir: str | Path) -> dict[str, Any] | None:
    """The marker of a directory `train` or `export` wrote, or None (no dir, no marker, torn marker)."""
    return read_json_object(Path(model_dir).expanduser() / MARKER_FILE)


def student_kind(model: str | None) -> str:
    """ "tagger" when `model` is a directory that `train` (or `export`) wrote for the tagger student,
    else "generative" (also for base model names: only the generative format works untrained)."""
    if not model:
        return "generative"
    return "tagger" if (read_marker(model) or {}).get("student") == "tagger" else "generative"


def tagger_info(marker: dict[str, Any] | None) -> dict[str, Any]:
    """The tagger section of a marker (labels, layers, attention, windows), {} when there is none."""
    info = (marker or {}).get("tagger")
    return info if isinstance(info, dict) else {}


def is_finished_adapter(model_dir: Path) -> bool:
    """True when `train` finished in `model_dir`: it writes its marker last, after the adapter and
    the metadata, so without it the run never finished."""
    marker = read_marker(model_dir)
    return bool(marker) and marker.get("kind") == "lora-adapter" and (model_dir / ADAPTER_CONFIG).is_file()


def checkpoints(out_dir: Path) -> list[Path]:
    """The `checkpoint-N` dirs of a training output dir, oldest step first (none when no dir)."""

    def step(p: Path) -> int:
        tail = p.name[len(CHECKPOINT_PREFIX) :]
        return int(tail) if tail.isdigit() else -1

    if not out_dir.is_dir():
        return []
    return sorted((p for p in out_dir.glob(CHECKPOINT_PREFIX + "*") if p.is_dir()), key=step)


def latest_checkpoint(out_dir: Path) -> Path | None:
    """The newest checkpoint to resume a run from, or None."""
    found = checkpoints(out_dir)
    return found[-1] if found else None


def adapter_base_model(adapter_dir: Path) -> str:
    """The base model of an adapter: the name the user trained with from the marker (e.g.
    `smollm2-135m`), else adapter_config.json's (which may be a cache path from another machine)."""
    marker = read_marker(adapter_dir) or {}
    adapter_cfg = read_json_object(adapter_dir / ADAPTER_CONFIG) or {}
    base = marker.get("base_model") or adapter_cfg.get("base_model_name_or_path")
    if not isinstance(base, str) or not base:
        raise UserError(f"{adapter_dir}: no base model in {MARKER_FILE} or {ADAPTER_CONFIG}")
    return base


def has_tokenizer(model_dir: Path) -> bool:
    return any((model_dir / f).is_file() for f in TOKENIZER_FILES)


@dataclass(frozen=True)
class ModelSource:
    """Where the weights come from. `base` is a name or path `resolve_model_path` understands."""

    kind: str  # "adapter", "merged" (a full model dir), "onnx" (an ONNX export) or "base" (a model name)
    base: str
    adapter_dir: Path | None = None
    tokenizer_from: str | None = None  # a dir holding the tokenizer, when not the base's

    def describe(self) -> str:
        if self.kind == "adapter":
            return f"{self.adapter_dir} (LoRA adapter on {self.base})"
        return self.base


def resolve_source(model: str) -> ModelSource:
    """Classify `model`: a PEFT adapter dir, a full model dir, or a base model name."""
    path = Path(model).expanduser()
    if path.is_dir():
        if (path / ADAPTER_CONFIG).is_file():
            # An adapter shipped without its tokenizer (distillery/assets) uses its base model's.
            return ModelSource("adapter", adapter_base_model(path), path, str(path) if has_tokenizer(path) else None)
        if (path / "config.json").is_file():
            return ModelSource("merged", str(path))
        if (path / ONNX_FILE).is_file():
            return ModelSource("onnx", str(path))  # an ONNX export of a tagger (`infer.runtimes`)
        raise UserError(f"{path}: not a model directory (no config.json or {ADAPTER_CONFIG})")
    if path.exists():
        raise UserError(f"model path is not a directory: {path}")
    if model.startswith((".", "/", "~")):
        raise UserError(f"model directory not found: {model}")
    return ModelSource("base", model)
