"""Support chats: timestamped turns between an agent and a customer who types fast and in lower case."""

from __future__ import annotations

from ..data.phrases import compose
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "support_chat"
WEIGHT = 2.0
NO_PII_OK = True

B = {
    "it": {
        "open": Bank(
            "it.chat.open",
            [
                "Ciao {p.first}, grazie per aver scritto. Dimmi pure.",
                "Salve, sono {me.first} di {brand}. Ho letto il suo messaggio.",
                "Buongiorno, sono {me.first} del servizio clienti di {brand}. Come posso aiutarla?",
                "Ciao! Sono {me.first}, in cosa posso esserti utile oggi?",
                "Salve, grazie per averci contattato. Come posso aiutarla?",
                "Benvenuto nell'assistenza {brand}, sono {me.first}.",
                "Buonasera, mi dica pure.",
                "Ciao, sono l'assistente virtuale. Descrivi brevemente il problema.",
                "Buongiorno, la ascolto.",
            ],
        ),
        "issue": Bank(
            "it.chat.issue",
            [
                "ciao, ho cambiato casa e devo spostare la linea",
                "mi è arrivato un sms strano a nome vostro",
                "buonasera, vorrei sapere il saldo punti",
                "non riesco a scaricare la fattura di {monthyear}",
                "il rimborso doveva arrivare il {date} ma niente",
                "ho perso la carta, come faccio a bloccarla?",
                "salve volevo aggiungere mia figlia {p2.first} all'abbonamento famiglia",
                "salve ho un problema con l'ordine {order}",
                "buongiorno non riesco ad accedere al mio account",
                "ciao, mi è arrivata una bolletta di {amount} ma non torna",
                "il pacco non è mai arrivato",
                "vorrei cambiare l'indirizzo di consegna",
                "mi hanno addebitato due volte {amount}",
                "sono {p.full} e volevo sapere a che punto è il rimborso",
                "ho bisogno di disdire l'abbonamento",
                "ciao sono {p.first}, ho scritto ieri per il {product}",
                "la app mi dice errore da stamattina",
                "non mi arriva il codice di verifica sul cellulare",
                "devo aggiornare la carta di pagamento",
                "ciao, il tecnico doveva venire {weekday} ma non si è visto nessuno",
            ],
        ),
        "verify": Bank(
            "it.chat.verify",
            [
                (
                    "Certo, mi può indicare nome, cognome e data di nascita dell'intestatario?",
                    "{p.full}, nat{p.o} il {p.dob}",
                ),
                ("Nome e data di nascita per favore?", "{p.full} {p.dob}"),
                ("Mi conferma l'email associata all'account?", "si è {p.email}"),
                ("Mi conferma l'indirizzo email?", "{p.email} oppure {p.email2}"),
                ("Per verificare l'identità mi serve il codice fiscale.", "il mio cf è {p.cf}"),
                ("Mi detta il codice fiscale dell'intestatario?", "{p.cf}"),
                ("Mi dà il numero d'ordine per favore?", "l'ordine è {order}"),
                ("Qual è il numero di telefono registrato?", "allora {p.phone}"),
                ("Mi lascia un numero per richiamarla?", "cell {p.phone}"),
                ("Mi indica l'indirizzo di consegna completo?", "certo, {p.addr}"),
                ("A che indirizzo è attiva l'utenza?", "abito in {p.addr}"),
                ("Mi conferma il suo nome utente?", "user {p.user}"),
                ("Con che carta ha pagato?", "la carta è {p.card}"),
                ("Mi serve il nome dell'intestatario del contratto.", "il conto è intestato a mia madre, {p2.full}"),
                ("Mi dice nome e cognome?", "mi chiamo {p.first} {p.last}, codice cliente non lo trovo"),
                ("Mi lascia nome e indirizzo?", "ecco: {p.full}, {p.addr}"),
                ("Il numero del ticket precedente?", "era {ticket} mi pare"),
                ("Mi conferma la targa del veicolo assicurato?", "{p.plate}"),
                (
                    "Può dirmi le ultime cifre della carta usata?",
                    "finisce con 4 cifre che non ricordo, ho solo il numero d'ordine {order}",
                ),
            ],
        ),
        "resolve": Bank(
            "it.chat.resolve",
            [
                "La nuova linea sarà attiva dal {date} all'indirizzo {p.addr}.",
                "Quel messaggio non è nostro: non clicchi sul link.",
                "Il saldo punti è di 1.250, pari a uno sconto di {small_amount}.",
                "Le ho inviato la fattura in PDF a {p.email}.",
                "La carta è stata bloccata; la nuova arriverà in {days} giorni.",
                "Ho aggiunto {p2.first} al piano famiglia.",
                "Grazie {p.first}, ho trovato la sua pratica.",
                "Perfetto, ho aggiornato i dati.",
                "Ho aperto la segnalazione {ticket}, verrà ricontattat{p.o} entro {days} giorni.",
                "Il rimborso di {amount} è stato disposto oggi.",
                "Vedo che il pacco è in giacenza presso il deposito di {city}.",
                "Le ho inviato un link per reimpostare la password all'indirizzo {p.email}.",
                "Ho modificato l'indirizzo di consegna in {p.addr}.",
                "La disdetta sarà effettiva dal {date}.",
                "Il tecnico la richiamerà al {p.phone} per fissare un nuovo appuntamento.",
                "Ho inoltrato la richiesta al reparto tecnico.",
                "Il codice promozionale le dà uno sconto del {pct}.",
                "Risulta un secondo addebito: lo annulliamo entro {days} giorni lavorativi.",
            ],
        ),
        "thanks": Bank(
            "it.chat.thanks",
            [
                "ok perfetto",
                "ah ecco, grazie",
                "va bene grazie a lei",
                "ok ma entro quando?",
                "grazie ciao",
                "si ok",
                "ok attendo la mail",
                "benissimo",
                "ok grazie mille",
                "perfetto grazie",
                "va bene, aspetto allora",
                "grazie, gentilissimo",
                "ok",
                "ah ok grazie",
                "speriamo bene",
                "ma quindi devo fare altro?",
                "grazie davvero, buona giornata",
                "ok ricevuto",
            ],
        ),
        "close": Bank(
            "it.chat.close",
            [
                "Buona giornata e grazie per la pazienza!",
                "Le invio un riepilogo via email. Arrivederci.",
                "Resto a disposizione, buona serata {p.first}.",
                "Posso esserle utile in altro?",
                "Grazie per averci contattato, buona giornata!",
                "A presto, {p.first}!",
                "La chat verrà chiusa. Buona serata.",
                "Se ha altre domande siamo qui.",
                "Grazie a lei, arrivederci.",
            ],
        ),
        "header": Bank(
            "it.chat.header",
            [
                "Chat avviata il {date} alle {time}",
                "Trascrizione chat - {brand}",
                "Conversazione {ticket}",
                "Assistenza clienti {brand} - {date}",
                "--- Inizio chat ---",
            ],
        ),
    },
    "en": {
        "open": Bank(
            "en.chat.open",
            [
                "Hi {p.first}, thanks for getting in touch. Go ahead.",
                "Hello, I'm {me.first} at {brand}. I've read your message.",
                "Hi, you're chatting with {me.first} from {brand} support. How can I help?",
                "Hello! I'm {me.first}, what can I do for you today?",
                "Thanks for contacting us. How can I help you?",
                "Welcome to {brand} customer service, my name is {me.first}.",
                "Good evening, go ahead.",
                "Hi, I'm the virtual assistant. Please describe your issue.",
                "Morning! How can I help?",
            ],
        ),
        "issue": Bank(
            "en.chat.issue",
            [
                "hi, ive moved house and need to transfer my broadband",
                "i got a weird text that says its from you",
                "evening, whats my points balance?",
                "cant download my {monthyear} invoice",
                "the refund was due on {date} but nothing",
                "ive lost my card, how do i block it?",
                "hi i want to add my daughter {p2.first} to the family plan",
                "hi i have a problem with order {order}",
                "hello i cant log in to my account",
                "hi, i got a bill for {amount} that doesnt look right",
                "my parcel never arrived",
                "i need to change my delivery address",
                "ive been charged {amount} twice",
                "its {p.full}, wanted to check on my refund",
                "i want to cancel my subscription",
                "hi its {p.first}, i emailed yesterday about the {product}",
                "the app keeps showing an error",
                "im not getting the verification code",
                "need to update my payment card",
                "the engineer was supposed to come on {weekday} but nobody showed up",
            ],
        ),
        "verify": Bank(
            "en.chat.verify",
            [
                ("Sure, can I take the account holder's full name and date of birth?", "{p.full}, born {p.dob}"),
                ("Name and DOB please?", "{p.full} {p.dob}"),
                ("Could you confirm the email on the account?", "yes its {p.email}"),
                ("What email did you sign up with?", "{p.email} or maybe {p.email2}"),
                ("For security, could you confirm your {p.ssnlabel}?", "its {p.ssn}"),
                ("I'll need your {p.ssnlabel} to verify the account.", "{p.ssn}"),
                ("Can I have the order number please?", "order is {order}"),
                ("What's the phone number on the account?", "sure {p.phone}"),
                ("What's the best number to call you back on?", "mobile {p.phone}"),
                ("What's the full delivery address?", "{p.addr}"),
                ("Which address is the account registered to?", "i live at {p.addr}"),
                ("Can you confirm your username?", "user is {p.user}"),
                ("Which card did you pay with?", "card is {p.card}"),
                ("Whose name is the account in?", "the account is in my mum's name, {p2.full}"),
                ("Can I take your name?", "{p.first} {p.last}, i dont have the customer number"),
                ("Could I get your name and address?", "here: {p.full}, {p.addr}"),
                ("Do you have the previous ticket number?", "it was {ticket} i think"),
                ("Can you confirm the registration of the insured vehicle?", "{p.plate}"),
                ("What are the last digits of the card?", "dont remember, i only have the order number {order}"),
            ],
        ),
        "resolve": Bank(
            "en.chat.resolve",
            [
                "The new line will go live on {date} at {p.addr}.",
                "That message isn't from us, please don't click the link.",
                "You have 1,250 points, worth {small_amount}.",
                "I've emailed the PDF invoice to {p.email}.",
                "Your card is blocked; a new one will arrive in {days} days.",
                "I've added {p2.first} to the family plan.",
                "Thanks {p.first}, I've found your account.",
                "Great, I've updated your details.",
                "I've opened case {ticket}; someone will contact you within {days} days.",
                "Your refund of {amount} was issued today.",
                "The parcel is being held at the {city} depot.",
                "I've sent a password reset link to {p.email}.",
                "I've changed the delivery address to {p.addr}.",
                "Your cancellation takes effect on {date}.",
                "The engineer will call you on {p.phone} to rebook.",
                "I've escalated this to our technical team.",
                "That promo code gives you {pct} off.",
                "I can see a duplicate charge; it'll be reversed within {days} working days.",
            ],
        ),
        "thanks": Bank(
            "en.chat.thanks",
            [
                "ok perfect",
                "ah right, thanks",
                "thanks, you too",
                "ok but by when?",
                "cheers bye",
                "yep ok",
                "ok ill look out for the email",
                "lovely",
                "ok thanks",
                "perfect thank you",
                "ok ill wait then",
                "thanks so much",
                "ok",
                "ah ok cheers",
                "fingers crossed",
                "so do i need to do anything else?",
                "brilliant thanks, have a good day",
                "got it",
            ],
        ),
        "close": Bank(
            "en.chat.close",
            [
                "Have a great day and thanks for your patience!",
                "I'll email you a summary. Bye for now.",
                "Anything else, just message us. Take care {p.first}.",
                "Is there anything else I can help with?",
                "Thanks for contacting us, have a great day!",
                "Take care, {p.first}!",
                "This chat will now close. Good evening.",
                "If you have any other questions we're here.",
                "You're welcome, bye for now.",
            ],
        ),
        "header": Bank(
            "en.chat.header",
            [
                "Chat started {date} {time}",
                "Chat transcript - {brand}",
                "Conversation {ticket}",
                "{brand} Customer Support - {date}",
                "--- Chat start ---",
            ],
        ),
    },
}
SPEAKERS = Bank(
    "chat.speakers",
    ["time_dash", "bold_name", "name_says", "name_colon", "time_name", "name_time", "angle", "dash", "name_newline"],
)


def _speaker(ctx: Ctx, style: str, who: str, minute: int) -> None:
    b = ctx.b
    hh, mm = 9 + minute // 60 % 10, minute % 60
    stamp = f"{hh:02d}:{mm:02d}"
    if style in ("time_name", "time_dash"):
        b.raw("[")
        b.keep(stamp)
        b.raw("] " if style == "time_name" else "] - ")
    b.raw("**" if style == "bold_name" else "")
    _name(ctx, who)
    b.raw("**" if style == "bold_name" else "")
    if style == "name_time":
        b.raw(" (")
        b.keep(stamp)
        b.raw(")")
    says = " dice: " if ctx.lang == "it" else " says: "
    b.raw({"angle": "> ", "dash": " - ", "name_newline": "\n", "name_says": says}.get(style, ": "))


def _name(ctx: Ctx, who: str) -> None:
    b = ctx.b
    if who == "agent":
        if ctx.no_pii or ctx._memo.get("_agent_label") == "role":
            b.raw("Operatore" if ctx.lang == "it" else "Agent")
        else:
            ctx.write("{me.first}")
    elif ctx.no_pii or ctx._memo.get("_cust_label") == "role":
        b.raw(
            ctx._memo.setdefault(
                "_cust_word",
                ctx.choice(("Cliente", "Utente", "Tu"))
                if ctx.lang == "it"
                else ctx.choice(("Customer", "Visitor", "You")),
            )
        )
    else:
        ctx.write("{p.full}" if ctx._memo["_cust_label"] == "full" else "{p.first}")


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    style = ctx.value(SPEAKERS) or "name_colon"
    ctx._memo["_agent_label"] = ctx.choice(("name", "role"))
    ctx._memo["_cust_label"] = ctx.choice(("full", "first", "role", "role"))
    lower = ctx.chance(0.6)
    minute = ctx.rng.randint(0, 500)
    if ctx.chance(0.4):
        ctx.say(B_["header"])
        b.raw("\n")
    turns = [("agent", "open"), ("cust", "issue"), ("ask", "verify")]
    if ctx.chance(0.8):
        turns += [("ask", "verify")]
    if ctx.chance(0.4):
        turns += [("ask", "verify")]
    if ctx.chance(0.5):  # the customer volunteers details in their own words
        turns += [("cust", "compose")]
    turns += [("agent", "resolve"), ("cust", "thanks")]
    if ctx.chance(0.7):
        turns += [("agent", "resolve"), ("cust", "thanks")]
    turns += [("agent", "close")]
    line_sep = "\n" if style != "name_newline" else "\n\n"
    for i, (who, phase) in enumerate(turns):
        pair = ctx.value(B_[phase], fresh_only=True) if who == "ask" else None
        if who == "ask" and pair is None:
            continue  # no new question left for this document
        if i:
            b.raw(line_sep)
        minute += ctx.rng.randint(0, 3)
        if who == "ask":  # a verification question and its answer
            _speaker(ctx, style, "agent", minute)
            ctx.write(pair[0])
            b.raw(line_sep)
            minute += ctx.rng.randint(0, 2)
            _speaker(ctx, style, "cust", minute)
            with b.styled(lower=lower, drop_accents=lower and ctx.lang == "it"):
                ctx.write(pair[1])
            continue
        _speaker(ctx, style, who, minute)
        if who == "cust":
            with b.styled(
                lower=lower,
                typo_rate=max(ctx.style.typo_rate, 0.02 if lower else 0.0),
                drop_accents=lower and ctx.lang == "it",
            ):
                if phase == "compose":
                    done = compose(ctx, ctx.choice(("contact", "identity", "payment", "documents")), who="p")
                else:
                    done = ctx.say(B_[phase])
                if not done:
                    b.text("ok")
        else:
            ctx.say(B_[phase])
