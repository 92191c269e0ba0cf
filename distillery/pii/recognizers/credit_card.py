"""Payment card numbers: 13-19 digits (spaces/dashes allowed), Luhn, and a known issuer prefix."""

from __future__ import annotations

import re

from stdnum import luhn

from distillery.pii.recognizers.base import PatternRecognizer
from distillery.pii.recognizers.registry import register

# Issuer (IIN) ranges and their lengths: Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay.
_IIN = re.compile(
    r"^(?:4\d{12}(?:\d{3}){0,2}"  # Visa 13/16/19
    r"|(?:5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}"  # Mastercard 16
    r"|3[47]\d{13}"  # American Express 15
    r"|(?:6011|64[4-9]\d|65\d{2})\d{12,15}"  # Discover 16-19
    r"|35\d{14,17}"  # JCB 16-19 (3528-3589 today; test generators use all of 35xx)
    r"|(?:1800|2131)\d{11}"  # JCB 15 (old ranges)
    r"|3(?:0[0-5]|[689]\d)\d{11,13}"  # Diners Club 14-16
    r"|(?:5018|5020|5038|5[6-8]\d\d|6304|6759|676[1-3])\d{9,15}"  # Maestro 13-19
    r"|62\d{14,17}"  # UnionPay 16-19
    r")$"
)
_SEP = re.compile(r"[ \n-]")


@register
class CreditCardRecognizer(PatternRecognizer):
    type = "CREDIT_CARD"
    name = "credit_card"
    # Digits with single space/dash separators (or a line break: a number wrapped in a column), not
    # glued to other digits or words. (Other spaces, dashes and zero-width characters are folded to
    # these in the normalised view the engines read, `pii.normalize`.)
    # (The first digit is matched before the look-behind, "\d(?<![\w-].)" for "(?<![\w-])\d": the same
    # pattern, but `re` skips to the next digit at C speed instead of trying it at every character.)
    pattern = re.compile(r"\d(?<![\w-].)(?:[ \n-]{0,3}\d){12,18}(?![\w]|-\d)")

    def validate(self, candidate: str) -> bool:
        if candidate.count("\n") > 1:
            return False  # a number wraps once; digits over several lines are a column of numbers
        digits = _SEP.sub("", candidate)
        if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
            return False
        # Mixed separators ("4111-1111 1111 1111") are not how anyone writes a card.
        if "-" in candidate and " " in candidate:
            return False
        return bool(_IIN.match(digits)) and luhn.is_valid(digits)
