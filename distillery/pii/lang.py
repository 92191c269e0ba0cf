"""A tiny Italian/English guess, enough to pick Faker locales and report per-language metrics."""

from __future__ import annotations

import re
from functools import lru_cache

_IT = set(
    [
        "il",
        "lo",
        "la",
        "le",
        "gli",
        "un",
        "una",
        "di",
        "del",
        "della",
        "dei",
        "delle",
        "che",
        "per",
        "con",
        "non",
        "sono",
        "è",
        "al",
        "alla",
        "ai",
        "nel",
        "nella",
        "questo",
        "questa",
        "come",
        "anche",
        "ma",
        "ho",
        "ha",
        "abbiamo",
        "gentile",
        "buongiorno",
        "grazie",
        "cordiali",
        "saluti",
        "signor",
        "signora",
        "dott",
        "via",
        "piazza",
        "nato",
        "nata",
    ]
)
_EN = set(
    [
        "the",
        "an",
        "of",
        "and",
        "to",
        "in",
        "is",
        "are",
        "was",
        "for",
        "with",
        "not",
        "this",
        "that",
        "have",
        "has",
        "we",
        "you",
        "dear",
        "hello",
        "thanks",
        "regards",
        "best",
        "please",
        "mr",
        "mrs",
        "ms",
        "street",
        "road",
        "born",
        "at",
        "from",
    ]
)
_WORD = re.compile(r"[a-zà-ù']+", re.IGNORECASE)


@lru_cache(maxsize=16)
def guess_lang(text: str) -> str:
    """'it' or 'en' (the default when the text gives no evidence). Cached: the merge step asks twice
    per document (the organisation-contact regions, the replacement's language)."""
    words = [w.lower() for w in _WORD.findall(text[:2000])]
    it = sum(w in _IT for w in words)
    en = sum(w in _EN for w in words)
    return "it" if it > en else "en"
