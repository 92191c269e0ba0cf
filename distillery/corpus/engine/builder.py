"""Builds a document by concatenation, recording the exact offsets of every PII value inserted."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
_ACCENTS_IT = {"perché": "perche", "è ": "e' ", "più": "piu", "già": "gia", "però": "pero", "così": "cosi"}


@dataclass
class TextStyle:
    """How literal (non-PII) text is written in the current section."""

    lower: bool = False  # chat register: everything in lower case
    lower_names: bool = False  # names typed in lower case ("ciao sono mario rossi")
    typo_rate: float = 0.0  # probability that a word of 4+ letters gets a typo
    drop_accents: bool = False  # "perche", "e'" (Italian typed quickly)


class DocBuilder:
    """Append-only text with PII spans and keep strings recorded as they are written."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._chunks: list[str] = []
        self._len = 0
        self.spans: list[tuple[int, int, str]] = []
        self._keep: list[tuple[int, int, str]] = []
        self.part_ids: list[str] = []
        self.style = TextStyle()

    # --- writing -------------------------------------------------------------------------------
    def _append(self, s: str) -> int:
        start = self._len
        self._chunks.append(s)
        self._len += len(s)
        return start

    def text(self, s: str) -> None:
        """Literal text: subject to the section's style (case, typos, dropped accents)."""
        if not s:
            return
        st = self.style
        if st.lower:
            s = s.lower()
        if st.drop_accents:
            for a, b in _ACCENTS_IT.items():
                s = s.replace(a, b)
        if st.typo_rate > 0:
            s = _WORD.sub(lambda m: _typo(m.group(0), self.rng) if self.rng.random() < st.typo_rate else m.group(0), s)
        self._append(s)

    def raw(self, s: str) -> None:
        """Literal text written exactly (structure: JSON punctuation, table rules, labels)."""
        if s:
            self._append(s)

    def pii(self, value: str, pii_type: str) -> None:
        if not value:
            raise ValueError(f"empty {pii_type} value")
        if (pii_type == "PERSON" and self.style.lower_names) or (
            self.style.lower and pii_type in ("PERSON", "ADDRESS")
        ):
            value = value.lower()
        start = self._append(value)
        self.spans.append((start, start + len(value), pii_type))

    def keep(self, value: str) -> None:
        """A non-PII look-alike (amount, order number, institution...) that must survive anonymization."""
        if not value:
            return
        start = self._append(value)
        self._keep.append((start, start + len(value), value))

    def newline(self, n: int = 1) -> None:
        self._append("\n" * n)

    @property
    def length(self) -> int:
        return self._len

    def tail(self, n: int = 2) -> str:
        """The last n characters written (to decide on separators)."""
        out = ""
        for chunk in reversed(self._chunks):
            out = chunk + out
            if len(out) >= n:
                break
        return out[-n:]

    @contextmanager
    def styled(self, **changes: object) -> Iterator[None]:
        saved = self.style
        self.style = TextStyle(**{**saved.__dict__, **changes})
        try:
            yield
        finally:
            self.style = saved

    # --- result --------------------------------------------------------------------------------
    def build(self) -> tuple[str, list[dict], list[str]]:
        """The text, its spans as dicts sorted by start, and the keep strings.

        Trailing whitespace is trimmed (no span ends in whitespace, so offsets stay valid). A keep
        string is dropped when any of its occurrences touches a PII span (for example a year that
        also occurs inside a date of birth): it could not be kept without keeping personal data.
        """
        text = "".join(self._chunks).rstrip()
        spans = _merge_names(sorted(self.spans), text)
        pii = [{"value": text[s:e], "type": t, "start": s, "end": e} for s, e, t in spans]
        keep: list[str] = []
        for _s, _e, value in self._keep:
            if value in keep:
                continue
            if any(_overlaps(m.start(), m.end(), spans) for m in re.finditer(re.escape(value), text)):
                continue
            keep.append(value)
        return text, pii, keep


def _merge_names(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """'{p.first} {p.last}' writes two values but one name: a single PERSON span, as a reader sees it."""
    merged: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if merged and t == "PERSON" and merged[-1][2] == "PERSON" and text[merged[-1][1] : s] == " ":
            merged[-1] = (merged[-1][0], e, t)
        else:
            merged.append((s, e, t))
    return merged


def _overlaps(s: int, e: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s < se and ss < e for ss, se, _ in spans)


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.4:  # swap two neighbours
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op < 0.7:  # drop one letter
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]  # double one letter
