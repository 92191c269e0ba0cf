"""Small file-system helpers: atomic writes (a file, a directory), hashing, and reading JSON / JSONL
with one-line `file:line` errors."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distillery.errors import UserError


def _usual_mode(mode: int) -> int:
    """The permissions open()/mkdir() would give: `mode` less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return mode & ~umask


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` so that readers see either the old file or the whole new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _usual_mode(0o666))  # mkstemp creates 0600 files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: str | Path, data: Any) -> None:
    """`data` as indented UTF-8 JSON (non-ASCII kept as is), written atomically."""
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


@contextlib.contextmanager
def atomic_dir(target: str | Path) -> Iterator[Path]:
    """Fill a directory that appears under `target` only when the block succeeds.

    The block writes into a fresh temp dir beside `target` (same file system, so the final rename is
    atomic). On success a previous `target` is moved aside, the new one renamed into place, and the
    old one deleted; on failure the temp dir is removed and a previous `target` is left untouched.
    Readers never see a half-written `target`; a crash leaves at worst hidden `.name.*` dirs beside it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        yield tmp
        os.chmod(tmp, _usual_mode(0o777))  # mkdtemp creates 0700 dirs
        old = None
        if target.exists() or target.is_symlink():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            os.replace(target, old / target.name)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def read_json_object(path: str | Path) -> dict | None:
    """The JSON object in `path`, or None when the file is missing, unreadable or not an object
    (for files we wrote ourselves and may find absent or torn: markers, metadata, reports)."""
    try:
        return load_json_object(path)
    except UserError:
        return None


def load_json_object(path: str | Path, *, what: str = "a JSON object") -> dict[str, Any]:
    """The JSON object in `path`, or a one-line UserError naming the file (for files that must be there)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read ({exc})") from None
    return parse_json_object(text, str(path), what=what)


def decode_text(raw: bytes, where: str, encoding: str | None = None) -> str:
    """Input bytes (a line or a whole file) as text, or a one-line UserError naming `where`. A
    byte-order mark (Windows editors) is not part of the text. UTF-8 unless `encoding` is given or
    the bytes themselves say UTF-16 or UTF-32 (`sniff_encoding`: a byte-order mark, or the zero
    bytes of mostly-ASCII text), which are decoded as such. A NUL byte in UTF-8 means binary data
    (an image, an archive), which UTF-8 alone would let through."""
    if encoding is None:
        sniffed = sniff_encoding(raw[:4096])
        encoding = sniffed[0] if sniffed else "utf-8"
    if encoding == "utf-8":
        nul = raw.find(b"\0")
        if nul >= 0:
            raise UserError(f"{where}: binary data, not text (a NUL byte at byte {nul})")
    try:
        return raw.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise UserError(f"{where}: not valid {encoding.upper()} (byte {exc.start})") from None


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def sniff_encoding(head: bytes) -> tuple[str, int] | None:
    """(codec, length of its byte-order mark) when the first bytes of an input are UTF-16 or UTF-32
    (with a byte-order mark, or without one: text in those encodings is mostly zero bytes at fixed
    places, which UTF-8 text never has); None for anything else (read as UTF-8)."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    if b"\x00" not in head:
        return None
    n = len(head) - len(head) % 4
    quads = n // 4
    if quads == 0:
        return None
    zeros = [head[k:n:4].count(0) / quads for k in range(4)]
    if min(zeros[1:]) > 0.9 and zeros[0] < 0.5:
        return "utf-32-le", 0
    if min(zeros[:3]) > 0.9 and zeros[3] < 0.5:
        return "utf-32-be", 0
    if min(zeros[1], zeros[3]) > 0.6 and max(zeros[0], zeros[2]) < 0.5:
        return "utf-16-le", 0
    if min(zeros[0], zeros[2]) > 0.6 and max(zeros[1], zeros[3]) < 0.5:
        return "utf-16-be", 0
    return None


def check_writable(path: str | Path, what: str = "output") -> None:
    """A one-line UserError unless a file can be written at `path` (its folders are created, as the
    writers do): checked before a model loads, so that a bad path costs nothing."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"cannot write {what} {path}: it is a directory")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot write {what} {path}: {exc.strerror or exc}") from None
    target = path if path.exists() else path.parent
    if not os.access(target, os.W_OK):
        raise UserError(f"cannot write {what} {path}: permission denied")


def parse_json_object(text: str, where: str, *, what: str = "a JSON object") -> dict[str, Any]:
    """`text` decoded as a JSON object, or a one-line UserError naming `where` (file or file:line)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{where}: invalid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise UserError(f"{where}: expected {what}")
    return obj


def jsonl_lines(path: str | Path, *, complete_only: bool = False) -> Iterator[tuple[str, str]]:
    """(file:line, stripped text) for every non-blank line of a UTF-8 JSONL file; a line that is not
    UTF-8 raises a one-line UserError naming it. `complete_only`: a last line without its newline (a
    write cut short by a kill) is skipped, as the writer that resumes the file will cut it off."""
    path = Path(path)
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if complete_only and not raw.endswith(b"\n"):
                return
            where = f"{path}:{lineno}"
            line = decode_text(raw, where).strip()
            if line:
                yield where, line


def read_jsonl_objects(
    path: str | Path, *, what: str = "a JSON object", complete_only: bool = False
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file:line, object) for every non-blank line of a JSONL file; the first line that is not UTF-8,
    not JSON or not an object raises a one-line UserError naming it (`expected <what>`)."""
    for where, line in jsonl_lines(path, complete_only=complete_only):
        yield where, parse_json_object(line, where, what=what)
