"""Registration and application forms: a title, key: value fields, a consent line."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form, id_keys

KIND = "registration_form"
WEIGHT = 1.3
NO_PII_OK = False

B = {
    "it": {
        "title": Bank(
            "it.form.title",
            [
                "MODULO DI ISCRIZIONE",
                "Scheda di registrazione ospite",
                "Domanda di iscrizione al corso",
                "Richiesta tessera palestra {company}",
                "Modulo di adesione",
                "Iscrizione servizio mensa scolastica",
                "Registrazione nuovo utente",
                "Modulo check-in hotel",
                "Richiesta di residenza - Ufficio Anagrafe",
            ],
        ),
        "intro": Bank(
            "it.form.intro",
            [
                "Compilare in stampatello.",
                "I campi contrassegnati con * sono obbligatori.",
                "Il/La sottoscritto/a chiede di essere iscritto/a al servizio.",
                "Dati del richiedente",
                "Sezione A - Dati anagrafici",
                "Da consegnare in segreteria entro il {date}.",
            ],
        ),
        "outro": Bank(
            "it.form.outro",
            [
                "Il tesseramento ha validità annuale dalla data di iscrizione.",
                "Certificato medico sportivo consegnato: [X] sì [ ] no",
                "Allergie o intolleranze alimentari: nessuna",
                "Come ci hai conosciuto? [ ] social [X] passaparola [ ] volantino",
                "Autorizzo l'uso di foto e video per le attività dell'associazione: [ ] sì [X] no",
                "Quota associativa annuale: {amount}",
                "Modalità di pagamento: contanti / bonifico / POS",
                "Il modulo va consegnato in segreteria con due fototessere.",
                "Dichiaro di aver letto l'informativa privacy ai sensi dell'art. 13 del Reg. UE 2016/679.",
                "Quota di iscrizione: {amount}. Pagamento tramite bonifico o POS.",
                "Firma ______________  Data {date}",
                "Acconsento a ricevere comunicazioni commerciali: [X] sì [ ] no",
                "Allegare copia del documento di identità in corso di validità.",
                "Credenziali per l'area riservata: utente {p.user}, password {p.pwd}",
                "Riservato all'ufficio: pratica n. {protocol}",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.form.title",
            [
                "REGISTRATION FORM",
                "Guest registration card",
                "Course application form",
                "{company} gym membership",
                "Membership application",
                "School meals registration",
                "New user sign-up",
                "Hotel check-in form",
                "Electoral registration - {inst}",
            ],
        ),
        "intro": Bank(
            "en.form.intro",
            [
                "Please complete in BLOCK CAPITALS.",
                "Fields marked * are required.",
                "Applicant details",
                "Section A - Personal details",
                "Return to the office by {date}.",
                "About you",
            ],
        ),
        "outro": Bank(
            "en.form.outro",
            [
                "Membership is valid for 12 months from the date of joining.",
                "Medical declaration completed: [X] yes [ ] no",
                "Allergies or dietary requirements: none",
                "How did you hear about us? [ ] social media [X] friend [ ] leaflet",
                "I consent to photos being used for club activities: [ ] yes [X] no",
                "Annual membership: {amount}",
                "Payment: cash / bank transfer / card",
                "Return this form to reception with two passport photos.",
                "I confirm I have read the privacy notice.",
                "Registration fee: {amount}. Pay by card or bank transfer.",
                "Signature ______________  Date {date}",
                "I agree to receive marketing emails: [X] yes [ ] no",
                "Please attach a copy of valid photo ID.",
                "Portal login: username {p.user}, password {p.pwd}",
                "Office use only: ref {protocol}",
            ],
        ),
    },
}
OPTIONAL = (
    "phone",
    "email",
    "addr",
    "birthplace",
    "idcard",
    "passport",
    "gender",
    "job",
    "nationality",
    "iban",
    "plate",
    "card",
    "url",
)


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n")
    if ctx.chance(0.6):
        ctx.say(B_["intro"])
        b.raw("\n")
    b.raw("\n")
    keys = ["name"] + (["dob"] if ctx.chance(0.8) else [])
    keys += [k for k in id_keys(ctx) if ctx.chance(0.6)]
    keys += [k for k in OPTIONAL if ctx.chance(0.5)]
    form(ctx, keys)
    if ctx.chance(0.3):  # a second person: parent/guardian, partner, emergency contact
        b.raw(
            "\n"
            + ctx.choice(
                ("Genitore/Tutore", "Contatto di emergenza", "Accompagnatore")
                if ctx.lang == "it"
                else ("Parent/Guardian", "Emergency contact", "Second guest")
            )
            + "\n"
        )
        form(ctx, ["name", "phone"], head="p2")
    b.raw("\n")
    ctx.say_many(B_["outro"], ctx.rng.randint(3, 7), "\n")
