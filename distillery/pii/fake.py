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


def fake_part(full: str, surrogate: str, part: str) -> str:
    """The surrogate of `part`, a shorter mention of the full name `full` ("Conti", "E. Conti",
    "Elena" of "Elena Conti"), taken from the full name's surrogate ("Giulia Ferri" -> "Ferri",
    "G. Ferri", "Giulia"): each word of the mention is replaced by the surrogate's word in the same
    place (first, last, or in between), an initial by that word's initial."""
    from distillery.pii.mentions import _words

    full_words, fake_words = _words(full), surrogate.split()
    if not full_words or not fake_words:
        return surrogate
    out: list[str] = []
    i = 0
    for word in _words(part):
        initial = len(word.rstrip(".")) == 1
        while i < len(full_words) - 1 and not (full_words[i][0] == word[0] if initial else full_words[i] == word):
            i += 1
        # The same place in the surrogate: first to first, last to last, the others in between.
        if i == len(full_words) - 1:
            j = len(fake_words) - 1
        else:
            j = min(i, len(fake_words) - 2) if len(fake_words) > 1 else 0
        out.append(fake_words[j][0] + "." if initial else fake_words[j])
        i += 1
    return " ".join(out) or surrogate
