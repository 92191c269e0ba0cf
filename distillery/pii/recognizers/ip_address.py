"""IPv4 and IPv6 addresses, validated by the `ipaddress` module (version numbers stay out; the
machine's own addresses, 127.x.x.x and 0.0.0.0, are no one's)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer, context_before
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

# Four dotted parts, not glued to more dotted digits ("1.2.3.4.5") or to a word ("v1.2.3.4").
# (The first digit is matched before the look-behind, "\d(?<![\w.].)\d{0,2}\." for "(?<![\w.])\d{1,3}\.":
# the same pattern, but `re` skips to the next digit at C speed instead of trying it at every character.)
_V4 = re.compile(r"\d(?<![\w.].)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![\w]|\.\w)")
_V6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\w)")
_VERSION = re.compile(
    r"(?i)\b(?:v|ver|version[ei]?|release|rel|build|patch|update|aggiornamento|firmware|fw|software|sw|"
    r"python|java|node|app|release|rev|revision|revisione)\.?\s*$"
)


def is_loopback(host: str) -> bool:
    """A host that is the reader's own machine ("localhost", 127.0.0.1, ::1, 0.0.0.0): it reaches no
    one else, so it identifies no one (`http://localhost:8080/health` in a log is configuration)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


@register
class IpAddressRecognizer(Recognizer):
    type = "IP_ADDRESS"
    name = "ip_address"

    def find(self, text: str) -> Iterator[Span]:
        if "." in text:
            for m in _V4.finditer(text):
                if context_before(text, m.start(), _VERSION, 12):
                    continue
                try:
                    address = ipaddress.IPv4Address(m.group())
                except ValueError:
                    continue
                if not (address.is_loopback or address.is_unspecified):
                    yield self.span(*m.span())
        if "::" in text or text.count(":") >= 5:
            for m in _V6.finditer(text):
                value = m.group()
                # At least three groups: "::1" or "add::bad" (C++ scope, hex-looking words) are not worth a tag.
                if len([g for g in re.split(r"[:.]", value) if g]) < 3:
                    continue
                try:
                    ipaddress.IPv6Address(value)
                except ValueError:
                    continue
                yield self.span(*m.span())
