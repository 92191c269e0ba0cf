"""The deterministic train/eval split: which parts and values are held out for eval documents.

One rule for banks of template parts and for hard-negative value lists: rank by a stable hash
(the same on every machine and Python run, unlike hash()) and hold out the lowest EVAL_SHARE.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

EVAL_SHARE = 0.15


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def held_out(items: Sequence[T], key: Callable[[T], str]) -> list[T]:
    """The items eval keeps for itself: max(1, round(EVAL_SHARE * n)) of them, lowest hash of key first."""
    n_eval = max(1, round(EVAL_SHARE * len(items)))
    return sorted(items, key=lambda item: stable_hash(key(item)))[:n_eval]
