"""Every detected value, every occurrence: the rule of the shared merge step.

Whatever found a value (a recognizer, the generative model, the token tagger, later mentions), the
value is personal wherever it is written in the same document: `user=svc_crm` in a JDBC URL and
`for user "svc_crm"` two lines later are one username. `anonymize_with_spans` calls
`expand_occurrences` before it rebuilds the text, so every engine gets the rule for free.

How an occurrence is recognised:
- whole words / whole tokens only: "Ada" never replaces the start of "Adamo", and "svc_crm" is not
  cut out of "svc_crm_backup";
- case- and whitespace-insensitive ("Mario  ROSSI" is "Mario Rossi"), except that a word written
  all in lower case is not the capitalised name found elsewhere ("rosa" the colour vs "Rosa");
- numbers (>= 6 digits, only digits and separators) also by their digit sequence, whatever the
  separators ("347 123 4567" = "347-1234567" = "3471234567"), with or without an international
  prefix in front;
- values shorter than 3 letters/digits are not spread (too many accidental matches).

Every occurrence gets the same replacement as the value it repeats (`same_as`). Spans are also
snapped outwards to word boundaries: a replacement never starts or ends inside a word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from distillery.pii.spans import Span

MIN_CHARS = 3  # letters/digits a value needs before it is spread to its other occurrences
MIN_DIGITS = 6  # digits a number needs before other spellings of it count as the same number
_NUMBER_LIKE = re.compile(r"^\+?[\d\s().\-/]+$")
_DIGIT_SEP = r"[\s().\-/]{0,3}"
# Optional international prefix written in front of a national number: "+39 ", "0044 ", "+44 (0)".
_INTL = r"(?:(?:\+|00)\d{1,3}[\s.\-]*(?:\(0\)[\s.\-]*)?)?"
_WORDY = re.compile(r"^[^\W\d_]+(?:[\s'’-][^\W\d_]+)*$")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def snap_to_words(text: str, span: Span) -> Span:
    """`span` widened so that it neither starts nor ends inside a word."""
    start, end = span.start, span.end
    while start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    while end < len(text) and _is_word_char(text[end - 1]) and _is_word_char(text[end]):
        end += 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.type, score=span.score, source=span.source)


def _norm(value: str) -> str:
    return " ".join(value.split()).casefold()


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _national_variants(value: str, pii_type: str) -> set[str]:
    """Digit sequences of the same phone number written without its country code."""
    digits = _digits(value)
    out = {digits}
    stripped = value.strip()
    if pii_type == "PHONE" and (stripped.startswith("+") or stripped.startswith("00")):
        import phonenumbers

        try:
            number = phonenumbers.parse("+" + stripped.lstrip("+").removeprefix("00"), None)
        except phonenumbers.NumberParseException:
            return out
        national = phonenumbers.national_significant_number(number)
        if len(national) >= MIN_DIGITS:
            out.add(national)
            if number.country_code not in (1, 39):  # a trunk 0 in front when dialled at home
                out.add("0" + national)
    return out


@lru_cache(maxsize=4096)
def _pattern(value: str, pii_type: str) -> re.Pattern[str] | None:
    """The regex that finds `value` again as a whole token (None: not worth spreading)."""
    stripped = value.strip()
    if sum(ch.isalnum() for ch in stripped) < MIN_CHARS:
        return None
    if _NUMBER_LIKE.match(stripped) and len(_digits(stripped)) >= MIN_DIGITS:
        bodies = sorted(_national_variants(stripped, pii_type), key=len, reverse=True)
        alts = "|".join(_DIGIT_SEP.join(body) for body in bodies)
        # Not glued to a word or to more digits ("12 347 123 4567 8" is a longer number).
        return re.compile(rf"(?<![\w+])(?<!\d[.,\-/ ]){_INTL}(?:{alts})(?![\w]|[.,\-/ ]?\d)")
    words = stripped.split()
    body = r"\s+".join(re.escape(w) for w in words)
    before = r"(?<![\w])(?<!\w[.\-@])" if _is_word_char(stripped[0]) else ""
    after = r"(?![\w@])(?![.\-]\w)" if _is_word_char(stripped[-1]) else ""
    return re.compile(before + body + after, re.IGNORECASE)


def _same_case_family(found: str, original: str) -> bool:
    """A lower-case word is not the capitalised name found elsewhere ("rosa" vs "Rosa")."""
    if not _WORDY.match(original.strip()):
        return True
    return not (found.islower() and not original.strip().islower())


def expand_occurrences(
    text: str, spans: list[Span] | tuple[Span, ...]
) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """Spans for every occurrence of every detected value, snapped to word boundaries.

    Returns the spans (the given ones, snapped, plus the other occurrences; overlaps are left to
    `resolve_overlaps`) and `same_as`: for an added occurrence, the original it repeats, so that the
    replacement is the same even when it is written differently ("3471234567" vs "347 123 4567").
    """
    snapped = [snap_to_words(text, s) for s in spans if 0 <= s.start < s.end <= len(text)]
    out = list(snapped)
    same_as: dict[tuple[int, int], str] = {}
    seen: set[tuple[str, str]] = set()
    # Longest values first, so that a longer value claims its occurrences before a part of it does.
    for span in sorted(snapped, key=lambda s: (-(s.end - s.start), s.start)):
        original = text[span.start : span.end]
        key = (span.type, _norm(original))
        if key in seen:
            continue
        seen.add(key)
        pattern = _pattern(original, span.type)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            a, b = m.span()
            if (a, b) == (span.start, span.end) or not _same_case_family(m.group(), original):
                continue
            out.append(Span(a, b, span.type, score=span.score, source="occurrence"))
            same_as.setdefault((a, b), original)
    return out, same_as
