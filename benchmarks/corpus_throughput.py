"""Throughput of the synthetic corpus generator (what `distillery generate` labels with the synthetic
teacher). Not a test: the tests check what the documents hold, this measures how fast they come.

    .venv/bin/python benchmarks/corpus_throughput.py [--docs 1000] [--repeat 3] [--seed 5]

The tests used to require 1,000 documents in under 15 s of wall time; that bound now lives here.
"""

from __future__ import annotations

import argparse
import time

from distillery.corpus import generate_documents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best one is reported")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()

    best = float("inf")
    chars = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(generate_documents(args.docs, seed=args.seed))
        best = min(best, time.perf_counter() - t0)
        chars = sum(len(d.text) for d in docs)
    print(f"{args.docs} documents, {chars} characters (seed {args.seed}), best of {args.repeat}:")
    print(f"generate: {args.docs / best:8.1f} docs/s  {chars / best:10.0f} chars/s  ({best:.2f} s)")


if __name__ == "__main__":
    main()
