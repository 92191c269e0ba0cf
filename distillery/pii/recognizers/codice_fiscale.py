"""Italian codice fiscale of a person: 16 characters, check character, omocodia substitutions."""

from __future__ import annotations

import re

from stdnum.it import codicefiscale

from distillery.pii.recognizers.base import PatternRecognizer
from distillery.pii.recognizers.registry import register

_D = "[0-9LMNPQRSTUVlmnpqrstuv]"  # a digit, or its omocodia letter


@register
class CodiceFiscaleRecognizer(PatternRecognizer):
    type = "CODICE_FISCALE"
    name = "codice_fiscale"
    pattern = re.compile(
        rf"(?<![A-Za-z0-9])[A-Za-z]{{6}}{_D}{{2}}[ABCDEHLMPRSTabcdehlmprst]{_D}{{2}}[A-Za-z]{_D}{{3}}[A-Za-z](?![A-Za-z0-9])"
    )

    def validate(self, candidate: str) -> bool:
        # stdnum checks the check character and that the encoded birth date exists.
        return len(candidate) == 16 and codicefiscale.is_valid(candidate.upper())
