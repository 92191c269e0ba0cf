"""URLs (http, https, www.), without the sentence punctuation that follows them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

_URL = re.compile(r"(?i)(?<![\w@/.])(?:https?://|www\.)[^\s<>\"'`{}|\\^]+")
_TRAILING = ".,;:!?'\"»”’"
_PAIRS = {")": "(", "]": "[", "}": "{"}


def trim_url(url: str) -> str:
    """Drop trailing punctuation, and closing brackets that the URL did not open."""
    while url:
        last = url[-1]
        if last in _TRAILING or last in _PAIRS and url.count(last) > url.count(_PAIRS[last]):
            url = url[:-1]
        else:
            break
    return url


@register
class UrlRecognizer(Recognizer):
    type = "URL"
    name = "url"

    def find(self, text: str) -> Iterator[Span]:
        for m in _URL.finditer(text):
            url = trim_url(m.group())
            # "www." or "https://" alone is not a URL.
            host = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", url)
            if "." in host or (url.lower().startswith("http") and len(host) > 2):
                yield self.span(m.start(), m.start() + len(url))
