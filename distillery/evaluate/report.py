"""The evaluation report: Rich tables on stderr, report.json, report.md, plots, predictions."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rich.console import Console
from rich.table import Table

from distillery.evaluate.config import UPPER_BOUNDS
from distillery.evaluate.gold import GoldDoc
from distillery.evaluate.metrics import leaked_ranges
from distillery.evaluate.score import headline
from distillery.fsutil import atomic_write_json, atomic_write_text


def gold_summary(path: str, docs: list[GoldDoc]) -> dict:
    from collections import Counter

    from distillery.fsutil import sha256_file

    types = Counter(s.type for d in docs for s in d.spans)
    return {
        "path": path,
        "sha256": sha256_file(path),
        "documents": len(docs),
        "languages": dict(sorted(Counter(d.lang for d in docs).items())),
        "pii_occurrences": sum(types.values()),
        "types": dict(sorted(types.items())),
        "keep_strings": sum(len(d.keep) for d in docs),
        "no_pii_documents": sum(not d.has_pii for d in docs),
    }


def check_thresholds(systems: list[dict], thresholds: dict[str, float]) -> list[str]:
    """One message per system and metric that misses its bound ("leak" is an upper bound)."""
    failures = []
    for s in systems:
        values = headline(s)
        for key, bound in thresholds.items():
            value = values.get(key)
            if value is None:
                continue  # nothing to measure (e.g. no keep strings in the gold set)
            if (key in UPPER_BOUNDS and value > bound) or (key not in UPPER_BOUNDS and value < bound):
                sign = ">" if key in UPPER_BOUNDS else "<"
                failures.append(f"{s['name']}: {key} {value:.3f} {sign} {bound:g}")
    return failures


# --- formatting --------------------------------------------------------------------------------------


def pct(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def num(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:,.{digits}f}"


def _frac(block: dict, part: str) -> str:
    return f"{pct(block['rate'])} ({block[part]}/{block['total']})" if block["total"] else "–"


SUMMARY_COLUMNS = (
    "System",
    "Leak ↓",
    "Partial leak ↓",
    "Keep ↑",
    "Unchanged",
    "F1 overlap",
    "F1 exact",
    "Valid",
    "docs/s",
    "p50 ms",
    "p95 ms",
    "tok/s",
    "Peak MB",
)


def summary_rows(systems: list[dict]) -> list[list[str]]:
    rows = []
    for s in systems:
        sp = s["speed"]
        peak = sp.get("peak_cuda_mb") or sp.get("peak_rss_mb")
        rows.append(
            [
                s["name"],
                _frac(s["leak"], "leaked"),
                _frac(s["partial_leak"], "leaked"),
                _frac(s["keep"], "survived"),
                _frac(s["unchanged"], "unchanged"),
                num(s["spans"]["overlap"]["f1"], 3),
                num(s["spans"]["exact"]["f1"], 3),
                pct(s["validity"]["rate"]),
                num(sp.get("docs_per_s")),
                num(sp.get("latency_p50_ms")),
                num(sp.get("latency_p95_ms")),
                num(sp.get("tokens_per_s")),
                num(peak, 0) + (" (GPU)" if sp.get("peak_cuda_mb") else ""),
            ]
        )
    return rows


def type_rows(systems: list[dict]) -> list[list[str]]:
    """Per type and system: whole-value leak / partial leak, with the partial count."""
    types = sorted({t for s in systems for t in s["leak"]["by_type"]})
    rows = []
    for t in types:
        row = [t, str(systems[0]["leak"]["by_type"].get(t, {}).get("total", 0))]
        for s in systems:
            b, p = s["leak"]["by_type"].get(t), s["partial_leak"]["by_type"].get(t)
            row.append(f"{pct(b['rate'])} / {pct(p['rate'])} ({p['leaked']})" if b and p else "–")
        rows.append(row)
    return rows


LEAK_TYPES_TITLE = "Leaks by type (whole value / partial)"
LANG_COLUMNS = ["Lang", "System", "Docs", "Leak", "Partial leak", "Keep", "F1"]


def lang_rows(systems: list[dict]) -> list[list[str]]:
    langs = sorted({lang for s in systems for lang in s["by_lang"]})
    rows = []
    for lang in langs:
        for s in systems:
            b = s["by_lang"].get(lang)
            if b:
                rows.append(
                    [lang, s["name"], str(b["documents"]), _frac(b["leak"], "leaked"),
                     _frac(b["partial_leak"], "leaked"), pct(b["keep"]["rate"]), num(b["f1"], 3)]
                )  # fmt: skip
    return rows


def f1_rows(systems: list[dict]) -> list[list[str]]:
    types = sorted({t for s in systems for t in s["spans"]["by_type"]})
    rows = []
    for t in types:
        row = [t]
        for s in systems:
            b = s["spans"]["by_type"].get(t)
            row.append(f"{num(b['overlap']['f1'], 2)} / {num(b['exact']['f1'], 2)}" if b else "–")
        rows.append(row)
    return rows


# --- console -----------------------------------------------------------------------------------------


def _table(title: str, header: list[str] | tuple[str, ...], rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for i, h in enumerate(header):
        table.add_column(h, justify="left" if i == 0 else "right", no_wrap=i == 0)
    for row in rows:
        table.add_row(*row)
    return table


def print_report(report: dict, console: Console) -> None:
    systems = report["systems"]
    g = report["gold"]
    langs = ", ".join(f"{k} {v}" for k, v in g["languages"].items())
    console.print(
        f"[bold]{g['path']}[/bold]: {g['documents']} documents ({langs}), {g['pii_occurrences']} PII occurrences, "
        f"{g['keep_strings']} keep strings, {g['no_pii_documents']} without PII",
        highlight=False,
    )
    # Metrics as rows, systems as columns: fits a terminal however many systems are compared.
    rows = summary_rows(systems)
    transposed = [[SUMMARY_COLUMNS[i]] + [row[i] for row in rows] for i in range(1, len(SUMMARY_COLUMNS))]
    console.print(_table("Summary", ["Metric", *[s["name"] for s in systems]], transposed))
    console.print(_table(LEAK_TYPES_TITLE, ["Type", "n", *[s["name"] for s in systems]], type_rows(systems)))
    console.print(_table("By language", LANG_COLUMNS, lang_rows(systems)))
    for s in systems:
        for note in s["notes"] + ([s["speed"]["latency_note"]] if s["speed"].get("latency_note") else []):
            console.print(f"[dim]{s['name']}: {note}[/dim]", highlight=False)


# --- markdown ----------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_table(header: list[str] | tuple[str, ...], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def highlight_leaks(anonymized: str, values: list[str]) -> str:
    """The anonymized text, markdown-escaped, with every readable leaked value in **bold**."""
    out, pos = [], 0
    for a, b in leaked_ranges(anonymized, values):
        out.append(_md_escape(anonymized[pos:a]))
        out.append("**" + _md_escape(anonymized[a:b]) + "**")
        pos = b
    out.append(_md_escape(anonymized[pos:]))
    return "".join(out)


def _confusion_md(s: dict) -> str:
    conf = s["spans"]["confusion"]
    off = {g: {p: n for p, n in row.items() if p != g} for g, row in conf.items()}
    off = {g: row for g, row in off.items() if row}
    if not off:
        return "_no confusions_"
    lines = []
    for g, row in off.items():
        parts = ", ".join(f"{p} {n}" for p, n in sorted(row.items(), key=lambda kv: -kv[1]))
        lines.append(f"- gold **{g}** → {parts}")
    return "\n".join(lines)


def render_markdown(report: dict) -> str:
    systems = report["systems"]
    g = report["gold"]
    langs = ", ".join(f"{k} {v}" for k, v in g["languages"].items())
    md = [
        "# distillery eval report",
        "",
        f"Gold: `{g['path']}` — {g['documents']} documents ({langs}), {g['pii_occurrences']} PII occurrences, "
        f"{g['keep_strings']} keep strings, {g['no_pii_documents']} documents without PII. "
        f"Created {report['created']} with distillery {report['distillery_version']}.",
        "",
        "## Summary",
        "",
        _md_table(SUMMARY_COLUMNS, summary_rows(systems)),
        "",
        "Leak: share of gold PII occurrences still readable, whole, in the output (lower is better). Partial leak: "
        "share of gold PII occurrences of which any identifying word stays readable at its place (a first name "
        "before a replaced surname, a street name beside a replaced number; street kinds, unit words, titles and "
        "country names identify nobody). Keep: share of "
        "non-personal strings (amounts, invoice numbers, institutions...) that survive verbatim. Unchanged: share of "
        "documents without PII returned byte-identical. F1: span detection (overlap / exact boundaries, same type). "
        "Valid: outputs that match the JSON Schema without falling back to the rules.",
        "",
        f"## {LEAK_TYPES_TITLE}",
        "",
        _md_table(["Type", "n", *[s["name"] for s in systems]], type_rows(systems)),
        "",
        "## By language",
        "",
        _md_table(LANG_COLUMNS, lang_rows(systems)),
        "",
        "## Span F1 by type (overlap / exact)",
        "",
        _md_table(["Type", *[s["name"] for s in systems]], f1_rows(systems)),
        "",
    ]
    if report.get("plots"):
        md += ["## Plots", ""] + [f"![{Path(p).stem}]({Path(p).name})" for p in report["plots"]] + [""]
    if report.get("thresholds", {}).get("bounds"):
        th = report["thresholds"]
        status = "all met" if not th["failures"] else "; ".join(th["failures"])
        md += ["## Thresholds", "", f"`{th['bounds']}`: {status}", ""]
    for s in systems:
        md += [f"## {s['name']}", "", f"Engine: `{s['engine']}`" + (f", target `{s['target']}`" if s["target"] else "")]
        v = s["validity"]
        md += [
            f"Validity: {v['valid']}/{v['total']} valid, {v['fallback']} fallbacks, {v['missing']} missing, "
            f"{v['bad_offsets']} tokens with wrong offsets.",
            "",
        ]
        for note in s["notes"] + ([s["speed"]["latency_note"]] if s["speed"].get("latency_note") else []):
            md += [f"- {note}"]
        if s.get("engine_stats"):
            md += ["- engine counters: " + ", ".join(f"{k} {v}" for k, v in s["engine_stats"].items())]
        md += ["", "### Type confusions", "", _confusion_md(s), "", "### Worst documents", ""]
        if not s["worst"]:
            md += ["_no leaks, no lost keep strings_", ""]
        for w in s["worst"]:
            leaks = ", ".join(f"`{lk['value']}` ({lk['type']})" for lk in w["leaked"]) or "none"
            partial = ", ".join(f"`{lk['value']}` ({lk['type']})" for lk in w.get("partially_leaked", [])) or "none"
            lost = ", ".join(f"`{k}`" for k in w["lost_keep"]) or "none"
            body = highlight_leaks(w["anonymized_text"], [lk["value"] for lk in w["leaked"]])
            md += [
                f"**{w['id']}** ({w['lang']}) — leaked: {leaks}; partly leaked: {partial}; lost keep strings: {lost}",
                "",
            ]
            md += ["> " + line if line else ">" for line in body.splitlines()] + [""]
    return "\n".join(md).rstrip() + "\n"


# --- files -------------------------------------------------------------------------------------------


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "system"


def write_predictions(out_dir: Path, label: str, raws: list[dict | None]) -> Path:
    path = out_dir / "predictions" / f"{_safe(label)}.jsonl"
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in raws if r is not None))
    return path


def write_report(report: dict, out_dir: Path) -> list[Path]:
    """report.json (every number) and report.md (tables, worst documents); the plots come first."""
    from distillery.evaluate.plots import plot_leak_vs_speed, plot_leaks_by_type

    out_dir.mkdir(parents=True, exist_ok=True)
    plots = [
        plot_leaks_by_type(report["systems"], out_dir / "leak_by_type.png"),
        plot_leaks_by_type(report["systems"], out_dir / "partial_leak_by_type.png", block="partial_leak"),
    ]
    if len(report["systems"]) > 1:
        scatter = plot_leak_vs_speed(report["systems"], out_dir / "leak_vs_speed.png")
        if scatter:
            plots.append(scatter)
    report["plots"] = [p.name for p in plots]
    atomic_write_json(out_dir / "report.json", report)
    atomic_write_text(out_dir / "report.md", render_markdown(report))
    return [out_dir / "report.json", out_dir / "report.md", *plots]
