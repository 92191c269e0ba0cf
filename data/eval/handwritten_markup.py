"""Shared machinery of the hand-written evaluation sets (build_handwritten.py, build_handwritten2.py).

Markup inside the texts:
  [[TYPE|value]]  personal data of kind TYPE (the gold span; offsets are computed here)
  <<value>>       a string that is not personal data and must survive anonymization ("keep")
  §name§          an identifier computed with python-stdnum so its checksum is valid

A build script holds its documents (dicts with id, lang, text and an optional not_pii list of values
that are annotated elsewhere in the document but also occur as common words) and its identifiers,
and calls `main`. `main` renders the markup, validates the result and writes the JSONL, or with
`--check` verifies that the committed file matches.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.gb import nhs
from stdnum.it import codicefiscale, iva
from stdnum.us import ssn as us_ssn

from distillery.schema import BUILTIN_TYPES

# The sets ship inside the package (data/eval/*.jsonl beside the scripts are links to them).
PACKAGE_EVAL_DIR = Path(__file__).resolve().parents[2] / "distillery" / "data" / "eval"

# A span may run over several lines (an address written as a letter's address block).
MARKUP = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|<<(.*?)>>", re.DOTALL)
IDREF = re.compile(r"§([A-Z0-9_]+)§")


# --- identifiers with valid checksums -------------------------------------------------------------


def cf(body: str) -> str:
    """A codice fiscale: the first 15 characters plus the check letter."""
    return body + codicefiscale.calc_check_digit(body)


def piva(first10: str) -> str:
    """A partita IVA: the first 10 digits plus the Luhn check digit."""
    return first10 + luhn.calc_check_digit(first10)


def iban(country: str, bban: str, spaced: bool = False) -> str:
    """An IBAN with its mod-97 check digits, compact or in groups of four."""
    value = country + std_iban.calc_check_digits(country + "00" + bban) + bban
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value


def card(first: str, groups: tuple[int, ...] = (4, 4, 4, 4), sep: str = " ") -> str:
    """A card number: the digits but the last plus the Luhn check digit, grouped."""
    digits = first + luhn.calc_check_digit(first)
    out, pos = [], 0
    for g in groups:
        out.append(digits[pos : pos + g])
        pos += g
    return sep.join(out)


def nhs_number(first9: str) -> str:
    """An NHS number (3 3 4) whose mod-11 check digit is valid."""
    for d in "0123456789":
        if nhs.is_valid(first9 + d):
            return nhs.format(first9 + d)
    raise ValueError(f"no NHS check digit for {first9}")


def check_value(pii_type: str, value: str) -> bool:
    """Checksum-bearing identifiers must be valid."""
    if pii_type == "CODICE_FISCALE":
        return codicefiscale.is_valid(value)
    if pii_type == "PARTITA_IVA":
        return iva.is_valid(value)
    if pii_type == "IBAN":
        return std_iban.is_valid(value)
    if pii_type == "CREDIT_CARD":
        return luhn.is_valid(re.sub(r"[ -]", "", value))
    if pii_type == "SSN":
        return us_ssn.is_valid(value)
    if pii_type == "MEDICAL_RECORD_NUMBER" and re.fullmatch(r"\d{3} \d{3} \d{4}", value):
        return nhs.is_valid(value)
    return True


# --- markup -> records ----------------------------------------------------------------------------


def render(raw: str, ids: Mapping[str, str]) -> tuple[str, list[dict], list[str]]:
    """Strip the markup: the clean text, its gold spans with offsets, its keep strings."""
    raw = IDREF.sub(lambda m: ids[m.group(1)], raw)
    out: list[str] = []
    pii: list[dict] = []
    keep: list[str] = []
    pos = length = 0
    for m in MARKUP.finditer(raw):
        out.append(raw[pos : m.start()])
        length += m.start() - pos
        if m.group(1):
            value = m.group(2)
            pii.append({"value": value, "type": m.group(1), "start": length, "end": length + len(value)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


def build(docs: Sequence[dict], ids: Mapping[str, str]) -> list[dict]:
    """The records of a set, validated."""
    records = []
    for doc in docs:
        text, pii, keep = render(doc["text"], ids)
        records.append({"id": doc["id"], "lang": doc["lang"], "text": text, "pii": pii, "keep": keep})
    validate(records, {d["id"]: d.get("not_pii", ()) for d in docs})
    return records


def validate(records: list[dict], doc_not_pii: Mapping[str, Sequence[str]]) -> None:
    """Refuse a set with bad offsets, invalid identifiers, unmarked mentions, keep/PII overlaps,
    unknown or missing types, or duplicate ids."""
    problems = []
    seen_types: set[str] = set()
    for rec in records:
        text = rec["text"]
        for p in rec["pii"]:
            seen_types.add(p["type"])
            if p["type"] not in BUILTIN_TYPES:
                problems.append(f"{rec['id']}: unknown type {p['type']}")
            if text[p["start"] : p["end"]] != p["value"]:
                problems.append(f"{rec['id']}: bad offsets for {p['value']!r}")
            if not check_value(p["type"], p["value"]):
                problems.append(f"{rec['id']}: invalid {p['type']} {p['value']!r}")
            # Every mention of a value must be marked (same spelling, as a whole word).
            marked = {(q["start"], q["end"]) for q in rec["pii"]}
            covered = [(q["start"], q["end"]) for q in rec["pii"]]
            if p["value"] in doc_not_pii.get(rec["id"], ()):
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(p["value"]) + r"(?!\w)", text):
                if m.span() not in marked and not any(a <= m.start() and m.end() <= b for a, b in covered):
                    problems.append(f"{rec['id']}: unmarked mention of {p['value']!r} at {m.start()}")
        for k in rec["keep"]:
            for m in re.finditer(re.escape(k), text):
                if any(m.start() < q["end"] and q["start"] < m.end() for q in rec["pii"]):
                    problems.append(f"{rec['id']}: keep string {k!r} overlaps personal data")
    missing = set(BUILTIN_TYPES) - seen_types
    if missing:
        problems.append(f"types never used: {sorted(missing)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if problems:
        problems = list(dict.fromkeys(problems))
        raise SystemExit("handwritten set is invalid:\n  " + "\n  ".join(problems))


def to_jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str], docs: Sequence[dict], ids: Mapping[str, str], out: Path, script: str) -> int:
    """Write `out` from `docs`, or with --check verify that it is up to date."""
    content = to_jsonl(build(docs, ids))
    if "--check" in argv:
        if not out.is_file() or out.read_text(encoding="utf-8") != content:
            print(f"{out} is out of date: run python {script}", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    out.write_text(content, encoding="utf-8")
    print(f"wrote {len(content.splitlines())} documents to {out}")
    return 0
