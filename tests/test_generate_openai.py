"""The openai teacher against a real HTTP server on 127.0.0.1, through the real `openai` SDK.

Faults are scripted per document: 429 + Retry-After, 500, a hang past the timeout, truncated and
invalid JSON, values not in the input, inconsistent text. The server counts requests, so retries,
budget stops, dry runs and resumes are checked by what really went over the wire.

Nothing here depends on how fast the machine is: a hang lasts until the test releases it, the client
timeout is far above any honest answer's time except in the one test about timeouts, and waits are
for events the server reports (a bound on them is a safety net, never the thing checked).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from fake_openai_server import FakeOpenAI, tiny_corpus

from distillery.corpus import generate_documents
from distillery.errors import RuntimeFailure
from distillery.generate.config import GenerateConfig
from distillery.generate.run import run as run_generate
from distillery.generate.writer import read_records
from distillery.settings import get_settings

KEY = "sk-test-7f3a9c1e5b2d4680SECRET"
DOCS = list(generate_documents(120, seed=42, split="train"))  # the documents a run with seed 42 labels
GOLD = {d.id: d.pii for d in DOCS}
ID = [d.id for d in DOCS]
SPLITS = ("train.jsonl", "validation.jsonl", "eval.jsonl")


@pytest.fixture
def server():
    fake = FakeOpenAI({d.text: d.pii for d in DOCS})
    fake.url = fake.start()
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def api_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _cfg(url: str, n: int = 30, **openai) -> GenerateConfig:
    oc = {
        "base_url": url,
        "timeout": 60.0,  # no honest answer takes this long, however loaded the machine: exact retry counts
        "backoff_base": 0.02,
        "backoff_max": 0.1,
        "max_retries": 3,
        "rpm": None,
        "tpm": None,
        "concurrency": 4,
        **openai,
    }
    return GenerateConfig(num_samples=n, eval_share=0.0, teacher="openai", openai=oc)


def _accepted(d: Path) -> list[dict]:
    return [r for name in SPLITS for r in read_records(d / name)]


def _ids(d: Path) -> list[str]:
    return [r["id"] for r in _accepted(d)] + [r["id"] for r in read_records(d / "failed.jsonl")]


def test_faults_are_retried_or_rejected_with_reasons(server: FakeOpenAI, tmp_path: Path):
    server.fault(DOCS[0].text, "429")
    server.fault(DOCS[1].text, "500", "500")
    server.fault(DOCS[3].text, "truncated")
    server.fault(DOCS[4].text, "wrong_span")
    server.fault(DOCS[5].text, "invalid")
    server.fault(DOCS[6].text, "bad_type")
    server.fault(DOCS[7].text, "length")
    server.fault(DOCS[8].text, "fenced")
    server.fault(DOCS[9].text, *["500"] * 4)  # more than max_retries=3: given up, left for a rerun

    # The rules check is off: the corpus's gold leaves out, on purpose, look-alikes that the rules
    # engine reports (a public body's website, a case number read as a phone), and "complete" would add
    # them; the check has its own tests below.
    meta = run_generate(_cfg(server.url, rules_check="off"), tmp_path, quiet=True)
    run = meta["runs"][-1]

    # Retries really happened, on the wire.
    assert server.count(DOCS[0].text) == 2
    assert server.count(DOCS[1].text) == 3
    assert server.count(DOCS[2].text) == 1
    assert server.count(DOCS[9].text) == 4
    first, second = [r.at for r in server.requests if r.doc == DOCS[0].text]
    assert second - first >= 0.95, "Retry-After: 1 was not honoured"
    assert run["retries"] == 1 + 2 + 3
    assert run["requests"] == server.count()
    assert run["errors"] == 1 and "gave up after 3 retries" in run["last_error"]

    failed = {r["id"]: r["reason"] for r in read_records(tmp_path / "failed.jsonl")}
    assert failed.keys() == {ID[i] for i in (3, 4, 5, 6, 7)}
    assert failed[ID[3]].startswith("invalid JSON")
    assert failed[ID[4]] == "not in input: 'Zebedeo Quarantotto'"
    assert failed[ID[5]].startswith("invalid JSON")
    assert failed[ID[6]] == "unknown type: type 'FAVOURITE_COLOUR'"
    assert failed[ID[7]].startswith("truncated: finish_reason=length")
    assert all(r["raw_answer"] for r in read_records(tmp_path / "failed.jsonl"))

    accepted = _accepted(tmp_path)
    assert len(accepted) == 30 and len({r["id"] for r in accepted}) == 30
    assert ID[8] in {r["id"] for r in accepted} and ID[9] not in {r["id"] for r in accepted}
    for r in accepted:
        assert r["teacher"] == "openai" and r["teacher_model"] == "gpt-4o-mini"
        assert r["pii"] == GOLD[r["id"]]  # a perfect teacher's span list gives back the gold spans exactly
        assert r["v"] == 2 and r["prompt_version"] == "anonymization-v2"
        assert '"entities"' in r["teacher_answer"]  # the raw answer, as the teacher wrote it
    # Tokens come from the server's `usage` (cached prompt tokens included); cost from the price table.
    tok = meta["tokens"]
    assert tok["input"] > 0 and tok["estimated"] is False
    assert 0 < tok["cached_input"] < tok["input"] and run["cached_input_tokens"] == tok["cached_input"]
    expected = ((tok["input"] - tok["cached_input"]) * 0.15 + tok["cached_input"] * 0.075 + tok["output"] * 0.60) / 1e6
    assert meta["cost_usd"] == pytest.approx(expected, rel=1e-4)
    assert meta["prompt_version"] == "anonymization-v2"
    assert meta["structured_output"] == "json_schema"
    assert meta["base_url"] == server.url

    # The given-up document is retried by a rerun; nothing else is sent again.
    before = server.count()
    meta = run_generate(_cfg(server.url, n=31, rules_check="off"), tmp_path, quiet=True)
    assert server.count() - before == 1 and server.requests[-1].doc == DOCS[9].text
    assert len(_accepted(tmp_path)) == 31 and len(set(_ids(tmp_path))) == len(_ids(tmp_path))


def test_a_request_that_hangs_past_the_timeout_is_retried(server: FakeOpenAI, tmp_path: Path):
    server.fault(DOCS[0].text, "hang")  # held until the test ends: the client's timeout always comes first
    meta = run_generate(_cfg(server.url, n=3, timeout=1.0, concurrency=1), tmp_path, quiet=True)
    run = meta["runs"][-1]
    # On a loaded machine an honest answer may also miss a 1 s timeout and be retried: hence >=.
    assert server.count(DOCS[0].text) >= 2 and run["retries"] >= 1
    assert run["errors"] == 0 and run["stopped"] == "complete"
    assert [r["id"] for r in _accepted(tmp_path)] == ID[:3]


def test_budget_stops_cleanly_and_a_rerun_completes_the_set_exactly(server: FakeOpenAI, tmp_path: Path):
    max_cost = 0.002  # a handful of ~1,100-token requests at gpt-4o-mini prices
    meta = run_generate(_cfg(server.url, n=40, max_cost=max_cost), tmp_path, quiet=True)
    first = meta["runs"][-1]
    assert first["stopped"] == "max_cost"
    assert 0 < first["accepted"] < 40
    assert meta["cost_usd"] <= max_cost
    sent = server.count()
    assert sent == first["accepted"]

    meta = run_generate(_cfg(server.url, n=40), tmp_path, quiet=True)
    assert meta["runs"][-1]["stopped"] == "complete"
    assert server.count() - sent == 40 - first["accepted"]  # done documents are never requested again
    ids = _ids(tmp_path)
    assert len(ids) == 40 and len(set(ids)) == 40
    assert len(meta["runs"]) == 2 and meta["cost_usd"] > max_cost


def test_dry_run_sends_nothing_and_writes_nothing(server: FakeOpenAI, tmp_path: Path):
    est = run_generate(_cfg(server.url, n=50), tmp_path / "d", dry_run=True, quiet=True)
    assert server.count() == 0
    assert not (tmp_path / "d").exists()
    assert est["teacher_docs"] == 50
    assert est["input_tokens"] > 50 * 500 and est["output_tokens"] > 0
    # The static prefix (system + few-shot, > 1,024 tokens) is cached after the first request.
    assert 0 < est["cached_input_tokens"] < est["input_tokens"] and est["cached_input_tokens"] % 128 == 0
    uncached = est["input_tokens"] - est["cached_input_tokens"]
    expected = (uncached * 0.15 + est["cached_input_tokens"] * 0.075 + est["output_tokens"] * 0.60) / 1e6
    assert est["cost_usd"] == pytest.approx(expected, abs=1e-6)
    # The answer is the span list, not a copy of the document: a few dozen tokens per document.
    assert est["output_tokens"] / 50 < 120


def test_unsupported_response_format_falls_back_and_is_remembered(server: FakeOpenAI, tmp_path: Path):
    server.reject_modes = {"json_schema"}
    run_generate(_cfg(server.url, n=6, concurrency=1), tmp_path / "a", quiet=True)
    kinds = [(r.body.get("response_format") or {}).get("type", "text") for r in server.requests]
    assert kinds == ["json_schema"] + ["json_object"] * 6
    server.requests.clear()
    server.reject_modes = {"json_schema", "json_object"}
    run_generate(_cfg(server.url, n=3, concurrency=1), tmp_path / "b", quiet=True)
    kinds = [(r.body.get("response_format") or {}).get("type", "text") for r in server.requests]
    assert kinds == ["json_schema", "json_object", "text", "text", "text"]
    assert len(_accepted(tmp_path / "b")) == 3


def test_request_shape(server: FakeOpenAI, tmp_path: Path):
    run_generate(_cfg(server.url, n=2, concurrency=1), tmp_path, quiet=True)
    req = server.requests[0]
    assert req.headers["authorization"] == f"Bearer {KEY}"
    assert req.body["model"] == "gpt-4o-mini" and req.body["temperature"] == 0.0
    assert req.body["max_tokens"] == 1024  # a non-OpenAI base URL gets the widely supported field
    assert req.body["response_format"]["json_schema"]["name"] == "pii_entities"
    assert [m["role"] for m in req.body["messages"]][:2] == ["system", "user"]
    assert req.doc in req.body["messages"][-1]["content"]


def test_unreachable_teacher_stops_with_a_clear_error_and_keeps_the_dataset(tmp_path: Path):
    with pytest.raises(RuntimeFailure, match="teacher unreachable.*rerun the same command"):
        run_generate(_cfg("http://127.0.0.1:9/v1", n=10, max_retries=1, concurrency=2), tmp_path, quiet=True)
    meta = json.loads((tmp_path / "metadata.json").read_text())
    assert meta["runs"][-1]["stopped"] == "teacher_unreachable"
    assert read_records(tmp_path / "failed.jsonl") == []  # transport trouble is not the document's fault


def test_mostly_rejected_answers_abort_the_run(server: FakeOpenAI, tmp_path: Path):
    for d in DOCS:
        server.fault(d.text, "invalid")
    with pytest.raises(RuntimeFailure, match="mostly rejected"):
        run_generate(_cfg(server.url, n=100), tmp_path, quiet=True)
    assert 20 <= len(read_records(tmp_path / "failed.jsonl")) < 40


# -- the command line, in a subprocess: the key never shows up anywhere --------------------------
DISTILLERY = str(Path(sys.executable).with_name("distillery"))


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "OPENAI_API_KEY": KEY, "COLUMNS": "200"}
    env.pop("OPENAI_BASE_URL", None)
    return subprocess.run([DISTILLERY, *args], capture_output=True, text=True, env=env, cwd=tmp_path)


def _write_cfg(tmp_path: Path) -> Path:
    cfg = tmp_path / "gen.yaml"
    cfg.write_text("openai:\n  rpm: null\n  tpm: null\n  backoff_base: 0.02\n  backoff_max: 0.1\n", encoding="utf-8")
    return cfg


def _inputs_file(tmp_path: Path, docs: list, prefix: str) -> Path:
    path = tmp_path / "mine.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": f"{prefix}{d.id}", "text": d.text}) + "\n")
    return path


def _common_args(server: FakeOpenAI, tmp_path: Path, inputs: Path) -> list[str]:
    # --inputs: the subprocess labels exactly the documents the fake server knows.
    args = ["generate", "--teacher", "openai", "--inputs", str(inputs), "--eval-share", "0"]
    args += ["--base-url", server.url, "-c", str(_write_cfg(tmp_path))]
    return [*args, "--prompts", str(Path.cwd() / "configs/prompts/anonymization.yaml")]


def test_cli_inputs_file_and_the_key_never_appears(server: FakeOpenAI, tmp_path: Path):
    inputs = _inputs_file(tmp_path, DOCS[:12], "mine-")
    server.fault(DOCS[0].text, "429")
    server.fault(DOCS[1].text, "wrong_span")
    out = tmp_path / "ds"
    common = [*_common_args(server, tmp_path, inputs), "--timeout", "60", "--concurrency", "2", "-o", str(out)]
    args = [*common, "-n", "10"]
    res = _cli(args, tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout == ""
    assert "requests / retries" in res.stderr and "cost this run" in res.stderr
    recs = _accepted(out)
    assert len(recs) == 10 and all(r["id"].startswith("mine-") and r["kind"] == "input" for r in recs)
    assert [r["id"] for r in read_records(out / "failed.jsonl")] == [f"mine-{ID[1]}"]
    meta = json.loads((out / "metadata.json").read_text())
    assert meta["inputs"]["path"] == str(inputs) and len(meta["inputs"]["sha256"]) == 64
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # the key was really used...

    # ...and an auth failure is one clear line, exit 1.
    server.fault(DOCS[11].text, "401")
    res2 = _cli([*common, "-n", "12"], tmp_path)
    assert res2.returncode == 1
    assert "OPENAI_API_KEY" in res2.stderr and "Traceback" not in res2.stderr

    # Dry run: zero requests.
    before = server.count()
    res3 = _cli([*common, "-n", "40", "--dry-run"], tmp_path)
    assert res3.returncode == 0 and "requests sent" in res3.stderr and server.count() == before

    # ...and it is nowhere: not in the dataset, config, metadata, failed answers, nor in any output.
    for path in out.rglob("*"):
        assert KEY not in path.read_text(encoding="utf-8"), path
    for r in (res, res2, res3):
        assert KEY not in r.stdout + r.stderr


def test_ctrl_c_stops_at_once_despite_requests_in_flight_and_the_run_resumes(server: FakeOpenAI, tmp_path: Path):
    import signal
    import time

    for d in DOCS[4:]:
        server.fault(d.text, "hang")  # these hang until the test releases them, and the client's timeout is longer
    out = tmp_path / "ds"
    args = [*_common_args(server, tmp_path, _inputs_file(tmp_path, DOCS[:12], "")), "-n", "12", "--timeout", "600"]
    args += ["--concurrency", "4", "-o", str(out)]
    env = {**os.environ, "OPENAI_API_KEY": KEY}
    proc = subprocess.Popen([DISTILLERY, *args], env=env, stderr=subprocess.PIPE, text=True, cwd=Path.cwd())
    try:
        deadline = time.monotonic() + 120  # a safety net, not a measurement
        while len(read_records(out / "train.jsonl")) + len(read_records(out / "validation.jsonl")) < 4:
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        server.wait_hanging(4)  # every worker is waiting on an answer that will not come
        proc.send_signal(signal.SIGINT)
        # A run that waited for its requests would never end (they hang until released, the client's
        # timeout is 10 min): the safety net below would fail it. A prompt one exits with them still held.
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert server.hanging == 4, "the run waited for its requests"
    assert proc.returncode == 130 and "interrupted" in err
    assert json.loads((out / "metadata.json").read_text())["runs"][-1]["stopped"] == "interrupted"

    server.faults.clear()
    server.release()
    res = _cli(args, tmp_path)
    assert res.returncode == 0, res.stderr
    ids = _ids(out)
    assert len(ids) == 12 and len(set(ids)) == 12


# -- real servers as they are ---------------------------------------------------------------------
def _formats(server: FakeOpenAI) -> list[str]:
    return [(r.body.get("response_format") or {}).get("type", "text") for r in server.requests]


def test_llama_cpp_like_500_on_json_schema_decides_the_mode_once(server: FakeOpenAI, tmp_path: Path):
    """llama.cpp's server answers json_schema with HTTP 500 and a validation body: one probe, no retry."""
    server.validation_500 = {"json_schema"}
    meta = run_generate(_cfg(server.url, n=12, concurrency=4), tmp_path, quiet=True)
    assert _formats(server) == ["json_schema"] + ["json_object"] * 12  # the probe went alone, first
    run = meta["runs"][-1]
    assert run["retries"] == 0 and run["requests"] == 13 and run["stopped"] == "complete"
    assert meta["structured_output"] == "json_object"
    assert len(_accepted(tmp_path)) == 12


def test_forced_response_format_that_the_server_rejects_stops_with_one_line(server: FakeOpenAI, tmp_path: Path):
    server.validation_500 = {"json_schema"}
    with pytest.raises(RuntimeFailure, match="rejects response_format json_schema.*--response-format"):
        run_generate(_cfg(server.url, n=5, response_format="json_schema"), tmp_path, quiet=True)
    assert server.count() == 1
    server.requests.clear()
    meta = run_generate(_cfg(server.url, n=5, response_format="text"), tmp_path / "t", quiet=True)
    assert _formats(server) == ["text"] * 5 and meta["structured_output"] == "text"


def test_a_validation_error_is_never_retried_whatever_its_status(server: FakeOpenAI, tmp_path: Path):
    server.fault(DOCS[0].text, "invalid_500", "invalid_500")
    meta = run_generate(_cfg(server.url, n=5, concurrency=1), tmp_path, quiet=True)
    assert server.count(DOCS[0].text) == 1 and meta["runs"][-1]["retries"] == 0
    (failed,) = read_records(tmp_path / "failed.jsonl")
    assert failed["id"] == ID[0] and failed["reason"].startswith("HTTP 500") and "Input should be" in failed["reason"]


def test_a_server_that_ignores_response_format(server: FakeOpenAI, tmp_path: Path):
    # Prose around the JSON: the JSON is found and validated like any other answer.
    server.ignore_format = True
    run_generate(_cfg(server.url, n=6), tmp_path / "a", quiet=True)
    assert len(_accepted(tmp_path / "a")) == 6
    # Prose alone: every answer goes to failed.jsonl with its reason and raw text, and the run stops.
    server.prose_only = True
    with pytest.raises(RuntimeFailure, match="mostly rejected"):
        run_generate(_cfg(server.url, n=60), tmp_path / "b", quiet=True)
    failed = read_records(tmp_path / "b" / "failed.jsonl")
    assert len(failed) >= 20 and all(f["reason"].startswith("invalid JSON") and f["raw_answer"] for f in failed)
    assert _ids(tmp_path / "b") and not _accepted(tmp_path / "b")


def test_two_runs_on_one_dir_the_second_exits_2_naming_the_first_and_a_killed_ones_lock_is_taken_over(
    server: FakeOpenAI, tmp_path: Path
):
    import signal
    import time

    for d in DOCS[4:]:
        server.fault(d.text, "hang")  # the first run holds the dir while these hang (until released)
    out = tmp_path / "ds"
    args = [*_common_args(server, tmp_path, _inputs_file(tmp_path, DOCS[:12], "")), "-n", "12", "--timeout", "60"]
    args += ["--concurrency", "2", "-o", str(out)]
    env = {**os.environ, "OPENAI_API_KEY": KEY}
    first = subprocess.Popen([DISTILLERY, *args], env=env, stderr=subprocess.DEVNULL, cwd=Path.cwd())
    try:
        deadline = time.monotonic() + 120  # a safety net, not a measurement
        while len(read_records(out / "train.jsonl")) + len(read_records(out / "validation.jsonl")) < 4:
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        second = _cli(args, tmp_path)
        assert second.returncode == 2
        assert f"is being written by another `distillery generate` (pid {first.pid}" in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
        written = _ids(out)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=20)
    finally:
        if first.poll() is None:
            first.kill()
    assert _ids(out) == written  # the refused run wrote nothing
    server.faults.clear()
    server.release()
    res = _cli(args, tmp_path)
    assert res.returncode == 0, res.stderr
    assert f"took over the lock of pid {first.pid}" in res.stderr
    ids = _ids(out)
    assert len(ids) == 12 and len(set(ids)) == 12


# -- the teacher's answers checked against the rules engine ----------------------------------------
TINY = list(tiny_corpus(40))  # 12 are asked for; a rejected document is replaced by the next one
# Every tiny document has a name and an e-mail or a phone number; these answers say there is nothing.
EMPTY = [TINY[i] for i in (0, 2, 4, 7, 9)]
EMPTY_IDS = {d.id for d in EMPTY}


@pytest.fixture
def tiny_server():
    fake = FakeOpenAI({d.text: d.pii for d in TINY})
    fake.url = fake.start()
    for d in EMPTY:
        fake.fault(d.text, "empty")
    yield fake
    fake.stop()


def _structured(doc) -> list[dict]:
    """The gold items the rules engine finds by itself: the e-mail or phone number."""
    return [p for p in doc.pii if p["type"] in ("EMAIL", "PHONE")]


def _tiny_run(server: FakeOpenAI, out: Path, n: int, mode: str) -> dict:
    # One request at a time: which documents a run reaches is then fixed, and so are its counts.
    cfg = _cfg(server.url, n=n, rules_check=mode, concurrency=1)
    return run_generate(cfg, out, quiet=True, corpus=tiny_corpus)


@pytest.mark.parametrize("mode", ["complete", "reject", "off"])
def test_an_empty_answer_is_completed_or_rejected_by_the_rules_check(mode, tiny_server, tmp_path: Path):
    meta = _tiny_run(tiny_server, tmp_path, 12, mode)
    accepted = {r["id"]: r for r in _accepted(tmp_path)}
    failed = {r["id"]: r["reason"] for r in read_records(tmp_path / "failed.jsonl")}
    gold = {d.id: d.pii for d in TINY}
    for doc_id, r in accepted.items():
        if doc_id not in EMPTY_IDS:
            assert r["pii"] == gold[doc_id]  # a perfect answer is left as it is
    added = Counter(p["type"] for d in EMPTY for p in _structured(d))
    check = meta["rules_check"]
    if mode == "complete":
        assert set(accepted) == {d.id for d in TINY[:12]} and not failed
        for d in EMPTY:  # the e-mail or phone is back in the gold, the name (not a checked type) is not
            assert accepted[d.id]["pii"] == _structured(d)
        assert check == {"mode": "complete", "checked": 12, "completed": 5, "rejected": 0, "added": dict(added)}
    elif mode == "reject":
        assert set(failed) == EMPTY_IDS and set(accepted) == {d.id for d in TINY[:17]} - EMPTY_IDS
        assert all(reason.startswith("rules check: the answer misses 1 value(s)") for reason in failed.values())
        assert check == {"mode": "reject", "checked": 17, "completed": 0, "rejected": 5, "added": {}}
    else:
        assert all(accepted[i]["pii"] == [] for i in EMPTY_IDS)
        assert check == {"mode": "off", "checked": 0, "completed": 0, "rejected": 0, "added": {}}
    run = meta["runs"][-1]
    assert (run["rules_checked"], run["rules_completed"], run["rules_rejected"], run["rules_added"]) == (
        check["checked"],
        check["completed"],
        check["rejected"],
        check["added"],
    )


@pytest.mark.parametrize("mode", ["complete", "reject"])
def test_a_resumed_run_keeps_the_rules_check_counts_consistent(mode, tiny_server, tmp_path: Path):
    """Two runs into one dir (the second resumes the first): each document is checked once, the
    top-level counts are the sum of the runs' and agree with the files."""
    _tiny_run(tiny_server, tmp_path, 5, mode)
    meta = _tiny_run(tiny_server, tmp_path, 12, mode)
    accepted = _accepted(tmp_path)
    failed = read_records(tmp_path / "failed.jsonl")
    assert tiny_server.count() == len(accepted) + len(failed)  # nothing asked twice
    runs, check = meta["runs"], meta["rules_check"]
    assert len(runs) == 2 and runs[0]["rules_checked"] > 0 and runs[1]["rules_checked"] > 0
    for key in ("checked", "completed", "rejected"):
        assert check[key] == sum(r[f"rules_{key}"] for r in runs)
    assert check["checked"] == len(accepted) + len(failed)
    if mode == "complete":
        completed = [r for r in accepted if r["id"] in EMPTY_IDS]
        assert check["completed"] == len(completed) == 5 and not failed
        assert check["added"] == dict(Counter(p["type"] for r in completed for p in r["pii"]))
    else:
        assert check["rejected"] == len(failed) == 5 and check["completed"] == 0


def test_the_rules_check_is_set_from_the_command_line(tiny_server, tmp_path: Path):
    from typer.testing import CliRunner

    from distillery.cli import app

    out = tmp_path / "ds"
    args = [*_common_args(tiny_server, tmp_path, _inputs_file(tmp_path, TINY[:6], "")), "-n", "3", "-q"]
    res = CliRunner().invoke(app, [*args, "--concurrency", "1", "--rules-check", "reject", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert {r["id"] for r in read_records(out / "failed.jsonl")} == {TINY[i].id for i in (0, 2, 4)}
    assert json.loads((out / "metadata.json").read_text())["rules_check"]["mode"] == "reject"


def test_credentials_in_the_base_url_are_not_saved_and_the_env_url_is_recorded(
    server: FakeOpenAI, tmp_path: Path, monkeypatch
):
    import yaml

    host = server.url.split("://", 1)[1]
    with_creds = f"http://alice:s3cr3t-pass@{host}"
    run_generate(_cfg(with_creds, n=2, rules_check="off"), tmp_path / "a", quiet=True)
    saved = (tmp_path / "a" / "config.yaml").read_text(encoding="utf-8")
    assert "s3cr3t-pass" not in saved and "alice" not in saved
    assert yaml.safe_load(saved)["openai"]["base_url"] == server.url

    # From the environment: config.yaml records the URL the run used, not null.
    monkeypatch.setenv("OPENAI_BASE_URL", with_creds)
    get_settings.cache_clear()
    run_generate(_cfg(None, n=2, rules_check="off"), tmp_path / "b", quiet=True)
    saved = (tmp_path / "b" / "config.yaml").read_text(encoding="utf-8")
    assert "s3cr3t-pass" not in saved
    assert yaml.safe_load(saved)["openai"]["base_url"] == server.url
