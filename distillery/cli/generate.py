"""`distillery generate` (stage not built yet: says so and exits 2)."""

from __future__ import annotations

import typer

from distillery.cli.app import app
from distillery.cli.common import fail


@app.command("generate", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def generate(ctx: typer.Context) -> None:
    """Build a training set from a teacher (not available yet)."""
    raise fail("`distillery generate` is not available in this version yet", 2)
