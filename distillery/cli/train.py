"""`distillery train` (stage not built yet: says so and exits 2)."""

from __future__ import annotations

import typer

from distillery.cli.app import app
from distillery.cli.common import fail


@app.command("train", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def train(ctx: typer.Context) -> None:
    """Fine-tune a student with LoRA/QLoRA (not available yet)."""
    raise fail("`distillery train` is not available in this version yet", 2)
