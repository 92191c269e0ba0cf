"""What a dataset dir says about itself: config.yaml (the settings that made it) and metadata.json
(counts, tokens, cost, runs, diversity), rewritten during a run and at its end."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from distillery import __version__
from distillery.errors import UserError
from distillery.fsutil import atomic_write_json, read_json_object
from distillery.generate.config import DATASET_IDENTITY, GenerateConfig
from distillery.generate.stats import RunStats, now
from distillery.generate.teacher_factory import TeacherFactory
from distillery.generate.writer import read_records

METADATA = "metadata.json"
CONFIG = "config.yaml"
SPLITS = ("train", "validation", "eval")


def read_metadata(out: Path) -> dict[str, Any] | None:
    return read_json_object(Path(out) / METADATA)


def split_counts(meta: dict[str, Any] | None) -> dict[str, int]:
    """Examples per split as the metadata records them (0 for a split it does not name)."""
    counts = (meta or {}).get("counts") or {}
    return {k: int(counts.get(k, 0)) for k in SPLITS}


def public_url(url: str | None) -> str | None:
    """A base URL without user:password@ (never saved)."""
    if not url:
        return url
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def check_identity(cfg: GenerateConfig, out: Path) -> None:
    """Refuse to resume into a directory generated with settings that pick other examples."""
    import yaml

    path = out / CONFIG
    if not path.is_file():
        return
    try:
        old = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return
    new = cfg.model_dump(mode="json")
    for key in DATASET_IDENTITY:
        if key in old and old[key] != new[key]:
            raise UserError(
                f"{out} holds a dataset made with {key}={old[key]!r}, not {new[key]!r}: "
                "use another --output, or the same settings to resume it"
            )


def structured_output(teacher: Any, previous: dict[str, Any]) -> str | None:
    """The response_format mode the server accepted (decided once per run, see OpenAITeacher)."""
    decided = getattr(teacher, "mode_decided", None)
    if decided is not None and decided.is_set():
        return teacher.mode
    return previous.get("structured_output")


def diversity(out: Path) -> dict[str, Any] | None:
    try:
        from distillery.corpus import SourceDoc, diversity_report
    except ImportError:
        return None

    def docs(names: tuple[str, ...]) -> list[Any]:
        found = []
        for name in names:
            for r in read_records(out / f"{name}.jsonl"):
                found.append(
                    SourceDoc(
                        id=r["id"],
                        lang=r["lang"],
                        kind=r["kind"],
                        template=r["template"],
                        text=r["text"],
                        pii=r["pii"],
                        keep=r.get("keep", []),
                    )
                )
        return found

    return {
        "train_validation": diversity_report(docs(("train", "validation"))),
        "eval": diversity_report(docs(("eval",))),
    }


def rules_check_summary(cfg: GenerateConfig, runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The teacher's answers checked against the rules engine, all runs of the dir together (each run
    also keeps its own counts): checked, completed, rejected, and spans added per type."""
    if cfg.teacher != "openai":
        return None
    added: dict[str, int] = {}
    for r in runs:
        for pii_type, n in (r.get("rules_added") or {}).items():
            added[pii_type] = added.get(pii_type, 0) + n
    return {
        "mode": cfg.openai.rules_check,
        "checked": sum(r.get("rules_checked", 0) for r in runs),
        "completed": sum(r.get("rules_completed", 0) for r in runs),
        "rejected": sum(r.get("rules_rejected", 0) for r in runs),
        "added": dict(sorted(added.items())),
    }


def write_metadata(
    out: Path,
    cfg: GenerateConfig,
    setup: TeacherFactory,
    stats: RunStats,
    counts: dict[str, int],
    *,
    teacher: Any,
    inputs: dict[str, Any] | None,
    with_diversity: bool,
) -> dict[str, Any]:
    """Merge this run's stats into metadata.json (earlier runs of the dir are kept) and rewrite it."""
    previous = read_metadata(out) or {}
    runs = [r for r in previous.get("runs", []) if r.get("run_id") != stats.run_id]
    runs.append(asdict(stats))
    meta: dict[str, Any] = {
        "distillery_version": __version__,
        "teacher": cfg.teacher,
        "teacher_model": setup.model_name,
        "base_url": public_url(setup.base_url) if cfg.teacher == "openai" else None,
        "prompt_version": setup.task.version if setup.task else None,
        "structured_output": structured_output(teacher, previous),
        "seed": cfg.seed,
        "langs": cfg.langs,
        "num_samples": cfg.num_samples,
        "inputs": inputs,
        "counts": dict(counts),
        "tokens": {
            "input": sum(r["input_tokens"] for r in runs),
            "output": sum(r["output_tokens"] for r in runs),
            "cached_input": sum(r.get("cached_input_tokens", 0) for r in runs),
            "estimated": any(r["usage_estimated"] for r in runs),
        },
        "cost_usd": round(sum(r["cost_usd"] for r in runs), 6),
        "price_per_1m": setup.price.model_dump() if setup.price else None,
        "wall_time_s": round(sum(r["wall_time_s"] for r in runs), 3),
        "rules_check": rules_check_summary(cfg, runs),
        "created_at": previous.get("created_at", stats.started_at),
        "updated_at": now(),
        "runs": runs,
        "diversity": previous.get("diversity"),
    }
    if cfg.teacher == "openai" and cfg.openai.batch:
        from distillery.generate.batch import submissions_summary

        meta["batches"] = submissions_summary(out)
    if with_diversity:
        meta["diversity"] = diversity(out)
    atomic_write_json(out / METADATA, meta)
    return meta
