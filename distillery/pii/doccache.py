"""A cache of what is computed once per document (its normalised view, its lower case, ...).

Several steps read the same derived copy of one document, so each is kept for the few documents in
flight. `functools.lru_cache` alone would keep the last N documents whatever their size: after a
stream of huge documents, N copies of megabytes each. Here a huge document (`HUGE_CHARS` and up)
has a cache of its own that holds one, so memory stays bounded by one huge document per cache.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")

# From this size on, a document's copies are kept by each cache for one document only.
HUGE_CHARS = 100_000


def document_cache(maxsize: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Cache `f(text)` for the last `maxsize` short texts and the last huge one."""

    def wrap(f: Callable[[str], T]) -> Callable[[str], T]:
        small = lru_cache(maxsize=maxsize)(f)
        huge = lru_cache(maxsize=1)(f)

        @wraps(f)
        def cached(text: str) -> T:
            return huge(text) if len(text) >= HUGE_CHARS else small(text)

        return cached

    return wrap
