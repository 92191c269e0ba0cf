"""Meeting minutes: attendees, agenda points, decisions, action items with owners and dates."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "meeting_minutes"
WEIGHT = 1.0
NO_PII_OK = True

B = {
    "it": {
        "title": Bank(
            "it.mtg.title",
            [
                "Verbale riunione del {date}",
                "Minuta call di progetto - {date}",
                "Riunione di coordinamento settimanale",
                "Verbale assemblea condominiale del {date}",
                "Comitato di direzione - sintesi",
                "Retrospettiva sprint {n}",
            ],
        ),
        "attend": Bank(
            "it.mtg.attend",
            [
                "Presenti: {p.full}, {p2.full}, {p3.full}",
                "Partecipanti: {p.first} ({role}), {p2.first}, {p3.initial}",
                "Presenti: {p.full} (presidente), {p2.full} (segretario)",
                "Presenti: tutti i responsabili di area. Assente giustificato: {p3.full}",
                "Partecipanti: team amministrazione e team IT",
                "Presenti: {n} condomini su {n2}, rappresentanti {pct} dei millesimi",
            ],
        ),
        "point": Bank(
            "it.mtg.point",
            [
                "Si approva il bilancio consuntivo con una spesa complessiva di {big_amount}.",
                "Il lancio della versione {version} slitta a {monthyear}.",
                "{p2.first} aggiorna sullo stato del fornitore {company}: il contratto scade il {date2}.",
                "Budget marketing ridotto del {pct} per il prossimo trimestre.",
                "Si discute il ritardo nelle consegne segnalato da {brand}.",
                "{p.last} propone di spostare la riunione al {weekday}.",
                "Il preventivo per il rifacimento della facciata è di {big_amount2}.",
                "Il ticket {ticket} resta aperto in attesa del fornitore.",
                "Emerso un problema di accessi: l'utenza {p3.user} va disattivata.",
                "Si conferma l'assunzione di un nuovo {role}.",
                "Nessuna obiezione sul nuovo regolamento interno.",
                "L'incidente del {date3} non ha avuto impatti sui clienti.",
            ],
        ),
        "action": Bank(
            "it.mtg.action",
            [
                "{p3.first}: preparare la presentazione per il cliente",
                "Legale: rivedere il contratto con {company}",
                "{p.initial}: chiudere il ticket {ticket}",
                "Segreteria: prenotare la sala per il {date3}",
                "{p.first}: inviare il preventivo entro il {date2}",
                "{p2.full} contatta {company} per il rinnovo",
                "{p3.initial}: verificare i permessi su {version}",
                "Tutti: compilare il questionario entro {weekday}",
                "Amministrazione: emettere la fattura {invoice}",
                "{p2.first} aggiorna la documentazione",
                "IT: ruotare le credenziali del server",
            ],
        ),
        "close": Bank(
            "it.mtg.close",
            [
                "Prossima riunione: {date3} alle {time}.",
                "La seduta è tolta alle {time}.",
                "Verbalizza: {me.full}",
                "Il verbale viene approvato all'unanimità.",
                "Redatto da {me.initial}",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.mtg.title",
            [
                "Minutes - {date}",
                "Project call notes - {date}",
                "Weekly coordination meeting",
                "Residents' association AGM - {date}",
                "Leadership team summary",
                "Sprint {n} retrospective",
            ],
        ),
        "attend": Bank(
            "en.mtg.attend",
            [
                "Present: {p.full}, {p2.full}, {p3.full}",
                "Attendees: {p.first} ({role}), {p2.first}, {p3.initial}",
                "Present: {p.full} (chair), {p2.full} (minutes)",
                "Present: all heads of department. Apologies: {p3.full}",
                "Attendees: finance team and IT",
                "Present: {n} residents out of {n2}",
            ],
        ),
        "point": Bank(
            "en.mtg.point",
            [
                "Annual accounts approved, total spend {big_amount}.",
                "Release {version} moves to {monthyear}.",
                "{p2.first} updated on supplier {company}: contract ends {date2}.",
                "Marketing budget cut by {pct} next quarter.",
                "Delivery delays reported by {brand} discussed.",
                "{p.last} suggested moving the meeting to {weekday}.",
                "The quote for the roof repairs is {big_amount2}.",
                "Ticket {ticket} stays open pending the vendor.",
                "Access issue found: account {p3.user} to be disabled.",
                "Hiring of a new {role} confirmed.",
                "No objections to the new policy.",
                "The incident on {date3} had no customer impact.",
            ],
        ),
        "action": Bank(
            "en.mtg.action",
            [
                "{p3.first}: prepare the client deck",
                "Legal: review the {company} contract",
                "{p.initial}: close ticket {ticket}",
                "Office: book the room for {date3}",
                "{p.first}: send the quote by {date2}",
                "{p2.full} to contact {company} about renewal",
                "{p3.initial}: check permissions on {version}",
                "All: complete the survey by {weekday}",
                "Finance: raise invoice {invoice}",
                "{p2.first} to update the docs",
                "IT: rotate server credentials",
            ],
        ),
        "close": Bank(
            "en.mtg.close",
            [
                "Next meeting: {date3} at {time}.",
                "Meeting closed at {time}.",
                "Minutes: {me.full}",
                "Minutes approved unanimously.",
                "Notes by {me.initial}",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n")
    ctx.say(B_["attend"])
    b.raw("\n\n")
    bullet = ctx.choice(("- ", "• ", "", "* "))
    numbered = ctx.chance(0.3)
    for i in range(ctx.rng.randint(3, 7)):
        b.raw(f"{i + 1}. " if numbered else bullet)
        mixed(ctx, B_["point"], 1, families=("plain",), share=0.2)
        b.raw("\n")
    b.raw("\n" + ("Azioni:\n" if ctx.lang == "it" else ctx.choice(("Actions:\n", "Action items:\n"))))
    ctx.say_many(B_["action"], ctx.rng.randint(2, 4), "\n")
    b.raw("\n\n")
    ctx.say(B_["close"])
