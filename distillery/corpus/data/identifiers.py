"""Identifiers as people actually write them, and organisation contacts that must stay.

Person attributes (PII): bare profile links (`linkedin.com/in/...`, `github.com/...`, `t.me/...`),
e-mails percent-encoded (`name%40gmail.com`) or obfuscated (`name [at] example [dot] com`), bare
mobile numbers in every spacing, a CIE number and a driving licence number (ID_CARD).
Keep slots (not personal data): toll-free / shared-cost numbers, switchboard numbers and role
mailboxes (info@, protocollo@pec.…, payroll-it@, recalls@, support@).

`slots.py` merges PERSON_PII and KEEP from here, and `render_person_pii` asks `render` for these
attributes; the document kind that uses them most is `kinds/contact_details.py`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from . import values as V

if TYPE_CHECKING:
    from ..engine.scope import Scope

PERSON_PII: dict[str, str] = {
    "profile": "URL",
    "profile2": "URL",
    "email_pct": "EMAIL",
    "email_obf": "EMAIL",
    "mobile": "PHONE",
    "cie": "ID_CARD",
    "licence": "ID_CARD",
}


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def profile_link(rng: random.Random, first: str, last: str, user: str, locale: str) -> str:
    """A profile or personal link without a scheme, as written in a CV or a signature."""
    f, la = V.ascii_slug(first), V.ascii_slug(last)
    tld = ".it" if locale == "it_IT" else rng.choice((".com", ".co.uk" if locale == "en_GB" else ".com", ".me"))
    handle = user.lstrip("@").replace(".", "_") if rng.random() < 0.5 else f"{f}{la}"
    forms = (
        f"linkedin.com/in/{f}-{la}-{_hex(rng, 6)}",
        f"linkedin.com/in/{f}{la}",
        f"{'it' if locale == 'it_IT' else 'uk'}.linkedin.com/in/{f}-{la}",
        f"github.com/{handle}",
        f"gitlab.com/{handle}",
        f"instagram.com/{f}.{la}",
        f"facebook.com/{f}.{la}.{rng.randint(1, 999)}",
        f"t.me/{handle}",
        f"x.com/{handle}",
        f"www.{f}{la}{tld}",
        f"behance.net/{f}{la}",
        f"medium.com/@{handle}",
    )
    return rng.choice(forms)


def percent_email(email: str, rng: random.Random) -> str:
    """An address as it appears inside a URL or a log line: the @ (and sometimes a +) encoded."""
    value = email.replace("@", "%40")
    return value.replace(".", "%2E", 1) if rng.random() < 0.1 and "." in value.split("%40")[0] else value


def obfuscated_email(email: str, rng: random.Random, lang: str) -> str:
    local, _, domain = email.partition("@")
    style = rng.randrange(5)
    if style == 0:
        return f"{local} [at] {domain.replace('.', ' [dot] ')}"
    if style == 1:
        return f"{local}(at){domain}"
    if style == 2:
        return f"{local} (at) {domain.replace('.', ' (dot) ')}"
    if style == 3:
        dot = " punto " if lang == "it" else " dot "
        at = " chiocciola " if lang == "it" else " at "
        return local.replace(".", dot) + at + domain.replace(".", dot)
    return f"{local} [at] {domain}"


def bare_mobile(rng: random.Random, home: str) -> str:
    """A mobile number in one of the spacings people type, with or without the country code."""
    if home == "it_IT":
        p = rng.choice(("320", "328", "329", "331", "333", "335", "338", "339", "340", "345", "347", "348", "349"))
        r = V.digits(rng, 7)
        forms = (
            f"{p}{r}",
            f"{p} {r}",
            f"{p} {r[:3]} {r[3:]}",
            f"{p} {r[:3]} {r[3:5]} {r[5:]}",
            f"{p}-{r}",
            f"{p}.{r[:3]}.{r[3:]}",
            f"{p}/{r}",
            f"+39 {p} {r}",
            f"+39{p}{r}",
            f"0039 {p} {r[:3]} {r[3:]}",
        )
    elif home == "en_GB":
        r = V.digits(rng, 3)
        b = rng.choice(("7700 900", "7911 123", "7400 1", "7835 55", "7700 900"))
        rest = (b.replace(" ", "") + V.digits(rng, 10))[:10]
        forms = (
            f"0{rest[:4]} {rest[4:]}",
            f"0{rest[:4]} {rest[4:7]} {rest[7:]}",
            f"0{rest}",
            f"+44 {rest[:4]} {rest[4:]}",
            f"+44 (0){rest[:4]} {rest[4:]}",
            f"0044 {rest[:4]} {rest[4:7]} {rest[7:]}",
        )
        del r
    else:
        area = rng.choice(("212", "415", "312", "617", "305", "206", "512", "303", "404", "702"))
        ex, ln = rng.choice("23456789") + V.digits(rng, 2), V.digits(rng, 4)
        forms = (f"{area} {ex} {ln}", f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}")
    return rng.choice(forms)


def cie_number(rng: random.Random) -> str:
    return V.letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + V.digits(rng, 5) + V.letters(rng, 2)


def licence_number(rng: random.Random, home: str, p: Any) -> str:
    if home == "it_IT":
        return rng.choice(("MI", "RM", "TO", "NA", "BO", "U1")) + V.digits(rng, 7) + V.letters(rng, 1)
    if home == "en_GB":
        number, _ = V.id_card(rng, "en_GB", p.last, p.first, p.dob, p.female)
        return number
    return rng.choice("ABCDEFGHJKLMNPRSTW") + V.digits(rng, 7)


def render(ctx: Scope, head: str, attr: str) -> str:
    """The value of one of this module's person attributes (drawn once per person)."""
    p = ctx.person(head)
    key = f"_ident_{attr}"
    if key not in p._cache:
        rng, home = ctx.rng, p.home
        if attr in ("profile", "profile2"):
            value = profile_link(rng, p.first, p.last, p.get("user"), home)
            if attr == "profile2":
                for _ in range(5):
                    if value != render(ctx, head, "profile"):
                        break
                    value = profile_link(rng, p.first, p.last, p.get("user"), home)
        elif attr == "email_pct":
            value = percent_email(p.get("email"), rng)
        elif attr == "email_obf":
            value = obfuscated_email(p.get("email"), rng, ctx.lang)
        elif attr == "mobile":
            value = bare_mobile(rng, home)
        elif attr == "cie":
            value = cie_number(rng)
        elif attr == "licence":
            value = licence_number(rng, home, p)
        else:
            raise KeyError(attr)
        p._cache[key] = value
    return p._cache[key]


# --- organisation contacts (keep) ---------------------------------------------------------------


def toll_free(rng: random.Random, locale: str) -> str:
    if locale == "it_IT":
        d = V.digits(rng, 6)
        return rng.choice((f"800 {d[:2]} {d[2:4]} {d[4:]}", f"800 {d[:3]} {d[3:]}", f"800{d}", f"803 {d[:3]}"))
    if locale == "en_GB":
        d = V.digits(rng, 7)
        return rng.choice((f"0800 {d[:3]} {d[3:]}", f"0808 {d[:3]} {d[3:]}", f"0345 {d[:3]} {d[3:]}"))
    pre = rng.choice(("800", "888", "877", "866", "855"))
    d = rng.choice("23456789") + V.digits(rng, 2)
    return rng.choice(
        (f"1-{pre}-{d}-{V.digits(rng, 4)}", f"({pre}) {d}-{V.digits(rng, 4)}", f"{pre}-{d}-{V.digits(rng, 4)}")
    )


def switchboard(rng: random.Random, locale: str) -> str:
    """An office landline; the sentence around it says it is a switchboard or a service line."""
    if locale == "it_IT":
        pre = rng.choice(("02", "06", "011", "051", "055", "030", "081"))
        d = V.digits(rng, 10 - len(pre))
        return rng.choice((f"{pre} {d[:4]} {d[4:]}", f"{pre} {d}", f"{pre}-{d}"))
    if locale == "en_GB":
        return rng.choice(
            (f"020 7946 {V.digits(rng, 4)}", f"0113 496 {V.digits(rng, 4)}", f"0161 496 {V.digits(rng, 4)}")
        )
    area = rng.choice(("212", "312", "617", "415"))
    return f"({area}) 555-01{V.digits(rng, 2)}"


_ROLES_IT = ("info", "protocollo", "assistenza", "supporto", "amministrazione", "ufficio.personale", "segreteria")
_ROLES_EN = ("info", "support", "recalls", "payroll-uk", "customerservice", "enquiries", "hello", "billing")


def role_mailbox(ctx: Scope) -> str:
    rng = ctx.rng
    domain = ctx.slot_value("company_domain")
    if ctx.locale == "it_IT":
        if rng.random() < 0.3:
            city = V.ascii_slug(ctx.slot_value("city"))
            return f"protocollo@pec.comune.{city}.it"
        local = rng.choice(_ROLES_IT + ("payroll-it", "fatturazione"))
        return f"{local}@{domain}.it"
    tld = "co.uk" if ctx.locale == "en_GB" else "com"
    return f"{rng.choice(_ROLES_EN)}@{domain}.{tld}"


KEEP: dict[str, Any] = {
    "tollfree": lambda c: toll_free(c.rng, c.locale),
    "switchboard": lambda c: switchboard(c.rng, c.locale),
    "role_mail": role_mailbox,
}
