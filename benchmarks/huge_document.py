"""One huge single-line document through `infer`'s engine: seconds and peak RSS, by size.

    .venv/bin/python benchmarks/huge_document.py make /tmp/huge.txt --mb 5      # generator documents, one line
    .venv/bin/python benchmarks/huge_document.py run /tmp/huge.txt --mb 0.25 --engine model --runtime onnx
    .venv/bin/python benchmarks/huge_document.py run /tmp/huge.txt --mb 5 --engine model --fake-model

`make` joins synthetic generator documents (fresh names, numbers, addresses in each: many distinct
values, the hard case for "every occurrence of every value") into one line. `run` takes the first
`--mb` megabytes (cut at a space), loads the engine (timed apart), anonymizes the document once and
prints wall seconds, peak RSS after the load and at the end, and the load average. `--fake-model`
replaces the network's forward pass by random probabilities (everything else runs: tokenizing,
windows, decoding, rules, occurrences, rebuild), to measure the engine around the model on sizes
whose forward pass alone would take minutes on two cores. Run each size in its own process: the
peak RSS is the process's.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path


def make(path: Path, mb: float) -> None:
    from distillery.corpus.generator import make_document

    target = int(mb * 1_000_000)
    parts, size, i = [], 0, 0
    while size < target:
        doc = make_document(i, seed=0, split="eval", langs=("it", "en"))
        text = " ".join(doc.text.split())
        parts.append(text)
        size += len(text) + 1
        i += 1
    path.write_text(" ".join(parts)[:target] + "\n", encoding="utf-8")
    print(f"{path}: {size / 1e6:.2f} MB from {i} generator documents, one line")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(args: argparse.Namespace) -> None:
    import numpy as np

    from distillery.documents import Document
    from distillery.infer import InferConfig, make_anonymizer

    text = Path(args.path).read_text(encoding="utf-8").strip()
    limit = int(args.mb * 1_000_000)
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > 0 else limit]
    cfg = InferConfig(engine=args.engine, model=args.model, runtime=args.runtime, quantize=args.quantize)
    t0 = time.perf_counter()
    engine = make_anonymizer(cfg)
    load_s = time.perf_counter() - t0
    if args.fake_model:
        rng = np.random.default_rng(0)
        n_labels = len(engine.labels)

        def fake_run(rows):
            out = []
            for r in rows:
                p = rng.random((len(r), n_labels), dtype=np.float32)
                p[:, 0] += 0.5 * n_labels
                out.append(p / p.sum(axis=1, keepdims=True))
            return out

        engine._run = fake_run
    loaded_rss = rss_mb()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    t0 = time.perf_counter()
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        result = profiler.runcall(engine.anonymize, Document(text))
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    else:
        result = engine.anonymize(Document(text))
    seconds = time.perf_counter() - t0
    print(
        f"{len(text) / 1e6:.2f} MB, engine {args.engine}"
        f"{' (fake model)' if args.fake_model else ''} {getattr(engine, 'describe', lambda: '')()}: "
        f"{seconds:.1f} s ({len(text) / 1e6 / seconds * 60:.2f} MB/min), {len(result.replaced_tokens)} replacements, "
        f"peak RSS {loaded_rss:.0f} MB after load, {rss_mb():.0f} MB at the end (load {load_s:.1f} s); "
        f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    mk = sub.add_parser("make")
    mk.add_argument("path", type=Path)
    mk.add_argument("--mb", type=float, default=5.0)
    rn = sub.add_parser("run")
    rn.add_argument("path", type=Path)
    rn.add_argument("--mb", type=float, default=1.0)
    rn.add_argument("--engine", default="model", choices=["model", "rules"])
    rn.add_argument("--model", default=None)
    rn.add_argument("--runtime", default="auto")
    rn.add_argument("--quantize", default="none")
    rn.add_argument("--fake-model", action="store_true")
    rn.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    if args.command == "make":
        make(args.path, args.mb)
    else:
        run(args)


if __name__ == "__main__":
    main()
