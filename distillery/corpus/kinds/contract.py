# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Contracts of three types (lease, employment, services): parties with full identification, then
clauses (mostly without PII) with amounts, durations and dates."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "contract"
WEIGHT = 1.0
NO_PII_OK = True

PARTY = {
    "it": Bank(
        "it.ctr.party",
        [
            "{p.il} {p.title} {p.full}, nat{p.o} a {p.birthplace} il {p.dob}, residente in {p.addr}, C.F. {p.cf}",
            "{p.full} (C.F. {p.cf}), nat{p.o} il {p.dob} a {p.birthplace} e residente a {p.addr}",
            "{p.upper}, nat{p.o} a {p.birthplace} il {p.dob}, codice fiscale {p.cf}, identificat{p.o} con {p.idlabel} {p.idcard}",
            "{p.full}, residente in {p.addr}, tel. {p.phone}, email {p.email}",
            "la società {company}, P.IVA {p.piva}, in persona del legale rappresentante {p.full}",
            "{p.title} {p.full}, C.F. {p.cf}, domiciliat{p.o} per la carica presso la sede sociale",
            "{p.LASTfirst}, nat{p.o} il {p.dob}, residente in {p.addr}, PEC {p.email}",
            "{p.full}, titolare della ditta individuale omonima, P.IVA {p.piva}, con sede in {p.addr}",
        ],
    ),
    "en": Bank(
        "en.ctr.party",
        [
            "{p.title} {p.full} of {p.addr} (date of birth {p.dob})",
            "{p.full}, born {p.dob}, residing at {p.addr}",
            "{p.upper}, holder of passport no. {p.passport}",
            "{p.full}, {p.addr}, tel. {p.phone}, email {p.email}",
            "{company}, a company registered in England and Wales, represented by {p.full}",
            "{p.full} ({p.ssnlabel} {p.ssn})",
            "{p.full}, sole trader, of {p.addr}",
            "{p.LAST}, {p.first}, born {p.dob}, email {p.email}",
        ],
    ),
}

TYPES = {
    "it": {
        "lease": (
            Bank(
                "it.ctr.lease.title",
                [
                    "CONTRATTO DI LOCAZIONE AD USO ABITATIVO",
                    "Contratto di locazione 4+4",
                    "CONTRATTO DI LOCAZIONE TRANSITORIA",
                    "Contratto di locazione a canone concordato",
                    "Contratto di sublocazione",
                ],
            ),
            ("Locatore", "Conduttore"),
            Bank(
                "it.ctr.lease.clause",
                [
                    "Art. 1 - Oggetto. Il locatore concede in locazione l'immobile sito in {p.addr}, composto da {n} vani oltre servizi.",
                    "Art. 2 - Durata. Il contratto ha durata di anni 4 a decorrere dal {date}, rinnovabile per ulteriori 4 anni.",
                    "Art. 3 - Canone. Il canone annuo è convenuto in {big_amount}, da corrispondersi in rate mensili anticipate di {amount}.",
                    "Art. 4 - Deposito cauzionale. A garanzia degli obblighi assunti il conduttore versa la somma di {amount2}.",
                    "Il canone sarà versato entro il giorno 5 di ogni mese mediante bonifico sul conto IBAN {p.iban} intestato a {p.full}.",
                    "Le spese condominiali ordinarie sono a carico del conduttore e ammontano a circa {small_amount} mensili.",
                    "Il conduttore dichiara di aver visionato l'immobile e di trovarlo adatto all'uso convenuto.",
                    "È fatto divieto di sublocare in tutto o in parte l'immobile senza il consenso scritto del locatore.",
                    "Il canone sarà aggiornato annualmente nella misura del {pct} della variazione ISTAT.",
                    "Il preavviso per il recesso è di {n} mesi, da comunicarsi a mezzo raccomandata A/R o PEC all'indirizzo {p.email}.",
                    "La registrazione del contratto presso l'Agenzia delle Entrate sarà effettuata dal locatore entro 30 giorni.",
                    "Le chiavi vengono consegnate in data {date2}; le letture dei contatori sono riportate nel verbale allegato.",
                ],
            ),
        ),
        "work": (
            Bank(
                "it.ctr.work.title",
                [
                    "Contratto di lavoro a tempo determinato",
                    "CONTRATTO DI ASSUNZIONE",
                    "Lettera di assunzione",
                    "Contratto di apprendistato professionalizzante",
                    "Contratto di lavoro part-time",
                ],
            ),
            ("Datore di lavoro", "Lavoratore"),
            Bank(
                "it.ctr.work.clause",
                [
                    "Il lavoratore è assunto con la qualifica di {impiegato di 4° livello|operaio specializzato|addetto alle vendite} CCNL Commercio a decorrere dal {date}.",
                    "Il periodo di prova è fissato in {days} giorni di effettivo lavoro.",
                    "L'orario di lavoro è di 40 ore settimanali, con una retribuzione lorda mensile di {amount}.",
                    "La retribuzione sarà accreditata sul conto IBAN {p2.iban} intestato al lavoratore.",
                    "Il contratto ha durata di {n} mesi e scadrà il {date2}.",
                    "La sede di lavoro è fissata in {city}, presso gli uffici di {company}.",
                    "Al lavoratore spettano {n} giorni di ferie annue retribuite.",
                    "Il lavoratore si impegna a rispettare il codice disciplinare affisso in azienda.",
                    "È previsto un premio di produzione fino al {pct} della RAL.",
                    "Per quanto non previsto si rinvia al CCNL applicato e alle norme di legge.",
                    "Il lavoratore dichiara di aver ricevuto l'informativa sul trattamento dei dati personali.",
                ],
            ),
        ),
        "service": (
            Bank(
                "it.ctr.service.title",
                [
                    "Contratto di prestazione d'opera occasionale",
                    "ACCORDO DI RISERVATEZZA",
                    "Contratto di consulenza",
                    "SCRITTURA PRIVATA",
                    "Incarico professionale",
                ],
            ),
            ("Committente", "Prestatore"),
            Bank(
                "it.ctr.service.clause",
                [
                    "Oggetto dell'incarico è la {realizzazione del sito web aziendale|revisione del bilancio {monthyear}|consulenza in materia fiscale|traduzione di documentazione tecnica}.",
                    "Le parti convengono che il compenso pattuito è pari a {amount}, al lordo della ritenuta d'acconto del {pct}.",
                    "Il pagamento avverrà mediante bonifico sul conto IBAN {p2.iban} intestato a {p2.full}.",
                    "Il prestatore si impegna a non divulgare informazioni riservate per un periodo di {n} anni.",
                    "Per ogni controversia è competente in via esclusiva il {Tribunale di Milano|Foro di Roma|Foro di Milano|Tribunale di Torino}.",
                    "L'incarico dovrà essere completato entro il {date2}.",
                    "Il prestatore opera in piena autonomia, senza vincolo di subordinazione.",
                    "Le spese vive documentate saranno rimborsate fino a un massimo di {small_amount}.",
                    "Ai sensi del Reg. UE 2016/679 le parti si autorizzano reciprocamente al trattamento dei dati personali.",
                    "Il presente contratto è redatto in due originali, uno per ciascuna parte.",
                    "Eventuali modifiche dovranno essere concordate per iscritto e inviate a {p.email}.",
                ],
            ),
        ),
    },
    "en": {
        "lease": (
            Bank(
                "en.ctr.lease.title",
                [
                    "ASSURED SHORTHOLD TENANCY AGREEMENT",
                    "Residential lease agreement",
                    "Room rental agreement",
                    "Tenancy agreement",
                    "Sublease agreement",
                ],
            ),
            ("Landlord", "Tenant"),
            Bank(
                "en.ctr.lease.clause",
                [
                    "1. Property. The Landlord lets the property at {p.addr} to the Tenant.",
                    "2. Term. The tenancy begins on {date} for a fixed term of 12 months.",
                    "3. Rent. The rent is {amount} per calendar month, payable in advance.",
                    "4. Deposit. A deposit of {amount2} will be protected in a government-approved scheme.",
                    "Rent shall be paid by standing order to IBAN {p.iban}, account name {p.full}.",
                    "The Tenant is responsible for council tax and utilities, currently about {small_amount} per month.",
                    "The Tenant confirms they have inspected the property.",
                    "The Tenant shall not sublet without the Landlord's written consent.",
                    "Rent will be reviewed annually and may increase by up to {pct}.",
                    "Either party may terminate on {n} months' written notice to {p.email}.",
                    "No pets are allowed without prior written consent.",
                    "Keys will be handed over on {date2}; meter readings are recorded in the inventory.",
                ],
            ),
        ),
        "work": (
            Bank(
                "en.ctr.work.title",
                [
                    "Fixed-term employment contract",
                    "STATEMENT OF MAIN TERMS OF EMPLOYMENT",
                    "Offer letter",
                    "Apprenticeship agreement",
                    "Part-time employment contract",
                ],
            ),
            ("Employer", "Employee"),
            Bank(
                "en.ctr.work.clause",
                [
                    "The Employee is employed as {an Accounts Assistant|a Warehouse Operative|a Sales Associate} from {date}.",
                    "The probationary period is {days} days.",
                    "Working hours are 37.5 per week at a gross salary of {big_amount} per annum.",
                    "Salary will be paid monthly into account {p2.iban}.",
                    "This contract is for {n} months and ends on {date2}.",
                    "The place of work is the {city} office of {company}.",
                    "Holiday entitlement is {n} days per year plus bank holidays.",
                    "The Employee must follow the company's disciplinary and grievance procedures.",
                    "A bonus of up to {pct} of salary may be paid.",
                    "The Employee confirms receipt of the staff privacy notice.",
                    "Pension contributions will be made under auto-enrolment rules.",
                ],
            ),
        ),
        "service": (
            Bank(
                "en.ctr.service.title",
                [
                    "Freelance services agreement",
                    "NON-DISCLOSURE AGREEMENT",
                    "Consultancy agreement",
                    "AGREEMENT",
                    "Letter of engagement",
                ],
            ),
            ("Client", "Contractor"),
            Bank(
                "en.ctr.service.clause",
                [
                    "The services are {building the company website|reviewing the {monthyear} accounts|tax advice|translating technical documentation}.",
                    "The fee for the services is {amount}, exclusive of VAT at {pct}.",
                    "Payments shall be made to IBAN {p2.iban} in the name of {p2.full}.",
                    "The Recipient shall keep the Confidential Information secret for {n} years.",
                    "This Agreement is governed by the laws of England and Wales.",
                    "The work must be completed by {date2}.",
                    "The Contractor is not an employee and is responsible for their own tax.",
                    "Reasonable expenses up to {small_amount} will be reimbursed.",
                    "Each party shall process personal data in accordance with the UK GDPR.",
                    "This Agreement is signed in two counterparts.",
                    "Any changes must be agreed in writing and sent to {p.email}.",
                ],
            ),
        ),
    },
}
SIGN = {
    "it": Bank(
        "it.ctr.sign",
        [
            "{city}, {date}\n\nIl @R1@ ____________\nIl @R2@ ____________",
            "Letto, confermato e sottoscritto.\n{city}, lì {date}",
            "Firma: {p.full}\nFirma: {p2.full}",
            "{city}, {date}\nFirmato: {p.initial} / {p2.initial}",
            "Data e luogo: {city}, {date}\n(firme)",
        ],
    ),
    "en": Bank(
        "en.ctr.sign",
        [
            "Signed on {date}\n\n@R1@ ____________\n@R2@ ____________",
            "Signed: {p.full}\nDate: {date}",
            "Signed by {p.full} and {p2.full} on {date}.",
            "{city}, {date}\nSigned: {p.initial} / {p2.initial}",
            "Executed as a deed on {date}.",
        ],
    ),
}


def build(ctx: Ctx) -> None:
    it = ctx.lang == "it"
    title, roles, clauses = TYPES[ctx.lang][ctx.choice(("lease", "work", "service"))]
    b = ctx.b
    ctx.say(title)
    b.raw("\n\n")
    if not ctx.no_pii:
        b.text("Tra\n" if it else "BETWEEN\n")
        ctx.say(PARTY[ctx.lang])
        b.text(f' (di seguito "{roles[0]}")\n\ne\n\n' if it else f' ("the {roles[0]}")\n\nAND\n\n')
        part = ctx.pick(PARTY[ctx.lang])  # the same templates, about the second party
        if part is not None:
            ctx.write(part.value.replace("{p.", "{p2."))
        b.text(f' (di seguito "{roles[1]}")\n\n' if it else f' ("the {roles[1]}")\n\n')
        if ctx.chance(0.5):
            b.text("si conviene e si stipula quanto segue:\n\n" if it else "IT IS AGREED as follows:\n\n")
    ctx.say_many(clauses, ctx.rng.randint(3, 8), "\n")
    b.raw("\n\n")
    part = ctx.pick(SIGN[ctx.lang])
    if part is not None:
        ctx.write(part.value.replace("@R1@", roles[0]).replace("@R2@", roles[1]))
