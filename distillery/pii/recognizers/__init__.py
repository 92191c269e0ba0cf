"""Built-in recognizers. Each module registers its classes on import (one kind of PII per module)."""

from distillery.pii.recognizers import (  # noqa: F401
    codice_fiscale,
    credit_card,
    date_of_birth,
    email,
    email_encoded,
    iban,
    id_card,
    ip_address,
    license_plate,
    medical_record,
    partita_iva,
    passport,
    password,
    person_intro,
    person_title,
    phone,
    profile_link,
    ssn,
    url,
    username,
)
