"""What personal data is: spans, recognizers, merging and replacement styles."""

from distillery.pii.spans import Span, resolve_overlaps

__all__ = ["Span", "resolve_overlaps"]
