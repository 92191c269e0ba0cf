# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Issue tracker tickets: title, reporter, environment (versions kept), steps, a pasted secret."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "ticket"
WEIGHT = 1.0
NO_PII_OK = True

B = {
    "it": {
        "title": Bank(
            "it.tkt.title",
            [
                "[{ticket}] Errore 500 al checkout",
                "[{ticket}] Login non funziona per alcuni utenti",
                "{ticket}: export CSV vuoto",
                "Bug: la pagina profilo mostra dati di un altro utente",
                "Richiesta: reset password utente",
                "{ticket} - email di conferma non arrivano",
            ],
        ),
        "meta": Bank(
            "it.tkt.meta",
            [
                "Componente: frontend",
                "Componente: API pagamenti",
                "Browser: Chrome su Windows 11",
                "Ultimo aggiornamento: {date2}",
                "Etichette: bug, urgente",
                "Segnalato via email da {p3.email}",
                "SLA: 8 ore lavorative",
                "Sprint: {n}",
                "Watcher: {p2.user}, {p.user}",
                "Segnalato da: {p.full} ({p.email})",
                "Reporter: {p.user}",
                "Assegnato a: {p2.full}",
                "Priorità: alta",
                "Stato: aperto",
                "Ambiente: produzione, versione {version}",
                "Aperto il {date} alle {time}",
                "Cliente coinvolto: {p3.full}, tel. {p3.phone}",
            ],
        ),
        "body": Bank(
            "it.tkt.body",
            [
                "Ambiente di test non impattato.",
                "Il bug è riproducibile solo da mobile.",
                "Stack trace: NullPointerException in OrderService.java:214",
                "L'utente {p3.user} ha ricevuto la mail di conferma di un altro ordine ({order}).",
                "Rollback alla versione {version} eseguito alle {time}.",
                "Passi per riprodurre: 1) accedere con l'utente {p3.user} 2) aprire il carrello 3) cliccare su Paga.",
                "Risultato atteso: conferma ordine. Risultato ottenuto: errore 500.",
                "Il problema si presenta dalla release {version}, circa il {pct} delle richieste fallisce.",
                "Dai log risulta che la richiesta arriva dall'IP {p3.ip}.",
                "L'utente {p3.email} segnala di vedere l'indirizzo di un altro cliente ({p4.addr}) nella pagina profilo.",
                "Ho provato con la chiave di test {apikey} e funziona, in produzione no.",
                "Workaround temporaneo: svuotare la cache del browser.",
                "Allego screenshot e HAR.",
                "Il cliente chiede di essere richiamato al {p3.phone}.",
                "Collegato al ticket {ticket2}.",
                "Nota: ho resettato la password dell'utente a {p3.pwd}, va cambiata al primo accesso.",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.tkt.title",
            [
                "[{ticket}] 500 error at checkout",
                "[{ticket}] Login broken for some users",
                "{ticket}: CSV export is empty",
                "Bug: profile page shows another user's data",
                "Request: reset user password",
                "{ticket} - confirmation emails not sent",
            ],
        ),
        "meta": Bank(
            "en.tkt.meta",
            [
                "Component: frontend",
                "Component: payments API",
                "Browser: Safari on iOS",
                "Last updated: {date2}",
                "Labels: bug, p1",
                "Raised by email from {p3.email}",
                "SLA: 8 business hours",
                "Sprint: {n}",
                "Watchers: {p2.user}, {p.user}",
                "Reported by: {p.full} ({p.email})",
                "Reporter: {p.user}",
                "Assignee: {p2.full}",
                "Priority: high",
                "Status: open",
                "Environment: production, {version}",
                "Opened {date} {time}",
                "Affected customer: {p3.full}, tel. {p3.phone}",
            ],
        ),
        "body": Bank(
            "en.tkt.body",
            [
                "Staging not affected.",
                "Only reproducible on mobile.",
                "Stack trace: TypeError: Cannot read properties of undefined (reading 'id') at checkout.js:214",
                "User {p3.user} received the confirmation email for someone else's order ({order}).",
                "Rolled back to {version} at {time}.",
                "Steps to reproduce: 1) log in as {p3.user} 2) open the basket 3) click Pay.",
                "Expected: order confirmation. Actual: HTTP 500.",
                "Started with release {version}; about {pct} of requests fail.",
                "Logs show the request coming from {p3.ip}.",
                "User {p3.email} reports seeing another customer's address ({p4.addr}) on the profile page.",
                "Works with the test key {apikey} but not in production.",
                "Workaround: clear the browser cache.",
                "Screenshot and HAR attached.",
                "Customer asks for a call back on {p3.phone}.",
                "Linked to {ticket2}.",
                "Note: I reset the user's password to {p3.pwd}; they must change it at first login.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n\n")
    ctx.say_many(B_["meta"], ctx.rng.randint(4, 7), "\n")
    b.raw("\n\n")
    mixed(ctx, B_["body"], ctx.rng.randint(4, 7), sep="\n" if ctx.chance(0.5) else " ", families=("plain",), share=0.2)
    if ctx.chance(0.5):
        b.raw("\n\n")
        ctx.write(ctx.choice(("{p2.first}: ", "{p2.user}: ", "")) if not ctx.no_pii else "")
        b.text(
            ctx.choice(
                ("Preso in carico, ci guardo oggi.", "Fix rilasciato in staging.", "Non riesco a riprodurre.")
                if ctx.lang == "it"
                else ("On it, looking today.", "Fix deployed to staging.", "Can't reproduce.")
            )
        )
