"""`distillery quickstart`: prerequisites, a tiny end-to-end run offline, and resuming it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from distillery.cli import app
from distillery.quickstart import QuickstartConfig, check_prerequisites
from distillery.schema import AnonymizationResult

runner = CliRunner()
SECRET = "sk-test-DO-NOT-PRINT-4f9c1e"

GOLD = [
    {
        "id": "g-it",
        "lang": "it",
        "text": "Scrivere a mario.rossi@example.com entro lunedì.",
        "pii": [{"value": "mario.rossi@example.com", "type": "EMAIL"}],
    },
    {
        "id": "g-en",
        "lang": "en",
        "text": "Please call John Smith at (415) 555-0132.",
        "pii": [{"value": "John Smith", "type": "PERSON"}, {"value": "(415) 555-0132", "type": "PHONE"}],
    },
]


@pytest.fixture
def no_openai_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No key or server in the environment, and no .env in the working directory."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def test_openai_teacher_without_key_is_one_line_exit_2(no_openai_env: Path, tmp_path: Path):
    workdir = tmp_path / "run"
    res = runner.invoke(app, ["quickstart", "--teacher", "openai", "--workdir", str(workdir)])
    assert res.exit_code == 2, res.output
    assert "OPENAI_API_KEY" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.output and res.stdout == ""
    assert not workdir.exists()  # nothing is started before every prerequisite holds


def test_api_key_is_checked_but_never_shown(no_openai_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    checks, _ = check_prerequisites(QuickstartConfig(teacher="openai", workdir=str(tmp_path / "run")))
    by_name = {c.name: c for c in checks}
    assert by_name["api key"].ok
    # The defaults are found from any working directory (relative to the source checkout).
    assert by_name["train config"].ok and by_name["eval gold"].ok and by_name["sample"].ok
    assert all(SECRET not in c.detail and "sk-" not in c.detail for c in checks)

    # A failing run with the key set: the error names the problem, never the key.
    res = runner.invoke(
        app, ["quickstart", "--teacher", "openai", "--workdir", str(tmp_path / "run"), "--eval-gold", "nope.jsonl"]
    )
    assert res.exit_code == 2, res.output
    assert "eval gold: not found: nope.jsonl" in res.stderr
    assert SECRET not in res.output and "sk-" not in res.output


def _write_inputs(tmp_path: Path, tiny_model_dir: Path) -> dict[str, Path]:
    train_yaml = tmp_path / "train.yaml"
    train_yaml.write_text(
        yaml.safe_dump(
            {
                "model": {"name": str(tiny_model_dir)},
                "lora": {"r": 4, "alpha": 8},
                # The tiny byte-level tokenizer spends many tokens per word: keep every example.
                "data": {"max_length": 4096, "max_eval_examples": 2},
                "training": {"batch_size": 2, "grad_accum": 1, "precision": "fp32", "logging_steps": 1},
            }
        ),
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD), encoding="utf-8")
    sample = tmp_path / "sample.txt"
    sample.write_text("Gentile Mario Rossi, mi chiami al 347 123 4567.\n", encoding="utf-8")
    return {"config": train_yaml, "gold": gold, "sample": sample}


def _files(root: Path) -> dict[str, int]:
    """Every file the steps wrote, with its modification time (ns)."""
    skip = {"summary.json", "quickstart.yaml"}  # rewritten by every invocation
    files = [p for p in root.rglob("*") if p.is_file() and p.name not in skip]
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in files}


def test_tiny_end_to_end_then_everything_skipped_then_resume(tiny_model_dir: Path, tmp_path: Path):
    inputs = _write_inputs(tmp_path, tiny_model_dir)
    workdir = tmp_path / "run"
    args = [
        "quickstart", "--workdir", str(workdir), "--num-samples", "20", "--max-steps", "2",
        "--config", str(inputs["config"]), "--eval-gold", str(inputs["gold"]), "--sample", str(inputs["sample"]),
        "--seed", "7", "--max-new-tokens", "16",
    ]  # fmt: skip

    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    result = AnonymizationResult.model_validate_json(first.stdout)  # stdout is the sample's JSON, nothing else
    assert result.id == "sample.txt" and "347 123 4567" not in result.anonymized_text
    summary = json.loads((workdir / "summary.json").read_text(encoding="utf-8"))
    assert {k: s["status"] for k, s in summary["steps"].items()} == dict.fromkeys(
        ("generate", "train", "eval", "sample"), "done"
    )
    saved = yaml.safe_load((workdir / "quickstart.yaml").read_text(encoding="utf-8"))
    assert saved["num_samples"] == 20 and saved["max_steps"] == 2 and saved["seed"] == 7
    counts = json.loads((workdir / "dataset" / "metadata.json").read_text(encoding="utf-8"))["counts"]
    assert counts["train"] + counts["validation"] + counts["eval"] == 20
    meta = json.loads((workdir / "adapter" / "training_metadata.json").read_text(encoding="utf-8"))
    assert meta["global_step"] == 2 and meta["base_model"] == str(tiny_model_dir)
    report = json.loads((workdir / "eval" / "report.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in report["systems"]] == ["student", "rules"]
    assert report["gold"]["documents"] == 2
    assert json.loads((workdir / "sample.json").read_text(encoding="utf-8")) == json.loads(first.stdout)
    for word in ("quickstart", "generate", "train", "eval", "sample", "done"):
        assert word in first.stderr

    # Second invocation: every output exists, nothing is redone or rewritten.
    before = _files(workdir)
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    summary = json.loads((workdir / "summary.json").read_text(encoding="utf-8"))
    assert {k: s["status"] for k, s in summary["steps"].items()} == dict.fromkeys(
        ("generate", "train", "eval", "sample"), "skipped"
    )
    assert second.stderr.count("skipped") == 4 and " done " not in second.stderr
    assert _files(workdir) == before
    assert second.stdout == first.stdout

    # An unfinished adapter (no end-of-run marker) resumes from its checkpoint; what reads it is redone.
    (workdir / "adapter" / "distillery.json").unlink()
    third = runner.invoke(app, args)
    assert third.exit_code == 0, third.output
    steps = json.loads((workdir / "summary.json").read_text(encoding="utf-8"))["steps"]
    assert [steps[k]["status"] for k in ("generate", "train", "eval", "sample")] == [
        "skipped", "resumed", "done", "done",
    ]  # fmt: skip
    meta = json.loads((workdir / "adapter" / "training_metadata.json").read_text(encoding="utf-8"))
    assert meta["resumed_from"].endswith("checkpoint-2") and (workdir / "adapter" / "distillery.json").is_file()
    assert _files(workdir)["dataset/train.jsonl"] == before["dataset/train.jsonl"]
