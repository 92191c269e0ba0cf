# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Timetables and travel notices: flight and train numbers, departure and arrival times, platforms
and gates, dates and years, opening hours of offices, shops and hospitals, stations and places.
A passenger's name turns up now and then; everything else must stay."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import head_and_rows, numbers_only, pii_rows, say_row

KIND = "timetable"
WEIGHT = 1.3
NO_PII_OK = True

ROW_FAMILIES = (
    "flightno",
    "trainno",
    "time",
    "platform",
    "place",
    "n",
    "pct",
    "small_amount",
    "landmark",
    "hours",
    "dept",
)

HEAD = {
    "it": Bank(
        "it.ttable.head",
        [
            "PARTENZE - {place}\nAggiornato alle {time} del {date}",
            "Orario ferroviario {year}\n{trainno} e coincidenze",
            "Voli in arrivo - Aeroporto di {place}",
            "Avviso ai viaggiatori - {org}",
            "Orari di apertura al pubblico - {dept}",
            "{hospital_any}\nOrari ambulatori e visite",
        ],
    ),
    "en": Bank(
        "en.ttable.head",
        [
            "DEPARTURES - {place}\nUpdated {time} on {date}",
            "{year} timetable\n{trainno} and connections",
            "Arrivals - {place} Airport",
            "Customer notice - {org}",
            "Public opening hours - {dept}",
            "{hospital_any}\nClinic and visiting hours",
        ],
    ),
}
ROW = {
    "it": Bank(
        "it.ttable.row",
        [
            "{time}  {trainno}  per {place}  binario {platform}",
            "{flightno}  {place}  {time}  gate {platform}  IMBARCO",
            "{trainno} delle {time} da {place}: ritardo {n}0 minuti, binario {platform}",
            "{flightno} {place} - partenza {time}, arrivo {time2}",
            "{time} {trainno} {place} - cambio a {place2} (binario {platform2})",
            "Volo {flightno} per {place} CANCELLATO",
            "{dept}: {hours}",
            "{landmark}: {hours}, biglietto {small_amount}",
            "{trainno}  {place} {time} → {place2} {time2}  (binario {platform})",
            "{time}  {flightno}  {place}  IN ORARIO",
            "{flightno} da {place}: atterrato alle {time}, nastro bagagli {platform}",
            "{trainno} delle {time} per {place} SOPPRESSO",
        ],
    ),
    "en": Bank(
        "en.ttable.row",
        [
            "{time}  {trainno}  to {place}  platform {platform}",
            "{flightno}  {place}  {time}  gate {platform}  BOARDING",
            "{trainno} at {time} from {place}: delayed {n}0 minutes, platform {platform}",
            "{flightno} {place} - departs {time}, arrives {time2}",
            "{time} {trainno} {place} - change at {place2} (platform {platform2})",
            "Flight {flightno} to {place} CANCELLED",
            "{dept}: {hours}",
            "{landmark}: {hours}, tickets {small_amount}",
            "{trainno}  {place} {time} → {place2} {time2}  (platform {platform})",
            "{time}  {flightno}  {place}  ON TIME",
            "{flightno} from {place}: landed {time}, baggage belt {platform}",
            "{time} {trainno} to {place} CANCELLED",
        ],
    ),
}
FOOT = {
    "it": Bank(
        "it.ttable.foot",
        [
            "Dal {date2} il {trainno} parte dal binario {platform}.",
            "Il servizio è garantito ai sensi della L. 146/1990 nelle fasce {hours}.",
            "Per informazioni: {dept}, {hours}.",
            "Prenotazione confermata per {p.full}, carrozza {n}, posto {platform}.",
            "Passeggero {p.slash} - volo {flightno}, gate {platform}.",
            "Assistenza PRM richiesta da {p.full} ({p.phone}) per il {trainno}.",
            "Chiuso il {date2} per inventario.",
        ],
    ),
    "en": Bank(
        "en.ttable.foot",
        [
            "From {date2} the {trainno} leaves from platform {platform}.",
            "Minimum service levels apply under the Strikes (Minimum Service Levels) Act 2023 during {hours}.",
            "Enquiries: {dept}, {hours}.",
            "Booking confirmed for {p.full}, coach {n}, seat {platform}.",
            "Passenger {p.slash} - flight {flightno}, gate {platform}.",
            "Assisted travel booked by {p.full} ({p.phone}) for the {trainno}.",
            "Closed on {date2} for stocktaking.",
        ],
    ),
}


def build(ctx: Ctx) -> None:
    numbers_only(ctx)
    b = ctx.b
    lang = ctx.lang
    head_and_rows(ctx, HEAD[lang], ROW[lang], ROW_FAMILIES, 5, 10)
    k = ctx.rng.randint(1, 2) if not ctx.no_pii or ctx.chance(0.7) else 0
    with_pii = pii_rows(ctx, k, 1)
    for i in range(k):
        ctx.forget(*ROW_FAMILIES)
        b.raw(" " if i else "\n")
        say_row(ctx, FOOT[lang], i in with_pii)
