"""Later mentions of a person named in full: "Mario Rossi ... Rossi ha firmato", and which of them
are the same person (`person_links`, the rule the replacement styles follow).

Documents name a person in full once and then by surname (or first name) alone. A detector that
found the full name has, in effect, told us the parts are personal too, so every other whole-token
mention of a part, written the same way (or in capitals), is a PERSON span as well. Lower-case
occurrences are left alone: "Rosa Bianchi" must not turn every "rosa" into a name. A name written
in lower case ("mi chiamo santino cammarata", chats) has lower-case parts: those that are not common
words (`occurrences.common_words`) are mentions in lower case, capitalised or in capitals.
"""

from __future__ import annotations

import re

from distillery.pii.find import find_all, fold
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
    from distillery.pii.occurrences import common_words

    lower = name.islower()
    parts = []
    for m in _PART.finditer(name):
        word = m.group(0)
        if len(word) < MIN_PART_LEN or word.lower().replace(".", "") in _NOT_A_NAME:
            continue
        if word[0].isupper() or (lower and word not in common_words()):
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
                parts.add(f"{words[0][0]}. {words[-1]}")  # "E. Conti" of "Elena Conti", initial included
    found: list[Span] = []
    for part in sorted(parts):
        for variant in {part, part.upper(), part[0].upper() + part[1:]}:  # "santino": "Santino" too
            for a, b in find_all(text, variant, whole="tokens"):
                found.append(Span(a, b, "PERSON", source="mentions"))
    return found


# A word of a name as written: "Elena", "D'Angelo", "E." (an initial), "Conti-Bassi".
_NAME_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?\.?")


def _words(name: str) -> list[str]:
    """The words of a name, honorifics and particles left out, each folded ("e." stays an initial)."""
    out = []
    for m in _NAME_WORD.finditer(name):
        word = m.group().casefold()
        if word.rstrip(".").replace(".", "") in _NOT_A_NAME:
            continue
        out.append(word if len(word.rstrip(".")) == 1 else word.rstrip("."))
    return out


def _covers(full: list[str], part: list[str]) -> bool:
    """Every word of `part` is a word of `full` (an initial: the first letter of one), in order."""
    i = 0
    for word in part:
        initial = len(word.rstrip(".")) == 1
        while i < len(full) and not (full[i][0] == word[0] if initial else full[i] == word):
            i += 1
        if i == len(full):
            return False
        i += 1
    return True


def person_links(names: list[str]) -> dict[str, str]:
    """The rule that makes a shorter mention the same person as a full name of the same document:
    a surname alone, a first name alone, an initial and a surname ("E. Conti"), or a shorter full
    name ("Maria Conti" of "Maria Grazia Conti") is linked to the one full name (two words or more)
    whose words it is made of, in order (an initial standing for a word that starts with it), when
    exactly one such full name is in the document (ambiguous mentions keep their own replacement).
    Returns {folded mention: full name as first written}; full names that are themselves linked
    point to the longest one."""
    by_fold: dict[str, tuple[str, list[str]]] = {}
    for name in names:
        words = _words(name)
        if words:
            by_fold.setdefault(" ".join(words), (name, words))
    full = {
        key: val
        for key, val in by_fold.items()
        if len(val[1]) >= 2 and not any(len(w.rstrip(".")) == 1 for w in val[1])
    }
    target: dict[str, str] = {}
    for key, (name, words) in by_fold.items():
        candidates = {other for other, (_, ow) in full.items() if ow != words and _covers(ow, words)}
        # A candidate that is itself part of a longer candidate is the same person as that one.
        roots = {c for c in candidates if not any(c != d and _covers(full[d][1], full[c][1]) for d in candidates)}
        if len(roots) == 1:
            target[key] = full[roots.pop()][0]
        elif not candidates:
            target[key] = name  # other spellings of it ("Dott. Elena Conti") are it
    links: dict[str, str] = {}
    for name in names:
        words = _words(name)
        linked = target.get(" ".join(words)) if words else None
        if linked is not None and fold(linked) != fold(name):
            links[fold(name)] = linked
    return links
