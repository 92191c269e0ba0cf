"""PII value factories per type and locale: realistic formats, valid check digits.

Every function takes the document's `random.Random`, so values are deterministic per document.
Formats are chosen by the caller (`fmt` indices are drawn once per document in `style.py`).
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date
from functools import lru_cache

from stdnum import luhn
from stdnum.iban import calc_check_digits as iban_check_digits
from stdnum.it.codicefiscale import calc_check_digit as cf_check_digit

from .geo import (
    IT_CITIES,
    IT_STREET_TYPES,
    IT_STREETS,
    UK_STREET_NAMES,
    UK_STREET_TYPES,
    UK_TOWNS,
    US_CITIES,
    US_STREET_NAMES,
    US_STREET_TYPES,
)

UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def letters(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def draw(rng: random.Random, options: tuple[str, ...]) -> str:
    """One of the options; a single option is taken without a draw (locale tables list one where the
    code once wrote a constant, and a draw would change every document after it)."""
    return options[0] if len(options) == 1 else rng.choice(options)


def weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...] | list[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def ascii_slug(text: str) -> str:
    """'Dell'Acqua Niccolò' -> 'dellacquaniccolo' (for emails, usernames, URLs)."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in norm.lower() if ch.isalnum())


# --- phones ------------------------------------------------------------------------------------
# --- addresses ---------------------------------------------------------------------------------
def it_city(rng: random.Random) -> tuple[str, str, str]:
    """(city, province, CAP): mostly big cities, sometimes a small comune from Faker's real CAP table."""
    if rng.random() < 0.3:
        caps, table = _cap_table()
        cap = rng.choice(caps)
        city, prov = rng.choice(table[cap])
        return city, prov, cap
    city, prov, cap, _code, _w = rng.choices(IT_CITIES, weights=[c[4] for c in IT_CITIES])[0]
    if len(cap) == 3:
        cap = cap + f"{rng.randint(0, 99):02d}" if cap not in ("001", "201") else cap + f"{rng.randint(0, 62):02d}"
    return city, prov, cap


@lru_cache(maxsize=1)
def _cap_table() -> tuple[list[str], dict]:
    from faker.providers.address.it_IT import Provider  # real CAP -> [(comune, province)] table

    table = Provider.cap_city_province
    return sorted(table), table


def address_it(rng: random.Random, layout: int) -> str:
    st = weighted(rng, IT_STREET_TYPES)
    name = rng.choice(IT_STREETS)
    num = str(rng.randint(1, 180))
    if rng.random() < 0.12:
        num += rng.choice(("/A", "/B", "/c", " bis", "A", "/2"))
    city, prov, cap = it_city(rng)
    street = f"{st} {name}"
    extra = rng.choice(
        ("", "", "", "", f" int. {rng.randint(1, 20)}", f", scala {rng.choice('ABCD')}", f", piano {rng.randint(1, 6)}")
    )
    forms = [
        f"{street} {num}{extra}, {cap} {city} ({prov})",
        f"{street}, {num} - {cap} {city} {prov}",
        f"{street} {num}\n{cap} {city} ({prov})",
        f"{street} {num}, {city}",
        f"{street} n. {num}, {cap} - {city}",
        f"{street}, {num}{extra}, {cap} {city}",
        f"{street} {num} - {city} ({prov})",
        f"{street}, {num}\n{cap} {city} {prov}",
    ]
    return forms[layout % len(forms)]


def postcode_gb(rng: random.Random, area: str) -> str:
    district = str(rng.randint(1, 28 if len(area) == 1 else 20))
    if area in ("EC", "WC", "SW", "W") and rng.random() < 0.3:
        district = str(rng.randint(1, 9)) + rng.choice("ABCHNPRVWXY")
    return f"{area}{district} {rng.randint(1, 9)}{letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def address_gb(rng: random.Random, layout: int) -> str:
    town, areas = rng.choice(UK_TOWNS)
    pc = postcode_gb(rng, rng.choice(areas))
    street = f"{rng.randint(1, 240)} {rng.choice(UK_STREET_NAMES)} {rng.choice(UK_STREET_TYPES)}"
    flat = rng.choice(("", "", "", f"Flat {rng.randint(1, 24)}, ", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, "))
    forms = [
        f"{flat}{street}, {town} {pc}",
        f"{flat}{street}\n{town}\n{pc}",
        f"{flat}{street}, {town}, {pc}",
        f"{street}, {town}",
        f"{flat.replace(', ', chr(10))}{street}\n{town} {pc}",
    ]
    return forms[layout % len(forms)]


def address_us(rng: random.Random, layout: int) -> tuple[str, tuple[str, ...]]:
    """An address and the phone area codes of its city (so phones can match the place)."""
    city, state, zp, areas = rng.choice(US_CITIES)
    zipc = zp + digits(rng, 2)
    if rng.random() < 0.1:
        zipc += "-" + digits(rng, 4)
    street = f"{rng.randint(1, 9899)} {rng.choice(('', '', '', 'N ', 'S ', 'E ', 'W '))}"
    street += f"{rng.choice(US_STREET_NAMES)} {rng.choice(US_STREET_TYPES)}"
    unit = rng.choice(
        (
            "",
            "",
            "",
            f" Apt {rng.randint(1, 30)}{rng.choice(('', 'A', 'B'))}",
            f" Unit {rng.randint(1, 400)}",
            f" #{rng.randint(1, 40)}",
        )
    )
    forms = [
        f"{street}{unit}, {city}, {state} {zipc}",
        f"{street}{unit}\n{city}, {state} {zipc}",
        f"{street}{unit}, {city} {state} {zipc}",
        f"{street}, {city}",
    ]
    return forms[layout % len(forms)], areas


# --- dates -------------------------------------------------------------------------------------
MONTHS_IT = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# Dates as people write them, one list of forms per locale (see locales.format_date).
def date_forms_it(d: date) -> list[str]:
    return [
        f"{d:%d/%m/%Y}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d:%d-%m-%Y}",
        f"{d:%d.%m.%Y}",
        f"{d.day} {MONTHS_IT[d.month - 1]} {d.year}",
        f"{d:%Y-%m-%d}",
        f"{d:%d/%m/%y}",
        f"{d.day} {MONTHS_IT[d.month - 1][:3]} {d.year}",
    ]


def date_forms_us(d: date) -> list[str]:
    return [
        f"{d:%m/%d/%Y}",
        f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.month}/{d.day}/{d.year}",
        f"{d:%Y-%m-%d}",
        f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
        f"{d:%m-%d-%Y}",
        f"{d.month}/{d.day}/{d:%y}",
    ]


def date_forms_gb(d: date) -> list[str]:
    return [
        f"{d:%d/%m/%Y}",
        f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        f"{_ord(d.day)} {MONTHS_EN[d.month - 1]} {d.year}",
        f"{d:%d.%m.%Y}",
        f"{d:%Y-%m-%d}",
        f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
        f"{d:%d-%m-%Y}",
    ]


# Sums of money and times of day, in the document's format `fmt`.
def money_it(value: float, fmt: int) -> str:
    euros = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    whole = f"{int(value):,}".replace(",", ".")
    return [f"€ {euros}", f"{euros} €", f"EUR {euros}", f"{euros} euro", f"€{euros}", f"{whole} euro"][fmt % 6]


def money_en(value: float, fmt: int, sym: str, code: str) -> str:
    return [f"{sym}{value:,.2f}", f"{sym}{value:,.2f}", f"{value:,.2f} {code}", f"{sym}{int(value):,}"][fmt % 4]


def clock_24(h: int, m: int, fmt: int) -> str:
    return f"{h:02d}:{m:02d}"


def clock_it(h: int, m: int, fmt: int) -> str:
    return f"{h}.{m:02d}" if fmt % 3 == 1 else clock_24(h, m, fmt)


def clock_us(h: int, m: int, fmt: int) -> str:
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}" if fmt % 2 == 0 else clock_24(h, m, fmt)


def birth_date(rng: random.Random, min_age: int = 18, max_age: int = 85) -> date:
    year = 2025 - rng.randint(min_age, max_age)
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


# --- Italian identifiers -----------------------------------------------------------------------
_VOWELS = set("AEIOU")
_CF_MONTH = "ABCDEHLMPRST"


def _cf_letters(name: str) -> tuple[list[str], list[str]]:
    clean = [c for c in ascii_slug(name).upper() if c.isalpha()]
    return [c for c in clean if c not in _VOWELS], [c for c in clean if c in _VOWELS]


def _cf_surname(last: str) -> str:
    cons, vow = _cf_letters(last)
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def _cf_name(first: str) -> str:
    cons, vow = _cf_letters(first)
    if len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def codice_fiscale(first: str, last: str, dob: date, female: bool, place_code: str) -> str:
    """The codice fiscale of a person (omocodia ignored), with its check character."""
    day = dob.day + (40 if female else 0)
    body = f"{_cf_surname(last)}{_cf_name(first)}{dob.year % 100:02d}{_CF_MONTH[dob.month - 1]}{day:02d}{place_code}"
    return body + cf_check_digit(body)


_IVA_OFFICES = [f"{i:03d}" for i in range(1, 101)] + ["120", "121"]


def partita_iva(rng: random.Random, prefix: bool) -> str:
    body = rng.choice("01") + digits(rng, 6) + rng.choice(_IVA_OFFICES)
    if int(body[:7]) == 0:
        body = "1" + body[1:]
    number = body + luhn.calc_check_digit(body)
    return ("IT" + number) if prefix else number


def _cin(bban: str) -> str:
    # The Italian CIN uses the same odd/even tables as the codice fiscale check character.
    return cf_check_digit(bban)


def iban_it(rng: random.Random) -> str:
    abi = rng.choice(
        (
            "03069",
            "02008",
            "05034",
            "03111",
            "01030",
            "05387",
            "03062",
            "06230",
            "02008",
            "05696",
            "03015",
            "07601",
            "08327",
            "03032",
        )
    )
    cab = digits(rng, 5)
    account = digits(rng, 12) if rng.random() < 0.7 else "0000" + digits(rng, 8)
    bban = _cin(abi + cab + account) + abi + cab + account
    return "IT" + iban_check_digits("IT00" + bban) + bban


def iban_gb(rng: random.Random) -> str:
    bban = rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "BUKB", "SRLG", "MONZ")) + digits(rng, 14)
    return "GB" + iban_check_digits("GB00" + bban) + bban


def space_groups(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


# --- cards and national numbers ----------------------------------------------------------------
def credit_card(rng: random.Random, fmt: int) -> str:
    brand = rng.random()
    if brand < 0.12:  # Amex: 15 digits, 4-6-5
        body = rng.choice(("34", "37")) + digits(rng, 12)
        num = body + luhn.calc_check_digit(body)
        return [f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"][fmt % 3]
    prefix = "4" if brand < 0.6 else rng.choice(("51", "52", "53", "54", "55", "2221", "2720"))
    body = prefix + digits(rng, 15 - len(prefix))
    num = body + luhn.calc_check_digit(body)
    return [space_groups(num), num, "-".join(num[i : i + 4] for i in range(0, 16, 4)), space_groups(num)][fmt % 4]


def ssn_us(rng: random.Random, dashed: bool = True) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s


def nino_gb(rng: random.Random, spaced: bool) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = digits(rng, 6)
    suffix = rng.choice("ABCD")
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if spaced else f"{first}{second}{d}{suffix}"


def nhs_number(rng: random.Random, spaced: bool) -> str:
    while True:
        body = digits(rng, 9)
        check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        num = body + str(0 if check == 11 else check)
        return f"{num[:3]} {num[3:6]} {num[6:]}" if spaced else num


def passport_it(rng: random.Random) -> str:
    return letters(rng, 2) + digits(rng, 7)


def passport_gb(rng: random.Random) -> str:
    return digits(rng, 9)


def passport_us(rng: random.Random) -> str:
    return (rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)) if rng.random() < 0.5 else digits(rng, 9)


# Identity documents: (number, kind), identity card or driving licence, as issued in the locale.
def id_card_it(rng: random.Random, last: str, first: str, dob: date, female: bool) -> tuple[str, str]:
    r = rng.random()
    if r < 0.5:
        return letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 5) + letters(rng, 2), "cie"
    if r < 0.7:
        return letters(rng, 2) + rng.choice(("", " ")) + digits(rng, 7), "carta"
    return letters(rng, 2) + digits(rng, 7) + letters(rng, 1), "patente"


def id_card_gb(rng: random.Random, last: str, first: str, dob: date, female: bool) -> tuple[str, str]:
    sur = (ascii_slug(last).upper() + "99999")[:5]
    month = dob.month + (50 if female else 0)
    dl = f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{ascii_slug(first)[:1].upper()}9"
    dl += letters(rng, 1) + digits(rng, 1) + letters(rng, 2)
    return dl, "licence"


def id_card_us(rng: random.Random, last: str, first: str, dob: date, female: bool) -> tuple[str, str]:
    r = rng.random()
    if r < 0.5:
        return rng.choice(UPPER) + digits(rng, 7), "licence"
    if r < 0.8:
        d = digits(rng, 12)
        return f"{rng.choice(UPPER)}{d[:3]}-{d[3:7]}-{d[7:11]}", "licence"
    return digits(rng, 9), "state_id"


# Driving licence numbers, written apart from the identity document a person shows.
def licence_it(rng: random.Random, last: str, first: str, dob: date, female: bool) -> str:
    return rng.choice(("MI", "RM", "TO", "NA", "BO", "U1")) + digits(rng, 7) + letters(rng, 1)


def licence_gb(rng: random.Random, last: str, first: str, dob: date, female: bool) -> str:
    return id_card_gb(rng, last, first, dob, female)[0]


def licence_us(rng: random.Random, last: str, first: str, dob: date, female: bool) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTW") + digits(rng, 7)


_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


def plate_it(rng: random.Random) -> str:
    a, n, b = letters(rng, 2, _PLATE_LETTERS), digits(rng, 3), letters(rng, 2, _PLATE_LETTERS)
    return rng.choice((f"{a}{n}{b}", f"{a} {n} {b}", f"{a}{n}{b}", f"{a}-{n}-{b}"))


def plate_gb(rng: random.Random) -> str:
    return f"{letters(rng, 2, _PLATE_LETTERS)}{rng.randint(10, 74):02d} {letters(rng, 3, _PLATE_LETTERS)}"


def plate_us(rng: random.Random) -> str:
    plate_letters = _PLATE_LETTERS
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{letters(rng, 3, plate_letters)}{digits(rng, 3)}",
            f"{letters(rng, 3, plate_letters)}-{digits(rng, 4)}",
            f"{letters(rng, 3, plate_letters)} {digits(rng, 4)}",
            f"{letters(rng, 3, plate_letters)}{digits(rng, 4)}",
        )
    )


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.08:
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
        return (
            "2001:"
            + rng.choice(("db8", "4860", "67c", "41d0"))
            + ":"
            + ":".join(groups)
            + "::"
            + f"{rng.randint(1, 0xFFF):x}"
        )
    while True:
        a = rng.randint(2, 223)
        if a in (10, 127, 169, 172, 192, 100):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


_MRN_YEARS = ("2021", "2022", "2023", "2024", "2025")


def mrn_it(rng: random.Random) -> str:
    year = rng.choice(_MRN_YEARS)
    return rng.choice(
        (
            f"{year}/{digits(rng, 6)}",
            f"{year}{digits(rng, 6)}",
            f"PZ-{digits(rng, 7)}",
            f"{digits(rng, 8)}",
            f"CC{year[2:]}-{digits(rng, 5)}",
        )
    )


def mrn_gb(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return nhs_number(rng, spaced=rng.random() < 0.7)
    return mrn_us(rng)


def mrn_us(rng: random.Random) -> str:
    rng.choice(_MRN_YEARS)  # drawn (and unused) as for the other locales: same seed, same documents
    return rng.choice(
        (
            f"MRN-{digits(rng, 8)}",
            f"{digits(rng, 7)}",
            f"H{digits(rng, 7)}",
            f"MR{digits(rng, 6)}",
            f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}",
        )
    )


# --- online identity and secrets ---------------------------------------------------------------
def username(rng: random.Random, first: str, last: str, born: int) -> str:
    f, la = ascii_slug(first), ascii_slug(last)
    yy = str(born)[2:]
    forms = [
        f"{f[0]}{la}",
        f"{f}.{la}",
        f"{f}_{la}{yy}",
        f"{f}{la[:1]}{rng.randint(1, 99)}",
        f"{la}.{f[0]}",
        f"{f}{born}",
        f"{f[:4]}_{la[:4]}",
        f"the_{f}",
        f"{f}.{la[:1]}",
        f"{la}{f[0]}{rng.randint(1, 9)}",
        f"{f}{la}",
        f"x{f}{yy}x",
        f"{f}_{rng.choice(('dev', 'ops', 'pro', 'art', 'run', 'foto', 'music'))}",
    ]
    return rng.choice(forms)


def email_from_name(rng: random.Random, first: str, last: str, born: int, domains: list[tuple[str, int]]) -> str:
    f, la = ascii_slug(first), ascii_slug(last)
    yy = str(born)[2:]
    local = rng.choice(
        (
            f"{f}.{la}",
            f"{f}.{la}",
            f"{f[0]}.{la}",
            f"{f}{la}",
            f"{la}.{f}",
            f"{f}.{la}{yy}",
            f"{f}_{la}",
            f"{f}{rng.randint(1, 99)}",
            f"{la}{f[0]}",
            f"{f[0]}{la}{born}",
        )
    )
    return f"{local}@{weighted(rng, domains)}"


EMAIL_DOMAINS = {
    "it_IT": [
        ("gmail.com", 40),
        ("libero.it", 12),
        ("hotmail.it", 8),
        ("yahoo.it", 6),
        ("outlook.it", 6),
        ("virgilio.it", 3),
        ("alice.it", 3),
        ("tiscali.it", 2),
        ("icloud.com", 4),
        ("pec.it", 2),
        ("legalmail.it", 1),
        ("fastwebnet.it", 1),
        ("tin.it", 1),
    ],
    "en_US": [
        ("gmail.com", 45),
        ("yahoo.com", 10),
        ("outlook.com", 8),
        ("hotmail.com", 6),
        ("icloud.com", 8),
        ("aol.com", 3),
        ("proton.me", 2),
        ("comcast.net", 2),
    ],
    "en_GB": [
        ("gmail.com", 40),
        ("hotmail.co.uk", 10),
        ("yahoo.co.uk", 8),
        ("outlook.com", 8),
        ("btinternet.com", 5),
        ("icloud.com", 6),
        ("sky.com", 3),
        ("live.co.uk", 3),
        ("virginmedia.com", 2),
    ],
}


def password(rng: random.Random, first: str, born: int) -> str:
    words = (
        "Estate",
        "Milano",
        "Juve",
        "Inter",
        "Roma",
        "Sunshine",
        "Dragon",
        "Monkey",
        "Football",
        "Summer",
        "Winter",
        "Password",
        "Ciao",
        "Amore",
        "Gatto",
        "Chelsea",
        "Arsenal",
        "Liverpool",
        "Coffee",
        "Qwerty",
    )
    r = rng.random()
    if r < 0.35:
        return (
            rng.choice(words)
            + rng.choice((str(born), str(born)[2:], "2024", "2023", "123", "!"))
            + rng.choice(("", "!", "#", "$", "?"))
        )
    if r < 0.5:
        return ascii_slug(first).capitalize() + rng.choice(("@", "#", "_", "")) + str(born)
    if r < 0.85:
        alphabet = ALNUM + "!#$%&*?@-_"
        pwd = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 18)))
        return rng.choice(UPPER) + pwd + rng.choice(DIGITS)
    return rng.choice(("P@ssw0rd", "Passw0rd!", "Welcome1!", "Benvenuto1", "Changeme123", "Admin2024!")) + digits(
        rng, 2
    )


def api_key(rng: random.Random) -> str:
    def tok(n: int, alphabet: str = ALNUM) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    forms = (
        lambda: "sk-proj-" + tok(40),
        lambda: "sk_live_" + tok(24),
        lambda: "sk_test_" + tok(24),
        lambda: "AKIA" + tok(16, UPPER + DIGITS),
        lambda: "ghp_" + tok(36),
        lambda: "glpat-" + tok(20),
        lambda: "xoxb-" + digits(rng, 11) + "-" + digits(rng, 12) + "-" + tok(24),
        lambda: "AIza" + tok(35, ALNUM + "-_"),
        lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + tok(36) + "." + tok(43, ALNUM + "-_"),
        lambda: tok(32, "0123456789abcdef"),
        lambda: "SG." + tok(22) + "." + tok(43),
        lambda: "hf_" + tok(34),
    )
    return rng.choice(forms)()


def personal_url(rng: random.Random, first: str, last: str, user: str, tlds: tuple[str, ...]) -> str:
    f, la = ascii_slug(first), ascii_slug(last)
    tld = draw(rng, tlds)
    forms = (
        f"https://www.linkedin.com/in/{f}-{la}-{letters(rng, 6, '0123456789abcdef')}",
        f"linkedin.com/in/{f}{la}",
        f"https://github.com/{user}",
        f"https://www.facebook.com/{f}.{la}.{rng.randint(1, 99)}",
        f"https://www.instagram.com/{user}/",
        f"https://{f}{la}{tld}",
        f"www.{f}-{la}{tld}",
        f"https://{user}.wordpress.com",
        f"https://calendly.com/{f}-{la}/30min",
        f"https://x.com/{user}",
        f"https://drive.google.com/file/d/1{''.join(rng.choice(ALNUM) for _ in range(27))}/view",
    )
    return rng.choice(forms)
