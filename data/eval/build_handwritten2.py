# ruff: noqa: E501  (the documents keep one paragraph per line, as people write them)
"""Build data/eval/handwritten2.jsonl, the second hand-written evaluation set, from the documents below.

Independent of the first set (build_handwritten.py) and of the synthetic generator: other kinds of
documents (letters from banks, hospitals, municipalities and law firms, decrees, timetables, price
lists, product sheets, runbooks, exported chats, rosters, customs forms, obituaries, ...), people
from many countries, addresses as many countries write them, and number-heavy documents whose
numbers must survive. The markup ([[TYPE|value]] personal data, <<value>> keep strings, §name§
identifiers computed below with python-stdnum) is parsed and validated by handwritten_markup.py.

Run `python data/eval/build_handwritten2.py` to rewrite the JSONL, `--check` to verify that the
committed file matches this script. Everyone in it is invented; phone numbers use fictional ranges
where a country has one (UK 07700 900xxx / 020 7946 0xxx / 0117 496 0xxx, US and Canada 555-01xx,
Australia 0491 570 xxx / 02 5550 xxxx, France 01 99 00 xx xx / 06 39 98 xx xx), IP addresses the
documentation ranges, e-mail addresses the reserved example.* domains.
"""

from __future__ import annotations

import sys
from pathlib import Path

from handwritten_markup import PACKAGE_EVAL_DIR, card, cf, iban, nhs_number, piva
from handwritten_markup import build as build_set
from handwritten_markup import main as run

OUT = PACKAGE_EVAL_DIR / "handwritten2.jsonl"


# --- identifiers with valid checksums -------------------------------------------------------------

IDS = {
    "CF_NAGY": cf("NGYSTR84D52Z134"),
    "CF_FERRETTI": cf("FRRGRG70S03F257"),
    "CF_GARCIA": cf("GRCMRT91L62Z131"),
    "CF_PAPADOPOULOS": cf("PPDKNS66H12Z115"),
    "CF_CASTELLI": cf("CSTLRA02T55L736"),
    "PIVA_STUDIO": piva("0198765032"),
    "PIVA_FORNITORE": piva("0288812045"),
    "IBAN_IT": iban("IT", "Z0100503382000000218020", spaced=True),
    "IBAN_IT_RIMBORSO": iban("IT", "M0760103200001029384756"),
    "IBAN_DE": iban("DE", "500105175407324931", spaced=True),
    "IBAN_ES": iban("ES", "21000418450200051332"),
    "CARD_AZIENDALE": card("455673758921374"),
    "CARD_RETAINER": card("552433068127451", sep="-"),
    "NHS_1": nhs_number("612408735"),
}


# --- the documents -------------------------------------------------------------------------------

DOCS: list[dict] = [
    # ------------------------------------------------------------------ Italian
    {
        "id": "it-01-banca-modifica-condizioni",
        "lang": "it",
        "text": """<<BANCA DEL LAGO MAGGIORE S.p.A.>>
<<Direzione Crediti e Servizi alla Clientela>> - <<Ufficio Trasparenza>>

Spett.le
[[PERSON|NAGY Eszter]]
[[ADDRESS|Via Fratelli Cervi 9
Scala C, interno 7
28100 Novara NO]]

Oggetto: proposta di modifica unilaterale del contratto ai sensi dell'<<art. 118 del D.Lgs. 385/1993>> (<<TUB>>)

Gentile Cliente,
con la presente le comunichiamo che dal <<1° marzo 2025>> le condizioni del conto corrente n. 000012845/17, IBAN [[IBAN|§IBAN_IT§]], intestato a [[PERSON|Nagy Eszter]] (C.F. [[CODICE_FISCALE|§CF_NAGY§]]), cambieranno come segue:
- canone mensile: da <<€ 3,50>> a <<€ 4,90>>;
- bonifico SEPA online: da <<€ 0,00>> a <<€ 0,50>>;
- tasso creditore annuo nominale: invariato (<<0,010%>>).
La modifica è motivata dall'aumento dei costi operativi. Lei ha diritto di recedere dal contratto entro il <<28 febbraio 2025>> senza spese e alle condizioni precedentemente praticate.
Per informazioni può rivolgersi alla sua filiale di <<Novara Centro>>, chiamare il <<Servizio Clienti 800 112 358>> (da cellulare <<+39 0321 660 100>>) o scrivere a <<reclami@pec.bancalagomaggiore.example.it>>.

Distinti saluti
<<Banca del Lago Maggiore>>
La Direzione""",
    },
    {
        "id": "it-02-convocazione-prericovero",
        "lang": "it",
        "text": """<<AZIENDA OSPEDALIERA SAN GERARDO DEI TIGLI>>
<<U.O.C. Chirurgia Generale e Mininvasiva>> - Direttore: Prof. [[PERSON|Lorenzo Vitali]]
Centralino <<0362 555 1>> - <<prericoveri.chirurgia@example.it>>

Gentile Sig. [[PERSON|Papadopoulos]],
la informiamo che il suo nominativo è stato inserito nella lista d'attesa per l'intervento di <<colecistectomia laparoscopica>> (classe di priorità <<B>>, entro <<60 giorni>>).
Paziente: [[PERSON|PAPADOPOULOS Konstantinos]], nato ad Atene (Grecia) il [[DATE_OF_BIRTH|12/06/1966]]
C.F. [[CODICE_FISCALE|§CF_PAPADOPOULOS§]] - Cartella n. [[MEDICAL_RECORD_NUMBER|CH-25/004417]]

È convocato per gli esami di pre-ricovero il giorno <<martedì 14 gennaio 2025>> alle ore <<7:45>> presso il <<Padiglione B, piano terra, sportello 4>>. Si presenti a digiuno da almeno 8 ore con: tessera sanitaria, documento d'identità, elenco dei farmaci assunti e referti di esami precedenti.
In caso di impedimento telefoni al <<numero 0362 555 4410>> (lun-ven 9:00-12:00), indicando il numero di cartella. Il mancato preavviso comporta la cancellazione dalla lista.

Preparazione:
1. Sospenda <<cardioaspirina 100 mg>> 7 giorni prima dell'intervento solo se concordato con il cardiologo; non sospenda gli altri farmaci senza indicazione medica.
2. Nei 3 giorni precedenti eviti verdure a foglia, legumi e bevande gassate.
3. Porti con sé il modulo di consenso informato (allegato, <<mod. CH-07 rev. 3>>) già letto ma NON firmato: lo firmerà davanti al medico dopo il colloquio.
4. Se assume anticoagulanti (<<warfarin>>, <<apixaban>>, <<rivaroxaban>>) lo segnali subito telefonando al <<numero 0362 555 4410>>.
Il giorno del pre-ricovero eseguirà: prelievo ematico, ECG, radiografia del torace se indicata, visita anestesiologica. La durata complessiva è di circa <<4 ore>>. Il ricovero vero e proprio avverrà, salvo imprevisti, entro <<30 giorni>> dal pre-ricovero: riceverà una telefonata dal nostro personale dal numero <<0362 555 4400>>, che le comunicherà data e ora.

Il coordinatore infermieristico
[[PERSON|Anna Maria Colombo]]""",
    },
    {
        "id": "it-03-comune-tari",
        "lang": "it",
        "text": """<<COMUNE DI SESTO SAN GIOVANNI>>
<<Settore Entrate - Ufficio Tributi>>
PEC: <<tributi@pec.comune.example.it>>

AVVISO DI ACCERTAMENTO ESECUTIVO N. <<2024/TARI/001873>>
(<<art. 1, commi 161 e 792, L. 27 dicembre 2006 n. 296>> e <<L. 160/2019>>)

Contribuente: [[PERSON|GARCÍA LÓPEZ Marta]]
Codice fiscale: [[CODICE_FISCALE|§CF_GARCIA§]]
Domicilio fiscale: [[ADDRESS|Viale Casiraghi 351, 20099 Sesto San Giovanni (MI)]]

Dalla verifica della banca dati risulta l'omesso versamento della <<TARI 2022>> per l'utenza domestica sita in [[ADDRESS|Via Carlo Marx 12, int. 5]] (superficie <<68 mq>>, <<componenti nucleo 2>>).

| Voce | Importo |
|---|---|
| Tributo dovuto | <<€ 287,00>> |
| Sanzione 30% | <<€ 86,10>> |
| Interessi legali | <<€ 9,42>> |
| Spese di notifica | <<€ 5,88>> |
| Totale | <<€ 388,40>> |

Il pagamento va effettuato entro <<60 giorni>> dalla notifica con l'avviso PagoPA allegato (codice avviso <<3010 0000 4521 8873 90>>). Contro il presente atto è ammesso ricorso alla <<Corte di giustizia tributaria di primo grado di Milano>>.
Responsabile del procedimento: dott.ssa [[PERSON|Silvia Marchetti]]""",
    },
    {
        "id": "it-04-decreto-estratto",
        "lang": "it",
        "text": """<<DECRETO LEGISLATIVO 31 marzo 2023, n. 36>>
Codice dei contratti pubblici (estratto)

Art. 50 - Procedure per l'affidamento
1. Salvo quanto previsto dagli articoli <<62>> e <<63>>, le stazioni appaltanti procedono all'affidamento dei contratti di lavori, servizi e forniture di importo inferiore alle soglie di cui all'<<articolo 14>> con le seguenti modalità:
a) affidamento diretto per lavori di importo inferiore a <<150.000 euro>>, anche senza consultazione di più operatori economici;
b) affidamento diretto dei servizi e forniture, compresi i servizi di ingegneria e architettura, di importo inferiore a <<140.000 euro>>;
c) procedura negoziata senza bando, previa consultazione di almeno <<cinque operatori economici>>, per lavori di importo pari o superiore a <<150.000 euro>> e inferiore a <<1 milione di euro>>.
[...]
Art. 229 - Entrata in vigore
1. Il codice entra in vigore il <<1° aprile 2023>>. Le disposizioni acquistano efficacia il <<1° luglio 2023>>.

Pubblicato nella <<Gazzetta Ufficiale n. 77 del 31 marzo 2023>> - <<Supplemento Ordinario n. 12>>.""",
    },
    {
        "id": "it-05-orario-treni",
        "lang": "it",
        "text": """Orario in vigore dal <<15 dicembre 2024>> - Linea <<Milano Centrale - Venezia Santa Lucia>> (giorni feriali)

Treno       Cat.  Milano C.  Brescia  Verona P.N.  Padova  Venezia S.L.
<<FR 9703>>     FR    <<06:15>>      <<06:51>>    <<07:29>>        <<08:02>>   <<08:27>>
<<RV 2603>>     RV    <<06:35>>      <<07:44>>    <<08:52>>        <<10:05>>   <<10:35>>
<<FR 9711>>     FR    <<08:15>>      <<08:51>>    <<09:29>>        <<10:02>>   <<10:27>>
<<ITA 9915>>    ITA   <<09:40>>      -        <<10:52>>        <<11:25>>   <<11:52>>

Note: il <<RV 2603>> non ferma a Vicenza il sabato. I treni <<FR 9703>> e <<FR 9711>> effettuano servizio bar. Bici al seguito solo sui regionali (supplemento <<€ 3,50>>). Variazioni per lavori tra Brescia e Verona dal <<3 al 9 febbraio 2025>>: vedi avviso <<n. 412/2025>>.""",
    },
    {
        "id": "it-06-listino-prezzi",
        "lang": "it",
        "text": """LISTINO PREZZI RIVENDITORI 2025 - <<FERRAMENTA ALPINA S.R.L.>> (prezzi IVA esclusa, validità dal <<01/02/2025>>)

codice;descrizione;EAN;conf.;prezzo unit.;sconto qtà
<<FA-10234>>;Viti truciolari 4x40 zincate;<<8012345678901>>;<<200 pz>>;<<€ 6,80>>;<<5% da 10 conf.>>
<<FA-10235>>;Viti truciolari 5x60 zincate;<<8012345678918>>;<<100 pz>>;<<€ 7,45>>;<<5% da 10 conf.>>
<<FA-22010>>;Tassello nylon 8 mm;<<8012345679120>>;<<100 pz>>;<<€ 4,10>>;-
<<FA-30501>>;Silicone acetico trasparente 280 ml;<<8012345680034>>;<<1 pz>>;<<€ 3,95>>;<<10% da 24 pz>>
<<FA-41877>>;Trapano avvitatore 18V <<BX-18 Pro>>;<<8012345681277>>;<<1 pz>>;<<€ 129,00>>;-

Condizioni: ordine minimo <<€ 250,00>>; trasporto gratuito sopra <<€ 600,00>>; pagamento <<60 gg d.f.f.m.>>. I prezzi possono variare senza preavviso in caso di aumenti delle materie prime superiori al <<4,5%>>.""",
    },
    {
        "id": "it-07-scheda-tecnica",
        "lang": "it",
        "text": """SCHEDA TECNICA - Caldaia a condensazione <<TERMOVIVA Eco 25 C>>
Codice articolo <<TV-ECO25C-M>> | EAN <<8055123400219>> | Classe energetica <<A>> (riscaldamento), <<A>> (acqua calda, profilo <<XL>>)

Potenza termica nominale (80/60 °C): <<24,0 kW>>
Potenza termica nominale (50/30 °C): <<26,1 kW>>
Rendimento stagionale: <<93%>>
Portata sanitaria (ΔT 25 K): <<14,3 l/min>>
Pressione massima circuito riscaldamento: <<3 bar>>
Alimentazione elettrica: <<230 V - 50 Hz>>, potenza assorbita <<78 W>>
Dimensioni (A x L x P): <<700 x 400 x 298 mm>> - Peso a vuoto: <<31,5 kg>>
Grado di protezione: <<IPX5D>>
Emissioni NOx: classe <<6>> (<<EN 15502-1>>)
Kit scarico fumi compatibile: <<TV-KS60/100>>
Garanzia: <<5 anni>> con prima accensione da parte di un centro assistenza autorizzato.""",
    },
    {
        "id": "it-08-whatsapp-esportata",
        "lang": "it",
        "text": """12/03/25, 21:14 - [[PERSON|Vale]] 🌸: ragazze domani chi passa a prendere la torta?
12/03/25, 21:15 - [[PERSON|Ciccio]]: io no, esco tardi dal lavoro 😩
12/03/25, 21:15 - [[PHONE|+39 351 427 8830]]: ciao sono [[PERSON|michela]], la cugina di [[PERSON|ale]]! mi ha aggiunta lei al gruppo
12/03/25, 21:16 - [[PERSON|Vale]] 🌸: benvenuta [[PERSON|michela]]!! 🎉
12/03/25, 21:17 - [[PERSON|ale]]: la torta la prendo io, pasticceria <<Dolce Vita>> in centro. costa <<48 euro>> quindi <<8 a testa>>
12/03/25, 21:18 - [[PERSON|Ciccio]]: ok ti giro i soldi con satispay
12/03/25, 21:20 - [[PERSON|Vale]] 🌸: ricordatevi che la festa è a casa di [[PERSON|Gio]], [[ADDRESS|via Boccaccio 7, terzo piano]], il citofono dice [[PERSON|Brambilla-Rossi]]
12/03/25, 21:21 - [[PHONE|+39 351 427 8830]]: perfetto, ci sarò 😊
12/03/25, 21:23 - [[PERSON|ale]]: <Media omessi>""",
    },
    {
        "id": "it-09-slack-deploy",
        "lang": "it",
        "text": """#team-pagamenti - thread

[[USERNAME|marco.rinaldi]] 10:42
il deploy della <<2.14.3>> su <<pay-api>> è fallito in staging, qualcuno ha idea? incollo il log
```
2025-01-21 10:39:58.114 ERROR 41877 --- [<<http-nio-8080-exec-3>>] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception
java.net.ConnectException: Connection refused (connect timed out) to <<redis-cache-01:6379>> after <<3000 ms>>
2025-01-21 10:39:58.120  WARN 41877 --- [<<scheduling-1>>] c.e.pay.health.RedisProbe : probe failed 3/3
```

[[USERNAME|f.dangelo]] 10:45
[[PERSON|Marco]] il redis di staging l'hanno spostato ieri, ora risponde su [[IP_ADDRESS|198.51.100.42]] porta <<6380>>. devi aggiornare <<REDIS_PORT>> nel values.yaml

[[USERNAME|marco.rinaldi]] 10:47
ah ok grazie. mi dai anche la password nuova? quella nel vault è ancora la vecchia

[[USERNAME|f.dangelo]] 10:48
[[PASSWORD|Rd!s-Stg_2025#q]] ma non incollarla più in chiaro qui 😅 poi la ruotiamo

[[USERNAME|lucia.b]] 10:52
fatto rollback a <<2.14.2>>, PID <<41877>> terminato, pod <<pay-api-7c9f8d6b5-x2k4p>> di nuovo Running. [[PERSON|Fede]] puoi aprire il ticket <<PAY-1182>>?""",
    },
    {
        "id": "it-10-teams-chat",
        "lang": "it",
        "text": """[[PERSON|Kowalczyk, Małgorzata]] 09:12
Buongiorno [[PERSON|Bruno]], hai visto la mail del cliente di Cracovia? vogliono anticipare la consegna al <<28 febbraio>>

[[PERSON|Bruno Esposito]] 09:20
ciao [[PERSON|Gosia]]! sì, ma il magazzino di <<Piacenza>> è fermo per inventario fino al <<24 febbraio>>. Possiamo spedire da <<Verona>> con <<DHL Freight>>, costa circa <<€ 1.240,00>> in più

[[PERSON|Kowalczyk, Małgorzata]] 09:22
ok. Il loro referente è [[PERSON|Paweł Wiśniewski]], <<responsabile acquisti>>, cell. [[PHONE|+48 601 234 567]]. Lo chiami tu o lo chiamo io in polacco?

[[PERSON|Bruno Esposito]] 09:23
meglio tu 😄 poi aggiornami. metto in copia anche [[PERSON|S. Ferrante]] dell'amministrazione per la fattura

[[PERSON|Kowalczyk, Małgorzata]] 09:41
Fatto: [[PERSON|Wiśniewski]] conferma, pagano loro la differenza. Ordine <<PO-2025-0317>>, <<18 pallet>>.""",
    },
    {
        "id": "it-11-procura-speciale",
        "lang": "it",
        "text": """PROCURA SPECIALE

Il sottoscritto [[PERSON|Giorgio Ferretti]], nato a Modena il [[DATE_OF_BIRTH|3 novembre 1970]], codice fiscale [[CODICE_FISCALE|§CF_FERRETTI§]], residente in [[ADDRESS|Via Emilia Est 1021, 41122 Modena]],

NOMINA E COSTITUISCE

quale proprio procuratore speciale la signora [[PERSON|Åsa Lindqvist]], nata a Göteborg (Svezia) il [[DATE_OF_BIRTH|27 gennaio 1975]], titolare del passaporto svedese n. [[PASSPORT|91384206]], domiciliata in [[ADDRESS|Kungsgatan 44, lgh 1102
411 19 Göteborg
Svezia]],

affinché in suo nome e per suo conto venda la quota di <<1/2>> (un mezzo) della piena proprietà dell'immobile sito in Cervia, <<Foglio 27, mappale 418, sub. 6>> del Catasto Fabbricati, al prezzo non inferiore a <<€ 95.000,00>> (novantacinquemila/00), incassandone il corrispettivo e rilasciandone quietanza.
Il procuratore è autorizzato a sottoscrivere il contratto definitivo avanti al notaio, anche in lingua inglese con l'assistenza di un interprete. La presente procura è valida fino al <<31 dicembre 2025>>.

Modena, <<10 gennaio 2025>>
[[PERSON|Giorgio Ferretti]]""",
    },
    {
        "id": "it-12-necrologio",
        "lang": "it",
        "text": """È mancata all'affetto dei suoi cari

[[PERSON|LAURA CASTELLI]]
ved. [[PERSON|Bonetti]]
di anni 91

Ne danno il triste annuncio i figli [[PERSON|Paolo]] con [[PERSON|Sandra]], [[PERSON|Giovanna]] con [[PERSON|Hans-Peter]], i nipoti [[PERSON|Chiara]], [[PERSON|Luca]] e [[PERSON|Noemi]], la sorella [[PERSON|Teresa]] e i parenti tutti.
I funerali avranno luogo giovedì <<16 gennaio>> alle ore <<10:30>> nella <<Chiesa Parrocchiale di San Michele Arcangelo>>, partendo dall'abitazione di [[ADDRESS|via dei Gelsi 5, Castelfranco Emilia]].
Un ringraziamento particolare al personale dell'<<Hospice Casa Madonna dell'Uliveto>> per le amorevoli cure.
Si ringrazia fin d'ora quanti parteciperanno. Non fiori ma opere di bene all'<<ANT>>.
<<Onoranze Funebri Zanni>> - tel. <<059 920 118>>""",
    },
    {
        "id": "it-13-graduatoria-concorso",
        "lang": "it",
        "text": """<<COMUNE DI PONTEDERA>> - <<Servizio Personale>>
GRADUATORIA DEFINITIVA - Concorso pubblico per esami per <<n. 2 posti>> di <<Istruttore Amministrativo>>, <<Area degli Istruttori>> (approvata con determinazione n. <<1127 del 19/12/2024>>)

Pos.;Cognome;Nome;Data di nascita;Punti scritto;Punti orale;Totale
1;[[PERSON|BALDINI]];[[PERSON|Irene]];[[DATE_OF_BIRTH|04/09/1996]];<<27,50>>;<<28,00>>;<<55,50>>
2;[[PERSON|NGUYEN]];[[PERSON|Thi Lan]];[[DATE_OF_BIRTH|21/11/1993]];<<26,00>>;<<29,00>>;<<55,00>>
3;[[PERSON|DE SANTIS]];[[PERSON|Federico]];[[DATE_OF_BIRTH|30/01/1990]];<<25,75>>;<<27,50>>;<<53,25>>
4;[[PERSON|ROSSI]];[[PERSON|Martina]];[[DATE_OF_BIRTH|12/05/1998]];<<24,00>>;<<27,00>>;<<51,00>>
5;[[PERSON|ROSSI]];[[PERSON|Davide]];[[DATE_OF_BIRTH|07/07/1988]];<<24,00>>;<<27,00>>;<<51,00>>

A parità di punteggio precede il candidato più giovane (<<art. 3, comma 7, L. 127/1997>>). La graduatoria resta valida per <<due anni>> dalla pubblicazione all'Albo Pretorio online.
Il Dirigente - dott. [[PERSON|Alessio Guidi]]""",
    },
    {
        "id": "it-14-verbale-polizia-locale",
        "lang": "it",
        "text": """<<POLIZIA LOCALE DI RIMINI>> - <<Reparto Infortunistica e Controllo Stradale>>
VERBALE DI ACCERTAMENTO DI VIOLAZIONE N. <<V/2025/004381>>

Il giorno <<08/02/2025>> alle ore <<16:52>>, in <<SS16 Adriatica km 208+400>>, direzione Riccione, mediante apparecchiatura <<Autovelox 106>> (omologazione <<n. 2379 del 21/06/2018>>), è stato accertato che il veicolo <<Volkswagen Golf>> targato [[LICENSE_PLATE|GK 381 MZ]] procedeva alla velocità di <<97 km/h>> (al netto della tolleranza del 5%, minimo 5 km/h) su un tratto con limite di <<70 km/h>>.
Violazione: <<art. 142, comma 8, del Codice della Strada>>. Sanzione: <<€ 173,00>> (ridotta del 30% a <<€ 121,10>> se pagata entro 5 giorni) più spese di notifica <<€ 14,20>>. Decurtazione di <<3 punti>>.

Obbligato in solido (proprietario): [[PERSON|Cristina Pagliarani]], [[ADDRESS|Via Flaminia 88/B, 47923 Rimini (RN)]]
Conducente identificato successivamente: [[PERSON|Kevin Pagliarani]], patente n. [[ID_CARD|RN5178302K]]

Entro <<60 giorni>> è ammesso ricorso al Prefetto di Rimini o entro <<30 giorni>> al Giudice di Pace.""",
    },
    {
        "id": "it-15-benvenuto-credenziali",
        "lang": "it",
        "text": """Oggetto: Benvenuta in <<Nordest Logistica>>! Le tue credenziali

Ciao [[PERSON|Ilaria]],
benvenuta nel team <<Customer Operations>>! Da lunedì <<3 febbraio>> avrai a disposizione il portatile (asset <<NL-LT-0419>>, <<Dell Latitude 5440>>) e questi accessi:

- utente di rete e posta: [[USERNAME|ilaria.zanon]] (indirizzo [[EMAIL|ilaria.zanon@nordestlogistica.example.it]])
- password temporanea: [[PASSWORD|Benvenuta-2025!Nl]] (ti verrà chiesto di cambiarla al primo accesso)
- VPN: stesso utente, server <<vpn.nordestlogistica.example.it>>, porta <<443>>
- gestionale <<SAP S/4HANA>>: utente [[USERNAME|ZANONI01]]

Per qualsiasi problema apri una richiesta su <<helpdesk@nordestlogistica.example.it>> o chiama l'interno <<4444>>. Il tuo tutor per il primo mese sarà [[PERSON|Enrico Dal Maso]].
A presto,
<<Ufficio IT>> - [[PERSON|Tommaso]]""",
    },
    {
        "id": "it-16-indirizzi-esteri",
        "lang": "it",
        "text": """Da: [[PERSON|Chiara Pellizzari]]
A: Ufficio Spedizioni
Oggetto: invio campioni collezione <<PE25>> - indirizzi

Ciao a tutti, qui sotto gli indirizzi per i campioni (<<1 kit>> a testa, corriere espresso, valore dichiarato <<€ 45,00>> per kit). Scrivete gli indirizzi esattamente così, soprattutto il Giappone:

1) Giappone - [[PERSON|Takahashi Haruka]] (cognome prima)
[[ADDRESS|〒150-0041
Tokyo-to Shibuya-ku Jinnan 1-19-11
Parkside Jinnan 502]]
tel. [[PHONE|+81 90-4821-7736]]

2) Germania - [[PERSON|Jürgen Oberhäuser]]
[[ADDRESS|Goethestraße 27, Hinterhaus 2. OG
80336 München]]
tel. [[PHONE|+49 171 3948210]]

3) Francia - Mme [[PERSON|Éloïse Marchand-Duval]]
[[ADDRESS|Bât. C, esc. 2
14 rue des Lilas
75019 Paris]]
tel. [[PHONE|06 39 98 42 17]]

4) Spagna - [[PERSON|Jaime Ortega Villanueva]]
[[ADDRESS|Calle de Toledo 62, 3.º izda.
28005 Madrid]]

Per [[PERSON|Jaime]] mettete anche l'e-mail [[EMAIL|jortega.v@example.es]] che il corriere la chiede. Grazie!
[[PERSON|Chiara]]""",
    },
    {
        "id": "it-17-annuncio-affitto",
        "lang": "it",
        "text": """AFFITTASI bilocale arredato - Torino, zona <<Vanchiglia>> - <<€ 750/mese>> + <<€ 90>> spese

Bilocale di <<52 mq>> al 2° piano con ascensore in [[ADDRESS|Via Po 14 (angolo via Rossini), 10124 Torino]]. Ingresso, soggiorno con angolo cottura, camera matrimoniale, bagno con doccia, balcone su cortile. Classe energetica <<D>> (<<IPE 142,6 kWh/m²a>>). Riscaldamento centralizzato con contabilizzatori.
Contratto <<4+4>> o transitorio per studenti (<<L. 431/98>>, art. 5). Richiesti <<2 mensilità>> di deposito. No agenzie.
Visite solo il sabato mattina. Scrivere in chat o chiamare [[PERSON|Renato]] al [[PHONE|349 118 2740]] dopo le 18.
Pubblicato da [[USERNAME|renato_to58]] - profilo: [[URL|subito.example.it/utenti/renato_to58-229184]] - annuncio <<n. 561820417>>""",
    },
    {
        "id": "it-18-studio-legale-casella-postale",
        "lang": "it",
        "text": """<<STUDIO LEGALE LEX ADRIATICA>>
Avvocati associati - <<Corso Garibaldi 41, 61121 Pesaro>>
Tel. <<0721 300 480>> - PEC <<studio@pec.lexadriatica.example.it>> - P.IVA [[PARTITA_IVA|§PIVA_STUDIO§]]

Pesaro, <<20 gennaio 2025>>

Raccomandata A/R
Gentile Signora
[[PERSON|Anna Kovács Bellini]]
[[ADDRESS|Casella Postale 112
61122 Pesaro Centro (PU)]]

Oggetto: vs. pratica <<n. 48/2024>> - restituzione del deposito cauzionale

Gentile [[PERSON|Anna]],
come anticipato per telefono, la controparte ha accettato di restituire l'intero deposito cauzionale di <<€ 1.800,00>> oltre agli interessi legali maturati (<<€ 61,37>>), a fronte della rinuncia all'azione di cui al ricorso ex <<art. 447-bis c.p.c.>>.
Il bonifico verrà disposto entro il <<15 febbraio 2025>> sul suo conto IBAN [[IBAN|§IBAN_IT_RIMBORSO§]], da lei indicato nel mandato.
La invito a passare in studio per la firma dell'accordo transattivo; la segreteria (sig.ra [[PERSON|Loredana]]) è a disposizione dal lunedì al venerdì.

Cordiali saluti
Avv. [[PERSON|Chiara Berti]]""",
    },
    {
        "id": "it-19-certificato-sportivo",
        "lang": "it",
        "text": """<<Centro di Medicina dello Sport "Stadio dei Pini">> - struttura accreditata <<Regione Veneto>>
CERTIFICATO DI IDONEITÀ ALL'ATTIVITÀ SPORTIVA AGONISTICA (<<D.M. 18/02/1982>>)

Si certifica che l'atleta [[PERSON|Laura Castelli]], nata a Treviso il [[DATE_OF_BIRTH|15/12/2002]], C.F. [[CODICE_FISCALE|§CF_CASTELLI§]], identificata con carta d'identità elettronica n. [[ID_CARD|CA71935RT]], tesserata per la società <<A.S.D. Volley Sile>>, sport: <<pallavolo>>,
sulla base della visita medica e degli accertamenti previsti (<<ECG a riposo e dopo sforzo>>, spirometria, esame urine), non presenta controindicazioni in atto alla pratica agonistica.
Scheda sanitaria n. [[MEDICAL_RECORD_NUMBER|MS-TV-2025-00318]]
Validità: <<12 mesi>>, fino al <<21/01/2026>>.

Il medico specialista in Medicina dello Sport
Dott. [[PERSON|Nicola Furlan]]""",
    },
    {
        "id": "it-20-condizioni-fornitura",
        "lang": "it",
        "text": """CONDIZIONI GENERALI DI FORNITURA - <<Metalplast Veneta S.p.A.>>, P.IVA [[PARTITA_IVA|§PIVA_FORNITORE§]] (rev. <<04/2024>>)

<<Art. 4>> - Termini di consegna. I termini indicati nella conferma d'ordine sono indicativi. In caso di ritardo superiore a <<15 giorni lavorativi>> l'acquirente può applicare una penale pari allo <<0,5%>> del valore della merce in ritardo per ogni settimana, fino a un massimo del <<5%>>.
<<Art. 7>> - Pagamenti. Salvo diverso accordo scritto, il pagamento avviene a <<60 giorni data fattura fine mese>>. In caso di ritardo decorrono gli interessi moratori di cui al <<D.Lgs. 9 ottobre 2002, n. 231>>, come modificato dal <<D.Lgs. 192/2012>>.
<<Art. 9>> - Garanzia. Il venditore garantisce la conformità dei prodotti per <<12 mesi>> dalla consegna (<<artt. 1490 e seguenti c.c.>>). I vizi devono essere denunciati entro <<8 giorni>> dalla scoperta, a pena di decadenza.
<<Art. 14>> - Foro competente. Per ogni controversia è competente in via esclusiva il <<Foro di Vicenza>>.""",
    },
    {
        "id": "it-21-nota-spese",
        "lang": "it",
        "text": """NOTA SPESE TRASFERTA - mese di <<gennaio 2025>>
Dipendente: [[PERSON|De Angelis, Stefania]] - matricola <<004127>> - centro di costo <<CC-310 Vendite Estero>>
Carta aziendale: [[CREDIT_CARD|§CARD_AZIENDALE§]]

Data       | Descrizione                                   | Importo   | Pagato con
<<13/01/2025>> | Volo <<AZ 1637>> Roma FCO - Milano LIN             | <<€ 148,70>>  | carta aziendale
<<13/01/2025>> | Taxi Linate - Fiera Rho                        | <<€ 52,00>>   | contanti
<<14/01/2025>> | Hotel <<NH Milano Fiera>>, 1 notte                  | <<€ 189,00>>  | carta aziendale
<<14/01/2025>> | Cena cliente (<<3 coperti>>)                        | <<€ 126,50>>  | carta aziendale
<<15/01/2025>> | Treno <<FR 9529>> Milano C. - Roma Termini          | <<€ 89,90>>   | carta aziendale
Totale spese: <<€ 606,10>> - da rimborsare (contanti): <<€ 52,00>>

Approvato da: [[PERSON|G. Morelli]]""",
    },
    {
        "id": "it-22-richiesta-modifica-server",
        "lang": "it",
        "text": """RICHIESTA DI MODIFICA <<RFC-2025-0142>> - aumento del pool di connessioni di <<ordini-api>>
Ambiente: produzione - Finestra: <<sabato 1 febbraio 2025, 22:00-23:30>> - Rischio: <<basso>>

Stato attuale (output di `systemctl status ordini-api`):
```
● ordini-api.service - Ordini API (Spring Boot <<3.2.5>>)
   Loaded: loaded (/etc/systemd/system/ordini-api.service; enabled)
   Active: active (running) since Mon 2025-01-20 06:12:44 CET; 1 weeks 4 days ago
 Main PID: <<2817>> (java)
    Tasks: <<214 (limit: 4915)>>
   Memory: <<1.8G>>
```
Nei picchi delle 12:00 i thread <<http-nio-8443-exec-17>>..<<http-nio-8443-exec-200>> restano in attesa di una connessione per più di <<30000 ms>>:
```
WARN  [<<http-nio-8443-exec-42>>] <<HikariPool-1>> - Connection is not available, request timed out after <<30001ms>> <<(total=20, active=20, idle=0, waiting=57)>>
```
Modifica: `spring.datasource.hikari.maximum-pool-size` <<da 20 a 40>>, `max_connections` di <<PostgreSQL 15.6>> <<da 200 a 300>> (porta <<5432>>, invariata).
Rollback: ripristino del file <<application-prod.yml>> versione <<a41f9c2>> e riavvio (<<circa 90 secondi>> di indisponibilità).""",
    },
    {
        "id": "it-23-biglietto-portone",
        "lang": "it",
        "text": """Per il corriere: se non ci siamo lasciate il pacco a [[PERSON|Eva Nyström]], interno 5, oppure chiamate [[PHONE|340 271 9964]]. Grazie! [[PERSON|Dario]] e [[PERSON|Bea]], int. 6""",
    },
    {
        "id": "it-24-avviso-sciopero",
        "lang": "it",
        "text": """AVVISO - Sciopero nazionale di <<24 ore>> venerdì <<14 marzo 2025>>. Fasce garantite: <<6:00-9:00>> e <<18:00-21:00>>. Le linee <<M1>> e <<M3>> potrebbero chiudere alle <<18:00>>; tram <<15>> e <<24>> sostituiti da bus navetta. Info: <<numero verde 800 808 181>>.""",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "en-01-credit-union-apo",
        "lang": "en",
        "text": """<<Blue Ridge Federal Credit Union>>
<<Member Services Department>> | <<P.O. Box 7700, Roanoke, VA 24019>> | <<1-800-555-0134>> (toll-free, 24/7)

SGT [[PERSON|Daniel R. Whitfield]]
[[ADDRESS|Unit 2050 Box 4190
APO AE 09096]]

Re: Servicemembers Civil Relief Act (<<SCRA>>) interest rate reduction - Member No. 884-20193

Dear Sergeant [[PERSON|Whitfield]],
We have received your request and a copy of your orders dated <<October 14, 2024>>. Under the <<SCRA, 50 U.S.C. § 3937>>, the interest rate on your auto loan (Loan ID 0027) has been reduced from <<7.49%>> to <<6.00% APR>> effective <<November 1, 2024>>, for the duration of your active-duty period plus one year.
To complete the file we still need to confirm the taxpayer identification number on the loan. Our records show SSN [[SSN|523-71-4408]]; if this is not correct, please call us from overseas at <<+1 540-555-0188>> (collect calls accepted) or use secure messaging in online banking. Please do not send the full number by regular e-mail.
Your spouse, [[PERSON|Kayla Whitfield]], is listed as joint owner and does not need to take any action.

Thank you for your service,
[[PERSON|Marcus T. Bell]]
<<Loan Servicing Specialist>>""",
    },
    {
        "id": "en-02-nhs-outpatient-letter",
        "lang": "en",
        "text": """<<North Bristol NHS Trust>> - <<Southmead Hospital>>
<<Department of Rheumatology>>, <<Brunel Building, Level 2, Gate 32>>
Appointments: <<0117 496 0512>> | Switchboard: <<0117 496 0000>>

Private and confidential
Mrs [[PERSON|Siobhán O'Connell-Hart]]
[[ADDRESS|Flat 3
27 Ashgrove Road
Redland
Bristol
BS6 6LY]]

Date of birth: [[DATE_OF_BIRTH|09/08/1961]]   NHS No: [[MEDICAL_RECORD_NUMBER|§NHS_1§]]   Hospital No: [[MEDICAL_RECORD_NUMBER|T4418207]]

Dear Mrs [[PERSON|O'Connell-Hart]],
An appointment has been made for you to see Dr [[PERSON|A. Raghunathan]], <<Consultant Rheumatologist>>, on <<Wednesday 19 February 2025>> at <<10:40>> in <<Clinic 7B>>.
Please arrive 15 minutes early and bring a list of your current medicines, including <<methotrexate 15 mg weekly>> and <<folic acid 5 mg>>. Blood tests are needed before the visit; you can have them at your GP surgery up to 7 days before.
If you cannot attend, please tell us at least 48 hours in advance so we can offer the slot to another patient.

Yours sincerely,
Outpatient Booking Team
cc: Dr [[PERSON|Helen Moss]], <<Whiteladies Health Centre>>""",
    },
    {
        "id": "en-03-council-parking-permit",
        "lang": "en",
        "text": """<<London Borough of Camden>> - <<Parking Services>>
Ref: <<PPR/2025/118734>>

Dear Mr [[PERSON|Okonkwo-Reyes]],

RESIDENTS' PARKING PERMIT - ZONE <<CA-F>>

Thank you for your application. We have issued a 12-month virtual permit for vehicle [[LICENSE_PLATE|LB71 WKP]], valid from <<3 March 2025>> to <<2 March 2026>>, for the address [[ADDRESS|Flat B, 112 Fortess Road, London NW5 2HL]]. The charge of <<£188.50>> (band <<4>>, <<CO2 131-150 g/km>>) has been taken.
You asked to transfer the permit from your previous car, [[LICENSE_PLATE|GF16 ZXR]]. That permit has been cancelled and a refund of <<£61.20>> for the unused months will be paid to the original card within <<10 working days>>.
Permits are checked by number plate, so no paper permit will be sent. If you change vehicle again, update your account online at least 24 hours before parking in the zone.

Parking Services
<<parking.permits@example.gov.uk>> | <<020 7946 0311>>""",
    },
    {
        "id": "en-04-engagement-letter",
        "lang": "en",
        "text": """<<HARGROVE & PIKE LLP>>
<<Attorneys at Law>>
<<1200 Market Street, Suite 1450, Philadelphia, PA 19107>>

<<January 22, 2025>>

VIA E-MAIL ([[EMAIL|mjfernandez.vega@example.com]])

Ms. [[PERSON|María José Fernández de la Vega]]
[[ADDRESS|418 Pine Street, Apt. 3R
Philadelphia, PA 19106]]

Re: Engagement Letter - Administration of the Estate of [[PERSON|Ramón Fernández Ortiz]]

Dear Ms. [[PERSON|Fernández de la Vega]]:
Thank you for selecting <<Hargrove & Pike LLP>> to represent you as executrix of your father's estate. This letter confirms the scope of our engagement and our fees.
1. Scope. We will probate the will before the <<Register of Wills of Philadelphia County>>, prepare the inventory, and file the <<Pennsylvania Inheritance Tax Return (REV-1500)>>. For the estate's EIN application we will use your SSN, [[SSN|318-40-2297]], as responsible party.
2. Fees. Our hourly rates are <<$425>> (partners), <<$290>> (associates) and <<$145>> (paralegals). We require a retainer of <<$5,000.00>>, which you authorized us to charge to your card ending in the number below.
   Card: [[CREDIT_CARD|§CARD_RETAINER§]] (exp. <<09/27>>)
3. Conflicts. We have checked our records and found no conflict of interest. Your brother, Mr. [[PERSON|Andrés Fernández de la Vega]], is a beneficiary of the estate but not our client; we will not advise him, and we recommend that he seek independent counsel if his interests and yours diverge.
4. Documents we need. Please send us, at your convenience: the original will dated <<June 3, 2016>> and the codicil dated <<May 12, 2021>>; the death certificate (we will order <<10 certified copies>> at <<$20.00>> each); statements for all accounts held in your father's sole name as of the date of death, including the brokerage account at <<Keystone Brokerage Services>>; the deed to the property at [[ADDRESS|2207 South Bouvier Street, Philadelphia, PA 19145]]; and the last three years of his federal and state income tax returns.
5. Termination. You may end this engagement at any time by written notice. We may withdraw as permitted by the <<Pennsylvania Rules of Professional Conduct, Rule 1.16>>. Unused retainer funds will be refunded within <<30 days>>.
6. Communications. Your matter will be handled by [[PERSON|Jonathan K. Pike]], with assistance from [[PERSON|Lauren Adebayo]]. You may reach our office at <<(215) 555-0147>>.

Very truly yours,
[[PERSON|Jonathan K. Pike]]""",
    },
    {
        "id": "en-05-regulations-excerpt",
        "lang": "en",
        "text": """<<The Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013>>
<<2013 No. 3134>>

Made: <<10th December 2013>>. Coming into force: <<13th June 2014>>.

29.—(1) The consumer may cancel a distance or off-premises contract at any time in the cancellation period without giving any reason, and without incurring any liability except under regulations <<34(3)>>, <<35(5)>>, <<36(6)>> and <<38(2)>>.
30.—(1) The cancellation period begins when the contract is entered into and ends as follows.
(2) If the consumer is not given the information about the right to cancel, the cancellation period ends <<12 months>> after the day on which it would otherwise end.
(3) In the case of a sales contract, the cancellation period ends at the end of <<14 days>> after the day on which the goods come into the physical possession of the consumer.
34.—(4) The trader must reimburse any payment for delivery received from the consumer, unless the consumer expressly chose a kind of delivery costing more than the least expensive common and generally acceptable kind of delivery offered by the trader.
Schedule 3 sets out the model cancellation form; see also <<Directive 2011/83/EU>>, Article 9.""",
    },
    {
        "id": "en-06-departures-board",
        "lang": "en",
        "text": """DEPARTURES - <<Dublin Airport>> <<Terminal 2>> - updated <<14:05>>

| Time  | Flight   | Destination      | Gate | Status            |
|-------|----------|------------------|------|-------------------|
| <<14:20>> | <<EI 154>>   | London Heathrow  | <<403>>  | Final call        |
| <<14:35>> | <<EI 3216>>  | Manchester       | <<410>>  | Boarding          |
| <<14:50>> | <<EI 105>>   | New York JFK     | <<B2>>   | Gate opens <<14:10>>  |
| <<15:05>> | <<DL 165>>   | Atlanta          | <<B4>>   | Delayed <<15:45>>     |
| <<15:10>> | <<EI 632>>   | Amsterdam        | <<407>>  | On time           |
| <<15:25>> | <<UA 23>>    | Newark           | <<B1>>   | Cancelled         |

US pre-clearance closes <<75 minutes>> before departure. Passengers on <<UA 23>> should contact the airline desk in <<Zone 17>>.""",
    },
    {
        "id": "en-07-rate-card",
        "lang": "en",
        "text": """<<Northwind Print Co.>> - trade rate card <<2025>> (GBP, excl. VAT at <<20%>>)

SKU\tProduct\tSize\tQty\tPrice\tUnit
<<NP-BC-350>>\tBusiness cards, 350gsm silk\t<<85x55 mm>>\t<<250>>\t<<£18.40>>\tper pack
<<NP-BC-450>>\tBusiness cards, 450gsm matt lam.\t<<85x55 mm>>\t<<500>>\t<<£34.90>>\tper pack
<<NP-FL-A5>>\tFlyers, 130gsm gloss\t<<A5>>\t<<1000>>\t<<£42.00>>\tper 1,000
<<NP-PO-A2>>\tPosters, 170gsm\t<<A2>>\t<<10>>\t<<£27.50>>\tper 10
<<NP-RU-800>>\tRoller banner, incl. case\t<<800x2000 mm>>\t<<1>>\t<<£59.00>>\teach

Turnaround: <<3 working days>> (express <<24h>>: <<+35%>>). Free delivery on orders over <<£150.00>> to UK mainland; Highlands & Islands <<£12.50>>. Artwork checks included; design time <<£45.00/hour>>.""",
    },
    {
        "id": "en-08-runbook-tomcat",
        "lang": "en",
        "text": """RUNBOOK: <<catalog-svc>> stops answering (HTTP 503 from the load balancer)

Symptoms
- LB health check `GET /actuator/health` on port <<8080>> times out after <<5 s>>; alert <<CAT-HC-01>> fires.
- catalina.out shows all request threads busy:
```
2025-02-03 08:14:07,552 WARN  [<<http-nio-8080-exec-3>>] c.n.catalog.SearchController - slow query took <<12843 ms>>
2025-02-03 08:14:09,010 ERROR [<<http-nio-8080-exec-187>>] o.a.t.u.n.NioEndpoint - maxThreads (<<200>>) reached
2025-02-03 08:14:09,011 INFO  [<<main>>] o.a.c.h.Http11NioProtocol - Pausing ProtocolHandler ["<<http-nio-8080>>"]
```
Steps
1. Find the JVM: `pgrep -f catalog-svc` (typically PID <<1432>> on <<cat-app-02>>).
2. Take a thread dump: `jstack 1432 > /tmp/td-$(date +%s).txt`; repeat after 10 s.
3. If more than <<150>> threads are in `SearchRepository.find`, the search index is the culprit: restart <<elasticsearch 8.13.4>> on port <<9200>> first (`systemctl restart elasticsearch`, about <<40 s>>).
4. Otherwise restart the service: `systemctl restart catalog-svc` (<<Tomcat 10.1.24>>, <<JDK 21.0.3>>); expect <<~25 s>> of downtime.
5. Record the incident in the on-call log with the thread-dump file names.""",
    },
    {
        "id": "en-09-slack-incident",
        "lang": "en",
        "text": """#inc-2291-login-errors

[[USERNAME|soren.mikkelsen]]  9:02 AM
seeing a spike of 401s on <<auth-gw>> since <<08:55>>, all from one address: [[IP_ADDRESS|203.0.113.58]]. ~<<4,200>> attempts/min against the same account
[[USERNAME|asa.berg]]  9:04 AM
that's a credential stuffing pattern. which account?
[[USERNAME|soren.mikkelsen]]  9:05 AM
username [[USERNAME|j.nakamura]] - it's [[PERSON|Jun]] from finance, [[PERSON|Jun Nakamura]]. I pinged him, he's fine, still logged in from the office
[[USERNAME|asa.berg]]  9:06 AM
ok. blocking [[IP_ADDRESS|203.0.113.58]] at the WAF (rule <<WAF-1187>>) and forcing a reset on [[USERNAME|j.nakamura]]
[[USERNAME|kostas.p]]  9:09 AM
fyi there's a second source now, [[IP_ADDRESS|2001:db8:4f1::17]], lower rate
[[USERNAME|asa.berg]]  9:10 AM
blocked too. [[PERSON|søren]] can you write the timeline? [[PERSON|Kostas]] please check if any other accounts were hit
[[USERNAME|soren.mikkelsen]]  9:11 AM
on it :+1:""",
    },
    {
        "id": "en-10-teams-chat-names",
        "lang": "en",
        "text": """[[PERSON|Sato Yuki]] 10:03
Good morning! Quick question on the Q1 forecast - do we use the new FX rate (<<1 EUR = 161.8 JPY>>) or the budget one?

[[PERSON|Bence Kovács]] 10:07
morning [[PERSON|Yuki]]-san, use the budget rate (<<158.0>>) for consistency, [[PERSON|Kovács]] rule 😄 I'll add a sensitivity line with the new one

[[PERSON|Sato Yuki]] 10:08
ok thanks! also, [[PERSON|Ólafur]] said the Reykjavík numbers come late this month

[[PERSON|Bence Kovács]] 10:10
yes, [[PERSON|Ólafur Sigurðsson]] is on leave until the <<12th>>. his deputy is [[PERSON|Ines van den Heuvel]] - [[EMAIL|ines.vandenheuvel@example.nl]], her mobile is [[PHONE|+31 6 12345678]]

[[PERSON|Sato Yuki]] 10:12
perfect, I'll write to [[PERSON|Ines]]. Deadline for the pack is still <<Friday 17:00 CET>>?

[[PERSON|Bence Kovács]] 10:12
yep""",
    },
    {
        "id": "en-11-visa-invitation",
        "lang": "en",
        "text": """<<HELIOS ROBOTICS GmbH>>
<<Am Tullnaupark 8, 90402 Nürnberg, Germany>> | <<+49 911 5550 100>> | <<visa.support@example.de>>

To: Embassy of the Federal Republic of Germany, Tokyo - Visa Section

<<6 February 2025>>

LETTER OF INVITATION - BUSINESS VISA (SCHENGEN TYPE C)

We hereby invite Mr. [[PERSON|Hiroshi TANAKA]], born on [[DATE_OF_BIRTH|23 April 1982]] in Osaka, Japanese national, passport no. [[PASSPORT|TR5820314]], Senior Engineer at <<Kansai Precision Motors Co., Ltd.>>, to visit our company from <<10 March>> to <<21 March 2025>> for the acceptance tests of the <<HR-7 welding cell>> (order <<HR-2024-0911>>).
During his stay Mr. [[PERSON|Tanaka]] will be accommodated at <<Hotel Maritim Nürnberg>>. All costs of travel, accommodation and health insurance are covered by <<Helios Robotics GmbH>>.
His colleague, Ms. [[PERSON|Mori Ayaka]] (passport no. [[PASSPORT|TS1174829]]), is invited by separate letter.

For any question please contact the undersigned directly: [[EMAIL|k.hoffmann-weiss@example.de]], [[PHONE|+49 911 5550 137]].

[[PERSON|Katharina Hoffmann-Weiß]]
<<Head of Customer Projects>>""",
    },
    {
        "id": "en-12-alumni-class-notes",
        "lang": "en",
        "text": """CLASS NOTES - Class of 2009

[[PERSON|Pieter van der Berg]] writes from Utrecht that he and his wife [[PERSON|Femke]] welcomed a daughter, [[PERSON|Ingrid]], on [[DATE_OF_BIRTH|3 March 2024]]. "She already has opinions about cycling," says [[PERSON|Pieter]].
[[PERSON|Khalid bin Salman al-Harbi]] has been appointed Director of Water Resources at the <<Ministry of Environment, Water and Agriculture>> in Riyadh. Classmates passing through can reach him at [[EMAIL|k.alharbi09@example.org]].
[[PERSON|Ana Luísa de Souza]] and [[PERSON|Tomás Ferreira]] married in Porto last June; [[PERSON|Ana]] is now a partner at a design studio there.
[[PERSON|Dimitra Antonopoulou]] completed the <<Boston Marathon>> in <<3:41:09>>, raising <<$6,300>> for the children's hospital.
[[PERSON|D. J. Morrison]] and his partner [[PERSON|Rafael]] are proud parents of twins, [[PERSON|Leo]] and [[PERSON|Maya]], born [[DATE_OF_BIRTH|November 30, 2023]].
Send your news to the alumni office, <<classnotes@example.edu>>, by <<May 15>> for the summer issue.""",
    },
    {
        "id": "en-13-recommendation-letter",
        "lang": "en",
        "text": """<<Faculty of Mathematics and Physics>>, <<Charles University>>
<<Department of Theoretical Computer Science>>

<<15 December 2024>>

To the Admissions Committee, <<MSc in Machine Learning>>

Dear Colleagues,
I am writing to recommend Ms [[PERSON|Eleni Georgiou]] for admission to your programme. I have known [[PERSON|Eleni]] for two years, first as a student in my course <<Algorithms II>> (she ranked 2nd of <<143>>), then as a research assistant in my group.
Her bachelor thesis on streaming algorithms for graph sparsification was excellent; a version of it, co-authored with my doctoral student [[PERSON|Tomáš Dvořák]], has been accepted at a <<SODA 2025>> workshop. She publishes her code and notes on her own site, [[URL|https://eleni-georgiou.example.net]], which I encourage you to look at.
Without hesitation I place Ms [[PERSON|Georgiou]] among the top 3% of students I have supervised in fifteen years.
You can reach her at [[EMAIL|eleni.georgiou@example.com]]; I am happy to answer questions at <<ktiml-office@example.cz>>.

Sincerely,
doc. RNDr. [[PERSON|Jan Novák]], Ph.D.""",
    },
    {
        "id": "en-14-customs-declaration",
        "lang": "en",
        "text": """CUSTOMS DECLARATION CN 23 - <<Royal Mail International Tracked>> - item <<LX 204 118 573 GB>>

FROM: [[PERSON|Priya Raghavan]]
[[ADDRESS|14 Clarence Mews
Harrogate HG1 2AB
United Kingdom]]
Tel: [[PHONE|+44 7700 900461]]

TO: [[PERSON|SUZUKI Kenji]]
[[ADDRESS|Minato Heights 803
3-7-12 Shibaura, Minato-ku
Tokyo 108-0023
JAPAN]]
Tel: [[PHONE|+81 3-5550-2841]]

Category: <<Gift>>
| Description | Qty | Net weight | Value | HS code | Origin |
|---|---|---|---|---|---|
| Wool scarf | 1 | <<0.18 kg>> | <<£35.00>> | <<6117.10>> | GB |
| Shortbread biscuits, sealed | 2 | <<0.60 kg>> | <<£9.00>> | <<1905.31>> | GB |
| Paperback book | 1 | <<0.35 kg>> | <<£8.99>> | <<4901.99>> | GB |
Total gross weight <<1.21 kg>> - Total value <<£52.99>> - Postage <<£24.10>>
I certify that the particulars given in this declaration are correct. Signed: [[PERSON|P. Raghavan]], <<27/01/2025>>""",
    },
    {
        "id": "en-15-genealogy-notes",
        "lang": "en",
        "text": """Family research notes - the [[PERSON|Szabó]] / [[PERSON|Horváth]] line (draft, for cousins only)

Grandmother: [[PERSON|Szabó Erzsébet]] (in English papers "[[PERSON|Elizabeth Szabo]]"), born [[DATE_OF_BIRTH|14 May 1931]] in Debrecen, emigrated to Toronto in <<1957>> after the uprising. Married [[PERSON|Horváth László]] in <<1959>>.
Their children: [[PERSON|Kati]] (my mother, b. [[DATE_OF_BIRTH|1960-02-18]]) and [[PERSON|Peter Horvath]] (b. [[DATE_OF_BIRTH|1963-10-05]]), who dropped the accent when he joined the army.
Sources: passenger list of the <<SS Berlin>>, <<March 1957>>; Ontario marriage register <<1959-05-014382>>; Hungarian parish records (Debrecen-Nagytemplom, <<vol. 212>>).
Open questions: was great-grandfather [[PERSON|Szabó Ferenc]] the brother of the [[PERSON|Szabó Ferenc]] who appears in the <<1941>> census? Ask aunt [[PERSON|Kati]] - her number is [[PHONE|(416) 555-0172]].
[[PERSON|elizabeth szabo]] (lowercase, no accent) is how the name appears in the online index, so search that way.""",
    },
    {
        "id": "en-16-oncall-rota",
        "lang": "en",
        "text": """## Platform on-call rota - Q1 2025

Escalation: primary -> secondary -> engineering manager. Pager policy <<PLAT-P1>>, ack within <<5 min>>.

| Week | Primary | Secondary | Phone (primary) | GitHub |
|------|---------|-----------|-----------------|--------|
| <<W02>> | [[PERSON|Chloé Dubois]] | [[PERSON|Tariq Al-Mansouri]] | [[PHONE|+33 1 99 00 47 12]] | [[URL|github.com/cdubois]] |
| <<W03>> | [[PERSON|Tariq Al-Mansouri]] | [[PERSON|Lucy Tran]] | [[PHONE|+44 7700 900287]] | [[URL|github.com/talmansouri]] |
| <<W04>> | [[PERSON|Lucy Tran]] | [[PERSON|Mateus Oliveira]] | [[PHONE|+61 491 570 143]] | [[URL|github.com/lucytran-sre]] |
| <<W05>> | [[PERSON|Mateus Oliveira]] | [[PERSON|Chloé Dubois]] | [[PHONE|+1 416 555 0199]] | [[URL|github.com/mateus-o]] |

Swaps: agree with the other person, then update the schedule in <<PagerDuty>> and post in #platform-oncall. Manager on call for the whole quarter: [[PERSON|Rebecca Lindgren]] ([[USERNAME|@rlindgren]]).
Bridge line for incidents: <<+44 20 7946 0958>>, PIN <<847 221>>.""",
    },
    {
        "id": "en-17-wedding-guest-list",
        "lang": "en",
        "text": """name,party_size,rsvp,dietary,address_for_invite
"[[PERSON|Harper, Grace]]",2,yes,vegetarian,"[[ADDRESS|2219 Oak Hollow Dr, Austin, TX 78745]]"
"[[PERSON|Nguyen, Minh Anh]]",1,yes,,"[[ADDRESS|88 Pleasant St Apt 12, Cambridge, MA 02139]]"
"[[PERSON|O'Brien, Seamus]] & [[PERSON|Niamh]]",2,no,,"[[ADDRESS|Apartment 4, 17 Sandymount Avenue, Dublin 4, D04 X2K7, Ireland]]"
"[[PERSON|Okafor, Chidi]]",3,yes,"nut allergy (child)","[[ADDRESS|PSC 817 Box 26, FPO AE 09622]]"
"[[PERSON|Kim, Soo-ah]]",1,yes,no pork,"[[ADDRESS|Unit 8400 Box 0127, DPO AE 09498-0127]]"
"[[PERSON|Sánchez-Ruiz, Lupe]]",2,maybe,gluten-free,"[[ADDRESS|1505 Calle Loíza, Apt 7C, San Juan, PR 00911]]"
"[[PERSON|will]] + [[PERSON|jess]]",2,yes,,"[[ADDRESS|c/o Riverside Books, 40 Mill St, Burlington, VT 05401]]"

notes: <<total 12 confirmed>> so far; <<venue cap 120>>; caterer needs final numbers by <<Aug 1>>""",
    },
    {
        "id": "en-18-tenant-reference",
        "lang": "en",
        "text": """From: [[PERSON|Ruth Abernathy]] <[[EMAIL|ruth.abernathy@example.com]]>
To: <<leasing@example.net>>
Subject: Reference for [[PERSON|Mohammed Farouk]] - [[ADDRESS|310 W 85th St]]

Dear [[PERSON|John]],

Thank you for your call. I am happy to give a reference for [[PERSON|Mohammed Farouk]], who rented my apartment at [[ADDRESS|310 West 85th Street, Apt 4B, New York, NY 10024]] from <<September 2019>> to <<December 2024>>.
The rent (<<$2,850>> a month, later <<$2,975>>) was always paid on time, usually a few days early. The apartment was returned in very good condition and I refunded the full security deposit. [[PERSON|Mohammed]] and his partner were considerate neighbours; the building super, Mr. [[PERSON|Castillo]], never received a complaint about them.
I would rent to him again without hesitation. If you need anything else you can reach me on [[PHONE|(917) 555-0164]].

Best regards,
[[PERSON|Ruth]]""",
    },
    {
        "id": "en-19-judgment-excerpt",
        "lang": "en",
        "text": """Neutral Citation Number: <<[2024] EWHC 2871 (Ch)>>
Case No: <<BL-2023-000412>>
IN THE HIGH COURT OF JUSTICE, BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES, <<PROPERTY, TRUSTS AND PROBATE LIST (ChD)>>
Date: <<8 November 2024>>

Before: MR JUSTICE [[PERSON|HOLLINGWORTH]]

Between: [[PERSON|ADAEZE NWOSU-BAKER]] (Claimant) and <<MERIDIAN TRUST CORPORATION LIMITED>> (Defendant)

JUDGMENT
1. This claim concerns the construction of clause <<7.2>> of a settlement made on <<14 February 2006>> and the exercise by the Defendant, as trustee, of a power of appointment in <<2019>>.
2. The Claimant, Mrs [[PERSON|Nwosu-Baker]], contends that the appointment of <<£1,240,000>> to the sub-fund was outside the power because it was made after the perpetuity date fixed by clause <<1.4>>. The Defendant says the relevant date is <<13 February 2031>>.
3. For the reasons below I accept the Defendant's construction. Section <<5>> of the <<Perpetuities and Accumulations Act 2009>> does not apply to a settlement made before <<6 April 2010>>, and the <<Perpetuities and Accumulations Act 1964>>, s. <<3>>, governs.""",
    },
    {
        "id": "en-20-equipment-handover",
        "lang": "en",
        "text": """EQUIPMENT HANDOVER RECEIPT - <<IT Service Desk>>, <<Bay 3, 4th floor>>

Employee: [[PERSON|Wojciech "Wojtek" Zieliński]]   Start date: <<10 Feb 2025>>   Cost centre: <<4410-ENG>>
Line manager: [[PERSON|Fatima Zahra Benali]]

Asset tag      Item                               Serial
<<IT-LT-22871>>    <<Lenovo ThinkPad T14 Gen 5>>          <<PF4KX9Q2>>
<<IT-MN-10442>>    <<Dell P2723DE>> monitor                <<CN0H4V7D>>
<<IT-YK-03318>>    <<YubiKey 5C NFC>>                      <<24419873>>

Accounts created:
- directory login [[USERNAME|wzielinski]], one-time password [[PASSWORD|Tq4-mela-Rhyme-91]] (expires in <<72 hours>>)
- static IP for the lab bench: [[IP_ADDRESS|192.0.2.117]] on VLAN <<214>>

By signing, the employee confirms receiving the items above in working order and agrees to the <<Acceptable Use Policy v3.2>>.
Signed: [[PERSON|W. Zieliński]]          Issued by: [[PERSON|tom h.]] (service desk)""",
    },
    {
        "id": "en-21-scholarship-award",
        "lang": "en",
        "text": """<<Leipzig Graduate School of Economics>> - <<Scholarships Office>>

Ms [[PERSON|Ngozi Adeyemi-Clarke]]
[[ADDRESS|c/o Familie Brandt
Lindenstraße 48, 2. Etage links
04109 Leipzig
Germany]]

<<3 February 2025>>

Dear [[PERSON|Ngozi]],
Congratulations! On the recommendation of the selection committee you have been awarded the <<Global Talent Scholarship>> for the academic year <<2025/26>>, worth <<€ 934 per month>> for <<12 months>> plus a one-off travel grant of <<€ 1,200>>.
The stipend will be paid monthly on the 1st working day, starting <<1 October 2025>>, to the account you provided: IBAN [[IBAN|§IBAN_DE§]], account holder [[PERSON|Ngozi Adeyemi-Clarke]].
Please confirm acceptance by <<28 February 2025>> by replying to <<scholarships@example.de>> and upload a copy of your passport (no. [[PASSPORT|A09182746]]) and your residence registration to the applicant portal.
The award may be combined with a student assistant job of up to <<20 hours per week>>, as provided by <<section 5(2) of the Scholarship Regulations>>.

With kind regards,
Prof. Dr. [[PERSON|Matthias Engel]]
Chair, Scholarship Committee""",
    },
    {
        "id": "en-22-car-bill-of-sale",
        "lang": "en",
        "text": """VEHICLE BILL OF SALE (private sale)

Seller: [[PERSON|Lucía Gómez Herrera]], [[ADDRESS|Flat 9, Cavendish Court, 51 Hagley Road, Birmingham B16 8TP]], driving licence no. [[ID_CARD|GOMEZ858150LH9XY]]
Buyer: [[PERSON|Callum McAllister]], [[ADDRESS|6 Rosebank Terrace, Aberdeen AB11 6LQ]], driving licence no. [[ID_CARD|MCALL804292C99RT]]

Vehicle: <<2018 Toyota Yaris Hybrid Icon>>, colour silver, registration [[LICENSE_PLATE|BK18 FZN]], VIN <<VNKKD3D390A214877>>, odometer <<61,432 miles>>, <<V5C>> document reference 11 4829 3017 6.

Price: <<£8,450.00>>. A deposit of <<£500.00>> was paid in cash on <<18 January 2025>>; the balance of <<£7,950.00>> is paid today by bank transfer to the seller's account IBAN [[IBAN|§IBAN_ES§]] (the seller is moving back to Spain).
The vehicle is sold as seen, without warranty beyond that implied by law. The seller confirms that there is no outstanding finance on the vehicle.

Date: <<25 January 2025>>
Signatures: [[PERSON|L. Gómez Herrera]] / [[PERSON|C. McAllister]]
Seller's contact after the sale: [[PHONE|+34 612 48 39 05]], [[EMAIL|lucia.gomez.h@example.es]]""",
    },
    {
        "id": "en-23-out-of-office",
        "lang": "en",
        "text": """Automatic reply: I'm out of the office until <<Monday 3 March>> with limited access to e-mail. For anything urgent about the <<Cape Town>> rollout please contact [[PERSON|Nomvula Dlamini]] ([[EMAIL|nomvula.dlamini@example.co.za]], [[PHONE|+27 82 555 0143]]). Thanks, [[PERSON|Pieter-Jan]]""",
    },
    {
        "id": "en-24-maintenance-notice",
        "lang": "en",
        "text": """Planned maintenance: <<Sunday 9 March 2025>>, <<01:00-03:30 UTC>>. The customer portal (<<v4.22>>) and API (<</v3>>) will be read-only; webhooks are queued and delivered afterwards. Status updates: <<status.example.com>>. Ref <<CHG-88213>>.""",
    },
]


def build() -> list[dict]:
    return build_set(DOCS, IDS)


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:], DOCS, IDS, OUT, Path(__file__).name))
