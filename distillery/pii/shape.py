"""What a value of a type looks like: the check every model span passes before it joins the rules' spans.

The students (the generative model and the token tagger) are not trusted blindly. Before their spans
are merged with the rules engine's (`infer.pipeline`), `check_spans`:

- widens an EMAIL or URL span that covers only a fragment of an address ("@pec.comune" in
  "protocollo@pec.comune.milano.it") to the whole address around it: widened, never dropped, so no
  character of the address is left and the organisation-contact policy judges the whole mailbox; a
  DATE_OF_BIRTH span that covers part of a date ("1952" of "08-07-1952") to the whole date;
- drops a span that does not look like its type (`looks_like`):
  - the minimal shape of the type (`plausible`): an EMAIL has "@", a PHONE 6+ digits, an IBAN starts
    with its country, ...;
  - a bare number (digits and separators only, and fewer than SHORT_NUMBER_DIGITS digits, a product's
    EAN bar code, or part of an amount, a decimal or a longer number: "1.234" of "1.234,40 EUR", the
    year of "12/03/1958") is no PASSWORD, ADDRESS, ID_CARD, PASSPORT, USERNAME or
    MEDICAL_RECORD_NUMBER unless a cue of that type introduces it ("PIN: 4821", "matricola 40213",
    "CAP 20121");
  - an ADDRESS has letters (or is a bare number introduced by an address cue) and is more than one
    word without digits (a city or a word on its own is no one's address);
  - a DATE_OF_BIRTH is a date (day, month and year, or month and year): a lone year is not, unless a
    birth cue introduces it ("nato nel 1943", "born 1943");
  - a short hexadecimal string (6-15 hex digits, letters among them: a commit, a build, a request
    id) is no PASSWORD unless a cue introduces it;
  - a span that is only a cue word ("DOB", "Password", "Nome") is a form label, not a value, unless a
    cue introduces it ("password: password").
  - a PERSON inside an organisation's name ("Farmacia Rossi", "Ospedale San Raffaele", "Pike LLP")
    is the organisation's (`pii.org_names`).

A cue is a word of `CUES` (per type, per language; every language is tried, since Italian texts use
English technical words) ending at most a few words before the value on the same line:
"password: 4821", "la password è 4821", "codice di accesso 4821", "pwd=4821".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from distillery.pii.find import phrase_regex
from distillery.pii.org_names import in_org_name
from distillery.pii.spans import Span

_YEAR = re.compile(r"(?:19|20)\d\d")
SHORT_NUMBER_DIGITS = 6  # a number with fewer digits is too common to be a secret or a code by itself
# Types whose values a short or partial number only is when something says so.
NUMBER_AVERSE = frozenset({"PASSWORD", "ADDRESS", "ID_CARD", "PASSPORT", "USERNAME", "MEDICAL_RECORD_NUMBER"})

# Words that introduce a value of a type, per language: field labels and the words around them (the
# recognizers of the cue-word families, `recognizers/{passport,id_card,license_plate,medical_record}`,
# fire on the strongest of them; this table is what a student's span is checked against). Phrases match
# with any whitespace between their words and either apostrophe; case is ignored; a cue is a whole
# word ("pin" is not in "pinna", but "db_password" holds "password").
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "PASSWORD": {
        "en": ("password", "passwd", "pwd", "pw", "pass", "passphrase", "passcode", "pin", "otp", "secret",
               "token", "access code", "security code", "verification code", "one-time code", "unlock code"),
        "it": ("password", "parola d'ordine", "parola chiave", "chiave", "codice", "pin", "otp",
               "codice segreto", "codice di accesso", "codice di sblocco", "codice di verifica"),
    },
    "USERNAME": {
        "en": ("user", "username", "user name", "user id", "userid", "uid", "login", "account", "handle",
               "nickname", "alias"),
        "it": ("utente", "nome utente", "utenza", "id utente", "account", "login", "nickname"),
    },
    "ID_CARD": {
        "en": ("id", "id card", "identity card", "id number", "document", "document number", "badge",
               "employee id", "employee number", "staff number", "member number", "membership number",
               "dl", "driver's license", "drivers license", "driving licence", "driver license", "state id",
               "dni", "nie", "nif"),
        "it": ("carta d'identità", "carta di identità", "documento", "numero documento", "ci", "tessera",
               "matricola", "badge", "codice", "codice dipendente", "numero tessera", "patente",
               "patente di guida", "cie"),
    },
    "PASSPORT": {
        "en": ("passport", "passport number", "passport no"),
        "it": ("passaporto", "numero passaporto", "n. passaporto"),
    },
    "LICENSE_PLATE": {
        "en": ("plate", "license plate", "licence plate", "number plate", "plate number", "registration",
               "reg", "vehicle reg", "vrn", "tag number"),
        "it": ("targa", "targato", "targata", "numero di targa"),
    },
    "MEDICAL_RECORD_NUMBER": {
        "en": ("mrn", "medical record", "record number", "patient id", "patient number", "chart", "case number",
               "chart number", "mr no", "health record", "hospital number", "nhs number"),
        "it": ("cartella", "cartella clinica", "nosologico", "codice paziente", "id paziente", "codice",
               "matricola", "pratica", "numero di ricovero"),
    },
    "ADDRESS": {
        "en": ("address", "house number", "number", "no.", "nr.", "zip", "zip code", "postcode", "post code",
               "apt", "apartment", "flat", "suite", "unit"),
        "it": ("indirizzo", "residenza", "civico", "numero civico", "n.", "nr.", "n°", "cap", "interno", "int.",
               "scala"),
    },
    "DATE_OF_BIRTH": {
        "en": ("dob", "d.o.b.", "date of birth", "birth date", "birthdate", "born", "born on", "birthday"),
        "it": ("data di nascita", "nato il", "nata il", "nato", "nata", "nascita", "d.n.", "compleanno"),
    },
    "PERSON": {
        "en": ("name", "first name", "last name", "surname", "full name"),
        "it": ("nome", "cognome", "nominativo", "nome e cognome"),
    },
    "PHONE": {
        "en": ("phone", "tel", "tel.", "telephone", "mobile", "cell", "fax"),
        "it": ("telefono", "tel", "tel.", "cellulare", "cell", "fax"),
    },
    "EMAIL": {"en": ("email", "e-mail", "mail"), "it": ("email", "e-mail", "mail", "posta elettronica", "pec")},
}  # fmt: skip
# Street words introduce an address's number ("Via Roma 12") but are not labels: "Piazza" and
# "Corso" are also surnames.
_STREET_WORDS = ("via", "viale", "piazza", "corso", "vicolo", "largo", "street", "st.", "road", "rd.", "avenue",
                 "ave.", "lane", "drive")  # fmt: skip

# Between a cue and its value: separators, then at most four words ("di accesso", "for the VPN is").
_SEP = r"[\s:=#\"'’«(\[\-–.°º]*"
_GAP = re.compile(rf"{_SEP}(?:[^\W\d_]+[.:]?\s+){{0,4}}{_SEP}")
_CUE_WINDOW = 48

_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_BARE_NUMBER = re.compile(r"[\d\s.,'’/:\-]*\d[\d\s.,'’/:\-]*")
# A number written as an amount or decimal: "1.234,40", "12,5", "1,234.40", "1 234".
_AMOUNT = re.compile(r"\d{1,3}(?:[.,'’ ]\d{3})+(?:[.,]\d+)?|\d+[.,]\d{1,2}")
_CURRENCY = re.compile(r"(?i)[€$£¥]|\b(?:eur|euro|usd|gbp|chf|dollar[is]?|sterline|pounds?)\b")
# A short hexadecimal string with letters and digits is an identifier (a commit "df5ec93", a build,
# a request id), not a secret, unless a cue says so: keys and tokens are longer. (Digits alone are a
# number: a PIN of 6 digits is a secret, see SHORT_NUMBER_DIGITS.)
_SHORT_HEX = re.compile(r"(?=.*\d)(?:[0-9a-f]{6,15}|[0-9A-F]{6,15})")
_NUMBER_CONT = ".,'’/-:"  # a number goes on through these when a digit follows ("12/03/1958", "10:30")


def _phrase(cue: str) -> str:
    out = phrase_regex(cue)
    return out if cue[-1].isalnum() else out + "?"  # "tel." also as "tel"


@cache
def _cue_pattern(pii_type: str) -> re.Pattern[str] | None:
    words = [w for lang in CUES.get(pii_type, {}).values() for w in lang]
    if pii_type == "ADDRESS":
        words += _STREET_WORDS
    return _compile(words) if words else None


@cache
def _label_pattern() -> re.Pattern[str]:
    return _compile(w for table in CUES.values() for lang in table.values() for w in lang)


def _compile(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted({_phrase(w) for w in words}, key=len, reverse=True)
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{'|'.join(alternatives)})(?![^\W\d_])")


def has_cue(text: str, start: int, pii_type: str) -> bool:
    """A cue of `pii_type` ends at most a few words before `start`, on the same line."""
    pattern = _cue_pattern(pii_type)
    if pattern is None:
        return False
    line_start = text.rfind("\n", max(0, start - _CUE_WINDOW), start) + 1  # only the window matters
    window = text[max(line_start, start - _CUE_WINDOW) : start]
    last = None
    for last in pattern.finditer(window):  # noqa: B007 - the closest cue is the last one
        pass
    return last is not None and _GAP.fullmatch(window, last.end()) is not None


def is_label(value: str) -> bool:
    """The value is only a cue word: a form's field label ("DOB", "Password:"), not a value."""
    core = value.strip().strip(":=#-–.*").strip()
    return bool(core) and _label_pattern().fullmatch(core) is not None


def is_bare_number(text: str, span: Span) -> bool:
    """Digits and separators only, and either fewer than SHORT_NUMBER_DIGITS digits, a product's bar
    code (a valid EAN/GTIN of 8, 12, 13 or 14 digits), or part of an amount, a decimal or a longer
    number (a date, "1.234,40 EUR")."""
    value = text[span.start : span.end].strip()
    if not _BARE_NUMBER.fullmatch(value):
        return False
    if len(_DIGIT.findall(value)) < SHORT_NUMBER_DIGITS or _is_ean(value):
        return True
    start, end = span.start, span.end
    while start >= 2 and text[start - 1] in _NUMBER_CONT and text[start - 2].isdigit():
        start -= 2
        while start > 0 and text[start - 1].isdigit():
            start -= 1
    while end + 1 < len(text) and text[end] in _NUMBER_CONT and text[end + 1].isdigit():
        end += 2
        while end < len(text) and text[end].isdigit():
            end += 1
    if (start, end) != (span.start, span.end) or _AMOUNT.fullmatch(text[start:end].strip()):
        return True
    around = text[max(0, start - 4) : start] + " " + text[end : end + 5]
    return bool(_CURRENCY.search(around))


def _is_ean(value: str) -> bool:
    if not value.isdigit() or len(value) not in (8, 12, 13, 14):
        return False
    from stdnum import ean

    return ean.is_valid(value)


_MIN_DIGITS = {"PHONE": 6, "CREDIT_CARD": 12, "PARTITA_IVA": 11, "SSN": 9, "DATE_OF_BIRTH": 2}
_NEEDS_DIGIT = {"ID_CARD", "PASSPORT", "LICENSE_PLATE", "MEDICAL_RECORD_NUMBER", "IP_ADDRESS"}


def plausible(value: str, pii_type: str) -> bool:
    """Whether a value has the minimal shape of its type, whatever its context. An "EMAIL" without
    "@" or a two-letter "PASSWORD" is a labelling slip, and dropping it costs no privacy for
    structured types (the rules engine still runs); for names it keeps function words ("le", "in",
    "Hi") from being redacted."""
    compact = value.strip()
    if len(compact) < 3 and not (pii_type == "PERSON" and len(compact) == 2 and compact.isupper()):
        return False
    digits = len(_DIGIT.findall(compact))
    if digits < _MIN_DIGITS.get(pii_type, 0):
        return False
    if pii_type in _NEEDS_DIGIT and digits == 0:
        return False
    if pii_type == "EMAIL":
        low = compact.lower()
        return "@" in low or "%40" in low or "at" in re.split(r"[\s\[\]()]+", low)
    if pii_type == "URL":
        return "." in compact or "/" in compact
    if pii_type == "IBAN":
        return sum(c.isalnum() for c in compact) >= 15 and compact[:2].isalpha()
    if pii_type == "CODICE_FISCALE":
        return sum(c.isalnum() for c in compact) >= 11
    if pii_type == "DATE_OF_BIRTH":
        from distillery.pii.recognizers.date_of_birth import is_date

        return is_date(compact)
    return True


def looks_like(text: str, span: Span) -> bool:
    """Whether `span` of `text` looks like a value of its type, in its context (see the module doc)."""
    value = text[span.start : span.end]
    if not plausible(value, span.type) and span.type != "DATE_OF_BIRTH":
        return False
    if is_label(value) and not has_cue(text, span.start, span.type):
        return False
    if span.type in NUMBER_AVERSE and is_bare_number(text, span):
        return has_cue(text, span.start, span.type)
    if span.type == "PASSWORD" and _SHORT_HEX.fullmatch(value.strip()) and not value.strip().isdigit():
        return has_cue(text, span.start, span.type)
    if span.type == "DATE_OF_BIRTH" and not plausible(value, span.type):
        return _YEAR.fullmatch(value.strip()) is not None and has_cue(text, span.start, span.type)
    if span.type == "PERSON" and in_org_name(text, span):
        return False
    if span.type == "ADDRESS":
        # Letters, and more than one bare word: a city or a word on its own is no one's address.
        return _LETTER.search(value) is not None and (len(value.split()) > 1 or _DIGIT.search(value) is not None)
    return True


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token(s) around text[start:end]."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def widen(text: str, span: Span) -> Span:
    """An EMAIL or URL span widened to the whole address it is a fragment of, a DATE_OF_BIRTH span to
    the whole date (itself if none)."""
    if span.type == "DATE_OF_BIRTH":
        from distillery.pii.recognizers.date_of_birth import dates_around

        found = dates_around(text, span.start, span.end)
        if not found:
            return span
        start, end = min([span.start] + [a for a, _ in found]), max([span.end] + [b for _, b in found])
        return Span(start, end, span.type, score=span.score, source=span.source)
    if span.type == "EMAIL":
        from distillery.pii.recognizers.email import EmailRecognizer as recognizer
    elif span.type == "URL":
        from distillery.pii.recognizers.url import UrlRecognizer as recognizer
    else:
        return span
    a, b = _token_bounds(text, span.start, span.end)
    start, end = span.start, span.end
    for found in recognizer().find(text[a:b]):
        if a + found.start < span.end and span.start < a + found.end:
            start, end = min(start, a + found.start), max(end, a + found.end)
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.type, score=span.score, source=span.source)


def check_spans(text: str, spans: Iterable[Span]) -> list[Span]:
    """A student's spans, e-mail and URL fragments widened to the whole address, those that do not
    look like their type dropped."""
    out = []
    for span in spans:
        if not 0 <= span.start < span.end <= len(text):
            continue
        span = widen(text, span)
        if looks_like(text, span):
            out.append(span)
    return out
