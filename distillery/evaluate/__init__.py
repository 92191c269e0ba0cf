"""`distillery eval`: how much personal data leaks, how much text is damaged, and how fast.

from distillery.evaluate import EvalConfig, SystemSpec
from distillery.evaluate.run import run
report = run(EvalConfig(gold="data/eval/handwritten.jsonl", systems=[SystemSpec(kind="rules")]))
report["systems"][0]["leak"]["rate"]
"""

from __future__ import annotations

from distillery.evaluate.config import EvalConfig, SystemSpec

__all__ = ["EvalConfig", "SystemSpec"]
