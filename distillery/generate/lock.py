"""One writer per dataset directory: an exclusive lock held for the whole `generate` run.

The lock is an OS file lock (`fcntl.flock`) on `<dir>/.lock`, which the kernel releases when the
process dies however it dies (kill -9 included): a lock file left by a killed run is stale by
construction and is simply taken over. The file also says who holds it (pid, host, start time,
command), so that a second run can name the first one. Where `fcntl` does not exist (Windows), the
file is created exclusively and a holder whose pid no longer runs is treated as stale.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from distillery.errors import UserError
from distillery.fsutil import read_json_object

LOCK_FILE = ".lock"

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows)
    fcntl = None  # type: ignore[assignment]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _describe(info: dict[str, Any]) -> str:
    who = f"pid {info.get('pid', '?')}"
    if info.get("host") and info.get("host") != socket.gethostname():
        who += f" on {info['host']}"
    if info.get("started_at"):
        who += f", started {info['started_at']}"
    return who


class DatasetLock:
    """`with DatasetLock(dir):` or acquire()/release(). `stale` holds the previous holder's info when
    a lock left by a dead process was taken over."""

    def __init__(self, directory: str | Path):
        self.dir = Path(directory)
        self.path = self.dir / LOCK_FILE
        self.stale: dict[str, Any] | None = None
        self._fh: IO[str] | None = None

    def _read(self) -> dict[str, Any]:
        return read_json_object(self.path) or {}  # missing, empty or torn: nobody holds it

    def _busy(self, info: dict[str, Any]) -> UserError:
        return UserError(
            f"{self.dir} is being written by another `distillery generate` ({_describe(info)}): "
            "wait for it to finish or stop it, or use another --output"
        )

    def acquire(self) -> DatasetLock:
        self.dir.mkdir(parents=True, exist_ok=True)
        me = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "command": " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv))[:300],
        }
        if fcntl is not None:
            fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                info = self._read()
                fh.close()
                raise self._busy(info) from None
            previous = self._read()
            if previous.get("pid") and previous.get("pid") != os.getpid():
                self.stale = previous  # its holder died without releasing: we hold the lock now
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps(me) + "\n")
            fh.flush()
            self._fh = fh
            return self
        # No flock: an exclusively created file, and a pid check for stale ones.
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                info = self._read()
                pid = info.get("pid")
                if isinstance(pid, int) and _pid_alive(pid) and info.get("host") in (None, socket.gethostname()):
                    raise self._busy(info) from None
                self.stale = info
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(json.dumps(me) + "\n")
            return self
        raise self._busy(self._read())

    def release(self) -> None:
        if self._fh is not None:
            # Empty the file first: a reader that sees it between our unlock and close finds no holder.
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.flush()
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
        elif fcntl is None and self.path.is_file():  # pragma: no cover (Windows)
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> DatasetLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
