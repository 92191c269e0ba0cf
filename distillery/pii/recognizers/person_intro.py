"""A narrow PERSON recognizer: the name of someone who introduces themselves, in any case ("mi
chiamo santino cammarata", "il mio nome è anna de luca", "my name is john smith", "sono Giulia Neri").

Chats, forms and phone transcripts write names in lower case, where the student and the titled-name
rule look for capitals. The cue says a name follows; the words say whether it is one:
- after an unambiguous cue ("mi chiamo", "il mio nome è", "my name is", "chi scrive è"), one to
  three words, each a known first name or not a common word (`pii.occurrences.common_words`);
- after an ambiguous cue ("sono", "I'm", "I am", "this is"), a known first name that is not also a
  common word ("una" and "per" are first names somewhere), then one or two more name words: "sono
  santino cammarata" is a name; "sono felice di", "sono serena oggi", "I'm fine", "ci sono due" are
  not. A lone first name after such a cue is left to the model ("sono rosa": a colour as often as a
  person).

Known first names: those of 48 Faker locales (`data/first_names.txt`, built by
tools/build_first_names.py); common words: the wordfreq list that leaves first names and surnames
out. A name particle ("de", "di", "van", "von") joins the name when a name word follows it. The span
is the name, never the cue, and ends at the first word that does not qualify (punctuation and line
breaks end it too: words are joined by spaces or tabs only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from distillery.pii.find import phrases_regex
from distillery.pii.recognizers.base import Recognizer, has_any
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

# Cue phrases per language; any whitespace between their words, either apostrophe, case ignored.
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "unambiguous": {
        "it": ("mi chiamo", "il mio nome è", "il mio nome e'", "chi scrive è", "chi scrive e'", "sono io,"),
        "en": ("my name is", "my name's", "name's"),
    },
    "ambiguous": {
        "it": ("sono", "qui è", "qui e'", "qui parla"),
        "en": ("i'm", "i am", "this is", "it's"),
    },
}
_PARTICLES = frozenset({"de", "di", "da", "del", "della", "dei", "van", "von", "der", "den", "le", "la", "mac", "mc"})
_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"


# A cue's first letter leads the pattern (a class re can skip to), before the look-behind: the same
# matches at half the cost of trying the look-behind and every cue at each character.
_FIRST = "".join(sorted({p[0].lower() for kind in CUES.values() for lang in kind.values() for p in lang}))
_SURE = phrases_regex(CUES["unambiguous"]["it"] + CUES["unambiguous"]["en"])
_MAYBE = phrases_regex(CUES["ambiguous"]["it"] + CUES["ambiguous"]["en"])
_PATTERN = re.compile(
    rf"(?=[{re.escape(_FIRST)}])(?<![\w'’])(?:(?P<sure>{_SURE})|(?P<maybe>{_MAYBE}))"
    rf"[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}})",
    re.IGNORECASE,
)
# The longest word of each cue, lower case, with either apostrophe: a document holding none of them
# cannot match the pattern (whatever the whitespace between a cue's words) and is skipped at once.
_HINTS = tuple(
    sorted(
        {
            variant
            for kind in CUES.values()
            for phrases in kind.values()
            for word in (max(p.lower().split(), key=len) for p in phrases)
            for variant in (word.replace("’", "'"), word.replace("'", "’"))
        }
    )
)


@cache
def first_names() -> frozenset[str]:
    """Lower-case first names of Faker's locales (`data/first_names.txt`, # lines are comments)."""
    from distillery.bundled import package_file

    lines = package_file("data/first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


@register
class IntroducedPersonRecognizer(Recognizer):
    type = "PERSON"
    name = "person_intro"

    def find(self, text: str) -> Iterator[Span]:
        if not has_any(text, _HINTS):
            return
        from distillery.pii.occurrences import common_words

        common, known = common_words(), first_names()
        for m in _PATTERN.finditer(text):
            words = list(re.finditer(_WORD, m.group("name")))
            kept = _name_words([w.group().lower() for w in words], sure=m.group("sure") is not None, common=common,
                               known=known)  # fmt: skip
            if kept:
                base = m.start("name")
                yield self.span(base + words[0].start(), base + words[kept - 1].end())


def _name_words(words: list[str], *, sure: bool, common: frozenset[str], known: frozenset[str]) -> int:
    """How many of `words` (lower case) make the name: 0 when they do not make one."""

    def name_like(word: str) -> bool:
        return word not in _PARTICLES and (word in known or (len(word) >= 3 and word not in common))

    n = 0
    while n < len(words):
        word = words[n]
        if word in _PARTICLES and n > 0 and n + 1 < len(words) and name_like(words[n + 1]):
            n += 2
            continue
        if not name_like(word) or (n == 0 and not sure and (word not in known or word in common)):
            break
        n += 1
    if not sure and n < 2:
        return 0  # "sono rosa", "I'm grace": a first name alone after an ambiguous cue is the model's call
    return n
