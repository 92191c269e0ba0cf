"""Organisation contacts (toll-free numbers, switchboards, role mailboxes) are kept by default;
personal ones beside them in the same document are still replaced; a switch redacts everything."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from distillery.cli import app
from distillery.documents import Document
from distillery.infer import InferConfig, make_anonymizer
from distillery.pii.engine import RulesEngine
from distillery.pii.org_contacts import OrgContacts

LETTER_IT = (
    "Gentile cliente, per informazioni chiami il numero verde 800 91 84 27 (gratuito) oppure il centralino "
    "02 8845 1200, o scriva a protocollo@pec.comune.brescia.it o a info@acmeassicurazioni.it.\n"
    "Per la sua pratica mi trova al mio cellulare 347 123 4567 o a giulia.ferri@example.it.\n"
    "Ufficio protocollo, tel. 030 297 8211 - Dott. Mario Rossi 030 297 8299"
)
LETTER_EN = (
    "Recall notice: call our recall line 0808 800 4444 or 1-888-555-0142, switchboard 0113 496 0000, "
    "or e-mail recalls@example.com / payroll-it@example.com / support@example.org.\n"
    "My direct line is 020 7946 0958 and my mobile 07700 900123; personal e-mail jane.doe@example.com."
)
ORG = [
    "800 91 84 27",
    "02 8845 1200",
    "protocollo@pec.comune.brescia.it",
    "info@acmeassicurazioni.it",
    "030 297 8211",
    "0808 800 4444",
    "1-888-555-0142",
    "0113 496 0000",
    "recalls@example.com",
    "payroll-it@example.com",
    "support@example.org",
]
PERSONAL = [
    "347 123 4567",
    "giulia.ferri@example.it",
    "030 297 8299",
    "020 7946 0958",
    "07700 900123",
    "jane.doe@example.com",
]


def _anonymize(text: str, **config) -> str:
    return make_anonymizer(InferConfig(engine="rules", **config)).anonymize(Document(text)).anonymized_text


@pytest.mark.parametrize("text", [LETTER_IT, LETTER_EN])
def test_org_contacts_kept_personal_ones_replaced_side_by_side(text):
    out = _anonymize(text)
    for value in ORG:
        if value in text:
            assert value in out, f"organisation contact {value!r} destroyed: {out}"
    for value in PERSONAL:
        if value in text:
            assert value not in out, f"personal contact {value!r} leaked: {out}"


@pytest.mark.parametrize("text", [LETTER_IT, LETTER_EN])
def test_redact_org_contacts_switch_replaces_every_number_and_address(text):
    out = _anonymize(text, keep_org_contacts=False)
    for value in ORG + PERSONAL:
        assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        "My mobile 0800 123 4567",  # a personal cue wins even over a toll-free prefix
        "Centralino 02 1234 5678, mio cellulare 347 765 4321",  # the nearest cue decides
        "la mia email personale: info@mariorossi.it",
    ],
)
def test_personal_cue_ties_a_contact_to_a_person(text):
    spans = RulesEngine().analyze(text)
    assert spans and spans[-1].type in ("PHONE", "EMAIL")
    assert text[spans[-1].start : spans[-1].end] in ("0800 123 4567", "347 765 4321", "info@mariorossi.it")


def test_role_mailboxes_configurable():
    org = OrgContacts(["fatture", "legalmail.", "@acme.it"])
    assert org.is_role_mailbox("fatture@studio.it")
    assert org.is_role_mailbox("ufficio.gare@legalmail.acme.com")
    assert org.is_role_mailbox("m.rossi@acme.it")
    assert org.is_role_mailbox("info@x.it") and org.is_role_mailbox("protocollo@pec.comune.roma.it")
    assert not org.is_role_mailbox("mario.rossi@pec.it")  # a personal PEC at a provider
    assert not org.is_role_mailbox("anna.verdi@example.com")
    out = _anonymize("Fatture a fatture@studio.it, contabilità anna.verdi@example.com", org_mailboxes=["fatture"])
    assert "fatture@studio.it" in out and "anna.verdi@example.com" not in out


def test_cli_switch_reaches_infer_and_eval(tmp_path):
    runner = CliRunner()
    text = "Numero verde 800 91 84 27; il mio cell 347 123 4567"
    kept = json.loads(runner.invoke(app, ["infer", "-e", "rules", "-t", text]).stdout)
    redacted = json.loads(runner.invoke(app, ["infer", "-e", "rules", "--redact-org-contacts", "-t", text]).stdout)
    assert "800 91 84 27" in kept["anonymized_text"] and "347 123 4567" not in kept["anonymized_text"]
    assert "800 91 84 27" not in redacted["anonymized_text"]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "a",
                "lang": "it",
                "text": text,
                "pii": [{"value": "347 123 4567", "type": "PHONE", "start": 39, "end": 51}],
                "keep": ["800 91 84 27"],
            }
        )
        + "\n"
    )
    for flag, keep in (("--keep-org-contacts", 1.0), ("--redact-org-contacts", 0.0)):
        result = runner.invoke(app, ["eval", "-e", "rules", "--gold", str(gold), "--json", "-q", flag])
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert json.dumps(report).count('"keep"') >= 1
        assert _keep_rate(report) == keep


def _keep_rate(report: dict) -> float:
    system = report["systems"][0] if isinstance(report.get("systems"), list) else next(iter(report["systems"].values()))
    return system["metrics"]["keep"]["rate"] if "metrics" in system else system["keep"]["rate"]


@pytest.mark.parametrize("mobile", ["348 998 15 18", "345-1833824", "3776180266", "340 0547332"])
def test_italian_mobiles_are_not_read_as_uk_non_geographic_numbers(mobile):
    # "03489 981518" would be a UK UAN (organisation) number; written without the 0 it is not one.
    assert [s.type for s in RulesEngine().analyze(f"eccolo: {mobile} ok")] == ["PHONE"]


def test_number_read_in_the_documents_own_country_first():
    # 0331 is an Italian landline code (Varese) in an Italian letter, not a UK "03" organisation number.
    it = "Buongiorno, sono la sig.ra Bianchi, il mio numero di casa è 0331 1234567. Grazie e cordiali saluti."
    assert [s.type for s in RulesEngine().analyze(it) if s.type != "PERSON"] == ["PHONE"]


@pytest.mark.parametrize(
    ("text", "kept", "replaced"),
    [
        # A person's certified mail at a "pec." domain is still the person's.
        ("PEC: stefano.rinaldi@pec.example.com, protocollo@pec.comune.example.it", "protocollo@", "stefano.rinaldi@"),
        # "contact me at" ties even a role-looking address to the writer.
        ("Please contact me at hr.verify@example.com. Or write to info@example.com.", "info@", "hr.verify@"),
        # An office cue before a non-name mailbox; a name-like one stays personal.
        ("questions to the team mailbox sre@example.net or to anna.verdi@example.net", "sre@", "anna.verdi@"),
        # A booking line is an organisation's; a mobile after "our" is still someone's own.
        ("For changes contact reservations on 0131 496 0000. Our son: 07700 900456", "0131 496 0000", "07700"),
    ],
)
def test_org_and_personal_contacts_by_context(text, kept, replaced):
    out = _anonymize(text)
    assert kept in out and replaced not in out, out


def test_a_surname_that_is_also_a_service_word_ties_the_number_to_the_person():
    text = "Witness: Chloe Ward, 0113 496 0781. Contact me later."
    assert "0113 496 0781" not in _anonymize(text)


def test_a_fragment_of_a_role_mailbox_is_judged_as_the_whole_mailbox():
    """A student that types only "@pec.comune" of the address as EMAIL: the span is judged (and, in
    the merge step, widened to) the whole address, which stays an organisation's mailbox."""
    from distillery.pii.spans import Span

    text = "Inviare la domanda a protocollo@pec.comune.milano.it entro venerdì."
    start = text.index("@pec.comune")
    fragment = Span(start, start + len("@pec.comune"), "EMAIL")
    assert OrgContacts().is_org_contact(text, fragment)
    personal = "Scrivere a stefano.rinaldi@pec.comune.milano.it per la pratica."
    start = personal.index("@pec.comune")
    assert not OrgContacts().is_org_contact(personal, Span(start, start + len("@pec.comune"), "EMAIL"))
