"""Rich consoles: diagnostics to stderr, data to stdout (pipes stay clean)."""

from rich.console import Console

err_console = Console(stderr=True)
