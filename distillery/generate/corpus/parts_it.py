# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Italian parts shared by several document kinds: field labels, greetings, closings, fillers."""

from __future__ import annotations

from .template import Bank

FIELDS = {
    "name": Bank(
        "it.field.name",
        [
            ("Nome e cognome", "{p.full}"),
            ("Cognome e nome", "{p.rev}"),
            ("Nominativo", "{p.LASTfirst}"),
            ("Nome", "{p.full}"),
            ("Richiedente", "{p.full}"),
            ("Intestatario", "{p.upper}"),
            ("Cliente", "{p.full}"),
            ("Il/La sottoscritto/a", "{p.full}"),
            ("Cognome Nome", "{p.upper}"),
            ("Dati anagrafici", "{p.full}"),
        ],
    ),
    "dob": Bank(
        "it.field.dob",
        [
            ("Data di nascita (gg/mm/aaaa)", "{p.dob}"),
            ("nato/a il", "{p.dob}"),
            ("Data di nascita", "{p.dob}"),
            ("Nato/a il", "{p.dob}"),
            ("Data nascita", "{p.dob}"),
            ("Nascita", "{p.birthplace}, {p.dob}"),
            ("Luogo e data di nascita", "{p.birthplace}, {p.dob}"),
            ("D.N.", "{p.dob}"),
        ],
    ),
    "birthplace": Bank(
        "it.field.birthplace",
        [
            ("Luogo di nascita", "{p.birthplace}"),
            ("Nato/a a", "{p.birthplace}"),
            ("Comune di nascita", "{p.birthplace}"),
        ],
    ),
    "cf": Bank(
        "it.field.cf",
        [
            ("Codice fiscale", "{p.cf}"),
            ("C.F.", "{p.cf}"),
            ("Cod. Fiscale", "{p.cf}"),
            ("CF", "{p.cf}"),
            ("Codice Fiscale / Tessera Sanitaria", "{p.cf}"),
            ("Cod. fisc.", "{p.cf}"),
        ],
    ),
    "piva": Bank(
        "it.field.piva",
        [
            ("Partita IVA", "{p.piva}"),
            ("P.IVA", "{p.piva}"),
            ("P. IVA", "{p.piva}"),
            ("Part. IVA", "{p.piva}"),
            ("C.F./P.IVA", "{p.piva}"),
            ("Partita Iva", "{p.piva}"),
        ],
    ),
    "addr": Bank(
        "it.field.addr",
        [
            ("Indirizzo", "{p.addr}"),
            ("Residenza", "{p.addr}"),
            ("Residente in", "{p.addr}"),
            ("Domicilio", "{p.addr}"),
            ("Indirizzo di residenza", "{p.addr}"),
            ("Indirizzo di spedizione", "{p.addr}"),
            ("Recapito", "{p.addr}"),
            ("Via", "{p.addr}"),
        ],
    ),
    "phone": Bank(
        "it.field.phone",
        [
            ("Telefono", "{p.phone}"),
            ("Tel.", "{p.phone}"),
            ("Cellulare", "{p.phone}"),
            ("Cell.", "{p.phone}"),
            ("Recapito telefonico", "{p.phone}"),
            ("Tel/Cell", "{p.phone}"),
            ("Numero di telefono", "{p.phone}"),
            ("Mobile", "{p.phone}"),
        ],
    ),
    "email": Bank(
        "it.field.email",
        [
            ("Email", "{p.email}"),
            ("E-mail", "{p.email}"),
            ("Indirizzo email", "{p.email}"),
            ("Posta elettronica", "{p.email}"),
            ("Mail", "{p.email}"),
            ("PEC", "{p.email}"),
            ("e-mail personale", "{p.email}"),
        ],
    ),
    "iban": Bank(
        "it.field.iban",
        [
            ("IBAN", "{p.iban}"),
            ("Codice IBAN", "{p.iban}"),
            ("Coordinate bancarie", "{p.iban}"),
            ("IBAN per l'accredito", "{p.iban}"),
            ("Conto corrente (IBAN)", "{p.iban}"),
            ("IBAN c/c", "{p.iban}"),
        ],
    ),
    "card": Bank(
        "it.field.card",
        [
            ("Carta di credito", "{p.card}"),
            ("Numero carta", "{p.card}"),
            ("N. carta", "{p.card}"),
            ("Carta", "{p.card}"),
            ("Pagamento con carta", "{p.card}"),
        ],
    ),
    "passport": Bank(
        "it.field.passport",
        [
            ("Passaporto", "{p.passport}"),
            ("N. passaporto", "{p.passport}"),
            ("Numero passaporto", "{p.passport}"),
            ("Passaporto n.", "{p.passport}"),
        ],
    ),
    "idcard": Bank(
        "it.field.idcard",
        [
            ("Documento", "{p.idcard}"),
            ("Documento di identità", "{p.idcard}"),
            ("N. documento", "{p.idcard}"),
            ("Estremi documento", "{p.idcard}"),
            ("Carta d'identità", "{p.idcard}"),
            ("Doc. identità n.", "{p.idcard}"),
        ],
    ),
    "plate": Bank(
        "it.field.plate",
        [
            ("Targa", "{p.plate}"),
            ("Targa veicolo", "{p.plate}"),
            ("Veicolo targato", "{p.plate}"),
            ("Targa auto", "{p.plate}"),
            ("Targa del mezzo", "{p.plate}"),
        ],
    ),
    "user": Bank(
        "it.field.user",
        [
            ("Username", "{p.user}"),
            ("Nome utente", "{p.user}"),
            ("Utente", "{p.user}"),
            ("User", "{p.user}"),
            ("Login", "{p.user}"),
            ("ID utente", "{p.user}"),
        ],
    ),
    "pwd": Bank(
        "it.field.pwd",
        [
            ("Password", "{p.pwd}"),
            ("Password provvisoria", "{p.pwd}"),
            ("Pwd", "{p.pwd}"),
            ("Password temporanea", "{p.pwd}"),
            ("Parola chiave", "{p.pwd}"),
        ],
    ),
    "mrn": Bank(
        "it.field.mrn",
        [
            ("N. cartella clinica", "{p.mrn}"),
            ("Cartella n.", "{p.mrn}"),
            ("ID paziente", "{p.mrn}"),
            ("N. nosologico", "{p.mrn}"),
            ("Codice paziente", "{p.mrn}"),
            ("N. ricovero", "{p.mrn}"),
        ],
    ),
    "url": Bank(
        "it.field.url",
        [
            ("Profilo", "{p.url}"),
            ("LinkedIn", "{p.url}"),
            ("Sito web", "{p.url}"),
            ("Sito personale", "{p.url}"),
            ("Link", "{p.url}"),
        ],
    ),
    "ip": Bank(
        "it.field.ip",
        [("Indirizzo IP", "{p.ip}"), ("IP", "{p.ip}"), ("IP di accesso", "{p.ip}"), ("IP client", "{p.ip}")],
    ),
    "ssn": Bank(
        "it.field.ssn",
        [("Social Security Number", "{p.ssn}"), ("SSN", "{p.ssn}"), ("Numero previdenziale estero", "{p.ssn}")],
    ),
    "date": Bank(
        "it.field.date",
        [
            ("Data", "{date}"),
            ("Data richiesta", "{date}"),
            ("Data compilazione", "{date}"),
            ("Data di invio", "{date}"),
            ("Del", "{date}"),
            ("Data registrazione", "{date}"),
        ],
    ),
    "company": Bank(
        "it.field.company",
        [
            ("Azienda", "{company}"),
            ("Società", "{company}"),
            ("Ragione sociale", "{company}"),
            ("Datore di lavoro", "{company}"),
            ("Ente", "{inst}"),
        ],
    ),
    "amount": Bank(
        "it.field.amount",
        [
            ("Importo", "{amount}"),
            ("Totale", "{amount}"),
            ("Importo totale", "{amount}"),
            ("Totale da pagare", "{amount}"),
            ("Quota", "{amount}"),
            ("Costo", "{amount}"),
        ],
    ),
    "gender": Bank(
        "it.field.gender",
        [("M/F", "{M|F}"), ("Sesso (M/F)", "{M|F}"), ("Sesso", "{M|F}"), ("Genere", "{M|F|maschile|femminile}")],
    ),
    "job": Bank(
        "it.field.job",
        [
            (
                "Professione",
                "{impiegato|insegnante|libero professionista|studente|pensionato|operaio|infermiera|commerciante}",
            ),
            ("Occupazione", "{dipendente|autonomo|studente|disoccupato|pensionato}"),
            ("Qualifica", "{impiegato amministrativo|tecnico|operatore|quadro|dirigente}"),
        ],
    ),
    "nationality": Bank(
        "it.field.nationality",
        [
            ("Stato di nascita", "{Italia|Italia|Romania|Albania|Marocco|Regno Unito}"),
            ("Paese di residenza", "{Italia|Italia|Svizzera|San Marino}"),
            ("Cittadinanza", "{italiana|italiana|italiana|rumena|albanese|marocchina}"),
            ("Nazionalità", "{italiana|italiana|britannica|tedesca|spagnola}"),
        ],
    ),
}

GREET_FORMAL = Bank(
    "it.greet.formal",
    [
        "Gentile dottoressa,",
        "Egregio avvocato,",
        "Spett.le Ufficio Tributi,",
        "Gentile {p.title} {p.last},",
        "Gentile {p.full},",
        "Egregio {p.title} {p.last},",
        "Spett.le {company},",
        "Buongiorno {p.title} {p.last},",
        "Gentilissim{p.o} {p.title} {p.last},",
        "Alla cortese attenzione di {p.full},",
        "Buongiorno,",
        "Gentile cliente,",
        "Spettabile ditta,",
        "Gentili signori,",
        "Alla c.a. dell'ufficio competente,",
        "Buonasera,",
        "Gentile utente,",
        "Gent.m{p.o} {p.title} {p.last},",
        "Gentile {p.first} {p.last},",
        "Egregi signori,",
        "A chi di competenza,",
    ],
)
GREET_INFORMAL = Bank(
    "it.greet.informal",
    [
        "Ciao {p.first},",
        "Ciao {p.first}!",
        "Ciao,",
        "Ehi {p.first},",
        "Ciao a tutti,",
        "Buongiorno {p.first},",
        "Car{p.o} {p.first},",
        "Carissim{p.o} {p.first},",
        "Salve,",
        "Ciao ragazzi,",
        "Hey {p.first}",
        "Buongiorno a tutti,",
        "{p.first}, ciao!",
        "Ciao {p.first}, come va?",
    ],
)
CLOSE_FORMAL = Bank(
    "it.close.formal",
    [
        "Ossequi",
        "Grazie e buon lavoro",
        "In fede",
        "Cordiali saluti",
        "Distinti saluti",
        "Cordialmente",
        "In attesa di un Vostro gentile riscontro, porgo cordiali saluti",
        "Resto a disposizione per qualsiasi chiarimento.\nCordiali saluti",
        "Grazie per l'attenzione.\nDistinti saluti",
        "Con i migliori saluti",
        "Saluti",
        "Ringraziando anticipatamente, porgo distinti saluti",
        "RingraziandoLa per la collaborazione, Le porgo cordiali saluti",
        "Un cordiale saluto",
        "In attesa di riscontro, saluto cordialmente",
        "Buona giornata",
        "Rimango in attesa di una risposta.\nSaluti",
    ],
)
CLOSE_INFORMAL = Bank(
    "it.close.informal",
    [
        "Un abbraccio",
        "A presto!",
        "Ciao!",
        "Un saluto",
        "Grazie mille, ciao",
        "Fammi sapere, ciao",
        "Baci",
        "Buona giornata!",
        "Ci sentiamo",
        "Grazie ancora!",
        "A dopo",
        "Buon lavoro",
        "Ciao ciao",
        "Fammi sapere quando puoi",
        "Buona serata!",
    ],
)
SIGNATURE = Bank(
    "it.signature",
    [
        "{me.full}",
        "{me.full}\n{Responsabile amministrativo|Ufficio acquisti|Customer care|Direttore tecnico|Assistente di direzione|Ufficio del personale}",
        "{me.first}",
        "{me.title} {me.full}",
        "{me.full}\n{company}",
        "{me.full}\n{company}\nTel. {me.phone}",
        "{me.initial}",
        "{me.full} - {company}",
        "--\n{me.full}\n{me.work_email}",
        "{me.full}\nCell. {me.phone}\n{me.email}",
        "{me.first} {me.LAST}",
        "{me.full}\n{company} | {me.phone}",
    ],
)
SIGNATURE_ORG = Bank(
    "it.signature_org",
    [
        "{Amministrazione|Segreteria|Ufficio tecnico}\n{company}",
        "Ufficio clienti\n{company}",
        "La Direzione",
        "Lo staff di {company}",
        "Segreteria amministrativa\n{inst}",
    ],
)
DISCLAIMER = Bank(
    "it.disclaimer",
    [
        "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. "
        "Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente.",
        "Ai sensi del Regolamento UE 2016/679 (GDPR), i dati personali saranno trattati esclusivamente per le finalità "
        "connesse alla gestione della richiesta.",
        "Prima di stampare, pensa all'ambiente.",
        "Questo messaggio è stato inviato da un indirizzo non monitorato. Per assistenza consulta il sito {pub_url}.",
        "Informativa privacy: i dati forniti saranno trattati nel rispetto del D.Lgs. 196/2003 e del Reg. UE 2016/679.",
        "Inviato da iPhone",
        "Inviato dal mio smartphone Samsung",
    ],
)
FILLER = Bank(
    "it.filler",
    [
        "Vi ringrazio fin d'ora.",
        "Scusate la lunghezza del messaggio.",
        "Spero di essere stat{me.o} chiar{me.o}.",
        "Ne approfitto per augurarvi buone feste.",
        "Rispondo anche a nome dei colleghi.",
        "Vi chiedo scusa per il disguido.",
        "Spero che tutto proceda bene.",
        "Mi scuso per il ritardo nella risposta.",
        "Come anticipato al telefono,",
        "Resto a disposizione per eventuali chiarimenti.",
        "Grazie in anticipo per la disponibilità.",
        "Ti ringrazio per la pazienza.",
        "Fammi sapere se serve altro.",
        "Scusa se ti disturbo di nuovo.",
        "Vi aggiorno appena ho novità.",
        "La pratica è stata presa in carico {dal responsabile|dall'ufficio competente|dal referente}.",
        "Il termine ultimo è il {date}.",
        "Allego la documentazione richiesta.",
        "Vi chiedo cortesemente di confermare la ricezione.",
        "Purtroppo non sono riuscit{me.o} a chiamarvi prima.",
        "Confermo quanto discusso nella riunione di {weekday}.",
        "Segnalo che l'aliquota applicata è del {pct}.",
        "Il costo complessivo resta di {amount}.",
        "Come da accordi, procedo con l'invio.",
        "In allegato trovate il modulo compilato.",
        "Ci tengo a precisare che non ho ricevuto alcuna comunicazione in merito.",
        "Tutto il resto è invariato.",
        "Per qualsiasi dubbio potete contattare {role}.",
        "La prossima scadenza è fissata per il {date2}.",
    ],
)
QUOTE_HEADER = Bank(
    "it.quote_header",
    [
        "Il giorno {date} alle ore {time}, {p.full} <{p.email}> ha scritto:",
        "-----Messaggio originale-----\nDa: {p.full} <{p.email}>\nInviato: {date}\nOggetto: R: {Richiesta informazioni|pratica in corso|aggiornamento|documenti}",
        "Il {weekday} {date}, {p.full} ha scritto:",
        "Da: {p.email}\nData: {date}",
        "> Scritto da {p.first} il {date}:",
        "---- Messaggio inoltrato ----\nDa: {p.full}\nData: {date}",
    ],
)
