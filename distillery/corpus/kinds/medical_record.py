# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Medical records: discharge letters, clinic letters, referrals: identifiers in a header, clinical prose."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form

KIND = "medical_record"
WEIGHT = 1.5
NO_PII_OK = True

B = {
    "it": {
        "title": Bank(
            "it.med.title",
            [
                "LETTERA DI DIMISSIONE",
                "Referto di visita ambulatoriale",
                "Cartella clinica - diario",
                "Certificato medico",
                "RELAZIONE CLINICA",
                "Referto di Pronto Soccorso",
                "Richiesta di consulenza specialistica",
                "Verbale di visita medica",
            ],
        ),
        "ward": Bank(
            "it.med.ward",
            [
                "U.O. Medicina Interna",
                "Reparto di Cardiologia",
                "Ambulatorio di Diabetologia",
                "S.C. Ortopedia e Traumatologia",
                "Pronto Soccorso",
                "Servizio di Pneumologia",
                "U.O.C. Neurologia",
                "Ambulatorio di Medicina Generale",
            ],
        ),
        "intro": Bank(
            "it.med.intro",
            [
                "Si dimette in data odierna {p.il} paziente {p.full}, ricoverat{p.o} dal {date} per {dispnea ingravescente|dolore toracico|febbre persistente|trauma al polso destro}.",
                "Visito in data {date} {p.il} {p.title} {p.last}, {p.age} anni, inviat{p.o} dal curante {p2.dr} {p2.full}.",
                "Paziente di {p.age} anni giunt{p.o} alla nostra osservazione per {cefalea|lombalgia acuta|tosse produttiva|vertigini}.",
                "Paziente che riferisce {da circa una settimana|da tre giorni|dalla notte scorsa} {astenia e inappetenza|dolore addominale|febbre fino a 38,5 °C}.",
                "Gentile collega, ti invio {p.il} {p.title} {p.full} per una valutazione specialistica.",
                "Si certifica che {p.il} {p.title} {p.full}, nat{p.o} a {p.birthplace} il {p.dob}, è affett{p.o} da {sindrome influenzale|lombosciatalgia|gastroenterite acuta}.",
                "Paziente noto al servizio per {ipertensione arteriosa|diabete mellito tipo 2|BPCO}, in terapia domiciliare.",
                "Accesso in PS alle ore {time} per {caduta accidentale|dolore toracico|crisi ipertensiva}.",
            ],
        ),
        "history": Bank(
            "it.med.history",
            [
                "Anamnesi: ipertensione arteriosa in trattamento, ex fumatore. Allergie: nessuna nota.",
                "Anamnesi patologica remota: appendicectomia nel 2009, frattura di tibia nel 2015.",
                "Familiarità per cardiopatia ischemica. Non allergie a farmaci.",
                "Allergia nota alla penicillina. Vive con la moglie, autonomo nelle attività quotidiane.",
                "In anamnesi diabete mellito tipo 2 in terapia con {drug}.",
                "Non riferiti precedenti ricoveri. Nega traumi recenti.",
                "Riferisce episodi analoghi negli ultimi mesi, mai indagati.",
            ],
        ),
        "exam": Bank(
            "it.med.exam",
            [
                "Esame obiettivo: PA 135/85 mmHg, FC 78 bpm, SpO2 97% in aria ambiente. Torace: MV presente, non rumori aggiunti.",
                "All'ingresso paziente vigile, orientato, collaborante. Addome trattabile, non dolente.",
                "ECG: ritmo sinusale, FC 72 bpm, non alterazioni della ripolarizzazione.",
                "Esami ematochimici: Hb 12,1 g/dL, PCR 4,2 mg/dL, creatinina nella norma.",
                "Rx torace: non addensamenti parenchimali in atto.",
                "TC encefalo senza mdc: negativa per lesioni acute.",
                "Ecografia addome: colecisti alitiasica, fegato nei limiti.",
            ],
        ),
        "dx": Bank(
            "it.med.dx",
            [
                "Diagnosi: polmonite comunitaria lobare destra.",
                "Diagnosi di dimissione: scompenso cardiaco in fase di compenso.",
                "Conclusioni: lombalgia meccanica, non segni di compromissione radicolare.",
                "Diagnosi: frattura composta di radio distale.",
                "Diagnosi: gastroenterite acuta, verosimilmente virale.",
                "Conclusioni: quadro compatibile con emicrania senz'aura.",
            ],
        ),
        "therapy": Bank(
            "it.med.therapy",
            [
                "Sospendere {drug} e iniziare {drug2}.",
                "Antibiotico: {drug} per 6 giorni.",
                "Nessuna variazione della terapia in atto.",
                "Ghiaccio locale e tutore per {days} giorni.",
                "Terapia consigliata: {drug} 1 cp al mattino, {drug2} al bisogno.",
                "Si prescrive {drug} per {days} giorni.",
                "Proseguire la terapia domiciliare in atto, sospendere {drug}.",
                "Riposo per {days} giorni, controllo dal medico curante.",
                "Terapia: {drug} 2 volte al giorno dopo i pasti.",
            ],
        ),
        "follow": Bank(
            "it.med.follow",
            [
                "Evitare sforzi per {days} giorni.",
                "Controllo degli esami ematici tra un mese.",
                "Il paziente è stato informato e ha compreso le indicazioni.",
                "Si rilascia certificato per il datore di lavoro.",
                "Eseguire ECG di controllo prima della prossima visita.",
                "Contatto del caregiver: {p2.full}, {p2.phone}.",
                "Controllo ambulatoriale il {date2} alle {time} presso {hospital}.",
                "Si consiglia visita di controllo tra {days} giorni.",
                "Per informazioni contattare il reparto o scrivere a {me.work_email}.",
                "Il referto è disponibile anche sul Fascicolo Sanitario Elettronico.",
                "In caso di peggioramento rivolgersi al medico curante o al Pronto Soccorso.",
                "Recapito del paziente: {p.phone}.",
                "Si trasmette copia al medico curante, {p2.dr} {p2.full}.",
                "Prognosi: {days} giorni salvo complicazioni.",
            ],
        ),
        "sign": Bank(
            "it.med.sign",
            [
                "Il medico\n{me.dr} {me.full}",
                "{me.dr} {me.full}\nDirigente Medico",
                "Il Direttore della U.O.\n{me.dr} {me.last}",
                "Firmato digitalmente da {me.full}",
                "Il medico di turno",
                "{me.dr} {me.initial}",
                "Il medico refertante",
            ],
        ),
    },
    "en": {
        "title": Bank(
            "en.med.title",
            [
                "DISCHARGE SUMMARY",
                "Outpatient clinic letter",
                "Clinical notes",
                "Fit note",
                "Emergency Department attendance",
                "Referral letter",
                "Consultation note",
                "Progress note",
            ],
        ),
        "ward": Bank(
            "en.med.ward",
            [
                "Department of Respiratory Medicine",
                "Cardiology Outpatients",
                "Diabetes Centre",
                "Trauma & Orthopaedics",
                "Emergency Department",
                "General Medicine, Ward 7B",
                "Neurology Clinic",
                "Family Medicine",
            ],
        ),
        "intro": Bank(
            "en.med.intro",
            [
                "{p.full} was admitted on {date} with {worsening shortness of breath|chest pain|a persistent fever|a right wrist injury} and is now fit for discharge.",
                "I saw {p.title} {p.last}, a {p.age}-year-old, in clinic on {date}, referred by {p2.dr} {p2.full}.",
                "This {p.age}-year-old presented with {headache|acute low back pain|a productive cough|dizziness}.",
                "The patient reports {a week of|three days of|overnight} {fatigue and poor appetite|abdominal pain|fever up to 38.5 °C}.",
                "Dear colleague, thank you for seeing {p.full} for a specialist opinion.",
                "I confirm that {p.full} (DOB {p.dob}) has been unwell with {flu-like illness|sciatica|acute gastroenteritis}.",
                "Known to the service with {hypertension|type 2 diabetes|COPD}, on home treatment.",
                "Attended the ED at {time} after {a fall at home|chest pain|a hypertensive episode}.",
            ],
        ),
        "history": Bank(
            "en.med.history",
            [
                "PMH: hypertension, ex-smoker. Allergies: NKDA.",
                "Past history: appendicectomy 2009, tibial fracture 2015.",
                "Family history of ischaemic heart disease. No known drug allergies.",
                "Penicillin allergy. Lives with wife, independent with ADLs.",
                "Type 2 diabetes on {drug}.",
                "No previous admissions. Denies recent trauma.",
                "Similar episodes in recent months, never investigated.",
            ],
        ),
        "exam": Bank(
            "en.med.exam",
            [
                "O/E: BP 135/85, HR 78, SpO2 97% on air. Chest clear.",
                "Alert and oriented on arrival. Abdomen soft, non-tender.",
                "ECG: sinus rhythm, rate 72, no acute ST changes.",
                "Bloods: Hb 121 g/L, CRP 42 mg/L, U&Es normal.",
                "CXR: no consolidation.",
                "CT head: no acute intracranial abnormality.",
                "USS abdomen: gallbladder normal, liver unremarkable.",
            ],
        ),
        "dx": Bank(
            "en.med.dx",
            [
                "Diagnosis: right lower lobe community-acquired pneumonia.",
                "Discharge diagnosis: heart failure, now compensated.",
                "Impression: mechanical low back pain, no red flags.",
                "Diagnosis: undisplaced distal radius fracture.",
                "Diagnosis: acute gastroenteritis, likely viral.",
                "Impression: migraine without aura.",
            ],
        ),
        "therapy": Bank(
            "en.med.therapy",
            [
                "Stop {drug} and start {drug2}.",
                "Antibiotics: {drug} for 5 days.",
                "No change to current medication.",
                "Ice, elevation and a splint for {days} days.",
                "Plan: {drug} once daily, {drug2} as required.",
                "Prescribed {drug} for {days} days.",
                "Continue usual medication; stop {drug}.",
                "Rest for {days} days and review with GP.",
                "{drug} twice daily with food.",
            ],
        ),
        "follow": Bank(
            "en.med.follow",
            [
                "Avoid heavy lifting for {days} days.",
                "Repeat bloods in one month.",
                "Plan explained to the patient, who agrees.",
                "Fit note issued.",
                "Repeat ECG before the next appointment.",
                "Next of kin: {p2.full}, {p2.phone}.",
                "Follow-up in clinic on {date2} at {time} at {hospital}.",
                "Review in {days} days.",
                "Queries to the ward or {me.work_email}.",
                "Results are available on the patient portal.",
                "Return to ED if symptoms worsen.",
                "Patient contact number: {p.phone}.",
                "Copy to GP, {p2.dr} {p2.full}.",
                "Fit for work from {date2}.",
            ],
        ),
        "sign": Bank(
            "en.med.sign",
            [
                "{me.dr} {me.full}\nConsultant Physician",
                "Yours sincerely,\n{me.dr} {me.full}",
                "Signed: {me.full}, FY2",
                "Electronically signed by {me.full}",
                "The duty doctor",
                "{me.dr} {me.initial}",
                "Specialty Registrar",
            ],
        ),
    },
}
KEYS = ["name", "dob", "mrn", "cf", "addr", "phone"]


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    if ctx.chance(0.7):
        ctx.write("{hospital}")
        b.raw(" - " if ctx.chance(0.5) else "\n")
        ctx.say(B_["ward"])
        b.raw("\n")
    ctx.say(B_["title"])
    b.raw("\n\n")
    keys = ["name"] + [k for k in KEYS[1:] if ctx.chance(0.55 if k != "mrn" else 0.8)]
    if ctx.lang == "en":
        keys = [k for k in keys if k != "cf"]
    if ctx.chance(0.8):
        form(ctx, keys)
        b.raw("\n")
    ctx.say(B_["intro"])
    for section in ("history", "exam", "dx", "therapy"):
        if ctx.chance(0.85):
            b.raw("\n" if ctx.chance(0.6) else " ")
            ctx.say_many(B_[section], 1 if section == "dx" else ctx.rng.randint(1, 2))
    b.raw("\n")
    ctx.say_many(B_["follow"], ctx.rng.randint(2, 4))
    b.raw("\n\n")
    ctx.say(B_["sign"])
