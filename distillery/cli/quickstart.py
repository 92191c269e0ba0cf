"""`distillery quickstart`: generate -> train -> eval -> anonymize a sample, resumable, in one work dir."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from distillery.cli.app import app
from distillery.cli.common import handle_errors, overrides
from distillery.cli.generate import TeacherKind


@app.command()
@handle_errors
def quickstart(
    num_samples: int | None = typer.Option(
        None, "--num-samples", "-n", help="Dataset size, all splits together, eval included (default 300)."
    ),
    teacher: TeacherKind | None = typer.Option(
        None, "--teacher", help="synthetic: offline gold labels (default); openai: needs OPENAI_API_KEY."
    ),
    config: Path | None = typer.Option(
        None,
        "--config",
        "-c",
        help="Train recipe: a YAML of TrainConfig fields or a bundled name. Default: smollm2-135m-tagger-cpu (tagger).",
    ),
    workdir: Path | None = typer.Option(
        None, "--workdir", "-w", help="Work dir: dataset/, adapter/, eval/, sample.json (default runs/quickstart)."
    ),
    max_steps: int | None = typer.Option(None, "--max-steps", help="Stop training after N steps (smoke runs)."),
    eval_gold: Path | None = typer.Option(
        None,
        "--eval-gold",
        help="Gold JSONL to score the student on, or a bundled set (default handwritten; also handwritten2).",
    ),
    eval_limit: int | None = typer.Option(None, "--eval-limit", help="Score only the first N gold documents."),
    sample: Path | None = typer.Option(
        None, "--sample", help="Text file anonymized at the end (default data/examples/sample_it.txt)."
    ),
    max_new_tokens: int | None = typer.Option(
        None, "--max-new-tokens", help="Generation limit per chunk in eval and the sample (default 256)."
    ),
    seed: int | None = typer.Option(None, "--seed", help="Seed of the dataset and of training (default 42)."),
    force: bool = typer.Option(
        False, "--force", help="Redo every step, even those whose output exists (the dataset too)."
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show each stage's own progress and tables."),
) -> None:
    """Run the whole pipeline: check prerequisites, generate a dataset, train, evaluate, anonymize a sample.

    Rerunning resumes: steps whose output exists are skipped. Summary on stderr, the sample's JSON on stdout.
    """
    from distillery.config import resolve_config
    from distillery.quickstart import QuickstartConfig, print_summary, run_quickstart

    cfg = resolve_config(
        QuickstartConfig,
        None,
        overrides(
            num_samples=num_samples,
            teacher=teacher.value if teacher else None,
            train_config=str(config) if config else None,
            workdir=str(workdir) if workdir else None,
            max_steps=max_steps,
            eval_gold=str(eval_gold) if eval_gold else None,
            eval_limit=eval_limit,
            sample=str(sample) if sample else None,
            max_new_tokens=max_new_tokens,
            seed=seed,
        ),
    )
    summary = run_quickstart(cfg, force=force, verbose=verbose)
    print_summary(summary)
    typer.echo(json.dumps(summary["steps"]["sample"]["details"]["result"], ensure_ascii=False, indent=2))
