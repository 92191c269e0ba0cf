"""Bounded read-ahead and length-sorted batches, so a stream is batched without being held in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from distillery.documents import Document

T = TypeVar("T")


def windows(items: Iterable[T], weight: Callable[[T], int], limit: int) -> Iterator[list[T]]:
    """Consecutive groups of `items` whose total weight reaches `limit` (the last may be lighter).

    Items are pulled lazily: at most one window is in memory at a time.
    """
    window: list[T] = []
    total = 0
    for item in items:
        window.append(item)
        total += max(1, weight(item))
        if total >= limit:
            yield window
            window, total = [], 0
    if window:
        yield window


def length_sorted_batches(items: list[T], length: Callable[[T], int], batch_size: int) -> list[list[T]]:
    """Batches of similar length (longest first), so little compute is spent on padding.

    Longest first also means that a batch too big for the GPU fails at the start of a window.
    """
    ordered = sorted(items, key=length, reverse=True)
    return [ordered[i : i + batch_size] for i in range(0, len(ordered), batch_size)]


@dataclass
class Work:
    """One document on its way through the batches: the model input of each of its pieces (chunks,
    windows) and, as batches finish, each piece's output."""

    doc: Document
    index: int
    rows: list[list[int]]  # token ids of each piece
    outputs: list[Any] = field(init=False)
    remaining: int = field(init=False)

    def __post_init__(self) -> None:
        self.outputs = [None] * len(self.rows)
        self.remaining = len(self.rows)


W = TypeVar("W", bound=Work)


def in_order(
    works: Iterable[W], run: Callable[[list[list[int]]], list[Any]], batch_size: int, read_ahead_batches: int
) -> Iterator[W]:
    """Each of `works` with every piece's output filled in by `run` (one call per batch of rows), in
    input order, as soon as it and all before it are done.

    Works are read `batch_size * read_ahead_batches` rows at a time, sorted by length into batches
    within that window (less padding), and put back in order on the way out.
    """
    limit = batch_size * read_ahead_batches
    for window in windows(works, lambda w: len(w.rows), limit):
        items = [(w, j) for w in window for j in range(len(w.rows))]
        pending = iter(window)
        head = next(pending, None)
        for batch in length_sorted_batches(items, lambda it: len(it[0].rows[it[1]]), batch_size):
            for (w, j), output in zip(batch, run([w.rows[j] for w, j in batch]), strict=True):
                w.outputs[j] = output
                w.remaining -= 1
            while head is not None and head.remaining == 0:
                yield head
                head = next(pending, None)
        while head is not None:  # documents without pieces (empty text)
            yield head
            head = next(pending, None)
