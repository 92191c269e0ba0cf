# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Voicemail and call transcripts: spoken style, numbers and emails dictated word by word."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "call_transcript"
WEIGHT = 0.8
NO_PII_OK = True

B = {
    "it": {
        "head": Bank(
            "it.call.head",
            [
                "Trascrizione segreteria telefonica - {date} {time}",
                "Messaggio vocale (trascrizione automatica)",
                "Nota chiamata - {date}",
                "Registrazione chiamata n. {ticket}",
                "Voicemail da numero sconosciuto",
            ],
        ),
        "say": Bank(
            "it.call.say",
            [
                "Sì buongiorno, sono {p.full}, la chiamo per la questione del contratto.",
                "Mi può richiamare al {p.phone_spoken}?",
                "Il numero è {p.phone_spoken}, ripeto, {p.phone_spoken}.",
                "Le lascio la mia email, è {p.email_spoken}.",
                "Ehm, sì, il mio codice cliente dovrebbe essere {order}.",
                "Volevo sapere se è arrivato il pagamento di {amount}.",
                "Ah, sono {p.first}, la moglie di {p2.full}.",
                "Le giro anche il numero di mio figlio, {p2.phone_spoken}.",
                "Niente, la richiamo domani mattina verso le {time}.",
                "Grazie, arrivederci.",
                "Eh, la pratica è la {protocol}.",
                "Mi scusi se la disturbo, ma è un po' urgente.",
                "Abito in {p.addr}, se deve passare il tecnico.",
                "Sono {p.full}, nat{p.o} il {p.dob}, per la verifica.",
                "Ok allora aspetto una sua chiamata.",
            ],
        ),
    },
    "en": {
        "head": Bank(
            "en.call.head",
            [
                "Voicemail transcript - {date} {time}",
                "Voice message (automatic transcription)",
                "Call note - {date}",
                "Call recording no. {ticket}",
                "Voicemail from unknown number",
            ],
        ),
        "say": Bank(
            "en.call.say",
            [
                "Yeah hi, it's {p.full}, I'm calling about the contract.",
                "Could you call me back on {p.phone_spoken}?",
                "The number is {p.phone_spoken}, again, {p.phone_spoken}.",
                "I'll leave my email, it's {p.email_spoken}.",
                "Erm, my customer number should be {order}.",
                "I wanted to check whether the payment of {amount} arrived.",
                "Oh, it's {p.first}, {p2.full}'s wife.",
                "I'll give you my son's number too, {p2.phone_spoken}.",
                "Anyway, I'll try again tomorrow morning around {time}.",
                "Thanks, bye.",
                "Er, the reference is {protocol}.",
                "Sorry to bother you, but it's a bit urgent.",
                "I live at {p.addr}, if the engineer needs to come round.",
                "It's {p.full}, date of birth {p.dob}, for security.",
                "OK, I'll wait for your call then.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.style.multiline_ok = False  # speech has no line breaks inside an address
    ctx.say(B_["head"])
    b.raw("\n\n")
    if ctx.chance(0.4):
        b.raw("Chiamante: " if ctx.lang == "it" else "Caller: ")
        ctx.write("{p.phone}\n" if not ctx.no_pii else "{n}{n2}{n3}\n")
    mixed(ctx, B_["say"], ctx.rng.randint(4, 8), who="p", families=("contact", "identity", "plain"), share=0.2)
