"""What every subcommand shares: error handling and exit codes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from distillery.errors import DistilleryError, debug

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int) -> typer.Exit:
    from distillery.console import err_console

    err_console.print(f"[bold red]error:[/bold red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def handle_errors(func: F) -> F:
    """Turn errors into one line on stderr and an exit code: 2 bad input, 1 failure, 130 Ctrl-C.
    DISTILLERY_DEBUG=1 shows the traceback instead."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except DistilleryError as exc:
            if debug():
                raise
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            # `distillery infer ... | head` closed the pipe: not an error worth a message.
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:
            if debug():
                raise
            first = str(exc).splitlines()[0] if str(exc) else ""
            raise fail(f"{type(exc).__name__}: {first} (DISTILLERY_DEBUG=1 shows the traceback)", 1) from None

    return wrapper  # type: ignore[return-value]


def overrides(**flags: Any) -> dict[str, Any]:
    """CLI flags as config overrides; None means 'not given' so YAML/defaults stay in force."""
    return {k.replace("__", "."): v for k, v in flags.items() if v is not None}
