"""Vehicle licence plates, only after a cue (targa, targato, license plate, registration, reg)."""

from __future__ import annotations

from distillery.pii.recognizers.base import LabeledValueRecognizer
from distillery.pii.recognizers.registry import register


@register
class LicensePlateRecognizer(LabeledValueRecognizer):
    type = "LICENSE_PLATE"
    name = "license_plate"
    label = (
        r"\btarga(?:ta|to)?\b|\blicen[cs]e\s+plate\b|\bplate\s+(?:number|no)\b|\bnumber\s+plate\b"
        r"|\bregistration\b|\breg\b\.?|\bVRN\b|\btag\s+(?:number|no)\b"
    )
    hints = ("targ", "plate", "registration", "reg", "vrn", "tag ")
    # Italian "AB 123 CD", UK "AB12 CDE", US "7ABC123" / "ABC-1234".
    value = (
        r"(?<![A-Z0-9])(?:[A-Z]{2}\s?\d{3}\s?[A-Z]{2}|[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,4})"
        r"(?![A-Z0-9])"
    )
    # Plates are upper-case: without IGNORECASE "targa straniera" cannot match (labels stay case-free).
    flags = 0

    def validate(self, value: str) -> bool:
        # Letters and digits: "targa 2024" or "registration 2019" is a year.
        return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)
