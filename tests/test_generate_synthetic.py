"""The synthetic (offline) teacher path: determinism, splits, dedup, resume after a kill."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from fake_openai_server import tiny_corpus

from distillery.errors import UserError
from distillery.generate.config import GenerateConfig
from distillery.generate.records import text_hash
from distillery.generate.run import run as run_generate
from distillery.generate.writer import read_records

SPLIT_FILES = ("train.jsonl", "validation.jsonl", "eval.jsonl", "failed.jsonl")
RECORD_KEYS = {"v", "id", "lang", "kind", "template", "text", "pii", "keep", "teacher", "teacher_model"}


def _dataset(d: Path) -> dict[str, list[dict]]:
    return {name: read_records(d / name) for name in SPLIT_FILES}


def _by_id(d: Path) -> dict[str, tuple[str, dict]]:
    out = {}
    for name, recs in _dataset(d).items():
        for r in recs:
            assert r["id"] not in out, f"duplicate id {r['id']}"
            out[r["id"]] = (name, r)
    return out


def _gen(out: Path, n: int = 300, corpus=tiny_corpus, **cfg) -> dict:
    return run_generate(GenerateConfig(num_samples=n, **cfg), out, quiet=True, corpus=corpus)


def test_splits_records_and_gold_labels(tmp_path: Path):
    meta = _gen(tmp_path, 300)
    data = _dataset(tmp_path)
    assert len(data["eval.jsonl"]) == 30
    assert len(data["train.jsonl"]) + len(data["validation.jsonl"]) == 270
    assert 10 <= len(data["validation.jsonl"]) <= 50
    assert data["failed.jsonl"] == []
    assert all(r["id"].startswith("eval-") for r in data["eval.jsonl"])
    for r in data["train.jsonl"] + data["eval.jsonl"]:
        assert set(r) == RECORD_KEYS
        for p in r["pii"]:
            assert r["text"][p["start"] : p["end"]] == p["value"]
        assert r["v"] == 2 and r["teacher"] == "synthetic"  # gold spans as they are: no teacher answer
    assert meta["counts"] == {
        "train": len(data["train.jsonl"]),
        "validation": len(data["validation.jsonl"]),
        "eval": 30,
        "failed": 0,
    }
    saved = json.loads((tmp_path / "metadata.json").read_text())
    assert saved["teacher"] == "synthetic" and saved["seed"] == 42 and saved["runs"][-1]["stopped"] == "complete"
    assert (tmp_path / "config.yaml").is_file()


def test_same_seed_same_bytes_other_seed_other_data(tmp_path: Path):
    _gen(tmp_path / "a", 200)
    _gen(tmp_path / "b", 200)
    _gen(tmp_path / "c", 200, seed=7)
    for name in SPLIT_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert (tmp_path / "a" / "train.jsonl").read_bytes() != (tmp_path / "c" / "train.jsonl").read_bytes()


def test_duplicates_are_skipped_and_replaced(tmp_path: Path):
    def dupey(n, *, seed=42, split="train", langs=("it", "en"), start=0):
        # Every third document repeats the previous text (other id, other case/spacing).
        prev = None
        for doc in tiny_corpus(n, seed=seed, split=split, langs=langs, start=start):
            idx = int(doc.id.split("-")[1])
            if idx % 3 == 2 and prev is not None:
                # Its pii is wrong on purpose: it must be skipped before it is ever labeled.
                yield replace(prev, id=doc.id, text=prev.text.replace(" ", "  ", 1).upper(), pii=[])
            else:
                yield doc
            prev = doc

    meta = _gen(tmp_path, 120, corpus=dupey)
    recs = [r for name in ("train.jsonl", "validation.jsonl", "eval.jsonl") for r in read_records(tmp_path / name)]
    assert len(recs) == 120
    assert len({text_hash(r["text"]) for r in recs}) == 120
    assert meta["runs"][-1]["duplicates"] > 20


def test_gold_bugs_go_to_failed_with_a_reason(tmp_path: Path):
    def buggy(n, *, seed=42, split="train", langs=("it", "en"), start=0):
        for doc in tiny_corpus(n, seed=seed, split=split, langs=langs, start=start):
            idx = int(doc.id.split("-")[1])
            if split == "train" and idx == 1:
                p = dict(doc.pii[0], start=doc.pii[0]["start"] + 1, end=doc.pii[0]["end"] + 1)
                doc = replace(doc, pii=[p, *doc.pii[1:]])
            elif split == "train" and idx == 2:
                # The name appears twice but gold labels it once: the dataset would teach a leak.
                doc = replace(doc, text=doc.text + " " + doc.pii[0]["value"])
            yield doc

    _gen(tmp_path, 50, corpus=buggy)
    failed = read_records(tmp_path / "failed.jsonl")
    assert [f["id"] for f in failed] == ["train-000001", "train-000002"]
    assert "gold span" in failed[0]["reason"]
    assert "unlabeled at char" in failed[1]["reason"]
    # Rejected documents are replaced by later ones: the dataset still has 50 examples.
    assert sum(len(read_records(tmp_path / n)) for n in SPLIT_FILES[:3]) == 50


def test_interrupted_run_resumes_to_the_uninterrupted_dataset(tmp_path: Path):
    calls = {"n": 0}

    def dies(n, *, seed=42, split="train", langs=("it", "en"), start=0):
        for doc in tiny_corpus(n, seed=seed, split=split, langs=langs, start=start):
            calls["n"] += 1
            if calls["n"] == 150:
                raise KeyboardInterrupt
            yield doc

    with pytest.raises(KeyboardInterrupt):
        _gen(tmp_path / "resumed", 300, corpus=dies)
    meta = json.loads((tmp_path / "resumed" / "metadata.json").read_text())
    assert meta["runs"][-1]["stopped"] == "interrupted"
    assert 0 < sum(meta["counts"].values()) < 300
    # A torn line, as a SIGKILL mid-write leaves it.
    with (tmp_path / "resumed" / "train.jsonl").open("a") as fh:
        fh.write('{"id": "train-009999", "text": "half a rec')
    _gen(tmp_path / "resumed", 300)
    _gen(tmp_path / "straight", 300)
    assert _by_id(tmp_path / "resumed") == _by_id(tmp_path / "straight")
    meta = json.loads((tmp_path / "resumed" / "metadata.json").read_text())
    assert [r["stopped"] for r in meta["runs"]] == ["interrupted", "complete"]


def test_growing_num_samples_extends_the_dataset(tmp_path: Path):
    _gen(tmp_path / "grown", 100)
    _gen(tmp_path / "grown", 200)
    _gen(tmp_path / "straight", 200)
    assert _by_id(tmp_path / "grown") == _by_id(tmp_path / "straight")


def test_resume_with_other_identity_settings_is_refused(tmp_path: Path):
    _gen(tmp_path, 20)
    with pytest.raises(UserError, match="seed=42"):
        _gen(tmp_path, 20, seed=1)
    with pytest.raises(UserError, match="--inputs needs --teacher openai"):
        run_generate(GenerateConfig(num_samples=5), tmp_path / "x", inputs=str(tmp_path / "config.yaml"), quiet=True)


def test_dry_run_writes_nothing(tmp_path: Path):
    est = run_generate(GenerateConfig(num_samples=40), tmp_path / "d", dry_run=True, quiet=True, corpus=tiny_corpus)
    assert est["teacher_docs"] == 36 and est["eval_docs"] == 4 and est["cost_usd"] == 0.0
    assert not (tmp_path / "d").exists()


# -- the real command line, in a subprocess ----------------------------------------------------------
DISTILLERY = str(Path(sys.executable).with_name("distillery"))


def _real_corpus_available() -> bool:
    try:
        from distillery.corpus import generate_documents  # noqa: F401
    except ImportError:
        return False
    return True


needs_corpus = pytest.mark.skipif(not _real_corpus_available(), reason="distillery.corpus not built yet")


def _count_lines(d: Path) -> int:
    total = 0
    for name in SPLIT_FILES:
        p = d / name
        if p.is_file():
            total += p.read_bytes().count(b"\n")
    return total


# The `distillery generate` command line, with a corpus that stops after STOP_AT documents, says so
# in a marker file and waits there until it is killed: the SIGKILL lands mid-run on any machine.
_STOPPING_CLI = """
import sys, threading
from pathlib import Path
import distillery.corpus as corpus

STOP_AT, MARKER = int(sys.argv[1]), Path(sys.argv[2])
real, given = corpus.generate_documents, [0]

def stopping(*args, **kwargs):
    for doc in real(*args, **kwargs):
        if given[0] == STOP_AT:
            MARKER.write_text("stopped")
            threading.Event().wait()
        given[0] += 1
        yield doc

corpus.generate_documents = stopping
from distillery.cli import main
sys.argv = ["distillery", *sys.argv[3:]]
main()
"""


@needs_corpus
def test_cli_sigkill_mid_run_then_rerun_equals_uninterrupted(tmp_path: Path):
    n, stop_at = 400, 200
    cmd = [DISTILLERY, "generate", "--num-samples", str(n), "--quiet", "--output"]
    marker = tmp_path / "stopped"
    child = [sys.executable, "-c", _STOPPING_CLI, str(stop_at), str(marker), *cmd[1:], str(tmp_path / "killed")]
    proc = subprocess.Popen(child, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300  # a safety net only: the child waits at the marker until killed
        while not marker.exists() or _count_lines(tmp_path / "killed") == 0:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = _count_lines(tmp_path / "killed")
    assert 0 < partial <= stop_at
    subprocess.run([*cmd, str(tmp_path / "killed")], check=True, capture_output=True)
    subprocess.run([*cmd, str(tmp_path / "straight")], check=True, capture_output=True)
    killed, straight = _by_id(tmp_path / "killed"), _by_id(tmp_path / "straight")
    assert len(killed) == n
    assert killed == straight


@needs_corpus
def test_cli_summary_on_stderr_and_nothing_on_stdout(tmp_path: Path):
    res = subprocess.run(
        [DISTILLERY, "generate", "-n", "60", "-o", str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert res.stdout == ""
    assert "examples/s" in res.stderr and "train" in res.stderr
    meta = json.loads((tmp_path / "metadata.json").read_text())
    assert sum(meta["counts"][s] for s in ("train", "validation", "eval")) == 60
    assert meta["diversity"] is not None
