# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""CVs: contacts block, profile, experience bullets, education, languages, consent line."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import form

KIND = "cv"
WEIGHT = 1.0
NO_PII_OK = False

B = {
    "it": {
        "head": Bank(
            "it.cv.head",
            [
                "CURRICULUM VITAE\n{p.full}",
                "{p.upper}\nCurriculum vitae",
                "{p.full} - CV",
                "Curriculum Vitae Europass\n\nInformazioni personali\n{p.LASTfirst}",
                "{p.full}\n{Sviluppatrice Full Stack|Contabile|Infermiere professionale|Tecnico manutentore|Addetta vendite}",
            ],
        ),
        "profile": Bank(
            "it.cv.profile",
            [
                "Professionista con {n} anni di esperienza nel settore amministrativo, orientata al risultato.",
                "Sviluppatore backend con esperienza in Python e microservizi, attualmente in {company}.",
                "Infermiere con esperienza in reparti di area critica presso {hospital}.",
                "Neolaureato in Economia, cerco un primo impiego nell'area controllo di gestione.",
                "Tecnico manutentore specializzato in impianti elettrici civili e industriali.",
            ],
        ),
        "exp": Bank(
            "it.cv.exp",
            [
                "2014 - 2016: Operatrice call center, {company}",
                "{monthyear}: Tirocinio curricolare presso {inst}",
                "Responsabile di un team di {n} persone",
                "{monthyear} - oggi: {{role}|Impiegata contabile} presso {company}",
                "2019 - 2022: Addetto vendite, {company2}, {city}",
                "2016 - 2019: Stage e poi contratto di apprendistato presso {company2}",
                "{monthyear} - {monthyear2}: Consulente freelance (P.IVA {p.piva})",
                "2021 - 2023: Infermiere presso {hospital}",
                "2018 - 2020: Cameriere stagionale, Hotel Bellavista, Rimini",
                "Gestione di un budget annuale di {big_amount}, riduzione dei costi del {pct}",
            ],
        ),
        "edu": Bank(
            "it.cv.edu",
            [
                "Laurea magistrale in Ingegneria Gestionale, Politecnico di Milano (110/110)",
                "Diploma di ragioneria, ITC Tosi, Busto Arsizio",
                "Laurea in Scienze Infermieristiche, Università di Bologna",
                "Master in Digital Marketing, 24ORE Business School",
                "Diploma di perito elettrotecnico",
            ],
        ),
        "lang": Bank(
            "it.cv.lang",
            [
                "Certificazioni: ECDL, First Certificate",
                "Patente B e C",
                "Hobby: pallavolo, fotografia, volontariato",
                "Disponibile a trasferte",
                "Lingue: inglese B2, francese A2",
                "Inglese: livello C1 (IELTS 7.5)",
                "Lingue straniere: inglese scolastico",
                "Competenze digitali: pacchetto Office, SAP, SQL di base",
                "Patente B, automunit{p.o}",
            ],
        ),
        "consent": Bank(
            "it.cv.consent",
            [
                "Autorizzo il trattamento dei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (Reg. UE 2016/679).",
                "Autorizzo il trattamento dei miei dati personali ai sensi dell'art. 13 del GDPR.",
                "Dichiaro che le informazioni riportate sono veritiere ai sensi del DPR 445/2000.",
            ],
        ),
        "sec": Bank(
            "it.cv.sec",
            [
                ("Percorso professionale", "Titoli di studio", "Altre informazioni"),
                ("Esperienze professionali", "Istruzione e formazione", "Competenze"),
                ("ESPERIENZA LAVORATIVA", "ISTRUZIONE", "ALTRE COMPETENZE"),
                ("Esperienza", "Formazione", "Lingue e competenze"),
            ],
        ),
    },
    "en": {
        "head": Bank(
            "en.cv.head",
            [
                "CURRICULUM VITAE\n{p.full}",
                "{p.upper}\nResume",
                "{p.full} - CV",
                "{p.full}\n{Full Stack Developer|Accountant|Registered Nurse|Maintenance Technician|Retail Assistant}",
                "RESUME\n\n{p.full}",
            ],
        ),
        "profile": Bank(
            "en.cv.profile",
            [
                "Results-driven professional with {n} years' experience in finance operations.",
                "Backend developer experienced in Python and microservices, currently at {company}.",
                "Registered nurse with critical care experience at {hospital}.",
                "Recent economics graduate seeking a first role in financial planning.",
                "Maintenance technician specialising in commercial electrical systems.",
            ],
        ),
        "exp": Bank(
            "en.cv.exp",
            [
                "2014 - 2016: Call centre agent, {company}",
                "{monthyear}: Internship at {inst}",
                "Led a team of {n} people",
                "{monthyear} - present: {{role}|Accounts Assistant} at {company}",
                "2019 - 2022: Sales Associate, {company2}, {city}",
                "2016 - 2019: Apprentice, then Technician, {company2}",
                "{monthyear} - {monthyear2}: Freelance consultant",
                "2021 - 2023: Staff Nurse, {hospital}",
                "2018 - 2020: Seasonal bartender, The Crown Hotel, Brighton",
                "Managed an annual budget of {big_amount}, cutting costs by {pct}",
            ],
        ),
        "edu": Bank(
            "en.cv.edu",
            [
                "MSc Management Science, University of Manchester (Distinction)",
                "BA (Hons) Accounting, University of Leeds",
                "BSc Nursing, King's College London",
                "A-levels: Maths A*, Economics A, History B",
                "Associate Degree in Electrical Technology",
            ],
        ),
        "lang": Bank(
            "en.cv.lang",
            [
                "Certifications: CIMA, First Aid at Work",
                "Clean driving licence",
                "Interests: running, photography, volunteering",
                "Willing to travel",
                "Languages: Spanish (conversational), French (basic)",
                "Skills: Excel, SAP, SQL, Power BI",
                "Full UK driving licence",
                "Certifications: AWS Solutions Architect, PRINCE2",
                "Italian: fluent",
            ],
        ),
        "consent": Bank(
            "en.cv.consent",
            [
                "References available on request.",
                "I consent to my data being kept on file for future vacancies.",
                "Right to work in the UK: yes.",
            ],
        ),
        "sec": Bank(
            "en.cv.sec",
            [
                ("Professional experience", "Education and training", "Other skills"),
                ("Work experience", "Education", "Skills"),
                ("EXPERIENCE", "EDUCATION", "ADDITIONAL INFORMATION"),
                ("Employment history", "Qualifications", "Languages & skills"),
            ],
        ),
    },
}


def build(ctx: Ctx) -> None:
    B_ = B[ctx.lang]
    b = ctx.b
    ctx.say(B_["head"])
    b.raw("\n\n")
    keys = [k for k in ("addr", "phone", "email", "dob", "url", "nationality") if ctx.chance(0.65)] or ["email"]
    if ctx.lang == "it" and ctx.chance(0.3):
        keys.append("cf")
    form(ctx, keys)
    b.raw("\n")
    if ctx.chance(0.7):
        ctx.say(B_["profile"])
        b.raw("\n\n")
    titles = ctx.value(B_["sec"]) or ("", "", "")
    bullet = ctx.choice(("- ", "• ", "* ", ""))
    b.raw(titles[0] + "\n")
    for _ in range(ctx.rng.randint(2, 5)):
        b.raw(bullet)
        ctx.say(B_["exp"])
        b.raw("\n")
    b.raw("\n" + titles[1] + "\n" + bullet)
    ctx.say(B_["edu"])
    b.raw("\n\n" + titles[2] + "\n")
    ctx.say_many(B_["lang"], ctx.rng.randint(2, 3), "\n")
    if ctx.chance(0.6):
        b.raw("\n\n")
        ctx.say(B_["consent"])
