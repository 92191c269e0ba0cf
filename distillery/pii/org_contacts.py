"""Organisation contacts are not personal data: toll-free and premium numbers, switchboards and
service lines introduced as such, role mailboxes (info@, support@, protocollo@pec.…).

The rules engine keeps them by default (`keep_org_contacts`), unless the context ties the number or
address to a person: "my direct line", "mobile", "cell", "cellulare", "personal", or a name right
before it. Users whose policy is to redact every number switch it off
(`--redact-org-contacts`, InferConfig.keep_org_contacts=False).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from phonenumbers import PhoneNumberType

from distillery.pii.lang import guess_lang
from distillery.pii.recognizers.phone import MOBILE_SHAPE, NATIONAL_START
from distillery.pii.shape import widen
from distillery.pii.spans import Span

# Number types that belong to organisations by construction (national prefixes such as IT 800/803
# numero verde, 199/89x premium, 84x shared cost; UK 0800/0808, 084x/087x, 03xx; US 8xx toll-free).
_ORG_NUMBER_TYPES = {
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.UAN,
}

# Cues that say the number or address belongs to an organisation or a service.
_ORG_CUE = re.compile(
    r"(?i)\b(?:centralino|switchboard|customer\s+(?:service|care|support|line)|servizio\s+clienti|"
    r"assistenza(?:\s+clienti|\s+tecnica)?|call\s*cent(?:er|re)|contact\s*cent(?:er|re)|ufficio\s+\w+|"
    r"numero\s+verde|toll[\s-]?free|freephone|help\s*desk|help\s*line|hot\s*line|info\s*line|"
    r"reception|front\s+desk|segreteria|sportello|URP|main\s+(?:line|office|number)|head\s+office|"
    r"press\s+office|service\s+desk|support\s+(?:line|team|desk)|servizio\s+\w+|linea\s+dedicata|"
    r"the\s+(?:bank|company|office|clinic|hospital|school|council)|la\s+(?:banca|società|clinica|scuola)|"
    r"l['’](?:azienda|ufficio|ospedale)|recall\s+line|emergency\s+line|pronto\s+soccorso|"
    r"our|il\s+nostro|la\s+nostra|i\s+nostri|le\s+nostre|prenotazion[ei]|reservations?|bookings?|appointments?|"
    r"ambulatorio|reparto|accettazione|CUP|mailbox|casella(?:\s+di\s+posta)?|shared\s+inbox|team)\b"
)
# Cues after the value: "800 123 456 (numero verde)", "0808 800 4444, free from UK landlines".
_ORG_CUE_AFTER = re.compile(
    r"(?i)^\W{0,4}(?:numero\s+verde|toll[\s-]?free|freephone|free\s+(?:from|to\s+call)|gratuito|chiamata\s+gratuita)"
)
# Cues that tie a contact to a person: they win over an organisation cue written before them.
_PERSON_CUE = re.compile(
    r"(?i)\b(?:my|mio|mia|me|personal|personale|privat[eoa]|direct|diretto|diretta|mobile|cell|cellulare|"
    r"cellphone|whats\s?app|home|casa|interno\s+di|extension\s+of|(?:scriv|chiam|contatt)(?:imi|armi|ermi|ami))\b"
)
# A local part that is a person's name ("anna.verdi", "m_rossi", "stefano.rinaldi82"): an address
# at a certified-mail domain or after an office cue still belongs to that person.
_NAME_LOCAL = re.compile(r"^[a-z]{1,20}[._-][a-z]{2,20}\d{0,4}$")
# A name right before: "Mario Rossi 02 1234 5678", "Dott.ssa Bianchi: 02 ...".
_NAME_BEFORE = re.compile(r"(?:[A-Z][a-zà-ÿ]+[ \t]+[A-Z][a-zà-ÿ'’]+)[ \t]*[:,(–-]?[ \t]*$")
_DIGIT_RUN = re.compile(r"\d[\d .\-/]{4,}\d")
_WINDOW = 60

ROLE_LOCAL_PARTS = frozenset(
    {
        "info", "informazioni", "contact", "contacts", "contatti", "contattaci", "hello", "support", "supporto",
        "assistenza", "help", "helpdesk", "servicedesk", "service", "services", "servizi", "servizio",
        "servizioclienti", "customerservice", "customercare", "care", "clienti", "sales", "vendite", "commerciale",
        "ordini", "orders", "order", "billing", "fatturazione", "fatture", "invoices", "invoice",
        "amministrazione", "accounts", "accounting", "finance", "payroll", "hr", "jobs", "careers", "lavoraconnoi",
        "recruiting", "recruitment", "press", "stampa", "ufficiostampa", "media", "marketing", "newsletter",
        "news", "privacy", "dpo", "gdpr", "legal", "legale", "compliance", "protocollo", "pec", "segreteria",
        "reception", "office", "ufficio", "webmaster", "postmaster", "hostmaster", "abuse", "security", "noreply",
        "no-reply", "donotreply", "do-not-reply", "notifications", "notifiche", "alerts", "recalls", "richiami",
        "claims", "sinistri", "reclami", "complaints", "returns", "resi", "team", "staff", "direzione", "booking",
        "bookings", "prenotazioni", "reservations", "events", "eventi", "partners", "partnership", "enquiries",
        "inquiries", "feedback", "bandi", "concorsi", "anagrafe", "tributi", "urp", "helpline", "hotline",
        "frontdesk", "admissions", "ammissioni", "didattica", "studenti", "students", "library", "biblioteca",
    }
)  # fmt: skip
# Domain prefixes of organisation mailboxes: certified e-mail of a body (protocollo@pec.comune.x.it).
# "pec.it" alone is a provider where people have personal addresses, so three labels are required.
ROLE_DOMAIN_PREFIXES = ("pec.",)


class OrgContacts:
    """Decides whether a PHONE or EMAIL span is an organisation's contact.

    `extra`: more role mailboxes, each a local part ("fatture", "payroll-it") or a domain prefix
    ending in "." ("pec.", "legalmail.") or starting with "@" ("@acme.it": every address there).
    """

    def __init__(self, extra: Iterable[str] = ()) -> None:
        extra = [e.strip().lower() for e in extra if e.strip()]
        self.local_parts = ROLE_LOCAL_PARTS | {e for e in extra if not e.endswith(".") and not e.startswith("@")}
        self.domain_prefixes = ROLE_DOMAIN_PREFIXES + tuple(e for e in extra if e.endswith("."))
        self.domains = tuple(e[1:] for e in extra if e.startswith("@"))

    def keep(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans` without the organisation contacts."""
        if not any(s.type in ("PHONE", "EMAIL") for s in spans):
            return spans
        regions = _regions_for(text)
        return [s for s in spans if not self.is_org_contact(text, s, regions)]

    def is_org_contact(self, text: str, span: Span, regions: tuple[str, ...] | None = None) -> bool:
        """Judged on the whole value: an e-mail span that covers a fragment of an address ("@pec.comune"
        of "protocollo@pec.comune.milano.it") is judged as the whole address (`pii.shape.widen`)."""
        if span.type not in ("PHONE", "EMAIL"):
            return False  # (checked before `widen`, which keeps the type: widening a date was wasted work)
        span = widen(text, span)
        value = text[span.start : span.end]
        if span.type == "PHONE":
            if _org_number(value, regions or _regions_for(text)):
                # The prefix itself says "organisation": only a personal cue overrides it.
                return not _tied_to_person(text, span, name_counts=False)
            if _is_mobile(value, regions or _regions_for(text)):
                return False  # a mobile after "our"/"reception" is still most likely someone's own
            return self._org_cue(text, span) and not _tied_to_person(text, span, name_counts=True)
        if span.type == "EMAIL":
            local = value.lower().partition("@")[0]
            role = self.is_role_mailbox(value) or (not _NAME_LOCAL.match(local) and self._org_cue(text, span))
            return role and not _tied_to_person(text, span, name_counts=False)
        return False

    def is_role_mailbox(self, address: str) -> bool:
        local, _, domain = address.lower().partition("@")
        if not domain:
            return False
        first = re.split(r"[-_.+]", local)[0]
        if local in self.local_parts or first in self.local_parts:
            return True
        if any(domain == d or domain.endswith("." + d) for d in self.domains):
            return True
        if _NAME_LOCAL.match(local):
            return False  # stefano.rinaldi@pec.example.com is Stefano's certified mail
        return any(domain.startswith(p) and domain.count(".") >= 2 for p in self.domain_prefixes)

    @staticmethod
    def _org_cue(text: str, span: Span) -> bool:
        before = _segment_before(text, span.start)
        org = list(_ORG_CUE.finditer(before))
        if org:
            person = list(_PERSON_CUE.finditer(before))
            if not person or person[-1].start() < org[-1].start():
                return True
        return bool(_ORG_CUE_AFTER.match(text, span.end, min(len(text), span.end + 40)))


def _segment_before(text: str, start: int) -> str:
    """The cue window before `start`: up to _WINDOW characters, after the last other number."""
    window = text[max(0, start - _WINDOW) : start]
    runs = list(_DIGIT_RUN.finditer(window))
    return window[runs[-1].end() :] if runs else window


def _tied_to_person(text: str, span: Span, *, name_counts: bool) -> bool:
    """A personal cue closer to the value than any organisation cue, or (`name_counts`) a name
    right before it."""
    before = _segment_before(text, span.start)[-30:]
    person = list(_PERSON_CUE.finditer(before))
    if person:
        org = list(_ORG_CUE.finditer(before))
        if not org or org[-1].start() < person[-1].start():
            return True
    if name_counts:
        name = _NAME_BEFORE.search(before)
        return bool(name) and not _ORG_CUE.search(name.group())
    return False


def _regions_for(text: str) -> tuple[str, ...]:
    """Where a number written without its country code is read first: the document's language."""
    return ("IT", "GB", "US") if guess_lang(text) == "it" else ("GB", "US", "IT")


# National digits that can start an organisation number at all (IT 80x/84x/89x/199/178, UK
# 03/08/09, US 8xx/900): every other number skips the parsing below.
_ORG_PREFIX = re.compile(r"^(?:[89]|1[4-9]|0[389])")


def _parse_first_valid(value: str, regions: tuple[str, ...]) -> phonenumbers.PhoneNumber | None:
    """The number as read in the first region where it is valid (international numbers as written)."""
    raw = value.strip()
    if raw.startswith("+") or raw.startswith("00"):
        try:
            number = phonenumbers.parse("+" + raw.lstrip("+").removeprefix("00"), None)
        except phonenumbers.NumberParseException:
            return None
        return number if phonenumbers.is_valid_number(number) else None
    national = re.sub(r"\D", "", raw)
    for region in regions:
        if not NATIONAL_START[region].match(national):
            continue  # a UK number is dialled with its trunk 0
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def _is_mobile(value: str, regions: tuple[str, ...]) -> bool:
    """A mobile number, or one with a mobile's shape (the fictional 07700 900xxx are only "possible")."""
    number = _parse_first_valid(value, regions)
    if number is not None:
        return phonenumbers.number_type(number) == PhoneNumberType.MOBILE
    national = re.sub(r"\D", "", value)
    return any(shape.match(national) for shape in MOBILE_SHAPE.values())


def _org_number(value: str, regions: tuple[str, ...]) -> bool:
    """Toll-free, premium, shared-cost or non-geographic (UAN), as the number reads in the first
    region where it is a valid number (so an Italian landline 0331 ... is not a UK 03 number)."""
    raw = value.strip()
    if not raw.startswith(("+", "00")) and not _ORG_PREFIX.match(re.sub(r"\D", "", raw)):
        return False
    number = _parse_first_valid(raw, regions)
    return number is not None and phonenumbers.number_type(number) in _ORG_NUMBER_TYPES
