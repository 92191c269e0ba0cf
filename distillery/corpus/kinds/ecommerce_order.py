"""E-commerce order confirmations and shipping notices."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form

KIND = "ecommerce_order"
WEIGHT = 1.2
NO_PII_OK = True

B = {
    "it": {
        "head": Bank(
            "it.shop.head",
            [
                "Grazie per il tuo ordine, {p.first}!",
                "Conferma ordine {order}",
                "Il tuo ordine è stato spedito",
                "{brand} - Riepilogo ordine",
                "Ciao {p.first}, abbiamo ricevuto il tuo ordine",
                "Ordine n. {order} confermato",
                "Il tuo pacco è in consegna",
            ],
        ),
        "item": Bank(
            "it.shop.item",
            [
                "{qty} x {product} - {amount}",
                "{product}\nQuantità: {qty}\nPrezzo: {amount}",
                "Articolo: {product} | Qtà {qty} | {amount}",
                "{product} ({amount})",
                "- {product}, {amount}",
            ],
        ),
        "ship": Bank(
            "it.shop.ship",
            [
                "Indirizzo di spedizione:\n{p.full}\n{p.addr_ml}",
                "Spedito a: {p.full}, {p.addr}",
                "Consegna presso: {p.addr}\nDestinatario: {p.full}\nTel. {p.phone}",
                "Verrà consegnato a {p.full} in {p.addr}.",
                "Ritiro presso il punto {brand} di {city}.",
            ],
        ),
        "pay": Bank(
            "it.shop.pay",
            [
                "Pagato con Apple Pay",
                "Buono regalo applicato: {small_amount}",
                "Spese di consegna: {small_amount}",
                "Pagamento con carta {p.card} autorizzato",
                "Codice sconto BENVENUTO10 applicato",
                "Intestatario fattura: {p.full}",
                "di cui IVA: {small_amount2}",
                "Pagamento in 3 rate da {small_amount3} con Scalapay",
                "Metodo di pagamento: carta {p.card}",
                "Pagato con PayPal ({p.email})",
                "Totale: {amount2} (IVA inclusa)",
                "Spedizione: gratuita",
                "Pagamento alla consegna: {amount2}",
                "Sconto applicato: {pct}",
                "Subtotale {amount2}",
            ],
        ),
        "foot": Bank(
            "it.shop.foot",
            [
                "Per domande sull'ordine il nostro servizio clienti è attivo 7 giorni su 7.",
                "Gli articoli spediti separatamente possono arrivare in giorni diversi.",
                "Lascia una recensione e ricevi uno sconto del {pct} sul prossimo ordine.",
                "Se non sei in casa, il corriere ripasserà il giorno lavorativo successivo.",
                "Il reso è gratuito fino al {date2}.",
                "Alla consegna sarà richiesta una firma.",
                "Abbiamo inviato una copia di questa conferma a {p.email}.",
                "Il corriere potrebbe chiamare il {p.phone} se non trova l'indirizzo.",
                "Ordine effettuato il {date} alle {time}.",
                'Biglietto regalo: "Buon compleanno {p2.first}, un abbraccio da {p.first}"',
                "Puoi seguire la spedizione con il codice {tracking}.",
                "Consegna prevista: {date}.",
                "Hai {days} giorni per effettuare il reso gratuito.",
                "Per assistenza rispondi a questa email o visita la sezione I miei ordini.",
                "Riceverai un SMS al {p.phone} il giorno della consegna.",
                "La fattura sarà inviata a {p.email}.",
                "Il corriere {GLS|BRT|SDA|DHL|Poste Delivery} ti contatterà prima della consegna.",
            ],
        ),
    },
    "en": {
        "head": Bank(
            "en.shop.head",
            [
                "Thanks for your order, {p.first}!",
                "Order confirmation {order}",
                "Your order has shipped",
                "{brand} - Order summary",
                "Hi {p.first}, we've received your order",
                "Order #{order} confirmed",
                "Your parcel is out for delivery",
            ],
        ),
        "item": Bank(
            "en.shop.item",
            [
                "{qty} x {product} - {amount}",
                "{product}\nQty: {qty}\nPrice: {amount}",
                "Item: {product} | Qty {qty} | {amount}",
                "{product} ({amount})",
                "- {product}, {amount}",
            ],
        ),
        "ship": Bank(
            "en.shop.ship",
            [
                "Shipping address:\n{p.full}\n{p.addr_ml}",
                "Shipping to: {p.full}, {p.addr}",
                "Deliver to: {p.addr}\nRecipient: {p.full}\nPhone: {p.phone}",
                "It will be delivered to {p.full} at {p.addr}.",
                "Click & collect at {brand} {city}.",
            ],
        ),
        "pay": Bank(
            "en.shop.pay",
            [
                "Paid with Apple Pay",
                "Gift card applied: {small_amount}",
                "Delivery: {small_amount}",
                "Payment by {p.card}, approved",
                "Promo code WELCOME10 applied",
                "Billing name: {p.full}",
                "VAT included: {small_amount2}",
                "Klarna: 3 instalments of {small_amount3}",
                "Payment method: card {p.card}",
                "Paid with PayPal ({p.email})",
                "Total: {amount2} (incl. VAT)",
                "Shipping: free",
                "Order total {amount2}",
                "Discount applied: {pct}",
                "Subtotal {amount2}",
            ],
        ),
        "foot": Bank(
            "en.shop.foot",
            [
                "Questions about your order? Our team is available 24/7.",
                "Items shipped separately may arrive on different days.",
                "Leave a review and get {pct} off your next order.",
                "If you're not home, we'll try again the next working day.",
                "Your order qualifies for free returns until {date2}.",
                "A signature will be required on delivery.",
                "We've sent a copy of this confirmation to {p.email}.",
                "The delivery driver may call {p.phone} if they can't find the address.",
                "Order placed on {date} at {time}.",
                'Gift message: "Happy birthday {p2.first}, love from {p.first}"',
                "Track your parcel with {tracking}.",
                "Estimated delivery: {date}.",
                "You have {days} days to return items for free.",
                "Need help? Reply to this email or visit Your Orders.",
                "We'll text {p.phone} on the day of delivery.",
                "Your invoice will be sent to {p.email}.",
                "{Royal Mail|DPD|Evri|UPS|FedEx} will contact you before delivery.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    if not ctx.say(B_["head"]):
        ctx.write("{order}")
    b.raw("\n\n")
    if ctx.chance(0.3):
        ctx.write("Ordine: {order}\nData: {date}\n" if ctx.lang == "it" else "Order: {order}\nDate: {date}\n")
    ctx.say_many(B_["item"], 1, "")
    for _ in range(ctx.rng.randint(0, 3)):
        b.raw("\n")
        ctx.write(ctx.choice(("{qty} x {product2} - {amount3}", "- {product3}, {small_amount}")))
    b.raw("\n\n")
    ctx.say_many(B_["pay"], ctx.rng.randint(2, 4), "\n")
    b.raw("\n\n")
    ctx.say(B_["ship"])
    if ctx.chance(0.25):
        b.raw("\n")
        form(ctx, ["email", "phone"])
    b.raw("\n\n")
    ctx.say_many(B_["foot"], ctx.rng.randint(3, 6), " ")
