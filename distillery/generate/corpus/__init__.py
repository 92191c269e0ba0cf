"""Offline generator of realistic Italian and English documents with personal data and exact gold spans.

from distillery.generate.corpus import generate_documents, diversity_report
docs = list(generate_documents(1000, seed=42, split="train"))
"""

from __future__ import annotations

from .document import SourceDoc
from .generator import generate_documents
from .stats import diversity_report

__all__ = ["SourceDoc", "diversity_report", "generate_documents"]
