"""E-mail addresses in encoded or obfuscated form.

- percent-encoded, as in URLs and log lines: `mario.rossi%40gmail.com`;
- bracketed obfuscations: `mario [at] example [dot] com`, `mario(at)example.it`, `mario {at} x.org`;
- words, only when it clearly is an address: `mario dot rossi at example dot com`,
  `mario punto rossi chiocciola gmail punto com` — "at"/"chiocciola" then a domain that ends in a
  known top-level domain written as "dot <tld>" / "punto <tld>" (or ".tld"). "meet me at home dot"
  is not an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer, lowered
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

_TLD = r"(?:com|it|org|net|eu|edu|gov|io|co|uk|de|fr|es|ch|info|biz|me|us|ie|nl|be|at|app|dev)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PERCENT = re.compile(
    rf"(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._+-]|%(?!40)[0-9A-Fa-f]{{2}})*%40(?:{_LABEL}\.)+[A-Za-z]{{2,24}}(?![\w-])"
)
_AT_BR = r"\s*[\[\(\{<]\s*(?:at|@|chiocciola|a)\s*[\]\)\}>]\s*"
_DOT_BR = r"(?:\s*[\[\(\{<]\s*(?:dot|punto|\.)\s*[\]\)\}>]\s*|\.)"
_BRACKETED = re.compile(
    rf"(?i)(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._+-]*(?:{_DOT_BR}[A-Za-z0-9_+-]+)*{_AT_BR}"
    rf"{_LABEL}(?:{_DOT_BR}{_LABEL})*?{_DOT_BR}{_TLD}\b(?!\.\w)"
)
_DOT_W = r"\s+(?:dot|punto)\s+"
_AT_W = r"\s+(?:at|chiocciola)\s+"
_WORDS = re.compile(
    rf"(?i)(?<![\w.@-])[A-Za-z0-9][A-Za-z0-9._+-]*(?:{_DOT_W}[A-Za-z0-9_+-]+)*{_AT_W}"
    rf"{_LABEL}(?:(?:{_DOT_W}|\.){_LABEL})*?(?:{_DOT_W}|\.){_TLD}\b(?!\.\w)"
)
# " at example.com": the cheap pre-check for the worded form without "dot"/"punto".
_AT_DOMAIN = re.compile(r"(?i) at [a-z0-9-]+\.[a-z]{2}")
# Words that make "<word> at <place> dot com" a sentence rather than an address.
_NOT_LOCAL = {
    "me", "us", "you", "him", "her", "them", "it", "is", "look", "arrive", "arrived", "meet", "met", "see",
    "work", "works", "worked", "lavoro", "live", "lives", "bought", "ordered", "shop", "shopping", "find",
    "found", "available", "online", "sold", "here", "there", "sale", "buy", "disponibile", "comprato",
}  # fmt: skip
# With real dots in the domain ("at example.com"), the local part must look like a handle
# ("john.smith", "anna_b", "mrossi82"): "sold at amazon.com" is a sentence.
_HANDLE = re.compile(r"[._\d]")


@register
class EncodedEmailRecognizer(Recognizer):
    type = "EMAIL"
    name = "email_encoded"

    def find(self, text: str) -> Iterator[Span]:
        if "%40" in text:
            for m in _PERCENT.finditer(text):
                yield self.span(*m.span())
        low = lowered(text)
        if any(w in low for w in ("at]", "at)", "at}", "at>", "@]", "@)", "chiocciola", "[a]", "(a)")):
            for m in _BRACKETED.finditer(text):
                yield self.span(*m.span())
        spelled = " dot " in low or " punto " in low or "chiocciola" in low
        if (spelled or (" at " in low and _AT_DOMAIN.search(text))) and (
            " dot " in low or " punto " in low or "." in text
        ):
            for m in _WORDS.finditer(text):
                local = re.split(r"\s+", m.group())[0].lower()
                if local in _NOT_LOCAL:
                    continue
                if not re.search(r"(?i)\s(?:dot|punto)\s", m.group()) and not _HANDLE.search(local):
                    continue
                yield self.span(*m.span())
