"""IBANs of any country, spaced or not, validated with mod-97 and the country's length/structure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

# Country code + check digits, then blocks of letters/digits separated by at most one space or dash.
# Case-insensitive: people do write "it60x054...", and the checksum keeps precision.
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,32}(?![A-Za-z0-9])")
_TOKEN = re.compile(r"[A-Za-z0-9]+")


def is_valid_iban(candidate: str) -> bool:
    compact = iban.compact(candidate)
    # check_country=False: mod-97 plus the registry's length and BBAN structure, but not each
    # country's extra national check digits (surrogate IBANs in test data rarely have them right).
    return 15 <= len(compact) <= 34 and iban.is_valid(compact, check_country=False)


@register
class IbanRecognizer(Recognizer):
    type = "IBAN"
    name = "iban"

    def find(self, text: str) -> Iterator[Span]:
        for m in _CANDIDATE.finditer(text):
            # The greedy match may swallow a following code ("... 0123 456 ABI 05428"): drop
            # trailing blocks until the rest validates.
            ends = [t.end() for t in _TOKEN.finditer(m.group())]
            for end in reversed(ends):
                if is_valid_iban(m.group()[:end]):
                    yield self.span(m.start(), m.start() + end)
                    break
