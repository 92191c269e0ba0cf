"""Throughput of `RayAnonymizer` on a local Ray: 1 actor against 2 (and the same engine in one plain
process, for scale). Not a test: the tests check the rows, this measures how fast they come.

    .venv/bin/python benchmarks/ray_throughput.py [--docs 3000] [--engine rules] [--actors 1,2] [--batch-size 64]
    .venv/bin/python benchmarks/ray_throughput.py --engine auto --docs 48 --batch-size 8   # the model

Each run starts its actors (each loads the engine once) and reads every output block: documents/s
are given over the whole run (start included) and from the first output block on (the actors up).
The machine's load average is printed before and after: on a shared machine the numbers move with it.
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


def run(rows: list[dict], engine: str, actors: int, batch_size: int) -> tuple[float, float]:
    """(documents/s over the whole run, actor start included; documents/s after the first output
    block, i.e. with the actors up and the engine loaded)."""
    ds = ray.data.from_items(rows, override_num_blocks=max(16, 4 * actors))
    out = ds.map_batches(
        RayAnonymizer,
        fn_constructor_kwargs={"engine": engine},
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=1,
        batch_size=batch_size,
    )
    t0 = time.perf_counter()
    first = last = 0.0
    seen = first_rows = 0
    for block in out.iter_batches(batch_size=None, batch_format="pyarrow"):
        last = time.perf_counter()
        if not seen:
            first, first_rows = last, block.num_rows
        seen += block.num_rows
    assert seen == len(rows)
    return seen / (last - t0), (seen - first_rows) / max(last - first, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
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
            whole, steady = run(rows, args.engine, n, args.batch_size)
            print(f"{n} actor(s): {whole:8.1f} docs/s start included; {steady:8.1f} docs/s after the first block")
    finally:
        ray.shutdown()
    print(f"loadavg after:  {loadavg()}")


if __name__ == "__main__":
    main()
