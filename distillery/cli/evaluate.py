"""`distillery eval` (stage not built yet: says so and exits 2)."""

from __future__ import annotations

import typer

from distillery.cli.app import app
from distillery.cli.common import fail


@app.command("eval", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def eval_(ctx: typer.Context) -> None:
    """Measure leaks, damage and speed (not available yet)."""
    raise fail("`distillery eval` is not available in this version yet", 2)
