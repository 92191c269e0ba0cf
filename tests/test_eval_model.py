"""`distillery eval` on the model engine, with the tiny random Llama (offline, CPU, seconds)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from distillery.cli import app

ROOT = Path(__file__).resolve().parent.parent
HANDWRITTEN = str(ROOT / "data" / "eval" / "handwritten.jsonl")


def test_eval_tiny_model_and_base_side_by_side(tiny_model_dir: Path, tmp_path: Path):
    out = tmp_path / "rep"
    model = str(tiny_model_dir)
    res = CliRunner().invoke(
        app,
        ["eval", "-g", HANDWRITTEN, "-n", "3", "-e", "rules", "--model", model, "--base-model", model,
         "--device", "cpu", "--max-new-tokens", "8", "--batch-size", "2", "--report", str(out)],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_kind = {s["kind"]: s for s in report["systems"]}
    assert set(by_kind) == {"rules", "model", "base"}
    for kind in ("model", "base"):
        s = by_kind[kind]
        assert s["documents"] == 3 and s["engine"] == "generative"
        # A random model says nothing useful; the rules safety net still catches what the rules catch,
        # so the model systems never leak more than the rules alone.
        assert s["leak"]["leaked"] <= by_kind["rules"]["leak"]["leaked"]
        assert s["validity"]["schema_valid"] == 3
        assert s["speed"]["measured"] and s["speed"]["docs_per_s"] > 0
        assert "batches of 2" in s["speed"]["latency_note"]
        assert s["speed"]["generated_tokens"] > 0 and s["speed"]["tokens_per_s"] > 0
        assert s["engine_stats"]["documents"] == 3
    assert (out / "leak_vs_speed.png").is_file()
