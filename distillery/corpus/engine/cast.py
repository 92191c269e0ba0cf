"""The people of a document: names (Faker) and every personal attribute, created lazily."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

from ..data import values as V
from ..data import world as W
from ..data.geo import IT_CITIES
from ..data.locales import LOCALES, Locale, format_date, voice
from ..data.names import WORD_FIRST, WORD_LAST
from .style import DocStyle


class Person:
    """One person. Attributes are drawn on first use, so unused ones cost nothing."""

    def __init__(self, ctx: Any, locale: str, world: W.World | None = None) -> None:
        """A person whose name comes from `locale` (one of LOCALES), or from `world` when given
        (then `locale` is the document's); who lives in the document's country, or in `abroad`."""
        self.ctx = ctx
        rng: random.Random = ctx.rng
        self.locale = locale  # where the name comes from
        self.home = ctx.locale  # where they live (documents, e-mail providers, bank)
        origin, home = LOCALES[locale], LOCALES[ctx.locale]
        self.lang = origin.lang
        self.gender = "F" if rng.random() < 0.5 else "M"
        self.world = world  # the country of a name from elsewhere
        self.family_first = False  # "Nagy István": the full name starts with the family name
        if world is not None:
            wn = W.name(rng, world, self.gender == "F")
            self.first, self.last, self.middle, self.family_first = wn.first, wn.last, wn.middle, wn.family_first
        else:
            fk = ctx.fakers[locale]
            if rng.random() < 0.08:
                self.first = rng.choice(WORD_FIRST[(self.lang, self.gender)])
            else:
                self.first = fk.first_name_female() if self.gender == "F" else fk.first_name_male()
            self.last = rng.choice(WORD_LAST[self.lang]) if rng.random() < 0.06 else fk.last_name()
            self.middle = rng.choice("ABCDEFGHJKLMPRSTW") + "." if origin.middle_initials and rng.random() < 0.1 else ""
        # Where the address and the phone number come from: mostly the document's country.
        abroad_share = W.ABROAD_SHARE if world is not None else W.EXPAT_SHARE
        self.abroad: W.World | None = None
        if rng.random() < abroad_share:
            self.abroad = world or W.pick(rng)
        self.dob: date = V.birth_date(rng)
        it_city = rng.choices(IT_CITIES, weights=[c[4] for c in IT_CITIES])[0]
        self.birthplace = rng.choice(home.born_abroad) if home.born_abroad else it_city[0]
        if world is not None:
            self.place_code = world.cf_code
        else:
            self.place_code = rng.choice(origin.cf_place_codes) if origin.cf_place_codes else it_city[3]
        words = voice(ctx.lang, ctx.locale)  # an English passage of an Italian document has English titles
        self.title = rng.choice(words.titles[self.gender])
        if words.title_dot and self.title in ("Mr", "Ms", "Mrs", "Dr", "Prof"):
            self.title += "."
        self._cache: dict[str, str] = {}

    @property
    def female(self) -> bool:
        return self.gender == "F"

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.middle} {self.last}" if self.middle else f"{self.first} {self.last}"

    def get(self, attr: str) -> str:
        if attr not in self._cache:
            self._cache[attr] = self._make(attr)
        return self._cache[attr]

    def _make(self, attr: str) -> str:
        make = _ATTRS.get(attr)
        if make is None:
            raise KeyError(attr)
        return make(self, self.ctx.rng, self.ctx.style, LOCALES[self.home])

    def _second_email(self, rng: random.Random, home: Locale) -> str:
        """A second address of the same person ("or maybe ...")."""
        for _ in range(5):
            other = V.email_from_name(rng, self.first, self.last, self.dob.year, home.email_domains)
            if other != self.get("email"):
                return other
        return "x" + other

    def _work_email(self, rng: random.Random, home: Locale) -> str:
        dom = self.ctx.slot_value("company_domain")
        f, la = V.ascii_slug(self.first), V.ascii_slug(self.last)
        local = rng.choice((f"{f}.{la}", f"{f[0]}.{la}", f"{f[0]}{la}", f))
        return f"{local}@{dom}.{V.draw(rng, home.work_tlds)}"

    def _address(self, rng: random.Random, st: DocStyle, home: Locale, *, multiline: bool) -> str:
        if self.abroad is not None:
            return W.address(rng, self.abroad, self.ctx.lang, multiline or (st.multiline_ok and st.addr_layout == 1))
        if rng.random() < W.PO_BOX_SHARE:
            return home.po_box(rng, multiline)
        layout = st.addr_layout
        if multiline:
            layout = home.multiline_layout
        elif layout in home.multiline_layouts and not st.multiline_ok:
            layout = 0
        text, areas = home.address(rng, layout)
        self._cache["_areas"] = ",".join(areas)
        return text

    def _phone(self, rng: random.Random, st: DocStyle, home: Locale) -> str:
        if self.abroad is not None:
            return W.phone(rng, self.abroad, st.phone_fmt)
        return home.phone(rng, st.phone_fmt, self._areas())

    def mobile(self, rng: random.Random, home: Locale) -> str:
        """A bare mobile number: of the country the person lives in."""
        return W.phone(rng, self.abroad, rng.randrange(6)) if self.abroad is not None else home.mobile(rng)

    def _idcard(self, rng: random.Random, home: Locale) -> str:
        number, kind = home.id_card(rng, self.last, self.first, self.dob, self.female)
        self._cache["_idkind"] = kind
        return number

    def _areas(self) -> list[str]:
        """Phone area codes of the person's address, once it is drawn (US addresses have them)."""
        areas = self._cache.get("_areas")
        return areas.split(",") if areas else []

    def idkind(self) -> str:
        self.get("idcard")
        return self._cache["_idkind"]


def _iban(rng: random.Random, st: DocStyle, home: Locale) -> str:
    value = home.iban(rng)
    return V.space_groups(value) if st.iban_spaced else value


# Person attribute -> how it is drawn: (person, the document's rng, its style, where the person lives).
_ATTRS: dict[str, Callable[[Person, random.Random, DocStyle, Locale], str]] = {
    "email": lambda p, rng, st, home: V.email_from_name(rng, p.first, p.last, p.dob.year, home.email_domains),
    "email2": lambda p, rng, st, home: p._second_email(rng, home),
    "work_email": lambda p, rng, st, home: p._work_email(rng, home),
    "phone": lambda p, rng, st, home: p._phone(rng, st, home),
    "phone2": lambda p, rng, st, home: p._phone(rng, st, home),
    "addr": lambda p, rng, st, home: p._address(rng, st, home, multiline=False),
    "addr_ml": lambda p, rng, st, home: p._address(rng, st, home, multiline=True),
    "dob": lambda p, rng, st, home: format_date(p.dob, home.code, st.date_fmt),
    "cf": lambda p, rng, st, home: V.codice_fiscale(p.first, p.last, p.dob, p.female, p.place_code),
    "piva": lambda p, rng, st, home: V.partita_iva(rng, st.piva_prefix),
    "iban": lambda p, rng, st, home: _iban(rng, st, home),
    "card": lambda p, rng, st, home: V.credit_card(rng, st.card_fmt),
    "ssn": lambda p, rng, st, home: home.ssn(rng, st.spaced_ids),
    "passport": lambda p, rng, st, home: home.passport(rng),
    "idcard": lambda p, rng, st, home: p._idcard(rng, home),
    "plate": lambda p, rng, st, home: home.plate(rng),
    "ip": lambda p, rng, st, home: V.ip_address(rng),
    "user": lambda p, rng, st, home: V.username(rng, p.first, p.last, p.dob.year),
    "pwd": lambda p, rng, st, home: V.password(rng, p.first, p.dob.year),
    "apikey": lambda p, rng, st, home: V.api_key(rng),
    "mrn": lambda p, rng, st, home: home.mrn(rng),
    "url": lambda p, rng, st, home: V.personal_url(rng, p.first, p.last, p.get("user"), home.url_tlds),
}
