"""The `infer` job: read documents, anonymize them, stream JSONL out in input order."""

from __future__ import annotations

import itertools
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from distillery.console import err_console
from distillery.documents import Document, JsonlWriter, iter_documents
from distillery.errors import UserError
from distillery.fsutil import check_writable
from distillery.infer import make_anonymizer
from distillery.infer.config import InferConfig
from distillery.pii.replace import Style, mapping_records


def run_infer(
    cfg: InferConfig,
    *,
    text: str | None = None,
    input_path: str | None = None,
    output: str | None = None,
    lines: bool = False,
    jsonl: bool | None = None,
    mapping_out: Path | None = None,
    pretty: bool = False,
    skip_bad: bool = False,
    quiet: bool = False,
    verbose: bool = False,
) -> int:
    """Returns the number of documents written. `jsonl=None` decides by the file extension."""
    if text is None and input_path in (None, "-") and sys.stdin.isatty():
        raise UserError("no input: give --text, --input FILE, or pipe text on stdin")
    if mapping_out and cfg.style not in (Style.tag, Style.fake):
        raise UserError("--mapping-out only makes sense with --style tag or fake")
    bad: list[str] = []

    def on_bad(msg: str) -> None:
        bad.append(msg)
        if not quiet:
            err_console.print(f"[yellow]skipped[/yellow] {msg}", highlight=False)

    # Reading input fails early (missing, empty or binary file, a bad first JSONL line), and so does
    # an output path that cannot be written, before the engine loads (seconds, hundreds of MB) or any
    # output is opened: the first document is read now.
    docs = iter_documents(text=text, input_path=input_path, lines=lines, jsonl=jsonl, skip_bad=skip_bad, on_bad=on_bad)
    first = next(docs, None)
    if first is not None:
        docs = itertools.chain([first], docs)
    for path, what in ((output, "output"), (mapping_out, "mapping")):
        if path not in (None, "-"):
            check_writable(path, what)
    line_numbers: deque[int | None] = deque()
    if lines and text is None:
        docs = _noting_lines(docs, line_numbers)
    anonymizer = make_anonymizer(cfg, verbose=verbose and not quiet)
    show_progress = not quiet and input_path not in (None, "-") and text is None
    n = 0
    mapping = JsonlWriter(str(mapping_out)) if mapping_out else None
    try:
        with JsonlWriter(output) as out:
            results = anonymizer.stream(docs)
            if show_progress:
                results = _with_progress(results)
            for result in results:
                if line_numbers:
                    result = result.model_copy(update={"line": line_numbers.popleft()})
                out.write_line(result.to_json(pretty=pretty))
                if mapping:
                    for rec in mapping_records(result):
                        mapping.write({"id": result.id, **rec} if result.id is not None else rec)
                n += 1
    finally:
        if mapping:
            mapping.close()
    if not quiet and (bad or show_progress):
        err_console.print(f"[dim]{n} documents anonymized, {len(bad)} bad lines skipped[/dim]")
    summary = anonymizer.summary() if n and not quiet else ""
    if summary:
        err_console.print(f"[dim]{summary}[/dim]")
    return n


def _noting_lines(docs: Iterable[Document], lines: deque[int | None]) -> Iterator[Document]:
    """`docs`, noting each one's input line: results come back in input order, one per document."""
    for doc in docs:
        lines.append(doc.line)
        yield doc


def _with_progress(results):
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("anonymizing"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task("infer", total=None)
        for r in results:
            progress.advance(task)
            yield r


# The stage's face, named like every other stage's: `run(config, ...)`.
run = run_infer
