# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Price lists, receipts and itemised invoices: rows of SKUs, quantities, unit prices with decimal
commas or points, VAT rates and totals, order and invoice numbers, shops and departments in capitals.
Nobody's data but, now and then, the customer's name or e-mail."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import head_and_rows, numbers_only, pii_rows, say_row

KIND = "price_list"
WEIGHT = 1.3
NO_PII_OK = True

ROW_FAMILIES = ("sku", "price", "qty", "vat", "product", "amount", "ean", "pct", "n")

HEAD = {
    "it": Bank(
        "it.plist.head",
        [
            "{shop_up}\nListino prezzi in vigore dal {date}",
            "{company}\nFATTURA N. {invoice} del {date} - Ordine {order}",
            "{dept_up} - {company}\nRiepilogo ordine di acquisto {order}",
            "SCONTRINO DI CORTESIA\n{shop}\nCassa {n} - Scontrino n. {pid}",
            "Listino {year} - {brand}\nPrezzi IVA esclusa",
            "Preventivo n. {invoice}\n{company} - {dept}",
            "{shop}\nOrdine online {order} del {date}",
        ],
    ),
    "en": Bank(
        "en.plist.head",
        [
            "{shop_up}\nPrice list valid from {date}",
            "{company}\nINVOICE {invoice} dated {date} - PO {order}",
            "{dept_up} - {company}\nPurchase order summary {order}",
            "{shop}\nTill {n} - Receipt no. {pid}",
            "{year} price list - {brand}\nPrices excl. VAT",
            "Quote {invoice}\n{company} - {dept}",
            "{shop}\nOnline order {order} placed {date}",
        ],
    ),
}
ROW = {
    "it": Bank(
        "it.plist.row",
        [
            "{sku} | {product} | q.tà {qty} | {price} | IVA {vat}",
            "{qty} x {product} ({sku})  {price}",
            "{product} cod. {sku}  {price} cad.  IVA {vat}",
            "{sku}  {product}  {qty} pz  {price}",
            "{product} - EAN {ean} - {price}",
            "{qty} {product} a {price} (sconto {pct})",
            "{product}\n  art. {sku} - {qty} conf. x {price} = {amount}",
            "{sku};{product};{qty};{price};{vat}",
            "{product} ({brand}) - {price} IVA incl.",
            "Cod. {sku} {product} ..... {price}",
        ],
    ),
    "en": Bank(
        "en.plist.row",
        [
            "{sku} | {product} | qty {qty} | {price} | VAT {vat}",
            "{qty} x {product} ({sku})  {price}",
            "{product} item {sku}  {price} each  VAT {vat}",
            "{sku}  {product}  {qty} pcs  {price}",
            "{product} - EAN {ean} - {price}",
            "{qty} {product} at {price} ({pct} off)",
            "{product}\n  item {sku} - {qty} packs x {price} = {amount}",
            "{sku},{product},{qty},{price},{vat}",
            "{product} ({brand}) - {price} incl. VAT",
            "Code {sku} {product} ..... {price}",
        ],
    ),
}
TOTAL = {
    "it": Bank(
        "it.plist.total",
        [
            "Imponibile {amount2}\nIVA {vat2} {amount3}\nTOTALE {amount4}",
            "Totale complessivo: {amount4} (di cui IVA {amount3})",
            "TOTALE EURO {amount4}\nPagamento: carta - Resto {small_amount}",
            "Subtotale {amount2} - Sconto {pct2} - Totale {amount4}",
            "Spese di trasporto {small_amount}\nTotale ordine {amount4}",
        ],
    ),
    "en": Bank(
        "en.plist.total",
        [
            "Subtotal {amount2}\nVAT {vat2} {amount3}\nTOTAL {amount4}",
            "Grand total: {amount4} (incl. VAT {amount3})",
            "TOTAL {amount4}\nPaid by card - Change {small_amount}",
            "Subtotal {amount2} - Discount {pct2} - Total {amount4}",
            "Shipping {small_amount}\nOrder total {amount4}",
        ],
    ),
}
FOOT = {
    "it": Bank(
        "it.plist.foot",
        [
            "Prezzi validi fino al {date2}, salvo esaurimento scorte.",
            "Pagamento a {days} giorni data fattura tramite {bank_any}.",
            "Per resi rivolgersi a {dept} entro {days} giorni.",
            "Orari negozio: {hours}.",
            "Cliente: {p.full}",
            "Copia inviata a {p.email}",
            "Consegna a: {p.full}, {p.addr}",
            "Tessera fedeltà n. {sku} intestata a {p.upper}",
            "GARANZIA {n} anni su tutti i prodotti {brand}.",
            "Ordine evaso dal {dept_up} il {date2}.",
        ],
    ),
    "en": Bank(
        "en.plist.foot",
        [
            "Prices valid until {date2} while stocks last.",
            "Payment due within {days} days via {bank_any}.",
            "Returns to {dept} within {days} days.",
            "Store hours: {hours}.",
            "Customer: {p.full}",
            "Copy sent to {p.email}",
            "Deliver to: {p.full}, {p.addr}",
            "Loyalty card {sku} - {p.upper}",
            "WARRANTY {n} years on all {brand} products.",
            "Order dispatched by {dept_up} on {date2}.",
        ],
    ),
}


def build(ctx: Ctx) -> None:
    numbers_only(ctx)
    b = ctx.b
    lang = ctx.lang
    head_and_rows(ctx, HEAD[lang], ROW[lang], ROW_FAMILIES, 4, 9)
    b.raw("\n")
    ctx.forget(*ROW_FAMILIES)
    ctx.say(TOTAL[lang])
    b.raw("\n\n")
    k = ctx.rng.randint(1, 3)
    with_pii = pii_rows(ctx, k, 1)
    for i in range(k):
        if i:
            b.raw("\n")
        say_row(ctx, FOOT[lang], i in with_pii)
