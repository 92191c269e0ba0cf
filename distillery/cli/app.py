"""The Typer application object; each subcommand lives in its own module of this package."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

from distillery import __version__


def _flags_take_no_value(params: list[Any]) -> list[Any]:
    """Typer's rich help prints the type after every option, `--dry-run <bool>` included, which reads
    as an option that takes a value. A flag takes none: an empty metavar leaves its type column blank."""
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""
    return params


class FlagCommand(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _flags_take_no_value(super().get_params(ctx))


class FlagGroup(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _flags_take_no_value(super().get_params(ctx))


class App(typer.Typer):
    """Every subcommand is a FlagCommand, so `@app.command()` in the command modules needs nothing more."""

    def command(self, *args: Any, cls: type[TyperCommand] | None = None, **kwargs: Any) -> Any:
        return super().command(*args, cls=cls or FlagCommand, **kwargs)


app = App(
    cls=FlagGroup,
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
