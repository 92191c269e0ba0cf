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
    pattern = re.compile(r"(?<![\w.,/-])(?:(?P<prefix>IT)\s?)?(?P<number>\d{11})(?![\w]|[.,/-]\d)")

    def accept(self, text: str, match: re.Match[str]) -> bool:
        if not iva.is_valid(match.group("number")):
            return False
        return bool(match.group("prefix")) or context_before(text, match.start(), _CONTEXT, 40)
