"""Identity documents other than passports, only after a cue: carta d'identità / C.I. / CIE,
patente (di guida), driving licence / driver's license, state ID, ID card."""

from __future__ import annotations

from distillery.pii.recognizers.base import LabeledValueRecognizer
from distillery.pii.recognizers.registry import register


@register
class IdCardRecognizer(LabeledValueRecognizer):
    type = "ID_CARD"
    name = "id_card"
    label = (
        r"\bcarta\s+(?:d['’]\s?)?identit[àa]\b|\bC\.\s?I\.|\bCI\b(?=\s*(?:n[°º.r]|num|:|#))|\bCIE\b"
        r"|\bdocumento\s+(?:d['’]\s?identit[àa]|di\s+riconoscimento|identificativo)\b"
        r"|\b(?:national\s+)?id(?:entity)?\s+card\b|\bidentity\s+document\b|\bID\s+(?:no|number|nr)\b\.?"
        r"|\bpatente(?:\s+di\s+guida)?\b|\bdriv(?:ing|er['’]?s?)\s+licen[cs]e\b|\bDL\b\s*(?=[#:])|\bstate\s+ID\b"
    )
    hints = (
        "carta", "c.i", "ci n", "ci:", "ci #", "cie", "documento", "card", "identit", "id n", "state id",
        "patente", "licen", "dl#", "dl:", "dl #", "dl :",
    )  # fmt: skip
    # CIE "CA12345AB", paper "AX1234567" or "AY 3847162", patente "MI1234567X" / "U1A23B456C",
    # UK driving licence "MORGA753116SM9IJ" (16), other countries: 6-16 letters/digits with a digit.
    value = r"(?<![A-Z0-9])(?:[A-Z]{2}\s\d{7}|[A-Z0-9]{6,16})(?![A-Z0-9])"
