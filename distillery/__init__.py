"""distillery: distill a large teacher LLM into a small local model that anonymizes PII.

`from distillery import Anonymizer` is the Python API (`distillery.api`); it is imported on first
access, so `import distillery` stays instant and never imports torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["AnalysisResult", "AnonymizationResult", "Anonymizer", "__version__"]

if TYPE_CHECKING:
    from distillery.api import AnalysisResult, AnonymizationResult, Anonymizer


def __getattr__(name: str) -> Any:
    if name in ("Anonymizer", "AnonymizationResult", "AnalysisResult"):
        from distillery import api

        return getattr(api, name)
    raise AttributeError(f"module 'distillery' has no attribute {name!r}")
