"""The hand-written evaluation set: in sync with its build script, exact offsets, valid identifiers."""

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
JSONL = ROOT / "data" / "eval" / "handwritten.jsonl"
SCRIPT = ROOT / "data" / "eval" / "build_handwritten.py"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_committed_file_matches_the_build_script():
    spec = importlib.util.spec_from_file_location("build_handwritten", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.to_jsonl(module.build()) == JSONL.read_text(encoding="utf-8")


def test_size_languages_and_types(records):
    assert len(records) >= 40
    langs = Counter(r["lang"] for r in records)
    assert set(langs) == {"it", "en"} and min(langs.values()) >= 20
    assert {p["type"] for r in records for p in r["pii"]} == set(BUILTIN_TYPES)
    assert sum(not r["pii"] for r in records) >= 4  # documents that must come back unchanged
    assert len({r["id"] for r in records}) == len(records)


def test_offsets_are_exact_and_spans_do_not_overlap(records):
    for r in records:
        spans = sorted((p["start"], p["end"]) for p in r["pii"])
        for p in r["pii"]:
            assert r["text"][p["start"] : p["end"]] == p["value"], (r["id"], p)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, r["id"]


def test_keep_strings_are_present_and_never_personal_data(records):
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


def test_identifiers_are_checksum_valid(records):
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


def test_tricky_cases_are_there(records):
    by_id = {r["id"]: r for r in records}
    values = {p["value"] for r in records for p in r["pii"] if p["type"] == "PERSON"}
    for name in ("Rosa", "Grace", "Sole", "Bianca", "Will"):
        assert any(name in v.split() or name.lower() == v for v in values), name
    assert any(re.fullmatch(r"[a-z]+", v) for v in values)  # lowercase names in chats
    assert any(p["type"] == "IBAN" and " " in p["value"] for r in records for p in r["pii"])
    chat = by_id["it-03-chat-sole"]["text"]
    assert "danno sole tutto il giorno" in chat  # the common word beside the person


def test_loads_as_gold(records):
    docs = load_gold(JSONL)
    assert len(docs) == len(records)
    assert sum(len(d.spans) for d in docs) == sum(len(r["pii"]) for r in records)
