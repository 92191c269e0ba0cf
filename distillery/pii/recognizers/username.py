"""Usernames, only after an explicit label (username:, user:, utente:, login:, nome utente)."""

from __future__ import annotations

import re

from distillery.pii.recognizers.base import PatternRecognizer
from distillery.pii.recognizers.registry import register

_STOP = {"name", "nome", "id", "account", "and", "e", "is", "è", "the", "il", "lo", "la"}


@register
class UsernameRecognizer(PatternRecognizer):
    type = "USERNAME"
    name = "username"
    # The label must be followed by ":" or "=" (JSON too): "the user said" stays untouched.
    pattern = re.compile(
        r"(?i)(?<![A-Za-z0-9_])[\"']?(?:user(?:\s*name|_?id)?|nome\s+utente|utente|login|account|handle)[\"']?"
        r"\s*[:=]\s*[\"']?(?P<value>@?[A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9_])"
    )
    group = "value"

    def validate(self, candidate: str) -> bool:
        return candidate.lower() not in _STOP and "@" not in candidate[1:]  # emails are EMAIL's job
