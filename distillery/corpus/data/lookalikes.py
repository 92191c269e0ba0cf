"""Non-PII look-alikes that must survive anonymization: amounts, reference numbers, institutions,
companies, products, non-birth dates, times, versions, percentages, generic roles."""

from __future__ import annotations

import random
from datetime import date, timedelta

from .locales import LOCALES, format_date
from .values import MONTHS_EN, MONTHS_IT, digits, letters

INSTITUTIONS = {
    "it_IT": (
        "Agenzia delle Entrate",
        "INPS",
        "INAIL",
        "ASL Roma 1",
        "ASL Città di Torino",
        "ATS Milano",
        "ASL Napoli 1 Centro",
        "Comune di Milano",
        "Comune di Bologna",
        "Comune di Roma",
        "Comune di Firenze",
        "Regione Lombardia",
        "Regione Lazio",
        "Ministero della Salute",
        "Questura di Roma",
        "Prefettura di Napoli",
        "Tribunale di Milano",
        "Motorizzazione Civile",
        "ACI",
        "Polizia di Stato",
        "Arma dei Carabinieri",
        "Guardia di Finanza",
        "Ufficio Anagrafe",
        "Camera di Commercio di Torino",
        "Ministero dell'Istruzione e del Merito",
        "Poste Italiane",
        "Agenzia delle Dogane",
        "Equitalia",
        "Agenzia delle Entrate-Riscossione",
        "Garante per la protezione dei dati personali",
        "CAF ACLI",
        "Ufficio Scolastico Regionale",
        "Polizia Locale di Verona",
        "Croce Rossa Italiana",
        "AUSL Bologna",
    ),
    "en_GB": (
        "NHS",
        "HMRC",
        "DVLA",
        "the Metropolitan Police",
        "Home Office",
        "HM Courts & Tribunals Service",
        "Department for Work and Pensions",
        "Manchester City Council",
        "Leeds City Council",
        "NHS England",
        "Ofsted",
        "the Information Commissioner's Office",
        "Citizens Advice",
        "Royal Mail",
        "Greater Manchester Police",
        "Transport for London",
        "the Land Registry",
        "Companies House",
        "UK Visas and Immigration",
        "the Student Loans Company",
        "NHS 111",
        "Bristol City Council",
    ),
    "en_US": (
        "IRS",
        "Social Security Administration",
        "DMV",
        "Department of Veterans Affairs",
        "Medicare",
        "Medicaid",
        "USCIS",
        "the Department of Labor",
        "FEMA",
        "the county clerk's office",
        "NYPD",
        "LAPD",
        "the Better Business Bureau",
        "USPS",
        "Department of Motor Vehicles",
        "the Federal Trade Commission",
        "Cook County Health",
        "the City of Austin",
        "the Department of Education",
        "CDC",
    ),
}
HOSPITALS = {
    "it_IT": (
        "Ospedale Niguarda",
        "Policlinico Umberto I",
        "Ospedale San Raffaele",
        "AOU Careggi",
        "Istituto Giannina Gaslini",
        "Policlinico Gemelli",
        "Ospedale Cardarelli",
        "Ospedale Molinette",
        "Policlinico Sant'Orsola",
        "Ospedale Papa Giovanni XXIII",
        "Ospedale San Martino",
        "Ospedale dell'Angelo",
        "Casa di Cura Villa Maria",
        "Poliambulatorio Centro Medico Salus",
    ),
    "en_GB": (
        "Guy's and St Thomas' NHS Foundation Trust",
        "Manchester Royal Infirmary",
        "St Mary's Hospital",
        "Leeds General Infirmary",
        "Addenbrooke's Hospital",
        "John Radcliffe Hospital",
        "Royal London Hospital",
        "Southmead Hospital",
        "Queen Elizabeth Hospital Birmingham",
        "Royal Victoria Infirmary",
    ),
    "en_US": (
        "Massachusetts General Hospital",
        "Mayo Clinic",
        "Cleveland Clinic",
        "Johns Hopkins Hospital",
        "Cedars-Sinai Medical Center",
        "NYU Langone",
        "Mount Sinai Hospital",
        "UCSF Medical Center",
        "Northwestern Memorial Hospital",
        "Houston Methodist Hospital",
    ),
}
BRANDS = {
    "it_IT": (
        "Amazon",
        "Zalando",
        "Enel Energia",
        "TIM",
        "Vodafone",
        "Poste Italiane",
        "Trenitalia",
        "Esselunga",
        "IKEA",
        "Unieuro",
        "MediaWorld",
        "Fastweb",
        "Iliad",
        "WindTre",
        "Italo",
        "Coop",
        "Decathlon",
        "Intesa Sanpaolo",
        "UniCredit",
        "BPER Banca",
        "Fineco",
        "Hera",
        "A2A",
        "Subito",
        "Vinted",
        "Glovo",
    ),
    "en_GB": (
        "Amazon",
        "British Gas",
        "Tesco",
        "Sainsbury's",
        "Royal Mail",
        "BT",
        "Virgin Media",
        "Argos",
        "Currys",
        "John Lewis",
        "Barclays",
        "HSBC",
        "Lloyds Bank",
        "Monzo",
        "Deliveroo",
        "Ocado",
        "EE",
        "Octopus Energy",
        "Boots",
        "Marks & Spencer",
    ),
    "en_US": (
        "Amazon",
        "Walmart",
        "Best Buy",
        "Comcast",
        "Verizon",
        "FedEx",
        "UPS",
        "Target",
        "Costco",
        "Bank of America",
        "Chase",
        "Wells Fargo",
        "AT&T",
        "T-Mobile",
        "Home Depot",
        "Etsy",
        "DoorDash",
        "Uber",
        "PayPal",
        "Venmo",
    ),
}
_CO_HEAD_IT = (
    "Tecno",
    "Idro",
    "Edil",
    "Agri",
    "Logi",
    "Info",
    "Eco",
    "Termo",
    "Elettro",
    "Arredo",
    "Farma",
    "Geo",
    "Meccano",
    "Alfa",
    "Nova",
    "Euro",
    "Medi",
    "Sider",
    "Ortho",
    "Plast",
    "Data",
    "Omni",
    "Sol",
)
_CO_TAIL_IT = (
    "service",
    "sistemi",
    "tech",
    "impianti",
    "trasporti",
    "costruzioni",
    "soluzioni",
    "italia",
    "group",
    "logistica",
    "consulting",
    "lab",
    "design",
    "energia",
    "medica",
    "net",
    "futura",
    "line",
)
_CO_SUFFIX_IT = (" S.r.l.", " S.p.A.", " S.n.c.", " S.r.l.s.", " srl", " SpA", " S.a.s.", " Soc. Coop.")
_CO_HEAD_EN = (
    "North",
    "Blue",
    "Bright",
    "Silver",
    "Green",
    "Red",
    "Apex",
    "Summit",
    "Harbor",
    "Pinnacle",
    "Clear",
    "Oak",
    "Swift",
    "Prime",
    "Union",
    "Atlas",
    "Crown",
    "Keystone",
    "Riverside",
    "Evergreen",
    "Iron",
)
_CO_TAIL_EN = (
    "wind",
    "line",
    "stone",
    "bridge",
    "field",
    "point",
    "gate",
    "works",
    "path",
    "wave",
    "light",
    "view",
    "peak",
    "harbour",
    "forge",
    "star",
)
_CO_KIND_EN = (
    " Logistics",
    " Solutions",
    " Analytics",
    " Consulting",
    " Systems",
    " Health",
    " Energy",
    " Media",
    " Foods",
    " Labs",
    " Capital",
    " Software",
    " Interiors",
    " Builders",
    "",
)
_CO_SUFFIX_EN = (" Ltd", " Ltd.", " LLC", " Inc.", " PLC", " Group", " Co.", "")


def _company_it(rng: random.Random) -> str:
    return rng.choice(_CO_HEAD_IT) + rng.choice(_CO_TAIL_IT) + rng.choice(_CO_SUFFIX_IT)


def _company_en(rng: random.Random) -> str:
    head = rng.choice(_CO_HEAD_EN) + (rng.choice(_CO_TAIL_EN) if rng.random() < 0.6 else "")
    return head + rng.choice(_CO_KIND_EN) + rng.choice(_CO_SUFFIX_EN)


_COMPANY_BY_LANG = {"it": _company_it, "en": _company_en}


def company(rng: random.Random, locale: str) -> str:
    if rng.random() < 0.3:
        return rng.choice(BRANDS[locale])
    return _COMPANY_BY_LANG[LOCALES[locale].lang](rng)


def company_domain(name: str) -> str:
    base = name.split(" ")[0].lower()
    base = "".join(c for c in base if c.isalnum()) or "azienda"
    return base


PRODUCTS = {
    "it": (
        "iPhone 15 Pro 128GB",
        "Samsung Galaxy S24",
        "lavatrice Bosch Serie 6",
        "friggitrice ad aria Philips",
        "Kindle Paperwhite",
        "aspirapolvere Dyson V15",
        "Nike Air Max 90",
        "zaino Eastpak",
        "cuffie Sony WH-1000XM5",
        "macchina da caffè De'Longhi Magnifica",
        "monitor LG 27 pollici",
        "Lego Technic 42141",
        "PlayStation 5",
        "Nintendo Switch OLED",
        "bici elettrica Atala",
        "materasso memory 160x190",
        "set pentole Lagostina",
        "robot Bimby TM6",
        'smart TV Hisense 55"',
        "stampante HP DeskJet 2720",
        "tablet Lenovo Tab M10",
        "piumone matrimoniale",
        "scarpe da trail Salomon",
        "Apple Watch SE",
        "router Fritz!Box 7530",
    ),
    "en": (
        "iPhone 15 Pro 128GB",
        "Samsung Galaxy S24",
        "Bosch Series 6 washing machine",
        "Ninja air fryer",
        "Kindle Paperwhite",
        "Dyson V15 vacuum",
        "Nike Air Max 90",
        "Herschel backpack",
        "Sony WH-1000XM5 headphones",
        "Nespresso Vertuo",
        "LG 27-inch monitor",
        "Lego Technic 42141",
        "PlayStation 5",
        "Nintendo Switch OLED",
        "Peloton Bike",
        "king-size memory foam mattress",
        "Le Creuset casserole",
        "Instant Pot Duo",
        'Hisense 55" smart TV',
        "HP DeskJet 2720 printer",
        "Lenovo Tab M10",
        "duvet set",
        "Salomon trail shoes",
        "Apple Watch SE",
        "Google Nest Wifi router",
    ),
}
DRUGS = (
    "amoxicillina 1 g",
    "paracetamolo 1000 mg",
    "ibuprofene 600 mg",
    "metformina 500 mg",
    "ramipril 5 mg",
    "atorvastatina 20 mg",
    "omeprazolo 20 mg",
    "bisoprololo 2,5 mg",
    "levotiroxina 75 mcg",
    "cetirizina 10 mg",
    "enoxaparina 4000 UI",
    "prednisone 25 mg",
    "salbutamolo spray",
    "amlodipina 5 mg",
)
DRUGS_EN = (
    "amoxicillin 500 mg",
    "paracetamol 1 g",
    "ibuprofen 400 mg",
    "metformin 500 mg",
    "ramipril 5 mg",
    "atorvastatin 20 mg",
    "omeprazole 20 mg",
    "bisoprolol 2.5 mg",
    "levothyroxine 75 mcg",
    "cetirizine 10 mg",
    "sertraline 50 mg",
    "prednisolone 5 mg",
    "salbutamol inhaler",
    "amlodipine 5 mg",
    "lisinopril 10 mg",
)
ROLES = {
    "it": (
        "il medico",
        "il responsabile",
        "l'amministratore",
        "il direttore",
        "la segreteria",
        "l'ufficio HR",
        "il tecnico",
        "il consulente",
        "l'avvocato",
        "il commercialista",
        "la coordinatrice",
        "il referente IT",
        "il titolare del trattamento",
        "l'operatore",
        "il capoturno",
        "l'infermiere di turno",
        "il docente",
    ),
    "en": (
        "the manager",
        "the doctor",
        "the team lead",
        "the administrator",
        "HR",
        "the engineer on call",
        "the consultant",
        "the solicitor",
        "the accountant",
        "the receptionist",
        "the head teacher",
        "the data controller",
        "the duty nurse",
        "the shift supervisor",
        "customer services",
        "the landlord",
    ),
}
VERSIONS = (
    "v2.14.3",
    "1.8.0",
    "v3.2",
    "4.0.1-beta",
    "Python 3.11",
    "Node 20.11",
    "Android 14",
    "iOS 17.4",
    "Chrome 124",
    "PostgreSQL 16",
    "Ubuntu 22.04",
    "Windows 11 23H2",
    "Django 5.0",
    "v1.0.7",
    "React 18.2",
)


def amount(rng: random.Random, locale: str, fmt: int, lo: float = 5, hi: float = 4000) -> str:
    value = round(rng.uniform(lo, hi), 2) if rng.random() < 0.8 else float(rng.randint(int(lo), int(hi)))
    return LOCALES[locale].money(value, fmt)


def order_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"ORD-{rng.randint(2022, 2025)}-{digits(rng, 6)}",
            f"#{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
            f"{letters(rng, 2)}-{digits(rng, 5)}",
            f"#{digits(rng, 7)}",
            f"A{digits(rng, 9)}",
            f"{digits(rng, 10)}",
            f"WEB{digits(rng, 6)}",
        )
    )


def invoice_number(rng: random.Random, lang: str) -> str:
    y = rng.randint(2022, 2025)
    if lang == "it":
        return rng.choice(
            (
                f"FT {y}/{digits(rng, 4)}",
                f"{rng.randint(1, 999)}/{y}",
                f"FPR {rng.randint(1, 400)}/{str(y)[2:]}",
                f"{y}-{digits(rng, 5)}",
                f"FT-{digits(rng, 6)}",
            )
        )
    return rng.choice(
        (
            f"INV-{y}-{digits(rng, 4)}",
            f"INV{digits(rng, 6)}",
            f"{y}/{digits(rng, 4)}",
            f"#{digits(rng, 5)}",
            f"SI-{digits(rng, 6)}",
        )
    )


def ticket_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"INC{digits(rng, 7)}",
            f"#{digits(rng, 5)}",
            f"TCK-{digits(rng, 4)}",
            f"{rng.choice(('PROJ', 'OPS', 'WEB', 'APP', 'CRM', 'INFRA', 'SUP'))}-{rng.randint(10, 9999)}",
            f"REQ{digits(rng, 6)}",
            f"CS-{digits(rng, 8)}",
        )
    )


def tracking_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"1Z{letters(rng, 3, 'ABCDEFGHJKLMNPRSTVWXY0123456789')}{digits(rng, 13)}",
            f"JJD{digits(rng, 15)}",
            f"{digits(rng, 12)}",
            f"RR{digits(rng, 9)}IT",
            f"BRT{digits(rng, 12)}",
            f"GLS-{digits(rng, 10)}",
            f"TBA{digits(rng, 12)}",
        )
    )


def policy_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"POL-{rng.randint(2019, 2025)}-{digits(rng, 6)}",
            f"{digits(rng, 3)}.{digits(rng, 6)}",
            f"{letters(rng, 3)}{digits(rng, 8)}",
            f"N. {digits(rng, 9)}",
        )
    )


def protocol_number(rng: random.Random, lang: str) -> str:
    y = rng.randint(2022, 2025)
    if lang == "it":
        return rng.choice((f"{rng.randint(1, 9999)}/{y}", f"{digits(rng, 6)}/{y}", f"RG {rng.randint(100, 9999)}/{y}"))
    return rng.choice(
        (
            f"{rng.randint(1, 99):02d}/{digits(rng, 6)}/{str(y)[2:]}",
            f"CAD {rng.randint(1000, 9999)}",
            f"REF-{digits(rng, 7)}",
            f"{y}-{digits(rng, 6)}",
        )
    )


def event_date(rng: random.Random) -> date:
    return date(2023, 1, 1) + timedelta(days=rng.randint(0, 1000))


def any_date(rng: random.Random, locale: str, fmt: int) -> str:
    return format_date(event_date(rng), locale, fmt)


def time_of_day(rng: random.Random, locale: str, fmt: int) -> str:
    h, m = rng.randint(7, 20), rng.choice((0, 0, 15, 30, 45, 5, 10, 20, 40, 50))
    return LOCALES[locale].clock(h, m, fmt)


def percentage(rng: random.Random, lang: str) -> str:
    v = rng.choice((rng.randint(1, 99), round(rng.uniform(0.5, 40), 1)))
    s = str(v).replace(".", ",") if lang == "it" else str(v)
    return f"{s}%" if rng.random() < 0.8 else f"{s} %"


def month_year(rng: random.Random, lang: str) -> str:
    m, y = rng.randint(0, 11), rng.randint(2023, 2025)
    return f"{(MONTHS_IT if lang == 'it' else MONTHS_EN)[m]} {y}"


BANKS = {
    "it_IT": (
        "Intesa Sanpaolo",
        "UniCredit",
        "BPER Banca",
        "Banco BPM",
        "Fineco",
        "BNL",
        "Monte dei Paschi di Siena",
        "Crédit Agricole Italia",
        "Banca Sella",
        "BancoPosta",
        "Banca Mediolanum",
        "ING",
    ),
    "en_GB": ("Barclays", "HSBC", "Lloyds Bank", "NatWest", "Monzo", "Santander UK", "Nationwide", "Starling Bank"),
    "en_US": ("Chase", "Bank of America", "Wells Fargo", "Citi", "Capital One", "US Bank", "PNC"),
}
POLICE = {
    "it_IT": (
        "Questura di Roma",
        "Questura di Milano",
        "Commissariato di P.S. Monteverde",
        "Stazione Carabinieri di Bologna",
        "Comando Stazione Carabinieri di Rho",
        "Polizia Locale di Verona",
        "Polizia Municipale di Napoli",
        "Compagnia Carabinieri di Monza",
        "Questura di Torino - Ufficio Denunce",
        "Polizia Postale di Firenze",
    ),
    "en_GB": (
        "Metropolitan Police Service",
        "Greater Manchester Police",
        "West Yorkshire Police",
        "Thames Valley Police",
        "Avon and Somerset Constabulary",
        "Police Scotland",
        "British Transport Police",
        "Merseyside Police",
    ),
    "en_US": (
        "NYPD 19th Precinct",
        "LAPD Central Division",
        "Chicago Police Department",
        "Austin Police Department",
        "Seattle Police Department",
        "Boston Police Department District B-2",
        "Travis County Sheriff's Office",
    ),
}
PUBLIC_URLS = {
    "it_IT": (
        "www.agenziaentrate.gov.it",
        "https://www.inps.it",
        "https://www.salute.gov.it",
        "www.comune.milano.it",
        "https://www.poste.it",
        "https://www.garanteprivacy.it",
        "https://www.anagrafenazionale.interno.it",
        "https://www.ilportaledellautomobilista.it",
        "www.fascicolosanitario.gov.it",
    ),
    "en_GB": (
        "www.gov.uk",
        "https://www.nhs.uk",
        "https://www.gov.uk/apply-renew-passport",
        "www.ico.org.uk",
        "https://www.citizensadvice.org.uk",
        "https://www.royalmail.com/track-your-item",
    ),
    "en_US": (
        "www.irs.gov",
        "https://www.ssa.gov",
        "https://www.usps.com",
        "www.usa.gov",
        "https://www.medicare.gov",
        "https://www.ftc.gov/complaint",
    ),
}
HASHTAGS = {
    "it": (
        "#Milano",
        "#ricetta",
        "#viaggi",
        "#lavoro",
        "#smartworking",
        "#gattini",
        "#calcio",
        "#mare",
        "#weekend",
        "#annuncio",
        "#persoetrovato",
        "#cercolavoro",
        "#vendo",
        "#Roma",
        "#foodporn",
        "#montagna",
    ),
    "en": (
        "#London",
        "#recipe",
        "#travel",
        "#hiring",
        "#remotework",
        "#catsofinstagram",
        "#football",
        "#beach",
        "#weekendvibes",
        "#lostdog",
        "#forsale",
        "#jobsearch",
        "#NYC",
        "#throwback",
        "#hiking",
        "#startup",
    ),
}
