"""The face of `distillery eval`: `run(config)`, and what a caller (the quickstart) asks of a report
dir: `is_complete`, `summary` and `headline`. Nothing heavy is imported here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from distillery.config import saved_config
from distillery.evaluate.config import EvalConfig, SystemSpec
from distillery.fsutil import read_json_object

# The report: the content of report.json (gold, config, systems, thresholds; see evaluate/report.py).
EvalResult = dict[str, Any]
REPORT = "report.json"


def _unique_labels(specs: list[SystemSpec]) -> list[SystemSpec]:
    seen: dict[str, int] = {}
    out = []
    for spec in specs:
        label = spec.label()
        seen[label] = seen.get(label, 0) + 1
        out.append(spec if seen[label] == 1 else spec.model_copy(update={"name": f"{label}#{seen[label]}"}))
    return out


def _stderr_is_terminal() -> bool:
    from distillery.console import err_console

    return err_console.is_terminal


@contextmanager
def _progress(label: str, total: int) -> Iterator[Callable[[], None]]:
    """A transient progress bar on stderr while one system works through the documents."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from distillery.console import err_console

    columns = (TextColumn(f"evaluating {label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def run(cfg: EvalConfig, *, quiet: bool = True) -> EvalResult:
    """Score every system of `cfg` on its gold file; write the report files when `report_dir` is set.

    Returns the report (the content of report.json); `report["thresholds"]["failures"]` lists the
    metrics that miss their `fail_under` bound.
    """
    from distillery import __version__
    from distillery.bundled import gold_file, gold_set_names
    from distillery.config import save_resolved_config
    from distillery.errors import UserError
    from distillery.evaluate.gold import load_gold
    from distillery.evaluate.report import check_thresholds, gold_summary, write_predictions, write_report
    from distillery.evaluate.score import score_doc, summarize
    from distillery.evaluate.systems import run_system, schema_validator

    found = gold_file(cfg.gold)  # a path, or a bundled set by its checkout path or its name
    if found is None:
        raise UserError(f"gold file not found: {cfg.gold} (bundled sets: {', '.join(gold_set_names())})")
    gold = str(found)
    docs = load_gold(gold, cfg.limit)
    validator_name, validate = schema_validator()
    specs = _unique_labels(cfg.systems or [SystemSpec(kind="auto")])
    out_dir = Path(cfg.report_dir) if cfg.report_dir else None
    summaries = []
    for spec in specs:
        if quiet or not _stderr_is_terminal():
            run = run_system(spec, docs, cfg.infer, validate)
        else:
            with _progress(spec.label(), len(docs)) as tick:
                run = run_system(spec, docs, cfg.infer, validate, tick)
        scores = [score_doc(doc, out) for doc, out in zip(docs, run.outputs, strict=True)]
        summary = summarize(run, scores, cfg.worst)
        summary["validity"]["validator"] = validator_name
        summaries.append(summary)
        if out_dir and spec.kind != "predictions":
            write_predictions(out_dir, run.label, [o.raw for o in run.outputs])
    report = {
        "distillery_version": __version__,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "gold": gold_summary(gold, docs),
        "config": cfg.model_dump(mode="json"),
        "systems": summaries,
        "thresholds": {"bounds": cfg.fail_under, "failures": check_thresholds(summaries, cfg.fail_under)},
    }
    if out_dir:
        write_report(report, out_dir)
        save_resolved_config(cfg, out_dir)
    return report


def read_report(out_dir: str | Path) -> EvalResult | None:
    return read_json_object(Path(out_dir) / REPORT)


def is_complete(out_dir: str | Path, config: EvalConfig | None = None) -> bool:
    """Whether `out_dir` holds a report (of `config`, when given)."""
    report = read_report(out_dir)
    if report is None:
        return False
    return config is None or saved_config(EvalConfig, report.get("config")) == config


def summary(out_dir: str | Path) -> dict[str, Any] | None:
    """Documents scored, and each system's leak, keep, F1, validity and speed; None without a report."""
    from distillery.evaluate.score import headline as bounded

    report = read_report(out_dir)
    if report is None:
        return None
    out: dict[str, Any] = {"documents": report.get("gold", {}).get("documents")}
    for s in report.get("systems", []):
        values = bounded(s)
        out[s["name"]] = {
            "leak": values["leak"],
            "partial_leak": values["partial"],
            "keep": values["keep"],
            "f1": values["f1"],
            "validity": values["validity"],
            "docs_per_s": s.get("speed", {}).get("docs_per_s"),
        }
    return out


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def headline(out_dir: str | Path) -> str:
    """One line: the first system's leak (the others' in brackets), partial leak, keep, F1 and validity."""
    d = summary(out_dir)
    if d is None:
        return f"no report in {out_dir}"
    first, *others = [name for name in d if name != "documents"] or [""]
    st = d.get(first) or {}
    f1 = "-" if st.get("f1") is None else f"{st['f1']:.3f}"
    rest = " ".join(f"{name} {_pct(d[name].get('leak'))}" for name in others)
    partial = f"partial {_pct(st['partial_leak'])} · " if st.get("partial_leak") is not None else ""
    return (
        f"{d['documents']} docs · leak {_pct(st.get('leak'))}{f' ({rest})' if rest else ''} · {partial}"
        f"keep {_pct(st.get('keep'))} · F1 {f1} · valid {_pct(st.get('validity'))}"
    )
