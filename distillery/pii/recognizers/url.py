"""URLs (http, https, www.), without the sentence punctuation that follows them; a URL of the
reader's own machine (http://localhost:8080/health, http://127.0.0.1/) is no one's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.ip_address import is_loopback
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
            if ("." in host or (url.lower().startswith("http") and len(host) > 2)) and not _local(url):
                yield self.span(m.start(), m.start() + len(url))


def _local(url: str) -> bool:
    """A URL of the reader's own machine (`ip_address.is_loopback`): no one's personal data."""
    try:
        host = urlsplit(url if "//" in url else f"http://{url}").hostname
    except ValueError:
        return False
    return host is not None and is_loopback(host)
