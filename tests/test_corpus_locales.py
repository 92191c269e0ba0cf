"""Locale differences live in one object per locale (corpus/data/locales.py), not in string switches."""

from __future__ import annotations

import ast
import random
import re
from datetime import date
from pathlib import Path

import distillery.corpus
from distillery.corpus.data.locales import BY_LANG, LOCALES, voice

LOCALE_CODE = re.compile(r"^[a-z]{2}_[A-Z]{2}$")


def _compares_a_locale_code(node: ast.AST) -> bool:
    if not isinstance(node, ast.Compare):
        return False
    operands = [node.left, *node.comparators]
    for op in operands:
        values = op.elts if isinstance(op, (ast.Tuple, ast.List, ast.Set)) else [op]
        if any(isinstance(v, ast.Constant) and isinstance(v.value, str) and LOCALE_CODE.match(v.value) for v in values):
            return True
    return False


def test_no_code_compares_locale_codes():
    found = []
    for path in Path(distillery.corpus.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _compares_a_locale_code(node):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, f"read a field of LOCALES[code] instead: {found}"


def test_the_scan_sees_a_switch():
    assert _compares_a_locale_code(ast.parse('home == "it_IT"', mode="eval").body)
    assert not _compares_a_locale_code(ast.parse('lang == "it"', mode="eval").body)


def test_registry_covers_every_language_and_keys_by_code():
    assert {code for codes in BY_LANG.values() for code in codes} == set(LOCALES)
    for code, loc in LOCALES.items():
        assert loc.code == code and loc.code in BY_LANG[loc.lang]


def test_a_passage_in_the_other_language_uses_that_languages_words():
    assert voice("it", "it_IT") is LOCALES["it_IT"]
    assert voice("en", "en_US") is LOCALES["en_US"]
    assert voice("it", "en_GB").titles == LOCALES["it_IT"].titles
    quoted = voice("en", "it_IT")
    assert quoted.lang == "en" and quoted.ssn_label == "SSN" and quoted.doctor == ("Dr", "Dr")


def test_each_locale_writes_its_own_formats():
    rng = random.Random(0)
    assert LOCALES["en_US"].clock(15, 5, 0) == "3:05 pm"
    assert LOCALES["it_IT"].clock(15, 5, 1) == "15.05"
    assert LOCALES["en_GB"].money(1234.5, 0) == "£1,234.50"
    assert LOCALES["it_IT"].money(1234.5, 0) == "€ 1.234,50"
    assert LOCALES["en_GB"].id_card(rng, "Smith", "Anna", date(1980, 3, 9), True)[1] == "licence"
