"""What the user sees on stderr: a live progress bar while generating, tables at the end."""

from __future__ import annotations

from typing import Any

from distillery.console import err_console


class ProgressView:
    """Rich live bar: done / failed / tokens / cost / ETA. A no-op when quiet."""

    def __init__(self, total: int, completed: int, *, quiet: bool, show_cost: bool):
        self._progress = None
        if quiet:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = [
            TextColumn("[bold]generate[/bold]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("failed {task.fields[failed]}"),
        ]
        if show_cost:
            columns += [TextColumn("{task.fields[tokens]:,} tok"), TextColumn("${task.fields[cost]:.4f}")]
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
        self._progress = Progress(*columns, console=err_console, transient=False)
        self._task = self._progress.add_task("generate", total=total, completed=completed, failed=0, tokens=0, cost=0.0)

    def __enter__(self) -> ProgressView:
        if self._progress is not None:
            self._progress.start()
        return self

    def update(self, completed: int, failed: int, tokens: int, cost: float) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=completed, failed=failed, tokens=tokens, cost=cost)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _table(title: str, rows: list[tuple[str, str]]):
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for key, value in rows:
        table.add_row(key, value)
    return table


def print_summary(meta: dict[str, Any], run: dict[str, Any], out_dir: str) -> None:
    counts = meta["counts"]
    rows = [
        ("train", f"{counts['train']:,}"),
        ("validation", f"{counts['validation']:,}"),
        ("eval", f"{counts['eval']:,}"),
        ("failed (rejected answers)", f"{counts['failed']:,}"),
        ("", ""),
        ("written this run", f"{run['accepted']:,}"),
        ("rejected this run", f"{run['failed']:,}"),
        ("duplicates skipped", f"{run['duplicates']:,}"),
    ]
    if meta["teacher"] == "openai":
        rows += [
            ("requests / retries", f"{run['requests']:,} / {run['retries']:,}"),
            ("transient errors", f"{run['errors']:,}"),
            ("tokens in / out", f"{run['input_tokens']:,} / {run['output_tokens']:,}"),
            ("of which cached in", f"{run.get('cached_input_tokens', 0):,}"),
            ("structured output", str(meta.get("structured_output") or "-")),
            ("cost this run", f"${run['cost_usd']:.4f}"),
            ("cost all runs", f"${meta['cost_usd']:.4f}"),
        ]
    rate = run["accepted"] / run["wall_time_s"] if run["wall_time_s"] > 0 else 0.0
    rows += [
        ("wall time", f"{run['wall_time_s']:.1f} s"),
        ("examples/s", f"{rate:,.1f}"),
        ("stopped", run["stopped"]),
        ("output", out_dir),
    ]
    err_console.print(_table(f"generate: {meta['teacher']} ({meta['teacher_model']})", rows))


def print_estimate(est: dict[str, Any]) -> None:
    rows = [
        ("already in output", f"{est['existing']:,}"),
        ("eval documents to add (gold, free)", f"{est['eval_docs']:,}"),
        ("documents for the teacher", f"{est['teacher_docs']:,}"),
    ]
    if est["teacher"] == "openai":
        price = est["price"]
        price_txt = "unknown (counted as $0)"
        if price:
            cached = price["cached_input"] if price.get("cached_input") is not None else price["input"]
            price_txt = f"${price['input']:.3f} / ${cached:.3f} / ${price['output']:.2f}"
            if est.get("batch"):
                price_txt += f" x {price['batch_discount']:g} (Batch API)"
        rows += [
            ("model", est["model"]),
            ("est. tokens in / out", f"{est['input_tokens']:,} / {est['output_tokens']:,}"),
            ("est. of which cached in", f"{est.get('cached_input_tokens', 0):,}"),
            ("price per 1M tokens in / cached / out", price_txt),
            ("est. cost", f"${est['cost_usd']:.4f}"),
            (
                ("est. time", "within 24 h (Batch API)")
                if est.get("batch")
                else ("est. time (rate limits only)", f"≥ {est['min_minutes']:.1f} min")
            ),
        ]
    rows.append(("requests sent", "0 (dry run)"))
    err_console.print(_table("distillery generate --dry-run: estimate", rows))
