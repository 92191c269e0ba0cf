"""From text and character spans to token ids and labels, and from long documents to windows.

Offsets come from a fast tokenizer (`return_offsets_mapping`). Byte-level BPE tokenizers fold the
space before a word into the word's token (" Rossi"), so a token's *core* is its character range
without surrounding whitespace: a token is inside a span when its core overlaps the span. A token
made of whitespace only (a newline, "\r\n", indentation) is always O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from distillery.tagging.labels import LabelSet


@dataclass(frozen=True)
class Encoded:
    """One document, tokenized: ids, and each token's core character range (start == end: whitespace)."""

    ids: list[int]
    cores: list[tuple[int, int]]


def token_cores(text: str, offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    cores = []
    for start, end in offsets:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        cores.append((start, end))
    return cores


def encode(tokenizer, text: str) -> Encoded:
    """Token ids and cores of `text`, without special tokens (the tagger reads the document alone)."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    return Encoded(list(enc["input_ids"]), token_cores(text, enc["offset_mapping"]))


def token_labels(
    cores: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int, str]], labels: LabelSet
) -> list[int]:
    """BIO label ids, one per token: B on the first token whose core overlaps a span, I on the rest."""
    out = [0] * len(cores)
    ordered = sorted(spans)
    j = 0
    for i, (a, b) in enumerate(cores):
        if a == b:
            continue
        while j < len(ordered) and ordered[j][1] <= a:
            j += 1
        k = j
        while k < len(ordered) and ordered[k][0] < b:
            start, end, pii_type = ordered[k]
            if start < b and a < end and pii_type in labels.types:
                first = not any(c[0] < c[1] and c[0] < end and start < c[1] for c in cores[max(0, i - 64) : i])
                out[i] = labels.begin(pii_type) if first else labels.inside(pii_type)
                break
            k += 1
    return out


def window_starts(n_tokens: int, window: int, overlap: int) -> list[int]:
    """Start offsets of windows of `window` tokens that cover `n_tokens`, consecutive ones sharing
    `overlap` tokens. The last window ends at the last token (it may overlap its neighbour more)."""
    if window <= 0:
        raise ValueError("window must be positive")
    if n_tokens <= window:
        return [0]
    step = max(1, window - min(overlap, window - 1))
    starts = list(range(0, n_tokens - window, step))
    starts.append(n_tokens - window)
    return sorted(set(starts))


def best_window(starts: list[int], window: int, n_tokens: int) -> list[int]:
    """For each token, the index of the window that sees it with the most context on both sides, so
    that stitched windows give each token exactly one prediction (no double spans at the seams)."""
    owner = [0] * n_tokens
    for i in range(n_tokens):
        best, best_margin = 0, -1
        for w, s in enumerate(starts):
            e = min(s + window, n_tokens)
            if s <= i < e:
                margin = min(i - s, e - 1 - i)
                if margin > best_margin:
                    best, best_margin = w, margin
        owner[i] = best
    return owner
