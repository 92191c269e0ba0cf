"""SMS and instant messages: short, informal, sometimes a thread of a few messages."""

from __future__ import annotations

from ..data.phrases import composed_parts
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "sms"
WEIGHT = 0.8
NO_PII_OK = True

B = {
    "it": {
        "msg": Bank(
            "it.sms.msg",
            [
                "Sono fuori casa, lascia pure il pacco al portiere",
                "{p.first} il numero della babysitter è {p2.phone}",
                "Ti ricordo la cena da {p2.first} alle {time}",
                "La password del conto Netflix è {me.pwd}",
                "Ho cambiato email: {me.email}",
                "Il meccanico ha detto {amount} per la revisione",
                "{brand}: il tuo pacco {tracking} sarà consegnato oggi tra le {time} e le {time2}.",
                "Ciao {p.first}, sono {me.first}, questo è il mio nuovo numero!",
                "Promemoria: visita presso {hospital} il {date} alle {time}. Per disdire chiama il numero del CUP.",
                "Ciao! mi giri l'iban per la cena? cosi ti faccio il bonifico",
                "{me.iban} intestato a {me.full}",
                "Il codice cliente è {order}, la password del wifi è {me.pwd}",
                "{p.first} chiamami appena puoi al {me.phone}",
                "Arrivo tra 10 minuti, sono in {me.addr}",
                "Gentile cliente, la bolletta di {monthyear} di {amount} è disponibile in area clienti.",
                "ok a dopo",
                "Tutto bene? {p.first} mi ha detto che non stai bene",
                "Ti mando la mail di {p2.first}: {p2.email}",
                "Il numero dell'idraulico è {p2.phone}, si chiama {p2.first}",
                "Auguri!! Buon compleanno {p.first}",
                "Ricorda la riunione alle {time}",
                "Ho parcheggiato la macchina in via Roma, targa {me.plate} se non la trovi",
                "Sono a {city}, torno {weekday}",
                "Il tuo codice di accesso {brand} è valido per {days} minuti. Non condividerlo.",
                "Mi passi il codice fiscale di mamma? Serve per il 730",
                "Eccolo: {p2.cf}",
                "Ti ho mandato {small_amount} su Satispay",
                "Ci vediamo da {p2.first} stasera?",
            ],
        ),
    },
    "en": {
        "msg": Bank(
            "en.sms.msg",
            [
                "I'm out, just leave the parcel with the neighbour",
                "{p.first} the babysitter's number is {p2.phone}",
                "Don't forget dinner at {p2.first}'s at {time}",
                "Netflix password is {me.pwd}",
                "New email: {me.email}",
                "Mechanic says {amount} for the MOT",
                "{brand}: your parcel {tracking} will be delivered today between {time} and {time2}.",
                "Hi {p.first}, it's {me.first}, this is my new number!",
                "Reminder: appointment at {hospital} on {date} at {time}. Reply C to cancel.",
                "Hey! can you send me your bank details for dinner? will transfer",
                "{me.iban} name {me.full}",
                "Customer number is {order}, wifi password is {me.pwd}",
                "{p.first} call me when you can on {me.phone}",
                "Be there in 10, I'm at {me.addr}",
                "Your {monthyear} bill of {amount} is ready to view online.",
                "ok see you later",
                "All ok? {p.first} said you're not well",
                "Here's {p2.first}'s email: {p2.email}",
                "Plumber's number is {p2.phone}, ask for {p2.first}",
                "Happy birthday {p.first}!!",
                "Don't forget the meeting at {time}",
                "Car's parked on Station Road, reg {me.plate} if you can't find it",
                "I'm in {city}, back on {weekday}",
                "Your {brand} verification code expires in {days} minutes. Don't share it.",
                "Can you send me mum's NI number? Need it for the form",
                "Here it is: {p2.ssn}",
                "Sent you {small_amount} on Venmo",
                "Are we meeting at {p2.first}'s tonight?",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    msgs = B[ctx.lang]["msg"]
    b = ctx.b
    n = ctx.rng.randint(1, 6)
    lower = ctx.chance(0.4)
    labels = ctx.chance(0.5) and not ctx.no_pii
    name = ctx.choice(("first", "first", "nick"))  # "Giulia: ..." or "giuli: ..."
    for i in range(n):
        if i:
            b.raw("\n")
        reply = labels and i % 2 == 1  # the other person answers: swap who is "me" and who is "p"
        if labels:
            ctx.write(f"{{p.{name}}}: " if reply else f"{{me.{name}}}: ")
        elif n > 1 and ctx.chance(0.3):
            b.raw("[")
            ctx.write(f"{{time{i + 3}}}")
            b.raw("] ")
        with b.styled(lower=lower, drop_accents=lower):
            parts = composed_parts(ctx, ctx.choice(("contact", "payment", "documents"))) if ctx.chance(0.25) else None
            if parts is None:
                part = ctx.pick(msgs)
                parts = [part] if part is not None else []
            for part in parts:
                ctx.write(_swap(part.value) if reply else part.value)


def _swap(template: str) -> str:
    return template.replace("{me.", "{@@.").replace("{p.", "{me.").replace("{@@.", "{p.")
