# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Contracts: parties with full identification, then clauses (mostly no PII) with amounts and dates."""

from __future__ import annotations

from ..context import Ctx
from ..template import Bank

KIND = "contract"
WEIGHT = 1.0
NO_PII_OK = True

B = {
    "it": {
        "title": Bank(
            "it.ctr.title",
            [
                "CONTRATTO DI LOCAZIONE AD USO ABITATIVO",
                "Contratto di lavoro a tempo determinato",
                "SCRITTURA PRIVATA",
                "Contratto di prestazione d'opera occasionale",
                "ACCORDO DI RISERVATEZZA",
                "Contratto preliminare di compravendita",
                "Contratto di comodato d'uso gratuito",
            ],
        ),
        "party": Bank(
            "it.ctr.party",
            [
                "{p.il} {p.title} {p.full}, nat{p.o} a {p.birthplace} il {p.dob}, residente in {p.addr}, C.F. {p.cf}",
                "{p.full} (C.F. {p.cf}), nat{p.o} il {p.dob} a {p.birthplace} e residente a {p.addr}",
                "{p.upper}, nat{p.o} a {p.birthplace} il {p.dob}, codice fiscale {p.cf}, identificat{p.o} con {p.idlabel} {p.idcard}",
                "{p.full}, residente in {p.addr}, tel. {p.phone}, email {p.email}",
                "la società {company}, P.IVA {p.piva}, in persona del legale rappresentante {p.full}",
                "{p.title} {p.full}, C.F. {p.cf}, domiciliat{p.o} per la carica presso la sede sociale",
            ],
        ),
        "clause": Bank(
            "it.ctr.clause",
            [
                "Art. 1 - Oggetto. Il locatore concede in locazione l'immobile sito in {p.addr}, composto da {n} vani oltre servizi.",
                "Art. 2 - Durata. Il contratto ha durata di anni 4 a decorrere dal {date}, rinnovabile per ulteriori 4 anni.",
                "Art. 3 - Canone. Il canone annuo è convenuto in {big_amount}, da corrispondersi in rate mensili anticipate di {amount}.",
                "Art. 4 - Deposito cauzionale. A garanzia degli obblighi assunti il conduttore versa la somma di {amount2}.",
                "Le parti convengono che il compenso pattuito è pari a {amount}, al lordo della ritenuta d'acconto del {pct}.",
                "Il pagamento avverrà mediante bonifico sul conto IBAN {p.iban} intestato a {p.full}.",
                "Il prestatore si impegna a non divulgare informazioni riservate per un periodo di {n} anni.",
                "Per ogni controversia è competente in via esclusiva il {Tribunale di Milano|Foro di Roma|Foro di Milano|Tribunale di Torino}.",
                "Le spese di registrazione presso l'{inst} sono a carico delle parti in misura uguale.",
                "Il periodo di prova è fissato in {days} giorni di effettivo lavoro.",
                "L'orario di lavoro è di 40 ore settimanali, con una retribuzione lorda mensile di {amount}.",
                "Il presente contratto è redatto in due originali, uno per ciascuna parte.",
                "Ai sensi del Reg. UE 2016/679 le parti si autorizzano reciprocamente al trattamento dei dati personali.",
                "Il conduttore dichiara di aver visionato l'immobile e di trovarlo adatto all'uso convenuto.",
                "Il preavviso per il recesso è di {n} mesi, da comunicarsi a mezzo raccomandata A/R o PEC all'indirizzo {p.email}.",
            ],
        ),
        "sign": Bank(
            "it.ctr.sign",
            [
                "{city}, {date}\n\nIl Locatore ____________\nIl Conduttore ____________",
                "Letto, confermato e sottoscritto.\n{city}, lì {date}",
                "Firma: {p.full}\nFirma: {p2.full}",
                "{city}, {date}\nFirmato: {p.initial} / {p2.initial}",
                "Data e luogo: {city}, {date}\n(firme)",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.ctr.title",
            [
                "ASSURED SHORTHOLD TENANCY AGREEMENT",
                "Fixed-term employment contract",
                "AGREEMENT",
                "Freelance services agreement",
                "NON-DISCLOSURE AGREEMENT",
                "Sale agreement",
                "Loan agreement",
            ],
        ),
        "party": Bank(
            "en.ctr.party",
            [
                "{p.title} {p.full} of {p.addr} (date of birth {p.dob})",
                "{p.full}, born {p.dob}, residing at {p.addr}",
                "{p.upper}, holder of passport no. {p.passport}",
                "{p.full}, {p.addr}, tel. {p.phone}, email {p.email}",
                "{company}, a company registered in England and Wales, represented by {p.full}",
                "{p.full} ({p.ssnlabel} {p.ssn})",
            ],
        ),
        "clause": Bank(
            "en.ctr.clause",
            [
                "1. Property. The Landlord lets the property at {p.addr} to the Tenant.",
                "2. Term. The tenancy begins on {date} for a fixed term of 12 months.",
                "3. Rent. The rent is {amount} per calendar month, payable in advance.",
                "4. Deposit. A deposit of {amount2} will be protected in a government-approved scheme.",
                "The fee for the services is {amount}, exclusive of VAT at {pct}.",
                "Payments shall be made to IBAN {p.iban} in the name of {p.full}.",
                "The Recipient shall keep the Confidential Information secret for {n} years.",
                "This Agreement is governed by the laws of England and Wales.",
                "The probationary period is {days} days.",
                "Working hours are 37.5 per week at a gross salary of {big_amount} per annum.",
                "This Agreement is signed in two counterparts.",
                "Each party shall process personal data in accordance with the UK GDPR.",
                "The Tenant confirms they have inspected the property.",
                "Either party may terminate on {n} months' written notice to {p.email}.",
                "Any dispute shall be referred to {inst}.",
            ],
        ),
        "sign": Bank(
            "en.ctr.sign",
            [
                "Signed on {date}\n\nLandlord ____________\nTenant ____________",
                "Signed: {p.full}\nDate: {date}",
                "Signed by {p.full} and {p2.full} on {date}.",
                "{city}, {date}\nSigned: {p.initial} / {p2.initial}",
                "Executed as a deed on {date}.",
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["title"])
    b.raw("\n\n")
    it = ctx.lang == "it"
    if not ctx.no_pii:
        b.text("Tra\n" if it else "BETWEEN\n")
        ctx.say(B_["party"])
        b.text(' (di seguito "Parte A")\n\ne\n\n' if it else ' ("the First Party")\n\nAND\n\n')
        _second_party(ctx, B_)
        b.text(' (di seguito "Parte B")\n\n' if it else ' ("the Second Party")\n\n')
        if ctx.chance(0.5):
            b.text("si conviene e si stipula quanto segue:\n\n" if it else "IT IS AGREED as follows:\n\n")
    ctx.say_many(B_["clause"], ctx.rng.randint(3, 9), "\n")
    b.raw("\n\n")
    ctx.say(B_["sign"])


def _second_party(ctx: Ctx, B_: dict) -> None:
    # The same party templates, written about the second person.
    part = ctx.pick(B_["party"])
    if part is not None:
        ctx.write(part.value.replace("{p.", "{p2."))
