"""Secrets and endpoints, read from the environment and `.env` (never from YAML configs)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    # Key for the `hash` replacement style (keyed HMAC); without it hashes are unkeyed-looking
    # but still HMAC'd with a per-process random key, so they cannot be reversed by a dictionary.
    distillery_hash_key: SecretStr | None = None
    # Bearer key that `distillery serve` requires on every endpoint but /health (none: open).
    distillery_api_key: SecretStr | None = None
    distillery_cache_dir: Path = Path.home() / ".cache" / "distillery"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once on first use."""
    return Settings()
