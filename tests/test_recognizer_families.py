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
