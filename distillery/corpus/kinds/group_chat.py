"""Group chats (WhatsApp, Telegram, Slack exports): `nickname: message` lines between friends,
family or colleagues, lower-case nicknames as speaker labels and inside the messages ("giuli: ci
sei?", "ask will"), names that are also words next to the word ("c'è il sole", "I will"), PINs
and passwords typed into the chat, and hard negatives (organisations, shops, places, job titles).
"""

from __future__ import annotations

import re

from ..data.nicknames import chat_first_name
from ..engine.bank import Bank
from ..engine.context import Ctx
from ..engine.slots import render_person_pii

KIND = "group_chat"
WEIGHT = 2.5
NO_PII_OK = True

HEADS = ("me", "p", "p2", "p3", "p4")

B = {
    "it": {
        "title": Bank(
            "it.group.title",
            [
                "Calcetto del giovedì ⚽",
                "Famiglia ❤️",
                "Genitori 3B",
                "Ufficio marketing",
                "Viaggio in {region} 🌞",
                "Regalo per la maestra",
                "Cena di classe 2009",
                "Coinquilini",
                "Gita a {place}",
                "#team-vendite",
                "#general",
                "Addio al nubilato 🥂",
                "Turni {org}",
                "Condominio - avvisi",
                "Palestra mattina 💪",
            ],
        ),
        "msg": Bank(
            "it.group.msg",
            [
                "{p.nick} ci sei?",
                "@{p.nick} ci sei?",
                "chiedi a {p.nick} che sa tutto",
                "dillo a {p2.nick} che stasera non ci sono",
                "ok {p.nick} grazie!!",
                "{p.nick} e {p2.nick} domani alle {time} da {shop}?",
                "ho prenotato da {shop} a nome {me.last}, alle {time}",
                "il codice del portone è {me.pin}",
                "codice allarme {me.pin}, non giratelo a nessuno",
                "il pin della sim nuova è {me.pin}",
                "mi segno il pin del bancomat qui che lo dimentico sempre: {me.pin}",
                "password wifi: {me.pwd}",
                "la pw di netflix è {me.pwd} ma non cambiatela 😂",
                "vi giro il mio indirizzo per il pacco: {me.addr}",
                "il numero di {p.nick} è {p.phone}",
                "{p.nick} mi mandi il numero di {p2.first}?",
                "eccolo {p2.phone}",
                "auguri {p.nick}!!! 🎉",
                "ahah {p.nick} sei un mito",
                "{p.nick} hai visto la mail di {org}?",
                "devo passare da {org} per la pratica, qualcuno sa gli orari?",
                "è arrivata la lettera di {org_up}, chi la apre? 😅",
                "{org_up} - AVVISO DI PAGAMENTO {amount}, scadenza {date}",
                "ho parlato con {roleref}, dice che domani niente compiti",
                "{roleref} ha scritto che la gita a {place} è confermata",
                "chi porta la torta per la festa di {p.nick}?",
                "io e {p.nick} siamo già a {place}, raggiungeteci",
                "a {place} c'è il sole, voi?",
                "{p.full} è {p.il} nuov{p.o} {jobtitle}, lo sapevate?",
                "mi ha scritto {p2.full} dall'ufficio, vuole la tua mail {p.nick}",
                "{p.nick} la mia mail è {me.email}",
                "qualcuno ha il numero di {roleref}?",
                "avete provato {model}? {p.nick} dice che è ottimo",
                "ho preso la {car} a noleggio, stasera passo a prendervi",
                "stasera pizza da {shop}? offre {p.nick} 😂",
                "{p.nick}?? rispondi",
                "sono felice per te {p.nick} ❤️",
                "che gioia, finalmente venerdì",
                "pizza bianca o rossa? io dico bianca",
                "la maglia rosa l'ha presa di nuovo lui",
                "spiegazione chiarissima, grazie {p.nick}",
                "ok",
                "arrivo tra 5 min",
                "chi viene sabato?",
                "ci sono anch'io",
                "non ce la faccio, scusate 🙏",
                "il parcheggio a {landmark} è un incubo",
                "ho lasciato le chiavi da {shop}",
                "domani sciopero {org}, occhio",
                "ci vediamo a {landmark} alle {time}",
                "{p.nick} sei ancora in {region}?",
                "{p.nick} mi presti la {car} sabato?",
                "il mio capo ({jobtitle}, figurati) vuole tutto per domani",
                "{p.nick} e {p2.nick} vi aspetto davanti a {shop}",
                "raga {p.nick} non risponde, qualcuno la/lo chiama?",
                "{p.nick} hai ancora le chiavi di {p2.nick}?",
                "grazie {p.nick} 🙏",
                "{p.nick} tu che dici?",
                "ma {p.nick} viene o no?",
                "ho sentito {p.nick} stamattina, arriva dopo",
                "sto andando a prendere {p.nick} in stazione",
                "{p.nick} mi ridai il numero di {p2.nick}? ho cambiato telefono",
                "bravissima {p.nick}!!",
                "il bancomat di papà: pin {me.pin}, non perderlo",
                "la password della rete di casa è {me.pwd}",
                "per entrare in ufficio: badge + codice {me.pin}",
                "il mio nuovo numero è {me.phone}, salvatelo",
                "{p.nick} passa da me: {me.addr}",
                "oggi al lavoro hanno nominato {p2.full} {jobtitle}",
                "il tecnico di {org} viene domani tra le {time} e le {time2}",
                "raga chi ha visto la partita a {landmark}?",
                "domani sono a {place} per lavoro",
                "qualcuno va in {region} ad agosto?",
                "che bella giornata serena oggi",
                "franco di porto o no? chiedo per il pacco",
                "è una storia vera eh",
                "viola o azzurro per la torta?",
                "stasera c'è la luna piena",
                "siete liberi sabato?",
                "ho perso il treno 😩",
                "buongiorno a tutti ☀️",
            ],
        ),
        "system": Bank(
            "it.group.system",
            [
                "I messaggi e le chiamate sono crittografati end-to-end.",
                "<Media omessi>",
                "Questo messaggio è stato eliminato",
                "<immagine allegata>",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.group.title",
            [
                "Footy Thursday ⚽",
                "Family chat ❤️",
                "Year 5 parents",
                "Marketing team",
                "Trip to {region} 🌞",
                "Gift for the teacher",
                "Class of 2012",
                "Flatmates",
                "Day out in {place}",
                "#sales-team",
                "#general",
                "Stag do 🍻",
                "{org} rota",
                "Book club 📚",
                "Morning gym 💪",
            ],
        ),
        "msg": Bank(
            "en.group.msg",
            [
                "{p.nick} you there?",
                "@{p.nick} you there?",
                "ask {p.nick}, they'll know",
                "tell {p2.nick} I can't make it tonight",
                "ok thanks {p.nick}!!",
                "{p.nick}, {p2.nick} pub at {time}? {shop}",
                "booked {shop} under {me.last} for {time}",
                "door code is {me.pin}",
                "alarm code {me.pin}, don't share it pls",
                "new sim PIN is {me.pin}",
                "putting my card PIN here bc I keep forgetting: {me.pin}",
                "wifi pw: {me.pwd}",
                "netflix password is {me.pwd}, don't change it 😂",
                "here's my address for the parcel: {me.addr}",
                "{p.nick}'s number is {p.phone}",
                "{p.nick} can you send me {p2.first}'s number?",
                "here {p2.phone}",
                "happy birthday {p.nick}!!! 🎉",
                "lol {p.nick} legend",
                "{p.nick} did you see the email from {org}?",
                "I need to call {org} about the form, anyone know the hours?",
                "got a letter from {org_up}, who wants to open it 😅",
                "{org_up} - PAYMENT REMINDER {amount}, due {date}",
                "spoke to {roleref}, no homework tomorrow",
                "{roleref} says the trip to {place} is on",
                "who's bringing the cake for {p.nick}'s party?",
                "me and {p.nick} are already in {place}, come over",
                "sunny in {place}, you guys?",
                "{p.full} is the new {jobtitle}, did you know?",
                "{p2.full} from the office wants your email {p.nick}",
                "{p.nick} my email is {me.email}",
                "anyone got the number for {roleref}?",
                "tried {model}? {p.nick} says it's great",
                "rented a {car}, I'll pick you up tonight",
                "pizza at {shop}? {p.nick}'s paying 😂",
                "{p.nick}?? answer",
                "I will check and get back to you",
                "the bill came to {amount}, split 4 ways",
                "there's a grace period till {date} apparently",
                "mark my words it'll rain",
                "may as well go now",
                "ok",
                "on my way",
                "who's in for saturday?",
                "count me in",
                "can't make it sorry 🙏",
                "parking at {landmark} is a nightmare",
                "left the keys at {shop}",
                "{org} strike tomorrow, heads up",
                "meet at {landmark} at {time}",
                "{p.nick} are you still in {region}?",
                "{p.nick} can I borrow the {car} on saturday?",
                "my boss (the {jobtitle}, no less) wants it all by tomorrow",
                "{p.nick} and {p2.nick} I'm outside {shop}",
                "guys {p.nick} isn't answering, can someone call?",
                "{p.nick} have you still got {p2.nick}'s keys?",
                "thanks {p.nick} 🙏",
                "{p.nick} what do you think?",
                "is {p.nick} coming or not?",
                "spoke to {p.nick} this morning, running late",
                "picking {p.nick} up from the station",
                "{p.nick} can you resend {p2.nick}'s number? new phone",
                "well done {p.nick}!!",
                "dad's card: PIN {me.pin}, don't lose it",
                "home wifi password is {me.pwd}",
                "to get into the office: badge + code {me.pin}",
                "my new number is {me.phone}, save it",
                "{p.nick} come round to mine: {me.addr}",
                "they made {p2.full} {jobtitle} at work today",
                "the {org} engineer is coming tomorrow between {time} and {time2}",
                "anyone watch the match at {landmark}?",
                "I'm in {place} for work tomorrow",
                "anyone going to {region} in august?",
                "hope you all have a good one",
                "just a grace note, the piano's out of tune",
                "will do",
                "sunny day, pure joy",
                "free on saturday?",
                "missed my train 😩",
                "morning all ☀️",
            ],
        ),
        "system": Bank(
            "en.group.system",
            [
                "Messages and calls are end-to-end encrypted.",
                "<Media omitted>",
                "This message was deleted",
                "<attached: photo>",
            ],
        ),
    },
}
FORMATS = Bank("group.formats", ["whatsapp", "whatsapp_dash", "telegram", "slack", "irc", "plain", "plain_spaced"])
LABELS = ("nick", "nick", "nick", "nick", "lower", "first", "full", "phone")
ROLE_LABELS = {
    "it": ("mamma", "papà", "nonna", "admin", "il mister", "Ufficio", "bot"),
    "en": ("mum", "dad", "grandma", "admin", "coach", "Office", "bot"),
}
_HEAD = re.compile(r"\{(me|p|p2)\.")


def recast(template: str, heads: dict[str, str]) -> str:
    """Rewrite the people of a template: {me.x} -> {<heads["me"]>.x}, and so on for p and p2."""
    return _HEAD.sub(lambda m: "{" + heads[m.group(1)] + ".", template)


def _label(ctx: Ctx, head: str, form: str) -> None:
    """A speaker label: the member's nickname, first name (maybe lower case), full name or phone."""
    b = ctx.b
    if ctx.no_pii:
        b.raw(form)
    elif form == "nick":
        ctx.write(f"{{{head}.nick}}")
    elif form == "phone":
        b.pii(render_person_pii(ctx, head, "phone"), "PHONE")
    else:
        p = ctx.person(head)
        value = {"lower": p.first.lower(), "first": p.first, "full": p.full}[form]
        b.pii(value, "PERSON")


def _stamp(ctx: Ctx, fmt: str, minute: int, day: str) -> str:
    hh, mm = divmod(minute % 1440, 60)
    if fmt == "slack":
        return f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    return f"{hh:02d}:{mm:02d}" if fmt != "whatsapp" else f"{day}, {hh:02d}:{mm:02d}"


def _line(ctx: Ctx, fmt: str, head: str, form: str, stamp: str) -> None:
    """Write the speaker part of a line in the platform's layout."""
    b = ctx.b
    if fmt == "whatsapp":
        b.raw(f"[{stamp}] ")
    elif fmt == "whatsapp_dash":
        b.raw(f"{stamp} - ")
    elif fmt == "irc":
        b.raw(f"[{stamp}] <")
    _label(ctx, head, form)
    b.raw(
        {"telegram": f", [{stamp}]\n", "slack": f"  {stamp}\n", "irc": "> "}.get(fmt, ": "),
    )


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    fmt = ctx.value(FORMATS) or "plain"
    fmt = "plain" if fmt == "plain_spaced" else fmt
    members = list(HEADS[: ctx.rng.randint(3, 5)])
    forms: dict[str, str] = {}
    for head in members:
        if ctx.no_pii:
            forms[head] = ctx.choice(ROLE_LABELS[ctx.lang])
            continue
        chat_first_name(ctx, ctx.person(head))
        forms[head] = ctx.choice(LABELS if head != "me" else LABELS[:-1])
    if len(set(forms.values())) < len(forms) and ctx.no_pii:
        forms = dict(zip(members, ctx.rng.sample(ROLE_LABELS[ctx.lang], len(members)), strict=True))
    if ctx.chance(0.5):
        b.text("Gruppo: " if ctx.lang == "it" else "Group: ")
        ctx.say(B_["title"])
        b.raw("\n\n")
    day = f"{ctx.rng.randint(1, 28):02d}/{ctx.rng.randint(1, 12):02d}/{ctx.rng.randint(22, 25)}"
    minute = ctx.rng.randint(6 * 60, 22 * 60)
    lower = ctx.chance(0.6)
    n = ctx.rng.randint(5, 12)
    sep = "\n\n" if fmt in ("telegram", "slack") else "\n"
    last = ""
    for i in range(n):
        if i:
            b.raw(sep)
        minute += ctx.rng.choice((0, 0, 1, 1, 2, 5, 12))
        speaker = ctx.choice([m for m in members if m != last])
        last = speaker
        stamp = _stamp(ctx, fmt, minute, day)
        if i and ctx.chance(0.06):  # a system line: no speaker
            b.raw(f"[{stamp}] " if fmt in ("whatsapp", "irc") else "")
            ctx.say(B_["system"])
            continue
        _line(ctx, fmt, speaker, forms[speaker], stamp)
        part = ctx.pick(B_["msg"], fresh_only=True)
        if part is None:  # no message left that this chat has not used yet
            b.text("ok")
            break
        others = [m for m in members if m != speaker]
        ctx.rng.shuffle(others)
        heads = {"me": speaker, "p": others[0], "p2": others[1]}
        with b.styled(lower=lower, drop_accents=lower and ctx.lang == "it", typo_rate=0.02 if lower else 0.0):
            ctx.write(recast(part.value, heads))
