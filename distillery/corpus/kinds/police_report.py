# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Police reports and statements: identification of the person, narrative with vehicles, witnesses."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "police_report"
WEIGHT = 1.0
NO_PII_OK = False

B = {
    "it": {
        "head": Bank(
            "it.pol.head",
            [
                "VERBALE DI RICEZIONE DI DENUNCIA",
                "Denuncia di furto",
                "Verbale di sommarie informazioni",
                "{police}\nDenuncia-querela",
                "Relazione di servizio",
                "Denuncia di smarrimento",
                "Verbale di identificazione",
            ],
        ),
        "intro": Bank(
            "it.pol.intro",
            [
                "In data {date}, alle ore {time}, presso gli uffici ({police}), è presente {p.il} {p.title} {p.full}, nat{p.o} a {p.birthplace} il {p.dob}, residente in {p.addr}, identificat{p.o} mediante {p.idlabel} {p.idcard}, il/la quale dichiara quanto segue:",
                "Il giorno {date} alle ore {time} si presenta {p.full}, nat{p.o} il {p.dob}, C.F. {p.cf}, tel. {p.phone}, che denuncia quanto segue.",
                "Compare {p.upper}, nat{p.o} a {p.birthplace} il {p.dob}, domiciliat{p.o} in {p.addr}, identificat{p.o} a mezzo {p.idlabel} {p.idcard}.",
                "In data {date} alle ore {time} la pattuglia interveniva in {p.addr} su segnalazione di {p.full} (cell. {p.phone}).",
            ],
        ),
        "story": Bank(
            "it.pol.story",
            [
                "Ho notato due persone sospette che si allontanavano a bordo di uno scooter.",
                "Il telefono rubato è un iPhone con numero {p.phone}.",
                "Chi mi ha truffato si è presentato come {p2.full}, con l'email {p2.email}.",
                "Le telecamere del negozio potrebbero aver ripreso la scena.",
                "Ho subito contattato la banca per bloccare la carta.",
                "La vicina, signora {p2.last}, ha sentito dei rumori verso le {time2}.",
                "Dichiaro che nella notte tra il {date} e il giorno successivo ignoti hanno asportato la mia autovettura Fiat Panda targata {p.plate}, parcheggiata sotto casa.",
                "Verso le {time2} mi sono accorto che dal mio zaino mancava il portafoglio contenente la carta d'identità, la tessera sanitaria e circa {small_amount} in contanti.",
                "Nel portafoglio c'era anche la carta di credito n. {p.card}, che ho provveduto a bloccare.",
                "Sul posto era presente il sig. {p2.full}, nato il {p2.dob}, che ha assistito alla scena e si rende disponibile a testimoniare (tel. {p2.phone}).",
                "Il veicolo coinvolto, una Volkswagen Golf grigia targata {p2.plate}, si è allontanato senza fermarsi.",
                "Ho ricevuto numerosi messaggi da un profilo a nome {p2.user} che mi chiedeva denaro.",
                "Mi hanno chiesto tramite SMS di comunicare il codice ricevuto e la password del conto; ho comunicato la password {p.pwd} prima di capire che era una truffa.",
                "Sono stati effettuati due bonifici non autorizzati dal mio conto {p.iban} per un totale di {amount}.",
                "Non ho sospetti su persone determinate.",
                "Il danno complessivo è stimato in {amount2}.",
                "Il passaporto n. {p.passport} era custodito nella borsa.",
                "Preciso che la porta non presentava segni di effrazione.",
            ],
        ),
        "end": Bank(
            "it.pol.end",
            [
                "Letto, confermato e sottoscritto in data e luogo di cui sopra.",
                "Si rilascia copia al denunciante.",
                "Del che è verbale, chiuso alle ore {time3}.",
                "L'ufficiale di P.G. {me.title} {me.full}",
                "Il verbalizzante: Ass. {me.last}",
                "La presente denuncia viene trasmessa alla Procura della Repubblica presso il Tribunale di {city}.",
            ],
        ),
    },
    "en": {
        "head": Bank(
            "en.pol.head",
            [
                "WITNESS STATEMENT",
                "Crime report",
                "Incident report",
                "{police} - Statement of complainant",
                "Lost property report",
                "Police report - theft from vehicle",
                "Officer's notes",
            ],
        ),
        "intro": Bank(
            "en.pol.intro",
            [
                "Statement of {p.full}, date of birth {p.dob}, of {p.addr}, taken at {time} on {date}.",
                "On {date} at approximately {time}, {p.full} (DOB {p.dob}, tel. {p.phone}) attended the station to report the following.",
                "Complainant: {p.upper}, born {p.dob}, residing at {p.addr}, identified by {p.idlabel} {p.idcard}.",
                "On {date} at {time} officers attended {p.addr} following a call from {p.full} ({p.phone}).",
            ],
        ),
        "story": Bank(
            "en.pol.story",
            [
                "I saw two people leaving on a moped.",
                "The stolen phone is an iPhone, number {p.phone}.",
                "The person who scammed me called himself {p2.full}, email {p2.email}.",
                "The shop's CCTV may have caught it.",
                "I called my bank straight away to block the card.",
                "My neighbour, Mrs {p2.last}, heard noises at about {time2}.",
                "Overnight between {date} and the following day my car, a grey Ford Focus registration {p.plate}, was taken from outside my house.",
                "At around {time2} I realised my wallet was missing from my bag, with my driving licence, bank cards and about {small_amount} in cash.",
                "My credit card, number {p.card}, was in the wallet; I have cancelled it.",
                "A witness, {p2.full}, born {p2.dob}, saw what happened and is willing to give a statement ({p2.phone}).",
                "The other vehicle, a white van registration {p2.plate}, drove off without stopping.",
                "I received messages from an account called {p2.user} asking me for money.",
                "A caller pretending to be from my bank asked for my online banking password and I gave them {p.pwd} before realising.",
                "Two transfers I did not authorise were made from my account {p.iban}, totalling {amount}.",
                "I have no idea who is responsible.",
                "The total loss is estimated at {amount2}.",
                "My passport, number {p.passport}, was in the bag.",
                "There was no sign of forced entry.",
            ],
        ),
        "end": Bank(
            "en.pol.end",
            [
                "This statement is true to the best of my knowledge and belief.",
                "Crime reference: {protocol}.",
                "Statement concluded at {time3}.",
                "Taken by PC {me.last}, collar number 4{n}17.",
                "Officer in charge: DS {me.full}",
                "The complainant was given a victim care leaflet.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["head"])
    b.raw("\n\n")
    ctx.say(B_["intro"])
    b.raw("\n\n" if ctx.chance(0.5) else "\n")
    mixed(
        ctx,
        B_["story"],
        ctx.rng.randint(3, 6),
        sep=" " if ctx.chance(0.6) else "\n",
        who="p",
        families=("documents", "contact"),
        share=0.2,
    )
    b.raw("\n\n")
    ctx.say_many(B_["end"], ctx.rng.randint(1, 2), "\n")
