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


def weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...] | list[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def ascii_slug(text: str) -> str:
    """'Dell'Acqua Niccolò' -> 'dellacquaniccolo' (for emails, usernames, URLs)."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in norm.lower() if ch.isalnum())


# --- phones ------------------------------------------------------------------------------------
_IT_MOBILE = (
    "320",
    "324",
    "327",
    "328",
    "329",
    "330",
    "331",
    "333",
    "334",
    "335",
    "336",
    "338",
    "339",
    "340",
    "342",
    "344",
    "345",
    "346",
    "347",
    "348",
    "349",
    "350",
    "351",
    "360",
    "366",
    "368",
    "370",
    "371",
    "375",
    "377",
    "380",
    "388",
    "389",
    "391",
    "392",
    "393",
)
_IT_LAND = ("02", "06", "011", "010", "051", "055", "081", "091", "041", "045", "049", "030", "035", "071", "080")


def phone_it(rng: random.Random, fmt: int) -> str:
    if rng.random() < 0.2:  # landline
        pre = rng.choice(_IT_LAND)
        rest = digits(rng, 10 - len(pre))
        return [f"{pre} {rest[:4]} {rest[4:]}", f"{pre}-{rest}", f"+39 {pre} {rest}", f"{pre}/{rest}", f"{pre} {rest}"][
            fmt % 5
        ]
    p, r = rng.choice(_IT_MOBILE), digits(rng, 7)
    forms = [
        f"+39 {p} {r[:3]} {r[3:]}",
        f"{p}-{r}",
        f"{p} {r}",
        f"{p}{r}",
        f"+39 {p}{r}",
        f"{p}.{r[:3]}.{r[3:]}",
        f"0039 {p} {r}",
        f"{p} {r[:3]} {r[3:]}",
        f"+39{p}{r}",
        f"{p} {r[:2]} {r[2:4]} {r[4:]}",
    ]
    return forms[fmt % len(forms)]


def phone_gb(rng: random.Random, fmt: int) -> str:
    if rng.random() < 0.3:  # landline
        code, rest = rng.choice(
            (
                ("20", 8),
                ("161", 7),
                ("113", 7),
                ("117", 7),
                ("121", 7),
                ("131", 7),
                ("141", 7),
                ("1865", 6),
                ("1223", 6),
                ("151", 7),
                ("114", 7),
                ("29", 8),
            )
        )
        num = digits(rng, rest)
        split = 4 if rest == 8 else 3
        return [
            f"0{code} {num[:split]} {num[split:]}",
            f"+44 {code} {num[:split]} {num[split:]}",
            f"+44 (0){code} {num[:split]} {num[split:]}",
            f"0{code}{num}",
        ][fmt % 4]
    num = "7" + rng.choice("3456789") + digits(rng, 8)
    forms = [
        f"0{num[:4]} {num[4:]}",
        f"+44 {num[:4]} {num[4:]}",
        f"0{num}",
        f"+44 (0){num[:4]} {num[4:]}",
        f"0{num[:4]} {num[4:7]} {num[7:]}",
        f"+44{num}",
        f"0{num[:3]} {num[3:6]} {num[6:]}",
    ]
    return forms[fmt % len(forms)]


def phone_us(rng: random.Random, fmt: int, area: str | None = None) -> str:
    area = area or rng.choice(("212", "415", "312", "617", "305", "206", "512", "303", "404", "702", "614", "919"))
    ex = rng.choice("23456789") + digits(rng, 2)
    ln = digits(rng, 4)
    forms = [
        f"({area}) {ex}-{ln}",
        f"{area}-{ex}-{ln}",
        f"{area}.{ex}.{ln}",
        f"+1 {area} {ex} {ln}",
        f"+1 ({area}) {ex}-{ln}",
        f"{area}{ex}{ln}",
        f"1-{area}-{ex}-{ln}",
        f"{area} {ex} {ln}",
    ]
    return forms[fmt % len(forms)]


# --- addresses ---------------------------------------------------------------------------------
def it_city(rng: random.Random, faker_it: object = None) -> tuple[str, str, str]:
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


def address_it(rng: random.Random, faker_it: object, layout: int) -> str:
    st = weighted(rng, IT_STREET_TYPES)
    name = rng.choice(IT_STREETS)
    num = str(rng.randint(1, 180))
    if rng.random() < 0.12:
        num += rng.choice(("/A", "/B", "/c", " bis", "A", "/2"))
    city, prov, cap = it_city(rng, faker_it)
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


def format_date(d: date, locale: str, fmt: int) -> str:
    """Dates as people write them; the same style serves birth dates and other dates of a document."""
    if locale == "it_IT":
        forms = [
            f"{d:%d/%m/%Y}",
            f"{d.day}/{d.month}/{d.year}",
            f"{d:%d-%m-%Y}",
            f"{d:%d.%m.%Y}",
            f"{d.day} {MONTHS_IT[d.month - 1]} {d.year}",
            f"{d:%Y-%m-%d}",
            f"{d:%d/%m/%y}",
            f"{d.day} {MONTHS_IT[d.month - 1][:3]} {d.year}",
        ]
    elif locale == "en_US":
        forms = [
            f"{d:%m/%d/%Y}",
            f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            f"{d.month}/{d.day}/{d.year}",
            f"{d:%Y-%m-%d}",
            f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
            f"{d:%m-%d-%Y}",
            f"{d.month}/{d.day}/{d:%y}",
        ]
    else:
        forms = [
            f"{d:%d/%m/%Y}",
            f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{_ord(d.day)} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{d:%d.%m.%Y}",
            f"{d:%Y-%m-%d}",
            f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
            f"{d:%d-%m-%Y}",
        ]
    return forms[fmt % len(forms)]


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


def passport(rng: random.Random, locale: str) -> str:
    if locale == "it_IT":
        return letters(rng, 2) + digits(rng, 7)
    if locale == "en_GB":
        return digits(rng, 9)
    return (rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)) if rng.random() < 0.5 else digits(rng, 9)


def id_card(rng: random.Random, locale: str, last: str, first: str, dob: date, female: bool) -> tuple[str, str]:
    """(number, kind): identity card or driving licence, as issued in the locale."""
    if locale == "it_IT":
        r = rng.random()
        if r < 0.5:
            return letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 5) + letters(rng, 2), "cie"
        if r < 0.7:
            return letters(rng, 2) + rng.choice(("", " ")) + digits(rng, 7), "carta"
        return letters(rng, 2) + digits(rng, 7) + letters(rng, 1), "patente"
    if locale == "en_GB":
        sur = (ascii_slug(last).upper() + "99999")[:5]
        month = dob.month + (50 if female else 0)
        dl = f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{ascii_slug(first)[:1].upper()}9"
        dl += letters(rng, 1) + digits(rng, 1) + letters(rng, 2)
        return dl, "licence"
    r = rng.random()
    if r < 0.5:
        return rng.choice(UPPER) + digits(rng, 7), "licence"
    if r < 0.8:
        d = digits(rng, 12)
        return f"{rng.choice(UPPER)}{d[:3]}-{d[3:7]}-{d[7:11]}", "licence"
    return digits(rng, 9), "state_id"


def license_plate(rng: random.Random, locale: str) -> str:
    plate_letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    if locale == "it_IT":
        a, n, b = letters(rng, 2, plate_letters), digits(rng, 3), letters(rng, 2, plate_letters)
        return rng.choice((f"{a}{n}{b}", f"{a} {n} {b}", f"{a}{n}{b}", f"{a}-{n}-{b}"))
    if locale == "en_GB":
        return f"{letters(rng, 2, plate_letters)}{rng.randint(10, 74):02d} {letters(rng, 3, plate_letters)}"
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


def medical_record_number(rng: random.Random, locale: str) -> str:
    if locale == "en_GB" and rng.random() < 0.6:
        return nhs_number(rng, spaced=rng.random() < 0.7)
    year = rng.choice(("2021", "2022", "2023", "2024", "2025"))
    if locale == "it_IT":
        return rng.choice(
            (
                f"{year}/{digits(rng, 6)}",
                f"{year}{digits(rng, 6)}",
                f"PZ-{digits(rng, 7)}",
                f"{digits(rng, 8)}",
                f"CC{year[2:]}-{digits(rng, 5)}",
            )
        )
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


def personal_url(rng: random.Random, first: str, last: str, user: str, locale: str) -> str:
    f, la = ascii_slug(first), ascii_slug(last)
    tld = ".it" if locale == "it_IT" else rng.choice((".com", ".co.uk" if locale == "en_GB" else ".com", ".net", ".me"))
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
