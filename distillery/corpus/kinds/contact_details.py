"""Contact details as people write them: CV headers and signatures with bare profile links and
mobiles, log excerpts with percent-encoded e-mails and usernames, chats with obfuscated addresses,
identity checks with document numbers after their cue words, and the organisation contacts
(toll-free numbers, switchboards, role mailboxes) that are not personal data and must stay."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import closing, greeting, sep

KIND = "contact_details"
WEIGHT = 1.0
NO_PII_OK = True

B = {
    "it": {
        "sig": Bank(
            "it.contact_details.sig",
            [
                "{p.full}\n{role} · {company}\n{p.mobile} · {p.email} · {p.profile}",
                "{p.full} | {p.mobile} | {p.profile} | {p.profile2}",
                "{p.full}\nCell. {p.mobile}\n{p.profile}",
                "--\n{p.full}\n{p.profile} · {p.profile2}",
                "{p.full} - {role}\n{p.mobile}\nProfilo: {p.profile}.",
                "Trovi il mio portfolio su {p.profile} e il codice su {p.profile2}.",
            ],
        ),
        "log": Bank(
            "it.contact_details.log",
            [
                "GET /newsletter/unsubscribe?email={p.email_pct}&src=mail 200",
                "POST /api/v2/login user={p.user} status=401 ip={ip}",
                'FATAL: autenticazione fallita per l\'utente "{p.user}"',
                "INFO redirect=/conferma?to={p.email_pct}&lang=it",
                "WARN job notturno completato in {n} minuti",
                "INFO deploy versione {version} completato",
                "DEBUG cache svuotata, {n} chiavi rimosse",
            ],
        ),
        "chat": Bank(
            "it.contact_details.chat",
            [
                "scrivimi pure a {p.email_obf}, la mail normale la filtra",
                "il mio numero nuovo è {p.mobile}",
                "{p.mobile} chiamami dopo le 18",
                "ok, salvato. mi giri anche il suo contatto?",
                "eccolo: {p2.mobile}",
                "per il lavoro scrivi a {p.email_obf}",
                "ci vediamo domani alle {time}",
                "se serve, il mio telegram è {p.profile}",
            ],
        ),
        "idcheck": Bank(
            "it.contact_details.idcheck",
            [
                "Documento esibito: carta d'identità elettronica n. {p.cie}, rilasciata dal Comune di {city}.",
                "Il cliente ha presentato la patente di guida n. {p.licence}.",
                "Passaporto n° {p.passport}, valido fino al {date}.",
                "Veicolo targato {p.plate}, parcheggiato nel posto {n}.",
                "C.I. {p.cie} verificata al check-in delle {time}.",
                "Accesso al portale con utente {p.user}.",
                "Il noleggio prevede il ritiro alle {time} presso la sede di {city}.",
                "Pratica chiusa il {date}, nessuna anomalia riscontrata.",
            ],
        ),
        "org": Bank(
            "it.contact_details.org",
            [
                "Per informazioni è attivo il numero verde {tollfree} (chiamata gratuita).",
                "Il centralino {switchboard} risponde dal lunedì al venerdì.",
                "Le istanze vanno inviate a {role_mail} indicando il numero di protocollo.",
                "Per assistenza tecnica scrivere a {role_mail} o chiamare il servizio clienti al {tollfree}.",
                "Ufficio protocollo, tel. {switchboard}, e-mail {role_mail}.",
                "Il call center {tollfree} è attivo dalle 8 alle 20.",
            ],
        ),
    },
    "en": {
        "sig": Bank(
            "en.contact_details.sig",
            [
                "{p.full}\n{role} · {company}\n{p.mobile} · {p.email} · {p.profile}",
                "{p.full} | {p.mobile} | {p.profile} | {p.profile2}",
                "{p.full}\nMobile {p.mobile}\n{p.profile}",
                "--\n{p.full}\n{p.profile} · {p.profile2}",
                "{p.full}, {role}\n{p.mobile}\nProfile: {p.profile}.",
                "My portfolio is at {p.profile} and my code at {p.profile2}.",
            ],
        ),
        "log": Bank(
            "en.contact_details.log",
            [
                "GET /newsletter/unsubscribe?email={p.email_pct}&src=mail 200",
                "POST /api/v2/login user={p.user} status=401 ip={ip}",
                'FATAL: password authentication failed for user "{p.user}"',
                "INFO redirect=/confirm?to={p.email_pct}&lang=en",
                "WARN nightly job finished in {n} minutes",
                "INFO deployed version {version}",
                "DEBUG cache cleared, {n} keys removed",
            ],
        ),
        "chat": Bank(
            "en.contact_details.chat",
            [
                "just email me at {p.email_obf}, the work one filters everything",
                "new number: {p.mobile}",
                "{p.mobile} call me after 6",
                "ok saved. can you send me hers too?",
                "here: {p2.mobile}",
                "for the job stuff write to {p.email_obf}",
                "see you tomorrow at {time}",
                "if easier I'm on telegram, {p.profile}",
            ],
        ),
        "idcheck": Bank(
            "en.contact_details.idcheck",
            [
                "ID seen: driving licence number {p.licence}.",
                "Guest presented passport no. {p.passport}, expiring {date}.",
                "Vehicle registration {p.plate}, parked in bay {n}.",
                "Identity card no. {p.cie} checked at {time}.",
                "Portal access for username {p.user} was reset.",
                "The rental is collected at {time} at the {city} branch.",
                "Case closed on {date}, nothing unusual found.",
            ],
        ),
        "org": Bank(
            "en.contact_details.org",
            [
                "For questions call our freephone number {tollfree}.",
                "Our switchboard on {switchboard} is open Monday to Friday.",
                "Send the form to {role_mail} quoting your reference.",
                "For technical support write to {role_mail} or call customer service on {tollfree}.",
                "Recall line: {tollfree} (toll-free), or e-mail {role_mail}.",
                "The call centre on {tollfree} is open 8am to 8pm.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    banks = B[ctx.lang]
    shape = ctx.choice(("sig", "log", "chat", "idcheck", "org"))
    b = ctx.b
    if shape == "log":
        for i in range(ctx.rng.randint(3, 6)):
            if i:
                b.raw("\n")
            ctx.write(f"{{date}} {{time{i + 1}}} ")
            ctx.say(banks["log"])
        if ctx.chance(0.6):
            b.raw("\n\n")
            ctx.say(banks["org"])
        return
    if shape == "chat":
        lower = ctx.chance(0.5)
        for i in range(ctx.rng.randint(2, 5)):
            if i:
                b.raw("\n")
            if not ctx.no_pii:
                ctx.write("{me.first}: " if i % 2 == 0 else "{p.first}: ")
            with b.styled(lower=lower):
                ctx.say(banks["chat"])
        return
    if shape == "idcheck":
        for i in range(ctx.rng.randint(2, 4)):
            if i:
                b.raw(" " if ctx.chance(0.5) else "\n")
            ctx.say(banks["idcheck"])
        if ctx.chance(0.5):
            b.raw("\n")
            ctx.say(banks["org"])
        return
    # A short letter: greeting, service lines (org), then the writer's own details (sig).
    greeting(ctx)
    sep(ctx)
    ctx.say_many(banks["org"], ctx.rng.randint(1, 3), " ")
    sep(ctx)
    if shape == "sig" or ctx.chance(0.5):
        closing(ctx, signature=False)
        b.raw("\n")
        ctx.say(banks["sig"])
    else:
        closing(ctx)
