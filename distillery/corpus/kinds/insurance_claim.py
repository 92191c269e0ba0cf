# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Insurance claims: policy (kept), claimant, vehicles and plates, what happened, refund IBAN."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form

KIND = "insurance_claim"
WEIGHT = 1.0
NO_PII_OK = False

B = {
    "it": {
        "title": Bank(
            "it.ins.title",
            [
                "DENUNCIA DI SINISTRO",
                "Modulo di constatazione amichevole (CAI) - dichiarazione",
                "Richiesta di rimborso spese mediche",
                "Apertura sinistro n. {protocol}",
                "Segnalazione danno da acqua",
                "Richiesta di indennizzo",
            ],
        ),
        "story": Bank(
            "it.ins.story",
            [
                "L'auto è ferma in carrozzeria a {city} in attesa di perizia.",
                "Il conducente dell'altro veicolo ha ammesso la responsabilità.",
                "Il danno all'immobile riguarda il soffitto della cucina e del bagno.",
                "Allego la denuncia presentata ai Carabinieri.",
                "Non ho altre polizze che coprono lo stesso rischio.",
                "Il sinistro è avvenuto alle {time}, con pioggia e scarsa visibilità.",
                "Il giorno {date} alle ore {time}, in via Garibaldi a {city}, il veicolo targato {p.plate} condotto da {p.full} veniva tamponato dal veicolo targato {p2.plate}.",
                "Il conducente dell'altro veicolo, {p2.full}, nato il {p2.dob}, assicurato con {company}, ha firmato il modulo CAI.",
                "Nell'appartamento di {p.addr} si è verificata un'infiltrazione d'acqua dal piano superiore.",
                "Le spese mediche sostenute ammontano a {amount}, come da fatture allegate.",
                "Testimone: {p3.full}, tel. {p3.phone}.",
                "I danni al paraurti posteriore sono stimati in {amount2} dalla carrozzeria.",
                "Non ci sono stati feriti.",
                "Chiedo che l'indennizzo venga accreditato sull'IBAN {p.iban} intestato a {p.full}.",
                "La polizza n. {policy} è in regola con i pagamenti.",
                "Allego foto, preventivo e copia della patente ({p.idcard}).",
                "Il perito può contattarmi al {p.phone} o a {p.email}.",
                "La franchigia prevista dal contratto è di {small_amount}.",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.ins.title",
            [
                "CLAIM FORM",
                "Motor claim - driver's statement",
                "Medical expenses claim",
                "Claim ref {protocol}",
                "Escape of water claim",
                "Request for settlement",
            ],
        ),
        "story": Bank(
            "en.ins.story",
            [
                "The car is at a garage in {city} awaiting inspection.",
                "The other driver admitted liability.",
                "The damage is to the kitchen and bathroom ceilings.",
                "I attach the police report.",
                "I have no other policy covering the same risk.",
                "It happened at {time}, in heavy rain and poor visibility.",
                "On {date} at {time} on the High Street in {city}, vehicle {p.plate} driven by {p.full} was hit from behind by vehicle {p2.plate}.",
                "The other driver, {p2.full}, born {p2.dob}, insured with {company}, exchanged details at the scene.",
                "Water came through the ceiling at {p.addr} from the flat above.",
                "Medical expenses come to {amount}, invoices attached.",
                "Witness: {p3.full}, tel. {p3.phone}.",
                "The garage estimates the rear bumper damage at {amount2}.",
                "Nobody was injured.",
                "Please pay the settlement to IBAN {p.iban}, account name {p.full}.",
                "Policy {policy} is fully paid up.",
                "Photos, estimate and a copy of my licence ({p.idcard}) attached.",
                "The assessor can reach me on {p.phone} or {p.email}.",
                "The policy excess is {small_amount}.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n")
    ctx.write("Polizza n. {policy}\n\n" if ctx.lang == "it" else "Policy no. {policy}\n\n")
    form(ctx, ["name"] + [k for k in ("dob", "addr", "phone", "email", "plate") if ctx.chance(0.5)])
    b.raw("\n")
    mixed(
        ctx,
        B_["story"],
        ctx.rng.randint(3, 7),
        sep=" " if ctx.chance(0.5) else "\n",
        who="p",
        families=("contact", "payment", "documents"),
    )
    b.raw("\n\n")
    ctx.write(
        ctx.choice(("{city}, {date2}\n{p.full}", "Data {date2}  Firma ________", "{p.initial}"))
        if ctx.lang == "it"
        else ctx.choice(("Signed: {p.full}, {date2}", "Date {date2}  Signature ________", "{p.initial}"))
    )
