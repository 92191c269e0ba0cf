"""The `distillery` command line. Importing this must stay cheap: no torch/transformers/openai."""

from __future__ import annotations

from distillery.cli import infer as _infer  # noqa: F401  (registers the command)
from distillery.cli import stages as _stages  # noqa: F401
from distillery.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
