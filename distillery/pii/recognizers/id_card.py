"""Identity card numbers, only after an explicit label (carta d'identità n., C.I., ID card)."""

from __future__ import annotations

from distillery.pii.recognizers.base import LabeledValueRecognizer
from distillery.pii.recognizers.registry import register


@register
class IdCardRecognizer(LabeledValueRecognizer):
    type = "ID_CARD"
    name = "id_card"
    label = (
        r"\bcarta\s+d['’]\s?identit[àa]\b|\bC\.\s?I\.|\bCIE\b|\bdocumento\s+d['’]\s?identit[àa]\b"
        r"|\b(?:national\s+)?id(?:entity)?\s+card\b|\bidentity\s+document\b"
    )
    # CIE "CA12345AB", paper "AX1234567", other countries: 6-12 letters/digits with a digit.
    value = r"(?<![A-Z0-9])[A-Z0-9]{6,12}(?![A-Z0-9])"
