"""US Social Security numbers: NNN-NN-NNNN anywhere; undashed only after an "SSN" label."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.us import ssn

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

# (The first digit is matched before the look-behind, "\d(?<![\w-].)\d{2}" for "(?<![\w-])\d{3}": the
# same pattern, but `re` skips to the next digit at C speed instead of trying it at every character.)
_DASHED = re.compile(r"\d(?<![\w-].)\d{2}-\d{2}-\d{4}(?![\w]|-\d)")
# Undashed (or spaced) only right after the label: "SSN: 123456789", "social security no. 123 45 6789".
_LABELED = re.compile(
    r"(?i)\b(?:ssn|ss#|social\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:#|no\.?|number|is|was)?\s*[:=]?\s*"
    r"(?P<value>\d{3} ?\d{2} ?\d{4})(?![\w-])"
)


@register
class SsnRecognizer(Recognizer):
    type = "SSN"
    name = "ssn"

    def find(self, text: str) -> Iterator[Span]:
        for m in _DASHED.finditer(text):
            if ssn.is_valid(m.group()):
                yield self.span(*m.span())
        for m in _LABELED.finditer(text):
            if ssn.is_valid(m.group("value").replace(" ", "")):
                yield self.span(*m.span("value"))
