"""What a training run leaves beside its adapter: metadata JSON and the `distillery.json` marker."""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from distillery.fsutil import atomic_write_text
from distillery.student_format import FORMAT_VERSION

METADATA_FILE = "training_metadata.json"
MARKER_FILE = "distillery.json"


def _versions() -> dict[str, str]:
    out = {}
    for pkg in ("distillery", "torch", "transformers", "trl", "peft", "datasets"):
        with contextlib.suppress(PackageNotFoundError):
            out[pkg] = version(pkg)
    return out


def write_json(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def write_marker(out_dir: Path, *, base_model: str, kind: str, quantized_base: bool = False, **extra: Any) -> None:
    """`infer` reads this to find the base model of an adapter by the name the user gave
    (adapter_config.json's base_model_name_or_path may be a cache path) and the prompt format."""
    write_json(
        out_dir / MARKER_FILE,
        {
            "kind": kind,  # "lora-adapter" or "merged-model"
            "base_model": base_model,
            "format_version": FORMAT_VERSION,
            "quantized_base": quantized_base,
            **extra,
        },
    )


def read_marker(model_dir: str | Path) -> dict[str, Any] | None:
    path = Path(model_dir) / MARKER_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def write_metadata(out_dir: Path, data: dict[str, Any]) -> Path:
    path = out_dir / METADATA_FILE
    payload = {
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **data,
        "versions": _versions(),
    }
    write_json(path, payload)
    return path
