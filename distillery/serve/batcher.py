"""Requests from concurrent clients, grouped into batches for the model: one bounded queue, one worker.

Each request is a job (its texts, what to do with them, its options). The worker takes the first
job waiting, then any others that arrive within `wait_s` (up to `max_batch` texts), and runs the
jobs that share their options as one batch in a thread (`Anonymizer.anonymize_batch` /
`analyze_batch`), so the event loop keeps answering (health, 503s, timeouts) while the model works.
A full queue refuses at once (`QueueFull`); a job whose client gave up is skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Literal

from distillery.api import Anonymizer

log = logging.getLogger(__name__)

JobKind = Literal["anonymize", "analyze"]


class QueueFull(Exception):
    """The queue holds `max_queue` requests already."""


@dataclass(eq=False)
class _Job:
    kind: JobKind
    texts: list[str]
    options: dict[str, Any]
    future: asyncio.Future
    key: str = field(init=False)

    def __post_init__(self) -> None:
        # Jobs with the same kind and options run as one batch.
        self.key = json.dumps([self.kind, self.options], sort_keys=True, default=str)


class MicroBatcher:
    def __init__(self, anonymizer: Anonymizer, *, max_queue: int = 256, max_batch: int = 32, wait_s: float = 0.002):
        self.anonymizer = anonymizer
        self.max_queue = max_queue
        self.max_batch = max_batch
        self.wait_s = wait_s
        self._queue: asyncio.Queue[_Job] | None = None
        self._task: asyncio.Task | None = None
        self.batches = 0
        self.texts = 0

    def start(self) -> None:
        self._queue = asyncio.Queue(maxsize=self.max_queue)
        self._task = asyncio.create_task(self._worker(), name="distillery-batcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._queue is not None:
            while not self._queue.empty():
                job = self._queue.get_nowait()
                if not job.future.done():
                    job.future.cancel()

    @property
    def waiting(self) -> int:
        return self._queue.qsize() if self._queue is not None else 0

    async def submit(self, kind: JobKind, texts: list[str], options: dict[str, Any], timeout: float) -> list[Any]:
        """The results for `texts`, in order. Raises QueueFull at once when the queue is full, and
        TimeoutError when they are not ready within `timeout` seconds."""
        assert self._queue is not None, "MicroBatcher.start() was not called"
        job = _Job(kind, texts, options, asyncio.get_running_loop().create_future())
        try:
            self._queue.put_nowait(job)
        except asyncio.QueueFull:
            raise QueueFull from None
        try:
            return await asyncio.wait_for(job.future, timeout)
        finally:
            if not job.future.done():
                job.future.cancel()  # the worker skips it, or drops its results

    async def _worker(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            jobs = [await self._queue.get()]
            n = len(jobs[0].texts)
            deadline = loop.time() + self.wait_s
            while n < self.max_batch:
                try:
                    job = self._queue.get_nowait()
                except asyncio.QueueEmpty:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        break
                    try:
                        job = await asyncio.wait_for(self._queue.get(), remaining)
                    except TimeoutError:
                        break
                jobs.append(job)
                n += len(job.texts)
            groups: dict[str, list[_Job]] = {}
            for job in jobs:
                if not job.future.done():
                    groups.setdefault(job.key, []).append(job)
            for group in groups.values():
                try:
                    await self._run(group)
                except Exception as exc:  # the worker must outlive any one batch
                    log.error("batcher: %s", type(exc).__name__)
                    for job in group:
                        if not job.future.done():
                            job.future.set_exception(exc)

    async def _run(self, group: list[_Job]) -> None:
        first = group[0]
        texts = [t for job in group for t in job.texts]
        run = self.anonymizer.anonymize_batch if first.kind == "anonymize" else self.anonymizer.analyze_batch
        try:
            results = await asyncio.to_thread(run, texts, **first.options)
        except Exception as exc:
            # The type only: an exception's message may quote the text.
            log.error("batch of %d texts failed: %s", len(texts), type(exc).__name__)
            for job in group:
                if not job.future.done():
                    job.future.set_exception(exc)
            return
        self.batches += 1
        self.texts += len(texts)
        i = 0
        for job in group:
            part = results[i : i + len(job.texts)]
            i += len(job.texts)
            if not job.future.done():
                job.future.set_result(part)
