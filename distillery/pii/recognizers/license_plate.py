"""Vehicle licence plates, only after a cue (targa, targato, license plate, plate, "TX plate",
registration, reg)."""

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
        # "TX plate 7ABC123", "plate: 8XYZ123": "plate" alone (after a state code, or a label).
        r"|\bplates?\b"
    )
    hints = ("targ", "plate", "registration", "reg", "vrn", "tag ")
    # Italian "AB 123 CD" / "AB-123-CD" (and French SIV), UK "AB12 CDE", German "M-AB 1234", US
    # "7ABC123" / "ABC-1234", and any three short groups ("NSF 15 32").
    value = (
        r"(?<![A-Z0-9])(?:[A-Z]{2}[\s-]?\d{3}[\s-]?[A-Z]{2}|[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]{1,3}-[A-Z]{1,2}\s?\d{1,4}"
        r"|[A-Z0-9]{1,4}[- ][A-Z0-9]{1,4}[- ][A-Z0-9]{1,4}|[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,4})"
        r"(?![A-Z0-9])"
    )
    # Plates are upper-case: without IGNORECASE "targa straniera" cannot match (labels stay case-free).
    flags = 0

    def validate(self, value: str) -> bool:
        # Letters and digits: "targa 2024" or "registration 2019" is a year.
        return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)
