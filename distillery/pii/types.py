"""What each kind of personal data means, in one table: its label for people, how specific it is
(which type wins when two spans of equal length overlap), how to make a fake value of it, its colour
in `chat`, and its names in Presidio. A type not in the table (one declared in a YAML recognizer,
or by a plug-in) gets the defaults of `type_info`, so a new type works without an entry here; an
entry (or `register_type`) only refines how it looks.

Kept free of heavy imports: the fake makers receive a Faker (`f`) and a way to get one for another
locale (`loc`), and are only called by `pii.fake`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# f: the Faker of the document's language; loc(name): the Faker of locale `name` (seeded alike).
FakeMaker = Callable[[Any, Callable[[str], Any]], str]

DEFAULT_SPECIFICITY = 20
DEFAULT_COLOR = "bold bright_cyan"


@dataclass(frozen=True)
class TypeInfo:
    name: str
    label: str
    specificity: int = DEFAULT_SPECIFICITY
    fake: FakeMaker | None = None  # None: `--style fake` falls back to a mask
    color: str = DEFAULT_COLOR
    # Presidio's entity names for this type; the first is the one reported. Empty: our own name.
    presidio: tuple[str, ...] = ()
    # Other names a model may write for this type in its answer ("NAME" for PERSON).
    aliases: tuple[str, ...] = ()

    @property
    def presidio_name(self) -> str:
        return self.presidio[0] if self.presidio else self.name


_BUILTIN: tuple[TypeInfo, ...] = (
    TypeInfo(
        "PERSON",
        "person's name",
        30,
        # First and last name only (no "Dott." or "Jr."): a mention by surname alone takes its part.
        lambda f, loc: f"{f.first_name()} {f.last_name()}",
        "bold cyan",
        ("PERSON",),
        aliases=("NAME", "PER", "PERSON_NAME", "FULL_NAME"),
    ),
    TypeInfo(
        "EMAIL",
        "e-mail address",
        90,
        lambda f, loc: f.email(),
        "bold green",
        ("EMAIL_ADDRESS",),
        aliases=("EMAIL_ADDRESS",),
    ),
    TypeInfo(
        "PHONE",
        "phone number",
        60,
        lambda f, loc: f.phone_number(),
        "bold yellow",
        ("PHONE_NUMBER",),
        aliases=("PHONE_NUMBER", "TELEPHONE"),
    ),
    TypeInfo(
        "ADDRESS",
        "postal address",
        35,
        lambda f, loc: f.address().replace("\n", ", "),
        "bold magenta",
        ("LOCATION",),
        aliases=("LOCATION", "STREET_ADDRESS"),
    ),
    TypeInfo(
        "DATE_OF_BIRTH",
        "date of birth",
        45,
        lambda f, loc: f.date_of_birth(minimum_age=18, maximum_age=90).strftime("%d/%m/%Y"),
        "bold blue",
        ("DATE_TIME",),
        aliases=("DOB", "BIRTH_DATE", "DATE"),
    ),
    TypeInfo(
        "CODICE_FISCALE",
        "Italian fiscal code",
        90,
        lambda f, loc: loc("it_IT").ssn(),
        "bold bright_magenta",
        ("IT_FISCAL_CODE",),
        aliases=("CF", "FISCAL_CODE", "TAX_CODE"),
    ),
    TypeInfo(
        "PARTITA_IVA",
        "Italian VAT number",
        80,
        lambda f, loc: loc("it_IT").company_vat().removeprefix("IT"),
        "bold bright_magenta",
        ("IT_VAT_CODE",),
        aliases=("VAT", "VAT_NUMBER", "P_IVA"),
    ),
    TypeInfo("IBAN", "IBAN", 90, lambda f, loc: f.iban(), "bold red", ("IBAN_CODE",)),
    TypeInfo(
        "CREDIT_CARD",
        "payment card number",
        85,
        lambda f, loc: f.credit_card_number(),
        "bold red",
        ("CREDIT_CARD",),
        aliases=("CARD", "CREDIT_CARD_NUMBER"),
    ),
    TypeInfo(
        "SSN", "US social security number", 80, lambda f, loc: loc("en_US").ssn(), "bold bright_magenta", ("US_SSN",)
    ),
    TypeInfo(
        "PASSPORT",
        "passport number",
        55,
        lambda f, loc: f.bothify("??#######").upper(),
        DEFAULT_COLOR,
        ("IT_PASSPORT", "US_PASSPORT"),
        aliases=("PASSPORT_NUMBER",),
    ),
    TypeInfo(
        "ID_CARD",
        "identity card number",
        55,
        lambda f, loc: f.bothify("CA#####??").upper(),
        DEFAULT_COLOR,
        ("IT_IDENTITY_CARD",),
    ),
    TypeInfo("LICENSE_PLATE", "licence plate", 50, lambda f, loc: f.license_plate(), aliases=("PLATE",)),
    TypeInfo(
        "IP_ADDRESS", "IP address", 75, lambda f, loc: f.ipv4_public(), DEFAULT_COLOR, ("IP_ADDRESS",), aliases=("IP",)
    ),
    TypeInfo("USERNAME", "user name", 40, lambda f, loc: f.user_name(), aliases=("USER",)),
    TypeInfo(
        "PASSWORD",
        "password or secret",
        70,
        lambda f, loc: f.password(length=14),
        "bold white on red",
        aliases=("API_KEY", "SECRET", "TOKEN"),
    ),
    TypeInfo(
        "MEDICAL_RECORD_NUMBER", "medical record number", 55, lambda f, loc: f.bothify("MRN-########"), aliases=("MRN",)
    ),
    TypeInfo("URL", "URL", 75, lambda f, loc: f.url(), DEFAULT_COLOR, ("URL",)),
)

_TABLE: dict[str, TypeInfo] = {t.name: t for t in _BUILTIN}


def type_info(name: str) -> TypeInfo:
    """The entry for `name`; the defaults (mask for fake, lowest specificity, own name in Presidio)
    for a type nobody described."""
    info = _TABLE.get(name)
    if info is None:
        return TypeInfo(name, name.replace("_", " ").lower())
    return info


def register_type(info: TypeInfo) -> None:
    """Describe a type (a plug-in's, or a YAML recognizer's); a built-in type cannot be redefined."""
    if info.name in _TABLE and _TABLE[info.name] is not info and info.name in {t.name for t in _BUILTIN}:
        raise ValueError(f"{info.name} is a built-in type")
    _TABLE[info.name] = info


def described_types() -> tuple[str, ...]:
    """Every type in the table, built-in first."""
    return tuple(_TABLE)


def specificity(name: str) -> int:
    return type_info(name).specificity


def type_aliases() -> dict[str, str]:
    """Another name a model may write -> our type (the student's answer reader uses it)."""
    return {a: t.name for t in _TABLE.values() for a in t.aliases}


def presidio_names() -> dict[str, str]:
    """Presidio entity name -> our type, for every name a described type answers to."""
    return {p: t.name for t in _TABLE.values() for p in (t.presidio or (t.name,))}
