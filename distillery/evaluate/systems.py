"""Running the systems under evaluation: engines through the infer API, or a predictions file."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillery.errors import RuntimeFailure, UserError
from distillery.evaluate.config import SystemSpec
from distillery.evaluate.gold import GoldDoc
from distillery.fsutil import read_jsonl_objects
from distillery.infer.config import InferConfig

Validator = Callable[[Any], bool]


@dataclass
class SystemOutput:
    """What one system made of one gold document."""

    doc_id: str | int
    anonymized_text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    schema_valid: bool = True
    fallback: bool = False
    missing: bool = False  # no prediction at all for this document (it then leaks everything)
    bad_offsets: int = 0  # replaced tokens whose offsets do not point at their `original`
    # Whether `spans` are every replaced range of the input (replaced_tokens with trustworthy offsets):
    # the partial-leak rule needs them, and falls back to the whole-value rule without them.
    offsets: bool = True
    latency_s: float | None = None
    raw: dict | None = None  # the result as JSON, for the report's predictions file


@dataclass
class SystemRun:
    spec: SystemSpec
    label: str
    outputs: list[SystemOutput]
    engine: str = ""  # the engine's kind (rules, generative, tagger), or "predictions"
    load_s: float | None = None
    run_s: float | None = None
    generated_tokens: int | None = None
    peak_rss_mb: float | None = None
    peak_cuda_mb: float | None = None
    latency_note: str = ""
    notes: list[str] = field(default_factory=list)
    engine_stats: dict[str, int] = field(default_factory=dict)


def schema_validator() -> tuple[str, Validator]:
    """Validate outputs against the published JSON Schema (with jsonschema when it is installed) and
    against the Pydantic model it is generated from, which also enforces what a JSON Schema cannot
    say (end > start, end - start == len(original))."""
    from distillery.schema import AnonymizationResult, result_json_schema

    def by_model(obj: Any) -> bool:
        try:
            AnonymizationResult.model_validate(obj)
        except Exception:
            return False
        return True

    try:
        import jsonschema
    except ImportError:
        return "pydantic", by_model
    validator = jsonschema.Draft202012Validator(result_json_schema())
    return "jsonschema+pydantic", lambda obj: validator.is_valid(obj) and by_model(obj)


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cuda(action: str) -> float | None:
    """Reset or read CUDA peak memory, only if torch is already loaded (never import it for rules)."""
    torch = sys.modules.get("torch")
    if torch is None or not torch.cuda.is_available():
        return None
    if action == "reset":
        torch.cuda.reset_peak_memory_stats()
        return None
    return torch.cuda.max_memory_allocated() / (1024 * 1024)


def _tokens_of(obj: dict, text: str) -> tuple[list[tuple[int, int, str]], int]:
    """Predicted spans from a result's replaced_tokens, leniently; and how many have bad offsets."""
    spans: list[tuple[int, int, str]] = []
    bad = 0
    tokens = obj.get("replaced_tokens")
    for tok in tokens if isinstance(tokens, list) else []:
        if not isinstance(tok, dict):
            bad += 1
            continue
        start, end, typ = tok.get("start"), tok.get("end"), tok.get("type")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(typ, str) and 0 <= start < end):
            bad += 1
            continue
        if end > len(text) or text[start:end] != tok.get("original"):
            bad += 1
        if end <= len(text):
            spans.append((start, end, typ))
    return spans, bad


def _output(doc: GoldDoc, obj: dict, valid: bool, latency: float | None) -> SystemOutput:
    anonymized = obj.get("anonymized_text")
    spans, bad = _tokens_of(obj, doc.text)
    tokens = obj.get("replaced_tokens")
    return SystemOutput(
        doc_id=doc.id,
        anonymized_text=anonymized if isinstance(anonymized, str) else doc.text,
        spans=spans,
        schema_valid=valid and isinstance(anonymized, str),
        fallback=obj.get("fallback") is True,
        bad_offsets=bad,
        offsets=isinstance(tokens, list) and bad == 0,
        latency_s=latency,
        raw=obj,
    )


def infer_config_for(spec: SystemSpec, base: InferConfig) -> InferConfig:
    """The InferConfig that runs `spec`, on top of the shared inference options."""
    if spec.kind == "rules":
        update = {"engine": "rules", "model": None}
    elif spec.kind == "model":
        update = {"engine": "model", "model": spec.target, "few_shot": False}
    elif spec.kind == "base":
        update = {"engine": "model", "model": spec.target, "few_shot": True}
    else:  # auto
        update = {"engine": "auto", "model": None}
    return base.model_copy(update=update)


Tick = Callable[[], None]


def run_engine(
    spec: SystemSpec, docs: list[GoldDoc], base: InferConfig, validate: Validator, tick: Tick | None = None
) -> SystemRun:
    from distillery.documents import Document
    from distillery.infer import make_anonymizer

    # Measuring needs no hash stable across runs: a random key when none is configured.
    cfg = infer_config_for(spec, base).model_copy(update={"throwaway_hash_key": True})
    t0 = time.perf_counter()
    anonymizer = make_anonymizer(cfg)
    load_s = time.perf_counter() - t0
    _cuda("reset")
    results: Iterator = iter(anonymizer.stream(Document(d.text, d.id) for d in docs))
    outputs: list[SystemOutput] = []
    notes: list[str] = []
    start = last = time.perf_counter()
    for doc in docs:
        result = next(results, None)
        now = time.perf_counter()
        if result is None:
            raise RuntimeFailure(f"{spec.label()}: the engine returned fewer results than documents")
        obj = json.loads(result.to_json())
        if result.id != doc.id:
            notes.append(f"result for {doc.id!r} came back with id {result.id!r}")
        outputs.append(_output(doc, obj, validate(obj), now - last))
        if tick:
            tick()
        last = time.perf_counter()  # the report's own bookkeeping is not the engine's latency
    run_s = time.perf_counter() - start
    batched = anonymizer.kind != "rules" and cfg.batch_size > 1
    return SystemRun(
        spec=spec,
        label=spec.label(),
        outputs=outputs,
        engine=anonymizer.kind,
        load_s=load_s,
        run_s=run_s,
        generated_tokens=anonymizer.stats.generated_tokens,
        peak_rss_mb=_peak_rss_mb(),
        peak_cuda_mb=_cuda("read"),
        latency_note=f"amortized: documents are generated in batches of {cfg.batch_size}" if batched else "",
        notes=notes,
        engine_stats=anonymizer.stats.counters(),
    )


def load_predictions(path: str | Path, validate: Validator) -> dict[str, tuple[dict, bool]]:
    """{str(id): (result object, schema-valid)} from a JSONL of results; the first line of an id wins."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"predictions file not found: {path}")
    out: dict[str, tuple[dict, bool]] = {}
    expected = 'a result object with an "id" matching a gold document'
    for where, obj in read_jsonl_objects(path, what=expected):
        if not isinstance(obj.get("id"), (str, int)):
            raise UserError(f"{where}: expected {expected}")
        out.setdefault(str(obj["id"]), (obj, validate(obj)))
    return out


def run_predictions(spec: SystemSpec, docs: list[GoldDoc], validate: Validator) -> SystemRun:
    assert spec.target is not None
    preds = load_predictions(spec.target, validate)
    outputs: list[SystemOutput] = []
    for doc in docs:
        found = preds.get(str(doc.id))
        if found is None:
            outputs.append(SystemOutput(doc_id=doc.id, anonymized_text=doc.text, schema_valid=False, missing=True))
        else:
            outputs.append(_output(doc, found[0], found[1], None))
    notes = []
    missing = sum(o.missing for o in outputs)
    if missing:
        notes.append(f"{missing} gold documents have no prediction (counted as fully leaked and invalid)")
    extra = len(set(preds) - {str(d.id) for d in docs})
    if extra:
        notes.append(f"{extra} predictions match no gold document (ignored)")
    return SystemRun(spec=spec, label=spec.label(), outputs=outputs, engine="predictions", notes=notes)


def run_system(
    spec: SystemSpec, docs: list[GoldDoc], base: InferConfig, validate: Validator, tick: Tick | None = None
) -> SystemRun:
    if spec.kind == "predictions":
        if not spec.target:
            raise UserError("a predictions system needs a file")
        return run_predictions(spec, docs, validate)
    if spec.kind in ("model", "base") and not spec.target:
        raise UserError(f"a {spec.kind} system needs a model (directory or name)")
    return run_engine(spec, docs, base, validate, tick)
