"""Realistic surrogate values (Faker) for the `fake` replacement style."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

LOCALES = {"it": "it_IT", "en": "en_US"}


@lru_cache(maxsize=4)
def _faker(locale: str) -> Any:
    from faker import Faker  # imported lazily: Faker loads many providers

    return Faker(locale)


def _generators(f: Any) -> dict[str, Callable[[], str]]:
    return {
        "PERSON": f.name,
        "EMAIL": f.email,
        "PHONE": f.phone_number,
        "ADDRESS": lambda: f.address().replace("\n", ", "),
        "DATE_OF_BIRTH": lambda: f.date_of_birth(minimum_age=18, maximum_age=90).strftime("%d/%m/%Y"),
        "CODICE_FISCALE": lambda: _faker("it_IT").ssn(),
        "PARTITA_IVA": lambda: _faker("it_IT").company_vat().removeprefix("IT"),
        "IBAN": f.iban,
        "CREDIT_CARD": f.credit_card_number,
        "SSN": lambda: _faker("en_US").ssn(),
        "PASSPORT": lambda: f.bothify("??#######").upper(),
        "ID_CARD": lambda: f.bothify("CA#####??").upper(),
        "LICENSE_PLATE": f.license_plate,
        "IP_ADDRESS": f.ipv4_public,
        "USERNAME": f.user_name,
        "PASSWORD": lambda: f.password(length=14),
        "MEDICAL_RECORD_NUMBER": lambda: f.bothify("MRN-########"),
        "URL": f.url,
    }


def fake_value(pii_type: str, original: str, lang: str = "en") -> str:
    """A surrogate of the same type. Deterministic in (type, original, lang) so runs are repeatable."""
    f = _faker(LOCALES.get(lang, "en_US"))
    seed = int.from_bytes(hashlib.sha256(f"{pii_type}\x00{original}\x00{lang}".encode()).digest()[:8], "big")
    f.seed_instance(seed)
    _faker("it_IT").seed_instance(seed)
    _faker("en_US").seed_instance(seed)
    gen = _generators(f).get(pii_type)
    if gen is None:
        return f"[{pii_type}]"
    value = str(gen())
    # Never hand back the original itself (possible for tiny value spaces).
    return value if value != original else f"[{pii_type}]"
