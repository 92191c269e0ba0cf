"""Hugging Face `datasets`: `anonymize_dataset` / `HFAnonymizer` against `distillery infer`, and the
batch function both integrations share (`integrations.columns`)."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from datasets import Dataset
from integration_corpus import contract, corpus, infer_cli

from distillery.api import Anonymizer
from distillery.errors import UserError
from distillery.integrations.columns import OUTPUT_COLUMNS, anonymize_columns
from distillery.integrations.hf import HFAnonymizer, anonymize_dataset, output_features

REPO = Path(__file__).resolve().parent.parent
N = 300


@pytest.fixture(scope="module")
def rules() -> Anonymizer:
    return Anonymizer(engine="rules")


def test_anonymize_dataset_gives_what_infer_gives_row_for_row(tmp_path):
    reference = infer_cli(corpus(N), tmp_path, "--engine", "rules", "--style", "mask")
    out = anonymize_dataset(Dataset.from_list(list(corpus(N))), engine="rules", style="mask", batch_size=32)
    assert out.column_names == ["id", *OUTPUT_COLUMNS]  # the text column is not carried over
    rows = out.to_list()
    assert [r["id"] for r in rows] == [r["id"] for r in corpus(N)]
    assert all(r["error"] is None for r in rows)
    assert [contract(r) for r in rows] == [reference[r["id"]] for r in corpus(N)]
    assert any("*" in r["anonymized_text"] for r in rows)


def test_bad_rows_keep_their_place_with_an_error():
    ds = Dataset.from_dict({"id": [1, 2, 3], "text": ["tel 347 123 4567", None, "ok"]})
    rows = anonymize_dataset(ds, engine="rules", keep_text=True, batch_size=2).to_list()
    assert [(r["id"], r["text"], r["anonymized_text"], r["error"]) for r in rows] == [
        (1, "tel 347 123 4567", "tel [PHONE_1]", None),
        (2, None, None, "'text' is null or missing"),
        (3, "ok", "ok", None),
    ]
    assert rows[1]["replaced_tokens"] is None and rows[1]["fallback"] is None
    numbers = anonymize_dataset(Dataset.from_dict({"text": [1, 2]}), engine="rules").to_list()
    assert [r["error"] for r in numbers] == ["'text' is int, not a string"] * 2
    no_text = anonymize_dataset(Dataset.from_dict({"id": [1], "body": ["a@b.it"]}), engine="rules").to_list()
    assert no_text == [
        {"id": 1, "body": "a@b.it", "anonymized_text": None, "replaced_tokens": None, "fallback": None,
         "error": "'text' is null or missing"}
    ]  # fmt: skip
    named = anonymize_dataset(Dataset.from_dict({"id": [1], "body": ["a@b.it"]}), engine="rules", column="body")
    assert named.to_list()[0]["anonymized_text"] == "[EMAIL_1]" and "body" not in named.column_names


def test_hfanonymizer_in_a_map_of_your_own_and_in_processes():
    ds = Dataset.from_list(list(corpus(N)[:40]))
    fn = HFAnonymizer(engine="rules")
    assert pickle.loads(pickle.dumps(fn))._anonymizer is None  # the options travel, not the engine
    mine = ds.map(fn, batched=True, batch_size=8, remove_columns=["text"], features=output_features(ds.features))
    two = anonymize_dataset(ds, engine="rules", batch_size=8, num_proc=2)
    assert mine.to_list() == two.to_list() == anonymize_dataset(ds, engine="rules").to_list()


def test_a_bad_option_fails_at_the_call():
    with pytest.raises(UserError):
        HFAnonymizer(engine="rules", threshold=2.0)


def test_the_shared_batch_function(rules):
    batch = {
        "id": np.array([4, 5, 6, 7, 8, 9]),
        "text": np.array(["a: anna@example.com", 3, None, float("nan"), pd.NA, np.str_("x@example.com")], dtype=object),
    }
    out = anonymize_columns(rules, batch)
    assert list(out) == list(OUTPUT_COLUMNS)
    assert out["anonymized_text"] == ["a: [EMAIL_1]", None, None, None, None, "[EMAIL_1]"]
    assert out["error"] == [None, "'text' is int, not a string"] + ["'text' is null or missing"] * 3 + [None]
    assert out["replaced_tokens"][0] == [
        {
            "original": "anna@example.com",
            "replacement": "[EMAIL_1]",
            "type": "EMAIL",
            "start": 3,
            "end": 19,
            "same_as": None,
        }
    ]
    assert out["fallback"] == [False, None, None, None, None, False]
    assert anonymize_columns(rules, {"text": []}) == {name: [] for name in OUTPUT_COLUMNS}
    assert anonymize_columns(rules, {"id": [1, 2]})["error"] == ["'text' is null or missing"] * 2


def test_importing_distillery_or_the_integrations_package_imports_neither_ray_nor_datasets():
    code = (
        "import sys, distillery, distillery.integrations\n"
        "heavy = {'ray', 'datasets', 'pyarrow', 'torch'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr
