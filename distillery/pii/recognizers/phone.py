"""Phone numbers (IT/EN and international) via `phonenumbers`' PhoneNumberMatcher."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from distillery.pii.recognizers.base import Recognizer, context_before
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

# A national number is tried as Italian, American and British (the languages we serve).
REGIONS = ("IT", "US", "GB")
_ENOUGH_DIGITS = re.compile(r"(?:\d\D{0,3}){6}")
# Words right before a number that say it is a phone number (also rescue fictional ranges
# like 07700 900xxx that libphonenumber marks invalid but that are only "possible").
_PHONE_CONTEXT = re.compile(
    r"(?i)\b(?:tel|telefono|telefonare|cell|cellulare|mobile|phone|call|chiam\w*|fax|whats ?app|"
    r"contatt\w*|contact|reach|numero di telefono|recapito|text|sms)\b"
)
# Words right before a number that say it is something else (orders, invoices, tax ids...).
_OTHER_WORDS = (
    r"fattura|invoice|ordine|order|ord|pratica|protocollo|prot|codice|cod|sku|art|rif|ref|"
    r"p\.?\s?iva|partita iva|vat|c\.?f|iban|conto|account|ticket|case|caso|matricola|serial|seriale|"
    r"lotto|batch|tracking|spedizione|shipment|n|nr|no|num|numero|id|c/c|cc|cig|cup|rea|routing|aba|ein|"
    r"swift|bic|cliente|customer|pnr|prenotazione|booking|reservation|badge|employee|imei|s/n|sn|part|"
    r"nosologico|cartella|mrn|patente|passaporto|passport|licen[cs]e|targa"
)
_OTHER_CONTEXT = re.compile(rf"(?i)(?:\b(?:{_OTHER_WORDS})\b\W{{0,3}}|#\s*)$")
# The same words anywhere in a window (before a generic "numero": "conto corrente n. ...").
_OTHER_WORD = re.compile(rf"(?i)\b(?:{_OTHER_WORDS})\b|#")


@register
class PhoneRecognizer(Recognizer):
    type = "PHONE"
    name = "phone"

    def find(self, text: str) -> Iterator[Span]:
        if not _ENOUGH_DIGITS.search(text):  # fast path: most sentences hold no phone at all
            return
        read = _DATE_OR_TIME.sub(_blank_date, text) if _DATE_OR_TIME.search(text) else text
        for m in PhoneNumberMatcher(read, "IT", leniency=Leniency.POSSIBLE):
            if self._accept(text, m.start, m.raw_string, m.number):
                yield self.span(m.start, m.end)

    def _accept(self, text: str, start: int, raw: str, number: phonenumbers.PhoneNumber) -> bool:
        end = start + len(raw)
        # Digits of the number itself; an extension ("x41586", "int. 12") does not count.
        digits = sum(ch.isdigit() for ch in _EXTENSION.sub("", raw))
        # Glued to a word ("IT01234567890", "ORD88231", "12345abc"): part of another code.
        if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            return False
        # One piece of a longer grouped code: an (invalid) IBAN "NL91 ABNA 0417 1643 01" or card
        # "4111 1111 1111 1112" must not leave a "phone number" behind.
        if _GROUP_BEFORE.search(text, max(0, start - 40), start) or _GROUP_AFTER.match(text, end):
            return False
        if digits < 6 or digits > 15:
            return False
        if _glued_to_code(text, start, end) or _CURRENCY_BEFORE.search(text, max(0, start - 6), start):
            return False
        if _VERSION_LIKE.match(raw):
            return False
        phone_context = context_before(text, start, _PHONE_CONTEXT, 30)
        other = None if phone_context else _OTHER_CONTEXT.search(text, max(0, start - 25), start)
        if other and not _after_generic_number_word(text, other, raw):
            return False
        if raw.startswith("+") or raw.startswith("00"):
            # An explicit country code is strong evidence; "possible" covers fictional test ranges.
            return phonenumbers.is_valid_number(number) or (digits >= 8 and phonenumbers.is_possible_number(number))
        if _looks_like_date_or_amount(raw):
            return False
        if _NANP_SHAPE.match(raw):
            # "(591) 341-7776" / "881.428.6570": the North-American layout itself says "phone", even
            # when the area code is not assigned (as in most made-up examples).
            return True
        national = re.sub(r"\D", "", _EXTENSION.sub("", raw))
        for region in REGIONS:
            if not NATIONAL_START[region].match(national):
                continue  # e.g. a British number is written with its trunk 0: "1234567890" is not one
            try:
                parsed = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed):
                return True
            if phone_context and digits >= 7 and phonenumbers.is_possible_number(parsed):
                return True
            # A bare mobile (Italian 3xx xxx xxxx, UK 07xxx xxxxxx) needs no cue word: the shape
            # says "mobile", and "possible" admits the fictional ranges (07700 900xxx) as well.
            if MOBILE_SHAPE[region].match(national) and phonenumbers.is_possible_number(parsed):
                return True
        return False


# (Written without nested optional repeats: those backtrack exponentially on long alphanumeric runs.)
# A date or a time right before is a table's column, not a group of the number ("12/03/2024 347...").
_GROUP_BEFORE = re.compile(
    r"(?:\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4})*[ -]?|\d(?<!\d[/.-]\d{4})(?<!\d[/.-]\d\d[/.-]\d\d)(?<!\d:\d\d)[ -])$"
)
# Dates and times, blanked out (offsets kept) before the matcher reads the text: it drops a whole
# candidate that starts with a date, and a phone right after one in a table row went with it.
# (Only those with a number right after them; the boundary before is checked where one matches.
# The first digit is written outside the alternatives, "\d(?:\d{0,3}[/.-]...|\d?:...)" for
# "\d{1,4}[/.-]...|\d{1,2}:...", the same pattern: so `re` skips to the next digit at C speed
# instead of trying both alternatives at every character, twice as fast on a whole document.)
_DATE_OR_TIME = re.compile(r"\d(?:\d{0,3}[/.-]\d{1,2}[/.-]\d{2,4}|\d?:\d{2}(?::\d{2})?)(?=[ \t]+[+(]?\d)")
# "numero", "number", "n.", "nr" alone before a number say nothing of what it is: "il mio numero
# 3331234567" is a phone, "ordine numero 3331234567" is not (the word before decides).
_GENERIC_NUMBER_WORD = re.compile(r"(?i)^(?:n|nr|no|num|numero|number|#)\b")
_INTL_OR_MOBILE = re.compile(r"^(?:\+|00)[1-9]|^3[1-9]\d{7,8}$|^07[1-9]\d{8}$")


def _after_generic_number_word(text: str, other: re.Match[str], raw: str) -> bool:
    """The word before the number is only "numero"/"number"/"n." (not "ordine numero"), and the number
    has the shape of a phone by itself (a mobile, or an international prefix)."""
    if not _GENERIC_NUMBER_WORD.match(other.group()):
        return False
    line_start = text.rfind("\n", 0, other.start()) + 1
    if _OTHER_WORD.search(text, max(line_start, other.start() - 25), other.start()):
        return False
    national = re.sub(r"\D", "", _EXTENSION.sub("", raw))
    return bool(_INTL_OR_MOBILE.search(raw.strip()) or _INTL_OR_MOBILE.search(national))


_GROUP_AFTER = re.compile(r"[ -]\d")
_NANP_SHAPE = re.compile(
    r"^(?:\+?1[-. ]?|001[-. ]?)?(?:\([2-9]\d{2}\) ?\d{3}[-. ]\d{4}|[2-9]\d{2}([-.])\d{3}\1\d{4})"
    r"(?:\s*(?:x|ext\.?)\s*\d{1,7})?$",
    re.IGNORECASE,
)
# How a number dialled within each country starts (or "00"/"011" for an international call).
NATIONAL_START = {
    "IT": re.compile(r"^[038]"),
    "US": re.compile(r"^(?:1?[2-9]|011)"),
    "GB": re.compile(r"^0"),
}
MOBILE_SHAPE = {
    "IT": re.compile(r"^3[1-9]\d{7,8}$"),
    "GB": re.compile(r"^07[1-9]\d{8}$"),
    "US": re.compile(r"^$"),  # US mobiles share the geographic layout: _NANP_SHAPE and validity decide
}
# "€ 347 123 4567", "USD 3471234567": an amount, however it is grouped.
_CURRENCY_BEFORE = re.compile(r"(?i)(?:[€$£]|\b(?:eur|euro|usd|gbp|chf))\s*$")
# "3.4.71234567" after "version": dotted groups of one or two digits first.
_VERSION_LIKE = re.compile(r"^\d{1,2}\.\d{1,2}\.")


def _blank_date(m: re.Match[str]) -> str:
    """A date or time as spaces (the same length), unless it is the end of a longer code."""
    start = m.start()
    if start and m.string[start - 1] in "0123456789/.:-":
        return m.group()
    return " " * (m.end() - start)


def _glued_to_code(text: str, start: int, end: int) -> bool:
    """The digits continue a code through a slash, dash or dot: "2024/3471234567", "347-1234567-X",
    "v3.4.71234567" (a dot after a word is fine: "tel.3471234567")."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if len(before) == 2 and ((before[1] in "/-" and before[0].isalnum()) or (before[1] == "." and before[0].isdigit())):
        return True
    # "01-11-2025 11:00": the last digits are the hour of a time.
    return len(after) == 2 and ((after[0] in "/-" and after[1].isalnum()) or (after[0] in ".:" and after[1].isdigit()))


_EXTENSION = re.compile(r"(?i)\s*(?:x|ext\.?|int\.?|interno|#)\s*\d{1,7}$")
_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:$|\s)|^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$")


def _looks_like_date_or_amount(raw: str) -> bool:
    return bool(_DATE_LIKE.match(raw.strip()))
