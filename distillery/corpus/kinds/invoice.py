# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Invoices, bank transfer receipts and payment reminders: amounts and references (kept) around IBANs,
VAT numbers and the customer's details."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form

KIND = "invoice"
WEIGHT = 1.3
NO_PII_OK = True

B = {
    "it": {
        "title": Bank(
            "it.inv.title",
            [
                "FATTURA N. {invoice} del {date}",
                "Fattura {invoice}",
                "Ricevuta di bonifico SEPA",
                "Avviso di pagamento",
                "PROFORMA {invoice}",
                "Nota di credito n. {invoice}",
                "Esito disposizione di bonifico",
            ],
        ),
        "seller": Bank(
            "it.inv.seller",
            [
                "{company}\nVia dell'Industria 14, Zona Ind.le\nP.IVA {p2.piva}",
                "Emittente: {company} - P.IVA {p2.piva}",
                "{company} | P. IVA {p2.piva} | REA MI-{n}45871",
                "Cedente: {company}",
                "{company}\nCod. fisc. e P.IVA {p2.piva}",
            ],
        ),
        "buyer": Bank(
            "it.inv.buyer",
            [
                "Spett.le\n{p.full}\n{p.addr_ml}",
                "Cliente: {p.full} - C.F. {p.cf}",
                "Intestatario: {p.upper}\n{p.addr}\nC.F. {p.cf}",
                "Destinatario: {p.full}, {p.addr}",
                "Cessionario: {p.full}\nCodice fiscale: {p.cf}\nIndirizzo: {p.addr}",
                "Cliente: {company2}",
            ],
        ),
        "line": Bank(
            "it.inv.line",
            [
                "Manodopera ({n} ore)  {amount4}",
                "Ricambi  {amount5}",
                "Licenza software annuale  {amount6}",
                "{product} x{qty} ... {amount}",
                "Canone mensile {monthyear}  {amount}",
                "Consulenza professionale ({n} ore)  {amount}",
                "Spese di spedizione  {small_amount}",
                "Manutenzione impianto  {amount}",
                "Intervento tecnico del {date}  {amount}",
                "Abbonamento annuale  {amount}",
                "Diritti di segreteria  {small_amount}",
            ],
        ),
        "total": Bank(
            "it.inv.total",
            [
                "Imponibile {amount2} - IVA {pct} - Totale {amount3}",
                "Totale documento: {amount3}",
                "TOTALE DA PAGARE {amount3}",
                "Totale fattura {amount3} (IVA inclusa)",
                "Importo dovuto: {amount3}, di cui IVA {amount2}",
            ],
        ),
        "pay": Bank(
            "it.inv.pay",
            [
                "Pagamento: bonifico bancario su IBAN {p2.iban} entro il {date2}.",
                "Modalità di pagamento: bonifico a 30 gg d.f. - IBAN {p2.iban}, intestato a {company}.",
                "Il pagamento è stato addebitato sulla carta {p.card}.",
                "Causale: saldo fattura {invoice}.",
                "Pagamento tramite RID sul conto {p.iban}.",
                "Banca d'appoggio: {bank}, IBAN {p2.iban}.",
                "Pagamento già effettuato, documento emesso ai soli fini fiscali.",
                "In caso di mancato pagamento entro il {date2} verranno applicati gli interessi di mora.",
            ],
        ),
        "transfer": Bank(
            "it.inv.transfer",
            [
                "Ordinante: {p.full}\nIBAN ordinante: {p.iban}\nBeneficiario: {p2.full}\nIBAN beneficiario: {p2.iban}\nImporto: {amount}\nData esecuzione: {date}\nCausale: {rimborso spese|affitto {monthyear}|saldo fattura {invoice}|regalo}",
                "Il bonifico di {amount} a favore di {p2.full} (IBAN {p2.iban}) è stato eseguito il {date}. CRO: {tracking}.",
                "Bonifico SEPA istantaneo - Importo {amount} - Beneficiario {p2.upper} - {p2.iban} - Causale: {invoice}",
                "Disposizione n. {order}: addebito di {amount} sul conto {p.iban} intestato a {p.full}.",
            ],
        ),
        "note": Bank(
            "it.inv.note",
            [
                "Bollo virtuale assolto ove dovuto.",
                "Operazione in regime forfettario ai sensi della L. 190/2014.",
                "Conservare per eventuali controlli.",
                "Operazione soggetta a split payment.",
                "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72.",
                "Per informazioni contattare l'amministrazione al {me.phone}.",
                "Grazie per aver scelto {company}.",
                "Fattura elettronica trasmessa tramite SdI.",
                "Copia di cortesia.",
                "Per contestazioni scrivere a {me.work_email} citando il numero {invoice}.",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.inv.title",
            [
                "INVOICE {invoice} - {date}",
                "Invoice no. {invoice}",
                "Payment confirmation",
                "Payment reminder",
                "PRO FORMA {invoice}",
                "Credit note {invoice}",
                "Transfer receipt",
            ],
        ),
        "seller": Bank(
            "en.inv.seller",
            [
                "{company}\nUnit 4, Riverside Business Park\nVAT Reg. GB{n}8 4471 22",
                "From: {company}",
                "{company} | Company No. 0{n}512345",
                "Supplier: {company}",
                "{company}\nInvoices: accounts@{company_domain}.com",
            ],
        ),
        "buyer": Bank(
            "en.inv.buyer",
            [
                "Bill to:\n{p.full}\n{p.addr_ml}",
                "Customer: {p.full}",
                "Invoice to: {p.upper}\n{p.addr}",
                "Client: {p.full}, {p.addr}",
                "Bill to: {p.full}\nEmail: {p.email}\nPhone: {p.phone}",
                "Customer: {company2}",
            ],
        ),
        "line": Bank(
            "en.inv.line",
            [
                "Labour ({n} hrs @ {small_amount})  {amount4}",
                "Replacement parts  {amount5}",
                "Software licence (annual)  {amount6}",
                "{product} x{qty} ... {amount}",
                "Monthly fee {monthyear}  {amount}",
                "Consulting ({n} hours)  {amount}",
                "Delivery  {small_amount}",
                "Boiler service  {amount}",
                "Call-out on {date}  {amount}",
                "Annual subscription  {amount}",
                "Admin fee  {small_amount}",
            ],
        ),
        "total": Bank(
            "en.inv.total",
            [
                "Subtotal {amount2} - VAT {pct} - Total {amount3}",
                "Total due: {amount3}",
                "AMOUNT DUE {amount3}",
                "Invoice total {amount3} (incl. VAT)",
                "Balance outstanding: {amount3}",
            ],
        ),
        "pay": Bank(
            "en.inv.pay",
            [
                "Please pay by bank transfer to IBAN {p2.iban} by {date2}.",
                "Payment terms: 30 days. IBAN {p2.iban}, account name {company}.",
                "Charged to card {p.card}.",
                "Reference: {invoice}.",
                "Paid by direct debit from {p.iban}.",
                "Bank: {bank}, IBAN {p2.iban}.",
                "Paid in full, thank you.",
                "Late payments after {date2} will incur interest.",
            ],
        ),
        "transfer": Bank(
            "en.inv.transfer",
            [
                "Payer: {p.full}\nFrom IBAN: {p.iban}\nPayee: {p2.full}\nTo IBAN: {p2.iban}\nAmount: {amount}\nDate: {date}\nReference: {refund|rent {monthyear}|invoice {invoice}|gift}",
                "Your transfer of {amount} to {p2.full} (IBAN {p2.iban}) was completed on {date}. Ref: {tracking}.",
                "Instant transfer - {amount} - Payee {p2.upper} - {p2.iban} - Ref {invoice}",
                "Payment {order}: {amount} debited from account {p.iban} held by {p.full}.",
            ],
        ),
        "note": Bank(
            "en.inv.note",
            [
                "Payment terms: strictly 30 days.",
                "Please make cheques payable to {company}.",
                "Keep this invoice for your records.",
                "Reverse charge applies.",
                "This is not a VAT invoice.",
                "Queries: call accounts on {me.phone}.",
                "Thank you for your business.",
                "Please quote {invoice} on all payments.",
                "Copy invoice.",
                "Disputes to {me.work_email} within {days} days.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n\n")
    if ctx.chance(0.3) and not ctx.no_pii:
        ctx.say(B_["transfer"])
        b.raw("\n\n")
        ctx.say_many(B_["note"], ctx.rng.randint(1, 3), " ")
        return
    ctx.say(B_["seller"])
    b.raw("\n\n")
    ctx.say(B_["buyer"])
    b.raw("\n\n")
    if ctx.chance(0.35):
        form(ctx, ["email", "phone"] if ctx.chance(0.5) else ["piva" if ctx.lang == "it" else "email"])
        b.raw("\n")
    ctx.say_many(B_["line"], ctx.rng.randint(2, 6), "\n")
    b.raw("\n")
    ctx.say(B_["total"])
    b.raw("\n\n")
    ctx.say_many(B_["pay"], ctx.rng.randint(2, 3), "\n")
    b.raw("\n")
    ctx.say_many(B_["note"], ctx.rng.randint(1, 3), " ")
