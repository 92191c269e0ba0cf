"""The rules engine: every recognizer with valid and invalid values, no hits on non-PII numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.it import codicefiscale

from distillery.pii.engine import RulesEngine
from distillery.pii.recognizers.registry import all_recognizers
from distillery.pii.spans import Span, resolve_overlaps

ENGINE = RulesEngine()


def found(text: str) -> list[tuple[str, str]]:
    """(type, text) of every span the engine keeps, in text order."""
    return [(s.type, s.text_in(text)) for s in ENGINE.analyze(text)]


def assert_found(text: str, pii_type: str, value: str) -> None:
    assert (pii_type, value) in found(text), f"{pii_type} {value!r} not found in {text!r}: {found(text)}"


def assert_none(text: str, pii_type: str | None = None) -> None:
    hits = [h for h in found(text) if pii_type is None or h[0] == pii_type]
    assert hits == [], f"unexpected hits in {text!r}: {hits}"


# --- valid identifiers built with stdnum's own check-digit functions --------------------------


def make_iban(country: str, bban: str) -> str:
    return country + std_iban.calc_check_digits(country + "00" + bban) + bban


def make_cf(first15: str) -> str:
    return first15 + codicefiscale.calc_check_digit(first15)


def make_luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def flip_last_digit(value: str) -> str:
    """Same shape, wrong check digit."""
    idx = max(i for i, ch in enumerate(value) if ch.isdigit())
    return value[:idx] + str((int(value[idx]) + 1) % 10) + value[idx + 1 :]


def spaced(value: str, every: int = 4) -> str:
    return " ".join(value[i : i + every] for i in range(0, len(value), every))


def test_every_builtin_kind_has_a_registered_recognizer():
    types = {r.type for r in all_recognizers()}
    expected = {"EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "CODICE_FISCALE", "PARTITA_IVA", "SSN", "IP_ADDRESS"}
    assert expected | {"URL", "PASSWORD", "DATE_OF_BIRTH"} <= types
    # Every registered recognizer declares a type and a unique name.
    names = [r.name for r in all_recognizers()]
    assert len(names) == len(set(names)) and all(names)


# --- EMAIL ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email", ["mario.rossi@example.it", "john.smith+news@mail.co.uk", "a_b-c@sub.domain-x.com", "ANNA@GMAIL.COM"]
)
def test_email_valid(email):
    assert_found(f"Scrivimi a {email}.", "EMAIL", email)


@pytest.mark.parametrize("text", ["mario@localhost", "a tweet by @mario", "user@", "@example.com", "a@b"])
def test_email_invalid(text):
    assert_none(text, "EMAIL")


# --- PHONE ---------------------------------------------------------------------------------

PHONES = [
    "+39 347 123 4567",
    "347 1234567",
    "02 1234 5678",
    "(415) 555-0132",
    "+1 415-555-0132",
    "020 7946 0958",
    "+44 7700 900123",
    "3471234567",
    "+39 06 6988 4857",
    "0039 347 1234567",
    "+49 30 901820",
    "+33 1 42 68 53 00",
    "415.555.0132",
]


@pytest.mark.parametrize("phone", PHONES)
def test_phone_formats(phone):
    assert_found(f"Mi trovi al {phone}, grazie.", "PHONE", phone)
    assert_found(f"You can reach me at {phone} anytime.", "PHONE", phone)


@pytest.mark.parametrize("phone", ["(591)341-7776", "881.428.6570", "+1-537-640-6812x41586", "487-705-9640 ext. 12"])
def test_phone_north_american_layout_with_unassigned_area_code_and_extension(phone):
    # Made-up numbers (unassigned area codes, as Faker writes them) still look like phones.
    assert_found(f"Riferimento: {phone}.", "PHONE", phone)


def test_phone_not_broken_by_a_nearby_code():
    assert found("Volo AZ12 per Roma tel 347 1234567") == [("PHONE", "347 1234567")]


def test_phone_fictional_uk_range_needs_context():
    # 07700 900xxx is Ofcom's drama range: "possible" only, so it counts after a phone word.
    assert_found("Tel: 07700 900123", "PHONE", "07700 900123")


@pytest.mark.parametrize(
    "text",
    [
        "Invoice no. 0012345678 is due.",
        "order 3456789012 shipped",
        "protocollo n. 0123456789",
        "CAP 20121 Milano",
        "importo 1.245,50 euro",
        "ref IT01234567890X",
        "phone: 555",
    ],
)
def test_phone_rejects_codes_and_short_numbers(text):
    assert_none(text, "PHONE")


# --- IBAN ----------------------------------------------------------------------------------

IBANS = [
    "IT60X0542811101000000123456",
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606",
    make_iban("ES", "21000418450200051332"),
    make_iban("NL", "ABNA0417164300"),
    make_iban("IT", "X0542811101000000999999"[:23]),
]


@pytest.mark.parametrize("value", IBANS)
def test_iban_valid_compact_spaced_and_lowercase(value):
    assert_found(f"IBAN: {value}.", "IBAN", value)
    assert_found(f"bonifico su {spaced(value)} entro venerdì", "IBAN", spaced(value))
    assert_found(f"iban {value.lower()}", "IBAN", value.lower())


@pytest.mark.parametrize("value", IBANS)
def test_iban_checksum_failure_is_not_flagged(value):
    bad = flip_last_digit(value)
    assert_none(f"IBAN {bad} e {spaced(bad)}")


def test_iban_does_not_swallow_following_code():
    text = "IBAN IT60 X054 2811 1010 0000 0123 456 ABI 05428"
    assert found(text) == [("IBAN", "IT60 X054 2811 1010 0000 0123 456")]


# --- CREDIT_CARD ---------------------------------------------------------------------------

CARDS = [
    "4111 1111 1111 1111",  # Visa
    "4012-8888-8888-1881",
    "5555555555554444",  # Mastercard
    make_luhn("222100000000000"),  # Mastercard 2-series
    "3782 822463 10005",  # Amex
    "6011 1111 1111 1117",  # Discover
    "3530111333300000",  # JCB
    "30569309025904",  # Diners
    make_luhn("501800000000000"),  # Maestro 16
    make_luhn("180044538143066"[:-1]),  # JCB 15 (old range)
    make_luhn("453201511283036"),
]


@pytest.mark.parametrize("card", CARDS)
def test_credit_card_valid(card):
    assert_found(f"Carta n. {card}, scadenza 09/27.", "CREDIT_CARD", card)


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",  # Luhn failure
        make_luhn("911111111111111"),  # Luhn-valid, no issuer starts with 9
        make_luhn("41111111111"),  # Visa prefix but 12 digits
        make_luhn("50181986165"),  # Maestro prefix but 12 digits (below the 13-digit minimum)
        "4111-1111 1111 1111",  # mixed separators
        "0000 0000 0000 0000",
    ],
)
def test_credit_card_invalid(text):
    assert_none(f"card {text}", "CREDIT_CARD")


# --- CODICE_FISCALE ------------------------------------------------------------------------


def test_codice_fiscale_valid_plain_lowercase_and_omocodia():
    cf = "RSSMRA85T10A562S"
    assert codicefiscale.is_valid(cf)
    # Omocodia: digits replaced by letters (0-9 -> LMNPQRSTUV) with the check character recomputed.
    omocode = make_cf("RSSMRA85T10A56N")
    for value in (cf, cf.lower(), omocode, "RCCMNL83S18D969H"):
        assert_found(f"codice fiscale {value}, residente a Roma", "CODICE_FISCALE", value)


@pytest.mark.parametrize(
    "value",
    [
        "RSSMRA85T10A562X",  # wrong check character
        make_cf("RSSMRA85T10A562")[:-1] + "A",
        make_cf("RSSMRA85Z10A562"),  # Z is not a month letter
        make_cf("RSSMRA85T72A562")[:15] + "Q",  # day 72 - 40 = 32 does not exist (and bad check)
        "RSSMRA85T10A562SX",  # glued to more letters
    ],
)
def test_codice_fiscale_invalid(value):
    assert_none(f"CF {value}", "CODICE_FISCALE")


# --- PARTITA_IVA ---------------------------------------------------------------------------

PIVA = make_luhn("0123456001")  # province code 001 is valid


def test_partita_iva_with_prefix_or_label():
    assert_found(f"Acme S.r.l. {'IT' + PIVA}", "PARTITA_IVA", "IT" + PIVA)
    assert_found(f"VAT: IT {PIVA}", "PARTITA_IVA", "IT " + PIVA)
    for label in ("P.IVA", "P. IVA", "Partita IVA:", "VAT number", "P.I.", "C.F. e P.IVA"):
        assert_found(f"{label} {PIVA}", "PARTITA_IVA", PIVA)


def test_partita_iva_needs_prefix_or_label():
    # One 11-digit number in ten passes the check digit: without evidence it is not a VAT number.
    assert_none(f"numero pratica {PIVA} del 2024", "PARTITA_IVA")


def test_partita_iva_checksum_failure_is_not_flagged():
    assert_none(f"P.IVA {flip_last_digit(PIVA)} e IT{flip_last_digit(PIVA)}")


# --- SSN -----------------------------------------------------------------------------------


def test_ssn_dashed_and_labelled():
    assert_found("SSN 123-45-6789 on file", "SSN", "123-45-6789")
    assert_found("my social security number is 123456789.", "SSN", "123456789")
    assert_found("SSN: 123 45 6789", "SSN", "123 45 6789")


@pytest.mark.parametrize(
    "text",
    [
        "000-12-3456",  # area 000
        "666-12-3456",  # area 666
        "912-12-3456",  # 9xx is never issued
        "123-00-4567",  # group 00
        "123-45-0000",  # serial 0000
        "078-05-1120",  # the famous wallet-card number, blacklisted
        "id 123456789 in the system",  # undashed without an SSN label
        "SSN-2024-12-3456",
    ],
)
def test_ssn_invalid(text):
    assert_none(text, "SSN")


# --- IP_ADDRESS ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ip",
    ["192.168.1.10", "8.8.8.8", "2001:db8::1", "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"],
)
def test_ip_valid(ip):
    assert_found(f"login from {ip}, blocked.", "IP_ADDRESS", ip)


def test_ip_with_port_keeps_only_address():
    assert found("server 10.0.0.5:8080 down") == [("IP_ADDRESS", "10.0.0.5")]


@pytest.mark.parametrize(
    "text", ["version 1.2.3", "v1.2.3.4", "versione 10.2.0.1", "999.1.1.1", "1.2.3.4.5", "ore 10:30:00", "a::b"]
)
def test_ip_invalid(text):
    assert_none(text, "IP_ADDRESS")


# --- URL -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, url",
    [
        ("See https://example.com/path?x=1.", "https://example.com/path?x=1"),
        ("(vedi www.example.org)", "www.example.org"),
        ("https://en.wikipedia.org/wiki/Foo_(bar), ok", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("go to http://intranet.example.com:8080/x!", "http://intranet.example.com:8080/x"),
        ("profilo: https://www.linkedin.com/in/mario-rossi-85;", "https://www.linkedin.com/in/mario-rossi-85"),
    ],
)
def test_url_without_trailing_punctuation(text, url):
    assert_found(text, "URL", url)


@pytest.mark.parametrize(
    "text",
    [
        "Health check http://localhost:8080/actuator/health returned 200",
        "upstream: http://127.0.0.1:6379/, retrying",
        "bind http://0.0.0.0:8000 and https://[::1]:8443/x",
        "open http://app.localhost:3000/login",
        "listening on 127.0.0.1:5432 and 0.0.0.0",
    ],
)
def test_the_machines_own_addresses_are_no_ones(text):
    assert_none(text, "URL")
    assert_none(text, "IP_ADDRESS")


def test_url_needs_scheme_or_www():
    assert_none("the file example.txt and the domain example", "URL")
    assert_none("www. is a prefix", "URL")


# --- PASSWORD (secrets) --------------------------------------------------------------------

KEYS = [
    "sk-proj-" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4",
    "sk-" + "Zx9" * 16,
    "ghp_" + "A1b2" * 9,
    "gho_" + "Z9y8" * 9,
    "github_pat_" + "11ABCDEFG0" * 3,
    "AKIAIOSFODNN7EXAMPLE",
    "xoxb-123456789012-abcdefABCDEF",
    "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "glpat-" + "x1Y2z3" * 4,
    "hf_" + "AbCdEfGhIj" * 3 + "KlMn",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
]


@pytest.mark.parametrize("key", KEYS)
def test_api_keys(key):
    assert_found(f"export KEY={key} # do not share", "PASSWORD", key)
    assert_found(f"la chiave è {key}.", "PASSWORD", key)


@pytest.mark.parametrize(
    "text, value",
    [
        ("password: Tr0ub4dor&3", "Tr0ub4dor&3"),
        ("Password: hunter2.", "hunter2"),
        ("login with pwd=s3cret!; then", "s3cret!"),
        ('{"user": "mrossi", "password": "correct horse battery"}', "correct horse battery"),
        ("passwd = 'qwerty123'", "qwerty123"),
        ("DB_PASSWORD=xyz123", "xyz123"),
        ("La password: Gatto2024", "Gatto2024"),
        ("parola d'ordine: girasole", "girasole"),
        ("la mia password è Gatto2024!", "Gatto2024!"),
        ("my password is 'blue sky'", "blue sky"),
        ("Authorization: Bearer abcdefghijklmnop1234567890", "abcdefghijklmnop1234567890"),
        ("api_key=9f8e7d6c5b4a3210", "9f8e7d6c5b4a3210"),
        ("PIN: 4821", "4821"),
    ],
)
def test_password_assignments_span_is_the_value(text, value):
    assert found(text) == [("PASSWORD", value)] or ("PASSWORD", value) in found(text)
    # The label itself is never part of the span.
    assert all("password" not in v.lower() for t, v in found(text) if t == "PASSWORD")


@pytest.mark.parametrize(
    "text",
    [
        "the password is incorrect",
        "la password è scaduta.",
        "password: ****",
        "password: [REDACTED]",
        "password=${DB_PASSWORD}",
        "reset your password via the link",
        "sk-short",
        "Bearer token",
        "max_token=512, secret: yes",
        "api_key: required",
    ],
)
def test_password_not_flagged(text):
    assert_none(text, "PASSWORD")


# --- DATE_OF_BIRTH -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        ("nato a Napoli il 12/03/1958, residente", "12/03/1958"),
        ("nata il 5.7.1990", "5.7.1990"),
        ("nato a S. Giovanni Rotondo (FG) il 1/2/1960", "1/2/1960"),
        ("nata l'8 marzo 1990", "8 marzo 1990"),
        ("data di nascita: 1985-05-03", "1985-05-03"),
        ("born on May 3, 1985 in Leeds", "May 3, 1985"),
        ("born in Leeds on 3 May 1985", "3 May 1985"),
        ("DOB: 03/05/1985", "03/05/1985"),
        ("Date of birth (dd/mm/yyyy): 21/11/1979", "21/11/1979"),
        ("date of birth: 3rd of May 1985", "3rd of May 1985"),
    ],
)
def test_date_of_birth_after_birth_context(text, date):
    assert_found(text, "DATE_OF_BIRTH", date)


@pytest.mark.parametrize(
    "text",
    [
        "Scadenza il 12/03/2024.",
        "Meeting on May 3, 1985 at noon",
        "fattura del 15/03/2024",
        "nato il giorno sbagliato",
        "DOB: 45/13/1985",
    ],
)
def test_plain_dates_are_not_birth_dates(text):
    assert_none(text, "DATE_OF_BIRTH")


# --- labelled identifiers and titled names --------------------------------------------------


@pytest.mark.parametrize(
    "text, pii_type, value",
    [
        ("MRN: 00123456", "MEDICAL_RECORD_NUMBER", "00123456"),
        ("cartella clinica n. 2024/5531", "MEDICAL_RECORD_NUMBER", "2024/5531"),
        ("passaporto n. YA1234567", "PASSPORT", "YA1234567"),
        ("Passport number: 533380006", "PASSPORT", "533380006"),
        ("carta d'identità n. CA12345AB", "ID_CARD", "CA12345AB"),
        ("ID card no. AX1234567", "ID_CARD", "AX1234567"),
        ("auto targata AB 123 CD", "LICENSE_PLATE", "AB 123 CD"),
        ("license plate: 7ABC123", "LICENSE_PLATE", "7ABC123"),
        ("username: mario.rossi85", "USERNAME", "mario.rossi85"),
        ('{"username": "jsmith_77"}', "USERNAME", "jsmith_77"),
        ("login: mrossi", "USERNAME", "mrossi"),
        ("User: mario_85", "USERNAME", "mario_85"),
    ],
)
def test_labelled_identifiers(text, pii_type, value):
    assert_found(text, pii_type, value)


@pytest.mark.parametrize(
    "text",
    [
        "targa straniera",
        "il passaporto è scaduto",
        "MRN pending",
        "the user said hello",
        "carta d'identità valida",
        "User: Hello, I need help",  # a chat transcript turn, not a username
        "Utente: Buongiorno",
    ],
)
def test_labels_without_values(text):
    assert_none(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gentile Sig.ra Maria De Luca,", "Maria De Luca"),
        ("il Dott. Rossi Via Roma 1", "Rossi"),
        ("Dear Mr. John Smith,", "John Smith"),
        ("Dr. Jane O'Neil said", "Jane O'Neil"),
        ("Ms. Watson", "Watson"),
        ("Dear Mr. David Lane,", "David Lane"),
        ("Gentile Sig. Rossi La informiamo che", "Rossi"),
        ("Mr. Rossi Di Stefano", "Rossi Di Stefano"),
        ("Dott.ssa Giulia Bianchi", "Giulia Bianchi"),
    ],
)
def test_titled_person(text, name):
    assert_found(text, "PERSON", name)


def test_person_needs_a_title():
    assert_none("Mario Rossi ha scritto a Giulia Bianchi", "PERSON")


# --- no false hits on non-PII numbers --------------------------------------------------------

NON_PII = [
    "Totale € 1.245,50 (IVA inclusa), già scontato del 12,5%.",
    "Total: $1,200.00 plus 8.25% tax.",
    "Fattura n. 2024/118 del 15/03/2024, ordine ORD-88231, ticket #44512.",
    "Order #44512 shipped on 03/15/2024 at 2:30 PM; invoice INV-2024-0042.",
    "Appuntamento alle 14:30 del 12 marzo 2024, sala 3.",
    "Upgrade to version 1.2.3 (build 20240315) or v2.10.4; firmware 10.0.0.",
    "Codice prodotto SKU-4402-XL, art. 10293, lotto 2024-11-A, quantità 1000.",
    "CAP 20121, Milano; ZIP 94103, San Francisco.",
    "Tracking 1Z999AA10123456784, EAN 8001234567890, ISBN 978-88-04-66863-4.",
    "Il 2023 si è chiuso con 1.234.567 utenti e 98,7% di uptime.",
    "Page 12 of 240, chapter 3.4.1, see section 2.10.",
    "Temperatura 37,5°C, pressione 120/80, peso 72,4 kg.",
    "Coordinates 45.4642, 9.1900; elevation 120 m.",
    "Conto corrente n. 000012345678, c/c 1234567890, CIG 1234567890, REA MI-1234567.",
    "Patch 2.3.4.5 released; Python 3.11.7; kernel 6.5.0-14-generic; Windows 11 build 22631.2861.",
    "EIN 12-3456789; routing 021000021; Form 1040, line 12b: $12,345.",
    "Regolamento UE 2016/679, D.Lgs. 196/2003, ISO 9001:2015, MAC 00:1A:2B:3C:4D:5E, 2024-03-12T10:30:00Z.",
    "Volo AZ 1234 alle 07:45, gate B12, PNR ABC123, prenotazione n. 4567891234.",
]


@pytest.mark.parametrize("text", NON_PII)
def test_no_false_hits_on_non_pii_numbers(text):
    assert_none(text)


# --- span merging --------------------------------------------------------------------------


def test_resolve_overlaps_longest_then_most_specific():
    a = Span(0, 10, "PHONE")
    b = Span(0, 10, "PARTITA_IVA")
    c = Span(5, 20, "IBAN")
    d = Span(25, 30, "EMAIL")
    assert resolve_overlaps([a, b, d]) == [b, d]  # same length: the checksum type wins
    assert resolve_overlaps([a, c, d]) == [c, d]  # the longest span wins over a partial one
    assert resolve_overlaps([d, a]) == [a, d]  # output sorted by position
    assert resolve_overlaps([a, a]) == [a]  # duplicates collapse


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from(["PERSON", "IBAN", "PHONE"])), max_size=40
    )
)
def test_resolve_overlaps_matches_the_plain_greedy_rule(raw):
    """The bisect shortcut picks exactly what checking every chosen span would pick."""
    from distillery.pii.spans import _priority

    spans = [Span(a, a + n, t) for a, n, t in raw]
    plain: list[Span] = []
    for span in sorted(set(spans), key=_priority):
        if not any(span.overlaps(c) for c in plain):
            plain.append(span)
    assert resolve_overlaps(spans) == sorted(plain)


def test_resolve_overlaps_keeps_adjacent_spans():
    spans = [Span(0, 5, "PERSON"), Span(5, 9, "PHONE")]
    assert resolve_overlaps(spans) == spans


def test_engine_spans_never_overlap_and_labels_win_over_phone():
    pid = PIVA
    text = f"P.IVA {pid}, IBAN IT60 X054 2811 1010 0000 0123 456, SSN 123-45-6789"
    spans = ENGINE.analyze(text)
    assert all(not x.overlaps(y) for i, x in enumerate(spans) for y in spans[i + 1 :])
    assert [(s.type, s.text_in(text)) for s in spans] == [
        ("PARTITA_IVA", pid),
        ("IBAN", "IT60 X054 2811 1010 0000 0123 456"),
        ("SSN", "123-45-6789"),
    ]


def test_engine_type_filter():
    text = "mail a@b.it tel +39 347 123 4567"
    assert [s.type for s in RulesEngine(types={"EMAIL"}).analyze(text)] == ["EMAIL"]


# --- realistic documents -------------------------------------------------------------------

IT_DOC = f"""Oggetto: rimborso pratica 2024/118

Gentile Dott.ssa Giulia Bianchi,
le scrivo per conto di mio padre, Roberto Esposito (codice fiscale RSSMRA85T10A562S), nato a Napoli il
12/03/1958, per la fattura n. 2024/118 di € 1.245,50 (IVA inclusa) del 15/03/2024.
Potete accreditare l'importo sull'IBAN IT60 X054 2811 1010 0000 0123 456 oppure sulla carta
4111 1111 1111 1111. La ditta fornitrice è Acme S.r.l., P.IVA {PIVA}.
Può contattarmi al +39 347 123 4567 o allo 02 1234 5678, oppure a anna.esposito@gmail.com.
Per l'accesso al portale: username: anna.esposito, password: Girasole!2024.
Ultimo accesso dall'IP 93.44.120.7 alle 14:30 (versione app 3.2.1).

Cordiali saluti,
Anna Esposito
"""

EN_DOC = """Subject: Account verification (ticket #44512)

Dear Mr. John Smith,
we received your request on 03/15/2024 regarding order ORD-88231 ($1,200.00, 8.25% tax).
Our records show SSN 123-45-6789, date of birth: May 3, 1985, and the card 5555 5555 5555 4444.
Please call us at (415) 555-0132 or +1 415-555-0132, or write to john.smith@example.com.
Our London office is on 020 7946 0958; mobile +44 7700 900123.
The login from 2001:db8::1 used the key sk-proj-a1B2c3D4e5F6g7H8i9J0k1L2m3N4 (see https://status.example.com/incidents/42).
IBAN on file: GB82 WEST 1234 5698 7654 32.

Best regards,
Support team, version 2.4.1
"""


def test_realistic_italian_document():
    hits = found(IT_DOC)
    expected = [
        ("PERSON", "Giulia Bianchi"),
        ("CODICE_FISCALE", "RSSMRA85T10A562S"),
        ("DATE_OF_BIRTH", "12/03/1958"),
        ("IBAN", "IT60 X054 2811 1010 0000 0123 456"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
        ("PARTITA_IVA", PIVA),
        ("PHONE", "+39 347 123 4567"),
        ("PHONE", "02 1234 5678"),
        ("EMAIL", "anna.esposito@gmail.com"),
        ("USERNAME", "anna.esposito"),
        ("PASSWORD", "Girasole!2024"),
        ("IP_ADDRESS", "93.44.120.7"),
    ]
    assert hits == expected


def test_realistic_english_document():
    hits = found(EN_DOC)
    expected = [
        ("PERSON", "John Smith"),
        ("SSN", "123-45-6789"),
        ("DATE_OF_BIRTH", "May 3, 1985"),
        ("CREDIT_CARD", "5555 5555 5555 4444"),
        ("PHONE", "(415) 555-0132"),
        ("PHONE", "+1 415-555-0132"),
        ("EMAIL", "john.smith@example.com"),
        # "Our London office is on 020 7946 0958": an organisation's number, kept by default.
        ("PHONE", "+44 7700 900123"),
        ("IP_ADDRESS", "2001:db8::1"),
        ("PASSWORD", "sk-proj-a1B2c3D4e5F6g7H8i9J0k1L2m3N4"),
        ("URL", "https://status.example.com/incidents/42"),
        ("IBAN", "GB82 WEST 1234 5698 7654 32"),
    ]
    assert hits == expected
    everything = RulesEngine(keep_org_contacts=False).analyze(EN_DOC)
    assert ("PHONE", "020 7946 0958") in [(sp.type, sp.text_in(EN_DOC)) for sp in everything]


# --- no catastrophic backtracking --------------------------------------------------------------

PATHOLOGICAL = {
    "letters": "a" * 20000,
    "digits": "1" * 20000,
    "spaced digits": "1 " * 10000,
    "code-like": "A1-" * 7000,
    "spaces after a label": "targa" + " " * 20000,
    "at signs": "x@" * 10000,
    "dotted digits": "1." * 10000,
    "colons": "ab1:" * 5000,
    "iban heads": "IT60 " * 4000,
    "labels": "password: " * 2000,
    "birth context": "nato il " * 2000,
    "titles": "Mr. Aa " * 3000,
    "long url": "http://" + "a" * 20000,
}


def _cpu_seconds(text: str) -> float:
    import time

    t0 = time.process_time()
    ENGINE.analyze(text)
    return time.process_time() - t0


@pytest.fixture(scope="module")
def ordinary_cpu_seconds() -> float:
    """CPU time of the engine on an ordinary document as long as the pathological ones (the yardstick)."""
    text = " ".join([EN_DOC, IT_DOC] * (20000 // len(EN_DOC + IT_DOC) + 1))[:20000]
    return min(_cpu_seconds(text) for _ in range(3))


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_recognizers_stay_linear_on_pathological_input(name, ordinary_cpu_seconds):
    # ~20k characters: linear regexes take a few times what an ordinary document of that length takes,
    # a backtracking one minutes. Measured in this process's CPU time against that yardstick, so
    # neither a loaded machine nor a slower one changes the verdict (the slowest today, "iban heads",
    # is ~15x the yardstick; catastrophic backtracking is thousands of times).
    assert _cpu_seconds(PATHOLOGICAL[name]) < 60 * max(ordinary_cpu_seconds, 0.01)


def test_iban_found_inside_a_failed_candidate_and_back_to_back():
    assert found("rif AB12 IT60 X054 2811 1010 0000 0123 456") == [("IBAN", "IT60 X054 2811 1010 0000 0123 456")]
    twice = "IT60X0542811101000000123456" * 2
    assert found(twice) == [("IBAN", "IT60X0542811101000000123456")] * 2
