"""Subcommands whose stage is not built yet: they say so in one line and exit 2."""

from __future__ import annotations

import typer

from distillery.cli.app import app
from distillery.cli.common import fail

_CONTEXT = {"allow_extra_args": True, "ignore_unknown_options": True}


def _pending(name: str) -> None:
    raise fail(f"`distillery {name}` is not available in this version yet", 2)


@app.command(context_settings=_CONTEXT, help="Build a training set from a teacher (not available yet).")
def generate(ctx: typer.Context) -> None:
    _pending("generate")


@app.command(context_settings=_CONTEXT, help="Fine-tune a student with LoRA/QLoRA (not available yet).")
def train(ctx: typer.Context) -> None:
    _pending("train")


@app.command("eval", context_settings=_CONTEXT, help="Measure leaks, damage and speed (not available yet).")
def eval_(ctx: typer.Context) -> None:
    _pending("eval")


@app.command(context_settings=_CONTEXT, help="Interactive anonymization REPL (not available yet).")
def chat(ctx: typer.Context) -> None:
    _pending("chat")
