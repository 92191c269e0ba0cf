# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""School notes: teacher to parents, absence justifications, trip consent, report comments."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "school_note"
WEIGHT = 0.9
NO_PII_OK = True

B = {
    "it": {
        "open": Bank(
            "it.school.open",
            [
                "Gentili genitori di {p.first},",
                "Alla c.a. della famiglia {p.last}",
                "Gentile {p2.title} {p2.last},",
                "Comunicazione alle famiglie della classe {n}ª {A|B|C|D}",
                "Il/La sottoscritto/a {p2.full}, genitore dell'alunno/a {p.full},",
                "Cari genitori,",
            ],
        ),
        "body": Bank(
            "it.school.body",
            [
                "Si ricorda di firmare il patto di corresponsabilità sul registro elettronico.",
                "{p.first} ha dimenticato più volte il materiale di educazione fisica.",
                "Il pagamento della mensa per {monthyear} è di {small_amount}.",
                "Il colloquio può svolgersi anche online: il link verrà inviato a {p2.email}.",
                "vi informo che {p.first} nell'ultimo periodo appare distratt{p.o} e non svolge i compiti assegnati.",
                "giustifica l'assenza del/della proprio/a figlio/a nei giorni dal {date} al {date2} per motivi di salute.",
                "si comunica che il giorno {date} la classe parteciperà all'uscita didattica al Museo della Scienza, con rientro alle {time}.",
                "La quota di partecipazione è di {small_amount}, da versare entro {weekday}.",
                "Il colloquio con la prof.ssa {p3.last} è fissato per il {date3} alle {time2}.",
                "{p.first} ha ottenuto ottimi risultati nella verifica di matematica.",
                "Si ricorda che l'ingresso è alle 8:00 e i ritardi vanno giustificati.",
                "Per comunicazioni urgenti potete chiamare la segreteria o scrivere a {p3.work_email}.",
                "Autorizzo mio/a figlio/a a uscire autonomamente al termine delle lezioni.",
                "Recapito del genitore: {p2.phone}.",
                "Il registro elettronico è aggiornato con le valutazioni del primo quadrimestre.",
                "Le credenziali del registro elettronico per il genitore sono: utente {p2.user}, password {p2.pwd}.",
            ],
        ),
        "sign": Bank(
            "it.school.sign",
            [
                "Il coordinatore di classe, {p3.title} {p3.full}",
                "Il Dirigente Scolastico",
                "Firma del genitore: {p2.full}",
                "{p3.full}",
                "La segreteria didattica",
            ],
        ),
    },
    "en": {
        "open": Bank(
            "en.school.open",
            [
                "Dear parents of {p.first},",
                "To the {p.last} family",
                "Dear {p2.title} {p2.last},",
                "Letter to all Year {n} families",
                "I, {p2.full}, parent of {p.full},",
                "Dear parents and carers,",
            ],
        ),
        "body": Bank(
            "en.school.body",
            [
                "Please sign the home-school agreement on the parent portal.",
                "{p.first} has forgotten their PE kit several times.",
                "School dinners for {monthyear} come to {small_amount}.",
                "The meeting can be online; the link will be sent to {p2.email}.",
                "{p.first} has seemed distracted lately and has not been handing in homework.",
                "please excuse my child's absence from {date} to {date2} due to illness.",
                "on {date} the class will visit the Science Museum, returning at {time}.",
                "The trip costs {small_amount}, payable by {weekday}.",
                "Your meeting with Mrs {p3.last} is on {date3} at {time2}.",
                "{p.first} did very well in the maths test.",
                "Please remember the school day starts at 8:45 and lateness must be explained.",
                "For urgent matters call the office or email {p3.work_email}.",
                "I give permission for my child to walk home alone after school.",
                "Parent contact: {p2.phone}.",
                "End-of-term reports are now on the parent portal.",
                "Your parent portal login is {p2.user}, password {p2.pwd}.",
            ],
        ),
        "sign": Bank(
            "en.school.sign",
            [
                "Class teacher, {p3.title} {p3.full}",
                "The Head Teacher",
                "Parent signature: {p2.full}",
                "{p3.full}",
                "School Office",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    if ctx.chance(0.4):
        b.keep(
            ctx.slot_value("inst")
            if ctx.lang == "it" and ctx.chance(0.3)
            else ctx.choice(
                ('Istituto Comprensivo "Via Anelli"', "Liceo Scientifico Galileo Galilei", "Scuola Primaria G. Rodari")
                if ctx.lang == "it"
                else ("St Mary's Primary School", "Oakwood Academy", "Lincoln High School")
            )
        )
        b.raw("\n")
        ctx.write("{date}\n\n")
    ctx.say(B_["open"])
    b.raw("\n")
    mixed(
        ctx,
        B_["body"],
        ctx.rng.randint(5, 8),
        sep=" " if ctx.chance(0.6) else "\n",
        who="p2",
        families=("contact", "plain"),
        share=0.2,
    )
    b.raw("\n\n")
    ctx.say(B_["sign"])
