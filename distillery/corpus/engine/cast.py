"""The people of a document: names (Faker) and every personal attribute, created lazily."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from ..data import values as V
from ..data.geo import IT_CITIES
from ..data.locales import LOCALES, format_date, voice
from ..data.names import WORD_FIRST, WORD_LAST


class Person:
    """One person. Attributes are drawn on first use, so unused ones cost nothing."""

    def __init__(self, ctx: Any, locale: str) -> None:
        self.ctx = ctx
        rng: random.Random = ctx.rng
        self.locale = locale  # where the name comes from
        self.home = ctx.locale  # where they live (address, phone, documents)
        origin, home = LOCALES[locale], LOCALES[ctx.locale]
        self.lang = origin.lang
        self.gender = "F" if rng.random() < 0.5 else "M"
        fk = ctx.fakers[locale]
        if rng.random() < 0.08:
            self.first = rng.choice(WORD_FIRST[(self.lang, self.gender)])
        else:
            self.first = fk.first_name_female() if self.gender == "F" else fk.first_name_male()
        self.last = rng.choice(WORD_LAST[self.lang]) if rng.random() < 0.06 else fk.last_name()
        self.middle = rng.choice("ABCDEFGHJKLMPRSTW") + "." if origin.middle_initials and rng.random() < 0.1 else ""
        self.dob: date = V.birth_date(rng)
        it_city = rng.choices(IT_CITIES, weights=[c[4] for c in IT_CITIES])[0]
        self.birthplace = rng.choice(home.born_abroad) if home.born_abroad else it_city[0]
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
        return f"{self.first} {self.middle} {self.last}" if self.middle else f"{self.first} {self.last}"

    def get(self, attr: str) -> str:
        if attr not in self._cache:
            self._cache[attr] = self._make(attr)
        return self._cache[attr]

    def _make(self, attr: str) -> str:  # noqa: C901 - one branch per attribute is the clearest form
        ctx, rng, st = self.ctx, self.ctx.rng, self.ctx.style
        home = LOCALES[self.home]
        if attr == "email2":  # a second address of the same person ("or maybe ...")
            for _ in range(5):
                other = V.email_from_name(rng, self.first, self.last, self.dob.year, home.email_domains)
                if other != self.get("email"):
                    return other
            return "x" + other
        if attr == "email":
            return V.email_from_name(rng, self.first, self.last, self.dob.year, home.email_domains)
        if attr == "work_email":
            dom = ctx.slot_value("company_domain")
            f, la = V.ascii_slug(self.first), V.ascii_slug(self.last)
            local = rng.choice((f"{f}.{la}", f"{f[0]}.{la}", f"{f[0]}{la}", f))
            tld = V.draw(rng, home.work_tlds)
            return f"{local}@{dom}.{tld}"
        if attr in ("phone", "phone2"):
            return home.phone(rng, st.phone_fmt, self._areas())
        if attr in ("addr", "addr_ml"):
            layout = st.addr_layout
            if attr == "addr_ml":
                layout = home.multiline_layout
            elif layout in home.multiline_layouts and not st.multiline_ok:
                layout = 0
            text, areas = home.address(rng, ctx.fakers, layout)
            self._cache["_areas"] = ",".join(areas)
            return text
        if attr == "dob":
            return format_date(self.dob, home.code, st.date_fmt)
        if attr == "cf":
            return V.codice_fiscale(self.first, self.last, self.dob, self.female, self.place_code)
        if attr == "piva":
            return V.partita_iva(rng, st.piva_prefix)
        if attr == "iban":
            value = home.iban(rng)
            return V.space_groups(value) if st.iban_spaced else value
        if attr == "card":
            return V.credit_card(rng, st.card_fmt)
        if attr == "ssn":
            return home.ssn(rng, st.spaced_ids)
        if attr == "passport":
            return home.passport(rng)
        if attr == "idcard":
            number, kind = home.id_card(rng, self.last, self.first, self.dob, self.female)
            self._cache["_idkind"] = kind
            return number
        if attr == "plate":
            return home.plate(rng)
        if attr == "ip":
            return V.ip_address(rng)
        if attr == "user":
            return V.username(rng, self.first, self.last, self.dob.year)
        if attr == "pwd":
            return V.password(rng, self.first, self.dob.year)
        if attr == "apikey":
            return V.api_key(rng)
        if attr == "mrn":
            return home.mrn(rng)
        if attr == "url":
            return V.personal_url(rng, self.first, self.last, self.get("user"), home.url_tlds)
        raise KeyError(attr)

    def _areas(self) -> list[str]:
        """Phone area codes of the person's address, once it is drawn (US addresses have them)."""
        areas = self._cache.get("_areas")
        return areas.split(",") if areas else []

    def idkind(self) -> str:
        self.get("idcard")
        return self._cache["_idkind"]
