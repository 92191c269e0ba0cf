"""The dataset directory: append-only split files written as records arrive, safe to resume.

Every record is one JSON line, flushed as soon as it is written, so killing the process loses at
most the line being written. On open, each file's torn last line (if any) is cut off, and the ids
and text hashes already present are loaded: a rerun skips those ids and never writes a duplicate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from pydantic import BaseModel

from distillery.dataset import text_hash
from distillery.errors import UserError
from distillery.fsutil import read_jsonl_objects
from distillery.generate.records import SPLITS

FAILED = "failed"
FILES = {name: f"{name}.jsonl" for name in (*SPLITS, FAILED)}
RECORD = "a dataset record"


def _repair_tail(path: Path) -> bool:
    """Cut an incomplete last line (a write interrupted by a kill). True if something was cut."""
    size = path.stat().st_size
    if size == 0:
        return False
    with path.open("rb+") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return False
        # Walk back to the previous newline; everything after it is the torn line.
        pos = size - 1
        block = 4096
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                fh.truncate(start + nl + 1)
                return True
            pos = start
        fh.truncate(0)
        return True


class DatasetWriter:
    def __init__(self, out_dir: str | Path, *, read_only: bool = False):
        self.dir = Path(out_dir)
        self.read_only = read_only
        self.ids: dict[str, str] = {}  # id -> split (or "failed")
        self.hashes: set[str] = set()  # normalized-text hashes of records in the splits
        self.counts: dict[str, int] = {name: 0 for name in FILES}
        self.repaired: list[str] = []
        self._fhs: dict[str, IO[str]] = {}
        if self.dir.exists() and not self.dir.is_dir():
            raise UserError(f"--output {self.dir} exists and is not a directory")
        for name, filename in FILES.items():
            path = self.dir / filename
            if path.is_file():
                self._load(name, path)

    def _load(self, name: str, path: Path) -> None:
        if not self.read_only and _repair_tail(path):
            self.repaired.append(path.name)
        # complete_only: a torn tail seen in read-only mode (dry run) is ignored, as a resume would.
        for where, obj in read_jsonl_objects(path, what=RECORD, complete_only=True):
            if "id" not in obj:
                raise UserError(f"{where}: not {RECORD} (no id; corrupt file?)")
            doc_id = str(obj["id"])
            if doc_id in self.ids:
                # Only a hand-edited or concatenated file gets here; say so rather than guess.
                raise UserError(f"{where}: duplicate id {doc_id!r} (already in {self.ids[doc_id]})")
            self.ids[doc_id] = name
            self.counts[name] += 1
            if name != FAILED and isinstance(obj.get("text"), str):
                self.hashes.add(text_hash(obj["text"]))

    def has(self, doc_id: str) -> bool:
        return doc_id in self.ids

    def _fh(self, name: str) -> IO[str]:
        if self.read_only:
            raise RuntimeError("read-only dataset writer")
        fh = self._fhs.get(name)
        if fh is None:
            self.dir.mkdir(parents=True, exist_ok=True)
            fh = self._fhs[name] = open(self.dir / FILES[name], "a", encoding="utf-8")  # noqa: SIM115
        return fh

    def write(self, name: str, record: BaseModel | dict) -> None:
        """Append one record (a DatasetRecord, or a FailedRecord for "failed") and flush it to the OS."""
        obj = record.model_dump(mode="json", exclude_none=True) if isinstance(record, BaseModel) else record
        doc_id = str(obj["id"])
        if doc_id in self.ids:
            raise RuntimeError(f"id {doc_id!r} written twice")  # a pipeline bug, never user input
        fh = self._fh(name)
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        fh.flush()
        self.ids[doc_id] = name
        self.counts[name] += 1
        if name != FAILED:
            self.hashes.add(text_hash(obj["text"]))

    def touch_all(self) -> None:
        for name in FILES:
            self._fh(name)

    def close(self) -> None:
        for fh in self._fhs.values():
            fh.close()
        self._fhs.clear()

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_records(path: str | Path) -> list[dict]:
    """All complete records of one split file (tests and the diversity report)."""
    path = Path(path)
    if not path.is_file():
        return []
    return [obj for _, obj in read_jsonl_objects(path, what=RECORD, complete_only=True)]
