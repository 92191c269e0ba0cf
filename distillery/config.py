"""One place that resolves stage configs: defaults < YAML `--config` < CLI flags.

Each stage defines its own Pydantic model (with `extra="forbid"`); this module only loads,
merges, validates and saves them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from distillery.bundled import locate
from distillery.errors import UserError
from distillery.fsutil import atomic_write_text

C = TypeVar("C", bound=BaseModel)


def read_yaml(path: str | Path) -> dict[str, Any]:
    found = locate(path)  # a bundled file by its checkout path works from any directory
    if found is None:
        raise UserError(f"config file not found: {path}")
    path = found
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise UserError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a mapping at the top level")
    return data


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _dotted_to_nested(overrides: dict[str, Any]) -> dict[str, Any]:
    """{"lora.r": 16} -> {"lora": {"r": 16}}; None values mean 'flag not given' and are dropped."""
    nested: dict[str, Any] = {}
    for key, value in overrides.items():
        if value is None:
            continue
        node = nested
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return nested


def format_validation_error(exc: ValidationError, source: str) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(root)"
    more = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return f"{source}: {where}: {first['msg']}{more}"


def resolve_config(
    model: type[C],
    config_path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> C:
    """Build a stage config from defaults, an optional YAML file and CLI overrides."""
    data: dict[str, Any] = read_yaml(config_path) if config_path else {}
    data = _deep_merge(data, _dotted_to_nested(overrides or {}))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise UserError(format_validation_error(exc, str(config_path or "config"))) from None


# user:password@ in a URL ("https://user:pass@host/v1"): a credential, never saved.
_URL_CREDENTIALS = re.compile(r"(?<=://)[^/@\s]+@")


def without_url_credentials(data: Any) -> Any:
    """`data` (a config as JSON-like values) with the user:password@ of every URL in it taken out."""
    if isinstance(data, str):
        return _URL_CREDENTIALS.sub("", data) if "@" in data else data
    if isinstance(data, dict):
        return {k: without_url_credentials(v) for k, v in data.items()}
    if isinstance(data, list):
        return [without_url_credentials(v) for v in data]
    return data


def save_resolved_config(config: BaseModel, out_dir: str | Path, name: str = "config.yaml") -> Path:
    """Save the fully resolved config beside a stage's output (secrets are never in configs: a
    credential inside a URL is taken out)."""
    path = Path(out_dir) / name
    data = without_url_credentials(config.model_dump(mode="json"))
    atomic_write_text(path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


def saved_config(model: type[C], data: Any) -> C | None:
    """`data` (a config as `save_resolved_config` wrote it, already parsed) as a `model`, or None
    when it is not one: what a stage compares with its current config to decide whether its
    output is still the output of that config."""
    if not isinstance(data, dict):
        return None
    try:
        return model.model_validate(data)
    except ValueError:
        return None


def read_saved_config(model: type[C], out_dir: str | Path, name: str = "config.yaml") -> C | None:
    """The config `save_resolved_config` left in `out_dir`, or None (missing, unreadable, invalid)."""
    try:
        data = yaml.safe_load((Path(out_dir) / name).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    return saved_config(model, data)
