"""Throughput of `RayAnonymizer` on a local Ray: 1 actor against 2 (and the same engine in one plain
process, for scale). Not a test: the tests check the rows, this measures how fast they come.

    .venv/bin/python benchmarks/ray_throughput.py [--docs 1200] [--engine rules] [--actors 1,2] [--batch-size 64]
    .venv/bin/python benchmarks/ray_throughput.py --engine auto --docs 48 --batch-size 8   # the model

Each run starts its actors (each loads the engine once) and materializes the whole dataset; the wall
time includes that start, which is why `start` is also timed alone (a one-row dataset). The machine's
load average is printed before and after: on a shared machine the numbers move with it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import ray

from distillery.api import Anonymizer
from distillery.corpus import generate_documents
from distillery.integrations.ray import RayAnonymizer


def loadavg() -> str:
    return Path("/proc/loadavg").read_text().strip()


def run(rows: list[dict], engine: str, actors: int, batch_size: int) -> float:
    ds = ray.data.from_items(rows, override_num_blocks=max(8, 2 * actors))
    t0 = time.perf_counter()
    out = ds.map_batches(
        RayAnonymizer,
        fn_constructor_kwargs={"engine": engine},
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=1,
        batch_size=batch_size,
    ).materialize()
    elapsed = time.perf_counter() - t0
    assert out.count() == len(rows)
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1200)
    ap.add_argument("--engine", default="rules", choices=["rules", "auto", "model"])
    ap.add_argument("--actors", default="1,2", help="actor counts to compare, comma-separated")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    counts = [int(a) for a in args.actors.split(",")]

    rows = [{"id": i, "text": d.text} for i, d in enumerate(generate_documents(args.docs, seed=args.seed))]
    chars = sum(len(r["text"]) for r in rows)
    print(f"{len(rows)} documents, {chars} characters, engine {args.engine}, batch {args.batch_size}")
    print(f"loadavg before: {loadavg()}")

    anon = Anonymizer(engine=args.engine)
    anon.engine  # noqa: B018 - loaded before the clock starts
    t0 = time.perf_counter()
    anon.anonymize_batch([r["text"] for r in rows])
    plain = time.perf_counter() - t0
    print(f"one plain process (no Ray): {len(rows) / plain:8.1f} docs/s  ({plain:.2f} s)")

    ray.init(num_cpus=max(counts), include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        for n in counts:
            start = run(rows[:1], args.engine, n, args.batch_size)
            wall = run(rows, args.engine, n, args.batch_size)
            rate = len(rows) / wall
            net = len(rows) / max(wall - start, 1e-9)
            print(
                f"{n} actor(s): {rate:8.1f} docs/s wall ({wall:.2f} s, start included); "
                f"start alone {start:.2f} s; {net:8.1f} docs/s without it"
            )
    finally:
        ray.shutdown()
    print(f"loadavg after:  {loadavg()}")


if __name__ == "__main__":
    main()
