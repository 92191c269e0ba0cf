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
from ..data import numbers as NUM
from ..data import values as V
from ..data.locales import LOCALES, Locale, voice

if TYPE_CHECKING:
    from .cast import Person
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
KEEP.update(NUM.KEEP)  # ports, thread names, EANs, SKUs, VAT rates, law citations, flight numbers, form labels
# Banks and hospitals as written, in capitals or in lower case now and then.
KEEP["bank_any"] = lambda c: HN.cased(c, c.rng.choice(L.BANKS[c.locale]), "mixed")
KEEP["hospital_any"] = lambda c: HN.cased(c, c.rng.choice(L.HOSPITALS[c.locale]), "mixed")

# Plain words: neither PII nor worth a keep entry.
TEXT: dict[str, Callable[[Scope], str]] = {
    "city": lambda c: LOCALES[c.locale].city(c.rng),
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


# Plain-text person attributes (grammar and context, never PII spans): attr -> (person, words of the passage).
PERSON_TEXT: dict[str, Callable[[Person, Locale], str]] = {
    "title": lambda p, loc: p.title,
    "dr": lambda p, loc: loc.doctor[p.female],
    "o": lambda p, loc: "a" if p.female else "o",
    "il": lambda p, loc: "la" if p.female else "il",
    "he": lambda p, loc: "she" if p.female else "he",
    "He": lambda p, loc: "She" if p.female else "He",
    "his": lambda p, loc: "her" if p.female else "his",
    "His": lambda p, loc: "Her" if p.female else "His",
    "him": lambda p, loc: "her" if p.female else "him",
    "birthplace": lambda p, loc: p.birthplace,
    "age": lambda p, loc: str(2025 - p.dob.year),
    "idlabel": lambda p, loc: loc.id_labels.get(p.idkind(), "ID"),
    "ssnlabel": lambda p, loc: loc.ssn_label,
}


def render_person_text(ctx: Scope, head: str, attr: str) -> str:
    return PERSON_TEXT[attr](ctx.person(head), voice(ctx.lang, ctx.locale))


# PII person attributes drawn here rather than by the person (name forms, spoken forms, identifiers):
# attr -> (context, person head, person). The others are the person's own (Person.get).
_PERSON_PII_FORMS: dict[str, Callable[[Scope, str, Person], str]] = {
    **{attr: (lambda c, h, p, a=attr: I.render(c, h, a)) for attr in I.PERSON_PII},
    "full": lambda c, h, p: p.full,
    "first": lambda c, h, p: p.first,
    "last": lambda c, h, p: p.last,
    "rev": lambda c, h, p: f"{p.last} {p.first}",
    "upper": lambda c, h, p: p.full.upper(),
    "LAST": lambda c, h, p: p.last.upper(),
    "LASTfirst": lambda c, h, p: f"{p.last.upper()} {p.first}",
    "initial": lambda c, h, p: f"{p.first[0]}. {p.last}",
    "slash": lambda c, h, p: f"{p.last.upper()}/{p.first.upper()}",  # airline style: ROSSI/MARIO
    "nick": lambda c, h, p: N.person_attr(c, p, "nick"),
    "pin": lambda c, h, p: N.person_attr(c, p, "pin"),
    "phone_spoken": lambda c, h, p: spoken_digits(p.get("phone"), c.lang),
    "email_spoken": lambda c, h, p: spoken_email(p.get("email"), c.lang),
}


def render_person_pii(ctx: Scope, head: str, attr: str) -> str:
    p = ctx.person(head)
    form = _PERSON_PII_FORMS.get(attr)
    return form(ctx, head, p) if form else p.get(attr)
