"""The slot vocabulary of templates: which slots are personal data, and how each is rendered.

Person slots are `<who>.<attr>` with who in p, p2, p3, p4, me (the writer). Other slots are
look-alikes (kept), secrets not tied to a person, or plain words. A trailing digit gives another
value of the same family: `{amount}` and `{amount2}` differ, two `{amount}` are the same value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..data import hard_negatives as HN
from ..data import identifiers as I
from ..data import lookalikes as L
from ..data import nicknames as N
from ..data import values as V
from ..data.locales import LOCALES, voice

if TYPE_CHECKING:
    from .scope import Scope

PERSON_HEADS = ("p", "p2", "p3", "p4", "me")

# attr -> PII type
PERSON_PII: dict[str, str] = {
    "full": "PERSON",
    "first": "PERSON",
    "last": "PERSON",
    "rev": "PERSON",
    "upper": "PERSON",
    "LAST": "PERSON",
    "initial": "PERSON",
    "slash": "PERSON",
    "phone_spoken": "PHONE",
    "email_spoken": "EMAIL",
    "LASTfirst": "PERSON",
    "email": "EMAIL",
    "email2": "EMAIL",
    "work_email": "EMAIL",
    "phone": "PHONE",
    "phone2": "PHONE",
    "addr": "ADDRESS",
    "addr_ml": "ADDRESS",
    "dob": "DATE_OF_BIRTH",
    "cf": "CODICE_FISCALE",
    "piva": "PARTITA_IVA",
    "iban": "IBAN",
    "card": "CREDIT_CARD",
    "ssn": "SSN",
    "passport": "PASSPORT",
    "idcard": "ID_CARD",
    "plate": "LICENSE_PLATE",
    "ip": "IP_ADDRESS",
    "user": "USERNAME",
    "pwd": "PASSWORD",
    "apikey": "PASSWORD",
    "mrn": "MEDICAL_RECORD_NUMBER",
    "url": "URL",
    "nick": "PERSON",  # chat nickname: "giuli", "fede", "sam"
    "pin": "PASSWORD",  # PIN, door or alarm code
}
PERSON_PII.update(I.PERSON_PII)  # profile links, encoded e-mails, bare mobiles, CIE, driving licence
# Plain-text person attributes (grammar and context, never PII spans).
PERSON_TEXT = ("title", "o", "il", "he", "his", "him", "He", "His", "birthplace", "age", "idlabel", "dr", "ssnlabel")

# Global slots that are personal data (not tied to a person of the cast).
GLOBAL_PII: dict[str, str] = {"apikey": "PASSWORD", "secret": "PASSWORD", "ip": "IP_ADDRESS"}
GLOBAL_VALUES: dict[str, Callable[[Scope], str]] = {
    "apikey": lambda c: V.api_key(c.rng),
    "secret": lambda c: V.api_key(c.rng) if c.chance(0.5) else V.password(c.rng, "admin", 1990),
    "ip": lambda c: V.ip_address(c.rng),
}

_TRAILING_DIGITS = re.compile(r"\d+$")


def family(name: str) -> str:
    return _TRAILING_DIGITS.sub("", name)


def is_known_slot(name: str) -> bool:
    try:
        is_pii_slot(name)
    except ValueError:
        return False
    return True


def is_pii_slot(name: str) -> bool:
    if "." in name:
        head, attr = name.split(".", 1)
        if head not in PERSON_HEADS:
            raise ValueError(f"unknown person {head!r} in slot {name!r}")
        if attr not in PERSON_PII and attr not in PERSON_TEXT:
            raise ValueError(f"unknown person attribute in slot {name!r}")
        return attr in PERSON_PII
    fam = family(name)
    if fam not in GLOBAL_PII and fam not in KEEP and fam not in TEXT:
        raise ValueError(f"unknown slot {name!r}")
    return fam in GLOBAL_PII


# Look-alikes: written as keep strings.
KEEP: dict[str, Callable[[Scope], str]] = {
    "amount": lambda c: L.amount(c.rng, c.locale, c.style.amount_fmt),
    "small_amount": lambda c: L.amount(c.rng, c.locale, c.style.amount_fmt, 2, 120),
    "big_amount": lambda c: L.amount(c.rng, c.locale, c.style.amount_fmt, 3000, 250000),
    "pnr": lambda c: "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "order": lambda c: L.order_number(c.rng),
    "invoice": lambda c: L.invoice_number(c.rng, c.lang),
    "ticket": lambda c: L.ticket_number(c.rng),
    "tracking": lambda c: L.tracking_number(c.rng),
    "policy": lambda c: L.policy_number(c.rng),
    "protocol": lambda c: L.protocol_number(c.rng, c.lang),
    "company": lambda c: L.company(c.rng, c.locale),
    "brand": lambda c: c.rng.choice(L.BRANDS[c.locale]),
    "inst": lambda c: c.rng.choice(L.INSTITUTIONS[c.locale]),
    "bank": lambda c: c.rng.choice(L.BANKS[c.locale]),
    "police": lambda c: c.rng.choice(L.POLICE[c.locale]),
    "hospital": lambda c: c.rng.choice(L.HOSPITALS[c.locale]),
    "product": lambda c: c.rng.choice(L.PRODUCTS[c.lang]),
    "drug": lambda c: c.rng.choice(L.DRUGS if c.lang == "it" else L.DRUGS_EN),
    "date": lambda c: L.any_date(c.rng, c.locale, c.style.date_fmt),
    "time": lambda c: L.time_of_day(c.rng, c.locale, c.style.time_fmt),
    "version": lambda c: c.rng.choice(L.VERSIONS),
    "pct": lambda c: L.percentage(c.rng, c.lang),
    "role": lambda c: c.rng.choice(L.ROLES[c.lang]),
    "pub_url": lambda c: c.rng.choice(L.PUBLIC_URLS[c.locale]),
    "hashtag": lambda c: c.rng.choice(L.HASHTAGS[c.lang]),
    "monthyear": lambda c: L.month_year(c.rng, c.lang),
    **HN.KEEP,  # organisations, shops, models, job titles, places (hard negatives)
}

KEEP.update(I.KEEP)  # organisation contacts: toll-free numbers, switchboards, role mailboxes

# Plain words: neither PII nor worth a keep entry.
TEXT: dict[str, Callable[[Scope], str]] = {
    "city": lambda c: LOCALES[c.locale].city(c.rng, c.fakers),
    "company_domain": lambda c: L.company_domain(c.slot_value("company")).lower(),
    "weekday": lambda c: c.rng.choice(
        ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì")
        if c.lang == "it"
        else ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    ),
    "n": lambda c: str(c.rng.randint(2, 12)),
    "flight": lambda c: str(c.rng.randint(100, 9899)),
    "qty": lambda c: str(c.rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 10, 12))),
    "days": lambda c: str(c.rng.choice((3, 5, 7, 10, 14, 15, 30, 60))),
    **HN.TEXT,
}


_DIGITS = {
    "it": ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}


def spoken_digits(phone: str, lang: str) -> str:
    """A phone number as dictated in a voicemail: digits as words, groups kept."""
    words = _DIGITS[lang]
    groups = []
    for group in phone.replace("-", " ").replace(".", " ").replace("/", " ").split():
        groups.append(
            " ".join(
                words[int(c)] if c.isdigit() else ("più" if lang == "it" else "plus")
                for c in group
                if c.isdigit() or c == "+"
            )
        )
    return ", ".join(g for g in groups if g)


def spoken_email(email: str, lang: str) -> str:
    at, dot = ("chiocciola", "punto") if lang == "it" else ("at", "dot")
    local, _, domain = email.partition("@")
    return f"{local.replace('.', f' {dot} ')} {at} {domain.replace('.', f' {dot} ')}"


def render_person_text(ctx: Scope, head: str, attr: str) -> str:
    p = ctx.person(head)
    loc = voice(ctx.lang, ctx.locale)
    if attr == "title":
        return p.title
    if attr == "dr":
        return loc.doctor[p.female]
    if attr == "o":
        return "a" if p.female else "o"
    if attr == "il":
        return "la" if p.female else "il"
    if attr in ("he", "He"):
        w = "she" if p.female else "he"
        return w.capitalize() if attr == "He" else w
    if attr in ("his", "His"):
        w = "her" if p.female else "his"
        return w.capitalize() if attr == "His" else w
    if attr == "him":
        return "her" if p.female else "him"
    if attr == "birthplace":
        return p.birthplace
    if attr == "age":
        return str(2025 - p.dob.year)
    if attr == "idlabel":
        return loc.id_labels.get(p.idkind(), "ID")
    if attr == "ssnlabel":
        return loc.ssn_label
    raise KeyError(attr)


def render_person_pii(ctx: Scope, head: str, attr: str) -> str:
    p = ctx.person(head)
    if attr == "full":
        return p.full
    if attr == "first":
        return p.first
    if attr == "last":
        return p.last
    if attr == "rev":
        return f"{p.last} {p.first}"
    if attr == "upper":
        return p.full.upper()
    if attr == "LAST":
        return p.last.upper()
    if attr == "LASTfirst":
        return f"{p.last.upper()} {p.first}"
    if attr == "initial":
        return f"{p.first[0]}. {p.last}"
    if attr == "slash":  # airline style: ROSSI/MARIO
        return f"{p.last.upper()}/{p.first.upper()}"
    if attr in ("nick", "pin"):
        return N.person_attr(ctx, p, attr)
    if attr == "phone_spoken":
        return spoken_digits(p.get("phone"), ctx.lang)
    if attr == "email_spoken":
        return spoken_email(p.get("email"), ctx.lang)
    if attr in I.PERSON_PII:
        return I.render(ctx, head, attr)
    return p.get(attr)
