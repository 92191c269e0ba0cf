"""Bundled files: `--config NAME` resolution and defaults that work from any directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distillery.bundled import (
    DEFAULT_TAGGER_RECIPE,
    HANDWRITTEN_GOLD,
    SAMPLE_DOCUMENT,
    TEACHER_PROMPT,
    gold_file,
    gold_set_names,
    locate,
    package_file,
    recipe_names,
    train_recipe,
)
from distillery.cli import app
from distillery.errors import UserError

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_recipe_names_are_the_bundled_yaml_files():
    names = recipe_names()
    assert {"smollm2-135m-cpu", "smollm2-135m-tagger-cpu", "tinyllama-1.1b-lora"} <= set(names)
    for name in names:
        assert (package_file("recipes/train") / f"{name}.yaml").is_file()


def test_config_name_resolves_to_the_bundled_recipe(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    expected = package_file("recipes/train/smollm2-135m-cpu.yaml")
    assert train_recipe("smollm2-135m-cpu") == expected
    assert train_recipe("smollm2-135m-cpu.yaml") == expected
    assert train_recipe("configs/train/smollm2-135m-cpu.yaml") == expected  # the checkout path, from elsewhere


def test_config_path_wins_over_a_bundled_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    own = tmp_path / "smollm2-135m-cpu.yaml"
    own.write_text("student: tagger\n", encoding="utf-8")
    assert train_recipe("smollm2-135m-cpu.yaml") == Path("smollm2-135m-cpu.yaml")
    assert train_recipe(own) == own


def test_unknown_config_name_lists_the_bundled_recipes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError) as exc:
        train_recipe("smollm2-135m-gpu")
    message = str(exc.value)
    assert "\n" not in message
    assert "smollm2-135m-gpu" in message
    assert all(name in message for name in recipe_names())
    with pytest.raises(UserError, match="config file not found: nowhere/x.yaml$"):
        train_recipe("nowhere/x.yaml")


def test_train_cli_unknown_config_name_is_one_line_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["train", "-d", str(tmp_path), "-o", str(tmp_path / "out"), "--config", "nope"])
    assert result.exit_code == 2
    assert "bundled recipes: " in result.output
    assert "smollm2-135m-cpu" in result.output


def test_checkout_paths_are_links_to_the_package_files():
    for checkout, bundled in (
        (TEACHER_PROMPT, "recipes/prompts/anonymization.yaml"),
        (HANDWRITTEN_GOLD, "data/eval/handwritten.jsonl"),
        ("data/eval/handwritten2.jsonl", "data/eval/handwritten2.jsonl"),
        (SAMPLE_DOCUMENT, "data/examples/sample_it.txt"),
        (DEFAULT_TAGGER_RECIPE, "recipes/train/smollm2-135m-tagger-cpu.yaml"),
    ):
        assert (ROOT / checkout).resolve() == package_file(bundled).resolve()


def test_defaults_work_from_another_directory(tmp_path, monkeypatch):
    from distillery.generate.prompts import load_prompt_task
    from distillery.quickstart import QuickstartConfig, load_train_config

    monkeypatch.chdir(tmp_path)
    for default in (TEACHER_PROMPT, HANDWRITTEN_GOLD, SAMPLE_DOCUMENT, DEFAULT_TAGGER_RECIPE):
        assert not Path(default).exists()
        assert locate(default) is not None, default
    assert locate("data/eval/missing.jsonl") is None
    assert load_prompt_task(TEACHER_PROMPT).system
    qs = QuickstartConfig()
    assert load_train_config(qs).student == "tagger"
    assert locate(qs.eval_gold) and locate(qs.sample)


def test_eval_default_gold_from_another_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["eval", "--engine", "rules", "--limit", "3", "--report", "rep"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "rep" / "report.json").read_text(encoding="utf-8"))
    assert report["gold"]["documents"] == 3
    assert Path(report["gold"]["path"]).resolve() == package_file("data/eval/handwritten.jsonl").resolve()


def test_gold_sets_resolve_by_name_from_another_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert {"handwritten", "handwritten2"} <= set(gold_set_names())
    for name in ("handwritten", "handwritten2"):
        expected = package_file(f"data/eval/{name}.jsonl")
        assert gold_file(name) == expected
        assert gold_file(f"{name}.jsonl") == expected
        assert gold_file(f"data/eval/{name}.jsonl") == expected
    assert gold_file("handwritten3") is None
    assert gold_file("elsewhere/handwritten2.jsonl") is None
    own = tmp_path / "handwritten2.jsonl"  # a file that exists as given wins over the bundled set
    own.write_text("", encoding="utf-8")
    assert gold_file("handwritten2.jsonl") == Path("handwritten2.jsonl")


def test_eval_gold_by_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = ["eval", "--engine", "rules", "--gold", "handwritten2", "--limit", "2", "--report", "rep"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "rep" / "report.json").read_text(encoding="utf-8"))
    assert report["gold"]["documents"] == 2
    assert Path(report["gold"]["path"]).resolve() == package_file("data/eval/handwritten2.jsonl").resolve()
    result = runner.invoke(app, ["eval", "--engine", "rules", "--gold", "nope", "--limit", "2"])
    assert result.exit_code != 0
    assert "gold file not found: nope (bundled sets: " in result.output
    assert "handwritten2" in result.output
