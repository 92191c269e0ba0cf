"""Diversity statistics of a set of generated documents."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable

from .document import SourceDoc

_WORDS = re.compile(r"\w+", re.UNICODE)


def diversity_report(docs: Iterable[SourceDoc]) -> dict:
    """Distinct-template share, distinct word 4-gram ratio, counts per kind/lang/type, no-PII share, lengths."""
    n = 0
    templates: set[str] = set()
    grams: set[tuple[str, ...]] = set()
    total_grams = 0
    kinds: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    types: Counter[str] = Counter()
    no_pii = 0
    lengths: list[int] = []
    for doc in docs:
        n += 1
        templates.add(doc.template)
        words = [w.lower() for w in _WORDS.findall(doc.text)]
        lengths.append(len(words))
        for i in range(len(words) - 3):
            grams.add(tuple(words[i : i + 4]))
        total_grams += max(0, len(words) - 3)
        kinds[doc.kind] += 1
        langs[doc.lang] += 1
        types.update(s["type"] for s in doc.pii)
        no_pii += not doc.pii
    if n == 0:
        return {"docs": 0}
    lengths.sort()
    return {
        "docs": n,
        "distinct_templates": len(templates),
        "distinct_template_share": round(len(templates) / n, 4),
        "distinct_4gram_ratio": round(len(grams) / total_grams, 4) if total_grams else 0.0,
        "no_pii_share": round(no_pii / n, 4),
        "mean_words": round(statistics.fmean(lengths), 1),
        "median_words": statistics.median(lengths),
        "p10_words": lengths[n // 10],
        "p90_words": lengths[(9 * n) // 10],
        "spans": sum(types.values()),
        "per_kind": dict(sorted(kinds.items())),
        "per_lang": dict(sorted(langs.items())),
        "per_type": dict(sorted(types.items())),
    }
