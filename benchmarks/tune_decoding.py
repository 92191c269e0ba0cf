"""Sweep the tagger's decoding dials (threshold, hysteresis `extend`) on a gold file, running the model once.

Every document goes through the model once (label probabilities are cached by window), then through the
whole inference pipeline (decoding, shape checks, rules, org contacts, mentions, rebuild) once per
setting, and is scored with `eval`'s own metrics. Choose settings on the generator's validation split,
never on a set you report as independent (the hand-written ones).

    python benchmarks/tune_decoding.py --model distillery/assets/default-adapter \
        --gold runs/data/validation.jsonl --limit 200 --threshold 0.3,0.4,0.5 --extend 1,0.7,0.5,0.35
"""

from __future__ import annotations

import argparse
import itertools
import json
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="Tagger dir (default: the shipped adapter).")
    ap.add_argument("--gold", required=True, help="Gold JSONL (a generate split, or any eval gold file).")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--threshold", default="0.5", help="Comma-separated thresholds.")
    ap.add_argument("--extend", default="1", help="Comma-separated hysteresis factors (1 = off).")
    ap.add_argument("--json", default=None, help="Also write the rows here.")
    args = ap.parse_args()

    from distillery.documents import Document
    from distillery.evaluate.config import SystemSpec
    from distillery.evaluate.gold import load_gold
    from distillery.evaluate.score import score_doc, summarize
    from distillery.evaluate.systems import SystemRun, _output
    from distillery.infer import default_model_path
    from distillery.infer.config import InferConfig
    from distillery.infer.tagger_engine import TaggerAnonymizer

    class CachedTagger(TaggerAnonymizer):
        """The tagger with its windows' probabilities cached: a sweep runs the model once."""

        cache: dict[tuple[int, ...], object] = {}

        def _run(self, rows):
            todo = [r for r in dict.fromkeys(map(tuple, rows)) if r not in self.cache]
            if todo:
                for row, out in zip(todo, super()._run([list(r) for r in todo]), strict=True):
                    self.cache[row] = out
            return [self.cache[tuple(r)] for r in rows]

    docs = load_gold(args.gold, limit=args.limit)
    base = InferConfig(engine="model", model=args.model or str(default_model_path()))
    t0 = time.perf_counter()
    engine = CachedTagger(base)
    rows = []
    for threshold, extend in itertools.product(
        [float(x) for x in args.threshold.split(",")], [float(x) for x in args.extend.split(",")]
    ):
        engine.config = base.model_copy(update={"threshold": threshold, "extend": extend})
        outputs = []
        for doc, result in zip(docs, engine.stream(Document(d.text, d.id) for d in docs), strict=True):
            outputs.append(_output(doc, json.loads(result.to_json()), True, None))
        run = SystemRun(spec=SystemSpec(kind="model", target=base.model), label="sweep", outputs=outputs)
        scores = [score_doc(d, o) for d, o in zip(docs, outputs, strict=True)]
        s = summarize(run, scores)
        row = {
            "threshold": threshold,
            "extend": extend,
            "leak": s["leak"]["rate"],
            "partial_leak": s["partial_leak"]["rate"],
            "keep": s["keep"]["rate"],
            "unchanged": s["unchanged"]["rate"],
            "f1": s["spans"]["overlap"]["f1"],
            "by_type": {
                t: [b["leaked"], s["partial_leak"]["by_type"][t]["leaked"], b["total"]]
                for t, b in s["leak"]["by_type"].items()
            },
            "lost_keep": [k for sc in scores for k in sc.keep.lost],
        }
        rows.append(row)
        pct = {
            k: "-" if row[k] is None else f"{100 * row[k]:.2f}%" for k in ("leak", "partial_leak", "keep", "unchanged")
        }
        print(
            f"threshold {threshold:.2f} extend {extend:.2f}: leak {pct['leak']} · partial {pct['partial_leak']} · "
            f"keep {pct['keep']} · unchanged {pct['unchanged']} · F1 {row['f1']:.3f}",
            flush=True,
        )
    print(f"{len(docs)} documents, {len(rows)} settings, {time.perf_counter() - t0:.0f} s")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"gold": args.gold, "documents": len(docs), "rows": rows}, f, indent=2)


if __name__ == "__main__":
    main()
