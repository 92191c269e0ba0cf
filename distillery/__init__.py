"""distillery: distill a large teacher LLM into a small local model that anonymizes PII."""

__version__ = "0.1.0"
