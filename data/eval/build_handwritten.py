# ruff: noqa: E501  (the documents keep one paragraph per line, as people write them)
"""Build data/eval/handwritten.jsonl from the hand-written documents below.

The markup ([[TYPE|value]] personal data, <<value>> keep strings, §name§ identifiers computed below
with python-stdnum) is explained, parsed and validated in handwritten_markup.py, shared with
build_handwritten2.py.

Run `python data/eval/build_handwritten.py` to rewrite the JSONL, `--check` to verify that the
committed file matches this script (the tests do the same). The people, companies, numbers and
addresses are invented for this project; phone numbers use fictional ranges where they exist
(UK 07700 900xxx / 020 7946 0xxx, US 555-01xx), IP addresses the documentation ranges, e-mail
addresses the reserved example.* domains.
"""

from __future__ import annotations

import sys
from pathlib import Path

from handwritten_markup import PACKAGE_EVAL_DIR, card, cf, iban, nhs_number, piva
from handwritten_markup import build as build_set
from handwritten_markup import main as run

OUT = PACKAGE_EVAL_DIR / "handwritten.jsonl"


# --- identifiers with valid checksums -------------------------------------------------------------

IDS = {
    "CF_ROSA": cf("BNCRSO68D52F205"),
    "CF_MARCO": cf("SPSMRC85S03F839"),
    "CF_GIULIA": cf("FRRGLI92L61L219"),
    "CF_LUCA": cf("MRTLCU79A15H501"),
    "CF_SOLE": cf("MNCSLO01P49A944"),
    "CF_FRANCESCA": cf("GRCFNC55E70G273"),
    "CF_BIANCA": cf("RMNBNC90B42D612"),
    "CF_ANTONIO": cf("DLCNTN62C18C351"),
    "CF_STEFANO": cf("RNLSFN88M27B157"),
    "PIVA_1": piva("0412345015"),
    "PIVA_2": piva("0731298042"),
    "PIVA_3": piva("1256078096"),
    "IBAN_IT1": iban("IT", "X0306909606000000123456", spaced=True),
    "IBAN_IT2": iban("IT", "K0200801633000104719385"),
    "IBAN_IT3": iban("IT", "B0503401753000000045812", spaced=True),
    "IBAN_GB1": iban("GB", "NWBK60161345772109", spaced=True),
    "IBAN_GB2": iban("GB", "BUKB20201555555555"),
    "CARD_VISA1": card("453201511283036"),
    "CARD_VISA2": card("491761000000016", sep="-"),
    "CARD_MC1": card("522222221234567"),
    "CARD_AMEX": card("37828224631000", groups=(4, 6, 5)),
    "CARD_MC2": card("545454545454543", groups=(16,)),
    "NHS_1": nhs_number("485777345"),
    "NHS_2": nhs_number("401023213"),
}


# --- the documents -------------------------------------------------------------------------------

DOCS: list[dict] = [
    # ------------------------------------------------------------------ Italian
    {
        "id": "it-01-condominio",
        "lang": "it",
        "text": """Oggetto: infiltrazioni dal terrazzo, scala B

Gentile amministratore,
le scrivo per la terza volta in merito alle infiltrazioni che dal terrazzo condominiale scendono nel mio soggiorno. Dopo l'ultima pioggia la macchia sul soffitto si è allargata e l'intonaco ha preso un colore rosato, quasi rosa. Il tecnico venuto il <<14 marzo>> ha confermato che il problema è la guaina. Allego le foto e la fattura del sopralluogo (<<n. 118/2024>>, <<€ 180,00>>), che chiedo venga rimborsata dal condominio come deciso nell'assemblea del <<5 febbraio>>.
Le chiedo anche di sollecitare la ditta <<Edil Tetti S.n.c.>>: il preventivo è fermo da un mese.
Per qualsiasi comunicazione può chiamarmi al [[PHONE|+39 347 812 4590]] oppure scrivere a [[EMAIL|rosa.bianchi68@example.com]].

Cordiali saluti,
[[PERSON|Rosa Bianchi]]
[[ADDRESS|Via dei Mille 24, 20129 Milano]]""",
    },
    {
        "id": "it-02-impegnativa",
        "lang": "it",
        "text": """<<Azienda Sanitaria Locale Roma 2>> - Medicina generale
Dott. [[PERSON|Paolo Ruggeri]] - <<Casa della Salute Tuscolana>>

Caro collega,
invio alla sua cortese attenzione la sig.ra [[PERSON|Francesca Greco]], nata a Palermo il [[DATE_OF_BIRTH|30/05/1955]], C.F. [[CODICE_FISCALE|§CF_FRANCESCA§]], residente in [[ADDRESS|via Appia Nuova 412, 00181 Roma]], per <<visita cardiologica>> con <<ecocardiogramma>>.
La paziente riferisce da circa due settimane dispnea da sforzo e palpitazioni serali. In terapia con <<ramipril 5 mg>> e <<bisoprololo 2,5 mg>>. Ultimo ECG del <<12/01/2024>>: ritmo sinusale, BBDx incompleto. Cartella ambulatoriale n. [[MEDICAL_RECORD_NUMBER|AMB-2019-07731]].
Priorità <<B (entro 10 giorni)>>. Recapito della figlia per eventuali comunicazioni: [[PHONE|333 904 1187]].

Cordialmente,
Dott. [[PERSON|Ruggeri]]""",
    },
    {
        "id": "it-03-chat-sole",
        "lang": "it",
        "not_pii": ["sole"],  # the sun, beside a girl called Sole
        "text": """[18:02] [[PERSON|giuli]]: raga domani si va al mare o no??
[18:03] [[PERSON|marco]]: dipende, danno sole tutto il giorno?
[18:03] [[PERSON|giuli]]: sì sole pieno, 31 gradi
[18:05] [[PERSON|sole]]: io ci sono!! passo a prendervi alle 8
[18:05] [[PERSON|marco]]: grande [[PERSON|sole]] 😎 io sto da mia nonna, [[ADDRESS|via Cilea 33]], citofono [[PERSON|Esposito]]
[18:06] [[PERSON|giuli]]: io porto l'ombrellone. se non mi trovate chiamate il [[PHONE|3391248875]] che il mio è rotto, è di mia sorella
[18:07] [[PERSON|sole]]: ok. qualcuno ha il numero di [[PERSON|fede]]? non risponde nel gruppo
[18:07] [[PERSON|marco]]: [[PHONE|+39 328 440 9127]]
[18:08] [[PERSON|sole]]: perfetto, a domani ☀️""",
    },
    {
        "id": "it-04-contestazione",
        "lang": "it",
        "text": """RACCOMANDATA A MANO

Spett.le sig. [[PERSON|Marco Esposito]]
[[ADDRESS|Corso Vittorio Emanuele 118, 80121 Napoli]]
C.F. [[CODICE_FISCALE|§CF_MARCO§]]

Oggetto: contestazione disciplinare ai sensi dell'<<art. 7 della L. 300/1970>>

Con la presente la società <<Logistica Partenopea S.p.A.>> le contesta i seguenti fatti: in data <<4 aprile 2024>> lei si è allontanato dal magazzino di <<Arzano>> alle ore 10:40 senza autorizzazione, rientrando alle 12:15; il <<9 aprile 2024>> non ha timbrato l'ingresso pur risultando presente secondo il capoturno, sig. [[PERSON|Gennaro Russo]].
Tali comportamenti violano l'<<art. 32 del CCNL Logistica>>. Le è concesso un termine di <<5 giorni>> dal ricevimento della presente per presentare le sue giustificazioni, anche verbalmente, con l'eventuale assistenza di un rappresentante sindacale.

Ufficio Risorse Umane
[[PERSON|Carla Fontana]]""",
    },
    {
        "id": "it-05-reclamo-banca",
        "lang": "it",
        "text": """Spett.le <<Banca Adriatica di Credito>> - Ufficio Reclami

Io sottoscritta [[PERSON|Giulia Ferraro]], C.F. [[CODICE_FISCALE|§CF_GIULIA§]], titolare del conto corrente IBAN [[IBAN|§IBAN_IT1§]], presento formale reclamo per due addebiti non autorizzati sulla carta di debito n. [[CREDIT_CARD|§CARD_VISA1§]]: <<€ 349,90>> del <<2 maggio>> presso un negozio online che non conosco e <<€ 89,00>> del giorno successivo.
Ho bloccato la carta tramite app appena ricevuta la notifica e ho sporto denuncia presso la <<Stazione Carabinieri di Torino San Salvario>> (verbale allegato). Chiedo il riaccredito delle somme entro i termini previsti dalla normativa <<PSD2>> e una risposta scritta entro <<15 giorni lavorativi>>.
Recapiti: [[PHONE|011 4432 871]], [[EMAIL|giulia.ferraro@example.net]].

Distinti saluti
[[PERSON|Giulia Ferraro]]""",
    },
    {
        "id": "it-06-locazione",
        "lang": "it",
        "text": """CONTRATTO DI LOCAZIONE AD USO ABITATIVO (<<L. 431/1998>>, canone concordato) - estratto

Tra la società <<Immobiliare Colle Verde S.r.l.>>, P.IVA [[PARTITA_IVA|§PIVA_1§]], con sede in Bologna, in persona dell'amministratore [[PERSON|Antonio De Luca]], nato a Catania il [[DATE_OF_BIRTH|18/03/1962]], C.F. [[CODICE_FISCALE|§CF_ANTONIO§]] (locatore)
e
la sig.ra [[PERSON|Sole Mancini]], nata a Bologna il [[DATE_OF_BIRTH|9 settembre 2001]], C.F. [[CODICE_FISCALE|§CF_SOLE§]] (conduttrice),
si conviene quanto segue.
Art. 1 - Il locatore concede in locazione l'unità immobiliare sita in [[ADDRESS|via Mascarella 59, 40126 Bologna]], piano terzo, composta da due vani e servizi.
Art. 2 - La durata è stabilita in <<3 anni>> a decorrere dal <<1 ottobre 2024>>.
Art. 3 - Il canone annuo è di <<€ 7.800,00>>, da versare in rate mensili anticipate di <<€ 650,00>> entro il giorno 5 di ogni mese sul conto IBAN [[IBAN|§IBAN_IT2§]].
Art. 4 - La conduttrice versa un deposito cauzionale pari a <<tre mensilità>>.""",
    },
    {
        "id": "it-07-denuncia-furto",
        "lang": "it",
        "text": """VERBALE DI RICEZIONE DI DENUNCIA - <<Questura di Firenze>>, Commissariato <<Firenze Rifredi>>

L'anno 2024, addì <<22 del mese di giugno>>, alle ore 9:30, negli uffici sopra indicati, davanti al sottoscritto Ufficiale di P.G. è presente [[PERSON|Bianca Romano]], nata a Firenze il [[DATE_OF_BIRTH|02/02/1990]], residente in [[ADDRESS|viale Morgagni 71, Firenze]], identificata mediante carta d'identità n. [[ID_CARD|CA48215KD]], recapito [[PHONE|055 417 2290]], la quale dichiara:
"Ieri sera alle 21 circa ho parcheggiato la mia autovettura <<Fiat Panda>> di colore bianco, targata [[LICENSE_PLATE|FG 482 KL]], in via Vittorio Emanuele II, davanti al civico 40. Stamattina alle 7:45 l'auto non c'era più. Nessuno è autorizzato a usarla. Nel bagagliaio c'erano un passeggino e una borsa con la mia patente."
Si dà atto che la denunciante consegna copia della carta di circolazione. Letto, confermato e sottoscritto.""",
    },
    {
        "id": "it-08-cv",
        "lang": "it",
        "text": """CURRICULUM VITAE

[[PERSON|Luca Moretti]]
Nato il [[DATE_OF_BIRTH|15/01/1979]] | [[ADDRESS|Via Ostiense 201, 00154 Roma]]
Tel. [[PHONE|(+39) 06-4587123]] | [[EMAIL|luca.moretti79@example.org]]
Profilo: [[URL|https://www.linkedin.com/in/luca-moretti-dev79]]

Profilo professionale
Sviluppatore backend con oltre 15 anni di esperienza in <<Java>> e <<Python>>, di cui gli ultimi sei nel settore dei pagamenti elettronici. Abituato a lavorare in team agili distribuiti.

Esperienze
2018 - oggi: Tech Lead presso <<PagoFacile S.p.A.>>, Roma. Migrazione dell'architettura monolitica a microservizi su <<Kubernetes>>.
2010 - 2018: Senior Developer presso <<Sistemi Informativi Tiburtini>>.

Formazione
Laurea in Ingegneria Informatica, <<Università di Roma La Sapienza>>, 110/110.

Autorizzo il trattamento dei dati personali ai sensi del <<Regolamento UE 2016/679>>.""",
    },
    {
        "id": "it-09-recensione-bianca",
        "lang": "it",
        "text": """★★★★☆ Recensione di [[USERNAME|giramondo_77]] - <<Pizzeria Da Nando>>, Trastevere

Siamo stati qui sabato sera in sei senza prenotare e ci hanno trovato posto in mezz'ora. La pizza bianca con mortadella e pistacchio è la migliore che abbia mangiato a Roma, impasto leggerissimo. Un po' meno convincente la <<margherita>>, troppo bagnata al centro.
Un ringraziamento speciale alla cameriera, [[PERSON|Bianca]], gentilissima e paziente con i bambini, e al pizzaiolo che ci ha fatto vedere il forno. Prezzi onesti: <<€ 96>> in sei con birre e dolci.
Unico neo il rumore, si fa fatica a parlare. Consigliato comunque!""",
    },
    {
        "id": "it-10-ticket-supporto",
        "lang": "it",
        "text": """Ticket <<#48213>> - Priorità: alta - Prodotto: <<Gestionale Cloud Pro>>

Buongiorno, da stamattina non riesco più ad accedere al gestionale. Ho provato anche dal PC di un collega, stesso errore. Vi incollo il log che mi compare:

2024-05-06 08:14:22 WARN  auth: login failed user=[[USERNAME|m.fontana]] ip=[[IP_ADDRESS|192.0.2.44]] reason=INVALID_CREDENTIALS
2024-05-06 08:14:40 WARN  auth: login failed user=[[USERNAME|m.fontana]] ip=[[IP_ADDRESS|192.0.2.44]] reason=INVALID_CREDENTIALS
2024-05-06 08:15:02 ERROR auth: account locked user=[[USERNAME|m.fontana]] after 3 attempts

Sono sicuro della password, è sempre [[PASSWORD|Girasole#2024]], non l'ho mai cambiata. Potete sbloccare l'account? Abbiamo le fatture da emettere entro oggi.
[[PERSON|Matteo Fontana]] - ufficio amministrazione, Fontana Arredamenti
interno 214, cell. [[PHONE|349 552 0913]]""",
    },
    {
        "id": "it-11-giustificazione",
        "lang": "it",
        "text": """Alla cortese attenzione della maestra [[PERSON|Ferri]], classe <<3ª B>>, <<Scuola Primaria G. Pascoli>>

Si giustifica l'assenza di mia figlia [[PERSON|Alice Colombo]] nei giorni <<11 e 12 novembre>> per motivi di salute (febbre). Domani rientrerà regolarmente. Vi informo inoltre che giovedì uscirà alle ore 12:00 per una visita dal dentista: verrà a prenderla il nonno, [[PERSON|Giorgio Colombo]].
Per qualsiasi cosa potete contattarmi al [[PHONE|338 761 0045]].

Grazie,
[[PERSON|Elena Marchi]]""",
    },
    {
        "id": "it-12-commercialista",
        "lang": "it",
        "text": """Ciao [[PERSON|Davide]],
come d'accordo ti mando i dati per la fattura a <<Studio Grafico Linea>>, che mi ha chiesto di fatturare direttamente a loro la consulenza di marzo.

Cliente: Studio Grafico Linea di [[PERSON|Chiara Galli]]
P.IVA [[PARTITA_IVA|§PIVA_2§]]
Sede: [[ADDRESS|Via San Vitale 17, 40125 Bologna]]
Codice destinatario SDI: <<M5UXCR1>>
Importo: <<€ 1.250,00>> + IVA, <<regime ordinario>>

I miei dati li hai già, ma ricordati che ho cambiato conto: il nuovo IBAN è [[IBAN|§IBAN_IT3§]] (<<Banco BPM>>). La mia partita IVA resta [[PARTITA_IVA|§PIVA_3§]].
Mi mandi anche il riepilogo dei contributi <<INPS>> da versare a giugno?

Grazie mille,
[[PERSON|Sara]]""",
    },
    {
        "id": "it-13-sinistro",
        "lang": "it",
        "text": """Denuncia di sinistro - polizza <<RCA 0048813-22>> - <<Assicurazioni Tirrenia>>

Descrizione: il giorno <<17/09/2024>> alle ore 8:10, in via Emilia all'altezza della rotonda di <<Santa Viola>>, il veicolo assicurato, <<Volkswagen Golf>> targa [[LICENSE_PLATE|GB713RT]], condotto dalla proprietaria [[PERSON|Laura Pellegrini]], era fermo al semaforo quando è stato tamponato dalla <<Peugeot 208>> targa [[LICENSE_PLATE|EZ 905 TM]] condotta dal sig. [[PERSON|Riccardo Sala]], il quale ha riconosciuto la propria responsabilità sottoscrivendo il <<modulo CAI>>.
Danni: paraurti posteriore e portellone. Nessun ferito.
Testimone: [[PERSON|Enrico Bassi]], tel. [[PHONE|051 613 8420]].
Carrozzeria convenzionata scelta: <<Carrozzeria Emilia Due>>.
Contatto della proprietaria: [[EMAIL|laura.pellegrini@example.org]].""",
    },
    {
        "id": "it-14-segreteria",
        "lang": "it",
        "text": """Buongiorno,
sono [[PERSON|Tommaso Vitale]], iscritto al secondo anno del corso di laurea magistrale in <<Economia e Management>>. Non riesco ad accedere al portale <<Infostud>>: con le mie credenziali ([[USERNAME|vitale.2013457]]) ricevo il messaggio "utente disabilitato".
Ho bisogno di prenotarmi all'appello di <<Econometria>> del <<20 giugno>>, le iscrizioni chiudono venerdì. Ho già provato il reset dal link, ma la mail di recupero arriva al vecchio indirizzo [[EMAIL|tommy.vitale@example.net]], che non uso più.
Potete aggiornare l'indirizzo con [[EMAIL|t.vitale@studenti.example.org]]?

Grazie, cordiali saluti
[[PERSON|Tommaso Vitale]]""",
    },
    {
        "id": "it-15-pec-comune",
        "lang": "it",
        "text": """Al <<Comune di Verona>> - Servizi Demografici
Oggetto: dichiarazione di residenza con provenienza da altro comune

Il sottoscritto [[PERSON|Stefano Rinaldi]], nato a Brescia il [[DATE_OF_BIRTH|27 agosto 1988]], codice fiscale [[CODICE_FISCALE|§CF_STEFANO§]], documento d'identità [[ID_CARD|AY 3847162]] rilasciato dal <<Comune di Brescia>>, dichiara di aver trasferito la propria dimora abituale in [[ADDRESS|Via Mazzini 8, 37121 Verona]], insieme alla convivente [[PERSON|Irene Bruno]].
Dichiara inoltre di essere intestatario del veicolo targato [[LICENSE_PLATE|FK 219 XD]], per l'aggiornamento della carta di circolazione.
Recapito per comunicazioni: [[PHONE|347 002 9981]], PEC [[EMAIL|stefano.rinaldi@pec.example.com]].
Allega copia del documento e del contratto di locazione registrato presso l'<<Agenzia delle Entrate>>.""",
    },
    {
        "id": "it-16-avviso-ascensore",
        "lang": "it",
        "text": """AVVISO AI CONDÒMINI

Si comunica che da lunedì <<3 giugno>> a venerdì <<7 giugno>> l'ascensore della scala A resterà fermo per i lavori di adeguamento alla normativa <<UNI EN 81-20>> deliberati nell'assemblea ordinaria dell'<<11 aprile>>.
La ditta incaricata, <<Elevatori Lombardi S.r.l.>>, lavorerà dalle 8:00 alle 17:00. Durante i lavori il vano scala potrebbe essere parzialmente ingombro: si raccomanda prudenza.
La spesa complessiva di <<€ 14.600,00>> sarà ripartita secondo la <<tabella C>> e addebitata in due rate, a luglio e a ottobre.
Per urgenze è attivo il numero verde del servizio di manutenzione <<800 112 233>>.

L'Amministrazione""",
    },
    {
        "id": "it-17-asl-vaccini",
        "lang": "it",
        "text": """Campagna antinfluenzale 2024/2025: dal <<14 ottobre>> è possibile vaccinarsi gratuitamente presso gli ambulatori dei medici di medicina generale, le farmacie aderenti e i centri vaccinali della <<ASL Città di Torino>>.
Il vaccino è raccomandato alle persone con più di <<60 anni>>, alle donne in gravidanza, ai bambini tra 6 mesi e 6 anni e ai pazienti con patologie croniche. Per prenotare è sufficiente il portale <<Salute Piemonte>> o il numero <<800 000 500>>, attivo dal lunedì al venerdì dalle 8:30 alle 17:30. Presentarsi con la tessera sanitaria.""",
    },
    {
        "id": "it-18-sms-corriere",
        "lang": "it",
        "text": """<<FastPack>>: Ciao [[PERSON|Luca]], il tuo pacco <<FP4481120937>> sarà consegnato domani tra le 9 e le 13 in [[ADDRESS|Via Nizza 150, Torino]]. Per cambiare data rispondi a questo SMS.""",
    },
    {
        "id": "it-19-dimissione",
        "lang": "it",
        "text": """<<Azienda Ospedaliera Universitaria Careggi>> - SOD Medicina Interna
LETTERA DI DIMISSIONE

Paziente: [[PERSON|Antonio De Luca]] - nato il [[DATE_OF_BIRTH|18/03/1962]] - C.F. [[CODICE_FISCALE|§CF_ANTONIO§]]
N. nosologico: [[MEDICAL_RECORD_NUMBER|2024-045871]] - Ricovero dal <<3/07/2024>> al <<11/07/2024>>

Motivo del ricovero: <<polmonite comunitaria>> in paziente con <<BPCO>> e diabete mellito di tipo 2.
Decorso: all'ingresso febbre (38,9 °C), SpO2 89% in aria ambiente. Impostata terapia antibiotica con <<ceftriaxone>> e <<azitromicina>> e ossigenoterapia a basso flusso, sospesa in quinta giornata. Progressivo miglioramento clinico e degli indici di flogosi. Glicemie ben controllate con insulina basale.
Condizioni alla dimissione: buone, apiretico da 72 ore, SpO2 95% in aria ambiente.
Terapia consigliata: <<amoxicillina/acido clavulanico 1 g>> ogni 12 ore per altri 5 giorni; prosegue la terapia domiciliare.
Controlli: radiografia del torace tra <<6 settimane>>; visita pneumologica presso il nostro ambulatorio (prenotazione al <<055 794 1111>>).
Il paziente è affidato alle cure del medico curante, dott.ssa [[PERSON|Marta Innocenti]]. Il sig. [[PERSON|De Luca]] e la moglie, sig.ra [[PERSON|Agata Spina]], sono stati informati.

Il medico: dott. [[PERSON|Fabio Neri]]""",
    },
    {
        "id": "it-20-chat-server",
        "lang": "it",
        "text": """[[PERSON|ale]]: [[PERSON|fede]] mi giri le credenziali del server di staging? devo rilanciare il deploy
[[PERSON|fede]]: ssh [[USERNAME|deploy_ops]]@[[IP_ADDRESS|203.0.113.7]] porta <<2222>>
[[PERSON|fede]]: pwd [[PASSWORD|Zq7!mK2v#Lp9]] ma cambiala dopo, che l'ho scritta in chat
[[PERSON|ale]]: ok grazie. il db è sempre sul .12?
[[PERSON|fede]]: no l'abbiamo spostato su [[IP_ADDRESS|198.51.100.23]], utente [[USERNAME|app_rw]]
[[PERSON|ale]]: perfetto, se si rompe qualcosa chiamo [[PERSON|bruno]]
[[PERSON|fede]]: sì lui è reperibile fino alle 22""",
    },
    {
        "id": "it-21-bnb",
        "lang": "it",
        "text": """Conferma di prenotazione - <<B&B Le Tre Rose>>, Lecce

Gentile sig. [[PERSON|Oliver Hughes]],
la ringraziamo per aver scelto la nostra struttura. Le confermiamo la camera matrimoniale <<Salento>> dal <<12 al 16 agosto>>, 4 notti, per 2 adulti, al prezzo totale di <<€ 520,00>> colazione inclusa.
Come previsto dalla normativa di pubblica sicurezza, al momento del check-in registreremo il suo documento: abbiamo già annotato il passaporto n. [[PASSPORT|533918274]] indicato nel modulo online. La carta [[CREDIT_CARD|§CARD_MC1§]] è stata usata solo a garanzia e non verrà addebitata prima dell'arrivo.
Il check-in è dalle 14:00 alle 20:00; per arrivi più tardi ci avvisi al [[PHONE|+39 0832 301 447]] o su WhatsApp.
A presto!
[[PERSON|Rosa]] e [[PERSON|Vito]]""",
    },
    {
        "id": "it-22-verbale-riunione",
        "lang": "it",
        "text": """VERBALE RIUNIONE DI PROGETTO - <<Progetto Atlante>> - <<18 aprile 2024>>

Presenti: [[PERSON|Giulia Ferraro]] (PM), [[PERSON|Luca Moretti]] (tech lead), [[PERSON|Paola Conti]] (UX), [[PERSON|Nicola Serra]] (QA). Assente giustificato: [[PERSON|Andrea Caruso]].

1. Stato avanzamento. [[PERSON|Moretti]] riferisce che il modulo pagamenti è completo al <<90%>>; restano da chiudere i test di integrazione con il circuito <<PagoPA>>. La data di rilascio del <<31 maggio>> è confermata.
2. Usabilità. [[PERSON|Conti]] presenta i risultati dei test con 12 utenti: il percorso di registrazione è troppo lungo. Si decide di ridurre il modulo da sette a quattro campi.
3. Qualità. [[PERSON|Serra]] segnala 14 difetti aperti, di cui 2 bloccanti. [[PERSON|Ferraro]] chiede di dare priorità ai bloccanti e di rimandare i difetti minori alla versione <<2.1>>.
4. Varie. Il budget residuo è di <<€ 42.000>>. [[PERSON|Caruso]] verrà aggiornato via mail da [[PERSON|Giulia]].

Prossima riunione: <<2 maggio 2024>>, ore 10:00, sala <<Orione>>.
Verbalizza: [[PERSON|Nicola Serra]]""",
    },
    {
        "id": "it-23-nota-telefono",
        "lang": "it",
        "text": """Promemoria: richiamare la sig.ra [[PERSON|Bianca Romano]] al [[PHONE|02 8734 5521]] per il preventivo della cucina (<<modello Aria>>, <<€ 6.900>>).""",
    },
    {
        "id": "it-24-biblioteca",
        "lang": "it",
        "text": """<<Biblioteca Civica Sormani>> - novità di ottobre

Riprendono i <<gruppi di lettura>> del giovedì sera: il primo incontro, il <<10 ottobre>> alle 18:30, sarà dedicato a "<<Il giardino dei Finzi-Contini>>". L'ingresso è libero fino a esaurimento posti.
Da novembre la sala studio del secondo piano resterà aperta anche la domenica mattina, dalle 9:00 alle 13:00, in via sperimentale fino a <<marzo 2025>>.
Ricordiamo che il prestito dura <<30 giorni>> ed è rinnovabile una volta online, se il libro non è stato prenotato da altri utenti. Le nuove acquisizioni sono consultabili sul catalogo <<OPAC>> del <<Sistema Bibliotecario di Milano>>.""",
    },
    {
        "id": "it-25-firma-illustratrice",
        "lang": "it",
        "text": """Oggetto: R: tavole per il catalogo autunno

Ciao Matteo,
ti ho caricato le dodici tavole nella cartella condivisa; le ultime due sono ancora in bozza, le chiudo entro <<venerdì 18 ottobre>>. Per la fattura (<<n. 31/2024>>, <<€ 1.850,00>> più rivalsa) aspetto il vostro numero d'ordine. Se il vostro ufficio amministrativo ha bisogno di qualcosa può scrivere direttamente, ma so che passano da <<amministrazione@example.net>> e dal centralino <<02 4567 8900>>, quindi fammi sapere tu.
Per il ritiro delle stampe ho usato il corriere: mi hanno dato il numero verde <<800 13 57 91>> per la giacenza.

A presto,
[[PERSON|Chiara Gallo]] · Illustratrice
[[PHONE|333 918 2746]] · [[EMAIL|chiara.gallo.art@example.com]]
[[URL|behance.net/chiaragallo]] | [[URL|instagram.com/chiara.gallo.art]]
(sono anche su [[URL|t.me/chiaragallo_art]].)""",
    },
    {
        "id": "it-26-ticket-gestionale",
        "lang": "it",
        "text": """Ticket <<#48213>> - errore di accesso al gestionale dopo l'aggiornamento

Buongiorno, da stamattina la sincronizzazione notturna non parte. Incollo le righe del log del server:

2024-10-07 02:00:01 INFO  sync: jdbc:postgresql://10.12.0.5:5432/erp?user=[[USERNAME|svc_gestionale]]&ssl=true
2024-10-07 02:00:02 FATAL autenticazione fallita per l'utente "[[USERNAME|svc_gestionale]]"
2024-10-07 02:13:40 INFO  GET /api/v1/newsletter/optout?addr=[[EMAIL|f.deluca82%40example.it]]&src=footer 200

La password dell'utenza di servizio non è cambiata, l'ha impostata il collega [[PERSON|Fabio De Luca]] a settembre. Potete richiamarmi al [[PHONE|348 227 9105]] (sono [[PERSON|Serena Marchi]], ufficio acquisti), oppure scrivere al vostro solito indirizzo <<supporto@example.net>>. Versione installata <<5.2.1>>.""",
    },
    {
        "id": "it-27-verbale-controllo",
        "lang": "it",
        "text": """<<Comando Polizia Locale>> - Verbale di controllo stradale n. <<2024/7731>>

Alle ore <<10:40>> del <<3 ottobre 2024>>, in <<viale Venezia>>, è stato fermato il veicolo <<Fiat Tipo>> targato [[LICENSE_PLATE|GH 518 RT]]. Il conducente, [[PERSON|Davide Russo]], ha esibito la patente di guida n. [[ID_CARD|U17G82391B]] e la carta d'identità elettronica n. [[ID_CARD|CA38472EF]]; la passeggera, cittadina straniera, il passaporto n° [[PASSPORT|YB2871934]].
Recapiti forniti dal conducente: [[PHONE|3398827164]], mail [[EMAIL|davide.russo [at] example [dot] it]].
Per informazioni sul verbale il cittadino può rivolgersi al centralino del Comando, <<030 297 7111>>, o scrivere a <<protocollo@pec.comune.example.it>> citando il numero del verbale.""",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "en-01-letting-agent",
        "lang": "en",
        "text": """Subject: Boiler still not fixed - Flat 3

Dear <<Harbourside Lettings>>,

I'm writing again about the boiler at [[ADDRESS|14 Albany Road, Leeds LS6 4DJ]]. It stopped working on <<2 January>> and despite two visits from your contractor we still have no heating and only lukewarm water. Under the tenancy agreement repairs to heating must be carried out within a reasonable time, and three weeks in winter is not reasonable.
Your colleague said there would be a grace period before the rent increase of <<£75 per month>> takes effect, so I assume the <<February>> payment remains at <<£1,150>>.
Please confirm a date for the engineer. I work from home, so any weekday is fine; just call me on [[PHONE|07700 900461]] or reply to [[EMAIL|grace.okafor@example.com]].

Kind regards,
[[PERSON|Grace Okafor]]""",
    },
    {
        "id": "en-02-nhs-discharge",
        "lang": "en",
        "text": """<<Royal Infirmary>> - Discharge summary

Patient: [[PERSON|Margaret Ellis]]   NHS No: [[MEDICAL_RECORD_NUMBER|§NHS_1§]]   DOB: [[DATE_OF_BIRTH|14/02/1947]]
Address: [[ADDRESS|22 Heather Close, Norwich NR4 7TJ]]
GP: Dr [[PERSON|Samuel Price]], <<Colney Lane Surgery>>
Admitted: <<08/03/2024>>   Discharged: <<13/03/2024>>   Ward: <<Cley Ward>>

Diagnosis: <<fractured neck of femur (left)>> after a fall at home.
Procedure: <<hemiarthroplasty>> on <<09/03/2024>>, uncomplicated. Mobilising with a frame and the physiotherapy team.
Medication on discharge: <<paracetamol 1 g QDS>>, <<enoxaparin 40 mg>> once daily for 28 days, <<adcal-D3>> two tablets daily.
Follow-up: fracture clinic in <<6 weeks>>; community physiotherapy referral made.
Next of kin: daughter, [[PERSON|Helen Ellis]], [[PHONE|01632 960 902]].

Please review Mrs [[PERSON|Ellis]]'s bone health and consider bisphosphonate therapy.
Dr [[PERSON|Aisha Rahman]], FY2""",
    },
    {
        "id": "en-03-w9",
        "lang": "en",
        "text": """Form <<W-9>> (Rev. <<March 2024>>) - Request for Taxpayer Identification Number and Certification

1 Name (as shown on your income tax return): [[PERSON|Daniel R. Whitaker]]
2 Business name/disregarded entity name: <<Blue Heron Woodworks>>
3 Federal tax classification: Individual/sole proprietor
5 Address (number, street, and apt. or suite no.): [[ADDRESS|418 Maple Ridge Dr]]
6 City, state, and ZIP code: [[ADDRESS|Asheville, NC 28805]]
Requester's name and address: <<Blue Ridge Builders Supply, 90 Patton Ave, Asheville, NC 28801>>

Part I - Taxpayer Identification Number (TIN)
Social security number: [[SSN|512-48-3921]]

Part II - Certification
Under penalties of perjury, I certify that the number shown on this form is my correct taxpayer identification number.
Signature of U.S. person: [[PERSON|Daniel R. Whitaker]]   Date: <<04/15/2024>>""",
    },
    {
        "id": "en-04-bank-complaint",
        "lang": "en",
        "text": """To: complaints team, <<Northfield Bank>>

I am writing to complain about the way my transfer of <<£2,400>> on <<5 June>> was handled. The money left my current account, IBAN [[IBAN|§IBAN_GB1§]], but never reached the payee, and after ten days your branch staff still could not tell me where it was.
When I phoned on <<12 June>> I was kept on hold for 47 minutes and then told to visit the branch again. Meanwhile my credit card, [[CREDIT_CARD|§CARD_VISA2§]], was declined at the supermarket because the "fraud team" had frozen it without telling me.
I would like the transfer traced and returned, the card unblocked, and compensation for the time and calls this has cost me. If I don't receive a final response within <<eight weeks>> I will refer the matter to the <<Financial Ombudsman Service>>.

Yours faithfully,
[[PERSON|Thomas Hale]]
[[PHONE|+44 20 7946 0321]]""",
    },
    {
        "id": "en-05-support-ticket",
        "lang": "en",
        "text": """Ticket <<SUP-20931>> | Product: <<Relay API>> | Plan: <<Business>>

Hi support, since this morning every call to the webhooks endpoint returns 401. Nothing changed on our side. Relevant log lines from our worker:

2024-06-11T09:41:07Z ERROR relay.client POST /v2/webhooks -> 401 Unauthorized (request_id=<<req_8f31c2d9>>)
2024-06-11T09:41:07Z DEBUG relay.client headers: Authorization=Bearer [[PASSWORD|rk_live_9fQ2xT7bLmP4vW8zK3nR6sYd]]
2024-06-11T09:41:08Z INFO  worker host=[[IP_ADDRESS|198.51.100.87]] account=[[USERNAME|kpatel_ops]] retries=3

I realise I just pasted our live key, so please rotate it on your end as well. Can you check whether the key was revoked by mistake? Our account owner is [[PERSON|Kiran Patel]] ([[EMAIL|kiran.patel@example.com]]); I'm the on-call engineer this week.

Thanks,
[[PERSON|Leo Marsh]]""",
    },
    {
        "id": "en-06-jira",
        "lang": "en",
        "text": """<<PAY-1182>> Checkout fails for cards issued in <<Ireland>>

[[USERNAME|@dnovak]] commented:
Reproduced on staging. The 3DS redirect comes back with an empty `PaRes` when the browser locale is en-IE. It started after the <<v4.12.0>> deploy, so my money is on the locale change in <<CardFormatter>>.
Repro account: [[USERNAME|qa.user17]] / [[PASSWORD|Staging!2024]] (staging only, please don't reuse). Test card from the docs, not a real one. Requests come from [[IP_ADDRESS|10.20.4.31]] if you want to grep the gateway logs.
[[USERNAME|@mfarrell]] can you confirm whether prod is affected? Support says at least two customers complained, one of them [[PERSON|Siobhan Byrne]], who called from [[PHONE|+353 87 412 9930]].
Setting priority to <<Critical>> until we know.""",
    },
    {
        "id": "en-07-linkedin",
        "lang": "en",
        "text": """Hi [[PERSON|Priya]],

I came across your profile while looking for data engineers with experience in streaming pipelines, and your talk on <<Apache Flink>> at <<Berlin Buzzwords>> caught my attention.
I'm hiring for a senior role at <<Lumen Analytics>> (fully remote, UK/EU time zones, <<£85k-£95k>>). The team is small - six engineers - and you'd own the ingestion layer end to end.
If you're open to a chat, you can find more about me at [[URL|https://www.linkedin.com/in/jonathan-reyes-talent]], or drop me a line at [[EMAIL|j.reyes@example.org]] / [[PHONE|+44 7700 900872]]. Happy to share the full job description first.

Best,
[[PERSON|Jonathan Reyes]]""",
    },
    {
        "id": "en-08-insurance-claim",
        "lang": "en",
        "text": """Motor claim form - <<Crestline Insurance>> - policy <<CRM-5531907>>

Policyholder: [[PERSON|Rebecca Lawson]]   Date of birth: [[DATE_OF_BIRTH|21 November 1985]]
Driving licence number: [[ID_CARD|LAWSO811215RJ9XK]]
Vehicle: <<Ford Focus>>, registration [[LICENSE_PLATE|YK19 HTV]]
Date and time of incident: <<3 October 2024>>, approx. 17:45
Location: junction of <<Kirkstall Road>> and Cardigan Road, Leeds

What happened: I was turning left when a van pulled out of the side road without stopping and hit my front passenger door. The other driver, [[PERSON|Mark Denton]], gave me his details; his van registration is [[LICENSE_PLATE|BD68 XKP]] and his insurer is <<Aviva>>.
Injuries: none. The car is driveable but the door does not close properly.
Witness: [[PERSON|Chloe Ward]], [[PHONE|0113 496 0781]].
Contact me on [[EMAIL|becky.lawson@example.net]].""",
    },
    {
        "id": "en-09-trustpilot-will",
        "lang": "en",
        "text": """★★★★★ Reviewed by [[USERNAME|HappyCamper_88]] - <<Peak Outdoor Gear>>

Ordered a <<Trailblazer 2>> tent on Sunday night and it arrived Tuesday morning, well packed. One pole was bent, so I called customer service expecting a battle. [[PERSON|Will]], who picked up, apologised straight away and sent a replacement pole the same day, no need to return the tent. I will definitely order from them again and I will tell my friends.
The tent itself is great: pitches in ten minutes, stayed dry through a proper <<Lake District>> downpour. Only small gripe: the carry bag is a bit tight.
Thanks again [[PERSON|Will]]!""",
    },
    {
        "id": "en-10-hr-warning",
        "lang": "en",
        "text": """PRIVATE AND CONFIDENTIAL

[[PERSON|Jordan Mills]]
[[ADDRESS|5571 Larkspur Lane, Sacramento, CA 95822]]

Re: Written warning - attendance

Dear [[PERSON|Jordan]],

Following the meeting on <<August 14, 2024>> with your supervisor, [[PERSON|Denise Carter]], and me, this letter confirms that you are receiving a written warning under section <<4.2 of the Employee Handbook>>.
Between <<June 1>> and <<August 9>> you were late for your shift on eleven occasions and had three unreported absences. You explained that these were due to childcare problems; we have agreed to move your shift start from 7:00 to 8:00 a.m. for the next <<90 days>>.
If your attendance does not improve, further disciplinary action may follow, up to and including termination. You may appeal this decision in writing within <<five working days>>.

Sincerely,
[[PERSON|Alan Brooks]], HR Manager, <<Valley Fresh Produce Inc.>>""",
    },
    {
        "id": "en-11-school-note",
        "lang": "en",
        "text": """Dear Mrs [[PERSON|Baker]],

[[PERSON|Noah]] won't be in school on Friday as he has a hospital appointment at <<Great Ormond Street>> in the morning. He should be back on Monday. Could you let me know what homework he'll miss? He also forgot his PE kit in the changing room again, sorry!
His dad, [[PERSON|Tom Fisher]], will pick him up on Thursday instead of me.
You can reach me on [[PHONE|07700 900218]] or at [[EMAIL|sarah.fisher@example.com]].

Thanks,
[[PERSON|Sarah Fisher]]""",
    },
    {
        "id": "en-12-witness-statement",
        "lang": "en",
        "text": """WITNESS STATEMENT (<<Criminal Justice Act 1967, s.9>>)

Statement of: [[PERSON|Kevin Oduya]]   Age if under 18: over 18   Occupation: bus driver
Date of birth: [[DATE_OF_BIRTH|07/06/1979]]   Address: [[ADDRESS|41 Tanner Street, London SE1 3LE]]   Tel: [[PHONE|020 7946 0558]]

On Tuesday <<11th March>> at about 23:10 I was driving the route <<N343>> bus southbound on Tower Bridge Road. As I approached the lights near the junction with Tanner Street I saw a dark grey <<BMW 3 Series>>, registration [[LICENSE_PLATE|LR21 OWF]], mount the pavement and strike a man who was standing by the bus stop. The car did not stop and drove off towards the Old Kent Road.
I stopped the bus, called 999 and stayed with the man until the ambulance arrived. He told me his name was [[PERSON|Dariusz]] and that he could not feel his leg.
I have dashcam footage from the bus which I have handed to PC <<4417>>.""",
    },
    {
        "id": "en-13-cv",
        "lang": "en",
        "text": """[[PERSON|Emily Chen]]
[[ADDRESS|27 Grove Street, Cambridge, MA 02139]] · [[PHONE|(617) 555-0142]] · [[EMAIL|emily.chen.dev@example.com]]
[[URL|github.com/emchen-dev]] · [[URL|https://emilychen.example.net]]

SUMMARY
Machine learning engineer with six years of experience building recommendation and search systems. Comfortable across the stack from data pipelines to model serving.

EXPERIENCE
<<Quantix Labs>> - Senior ML Engineer (2021-present): led the rebuild of the ranking service in <<PyTorch>>, cutting p95 latency from 180 ms to 45 ms; mentored four engineers.
<<Harborview Health>> - Data Scientist (2018-2021): built readmission-risk models used in 12 hospitals.

EDUCATION
M.S. Computer Science, <<Northeastern University>>, 2018

SKILLS
Python, SQL, <<Kubernetes>>, Spark, feature stores, A/B testing""",
    },
    {
        "id": "en-14-hotel-booking",
        "lang": "en",
        "text": """Booking confirmation <<HX-77120>> - <<The Lantern Hotel>>, Edinburgh

Guest: Ms [[PERSON|Camila Duarte]]
Date of birth: [[DATE_OF_BIRTH|1992-08-30]]   Nationality: Portuguese   Passport: [[PASSPORT|CB0418273]]
Stay: <<19-22 December 2024>> (3 nights), Deluxe Double, room only
Total: <<£612.00>> (pre-authorised on card [[CREDIT_CARD|§CARD_AMEX§]])

Special requests: late check-in after 23:00, quiet room away from the lift.
Please note our cancellation policy: free cancellation until <<48 hours>> before arrival. For any changes contact reservations on <<+44 131 496 0000>> quoting your booking reference.
We look forward to welcoming you, [[PERSON|Camila]]!""",
    },
    {
        "id": "en-15-chat-lowercase",
        "lang": "en",
        "not_pii": ["will", "grace"],  # the verb and "say grace", beside people called Will and Grace
        "text": """[[PERSON|sam]]: anyone got the wifi password for the new office?
[[PERSON|grace]]: it's on the fridge lol
[[PERSON|sam]]: i'm at home, vpn keeps dropping
[[PERSON|grace]]: ask [[PERSON|will]], he set it up
[[PERSON|will]]: network is <<Hollis-Guest>>, pw [[PASSWORD|blue-otter-77]]. will change it on monday
[[PERSON|sam]]: legend. also is the standup moved to 10?
[[PERSON|grace]]: yep, <<room 4B>>. bring snacks, it's [[PERSON|mo]]'s last day
[[PERSON|sam]]: noooo. say grace before the cake then 😂""",
    },
    {
        "id": "en-16-patient-portal",
        "lang": "en",
        "text": """Secure message - <<Lakeside Family Medicine>> patient portal

From: [[PERSON|Robert Haynes]] (MRN [[MEDICAL_RECORD_NUMBER|00482913]], DOB [[DATE_OF_BIRTH|03/22/1958]])
To: Dr. [[PERSON|Nguyen]]
Subject: blood pressure readings

Hi Dr. [[PERSON|Nguyen]], as you asked at my visit on <<May 2>>, here are my home readings for the last two weeks: mornings mostly 138-145 over 85-90, evenings around 130/82. I've been taking the <<lisinopril 10 mg>> every morning and cut down on salt.
I also noticed some ankle swelling in the evenings, not painful. Should I be worried about that? My pharmacy is <<Walgreens>> on 5th Street if you need to change anything.
Best number to reach me is [[PHONE|415.555.0199]].
[[PERSON|Bob Haynes]]""",
    },
    {
        "id": "en-17-release-notes",
        "lang": "en",
        "text": """<<Relay API>> <<v2.8.0>> release notes

New: webhook signatures now use HMAC-SHA256 by default; the legacy SHA1 scheme is deprecated and will be removed in <<v3.0>>.
New: the <</v2/events>> endpoint supports cursor pagination with a page size of up to 500.
Fixed: retries no longer double-count toward the rate limit of <<600 requests per minute>>.
Fixed: timestamps in CSV exports are now always UTC.
Changed: the minimum supported TLS version is <<1.2>>.
Upgrade notes: no breaking changes. SDKs <<4.5.0>> and later pick up the new signature scheme automatically.""",
    },
    {
        "id": "en-18-bin-collection",
        "lang": "en",
        "text": """<<Westbury District Council>> - Christmas bin collections

Collections will run one day late from <<Wednesday 25 December>> to <<Friday 3 January>>. If your normal collection day is Wednesday it will be on Thursday, and so on; Friday collections move to Saturday.
Real Christmas trees can be left next to your green bin in the week of <<6 January>>, cut into pieces no longer than <<1.5 metres>>. Please remove all decorations and stands.
Extra side waste will be taken in the first collection after Christmas if it is in clear sacks. Household recycling centres close at 1pm on <<24 December>> and reopen on <<27 December>>.""",
    },
    {
        "id": "en-19-password-reset",
        "lang": "en",
        "text": """Hi [[USERNAME|jwalker22]], we received a request to reset your <<Streamly>> password from [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] on <<12 Feb 2025>>. If this wasn't you, ignore this email.""",
    },
    {
        "id": "en-20-tenancy",
        "lang": "en",
        "text": """ASSURED SHORTHOLD TENANCY AGREEMENT (extract)

This agreement is made on <<1 September 2024>> between
the Landlord: [[PERSON|Gerald Whitmore]] of [[ADDRESS|Rosemount House, 9 Park Lane, Bath BA1 2XH]]
and the Tenants: [[PERSON|Aoife Kelly]] and [[PERSON|Ben Sole]]
for the property at [[ADDRESS|Flat 2, 63 Walcot Street, Bath BA1 5BN]].

1. The term is <<12 months>> starting on <<15 September 2024>>.
2. The rent is <<£1,395>> per calendar month, payable in advance on the 15th of each month to the Landlord's account, IBAN [[IBAN|§IBAN_GB2§]], reference "WALCOT 2".
3. A deposit of <<£1,609>> will be protected with the <<Deposit Protection Service>> within 30 days.
4. The Tenants shall not keep pets without the Landlord's written consent, which shall not be unreasonably withheld.
Emergency contact for the Landlord: [[PHONE|07700 900555]].""",
    },
    {
        "id": "en-21-card-dispute-chat",
        "lang": "en",
        "text": """Chat transcript - <<Apex Card Services>>

Agent ([[PERSON|Marcus]]): Hello, you're chatting with [[PERSON|Marcus]]. How can I help?
Customer: hi, there's a charge of <<$1,284.16>> from an electronics store in Miami that I never made
Agent ([[PERSON|Marcus]]): I'm sorry to hear that. For security, can you confirm your full name and date of birth?
Customer: [[PERSON|Grace Holloway]], [[DATE_OF_BIRTH|July 9, 1983]]
Agent ([[PERSON|Marcus]]): Thank you. And the card number, please?
Customer: [[CREDIT_CARD|§CARD_MC2§]]
Agent ([[PERSON|Marcus]]): Thanks, [[PERSON|Grace]]. I've blocked that card and opened dispute <<D-448120>>. A new card will be mailed to the address on file within <<5-7 business days>>, and a provisional credit should appear in 2 days.
Customer: ok, and my husband [[PERSON|Will]] is an authorized user, does his card still work?
Agent ([[PERSON|Marcus]]): His card has a different number, so yes, it will keep working.""",
    },
    {
        "id": "en-22-employment-verification",
        "lang": "en",
        "text": """<<Cedar Point Logistics>>, Human Resources

To whom it may concern,

This letter confirms that [[PERSON|Maria Gonzalez]], date of birth [[DATE_OF_BIRTH|04/17/1990]], Social Security Number [[SSN|287-65-4310]], has been employed full-time by <<Cedar Point Logistics>> as a warehouse supervisor since <<March 2019>>. Her current annual base salary is <<$58,500>>.
Ms. [[PERSON|Gonzalez]]'s current home address in our records is [[ADDRESS|1209 W 19th St, Apt 3, Chicago, IL 60608]].
This letter is issued at the employee's request for the purpose of a mortgage application with <<Lakeshore Credit Union>>. Please contact me at [[EMAIL|hr.verify@example.com]] or [[PHONE|(312) 555-0176]] with any questions.

Sincerely,
[[PERSON|Patricia Lowe]], HR Generalist""",
    },
    {
        "id": "en-23-github-issue",
        "lang": "en",
        "text": """Crash on startup after upgrading to <<0.9.3>> (<<ModuleNotFoundError>>)

Environment: <<Ubuntu 22.04>>, Python 3.11, installed with pip in a venv.

Steps: upgrade from 0.9.2, run `mytool sync`. Output:

Traceback (most recent call last):
  File "/home/[[USERNAME|jdoe]]/projects/mytool-env/lib/python3.11/site-packages/mytool/cli.py", line 14, in <module>
    from mytool._native import fastsync
ModuleNotFoundError: No module named 'mytool._native'

The wheel seems to be missing the compiled extension. Downgrading fixes it. My git config has [[EMAIL|john.doe.dev@example.com]] in case you need to reach me for a test build; I'm [[USERNAME|jdoe]] on the forum too. Proxy in front of the machine is [[IP_ADDRESS|192.0.2.201]] if that matters for the download.""",
    },
    {
        "id": "en-24-meeting-minutes-long",
        "lang": "en",
        "text": """Minutes - <<Parent Teacher Association>> meeting, <<Hillcrest Primary School>>, <<9 May 2024>>

Present: [[PERSON|Olivia Grant]] (chair), [[PERSON|Hassan Ali]] (treasurer), [[PERSON|Rosa Martinez]] (secretary), [[PERSON|Will Turner]], [[PERSON|Jenny Park]] and six other parents. Apologies: Head teacher Mr [[PERSON|Davies]].

1. Summer fair. [[PERSON|Grant]] confirmed the date, <<Saturday 22 June>>. [[PERSON|Turner]] will coordinate stalls and has already booked the bouncy castle (<<£180>>). [[PERSON|Park]] asked whether the fair will go ahead if it rains; the hall is reserved as a backup.
2. Finances. The PTA account holds <<£3,742>>. [[PERSON|Ali]] proposed spending <<£1,200>> on new library books; carried unanimously. Receipts to be sent to [[EMAIL|pta.treasurer@example.org]].
3. Volunteers. Twelve parents signed up for the reading club. [[PERSON|Martinez]] will draw up a rota; anyone who can help should text her on [[PHONE|07700 900734]].
4. Any other business. A parent raised concerns about parking on Rosemary Lane at pick-up time. [[PERSON|Olivia]] will write to the council.

Next meeting: <<13 June 2024>>, 7pm, school library.""",
    },
    {
        "id": "en-25-contractor-cv",
        "lang": "en",
        "text": """[[PERSON|Daniel Okafor]]
Senior Project Manager (<<PRINCE2>>, <<PMP>>)
[[PHONE|07700 900418]] | [[EMAIL|daniel.okafor@example.com]] | [[URL|linkedin.com/in/danielokafor-pm]] · [[URL|github.com/dokafor]]

Profile
Twelve years delivering rail signalling and depot upgrades. Led a <<£14m>> resignalling package for <<Northline Rail>> (<<2019-2023>>), 40 staff, on time and 3% under budget. Comfortable with <<Primavera P6>>, <<Jira>> and stakeholder reporting to board level.

Referees on request. Contractors' queries about my availability can also go through my agency's freephone line <<0808 157 0192>> or the switchboard on <<03069 990012>>; their bookings mailbox is <<bookings@example.org>>.
Writing: I post occasionally at [[URL|x.com/dan_okafor]].""",
    },
    {
        "id": "en-26-recall-reply",
        "lang": "en",
        "text": """Subject: Re: Safety recall <<24V-318>> - your vehicle

> Dear Customer, your vehicle is affected by safety recall <<24V-318>> (fuel pump). Please call our recall line at <<1-888-555-0142>> or customer service at <<1-800-555-0199>>, or e-mail <<recalls@example.com>>. The repair is free of charge.

Hi, I called the recall line twice and was on hold for over an hour, so I'm writing instead. The car is a <<2021 Lakota SE>>, license plate [[LICENSE_PLATE|7KDM204]] (California). The dealer asked for my driver's license # [[ID_CARD|D4821937]] when I booked, which seems odd for a recall.
Please have someone call my cell, [[PHONE|415 555 0187]], after 5pm, or write to [[EMAIL|kwalsh at example dot com]] (I don't check the other inbox).

Thanks,
[[PERSON|Kevin Walsh]]""",
    },
    {
        "id": "en-27-incident-postmortem",
        "lang": "en",
        "text": """Postmortem: billing exports failed, <<12 September>> (SEV-2)

Timeline (UTC)
02:00 export job starts: jdbc:postgresql://db-prod-02:5432/billing?user=[[USERNAME|svc_billing]]&sslmode=require
02:00 FATAL: password authentication failed for user "[[USERNAME|svc_billing]]"
02:05 retries exhausted; alert paged to on-call ([[PERSON|Lena Fischer]]).
02:31 [[PERSON|Lena]] found that the rotated secret had not been pushed to the job. Unsubscribe traffic kept flowing meanwhile (e.g. GET /unsubscribe?email=[[EMAIL|m.osei%40example.org]] 200).

Root cause: the vault rotation for [[USERNAME|svc_billing]] ran at 01:55 and the job still read the old value. The temporary password set during the incident, pw [[PASSWORD|Kq7!vR2m#x]], has since been rotated again.
Follow-ups owned by [[PERSON|Lena]] ([[URL|github.com/lfischer-ops]]); questions to the team mailbox <<sre@example.net>> or the switchboard, <<020 7946 0000>>. Affected release: <<4.18.2>>.""",
    },
]


def build() -> list[dict]:
    return build_set(DOCS, IDS)


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:], DOCS, IDS, OUT, Path(__file__).name))
