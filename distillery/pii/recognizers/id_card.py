"""Identity documents other than passports, only after a cue: carta d'identità / C.I. / CIE,
patente (di guida), driving licence / driver's license, "DL", state ID, ID card; and Spanish DNI and
NIE numbers, checked with python-stdnum (`es.dni`, `es.nie`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.es import dni, nie

from distillery.pii.recognizers.base import LabeledValueRecognizer, Recognizer, context_before
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span


@register
class IdCardRecognizer(LabeledValueRecognizer):
    type = "ID_CARD"
    name = "id_card"
    label = (
        r"\bcarta\s+(?:d['’]\s?)?identit[àa]\b|\bC\.\s?I\.|\bCI\b(?=\s*(?:n[°º.r]|num|:|#))|\bCIE\b"
        r"|\bdocumento\s+(?:d['’]\s?identit[àa]|di\s+riconoscimento|identificativo)\b"
        r"|\b(?:national\s+)?id(?:entity)?\s+card\b|\bidentity\s+document\b|\bID\s+(?:no|number|nr)\b\.?"
        r"|\bpatente(?:\s+di\s+guida)?\b|\bdriv(?:ing|er['’]?s?)\s+licen[cs]e\b|\bstate\s+ID\b"
        # "DL" right before the number or its "no."/"#"/":" ("DL 12345678", "DL no. D1234567"): not
        # the Italian "D.L. 18/2020" (a decree), nor a "DL" then words.
        r"|\bDL\b(?=\s*(?:[:#]|n[or°º]?\.|nr\b|num\w*)?\s*[A-Z]?\d)"
    )
    hints = (
        "carta", "c.i", "ci n", "ci:", "ci #", "cie", "documento", "card", "identit", "id n", "state id",
        "patente", "licen", "dl ", "dl:", "dl#", "dl.",
    )  # fmt: skip
    # CIE "CA12345AB", paper "AX1234567" or "AY 3847162", patente "MI1234567X" / "U1A23B456C",
    # UK driving licence "MORGA753116SM9IJ" (16), other countries: 6-16 letters/digits with a digit.
    value = r"(?<![A-Z0-9])(?:[A-Z]{2}\s\d{7}|[A-Z0-9]{6,16})(?![A-Z0-9])"


# A Spanish DNI (8 digits and a check letter) or NIE (X/Y/Z, 7 digits, a check letter), with an
# optional dash or space before the letter; the check letter keeps precision (1 in 23 by chance).
# Not glued to a longer code: no letter, digit, "_" or "-" right before. (The first character is
# matched before that look-behind and the two shapes, "[XYZxyz]-?\d{7}|\d{8}", so that `re` skips
# to the next X/Y/Z or digit at C speed instead of trying the pattern at every character.)
_ES_ID = re.compile(r"[XYZxyz\d](?<![\w-].)(?:(?<=[XYZxyz])-?\d{7}|(?<=\d)\d{7})[- ]?[A-Za-z](?![\w-])")
# Words before it that say it is something else (an order, an invoice, a product code).
_NOT_AN_ID = re.compile(
    r"(?i)\b(?:ordine|order|ord|fattura|invoice|factura|pedido|rif|ref|sku|art|codice articolo|lotto|batch|"
    r"tracking|ticket|pratica|protocollo)\b\W{0,4}(?:n[or°º]?\.?\s*)?$"
)


@register
class SpanishIdRecognizer(Recognizer):
    type = "ID_CARD"
    name = "es_dni"

    def find(self, text: str) -> Iterator[Span]:
        for m in _ES_ID.finditer(text):
            compact = re.sub(r"[- ]", "", m.group()).upper()
            valid = nie.is_valid(compact) if compact[0] in "XYZ" else dni.is_valid(compact)
            if valid and not context_before(text, m.start(), _NOT_AN_ID, 30):
                yield self.span(m.start(), m.end())
