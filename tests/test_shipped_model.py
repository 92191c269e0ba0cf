"""The shipped default tagger works: values only a model can find are replaced whole (slow: loads it).

`tests/data/model_only.jsonl` (built by `tests/data/build_model_only.py`) holds names, addresses and
usernames in prose that the rules engine does not catch, so the floor below measures the shipped
student and its decoding alone: a broken asset, a label-order slip or a decoding regression fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from distillery.evaluate.config import SystemSpec
from distillery.evaluate.gold import load_gold
from distillery.evaluate.score import score_doc
from distillery.evaluate.systems import run_system, schema_validator
from distillery.infer.config import InferConfig

GOLD = Path(__file__).parent / "data" / "model_only.jsonl"
# Share of the set's values that the shipped default must replace whole (no identifying word left
# readable). Measured when the default was shipped: 88.9 % (48/54; the previous, causal default 70.4 %
# with the decoding of its day, 77.8 % with today's); the floor leaves room for harmless drift
# (another torch build) but not for a broken model or decoding.
FLOOR_WHOLE = 0.80


def _replaced_whole(kind: str) -> tuple[float, int, list[str]]:
    docs = load_gold(GOLD)
    _, validate = schema_validator()
    run = run_system(SystemSpec(kind=kind), docs, InferConfig(), validate)
    partial = [lk for d, o in zip(docs, run.outputs, strict=True) for lk in score_doc(d, o).partial]
    missed = [lk.span.value for lk in partial if lk.leaked]
    return 1 - len(missed) / len(partial), len(partial), missed


def test_the_set_is_beyond_the_rules_engine():
    share, total, _ = _replaced_whole("rules")
    assert total >= 50 and share == 0.0


@pytest.mark.slow
def test_shipped_default_replaces_values_whole():
    share, total, missed = _replaced_whole("auto")
    assert share >= FLOOR_WHOLE, f"{share:.1%} of {total} replaced whole; missed: {missed}"
