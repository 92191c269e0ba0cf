"""Bounded read-ahead and length-sorted batches, so a stream is batched without being held in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

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
