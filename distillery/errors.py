"""Error types that the CLI maps to exit codes and one-line messages."""


class DistilleryError(Exception):
    """Base class: the message is shown to the user as one line."""

    exit_code = 1


class UserError(DistilleryError):
    """Bad usage or bad input (missing file, malformed line, invalid config): exit 2."""

    exit_code = 2


class RuntimeFailure(DistilleryError):
    """The job itself failed (model could not load, teacher unreachable...): exit 1."""

    exit_code = 1


class NotImplementedStage(DistilleryError):
    """A stage that a later release builds: exit 2 with a pointer."""

    exit_code = 2
