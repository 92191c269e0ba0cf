"""The shared file helpers: JSON / JSONL readers with `file:line` errors and the atomic directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from distillery.errors import UserError
from distillery.fsutil import atomic_dir, load_json_object, read_json_object, read_jsonl_objects


def test_read_jsonl_objects_gives_file_line_and_skips_blank_lines(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}\n\n  \n{"b": 2}\n')
    assert list(read_jsonl_objects(path)) == [(f"{path}:1", {"a": 1}), (f"{path}:4", {"b": 2})]


@pytest.mark.parametrize(
    "line, message",
    [
        (b"{not json", r"a.jsonl:2: invalid JSON \("),
        (b'["a list"]', "a.jsonl:2: expected a thing$"),
        (b'"text"', "a.jsonl:2: expected a thing$"),
        (b"caff\xe8", r"a.jsonl:2: not valid UTF-8 \(byte 4\)"),
    ],
)
def test_read_jsonl_objects_names_the_first_bad_line(tmp_path: Path, line: bytes, message: str):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a": 1}\n' + line + b"\n{also bad\n")
    with pytest.raises(UserError, match=message):
        list(read_jsonl_objects(path, what="a thing"))


def test_complete_only_skips_a_torn_last_line(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    assert [o for _, o in read_jsonl_objects(path, complete_only=True)] == [{"a": 1}, {"b": 2}]
    with pytest.raises(UserError, match="a.jsonl:3: invalid JSON"):
        list(read_jsonl_objects(path))


def test_json_object_readers_lenient_and_strict(tmp_path: Path):
    good, bad, listed = tmp_path / "good.json", tmp_path / "bad.json", tmp_path / "list.json"
    good.write_text('{"k": "v"}', encoding="utf-8")
    bad.write_text("{torn", encoding="utf-8")
    listed.write_text("[1]", encoding="utf-8")
    assert read_json_object(good) == load_json_object(good) == {"k": "v"}
    assert read_json_object(bad) is read_json_object(listed) is read_json_object(tmp_path / "none") is None
    with pytest.raises(UserError, match=r"bad.json: invalid JSON"):
        load_json_object(bad)
    with pytest.raises(UserError, match=r"list.json: expected an adapter config"):
        load_json_object(listed, what="an adapter config")
    with pytest.raises(UserError, match=r"none.json: not found"):
        load_json_object(tmp_path / "none.json")


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def test_atomic_dir_creates_and_replaces(tmp_path: Path):
    target = tmp_path / "out"
    with atomic_dir(target) as tmp:
        assert not target.exists() and tmp.parent == tmp_path
        (tmp / "a").write_text("1")
    assert (target / "a").read_text() == "1"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o777 & ~umask  # as mkdir would make it, not mkdtemp's 0700
    with atomic_dir(target) as tmp:
        (tmp / "b").write_text("2")
    assert sorted(p.name for p in target.iterdir()) == ["b"]  # replaced, not merged
    assert _leftovers(tmp_path) == []


def test_atomic_dir_failure_keeps_the_previous_target_and_no_temp_dir(tmp_path: Path):
    target = tmp_path / "out"
    with atomic_dir(target) as tmp:
        (tmp / "old").write_text("kept")
    with pytest.raises(RuntimeError, match="boom"), atomic_dir(target) as tmp:
        (tmp / "half").write_text("x")
        raise RuntimeError("boom")
    assert sorted(p.name for p in target.iterdir()) == ["old"]
    assert _leftovers(tmp_path) == []
    fresh = tmp_path / "fresh"
    with pytest.raises(KeyboardInterrupt), atomic_dir(fresh) as tmp:
        (tmp / "half").write_text("x")
        raise KeyboardInterrupt
    assert not fresh.exists() and _leftovers(tmp_path) == []
