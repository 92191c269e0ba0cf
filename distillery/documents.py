"""Reading input documents (text, plain file, JSONL, stdin) and writing JSONL results safely."""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from distillery.errors import UserError
from distillery.fsutil import decode_text, parse_json_object, sniff_encoding


@dataclass(frozen=True)
class Document:
    text: str
    id: str | int | None = None
    line: int | None = None  # 1-based line in the input, for error messages


BadLine = Callable[[str], None]


def _jsonl_doc(line: str, where: str, lineno: int) -> Document:
    expected = 'an object with a string "text" field'
    obj = parse_json_object(line, where, what=expected)
    if not isinstance(obj.get("text"), str):
        raise UserError(f"{where}: expected {expected}")
    doc_id = obj.get("id")
    # Ids are echoed as str or int; anything else (floats, booleans, objects) as its JSON text.
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
        doc_id = json.dumps(doc_id, ensure_ascii=False)
    return Document(obj["text"], doc_id, lineno)


def iter_documents(
    *,
    text: str | None = None,
    input_path: str | None = None,
    lines: bool = False,
    jsonl: bool | None = None,
    skip_bad: bool = False,
    on_bad: BadLine | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Document]:
    """Yield documents lazily (a 100k-line file is never held in memory).

    - `text`: one document.
    - `input_path`: a file, or "-" / None for stdin. `.jsonl` files (or `jsonl=True`) hold one
      `{"id", "text"}` object per line; other files are one document, or one per line with `lines`.
    Bad input raises UserError naming the line, unless `skip_bad`, which reports it via `on_bad`.
    An empty `--text` or a missing file fails here, at the call, before any output file is opened.
    """
    if text is not None:
        if not text.strip():
            raise UserError("--text is empty")
        return iter([Document(text)])
    name = "<stdin>" if input_path in (None, "-") else str(input_path)
    if jsonl is None:
        jsonl = bool(input_path) and str(input_path).endswith((".jsonl", ".ndjson"))
    if input_path in (None, "-"):
        stream: IO[bytes] = stdin if stdin is not None else sys.stdin.buffer
        return _from_stream(stream, name, lines, jsonl, skip_bad, on_bad)
    path = Path(input_path)
    if not path.exists():
        raise UserError(f"input file not found: {input_path}")
    if not path.is_file():
        raise UserError(f"not a file: {input_path}")
    if path.stat().st_size == 0:
        raise UserError(f"{name}: input is empty")
    return _from_file(path, name, lines, jsonl, skip_bad, on_bad)


def _from_file(
    path: Path, name: str, lines: bool, jsonl: bool, skip_bad: bool, on_bad: BadLine | None
) -> Iterator[Document]:
    with path.open("rb") as stream:
        yield from _from_stream(stream, name, lines, jsonl, skip_bad, on_bad)


def _from_stream(
    stream: IO[bytes], name: str, lines: bool, jsonl: bool, skip_bad: bool, on_bad: BadLine | None
) -> Iterator[Document]:
    if not (lines or jsonl):
        content = decode_text(stream.read(), name)
        if not content.strip():
            raise UserError(f"{name}: input is empty")
        yield Document(content)
        return
    rows: Iterable[bytes | str]
    if hasattr(stream, "peek"):
        head = stream.peek(4096)[:4096]
        rows = stream
    else:  # a stream without look-ahead: its first line says enough
        first = stream.readline()
        head, rows = first, itertools.chain([first], stream)
    sniffed = sniff_encoding(head)
    if sniffed:
        # UTF-16/UTF-32: lines are split after decoding (a line feed is more than one byte there).
        codec, bom = sniffed
        if hasattr(stream, "peek"):
            stream.read(bom)
            rows = io.TextIOWrapper(stream, encoding=codec, newline="")  # type: ignore[arg-type]
        else:
            rows = decode_text(b"".join(rows), name, codec).splitlines(keepends=True)
    count = bad = 0
    blanks: list[Document] = []
    for lineno, raw in enumerate(rows, start=1):
        where = f"{name}:{lineno}"
        try:
            line = (raw if isinstance(raw, str) else decode_text(raw, where, "utf-8")).rstrip("\r\n")
            if lineno == 1:
                line = line.removeprefix("\ufeff")
            if not line.strip():
                if lines and not jsonl:
                    # A blank line is a record of its own (with --lines, output record n is input line
                    # n), once the input has shown it is not all blank.
                    blanks.append(Document(line, None, lineno))
                continue
            doc = _jsonl_doc(line, where, lineno) if jsonl else Document(line, None, lineno)
        except UserError as exc:
            if not skip_bad:
                raise
            bad += 1
            if on_bad:
                on_bad(str(exc))
            continue
        count += 1
        yield from blanks
        blanks.clear()
        yield doc
    if count == 0 and bad == 0:
        raise UserError(f"{name}: input is empty")
    yield from blanks


class JsonlWriter:
    """Writes one JSON object per line and flushes each, so a crash loses nothing written."""

    def __init__(self, path: str | None, append: bool = False):
        self.path = path
        if path in (None, "-"):
            self._fh: IO[str] = sys.stdout
            self._own = False
        else:
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                self._fh = open(path, "a" if append else "w", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
            self._own = True

    def write_line(self, line: str) -> None:
        self._fh.write(line + "\n")
        self._fh.flush()

    def write(self, obj: Any) -> None:
        self.write_line(json.dumps(obj, ensure_ascii=False))

    def close(self) -> None:
        if self._own:
            self._fh.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_all(path: str | None, objs: Iterable[Any]) -> None:
    with JsonlWriter(path) as w:
        for obj in objs:
            w.write(obj)
