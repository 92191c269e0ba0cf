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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import values as V
from .locales import LOCALES, Locale

if TYPE_CHECKING:
    from ..engine.cast import Person
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


def profile_link(rng: random.Random, first: str, last: str, user: str, home: Locale) -> str:
    """A profile or personal link without a scheme, as written in a CV or a signature."""
    f, la = V.ascii_slug(first), V.ascii_slug(last)
    tld = V.draw(rng, home.profile_tlds)
    handle = user.lstrip("@").replace(".", "_") if rng.random() < 0.5 else f"{f}{la}"
    forms = (
        f"linkedin.com/in/{f}-{la}-{_hex(rng, 6)}",
        f"linkedin.com/in/{f}{la}",
        f"{home.linkedin}.linkedin.com/in/{f}-{la}",
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


def cie_number(rng: random.Random) -> str:
    return V.letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + V.digits(rng, 5) + V.letters(rng, 2)


def _second_profile(ctx: Scope, head: str, p: Person, home: Locale) -> str:
    """Another link than the person's `profile` (redrawn a few times when they coincide)."""
    value = profile_link(ctx.rng, p.first, p.last, p.get("user"), home)
    for _ in range(5):
        if value != render(ctx, head, "profile"):
            break
        value = profile_link(ctx.rng, p.first, p.last, p.get("user"), home)
    return value


# attr -> its maker: (context, person head, person, where the person lives).
_MAKERS: dict[str, Callable[[Scope, str, Person, Locale], str]] = {
    "profile": lambda c, h, p, home: profile_link(c.rng, p.first, p.last, p.get("user"), home),
    "profile2": _second_profile,
    "email_pct": lambda c, h, p, home: percent_email(p.get("email"), c.rng),
    "email_obf": lambda c, h, p, home: obfuscated_email(p.get("email"), c.rng, c.lang),
    "mobile": lambda c, h, p, home: p.mobile(c.rng, home),
    "cie": lambda c, h, p, home: cie_number(c.rng),
    "licence": lambda c, h, p, home: home.licence(c.rng, p.last, p.first, p.dob, p.female),
}


def render(ctx: Scope, head: str, attr: str) -> str:
    """The value of one of this module's person attributes (drawn once per person)."""
    p = ctx.person(head)
    key = f"_ident_{attr}"
    if key not in p._cache:
        p._cache[key] = _MAKERS[attr](ctx, head, p, LOCALES[p.home])
    return p._cache[key]


# --- organisation contacts (keep) ---------------------------------------------------------------


def role_mailbox(ctx: Scope) -> str:
    rng = ctx.rng
    domain = ctx.slot_value("company_domain")
    home = LOCALES[ctx.locale]
    if home.pec_share and rng.random() < home.pec_share:  # an Italian comune writes from its PEC address
        city = V.ascii_slug(ctx.slot_value("city"))
        return f"protocollo@pec.comune.{city}.it"
    return f"{rng.choice(home.mailbox_roles)}@{domain}.{home.mailbox_tld}"


KEEP: dict[str, Any] = {
    "tollfree": lambda c: LOCALES[c.locale].toll_free(c.rng),
    "switchboard": lambda c: LOCALES[c.locale].switchboard(c.rng),
    "role_mail": role_mailbox,
}
