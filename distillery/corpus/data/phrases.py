# ruff: noqa: E501  (sentence fragments: one string per fragment)
"""Sentences composed from three fragments (opening, core, ending), each drawn from its own bank.

Fragments multiply: a family of 10 x 10 x 8 fragments gives 800 sentences, and the eval split gets
its own held-out fragments, so held-out documents are as long and varied as training ones.
Templates speak as `me` (the writer); `compose(..., who="p")` makes them speak as `p`.
"""

from __future__ import annotations

from ..engine.bank import Bank, Part
from ..engine.context import Ctx
from .phrases_beside import BESIDE

FAMILIES: dict[str, dict[str, tuple[Bank, Bank, Bank]]] = {
    "it": {
        "contact": (
            Bank(
                "it.ph.contact.a",
                [
                    "Per qualsiasi necessità",
                    "In caso di urgenza",
                    "Se avete bisogno di chiarimenti",
                    "Per fissare un appuntamento",
                    "Se preferite",
                    "Per comunicazioni urgenti",
                    "Per qualsiasi cosa",
                    "Anche nel fine settimana",
                    "Dopo le {time}",
                    "Per conferma",
                    "Se non mi trovate in ufficio",
                    "Per il ritiro",
                    "Se ci sono problemi con la consegna",
                ],
            ),
            Bank(
                "it.ph.contact.b",
                [
                    " potete chiamarmi al {me.phone}",
                    " mi trovate al {me.phone}",
                    " scrivetemi a {me.email}",
                    " il mio numero è {me.phone}",
                    " potete contattare {p2.full} al {p2.phone}",
                    " rispondo all'indirizzo {me.email}",
                    " chiamate pure {p2.first} ({p2.phone})",
                    " potete lasciare un messaggio al {me.phone2}",
                    " scrivete a {me.work_email}",
                    " il riferimento è {p2.full}, {p2.email}",
                    " sono reperibile al {me.phone} oppure a {me.email}",
                    " c'è mia sorella {p2.first}, cell. {p2.phone}",
                ],
            ),
            Bank(
                "it.ph.contact.c",
                [
                    ".",
                    ", grazie.",
                    " (anche WhatsApp).",
                    ", rispondo in giornata.",
                    " in orario d'ufficio.",
                    ", anche per messaggio.",
                    "!",
                    " dalle 9 alle 18.",
                    ", senza problemi.",
                ],
            ),
        ),
        "identity": (
            Bank(
                "it.ph.id.a",
                [
                    "Sono {me.full}",
                    "Mi chiamo {me.full}",
                    "Vi scrive {me.first} {me.last}",
                    "Il/La sottoscritto/a {me.full}",
                    "Sono {me.title} {me.last}",
                    "Sono {me.first} {me.last}",
                    "Scrivo io, {me.full}",
                    "Buongiorno, sono {me.full}",
                    "Chi scrive è {me.full}",
                ],
            ),
            Bank(
                "it.ph.id.b",
                [
                    ", nat{me.o} il {me.dob}",
                    ", residente in {me.addr}",
                    " (C.F. {me.cf})",
                    ", cliente dal {date}",
                    ", codice fiscale {me.cf}",
                    "",
                    ", nat{me.o} a {me.birthplace} il {me.dob}",
                    ", domiciliat{me.o} in {me.addr}",
                    " (tel. {me.phone})",
                    ", titolare del contratto {order}",
                ],
            ),
            Bank(
                "it.ph.id.c",
                [
                    ", e vi contatto per la pratica {protocol}.",
                    ", e vorrei un'informazione.",
                    ".",
                    ", vi scrivo in merito all'ordine {order}.",
                    ", e avrei bisogno di assistenza.",
                    ", e allego i documenti richiesti.",
                    ", e vi scrivo per conto di mia madre, {p2.full}.",
                    ", e ho un problema con la fattura {invoice}.",
                ],
            ),
        ),
        "payment": (
            Bank(
                "it.ph.pay.a",
                [
                    "Per il rimborso",
                    "Per il pagamento",
                    "Per l'accredito",
                    "Come coordinate bancarie",
                    "Per il bonifico",
                    "Per la restituzione del deposito",
                    "Per la quota di {amount}",
                    "Per saldare la fattura {invoice}",
                ],
            ),
            Bank(
                "it.ph.pay.b",
                [
                    " l'IBAN è {me.iban}",
                    " potete usare il conto {me.iban} intestato a {me.full}",
                    " vi indico l'IBAN di {p2.full}: {p2.iban}",
                    " ho usato la carta {me.card}",
                    " usate pure la carta {me.card}",
                    " il conto è {me.iban}",
                    " l'IBAN corretto è {me.iban}, non quello vecchio",
                    " il beneficiario è {p2.full}, IBAN {p2.iban}",
                ],
            ),
            Bank(
                "it.ph.pay.c",
                [
                    ".",
                    ", grazie.",
                    " (banca {bank}).",
                    ", causale {invoice}.",
                    ", entro il {date}.",
                    ", come concordato.",
                ],
            ),
        ),
        "documents": (
            Bank(
                "it.ph.doc.a",
                [
                    "Ecco",
                    "Vi mando",
                    "Come d'accordo, vi allego",
                    "In allegato",
                    "Vi invio",
                    "Come richiesto, allego",
                    "Trovate qui sotto",
                    "Vi giro",
                    "Vi trasmetto",
                ],
            ),
            Bank(
                "it.ph.doc.b",
                [
                    " copia della {me.idlabel} {me.idcard}",
                    " il codice fiscale ({me.cf})",
                    " il numero del passaporto, {me.passport}",
                    " la targa dell'auto, {me.plate}",
                    " il mio nome utente, {me.user}",
                    " il link al mio profilo: {me.url}",
                    " i dati di {p2.full}, nat{p2.o} il {p2.dob}",
                    " il codice fiscale di {p2.first}: {p2.cf}",
                    " la carta d'identità di {p2.full} ({p2.idcard})",
                ],
            ),
            Bank(
                "it.ph.doc.c",
                [
                    " per vostra conoscenza.",
                    ", scusate il ritardo.",
                    ", se serve altro chiedete pure.",
                    ".",
                    ", come da vostra richiesta.",
                    " per completare la pratica.",
                    ", fatemi sapere se è leggibile.",
                    " (scansione fronte/retro).",
                    " per l'iscrizione.",
                ],
            ),
        ),
        "plain": (
            Bank(
                "it.ph.plain.a",
                [
                    "Vi comunico che",
                    "A quanto pare",
                    "Dalla verifica effettuata risulta che",
                    "Mi segnalano che",
                    "Tengo a precisare che",
                    "Stando al sistema,",
                    "Come da accordi,",
                    "Vi ricordo che",
                    "Segnalo che",
                    "Per completezza,",
                    "Ad oggi",
                    "In base al regolamento,",
                    "Da quanto mi risulta,",
                    "Vi confermo che",
                    "Come già comunicato,",
                    "Nel frattempo",
                ],
            ),
            Bank(
                "it.ph.plain.b",
                [
                    " la consegna è prevista per {weekday}",
                    " il rimborso di {amount} è stato approvato",
                    " la quota annuale passa a {amount}",
                    " lo sportello apre alle {time}",
                    " il modulo va presentato entro il {date}",
                    " la fattura {invoice} risulta pagata",
                    " il server tornerà disponibile alle {time}",
                    " lo sconto del {pct} vale fino al {date}",
                    " il saldo residuo è di {amount}",
                    " la scadenza è fissata al {date}",
                    " l'aumento previsto è del {pct}",
                    " gli sportelli ({inst}) resteranno chiusi {weekday}",
                    " il pacco {tracking} risulta in transito",
                    " la pratica {protocol} è in lavorazione",
                    " la versione {version} è l'unica supportata",
                    " il costo del servizio resta di {amount}",
                    " il ticket {ticket} è stato chiuso",
                    " l'ordine {order} è stato spedito il {date}",
                    " la riunione è spostata alle {time}",
                    " {role} non è ancora rientrato",
                ],
            ),
            Bank(
                "it.ph.plain.c",
                [
                    " come previsto dal contratto.",
                    ", ma ve lo confermerò per iscritto.",
                    " (fa fede la data di ricezione).",
                    ", per quanto ne so.",
                    ": nessuna azione richiesta.",
                    ".",
                    ", come da comunicazione precedente.",
                    ", salvo diverse indicazioni.",
                    "; vi terremo aggiornati.",
                    " e non sono previste variazioni.",
                    ", quindi non serve fare altro.",
                    " (vedi allegato).",
                ],
            ),
        ),
    },
    "en": {
        "contact": (
            Bank(
                "en.ph.contact.a",
                [
                    "If you need anything",
                    "In an emergency",
                    "If you have any questions",
                    "To book an appointment",
                    "If it's easier",
                    "For anything urgent",
                    "Whatever you need",
                    "Even at the weekend",
                    "After {time}",
                    "To confirm",
                    "If I'm not in the office",
                    "For the collection",
                    "If there's a problem with the delivery",
                ],
            ),
            Bank(
                "en.ph.contact.b",
                [
                    " you can call me on {me.phone}",
                    " I'm on {me.phone}",
                    " email me at {me.email}",
                    " my number is {me.phone}",
                    " you can contact {p2.full} on {p2.phone}",
                    " I'll answer at {me.email}",
                    " just call {p2.first} ({p2.phone})",
                    " leave a message on {me.phone2}",
                    " write to {me.work_email}",
                    " the contact is {p2.full}, {p2.email}",
                    " I'm reachable on {me.phone} or at {me.email}",
                    " my sister {p2.first} is on {p2.phone}",
                ],
            ),
            Bank(
                "en.ph.contact.c",
                [
                    ".",
                    ", thanks.",
                    " (WhatsApp is fine).",
                    " and I'll reply the same day.",
                    " during office hours.",
                    ", texts are fine too.",
                    "!",
                    " between 9 and 6.",
                    ", no problem.",
                ],
            ),
        ),
        "identity": (
            Bank(
                "en.ph.id.a",
                [
                    "I'm {me.full}",
                    "My name is {me.full}",
                    "This is {me.first} {me.last}",
                    "I, {me.full}",
                    "I am {me.title} {me.last}",
                    "It's {me.first} {me.last} here",
                    "Writing myself, {me.full}",
                    "Good morning, I'm {me.full}",
                    "The writer is {me.full}",
                ],
            ),
            Bank(
                "en.ph.id.b",
                [
                    ", born {me.dob}",
                    ", of {me.addr}",
                    " ({me.ssnlabel} {me.ssn})",
                    ", a customer since {date}",
                    ", date of birth {me.dob}",
                    "",
                    ", living at {me.addr}",
                    " (tel. {me.phone})",
                    ", account holder for contract {order}",
                ],
            ),
            Bank(
                "en.ph.id.c",
                [
                    ", and I'm writing about case {protocol}.",
                    ", and I have a question.",
                    ".",
                    ", writing about order {order}.",
                    ", and I need some help.",
                    ", and I attach the requested documents.",
                    ", writing on behalf of my mother, {p2.full}.",
                    ", and there's a problem with invoice {invoice}.",
                ],
            ),
        ),
        "payment": (
            Bank(
                "en.ph.pay.a",
                [
                    "For the refund",
                    "For payment",
                    "To pay me",
                    "My bank details",
                    "For the transfer",
                    "To return the deposit",
                    "For the {amount} fee",
                    "To settle invoice {invoice}",
                ],
            ),
            Bank(
                "en.ph.pay.b",
                [
                    " the IBAN is {me.iban}",
                    " use account {me.iban} in the name of {me.full}",
                    " here's {p2.full}'s IBAN: {p2.iban}",
                    " I used card {me.card}",
                    " please charge card {me.card}",
                    " the account is {me.iban}",
                    " the correct IBAN is {me.iban}, not the old one",
                    " the payee is {p2.full}, IBAN {p2.iban}",
                ],
            ),
            Bank(
                "en.ph.pay.c",
                [".", ", thanks.", " ({bank}).", ", reference {invoice}.", ", by {date}.", ", as agreed."],
            ),
        ),
        "documents": (
            Bank(
                "en.ph.doc.a",
                [
                    "Here is",
                    "Sending you",
                    "As agreed, attaching",
                    "Attached is",
                    "I'm sending",
                    "As requested, here is",
                    "Below you'll find",
                    "Forwarding",
                    "Please find",
                ],
            ),
            Bank(
                "en.ph.doc.b",
                [
                    " a copy of my {me.idlabel} {me.idcard}",
                    " my {me.ssnlabel} ({me.ssn})",
                    " my passport number, {me.passport}",
                    " the car registration, {me.plate}",
                    " my username, {me.user}",
                    " a link to my profile: {me.url}",
                    " {p2.full}'s details, born {p2.dob}",
                    " {p2.first}'s passport number: {p2.passport}",
                    " {p2.full}'s ID ({p2.idcard})",
                ],
            ),
            Bank(
                "en.ph.doc.c",
                [
                    " for your records.",
                    ", sorry for the delay.",
                    "; shout if you need anything else.",
                    ".",
                    ", as you asked.",
                    " to complete the application.",
                    "; let me know if it's readable.",
                    " (front and back).",
                    " for the registration.",
                ],
            ),
        ),
        "plain": (
            Bank(
                "en.ph.plain.a",
                [
                    "Please be aware that",
                    "Apparently",
                    "Our check shows that",
                    "I'm told that",
                    "I should point out that",
                    "According to the system,",
                    "As agreed,",
                    "Just a reminder that",
                    "Please note that",
                    "For completeness,",
                    "As of today",
                    "Under the policy,",
                    "As far as I know,",
                    "I can confirm that",
                    "As mentioned before,",
                    "In the meantime",
                ],
            ),
            Bank(
                "en.ph.plain.b",
                [
                    " delivery is expected on {weekday}",
                    " the refund of {amount} has been approved",
                    " the annual fee goes up to {amount}",
                    " the desk opens at {time}",
                    " the form must be in by {date}",
                    " invoice {invoice} shows as paid",
                    " the server will be back at {time}",
                    " the {pct} discount runs until {date}",
                    " the outstanding balance is {amount}",
                    " the deadline is {date}",
                    " the planned increase is {pct}",
                    " the {inst} office is closed on {weekday}",
                    " parcel {tracking} is in transit",
                    " case {protocol} is being processed",
                    " version {version} is the only one supported",
                    " the service still costs {amount}",
                    " ticket {ticket} has been closed",
                    " order {order} shipped on {date}",
                    " the meeting has moved to {time}",
                    " {role} is not back yet",
                ],
            ),
            Bank(
                "en.ph.plain.c",
                [
                    " as set out in the contract.",
                    ", but I'll confirm in writing.",
                    " (the date of receipt applies).",
                    ", as far as I know.",
                    ": no action needed.",
                    ".",
                    ", as previously communicated.",
                    ", unless told otherwise.",
                    "; we'll keep you posted.",
                    " and nothing else changes.",
                    ", so there's nothing else to do.",
                    " (see attached).",
                ],
            ),
        ),
    },
}

# Personal data beside hard negatives (job titles, organisations, places), kept in its own file.
FAMILIES["it"]["beside"], FAMILIES["en"]["beside"] = BESIDE["it"], BESIDE["en"]


def composed_parts(ctx: Ctx, family: str | None = None) -> list[Part] | None:
    """Draw the three fragments of a sentence (a random family unless named); None if a bank has none."""
    families = FAMILIES[ctx.lang]
    if ctx.no_pii:
        order = ["plain"]
    elif family is not None:
        order = [family] + [f for f in sorted(families) if f != family]
    else:
        order = sorted(families)
        ctx.rng.shuffle(order)
    for name in order:
        pools = [[p for p in bank.candidates(ctx.split, ctx.no_pii)] for bank in families[name]]
        if not all(pools):
            continue
        parts = [ctx.rng.choice(pool) for pool in pools]
        for i, pool in enumerate(pools):  # prefer fragments not used yet in this document
            fresh = [p for p in pool if p.id not in ctx._used]
            if fresh:
                parts[i] = ctx.rng.choice(fresh)
        if all(p.id in ctx._used for p in parts):
            continue  # this exact sentence was already written
        for p in parts:
            ctx._used.add(p.id)
            ctx.b.part_ids.append(p.id)
        return parts
    return None


def write_parts(ctx: Ctx, parts: list[Part], who: str = "me") -> None:
    for part in parts:
        text = part.value if who == "me" else part.value.replace("{me.", "{" + who + ".")
        ctx.write(text)


def compose(ctx: Ctx, family: str | None = None, who: str = "me") -> bool:
    """Write one composed sentence. False if nothing could be written."""
    parts = composed_parts(ctx, family)
    if parts is None:
        return False
    write_parts(ctx, parts, who)
    return True


def mixed(
    ctx: Ctx,
    bank: Bank,
    k: int,
    *,
    sep: str = " ",
    who: str = "me",
    share: float = 0.3,
    families: tuple[str, ...] | None = None,
) -> int:
    """k sentences: mostly parts of `bank`, sometimes (and whenever the bank runs out) composed ones."""
    written = 0
    for _ in range(k):
        pool = bank.candidates(ctx.split, ctx.no_pii)
        fresh = [p for p in pool if p.id not in ctx._used]
        parts = None
        if not fresh or ctx.chance(share):
            parts = composed_parts(ctx, ctx.choice(families) if families else None)
        if parts is None and not fresh:
            continue
        if written:
            ctx.b.text(sep)
        if parts is None:
            ctx.say(bank)
        else:
            write_parts(ctx, parts, who)
        written += 1
    return written
