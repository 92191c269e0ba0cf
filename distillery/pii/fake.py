"""Realistic surrogate values (Faker) for the `fake` replacement style."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from distillery.pii.types import type_info

LOCALES = {"it": "it_IT", "en": "en_US"}


@lru_cache(maxsize=4)
def _faker(locale: str) -> Any:
    from faker import Faker  # imported lazily: Faker loads many providers

    return Faker(locale)


def fake_value(pii_type: str, original: str, lang: str = "en") -> str:
    """A surrogate of the same type (its maker in `pii.types`). Deterministic in (type, original, lang)
    so runs are repeatable."""
    f = _faker(LOCALES.get(lang, "en_US"))
    seed = int.from_bytes(hashlib.sha256(f"{pii_type}\x00{original}\x00{lang}".encode()).digest()[:8], "big")
    f.seed_instance(seed)
    _faker("it_IT").seed_instance(seed)
    _faker("en_US").seed_instance(seed)
    maker = type_info(pii_type).fake
    if maker is None:
        # A type without a fake maker (a custom type): a mask of the same length, as `--style mask`.
        return "*" * len(original)
    value = str(maker(f, _faker))
    # Never hand back the original itself (possible for tiny value spaces).
    return value if value != original else f"[{pii_type}]"
