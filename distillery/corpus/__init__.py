"""Offline generator of realistic Italian and English documents with personal data and exact gold spans.

from distillery.corpus import generate_documents, diversity_report
docs = list(generate_documents(1000, seed=42, split="train"))
"""

from __future__ import annotations

from .engine.document import SourceDoc
from .engine.stats import diversity_report
from .generator import generate_documents

__all__ = ["SourceDoc", "diversity_report", "generate_documents"]
