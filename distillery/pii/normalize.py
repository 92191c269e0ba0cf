"""The normalised view of a text: what every detector reads, with a map back to the original offsets.

Text pasted from word processors, PDFs, web pages and phones writes one value in many ways. Every
engine detects on one view of the document (`view`), and replaces the original characters:

- Unicode compatibility forms are folded (NFKC): full-width "３４７" and "ｍａｒｉｏ＠ｅｘａｍｐｌｅ．ｏｒｇ",
  ligatures, "…" as "...";
- every kind of horizontal space (no-break U+00A0, narrow no-break U+202F, thin and other
  typographic spaces, tabs) is one plain space, and a run of them is one space (line breaks stay:
  cue words are read on their line);
- every kind of dash (hyphen U+2010/U+2011, figure dash, en and em dash, minus sign) is "-";
- zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are dropped;
- a Cyrillic or Greek letter that looks like a Latin one, inside a word that also has Latin letters
  ("mаrio" with a Cyrillic "а"), is that Latin letter.

`View.span_back` maps a span of the view to the original characters it came from: the whole value,
zero-width characters inside it included, so no piece of the value survives the replacement.
A text that needs none of this (most do not) gets an identity view at the cost of two C-level checks.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from distillery.pii.doccache import document_cache
from distillery.pii.spans import Span

# Dropped from the view: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Horizontal spaces folded to " " (NFKC already folds most of these to U+0020; tab does not).
SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_HSPACE = f" {SPACES}"
# Something the view changes: a zero-width character, a space other than one plain space, a dash.
_SPECIAL = re.compile(f"[{ZERO_WIDTH}]+|[{_HSPACE}]{{2,}}|[{SPACES}]|[{DASHES}]")
# `_SPECIAL` matches exactly where one of these characters is, or two plain spaces in a row (two
# horizontal spaces of which one is not plain hold one of these): the test whether a text has
# anything to fold, several times faster (`re` skips to the next such character at C speed; it finds
# no first character to skip to in `_SPECIAL`'s alternatives, and tries them at every character).
_SPECIAL_CHAR = re.compile(f"[{ZERO_WIDTH}{SPACES}{DASHES}]")
# Latin look-alikes (the letters that are drawn the same), by code point.
_CONFUSABLE = str.maketrans(
    "аеорсхуіјѕԁһАВЕКМНОРСТХУІЈЅԜΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαιν",
    "aeopcxyijsdhABEKMHOPCTXYIJSWABEZHIKMNOPTYXoaiv",
)
_CYRILLIC_OR_GREEK = re.compile(r"[Ѐ-ӿͰ-Ͽ]")
_MIXED_WORD = re.compile(r"\w*[Ѐ-ӿͰ-Ͽ]\w*")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class View:
    """`text` is the normalised view of `original`; view character i came from
    original[starts[i]:ends[i]] (None: the identity). Machine-integer arrays, not lists: a few MB of
    text would otherwise hold tens of MB of int objects per MB; 4-byte integers below 2**31
    characters (`offset_array`)."""

    original: str
    text: str
    starts: array | None = field(default=None, repr=False)
    ends: array | None = field(default=None, repr=False)

    @property
    def identity(self) -> bool:
        return self.starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range of the view's [start, end): from the first character's first original
        character to the last one's last (whatever was dropped in between comes along)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        """The view range of the original [start, end): the view characters that came from inside it
        (the smallest range covering it when it cuts a folded character)."""
        if self.starts is None or self.ends is None:
            return start, end
        a = bisect.bisect_right(self.ends, start)
        b = bisect.bisect_left(self.starts, end)
        return (a, max(b, a + 1)) if a < len(self.text) else (a, a)

    def span_back(self, span: Span) -> Span:
        if self.starts is None:
            return span
        start, end = self.to_original(span.start, span.end)
        return Span(start, end, span.type, score=span.score, source=span.source)


def _fold_piece(piece: str) -> str:
    """The view of one matched special run."""
    if piece[0] in ZERO_WIDTH:
        return ""
    if piece[0] in DASHES:
        return "-"
    return " "


def _clusters(chunk: str) -> list[tuple[int, int]]:
    """(start, end) of each base character with the combining marks that follow it."""
    out: list[tuple[int, int]] = []
    for i, ch in enumerate(chunk):
        if out and unicodedata.combining(ch):
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def offset_array(size: int, values: Iterable[int] = ()) -> array:
    """An array of offsets into a text of `size` characters: 4 bytes each where they fit, else 8."""
    return array("i" if size < 2**31 else "q", values)


def _build(text: str) -> View:
    pieces: list[str] = []
    starts = offset_array(len(text))
    ends = offset_array(len(text))

    def plain(a: int, b: int) -> None:
        chunk = text[a:b]
        if unicodedata.is_normalized("NFKC", chunk):
            pieces.append(chunk)
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
            return
        for ca, cb in _clusters(chunk):
            folded = unicodedata.normalize("NFKC", chunk[ca:cb])
            folded = _SPECIAL.sub(lambda m: _fold_piece(m.group()), folded) if _SPECIAL.search(folded) else folded
            pieces.append(folded)
            starts.extend([a + ca] * len(folded))
            ends.extend([a + cb] * len(folded))

    cursor = 0
    for m in _SPECIAL.finditer(text):
        plain(cursor, m.start())
        out = _fold_piece(m.group())
        pieces.append(out)
        starts.extend([m.start()] * len(out))
        ends.extend([m.end()] * len(out))
        cursor = m.end()
    plain(cursor, len(text))
    folded = "".join(pieces)
    # NFKC of a lone character can bring two spaces together ("\u2002 " -> "  "): merge them.
    if "  " in folded:
        keep = [i for i, ch in enumerate(folded) if not (ch == " " and i and folded[i - 1] == " ")]
        folded = "".join(folded[i] for i in keep)
        nxt = keep[1:] + [len(starts)]
        ends = offset_array(len(text), (ends[j - 1] for j in nxt))
        starts = offset_array(len(text), (starts[i] for i in keep))
    return View(text, folded, starts, ends)


def _unconfuse(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        word = m.group()
        return word.translate(_CONFUSABLE) if _LATIN.search(word) else word

    return _MIXED_WORD.sub(fix, text)


@document_cache(maxsize=16)
def view(text: str) -> View:
    """The normalised view of `text` (see the module doc); cached for the few steps of one document."""
    if text.isascii():
        if "\t" not in text and "  " not in text:
            return View(text, text)
        v = _build(text)
    elif unicodedata.is_normalized("NFKC", text) and "  " not in text and not _SPECIAL_CHAR.search(text):
        v = View(text, text)
    else:
        v = _build(text)
    if not text.isascii() and _CYRILLIC_OR_GREEK.search(v.text):
        unconfused = _unconfuse(v.text)
        if unconfused != v.text:
            starts = v.starts if v.starts is not None else offset_array(len(text), range(len(text)))
            ends = v.ends if v.ends is not None else offset_array(len(text), range(1, len(text) + 1))
            v = View(text, unconfused, starts, ends)
    return v
