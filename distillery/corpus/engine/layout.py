"""Field layouts for forms and records: `label: value` lines, aligned columns, bullets, tables..."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .bank import Bank
from .context import Ctx
from .slots import is_pii_slot
from .template import compile_template, slots_of


@dataclass(frozen=True)
class Row:
    """What a layout needs to write one row's label."""

    label: str
    index: int  # 0 for the first row kept
    width: int  # the longest label of the form
    bullet: str  # drawn once per form
    sep: str  # between inline rows, drawn once per form


@dataclass(frozen=True)
class FieldLayout:
    label: Callable[[Row], str]
    between: str = "\n"  # after a row that is not the last
    last: str = "\n"  # after the last row
    table_header: bool = False


# In the order of the bank: part ids and draws depend on it.
FIELD_LAYOUTS: dict[str, FieldLayout] = {
    "colon_space": FieldLayout(lambda r: f"{r.label} : "),
    "numbered": FieldLayout(lambda r: f"{r.index + 1}. {r.label}: "),
    "pipe_row": FieldLayout(lambda r: f"{r.label} | "),
    "arrow": FieldLayout(lambda r: f"{r.label} -> "),
    "colon": FieldLayout(lambda r: f"{r.label}: "),
    "aligned": FieldLayout(lambda r: f"{r.label + ':':<{r.width + 2}}"),
    "bullets": FieldLayout(lambda r: f"{r.bullet}{r.label}: "),
    "table": FieldLayout(lambda r: f"| {r.label} | ", between=" |\n", last=" |\n", table_header=True),
    "inline": FieldLayout(lambda r: ("" if r.index == 0 else r.sep) + f"{r.label}: ", between="", last="\n"),
    "upper": FieldLayout(lambda r: f"{r.label.upper()}: "),
    "equals": FieldLayout(lambda r: f"{r.label} = "),
    "stacked": FieldLayout(lambda r: f"{r.label}\n", between="\n\n"),
    "dots": FieldLayout(lambda r: f"{r.label} {'.' * (r.width - len(r.label) + 3)} "),
    "colon_tab": FieldLayout(lambda r: f"{r.label}:\t"),
}
LAYOUTS = Bank("layout.fields", list(FIELD_LAYOUTS))
_TABLE_HEADER = {"it": ("Campo", "Valore"), "en": ("Field", "Value")}


def _head(template: str, head: str) -> str:
    return template.replace("{p.", "{" + head + ".") if head != "p" else template


def fields(ctx: Ctx, rows: list[tuple[str, str]], *, head: str = "p") -> None:
    """Write (label, value template) rows. In a no-PII document, rows holding PII are skipped."""
    kept = []
    for label, tmpl in rows:
        tmpl = _head(tmpl, head)
        if ctx.no_pii and any(is_pii_slot(s) for s in slots_of(compile_template(tmpl))):
            continue
        kept.append((label, tmpl))
    if not kept:
        return
    layout = FIELD_LAYOUTS[ctx.value(LAYOUTS) or "colon"]
    shorten, ctx.shorten_names = ctx.shorten_names, False
    b = ctx.b
    width = max(len(label) for label, _ in kept)
    bullet = ctx.choice(("- ", "• ", "* ", "– "))
    sep_inline = ctx.choice(("; ", " | ", ", ", " - "))
    if layout.table_header:
        hdr = _TABLE_HEADER[ctx.lang]
        b.raw(f"| {hdr[0]} | {hdr[1]} |\n|---|---|\n")
    for i, (label, tmpl) in enumerate(kept):
        b.raw(layout.label(Row(label, i, width, bullet, sep_inline)))
        with b.styled(typo_rate=0.0):
            ctx.write(tmpl)
        b.raw(layout.between if i < len(kept) - 1 else layout.last)
    ctx.shorten_names = shorten


def field_rows(ctx: Ctx, bank_by_key: dict[str, Bank], keys: list[str]) -> list[tuple[str, str]]:
    """One (label, template) row per key, each label drawn from its bank."""
    rows = []
    for key in keys:
        row = ctx.value(bank_by_key[key])
        if row is not None:
            rows.append(row)
    return rows
