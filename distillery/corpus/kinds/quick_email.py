"""Short work and personal e-mails where names sit in the greeting and the signature ("Ciao Marta,",
"Cheers,\\nTom", "Gentile Dott.ssa Rossi,") next to honorifics, job titles and organisations that
are not part of the name ("Head of Sales", "Associate Professor", "COMUNE DI BERGAMO")."""

from __future__ import annotations

from ..data.hard_negatives import HONORIFICS
from ..data.nicknames import chat_first_name
from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import sep

KIND = "quick_email"
WEIGHT = 1.5
NO_PII_OK = True

B = {
    "it": {
        "subject": Bank(
            "it.qmail.subject",
            [
                "Oggetto: riunione di {weekday}",
                "Oggetto: preventivo {shop}",
                "Oggetto: R: pratica {org}",
                "Oggetto: trasferta a {place}",
                "Oggetto: I: comunicazione {org_up}",
                "Oggetto: cena di sabato",
                "Oggetto: aggiornamento",
                "Oggetto: documenti per {org}",
            ],
        ),
        "greet": Bank(
            "it.qmail.greet",
            [
                "Ciao {p.first},",
                "Ciao {p.nick}!",
                "Ciao {p.nick},",
                "Buongiorno {p.first},",
                "Car{p.o} {p.first},",
                "Gentile {p.dr} {p.last},",
                "Gentile {p.title} {p.last},",
                "Buongiorno {p.title} {p.full},",
                "Ciao {p.first} e {p2.first},",
                "Buonasera {p.first},",
                "{p.first}, ciao!",
                "Buongiorno a tutti,",
                "Spett.le {org},",
                "Gentile {jobtitle},",
                "Gentile cliente,",
                "Ciao a tutti,",
            ],
        ),
        "body": Bank(
            "it.qmail.body",
            [
                "Ho parlato con il nostro {jobtitle}, {p2.full}, che ti scriverà a breve.",
                "{p2.full}, {jobtitle} di {company}, ci ha chiesto un incontro a {place} il {date}.",
                "Ti inoltro la comunicazione ricevuta da {org}: la pratica {protocol} è stata accolta.",
                "In allegato il modulo di {org_up} da firmare entro il {date}.",
                "La riunione con {company} è spostata a {weekday} alle {time}.",
                "Il mio nuovo numero è {me.phone}, quello vecchio non lo uso più.",
                "Puoi scrivere a {p2.first} direttamente: {p2.email}.",
                "La {car} aziendale è in officina fino al {date}; per urgenze chiama {p2.nick} al {p2.phone}.",
                "Ho prenotato un tavolo da {shop} per giovedì, a nome {me.last}.",
                "Il codice della porta dell'ufficio è cambiato: ora è {me.pin}.",
                "Ti confermo la trasferta a {place} dal {date}; l'auto a noleggio ({car}) è già prenotata.",
                "Per il rimborso mi serve l'IBAN: è ancora {p.iban}?",
                "Ho sentito {roleref} e dice che va bene.",
                "Nessuna novità da {org}, ti aggiorno appena so qualcosa.",
                "Grazie ancora per l'ospitalità in {region}!",
                "Quando passi da {landmark} fammi un fischio.",
                "Il preventivo di {shop} è di {amount}, IVA inclusa.",
                "Ti ricordo che il pacco va ritirato in {me.addr}.",
                "Ho girato la tua richiesta all'{jobtitle}, ti faccio sapere.",
                "Abbiamo aggiornato il listino {model}: trovi tutto sul portale.",
                "{p2.nick} dice che la password del wifi della sala riunioni è {secret}.",
            ],
        ),
        "close": Bank(
            "it.qmail.close",
            ["Grazie,", "Grazie mille,", "Un saluto,", "Cordiali saluti,", "A presto,", "Buona giornata,", "Saluti,"],
        ),
        "sign": Bank(
            "it.qmail.sign",
            [
                "{me.first}",
                "{me.nick}",
                "{me.full}",
                "{me.full}\n{jobtitle2}\n{org2}",
                "{me.full}\n{jobtitle2} | {company2}\nTel. {me.phone}",
                "{me.first}\n\n--\n{me.full}\n{jobtitle2}, {company}\n{me.work_email}",
                "{me.full}\n{jobtitle2}\n{company2}\n{me.addr_ml}",
                "{me.dr} {me.full}\n{jobtitle2}\n{hospital}",
                "{me.title} {me.full}",
                "{me.first} ({jobtitle2}, {org2})",
                "{me.initial}",
                "{jobtitle2}\n{org2}",
                "Ufficio Relazioni con il Pubblico\n{org2}",
                "Il team di {company2}",
            ],
        ),
    },
    "en": {
        "subject": Bank(
            "en.qmail.subject",
            [
                "Subject: {weekday} meeting",
                "Subject: quote from {shop}",
                "Subject: RE: {org} form",
                "Subject: trip to {place}",
                "Subject: FW: letter from {org_up}",
                "Subject: dinner on saturday",
                "Subject: quick update",
                "Subject: documents for {org}",
            ],
        ),
        "greet": Bank(
            "en.qmail.greet",
            [
                "Hi {p.first},",
                "Hey {p.nick},",
                "Hi {p.nick}!",
                "Dear {p.first},",
                "Dear {p.title} {p.last},",
                "Dear {p.dr} {p.last},",
                "Hello {p.first} and {p2.first},",
                "Morning {p.first},",
                "Dear Professor {p.last},",
                "{p.first} -",
                "Hi all,",
                "Dear Sir or Madam,",
                "Dear {jobtitle},",
                "Hello team,",
                "To whom it may concern,",
            ],
        ),
        "body": Bank(
            "en.qmail.body",
            [
                "I spoke to our {jobtitle}, {p2.full}, who will be in touch shortly.",
                "{p2.full}, {jobtitle} at {company}, has asked to meet in {place} on {date}.",
                "Forwarding the letter from {org}: application {protocol} has been approved.",
                "Attached is the {org_up} form, to be signed by {date}.",
                "The meeting with {company} has moved to {weekday} at {time}.",
                "My new number is {me.phone}, I no longer use the old one.",
                "You can email {p2.first} directly: {p2.email}.",
                "The pool car ({car}) is in the garage until {date}; for anything urgent call {p2.nick} on {p2.phone}.",
                "I've booked a table at {shop} for Thursday under {me.last}.",
                "The office door code has changed, it's now {me.pin}.",
                "Your trip to {place} from {date} is confirmed; the hire car ({car}) is booked.",
                "For the refund I need your bank details: is it still {p.iban}?",
                "I checked with {roleref} and it's fine.",
                "Nothing new from {org} yet, I'll let you know as soon as I hear.",
                "Thanks again for having us in {region}!",
                "Give me a shout when you're near {landmark}.",
                "The quote from {shop} is {amount} including VAT.",
                "Just a reminder the parcel is at {me.addr}.",
                "I've passed your request to the {jobtitle} and will get back to you.",
                "We've updated the {model} price list, it's all on the portal.",
                "{p2.nick} says the meeting room wifi password is {secret}.",
            ],
        ),
        "close": Bank(
            "en.qmail.close",
            ["Cheers,", "Best,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,", "Speak soon,"],
        ),
        "sign": Bank(
            "en.qmail.sign",
            [
                "{me.first}",
                "{me.nick}",
                "{me.full}",
                "{me.full}\n{jobtitle2}\n{org2}",
                "{me.full}\n{jobtitle2} | {company2}\nM: {me.phone}",
                "{me.first}\n\n--\n{me.full}\n{jobtitle2}, {company}\n{me.work_email}",
                "{me.full}\n{jobtitle2}\n{company2}\n{me.addr_ml}",
                "{me.dr} {me.full}\n{jobtitle2}\n{hospital}",
                "{me.title} {me.full}",
                "{me.first} ({jobtitle2}, {org2})",
                "{me.initial}",
                "{jobtitle2}\n{org2}",
                "Customer Services\n{org2}",
                "The {company2} team",
            ],
        ),
    },
}
SENT_FROM = {"it": ("Inviato da iPhone", "Inviato dal mio smartphone Samsung"), "en": ("Sent from my iPhone",)}


def _greeting(ctx: Ctx, bank: Bank) -> None:
    """A greeting from the bank, or an honorific before the surname ("Gentile Dott.ssa Rossi,")."""
    if not ctx.no_pii and ctx.chance(0.25):
        p = ctx.person("p")
        ctx.b.text(ctx.choice(HONORIFICS[ctx.lang][p.gender]) + " ")
        ctx.write("{p.last}")
        ctx.b.raw(",")
    else:
        ctx.say(bank)


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    for head in ("p", "me"):  # "Hi Will," / "Cheers,\nGrace"
        chat_first_name(ctx, ctx.person(head), 0.2)
    if ctx.chance(0.4):
        ctx.say(B_["subject"])
        b.raw("\n\n")
    _greeting(ctx, B_["greet"])
    sep(ctx)
    ctx.say_many(B_["body"], ctx.rng.randint(1, 3), " ")
    if ctx.chance(0.4):
        sep(ctx)
        ctx.say_many(B_["body"], ctx.rng.randint(1, 2), " ")
    sep(ctx)
    ctx.say(B_["close"])
    part = ctx.pick(B_["sign"])
    if part is None:
        return
    one_line = "\n" not in part.value
    b.raw(ctx.choice(("\n", "\n", "\n\n", " " if one_line else "\n")))  # "Cheers,\nTom" or "Cheers, Tom"
    ctx.render(part.nodes or ())
    if ctx.chance(0.15):
        b.raw("\n\n")
        b.text(ctx.choice(SENT_FROM[ctx.lang]))
