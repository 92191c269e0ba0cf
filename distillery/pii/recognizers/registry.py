"""The registry of recognizers: decorate a class with @register to make the engine use it.

Other packages add recognizers through the entry-point group `distillery.recognizers`: each entry
point names a Recognizer subclass, or a callable that returns a recognizer or a list of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache

from distillery.errors import RuntimeFailure
from distillery.pii.recognizers.base import Recognizer

ENTRY_POINT_GROUP = "distillery.recognizers"
log = logging.getLogger(__name__)

_REGISTRY: dict[str, type[Recognizer]] = {}


def register(cls: type[Recognizer]) -> type[Recognizer]:
    _REGISTRY[cls.name or cls.__name__] = cls
    return cls


@lru_cache(maxsize=1)
def _plugin_factories() -> tuple[tuple[str, Callable[[], object]], ...]:
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            out.append((ep.name, ep.load()))
        except Exception as exc:
            # A recognizer that silently failed to load would let its values through: stop instead.
            raise RuntimeFailure(
                f"recognizer plug-in {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}"
            ) from exc
        log.info("recognizer plug-in %s loaded", ep.name)
    return tuple(out)


def plugin_recognizers() -> list[Recognizer]:
    """Instances of the recognizers that installed packages declare under `distillery.recognizers`."""
    recs: list[Recognizer] = []
    for name, factory in _plugin_factories():
        made = factory()
        items = made if isinstance(made, (list, tuple)) else [made]
        for rec in items:
            if not isinstance(rec, Recognizer):
                raise RuntimeFailure(f"recognizer plug-in {name!r} gave a {type(rec).__name__}, not a Recognizer")
            recs.append(rec)
    return recs


def all_recognizers() -> list[Recognizer]:
    """The built-in recognizers, then the plug-ins'."""
    # Importing the package registers every built-in recognizer module.
    import distillery.pii.recognizers  # noqa: F401

    return [cls() for cls in _REGISTRY.values()] + plugin_recognizers()
