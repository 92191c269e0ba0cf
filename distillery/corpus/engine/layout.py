"""Field layouts for forms and records: `label: value` lines, aligned columns, bullets, tables..."""

from __future__ import annotations

from .context import Ctx
from .template import Bank

LAYOUTS = Bank(
    "layout.fields",
    [
        "colon_space",
        "numbered",
        "pipe_row",
        "arrow",
        "colon",
        "aligned",
        "bullets",
        "table",
        "inline",
        "upper",
        "equals",
        "stacked",
        "dots",
        "colon_tab",
    ],
)


def _head(template: str, head: str) -> str:
    return template.replace("{p.", "{" + head + ".") if head != "p" else template


def fields(ctx: Ctx, rows: list[tuple[str, str]], layout: str | None = None, *, head: str = "p") -> None:
    """Write (label, value template) rows. In a no-PII document, rows holding PII are skipped."""
    from .slots import is_pii_slot
    from .template import compile_template, slots_of

    kept = []
    for label, tmpl in rows:
        tmpl = _head(tmpl, head)
        if ctx.no_pii and any(is_pii_slot(s) for s in slots_of(compile_template(tmpl))):
            continue
        kept.append((label, tmpl))
    if not kept:
        return
    layout = layout or ctx.value(LAYOUTS) or "colon"
    shorten, ctx.shorten_names = ctx.shorten_names, False
    b = ctx.b
    width = max(len(label) for label, _ in kept)
    bullet = ctx.choice(("- ", "• ", "* ", "– "))
    sep_inline = ctx.choice(("; ", " | ", ", ", " - "))
    if layout == "table":
        hdr = ("Campo", "Valore") if ctx.lang == "it" else ("Field", "Value")
        b.raw(f"| {hdr[0]} | {hdr[1]} |\n|---|---|\n")
    for i, (label, tmpl) in enumerate(kept):
        if layout == "aligned":
            b.raw(f"{label + ':':<{width + 2}}")
        elif layout == "bullets":
            b.raw(f"{bullet}{label}: ")
        elif layout == "table":
            b.raw(f"| {label} | ")
        elif layout == "inline":
            b.raw(("" if i == 0 else sep_inline) + f"{label}: ")
        elif layout == "upper":
            b.raw(f"{label.upper()}: ")
        elif layout == "equals":
            b.raw(f"{label} = ")
        elif layout == "stacked":
            b.raw(f"{label}\n")
        elif layout == "dots":
            b.raw(f"{label} {'.' * (width - len(label) + 3)} ")
        elif layout == "colon_tab":
            b.raw(f"{label}:\t")
        elif layout == "colon_space":
            b.raw(f"{label} : ")
        elif layout == "numbered":
            b.raw(f"{i + 1}. {label}: ")
        elif layout == "pipe_row":
            b.raw(f"{label} | ")
        elif layout == "arrow":
            b.raw(f"{label} -> ")
        else:
            b.raw(f"{label}: ")
        with b.styled(typo_rate=0.0):
            ctx.write(tmpl)
        if layout == "table":
            b.raw(" |\n")
        elif layout == "stacked":
            b.raw("\n\n" if i < len(kept) - 1 else "\n")
        elif layout != "inline":
            b.raw("\n")
    if layout == "inline":
        b.raw("\n")
    ctx.shorten_names = shorten


def field_rows(ctx: Ctx, bank_by_key: dict[str, Bank], keys: list[str]) -> list[tuple[str, str]]:
    """One (label, template) row per key, each label drawn from its bank."""
    rows = []
    for key in keys:
        row = ctx.value(bank_by_key[key])
        if row is not None:
            rows.append(row)
    return rows
