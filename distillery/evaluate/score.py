"""Scoring: one system's outputs against the gold documents, as the numbers of the report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from distillery.evaluate.gold import GoldDoc
from distillery.evaluate.metrics import (
    KeepResult,
    Leak,
    SpanCounts,
    find_leaks,
    find_partial_leaks,
    keep_survival,
    percentile,
    rate,
    span_counts,
    span_scores,
)
from distillery.evaluate.systems import SystemOutput, SystemRun


@dataclass
class DocScore:
    doc: GoldDoc
    out: SystemOutput
    leaks: list[Leak]
    partial: list[Leak]  # the same gold spans under the partial-leak rule (metrics module docstring)
    keep: KeepResult
    spans: SpanCounts

    @property
    def leaked(self) -> list[Leak]:
        return [lk for lk in self.leaks if lk.leaked]

    @property
    def partially_leaked(self) -> list[Leak]:
        return [lk for lk in self.partial if lk.leaked]

    @property
    def unchanged(self) -> bool | None:
        """For a document without personal data: was it returned byte-identical?"""
        return None if self.doc.has_pii else self.out.anonymized_text == self.doc.text


def score_doc(doc: GoldDoc, out: SystemOutput) -> DocScore:
    leaks = find_leaks(doc.text, out.anonymized_text, doc.spans)
    replaced = [(a, b) for a, b, _ in out.spans] if out.offsets and not out.missing else None
    return DocScore(
        doc=doc,
        out=out,
        leaks=leaks,
        partial=find_partial_leaks(doc.text, leaks, replaced),
        keep=keep_survival(doc.text, out.anonymized_text, doc.keep),
        spans=span_counts([(s.start, s.end, s.type) for s in doc.spans], out.spans),
    )


def _leak_block(scores: list[DocScore], rule: str = "leaks") -> dict:
    """Leak counts under the whole-value rule (`rule="leaks"`) or the partial one (`"partial"`)."""
    total = Counter()
    leaked = Counter()
    for s in scores:
        for lk in getattr(s, rule):
            total[lk.span.type] += 1
            leaked[lk.span.type] += lk.leaked
    n, k = sum(total.values()), sum(leaked.values())
    return {
        "rate": rate(k, n),
        "leaked": k,
        "total": n,
        "by_type": {
            t: {"rate": rate(leaked[t], total[t]), "leaked": leaked[t], "total": total[t]} for t in sorted(total)
        },
    }


def _keep_block(scores: list[DocScore]) -> dict:
    survived = sum(s.keep.survived for s in scores)
    total = sum(s.keep.total for s in scores)
    return {"rate": rate(survived, total), "survived": survived, "total": total}


def _span_block(scores: list[DocScore]) -> tuple[SpanCounts, dict]:
    counts = SpanCounts()
    for s in scores:
        counts += s.spans
    return counts, span_scores(counts)


def _confusion(counts: SpanCounts) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (gold, pred), n in sorted(counts.confusion.items()):
        out.setdefault(gold, {})[pred] = n
    return out


def _speed(run: SystemRun) -> dict:
    latencies = [o.latency_s for o in run.outputs if o.latency_s is not None]
    if run.run_s is None:
        return {"measured": False}
    n = len(run.outputs)
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    return {
        "measured": True,
        "load_s": run.load_s,
        "total_s": run.run_s,
        "docs_per_s": n / run.run_s if run.run_s > 0 else None,
        "latency_p50_ms": p50 * 1000 if p50 is not None else None,
        "latency_p95_ms": p95 * 1000 if p95 is not None else None,
        "latency_note": run.latency_note,
        "generated_tokens": run.generated_tokens,
        "tokens_per_s": run.generated_tokens / run.run_s if run.generated_tokens and run.run_s > 0 else None,
        "peak_rss_mb": run.peak_rss_mb,
        "peak_cuda_mb": run.peak_cuda_mb,
    }


def _worst(scores: list[DocScore], n: int) -> list[dict]:
    bad = [s for s in scores if s.partially_leaked or s.keep.lost or s.unchanged is False]
    bad.sort(key=lambda s: (-len(s.leaked), -len(s.partially_leaked), -len(s.keep.lost), str(s.doc.id)))
    return [
        {
            "id": s.doc.id,
            "lang": s.doc.lang,
            "leaked": [{"value": lk.span.value, "type": lk.span.type} for lk in s.leaked],
            # Values of which an identifying word stays readable although the whole value does not.
            "partially_leaked": [
                {"value": lk.span.value, "type": lk.span.type}
                for lk, whole in zip(s.partial, s.leaks, strict=True)
                if lk.leaked and not whole.leaked
            ],
            "lost_keep": list(s.keep.lost),
            "anonymized_text": s.out.anonymized_text,
        }
        for s in bad[:n]
    ]


def summarize(run: SystemRun, scores: list[DocScore], worst: int = 5) -> dict:
    """Every number of one system's report."""
    counts, spans = _span_block(scores)
    types = sorted(set(counts.gold) | set(counts.pred))
    no_pii = [s for s in scores if s.unchanged is not None]
    n_unchanged = sum(bool(s.unchanged) for s in no_pii)
    outs = run.outputs
    valid = sum(o.schema_valid and not o.fallback and not o.missing for o in outs)
    by_lang = {}
    for lang in sorted({s.doc.lang for s in scores}):
        sub = [s for s in scores if s.doc.lang == lang]
        _, sub_spans = _span_block(sub)
        leak, partial = _leak_block(sub), _leak_block(sub, "partial")
        by_lang[lang] = {
            "documents": len(sub),
            "leak": {k: leak[k] for k in ("rate", "leaked", "total")},
            "partial_leak": {k: partial[k] for k in ("rate", "leaked", "total")},
            "keep": _keep_block(sub),
            "f1": sub_spans["overlap"]["f1"],
            "f1_exact": sub_spans["exact"]["f1"],
        }
    return {
        "name": run.label,
        "kind": run.spec.kind,
        "target": run.spec.target,
        "engine": run.engine,
        "documents": len(scores),
        "leak": _leak_block(scores),
        "partial_leak": _leak_block(scores, "partial"),
        "keep": _keep_block(scores),
        "unchanged": {"rate": rate(n_unchanged, len(no_pii)), "unchanged": n_unchanged, "total": len(no_pii)},
        "spans": {**spans, "by_type": {t: span_scores(counts, [t]) for t in types}, "confusion": _confusion(counts)},
        "validity": {
            "rate": rate(valid, len(outs)),
            "valid": valid,
            "schema_valid": sum(o.schema_valid for o in outs),
            "fallback": sum(o.fallback for o in outs),
            "missing": sum(o.missing for o in outs),
            "bad_offsets": sum(o.bad_offsets for o in outs),
            "total": len(outs),
        },
        "speed": _speed(run),
        "engine_stats": dict(run.engine_stats),
        "by_lang": by_lang,
        "worst": _worst(scores, worst),
        "notes": list(run.notes),
    }


def headline(summary: dict) -> dict[str, float | None]:
    """The metrics that --fail-under can bound, by their short names."""
    return {
        "leak": summary["leak"]["rate"],
        # Reports written before the partial-leak rule have no such block.
        "partial": summary.get("partial_leak", {}).get("rate"),
        "keep": summary["keep"]["rate"],
        "f1": summary["spans"]["overlap"]["f1"],
        "f1_exact": summary["spans"]["exact"]["f1"],
        "precision": summary["spans"]["overlap"]["precision"],
        "recall": summary["spans"]["overlap"]["recall"],
        "validity": summary["validity"]["rate"],
        "unchanged": summary["unchanged"]["rate"],
    }
