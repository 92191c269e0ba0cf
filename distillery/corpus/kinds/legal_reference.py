# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Privacy notices, contract clauses and blank forms: laws and regulations cited with their numbers
and dates ("D.Lgs. 196/2003, art. 13", "GDPR Art. 6(1)(f)"), controllers, law firms, funds and
departments, and the labels of personal-data fields (DOB, SSN, Cognome:) beside empty fields.
When a form is filled in, only what is written in the fields is personal data."""

from __future__ import annotations

from ..data import hard_negatives as HN
from ..data import numbers as NUM
from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import numbers_only

KIND = "legal_reference"
WEIGHT = 1.3
NO_PII_OK = True

CITE_FAMILIES = ("law", "date", "n", "days", "year", "pct", "amount", "big_amount", "vat", "dept", "hours")

TITLE = {
    "it": Bank(
        "it.lref.title",
        [
            "INFORMATIVA SUL TRATTAMENTO DEI DATI PERSONALI\nRiferimento normativo: {law}",
            "{org_up}\n{dept_up}\nModulo di richiesta - prot. {protocol}",
            "CONTRATTO DI FORNITURA N. {invoice}\ntra {company} e {company2}",
            "{lawfirm}\nParere - {law}",
            "Regolamento del {fund} - versione del {date}",
            "CONDIZIONI GENERALI DI VENDITA\n{shop_up} - aggiornate al {date}",
            "{bank_any}\nFoglio informativo n. {n}{n2} - aggiornato al {date}",
            "{hospital_any} - {dept}\nModulo di consenso informato (rev. {year})",
            "REGOLAMENTO INTERNO\n{company} - approvato il {date}",
            "{org}\nBando pubblico n. {protocol} - scadenza {date2}",
        ],
    ),
    "en": Bank(
        "en.lref.title",
        [
            "PRIVACY NOTICE\nunder {law}",
            "{org_up}\n{dept_up}\nApplication form - ref. {protocol}",
            "SUPPLY AGREEMENT NO. {invoice}\nbetween {company} and {company2}",
            "{lawfirm}\nMemo on {law}",
            "{fund} scheme rules - version of {date}",
            "TERMS AND CONDITIONS OF SALE\n{shop_up} - updated {date}",
            "{bank_any}\nKey facts document no. {n}{n2} - updated {date}",
            "{hospital_any} - {dept}\nConsent form (rev. {year})",
            "STAFF HANDBOOK\n{company} - approved {date}",
            "{org}\nInvitation to tender ref. {protocol} - closes {date2}",
        ],
    ),
}
CLAUSE = {
    "it": Bank(
        "it.lref.clause",
        [
            "Titolare del trattamento: {company}, con sede a {place} (rif. normativo: {law}).",
            "I dati sono trattati secondo la normativa vigente ({law}) e conservati per {n} anni.",
            "Art. {n}. Il corrispettivo è fissato in {big_amount} oltre IVA al {vat}, pagabile entro {days} giorni.",
            "In caso di ritardo si applicano gli interessi di cui al D.Lgs. 231/2002, art. {n}.",
            "L'interessato può esercitare i diritti previsti dagli artt. 15-22 del Reg. (UE) 2016/679 scrivendo al {dept}.",
            "Per le controversie è competente in via esclusiva il Foro di {place}.",
            "Il contratto ha durata di {n} anni a decorrere dal {date} e si rinnova tacitamente salvo disdetta entro {days} giorni.",
            "Diritto di recesso ({law}): esercitabile entro {days} giorni dal ricevimento della merce.",
            "La presente informativa sostituisce quella del {date2}, ex {law2}.",
            "I contributi versati al {fund} sono deducibili nel limite di 5.164,57 euro annui.",
            "Responsabile della protezione dei dati (DPO): {lawfirm}.",
            "Il tasso annuo nominale è pari al {pct}; TAEG {pct2}, come da {law}.",
            "La garanzia legale di conformità dura {n} mesi dalla consegna ({law}).",
            "Il modulo va consegnato all'{dept} entro il {date2}, orari {hours}.",
            "Le sanzioni vanno da {amount} a {big_amount} ai sensi dell'art. {n}{n2} del {law}.",
            "Il fornitore garantisce un livello di servizio del 99,{n}% su base mensile.",
            "Le fatture sono emesse entro il giorno {n} del mese successivo con IVA al {vat}.",
            "La polizza n. {policy} è stipulata con {company2} per un massimale di {big_amount}.",
            "Eventuali modifiche saranno comunicate con {days} giorni di preavviso.",
            "Il presente regolamento entra in vigore il {date2} e abroga quello del {year}.",
        ],
    ),
    "en": Bank(
        "en.lref.clause",
        [
            "The controller is {company}, based in {place}, under {law}.",
            "Data are processed on the basis of {law} and kept for {n} years.",
            "Clause {n}. The fee is {big_amount} plus VAT at {vat}, payable within {days} days.",
            "Late payments bear interest under the Late Payment of Commercial Debts (Interest) Act 1998, s. {n}.",
            "You may exercise your rights under Articles 15 to 22 of Regulation (EU) 2016/679 by writing to {dept}.",
            "The courts of {place} have exclusive jurisdiction.",
            "This agreement runs for {n} years from {date} and renews automatically unless terminated {days} days in advance.",
            "Under {law} you may cancel within {days} days of delivery.",
            "This notice replaces the one dated {date2}, issued under {law2}.",
            "Contributions to the {fund} are capped at {amount} per year.",
            "Data Protection Officer: {lawfirm}.",
            "The nominal annual rate is {pct}; APR {pct2}, as required by {law}.",
            "Goods must conform to contract for {n} years from delivery ({law}).",
            "Return this form to {dept} by {date2}, open {hours}.",
            "Fines range from {amount} to {big_amount} under section {n}{n2} of the {law}.",
            "The supplier commits to 99.{n}% monthly availability.",
            "Invoices are issued by day {n} of the following month with VAT at {vat}.",
            "Policy {policy} is underwritten by {company2} with a limit of {big_amount}.",
            "Any change will be notified {days} days in advance.",
            "These rules take effect on {date2} and replace those of {year}.",
        ],
    ),
}
BLANKS = ("________________", "..............................", "[ ]", "__ / __ / ____", "__________")


def build(ctx: Ctx) -> None:
    numbers_only(ctx)
    b = ctx.b
    lang = ctx.lang
    ctx.say(TITLE[lang])
    b.raw("\n\n")
    for _ in range(ctx.rng.randint(2, 4)):
        ctx.forget(*CITE_FAMILIES)
        ctx.say(CLAUSE[lang])
        b.raw(ctx.style.para_sep)
    if ctx.chance(0.5):
        ctx.write("Riferimenti normativi: {law3}; {law4}." if lang == "it" else "Legal references: {law3}; {law4}.")
        b.raw(ctx.style.para_sep)
    if not ctx.no_pii or ctx.chance(0.6):
        _form(ctx)


def _form(ctx: Ctx) -> None:
    """Field labels (keep strings) beside empty fields; in a document with personal data some fields
    are filled in, and only what is written in them is personal data."""
    b = ctx.b
    b.raw("\n")
    fill = not ctx.no_pii
    labels = HN.pool(ctx, NUM.FORM_LABELS)
    attrs = NUM.FORM_ATTR[ctx.lang]
    upper = ctx.chance(0.2)
    filled = 0
    for label in ctx.rng.sample(labels, min(len(labels), ctx.rng.randint(3, 6))):
        b.keep(label.upper() if upper else label)
        b.raw(ctx.choice((": ", ":", " ")) if not label.endswith(".") else " ")
        attr = attrs[label]
        if fill and attr and (not filled or ctx.chance(0.4)):
            filled += 1
            ctx.write("{p.%s}" % (("cf" if ctx.lang == "it" else "ssn") if attr == "id" else attr))
        elif ctx.chance(0.7):
            b.raw(ctx.choice(BLANKS))
        b.raw("\n")
