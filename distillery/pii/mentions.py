"""Later mentions of a person named in full: "Mario Rossi ... Rossi ha firmato".

Documents name a person in full once and then by surname (or first name) alone. A detector that
found the full name has, in effect, told us the parts are personal too, so every other whole-token
mention of a part, written the same way (or in capitals), is a PERSON span as well. Lower-case
occurrences are left alone: "Rosa Bianchi" must not turn every "rosa" into a name.
"""

from __future__ import annotations

import re

from distillery.pii.find import find_all
from distillery.pii.spans import Span

# Honorifics and particles are not identifying on their own.
_NOT_A_NAME = {
    "dott", "dottssa", "dottoressa", "dottore", "sig", "sigra", "signor", "signora", "signore", "avv", "ing",
    "prof", "profssa", "geom", "rag", "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "del", "della", "di",
    "da", "de", "van", "von", "der", "the", "and",
}  # fmt: skip
_PART = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
MIN_PART_LEN = 3


def name_parts(name: str) -> list[str]:
    parts = []
    for m in _PART.finditer(name):
        word = m.group(0)
        if len(word) >= MIN_PART_LEN and word[0].isupper() and word.lower().replace(".", "") not in _NOT_A_NAME:
            parts.append(word)
    return parts


def person_part_mentions(text: str, spans: list[Span]) -> list[Span]:
    """PERSON spans for the other mentions of the parts of multi-word PERSON spans."""
    parts: set[str] = set()
    for span in spans:
        if span.type == "PERSON":
            words = name_parts(text[span.start : span.end])
            if len(words) >= 2:
                parts.update(words)
    found: list[Span] = []
    for part in sorted(parts):
        for variant in {part, part.upper()}:
            for a, b in find_all(text, variant, whole="tokens"):
                found.append(Span(a, b, "PERSON", source="mentions"))
    return found
