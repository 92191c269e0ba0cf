"""`generate --teacher openai --batch`: the OpenAI Batch API through the real `openai` SDK, over real
sockets, against the local server's /v1/files and /v1/batches (validating -> in_progress -> completed,
failed, expired). Submit, exit; rerun to collect; interrupted anywhere, nothing is sent twice or lost."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import test_generate_openai as online
from fake_openai_server import FakeOpenAI
from test_generate_openai import DISTILLERY, DOCS, ID, KEY, _accepted, _cfg, _ids

from distillery.errors import RuntimeFailure
from distillery.generate.run import run as run_generate
from distillery.generate.writer import read_records

server = online.server  # the same local server and key fixtures as the online path
api_key = online.api_key


def _bcfg(url: str, n: int = 20, **kw):
    return _cfg(url, n=n, batch=True, batch_poll_s=0.01, **kw)


def _custom_ids(server: FakeOpenAI) -> list[list[str]]:
    """The documents of every batch the server received, batch by batch."""
    out = []
    for b in server.batches.values():
        lines = server.files[b["input_file_id"]].decode().splitlines()
        out.append([json.loads(x)["custom_id"] for x in lines if x.strip()])
    return out


def _state(d: Path) -> list[dict]:
    return json.loads((d / "batch.json").read_text())["submissions"]


def test_submit_exit_rerun_collects_validates_and_prices_at_batch_rates(server: FakeOpenAI, tmp_path: Path):
    server.fault(DOCS[1].text, "wrong_span")
    server.fault(DOCS[2].text, "400")
    meta = run_generate(_bcfg(server.url), tmp_path, quiet=True)
    assert meta["runs"][-1]["stopped"] == "batch_submitted"
    (sub,) = _state(tmp_path)
    assert sub["state"] == "submitted" and sub["batch_id"] == "batch-1" and sub["input_file_id"] == "file-1"
    assert meta["batches"][0]["batch_id"] == "batch-1"
    assert _custom_ids(server) == [ID[:20]]
    assert server.count() == 0 and _ids(tmp_path) == []  # nothing went through the online path
    line = json.loads(server.files["file-1"].decode().splitlines()[0])
    assert line["url"] == "/v1/chat/completions" and line["body"]["response_format"]["type"] == "json_schema"

    # Rerun: polls through validating -> in_progress -> completed, judges every answer, and submits
    # a second batch for the two rejected documents' replacements.
    meta = run_generate(_bcfg(server.url), tmp_path, quiet=True)
    assert meta["runs"][-1]["stopped"] == "batch_submitted"
    assert [s["state"] for s in _state(tmp_path)] == ["collected", "submitted"]
    failed = {r["id"]: r["reason"] for r in read_records(tmp_path / "failed.jsonl")}
    assert failed == {ID[1]: "not in input: 'Zebedeo Quarantotto'", ID[2]: "HTTP 400: context length exceeded"}
    assert len(_accepted(tmp_path)) == 18
    # The gold, plus what the rules check added (a look-alike the corpus leaves out on purpose and the
    # rules report, e.g. a public body's website): the batch path checks answers as the online one does.
    gold = {d.id: d.pii for d in DOCS}
    completed = [r for r in _accepted(tmp_path) if r["pii"] != gold[r["id"]]]
    assert all(p in r["pii"] for r in completed for p in gold[r["id"]])
    assert meta["rules_check"]["checked"] == 18 and meta["rules_check"]["completed"] == len(completed)
    run = meta["runs"][-1]
    tok_in, cached, tok_out = run["input_tokens"], run["cached_input_tokens"], run["output_tokens"]
    assert tok_in > 0 and cached > 0
    full = ((tok_in - cached) * 0.15 + cached * 0.075 + tok_out * 0.60) / 1e6
    assert run["cost_usd"] == pytest.approx(full / 2, rel=1e-4)  # the Batch API costs half

    meta = run_generate(_bcfg(server.url), tmp_path, quiet=True)
    assert meta["runs"][-1]["stopped"] == "complete"
    assert _custom_ids(server) == [ID[:20], ID[20:22]]  # no document is ever submitted twice
    ids = _ids(tmp_path)
    assert len(_accepted(tmp_path)) == 20 and len(ids) == 22 == len(set(ids))
    assert all(s["state"] == "collected" for s in _state(tmp_path))


def test_a_batch_created_before_a_crash_is_found_again_not_resubmitted(server: FakeOpenAI, tmp_path: Path):
    server.fail_batch_create_after_submit = True  # created on the server; the reply is lost
    with pytest.raises(RuntimeFailure, match="rerun the same command"):
        run_generate(_bcfg(server.url, n=6), tmp_path, quiet=True)
    assert len(server.batches) == 1 and _state(tmp_path)[0]["state"] == "uploaded"
    run_generate(_bcfg(server.url, n=6), tmp_path, quiet=True)  # adopts batch-1 by its key, collects it
    assert len(server.batches) == 1 and _state(tmp_path)[0]["batch_id"] == "batch-1"
    assert len(_accepted(tmp_path)) == 6
    assert server.batch_calls.count("POST /v1/files") == 1


def test_expired_batch_keeps_its_results_and_the_rest_is_resubmitted(server: FakeOpenAI, tmp_path: Path):
    run_generate(_bcfg(server.url, n=10), tmp_path, quiet=True)
    server.batches["batch-1"]["status"] = "in_progress"
    server._batch_steps["batch-1"] = ["expired"]  # half of the requests ran before it expired
    meta = run_generate(_bcfg(server.url, n=10), tmp_path, quiet=True)
    assert meta["runs"][-1]["stopped"] == "batch_submitted"
    assert len(_accepted(tmp_path)) == 5
    assert _custom_ids(server) == [ID[:10], ID[5:10]]  # only the documents without a result
    run_generate(_bcfg(server.url, n=10), tmp_path, quiet=True)
    ids = _ids(tmp_path)
    assert len(ids) == 10 == len(set(ids))


def test_failed_batch_is_one_line_and_a_rerun_resubmits(server: FakeOpenAI, tmp_path: Path):
    server.batch_script = ["failed"]
    run_generate(_bcfg(server.url, n=4), tmp_path, quiet=True)
    with pytest.raises(RuntimeFailure, match=r"batch batch-1 failed \(invalid_file: bad input file\)"):
        run_generate(_bcfg(server.url, n=4), tmp_path, quiet=True)
    server.batch_script = ["completed"]
    run_generate(_bcfg(server.url, n=4), tmp_path, quiet=True)  # submits batch-2
    run_generate(_bcfg(server.url, n=4), tmp_path, quiet=True)  # collects it
    assert len(_accepted(tmp_path)) == 4 and _custom_ids(server) == [ID[:4], ID[:4]]


def test_cli_batch_says_submitted_in_one_line_and_the_key_is_nowhere(server: FakeOpenAI, tmp_path: Path):
    inputs = tmp_path / "mine.jsonl"
    inputs.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in DOCS[:5]), encoding="utf-8")
    cfg = tmp_path / "gen.yaml"
    cfg.write_text("openai:\n  batch_poll_s: 0.01\n", encoding="utf-8")
    out = tmp_path / "ds"
    args = [DISTILLERY, "generate", "--teacher", "openai", "--batch", "--inputs", str(inputs), "-n", "5"]
    args += ["--eval-share", "0", "--base-url", server.url, "-c", str(cfg), "-o", str(out)]
    args += ["--prompts", str(Path.cwd() / "configs/prompts/anonymization.yaml")]
    env = {**os.environ, "OPENAI_API_KEY": KEY, "COLUMNS": "200"}
    first = subprocess.run(args, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip().endswith("rerun the same command to collect")
    assert "submitted batch batch-1 (5 documents" in first.stderr
    second = subprocess.run(args, capture_output=True, text=True, env=env)
    assert second.returncode == 0, second.stderr
    assert "collected batch batch-1: completed: 5 accepted, 0 rejected" in second.stderr
    assert len(_accepted(out)) == 5
    for path in out.rglob("*"):
        assert KEY not in path.read_text(encoding="utf-8"), path
    assert KEY not in first.stderr + second.stderr
