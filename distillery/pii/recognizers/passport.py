"""Passport numbers, only after a cue (passaporto n°, passport no., "passaporto italiano numero")."""

from __future__ import annotations

from distillery.pii.recognizers.base import LabeledValueRecognizer
from distillery.pii.recognizers.registry import register


@register
class PassportRecognizer(LabeledValueRecognizer):
    type = "PASSPORT"
    name = "passport"
    label = r"\bpassaporto\b|\bpassport\b(?:\s+number)?|\bpass\.\s?n"
    hints = ("passaporto", "passport", "pass.")
    # Italian YA1234567, US 9 digits, UK 9 digits, German C01X00T47, French 12AB34567: 6-10 letters
    # and digits, at least four digits.
    value = r"(?<![A-Z0-9])(?:[A-Z]{1,2}\s\d{6,9}[A-Z]?|(?=(?:[A-Z]*\d){4})[A-Z0-9]{6,10})(?![A-Z0-9])"
