"""Every detected value, every occurrence: the rule of the shared merge step.

Whatever found a value (a recognizer, the generative model, the token tagger, later mentions), the
value is personal wherever it is written in the same document: `user=svc_crm` in a JDBC URL and
`for user "svc_crm"` two lines later are one username. `anonymize_with_spans` calls
`expand_occurrences` before it rebuilds the text, so every engine gets the rule for free.

How an occurrence is recognised:
- whole tokens only (`pii.find`, whole="tokens"): "Ada" never replaces the start of "Adamo", and
  "svc_crm" is not cut out of "svc_crm_backup" nor "mario" out of "mario.rossi@example.org";
- case- and whitespace-insensitive ("Mario  ROSSI" is "Mario Rossi"), except that a word written
  all in lower case is not the capitalised name found elsewhere ("rosa" the colour vs "Rosa");
- numbers (>= 6 digits, only digits and separators) also by their digit sequence, whatever the
  separators ("347 123 4567" = "347-1234567" = "3471234567"), with or without an international
  prefix in front;
- only values specific enough are spread (`specific_enough`); the others are replaced where they
  were found, and nowhere else:
  - not values shorter than 3 letters/digits (too many accidental matches);
  - not a short number (fewer than MIN_DIGITS digits and nothing else: a port "8080", a PIN, a
    house number is the same digits as a quantity, a time or a year elsewhere);
  - not a common Italian or English word written in lower case ("admin", "test", "root", "info":
    the list `data/common_words.txt`, built from wordfreq by tools/build_common_words.py, first
    names and surnames left out); a capitalised name that is also a word ("Rosa") is spread only
    in its capitalised form (see above).

Every occurrence gets the same replacement as the value it repeats (`same_as`). Spans are also
snapped outwards to word boundaries: a replacement never starts or ends inside a word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from distillery.pii.find import find_all, fold, is_word_char
from distillery.pii.spans import Span

MIN_CHARS = 3  # letters/digits a value needs before it is spread to its other occurrences
MIN_DIGITS = 6  # digits a number needs before other spellings of it count as the same number
_NUMBER_LIKE = re.compile(r"^\+?[\d\s().\-/]+$")
# A run of digits with the separators numbers are written with ("+39 347 123 4567", "(415) 555-0132").
_NUMBER_RUN = re.compile(r"(?<![\w])[+(]?\d(?:[\d().\-/]|[ \t](?=[\d(]))*\d\)?(?![\w])")
_WORDY = re.compile(r"^[^\W\d_]+(?:[\s'’-][^\W\d_]+)*$")


def snap_to_words(text: str, span: Span) -> Span:
    """`span` widened so that it neither starts nor ends inside a word."""
    start, end = span.start, span.end
    while start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        start -= 1
    while end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        end += 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.type, score=span.score, source=span.source)


NON_DIGIT = re.compile(r"\D+")


def _digits(value: str) -> str:
    return NON_DIGIT.sub("", value)


def _national_variants(value: str, pii_type: str) -> set[str]:
    """The digit sequence of a number, and for an international phone number also its national
    digits (with the trunk 0 where the country dials one)."""
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


class _Numbers:
    """The numbers of one document, indexed once for the searches of all its numeric values."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._index: tuple[dict[str, list[tuple[int, int]]], dict[str, list[tuple[int, int]]]] | None = None

    def _number_index(self) -> tuple[dict[str, list[tuple[int, int]]], dict[str, list[tuple[int, int]]]]:
        """Every way a number is written in the text, by its digits: each run of consecutive
        space-separated groups of a number-like run ("347 123 4567 347 123 4567" holds
        "3471234567" twice), and, for runs written with an international prefix, the same digits
        without up to 5 leading digits of that prefix ("+39 347..." also holds "347...")."""
        if self._index is None:
            exact: dict[str, list[tuple[int, int]]] = {}
            intl: dict[str, list[tuple[int, int]]] = {}
            for m in _NUMBER_RUN.finditer(self.text):
                run = m.group()
                if len(_digits(run)) < MIN_DIGITS:
                    continue  # dates, times, amounts: never one of the numbers looked for
                if run.endswith(")") and "(" not in run:
                    run = run[:-1]  # "(... +39 347 123 4567)": the bracket closes the sentence's
                groups = [
                    (m.start() + g.start(), m.start() + g.end(), _digits(g.group())) for g in _GROUP.finditer(run)
                ]
                for i in range(len(groups)):
                    digits = ""
                    prefixed = self.text.startswith(("+", "00"), groups[i][0])
                    for j in range(i, min(len(groups), i + _MAX_GROUPS)):
                        digits += groups[j][2]
                        if len(digits) > _MAX_NUMBER_DIGITS:
                            break
                        if len(digits) < MIN_DIGITS:
                            continue
                        where = (groups[i][0], groups[j][1])
                        exact.setdefault(digits, []).append(where)
                        if prefixed:
                            for k in range(1, 6):
                                intl.setdefault(digits[k:], []).append(where)
            self._index = (exact, intl)
        return self._index

    def find(self, value: str, pii_type: str) -> list[tuple[int, int]]:
        """Non-overlapping occurrences of the number `value` by its digits, whatever the separators."""
        exact, intl = self._number_index()
        candidates: set[tuple[int, int]] = set()
        for variant in _national_variants(value, pii_type):
            candidates.update(exact.get(variant, ()))
            candidates.update(intl.get(variant, ()))
        found: list[tuple[int, int]] = []
        for start, end in sorted(candidates, key=lambda c: (c[0], -c[1])):
            if not found or start >= found[-1][1]:
                found.append((start, end))
        return found


_MAX_GROUPS = 8  # groups of one number ("+39 347 123 45 67" has five)
_MAX_NUMBER_DIGITS = 20
_GROUP = re.compile(r"\S+")
_ALNUM_RUN = re.compile(r"[^\W_]")


@cache
def common_words() -> frozenset[str]:
    """Common Italian and English words, lower case (`data/common_words.txt`, # lines are comments)."""
    from distillery.bundled import package_file

    lines = package_file("data/common_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def specific_enough(value: str) -> bool:
    """Whether a detected value is specific enough to be replaced at its other occurrences too."""
    alnum = _ALNUM_RUN.findall(value, 0, 64)
    if len(alnum) < MIN_CHARS:
        return False
    stripped = value.strip()
    if all(c.isdigit() for c in alnum) and len(_digits(stripped)) < MIN_DIGITS:
        return False  # a short number
    return not (stripped.islower() and stripped in common_words())


def _is_number(value: str) -> bool:
    return bool(_NUMBER_LIKE.match(value)) and len(_digits(value)) >= MIN_DIGITS


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
    if not snapped:
        return out, same_as
    numbers = _Numbers(text)
    seen: set[tuple[str, str]] = set()
    # Longest values first, so that a longer value claims its occurrences before a part of it does.
    for span in sorted(snapped, key=lambda s: (-(s.end - s.start), s.start)):
        original = text[span.start : span.end]
        key = (span.type, fold(original))
        if key in seen or not specific_enough(original):
            continue
        seen.add(key)
        stripped = original.strip()
        if _is_number(stripped):
            where = numbers.find(stripped, span.type)
        else:
            where = find_all(text, stripped, whole="tokens", ignore_case=True)
        for a, b in where:
            if (a, b) == (span.start, span.end) or not _same_case_family(text[a:b], original):
                continue
            out.append(Span(a, b, span.type, score=span.score, source="occurrence"))
            same_as.setdefault((a, b), original)
    return out, same_as


# Types whose values are codes: one value whatever the separators and the case ("IT60 X054..." is
# "it60x054...", "4111-1111-1111-1111" is "4111 1111 1111 1111").
_CODE_TYPES = frozenset(
    {"IBAN", "CREDIT_CARD", "CODICE_FISCALE", "PARTITA_IVA", "SSN", "PASSPORT", "ID_CARD", "LICENSE_PLATE",
     "MEDICAL_RECORD_NUMBER"}
)  # fmt: skip
_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def _phone_e164(value: str) -> str | None:
    """A phone number in E.164 ("+393471234567"): with its own country code, or read as Italian,
    American or British (the first region where it is a valid number)."""
    import phonenumbers

    from distillery.pii.recognizers.phone import REGIONS

    raw = value.strip()
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    regions = (None,) if raw.startswith("+") else REGIONS
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) or (region is None and phonenumbers.is_possible_number(number)):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def identity(value: str, pii_type: str) -> str:
    """What makes two detected values of a document one value, so one replacement: a phone number
    by its E.164 form ("347 123 4567" = "3471234567" = "+39 347-123-4567"; by its digits when it is
    no valid number), a code (IBAN, card, tax code, document number, plate ...) by its letters and
    digits without separators or case, anything else by `fold` (case and whitespace)."""
    if pii_type == "PHONE":
        e164 = _phone_e164(value) if len(_digits(value)) >= MIN_DIGITS else None
        return e164 or "+?" + _digits(value)
    if pii_type in _CODE_TYPES:
        compact = _NOT_ALNUM.sub("", value).casefold()
        if compact:
            return compact
    return fold(value)


def may_be_same_number(digits: str, other: str) -> bool:
    """Whether two digit sequences can be spellings of one phone number (one, without its leading
    zeros, ends the other: a national and an international spelling): the cheap test before
    `identity` parses both."""
    a, b = digits.lstrip("0"), other.lstrip("0")
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_DIGITS and long_.endswith(short)
