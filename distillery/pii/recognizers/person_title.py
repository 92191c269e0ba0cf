"""A narrow PERSON recognizer: names right after a courtesy title (Sig.ra Bianchi, Dr. John Smith,
"la sig.ra Rossi", "il dott. Bianchi").

People are the model's job; this only catches the unambiguous titled mentions. The span is the
name, not the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

_TITLE = (
    r"(?:Sig\.(?:ra|na)?|Sig(?:ra|na)\.?|Signor(?:a|ina)?|Dott\.(?:ssa)?|Dott(?:ssa|\.ssa)|Dottor(?:essa)?"
    r"|Prof\.(?:ssa)?|Prof(?:essor(?:e|essa)?)|Avv\.(?:to)?|Ing\.|Arch\.|Rag\.|Geom\."
    r"|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Dr\.?|Sir"
    # Italian titles are written in lower case after an article ("la sig.ra Rossi", "il dott. Bianchi"):
    # the abbreviations with their dot and the spelled-out titles, not English words ("I miss Rome").
    r"|sig\.(?:ra|na)?|sig(?:ra|na)\.?|signor(?:a|ina)?|dott\.(?:ssa)?|dott(?:ssa|\.ssa)|dottor(?:e|essa)?"
    r"|prof\.(?:ssa)?|professor(?:e|essa)|avv\.(?:to)?|ing\.|arch\.|rag\.|geom\.|dr\.)"
)
_WORD = r"(?:[A-Z](?:['’][A-Z])?[a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?)"
_PARTICLE = r"(?:(?:de|di|da|del|della|dello|dei|degli|van|von|der|den|le|la|lo|mac|mc|o['’])\s)"
_PARTICLES = {"de", "di", "da", "del", "della", "dello", "dei", "degli", "van", "von", "der", "den", "le", "la", "lo"}
_PATTERN = re.compile(
    rf"(?<![A-Za-z]){_TITLE}\s+(?P<name>{_WORD}(?:\s(?:{_PARTICLE}|(?i:{_PARTICLE}))?{_WORD}){{0,2}})(?![\w'’])"
)
# Capitalized words that end a name rather than continue it (addresses, greetings, places).
_STOP = {
    "Via", "Viale", "Piazza", "Corso", "Largo", "Vicolo", "Strada", "Street", "Road", "Avenue",
    "The", "And", "Per", "Con", "Dear", "Gentile", "Caro", "Cara", "Spa", "Srl", "Ltd", "Inc", "Hospital",
    "Ospedale", "Clinic", "Clinica", "Studio", "Office", "Ufficio",
    # Capitalized courtesy pronouns and short words that follow a name in Italian letters:
    # "Gentile Sig. Rossi La informiamo", "Dott. Bianchi Le scrivo".
    "La", "Le", "Lei", "Lo", "Gli", "Il", "Ci", "Vi", "Si", "Ti", "Mi", "In", "Da", "Di", "Che", "Ed",
    "Mr", "Mrs", "Ms", "Dr", "Sig", "Dott",
}  # fmt: skip


@register
class TitledPersonRecognizer(Recognizer):
    type = "PERSON"
    name = "person_title"

    def find(self, text: str) -> Iterator[Span]:
        for m in _PATTERN.finditer(text):
            start, end = m.span("name")
            words = m.group("name").split()
            # Cut the name at the first stop word ("Sig. Rossi Via Roma" -> "Rossi").
            for i, w in enumerate(words):
                # A particle inside the name ("Rossi Di Stefano") is part of it, not a stop.
                if w in _STOP and not (w.lower() in _PARTICLES and i + 1 < len(words)):
                    words = words[:i]
                    break
            if not words:
                continue
            # Re-find the kept words in the text so that the original whitespace is preserved.
            kept = re.match(r"\s*".join(re.escape(w) for w in words), text[start:end])
            if kept:
                yield self.span(start, start + kept.end())
