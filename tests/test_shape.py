"""A student's span must look like its type before it is replaced (`pii.shape`, issue 19): the cases
seen in the field, and the values that must still be replaced."""

from __future__ import annotations

import pytest

from distillery.pii.replace import anonymize_with_spans
from distillery.pii.shape import CUES, check_spans, has_cue, is_bare_number, is_label, looks_like, widen
from distillery.pii.spans import Span


def span_of(text: str, value: str, pii_type: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Span(start, start + len(value), pii_type, source="model")


def checked(text: str, value: str, pii_type: str, nth: int = 0) -> list[str]:
    return [text[s.start : s.end] for s in check_spans(text, [span_of(text, value, pii_type, nth)])]


# (text, value the student typed, its type): none of them looks like its type.
DROPPED = [
    ("2026-03-01 10:00:01 [http-nio-8080-exec-1] INFO request served", "8080", "PASSWORD"),  # a port
    ("Totale fattura: 1.234,40 EUR", "1.234", "PASSWORD"),  # the integer part of an amount
    ("Totale: 1234,40 EUR", "1234", "PASSWORD"),
    ("Importo 250 euro", "250", "ID_CARD"),
    ("nato il 12/03/1958 a Bari", "1958", "PASSWORD"),  # the year of a date
    ("nato il 12/03/1958 a Bari", "1958", "ADDRESS"),
    ("Relazione 1958, pagina 2", "1958", "DATE_OF_BIRTH"),  # a lone year, no birth cue: no date of birth
    ("the 1958 Leeds report", "1958", "DATE_OF_BIRTH"),
    ("Pasta integrale 500 g, EAN 4006381333931", "4006381333931", "PASSWORD"),  # a product's bar code
    ("Pasta integrale 500 g, EAN 4006381333931", "4006381333931", "ID_CARD"),
    ("DOB: 12/03/1958", "DOB", "ADDRESS"),  # a form label
    ("Password: (vedi sopra)", "Password", "PASSWORD"),
    ("Nome: Mario", "Nome", "PERSON"),
    ("ticket 40213 aperto", "40213", "USERNAME"),
    ("Scadenza 31/12 ore 10:30", "10:30", "MEDICAL_RECORD_NUMBER"),
    ("consegna 10/12 - ingresso 12-14", "12-14", "ADDRESS"),  # an address has letters
    ("deploy of commit df5ec93 finished", "df5ec93", "PASSWORD"),  # a short hex id
    ("request 65e8c930a08c served in 12 ms", "65e8c930a08c", "PASSWORD"),
    # A name inside an organisation's name is the organisation's (`pii.org_names`).
    ("Ritirare presso Farmacia Rossi entro lunedì", "Rossi", "PERSON"),
    ("ricoverato all'Ospedale San Raffaele di Milano", "San Raffaele", "PERSON"),
    ("ricoverato all'Ospedale San Raffaele di Milano", "Raffaele", "PERSON"),
    ("Policlinico Sant'Orsola, padiglione 5", "Orsola", "PERSON"),
    ("TABACCHERIA MARINO - ricevuta", "MARINO", "PERSON"),
    ("Casa di Cura Villa Rossi", "Villa Rossi", "PERSON"),
    ("Studio Legale Bianchi & Associati", "Bianchi", "PERSON"),
    ("fattura di Idraulica Bianchi srl", "Bianchi", "PERSON"),
    ("Rossi e Bianchi S.p.A.", "Rossi", "PERSON"),
    ("a haircut at Mark's Barber Shop", "Mark", "PERSON"),
    ("Hargrove & Pike LLP, Philadelphia", "Hargrove", "PERSON"),
    ("Hargrove & Pike LLP, Philadelphia", "Pike", "PERSON"),
    ("the John Radcliffe Hospital, Oxford", "John Radcliffe", "PERSON"),
    ("Bank of Smith", "Smith", "PERSON"),
    ("ritirato alla Lavanderia Stella ieri", "Lavanderia Stella", "PERSON"),  # the kind word in the span
    ("LAVANDERIA STELLA - scontrino", "LAVANDERIA STELLA", "PERSON"),
    ("ricoverato al San Raffaele", "San Raffaele", "PERSON"),
    ("Policlinico Sant'Orsola", "Sant'Orsola", "PERSON"),
    ("Invoice from Harborgate Analytics Ltd", "Harborgate Analytics Ltd", "PERSON"),
    ("fattura Idronet S.r.l. n. 4", "Idronet S", "PERSON"),  # cut inside the legal form
]


@pytest.mark.parametrize(("text", "value", "pii_type"), DROPPED)
def test_a_value_that_does_not_look_like_its_type_is_dropped(text, value, pii_type):
    assert checked(text, value, pii_type) == []


# (text, value, type): real values, replaced as typed.
KEPT = [
    ("password: 4821", "4821", "PASSWORD"),
    ("la password è 4821", "4821", "PASSWORD"),
    ("codice di accesso: 4821", "4821", "PASSWORD"),
    ("PIN=4821", "4821", "PASSWORD"),
    ("db_password=4821", "4821", "PASSWORD"),
    ("password: password", "password", "PASSWORD"),  # a (bad) password that is also the label
    ("password: hunter2", "hunter2", "PASSWORD"),
    ("password: df5ec93", "df5ec93", "PASSWORD"),  # a short hex after a cue
    ("token 9f86d081884c7d659a2feaa0c55ad015", "9f86d081884c7d659a2feaa0c55ad015", "PASSWORD"),  # 32 hex
    ("ecco la chiave: a8f5f167f44f4964e6c998dee827110c", "a8f5f167f44f4964e6c998dee827110c", "PASSWORD"),
    ("usa Xk9fQ2pL", "Xk9fQ2pL", "PASSWORD"),  # not hex: a password shape
    ("door code (983104), see you", "983104", "PASSWORD"),  # six digits: not a short hex id
    ("matricola 40213", "40213", "ID_CARD"),
    ("MRN: 40213", "40213", "MEDICAL_RECORD_NUMBER"),
    ("utente: 40213", "40213", "USERNAME"),
    ("residente in Via Garibaldi 12, 20121 Milano", "Via Garibaldi 12, 20121 Milano", "ADDRESS"),  # 5-digit CAP
    ("Viale dei Mille 40213, Roma", "Viale dei Mille 40213, Roma", "ADDRESS"),
    ("CAP 20121", "20121", "ADDRESS"),
    ("chiamare il 347 123 4567", "347 123 4567", "PHONE"),
    ("nato il 12/03/1958 a Bari", "12/03/1958", "DATE_OF_BIRTH"),
    ("born on March 3, 1985", "March 3, 1985", "DATE_OF_BIRTH"),
    ("nata il 3 maggio 1990", "3 maggio 1990", "DATE_OF_BIRTH"),
    ("nata nel marzo 1990", "marzo 1990", "DATE_OF_BIRTH"),
    ("badge AB-40213", "AB-40213", "ID_CARD"),
    ("passport YA1234567", "YA1234567", "PASSPORT"),
    ("account 7734129", "7734129", "USERNAME"),  # not short: 7 digits
    ("Sig. Piazza", "Piazza", "PERSON"),  # a street word is no label
    ("firmato Mario Rossi", "Mario Rossi", "PERSON"),
    # Beside a kind word that is not part of a name: still a person.
    ("in farmacia Mario mi ha detto", "Mario", "PERSON"),
    ("Dear John Smith, Hospital Manager", "John Smith", "PERSON"),
    ("John's bank account", "John", "PERSON"),
    ("the pharmacist John Smith", "John Smith", "PERSON"),
    ("Hotel guest: Anna Rossi", "Anna Rossi", "PERSON"),
    ("la signora Santa Rossi", "Rossi", "PERSON"),  # Santa and Santo are first names, not saints' titles
    ("Ho visto Santo Rossi", "Rossi", "PERSON"),
    ("Studio\nMario Rossi", "Mario Rossi", "PERSON"),  # the kind word on another line
    ("Barbara Bari", "Bari", "PERSON"),  # "Bar" is a kind word, inside "Barbara" it is not
    ("Gentile Barbara Bari,", "Barbara Bari", "PERSON"),
    ("Compare JOEL CHURCH, nato a Torino", "JOEL CHURCH", "PERSON"),  # kind words that are surnames
    ("Compare CHURCH JOEL, nato a Torino", "JOEL", "PERSON"),
    ("x\nValerie Church\nClear Media Group", "Valerie", "PERSON"),
    ("cut by Anna Barber yesterday", "Anna", "PERSON"),
    ("Cognome e nome: CHIESA MARIO", "MARIO", "PERSON"),
    ("Santo Rossi ha firmato", "Santo Rossi", "PERSON"),
    # A span of more than a name ("name - company"): the person's name is in it, it stays.
    ("saluti\nClaudia Palumbo - Siderdesign S.n.c.", "Claudia Palumbo - Siderdesign", "PERSON"),
]


@pytest.mark.parametrize(("text", "value", "pii_type"), KEPT)
def test_a_real_value_is_kept(text, value, pii_type):
    nth = 1 if text == "password: password" else 0
    assert checked(text, value, pii_type, nth) == [value]


@pytest.mark.parametrize(
    ("text", "fragment", "whole", "pii_type"),
    [
        ("a protocollo@pec.comune.milano.it entro", "@pec.comune", "protocollo@pec.comune.milano.it", "EMAIL"),
        ("a protocollo@pec.comune.milano.it.", "protocollo", "protocollo@pec.comune.milano.it", "EMAIL"),
        ("mail: <m.rossi@example.org>", "rossi@example", "m.rossi@example.org", "EMAIL"),
        ("vedi https://www.example.com/a/b?x=1, grazie", "example.com/a", "https://www.example.com/a/b?x=1", "URL"),
        ("(https://example.org/p)", "example.org", "https://example.org/p", "URL"),
    ],
)  # fmt: skip
def test_an_email_or_url_fragment_is_widened_to_the_whole_address(text, fragment, whole, pii_type):
    assert checked(text, fragment, pii_type) == [whole]


def test_widen_leaves_a_whole_value_and_other_types_alone():
    text = "scrivi a anna@example.it o chiama 347 123 4567"
    whole = span_of(text, "anna@example.it", "EMAIL")
    assert widen(text, whole) is whole
    phone = span_of(text, "347 123", "PHONE")
    assert widen(text, phone) is phone
    obfuscated = "anna at example dot it"
    assert checked(obfuscated, obfuscated, "EMAIL") == [obfuscated]  # no address to widen to: kept as typed


def test_cues_are_a_per_language_table_and_need_the_same_line():
    assert {"en", "it"} <= set(CUES["PASSWORD"])

    def cued(text: str, pii_type: str) -> bool:
        return has_cue(text, text.index("4821"), pii_type)

    assert cued("PIN 4821", "PASSWORD")
    assert cued("la password per la VPN è 4821", "PASSWORD")
    assert cued("parola d’ordine: 4821", "PASSWORD")  # either apostrophe
    assert not cued("password reset requested\n4821", "PASSWORD")  # another line
    assert not cued("user=mrossi [http-nio-4821", "USERNAME")  # not a gap of words
    assert not cued("password changed, see the ticket opened by the admin at 4821", "PASSWORD")  # too far
    assert not cued("Importo 4821", "PASSWORD")
    assert not cued("PIN 4821", "USERNAME")  # a cue of another type
    assert is_label("DOB:") and is_label("Data di nascita") and not is_label("Mario")


def test_bare_numbers():
    def bare(text: str, value: str) -> bool:
        return is_bare_number(text, span_of(text, value, "PASSWORD"))

    assert bare("porta 8080", "8080")
    assert bare("1.234.567,89 EUR", "1.234.567")  # part of an amount, however many digits
    assert bare("€ 1234567", "1234567")
    assert bare("12/03/1958", "03/1958")
    assert not bare("codice 7734129", "7734129")
    assert not bare("A1234", "A1234")


def test_the_field_cases_end_to_end():
    """What the student typed, through the shape check and the merge step: nothing spreads."""
    log = "\n".join(f"2026-03-01 10:00:0{i} [http-nio-8080-exec-{i}] INFO ok" for i in range(1, 4))
    spans = check_spans(log, [span_of(log, "8080", "PASSWORD")])
    assert anonymize_with_spans(log, spans).anonymized_text == log
    letter = "Totale 1.234,40 EUR. Scrivere a protocollo@pec.comune.milano.it"
    student = [span_of(letter, "1.234", "PASSWORD"), span_of(letter, "@pec.comune", "EMAIL")]
    out = anonymize_with_spans(letter, check_spans(letter, student)).anonymized_text
    assert out == "Totale 1.234,40 EUR. Scrivere a [EMAIL_1]"


def test_looks_like_keeps_the_minimal_shapes():
    text = "mario, 12, Hi, AB"
    assert not looks_like(text, span_of(text, "mario", "EMAIL"))
    assert not looks_like(text, span_of(text, "12", "PHONE"))
    assert looks_like(text, span_of(text, "AB", "PERSON"))


def test_a_date_of_birth_fragment_is_widened_to_the_whole_date():
    text = "Paziente nato il 08-07-1952 a Lecce."
    year = text.index("1952")
    got = check_spans(text, [Span(year, year + 4, "DATE_OF_BIRTH")])
    assert [(text[s.start : s.end], s.type) for s in got] == [("08-07-1952", "DATE_OF_BIRTH")]
    day = text.index("08-07")
    got = check_spans(text, [Span(day, day + 5, "DATE_OF_BIRTH")])
    assert [text[s.start : s.end] for s in got] == ["08-07-1952"]


def test_a_lone_year_is_a_birth_date_only_after_a_birth_cue():
    born = "Mario, nato nel 1943, vive a Bari."
    y = born.index("1943")
    assert [born[s.start : s.end] for s in check_spans(born, [Span(y, y + 4, "DATE_OF_BIRTH")])] == ["1943"]
    report = "Relazione annuale 1943, pagina 2."
    y = report.index("1943")
    assert check_spans(report, [Span(y, y + 4, "DATE_OF_BIRTH")]) == []


def test_a_single_word_is_no_address():
    text = "Napoli. Per il rimborso, scrivete a Via Roma 12."
    per = text.index("Per")
    assert check_spans(text, [Span(per, per + 3, "ADDRESS")]) == []
    via = text.index("Via Roma 12")
    assert [text[s.start : s.end] for s in check_spans(text, [Span(via, via + 11, "ADDRESS")])] == ["Via Roma 12"]
