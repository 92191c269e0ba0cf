"""Training throughput of `distillery train`: tokens/s, samples/s, peak memory and MFU.

Trains N steps on synthetic records (the `generate` format) through the same code path as the CLI
(`distillery.train.run_training`).

- CPU (default without CUDA): the SmolLM2-135M recipe, configs/train/smollm2-135m-cpu.yaml.
- GPU (`--gpu`, default when CUDA is available): a randomly initialised model with TinyLlama-1.1B's
  exact architecture (no download) and configs/train/tinyllama-1.1b-lora.yaml, ~600-token examples.
- `--tiny`: the GPU path with a toy-sized architecture, to smoke-test it on CPU.

MFU counts LoRA training FLOPs per token as 2N (forward) + 2N (activation gradients; the frozen
weights get no weight gradients) + 12·L·d·T (attention), N = parameters of the matmuls.

    .venv/bin/python benchmarks/train_throughput.py --steps 12 --out benchmarks/results/cpu.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
TINYLLAMA = dict(
    hidden_size=2048, intermediate_size=5632, num_hidden_layers=22, num_attention_heads=32, num_key_value_heads=4
)
TOY = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2)
# Dense bf16 peak of known GPUs, TFLOP/s.
GPU_PEAK_TFLOPS = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L40S": 362.0, "L4": 121.0, "A10": 125.0}

FIRST = ["Mario", "Giulia", "Luca", "Anna", "John", "Emily", "Paolo", "Sara", "David", "Laura"]
LAST = ["Rossi", "Bianchi", "Esposito", "Smith", "Clarke", "Romano", "Colombo", "Brown", "Ricci", "Taylor"]
WORDS = " ".join(
    [
        "la pratica è stata aperta ieri e il cliente chiede un aggiornamento sulla consegna del materiale",
        "the customer asked for an update about the delivery and the invoice sent last week was not paid",
        "ufficio amministrazione contratto rinnovo fattura scadenza ordine numero riferimento gentile saluti",
    ]
).split(" ")


def synthetic_record(i: int, rng: random.Random, n_words: int) -> dict:
    """A document with a name, an email and a phone number among filler words."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    email = name.lower().replace(" ", ".") + f"{i}@example.com"
    phone = f"347 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    parts = [f"Gentile {name},"]
    pii = []
    words = [rng.choice(WORDS) for _ in range(n_words)]
    text = parts[0] + " " + " ".join(words[: n_words // 2]) + f" scrivere a {email} o chiamare il {phone}. "
    text += " ".join(words[n_words // 2 :]) + "."
    for value, typ in ((name, "PERSON"), (email, "EMAIL"), (phone, "PHONE")):
        start = text.index(value)
        pii.append({"value": value, "type": typ, "start": start, "end": start + len(value)})
    return {"id": f"bench-{i}", "lang": "it", "kind": "bench", "template": "bench", "text": text, "pii": pii}


def words_for_length(tokenizer, seq_len: int) -> int:
    """Filler words per document so that prompt + answer is about `seq_len` tokens."""
    from distillery.train.data import Example, to_rows, token_length
    from distillery.train.data import _check_record as check

    rng = random.Random(0)
    lo, hi = 1, 4 * seq_len
    while lo < hi:
        mid = (lo + hi) // 2
        ex: Example = check(synthetic_record(0, rng, mid), "bench")
        if token_length(tokenizer, to_rows([ex])[0]) < seq_len:
            lo = mid + 1
        else:
            hi = mid
    return lo


def build_random_model(path: Path, arch: dict, vocab_size: int = 32000) -> Path:
    """A randomly initialised Llama with `arch` and a byte-level BPE tokenizer (vocab <= vocab_size)."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<unk>", "<|im_start|>", "<|im_end|>"]
    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.decoder = decoders.ByteLevel()
    rng = random.Random(0)
    corpus = [synthetic_record(i, rng, 60)["text"] for i in range(200)]
    trainer = trainers.BpeTrainer(
        vocab_size=min(vocab_size, 4000), special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tk.train_from_iterator(corpus, trainer=trainer)
    tok = PreTrainedTokenizerFast(
        tokenizer_object=tk, bos_token="<|im_start|>", eos_token="<|im_end|>", unk_token="<unk>", pad_token="<unk>"
    )
    tok.chat_template = CHAT_TEMPLATE
    config = LlamaConfig(
        vocab_size=vocab_size,
        max_position_embeddings=2048,
        rms_norm_eps=1e-5,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        tie_word_embeddings=False,
        **arch,
    )
    torch.manual_seed(0)
    with torch.device("cuda" if torch.cuda.is_available() else "cpu"):
        model = LlamaForCausalLM(config).to(torch.bfloat16)
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path


def matmul_params(config) -> int:
    d, i, L = config.hidden_size, config.intermediate_size, config.num_hidden_layers
    head_dim = getattr(config, "head_dim", None) or d // config.num_attention_heads
    kv = config.num_key_value_heads * head_dim
    per_layer = 2 * d * d + 2 * d * kv + 3 * d * i
    return L * per_layer + d * config.vocab_size  # + lm_head


def cpu_peak_tflops(bf16: bool) -> float:
    """Rough peak: cores x clock x FLOP/cycle (AVX-512: 32 fp32, 64 with avx512_bf16 dot products)."""
    mhz = 2500.0
    flags = ""
    try:
        info = Path("/proc/cpuinfo").read_text()
        mhz = max(float(line.split(":")[1]) for line in info.splitlines() if line.startswith("cpu MHz"))
        flags = next(line for line in info.splitlines() if line.startswith("flags"))
    except (OSError, ValueError, StopIteration):
        pass
    per_cycle = 32 if "avx512f" in flags else 16
    if bf16 and "avx512_bf16" in flags:
        per_cycle *= 2
    return (os.cpu_count() or 1) * mhz * 1e6 * per_cycle / 1e12


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gpu", action="store_true", help="TinyLlama-architecture benchmark (default with CUDA)")
    ap.add_argument("--cpu", action="store_true", help="SmolLM2 CPU recipe even when CUDA is available")
    ap.add_argument("--tiny", action="store_true", help="the --gpu code path with a toy architecture (CPU smoke test)")
    ap.add_argument("--config", type=Path, help="train config (default: by device)")
    ap.add_argument("--steps", type=int, default=12, help="optimizer steps to time")
    ap.add_argument("--warmup", type=int, default=2, help="first steps left out of the steady-state numbers")
    ap.add_argument("--seq-len", type=int, help="tokens per example (default: 600 GPU, 280 CPU)")
    ap.add_argument("--batch-size", type=int)
    ap.add_argument("--grad-accum", type=int)
    ap.add_argument("--set", dest="sets", action="append", default=[], help="config override key.path=value")
    ap.add_argument("--peak-tflops", type=float, help="device peak for MFU (default: looked up / estimated)")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    ap.add_argument("--verbose", action="store_true", help="show the training progress")
    args = ap.parse_args()

    import torch

    from distillery.cli.train import parse_set
    from distillery.config import resolve_config
    from distillery.documents import write_all
    from distillery.models import load_tokenizer
    from distillery.train.config import TrainConfig
    from distillery.train.preamble import quiet_libraries
    from distillery.train.run import run as run_training

    quiet_libraries()
    gpu_path = args.tiny or args.gpu or (torch.cuda.is_available() and not args.cpu)
    tmp = Path(tempfile.mkdtemp(prefix="distillery-bench-"))
    if gpu_path:
        config_path = args.config or ROOT / "configs/train/tinyllama-1.1b-lora.yaml"
        model_name = str(build_random_model(tmp / "model", TOY if args.tiny else TINYLLAMA))
        seq_len = args.seq_len or (64 if args.tiny else 600)
    else:
        config_path = args.config or ROOT / "configs/train/smollm2-135m-cpu.yaml"
        model_name = None
        seq_len = args.seq_len or 280
    flags = {"training.eval_strategy": "no", "data.validation_fraction": 0.0, "training.max_steps": args.steps}
    flags["training.warmup_ratio"] = 0.0
    if model_name:
        flags["model.name"] = model_name
    if args.batch_size:
        flags["training.batch_size"] = args.batch_size
    if args.grad_accum:
        flags["training.grad_accum"] = args.grad_accum
    flags.update(parse_set(args.sets))
    cfg = resolve_config(TrainConfig, config_path, flags)
    cfg.data.max_length = max(cfg.data.max_length, seq_len + 16)

    tokenizer = load_tokenizer(cfg.model.name)
    n_words = words_for_length(tokenizer, seq_len)
    world = int(os.environ.get("WORLD_SIZE", "1"))
    n_records = args.steps * cfg.training.batch_size * cfg.training.grad_accum * world + 8
    rng = random.Random(1)
    (tmp / "data").mkdir()
    write_all(str(tmp / "data" / "train.jsonl"), (synthetic_record(i, rng, n_words) for i in range(n_records)))

    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    t0 = time.perf_counter()
    result = run_training(cfg, dataset=tmp / "data", output_dir=tmp / "out", quiet=not args.verbose)
    total_wall = time.perf_counter() - t0

    from transformers import AutoConfig

    mcfg = AutoConfig.from_pretrained(result.metadata["base_model_path"])
    tokens_per_step = result.tokens_seen / max(result.global_step, 1)
    steady = result.step_times[args.warmup :] or result.step_times
    step_s = sum(steady) / len(steady)
    tps = tokens_per_step / step_s
    samples_per_step = cfg.training.batch_size * cfg.training.grad_accum * world
    n = matmul_params(mcfg)
    tokens_per_example = tokens_per_step / samples_per_step
    flops_per_token = 4 * n + 12 * mcfg.num_hidden_layers * mcfg.hidden_size * tokens_per_example
    precision = result.metadata["precision"]
    if args.peak_tflops:
        peak, peak_src = args.peak_tflops, "given"
    elif torch.cuda.is_available():
        name = torch.cuda.get_device_name()
        peak = next((v for k, v in GPU_PEAK_TFLOPS.items() if k in name), 0.0)
        peak_src = f"{name} bf16 dense"
    else:
        peak, peak_src = cpu_peak_tflops(precision == "bf16"), "estimated: cores x clock x FLOP/cycle"
    achieved = flops_per_token * tps / 1e12
    if torch.cuda.is_available():
        peak_mem = torch.cuda.max_memory_allocated() / 2**30
        mem_kind = "cuda max allocated"
    else:
        peak_mem = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
        mem_kind = "process max RSS"
    out = {
        "device": result.metadata["device"],
        "device_name": torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu",
        "model": "random TinyLlama-1.1B architecture" if gpu_path and not args.tiny else cfg.model.name,
        "config": str(config_path.relative_to(ROOT) if config_path.is_relative_to(ROOT) else config_path),
        "precision": precision,
        "batching": result.metadata["batching"],
        "attn_implementation": result.metadata["attn_implementation"],
        "batch_size": cfg.training.batch_size,
        "grad_accum": cfg.training.grad_accum,
        "world_size": world,
        "lora_r": cfg.lora.r,
        "lora_targets": cfg.lora.target_modules,
        "seq_len_target": seq_len,
        "tokens_per_example": round(tokens_per_example, 1),
        "steps": result.global_step,
        "warmup_steps_excluded": min(args.warmup, len(result.step_times) - len(steady)),
        "step_time_s": round(step_s, 4),
        "tokens_per_step": round(tokens_per_step, 1),
        "tokens_per_s": round(tps, 1),
        "samples_per_s": round(samples_per_step / step_s, 3),
        "tokens_per_s_whole_run": round(result.tokens_per_second, 1),
        "peak_memory_gib": round(peak_mem, 3),
        "peak_memory_kind": mem_kind,
        "matmul_params": n,
        "flops_per_token": round(flops_per_token),
        "achieved_tflops": round(achieved, 3),
        "peak_tflops": round(peak, 2),
        "peak_source": peak_src,
        "mfu": round(achieved / peak, 4) if peak else None,
        "threads": torch.get_num_threads(),
        "load_average": os.getloadavg(),
        "total_wall_s": round(total_wall, 1),
    }
    print(json.dumps(out, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
