"""Vehicle license plates, only after an explicit label (targa, license plate, registration)."""

from __future__ import annotations

from distillery.pii.recognizers.base import LabeledValueRecognizer
from distillery.pii.recognizers.registry import register


@register
class LicensePlateRecognizer(LabeledValueRecognizer):
    type = "LICENSE_PLATE"
    name = "license_plate"
    label = r"\btarga(?:ta|to)?\b|\blicen[cs]e\s+plate\b|\bplate\s+number\b|\bnumber\s+plate\b|\bregistration\b"
    # Italian "AB 123 CD", UK "AB12 CDE", US "7ABC123" / "ABC-1234".
    value = (
        r"(?<![A-Z0-9])(?:[A-Z]{2}\s?\d{3}\s?[A-Z]{2}|[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,4})"
        r"(?![A-Z0-9])"
    )
    # Plates are upper-case: without IGNORECASE "targa straniera" cannot match (labels stay case-free).
    flags = 0
