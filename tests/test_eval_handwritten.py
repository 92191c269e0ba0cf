"""The hand-written evaluation sets: in sync with their build scripts, exact offsets, valid identifiers."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from stdnum import iban, luhn
from stdnum.gb import nhs
from stdnum.it import codicefiscale, iva
from stdnum.us import ssn

from distillery.evaluate.gold import load_gold
from distillery.schema import BUILTIN_TYPES

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "data" / "eval"
# name -> (at least this many documents, at least this many without personal data)
SETS = {"handwritten": (40, 4), "handwritten2": (44, 6)}


def read(name: str) -> list[dict]:
    path = EVAL_DIR / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=sorted(SETS))
def gold(request) -> tuple[str, list[dict]]:
    return request.param, read(request.param)


@pytest.mark.parametrize("name", sorted(SETS))
def test_committed_file_matches_the_build_script(name, monkeypatch):
    monkeypatch.syspath_prepend(str(EVAL_DIR))  # the scripts import the shared handwritten_markup module
    spec = importlib.util.spec_from_file_location(f"build_{name}", EVAL_DIR / f"build_{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import handwritten_markup

    assert module.OUT.name == f"{name}.jsonl"
    assert handwritten_markup.to_jsonl(module.build()) == (EVAL_DIR / f"{name}.jsonl").read_text(encoding="utf-8")


def test_size_languages_and_types(gold):
    name, records = gold
    min_docs, min_unchanged = SETS[name]
    assert len(records) >= min_docs
    langs = Counter(r["lang"] for r in records)
    assert set(langs) == {"it", "en"} and min(langs.values()) >= 20
    types = Counter(p["type"] for r in records for p in r["pii"])
    assert set(types) == set(BUILTIN_TYPES)
    assert min(types.values()) >= 2
    assert sum(not r["pii"] for r in records) >= min_unchanged  # documents that must come back unchanged
    assert len({r["id"] for r in records}) == len(records)


def test_offsets_are_exact_and_spans_do_not_overlap(gold):
    _, records = gold
    for r in records:
        spans = sorted((p["start"], p["end"]) for p in r["pii"])
        for p in r["pii"]:
            assert r["text"][p["start"] : p["end"]] == p["value"], (r["id"], p)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, r["id"]


def test_keep_strings_are_present_and_never_personal_data(gold):
    _, records = gold
    for r in records:
        for k in r["keep"]:
            assert k in r["text"], (r["id"], k)
            for m in re.finditer(re.escape(k), r["text"]):
                assert not any(m.start() < p["end"] and p["start"] < m.end() for p in r["pii"]), (r["id"], k)
    assert sum(len(r["keep"]) for r in records) >= 100


VALIDATORS = {
    "CODICE_FISCALE": codicefiscale.is_valid,
    "PARTITA_IVA": iva.is_valid,
    "IBAN": iban.is_valid,
    "CREDIT_CARD": lambda v: luhn.is_valid(re.sub(r"[ -]", "", v)),
    "SSN": ssn.is_valid,
}


def test_identifiers_are_checksum_valid(gold):
    _, records = gold
    checked = Counter()
    for r in records:
        for p in r["pii"]:
            check = VALIDATORS.get(p["type"])
            if check:
                assert check(p["value"]), (r["id"], p)
                checked[p["type"]] += 1
            if p["type"] == "MEDICAL_RECORD_NUMBER" and re.fullmatch(r"\d{3} \d{3} \d{4}", p["value"]):
                assert nhs.is_valid(p["value"]), (r["id"], p)
                checked["NHS"] += 1
    assert set(checked) == set(VALIDATORS) | {"NHS"}


def test_loads_as_gold(gold):
    name, records = gold
    docs = load_gold(EVAL_DIR / f"{name}.jsonl")
    assert len(docs) == len(records)
    assert sum(len(d.spans) for d in docs) == sum(len(r["pii"]) for r in records)


def test_tricky_cases_are_there():
    records = read("handwritten")
    by_id = {r["id"]: r for r in records}
    values = {p["value"] for r in records for p in r["pii"] if p["type"] == "PERSON"}
    for name in ("Rosa", "Grace", "Sole", "Bianca", "Will"):
        assert any(name in v.split() or name.lower() == v for v in values), name
    assert any(re.fullmatch(r"[a-z]+", v) for v in values)  # lowercase names in chats
    assert any(p["type"] == "IBAN" and " " in p["value"] for r in records for p in r["pii"])
    chat = by_id["it-03-chat-sole"]["text"]
    assert "danno sole tutto il giorno" in chat  # the common word beside the person


def test_second_set_covers_names_addresses_and_numbers_from_many_countries():
    records = read("handwritten2")
    spans = [p for r in records for p in r["pii"]]
    people = {p["value"] for p in spans if p["type"] == "PERSON"}
    addresses = [p["value"] for p in spans if p["type"] == "ADDRESS"]
    keep = {k for r in records for k in r["keep"]}
    for name in ("NAGY Eszter", "Åsa Lindqvist", "søren", "Paweł Wiśniewski", "Takahashi Haruka", "GARCÍA LÓPEZ Marta"):
        assert name in people, name
    assert any(" van der " in v for v in people) and any(" bin " in v for v in people)
    assert any(re.fullmatch(r"[A-Z]\. [A-Z]\w+", v) for v in people)  # initial + surname
    assert any(re.search(r"\b[A-Z]\. [A-Z]\w+$", v) and len(v.split()) == 3 for v in people)  # middle initial
    assert sum(re.fullmatch(r"[a-zø ]+", v) is not None for v in people) >= 4  # lowercase names
    assert sum("\n" in a for a in addresses) >= 5  # address blocks over several lines, each one span
    for marker in ("APO AE", "FPO AE", "DPO AE", "Casella Postale", "〒"):
        assert any(marker in a for a in addresses), marker
    assert {"http-nio-8080-exec-3", "FR 9703", "EI 154", "8012345678901", "€ 1.800,00"} <= keep


def test_the_two_sets_are_independent():
    first, second = read("handwritten"), read("handwritten2")
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    assert not {r["text"] for r in first} & {r["text"] for r in second}
    identifiers = {"CODICE_FISCALE", "PARTITA_IVA", "IBAN", "CREDIT_CARD", "SSN", "PASSPORT", "ID_CARD"}
    ids_first = {p["value"] for r in first for p in r["pii"] if p["type"] in identifiers}
    assert not ids_first & {p["value"] for r in second for p in r["pii"] if p["type"] in identifiers}
