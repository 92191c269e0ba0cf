"""Contact and customer exports (JSON, NDJSON, CSV, YAML) where an address is split over fields
(street and postcode + town), first and last names sit in separate columns, a nickname or a PIN
has its own field, and organisations, job titles, branches and cars stand next to them."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from ..engine.slots import render_person_pii

KIND = "data_export"
WEIGHT = 1.0
NO_PII_OK = False

# Field key -> (label bank, how the value is written). A label bank per language.
_LABELS = {
    "it": {
        "full": ["nome_completo", "nominativo", "intestatario", "cliente"],
        "first": ["nome", "first_name"],
        "last": ["cognome", "last_name"],
        "nick": ["soprannome", "nickname", "display_name"],
        "email": ["email", "e_mail", "mail"],
        "phone": ["telefono", "cellulare", "tel"],
        "street": ["indirizzo", "via", "indirizzo_1", "address_line1"],
        "locality": ["cap_citta", "localita", "indirizzo_2", "address_line2"],
        "employer": ["azienda", "datore_lavoro", "ente"],
        "jobtitle": ["qualifica", "ruolo", "mansione"],
        "branch": ["filiale", "sede", "citta_filiale"],
        "car": ["auto", "veicolo", "modello_auto"],
        "plate": ["targa", "targa_veicolo"],
        "pin": ["pin", "codice_accesso", "pin_portale"],
        "shop": ["negozio_preferito", "punto_vendita"],
    },
    "en": {
        "full": ["full_name", "name", "account_holder", "customer"],
        "first": ["first_name", "given_name"],
        "last": ["last_name", "surname", "family_name"],
        "nick": ["nickname", "display_name", "handle_name"],
        "email": ["email", "email_address", "contact_email"],
        "phone": ["phone", "mobile", "tel"],
        "street": ["address_line1", "street", "address1", "addr_street"],
        "locality": ["address_line2", "city_postcode", "address2", "town_zip"],
        "employer": ["employer", "company", "organisation"],
        "jobtitle": ["job_title", "role", "position"],
        "branch": ["branch", "office", "office_city"],
        "car": ["car", "vehicle", "car_model"],
        "plate": ["plate", "reg_number", "license_plate"],
        "pin": ["pin", "access_code", "portal_pin"],
        "shop": ["preferred_store", "store"],
    },
}
LABELS = {lang: {k: Bank(f"{lang}.export.{k}", v) for k, v in keys.items()} for lang, keys in _LABELS.items()}
FORMATS = Bank("export.formats", ["json", "json_wrapped", "ndjson", "csv", "csv_quoted", "yaml"])
OPTIONAL = ("nick", "email", "phone", "employer", "jobtitle", "branch", "car", "plate", "pin", "shop")
# Non-PII fields: slot written as a keep string.
KEEP_SLOT = {"employer": "{org}", "jobtitle": "{jobtitle}", "branch": "{place}", "car": "{car}", "shop": "{shop}"}
PII_ATTR = {"email": ("email", "EMAIL"), "phone": ("phone", "PHONE"), "plate": ("plate", "LICENSE_PLATE")}


def _value(ctx: Ctx, head: str, key: str, slot: int) -> tuple[str, str | None]:
    """(text, PII type or None for a keep string) of a field of person `head`."""
    p = ctx.person(head)
    if key in ("street", "locality"):
        lines = render_person_pii(ctx, head, "addr_ml").split("\n")
        return (lines[0] if key == "street" else " ".join(lines[1:])), "ADDRESS"
    if key in ("full", "first", "last", "nick", "pin"):
        value = render_person_pii(ctx, head, key) if key in ("nick", "pin") else getattr(p, key)
        return value, "PASSWORD" if key == "pin" else "PERSON"
    if key in PII_ATTR:
        attr, pii_type = PII_ATTR[key]
        return render_person_pii(ctx, head, attr), pii_type
    name = KEEP_SLOT[key][1:-1] + str(slot)  # one value per record: {org1}, {org2}...
    return ctx.slot_value(name), None


def _write(ctx: Ctx, value: str, pii_type: str | None) -> None:
    if pii_type is None:
        ctx.b.keep(value)
    else:
        ctx.b.pii(value, pii_type)


def _csv_cell(ctx: Ctx, value: str, pii_type: str | None, delim: str, quote_all: bool) -> None:
    quoted = quote_all or delim in value
    ctx.b.raw('"' if quoted else "")
    _write(ctx, value, pii_type)
    ctx.b.raw('"' if quoted else "")


def build(ctx: Ctx) -> None:
    b = ctx.b
    labels = LABELS[ctx.lang]
    fmt = ctx.value(FORMATS) or "json"
    names = ["full"] if ctx.chance(0.5) else ["first", "last"]
    extra = ctx.rng.sample(OPTIONAL, ctx.rng.randint(3, 6))
    contact = [k for k in OPTIONAL[:3] if k in extra]
    keys = names + contact + ["street", "locality"] + [k for k in extra if k not in contact]
    heads = ("p", "p2", "p3")[: ctx.rng.randint(1, 3)]
    label = {k: ctx.value(labels[k]) or k for k in keys}
    rows = [[_value(ctx, h, k, i + 1) for k in keys] for i, h in enumerate(heads)]
    rows = [r for r in rows if not any('"' in v or "\\" in v for v, _ in r)]
    if not rows:
        rows = [[("-", None) for _ in keys]]
    if fmt.startswith("csv"):
        delim = ";" if ctx.lang == "it" and ctx.chance(0.7) else ","
        b.raw(delim.join(label[k] for k in keys) + "\n")
        for row in rows:
            for j, (value, pii_type) in enumerate(row):
                b.raw(delim if j else "")
                _csv_cell(ctx, value, pii_type, delim, fmt == "csv_quoted")
            b.raw("\n")
        return
    if fmt == "yaml":
        for row in rows:
            for j, (k, (value, pii_type)) in enumerate(zip(keys, row, strict=True)):
                b.raw(("- " if j == 0 else "  ") + label[k] + ": ")
                _write(ctx, value, pii_type)
                b.raw("\n")
        return
    pretty = fmt != "ndjson"
    if fmt == "json_wrapped":
        b.raw('{"status": "ok", "count": ' + str(len(rows)) + ', "data": [\n')
    elif pretty:
        b.raw("[\n")
    for i, row in enumerate(rows):
        b.raw("  {" if pretty else "{")
        for j, (k, (value, pii_type)) in enumerate(zip(keys, row, strict=True)):
            b.raw(("" if j == 0 else ",") + ("\n    " if pretty else (" " if j else "")) + f'"{label[k]}": "')
            _write(ctx, value, pii_type)
            b.raw('"')
        b.raw("\n  }" if pretty else "}")
        b.raw(("," if pretty and i < len(rows) - 1 else "") + "\n")
    if fmt == "json_wrapped":
        b.raw("]}\n")
    elif pretty:
        b.raw("]\n")
