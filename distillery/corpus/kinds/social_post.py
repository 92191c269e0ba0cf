# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Social posts and reviews: @handles, first names, hashtags, links, a phone number in a sale ad."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "social_post"
WEIGHT = 0.8
NO_PII_OK = True

B = {
    "it": {
        "post": Bank(
            "it.social.post",
            [
                "Trovate chiavi con portachiavi rosso in piazza a {city}, scrivetemi in privato",
                "Buon compleanno {p2.first}!! 🎉 {hashtag}",
                "Se qualcuno ha visto un furgone bianco targato {p2.plate} ieri sera in zona stazione mi contatti",
                "Consiglio a tutti la pizzeria sotto casa {hashtag}",
                "Vendo passeggino usato pochissimo, {amount}, zona {city}. Whatsapp {p.phone}",
                "Oggi con @{p2.user} a {city}, giornata stupenda {hashtag}",
                "Vendo {product} come nuovo, {amount}. Chiamare {p.phone} ore pasti {hashtag}",
                "Smarrito gatto tigrato zona {city}, risponde al nome di Sole. Se lo vedete scrivetemi al {p.phone} o a {p.email}",
                "Grazie a {p2.first} per l'organizzazione, ci vediamo alla prossima! {hashtag}",
                "Recensione: servizio pessimo da {brand}, ordine {order} mai arrivato.",
                "Auguri alla mia sorellina {p2.first} che oggi compie {p2.age} anni!",
                "Nuovo post sul blog: {p.url}",
                "Qualcuno conosce un buon idraulico a {city}? Scrivetemi in privato o a {p.email}",
                "Tanti auguri {p2.full}!! {hashtag}",
                "Il mio profilo Instagram è @{p.user}, seguitemi!",
                "Cerco coinquilina per stanza singola a {city}, {amount} al mese spese incluse. Contatti: {p.phone}",
                "Che tramonto stasera {hashtag}",
                "Oggi il sole splende e si va al mare {hashtag}",
                "Finalmente ferie! {hashtag}",
                "Ringrazio pubblicamente il dott. {p2.last} ({hospital}) per la gentilezza.",
                "Complimenti a @{p2.user} per la maratona!",
            ],
        ),
        "reply": Bank(
            "it.social.reply",
            [
                "@{p.user} bellissimo!",
                "{p.first} ma dove si trova?",
                "Condivido",
                "Ciao {p.first}, ti ho scritto in privato",
                "Ancora disponibile?",
                "Ahahah",
                "@{p2.user} guarda qui",
                "Che bello! {hashtag}",
                "Anche a me è successo con {brand}",
            ],
        ),
    },
    "en": {
        "post": Bank(
            "en.social.post",
            [
                "Found keys with a red keyring in {city} town centre, DM me",
                "Happy birthday {p2.first}!! 🎉 {hashtag}",
                "If anyone saw a white van reg {p2.plate} near the station last night please get in touch",
                "Highly recommend the pizza place round the corner {hashtag}",
                "Selling a barely used pram, {amount}, {city} area. WhatsApp {p.phone}",
                "Great day out in {city} with @{p2.user} {hashtag}",
                "Selling my {product}, like new, {amount}. Call {p.phone} {hashtag}",
                "Lost tabby cat near {city} centre, answers to Ginger. If you see him message me on {p.phone} or {p.email}",
                "Huge thanks to {p2.first} for organising, see you next time! {hashtag}",
                "Review: awful service from {brand}, order {order} never arrived.",
                "Happy birthday to my little sister {p2.first}, {p2.age} today!",
                "New blog post: {p.url}",
                "Anyone know a good plumber in {city}? DM me or email {p.email}",
                "Happy birthday {p2.full}!! {hashtag}",
                "Follow me on Instagram @{p.user}",
                "Room available in a shared flat in {city}, {amount} pcm bills included. Contact {p.phone}",
                "What a sunset tonight {hashtag}",
                "Will the rain ever stop {hashtag}",
                "Finally on holiday! {hashtag}",
                "Shout-out to {p2.dr} {p2.last} at {hospital} for being so kind.",
                "Well done @{p2.user} on the marathon!",
            ],
        ),
        "reply": Bank(
            "en.social.reply",
            [
                "@{p.user} love this!",
                "{p.first} where is that?",
                "Shared",
                "Hi {p.first}, sent you a DM",
                "Still available?",
                "lol",
                "@{p2.user} look at this",
                "Amazing! {hashtag}",
                "Same happened to me with {brand}",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    lower = ctx.chance(0.4)
    if ctx.chance(0.5) and not ctx.no_pii:
        ctx.write("{p.full}" if ctx.chance(0.5) else "@{p.user}")
        b.raw(" · " if ctx.chance(0.5) else "\n")
        b.keep(ctx.choice(("2 h", "5 min", "ieri" if ctx.lang == "it" else "yesterday", "3 d")))
        b.raw("\n")
    with b.styled(lower=lower):
        mixed(
            ctx,
            B_["post"],
            ctx.rng.randint(1, 3),
            sep="\n\n" if ctx.chance(0.5) else " ",
            who="p",
            families=("contact",),
            share=0.15,
        )
    for _ in range(ctx.rng.randint(0, 5)):
        b.raw("\n\n")
        if not ctx.no_pii and ctx.chance(0.6):
            ctx.write("{p3.full}: " if ctx.chance(0.5) else "{p4.first}: ")
        with b.styled(lower=lower):
            ctx.say(B_["reply"])
