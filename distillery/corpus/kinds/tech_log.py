# ruff: noqa: E501  (sentence banks: one long string per sentence reads better than split literals)
"""Technical snippets: application logs, JSON records, CSV exports, .env files, HTTP requests, with
secrets, IPs, usernames and emails among timestamps, versions and request ids (kept)."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..engine.bank import Bank
from ..engine.context import Ctx

KIND = "tech_log"
WEIGHT = 1.3
NO_PII_OK = True

LOG_LINES = Bank(
    "tech.log.line",
    [
        "INFO  auth: login ok user={p.user} ip={p.ip}",
        "WARN  auth: failed login for {p.email} from {p.ip} (attempt {n})",
        "INFO  api: GET /v2/orders/{order} 200 {n}ms",
        "ERROR payment: card declined for customer {p.email}",
        "DEBUG mailer: sending receipt to {p.email}",
        "INFO  session: user {p.user} logged out",
        "ERROR db: connection refused (pool size {n})",
        "WARN  ratelimit: {p.ip} exceeded 100 req/min",
        "INFO  deploy: release {version} rolled out to {pct} of pods",
        "DEBUG request headers: Authorization: Bearer {apikey}",
        "INFO  signup: new account {p.user} <{p.email}>",
        "ERROR sms: failed to deliver OTP to {p.phone}",
        "INFO  export: job {ticket} finished, {n} rows",
        "WARN  disk usage at {pct}",
        "INFO  password reset requested for {p.user} from {p.ip}",
        "DEBUG config loaded: SMTP_PASSWORD={secret}",
        "INFO  healthcheck ok ({version})",
        "ERROR worker crashed: KeyError 'customer_id' in job {ticket}",
    ],
)
ENV_LINES = Bank(
    "tech.env.line",
    [
        "DATABASE_URL=postgres://{p.user}:{p.pwd}@db.internal:5432/app",
        "OPENAI_API_KEY={apikey}",
        "STRIPE_SECRET_KEY={apikey2}",
        "AWS_SECRET_ACCESS_KEY={secret}",
        "ADMIN_EMAIL={p.email}",
        "SMTP_USER={p.email}\nSMTP_PASSWORD={p.pwd}",
        "DEBUG=false",
        "APP_VERSION={version}",
        "ALLOWED_HOSTS=localhost,127.0.0.1",
        "LOG_LEVEL=info",
        "REDIS_URL=redis://cache:6379/0",
        "GITHUB_TOKEN={apikey3}",
        "SENTRY_ENVIRONMENT=production",
    ],
)
COMMENTS = {  # by format: what people write above a pasted snippet
    ("it", "log"): Bank(
        "it.tech.comment.log",
        [
            "Ecco il log dell'errore di stamattina:",
            "Vi incollo l'estratto dal server di produzione:",
            "Log di accesso sospetti di stanotte:",
            "Da ieri sera il servizio restituisce errori, ecco i log:",
        ],
    ),
    ("it", "env"): Bank(
        "it.tech.comment.env",
        [
            "Questo è il file .env che usavamo in staging, qualcuno sa perché non parte?",
            "Configurazione attuale (da ruotare subito le chiavi!):",
            "Ho trovato questo file di configurazione committato nel repo:",
        ],
    ),
    ("it", "record"): Bank(
        "it.tech.comment.record",
        [
            "Dump del record che dà errore:",
            "Risposta dell'API:",
            "Ecco il payload che arriva al webhook:",
            "Questo è l'utente che non riesce ad accedere:",
        ],
    ),
    ("it", "table"): Bank(
        "it.tech.comment.table",
        [
            "Export dei clienti richiesto dall'ufficio commerciale:",
            "Estratto del CSV importato:",
            "Query lanciata in produzione per sbaglio:",
            "Righe duplicate trovate nel database:",
        ],
    ),
    ("en", "log"): Bank(
        "en.tech.comment.log",
        [
            "Here's the error log from this morning:",
            "Pasting the excerpt from the production server:",
            "Suspicious access logs from last night:",
            "The service has been erroring since last night, logs below:",
        ],
    ),
    ("en", "env"): Bank(
        "en.tech.comment.env",
        [
            "This is the .env we used in staging, anyone know why it won't start?",
            "Current config (rotate these keys ASAP!):",
            "Found this config file committed to the repo:",
        ],
    ),
    ("en", "record"): Bank(
        "en.tech.comment.record",
        [
            "Dump of the failing record:",
            "API response:",
            "This is the payload hitting the webhook:",
            "Here's the user who can't log in:",
        ],
    ),
    ("en", "table"): Bank(
        "en.tech.comment.table",
        [
            "Customer export requested by sales:",
            "Excerpt of the imported CSV:",
            "Query someone ran on prod by mistake:",
            "Duplicate rows found in the database:",
        ],
    ),
}
FORMAT_GROUP = {
    "log": "log",
    "env": "env",
    "json": "record",
    "http": "record",
    "yaml": "record",
    "csv": "table",
    "sql": "table",
}
AFTER = {
    "it": Bank(
        "it.tech.after",
        [
            "Sembra che la chiave sia finita in un repository pubblico.",
            "Utenti coinvolti: circa {n}00.",
            "Sto ruotando le credenziali.",
            "Il problema si presenta solo con la versione {version}.",
            "Qualcuno può darci un'occhiata?",
            "Ho già aperto il ticket {ticket}.",
            "Ricordatevi di non committare le credenziali.",
            "Da stamattina il tasso di errore è al {pct}.",
            "{p.first}, puoi verificare tu?",
            "Ho bloccato l'IP {p.ip} sul firewall.",
        ],
    ),
    "en": Bank(
        "en.tech.after",
        [
            "Looks like the key leaked in a public repo.",
            "Affected users: about {n}00.",
            "Rotating credentials now.",
            "It only happens on {version}.",
            "Can someone take a look?",
            "I've already opened {ticket}.",
            "Please don't commit credentials.",
            "Error rate has been {pct} since this morning.",
            "{p.first}, can you check?",
            "I've blocked {p.ip} at the firewall.",
        ],
    ),
}
FORMATS = Bank("tech.formats", ["yaml", "sql", "log", "json", "csv", "env", "http"])


def _ts(ctx: Ctx, i: int) -> str:
    d = ctx.slot_value("date")  # reuse the document's date look-alike style
    return f"{d} {ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}"


def build(ctx: Ctx) -> None:
    b = ctx.b
    ctx.shorten_names = False  # records keep names whole
    fmt = ctx.value(FORMATS) or "log"
    if ctx.chance(0.85):
        ctx.say(COMMENTS[(ctx.lang, FORMAT_GROUP[fmt])])
        b.raw("\n\n")
    _WRITERS[fmt](ctx)
    if ctx.chance(0.7):
        b.raw("\n")
        ctx.say_many(AFTER[ctx.lang], ctx.rng.randint(1, 3))


def _log(ctx: Ctx) -> None:
    b = ctx.b
    stamp = ctx.choice(("iso", "bracket", "none"))
    for i in range(ctx.rng.randint(6, 13)):
        if stamp == "iso":
            b.keep(
                f"2024-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}T{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}Z"
            )
            b.raw(" ")
        elif stamp == "bracket":
            b.raw("[")
            b.keep(_ts(ctx, i))
            b.raw("] ")
        ctx.say(LOG_LINES)
        b.raw("\n")


def _env(ctx: Ctx) -> None:
    ctx.say_many(ENV_LINES, ctx.rng.randint(5, 10), "\n")
    ctx.b.raw("\n")


def _json(ctx: Ctx) -> None:
    """A JSON record, written piece by piece so that each value's offsets are exact."""
    b = ctx.b
    fields = [
        ("id", None),
        ("name", "{p.full}"),
        ("email", "{p.email}"),
        ("phone", "{p.phone}"),
        ("username", "{p.user}"),
        ("last_login_ip", "{p.ip}"),
        ("created_at", "{date}"),
        ("plan", None),
        ("api_key", "{apikey}"),
        ("iban", "{p.iban}"),
        ("birth_date", "{p.dob}"),
        ("address", "{p.addr}"),
        ("status", None),
        ("version", "{version}"),
    ]
    chosen = [f for f in fields if f[0] in ("id", "email") or ctx.chance(0.45)]
    if ctx.no_pii:
        chosen = [f for f in fields if f[1] in (None, "{date}", "{version}")] + [
            ("order_id", "{order}"),
            ("total", "{amount}"),
            ("items", "{qty}"),
            ("updated_at", "{date2}"),
        ]
    indent = ctx.choice(("  ", "    ", ""))
    nl = "\n" if indent else " "
    b.raw("{" + nl)
    for i, (key, tmpl) in enumerate(chosen):
        b.raw(f'{indent}"{key}": ')
        if tmpl is None:
            value = {
                "id": ctx.rng.randint(1000, 99999),
                "plan": ctx.choice(("free", "pro", "business")),
                "status": ctx.choice(("active", "suspended", "pending")),
            }[key]
            b.raw(json.dumps(value))
        else:
            b.raw('"')
            with ctx.b.styled(typo_rate=0.0):
                saved = ctx.style.multiline_ok
                ctx.style.multiline_ok = False
                ctx.write(tmpl)
                ctx.style.multiline_ok = saved
            b.raw('"')
        b.raw(("," if i < len(chosen) - 1 else "") + nl)
    b.raw("}\n")


def _yaml(ctx: Ctx) -> None:
    b = ctx.b
    b.raw(ctx.choice(("users:\n", "customer:\n", "- record:\n")))
    rows = [
        ("name", "{p.full}"),
        ("email", "{p.email}"),
        ("phone", "'{p.phone}'"),
        ("username", "{p.user}"),
        ("password", "{p.pwd}"),
        ("created", "{date}"),
        ("plan", "{free|pro|team}"),
        ("token", "{apikey}"),
    ]
    for key, tmpl in rows:
        if ctx.chance(0.6) or key == "email":
            if ctx.no_pii and key not in ("created", "plan"):
                continue
            b.raw(f"  {key}: ")
            ctx.write(tmpl)
            b.raw("\n")


def _sql(ctx: Ctx) -> None:
    b = ctx.b
    if ctx.no_pii:
        ctx.write("SELECT count(*) FROM orders WHERE created_at >= '{date}'; -- {n} rows\n")
        return
    b.raw("INSERT INTO customers (name, email, phone, birth_date) VALUES\n")
    for i, head in enumerate(("p", "p2", "p3")[: ctx.rng.randint(1, 3)]):
        b.raw(",\n" if i else "")
        ctx.write(f"  ('{{{head}.full}}', '{{{head}.email}}', '{{{head}.phone}}', '{{{head}.dob}}')")
    b.raw(";\n")
    if ctx.chance(0.5):
        ctx.write("UPDATE users SET password = '{p.pwd}' WHERE username = '{p.user}';\n")


def _csv(ctx: Ctx) -> None:
    b = ctx.b
    it = ctx.lang == "it"
    cols = [
        ("nome" if it else "name", "{%s.full}"),
        ("email", "{%s.email}"),
        ("telefono" if it else "phone", "{%s.phone}"),
    ]
    if ctx.chance(0.5):
        cols.append(("cf" if it else "username", "{%s.cf}" if it else "{%s.user}"))
    if ctx.chance(0.4):
        cols.append(("iban", "{%s.iban}"))
    cols.append(("importo" if it else "amount", "{small_amount%s}"))
    sep = ctx.choice((",", ";", "\t"))
    heads = ("p", "p2", "p3", "p4")[: ctx.rng.randint(2, 4)]
    if ctx.no_pii:
        cols = [("id", "{order%s}"), ("prodotto" if it else "product", "{product%s}"), cols[-1]]
    b.raw(sep.join(c for c, _ in cols) + "\n")
    for i, head in enumerate(heads):
        for j, (_, tmpl) in enumerate(cols):
            if j:
                b.raw(sep)
            ctx.write(tmpl % (head if "{%s." in tmpl else str(i + 2)))
        b.raw("\n")


def _http(ctx: Ctx) -> None:
    b = ctx.b
    ctx.write(ctx.choice(("POST /api/v1/users HTTP/1.1", "PUT /accounts/{order} HTTP/1.1", "GET /v2/me HTTP/2")))
    b.raw("\nHost: api.example-shop.com\n")
    if not ctx.no_pii:
        ctx.write(
            ctx.choice(("Authorization: Bearer {apikey}\n", "X-Api-Key: {apikey}\n", "Cookie: session={apikey}\n"))
        )
        b.raw("X-Forwarded-For: ")
        ctx.write("{p.ip}\n")
    b.raw("Content-Type: application/json\n\n")
    _json(ctx)


# Format -> the writer of its body (the keys are FORMATS' parts).
_WRITERS: dict[str, Callable[[Ctx], None]] = {
    "log": _log,
    "env": _env,
    "json": _json,
    "csv": _csv,
    "yaml": _yaml,
    "sql": _sql,
    "http": _http,
}
