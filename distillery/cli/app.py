"""The Typer application object; each subcommand lives in its own module of this package."""

from __future__ import annotations

import typer

from distillery import __version__

app = typer.Typer(
    name="distillery",
    help="Distill a teacher LLM into a small local model that anonymizes personal data (Italian and English).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals could hold secrets or personal data
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"distillery {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Data goes to stdout; progress, tables and warnings go to stderr."""
