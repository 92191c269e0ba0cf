"""The embedded SmolLM2-135M through `distillery infer` (slow: seconds to a minute on 2 cores)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from distillery.cli import app
from distillery.schema import result_json_schema

DOCS = [
    {"id": "it", "text": "Gentile cliente, la contatto al 347 123 4567 o a giulia.neri@example.it per il rimborso."},
    {"id": "en", "text": "The meeting about the Q3 budget is moved to Thursday at 10:00."},
]


@pytest.mark.slow
def test_embedded_base_model_few_shot(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS))
    args = ["infer", "--model", "smollm2-135m", "--few-shot", "-i", str(src), "--max-new-tokens", "48", "-q"]
    result = CliRunner().invoke(app, [*args, "--batch-size", "2", "--device", "cpu"])
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    validator = jsonschema.Draft202012Validator(result_json_schema())
    for obj in objs:
        validator.validate(obj)
    assert [o["id"] for o in objs] == ["it", "en"]
    # The worked examples make even the untuned base model answer in the format: no fallback.
    assert not any(o["fallback"] for o in objs)
    assert "347 123 4567" not in objs[0]["anonymized_text"]
    assert "giulia.neri@example.it" not in objs[0]["anonymized_text"]
    assert objs[1]["anonymized_text"] == DOCS[1]["text"]
