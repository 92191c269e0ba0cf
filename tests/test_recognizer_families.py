"""Identifier families people write without the usual markers: bare profile links, encoded e-mails,
bare mobiles, document numbers found by their cue words. Valid examples and look-alikes."""

from __future__ import annotations

import pytest

from distillery.pii.engine import RulesEngine

ENGINE = RulesEngine()


def found(text: str) -> list[tuple[str, str]]:
    return [(s.type, s.text_in(text)) for s in ENGINE.analyze(text)]


def assert_found(text: str, pii_type: str, value: str) -> None:
    assert (pii_type, value) in found(text), f"{pii_type} {value!r} not found in {text!r}: {found(text)}"


def assert_none(text: str, pii_type: str | None = None) -> None:
    hits = [h for h in found(text) if pii_type is None or h[0] == pii_type]
    assert hits == [], f"unexpected hits in {text!r}: {hits}"


# --- links without a scheme --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("linkedin.com/in/mario-rossi-84a1b2 · github.com/mrossi", "linkedin.com/in/mario-rossi-84a1b2"),
        ("linkedin.com/in/mario-rossi-84a1b2 · github.com/mrossi", "github.com/mrossi"),
        ("Portfolio | instagram.com/giulia.ph | Milano", "instagram.com/giulia.ph"),
        ("Seguimi su facebook.com/anna.bianchi.123.", "facebook.com/anna.bianchi.123"),
        ("Scrivimi su t.me/lucaverdi88!", "t.me/lucaverdi88"),
        ("Profile: it.linkedin.com/in/sara-conti/", "it.linkedin.com/in/sara-conti/"),
        ("my site is www.emilychen.me.", "www.emilychen.me"),
        ("(x.com/jdoe_dev)", "x.com/jdoe_dev"),
        ("WhatsApp: wa.me/393471234567", "wa.me/393471234567"),
    ],
)
def test_profile_links_without_scheme(text, link):
    assert_found(text, "URL", link)


@pytest.mark.parametrize(
    "text",
    [
        "Seguici su linkedin.com",
        "see github.com/features and github.com/pricing",
        "linkedin.com/company/acme-spa",
        "facebook.com/sharer/sharer.php?u=x",
        "the file config/app.yml",
    ],
)
def test_profile_links_look_alikes(text):
    assert_none(text, "URL")


# --- e-mails in encoded form -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("GET /unsubscribe?email=mario.rossi%40gmail.com HTTP/1.1", "mario.rossi%40gmail.com"),
        ("redirect=/login?u=j.doe%2Btest%40example.org&x=1", "j.doe%2Btest%40example.org"),
        ("scrivimi a mario.rossi [at] example [dot] com", "mario.rossi [at] example [dot] com"),
        ("contatti: anna(at)studiolegale.it", "anna(at)studiolegale.it"),
        ("contact: j.doe (at) example (dot) org", "j.doe (at) example (dot) org"),
        ("mail me: jane dot smith at example dot com", "jane dot smith at example dot com"),
        ("è mario punto rossi chiocciola gmail punto com", "mario punto rossi chiocciola gmail punto com"),
        ("Write to john.smith at example.com please", "john.smith at example.com"),
    ],
)
def test_encoded_emails(text, email):
    assert_found(text, "EMAIL", email)


@pytest.mark.parametrize(
    "text",
    [
        "we met at Amazon.com last year",
        "I arrived at home dot com was down",
        "sold at example.com for $20",
        "progress 40%40 done",
        "meet me at the office. Then dot",
    ],
)
def test_encoded_email_look_alikes(text):
    assert_none(text, "EMAIL")


# --- bare mobile numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "3471234567",
        "347 123 4567",
        "347 123 45 67",
        "347-123-4567",
        "347/1234567",
        "347.123.4567",
        "+39 347 1234567",
        "0039 347 123 4567",
        "+393471234567",
        "07700 900123",
        "07700 900 123",
        "07911 123456",
        "+44 7700 900123",
        "0044 7700 900 123",
        "202 555 0143",
        "(202) 555-0143",
    ],
)
def test_bare_mobiles_without_a_cue_word(phone):
    assert_found(f"ciao, {phone} dopo le 18", "PHONE", phone)
    assert_found(f"{phone}", "PHONE", phone)


@pytest.mark.parametrize(
    "text",
    [
        "Totale € 347 123 4567",
        "ordine 3471234567 spedito",
        "Fattura 2024/3471234567",
        "tracking 34712345671234",
        "Importo: 3.471.234,56",
        "ore 13:47 del 12/03/2024",
        "codice prodotto 347-1234567-X",
        "version 3.4.71234567",
        "ticket #3471234567",
        "CAP 20121 Milano",
        "ref 12345678",
        "01-11-2025 11:00 DEBUG cache cleared",  # a date then a time, not a landline
    ],
)
def test_bare_mobile_look_alikes(text):
    assert_none(text, "PHONE")


# --- document numbers by their cue words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pii_type", "value"),
    [
        ("passaporto n° YA1234567", "PASSPORT", "YA1234567"),
        ("passaporto italiano numero YB7654321 rilasciato", "PASSPORT", "YB7654321"),
        ("Passport No. 533918274", "PASSPORT", "533918274"),
        ("carta d'identità elettronica n. CA12345AB", "ID_CARD", "CA12345AB"),
        ("C.I. AX1234567", "ID_CARD", "AX1234567"),
        ("documento d'identità AY 3847162 rilasciato dal Comune", "ID_CARD", "AY 3847162"),
        ("patente di guida n. MI1234567X", "ID_CARD", "MI1234567X"),
        ("Driving licence number: LAWSO811215RJ9XK", "ID_CARD", "LAWSO811215RJ9XK"),
        ("driver's license # D1234567", "ID_CARD", "D1234567"),
        ("targa dell'auto AB 123 CD", "LICENSE_PLATE", "AB 123 CD"),
        ("targata FG 482 KL, in via Roma", "LICENSE_PLATE", "FG 482 KL"),
        ("reg AB12 CDE", "LICENSE_PLATE", "AB12 CDE"),
        ("license plate 7ABC123 (California)", "LICENSE_PLATE", "7ABC123"),
        ("Cartella ambulatoriale n. AMB-2019-07731.", "MEDICAL_RECORD_NUMBER", "AMB-2019-07731"),
        ("N. nosologico: 2024-045871 - Ricovero", "MEDICAL_RECORD_NUMBER", "2024-045871"),
        ("NHS No: 485 777 3457", "MEDICAL_RECORD_NUMBER", "485 777 3457"),
        ("MRN 00482913", "MEDICAL_RECORD_NUMBER", "00482913"),
        ('password authentication failed for user "svc_crm"', "USERNAME", "svc_crm"),
        ("spostato su db02, utente app_rw", "USERNAME", "app_rw"),
        ("worker account=kpatel_ops retries=3", "USERNAME", "kpatel_ops"),
        ("Repro: login as qa.user17 on staging", "USERNAME", "qa.user17"),
        ("Portal access for username anthonyevans was reset.", "USERNAME", "anthonyevans"),
        ("POST /api/v2/login user=anthonyevans status=401", "USERNAME", "anthonyevans"),
        ('File "/home/jdoe/projects/app.py", line 3', "USERNAME", "jdoe"),
        ("C:\\Users\\mrossi\\Desktop\\bilancio.xlsx", "USERNAME", "mrossi"),
        ("fede: pwd Zq7!mK2v#Lp9 ma cambiala", "PASSWORD", "Zq7!mK2v#Lp9"),
        ("network is Hollis-Guest, pw blue-otter-77. thanks", "PASSWORD", "blue-otter-77"),
        ("il PIN 4821 della carta", "PASSWORD", "4821"),
    ],
)
def test_document_numbers_with_cue_words(text, pii_type, value):
    assert_found(text, pii_type, value)


@pytest.mark.parametrize(
    "text",
    [
        "targa 2024 in arrivo",
        "la registration 2019 è chiusa",
        "passport office opens at 9:00, ticket 1234",
        "C.I. scaduta, nuova pratica 123456",
        "cartella condivisa Documenti",
        "password reset requested",
        "the user 12345 ordered twice",
        "/Users/public/readme.txt",
        "PIN code sent by SMS",
        "the username field is empty",
        "utente mario ha scritto",
        "the patent no. US1234567 expired",
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 in the log",
    ],
)
def test_document_number_look_alikes(text):
    assert_none(text)


# --- the holes of issue 20, family by family, and the look-alikes that must stay -------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le do il mio numero 3331234567, mi richiami.", "3331234567"),
        ("Mi scriva al numero 347 123 4567.", "347 123 4567"),
        ("my number +44 7700 900123, thanks", "+44 7700 900123"),
        ("12/03/2024 3471234567 Mario Rossi", "3471234567"),
        ("2024-03-12\t347 123 4567\tconsegnato", "347 123 4567"),
        ("12/03/2024 10:30 02 1234 5678", "02 1234 5678"),
    ],
)
def test_phone_after_numero_or_after_a_date_in_a_row(text, value):
    assert_found(text, "PHONE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Fattura numero 3471234567 del 2024",
        "Ordine n. 3471234567",
        "ordine numero 3331234567",
        "Conto corrente n. 000012345678",
        "il 12/03/2024 alle 10:30:00 prot. 3471234567",
        "Data 12/03/2024 ore 10:30, importo 1.234,56",
        "totale 12 3471234567",
        "01-11-2025 11:00",
    ],
)
def test_numbers_that_stay_after_numero_or_a_date(text):
    assert_none(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ha chiamato la sig.ra Rossi ieri", "Rossi"),
        ("il dott. Bianchi e", "Bianchi"),
        ("la dott.ssa Verdi ha firmato", "Verdi"),
        ("dal prof. Mario Neri.", "Mario Neri"),
        ("con l'avv. De Luca", "De Luca"),
        ("il signor Esposito è arrivato", "Esposito"),
    ],
)
def test_names_after_lower_case_italian_titles(text, name):
    assert_found(text, "PERSON", name)


@pytest.mark.parametrize("text", ["I miss Rome already", "The thing. Rome is big", "mr. and mrs. are titles"])
def test_english_words_are_no_titles(text):
    assert_none(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("TX plate 7ABC123 seen at noon", "7ABC123"),
        ("a GA plate RTX4421 was seen", "RTX4421"),
        ("Vehicle: CA plate 8XYZ123.", "8XYZ123"),
        ("Plate: AB-123-CD", "AB-123-CD"),
        ("targa AB 123 CD", "AB 123 CD"),
    ],
)
def test_plates_after_a_state_code_or_plate(text, plate):
    assert_found(text, "LICENSE_PLATE", plate)


@pytest.mark.parametrize("text", ["plate 2 of figure 3", "TX plate tectonics", "targa 2024", "the plate costs 12.50"])
def test_plate_look_alikes_stay(text):
    assert_none(text, "LICENSE_PLATE")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DL 12345678", "12345678"),
        ("DL no. D1234567", "D1234567"),
        ("DL: A123456789", "A123456789"),
        ("DNI 12345678Z", "12345678Z"),
        ("su DNI es 12345678-Z", "12345678-Z"),
        ("NIE X1234567L", "X1234567L"),
        ("documento 12345678Z", "12345678Z"),
    ],
)
def test_driving_licence_after_dl_and_spanish_dni(text, value):
    assert_found(text, "ID_CARD", value)


@pytest.mark.parametrize(
    "text",
    [
        "il DL 18/2020 convertito",
        "D.L. 34/2020 art. 12345678",
        "Ordine 12345678Z del 2024",
        "order no. 12345678Z",
        "DNI 12345678A",  # wrong check letter
        "download 12345678",
    ],
)
def test_id_look_alikes_stay(text):
    assert_none(text, "ID_CARD")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she showed her passport (YA1234567)", "YA1234567"),
        ("passport no. 123456789", "123456789"),
        ("Passport No.: C01X00T47", "C01X00T47"),
        ("passaporto (n. YA1234567)", "YA1234567"),
        ("her Italian passport, number YA1234567", "YA1234567"),
        ("passport number is 12AB34567", "12AB34567"),
    ],
)
def test_passport_numbers(text, value):
    assert_found(text, "PASSPORT", value)


@pytest.mark.parametrize(
    "text", ["passport office opens at 9", "passport photos cost 12,50 EUR", "passport renewed in 2024"]
)
def test_passport_look_alikes_stay(text):
    assert_none(text, "PASSPORT")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("chart # 00482913", "00482913"),
        ("MR no. 7712-0034", "7712-0034"),
        ("numero di ricovero 2024/00123", "2024/00123"),
        ("MRN 12 345 678", "12 345 678"),
    ],
)
def test_medical_record_numbers(text, value):
    assert_found(text, "MEDICAL_RECORD_NUMBER", value)


@pytest.mark.parametrize("text", ["ricovero del 12/03/2024", "chart shows 12% growth", "Mr. Smith paid 1.234,56"])
def test_medical_record_look_alikes_stay(text):
    assert_none(text, "MEDICAL_RECORD_NUMBER")


# --- names of people who introduce themselves, in any case ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mi chiamo santino cammarata, codice cliente non lo trovo", "santino cammarata"),
        ("chi scrive e' santino cammarata, nato a Perugia", "santino cammarata"),
        ("buongiorno, il mio nome è anna de luca e vi scrivo", "anna de luca"),
        ("il mio nome è grazia", "grazia"),
        ("Mi chiamo Anna Maria Rossi.", "Anna Maria Rossi"),
        ("salve sono giulia bianchi del terzo piano", "giulia bianchi"),
        ("hi, my name is john smith and I need help", "john smith"),
        ("my name's kowalski", "kowalski"),
        ("hello, this is mark twain speaking", "mark twain"),
        ("I am priya raman, the tenant", "priya raman"),
    ],
)
def test_names_after_a_self_introduction(text, name):
    assert_found(text, "PERSON", name)


@pytest.mark.parametrize(
    "text",
    [
        "sono felice di sentirti",  # felice is a first name too: alone after "sono" it is left to the model
        "sono serena oggi",
        "ciao sono giulia, ho scritto ieri",
        "ci sono due pacchi e un reso",
        "ci sono mario e luca",
        "sono una cliente nuova",
        "sono per la pace",
        "sono stato al mare",
        "I'm fine thanks",
        "this is great news",
        "it's raining again",
        "I am sure the invoice is paid",
    ],
)
def test_self_introduction_look_alikes(text):
    assert_none(text, "PERSON")


def test_an_introduced_name_is_replaced_at_its_other_mentions():
    from distillery.infer import InferConfig, make_anonymizer

    text = "ciao sono santino\nmi chiamo santino cammarata, scrivo per il reso. grazie, santino"
    out = make_anonymizer(InferConfig(engine="rules")).anonymize(text).anonymized_text
    assert "santino" not in out and "cammarata" not in out, out
