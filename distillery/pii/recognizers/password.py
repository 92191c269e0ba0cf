"""Secrets (type PASSWORD): well-known API-key formats, bearer tokens/JWTs, and password assignments.

For assignments ("password: hunter2", "pwd=...", '"password": "..."', "parola d'ordine: ...")
the span is the value only, so the label stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer, has_any
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

_KEYS = re.compile(
    r"(?<![A-Za-z0-9_-])(?:"
    r"sk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{20,}"  # OpenAI, Anthropic, Stripe-like
    r"|(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe
    r"|gh[pousr]_[A-Za-z0-9]{30,}"  # GitHub tokens
    r"|github_pat_[A-Za-z0-9_]{22,}"
    r"|(?:AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key id
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API key
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"  # JWT
    r")(?![A-Za-z0-9_-])"
)
_BEARER = re.compile(r"\bBearer\s+(?P<value>[A-Za-z0-9._~+/-]{16,}=*)")

_LABEL = (
    r"(?:[A-Za-z]+_)*(?:password|passwd|passwort|pwd|passphrase|passcode|pin|secret|client_secret|"
    r"api[_-]?key|access[_-]?token|auth[_-]?token|token)|parola\s+d['’]ordine|parola\s+chiave"
)
# label, optional closing quote of a JSON key, then ":" or "=" (or "is"/"è" further below).
_ASSIGN = re.compile(
    rf"(?i)(?<![A-Za-z0-9])[\"']?(?P<label>{_LABEL})[\"']?\s*(?:[:=]|=>)\s*"
    r"(?:\"(?P<dq>[^\"\n]+)\"|'(?P<sq>[^'\n]+)'|(?P<bare>[^\s\"',;]+(?:[,;][^\s\"',;]+)*))"
)
# "la password è X" / "my password is X": only when X looks like a password (has a digit or symbol,
# or is quoted); "the password is incorrect" must not lose its last word.
_SAID = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?P<label>{_LABEL})\s+(?:is|was|è|e'|era|sarà)\s+"
    r"(?:\"(?P<dq>[^\"\n]+)\"|'(?P<sq>[^'\n]+)'|«(?P<gq>[^»\n]+)»|(?P<bare>\S+))"
)
# "pwd Zq7!mK2v#Lp9", "pw blue-otter-77", "PIN 4821": a short label, a space, then a value that is
# clearly not a word (strict: it has a digit or a symbol). "password reset" stays.
_SPACED = re.compile(
    r"(?<![A-Za-z0-9_])(?P<label>pwd|pw|passwd|password|passcode|PIN|pin)\s+"
    r"(?:\"(?P<dq>[^\"\n]+)\"|'(?P<sq>[^'\n]+)'|(?P<bare>[^\s\"',;]{4,}))"
)
_PLACEHOLDER = re.compile(
    r"^(?:\*+|x+|\.+|-+|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\$\{?\w+\}?|null|none|nil|true|false)$", re.IGNORECASE
)
# After these labels a real secret is long; "max_token=512" or "secret: yes" are settings, not secrets.
_TOKEN_LABEL = re.compile(r"(?i)(?:token|secret|api[_-]?key)$")
# "!" and "?" stay: they are common in passwords, and a leaked character is worse than a long span.
_SENTENCE_END = ".,;:"


@register
class PasswordRecognizer(Recognizer):
    type = "PASSWORD"
    name = "password"

    def find(self, text: str) -> Iterator[Span]:
        for m in _KEYS.finditer(text):
            yield self.span(*m.span())
        for m in _BEARER.finditer(text):
            yield self.span(*m.span("value"))
        for m in _ASSIGN.finditer(text):
            span = self._value_span(m, strict=False)
            if span:
                yield span
        for m in _SAID.finditer(text):
            span = self._value_span(m, strict=True)
            if span:
                yield span
        if has_any(text, ("pw", "pass", "pin")):
            for m in _SPACED.finditer(text):
                span = self._value_span(m, strict=True)
                if span:
                    yield span

    def _value_span(self, m: re.Match[str], strict: bool) -> Span | None:
        groups = m.groupdict()
        quoted = next((g for g in ("dq", "sq", "gq") if groups.get(g)), None)
        group = quoted or "bare"
        start, end = m.span(group)
        value = m.group(group)
        if not quoted:
            # Sentence punctuation after an unquoted value is not part of it.
            while value and value[-1] in _SENTENCE_END:
                value = value[:-1]
                end -= 1
            if strict and not any(not ch.isalpha() for ch in value):
                return None
        if not value.strip() or _PLACEHOLDER.match(value.strip()):
            return None
        if _TOKEN_LABEL.search(m.group("label")) and (len(value) < 8 or value.isalpha()):
            return None
        return self.span(start, end)
