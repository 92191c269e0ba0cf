#!/usr/bin/env bash
# The GPU check of issue 8, as ONE device-tool call (~8 minutes on an H100/H200):
#   here:   bash benchmarks/gpu/fetch_wheels.sh
#   device: run(command="bash benchmarks/gpu/suite.sh", carry=[".whl"], timeout_s=590)
#   here:   cp <files_at>/*.json benchmarks/results/gpu/ and commit them with the date and device.
# Every benchmark goes through the product's own code paths (distillery.train.run_training and
# distillery.infer's ModelAnonymizer) on a random-init model with TinyLlama-1.1B's exact config.
# SMOKE=1 runs the same script on a CPU with toy sizes (what CI-less preparation can check).
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-benchmarks/results/gpu-smoke}"
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1
PY="${PY:-python3}"
if [ -d .whl ] && [ -z "${SMOKE:-}" ]; then
  "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH="/tmp/site:$PWD"
else
  export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
fi
step() {  # step NAME SECONDS CMD... : run with a time limit, keep going on failure, log to $OUT/NAME.log
  local name=$1 limit=$2; shift 2
  echo "=== $name (limit ${limit}s): $*"
  local t0=$SECONDS
  timeout "$limit" "$@" > >(tee "$OUT/$name.log") 2>&1
  echo "=== $name: rc=$? in $((SECONDS - t0)) s"
}
{
  date -u +%FT%TZ
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no GPU"
  "$PY" -c "import torch, transformers, peft, trl; print('torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'trl', trl.__version__)"
} | tee "$OUT/env.txt"

if [ -n "${SMOKE:-}" ]; then
  step train_lora 300 "$PY" benchmarks/train_throughput.py --tiny --steps 3 --warmup 1 --seq-len 64 --batch-size 2 --out "$OUT/train_lora.json"
  step infer 300 "$PY" benchmarks/infer_throughput.py --gpu --device cpu --layers 2 --hidden 64 --docs 8 --batch-sizes 1,4 --tokens 8 --out "$OUT/infer.json"
  exit 0
fi
# 1. LoRA r8 on attention + MLP, ~600-token examples, bf16, the largest batch instead of checkpointing.
step train_lora 200 "$PY" benchmarks/train_throughput.py --gpu --steps 25 --warmup 5 --seq-len 600 --batch-size 32 --grad-accum 1 --out "$OUT/train_lora.json"
# 2. Batched inference: ~200-token documents, exactly 64 generated tokens, engine vs plain generate.
step infer 200 "$PY" benchmarks/infer_throughput.py --gpu --docs 512 --batch-sizes 16,64,128 --tokens 64 --out "$OUT/infer.json"
# 3. QLoRA (4-bit NF4 through bitsandbytes): runs, and its peak memory.
step train_qlora 120 "$PY" benchmarks/train_throughput.py --gpu --config configs/train/tinyllama-1.1b-qlora.yaml --steps 8 --warmup 2 --seq-len 600 --batch-size 16 --grad-accum 1 --out "$OUT/train_qlora.json"
ls -la "$OUT"
