"""Finding a value in a text: the one implementation of the rule, for every stage.

A value is found
- with any run of whitespace in the text for any run of whitespace in the value ("IT60 X054" in
  "IT60  X054", a name broken over two lines); the value's own edge whitespace is ignored;
- literally otherwise (no character of a value is special: "a.b" is not "axb"), optionally ignoring
  case;
- with one of three edge rules (`whole`), applied only to an edge of the value that is a word
  character (letter, digit or underscore; an edge that is punctuation may touch anything):
  - "words": the edge must not continue into a longer word ("Rosa" is not in "Rosaria", "svc" is
    not in "svc_crm"): grounding a model's or teacher's values, locating gold values, leaks;
  - "tokens": nor may it continue through ".", "-" or "@" into more word characters, or touch an "@"
    ("mario" is not in "mario.rossi@example.org", "Rossi" is not in "Bianchi-Rossi"): spreading a
    detected value to its other occurrences, where a part of a longer token is another thing;
  - "none": anywhere, glued to other letters or not.
Occurrences do not overlap (the leftmost wins).

Two spellings of one value are compared through `fold` (whitespace runs as one space, case-folded).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from distillery.pii.doccache import document_cache

Whole = Literal["none", "words", "tokens"]

_WS = re.compile(r"\s+")


def is_word_char(ch: str) -> bool:
    """A letter, digit or underscore: what a replacement must not cut in two."""
    return ch.isalnum() or ch == "_"


def fold(text: str) -> str:
    """The form in which two spellings are the same value: whitespace runs as one space, no edge
    whitespace, case-folded ("Mario  ROSSI\\n" is "mario rossi")."""
    return _WS.sub(" ", text.strip()).casefold()


def whole_word(text: str, start: int, end: int) -> bool:
    """`text[start:end]` neither starts nor ends inside a word: replacing it cannot leave half a word
    behind ("[PERSON_1]etti")."""
    before = start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start])
    after = end < len(text) and is_word_char(text[end]) and is_word_char(text[end - 1])
    return not (before or after)


def _whole_token(text: str, start: int, end: int) -> bool:
    """A whole word that the token does not continue either: no "x.", "x-", "x@" right before, no
    "@", ".x", "-x" right after (e-mail addresses, hostnames, dotted or hyphenated handles)."""
    if not whole_word(text, start, end):
        return False
    before = start >= 2 and text[start - 1] in ".-@" and is_word_char(text[start - 2])
    after = end < len(text) and (
        text[end] == "@" or (text[end] in ".-" and end + 1 < len(text) and is_word_char(text[end + 1]))
    )
    return not (before and is_word_char(text[start])) and not (after and is_word_char(text[end - 1]))


_EDGE_RULES = {"none": lambda text, start, end: True, "words": whole_word, "tokens": _whole_token}


def _lower(text: str) -> str:
    """`text` in lower case, offset for offset (the few characters whose lower case is longer, like
    "İ", stay as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


# One document is searched for many values in a row: its lower case is kept (and read by the
# recognizers' keyword pre-checks). Only documents go through this cache; the values' short words
# would push the document out of it.
lower_document = document_cache(maxsize=8)(_lower)


# A long document is searched through an index of its words, built once: without it, looking for
# each of the thousands of values of a megabytes-long document would scan it once per value
# (quadratic). Below this size a plain scan per value is as fast.
INDEX_MIN_CHARS = 100_000
_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _word_index(hay: str) -> dict[str, list[int]]:
    """Start offsets of every maximal word-character run of `hay`, by run."""
    index: dict[str, list[int]] = {}
    for m in _RUN.finditer(hay):
        index.setdefault(m.group(), []).append(m.start())
    return index


def find_all(text: str, value: str, *, whole: Whole = "words", ignore_case: bool = False) -> list[tuple[int, int]]:
    """Every (start, end) where `value` occurs in `text` (see the module docstring).

    Plain string search, no regex per value: the search runs for every value an engine detects, and
    compiling a pattern for each would also evict the patterns of the recognizers from `re`'s cache.
    """
    words = value.split()
    if not words:
        return []
    hay = text
    if ignore_case:
        hay, words = lower_document(text), [_lower(w) for w in words]
    edges_ok, n = _EDGE_RULES[whole], len(text)
    found: list[tuple[int, int]] = []
    anchor = _RUN.search(words[0]) if whole != "none" and n >= INDEX_MIN_CHARS else None
    if anchor is not None:
        # With whole words or tokens, a word-character run of the value is a whole run of the text
        # wherever the value occurs: its runs equal to the value's first one are the only candidates.
        for run_start in _word_index(hay).get(anchor.group(), ()):
            pos = run_start - anchor.start()
            if pos < 0 or (found and pos < found[-1][1]) or not hay.startswith(words[0], pos):
                continue
            end = _match_rest(hay, text, words, pos)
            if end >= 0 and edges_ok(text, pos, end):
                found.append((pos, end))
        return found
    pos = hay.find(words[0])
    while pos >= 0:
        end = _match_rest(hay, text, words, pos)
        if end >= 0 and edges_ok(text, pos, end):
            found.append((pos, end))
            pos = hay.find(words[0], end)
        else:
            pos = hay.find(words[0], pos + 1)
    return found


def _match_rest(hay: str, text: str, words: list[str], pos: int) -> int:
    """Where the value ends when its first word is at `pos` and every later word follows after a
    run of whitespace; -1 when it does not."""
    n = len(text)
    end = pos + len(words[0])
    for word in words[1:]:
        j = end
        while j < n and text[j].isspace():
            j += 1
        if j == end or not hay.startswith(word, j):
            return -1
        end = j + len(word)
    return end


def locate(text: str, value: str, *, ignore_case: bool = False, loose: bool = True) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `value`; when there is none and `loose`, every occurrence glued
    to other letters (a longer value written inside a word is still that value, "Rossi" in
    "RossiMario"; a short one glued to letters is usually a coincidence, hence the switch)."""
    found = find_all(text, value, whole="words", ignore_case=ignore_case)
    if not found and loose:
        found = find_all(text, value, whole="none", ignore_case=ignore_case)
    return found


def phrase_regex(phrase: str) -> str:
    """`phrase` as a regex, for the phrases written into patterns (cue words, kinds of organisation):
    its words literally, any run of whitespace between them, either apostrophe (' or ’)."""
    return r"\s+".join(re.escape(word).replace("'", "['’]") for word in phrase.split())


def phrases_regex(phrases: Iterable[str]) -> str:
    """An alternation of `phrase_regex`es, the longest phrase first (so that "studio legale" wins
    over "studio")."""
    return "|".join(phrase_regex(p) for p in sorted(dict.fromkeys(phrases), key=len, reverse=True))
