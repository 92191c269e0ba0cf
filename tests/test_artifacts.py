"""The trained-model directory: marker, student kind, base model, finished run, checkpoints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distillery.artifacts import (
    MARKER_FILE,
    TOKENIZER_FILES,
    adapter_base_model,
    checkpoints,
    is_finished_adapter,
    latest_checkpoint,
    read_marker,
    resolve_source,
    student_kind,
    tagger_info,
    write_marker,
)
from distillery.errors import UserError


def test_marker_round_trip_and_student_kind(tmp_path: Path):
    assert read_marker(tmp_path) is None and student_kind(str(tmp_path)) == "generative"
    write_marker(tmp_path, base_model="smollm2-135m", kind="lora-adapter", student="tagger", tagger={"window": 9})
    marker = read_marker(tmp_path)
    assert marker["base_model"] == "smollm2-135m" and marker["kind"] == "lora-adapter"
    assert student_kind(str(tmp_path)) == "tagger" and tagger_info(marker) == {"window": 9}
    assert student_kind(None) == student_kind("smollm2-135m") == "generative"
    (tmp_path / MARKER_FILE).write_text("{torn", encoding="utf-8")
    assert read_marker(tmp_path) is None and tagger_info(None) == {}


def test_finished_adapter_needs_marker_kind_and_adapter(tmp_path: Path):
    assert not is_finished_adapter(tmp_path)
    (tmp_path / "adapter_config.json").write_text("{}", encoding="utf-8")
    assert not is_finished_adapter(tmp_path)  # interrupted: the marker is written last
    write_marker(tmp_path, base_model="b", kind="merged-model")
    assert not is_finished_adapter(tmp_path)
    write_marker(tmp_path, base_model="b", kind="lora-adapter")
    assert is_finished_adapter(tmp_path)


def test_checkpoints_sort_by_step_and_skip_files(tmp_path: Path):
    assert checkpoints(tmp_path / "missing") == [] and latest_checkpoint(tmp_path) is None
    for name in ("checkpoint-9", "checkpoint-10", "checkpoint-2", "checkpoint-x"):
        (tmp_path / name).mkdir()
    (tmp_path / "checkpoint-99").write_text("a file, not a checkpoint", encoding="utf-8")
    names = [p.name for p in checkpoints(tmp_path)]
    assert names == ["checkpoint-x", "checkpoint-2", "checkpoint-9", "checkpoint-10"]
    assert latest_checkpoint(tmp_path) == tmp_path / "checkpoint-10"


def test_adapter_base_model_prefers_the_marker(tmp_path: Path):
    (tmp_path / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": "/cache/x"}))
    assert adapter_base_model(tmp_path) == "/cache/x"
    write_marker(tmp_path, base_model="smollm2-135m", kind="lora-adapter")
    assert adapter_base_model(tmp_path) == "smollm2-135m"
    src = resolve_source(str(tmp_path))
    assert (src.kind, src.base, src.tokenizer_from) == ("adapter", "smollm2-135m", None)  # the base's tokenizer
    (tmp_path / TOKENIZER_FILES[0]).write_text("{}")
    assert resolve_source(str(tmp_path)).tokenizer_from == str(tmp_path)
    (tmp_path / MARKER_FILE).unlink()
    (tmp_path / "adapter_config.json").write_text("{}")
    with pytest.raises(UserError, match="no base model"):
        adapter_base_model(tmp_path)


@pytest.mark.parametrize("name", ["default-adapter", "generative-adapter"])
def test_shipped_adapters_resolve_to_the_embedded_base_and_its_tokenizer(name):
    shipped = Path(__file__).parent.parent / "distillery" / "assets" / name
    src = resolve_source(str(shipped))
    assert (src.kind, src.base, src.tokenizer_from) == ("adapter", "smollm2-135m", None)
    assert student_kind(str(shipped)) == ("tagger" if name == "default-adapter" else "generative")
