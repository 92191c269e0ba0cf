# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Travel bookings: flight, train and hotel confirmations with passenger names in airline style,
passport numbers, booking references (kept), flight numbers and times (kept)."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form

KIND = "travel_booking"
WEIGHT = 0.9
NO_PII_OK = True

B = {
    "it": {
        "head": Bank(
            "it.trv.head",
            [
                "Conferma di prenotazione",
                "Il tuo itinerario",
                "Carta d'imbarco",
                "Prenotazione confermata - {brand}",
                "Conferma soggiorno",
                "Biglietto elettronico",
                "Ricevuta di viaggio",
            ],
        ),
        "air": Bank(
            "it.trv.air",
            [
                "Volo {AZ|FR|U2|VY} {flight} {FCO|MXP|LIN|NAP|BLQ|VCE} → {LHR|CDG|BCN|AMS|MAD|JFK} - partenza {date} ore {time}",
                "Andata: {date} {time} Roma Fiumicino - Londra Heathrow, posto {n}{A|C|D|F}",
                "Ritorno: {date2} {time2}, bagaglio da stiva 23 kg incluso",
                "Check-in online disponibile da 24 ore prima della partenza.",
                "Terminal {1|2|3}, gate assegnato 40 minuti prima.",
                "Classe: Economy Light, 1 bagaglio a mano",
            ],
        ),
        "rail": Bank(
            "it.trv.rail",
            [
                "Frecciarossa {flight} Milano Centrale - Roma Termini, {date} ore {time}",
                "Carrozza {n}, posto {n2}{A|B|C|D}, livello Standard",
                "Italo {flight} Napoli Centrale - Firenze S.M.N., partenza {time}",
                "Ritorno: {date2} ore {time2}, Regionale Veloce {flight2}",
                "Il biglietto è nominativo e non cedibile.",
                "Cambio gratuito fino alla partenza.",
            ],
        ),
        "hotel": Bank(
            "it.trv.hotel",
            [
                "Hotel Bellavista, {city} - arrivo {date}, partenza {date2}",
                "Camera doppia con colazione, {n} notti",
                "Check-in dalle 14:00, check-out entro le 11:00",
                "B&B Il Glicine, {city}, camera tripla",
                "Parcheggio privato su richiesta ({small_amount} al giorno)",
                "Arrivo previsto: {time}",
            ],
        ),
        "pax": Bank(
            "it.trv.pax",
            [
                "Passeggero: {p.slash} {MR|MRS|MS}",
                "Passeggeri: {p.slash}, {p2.slash}",
                "Intestatario della prenotazione: {p.full}",
                "Ospite: {p.full} - documento {p.idcard}",
                "Passeggero 1: {p.upper}, nat{p.o} il {p.dob}, passaporto {p.passport}",
                "Viaggiatore: {p.full} (adulto), {p2.first} (bambino, {n} anni)",
                "Nome sul biglietto: {p.LASTfirst}",
            ],
        ),
        "info": Bank(
            "it.trv.info",
            [
                "Codice di prenotazione (PNR): {pnr}",
                "Totale pagato: {amount} con carta {p.card}",
                "Totale pagato: {amount}",
                "La conferma è stata inviata a {p.email}.",
                "Per modifiche chiama il {p.phone} o accedi all'area riservata.",
                "Per i voli extra-Schengen è necessario il passaporto valido.",
                "Tassa di soggiorno da pagare in struttura: {small_amount} a notte.",
                "Imbarco chiuso 20 minuti prima della partenza.",
                "Numero di passaporto registrato: {p.passport}",
                "Programma fedeltà: {p.user}",
                "Cancellazione gratuita fino al {date3}.",
                "Richiesta speciale: culla in camera.",
            ],
        ),
    },
    "en": {
        "head": Bank(
            "en.trv.head",
            [
                "Booking confirmation",
                "Your itinerary",
                "Boarding pass",
                "Booking confirmed - {brand}",
                "Your stay",
                "E-ticket receipt",
                "Travel receipt",
            ],
        ),
        "air": Bank(
            "en.trv.air",
            [
                "Flight {BA|EZY|FR|AA|UA} {flight} {LHR|LGW|MAN|EDI|JFK|BOS} → {FCO|CDG|BCN|AMS|LAX|MXP} - departs {date} at {time}",
                "Outbound: {date} {time} London Gatwick - Rome Fiumicino, seat {n}{A|C|D|F}",
                "Return: {date2} {time2}, 23kg hold bag included",
                "Online check-in opens 24 hours before departure.",
                "Terminal {1|2|3|5}, gate shown 40 minutes before departure.",
                "Cabin: Economy Basic, 1 cabin bag",
            ],
        ),
        "rail": Bank(
            "en.trv.rail",
            [
                "Avanti West Coast {flight} London Euston - Manchester Piccadilly, {date} at {time}",
                "Coach {A|B|C|D}, seat {n}{n2}, Standard class",
                "LNER {flight} London King's Cross - Edinburgh, departs {time}",
                "Return: {date2} at {time2}, Off-Peak Return",
                "Tickets are valid only for the named passenger.",
                "Changes free of charge before departure.",
            ],
        ),
        "hotel": Bank(
            "en.trv.hotel",
            [
                "Hotel Riverside, {city} - check-in {date}, check-out {date2}",
                "Double room with breakfast, {n} nights",
                "Check-in from 3pm, check-out by 11am",
                "The Old Mill B&B, {city}, family room",
                "Parking on request ({small_amount} per day)",
                "Estimated arrival: {time}",
            ],
        ),
        "pax": Bank(
            "en.trv.pax",
            [
                "Passenger: {p.slash} {MR|MRS|MS}",
                "Passengers: {p.slash}, {p2.slash}",
                "Lead booker: {p.full}",
                "Guest: {p.full} - ID {p.idcard}",
                "Passenger 1: {p.upper}, DOB {p.dob}, passport {p.passport}",
                "Travellers: {p.full} (adult), {p2.first} (child, {n})",
                "Name on ticket: {p.LAST} {p.first}",
            ],
        ),
        "info": Bank(
            "en.trv.info",
            [
                "Booking reference: {pnr}",
                "Total paid: {amount} by card {p.card}",
                "Total paid: {amount}",
                "Confirmation sent to {p.email}.",
                "To change your booking call {p.phone} or go to Manage Booking.",
                "A valid passport is required for international travel.",
                "City tax payable at the hotel: {small_amount} per night.",
                "Boarding closes 20 minutes before departure.",
                "Passport on file: {p.passport}",
                "Frequent flyer no.: {p.user}",
                "Free cancellation until {date3}.",
                "Special request: cot in room.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["head"])
    b.raw("\n\n")
    if not ctx.no_pii:
        ctx.say(B_["pax"])
        b.raw("\n")
    mode = ctx.choice(("air", "air", "rail", "hotel"))
    ctx.say_many(B_[mode], ctx.rng.randint(2, 4), "\n")
    b.raw("\n\n")
    if ctx.chance(0.3):
        form(ctx, ["email", "phone"] + (["passport"] if ctx.chance(0.5) else []))
        b.raw("\n")
    ctx.say_many(B_["info"], ctx.rng.randint(3, 6), "\n")
