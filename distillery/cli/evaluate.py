"""`distillery eval`: score one or more systems on a gold set (leaks, damage, speed), side by side."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from distillery.cli import options
from distillery.cli.app import app
from distillery.cli.common import fail, handle_errors, overrides
from distillery.pii.replace import Style


class EvalEngine(str, Enum):
    rules = "rules"
    auto = "auto"


@app.command("eval")
@handle_errors
def eval_(
    gold: str | None = typer.Option(
        None,
        "--gold",
        "-g",
        help="Gold JSONL {id, lang, text, pii, keep}, or a bundled set: handwritten (the default), handwritten2.",
    ),
    model: list[str] | None = typer.Option(
        None, "--model", "-m", help="A trained adapter dir or merged model (repeatable)."
    ),
    engine: list[EvalEngine] | None = typer.Option(
        None, "--engine", "-e", help="rules, or auto (what `infer` uses by default). Repeatable."
    ),
    base_model: list[str] | None = typer.Option(
        None, "--base-model", help="A base model without fine-tuning, prompted few-shot (repeatable)."
    ),
    predictions: list[str] | None = typer.Option(
        None, "--predictions", "-p", help="JSONL of results with ids, from any tool (repeatable)."
    ),
    limit: int | None = typer.Option(None, "--limit", "-n", help="Evaluate only the first N documents."),
    report: Path | None = typer.Option(
        None, "--report", "-r", help="Write report.json, report.md, PNG plots and predictions to this directory."
    ),
    fail_under: str | None = typer.Option(
        None,
        "--fail-under",
        help="Exit 1 when a bound is missed, e.g. leak=0.05,partial=0.08,keep=0.95 (leak and partial, the partial "
        "leak, are upper bounds; keep, f1, f1_exact, precision, recall, validity, unchanged are lower bounds).",
    ),
    worst: int | None = typer.Option(None, "--worst", help="Worst documents shown per system in report.md."),
    config: Path | None = typer.Option(None, "--config", "-c", help="YAML with EvalConfig fields."),
    style: Style | None = typer.Option(None, "--style", "-s", help="Replacement style the systems use (tag)."),
    device: str | None = typer.Option(None, "--device", help="auto, cpu, cuda, cuda:N (model systems)."),
    batch_size: int | None = typer.Option(None, "--batch-size", "-b", help="Documents per generation batch."),
    max_new_tokens: int | None = typer.Option(None, "--max-new-tokens", help="Generation limit per chunk."),
    threshold: float | None = options.THRESHOLD,
    quantize: str | None = options.QUANTIZE,
    runtime: str | None = options.RUNTIME,
    threads: int | None = options.THREADS,
    keep_org_contacts: bool | None = options.ORG_CONTACTS,
    recognizers: Path | None = options.RECOGNIZERS,
    as_json: bool = typer.Option(False, "--json", help="Print the whole report as JSON on stdout."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No tables or notes on stderr."),
) -> None:
    """Measure privacy (leaks), damage (over-redaction) and speed; compare systems side by side."""
    from distillery.config import resolve_config
    from distillery.errors import UserError
    from distillery.evaluate import EvalConfig
    from distillery.evaluate.config import parse_thresholds
    from distillery.evaluate.run import run

    systems = (
        [{"kind": e.value} for e in engine or []]
        + [{"kind": "base", "target": b} for b in base_model or []]
        + [{"kind": "model", "target": m} for m in model or []]
        + [{"kind": "predictions", "target": p} for p in predictions or []]
    )
    try:
        thresholds = parse_thresholds(fail_under) if fail_under is not None else None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    cfg = resolve_config(
        EvalConfig,
        config,
        overrides(
            gold=gold,
            systems=systems or None,
            limit=limit,
            report_dir=str(report) if report else None,
            fail_under=thresholds,
            worst=worst,
            infer__style=style.value if style else None,
            infer__device=device,
            infer__batch_size=batch_size,
            infer__max_new_tokens=max_new_tokens,
            infer__threshold=threshold,
            infer__quantize=quantize,
            infer__runtime=runtime,
            infer__threads=threads,
            infer__keep_org_contacts=keep_org_contacts,
            infer__recognizers=str(recognizers) if recognizers else None,
        ),
    )
    result = run(cfg, quiet=quiet)
    if not quiet:
        from distillery.console import err_console
        from distillery.evaluate.report import print_report

        print_report(result, err_console)
        if cfg.report_dir:
            err_console.print(f"[dim]report written to {cfg.report_dir}/report.md[/dim]", highlight=False)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    failures = result["thresholds"]["failures"]
    if failures:
        raise fail("fail-under: " + "; ".join(failures), 1)
