# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""English parts shared by several document kinds: field labels, greetings, closings, fillers."""

from __future__ import annotations

from ..engine.bank import Bank

FIELDS = {
    "name": Bank(
        "en.field.name",
        [
            ("Full name", "{p.full}"),
            ("Name", "{p.full}"),
            ("Surname, first name", "{p.last}, {p.first}"),
            ("Applicant", "{p.full}"),
            ("Account holder", "{p.upper}"),
            ("Customer", "{p.full}"),
            ("Patient name", "{p.full}"),
            ("Name of applicant", "{p.full}"),
            ("Legal name", "{p.full}"),
            ("Contact", "{p.full}"),
        ],
    ),
    "dob": Bank(
        "en.field.dob",
        [
            ("Date of birth", "{p.dob}"),
            ("DOB", "{p.dob}"),
            ("D.O.B.", "{p.dob}"),
            ("Birth date", "{p.dob}"),
            ("Born", "{p.dob}"),
            ("Date of Birth (DD/MM/YYYY)", "{p.dob}"),
            ("Birthdate", "{p.dob}"),
        ],
    ),
    "birthplace": Bank(
        "en.field.birthplace",
        [("Place of birth", "{p.birthplace}"), ("Town of birth", "{p.birthplace}"), ("Birthplace", "{p.birthplace}")],
    ),
    "cf": Bank(
        "en.field.cf", [("Italian tax code", "{p.cf}"), ("Codice fiscale", "{p.cf}"), ("Tax code (IT)", "{p.cf}")]
    ),
    "piva": Bank(
        "en.field.piva", [("VAT number", "{p.piva}"), ("VAT no.", "{p.piva}"), ("Italian VAT (P.IVA)", "{p.piva}")]
    ),
    "addr": Bank(
        "en.field.addr",
        [
            ("Address", "{p.addr}"),
            ("Home address", "{p.addr}"),
            ("Postal address", "{p.addr}"),
            ("Shipping address", "{p.addr}"),
            ("Billing address", "{p.addr}"),
            ("Residential address", "{p.addr}"),
            ("Mailing address", "{p.addr}"),
            ("Current address", "{p.addr}"),
        ],
    ),
    "phone": Bank(
        "en.field.phone",
        [
            ("Mobile no.", "{p.phone}"),
            ("Telephone", "{p.phone}"),
            ("Phone", "{p.phone}"),
            ("Tel", "{p.phone}"),
            ("Mobile", "{p.phone}"),
            ("Cell", "{p.phone}"),
            ("Phone number", "{p.phone}"),
            ("Contact number", "{p.phone}"),
            ("Daytime phone", "{p.phone}"),
            ("Tel.", "{p.phone}"),
        ],
    ),
    "email": Bank(
        "en.field.email",
        [
            ("Email (for receipts)", "{p.email}"),
            ("Contact e-mail", "{p.email}"),
            ("Email", "{p.email}"),
            ("E-mail", "{p.email}"),
            ("Email address", "{p.email}"),
            ("Contact email", "{p.email}"),
            ("Personal email", "{p.email}"),
            ("E-mail address", "{p.email}"),
        ],
    ),
    "iban": Bank(
        "en.field.iban",
        [
            ("IBAN", "{p.iban}"),
            ("Bank account (IBAN)", "{p.iban}"),
            ("Payee IBAN", "{p.iban}"),
            ("IBAN for refund", "{p.iban}"),
            ("Account IBAN", "{p.iban}"),
        ],
    ),
    "card": Bank(
        "en.field.card",
        [
            ("Card number", "{p.card}"),
            ("Credit card", "{p.card}"),
            ("Card no.", "{p.card}"),
            ("Payment card", "{p.card}"),
            ("Debit card", "{p.card}"),
        ],
    ),
    "passport": Bank(
        "en.field.passport",
        [
            ("Passport number", "{p.passport}"),
            ("Passport no.", "{p.passport}"),
            ("Passport", "{p.passport}"),
            ("Passport #", "{p.passport}"),
        ],
    ),
    "idcard": Bank(
        "en.field.idcard",
        [
            ("ID number", "{p.idcard}"),
            ("Driving licence number", "{p.idcard}"),
            ("Driver's license #", "{p.idcard}"),
            ("Photo ID", "{p.idcard}"),
            ("ID document no.", "{p.idcard}"),
            ("Licence no.", "{p.idcard}"),
        ],
    ),
    "plate": Bank(
        "en.field.plate",
        [
            ("Vehicle registration", "{p.plate}"),
            ("Reg. no.", "{p.plate}"),
            ("License plate", "{p.plate}"),
            ("Plate", "{p.plate}"),
            ("Registration number", "{p.plate}"),
            ("Vehicle reg", "{p.plate}"),
        ],
    ),
    "user": Bank(
        "en.field.user",
        [
            ("Username", "{p.user}"),
            ("User", "{p.user}"),
            ("Login", "{p.user}"),
            ("User ID", "{p.user}"),
            ("Handle", "{p.user}"),
            ("Account name", "{p.user}"),
        ],
    ),
    "pwd": Bank(
        "en.field.pwd",
        [
            ("Password", "{p.pwd}"),
            ("Temporary password", "{p.pwd}"),
            ("Pass", "{p.pwd}"),
            ("Initial password", "{p.pwd}"),
            ("PW", "{p.pwd}"),
        ],
    ),
    "mrn": Bank(
        "en.field.mrn",
        [
            ("MRN", "{p.mrn}"),
            ("Hospital number", "{p.mrn}"),
            ("Patient ID", "{p.mrn}"),
            ("Medical record no.", "{p.mrn}"),
            ("NHS number", "{p.mrn}"),
            ("Record number", "{p.mrn}"),
        ],
    ),
    "url": Bank(
        "en.field.url",
        [
            ("Profile", "{p.url}"),
            ("LinkedIn", "{p.url}"),
            ("Website", "{p.url}"),
            ("Portfolio", "{p.url}"),
            ("Personal site", "{p.url}"),
        ],
    ),
    "ip": Bank(
        "en.field.ip", [("IP address", "{p.ip}"), ("IP", "{p.ip}"), ("Login IP", "{p.ip}"), ("Client IP", "{p.ip}")]
    ),
    "ssn": Bank(
        "en.field.ssn",
        [
            ("SSN", "{p.ssn}"),
            ("Social Security No.", "{p.ssn}"),
            ("Social security number", "{p.ssn}"),
            ("Tax ID (SSN)", "{p.ssn}"),
        ],
    ),
    "nino": Bank(
        "en.field.nino",
        [
            ("National Insurance number", "{p.ssn}"),
            ("NI number", "{p.ssn}"),
            ("NI No.", "{p.ssn}"),
            ("NINO", "{p.ssn}"),
        ],
    ),
    "date": Bank(
        "en.field.date",
        [
            ("Date", "{date}"),
            ("Date submitted", "{date}"),
            ("Request date", "{date}"),
            ("Received", "{date}"),
            ("Date of request", "{date}"),
            ("Submitted on", "{date}"),
        ],
    ),
    "company": Bank(
        "en.field.company",
        [
            ("Company", "{company}"),
            ("Employer", "{company}"),
            ("Organisation", "{company}"),
            ("Business name", "{company}"),
            ("Agency", "{inst}"),
        ],
    ),
    "amount": Bank(
        "en.field.amount",
        [
            ("Amount", "{amount}"),
            ("Total", "{amount}"),
            ("Amount due", "{amount}"),
            ("Total paid", "{amount}"),
            ("Fee", "{amount}"),
            ("Balance", "{amount}"),
        ],
    ),
    "gender": Bank(
        "en.field.gender",
        [
            ("Sex (M/F)", "{M|F}"),
            ("Title", "{Mr|Mrs|Ms|Miss|Mx|Dr}"),
            ("Sex", "{M|F}"),
            ("Gender", "{Male|Female|M|F|Prefer not to say}"),
        ],
    ),
    "job": Bank(
        "en.field.job",
        [
            ("Occupation", "{teacher|nurse|software developer|student|retired|electrician|accountant|self-employed}"),
            ("Job title", "{Account Manager|Warehouse Operative|Analyst|Sales Associate|Engineer}"),
            ("Employment status", "{employed|self-employed|unemployed|student|retired}"),
        ],
    ),
    "nationality": Bank(
        "en.field.nationality",
        [
            ("Country of birth", "{United Kingdom|United States|Ireland|India|Poland|Italy}"),
            ("Country of residence", "{UK|USA|Ireland}"),
            ("Nationality", "{British|British|American|Irish|Italian|Polish}"),
            ("Citizenship", "{US|UK|Irish|Canadian|Indian}"),
        ],
    ),
}

GREET_FORMAL = Bank(
    "en.greet.formal",
    [
        "Dear Doctor,",
        "Dear Ms {p.last},",
        "Dear Accounts Team,",
        "Dear {p.title} {p.last},",
        "Dear {p.full},",
        "Dear Sir or Madam,",
        "To whom it may concern,",
        "Dear {company} team,",
        "Good morning {p.title} {p.last},",
        "Hello {p.full},",
        "Dear customer,",
        "Dear colleagues,",
        "Dear Hiring Manager,",
        "Dear {p.first} {p.last},",
        "Good afternoon,",
        "Dear Sirs,",
        "Hello,",
        "Dear {p.first},",
    ],
)
GREET_INFORMAL = Bank(
    "en.greet.informal",
    [
        "Hi {p.first},",
        "Hey {p.first}!",
        "Hi all,",
        "Hi there,",
        "Hello {p.first},",
        "Morning {p.first},",
        "Hey,",
        "Hi team,",
        "{p.first} -",
        "Hiya {p.first},",
        "Hi {p.first}, hope you're well.",
        "Hey folks,",
        "Hi everyone,",
    ],
)
CLOSE_FORMAL = Bank(
    "en.close.formal",
    [
        "All the best,",
        "Thank you,",
        "Respectfully,",
        "Kind regards,",
        "Best regards,",
        "Yours sincerely,",
        "Yours faithfully,",
        "Regards,",
        "With best wishes,",
        "Many thanks,",
        "Thank you for your time.\nKind regards,",
        "I look forward to hearing from you.\nYours sincerely,",
        "Please do not hesitate to contact me if you need anything further.\nBest regards,",
        "Sincerely,",
        "Thanks in advance,",
        "Warm regards,",
    ],
)
CLOSE_INFORMAL = Bank(
    "en.close.informal",
    [
        "Cheers,",
        "Thanks!",
        "Best,",
        "Talk soon,",
        "See you,",
        "Thanks a lot,",
        "Speak later",
        "x",
        "Ta,",
        "Have a good one,",
        "Catch you later,",
        "Let me know!",
        "Thanks again,",
    ],
)
SIGNATURE = Bank(
    "en.signature",
    [
        "{me.full}",
        "{me.full}\n{Operations Manager|Accounts Payable|Customer Success|Head of Finance|Office Manager|HR Advisor}",
        "{me.first}",
        "{me.full}\n{company}",
        "{me.full}\n{company}\nTel: {me.phone}",
        "{me.initial}",
        "{me.full} | {company}",
        "--\n{me.full}\n{me.work_email}",
        "{me.full}\nMobile: {me.phone}\n{me.email}",
        "{me.first} {me.last}",
        "{me.full}\n{company} | {me.phone}",
        "{me.title} {me.full}",
    ],
)
SIGNATURE_ORG = Bank(
    "en.signature_org",
    [
        "{Accounts|Reception|Facilities}\n{company}",
        "Customer Services\n{company}",
        "The {company} team",
        "Admin team\n{inst}",
        "The Management",
    ],
)
DISCLAIMER = Bank(
    "en.disclaimer",
    [
        "This email and any attachments are confidential and intended solely for the addressee. If you have received it "
        "in error, please notify the sender and delete it.",
        "We process personal data in accordance with the UK GDPR and the Data Protection Act 2018.",
        "Please consider the environment before printing this email.",
        "This mailbox is not monitored. For help, visit {pub_url}.",
        "Sent from my iPhone",
        "Sent from Outlook for Android",
        "Registered in England and Wales. Registered office as above.",
    ],
)
FILLER = Bank(
    "en.filler",
    [
        "Thanks in advance.",
        "Sorry for the long message.",
        "I hope that's clear.",
        "While I'm here, happy holidays.",
        "Replying for the whole team too.",
        "Apologies for the mix-up.",
        "I hope this finds you well.",
        "Sorry for the late reply.",
        "As discussed on the phone,",
        "Let me know if you need anything else.",
        "Thanks in advance for your help.",
        "Thanks for your patience.",
        "Sorry to chase again.",
        "I'll keep you posted.",
        "The case has been passed to {role}.",
        "The deadline is {date}.",
        "Please find the requested documents attached.",
        "Could you confirm you received this?",
        "I couldn't call earlier, apologies.",
        "Following up on our meeting on {weekday}.",
        "Note that VAT is charged at {pct}.",
        "The total cost remains {amount}.",
        "As agreed, I'm sending this over now.",
        "Attached is the completed form.",
        "Nothing else has changed.",
        "If you have questions, please contact {role}.",
        "The next payment is due on {date2}.",
        "I haven't received any update on this so far.",
        "Will you be able to look at it this week?",
    ],
)
QUOTE_HEADER = Bank(
    "en.quote_header",
    [
        "On {date} at {time}, {p.full} <{p.email}> wrote:",
        "-----Original Message-----\nFrom: {p.full} <{p.email}>\nSent: {date}\nSubject: RE: {update|your request|documents|follow-up}",
        "On {weekday}, {date}, {p.full} wrote:",
        "From: {p.email}\nDate: {date}",
        "> {p.first} wrote on {date}:",
        "---------- Forwarded message ---------\nFrom: {p.full}\nDate: {date}",
    ],
)
