"""Usernames, only after a cue: a label with ":"/"=" (username:, login=, utente:, user=, account=),
a handle after a spaced cue ('for user "svc_crm"', "utente app_rw", "login as qa.user17"), and the
user folder of a path (/home/jdoe/, /Users/anna/, C:\\Users\\mrossi\\)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer, has_any
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

_STOP = {"name", "nome", "id", "and", "e", "is", "è", "the", "il", "lo", "la", "none", "null", "n/a"}
# "User:" / "Utente:" also open the turns of chat transcripts ("User: Hello, I need..."): after
# those labels only a handle-looking value counts (with a digit, dot, underscore or hyphen).
_WEAK_LABELS = {"user", "utente", "account"}
_HANDLE = r"@?[A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9_]"
# The label must be followed by ":" or "=" (JSON too): "the user said" stays untouched.
_ASSIGN = re.compile(
    r"(?i)(?<![A-Za-z0-9_])[\"']?(?P<label>user(?:\s*name|_?id)?|nome\s+utente|utente|login|handle|account)[\"']?"
    rf"\s*(?P<op>[:=])\s*[\"']?(?P<value>{_HANDLE})"
)
# Spaced cue then a handle (strict: it must hold a digit, dot, underscore or hyphen).
# After a strong cue ("username", "nome utente", "login as") any handle counts; after a weak one
# ("for user", "utente") only a quoted one or one with a digit, dot, underscore or hyphen.
_SPACED = re.compile(
    r"(?i)(?<![A-Za-z0-9_])(?:(?P<strong>username|user\s+name|nome\s+utente|logged\s+in\s+as|log\s+in\s+as|"
    r"login\s+as|signed\s+in\s+as|accesso\s+come|connesso\s+come)|for\s+user|per\s+l['’]utente|"
    r"dell['’]utente|utente)"
    rf"\s+(?P<quote>[\"'«])?(?P<value>{_HANDLE})"
)
_SPACED_STOP = _STOP | {
    "was", "has", "have", "non", "not", "della", "del", "per", "con", "che", "and", "or", "field", "campo",
    "must", "cannot", "can", "should", "will", "you", "your", "deve", "obbligatorio", "required", "already",
    "password", "and/or", "e/o", "box", "input", "format", "formato", "here", "qui", "below", "sotto", "of",
    "di", "for", "to", "a", "in", "on", "su", "o", "are", "sono", "errato", "wrong", "invalid",
    "valido", "incorrect", "missing", "mancante", "changed", "cambiato", "reset", "used", "usato",
}  # fmt: skip
_PATH = re.compile(
    r"(?i)(?:/home/|/Users/|[A-Z]:\\Users\\|/var/mail/)(?P<value>[A-Za-z0-9][A-Za-z0-9._-]{1,31})(?=[/\\])"
)
_HINTS = (
    "user", "utente", "login", "handle", "account", "logged", "log in", "signed", "accesso", "connesso", "/home/",
    "/var/mail/",
)  # fmt: skip
_NOT_USER_DIRS = {"public", "default", "shared", "all users", "root", "admin", "user", "username", "runner", "ubuntu"}


@register
class UsernameRecognizer(Recognizer):
    type = "USERNAME"
    name = "username"

    def find(self, text: str) -> Iterator[Span]:
        if not has_any(text, _HINTS):
            return
        for m in _ASSIGN.finditer(text):
            value = m.group("value")
            if value.lower() in _STOP or "@" in value[1:]:  # emails are EMAIL's job
                continue
            # "User: Hello" opens a chat turn; "user=anthonyevans" in a log line is a login.
            if m.group("label").lower() in _WEAK_LABELS and m.group("op") == ":" and value.lstrip("@").isalpha():
                continue
            if m.group("label").lower() == "account" and value.isdigit():
                continue  # an account number, not a login
            yield self.span(*m.span("value"))
        for m in _SPACED.finditer(text):
            value = m.group("value").lstrip("@")
            if "@" in value or value.isdigit() or value.lower() in _SPACED_STOP:
                continue
            if value.isalpha() and not (m.group("strong") or m.group("quote")):
                continue
            yield self.span(*m.span("value"))
        if "/" in text or "\\" in text:
            for m in _PATH.finditer(text):
                if m.group("value").lower() not in _NOT_USER_DIRS:
                    yield self.span(*m.span("value"))
