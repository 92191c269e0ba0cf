"""Delivery notes and shipping labels: sender company (kept), recipient, address, parcel data."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "delivery_note"
WEIGHT = 0.9
NO_PII_OK = True

B = {
    "it": {
        "title": Bank(
            "it.ddt.title",
            [
                "DOCUMENTO DI TRASPORTO (D.D.T.) n. {invoice}",
                "Bolla di consegna",
                "Lettera di vettura {tracking}",
                "Avviso di mancata consegna",
                "Etichetta di spedizione",
                "Ricevuta di ritiro merce",
            ],
        ),
        "to": Bank(
            "it.ddt.to",
            [
                "Destinatario:\n{p.full}\n{p.addr_ml}\nTel. {p.phone}",
                "DESTINATARIO: {p.upper} - {p.addr}",
                "Consegnare a: {p.full}, {p.addr}",
                "Luogo di destinazione: {p.addr}\nAll'attenzione di: {p.full}",
                "Destinatario: {company2}, magazzino di {city}",
            ],
        ),
        "goods": Bank(
            "it.ddt.goods",
            [
                "Imballo: pallet",
                "Dimensioni: 60x40x40 cm",
                "Riferimento ordine cliente: {order}",
                "Data inizio trasporto: {date}",
                "Merce fragile - maneggiare con cura",
                "Consegna al piano",
                "Colli: {n} - Peso: {n2},5 kg",
                "Causale del trasporto: vendita",
                "Descrizione: {product}, quantità {qty}",
                "Porto: franco",
                "Aspetto esteriore dei beni: scatole",
                "Contrassegno: {amount}",
                "Vettore: {GLS|BRT|SDA|TNT}",
            ],
        ),
        "note": Bank(
            "it.ddt.note",
            [
                "Ritiro possibile presso l'ufficio postale di {city} dal {date2}.",
                "Il destinatario ha rifiutato la consegna.",
                "Consegna effettuata alla portineria.",
                "Secondo tentativo di consegna previsto {weekday}.",
                "Il destinatario {p.full} ha firmato con riserva.",
                "Il corriere è passato alle {time} ma non ha trovato nessuno.",
                "Consegnato a {p2.full} (vicino di casa).",
                "Firma del ricevente: {p.initial}",
                "Il pacco sarà in giacenza per {days} giorni presso il punto di ritiro.",
                "Per riprogrammare la consegna chiamare {p.phone} o visitare il sito del corriere.",
                "Data consegna: {date} ore {time}",
                "Merce ricevuta in buono stato.",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.ddt.title",
            [
                "DELIVERY NOTE {invoice}",
                "Proof of delivery",
                "Consignment note {tracking}",
                "Sorry we missed you",
                "Shipping label",
                "Collection receipt",
            ],
        ),
        "to": Bank(
            "en.ddt.to",
            [
                "Deliver to:\n{p.full}\n{p.addr_ml}\nTel: {p.phone}",
                "RECIPIENT: {p.upper} - {p.addr}",
                "Ship to: {p.full}, {p.addr}",
                "Destination: {p.addr}\nFAO: {p.full}",
                "Recipient: {company2}, {city} warehouse",
            ],
        ),
        "goods": Bank(
            "en.ddt.goods",
            [
                "Packaging: pallet",
                "Dimensions: 60x40x40 cm",
                "Customer order ref: {order}",
                "Dispatch date: {date}",
                "FRAGILE - handle with care",
                "Two-man delivery",
                "Parcels: {n} - Weight: {n2}.5 kg",
                "Contents: {product}, qty {qty}",
                "Service: next day",
                "Packaging: boxes",
                "Cash on delivery: {amount}",
                "Carrier: {DPD|Evri|Royal Mail|UPS}",
                "Declared value: {amount2}",
            ],
        ),
        "note": Bank(
            "en.ddt.note",
            [
                "Collect from the {city} delivery office from {date2}.",
                "The recipient refused the parcel.",
                "Left with the building concierge.",
                "Second delivery attempt on {weekday}.",
                "Signed for by {p.full}, damaged box noted.",
                "Our driver called at {time} but nobody was in.",
                "Left with {p2.full} (neighbour).",
                "Signed for by: {p.initial}",
                "Your parcel will be held for {days} days at the depot.",
                "To rebook, call {p.phone} or go online.",
                "Delivered {date} at {time}",
                "Goods received in good condition.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n")
    ctx.write(
        ("Mittente: {company}\n" if ctx.lang == "it" else "Sender: {company}\n") if ctx.chance(0.7) else "{company}\n"
    )
    ctx.write("{date}\n\n")
    ctx.say(B_["to"])
    b.raw("\n\n")
    ctx.say_many(B_["goods"], ctx.rng.randint(4, 7), "\n")
    b.raw("\n\n")
    mixed(ctx, B_["note"], ctx.rng.randint(2, 5), sep="\n", who="p", families=("contact", "plain"), share=0.25)
