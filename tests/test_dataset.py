"""The one dataset record model and its reader: what generate writes, train and eval read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_openai_server import tiny_corpus

from distillery.dataset import RECORD_VERSION, DatasetRecord, read_dataset
from distillery.errors import UserError
from distillery.evaluate.gold import load_gold
from distillery.generate.config import GenerateConfig
from distillery.generate.run import run as run_generate
from distillery.student_format import target_from_spans
from distillery.train.config import DataSection
from distillery.train.data import load_splits, read_examples

# A record as version 1 wrote it (before the span-list teacher): no "v", the rewrite as the answer.
V1 = {
    "id": "train-000001",
    "lang": "it",
    "kind": "email",
    "template": "it.email.1",
    "text": "Gentile Mario Rossi, chiami il 347 123 4567.",
    "pii": [
        {"value": "Mario Rossi", "type": "PERSON", "start": 8, "end": 19},
        {"value": "347 123 4567", "type": "PHONE", "start": 31, "end": 43},
    ],
    "keep": [],
    "teacher": "openai",
    "teacher_model": "gpt-4o-mini",
    "teacher_answer": {"anonymized_text": "Gentile [PERSON_1], chiami il [PHONE_1].", "replaced_tokens": []},
}


def test_generate_writes_records_that_train_and_eval_read_back(tmp_path: Path):
    run_generate(GenerateConfig(num_samples=60), tmp_path, quiet=True, corpus=tiny_corpus)
    raw = [json.loads(line) for line in (tmp_path / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    recs = [rec for _, rec in read_dataset(tmp_path / "train.jsonl")]
    assert [r.id for r in recs] == [r["id"] for r in raw]
    assert all(r.v == RECORD_VERSION and r.teacher == "synthetic" for r in recs)
    splits = load_splits(tmp_path, DataSection())
    by_id = {ex.id: ex for ex in splits.train}
    for r in raw:
        # The student's target is the one it always was: the gold spans, as compact JSON.
        spans = [(p["start"], p["end"], p["type"]) for p in r["pii"]]
        assert by_id[r["id"]].target == target_from_spans(r["text"], spans)
        assert by_id[r["id"]].record.kind == r["kind"]
    gold = load_gold(tmp_path / "eval.jsonl")
    assert len(gold) == 6 and all(d.spans for d in gold)


def test_version_1_records_still_load(tmp_path: Path):
    path = tmp_path / "train.jsonl"
    path.write_text(json.dumps(V1) + "\n", encoding="utf-8")
    (ex,) = read_examples(path)
    assert ex.target == '[{"v":"Mario Rossi","t":"PERSON"},{"v":"347 123 4567","t":"PHONE"}]'
    assert ex.record.v == 1 and isinstance(ex.record.teacher_answer, dict)
    (doc,) = load_gold(path)
    assert [s.value for s in doc.spans] == ["Mario Rossi", "347 123 4567"]


def test_bad_lines_name_file_and_line_for_every_reader(tmp_path: Path):
    bad = dict(V1, pii=[{"value": "Mario Rossi", "type": "PERSON", "start": 9, "end": 20}])
    path = tmp_path / "train.jsonl"
    path.write_text(json.dumps(V1) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    for read in (read_examples, load_gold):
        with pytest.raises(UserError, match=r"train\.jsonl:2: pii\[0\]: text\[9:20\] is 'ario Rossi,'"):
            read(path)


def test_located_values_and_explicit_offsets_merge():
    rec = DatasetRecord.model_validate(
        {"text": "Rosa scrive a Rosaria e a Mario Rossi; Rossi risponde.", "pii": [
            {"value": "Rosa", "type": "PERSON"},
            {"value": "Mario Rossi", "type": "PERSON", "start": 26, "end": 37},
            {"value": "Rossi", "type": "PERSON"},
        ]}
    )  # fmt: skip
    assert [(s.value, s.start) for s in rec.spans()] == [("Rosa", 0), ("Mario Rossi", 26), ("Rossi", 39)]
