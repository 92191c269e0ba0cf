"""The resumable, append-only dataset writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distillery.dataset import text_hash
from distillery.errors import UserError
from distillery.generate.writer import DatasetWriter, read_records


def _rec(i: int, text: str | None = None) -> dict:
    return {"id": f"d{i}", "text": text or f"document number {i}"}


def test_records_are_flushed_as_written(tmp_path: Path):
    w = DatasetWriter(tmp_path)
    w.write("train", _rec(1))
    # Not closed yet: another reader already sees the complete line.
    assert read_records(tmp_path / "train.jsonl") == [_rec(1)]
    w.close()


def test_reopen_loads_ids_hashes_and_counts(tmp_path: Path):
    with DatasetWriter(tmp_path) as w:
        w.write("train", _rec(1))
        w.write("eval", _rec(2))
        w.write("failed", _rec(3))
    w = DatasetWriter(tmp_path)
    assert w.has("d1") and w.has("d2") and w.has("d3") and not w.has("d4")
    assert w.counts == {"train": 1, "validation": 0, "eval": 1, "failed": 1}
    assert text_hash("DOCUMENT   number 1") in w.hashes
    assert text_hash("document number 3") not in w.hashes  # failed texts are not in the dataset
    with pytest.raises(RuntimeError):
        w.write("validation", _rec(1))
    w.close()


def test_torn_last_line_is_cut_on_resume(tmp_path: Path):
    with DatasetWriter(tmp_path) as w:
        w.write("train", _rec(1))
        w.write("train", _rec(2))
    path = tmp_path / "train.jsonl"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(_rec(3))[:17])  # killed mid-write
    # A dry run (read-only) ignores the torn tail without touching the file.
    ro = DatasetWriter(tmp_path, read_only=True)
    assert not ro.has("d3") and ro.repaired == []
    w = DatasetWriter(tmp_path)
    assert w.repaired == ["train.jsonl"]
    assert not w.has("d3")
    w.write("train", _rec(3))
    w.close()
    assert [r["id"] for r in read_records(path)] == ["d1", "d2", "d3"]


def test_file_that_is_all_torn_line_is_emptied(tmp_path: Path):
    (tmp_path / "eval.jsonl").write_text('{"id": "x", "te', encoding="utf-8")
    w = DatasetWriter(tmp_path)
    assert w.counts["eval"] == 0 and (tmp_path / "eval.jsonl").read_text() == ""
    w.close()


def test_corrupt_or_duplicated_lines_are_user_errors(tmp_path: Path):
    (tmp_path / "train.jsonl").write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"train.jsonl:2: invalid JSON"):
        DatasetWriter(tmp_path)
    (tmp_path / "train.jsonl").write_text('{"id": "a", "text": "x"}\n["a list"]\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"train.jsonl:2: expected a dataset record"):
        DatasetWriter(tmp_path)
    (tmp_path / "train.jsonl").write_text('{"id": "a", "text": "x"}\n{"text": "y"}\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"train.jsonl:2: not a dataset record"):
        DatasetWriter(tmp_path)
    (tmp_path / "train.jsonl").write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    (tmp_path / "validation.jsonl").write_text('{"id": "a", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(UserError, match="duplicate id 'a'"):
        DatasetWriter(tmp_path)
