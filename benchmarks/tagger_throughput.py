"""End-to-end throughput of the tagger engine: documents/s and achieved GFLOP/s, fp32 vs int8.

    .venv/bin/python benchmarks/tagger_throughput.py --model distillery/assets/default-adapter \
        --docs data/eval/handwritten.jsonl --repeat 4 --out benchmarks/results/tagger_cpu.json

Measures the whole `TaggerAnonymizer.stream` path (tokenize, windows, forward, decode, rules safety
net, rebuild) on a JSONL of {id, text}; model load is timed apart. FLOPs per token count the kept
decoder layers' matmuls (2 x multiply-adds) plus attention (4 x context x hidden per layer) and the
head; embeddings are lookups. The load average is printed: 2 cores shared with anything else make
every number here smaller.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path


def flops_per_token(config, context: float) -> float:
    d, ffn, layers = config.hidden_size, config.intermediate_size, config.num_hidden_layers
    heads = config.num_attention_heads
    kv = getattr(config, "num_key_value_heads", heads) * (d // heads)
    linear = d * d + 2 * d * kv + d * d + 3 * d * ffn  # q, k, v, o, gate, up, down
    attention = 2 * context * d  # QK^T and AV, multiply-adds
    return 2 * layers * (linear + attention) + 2 * d * config.num_labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="distillery/assets/default-adapter")
    ap.add_argument("--docs", default="data/eval/handwritten.jsonl", help="JSONL with a text field.")
    ap.add_argument("--repeat", type=int, default=4, help="Pass the documents this many times (a few hundred docs).")
    ap.add_argument("--quantize", default="none,int8", help="Comma-separated: none, int8.")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--out", default=None, help="Write the results as JSON here.")
    args = ap.parse_args()

    import torch

    from distillery.documents import Document
    from distillery.infer import InferConfig
    from distillery.infer.tagger_engine import TaggerAnonymizer

    if args.threads:
        torch.set_num_threads(args.threads)
    texts = [json.loads(line)["text"] for line in Path(args.docs).read_text(encoding="utf-8").splitlines() if line]
    docs = [Document(t, f"{r}-{i}") for r in range(args.repeat) for i, t in enumerate(texts)]
    results = []
    for mode in args.quantize.split(","):
        cfg = InferConfig(model=args.model, quantize=mode, batch_size=args.batch_size)
        t0 = time.perf_counter()
        engine = TaggerAnonymizer(cfg)
        load_s = time.perf_counter() - t0
        engine.anonymize("warm-up: Mario Rossi, 347 123 4567.")
        engine.stats = type(engine.stats)()
        t0 = time.perf_counter()
        n = sum(1 for _ in engine.stream(docs))
        wall = time.perf_counter() - t0
        st = engine.stats
        context = st.tokens / max(st.windows, 1) / 2  # mean tokens a token attends to (causal: half)
        gflop = flops_per_token(engine.loaded.model.config, context) * st.padded_tokens / 1e9
        row = {
            "quantize": engine.loaded.quantized,
            "dtype": str(engine.loaded.dtype),
            "documents": n,
            "load_s": round(load_s, 2),
            "wall_s": round(wall, 2),
            "docs_per_s": round(n / wall, 2),
            "model_s": round(st.model_seconds, 2),
            "tokens": st.tokens,
            "padded_tokens": st.padded_tokens,
            "tokens_per_s_model": round(st.tokens / max(st.model_seconds, 1e-9), 1),
            "gflop": round(gflop, 1),
            "gflop_per_s_model": round(gflop / max(st.model_seconds, 1e-9), 1),
            "share_in_model": round(st.model_seconds / wall, 3),
        }
        results.append(row)
        print(
            f"{row['quantize']:>5}: {row['docs_per_s']:.2f} docs/s end to end ({n} docs, {wall:.1f} s; load "
            f"{load_s:.1f} s) · model {row['tokens_per_s_model']:.0f} tokens/s, {row['gflop_per_s_model']:.0f} "
            f"GFLOP/s achieved, {100 * row['share_in_model']:.0f}% of the time in the model",
            flush=True,
        )
    meta = {
        "model": args.model,
        "docs_file": args.docs,
        "repeat": args.repeat,
        "batch_size": args.batch_size,
        "threads": torch.get_num_threads(),
        "cpu": platform.processor() or platform.machine(),
        "load_average_at_end": os.getloadavg(),
        "torch": torch.__version__,
        "date": time.strftime("%Y-%m-%d"),
    }
    print(f"load average {meta['load_average_at_end']}, {meta['threads']} threads", flush=True)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
