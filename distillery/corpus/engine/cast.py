"""The people of a document: names (Faker) and every personal attribute, created lazily."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from ..data import values as V
from ..data.geo import IT_CITIES

# First names and surnames that are also common words: the student must tell them apart by context.
WORD_FIRST = {
    ("it", "F"): (
        "Rosa",
        "Bianca",
        "Sole",
        "Stella",
        "Gioia",
        "Serena",
        "Chiara",
        "Speranza",
        "Letizia",
        "Viola",
        "Margherita",
        "Aurora",
        "Marina",
        "Vera",
        "Grazia",
        "Fortuna",
        "Allegra",
        "Celeste",
        "Perla",
    ),
    ("it", "M"): (
        "Felice",
        "Fortunato",
        "Sereno",
        "Leone",
        "Franco",
        "Benvenuto",
        "Angelo",
        "Santo",
        "Primo",
        "Amato",
        "Fiore",
        "Vittorio",
        "Innocente",
        "Libero",
        "Orlando",
    ),
    ("en", "F"): (
        "Grace",
        "Faith",
        "Hope",
        "Joy",
        "Rose",
        "April",
        "June",
        "May",
        "Summer",
        "Ivy",
        "Holly",
        "Daisy",
        "Amber",
        "Ruby",
        "Dawn",
        "Iris",
        "Lily",
        "Pearl",
        "Sky",
        "Autumn",
        "Bianca",
    ),
    ("en", "M"): (
        "Mark",
        "Will",
        "Bill",
        "Frank",
        "Rich",
        "Grant",
        "Chase",
        "Hunter",
        "Mason",
        "Miles",
        "Jack",
        "Art",
        "Drew",
        "Guy",
        "Norman",
        "Lance",
        "Rocky",
        "Sonny",
        "Forrest",
        "Sterling",
    ),
}
WORD_LAST = {
    "it": (
        "Bianco",
        "Neri",
        "Moro",
        "Gallo",
        "Ferro",
        "Porta",
        "Fiore",
        "Sala",
        "Conte",
        "Leone",
        "Monti",
        "Villa",
        "Testa",
        "Grasso",
        "Longo",
        "Piccolo",
        "Costa",
        "Marino",
        "Santo",
        "Bello",
        "Rosa",
        "Mancini",
        "Sole",
    ),
    "en": (
        "Baker",
        "Young",
        "King",
        "White",
        "Brown",
        "Green",
        "Black",
        "Hill",
        "Wood",
        "Stone",
        "Rich",
        "Church",
        "Fox",
        "Bird",
        "Cook",
        "Rose",
        "Hunter",
        "Page",
        "Bishop",
        "Marsh",
        "Bell",
        "Little",
        "Long",
        "Swift",
        "Hope",
    ),
}

_IT_TITLES = {
    "M": ("Sig.", "Sig.", "Sig.", "Dott.", "Avv.", "Ing.", "Prof."),
    "F": ("Sig.ra", "Sig.ra", "Sig.ra", "Dott.ssa", "Avv.", "Ing.", "Prof.ssa"),
}
_EN_TITLES = {"M": ("Mr", "Mr", "Mr", "Dr", "Prof"), "F": ("Ms", "Mrs", "Ms", "Miss", "Dr")}


class Person:
    """One person. Attributes are drawn on first use, so unused ones cost nothing."""

    def __init__(self, ctx: Any, locale: str) -> None:
        self.ctx = ctx
        rng: random.Random = ctx.rng
        self.locale = locale  # where the name comes from
        self.home = ctx.locale  # where they live (address, phone, documents)
        self.lang = "it" if locale == "it_IT" else "en"
        self.gender = "F" if rng.random() < 0.5 else "M"
        fk = ctx.fakers[locale]
        if rng.random() < 0.08:
            self.first = rng.choice(WORD_FIRST[(self.lang, self.gender)])
        else:
            self.first = fk.first_name_female() if self.gender == "F" else fk.first_name_male()
        self.last = rng.choice(WORD_LAST[self.lang]) if rng.random() < 0.06 else fk.last_name()
        self.middle = rng.choice("ABCDEFGHJKLMPRSTW") + "." if locale == "en_US" and rng.random() < 0.1 else ""
        self.dob: date = V.birth_date(rng)
        it_city = rng.choices(IT_CITIES, weights=[c[4] for c in IT_CITIES])[0]
        self.birthplace = (
            it_city[0]
            if self.home == "it_IT"
            else rng.choice(("London", "Leeds", "Boston", "Dublin", "Chicago", "Glasgow", "Denver"))
        )
        self.place_code = it_city[3] if locale == "it_IT" else "Z" + rng.choice(("114", "404", "116"))
        titles = _IT_TITLES if ctx.lang == "it" else _EN_TITLES
        self.title = rng.choice(titles[self.gender])
        if ctx.locale == "en_US" and self.title in ("Mr", "Ms", "Mrs", "Dr", "Prof"):
            self.title += "."
        self._cache: dict[str, str] = {}

    @property
    def female(self) -> bool:
        return self.gender == "F"

    @property
    def full(self) -> str:
        return f"{self.first} {self.middle} {self.last}" if self.middle else f"{self.first} {self.last}"

    def get(self, attr: str) -> str:
        if attr not in self._cache:
            self._cache[attr] = self._make(attr)
        return self._cache[attr]

    def _make(self, attr: str) -> str:  # noqa: C901 - one branch per attribute is the clearest form
        ctx, rng, st = self.ctx, self.ctx.rng, self.ctx.style
        home = self.home
        if attr == "email2":  # a second address of the same person ("or maybe ...")
            for _ in range(5):
                other = V.email_from_name(rng, self.first, self.last, self.dob.year, V.EMAIL_DOMAINS[home])
                if other != self.get("email"):
                    return other
            return "x" + other
        if attr == "email":
            return V.email_from_name(rng, self.first, self.last, self.dob.year, V.EMAIL_DOMAINS[home])
        if attr == "work_email":
            dom = ctx.slot_value("company_domain")
            f, la = V.ascii_slug(self.first), V.ascii_slug(self.last)
            local = rng.choice((f"{f}.{la}", f"{f[0]}.{la}", f"{f[0]}{la}", f))
            tld = "it" if home == "it_IT" else rng.choice(("com", "co.uk" if home == "en_GB" else "com"))
            return f"{local}@{dom}.{tld}"
        if attr in ("phone", "phone2"):
            if home == "it_IT":
                return V.phone_it(rng, st.phone_fmt)
            if home == "en_GB":
                return V.phone_gb(rng, st.phone_fmt)
            return V.phone_us(rng, st.phone_fmt, rng.choice(self._us_areas()) if self._us_areas() else None)
        if attr in ("addr", "addr_ml"):
            layout = st.addr_layout
            if attr == "addr_ml":
                layout = {"it_IT": 2, "en_GB": 1, "en_US": 1}[home]
            elif layout in ({"it_IT": (2, 7), "en_GB": (1, 4), "en_US": (1,)}[home]) and not st.multiline_ok:
                layout = 0
            if home == "it_IT":
                return V.address_it(rng, ctx.fakers["it_IT"], layout)
            if home == "en_GB":
                return V.address_gb(rng, layout)
            text, areas = V.address_us(rng, layout)
            self._cache["_areas"] = ",".join(areas)
            return text
        if attr == "dob":
            return V.format_date(self.dob, home, st.date_fmt)
        if attr == "cf":
            return V.codice_fiscale(self.first, self.last, self.dob, self.female, self.place_code)
        if attr == "piva":
            return V.partita_iva(rng, st.piva_prefix)
        if attr == "iban":
            value = V.iban_gb(rng) if home == "en_GB" or (home == "en_US" and rng.random() < 0.5) else V.iban_it(rng)
            return V.space_groups(value) if st.iban_spaced else value
        if attr == "card":
            return V.credit_card(rng, st.card_fmt)
        if attr == "ssn":
            if home == "en_GB":
                return V.nino_gb(rng, st.spaced_ids)
            return V.ssn_us(rng, dashed=st.spaced_ids or rng.random() < 0.8)
        if attr == "passport":
            return V.passport(rng, home)
        if attr == "idcard":
            number, kind = V.id_card(rng, home, self.last, self.first, self.dob, self.female)
            self._cache["_idkind"] = kind
            return number
        if attr == "plate":
            return V.license_plate(rng, home)
        if attr == "ip":
            return V.ip_address(rng)
        if attr == "user":
            return V.username(rng, self.first, self.last, self.dob.year)
        if attr == "pwd":
            return V.password(rng, self.first, self.dob.year)
        if attr == "apikey":
            return V.api_key(rng)
        if attr == "mrn":
            return V.medical_record_number(rng, home)
        if attr == "url":
            return V.personal_url(rng, self.first, self.last, self.get("user"), home)
        raise KeyError(attr)

    def _us_areas(self) -> list[str]:
        areas = self._cache.get("_areas")
        return areas.split(",") if areas else []

    def idkind(self) -> str:
        self.get("idcard")
        return self._cache["_idkind"]
