"""`distillery chat`: anonymize messages interactively (a terminal) or one JSON line per message (a pipe)."""

from __future__ import annotations

from pathlib import Path

import typer

from distillery.cli import options
from distillery.cli.app import app
from distillery.cli.common import handle_errors
from distillery.cli.infer import Engine
from distillery.pii.replace import Style


@app.command()
@handle_errors
def chat(
    model: str | None = options.MODEL,
    engine: Engine | None = options.ENGINE,
    style: Style | None = options.STYLE,
    recognizers: Path | None = options.RECOGNIZERS,
    device: str | None = options.DEVICE,
    dtype: str | None = options.DTYPE,
    config: Path | None = options.CONFIG,
    max_new_tokens: int | None = typer.Option(None, "--max-new-tokens", help="Generation limit per message chunk."),
    temperature: float | None = options.TEMPERATURE,
    top_p: float | None = options.TOP_P,
    few_shot: bool | None = options.FEW_SHOT,
    threshold: float | None = options.THRESHOLD,
    quantize: str | None = options.QUANTIZE,
    runtime: str | None = options.RUNTIME,
    threads: int | None = options.THREADS,
    keep_org_contacts: bool | None = options.ORG_CONTACTS,
    throwaway_key: bool | None = options.THROWAWAY_KEY,
    paragraphs: bool = typer.Option(
        False, "--paragraphs", help="From a pipe: messages are separated by blank lines (default: one per line)."
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Report dropped values and unusable answers."),
) -> None:
    """Anonymize messages as you type them, shown side by side. From a pipe: one JSON object per message."""
    from distillery.chat import run_chat

    cfg = options.resolve_infer_config(
        config,
        engine=engine,
        model=model,
        style=style,
        recognizers=str(recognizers) if recognizers else None,
        device=device,
        dtype=dtype,
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
    )
    run_chat(cfg, paragraphs=paragraphs, verbose=verbose)
