"""Every stage's face: `is_complete(dir)` and `headline(dir)` on a complete, a partial and a missing
output, and the training preamble both students share."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from fake_openai_server import tiny_corpus

from distillery.artifacts import write_marker
from distillery.config import save_resolved_config
from distillery.errors import UserError
from distillery.evaluate import EvalConfig, SystemSpec
from distillery.evaluate import run as evaluate
from distillery.generate import run as generate
from distillery.generate.config import GenerateConfig
from distillery.train import run as train
from distillery.train.config import TrainConfig
from distillery.train.metadata import write_metadata

# --- generate --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "dataset"
    generate.run(GenerateConfig(num_samples=20, seed=3), out, quiet=True, corpus=tiny_corpus)
    return out


def test_generate_complete_dataset(dataset: Path):
    assert generate.is_complete(dataset)  # against the config it was made with
    assert generate.is_complete(dataset, GenerateConfig(num_samples=20, seed=3))
    assert generate.is_complete(dataset, GenerateConfig(num_samples=10, seed=3))  # holds more than asked
    counts = json.loads((dataset / "metadata.json").read_text(encoding="utf-8"))["counts"]
    line = generate.headline(dataset)
    assert line == (
        f"{counts['train']} train / {counts['validation']} validation / {counts['eval']} eval · synthetic teacher"
    )
    assert generate.summary(dataset)["cost_usd"] == 0.0


def test_generate_partial_or_other_dataset(dataset: Path, tmp_path: Path):
    assert not generate.is_complete(dataset, GenerateConfig(num_samples=40, seed=3))  # more asked: resume
    assert not generate.is_complete(dataset, GenerateConfig(num_samples=20, seed=4))  # another seed
    # An interrupted run: its metadata counts fewer examples than the config it saved asks for.
    partial = tmp_path / "partial"
    shutil.copytree(dataset, partial)
    meta = json.loads((partial / "metadata.json").read_text(encoding="utf-8"))
    meta["counts"]["train"] -= 1
    (partial / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    assert not generate.is_complete(partial)
    assert generate.headline(partial).startswith(f"{meta['counts']['train']} train / ")


def test_generate_missing_dataset(tmp_path: Path):
    assert not generate.is_complete(tmp_path / "nope")
    assert not generate.is_complete(tmp_path / "nope", GenerateConfig(num_samples=20))
    assert generate.summary(tmp_path / "nope") is None
    assert generate.headline(tmp_path / "nope") == f"no dataset in {tmp_path / 'nope'}"


# --- train -----------------------------------------------------------------------------------------------


def _adapter(out: Path, cfg: TrainConfig, *, finished: bool, checkpoint: bool = False) -> Path:
    """An output dir laid out as train leaves it (no weights: these functions never read them)."""
    out.mkdir(parents=True)
    save_resolved_config(cfg, out)
    (out / "adapter_config.json").write_text("{}", encoding="utf-8")
    if checkpoint:
        (out / "checkpoint-2").mkdir()
    if finished:
        write_metadata(
            out,
            {
                "base_model": cfg.model.name,
                "global_step": 2,
                "train_loss": 1.5,
                "eval_loss": None,
                "device": "cpu",
                "dataset": {"train_examples": 16, "dropped_too_long": 0},
            },
        )
        write_marker(out, base_model=cfg.model.name, kind="lora-adapter")
    return out


def test_train_complete_run(tmp_path: Path):
    cfg = TrainConfig()
    out = _adapter(tmp_path / "a", cfg, finished=True, checkpoint=True)
    assert train.is_complete(out) and train.is_complete(out, cfg)
    assert not train.can_resume(out, cfg)  # finished: nothing to resume
    assert not train.is_complete(out, TrainConfig(student="tagger"))  # another config
    assert train.headline(out) == "2 steps on 16 examples · loss 1.5000 · eval loss - · cpu"


def test_train_partial_run_resumes_only_with_a_checkpoint(tmp_path: Path):
    cfg = TrainConfig()
    out = _adapter(tmp_path / "a", cfg, finished=False, checkpoint=True)
    assert not train.is_complete(out, cfg)
    assert train.can_resume(out, cfg)
    assert not train.can_resume(out, TrainConfig(student="tagger"))  # another config starts over
    bare = _adapter(tmp_path / "b", cfg, finished=False)
    assert not train.is_complete(bare, cfg) and not train.can_resume(bare, cfg)
    assert train.headline(bare) == f"no finished training run in {bare}"


def test_train_missing_dir(tmp_path: Path):
    assert not train.is_complete(tmp_path / "nope") and not train.can_resume(tmp_path / "nope")
    assert train.summary(tmp_path / "nope") is None
    assert train.headline(tmp_path / "nope") == f"no finished training run in {tmp_path / 'nope'}"


# --- evaluate --------------------------------------------------------------------------------------------

GOLD = [
    {"id": "g1", "lang": "en", "text": "Mail ann@example.com.", "pii": [{"value": "ann@example.com", "type": "EMAIL"}]},
    {"id": "g2", "lang": "en", "text": "Nothing personal on page 12.", "pii": [], "keep": ["page 12"]},
]  # fmt: skip


def _eval_cfg(tmp_path: Path, report_dir: Path, limit: int | None = None) -> EvalConfig:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    return EvalConfig(gold=str(gold), systems=[SystemSpec(kind="rules")], report_dir=str(report_dir), limit=limit)


def test_eval_complete_report(tmp_path: Path):
    cfg = _eval_cfg(tmp_path, tmp_path / "eval")
    report = evaluate.run(cfg)
    assert evaluate.is_complete(tmp_path / "eval") and evaluate.is_complete(tmp_path / "eval", cfg)
    assert not evaluate.is_complete(tmp_path / "eval", _eval_cfg(tmp_path, tmp_path / "eval", limit=1))
    rules = evaluate.summary(tmp_path / "eval")["rules"]
    assert rules["leak"] == report["systems"][0]["leak"]["rate"]
    assert evaluate.headline(tmp_path / "eval") == (
        f"2 docs · leak {100 * rules['leak']:.1f}% · partial {100 * rules['partial_leak']:.1f}% · "
        f"keep {100 * rules['keep']:.1f}% · "
        f"F1 {rules['f1']:.3f} · valid {100 * rules['validity']:.1f}%"
    )


def test_eval_headline_puts_the_other_systems_leaks_in_brackets(tmp_path: Path):
    out = tmp_path / "eval"
    out.mkdir()
    system = {
        "leak": {"rate": 0.1},
        "keep": {"rate": 0.9},
        "spans": {"overlap": {"f1": 0.5, "precision": 0.5, "recall": 0.5}, "exact": {"f1": 0.4}},
        "validity": {"rate": 1.0},
        "unchanged": {"rate": 0.0},
    }
    report = {
        "gold": {"documents": 3},
        "systems": [{**system, "name": "student"}, {**system, "name": "rules", "leak": {"rate": 0.25}}],
    }
    (out / "report.json").write_text(json.dumps(report), encoding="utf-8")
    assert evaluate.headline(out) == "3 docs · leak 10.0% (rules 25.0%) · keep 90.0% · F1 0.500 · valid 100.0%"


def test_eval_partial_or_missing_report(tmp_path: Path):
    out = tmp_path / "eval"
    out.mkdir()
    (out / "report.json").write_text('{"gold": ', encoding="utf-8")  # torn: never counts as a report
    assert not evaluate.is_complete(out) and evaluate.summary(out) is None
    assert not evaluate.is_complete(tmp_path / "nope")
    assert evaluate.headline(tmp_path / "nope") == f"no report in {tmp_path / 'nope'}"


# --- the training preamble -------------------------------------------------------------------------------


@pytest.mark.parametrize("student", ["generative", "tagger"])
def test_one_preamble_then_the_student(student: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    import distillery.train.generative
    import distillery.train.preamble
    import distillery.train.tagger

    calls = []

    def prepare(cfg, dataset, output_dir, resume, overwrite, quiet):
        calls.append(("prepare", cfg.student, Path(dataset), Path(output_dir), resume, overwrite, quiet))
        return "the preamble"

    def student_run(name: str):
        def fake(pre, callbacks):
            calls.append((name, pre, callbacks))
            return name

        return fake

    monkeypatch.setattr(distillery.train.preamble, "prepare", prepare)
    monkeypatch.setattr(distillery.train.generative, "run_generative", student_run("generative"))
    monkeypatch.setattr(distillery.train.tagger, "run_tagger_training", student_run("tagger"))
    extra = ["callback"]
    cfg = TrainConfig(student=student)
    result = train.run(cfg, dataset=tmp_path / "d", output_dir=tmp_path / "o", quiet=True, callbacks=extra)
    assert result == student
    assert calls == [
        ("prepare", student, tmp_path / "d", tmp_path / "o", None, False, True),
        (student, "the preamble", extra),
    ]


def _dataset_file(tmp_path: Path) -> Path:
    rec = {"id": "d1", "lang": "it", "kind": "k", "template": "t", "text": "Ciao.", "pii": [], "keep": []}
    path = tmp_path / "data.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def test_preamble_refuses_an_existing_run_before_loading_anything(tmp_path: Path, monkeypatch):
    import distillery.models
    from distillery.train.preamble import prepare

    def no_loading(*args, **kwargs):
        raise AssertionError("the tokenizer must not load before the output dir is checked")

    monkeypatch.setattr(distillery.models, "load_tokenizer", no_loading)
    out = _adapter(tmp_path / "o", TrainConfig(), finished=True)
    with pytest.raises(UserError, match="already holds a training run"):
        prepare(TrainConfig(), _dataset_file(tmp_path), out, None, False, True)
    with pytest.raises(UserError, match="no checkpoint"):
        prepare(TrainConfig(), _dataset_file(tmp_path), out, "auto", False, True)


def test_preamble_then_open_output(tmp_path: Path, monkeypatch):
    import distillery.models
    from distillery.train.preamble import open_output, prepare

    monkeypatch.setattr(distillery.models, "load_tokenizer", lambda name: f"tokenizer of {name}")
    out = _adapter(tmp_path / "o", TrainConfig(), finished=False, checkpoint=True)
    pre = prepare(TrainConfig(), _dataset_file(tmp_path), out, "auto", False, True)
    assert pre.resume == str(out / "checkpoint-2") and not pre.show and pre.dataset == _dataset_file(tmp_path)
    assert pre.tokenizer == "tokenizer of smollm2-135m" and len(pre.splits.train) == 1
    extra = object()
    callbacks, timer = open_output(pre, [extra])
    assert callbacks[1] is timer and callbacks[-1] is extra
    assert yaml.safe_load((out / "config.yaml").read_text(encoding="utf-8")) == TrainConfig().model_dump(mode="json")
