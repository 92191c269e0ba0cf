"""What a training run records of itself beside its adapter: `training_metadata.json` (the marker
that says the run finished is `distillery.artifacts`')."""

from __future__ import annotations

import contextlib
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from distillery.fsutil import atomic_write_json
from distillery.student_format import FORMAT_VERSION

METADATA_FILE = "training_metadata.json"


def _versions() -> dict[str, str]:
    out = {}
    for pkg in ("distillery", "torch", "transformers", "trl", "peft", "datasets"):
        with contextlib.suppress(PackageNotFoundError):
            out[pkg] = version(pkg)
    return out


def write_metadata(out_dir: Path, data: dict[str, Any]) -> Path:
    path = out_dir / METADATA_FILE
    payload = {
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **data,
        "versions": _versions(),
    }
    atomic_write_json(path, payload)
    return path
