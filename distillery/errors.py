"""Error types that the CLI maps to exit codes and one-line messages, and the switch that shows
tracebacks instead."""

import os


class DistilleryError(Exception):
    """Base class: the message is shown to the user as one line."""

    exit_code = 1


class UserError(DistilleryError):
    """Bad usage or bad input (missing file, malformed line, invalid config): exit 2."""

    exit_code = 2


class RuntimeFailure(DistilleryError):
    """The job itself failed (model could not load, teacher unreachable...): exit 1."""

    exit_code = 1


def debug() -> bool:
    """DISTILLERY_DEBUG=1: tracebacks instead of one-line errors, and library logs left alone.

    Read from the environment on each call rather than through Settings: this module stays light
    enough for the CLI to import at start, and a malformed value cannot stop an error from showing."""
    return os.environ.get("DISTILLERY_DEBUG", "").lower() in {"1", "true", "yes"}
