"""`distillery serve`: the anonymizer over HTTP, with Presidio's REST API too."""

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
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", "-p", help="Port to listen on."),
    engine: Engine | None = options.ENGINE,
    model: str | None = options.MODEL,
    style: Style | None = options.STYLE,
    recognizers: Path | None = options.RECOGNIZERS,
    config: Path | None = options.CONFIG,
    device: str | None = options.DEVICE,
    dtype: str | None = options.DTYPE,
    batch_size: int | None = typer.Option(None, "--batch-size", "-b", help="Documents per model batch."),
    threshold: float | None = options.THRESHOLD,
    quantize: str | None = options.QUANTIZE,
    runtime: str | None = options.RUNTIME,
    threads: int | None = options.THREADS,
    keep_org_contacts: bool | None = options.ORG_CONTACTS,
    max_body_bytes: int = typer.Option(1_048_576, "--max-body-bytes", help="Larger request bodies get 413."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a request may wait for its answer (else 504)."),
    queue_size: int = typer.Option(256, "--queue-size", help="Requests that may wait for the model (more: 503)."),
    max_batch: int = typer.Option(32, "--max-batch", help="Texts grouped into one model batch."),
    batch_wait_ms: float = typer.Option(2.0, "--batch-wait-ms", help="How long to wait for more requests to batch."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn's log level (no log ever holds a text)."),
) -> None:
    """Serve the anonymizer over HTTP: /v1/anonymize, /v1/analyze, /v1/schema, /health, and
    Presidio's /analyze and /anonymize. DISTILLERY_API_KEY in the environment: a bearer key is required."""
    from distillery.serve.app import ServeLimits
    from distillery.serve.run import run

    cfg = options.resolve_infer_config(
        config,
        engine=engine,
        model=model,
        style=style,
        recognizers=str(recognizers) if recognizers else None,
        device=device,
        dtype=dtype,
        batch_size=batch_size,
        threshold=threshold,
        quantize=quantize,
        runtime=runtime,
        threads=threads,
        keep_org_contacts=keep_org_contacts,
    )
    try:
        limits = ServeLimits(
            max_body_bytes=max_body_bytes,
            timeout_s=timeout,
            queue_size=queue_size,
            max_batch=max_batch,
            batch_wait_ms=batch_wait_ms,
        )
    except ValueError as exc:
        from distillery.errors import UserError

        raise UserError(str(exc).splitlines()[1] if len(str(exc).splitlines()) > 1 else str(exc)) from None
    run(cfg, host=host, port=port, limits=limits, log_level=log_level)
