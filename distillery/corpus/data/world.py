"""People, addresses and phones from the whole world, for the Italian and English documents.

A document is set in Italy, the UK or the US (`locales.py`), but some of its people come from
elsewhere: a Hungarian written family name first, a Spaniard with two surnames, a Dutchman "van der
Berg", a Japanese or Chinese name in romanized form, an Arabic name with "al-" or "bin". Some of them
live abroad: their address is written as their country writes it (Faker's locales, one line or several,
apartment lines, P.O. boxes, street corners) and their phone number comes from their country's
numbering plan (phonenumbers' example numbers with other digits, national or international format).

`cast.Person` asks `pick` for a foreign origin, `name` for the name and `address` / `phone` for where
the person lives; the values are then written as any other person value, so every kind benefits.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import values as V

# Shares, measured on generated documents by tests/test_corpus_world.py.
WORLD_SHARE = 0.24  # of a document's people whose name comes from one of WORLD (8 % more come from it/en)
ABROAD_SHARE = 0.75  # of those who also live in their country (address and phone from there)
EXPAT_SHARE = 0.09  # of the others who live abroad all the same


@dataclass(frozen=True)
class WorldName:
    first: str
    last: str
    middle: str = ""  # "Q." of John Q. Public
    family_first: bool = False  # written "Nagy István", "Yamada Taro"


@dataclass(frozen=True)
class World:
    """A country people of a document may come from."""

    code: str  # Faker's locale for names and addresses
    region: str  # phonenumbers' region for phones
    country: tuple[str, str]  # its name in Italian and in English
    cf_code: str  # codice fiscale place code of people born there
    weight: int
    script: str = "latin"  # "latin": Faker's names as they are; "translit": transliterated; "romanized"; "arabic"
    family_first: float = 0.0  # share of names written family name first
    double_surname: float = 0.0  # "García Márquez"
    hyphenated: float = 0.0  # "Müller-Lüdenscheidt"
    # "von", drawn before any surname now and then (Faker's Dutch and Portuguese surnames carry their own
    # "van der", "da", "dos")
    particles: tuple[str, ...] = ()
    middle_initial: float = 0.0
    address: str = "faker"  # Faker's addresses ("faker"), transliterated ("translit"), or a kind of _own_lines
    po_box: str = "P.O. Box"  # how a post office box is written there
    units: tuple[str, ...] = ("Apt {n}",)  # apartment / suite lines ({n} a number, {l} a letter)


WORLD: tuple[World, ...] = (
    World("ro_RO", "RO", ("Romania", "Romania"), "Z129", 6, po_box="Căsuța poștală", units=("Ap. {n}",)),
    World("sq_AL", "AL", ("Albania", "Albania"), "Z100", 4, script="own", address="albania", po_box="Kutia postare"),
    World(
        "es_ES",
        "ES",
        ("Spagna", "Spain"),
        "Z131",
        5,
        double_surname=0.6,
        po_box="Apartado de correos",
        units=("{n}º {l}", "Piso {n}, puerta {l}"),
    ),
    World(
        "es_MX", "MX", ("Messico", "Mexico"), "Z514", 3, double_surname=0.6, address="mexico", po_box="Apartado Postal"
    ),
    World("es_AR", "AR", ("Argentina", "Argentina"), "Z600", 2, double_surname=0.2, po_box="Casilla de Correo"),
    World(
        "pt_BR",
        "BR",
        ("Brasile", "Brazil"),
        "Z602",
        4,
        double_surname=0.35,
        po_box="Caixa Postal",
        units=("Apto {n}",),
    ),
    World(
        "pt_PT",
        "PT",
        ("Portogallo", "Portugal"),
        "Z128",
        2,
        double_surname=0.4,
        po_box="Apartado",
        units=("{n}º Esq.", "{n}º Dto."),
    ),
    World(
        "de_DE",
        "DE",
        ("Germania", "Germany"),
        "Z112",
        6,
        hyphenated=0.1,
        particles=("von", "von der"),
        po_box="Postfach",
        units=("Wohnung {n}", "{n}. OG"),
    ),
    World("de_AT", "AT", ("Austria", "Austria"), "Z102", 2, hyphenated=0.05, po_box="Postfach", units=("Top {n}",)),
    World("de_CH", "CH", ("Svizzera", "Switzerland"), "Z133", 3, po_box="Postfach", units=("Wohnung {n}",)),
    World(
        "fr_FR",
        "FR",
        ("Francia", "France"),
        "Z110",
        6,
        hyphenated=0.06,
        particles=("de",),
        po_box="BP",
        units=("Appartement {n}", "Bât. {l}, appt {n}"),
    ),
    World("fr_CA", "CA", ("Canada", "Canada"), "Z401", 1, po_box="C.P.", units=("app. {n}",)),
    World("nl_NL", "NL", ("Paesi Bassi", "Netherlands"), "Z126", 4, po_box="Postbus", units=("{n}-hoog",)),
    World("nl_BE", "BE", ("Belgio", "Belgium"), "Z103", 2, po_box="Postbus", units=("bus {n}",)),
    World("hu_HU", "HU", ("Ungheria", "Hungary"), "Z134", 3, family_first=0.6, po_box="Pf.", units=("{n}. em. {n}.",)),
    World("sv_SE", "SE", ("Svezia", "Sweden"), "Z132", 3, hyphenated=0.06, po_box="Box", units=("lgh 1{n}0{n}",)),
    World("da_DK", "DK", ("Danimarca", "Denmark"), "Z107", 2, po_box="Postboks", units=("{n}. tv.", "st. th.")),
    World("no_NO", "NO", ("Norvegia", "Norway"), "Z125", 2, po_box="Postboks", units=("H0{n}0{n}",)),
    World("fi_FI", "FI", ("Finlandia", "Finland"), "Z109", 2, po_box="PL", units=("A {n}", "B {n}")),
    World("cs_CZ", "CZ", ("Repubblica Ceca", "Czech Republic"), "Z156", 2, po_box="P.O. Box", units=("byt {n}",)),
    World("sk_SK", "SK", ("Slovacchia", "Slovakia"), "Z155", 1, po_box="P.O. Box", units=("byt {n}",)),
    World(
        "pl_PL", "PL", ("Polonia", "Poland"), "Z127", 4, hyphenated=0.05, po_box="Skrytka pocztowa", units=("m. {n}",)
    ),
    World("hr_HR", "HR", ("Croazia", "Croatia"), "Z149", 2, po_box="p.p."),
    World("el_GR", "GR", ("Grecia", "Greece"), "Z115", 2, script="translit", address="translit", po_box="T.TH."),
    World("ru_RU", "RU", ("Russia", "Russia"), "Z154", 2, script="translit", address="translit", po_box="a/ya"),
    World("uk_UA", "UA", ("Ucraina", "Ukraine"), "Z138", 4, script="translit", address="translit", po_box="a/s"),
    World("tr_TR", "TR", ("Turchia", "Turkey"), "Z243", 3, address="turkey", po_box="P.K.", units=("D: {n}",)),
    World("ar_EG", "EG", ("Egitto", "Egypt"), "Z336", 3, script="arabic", address="egypt", units=("Apt {n}",)),
    World("ar_MA", "MA", ("Marocco", "Morocco"), "Z330", 4, script="arabic", address="morocco", po_box="BP"),
    World(
        "ar_AE",
        "AE",
        ("Emirati Arabi Uniti", "United Arab Emirates"),
        "Z215",
        2,
        script="arabic",
        address="uae",
        units=("Villa {n}", "Flat {n}0{n}"),
    ),
    World(
        "ja_JP",
        "JP",
        ("Giappone", "Japan"),
        "Z219",
        2,
        script="romanized",
        family_first=0.4,
        address="japan",
        po_box="P.O. Box",
    ),
    World(
        "zh_CN",
        "CN",
        ("Cina", "China"),
        "Z210",
        5,
        script="romanized",
        family_first=0.7,
        address="china",
        po_box="P.O. Box",
        units=("Room {n}0{n}",),
    ),
    World("vi_VN", "VN", ("Vietnam", "Vietnam"), "Z251", 1, family_first=0.7, address="faker"),
    World("en_IN", "IN", ("India", "India"), "Z222", 4, middle_initial=0.1, units=("Flat {n}0{n}",)),
    World("en_NG", "NG", ("Nigeria", "Nigeria"), "Z335", 2, middle_initial=0.1, address="nigeria"),
    World(
        "en_AU",
        "AU",
        ("Australia", "Australia"),
        "Z700",
        2,
        middle_initial=0.1,
        po_box="PO Box",
        units=("Unit {n}", "Suite {n}"),
    ),
    World("en_IE", "IE", ("Irlanda", "Ireland"), "Z116", 2, middle_initial=0.05, po_box="PO Box"),
    World(
        "en_CA",
        "CA",
        ("Canada", "Canada"),
        "Z401",
        2,
        middle_initial=0.15,
        po_box="PO Box",
        units=("Suite {n}", "Unit {n}"),
    ),
    World("fil_PH", "PH", ("Filippine", "Philippines"), "Z216", 2, middle_initial=0.3, address="faker"),
    World("id_ID", "ID", ("Indonesia", "Indonesia"), "Z223", 1, address="faker", po_box="Kotak Pos"),
)
_WEIGHTS = [w.weight for w in WORLD]


def pick(rng: random.Random) -> World:
    return rng.choices(WORLD, weights=_WEIGHTS)[0]


@cache
def _faker(code: str) -> Any:
    from faker import Faker  # imported lazily: Faker loads many providers

    # Only the providers used here: building a Faker with all of them scans every provider's locales (~50 ms).
    return Faker(code, providers=["faker.providers.person", "faker.providers.address", *_MORE_PROVIDERS.get(code, ())])


# Providers a locale's address formats read besides person and address (tests/test_corpus_world.py checks).
_MORE_PROVIDERS = {"fil_PH": ("faker.providers.misc",)}


def faker(rng: random.Random, code: str) -> Any:
    """Faker for `code`, seeded from the document's random source (same seed, same document)."""
    fk = _faker(code)
    fk.seed_instance(rng.getrandbits(32))
    return fk


def _translit(text: str) -> str:
    from faker.decode import unidecode

    return unidecode(text)


# --- names ---------------------------------------------------------------------------------------
# Romanized Arabic names: given names, and family names with their particles.
_AR_FIRST = {
    "M": (
        "Mohammed",
        "Ahmed",
        "Omar",
        "Youssef",
        "Khalid",
        "Hassan",
        "Karim",
        "Tariq",
        "Samir",
        "Mahmoud",
        "Rachid",
        "Hamza",
        "Ibrahim",
        "Mustafa",
        "Nabil",
        "Abdullah",
        "Walid",
        "Amine",
        "Bilal",
        "Faisal",
    ),
    "F": (
        "Fatima",
        "Aisha",
        "Mariam",
        "Nour",
        "Layla",
        "Salma",
        "Yasmin",
        "Amina",
        "Hana",
        "Rania",
        "Khadija",
        "Zainab",
        "Samira",
        "Leila",
        "Imane",
        "Dalia",
        "Noura",
        "Houda",
        "Asma",
        "Sara",
    ),
}
_AR_FAMILY = (
    "Rashid",
    "Mansour",
    "Haddad",
    "Farouk",
    "Nasser",
    "Saleh",
    "Qasim",
    "Amrani",
    "Tazi",
    "Bennani",
    "Hakimi",
    "Mahmoud",
    "Zahrani",
    "Otaibi",
    "Shamsi",
    "Masri",
    "Sayed",
    "Alaoui",
    "Idrissi",
    "Fassi",
)


# Names of a country Faker has no person names for: (female first names, male first names, surnames).
_OWN_NAMES = {
    "sq_AL": (
        ("Arta", "Blerina", "Dorina", "Elira", "Enkela", "Fatjona", "Jonida", "Klea", "Mirela", "Rezarta", "Anila"),
        ("Arben", "Besnik", "Dritan", "Ermal", "Gentian", "Ilir", "Klodian", "Luan", "Marsel", "Sokol", "Altin"),
        ("Hoxha", "Shehu", "Kola", "Gjoka", "Berisha", "Krasniqi", "Dervishi", "Leka", "Çela", "Marku", "Basha"),
    ),
}


def _arabic_last(rng: random.Random) -> str:
    fam = rng.choice(_AR_FAMILY)
    form = rng.random()
    if form < 0.3:
        return f"al-{fam}"
    if form < 0.4:
        return f"Al {fam}"
    if form < 0.5:
        return f"El {fam}"
    if form < 0.62:
        return f"bin {rng.choice(_AR_FIRST['M'])}"
    if form < 0.68:
        return f"Abdel {rng.choice(('Aziz', 'Rahman', 'Karim', 'Hamid'))}"
    return fam


_CLEAN = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+)*$")


def _ok(*parts: str) -> bool:
    return all(_CLEAN.match(p) and V.ascii_slug(p) for p in parts)


def _draw_name(rng: random.Random, w: World, female: bool) -> tuple[str, str]:
    if w.script == "arabic":
        return rng.choice(_AR_FIRST["F" if female else "M"]), _arabic_last(rng)
    if w.script == "own":
        females, males, lasts = _OWN_NAMES[w.code]
        return rng.choice(females if female else males), rng.choice(lasts)
    fk = faker(rng, w.code)
    if w.script == "romanized":
        first = fk.first_romanized_name_female() if female and hasattr(fk, "first_romanized_name_female") else None
        if first is None:
            first = fk.first_romanized_name_male() if hasattr(fk, "first_romanized_name_male") else None
        return first or fk.first_romanized_name(), fk.last_romanized_name()
    first = fk.first_name_female() if female else fk.first_name_male()
    last = fk.last_name_female() if female else fk.last_name_male()
    if w.double_surname and rng.random() < w.double_surname:
        second = fk.last_name()
        if second != last and " " not in last:
            last = f"{last} {second}"
    elif w.hyphenated and rng.random() < w.hyphenated:
        second = fk.last_name_female() if female else fk.last_name_male()
        if second != last:
            last = f"{last}-{second}"
    if w.script == "translit":
        first, last = _translit(first), _translit(last)
    return first, last


def name(rng: random.Random, w: World, female: bool) -> WorldName:
    """A name of someone from `w`, in Latin letters, with the country's particles and orders."""
    for _ in range(5):
        first, last = _draw_name(rng, w, female)
        if _ok(first, last):
            break
    else:
        first, last = ("Anna", "Novak") if female else ("Adam", "Novak")
    if w.particles and rng.random() < 0.08 and " " not in last:
        last = f"{rng.choice(w.particles)} {last}"
    middle = rng.choice("ABCDEFGHJKLMNPQRSTW") + "." if w.middle_initial and rng.random() < w.middle_initial else ""
    family_first = bool(w.family_first) and rng.random() < w.family_first
    return WorldName(first, last, middle, family_first)


# --- phones --------------------------------------------------------------------------------------
@cache
def _numbering(region: str, mobile: bool) -> tuple[int, tuple[str, ...]]:
    """How many trailing digits of the region's example number may change, and the example written in
    each format. Worked out once per region: phonenumbers compiles its patterns on every call, and
    asking it for each document would slow generation down by half."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat as F

    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(example)
    probe = random.Random(region)  # the same on every run
    free = 2
    for n_free in range(max(2, len(nsn) - 3), 1, -1):  # as many free digits as keep every probe valid
        head = f"+{example.country_code}{nsn[: len(nsn) - n_free]}"
        if all(phonenumbers.is_valid_number(phonenumbers.parse(head + V.digits(probe, n_free))) for _ in range(30)):
            free = n_free
            break
    intl = phonenumbers.format_number(example, F.INTERNATIONAL)
    national = phonenumbers.format_number(example, F.NATIONAL)
    forms = (
        intl,
        national,
        phonenumbers.format_number(example, F.E164),
        "00" + intl[1:],
        intl,
        national.replace(" ", ""),
    )
    return free, forms


def phone(rng: random.Random, w: World, fmt: int) -> str:
    """A phone number of `w`'s numbering plan: its example number with other trailing digits, in one of
    the national and international formats (`fmt`, drawn once per document)."""
    free, forms = _numbering(w.region, rng.random() < 0.75)
    new = V.digits(rng, free)
    out = list(forms[fmt % len(forms)])
    i = len(out) - 1
    for digit in reversed(new):  # the last digits of every format are the last digits of the number
        while not out[i].isdigit():
            i -= 1
        out[i] = digit
        i -= 1
    return "".join(out)


# --- addresses -----------------------------------------------------------------------------------
def _tidy(lines: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip(" ,") for line in lines if line.strip(" ,")]


def _faker_lines(rng: random.Random, w: World) -> list[str]:
    fk = faker(rng, w.code)
    lines = _tidy(fk.address().split("\n"))
    if len(lines) == 1 and ", " in lines[0]:  # some locales write it on one line: break before the town
        lines = _tidy(lines[0].rsplit(", ", 1))
    if len(lines) == 1:
        lines = _tidy([fk.street_address().replace("\n", " "), f"{fk.postcode()} {fk.city()}"])
    return [_translit(line) for line in lines] if w.address == "translit" else lines


def _street(rng: random.Random, w: World) -> str:
    """A street name without a number (for corners)."""
    if w.address in ("faker", "translit"):
        s = faker(rng, w.code).street_name()
        return _translit(s) if w.address == "translit" else s
    return rng.choice(_STREETS.get(w.address, ("Main Street", "Station Road")))


def _city_line(rng: random.Random, w: World) -> str:
    """The postcode and city line of an address (the last line of a Faker address)."""
    return _lines(rng, w)[-1]


_JP = (
    ("Tokyo", "Shibuya-ku", "Jingumae", "150"),
    ("Tokyo", "Minato-ku", "Roppongi", "106"),
    ("Osaka", "Kita-ku", "Umeda", "530"),
    ("Kyoto", "Nakagyo-ku", "Karasuma", "604"),
    ("Yokohama", "Naka-ku", "Yamashita-cho", "231"),
    ("Sapporo", "Chuo-ku", "Kita 3-jo", "060"),
)
_CN = (
    ("Beijing", "Chaoyang District", "Jianguo Road", "100"),
    ("Shanghai", "Pudong New Area", "Century Avenue", "200"),
    ("Guangzhou", "Tianhe District", "Tiyu West Road", "510"),
    ("Shenzhen", "Futian District", "Shennan Road", "518"),
    ("Hangzhou", "Xihu District", "Wensan Road", "310"),
    ("Chengdu", "Jinjiang District", "Chunxi Road", "610"),
)
_STREETS = {
    "albania": ("Rruga Myslym Shyri", "Rruga e Durrësit", "Bulevardi Zogu I", "Rruga Ismail Qemali", "Rruga e Kavajës"),
    "mexico": ("Avenida Juárez", "Calle Madero", "Avenida Insurgentes Sur", "Calle 5 de Mayo", "Paseo de la Reforma"),
    "turkey": ("Atatürk Caddesi", "İstiklal Caddesi", "Bağdat Caddesi", "Cumhuriyet Caddesi", "Barbaros Bulvarı"),
    "egypt": (
        "Tahrir Street",
        "Abbas El Akkad Street",
        "Gamet El Dowal Street",
        "Corniche El Nil",
        "Mohamed Farid Street",
    ),
    "morocco": ("Rue Ibn Batouta", "Boulevard Mohammed V", "Avenue Hassan II", "Rue Allal Ben Abdellah", "Rue de Fès"),
    "uae": ("Sheikh Zayed Road", "Al Wasl Road", "Jumeirah Beach Road", "Al Khail Road", "Hamdan Street"),
    "nigeria": ("Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Herbert Macaulay Way", "Ahmadu Bello Way"),
    "japan": ("Omotesando", "Meiji-dori", "Aoyama-dori", "Midosuji"),
    "china": ("Jianguo Road", "Nanjing Road", "Huaihai Road", "Renmin Road", "Zhongshan Road"),
}
_CITIES = {
    "albania": (("1001", "Tiranë"), ("2001", "Durrës"), ("9401", "Vlorë"), ("4001", "Shkodër")),
    "mexico": (
        ("06000", "Ciudad de México, CDMX"),
        ("44100", "Guadalajara, Jal."),
        ("64000", "Monterrey, N.L."),
        ("72000", "Puebla, Pue."),
    ),
    "turkey": (
        ("34710", "Kadıköy/İstanbul"),
        ("06420", "Çankaya/Ankara"),
        ("35220", "Konak/İzmir"),
        ("07100", "Muratpaşa/Antalya"),
    ),
    "egypt": (("11511", "Cairo"), ("12611", "Dokki, Giza"), ("21599", "Alexandria"), ("11371", "Heliopolis, Cairo")),
    "morocco": (("20000", "Casablanca"), ("10000", "Rabat"), ("40000", "Marrakech"), ("30000", "Fès")),
    "uae": (("", "Dubai"), ("", "Abu Dhabi"), ("", "Sharjah")),
    "nigeria": (
        ("101241", "Victoria Island, Lagos"),
        ("100001", "Ikeja, Lagos"),
        ("900211", "Abuja"),
        ("200001", "Ibadan"),
    ),
}


def _own_lines(rng: random.Random, w: World) -> list[str]:
    kind = w.address
    n = rng.randint(1, 180)
    if kind == "japan":
        city, ward, area, zp = rng.choice(_JP)
        return [
            f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {area}",
            f"{ward}, {city} {zp}-{V.digits(rng, 4)}",
        ]
    if kind == "china":
        city, district, road, zp = rng.choice(_CN)
        return [f"No. {n} {road}", f"{district}, {city} {zp}{V.digits(rng, 3)}"]
    street = rng.choice(_STREETS[kind])
    zp, city = rng.choice(_CITIES[kind])
    if kind == "uae":
        return [f"{street}, {rng.choice(('Al Barsha 1', 'Jumeirah 2', 'Deira', 'Al Nahyan', 'Business Bay'))}", city]
    if kind == "turkey":
        return [f"{street} No: {n}", f"{zp} {city}"]
    if kind == "mexico":
        return [f"{street} {n}, Col. {rng.choice(('Centro', 'Roma Norte', 'Del Valle', 'Polanco'))}", f"{zp} {city}"]
    if kind in ("egypt", "nigeria"):
        return [f"{n} {street}", f"{city} {zp}"]
    return [f"{street} {n}" if kind == "albania" else f"{n} {street}", f"{zp} {city}"]


def _lines(rng: random.Random, w: World) -> list[str]:
    return _faker_lines(rng, w) if w.address in ("faker", "translit") else _own_lines(rng, w)


def _unit(rng: random.Random, w: World) -> str:
    return rng.choice(w.units).format(n=rng.randint(1, 9), l=rng.choice("ABCD"))


def address(rng: random.Random, w: World, lang: str, multiline: bool) -> str:
    """An address in `w` as written there: one line, or several with `multiline`, the country at the
    end now and then (in the document's language). Postcode and city are always inside it."""
    r = rng.random()
    if r < 0.07:  # post office box
        lines = [f"{w.po_box} {rng.randint(1, 9999)}", _city_line(rng, w)]
    elif r < 0.12:  # a street corner
        a, b = _street(rng, w), _street(rng, w)
        if a == b:
            b = _street(rng, w)
        corner = f"corner of {a} and {b}" if lang == "en" else f"{a} angolo {b}"
        lines = [corner, _city_line(rng, w)]
    else:
        lines = _lines(rng, w)
        if rng.random() < 0.15:  # an apartment or suite line
            lines.insert(0 if multiline and rng.random() < 0.5 else 1, _unit(rng, w))
    if rng.random() < 0.45:
        lines.append(w.country[0 if lang == "it" else 1])
    return "\n".join(lines) if multiline else ", ".join(lines)


# --- the same for the people living in the document's country ---------------------------------------
def po_box_it(rng: random.Random, multiline: bool) -> str:
    city, prov, cap = V.it_city(rng)
    box = rng.choice(("Casella postale", "Casella Postale", "C.P.", "Cas. post."))
    return f"{box} {rng.randint(1, 999)}{chr(10) if multiline else ', '}{cap} {city} ({prov})"


def po_box_gb(rng: random.Random, multiline: bool) -> str:
    from .geo import UK_TOWNS

    town, areas = rng.choice(UK_TOWNS)
    sep = "\n" if multiline else ", "
    return f"{rng.choice(('PO Box', 'P.O. Box'))} {rng.randint(1, 9999)}{sep}{town}{sep}{V.postcode_gb(rng, areas[0])}"


def po_box_us(rng: random.Random, multiline: bool) -> str:
    """A P.O. box or a US military address (APO / FPO / DPO with its AE / AP / AA state code)."""
    from .geo import US_CITIES

    sep = "\n" if multiline else ", "
    if rng.random() < 0.5:
        city, state, zp, _areas = rng.choice(US_CITIES)
        return f"{rng.choice(('PO Box', 'P.O. Box'))} {rng.randint(1, 9999)}{sep}{city}, {state} {zp}{V.digits(rng, 2)}"
    post, zone, zp = rng.choice(
        (
            ("APO", "AE", "090"),
            ("APO", "AP", "962"),
            ("FPO", "AP", "966"),
            ("FPO", "AE", "095"),
            ("DPO", "AE", "098"),
            ("APO", "AA", "340"),
        )
    )
    unit = rng.choice(
        (
            f"PSC {rng.randint(1, 9999)}, Box {rng.randint(1, 9999)}",
            f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 999)}",
            f"CMR {rng.randint(400, 499)} Box {rng.randint(1, 9999)}",
        )
    )
    return f"{unit}{sep}{post} {zone} {zp}{V.digits(rng, 2)}"


PO_BOX_SHARE = 0.04  # of the addresses of people living in the document's country
Maker = Callable[[random.Random, bool], str]  # a PO box maker of locales.Locale
