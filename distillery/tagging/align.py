"""From text and character spans to token ids and labels, and from long documents to windows.

Offsets come from a fast tokenizer (`return_offsets_mapping`). Byte-level BPE tokenizers fold the
space before a word into the word's token (" Rossi"), so a token's *core* is its character range
without surrounding whitespace: a token is inside a span when its core overlaps the span. A token
made of whitespace only (a newline, "\r\n", indentation) is always O.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

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
    import numpy as np

    ends = [min(s + window, n_tokens) for s in starts]
    owner = np.zeros(n_tokens, dtype=np.int64)
    step = max(window, 1)
    for lo in range(0, n_tokens, step):  # a few windows at a time: linear in the document
        hi = min(lo + step, n_tokens)
        owner[lo:hi] = token_owners(starts, ends, lo, hi)
    return owner.tolist()


def token_owners(starts: Sequence[int], ends: Sequence[int], lo: int, hi: int) -> Any:
    """`best_window`'s choice for tokens lo..hi-1 among the windows [starts[w], ends[w]) (sorted by
    start): the largest margin min(i - start, end - 1 - i), the earliest window on ties. A numpy array
    of indices into `starts`."""
    import numpy as np

    s = np.asarray(starts, dtype=np.int64)
    e = np.asarray(ends, dtype=np.int64)
    first = int(np.searchsorted(e, lo, side="right")) if len(e) else 0  # ends grow with starts
    last = int(np.searchsorted(s, hi, side="left"))
    if last <= first:
        return np.zeros(hi - lo, dtype=np.int64)
    s, e = s[first:last][None, :], e[first:last][None, :]
    i = np.arange(lo, hi, dtype=np.int64)[:, None]
    margin = np.where((s <= i) & (i < e), np.minimum(i - s, e - 1 - i), -1)
    return margin.argmax(axis=1) + first


def text_pieces(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text` of about `size` characters, each cut before the
    last whitespace character of a run (where a byte-level BPE tokenizer starts a new token anyway:
    " Rossi" keeps its space), else anywhere: the pieces tokenize as the whole text does."""
    n = len(text)
    start = 0
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = end
            while cut > start + size // 2 and not (text[cut].isspace() and not text[cut - 1].isspace()):
                cut -= 1
            if cut > start + size // 2:
                # `text[cut]` starts a whitespace run: cut before its last character
                while cut + 1 < n and text[cut + 1].isspace():
                    cut += 1
                end = cut
        yield start, end
        start = end


class TokenWindows:
    """A document's tokens arriving piece by piece, cut into the windows `window_starts` gives the
    whole document (the same starts), without holding the document's tokens: `add` the next piece's
    tokens, take the windows that are complete, `close` at the end for the last ones."""

    def __init__(self, window: int, overlap: int):
        if window <= 0:
            raise ValueError("window must be positive")
        self.window = window
        self.step = max(1, window - min(overlap, window - 1))
        self.ids: list[int] = []
        self.cores: list[tuple[int, int]] = []
        self.base = 0  # index in the document of ids[0]
        self.next_start = 0
        self.n = 0  # tokens seen

    def add(self, ids: Sequence[int], cores: Sequence[tuple[int, int]]) -> list[tuple[int, list[int]]]:
        """The next tokens; returns the (start, ids) windows now known to exist."""
        self.ids.extend(ids)
        self.cores.extend(cores)
        self.n += len(ids)
        out = []
        # A start below n - window is in `window_starts(n)` whatever n turns out to be.
        while self.next_start + self.window < self.n:
            out.append((self.next_start, self._row(self.next_start)))
            self.next_start += self.step
        return out

    def close(self) -> list[tuple[int, list[int]]]:
        """The last window: it ends at the last token (`window_starts` always has it)."""
        if self.n == 0:
            return []
        last = max(0, self.n - self.window)
        return [(last, self._row(last))]

    def _row(self, start: int) -> list[int]:
        return self.ids[start - self.base : start - self.base + self.window]

    def cores_of(self, lo: int, hi: int) -> list[tuple[int, int]]:
        return self.cores[lo - self.base : hi - self.base]

    def forget_before(self, index: int) -> None:
        """Drop the tokens before `index` (decoded, and in no window still to come)."""
        index = min(index, self.next_start - self.step + 1)  # the last window given, and any later one
        cut = index - self.base
        if cut > 0:
            del self.ids[:cut]
            del self.cores[:cut]
            self.base = index
