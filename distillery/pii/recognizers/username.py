"""Usernames, only after an explicit label (username:, login:, nome utente:, user:)."""

from __future__ import annotations

import re

from distillery.pii.recognizers.base import PatternRecognizer
from distillery.pii.recognizers.registry import register

_STOP = {"name", "nome", "id", "and", "e", "is", "è", "the", "il", "lo", "la", "none", "null", "n/a"}
# "User:" / "Utente:" also open the turns of chat transcripts ("User: Hello, I need..."): after
# those labels only a handle-looking value counts (with a digit, dot, underscore or hyphen).
_WEAK_LABELS = {"user", "utente"}


@register
class UsernameRecognizer(PatternRecognizer):
    type = "USERNAME"
    name = "username"
    # The label must be followed by ":" or "=" (JSON too): "the user said" stays untouched.
    pattern = re.compile(
        r"(?i)(?<![A-Za-z0-9_])[\"']?(?P<label>user(?:\s*name|_?id)?|nome\s+utente|utente|login|handle)[\"']?"
        r"\s*[:=]\s*[\"']?(?P<value>@?[A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9_])"
    )
    group = "value"

    def accept(self, text: str, match: re.Match[str]) -> bool:
        value = match.group("value")
        if value.lower() in _STOP or "@" in value[1:]:  # emails are EMAIL's job
            return False
        if match.group("label").lower() in _WEAK_LABELS:
            return any(not ch.isalpha() for ch in value.lstrip("@"))
        return True
