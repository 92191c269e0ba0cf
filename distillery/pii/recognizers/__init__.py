"""Built-in recognizers. Each module registers its classes on import."""

from distillery.pii.recognizers import email  # noqa: F401
