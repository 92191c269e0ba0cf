"""Dates of birth: a date counts only right after birth context (nato il, data di nascita, born on, DOB).

A plain date (invoice dates, deadlines, appointments) is never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.registry import register
from distillery.pii.spans import Span

_MONTHS = (
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
    r"gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|jun|jul|aug|sep|sept|oct|dec"
)
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"  # 12/03/1958, 12.03.58, 03-12-1958
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 1958-03-12
    rf"|\d{{1,2}}(?:st|nd|rd|th|°|º)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+\d{{4}}"  # 12 marzo 1958, 3rd of May 1985
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # May 3, 1985
    r")"
)
# Birth context, then at most a short place ("nato a Napoli il", "born in Leeds on") before the date.
_CONTEXT = (
    # (The place may hold dots: "nato a S. Giovanni Rotondo il", "born in St. Albans on".)
    r"(?:\bnat[oaie]\b[^\n\d]{0,40}?\b(?:il|l['’]|in\s+data)\s*"
    r"|\bborn\b[^\n\d]{0,40}?\bon\s+(?:the\s+)?|\bborn\s+"
    r"|\bdata\s+di\s+nascita\b|\bnascita\b|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthday\b|\bcompleanno\b"
    r"|\bd\.?\s?o\.?\s?b\b\.?|\bd\.\s?n\.|\bdob\b)"
)
_PATTERN = re.compile(rf"(?i){_CONTEXT}\s*(?:\(?[a-z/ ]{{0,12}}\)?\s*)?[:.,]?\s*(?P<value>{_DATE})(?!\d)")


# A date by itself, as a student may tag it: one of the shapes above, or a month and a year ("marzo 1958").
_DATE_ALONE = re.compile(rf"(?i){_DATE}|(?:{_MONTHS})\.?\s+\d{{4}}")


def is_date(value: str) -> bool:
    """`value` is a whole date (a lone year or day is not), and a real one."""
    value = value.strip()
    return _DATE_ALONE.fullmatch(value) is not None and _plausible(value)


def dates_around(text: str, start: int, end: int, reach: int = 24) -> list[tuple[int, int]]:
    """Whole dates of `text` that overlap text[start:end] (looked for within `reach` characters)."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    return [
        (lo + m.start(), lo + m.end())
        for m in _DATE_ALONE.finditer(text[lo:hi])
        if lo + m.start() < end and start < lo + m.end() and _plausible(m.group())
    ]


def _plausible(value: str) -> bool:
    numbers = [int(n) for n in re.findall(r"\d+", value)]
    if len(numbers) == 3 and not re.search(r"[A-Za-z]", value):
        if len(str(numbers[0])) == 4 or value[:4].isdigit():  # ISO: Y-M-D
            year, month, day = numbers
        else:  # D/M/Y (Italian) or M/D/Y (US): accept if either reading is a real day
            day, month, year = numbers
            if month > 12:
                day, month = month, day
        return 1 <= month <= 12 and 1 <= day <= 31 and (year < 100 or 1880 <= year <= 2100)
    return True


@register
class DateOfBirthRecognizer(Recognizer):
    type = "DATE_OF_BIRTH"
    name = "date_of_birth"

    def find(self, text: str) -> Iterator[Span]:
        for m in _PATTERN.finditer(text):
            if _plausible(m.group("value")):
                yield self.span(*m.span("value"))
