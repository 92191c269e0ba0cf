"""Numbers that are not personal data, as they stand in logs, price lists, product sheets, legal texts
and timetables: ports and thread names, PIDs, durations, HTTP status codes, build hashes, EAN-13 and
UPC-A codes (valid check digit, python-stdnum), SKUs and model numbers, VAT rates, law citations,
flight and train numbers, platforms, opening hours, empty form labels.

They are keep slots (see slots.KEEP): a student must leave them alone. Tables of names (laws,
airlines, form labels) are split like hard negatives: eval draws values train never sees.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from stdnum import ean

from . import hard_negatives as HN
from .locales import LOCALES
from .values import digits, letters

if TYPE_CHECKING:
    from ..engine.scope import Scope

# --- servers ---------------------------------------------------------------------------------------
COMMON_PORTS = (80, 443, 8080, 8443, 8081, 8009, 3000, 5000, 5432, 3306, 6379, 9200, 27017, 5672, 9090, 9092, 8888)


def port(rng: random.Random) -> str:
    return str(rng.choice(COMMON_PORTS) if rng.random() < 0.7 else rng.randint(1024, 65535))


def thread_name(rng: random.Random, port_: str) -> str:
    n = rng.randint(1, 200)
    return rng.choice(
        (
            f"http-nio-{port_}-exec-{n}",
            f"https-jsse-nio-{port_}-exec-{n}",
            f"ajp-nio-{port_}-exec-{n}",
            f"pool-{rng.randint(1, 12)}-thread-{n}",
            f"ForkJoinPool.commonPool-worker-{n}",
            f"scheduling-{rng.randint(1, 4)}",
            f"kafka-consumer-{rng.randint(0, 16)}",
            f"grpc-default-executor-{n}",
            f"Thread-{n}",
            f"reactor-http-epoll-{rng.randint(1, 16)}",
            f"task-{n}",
        )
    )


def pid(rng: random.Random) -> str:
    return str(rng.randint(300, 99999))


def duration(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(2, 2500)}ms",
            f"{rng.randint(2, 900)} ms",
            f"{rng.uniform(0.01, 30):.3f}s",
            f"{rng.randint(1, 59)}m {rng.randint(0, 59)}s",
        )
    )


HTTP_STATUS = ("200", "200", "200", "201", "204", "301", "302", "304", "400", "401", "403", "404", "409", "422")
HTTP_STATUS += ("429", "500", "502", "503", "504")


def http_status(rng: random.Random) -> str:
    return rng.choice(HTTP_STATUS)


def build_hash(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 7, 8, 10, 12))))


def semver(rng: random.Random) -> str:
    v = f"{rng.randint(0, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"
    return rng.choice((v, "v" + v, v + f"-rc.{rng.randint(1, 5)}", v + f"+build.{rng.randint(100, 9999)}"))


def build_number(rng: random.Random) -> str:
    return f"#{rng.randint(100, 25000)}"


def host(rng: random.Random) -> str:
    return rng.choice(
        (
            f"web-{rng.randint(1, 12):02d}",
            f"api-{rng.choice(('prod', 'stg', 'eu'))}-{rng.randint(1, 9)}",
            f"worker-{rng.randint(1, 30)}",
            f"db-{rng.choice(('primary', 'replica'))}-{rng.randint(0, 3)}",
            f"ip-10-0-{rng.randint(0, 255)}-{rng.randint(1, 254)}",
            f"k8s-node-{letters(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
        )
    )


# --- commerce ------------------------------------------------------------------------------------------
_EAN_PREFIX = {"it": ("80", "80", "81", "82", "83", "40", "30", "84"), "en": ("50", "50", "00", "03", "06", "40", "87")}


def ean13(rng: random.Random, lang: str) -> str:
    body = rng.choice(_EAN_PREFIX[lang]) + digits(rng, 10)
    return body + ean.calc_check_digit(body)


def upc_a(rng: random.Random) -> str:
    body = rng.choice("0136789") + digits(rng, 10)
    return body + ean.calc_check_digit(body)


def barcode(rng: random.Random, lang: str) -> str:
    """An EAN-13, or (English) now and then a UPC-A: checksum-valid either way."""
    return upc_a(rng) if lang == "en" and rng.random() < 0.35 else ean13(rng, lang)


def sku(rng: random.Random) -> str:
    return rng.choice(
        (
            f"SKU-{digits(rng, 6)}",
            f"{letters(rng, 3)}-{digits(rng, 4)}-{letters(rng, 2)}",
            f"{letters(rng, 2)}{digits(rng, 5)}",
            f"ART. {digits(rng, 5)}",
            f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}",
            f"P/N {digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 2)}",
        )
    )


def model_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{letters(rng, 2)}-{rng.randint(32, 85)}{letters(rng, 1)}{rng.randint(70, 95)}{letters(rng, 1)}",
            f"{letters(rng, 2)}{rng.randint(10, 14)}{letters(rng, 1)}{digits(rng, 3)}{letters(rng, 2)}",
            f"{letters(rng, 3)}{digits(rng, 4)}",
            f"{letters(rng, 1)}{digits(rng, 3)}-{letters(rng, 2)}",
            f"Mk {rng.randint(2, 5)} {letters(rng, 1)}{digits(rng, 2)}",
        )
    )


VAT_RATES = {"it": ("22%", "22%", "10%", "4%", "5%", "0%"), "en": ("20%", "20%", "5%", "0%", "8.25%", "6%", "7%")}


def vat_rate(rng: random.Random, lang: str) -> str:
    return rng.choice(VAT_RATES[lang])


def price(c: Scope, lo: float = 0.5, hi: float = 900) -> str:
    value = round(c.rng.uniform(lo, hi), 2)
    return LOCALES[c.locale].money(value, c.style.amount_fmt)


def decimal(rng: random.Random, lang: str, lo: float, hi: float, places: int = 1) -> str:
    s = f"{rng.uniform(lo, hi):.{places}f}"
    return s.replace(".", ",") if lang == "it" else s


# --- law --------------------------------------------------------------------------------------------------
# (act, whether articles are cited as "art. N" (it) / "Art. N" / "s. N" (en))
LAWS = {
    "it": (
        "D.Lgs. 196/2003",
        "D.Lgs. 101/2018",
        "Reg. (UE) 2016/679",
        "Regolamento (UE) 2016/679",
        "L. 241/1990",
        "L. 104/1992",
        "L. 300/1970",
        "D.Lgs. 81/2008",
        "D.Lgs. 206/2005",
        "D.P.R. 445/2000",
        "D.P.R. 633/1972",
        "D.L. 18/2020",
        "L. 190/2012",
        "D.Lgs. 231/2001",
        "D.Lgs. 33/2013",
        "L. 633/1941",
        "D.Lgs. 82/2005",
        "Direttiva 2002/58/CE",
        "Reg. (UE) 2022/2065",
        "L. 3/2003",
    ),
    "en": (
        "Regulation (EU) 2016/679",
        "Data Protection Act 2018",
        "Consumer Rights Act 2015",
        "Companies Act 2006",
        "Employment Rights Act 1996",
        "Equality Act 2010",
        "Freedom of Information Act 2000",
        "Directive 2002/58/EC",
        "Computer Misuse Act 1990",
        "Health and Safety at Work etc. Act 1974",
        "Regulation (EU) 2022/2065",
        "Limitation Act 1980",
        "Sale of Goods Act 1979",
        "Bribery Act 2010",
        "Privacy and Electronic Communications Regulations 2003",
        "Late Payment of Commercial Debts (Interest) Act 1998",
    ),
}
_US_CODES = (
    "15 U.S.C. § 1681",
    "45 CFR § 164.512",
    "Cal. Civ. Code § 1798.100",
    "29 U.S.C. § 2601",
    "18 U.S.C. § 1030",
)


def law_citation(c: Scope) -> str:
    """An act cited with its number and year and, often, an article: "D.Lgs. 196/2003, art. 13"."""
    rng = c.rng
    law = HN.draw(c, LAWS)
    art = rng.randint(1, 120)
    if c.lang == "it":
        form = rng.choice(("{law}", "{law}, art. {a}", "art. {a} del {law}", "art. {a}, comma {k}, {law}"))
        if rng.random() < 0.15:
            return rng.choice(("art. {a} c.c.", "art. {a} c.p.", "artt. {a} e {b} c.c.")).format(
                a=rng.randint(1000, 2900), b=rng.randint(1000, 2900)
            )
        return form.format(law=law, a=art, k=rng.randint(1, 6))
    if rng.random() < 0.15:
        return rng.choice(_US_CODES)
    if rng.random() < 0.2:
        return f"GDPR Art. {rng.randint(5, 49)}({rng.randint(1, 4)})({rng.choice('abcdef')})"
    if law.startswith(("Regulation", "Directive")):
        return rng.choice((law, f"Art. {art} of {law}", f"{law}, Art. {art}({rng.randint(1, 5)})"))
    return rng.choice((law, f"{law}, s. {art}", f"section {art} of the {law}", f"s.{art}({rng.randint(1, 6)}) {law}"))


# --- travel -----------------------------------------------------------------------------------------------
AIRLINES = {
    "it": ("AZ", "FR", "U2", "VY", "LH", "AF", "KL", "IB", "W6", "EK", "TK", "V7"),
    "en": ("BA", "FR", "U2", "AA", "UA", "DL", "EI", "LS", "VS", "B6", "WN", "AC"),
}
TRAINS = {
    "it": ("Frecciarossa", "FR", "Frecciargento", "Italo", "IC", "Intercity", "Regionale", "REG", "RV", "EC"),
    "en": ("Avanti", "LNER", "GWR", "Eurostar", "Amtrak", "Acela", "Northeast Regional", "CrossCountry", "ScotRail"),
}


def flight_number(c: Scope) -> str:
    code = HN.draw(c, AIRLINES)
    n = c.rng.randint(1, 9899)
    return f"{code}{n}" if c.rng.random() < 0.5 else f"{code} {n}"


def train_number(c: Scope) -> str:
    name = HN.draw(c, TRAINS)
    if name in ("Avanti", "LNER", "GWR", "CrossCountry", "ScotRail"):
        return f"{name} {c.rng.randint(1, 2)}{c.rng.choice('ACEHLMNPSW')}{c.rng.randint(10, 99)}"
    return f"{name} {c.rng.randint(100, 9999)}"


def platform(rng: random.Random) -> str:
    return str(rng.randint(1, 24)) + (rng.choice("ABab") if rng.random() < 0.12 else "")


def opening_hours(c: Scope) -> str:
    rng = c.rng
    clock = LOCALES[c.locale].clock
    f = c.style.time_fmt
    a, b = clock(rng.choice((8, 8, 9, 9, 10)), rng.choice((0, 0, 30)), f), clock(rng.choice((12, 13)), 0, f)
    d, e = clock(rng.choice((14, 15, 15, 16)), rng.choice((0, 30)), f), clock(rng.choice((18, 19, 19, 20)), 0, f)
    return rng.choice((f"{a}-{b} / {d}-{e}", f"{a} - {e}", f"{a}–{b}, {d}–{e}"))


def year(rng: random.Random) -> str:
    return str(rng.randint(1990, 2026))


# --- forms ---------------------------------------------------------------------------------------------------
# Labels of personal-data fields, printed on every blank form and never personal data themselves,
# with the person attribute a filled-in field holds (None: a signature, a box to tick). "id" stands
# for the locale's national identifier (codice fiscale, SSN, NI number).
FORM_FIELDS = {
    "it": (
        ("Cognome", "last"),
        ("Nome", "first"),
        ("Nome e cognome", "full"),
        ("Data di nascita", "dob"),
        ("Nato/a il", "dob"),
        ("Codice fiscale", "id"),
        ("C.F.", "id"),
        ("Residenza", "addr"),
        ("Indirizzo", "addr"),
        ("Telefono", "phone"),
        ("Cellulare", "phone"),
        ("E-mail", "email"),
        ("IBAN", "iban"),
        ("Firma", None),
        ("Luogo e data", None),
        ("Documento n.", None),
        ("Prov.", None),
        ("Consenso (sì/no)", None),
    ),
    "en": (
        ("Surname", "last"),
        ("First name", "first"),
        ("Full name", "full"),
        ("Name", "full"),
        ("DOB", "dob"),
        ("Date of birth", "dob"),
        ("SSN", "id"),
        ("ID number", "id"),
        ("Address", "addr"),
        ("Home address", "addr"),
        ("Phone", "phone"),
        ("Mobile", "phone"),
        ("Email", "email"),
        ("IBAN", "iban"),
        ("Signature", None),
        ("Date signed", None),
        ("Passport No.", None),
        ("Consent (Y/N)", None),
    ),
}
FORM_LABELS = {lang: tuple(label for label, _ in rows) for lang, rows in FORM_FIELDS.items()}
FORM_ATTR = {lang: dict(rows) for lang, rows in FORM_FIELDS.items()}


def form_label(c: Scope) -> str:
    label = HN.draw(c, FORM_LABELS)
    return label.upper() if c.rng.random() < 0.2 else label


ENERGY = ("A+++", "A++", "A+", "B (A-G)", "C (A-G)", "D (A-G)", "classe A", "class A")


# Slot families (merged into slots.KEEP): every one is a keep string.
KEEP: dict[str, Callable[[Scope], str]] = {
    "port": lambda c: port(c.rng),
    "thread": lambda c: thread_name(c.rng, c.slot_value("port")),
    "pid": lambda c: pid(c.rng),
    "ms": lambda c: duration(c.rng),
    "status": lambda c: http_status(c.rng),
    "build": lambda c: build_hash(c.rng),
    "buildno": lambda c: build_number(c.rng),
    "semver": lambda c: semver(c.rng),
    "host": lambda c: host(c.rng),
    "ean": lambda c: ean13(c.rng, c.lang),
    "barcode": lambda c: barcode(c.rng, c.lang),
    "sku": lambda c: sku(c.rng),
    "modelno": lambda c: model_number(c.rng),
    "vat": lambda c: vat_rate(c.rng, c.lang),
    "price": lambda c: price(c),
    "law": law_citation,
    "flightno": flight_number,
    "trainno": train_number,
    "platform": lambda c: platform(c.rng),
    "hours": opening_hours,
    "year": lambda c: year(c.rng),
    "label": form_label,
    "energy": lambda c: c.rng.choice(ENERGY),
}
