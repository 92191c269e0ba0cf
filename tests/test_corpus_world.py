"""People, addresses and phones from the whole world inside the Italian and English documents."""

from __future__ import annotations

import random
import re
from collections import Counter

import phonenumbers
import pytest

from distillery.corpus import SourceDoc, generate_documents
from distillery.corpus.data import world as W
from distillery.corpus.engine import cast
from distillery.corpus.generator import unlabelled_pii
from distillery.pii.find import find_all

N = 400


@pytest.fixture(scope="module")
def drawn() -> tuple[list[SourceDoc], list[tuple[str, W.WorldName]], Counter]:
    """Documents, the world names drawn while writing them, and how many people / addresses / phones
    were drawn and how many of them came from abroad (counts["abroad_addresses"]: their values)."""
    names: list[tuple[str, W.WorldName]] = []
    counts: Counter = Counter()
    abroad_addresses: list[str] = []
    real_name, real_init, real_make = W.name, cast.Person.__init__, cast.Person._make

    def name(rng, w, female):
        wn = real_name(rng, w, female)
        names.append((w.code, wn))
        return wn

    def init(self, ctx, locale, world=None):
        real_init(self, ctx, locale, world)
        counts["people"] += 1
        counts["people_foreign"] += world is not None or locale != ctx.locale

    def make(self, attr):
        family = {"addr": "addr", "addr_ml": "addr", "phone": "phone", "phone2": "phone"}.get(attr)
        if family:
            counts[family] += 1
            counts[family + "_foreign"] += self.abroad is not None
        value = real_make(self, attr)
        if family == "addr" and self.abroad is not None:
            abroad_addresses.append(value)
        return value

    mp = pytest.MonkeyPatch()
    mp.setattr(W, "name", name)
    mp.setattr(cast.Person, "__init__", init)
    mp.setattr(cast.Person, "_make", make)
    try:
        docs = list(generate_documents(N, seed=11))
    finally:
        mp.undo()
    counts["abroad_addresses"] = abroad_addresses
    return docs, names, counts


def test_people_come_from_many_countries(drawn) -> None:
    docs, names, counts = drawn
    assert len({code for code, _ in names}) >= 12
    # The names drawn are written in the documents, as gold PERSON spans.
    persons = {s["value"] for d in docs for s in d.pii if s["type"] == "PERSON"}
    lowered = {p.lower() for p in persons}
    written = Counter(code for code, wn in names if wn.last in persons or wn.last.lower() in lowered)
    assert len(written) >= 8, written
    assert any(f"{wn.last} {wn.first}" in persons for _, wn in names if wn.family_first)


def test_shares_of_foreign_people_addresses_and_phones(drawn) -> None:
    _, _, c = drawn
    for family in ("people", "addr", "phone"):  # one kind of people in three, and of addresses and phones
        share = c[family + "_foreign"] / c[family]
        assert 0.2 <= share <= 0.4, (family, share, c)


def test_world_spans_are_exact_and_every_mention_is_labelled(drawn) -> None:
    docs, names, _ = drawn
    lasts = {wn.last for _, wn in names}
    seen = 0
    for doc in docs:
        for s in doc.pii:
            assert doc.text[s["start"] : s["end"]] == s["value"], doc.id
        for a, b in zip(doc.pii, doc.pii[1:], strict=False):
            assert a["end"] <= b["start"], doc.id
        world_values = {s["value"] for s in doc.pii if s["type"] == "PERSON" and any(la in s["value"] for la in lasts)}
        seen += bool(world_values)
        for value in world_values:  # every occurrence of a foreign name is inside a span
            for a, b in find_all(doc.text, value, whole="words"):
                assert any(s["start"] <= a and b <= s["end"] for s in doc.pii), (doc.id, value)
    assert seen > N * 0.2
    leaks = [d.id for d in docs if unlabelled_pii(d.text, d.pii)]
    assert len(leaks) <= N * 0.01, leaks


def test_new_address_formats_occur_as_one_span(drawn) -> None:
    docs, _, counts = drawn
    addresses = [s["value"] for d in docs if d.kind != "data_export" for s in d.pii if s["type"] == "ADDRESS"]
    patterns = {
        "po_box": r"P\.?O\.? Box|Postfach|Casella|Postbus|Apartado|Caixa Postal|^BP |\bBox \d",
        "corner": r"^corner of | angolo ",
        "unit": r"\b(Apt|Flat|Suite|Unit|Wohnung|Appartement|Room|Apto|Top|app\.) \d",
    }
    # The formats themselves, from the address maker (rare ones such as corners need more draws than
    # the documents hold; the documents below show that what is drawn is written as one span).
    rng = random.Random(11)
    made = [W.address(rng, w, lang, rng.random() < 0.5) for w in W.WORLD for lang in ("it", "en") for _ in range(10)]
    found = {k: sum(bool(re.search(p, a, re.M)) for a in made) for k, p in patterns.items()}
    assert all(found.values()), found
    assert sum(bool(re.search("|".join(patterns.values()), a, re.M)) for a in addresses) >= 3
    # Addresses abroad, on one line or several, are written whole as one span.
    abroad = set(counts["abroad_addresses"])
    assert sum("\n" in a for a in abroad & set(addresses)) >= 2
    assert len(abroad & set(addresses)) > len(abroad) * 0.5
    for doc in docs:  # an address is one span: no two address spans side by side
        spans = [s for s in doc.pii if s["type"] == "ADDRESS"]
        for a, b in zip(spans, spans[1:], strict=False):
            between = doc.text[a["end"] : b["start"]]
            assert doc.kind == "data_export" or between.strip(" ,\n"), (doc.id, a["value"], b["value"])


def test_names_follow_each_countrys_conventions() -> None:
    rng = random.Random(3)
    by_code = {w.code: w for w in W.WORLD}

    def draws(code: str, n: int = 300) -> list[W.WorldName]:
        return [W.name(rng, by_code[code], rng.random() < 0.5) for _ in range(n)]

    assert any(" " in n.last for n in draws("es_ES"))  # two surnames
    assert any("-" in n.last for n in draws("de_DE"))  # hyphenated
    assert any(n.last.split()[0] in ("von", "von der") for n in draws("de_DE"))
    assert any(n.last.startswith(("al-", "bin ", "Al ", "El ")) for n in draws("ar_EG"))
    assert any(re.fullmatch(r"[A-Z]\.", n.middle) for n in draws("en_CA"))
    hu = draws("hu_HU")
    assert 0.4 < sum(n.family_first for n in hu) / len(hu) < 0.8
    for code in ("ja_JP", "zh_CN", "el_GR", "ru_RU", "uk_UA"):  # romanized or transliterated
        for n in draws(code, 60):
            assert re.fullmatch(r"[A-Za-z' -]+", n.first + n.last), (code, n)
    for w in W.WORLD:
        for n in draws(w.code, 20):
            assert n.first and n.last and n.first.strip() == n.first and "  " not in n.last


def test_foreign_phones_are_valid_numbers_of_their_country() -> None:
    rng = random.Random(5)
    forms: Counter = Counter()
    for w in W.WORLD:
        for fmt in range(6):
            value = W.phone(rng, w, fmt)
            dialled = "+" + value[2:] if value.startswith("00") else value  # "00" is how Europe dials out
            number = phonenumbers.parse(dialled, w.region)
            assert phonenumbers.is_valid_number(number), (w.code, value)
            assert phonenumbers.region_code_for_number(number) == w.region or w.region == "CA", (w.code, value)
            forms["intl" if value.startswith(("+", "00")) else "national"] += 1
    assert forms["intl"] and forms["national"]


def test_home_po_boxes_and_military_addresses() -> None:
    rng = random.Random(1)
    us = [W.po_box_us(rng, False) for _ in range(60)]
    assert any(re.search(r"\b(APO|FPO|DPO) (AE|AP|AA) \d{5}$", a) for a in us)
    assert any(a.startswith(("PO Box", "P.O. Box")) for a in us)
    assert "\n" in W.po_box_it(rng, True) and W.po_box_gb(rng, False).count(", ") == 2


def test_world_addresses_keep_postcode_and_city_inside() -> None:
    rng = random.Random(2)
    for w in W.WORLD:
        for multiline in (False, True):
            value = W.address(rng, w, "en", multiline)
            lines = value.split("\n")
            assert len(lines) >= (2 if multiline else 1), (w.code, value)
            assert value == value.strip() and all(line.strip() == line and line for line in lines), (w.code, value)


def test_each_countrys_faker_has_the_providers_its_addresses_read() -> None:
    # Fakers are built with the person and address providers only (fast); a locale whose address
    # formats read another provider must list it, or some documents would fail.
    rng = random.Random(4)
    for w in W.WORLD:
        for _ in range(40):
            W.address(rng, w, "it", rng.random() < 0.5)
