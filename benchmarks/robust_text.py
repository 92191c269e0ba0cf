"""Issue 20's classes of text as people's tools write it: one example per case, through the rules
engine (the safety net under every model) and the command line, printed as a table of what happens.

Not a test (the tests are `tests/test_normalize.py`, `test_recognizer_families.py`, `test_mentions.py`,
`test_cli_infer_rules.py`, with property tests for the open-ended classes): this prints the same
cases for whatever tree is on PYTHONPATH, so an older checkout gives the "before" column.

    PYTHONPATH=. .venv/bin/python benchmarks/robust_text.py [--engine rules|auto] [--json OUT]

A value "leaks" when any run of 4 of its letters/digits (after removing separators) is still in the
output; for "one identity" cases the number of distinct placeholders is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

IBAN = "IT60X0542811101000000123456"
CARD = "4111111111111111"
SEPARATORS = {
    "no-break space": "\u00a0",
    "narrow no-break space": "\u202f",
    "thin space": "\u2009",
    "tab": "\t",
    "two spaces": "  ",
    "line break (wrapped once)": "\n",
    "zero-width space": " \u200b",
}


def grouped(value: str, sep: str) -> str:
    groups = [value[i : i + 4] for i in range(0, len(value), 4)]
    if sep == "\n":  # a number wrapped once in a narrow column
        half = len(groups) // 2
        return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])
    return sep.join(groups)


def cases() -> list[tuple[str, str, str, list[str]]]:
    """(class, case, text, values that must not stay readable)."""
    out = []
    for name, sep in SEPARATORS.items():
        out.append(("IBAN separators", name, f"IBAN: {grouped(IBAN, sep)} intestato a me.", [IBAN]))
        out.append(("card separators", name, f"Carta {grouped(CARD, sep)} scad. 12/27.", [CARD]))
    out += [
        ("look-alikes", "zero-width joiner in a phone", "Chiamami al 347 123\u200d4567 grazie", ["3471234567"]),
        ("look-alikes", "Cyrillic letter in an e-mail", "Scrivi a m\u0430rio.rossi@example.com oggi", ["mariorossi"]),
        ("look-alikes", "full-width e-mail", "Mail: ｍａｒｉｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", ["mario"]),
        ("look-alikes", "full-width phone", "Tel. ３４７ １２３ ４５６７", ["3471234567"]),
        ("look-alikes", "soft hyphen in a titled name", "Gentile Sig. Ros\u00adsi, le scrivo", ["Rossi"]),
        ("rule holes", 'mobile after "numero"', "le do il mio numero 3331234567 per richiamarmi", ["3331234567"]),
        ("rule holes", "phone after a date in a row", "12/03/2024 347 765 4321 richiamare", ["3477654321"]),
        ("rule holes", '"la sig.ra"', "ha chiamato la sig.ra Bianchi ieri", ["Bianchi"]),
        ("rule holes", '"il dott."', "il dott. Verdi ha firmato", ["Verdi"]),
        ("rule holes", "plate after a state code", "a TX plate 7ABC123 was seen", ["7ABC123"]),
        ("rule holes", "driving licence after DL", "DL D1234567 expires 2027", ["D1234567"]),
        ("rule holes", "Spanish DNI", "DNI 12345678Z del titular", ["12345678Z"]),
        ("rule holes", "passport in brackets", "his passport (YA1234567) was stolen", ["YA1234567"]),
        ("rule holes", '"passport no."', "passport no. K12345678 issued 2019", ["K12345678"]),
    ]
    return out


IDENTITY = [
    ("one identity", "a phone in three spellings", "347 123 4567, poi 3471234567 e +39 347-123-4567", "PHONE"),
    ("one identity", "titled name, then surname, first name", "Dott.ssa Elena Conti. Conti sa. Elena no.", "PERSON"),
]


def leaked(out: str, value: str) -> bool:
    """Whether any 4 consecutive letters/digits of `value` are still readable in `out` (look-alike
    and full-width characters folded, separators removed)."""
    plain = re.sub(r"\W", "", unicodedata.normalize("NFKC", out))
    value = re.sub(r"\W", "", value)
    return any(value[i : i + 4] in plain for i in range(max(1, len(value) - 3)))


def cli_cases(engine: str) -> list[tuple[str, str, str]]:
    """(case, what happened, ok) for the command-line items."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("DISTILLERY_HASH_KEY", None)
    cmd = [sys.executable, "-m", "distillery", "infer", "--engine", engine]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "in.txt")
        src.write_text("Mario Rossi 3331234567\n\nmail anna@example.com\n", encoding="utf-8")
        res = subprocess.run([*cmd, "--lines", "--input", str(src)], capture_output=True, text=True, env=env)
        recs = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
        lines = [r.get("line") for r in recs]
        rows.append(("--lines: records carry their line", f"{len(recs)} records, line={lines}", lines == [1, 2, 3]))
        res = subprocess.run([*cmd, "--style", "hash", "--text", "mario@example.com"], capture_output=True, text=True,
                             env=env)  # fmt: skip
        rows.append(("--style hash without a key", f"exit {res.returncode}", res.returncode == 2))
        utf16 = Path(tmp, "u16.txt")
        utf16.write_bytes("Scrivi a anna@example.com\n".encode("utf-16"))
        res = subprocess.run([*cmd, "--input", str(utf16)], capture_output=True, text=True, env=env)
        ok = res.returncode == 0 and "anna@example.com" not in json.loads(res.stdout or "{}").get("anonymized_text", "")
        rows.append(("UTF-16 input", f"exit {res.returncode}{', decoded' if ok else ''}", ok))
        blocked = Path(tmp, "a-file")
        blocked.write_text("", encoding="utf-8")
        res = subprocess.run([*cmd, "--text", "x", "--output", str(blocked / "o.jsonl")], capture_output=True,
                             text=True, env=env)  # fmt: skip
        one_line = len([x for x in res.stderr.splitlines() if x.strip()]) <= 2 and "Traceback" not in res.stderr
        rows.append(("unwritable output (under a file)", f"exit {res.returncode}", res.returncode == 2 and one_line))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="rules")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    from distillery.infer import InferConfig, make_anonymizer

    anonymizer = make_anonymizer(InferConfig(engine=args.engine))
    rows = []
    for klass, case, text, values in cases():
        out = anonymizer.anonymize(text).anonymized_text
        bad = [v for v in values if leaked(out, v)]
        rows.append({"class": klass, "case": case, "ok": not bad, "result": "replaced" if not bad else "LEAKS"})
    for klass, case, text, pii_type in IDENTITY:
        res = anonymizer.anonymize(text)
        tags = sorted({t.replacement for t in res.replaced_tokens if t.type == pii_type})
        rows.append({"class": klass, "case": case, "ok": len(tags) == 1, "result": f"{len(tags)} placeholders"})
    for case, what, ok in cli_cases(args.engine):
        rows.append({"class": "command line", "case": case, "ok": ok, "result": what})
    for r in rows:
        print(f"{r['class']:18s} {r['case']:42s} {'ok ' if r['ok'] else 'NO '} {r['result']}")
    print(f"{sum(r['ok'] for r in rows)}/{len(rows)} cases as issue 20 asks")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
