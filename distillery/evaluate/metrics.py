"""Evaluation metrics as pure functions: leaks, span scores, keep rate, percentiles.

Leak rule. A gold value is still readable in the anonymized text when either
- it appears as written (case-insensitive, any whitespace run for any whitespace run, as a whole
  word where it starts/ends with a letter or digit: "Rosa" does not leak through "Rosaria"), or
- it holds digits and its letters+digits appear contiguous once every other character is removed
  from both texts ("IT60 X054..." leaks as "IT60-X054..." or "it60x054..."), even inside a longer
  word: digits are the secret, their surroundings are not.
Each gold occurrence counts once. Mentions of the same string that are not personal data in the
input (the colour "rosa" beside a person called Rosa) are subtracted, so they are not leaks.

Partial-leak rule (what a reader sees). A gold occurrence is partially leaked when it is leaked by the
rule above, or when any identifying word of it (`evaluate.identifying`: >= 2 letters or >= 3 digits,
not a street kind, unit word, title, particle or country name) is not covered by a replacement at its
place in the input, judged on the offsets of `replaced_tokens`: `Dear John [PERSON_1]` leaks "John
Smith" partially, `Via Roma [ADDRESS_1]` leaks "Via Roma 12, Milano". Outputs whose offsets cannot be
trusted (missing, or not pointing at their `original`) fall back to the whole-value rule.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from distillery.evaluate.gold import GoldSpan
from distillery.evaluate.identifying import identifying_words
from distillery.pii.find import find_all, fold

# Below this many letters+digits the separator-free match finds too many innocent coincidences.
MIN_COMPACT_CHARS = 5
_NON_ALNUM = re.compile(r"[\W_]+")

NONE = "NONE"  # confusion-matrix row for spurious predictions, column for missed gold spans


def compact(text: str) -> str:
    """Letters and digits only, case-folded: the form in which numbers are compared."""
    return _NON_ALNUM.sub("", text).casefold()


def uses_compact(value: str) -> bool:
    return any(ch.isdigit() for ch in value) and len(compact(value)) >= MIN_COMPACT_CHARS


def _count(hay: str, needle: str) -> int:
    return hay.count(needle) if needle else 0


@dataclass(frozen=True)
class Leak:
    """A gold occurrence and whether its value is still readable."""

    span: GoldSpan
    leaked: bool


def find_leaks(text: str, anonymized: str, spans: Sequence[GoldSpan]) -> list[Leak]:
    """One `Leak` per gold span of `text`, judged on `anonymized` (see the module docstring)."""
    groups: dict[str, list[GoldSpan]] = {}
    for span in sorted(spans):
        groups.setdefault(fold(span.value), []).append(span)
    leaked: dict[str, int] = {}
    claimed: list[tuple[int, int]] = []  # matches in `anonymized` already owed to a longer value
    # Longest values first, so that "Rossi" inside a leaked "Mario Rossi" is not counted twice.
    for key, group in sorted(groups.items(), key=lambda kv: -len(kv[0])):
        found = find_all(anonymized, group[0].value, ignore_case=True)
        found = [(a, b) for a, b in found if not any(a < cb and ca < b for ca, cb in claimed)]
        claimed.extend(found)
        # Non-PII mentions in the input (overlapping no gold span) are expected to survive.
        baseline = sum(
            1
            for a, b in find_all(text, group[0].value, ignore_case=True)
            if not any(a < s.end and s.start < b for s in spans)
        )
        leaked[key] = max(0, min(len(group), len(found) - baseline))
    # Digits: values that differ only by separators ("IT60 X054..." / "IT60X054...") share one count.
    by_compact: dict[str, list[str]] = {}
    for key, group in groups.items():
        if uses_compact(group[0].value):
            by_compact.setdefault(compact(group[0].value), []).append(key)
    comp_text, comp_anon = compact(text), compact(anonymized)
    for cv, keys in by_compact.items():
        k = sum(len(groups[key]) for key in keys)
        baseline = max(0, comp_text.count(cv) - k)
        left = max(0, min(k, comp_anon.count(cv) - baseline))
        for key in sorted(keys):
            share = min(left, len(groups[key]))
            left -= share
            leaked[key] = max(leaked[key], share)
    out = [Leak(span, i < leaked[key]) for key, group in groups.items() for i, span in enumerate(group)]
    return sorted(out, key=lambda lk: lk.span)


def find_partial_leaks(text: str, leaks: Sequence[Leak], replaced: Iterable[tuple[int, int]] | None) -> list[Leak]:
    """The partial-leak verdict of each whole-value `Leak` (see the module docstring): `replaced` are the
    input ranges that the output replaced; None when they are not known (then the verdicts are `leaks`).

    Each occurrence is judged at its place; a value never counts fewer partial leaks than whole-value
    ones (the whole-value rule counts readable copies, not places, so its surplus is kept)."""
    if replaced is None:
        return list(leaks)
    covered = bytearray(len(text))
    for a, b in replaced:
        a, b = max(0, a), min(len(text), b)
        if a < b:
            covered[a:b] = b"\x01" * (b - a)
    verdicts = [
        any(covered.find(0, a, b) != -1 for a, b in identifying_words(text, lk.span.start, lk.span.end)) for lk in leaks
    ]
    by_value: dict[str, list[int]] = {}
    for i, lk in enumerate(leaks):
        by_value.setdefault(fold(lk.span.value), []).append(i)
    for idx in by_value.values():
        surplus = sum(leaks[i].leaked for i in idx) - sum(verdicts[i] for i in idx)
        for i in idx:
            if surplus <= 0:
                break
            if not verdicts[i]:
                verdicts[i] = True
                surplus -= 1
    return [Leak(lk.span, v) for lk, v in zip(leaks, verdicts, strict=True)]


def leaked_ranges(anonymized: str, values: Iterable[str]) -> list[tuple[int, int]]:
    """Where the given values are readable in `anonymized` (as written), for highlighting."""
    ranges: list[tuple[int, int]] = []
    for value in sorted(set(values), key=len, reverse=True):
        for a, b in find_all(anonymized, value, ignore_case=True):
            if not any(a < rb and ra < b for ra, rb in ranges):
                ranges.append((a, b))
    return sorted(ranges)


@dataclass(frozen=True)
class KeepResult:
    survived: int
    total: int
    lost: tuple[str, ...] = ()


def keep_survival(text: str, anonymized: str, keep: Iterable[str]) -> KeepResult:
    """Occurrences of each `keep` string in `text` that are still there, verbatim, in `anonymized`."""
    survived = total = 0
    lost: list[str] = []
    for s in dict.fromkeys(keep):
        k = _count(text, s)
        got = min(k, _count(anonymized, s))
        survived += got
        total += k
        if got < k:
            lost.append(s)
    return KeepResult(survived, total, tuple(lost))


Triple = tuple[int, int, str]


@dataclass
class SpanCounts:
    """Counts for span precision/recall, per type; add them up across documents with `+=`."""

    gold: Counter = field(default_factory=Counter)  # type -> gold spans
    pred: Counter = field(default_factory=Counter)  # type -> predicted spans
    exact: Counter = field(default_factory=Counter)  # type -> exact matches (same start, end, type)
    overlap_pred: Counter = field(default_factory=Counter)  # type -> predictions overlapping a gold span of that type
    overlap_gold: Counter = field(default_factory=Counter)  # type -> gold spans overlapped by a prediction of that type
    confusion: Counter = field(default_factory=Counter)  # (gold type | NONE, predicted type | NONE) -> count

    def __iadd__(self, other: SpanCounts) -> SpanCounts:
        for name in ("gold", "pred", "exact", "overlap_pred", "overlap_gold", "confusion"):
            getattr(self, name).update(getattr(other, name))
        return self


def _overlap(a: Triple, b: Triple) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def span_counts(gold: Iterable[Triple], pred: Iterable[Triple]) -> SpanCounts:
    """Exact and overlap matches of predicted spans against gold spans of one document.

    Exact: same start, end and type. Overlap: a prediction of the same type shares a character.
    The confusion matrix pairs each gold span with the predicted type that covers most of it
    (NONE when missed), and each prediction touching no gold span with NONE.
    """
    gold, pred = sorted(set(gold)), sorted(set(pred))
    c = SpanCounts()
    pred_set = set(pred)
    for g in gold:
        c.gold[g[2]] += 1
        if g in pred_set:
            c.exact[g[2]] += 1
        if any(p[2] == g[2] and _overlap(g, p) for p in pred):
            c.overlap_gold[g[2]] += 1
        best = max(pred, key=lambda p: (_overlap(g, p), p[2] == g[2]), default=None)
        c.confusion[(g[2], best[2] if best and _overlap(g, best) else NONE)] += 1
    for p in pred:
        c.pred[p[2]] += 1
        if any(g[2] == p[2] and _overlap(g, p) for g in gold):
            c.overlap_pred[p[2]] += 1
        if not any(_overlap(g, p) for g in gold):
            c.confusion[(NONE, p[2])] += 1
    return c


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float | None]:
    """Precision, recall, F1. Precision is None with no predictions, recall None with no gold."""
    p = tp_pred / n_pred if n_pred else None
    r = tp_gold / n_gold if n_gold else None
    if p is None and r is None:
        f1 = None
    elif not p or not r:
        f1 = 0.0
    else:
        f1 = 2 * p * r / (p + r)
    return {"precision": p, "recall": r, "f1": f1}


def span_scores(c: SpanCounts, types: Iterable[str] | None = None) -> dict[str, dict]:
    """{"exact": {precision, recall, f1, ...}, "overlap": {...}} over `types` (all when None)."""
    keep = set(types) if types is not None else None

    def total(counter: Counter) -> int:
        return sum(v for t, v in counter.items() if keep is None or t in keep)

    n_gold, n_pred = total(c.gold), total(c.pred)
    exact = total(c.exact)
    return {
        "exact": {**prf(exact, n_pred, exact, n_gold), "matched": exact, "pred": n_pred, "gold": n_gold},
        "overlap": {
            **prf(total(c.overlap_pred), n_pred, total(c.overlap_gold), n_gold),
            "matched_pred": total(c.overlap_pred),
            "matched_gold": total(c.overlap_gold),
            "pred": n_pred,
            "gold": n_gold,
        },
    }


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation between closest ranks."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)
