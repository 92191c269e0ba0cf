"""One object per locale: everything that differs between Italy, the UK and the US in one place.

A document has a locale (its language, where its people live); a person's name may come from
another one (a foreigner in the document). Code reads the fields of `LOCALES[code]` instead of
comparing locale strings. Value makers that differ are named per locale in `values` and `phones`
and bound here; a tuple of options is drawn from with `values.draw`, which takes a single option
without a draw.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from . import phones as P
from . import values as V
from . import world as W


@dataclass(frozen=True)
class Locale:
    code: str  # Faker's name for it
    lang: str  # the language its documents are written in
    # --- the people of a document written here
    foreign_names: tuple[str, ...]  # where the name of a foreigner among them comes from
    titles: Mapping[str, tuple[str, ...]]  # by gender, repeated for weight
    title_dot: bool  # "Mr." rather than "Mr"
    doctor: tuple[str, str]  # (male, female)
    born_abroad: tuple[str, ...]  # birthplaces of people living here; () = the Italian city drawn for them
    # --- a person whose name comes from here
    middle_initials: bool  # "John A. Smith" now and then
    cf_place_codes: tuple[str, ...]  # codice fiscale place codes of the birth country; () = the Italian city's
    # --- where people live: places, numbers, documents
    city: Callable[[random.Random], str]
    phone: Callable[[random.Random, int, list[str]], str]  # rng, format, area codes of their address
    address: Callable[[random.Random, int], tuple[str, tuple[str, ...]]]  # rng, layout -> text, area codes
    multiline_layout: int  # the address layout on several lines
    multiline_layouts: tuple[int, ...]  # layouts written on several lines (kept to one unless the style allows)
    po_box: W.Maker  # rng, multiline -> a post office box (or a military address) instead of a street
    date_forms: Callable[[date], list[str]]
    money: Callable[[float, int], str]  # value, format
    clock: Callable[[int, int, int], str]  # hour, minute, format
    email_domains: list[tuple[str, int]]
    work_tlds: tuple[str, ...]  # of a work address at the company's domain
    url_tlds: tuple[str, ...]  # of a personal web site
    profile_tlds: tuple[str, ...]  # of a personal site in a CV or signature
    linkedin: str  # LinkedIn's country subdomain
    iban: Callable[[random.Random], str]
    ssn: Callable[[random.Random, bool], str]  # rng, spaced
    passport: Callable[[random.Random], str]
    id_card: Callable[[random.Random, str, str, date, bool], tuple[str, str]]  # rng, last, first, dob, female
    licence: Callable[[random.Random, str, str, date, bool], str]
    plate: Callable[[random.Random], str]
    mrn: Callable[[random.Random], str]
    mobile: Callable[[random.Random], str]  # a bare mobile number
    id_labels: Mapping[str, str]  # id_card kind -> how a form labels it
    ssn_label: str
    ssn_key: str  # the field bank of the national number
    # --- organisations (kept, not personal data)
    toll_free: Callable[[random.Random], str]
    switchboard: Callable[[random.Random], str]
    mailbox_roles: tuple[str, ...]
    mailbox_tld: str
    pec_share: float  # share of role mailboxes that are a comune's certified (PEC) address


def _us_phone(rng: random.Random, fmt: int, areas: list[str]) -> str:
    # A US phone takes the area code of the person's address when it is known.
    return P.phone_us(rng, fmt, rng.choice(areas) if areas else None)


_IT_ROLES = ("info", "protocollo", "assistenza", "supporto", "amministrazione", "ufficio.personale", "segreteria")
_EN_ROLES = ("info", "support", "recalls", "payroll-uk", "customerservice", "enquiries", "hello", "billing")
_EN_TITLES = {"M": ("Mr", "Mr", "Mr", "Dr", "Prof"), "F": ("Ms", "Mrs", "Ms", "Miss", "Dr")}
_EN_BORN_ABROAD = ("London", "Leeds", "Boston", "Dublin", "Chicago", "Glasgow", "Denver")
_EN_PLACE_CODES = ("Z114", "Z404", "Z116")  # United Kingdom, United States, Ireland

IT = Locale(
    code="it_IT",
    lang="it",
    foreign_names=("en_GB", "en_US"),
    titles={
        "M": ("Sig.", "Sig.", "Sig.", "Dott.", "Avv.", "Ing.", "Prof."),
        "F": ("Sig.ra", "Sig.ra", "Sig.ra", "Dott.ssa", "Avv.", "Ing.", "Prof.ssa"),
    },
    title_dot=False,
    doctor=("Dott.", "Dott.ssa"),
    born_abroad=(),
    middle_initials=False,
    cf_place_codes=(),
    city=lambda rng: V.it_city(rng)[0],
    phone=lambda rng, fmt, areas: P.phone_it(rng, fmt),
    address=lambda rng, layout: (V.address_it(rng, layout), ()),
    multiline_layout=2,
    po_box=W.po_box_it,
    multiline_layouts=(2, 7),
    date_forms=V.date_forms_it,
    money=V.money_it,
    clock=V.clock_it,
    email_domains=V.EMAIL_DOMAINS["it_IT"],
    work_tlds=("it",),
    url_tlds=(".it",),
    profile_tlds=(".it",),
    linkedin="it",
    iban=V.iban_it,
    ssn=lambda rng, spaced: V.ssn_us(rng, dashed=spaced or rng.random() < 0.8),
    passport=V.passport_it,
    id_card=V.id_card_it,
    licence=V.licence_it,
    plate=V.plate_it,
    mrn=V.mrn_it,
    mobile=P.bare_mobile_it,
    id_labels={"cie": "carta d'identità elettronica n.", "carta": "carta d'identità n.", "patente": "patente n."},
    ssn_label="codice fiscale",
    ssn_key="ssn",
    toll_free=P.toll_free_it,
    switchboard=P.switchboard_it,
    mailbox_roles=(*_IT_ROLES, "payroll-it", "fatturazione"),
    mailbox_tld="it",
    pec_share=0.3,
)

GB = Locale(
    code="en_GB",
    lang="en",
    foreign_names=("it_IT",),
    titles=_EN_TITLES,
    title_dot=False,
    doctor=("Dr", "Dr"),
    born_abroad=_EN_BORN_ABROAD,
    middle_initials=False,
    cf_place_codes=_EN_PLACE_CODES,
    city=lambda rng: rng.choice(("London", "Manchester", "Leeds", "Bristol", "Glasgow")),
    phone=lambda rng, fmt, areas: P.phone_gb(rng, fmt),
    address=lambda rng, layout: (V.address_gb(rng, layout), ()),
    multiline_layout=1,
    multiline_layouts=(1, 4),
    po_box=W.po_box_gb,
    date_forms=V.date_forms_gb,
    money=lambda value, fmt: V.money_en(value, fmt, "£", "GBP"),
    clock=V.clock_24,
    email_domains=V.EMAIL_DOMAINS["en_GB"],
    work_tlds=("com", "co.uk"),
    url_tlds=(".com", ".co.uk", ".net", ".me"),
    profile_tlds=(".com", ".co.uk", ".me"),
    linkedin="uk",
    iban=V.iban_gb,
    ssn=V.nino_gb,
    passport=V.passport_gb,
    id_card=V.id_card_gb,
    licence=V.licence_gb,
    plate=V.plate_gb,
    mrn=V.mrn_gb,
    mobile=P.bare_mobile_gb,
    id_labels={"licence": "driving licence no.", "state_id": "state ID #"},
    ssn_label="National Insurance number",
    ssn_key="nino",
    toll_free=P.toll_free_gb,
    switchboard=P.switchboard_gb,
    mailbox_roles=_EN_ROLES,
    mailbox_tld="co.uk",
    pec_share=0.0,
)

US = Locale(
    code="en_US",
    lang="en",
    foreign_names=("it_IT",),
    titles=_EN_TITLES,
    title_dot=True,
    doctor=("Dr.", "Dr."),
    born_abroad=_EN_BORN_ABROAD,
    middle_initials=True,
    cf_place_codes=_EN_PLACE_CODES,
    city=lambda rng: rng.choice(("Chicago", "Austin", "Denver", "Boston", "Seattle")),
    phone=_us_phone,
    address=V.address_us,
    multiline_layout=1,
    multiline_layouts=(1,),
    po_box=W.po_box_us,
    date_forms=V.date_forms_us,
    money=lambda value, fmt: V.money_en(value, fmt, "$", "USD"),
    clock=V.clock_us,
    email_domains=V.EMAIL_DOMAINS["en_US"],
    # Two equal options, not one: the original code drew here, and a draw less would change every
    # document after it.
    work_tlds=("com", "com"),
    url_tlds=(".com", ".com", ".net", ".me"),
    profile_tlds=(".com", ".com", ".me"),
    linkedin="uk",
    iban=lambda rng: V.iban_gb(rng) if rng.random() < 0.5 else V.iban_it(rng),
    ssn=lambda rng, spaced: V.ssn_us(rng, dashed=spaced or rng.random() < 0.8),
    passport=V.passport_us,
    id_card=V.id_card_us,
    licence=V.licence_us,
    plate=V.plate_us,
    mrn=V.mrn_us,
    mobile=P.bare_mobile_us,
    id_labels={"licence": "driver's license #", "state_id": "state ID #"},
    ssn_label="SSN",
    ssn_key="ssn",
    toll_free=P.toll_free_us,
    switchboard=P.switchboard_us,
    mailbox_roles=_EN_ROLES,
    mailbox_tld="com",
    pec_share=0.0,
)

LOCALES: dict[str, Locale] = {loc.code: loc for loc in (IT, US, GB)}
# The locales a document of each language is set in (drawn with values.draw).
BY_LANG: dict[str, tuple[str, ...]] = {"it": ("it_IT",), "en": ("en_US", "en_GB")}


def format_date(d: date, locale: str, fmt: int) -> str:
    """A date as people of the locale write it; the same style serves birth dates and other dates."""
    forms = LOCALES[locale].date_forms(d)
    return forms[fmt % len(forms)]


# A passage in the other language than the document's (an English thread quoted under an Italian
# reply) follows that language's stand-in locale for words: titles, "Dr", labels of documents.
# English under an Italian reply has always named the national number "SSN".
_QUOTED = {"it": IT, "en": replace(GB, ssn_label="SSN")}


def voice(lang: str, locale: str) -> Locale:
    """The locale whose words a passage in `lang` uses, in a document set in `locale`."""
    home = LOCALES[locale]
    return home if home.lang == lang else _QUOTED[lang]
