"""The `distillery` command line. Importing this must stay cheap: no torch/transformers/openai.

Each subcommand lives in its own module and registers itself on `app` when imported.
"""

from __future__ import annotations

from distillery.cli import chat, evaluate, export, generate, infer, quickstart, serve, train  # noqa: F401
from distillery.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
