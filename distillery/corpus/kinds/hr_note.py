# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""HR notes: leave requests, onboarding records, performance notes, payroll changes."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form

KIND = "hr_note"
WEIGHT = 1.0
NO_PII_OK = True

B = {
    "it": {
        "title": Bank(
            "it.hr.title",
            [
                "Nota HR",
                "Scheda nuovo assunto",
                "Richiesta ferie",
                "Colloquio di valutazione annuale",
                "Variazione dati retributivi",
                "Verbale di colloquio",
                "Comunicazione interna - Ufficio Personale",
            ],
        ),
        "body": Bank(
            "it.hr.body",
            [
                "{p.first} ha superato il periodo di prova con valutazione positiva.",
                "Il rimborso chilometrico di {amount} sarà liquidato con la busta paga di {monthyear}.",
                "Richiesta di trasferimento alla sede di {city} in valutazione.",
                "{p.full} ha presentato le dimissioni con preavviso di {days} giorni.",
                "Segnalato un infortunio sul lavoro il {date}, denuncia inviata all'INAIL.",
                "Il corso sulla sicurezza è stato completato il {date2}.",
                "Il nuovo indirizzo email aziendale è {p.work_email}.",
                "Maternità dal {date} al {date2}; sostituzione affidata a {p2.full}.",
                "{p.full} prende servizio il {date} come {impiegata amministrativa|addetto magazzino|sviluppatore junior|assistente commerciale} presso la sede di {city}.",
                "Il dipendente {p.full} chiede {days} giorni di ferie dal {date} al {date2}.",
                "Colloquio svolto con {p.first} alla presenza di {role}: obiettivi raggiunti all'{pct}.",
                "{p.last} ha comunicato il nuovo IBAN per l'accredito dello stipendio: {p.iban}.",
                "Si segnala che {p.first} {p.last} sarà in congedo parentale da {monthyear}.",
                "La RAL concordata è di {big_amount}, con un premio di risultato fino al {pct}.",
                "Il responsabile diretto è {p2.full}, che seguirà l'affiancamento nelle prime settimane.",
                "Il badge è stato consegnato; credenziali di rete: utente {p.user}, password provvisoria {p.pwd}.",
                "Documentazione ricevuta: copia del documento ({p.idcard}), codice fiscale {p.cf}, permesso di soggiorno non necessario.",
                "Contatto di emergenza: {p2.full}, {p2.phone}.",
                "Il certificato medico (prognosi di {days} giorni) è stato trasmesso all'INPS.",
                "In sede di colloquio {p.first} ha chiesto di passare al part-time al {pct}.",
                "Si ricorda che le richieste di ferie vanno inserite nel portale almeno {days} giorni prima.",
                "Il piano di formazione prevede {n} moduli sulla sicurezza entro {monthyear}.",
                "La valutazione complessiva è positiva; da migliorare la puntualità nella consegna dei report.",
                "Residenza aggiornata in {p.addr}.",
                "Il contratto a tempo determinato scade il {date2} ed è prevista la trasformazione a tempo indeterminato.",
            ],
        ),
        "sign": Bank(
            "it.hr.sign",
            [
                "Ufficio Risorse Umane",
                "{me.full} - HR Business Partner",
                "Per l'Ufficio Personale, {me.full}",
                "HR {company}",
                "{me.initial}, Risorse Umane",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.hr.title",
            [
                "HR note",
                "New starter form",
                "Annual leave request",
                "Annual performance review",
                "Payroll change",
                "Meeting record",
                "Internal memo - People Team",
            ],
        ),
        "body": Bank(
            "en.hr.body",
            [
                "{p.first} has passed probation with a good review.",
                "Mileage claim of {amount} will be paid in the {monthyear} payroll.",
                "Request to transfer to the {city} office under review.",
                "{p.full} has resigned with {days} days' notice.",
                "Workplace accident reported on {date}; RIDDOR report filed.",
                "Health and safety training completed on {date2}.",
                "New work email: {p.work_email}.",
                "Maternity leave from {date} to {date2}; cover by {p2.full}.",
                "{p.full} starts on {date} as {an accounts assistant|a warehouse operative|a junior developer|a sales associate} at the {city} office.",
                "{p.full} has requested {days} days' annual leave from {date} to {date2}.",
                "Review held with {p.first}, {role} present: objectives {pct} achieved.",
                "{p.last} has provided new bank details for salary payments: {p.iban}.",
                "{p.first} {p.last} will be on parental leave from {monthyear}.",
                "Agreed salary is {big_amount} with a bonus of up to {pct}.",
                "Line manager is {p2.full}, who will handle the induction.",
                "Badge issued; network login: {p.user}, temporary password {p.pwd}.",
                "Right-to-work checks done: passport {p.passport}, {p.ssnlabel} {p.ssn}.",
                "Emergency contact: {p2.full}, {p2.phone}.",
                "Fit note ({days} days) received and logged.",
                "{p.first} asked to move to part-time hours ({pct}).",
                "Leave requests must be submitted at least {days} days in advance.",
                "The training plan includes {n} health and safety modules by {monthyear}.",
                "Overall rating: meets expectations; report deadlines to improve.",
                "Home address updated to {p.addr}.",
                "The fixed-term contract ends on {date2} and is expected to become permanent.",
            ],
        ),
        "sign": Bank(
            "en.hr.sign",
            [
                "People Team",
                "{me.full}, HR Business Partner",
                "For HR, {me.full}",
                "HR - {company}",
                "{me.initial}, Human Resources",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n")
    if ctx.chance(0.5):
        keys = ["name", "date"] + [k for k in ("phone", "email", "addr", "iban", "dob") if ctx.chance(0.35)]
        form(ctx, keys)
    b.raw("\n")
    n = ctx.rng.randint(5, 9)
    if ctx.chance(0.4):
        bullet = ctx.choice(("- ", "• ", "* "))
        for _ in range(n):
            b.raw(bullet)
            ctx.say(B_["body"])
            b.raw("\n")
    else:
        mixed(ctx, B_["body"], n, families=("plain",), share=0.2)
        b.raw("\n")
    b.raw("\n")
    ctx.say(B_["sign"])
