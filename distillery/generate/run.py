"""The face of `distillery generate`: `run(config, output)`, and what a caller (the quickstart) asks
of a dataset dir: `is_complete`, `summary` and `headline`. Nothing heavy is imported here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from distillery.config import read_saved_config
from distillery.generate.config import GenerateConfig
from distillery.generate.metadata import CONFIG, read_metadata, split_counts
from distillery.generate.sources import CorpusFn

# metadata.json's content after the run (see generate/metadata.py), or the estimate with dry_run.
GenerateResult = dict[str, Any]


def run(
    config: GenerateConfig,
    output: str | Path,
    *,
    inputs: str | None = None,
    dry_run: bool = False,
    quiet: bool = False,
    corpus: CorpusFn | None = None,
) -> GenerateResult:
    """Build (or resume) the dataset in `output`; with `dry_run`, only estimate. Returns metadata/estimate."""
    from distillery.generate.generator import Generator

    gen = Generator(config, output, inputs=inputs, quiet=quiet, corpus=corpus, read_only=dry_run)
    return gen.estimate() if dry_run else gen.run()


def is_complete(out_dir: str | Path, config: GenerateConfig | None = None) -> bool:
    """Whether `out_dir` holds every example `config` asks for (default: the config it was made
    with), labelled by the same teacher from the same seed."""
    out = Path(out_dir)
    meta = read_metadata(out)
    config = config or read_saved_config(GenerateConfig, out, CONFIG)
    if meta is None or config is None or meta.get("teacher") != config.teacher or meta.get("seed") != config.seed:
        return False
    c = split_counts(meta)
    return c["train"] + c["validation"] >= config.n_train_validation and c["eval"] >= config.n_eval


def summary(out_dir: str | Path) -> dict[str, Any] | None:
    """Examples per split, the teacher and what it cost; None when `out_dir` holds no dataset."""
    meta = read_metadata(Path(out_dir))
    if meta is None:
        return None
    return {**split_counts(meta), "teacher": meta.get("teacher"), "cost_usd": meta.get("cost_usd", 0.0)}


def headline(out_dir: str | Path) -> str:
    """One line: examples per split, teacher, cost (when there was one)."""
    d = summary(out_dir)
    if d is None:
        return f"no dataset in {out_dir}"
    line = f"{d['train']} train / {d['validation']} validation / {d['eval']} eval · {d['teacher']} teacher"
    return line + (f" · ${d['cost_usd']:.4f}" if d.get("cost_usd") else "")
