# ruff: noqa: E501  (log line banks: one line per string reads better than split literals)
"""Server and application logs full of numbers that are nobody's data: ports inside thread names
(`http-nio-8080-exec-3`), PIDs, thread ids, durations, HTTP status codes, versions, build hashes and
numbers, hosts. Most lines carry no personal data; some documents have a user's e-mail or IP among them."""

from __future__ import annotations

from ..engine.bank import Bank
from ..engine.context import Ctx
from .common import numbers_only, pii_rows, row_count, say_row

KIND = "server_log"
WEIGHT = 1.3
NO_PII_OK = True

# Per-line values: drawn again for each line (the PID, port and host stay those of the process).
LINE_FAMILIES = ("thread", "ms", "status", "build", "buildno", "semver", "sku", "order", "n", "pct", "date")

LINES = {
    "spring": Bank(
        "slog.spring",
        [
            "INFO {pid} --- [{thread}] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): {port} (http)",
            "INFO {pid} --- [{thread}] c.a.orders.OrderController  : GET /api/orders/{order} -> {status} in {ms}",
            "WARN {pid} --- [{thread}] c.a.payments.GatewayClient  : retry {n}/5 after {ms}, upstream returned {status}",
            "DEBUG {pid} --- [{thread}] o.h.SQL  : select o1_0.id from orders o1_0 where o1_0.id=? ({ms})",
            "ERROR {pid} --- [{thread}] o.a.c.c.C.[.[.[/].[dispatcherServlet]  : Servlet.service() threw exception [status {status}]",
            "INFO {pid} --- [{thread}] c.a.catalog.SyncJob  : synced {n}00 products (sku {sku}) in {ms}",
            "INFO {pid} --- [{thread}] com.zaxxer.hikari.HikariDataSource  : HikariPool-1 - Start completed, pool size {n}",
            "INFO {pid} --- [{thread}] c.a.Application  : Started Application v{semver} in {ms} (process running for {ms2})",
            "WARN {pid} --- [{thread}] c.a.cache.RedisCache  : cache miss ratio {pct} on host {host}:{port2}",
            "INFO {pid} --- [{thread}] c.a.auth.LoginService  : login ok for {p.email}",
            "WARN {pid} --- [{thread}] c.a.auth.LoginService  : failed login for {p.user} from {ip}",
            "INFO {pid} --- [{thread}] c.a.export.ReportJob  : report {order} generated ({n} pages) in {ms}",
        ],
    ),
    "access": Bank(
        "slog.access",
        [
            '"GET /api/v2/products/{sku}?page={n} HTTP/1.1" {status} {pid} {ms}',
            '"POST /api/v2/orders HTTP/2.0" {status} {pid} "-" "okhttp/4.{n}.0" {ms}',
            '"GET /static/app.{build}.js HTTP/1.1" {status} {pid}',
            '"GET /health HTTP/1.1" {status} 17 "-" "kube-probe/1.{n}"',
            '"PUT /api/v1/cart/{order} HTTP/1.1" {status} {pid} {ms} upstream={host}:{port}',
            '"GET /api/v1/users/me HTTP/1.1" {status} {pid} user={p.user}',
            '"POST /login HTTP/1.1" {status} {pid} client={ip}',
            '"DELETE /api/v2/sessions/{build} HTTP/1.1" {status} 0 {ms}',
            '"GET /api/v2/catalog/ean/{ean} HTTP/1.1" {status} {pid} {ms}',
            '"HEAD /downloads/app-{semver}.apk HTTP/1.1" {status} 0 "-" "Dalvik/2.1.0" {ms}',
            '"GET /metrics HTTP/1.1" {status} {pid} "-" "Prometheus/2.{n}.1"',
            '"PATCH /api/v1/orders/{order}/status HTTP/1.1" {status} {pid} {ms} rt={ms2}',
            '"GET /api/v1/invoices/{invoice} HTTP/1.1" {status} {pid} user={p.email}',
        ],
    ),
    "ci": Bank(
        "slog.ci",
        [
            "Build {buildno} (commit {build}) started on agent {host}",
            "Step {n}/14 : RUN npm ci --no-audit  ({ms})",
            "Step {n}/14 : EXPOSE {port}",
            "Successfully built {build}",
            "Successfully tagged registry.internal:{port}/shop-api:{semver}",
            "Tests: {n}0 passed, {n2} skipped, 0 failed ({ms})",
            "Deploying {semver} to production ({n} replicas, port {port})",
            "Build {buildno} finished with status SUCCESS in {ms}",
            "Coverage {pct} (threshold 80%), commit {build}",
            "Triggered by {p.email}",
            "Cache restored from key deps-{build} ({n}{n2} MB) in {ms}",
            "Pushed image layer {build} ({n}{n2}.{n3} MB) to registry.internal:{port}",
            "Health check http://localhost:{port}/actuator/health returned {status}",
            "Approved by {p.full} ({p.work_email}) at {time}",
        ],
    ),
    "syslog": Bank(
        "slog.syslog",
        [
            "{host} systemd[1]: Started shop-api.service (PID {pid}).",
            "{host} kernel: [{n}{n2}.{pid}] Out of memory: Killed process {pid2} (java)",
            "{host} sshd[{pid}]: Accepted publickey for deploy from {ip} port {port2}",
            "{host} nginx[{pid}]: upstream timed out ({ms}) while reading response header, upstream: http://127.0.0.1:{port}/",
            "{host} dockerd[{pid}]: container {build} exited with code {n}",
            "{host} postgres[{pid}]: checkpoint complete: wrote {n}00 buffers ({pct}); write={ms}",
            "{host} cron[{pid}]: (root) CMD (/opt/backup/run.sh --keep {n})",
            "{host} redis-server[{pid}]: DB saved on disk, {n}{n2} changes in {ms}",
            "{host} containerd[{pid}]: shim disconnected id={build}",
            "{host} kubelet[{pid}]: Liveness probe failed: HTTP probe failed with statuscode: {status}",
            "{host} haproxy[{pid}]: backend api/{host} is DOWN, reason: Layer7 timeout, check duration: {ms}",
            "{host} sshd[{pid}]: Invalid user {p.user} from {ip} port {port2}",
        ],
    ),
}
INTRO = {
    "it": Bank(
        "it.slog.intro",
        [
            "Log del servizio dopo il deploy delle {time}:",
            "Ecco cosa vedo sul nodo {host} da stamattina:",
            "Estratto dei log di produzione ({date}), versione {semver}:",
            "Vi giro il log della build {buildno}, la pipeline è rossa:",
            "Dopo il riavvio della porta {port} il servizio risponde così:",
            "{dept_up} - segnalazione n. {ticket}: log allegati.",
        ],
    ),
    "en": Bank(
        "en.slog.intro",
        [
            "Service log after the {time} deploy:",
            "This is what I see on {host} since this morning:",
            "Production log excerpt ({date}), version {semver}:",
            "Forwarding the log of build {buildno}, the pipeline is red:",
            "After restarting port {port} the service answers like this:",
            "{dept_up} - ticket {ticket}: logs attached.",
        ],
    ),
}
OUTRO = {
    "it": Bank(
        "it.slog.outro",
        [
            "Il thread {thread} resta bloccato per circa {ms}.",
            "Il codice {status} compare solo dietro il bilanciatore sulla porta {port2}.",
            "Con la {semver} non succedeva; il commit sospetto è {build}.",
            "Il PID {pid} viene riavviato ogni {n} minuti.",
            "Ho aperto il ticket {ticket} al {dept}.",
            "Tempi medi di risposta passati da {ms} a {ms2}.",
        ],
    ),
    "en": Bank(
        "en.slog.outro",
        [
            "Thread {thread} stays blocked for about {ms}.",
            "The {status} only shows up behind the load balancer on port {port2}.",
            "It didn't happen on {semver}; the suspect commit is {build}.",
            "PID {pid} gets restarted every {n} minutes.",
            "I've opened {ticket} with {dept}.",
            "Average response time went from {ms} to {ms2}.",
        ],
    ),
}
STYLES = Bank("slog.styles", ["spring", "access", "ci", "syslog"])


def _stamp(ctx: Ctx, style: str) -> None:
    r = ctx.rng
    d, t = (
        f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    )
    if style == "spring":
        ctx.b.keep(f"{d} {t}.{r.randint(0, 999):03d}")
        ctx.b.raw(" ")
    elif style == "access":
        ctx.b.keep(ctx.slot_value("host"))
        ctx.b.raw(" - - [")
        ctx.b.keep(f"{r.randint(1, 28):02d}/{r.choice(('Jan', 'Mar', 'May', 'Jun', 'Sep', 'Nov'))}/2025:{t} +0000")
        ctx.b.raw("] ")
    elif style == "ci":
        ctx.b.raw("[")
        ctx.b.keep(t)
        ctx.b.raw("] ")
    else:
        ctx.b.keep(f"{r.choice(('Jan', 'Feb', 'Apr', 'Jul', 'Oct', 'Dec'))} {r.randint(1, 28):2d} {t}")
        ctx.b.raw(" ")


def build(ctx: Ctx) -> None:
    numbers_only(ctx)
    b = ctx.b
    style = ctx.value(STYLES) or "spring"
    if ctx.chance(0.8):
        ctx.say(INTRO[ctx.lang])
        b.raw("\n\n")
    lines = LINES[style]
    n = row_count(ctx, lines, 6, 12)
    with_pii = pii_rows(ctx, n)
    for i in range(n):
        ctx.forget(*LINE_FAMILIES, *(() if style == "spring" else ("pid",)))  # one JVM; many daemons
        _stamp(ctx, style)
        say_row(ctx, lines, i in with_pii)
        b.raw("\n")
    if ctx.chance(0.6):
        ctx.forget(*LINE_FAMILIES)
        b.raw("\n")
        ctx.say_many(OUTRO[ctx.lang], ctx.rng.randint(1, 2))
