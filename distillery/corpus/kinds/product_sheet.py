# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Product sheets and catalogue entries: brands and car models, EAN-13/UPC-A codes (valid check
digit), SKUs and model numbers, sizes, weights, power, prices, warranty terms, headings in capitals.
Sometimes signed by a reviewer or a seller's contact person."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import numbers_only, pii_rows, say_row

KIND = "product_sheet"
WEIGHT = 1.3
NO_PII_OK = True

SPEC_FAMILIES = ("n", "pct", "year")

HEAD = {
    "it": Bank(
        "it.psheet.head",
        [
            "SCHEDA PRODOTTO\n{brand} {modelno}",
            "{brand} - {product}\nModello {modelno}",
            "{caps}\n{product} {brand}, cod. art. {sku}",
            "Scheda tecnica {modelno} ({brand}, {year})",
            "Catalogo {year} - {dept}\n{product} {modelno}",
            "Ricambi per {car_any} - {brand}",
            "{shop_up} - OFFERTA\n{product} {brand}",
            "Art. {sku} - {product}\n{brand} serie {modelno}",
            "{product}\nCodice produttore {modelno} - {brand}",
            "NOVITÀ {year}\n{brand} {product}",
        ],
    ),
    "en": Bank(
        "en.psheet.head",
        [
            "PRODUCT SHEET\n{brand} {modelno}",
            "{brand} - {product}\nModel {modelno}",
            "{caps}\n{product} by {brand}, item {sku}",
            "Spec sheet {modelno} ({brand}, {year})",
            "{year} catalogue - {dept}\n{product} {modelno}",
            "Spare parts for {car_any} - {brand}",
            "{shop_up} - SPECIAL OFFER\n{product} by {brand}",
            "Item {sku} - {product}\n{brand} {modelno} series",
            "{product}\nManufacturer part number {modelno} - {brand}",
            "NEW FOR {year}\n{brand} {product}",
        ],
    ),
}
SPEC = {
    "it": Bank(
        "it.psheet.spec",
        [
            "EAN: {barcode}",
            "Codice EAN {barcode}",
            "Cod. articolo: {sku}",
            "Modello: {modelno}",
            "Dimensioni: {n}5 x {n2}0 x {n3}2 cm",
            "Peso: {n},{n2} kg",
            "Potenza: {n}00 W - Tensione 230 V",
            "Classe energetica: {energy}",
            "Prezzo di listino: {price}",
            "Prezzo promo: {price2} (-{pct})",
            "Garanzia: {n} mesi",
            "Disponibilità: {n}{n2} pezzi nel magazzino di {place}",
            "Compatibile con {car_any} dal {year}",
            "Prodotto da {company}",
        ],
    ),
    "en": Bank(
        "en.psheet.spec",
        [
            "EAN: {barcode}",
            "Barcode {barcode}",
            "Item no.: {sku}",
            "Model: {modelno}",
            "Dimensions: {n}5 x {n2}0 x {n3}2 cm",
            "Weight: {n}.{n2} kg",
            "Power: {n}00 W - 220-240 V",
            "Energy class: {energy}",
            "List price: {price}",
            "Sale price: {price2} ({pct} off)",
            "Warranty: {n} years",
            "In stock: {n}{n2} units at our {place} warehouse",
            "Fits {car_any} from {year}",
            "Made by {company}",
        ],
    ),
}
NOTE = {
    "it": Bank(
        "it.psheet.note",
        [
            "GARANZIA convenzionale {brand} valida solo con scontrino; assistenza presso {shop}.",
            "Per l'assistenza contattare il {dept} indicando il codice EAN.",
            "Referente commerciale: {p.full} ({p.work_email})",
            "Recensione di {p.first}: ottimo rapporto qualità/prezzo.",
            "Venduto da {p.full}, tel. {p.phone}.",
            "Spedizione in {days} giorni lavorativi dal magazzino di {place}.",
            "ATTENZIONE: non adatto a bambini sotto i 36 mesi.",
            "Prezzo valido fino al {date2} presso {shop}.",
            "Conforme alla direttiva 2012/19/UE (RAEE).",
            "Ricambi disponibili per {n} anni dalla data di acquisto.",
            "Consegna al piano disponibile a {small_amount}.",
            "Segnalato da {p.full} il {date2}: confezione danneggiata.",
        ],
    ),
    "en": Bank(
        "en.psheet.note",
        [
            "{brand} WARRANTY valid with proof of purchase; service at {shop}.",
            "For support contact {dept} quoting the EAN code.",
            "Sales contact: {p.full} ({p.work_email})",
            "Review by {p.first}: great value for money.",
            "Sold by {p.full}, tel. {p.phone}.",
            "Ships in {days} working days from our {place} warehouse.",
            "WARNING: not suitable for children under 36 months.",
            "Price valid until {date2} at {shop}.",
            "Complies with Directive 2012/19/EU (WEEE).",
            "Spare parts available for {n} years from purchase.",
            "Room-of-choice delivery available for {small_amount}.",
            "Reported by {p.full} on {date2}: damaged packaging.",
        ],
    ),
}


def build(ctx: Ctx) -> None:
    numbers_only(ctx)
    b = ctx.b
    lang = ctx.lang
    for i in range(ctx.rng.choice((1, 1, 2, 3))):  # one sheet, or a catalogue page of a few
        if i:
            b.raw("\n\n---\n\n")
            ctx.forget("brand", "modelno", "product", "barcode", "sku", "price", "car_any", "company", "energy")
        ctx.say(HEAD[lang])
        b.raw("\n")
        ctx.say_many(SPEC[lang], ctx.rng.randint(5, 9), "\n")
        ctx.forget(*SPEC_FAMILIES)
    k = ctx.rng.randint(1, 2) if not ctx.no_pii or ctx.chance(0.7) else 0
    with_pii = pii_rows(ctx, k, 1)
    for i in range(k):
        b.raw(" " if i else "\n\n")
        say_row(ctx, NOTE[lang], i in with_pii)
