# ruff: noqa: E501  (sentence fragments: one string per fragment)
"""A composed-sentence family (see phrases.FAMILIES) that puts personal data right beside hard
negatives: a name next to a job title and an organisation ("Mario Rossi, Head of Sales di Acme"),
a title before a surname, a nickname, a PIN, then a place or a shop that must stay."""

from __future__ import annotations

from ..engine.bank import Bank

BESIDE: dict[str, tuple[Bank, Bank, Bank]] = {
    "it": (
        Bank(
            "it.ph.beside.a",
            [
                "Come concordato con {org}",
                "Su indicazione del nostro {jobtitle}",
                "Dopo la telefonata con {org_up}",
                "Di ritorno da {place}",
                "Come mi ha chiesto {roleref}",
                "In vista dell'incontro da {shop}",
                "Per la pratica aperta presso {org}",
                "Prima della trasferta in {region}",
                "Tornando da {landmark}",
                "Per il noleggio della {car}",
            ],
        ),
        Bank(
            "it.ph.beside.b",
            [
                ", ho sentito {p2.full}, {jobtitle} di {company},",
                ", {p2.il} {p2.dr} {p2.last} ({jobtitle}) mi ha lasciato il numero {p2.phone}",
                ", ho girato tutto a {p2.full} ({jobtitle})",
                ", {p2.first} di {org} mi ha dato il cellulare, {p2.phone},",
                ", ho mandato i documenti a {p2.email}",
                ", ho chiesto a {p2.nick}",
                ", ho lasciato a {p2.first} il codice del portone ({me.pin})",
                ", ho scritto a {p2.title} {p2.last}",
                ", la consegna è in {me.addr}",
                ", {p2.nick} ha già il pin della carta ({me.pin})",
            ],
        ),
        Bank(
            "it.ph.beside.c",
            [
                " e aspetto notizie da {org}.",
                " prima di partire per {place}.",
                ": ci vediamo da {shop}.",
                ", in copia l'ufficio di {org}.",
                ".",
                " per conto di {company}.",
                " entro {weekday}.",
                " (il {jobtitle2} è d'accordo).",
            ],
        ),
    ),
    "en": (
        Bank(
            "en.ph.beside.a",
            [
                "As agreed with {org}",
                "On the advice of our {jobtitle}",
                "After the call with {org_up}",
                "Back from {place}",
                "As {roleref} asked",
                "Ahead of the meeting at {shop}",
                "For the case open with {org}",
                "Before the trip to {region}",
                "On the way back from {landmark}",
                "For the {car} rental",
            ],
        ),
        Bank(
            "en.ph.beside.b",
            [
                ", I spoke to {p2.full}, {jobtitle} at {company},",
                ", {p2.dr} {p2.last} ({jobtitle}) left {p2.his} number, {p2.phone}",
                ", I've passed everything to {p2.full} ({jobtitle})",
                ", {p2.first} from {org} gave me {p2.his} mobile, {p2.phone},",
                ", I sent the documents to {p2.email}",
                ", I asked {p2.nick}",
                ", I gave {p2.first} the door code ({me.pin})",
                ", I wrote to {p2.title} {p2.last}",
                ", delivery is to {me.addr}",
                ", {p2.nick} already has the card PIN ({me.pin})",
            ],
        ),
        Bank(
            "en.ph.beside.c",
            [
                " and I'm waiting to hear from {org}.",
                " before leaving for {place}.",
                "; see you at {shop}.",
                ", cc {org}.",
                ".",
                " on behalf of {company}.",
                " by {weekday}.",
                " (the {jobtitle2} agrees).",
            ],
        ),
    ),
}
