#!/usr/bin/env bash
# Download, on this machine, the wheels the GPU machine lacks (it has torch, transformers, peft,
# accelerate, typer, rich, pyarrow, pandas, xxhash...; no registry access). They travel in .whl/
# (git-ignored) with the device tool's `carry`, 64 MiB in all: bitsandbytes alone is ~43 MB.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .whl
grep -qx '/.whl/' .git/info/exclude 2>/dev/null || echo '/.whl/' >> .git/info/exclude
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_24_x86_64 \
  --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform manylinux1_x86_64 --platform any \
  -d .whl $(grep -v '^#' benchmarks/gpu/wheels.txt)
du -sh .whl
