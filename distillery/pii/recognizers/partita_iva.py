"""Italian partita IVA (VAT number): 11 digits with a check digit, plus an `IT` prefix or a VAT label.

One random 11-digit number in ten passes the check digit, so the checksum alone is not evidence:
the number must carry the `IT` prefix or follow a label such as "P.IVA" or "VAT".
"""

from __future__ import annotations

import re

from stdnum.it import iva

from distillery.pii.recognizers.base import PatternRecognizer, context_before
from distillery.pii.recognizers.registry import register

_CONTEXT = re.compile(
    r"(?i)(?:\bp\.?\s?iva\b|\bpartita\s+iva\b|\bvat\b|\bp\.\s?i\.|\bpi\b|\biva\b|\bc\.\s?f\.|"
    r"\bcod(?:ice|\.)\s+fisc(?:ale|\.)|\btax\s+(?:id|number|code)\b|\bcodice\s+iva\b)"
)


@register
class PartitaIvaRecognizer(PatternRecognizer):
    type = "PARTITA_IVA"
    name = "partita_iva"
    # "IT", an optional space and the 11 digits, or the 11 digits alone, not glued to a word, a number
    # or a path: "(?<![\w.,/-])(?:IT\s?)?\d{11}", written with its first character before the
    # look-behind so that `re` skips to the next "I" or digit at C speed instead of trying it at
    # every character (the same matches).
    pattern = re.compile(r"[I\d](?<![\w.,/-].)(?:(?<=I)T\s?\d{11}|(?<=\d)\d{10})(?![\w]|[.,/-]\d)")

    def accept(self, text: str, match: re.Match[str]) -> bool:
        value = match.group()
        if not iva.is_valid(value[-11:]):
            return False
        return value.startswith("IT") or context_before(text, match.start(), _CONTEXT, 40)
