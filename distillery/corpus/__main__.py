"""Preview the generator: `python -m distillery.corpus [--n N] [--split S] [--seed K] [--show M] [--jsonl]`.

Prints the diversity report (JSON) on stdout, or the documents themselves with --jsonl; with --show,
a few documents and their spans go to stderr for reading.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict

from . import diversity_report, generate_documents


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m distillery.corpus", description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--split", choices=("train", "eval"), default="train")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--langs", default="it,en", help="comma-separated: it,en")
    ap.add_argument("--show", type=int, default=0, help="print this many documents with their spans to stderr")
    ap.add_argument("--jsonl", action="store_true", help="write the documents as JSON lines instead of the report")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    docs = list(generate_documents(args.n, seed=args.seed, split=args.split, langs=tuple(args.langs.split(","))))
    elapsed = time.perf_counter() - t0
    for doc in docs[: args.show]:
        spans = ", ".join(f"{s['type']}={s['value']!r}" for s in doc.pii)
        print(
            f"--- {doc.id} {doc.kind} {doc.lang} {doc.template}\n{doc.text}\nPII: {spans}\nKEEP: {doc.keep}\n",
            file=sys.stderr,
        )
    if args.jsonl:
        for doc in docs:
            print(json.dumps(asdict(doc), ensure_ascii=False))
    else:
        report = diversity_report(docs)
        report["seconds"] = round(elapsed, 2)
        report["docs_per_second"] = round(len(docs) / elapsed, 1) if elapsed else None
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
