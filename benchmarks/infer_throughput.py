"""Throughput of `distillery infer --engine model`: documents/s, generated tokens/s, p50 latency.

CPU (default): the embedded SmolLM2-135M (or --model: a trained adapter / merged dir). An untuned
base model answers "[]" at once, so unless --natural is given every document is forced to generate
exactly --tokens tokens (min_new_tokens = max_new_tokens): the numbers measure the engine, not
how talkative the model happens to be.

GPU (--gpu): a random-init TinyLlama-architecture model (22 layers, hidden 2048, MLP 5632, 32 heads,
4 KV heads, vocab 32000) saved with a tokenizer into a temp dir, forced to generate 64 tokens for
~200-token documents.

Each configuration runs through the product's own code (ModelAnonymizer: length-sorted batches,
prefix KV cache, inference_mode, bf16 on GPU) and, for comparison, through a plain
`model.generate` loop (input order, left padding, full prompt prefill, the dtype transformers picks).

    .venv/bin/python benchmarks/infer_throughput.py --docs 32 --batch-sizes 1,4,8,16 --out results.json
    .venv/bin/python benchmarks/infer_throughput.py --gpu --docs 256 --batch-sizes 1,4,8,16,32
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from distillery.documents import Document  # noqa: E402
from distillery.infer.config import InferConfig  # noqa: E402

_IT = [
    "Gentile {name}, le scriviamo in merito alla pratica {num} aperta il {date}. Come richiesto, "
    "abbiamo verificato i dati del contratto intestato a lei presso la sede di {city}. Il rimborso di "
    "{amount} euro verrà accreditato sull'IBAN {iban} entro dieci giorni lavorativi. Per qualsiasi "
    "chiarimento può contattare il nostro ufficio al numero {phone} oppure scrivere a {email}. La "
    "preghiamo di conservare questa comunicazione e di indicare sempre il codice fiscale {cf} nelle "
    "prossime richieste. Ricordiamo che l'ufficio è aperto dal lunedì al venerdì, dalle nove alle "
    "diciotto, e che la documentazione può essere consegnata anche in via {street}. Cordiali saluti, "
    "{agent}, Servizio Clienti.",
]
_EN = [
    "Dear {name}, thank you for contacting us about ticket {num}, opened on {date}. We reviewed the "
    "account registered at {street}, {city}, and confirmed that the refund of {amount} dollars will be "
    "sent to the card ending in the number {card} within ten business days. If you have questions, "
    "call our support line at {phone} or email {email}; please quote your reference in every message. "
    "For security reasons we never ask for passwords over the phone, and our agents will always "
    "identify themselves by name. Our offices are open Monday to Friday, nine to six. Kind regards, "
    "{agent}, Customer Care.",
]


def fallback_documents(n: int, seed: int = 7) -> list[str]:
    """~120-word IT/EN letters with Faker values (used when the synthetic corpus is unavailable)."""
    import random

    from faker import Faker

    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = "it" if i % 2 == 0 else "en"
        fk = Faker("it_IT" if lang == "it" else "en_US")
        fk.seed_instance(seed + i)
        values = dict(
            name=fk.name(),
            agent=fk.name(),
            num=f"{rng.randint(1000, 99999)}/{rng.randint(20, 25)}",
            date=fk.date(),
            city=fk.city(),
            amount=f"{rng.randint(10, 2000)},{rng.randint(0, 99):02d}",
            iban=fk.iban(),
            phone=fk.phone_number(),
            email=fk.email(),
            cf=fk.ssn(),
            street=fk.street_address(),
            card=fk.credit_card_number()[-4:],
        )
        out.append(rng.choice(_IT if lang == "it" else _EN).format(**values))
    return out


def benchmark_documents(n: int, min_words: int = 100, max_words: int = 150) -> list[str]:
    """n realistic documents of min..max words, half Italian, from the synthetic corpus if available."""
    try:
        from distillery.corpus import generate_documents

        picked = []
        for doc in generate_documents(n * 20, seed=7, split="eval"):
            if min_words <= len(doc.text.split()) <= max_words:
                picked.append(doc.text)
                if len(picked) == n:
                    return picked
    except Exception as exc:  # the corpus is another stage's code: never let it break the benchmark
        print(f"synthetic corpus unavailable ({exc}); using built-in letters", file=sys.stderr)
    return fallback_documents(n)


# --- the random TinyLlama for --gpu ------------------------------------------------------------------


def build_tinyllama_like(path: Path, texts: list[str], layers: int = 22, hidden: int = 2048) -> Path:
    """Random-init Llama with TinyLlama-1.1B's shape and a 32000-entry byte-level BPE tokenizer."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from conftest import CHAT_TEMPLATE  # the same ChatML template the tests use

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=32000, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tk.train_from_iterator(texts * 2, trainer=trainer)
    tok = PreTrainedTokenizerFast(
        tokenizer_object=tk, bos_token="<|im_start|>", eos_token="<|im_end|>", pad_token="<|endoftext|>"
    )
    tok.chat_template = CHAT_TEMPLATE
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=32000,
        hidden_size=hidden,
        intermediate_size=5632 if hidden == 2048 else hidden * 2,
        num_hidden_layers=layers,
        num_attention_heads=32 if hidden >= 1024 else 4,
        num_key_value_heads=4 if hidden >= 1024 else 2,
        max_position_embeddings=2048,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    model = LlamaForCausalLM(config)
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path


def gpu_documents(n: int) -> list[str]:
    """~200-token documents (two ~120-word letters joined would be too long: one letter + a tail)."""
    docs = benchmark_documents(n, 130, 170)
    return [d if len(d.split()) >= 140 else d + " " + " ".join(d.split()[:30]) for d in docs]


# --- runners ------------------------------------------------------------------------------------


def run_engine(engine: Any, texts: list[str]) -> dict:
    """Through ModelAnonymizer.stream: the code `distillery infer` runs."""
    from distillery.infer.generation import GenerationStats

    engine.generator.stats = GenerationStats()
    docs = [Document(t, id=i) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    results = list(engine.stream(docs))
    wall = time.perf_counter() - t0
    st = engine.generator.stats
    assert [r.id for r in results] == list(range(len(texts)))
    return _numbers(
        len(texts), wall, st.generated_tokens, st.batch_seconds, st.batch_rows, st.prompt_tokens, st.prefill_tokens
    )


def run_plain(model: Any, tokenizer: Any, texts: list[str], batch_size: int, gen_kwargs: dict, few_shot: bool) -> dict:
    """The baseline: plain `model.generate` on left-padded batches in input order."""
    import torch

    from distillery.student_format import few_shot_messages, prompt_messages

    messages = few_shot_messages if few_shot else prompt_messages
    tokenizer.padding_side = "left"
    prompts = [tokenizer.apply_chat_template(messages(t), tokenize=False, add_generation_prompt=True) for t in texts]
    batch_seconds: list[float] = []
    batch_rows: list[int] = []
    generated = prompt_tokens = 0
    t0 = time.perf_counter()
    for i in range(0, len(prompts), batch_size):
        b0 = time.perf_counter()
        enc = tokenizer(prompts[i : i + batch_size], return_tensors="pt", padding=True, add_special_tokens=False)
        enc = enc.to(model.device)
        with torch.no_grad():
            out = model.generate(**enc, **gen_kwargs)
        new = out[:, enc["input_ids"].shape[1] :]
        generated += int((new != tokenizer.pad_token_id).sum())
        prompt_tokens += int(enc["attention_mask"].sum())
        tokenizer.batch_decode(new, skip_special_tokens=True)
        batch_seconds.append(time.perf_counter() - b0)
        batch_rows.append(new.shape[0])
    wall = time.perf_counter() - t0
    return _numbers(len(texts), wall, generated, batch_seconds, batch_rows, prompt_tokens, prompt_tokens)


def _numbers(n, wall, generated, batch_seconds, batch_rows, prompt_tokens, prefill_tokens) -> dict:
    # Per-document latency: the wall time of the batch that held it (what a caller waits for it).
    per_doc = [secs for secs, rows in zip(batch_seconds, batch_rows, strict=True) for _ in range(rows)]
    return {
        "documents": n,
        "seconds": round(wall, 3),
        "docs_per_s": round(n / wall, 3),
        "generated_tokens": generated,
        "gen_tokens_per_s": round(generated / wall, 1),
        "p50_latency_s": round(statistics.median(per_doc), 3) if per_doc else None,
        "prompt_tokens_per_doc": round(prompt_tokens / n, 1),
        "prefill_tokens_per_doc": round(prefill_tokens / n, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="adapter/merged dir or base name (default: smollm2-135m, few-shot)")
    ap.add_argument("--gpu", action="store_true", help="random TinyLlama-shape model on the GPU")
    ap.add_argument("--device", default=None, help="default: cpu, or cuda with --gpu")
    ap.add_argument("--docs", type=int, default=32)
    ap.add_argument("--batch-sizes", default="1,4,8,16")
    ap.add_argument("--tokens", type=int, default=None, help="forced generated tokens per document")
    ap.add_argument("--natural", action="store_true", help="do not force the number of generated tokens")
    ap.add_argument("--no-plain", action="store_true", help="skip the plain model.generate baseline")
    ap.add_argument("--compile", action="store_true", help="also run the engine with config.compile")
    ap.add_argument("--dtype", default="auto", help="engine dtype: auto (bf16 GPU / fp32 CPU), bfloat16, float32")
    ap.add_argument("--threads", type=int, default=None, help="torch CPU threads (a shared machine: try 1)")
    ap.add_argument("--layers", type=int, default=22, help="--gpu model layers (smoke tests: 2)")
    ap.add_argument("--hidden", type=int, default=2048, help="--gpu model hidden size (smoke tests: 64)")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    args = ap.parse_args(argv)

    import torch

    from distillery.artifacts import resolve_source
    from distillery.infer.loading import load_for_inference
    from distillery.infer.model_engine import ModelAnonymizer

    if args.threads:
        torch.set_num_threads(args.threads)  # this script only; the product never changes it
    batch_sizes = [int(b) for b in args.batch_sizes.split(",")]
    device = args.device or ("cuda" if args.gpu else "cpu")
    tmp = None
    if args.gpu:
        texts = gpu_documents(args.docs)
        tmp = tempfile.TemporaryDirectory(prefix="distillery-bench-")
        t0 = time.perf_counter()
        model_name = str(build_tinyllama_like(Path(tmp.name), texts, args.layers, args.hidden))
        print(f"built random TinyLlama-shape model in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        few_shot, tokens = False, args.tokens or 64
    else:
        texts = benchmark_documents(args.docs)
        model_name = args.model or "smollm2-135m"
        few_shot = resolve_source(model_name).kind == "base"
        tokens = args.tokens or 32
    forced = not args.natural
    max_new = tokens if forced else max(tokens, 256)
    cfg = InferConfig(
        model=model_name,
        engine="model",
        device=device,
        few_shot=few_shot,
        max_new_tokens=max_new,
        min_new_tokens=tokens if forced else 0,
    )
    loaded = load_for_inference(model_name, device=device, dtype=args.dtype)
    tok = loaded.tokenizer
    words = statistics.mean(len(t.split()) for t in texts)
    doc_tokens = statistics.mean(len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts)
    info = {
        "model": loaded.source.describe(),
        "device": loaded.device,
        "device_name": torch.cuda.get_device_name() if loaded.device.startswith("cuda") else platform.processor(),
        "dtype": str(loaded.dtype).replace("torch.", ""),
        "threads": torch.get_num_threads(),
        "few_shot": few_shot,
        "documents": len(texts),
        "words_per_doc": round(words, 1),
        "tokens_per_doc": round(doc_tokens, 1),
        "forced_new_tokens": tokens if forced else None,
        "torch": torch.__version__,
    }
    print(json.dumps(info), file=sys.stderr)
    rows = []
    plain_model = None
    if not args.no_plain:
        from transformers import AutoModelForCausalLM

        # What a user gets from from_pretrained + generate without our loading choices.
        plain_model = AutoModelForCausalLM.from_pretrained(
            resolve_model_path_for_plain(loaded, model_name), local_files_only=True
        ).to(device)
        plain_model.eval()
    variants = [("engine", {})] + ([("engine+compile", {"compile": True})] if args.compile else [])
    warm = texts[: min(4, len(texts))]
    for bs in batch_sizes:
        for name, extra in variants:
            engine = ModelAnonymizer(cfg.model_copy(update={"batch_size": bs, **extra}), loaded=loaded)
            run_engine(engine, warm)  # warm-up: kernels, prefix cache, compiled graphs
            res = run_engine(engine, texts)
            rows.append({"runner": name, "batch_size": bs, **res})
            print(json.dumps(rows[-1]), file=sys.stderr)
        if plain_model is not None:
            gen_kwargs = dict(
                max_new_tokens=max_new,
                min_new_tokens=tokens if forced else None,
                do_sample=False,
                pad_token_id=tok.pad_token_id,
                eos_token_id=loaded.model.generation_config.eos_token_id,
            )
            run_plain(plain_model, tok, warm, bs, gen_kwargs, few_shot)
            res = run_plain(plain_model, tok, texts, bs, gen_kwargs, few_shot)
            rows.append({"runner": "plain generate", "batch_size": bs, **res})
            print(json.dumps(rows[-1]), file=sys.stderr)
    _print_table(info, rows)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"info": info, "results": rows}, indent=2) + "\n")
    if tmp is not None:
        tmp.cleanup()
    return 0


def resolve_model_path_for_plain(loaded: Any, model_name: str) -> str:
    """The plain baseline loads a full model: the base of an adapter is merged by us, so reuse ours."""
    from distillery.models import resolve_model_path

    if loaded.source.kind == "adapter":
        tmp = Path(tempfile.mkdtemp(prefix="distillery-merged-"))
        loaded.model.save_pretrained(tmp)
        return str(tmp)
    return resolve_model_path(loaded.source.base)


def _print_table(info: dict, rows: list[dict]) -> None:
    print(
        f"model {info['model']} · {info['device']} {info['device_name']} · {info['dtype']} · "
        f"{info['threads']} threads · {info['documents']} docs of ~{info['words_per_doc']:.0f} words "
        f"(~{info['tokens_per_doc']:.0f} tokens) · forced new tokens: {info['forced_new_tokens']}"
    )
    print(f"{'runner':<16}{'batch':>6}{'docs/s':>9}{'gen tok/s':>11}{'p50 s':>8}{'prefill tok/doc':>17}")
    for r in rows:
        print(
            f"{r['runner']:<16}{r['batch_size']:>6}{r['docs_per_s']:>9.2f}{r['gen_tokens_per_s']:>11.1f}"
            f"{r['p50_latency_s']:>8.2f}{r['prefill_tokens_per_doc']:>17.0f}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
