# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Emails: header, greeting, a topic's body, closing, signature, sometimes a quoted thread."""

from __future__ import annotations

from ..data.phrases import mixed
from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import closing, greeting, sep, shared

KIND = "email"
WEIGHT = 3.0
NO_PII_OK = True

T = {  # topic -> (subjects, body sentences)
    "it": {
        "appuntamento": (
            Bank(
                "it.email.appt.subj",
                [
                    "Conferma appuntamento",
                    "Appuntamento del {date}",
                    "Spostamento visita",
                    "Re: disponibilità {weekday}",
                    "Promemoria incontro",
                ],
            ),
            Bank(
                "it.email.appt.body",
                [
                    "Se preferisce possiamo fare una videochiamata, le mando il link su {me.email}.",
                    "Mi raccomando di presentarsi a digiuno dalla mezzanotte.",
                    "Per il parcheggio può usare quello interno, ingresso da via Manzoni.",
                    "Ho segnato l'appuntamento a nome di {p.full}, mi corregga se sbaglio.",
                    "In caso di ritardo superiore a 15 minuti la visita dovrà essere riprogrammata.",
                    "La dottoressa {p2.last} sarà in ferie fino al {date2}, quindi la visita la farà un collega.",
                    "Le confermo l'appuntamento per il {date} alle ore {time} presso {{hospital}|la nostra sede di {city}}.",
                    "Purtroppo {weekday} non riesco, possiamo spostare alle {time}?",
                    "Se ha bisogno di modificare l'orario mi chiami pure al {me.phone}.",
                    "Ricordi di portare con sé la tessera sanitaria e il codice fiscale ({p.cf}).",
                    "La visita con {p2.title} {p2.last} è confermata; in caso di disdetta avvisi almeno 48 ore prima.",
                    "Ho parlato con {p2.first} e per lei va bene anche il pomeriggio.",
                    "L'indirizzo è {me.addr}, citofono {me.LAST}.",
                    "Il costo della prestazione è di {amount}, pagabile anche con bancomat.",
                    "Per qualsiasi variazione può scrivermi a {me.email}.",
                    "Le ricordo che l'ambulatorio è al secondo piano, stanza 12.",
                    "Mi conferma se {p.first} può venire da solo o con un accompagnatore?",
                    "Ci vediamo quindi {weekday} mattina, grazie.",
                ],
            ),
        ),
        "pratica": (
            Bank(
                "it.email.doc.subj",
                [
                    "Documentazione mancante",
                    "Pratica n. {protocol}",
                    "Richiesta documenti",
                    "Integrazione pratica",
                    "Invio documenti richiesti",
                    "R: pratica {protocol}",
                ],
            ),
            Bank(
                "it.email.doc.body",
                [
                    "Vi ricordo che il documento deve essere in corso di validità.",
                    "Il modulo compilato va inviato in PDF, non in foto.",
                    "Mi servirebbe anche il codice fiscale del coniuge, {p2.full}: {p2.cf}.",
                    "La pratica risulta sospesa per mancanza della firma.",
                    "Ho compilato tutto online ma il sistema mi dà errore al passaggio finale.",
                    "Per la delega allego anche la carta d'identità di {p2.full}, n. {p2.idcard}.",
                    "Per completare la pratica n. {protocol} ci serve copia fronte/retro del documento di identità.",
                    "In allegato la mia {me.idlabel} {me.idcard} e il codice fiscale {me.cf}.",
                    "Vi segnalo che i dati anagrafici sono: {me.full}, nat{me.o} a {me.birthplace} il {me.dob}.",
                    "La richiesta è stata inoltrata all'ente competente ({inst}) in data {date}.",
                    "Il modulo va firmato e rispedito entro {days} giorni.",
                    "Il numero di protocollo da citare nelle comunicazioni è {protocol}.",
                    "Può caricare i documenti anche dal portale {pub_url}.",
                    "Mi manca solo il codice fiscale di {p2.first}: è {p2.cf}?",
                    "Vi chiedo di aggiornare la residenza in {me.addr}.",
                    "Non ho ancora ricevuto la ricevuta di protocollo dall'ufficio ({inst}).",
                    "Le ricordo che la scadenza per la presentazione è il {date2}.",
                    "Ho provato a chiamare lo sportello ma risulta sempre occupato.",
                    "Il passaporto {me.passport} scade a breve, posso usarlo comunque?",
                ],
            ),
        ),
        "pagamento": (
            Bank(
                "it.email.pay.subj",
                [
                    "Pagamento fattura {invoice}",
                    "Sollecito di pagamento",
                    "Rimborso",
                    "Coordinate bancarie",
                    "Bonifico effettuato",
                    "Estremi per il pagamento",
                ],
            ),
            Bank(
                "it.email.pay.body",
                [
                    "Vi chiedo di verificare, perché l'addebito del {date} risulta doppio.",
                    "La ricevuta del pagamento è stata inviata a {me.email}.",
                    "In alternativa posso pagare con la carta {me.card}.",
                    "Il saldo verrà effettuato in due rate da {amount2}.",
                    "Ho indicato nella causale il numero di pratica {protocol}.",
                    "Il bonifico è partito dal conto di mio marito, {p2.full}.",
                    "Le comunico l'IBAN su cui effettuare il rimborso: {me.iban}, intestato a {me.full}.",
                    "Risulta ancora da saldare la fattura {invoice} di {amount}.",
                    "Ho effettuato il bonifico di {amount} in data {date}, allego la contabile.",
                    "Il pagamento può essere fatto sul conto IBAN {p.iban} indicando nella causale il numero {invoice}.",
                    "La carta che avevo registrato ({me.card}) è scaduta, come posso aggiornarla?",
                    "Vi prego di emettere la fattura intestata a {me.full}, P.IVA {me.piva}.",
                    "L'importo comprende l'IVA al {pct}.",
                    "Il rimborso verrà accreditato entro {days} giorni lavorativi.",
                    "Attendiamo il pagamento entro il {date2}, dopodiché saremo costretti ad applicare gli interessi di mora.",
                    "Per la fatturazione elettronica il codice destinatario è lo stesso dell'anno scorso.",
                    "Mi può girare le coordinate di {p2.full}? Devo restituirle {small_amount}.",
                    "Il conto è cointestato con {p2.full}, va bene lo stesso?",
                ],
            ),
        ),
        "dati": (
            Bank(
                "it.email.data.subj",
                [
                    "Aggiornamento dati",
                    "Cambio indirizzo",
                    "Variazione recapiti",
                    "Nuovo numero di telefono",
                    "Modifica anagrafica",
                ],
            ),
            Bank(
                "it.email.data.body",
                [
                    "Vi prego di non usare più il vecchio indirizzo email, l'account è stato chiuso.",
                    "Il numero fisso di casa è {me.phone2}.",
                    "Da ora la corrispondenza va inviata a {me.addr_ml}.",
                    "La variazione vale anche per l'intestazione delle fatture.",
                    "Mio figlio {p2.first} ha un nuovo numero: {p2.phone}.",
                    "Vi comunico che dal {date} il mio nuovo indirizzo è {me.addr}.",
                    "Il nuovo numero di cellulare è {me.phone}, il vecchio non è più attivo.",
                    "Potete usare come recapito anche l'email {me.email}.",
                    "Mi sono trasferit{me.o} a {city} per lavoro.",
                    "Vi prego di aggiornare l'anagrafica cliente, il codice fiscale resta {me.cf}.",
                    "Per le comunicazioni urgenti contattate mia moglie/mio marito, {p2.full}, al {p2.phone}.",
                    "Le bollette arrivano ancora al vecchio indirizzo, in {me.addr}.",
                    "Il mio codice cliente è rimasto invariato.",
                    "Ho aggiornato anche il profilo online, username {me.user}.",
                    "La modifica dovrebbe essere visibile entro {days} giorni.",
                    "Grazie per aver aggiornato i dati così rapidamente.",
                ],
            ),
        ),
        "lavoro": (
            Bank(
                "it.email.job.subj",
                [
                    "Candidatura per la posizione di {role}",
                    "Invio curriculum",
                    "Candidatura spontanea",
                    "Colloquio del {date}",
                    "Re: selezione in corso",
                ],
            ),
            Bank(
                "it.email.job.body",
                [
                    "Sono iscritt{me.o} alle liste di collocamento dal {date}.",
                    "Il mio portfolio è disponibile su {me.url}.",
                    "Ho conseguito la laurea con 110 e lode nel 2018.",
                    "Conosco bene SAP e il pacchetto Office.",
                    "Preferirei un contratto a tempo pieno, ma valuto anche il part-time.",
                    "Per il colloquio chiedete pure di {p2.full} alla reception.",
                    "Vi invio in allegato il mio curriculum per la posizione aperta presso {company}.",
                    "Mi chiamo {me.full}, ho {me.age} anni e lavoro da sei anni nel settore amministrativo.",
                    "Potete trovare il mio profilo completo qui: {me.url}.",
                    "Sono disponibile per un colloquio anche da remoto, al numero {me.phone}.",
                    "Il colloquio con {p2.full} è fissato per il {date} alle {time}.",
                    "La retribuzione proposta è di {big_amount} lordi annui.",
                    "Ho lavorato per quattro anni in {company2} come {role}.",
                    "Mi ha segnalato l'annuncio {p2.first}, che lavora già con voi.",
                    "Posso iniziare con un preavviso di {days} giorni.",
                    "Allego anche le referenze del mio ultimo responsabile.",
                    "Vi ringrazio per l'attenzione che vorrete dedicare alla mia candidatura.",
                ],
            ),
        ),
        "ordine": (
            Bank(
                "it.email.order.subj",
                [
                    "Reclamo ordine {order}",
                    "Ordine {order} non consegnato",
                    "Reso prodotto",
                    "Richiesta rimborso ordine {order}",
                    "Problema con la consegna",
                ],
            ),
            Bank(
                "it.email.order.body",
                [
                    "Ho già aperto una contestazione con la banca per l'addebito di {amount}.",
                    "Il prodotto non corrisponde alla descrizione sul sito.",
                    "Mi è stato consegnato un articolo diverso da quello ordinato.",
                    "Ho chiamato il corriere, ma il numero risulta sempre occupato.",
                    "Vorrei sapere se posso ritirare il pacco al punto di ritiro di {city}.",
                    "Nel modulo di reso ho indicato come mittente {me.full}, {me.addr}.",
                    "Ho ordinato un {product} (ordine {order}) ma non è ancora arrivato.",
                    "Il pacco risulta consegnato il {date}, ma a {me.addr} non è arrivato nulla.",
                    "Il prodotto è arrivato danneggiato, allego le foto.",
                    "Chiedo il rimborso di {amount} sulla carta utilizzata per l'acquisto.",
                    "Il corriere ha lasciato un avviso ma nessuno mi ha chiamato al {me.phone}.",
                    "Il numero di tracking {tracking} non dà informazioni da giorni.",
                    "L'ordine era intestato a {me.full}, email {me.email}.",
                    "Ho contattato anche {brand} ma mi rimandano a voi.",
                    "Vorrei effettuare il reso entro i {days} giorni previsti.",
                    "Potete spedire il sostitutivo a mio fratello, {p2.full}, in {p2.addr}?",
                    "Il servizio clienti mi ha assegnato il ticket {ticket}.",
                ],
            ),
        ),
        "credenziali": (
            Bank(
                "it.email.cred.subj",
                ["Credenziali di accesso", "Accesso al gestionale", "Nuovo account", "Reset password", "Accesso VPN"],
            ),
            Bank(
                "it.email.cred.body",
                [
                    "La password deve avere almeno 12 caratteri e un simbolo.",
                    "Ti ho aggiunto al gruppo {amministrazione|sviluppo|commerciale} sul server dei file.",
                    "Il token personale per le API è {p.apikey}: trattalo come una password.",
                    "Non usare la stessa password del vecchio gestionale.",
                    "L'accesso da remoto funziona solo dall'IP aziendale {p.ip}.",
                    "Ti giro le credenziali del gestionale: utente {p.user}, password {p.pwd}.",
                    "Al primo accesso ti verrà chiesto di cambiare la password provvisoria {p.pwd}.",
                    "Il tuo nome utente è {p.user} e l'accesso è abilitato da oggi.",
                    "Per la VPN usa lo stesso utente; l'IP autorizzato è {p.ip}.",
                    "La chiave API di test è {apikey}, non condividerla fuori dal team.",
                    "Il portale è raggiungibile all'indirizzo interno, versione {version}.",
                    "Se hai problemi scrivi all'helpdesk, ticket {ticket}.",
                    "Ho creato anche l'account per {p2.first}: utente {p2.user}.",
                    "Ricordati di attivare l'autenticazione a due fattori.",
                    "L'account scadrà tra {days} giorni se non viene usato.",
                ],
            ),
        ),
        "casa": (
            Bank(
                "it.email.home.subj",
                [
                    "Affitto {monthyear}",
                    "Spese condominiali",
                    "Riparazione caldaia",
                    "Assemblea di condominio",
                    "Contratto di locazione",
                ],
            ),
            Bank(
                "it.email.home.body",
                [
                    "Il bollettino per il riscaldamento è di {amount3}, con scadenza {date3}.",
                    "Vi ricordo di non lasciare le biciclette nell'androne.",
                    "La perdita in cantina è stata riparata {weekday} scorso.",
                    "Per il rinnovo del contratto ci vediamo dal notaio il {date3}.",
                    "Il vicino del terzo piano, {p2.full}, lamenta rumori notturni.",
                    "Le ricordo che il canone di {monthyear} è di {amount}, da versare sull'IBAN {me.iban}.",
                    "Il tecnico passerà {weekday} tra le {time} e le 12:00.",
                    "L'assemblea di condominio è convocata per il {date} alle {time}.",
                    "Le spese straordinarie ammontano a {amount2}, ripartite per millesimi.",
                    "Per l'accesso all'appartamento può chiamare {p2.full} al {p2.phone}.",
                    "La caldaia dell'appartamento in {me.addr} ha di nuovo dato problemi.",
                    "Il contratto, registrato all'Agenzia delle Entrate, scade il {date2}.",
                    "Ho lasciato le chiavi al portiere, il signor {p2.last}.",
                    "Vi chiedo di inviarmi la ricevuta dell'ultimo pagamento.",
                    "L'amministratore ha confermato l'aumento del {pct}.",
                ],
            ),
        ),
        "avviso": (
            Bank(
                "it.email.notice.subj",
                [
                    "Chiusura uffici",
                    "Aggiornamento servizi",
                    "Comunicazione importante",
                    "Novità di {monthyear}",
                    "Manutenzione programmata",
                ],
            ),
            Bank(
                "it.email.notice.body",
                [
                    "Il nuovo regolamento entrerà in vigore il {date}.",
                    "Le domande potranno essere presentate esclusivamente online.",
                    "Lo sportello telefonico sarà attivo dalle {time} alle 13:00.",
                    "Restano valide le condizioni già sottoscritte.",
                    "Il servizio clienti di {brand} risponde anche via chat.",
                    "Il documento completo è consultabile sul sito {pub_url}.",
                    "Vi informiamo che gli uffici resteranno chiusi dal {date} al {date2}.",
                    "Il servizio sarà sospeso per manutenzione {weekday} dalle {time}.",
                    "A partire da {monthyear} le tariffe aumenteranno del {pct}.",
                    "Le richieste pervenute durante la chiusura saranno evase in ordine di arrivo.",
                    "Per informazioni consultate il sito {pub_url}.",
                    "La nuova versione {version} dell'app introduce il pagamento con {brand}.",
                    "Ringraziamo tutti per la collaborazione.",
                    "Il costo dell'abbonamento annuale resta di {amount}.",
                    "Le modalità di accesso agli sportelli ({inst}) non cambiano.",
                    "Ci scusiamo per il disagio.",
                ],
            ),
        ),
    },
    "en": {
        "appointment": (
            Bank(
                "en.email.appt.subj",
                [
                    "Appointment confirmation",
                    "Your appointment on {date}",
                    "Rescheduling",
                    "Re: availability on {weekday}",
                    "Reminder: meeting",
                ],
            ),
            Bank(
                "en.email.appt.body",
                [
                    "If easier, we can do a video call; I'll send the link to {me.email}.",
                    "Please don't eat or drink after midnight before the procedure.",
                    "There's parking on site, entrance via Station Road.",
                    "I've booked it under {p.full}, let me know if that's wrong.",
                    "If you're more than 15 minutes late we may have to rebook.",
                    "Dr {p2.last} is on leave until {date2}, so a colleague will see you.",
                    "I can confirm your appointment on {date} at {time} at {{hospital}|our {city} office}.",
                    "Unfortunately {weekday} doesn't work for me, could we move it to {time}?",
                    "If you need to change the time, just call me on {me.phone}.",
                    "Please bring photo ID and your {p.ssnlabel} if you have it.",
                    "The appointment with {p2.title} {p2.last} is confirmed; please give 48 hours' notice if you need to cancel.",
                    "I spoke to {p2.first} and the afternoon works for her too.",
                    "The address is {me.addr}, buzz for {me.last}.",
                    "The consultation fee is {amount}, payable by card.",
                    "For any changes you can email me at {me.email}.",
                    "The clinic is on the second floor, room 12.",
                    "Can you confirm whether {p.first} is coming alone?",
                    "See you on {weekday} morning then, thanks.",
                ],
            ),
        ),
        "paperwork": (
            Bank(
                "en.email.doc.subj",
                [
                    "Missing documents",
                    "Case ref {protocol}",
                    "Documents requested",
                    "Application update",
                    "RE: case {protocol}",
                ],
            ),
            Bank(
                "en.email.doc.body",
                [
                    "The ID must be in date.",
                    "Please send the completed form as a PDF, not a photo.",
                    "I also need your spouse's details, {p2.full}, born {p2.dob}.",
                    "The application is on hold because it wasn't signed.",
                    "I filled everything in online but it errors at the last step.",
                    "For the authorisation I'm attaching {p2.full}'s passport, no. {p2.passport}.",
                    "To complete case {protocol} we need a copy of your photo ID.",
                    "Attached is my {me.idlabel} {me.idcard} and my passport, number {me.passport}.",
                    "For your records: {me.full}, born {me.dob}, {me.ssnlabel} {me.ssn}.",
                    "The request was forwarded to {inst} on {date}.",
                    "The form must be signed and returned within {days} days.",
                    "Please quote reference {protocol} in all correspondence.",
                    "You can also upload documents at {pub_url}.",
                    "I still need {p2.first}'s date of birth: is it {p2.dob}?",
                    "Please update my address to {me.addr}.",
                    "I haven't had an acknowledgement from {inst} yet.",
                    "The deadline for submission is {date2}.",
                    "I tried calling the helpline but it was always busy.",
                ],
            ),
        ),
        "payment": (
            Bank(
                "en.email.pay.subj",
                [
                    "Invoice {invoice} payment",
                    "Payment reminder",
                    "Refund",
                    "Bank details",
                    "Transfer made",
                    "Payment details",
                ],
            ),
            Bank(
                "en.email.pay.body",
                [
                    "Could you check? The charge on {date} appears twice.",
                    "The payment receipt was sent to {me.email}.",
                    "Alternatively I can pay by card, {me.card}.",
                    "I'll pay the balance in two instalments of {amount2}.",
                    "I used case number {protocol} as the payment reference.",
                    "The transfer came from my husband's account, {p2.full}.",
                    "Please send the refund to my account, IBAN {me.iban}, in the name of {me.full}.",
                    "Invoice {invoice} for {amount} is still outstanding.",
                    "I made the transfer of {amount} on {date}; the receipt is attached.",
                    "Payment can be made to IBAN {p.iban}, quoting {invoice} as the reference.",
                    "The card I had on file ({me.card}) has expired, how can I update it?",
                    "The amount includes VAT at {pct}.",
                    "The refund will reach your account within {days} working days.",
                    "We expect payment by {date2}, after which late fees will apply.",
                    "Could you send me {p2.full}'s details? I owe her {small_amount}.",
                    "The account is held jointly with {p2.full}, is that OK?",
                    "I've been charged twice for the same order.",
                ],
            ),
        ),
        "details": (
            Bank(
                "en.email.data.subj",
                [
                    "Change of address",
                    "Updated contact details",
                    "New phone number",
                    "Account details update",
                    "Moving house",
                ],
            ),
            Bank(
                "en.email.data.body",
                [
                    "Please stop using my old email, that account is closed.",
                    "My landline is {me.phone2}.",
                    "From now on please send post to {me.addr_ml}.",
                    "The change applies to invoices too.",
                    "My son {p2.first} has a new number: {p2.phone}.",
                    "From {date} my new address will be {me.addr}.",
                    "My new mobile number is {me.phone}; the old one is no longer in use.",
                    "You can also reach me at {me.email}.",
                    "I've moved to {city} for work.",
                    "In an emergency please contact my partner, {p2.full}, on {p2.phone}.",
                    "The bills are still going to my old address, {me.addr}.",
                    "My customer number hasn't changed.",
                    "I've updated my online profile too, username {me.user}.",
                    "The change should show within {days} days.",
                    "Thanks for updating everything so quickly.",
                ],
            ),
        ),
        "job": (
            Bank(
                "en.email.job.subj",
                [
                    "Application for {role}",
                    "CV attached",
                    "Speculative application",
                    "Interview on {date}",
                    "RE: your application",
                ],
            ),
            Bank(
                "en.email.job.body",
                [
                    "I've been looking for work since {date}.",
                    "My portfolio is at {me.url}.",
                    "I graduated with a First in 2018.",
                    "I'm confident with SAP and Excel.",
                    "I'd prefer full-time but would consider part-time.",
                    "At reception, please ask for {p2.full}.",
                    "Please find attached my CV for the open position at {company}.",
                    "My name is {me.full} and I have six years' experience in operations.",
                    "My full profile is here: {me.url}.",
                    "I'm available for a video interview; my number is {me.phone}.",
                    "Your interview with {p2.full} is scheduled for {date} at {time}.",
                    "The salary on offer is {big_amount} per year.",
                    "I spent four years at {company2} as {role}.",
                    "{p2.first} recommended I apply; she already works with you.",
                    "I can start with {days} days' notice.",
                    "References are available on request.",
                    "Thank you for considering my application.",
                ],
            ),
        ),
        "order": (
            Bank(
                "en.email.order.subj",
                [
                    "Complaint about order {order}",
                    "Order {order} not delivered",
                    "Return request",
                    "Refund for order {order}",
                    "Delivery problem",
                ],
            ),
            Bank(
                "en.email.order.body",
                [
                    "I've already raised a dispute with my bank for the {amount} charge.",
                    "The product doesn't match the description on the website.",
                    "I received a different item from the one I ordered.",
                    "I called the courier but the line is always busy.",
                    "Can I collect the parcel from the {city} pick-up point?",
                    "On the returns form I put {me.full}, {me.addr} as the sender.",
                    "I ordered a {product} (order {order}) and it still hasn't arrived.",
                    "Tracking says it was delivered on {date}, but nothing arrived at {me.addr}.",
                    "The item arrived damaged; photos attached.",
                    "I'd like a refund of {amount} to the card I paid with.",
                    "The courier left a card but nobody called me on {me.phone}.",
                    "Tracking number {tracking} hasn't updated in days.",
                    "The order was placed by {me.full}, email {me.email}.",
                    "I contacted {brand} as well but they sent me back to you.",
                    "I'd like to return it within the {days}-day window.",
                    "Could you send the replacement to my brother, {p2.full}, at {p2.addr}?",
                    "Customer service gave me ticket {ticket}.",
                ],
            ),
        ),
        "access": (
            Bank(
                "en.email.cred.subj",
                ["Your login details", "Access to the CRM", "New account", "Password reset", "VPN access"],
            ),
            Bank(
                "en.email.cred.body",
                [
                    "Passwords need at least 12 characters and a symbol.",
                    "I've added you to the {finance|engineering|sales} group on the file server.",
                    "Your personal API token is {p.apikey}; treat it like a password.",
                    "Please don't reuse your old CRM password.",
                    "Remote access only works from the office IP {p.ip}.",
                    "Here are your CRM credentials: username {p.user}, password {p.pwd}.",
                    "You'll be asked to change the temporary password {p.pwd} when you first log in.",
                    "Your username is {p.user} and access is enabled from today.",
                    "Use the same login for the VPN; the whitelisted IP is {p.ip}.",
                    "The test API key is {apikey}; please don't share it outside the team.",
                    "The portal runs version {version}.",
                    "If you have problems, raise a ticket with the helpdesk ({ticket}).",
                    "I've set up {p2.first}'s account too: username {p2.user}.",
                    "Remember to enable two-factor authentication.",
                    "The account will expire in {days} days if unused.",
                ],
            ),
        ),
        "home": (
            Bank(
                "en.email.home.subj",
                ["Rent for {monthyear}", "Service charge", "Boiler repair", "Residents' meeting", "Tenancy agreement"],
            ),
            Bank(
                "en.email.home.body",
                [
                    "The heating bill is {amount3}, due {date3}.",
                    "Please don't leave bikes in the hallway.",
                    "The leak in the basement was fixed last {weekday}.",
                    "We'll sign the renewal at the solicitor's on {date3}.",
                    "The neighbour on the third floor, {p2.full}, is complaining about noise at night.",
                    "Just a reminder that rent for {monthyear} is {amount}, payable to IBAN {me.iban}.",
                    "The engineer will come on {weekday} between {time} and noon.",
                    "The residents' meeting is on {date} at {time}.",
                    "The major works charge is {amount2}, split between the flats.",
                    "For access to the flat you can call {p2.full} on {p2.phone}.",
                    "The boiler at {me.addr} has broken down again.",
                    "The tenancy ends on {date2}.",
                    "I left the keys with the concierge, Mr {p2.last}.",
                    "Could you send me a receipt for the last payment?",
                    "The letting agent confirmed a {pct} increase.",
                ],
            ),
        ),
        "notice": (
            Bank(
                "en.email.notice.subj",
                [
                    "Office closure",
                    "Service update",
                    "Important information",
                    "What's new in {monthyear}",
                    "Planned maintenance",
                ],
            ),
            Bank(
                "en.email.notice.body",
                [
                    "The new rules take effect on {date}.",
                    "Applications can only be made online.",
                    "The phone line is open from {time} to 1pm.",
                    "Existing terms remain valid.",
                    "{brand} customer service can also be reached by chat.",
                    "The full document is available at {pub_url}.",
                    "Our offices will be closed from {date} to {date2}.",
                    "The service will be down for maintenance on {weekday} from {time}.",
                    "From {monthyear} prices will rise by {pct}.",
                    "Requests received during the closure will be handled in order.",
                    "For more information visit {pub_url}.",
                    "Version {version} of the app adds payments with {brand}.",
                    "Thank you all for your cooperation.",
                    "The annual subscription stays at {amount}.",
                    "Opening hours at {inst} are unchanged.",
                    "We apologise for any inconvenience.",
                ],
            ),
        ),
    },
}

# Who signs: an office for notices, a person for private matters, either for the rest.
ORG_TOPICS = {"avviso", "notice"}
PERSONAL_TOPICS = {"lavoro", "job", "dati", "details", "ordine", "order", "casa", "home", "credenziali", "access"}

HEADER = {
    "it": Bank(
        "it.email.header",
        [
            "Da: {me.full} <{me.email}>\nA: {p.email}\nOggetto: ",
            "Oggetto: ",
            "Da: {me.email}\nA: {p.full} <{p.email}>\nData: {date}\nOggetto: ",
            "From: {me.full} <{me.email}>\nTo: {p.email}\nSubject: ",
            "Mittente: {me.email}\nOggetto: ",
            "OGGETTO: ",
            "Data: {date} {time}\nDa: {me.full}\nOggetto: ",
        ],
    ),
    "en": Bank(
        "en.email.header",
        [
            "From: {me.full} <{me.email}>\nTo: {p.email}\nSubject: ",
            "Subject: ",
            "From: {me.email}\nTo: {p.full} <{p.email}>\nDate: {date}\nSubject: ",
            "From: {me.full}\nSent: {date} {time}\nTo: {p.full}\nSubject: ",
            "Subject: RE: ",
            "SUBJECT: ",
            'Date: {date}\nFrom: "{me.full}" <{me.email}>\nSubject: ',
        ],
    ),
}


def build(ctx: Ctx) -> None:
    P = shared(ctx)
    topics = T[ctx.lang]
    topic = ctx.choice(sorted(topics))
    subj, body = topics[topic]
    b = ctx.b
    if ctx.chance(0.6):
        ctx.say(HEADER[ctx.lang])
        ctx.say(subj)
        b.raw("\n\n")
    greeting(ctx)
    b.raw(ctx.choice(("\n\n", "\n", "\n\n")))
    if ctx.chance(0.5):
        ctx.say(P.FILLER)
        b.raw(" ")
    n = ctx.rng.randint(4, 9)
    if ctx.chance(0.5):  # one paragraph or two
        mixed(ctx, body, n)
    else:
        k = mixed(ctx, body, max(1, n // 2))
        if k:
            sep(ctx)
        mixed(ctx, body, n - n // 2)
    if ctx.chance(0.45):
        b.raw(" ")
        ctx.say(P.FILLER)
    sep(ctx)
    closing(ctx, org=True if topic in ORG_TOPICS else False if topic in PERSONAL_TOPICS else None)
    if ctx.chance(0.2):
        b.raw("\n\n")
        ctx.say(P.DISCLAIMER)
    if ctx.chance(0.25):
        _quoted(ctx)


def _quoted(ctx: Ctx) -> None:
    """A quoted earlier message, sometimes in the other language (an English thread under an Italian reply)."""
    other = ctx.chance(0.3)
    lang = ctx.lang
    if other:
        ctx.lang = "en" if lang == "it" else "it"
    try:
        P = shared(ctx)
        topics = T[ctx.lang]
        _subj, body = topics[ctx.choice(sorted(topics))]
        ctx.b.raw("\n\n")
        ctx.say(P.QUOTE_HEADER)
        ctx.b.raw("\n> ")
        ctx.say_many(body, ctx.rng.randint(1, 4), "\n> ")
    finally:
        ctx.lang = lang
