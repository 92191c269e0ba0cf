"""IBANs of any country, spaced or not, validated with mod-97 and the country's length/structure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

# Country code + check digits, then blocks of letters/digits separated by at most one space or dash,
# or a line break (a number wrapped in a narrow column). The engines read the normalised view
# (`pii.normalize`), where every other space, dash and zero-width character is already one of these.
# Case-insensitive: people do write "it60x054...", and the checksum keeps precision.
_CANDIDATE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2}\d{2}(?:[ \n-]{0,3}[A-Za-z0-9]){11,30}")


def is_valid_iban(candidate: str) -> bool:
    compact = iban.compact(candidate.replace("\n", ""))
    # check_country=False: mod-97 plus the registry's length and BBAN structure, but not each
    # country's extra national check digits (surrogate IBANs in test data rarely have them right).
    return 15 <= len(compact) <= 34 and iban.is_valid(compact, check_country=False)


@register
class IbanRecognizer(Recognizer):
    type = "IBAN"
    name = "iban"

    def find(self, text: str) -> Iterator[Span]:
        pos = 0
        while m := _CANDIDATE.search(text, pos):
            end = _valid_end(m.group())
            if end:
                yield self.span(m.start(), m.start() + end)
                pos = m.start() + end
            else:
                pos = m.start() + 1  # a real IBAN may start inside a failed candidate ("AB12 IT60 ...")


def _valid_end(value: str) -> int:
    """Length of the longest prefix of `value` that is a valid IBAN (0 if none).

    The greedy match may swallow what follows ("... 0123 456 ABI 05428", "...456ciao"); each
    country has one fixed IBAN length, so trying shorter ends adds no chance of a false hit.
    """
    for end in range(len(value), 14, -1):
        if not value[end - 1].isalnum() or (end < len(value) and value[end].isdigit()):
            continue  # never end on a separator or in the middle of a number
        if is_valid_iban(value[:end]):
            return end
    return 0
