"""Splitting a long document into overlapping chunks that fit the student's input budget.

Chunks are measured in tokens (the budget that matters) and cut at newlines or whitespace, so a
name or an IBAN is not split across two chunks; the overlap repeats the tail of one chunk at the
head of the next, so a value near a cut is seen whole at least once. Nothing is ever dropped:
the chunks cover the whole text.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

_WORD = re.compile(r"\S+")


def token_starts(text: str, tokenizer: Any) -> list[int]:
    """Character offset where each token of `text` starts (approximate for slow tokenizers)."""
    try:
        enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        starts = [a for a, _ in enc["offset_mapping"]]
    except (NotImplementedError, ValueError, TypeError, KeyError):
        starts = []
    if not starts and text.strip():
        # No offsets: assume ~4 characters per token, at word starts, which errs on the small side.
        starts = [i for m in _WORD.finditer(text) for i in range(m.start(), m.end(), 4)]
    return starts


def _cut_point(text: str, lo: int, hi: int) -> int:
    """Where to end a chunk that may extend from `lo` to `hi`: after the last newline in the
    second half, else after the last whitespace, else at `hi` (one very long token run)."""
    mid = lo + (hi - lo) // 2
    nl = text.rfind("\n", mid, hi)
    if nl >= 0:
        return nl + 1
    for i in range(hi - 1, lo, -1):
        if text[i].isspace():
            return i + 1
    return hi


def _word_start(text: str, pos: int, floor: int) -> int:
    """Move `pos` back to the start of the word it falls in (not before `floor`)."""
    while pos > floor and not text[pos - 1].isspace():
        pos -= 1
    return pos


def chunk_ranges(text: str, tokenizer: Any, max_tokens: int, overlap_tokens: int = 0) -> list[tuple[int, int]]:
    """[start, end) character ranges covering `text`, each of about `max_tokens` tokens at most."""
    starts = token_starts(text, tokenizer)
    if len(starts) <= max_tokens:
        return [(0, len(text))]
    overlap_tokens = min(overlap_tokens, max_tokens // 2)  # each chunk must move forward
    ranges: list[tuple[int, int]] = []
    begin = 0
    while True:
        first_tok = bisect.bisect_left(starts, begin)
        limit_tok = first_tok + max_tokens
        if limit_tok >= len(starts):
            ranges.append((begin, len(text)))
            return ranges
        end = _cut_point(text, begin, starts[limit_tok])
        if ranges and end <= ranges[-1][1]:
            # The preferred cut (a newline in the second half) is where the previous chunk ended: cut
            # later, so every chunk reaches further than the one before.
            end = _cut_point(text, ranges[-1][1], starts[limit_tok])
        ranges.append((begin, end))
        if not overlap_tokens:
            begin = end
            continue
        end_tok = bisect.bisect_left(starts, end)
        nxt = starts[max(first_tok + 1, end_tok - overlap_tokens)]
        # Restart at a word start, but never before the middle of this chunk (always progress).
        floor = starts[first_tok + (end_tok - first_tok) // 2]
        nxt = _word_start(text, min(nxt, end), floor)
        begin = nxt if begin < nxt < end else end
