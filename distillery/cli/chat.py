"""`distillery chat`: anonymize messages interactively (a terminal) or one JSON line per message (a pipe)."""

from __future__ import annotations

from pathlib import Path

import typer

from distillery.cli.app import app
from distillery.cli.common import handle_errors, overrides
from distillery.cli.infer import Engine
from distillery.pii.replace import Style


@app.command()
@handle_errors
def chat(
    model: str | None = typer.Option(
        None, "--model", "-m", help="Adapter dir from `train`, merged model dir, or base model."
    ),
    engine: Engine | None = typer.Option(None, "--engine", "-e", help="auto (default), model or rules."),
    style: Style | None = typer.Option(None, "--style", "-s", help="Replacement style: tag, fake, mask, hash, redact."),
    device: str | None = typer.Option(None, "--device", help="auto, cpu, cuda, cuda:N."),
    dtype: str | None = typer.Option(
        None,
        "--dtype",
        help="auto (bf16 on GPUs and on CPUs with AVX512-BF16/AMX, else fp32), float32, bfloat16, float16.",
    ),
    config: Path | None = typer.Option(None, "--config", "-c", help="YAML with InferConfig fields."),
    max_new_tokens: int | None = typer.Option(None, "--max-new-tokens", help="Generation limit per message chunk."),
    temperature: float | None = typer.Option(None, "--temperature", help="0 = greedy (default)."),
    top_p: float | None = typer.Option(None, "--top-p", help="Nucleus sampling when temperature > 0."),
    few_shot: bool | None = typer.Option(
        None, "--few-shot/--no-few-shot", help="Worked examples in the prompt (for an untuned base model)."
    ),
    paragraphs: bool = typer.Option(
        False, "--paragraphs", help="From a pipe: messages are separated by blank lines (default: one per line)."
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Report dropped values and unusable answers."),
) -> None:
    """Anonymize messages as you type them, shown side by side. From a pipe: one JSON object per message."""
    from distillery.chat import run_chat
    from distillery.config import resolve_config
    from distillery.infer.config import InferConfig

    cfg = resolve_config(
        InferConfig,
        config,
        overrides(
            engine=engine.value if engine else None,
            model=model,
            style=style.value if style else None,
            device=device,
            dtype=dtype,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            top_p=top_p,
            few_shot=few_shot,
        ),
    )
    run_chat(cfg, paragraphs=paragraphs, verbose=verbose)
