"""Helpers shared by document kinds: language parts, greetings, closings, paragraphs."""

from __future__ import annotations

from types import ModuleType

from ..data import parts_en, parts_it
from ..data.locales import LOCALES
from ..engine.bank import Bank
from ..engine.context import Ctx
from ..engine.layout import field_rows, fields


def shared(ctx: Ctx) -> ModuleType:
    return parts_it if ctx.lang == "it" else parts_en


def by_lang(ctx: Ctx, it: dict[str, Bank], en: dict[str, Bank]) -> dict[str, Bank]:
    return it if ctx.lang == "it" else en


def greeting(ctx: Ctx, formal: bool | None = None) -> None:
    P = shared(ctx)
    formal = ctx.style.formal if formal is None else formal
    ctx.say(P.GREET_FORMAL if formal else P.GREET_INFORMAL)


def closing(ctx: Ctx, formal: bool | None = None, signature: bool = True, org: bool | None = None) -> None:
    """Closing formula and signature: a person's, or an office's when `org` (None: either)."""
    P = shared(ctx)
    formal = ctx.style.formal if formal is None else formal
    ctx.say(P.CLOSE_FORMAL if formal else P.CLOSE_INFORMAL)
    if signature:
        ctx.b.raw("\n")
        if org is None:
            org = ctx.chance(0.25)
        if not (org and ctx.say(P.SIGNATURE_ORG)):
            ctx.say(P.SIGNATURE)


def sep(ctx: Ctx) -> None:
    """A paragraph break in the document's habit (blank line or single line break)."""
    ctx.b.raw(ctx.style.para_sep)


def paragraph(ctx: Ctx, bank: Bank, k_min: int, k_max: int) -> int:
    """k distinct sentences of a bank, run together as a paragraph."""
    return ctx.say_many(bank, ctx.rng.randint(k_min, k_max), " ")


def form(ctx: Ctx, keys: list[str], *, head: str = "p") -> None:
    """Labelled fields of the person `head`, labels drawn from the language's field banks."""
    P = shared(ctx)
    fields(ctx, field_rows(ctx, P.FIELDS, keys), head=head)


def ssn_key(ctx: Ctx) -> str:
    return LOCALES[ctx.locale].ssn_key


def id_keys(ctx: Ctx) -> list[str]:
    """The national identifiers people of this locale are asked for."""
    if ctx.lang == "it":
        return ["cf"]
    return [ssn_key(ctx)]


# --- number-rich documents (server_log, price_list, product_sheet, legal_reference, timetable) -----------
NUMBERS_NO_PII = 0.2  # share of them written without personal data even where the draw allows it


def numbers_only(ctx: Ctx) -> None:
    """Make a number-rich document PII-free now and then, beyond the corpus-wide no-PII draw."""
    if ctx.chance(NUMBERS_NO_PII):
        ctx.no_pii = True


def pii_rows(ctx: Ctx, n: int, k_max: int = 2) -> set[int]:
    """Which of n rows carry personal data (1..k_max of them) in a document that has some; none otherwise."""
    if ctx.no_pii or n <= 0:
        return set()
    return set(ctx.rng.sample(range(n), min(n, ctx.rng.randint(1, k_max))))


def row_count(ctx: Ctx, bank: Bank, lo: int, hi: int) -> int:
    """How many rows to draw from a bank: lo..hi, but no row repeated more than about three times (an
    eval document draws from the few parts held out for it)."""
    pool = [p for p in bank.candidates(ctx.split, ctx.no_pii) if not p.has_pii]
    return max(2, min(ctx.rng.randint(lo, hi), 3 * len(pool)))


def head_and_rows(ctx: Ctx, head: Bank, row: Bank, families: tuple[str, ...], lo: int, hi: int) -> None:
    """A heading, a blank line, then lo..hi rows (`row_count`), each with fresh values of `families`
    (a price list's items, a timetable's trains), one per line."""
    ctx.say(head)
    ctx.b.raw("\n\n")
    for _ in range(row_count(ctx, row, lo, hi)):
        ctx.forget(*families)
        ctx.say(row)
        ctx.b.raw("\n")


def say_row(ctx: Ctx, bank: Bank, pii: bool) -> None:
    """A row of a bank, with personal data when asked (and the bank has such a row for this split),
    otherwise without: the document's PII stays in the rows pii_rows chose."""
    if not (pii and ctx.say(bank, pii=True)) and not ctx.say(bank, pii=False):
        ctx.say(bank)
