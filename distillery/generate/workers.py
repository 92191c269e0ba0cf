"""The teacher's worker threads: a pool of daemon threads handing results back as futures."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any


class DaemonPool:
    """A minimal thread pool of daemon threads. Unlike ThreadPoolExecutor, whose threads are joined
    at exit, Ctrl-C does not wait for requests in flight to reach their timeout."""

    def __init__(self, workers: int, name: str):
        self._q: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(workers)]
        for t in self._threads:
            t.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        fut: Future = Future()
        self._q.put((fut, fn, args))
        return fut

    def _work(self) -> None:
        while (item := self._q.get()) is not None:
            fut, fn, args = item
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn(*args))
            except BaseException as exc:  # handed to the main thread by fut.result()
                fut.set_exception(exc)

    def shutdown(self, wait: bool) -> None:
        for _ in self._threads:
            self._q.put(None)
        if wait:
            for t in self._threads:
                t.join()


def in_flight_limit(teacher: Any, concurrency: int) -> int:
    """Until the server has accepted one structured-output mode, one request at a time: the first
    answer (or refusal) decides the mode for the whole run."""
    decided = getattr(teacher, "mode_decided", None)
    return concurrency if decided is None or decided.is_set() else 1
