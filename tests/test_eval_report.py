"""`distillery eval` end to end on the rules engine and on predictions files: numbers, files, exit codes."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from distillery.cli import app
from distillery.evaluate import EvalConfig, SystemSpec
from distillery.evaluate.gold import load_gold
from distillery.evaluate.run import run as run_eval
from distillery.pii.replace import anonymize_with_spans
from distillery.pii.spans import Span

ROOT = Path(__file__).resolve().parent.parent
HANDWRITTEN = str(ROOT / "data" / "eval" / "handwritten.jsonl")
runner = CliRunner()

GOLD = [
    {
        "id": "a",
        "lang": "it",
        "text": "Gentile Rosa Bianchi, la fattura n. 118/2024 di € 180,00 è pagata. Tel. 347 812 4590.",
        "pii": [{"value": "Rosa Bianchi", "type": "PERSON"}, {"value": "347 812 4590", "type": "PHONE"}],
        "keep": ["n. 118/2024", "€ 180,00"],
    },
    {
        "id": "b",
        "lang": "en",
        "text": "Dear Will, I will send the IBAN GB33 BUKB 2020 1555 5555 55 today. Regards, Grace",
        "pii": [
            {"value": "Will", "type": "PERSON", "start": 5, "end": 9},
            {"value": "GB33 BUKB 2020 1555 5555 55", "type": "IBAN"},
            {"value": "Grace", "type": "PERSON"},
        ],
        "keep": ["today"],
    },
    {"id": "c", "lang": "en", "text": "The library closes at 1pm on 24 December.", "keep": ["24 December"]},
]


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD), encoding="utf-8")
    return path


def perfect_predictions(gold: Path, out: Path, drop: set[str] = frozenset()) -> Path:
    """What an ideal anonymizer returns: exactly the gold spans replaced."""
    lines = []
    for doc in load_gold(gold):
        if doc.id in drop:
            continue
        spans = [Span(s.start, s.end, s.type) for s in doc.spans]
        lines.append(anonymize_with_spans(doc.text, spans, doc_id=doc.id).to_json())
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def is_png(path: Path) -> bool:
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return False
    width, height = struct.unpack(">II", data[16:24])
    return width > 100 and height > 100 and data.endswith(b"IEND\xaeB`\x82")


def test_perfect_predictions_score_perfectly(gold_file, tmp_path):
    preds = perfect_predictions(gold_file, tmp_path / "perfect.jsonl")
    report = run_eval(EvalConfig(gold=str(gold_file), systems=[SystemSpec(kind="predictions", target=str(preds))]))
    s = report["systems"][0]
    assert s["name"] == "predictions:perfect.jsonl"
    assert (s["leak"]["rate"], s["leak"]["total"]) == (0.0, 5)
    assert s["keep"] == {"rate": 1.0, "survived": 4, "total": 4}
    assert s["unchanged"] == {"rate": 1.0, "unchanged": 1, "total": 1}
    assert s["spans"]["exact"]["f1"] == 1.0 and s["spans"]["overlap"]["f1"] == 1.0
    assert s["validity"]["rate"] == 1.0 and s["validity"]["missing"] == 0
    assert s["speed"] == {"measured": False}
    assert s["worst"] == []


def test_missing_and_invalid_predictions(gold_file, tmp_path):
    preds = perfect_predictions(gold_file, tmp_path / "p.jsonl", drop={"b"})
    with preds.open("a", encoding="utf-8") as fh:  # an answer that breaks the schema (end < start)
        bad = {
            "id": "b",
            "anonymized_text": "x",
            "replaced_tokens": [{"original": "W", "replacement": "?", "type": "PERSON", "start": 9, "end": 5}],
        }
        fh.write(json.dumps(bad) + "\n")  # fmt: skip
    report = run_eval(EvalConfig(gold=str(gold_file), systems=[SystemSpec(kind="predictions", target=str(preds))]))
    v = report["systems"][0]["validity"]
    assert (v["valid"], v["schema_valid"], v["total"]) == (2, 2, 3)
    assert v["bad_offsets"] == 1

    preds = perfect_predictions(gold_file, tmp_path / "p2.jsonl", drop={"b"})
    s = run_eval(EvalConfig(gold=str(gold_file), systems=[SystemSpec(kind="predictions", target=str(preds))]))[
        "systems"
    ][0]
    assert s["validity"]["missing"] == 1
    assert s["leak"]["leaked"] == 3  # the document without a prediction leaks all it has
    assert s["leak"]["by_type"]["IBAN"] == {"rate": 1.0, "leaked": 1, "total": 1}
    assert s["worst"][0]["id"] == "b"
    assert any("no prediction" in n for n in s["notes"])


def test_rules_report_files(tmp_path):
    out = tmp_path / "rep"
    report = run_eval(
        EvalConfig(
            gold=HANDWRITTEN,
            systems=[SystemSpec(kind="rules"), SystemSpec(kind="rules")],
            report_dir=str(out),
            limit=12,
        )
    )
    assert [s["name"] for s in report["systems"]] == ["rules", "rules#2"]
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(data) >= {"gold", "systems", "config", "thresholds", "plots", "created", "distillery_version"}
    assert data["gold"]["documents"] == 12
    s = data["systems"][0]
    for key in ("leak", "partial_leak", "keep", "unchanged", "spans", "validity", "speed", "by_lang", "worst"):
        assert key in s
    assert set(s["by_lang"]) == {"it"}  # the first 12 documents are the Italian ones
    assert 0.0 < s["leak"]["rate"] < 1.0 and s["leak"]["by_type"]["PERSON"]["total"] > 0
    assert s["leak"]["rate"] <= s["partial_leak"]["rate"] < 1.0
    assert s["partial_leak"]["total"] == s["leak"]["total"]
    assert set(s["partial_leak"]["by_type"]) == set(s["leak"]["by_type"])
    assert s["speed"]["docs_per_s"] > 0 and s["speed"]["latency_p95_ms"] >= s["speed"]["latency_p50_ms"]
    assert s["validity"]["rate"] == 1.0 and s["validity"]["validator"] in {"jsonschema+pydantic", "pydantic"}
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "| System | Leak ↓ | Partial leak ↓ | Keep ↑ |" in md and "\n| rules | " in md and "\n| rules#2 | " in md
    assert "## Leaks by type (whole value / partial)" in md and "| PERSON |" in md
    assert "**" in md.split("### Worst documents", 1)[1]  # leaked values are highlighted
    assert is_png(out / "leak_by_type.png") and is_png(out / "leak_vs_speed.png")
    assert is_png(out / "partial_leak_by_type.png")
    assert data["plots"] == ["leak_by_type.png", "partial_leak_by_type.png", "leak_vs_speed.png"]
    saved = EvalConfig.model_validate(yaml.safe_load((out / "config.yaml").read_text(encoding="utf-8")))
    assert saved.limit == 12 and len(saved.systems) == 2
    lines = (out / "predictions" / "rules.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 and json.loads(lines[0])["id"] == "it-01-condominio"


def test_cli_rules_with_thresholds(tmp_path):
    out = tmp_path / "cli"
    ok = runner.invoke(
        app, ["eval", "-e", "rules", "-g", HANDWRITTEN, "--report", str(out), "--fail-under", "keep=0.5,validity=1"]
    )
    assert ok.exit_code == 0, ok.output
    assert "Leaks by type" in ok.stderr and "PERSON" in ok.stderr
    assert ok.stdout == ""  # tables go to stderr
    assert (out / "report.md").is_file()

    leaky = runner.invoke(app, ["eval", "-e", "rules", "-g", HANDWRITTEN, "-n", "5", "-q", "--fail-under", "leak=0.01"])
    assert leaky.exit_code == 1
    assert leaky.stderr.count("\n") == 1
    assert "fail-under: rules: leak" in leaky.stderr and "> 0.01" in leaky.stderr

    partly = runner.invoke(
        app, ["eval", "-e", "rules", "-g", HANDWRITTEN, "-n", "5", "-q", "--fail-under", "partial=0.01"]
    )
    assert partly.exit_code == 1 and "fail-under: rules: partial" in partly.stderr


def test_cli_json_and_bad_usage(gold_file, tmp_path):
    res = runner.invoke(app, ["eval", "-e", "rules", "-g", str(gold_file), "--json", "-q"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["systems"][0]["documents"] == 3
    # "Will" the verb and the IBAN digits: the rules keep the verb and replace the IBAN.
    assert report["systems"][0]["leak"]["by_type"]["IBAN"]["leaked"] == 0

    for args, message in [
        (["--fail-under", "leak"], "expected METRIC=VALUE"),
        (["--fail-under", "speed=3"], "unknown metric 'speed'"),
        (["--fail-under", "keep=abc"], "is not a number"),
        (["-g", str(tmp_path / "missing.jsonl")], "gold file not found"),
        (["-p", str(tmp_path / "missing.jsonl")], "predictions file not found"),
    ]:
        res = runner.invoke(app, ["eval", "-e", "rules", "-g", str(gold_file), *args])
        assert res.exit_code == 2, (args, res.output)
        assert message in res.stderr, (args, res.stderr)
