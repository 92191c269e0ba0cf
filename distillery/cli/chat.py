"""`distillery chat` (stage not built yet: says so and exits 2)."""

from __future__ import annotations

import typer

from distillery.cli.app import app
from distillery.cli.common import fail


@app.command("chat", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def chat(ctx: typer.Context) -> None:
    """Interactive anonymization REPL (not available yet)."""
    raise fail("`distillery chat` is not available in this version yet", 2)
