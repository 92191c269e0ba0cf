"""The registry of recognizers: decorate a class with @register to make the engine use it."""

from __future__ import annotations

from distillery.pii.recognizers.base import Recognizer

_REGISTRY: dict[str, type[Recognizer]] = {}


def register(cls: type[Recognizer]) -> type[Recognizer]:
    _REGISTRY[cls.name or cls.__name__] = cls
    return cls


def all_recognizers() -> list[Recognizer]:
    # Importing the package registers every built-in recognizer module.
    import distillery.pii.recognizers  # noqa: F401

    return [cls() for cls in _REGISTRY.values()]
