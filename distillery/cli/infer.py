"""`distillery infer`: anonymize documents (stdin, text, files, JSONL) to JSONL on stdout."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from distillery.cli import options
from distillery.cli.app import app
from distillery.cli.common import handle_errors
from distillery.pii.replace import Style


class Engine(str, Enum):
    auto = "auto"
    model = "model"
    rules = "rules"


@app.command()
@handle_errors
def infer(
    text: str | None = typer.Option(None, "--text", "-t", help="Anonymize this text (one document)."),
    input: str | None = typer.Option(
        None, "--input", "-i", help="File to read ('-' for stdin). .jsonl: one {id, text} per line. Default: stdin."
    ),
    output: str | None = typer.Option(None, "--output", "-o", help="Write JSONL here instead of stdout."),
    lines: bool = typer.Option(False, "--lines", help="Treat each input line as a separate document."),
    jsonl: bool = typer.Option(
        False, "--jsonl", help="Read {id, text} objects, one per line (automatic for .jsonl/.ndjson files)."
    ),
    engine: Engine | None = options.ENGINE,
    model: str | None = options.MODEL,
    style: Style | None = options.STYLE,
    recognizers: Path | None = options.RECOGNIZERS,
    mapping_out: Path | None = typer.Option(None, "--mapping-out", help="Write original<->replacement pairs (JSONL)."),
    pretty: bool = typer.Option(False, "--pretty", help="Indented JSON for humans."),
    skip_bad: bool = typer.Option(
        False, "--skip-bad", help="Skip bad input lines (reported on stderr) instead of stopping."
    ),
    config: Path | None = options.CONFIG,
    device: str | None = options.DEVICE,
    dtype: str | None = options.DTYPE,
    batch_size: int | None = typer.Option(None, "--batch-size", "-b", help="Documents per generation batch."),
    max_new_tokens: int | None = typer.Option(None, "--max-new-tokens", help="Generation limit per document chunk."),
    temperature: float | None = options.TEMPERATURE,
    top_p: float | None = options.TOP_P,
    few_shot: bool | None = options.FEW_SHOT,
    threshold: float | None = options.THRESHOLD,
    quantize: str | None = options.QUANTIZE,
    runtime: str | None = options.RUNTIME,
    threads: int | None = options.THREADS,
    keep_org_contacts: bool | None = options.ORG_CONTACTS,
    throwaway_key: bool | None = options.THROWAWAY_KEY,
    max_input_tokens: int | None = typer.Option(
        None, "--max-input-tokens", help="Longer documents are split into overlapping chunks of this many tokens."
    ),
    compile: bool | None = typer.Option(
        None, "--compile/--no-compile", help="Static KV cache + torch.compile (pays off on GPU for long runs)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or notes on stderr."),
    verbose: bool = typer.Option(
        False, "--verbose", "-v", help="Report dropped (hallucinated) values and unusable answers on stderr."
    ),
    schema: bool = typer.Option(False, "--schema", help="Print the JSON Schema of one output line and exit."),
) -> None:
    """Anonymize text locally. Data on stdout (one JSON object per document), the rest on stderr."""
    if schema:
        from distillery.schema import result_json_schema

        typer.echo(json.dumps(result_json_schema(), indent=2))
        return
    from distillery.infer.run import run

    cfg = options.resolve_infer_config(
        config,
        engine=engine,
        model=model,
        style=style,
        recognizers=str(recognizers) if recognizers else None,
        device=device,
        dtype=dtype,
        batch_size=batch_size,
        max_new_tokens=max_new_tokens,
        temperature=temperature,
        top_p=top_p,
        few_shot=few_shot,
        threshold=threshold,
        quantize=quantize,
        runtime=runtime,
        threads=threads,
        keep_org_contacts=keep_org_contacts,
        throwaway_hash_key=throwaway_key,
        max_input_tokens=max_input_tokens,
        compile=compile,
    )
    run(
        cfg,
        text=text,
        input_path=input,
        output=output,
        lines=lines,
        jsonl=jsonl or None,
        mapping_out=mapping_out,
        pretty=pretty,
        skip_bad=skip_bad,
        quiet=quiet,
        verbose=verbose,
    )
