# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Formal letters: a lawyer's notice (diffida), a debt collection letter, a GDPR access request."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "legal_notice"
WEIGHT = 0.8
NO_PII_OK = False

B = {
    "it": {
        "head": Bank(
            "it.legal.head",
            [
                "RACCOMANDATA A/R anticipata via PEC",
                "Oggetto: diffida ad adempiere",
                "Oggetto: messa in mora - pratica {protocol}",
                "Oggetto: sollecito di pagamento e preavviso di azione legale",
                "Oggetto: contestazione addebiti",
            ],
        ),
        "from": Bank(
            "it.legal.from",
            [
                "Il sottoscritto Avv. {me.full}, con studio in {me.addr}, in nome e per conto del/della sig./sig.ra {p.full} (C.F. {p.cf}),",
                "Io sottoscritt{p.o} {p.full}, nat{p.o} a {p.birthplace} il {p.dob}, residente in {p.addr},",
                "Lo Studio Legale {me.last} & Associati, nell'interesse di {p.full}, residente in {p.addr},",
                "La società di recupero crediti {company}, per conto di {brand},",
                "{p.full}, codice fiscale {p.cf}, cliente n. {order},",
            ],
        ),
        "body": Bank(
            "it.legal.body",
            [
                "premesso che in data {date} è stato sottoscritto il contratto n. {order} per un importo di {amount},",
                "rilevato che, nonostante i solleciti, la somma di {amount} risulta tuttora non corrisposta,",
                "con la presente Vi diffida ad adempiere entro {days} giorni dal ricevimento della presente,",
                "in difetto, si procederà senza ulteriore avviso nelle competenti sedi giudiziarie, con aggravio di spese.",
                "Il pagamento potrà essere effettuato sul conto IBAN {me.iban} intestato allo studio.",
                "Si precisa che il debito riguarda la fattura {invoice} del {date2}.",
                "Per ogni comunicazione si indica l'indirizzo PEC {me.email}.",
                "La presente vale quale atto interruttivo della prescrizione.",
                "In allegato copia del documento di identità ({p.idcard}).",
            ],
        ),
        "sign": Bank(
            "it.legal.sign",
            [
                "Distinti saluti.\nAvv. {me.full}",
                "In fede,\n{p.full}",
                "{city}, {date}\n\n{p.full}",
                "Ufficio Legale - {company}",
                "Cordiali saluti\nStudio Legale {me.last}",
            ],
        ),
    },
    "en": {
        "head": Bank(
            "en.legal.head",
            [
                "LETTER BEFORE ACTION",
                "Re: Notice of outstanding debt - ref {protocol}",
                "FINAL DEMAND",
                "Re: Formal complaint",
                "WITHOUT PREJUDICE",
            ],
        ),
        "from": Bank(
            "en.legal.from",
            [
                "We act for {p.full} of {p.addr} in connection with the matter above.",
                "I, {p.full}, born {p.dob}, of {p.addr}, write to you as follows.",
                "{me.last} & Co Solicitors write on behalf of our client, {p.full}.",
                "{company} writes on behalf of {brand} regarding your account {order}.",
                "I am writing as a customer, {p.full}, account number {order}.",
            ],
        ),
        "body": Bank(
            "en.legal.body",
            [
                "On {date} you entered into agreement {order} for the sum of {amount}.",
                "Despite reminders, {amount} remains unpaid.",
                "Unless payment is received within {days} days, we will issue proceedings without further notice.",
                "Payment should be made to IBAN {me.iban}, quoting reference {protocol}.",
                "The debt relates to invoice {invoice} dated {date2}.",
                "Please reply to {me.email}.",
                "This letter may be produced to the court on the question of costs.",
                "A copy of my passport ({p.passport}) is enclosed to verify my identity.",
            ],
        ),
        "sign": Bank(
            "en.legal.sign",
            [
                "Yours faithfully,\n{me.full}\nSolicitor",
                "Yours sincerely,\n{p.full}",
                "{date}\n\n{p.full}",
                "Legal Department, {company}",
                "Kind regards,\n{me.last} & Co",
            ],
        ),
    },
}


SAR = {  # data subject access requests: the writer is the data subject
    "it": (
        Bank(
            "it.legal.sar.head",
            [
                "Oggetto: richiesta di accesso ai dati personali ai sensi dell'art. 15 GDPR",
                "Oggetto: esercizio dei diritti dell'interessato",
                "Oggetto: richiesta di cancellazione dei dati (art. 17 GDPR)",
                "Alla c.a. del Responsabile della protezione dei dati",
            ],
        ),
        Bank(
            "it.legal.sar.body",
            [
                "Io sottoscritt{p.o} {p.full}, nat{p.o} a {p.birthplace} il {p.dob}, residente in {p.addr}, chiedo di conoscere quali dati personali che mi riguardano sono trattati.",
                "Chiedo inoltre le finalità del trattamento, i destinatari e il periodo di conservazione.",
                "Il mio codice cliente è {order} e l'email registrata è {p.email}.",
                "Chiedo la cancellazione dei dati relativi al vecchio indirizzo email {p.email2} e al numero {p.phone}.",
                "Allego copia del documento di identità n. {p.idcard}.",
                "Vi ricordo che il termine per la risposta è di 30 giorni.",
                "In mancanza di riscontro mi rivolgerò al Garante per la protezione dei dati personali.",
                "La risposta può essere inviata a {p.email} oppure a {p.addr}.",
            ],
        ),
    ),
    "en": (
        Bank(
            "en.legal.sar.head",
            [
                "Subject access request under Article 15 UK GDPR",
                "Re: Exercise of my data protection rights",
                "Request for erasure (Article 17 GDPR)",
                "FAO: Data Protection Officer",
            ],
        ),
        Bank(
            "en.legal.sar.body",
            [
                "I, {p.full}, born {p.dob}, of {p.addr}, request a copy of all personal data you hold about me.",
                "Please also tell me the purposes, the recipients and how long you keep it.",
                "My customer number is {order} and my registered email is {p.email}.",
                "Please erase the data linked to my old email, {p.email2}, and my number {p.phone}.",
                "A copy of my passport ({p.passport}) is enclosed to verify my identity.",
                "You must respond within one month.",
                "If I do not hear from you I will complain to the Information Commissioner's Office.",
                "Please reply to {p.email} or by post to {p.addr}.",
            ],
        ),
    ),
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    if ctx.chance(0.3):
        head, body = SAR[ctx.lang]
        ctx.write("Spett.le {company2}\n{date}\n\n" if ctx.lang == "it" else "{company2}\n{date}\n\n")
        ctx.say(head)
        b.raw("\n\n")
        ctx.say_many(body, ctx.rng.randint(3, 6), "\n" if ctx.chance(0.5) else " ")
        b.raw("\n\n")
        ctx.write("Distinti saluti\n{p.full}" if ctx.lang == "it" else "Yours faithfully,\n{p.full}")
        return
    if ctx.chance(0.6):
        ctx.write("Spett.le {company2}\n" if ctx.lang == "it" else "{company2}\n")
        ctx.write("{date}\n\n")
    ctx.say(B_["head"])
    b.raw("\n\n")
    ctx.say(B_["from"])
    b.raw("\n")
    ctx.say_many(B_["body"], ctx.rng.randint(3, 6), "\n" if ctx.chance(0.5) else " ")
    b.raw("\n\n")
    ctx.say(B_["sign"])
