"""Ray Data: `RayAnonymizer` in `map_batches` on a local Ray (2 CPUs), against `distillery infer`."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

ray = pytest.importorskip("ray", reason='Ray Data is the optional extra: pip install "distillery[ray]"')

from integration_corpus import contract, corpus, infer_cli  # noqa: E402

from distillery.api import Anonymizer  # noqa: E402
from distillery.integrations.columns import OUTPUT_COLUMNS  # noqa: E402
from distillery.integrations.ray import RayAnonymizer, anonymize_ray_batch  # noqa: E402

N = 300


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ctx = ray.data.DataContext.get_current()
    before = ctx.execution_options.preserve_order
    ctx.execution_options.preserve_order = True  # rows come back in the input's order
    yield
    ctx.execution_options.preserve_order = before
    ray.shutdown()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, dict]:
    return infer_cli(corpus(N), tmp_path_factory.mktemp("infer"), "--engine", "rules")


def test_the_snippet_gives_what_infer_gives_row_for_row(local_ray, reference, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for part in range(3):  # three JSONL files of 100 rows: read_json reads a folder
        chunk = corpus(N)[part * 100 : (part + 1) * 100]
        (docs / f"part-{part}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
    # The snippet with local folders for s3 and the rules engine for speed. Two actors on the
    # 2 CPUs of this Ray take half a CPU each: with a whole CPU each, nothing is left for the read
    # tasks and the job waits forever (what the README's cluster recipe warns about).
    ds = ray.data.read_json(str(docs))
    out = ds.map_batches(
        RayAnonymizer, fn_constructor_kwargs={"engine": "rules"}, concurrency=2, num_cpus=0.5, batch_size=64
    )
    out.write_json(str(tmp_path / "anonymized"))
    written = [
        json.loads(line)
        for path in sorted((tmp_path / "anonymized").iterdir())
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(r["id"] for r in written) == [r["id"] for r in corpus(N)]  # every row once, ids kept
    assert all(set(r) == {"id", *OUTPUT_COLUMNS} for r in written)  # the text column is not written
    for row in written:
        assert row["error"] is None
        assert contract(row) == reference[row["id"]], row["id"]
    assert sum(len(r["replaced_tokens"]) for r in written) > 300  # the corpus is full of personal data


@pytest.mark.parametrize("batch_format", ["pandas", "pyarrow"])
def test_every_batch_format_gives_the_same_rows(local_ray, reference, batch_format):
    subset = corpus(N)[:60]
    ds = ray.data.from_items([{**r, "n": i} for i, r in enumerate(subset)], override_num_blocks=3)
    out = ds.map_batches(
        RayAnonymizer,
        fn_constructor_kwargs={"engine": "rules", "keep_text": True},
        compute=ray.data.ActorPoolStrategy(size=1),
        batch_size=16,
        batch_format=batch_format,
    )
    rows = out.take_all()
    assert [(r["id"], r["n"], r["text"]) for r in rows] == [(r["id"], i, r["text"]) for i, r in enumerate(subset)]
    assert [contract(r) for r in rows] == [reference[r["id"]] for r in subset]


def test_bad_rows_keep_their_place_with_an_error(local_ray):
    items = [
        {"id": 0, "text": "Scrivi a anna.esposito@gmail.com"},
        {"id": 1, "text": None},  # alone in its block: a column of nulls, NaN in the numpy format
        {"id": 2},  # no text at all: a block without the column
        {"id": 3, "text": "nulla"},
    ]
    out = ray.data.from_items(items).map_batches(
        RayAnonymizer, fn_constructor_kwargs={"engine": "rules"}, compute=ray.data.ActorPoolStrategy(size=1)
    )
    rows = out.take_all()
    assert [r["id"] for r in rows] == [0, 1, 2, 3]
    assert [r["error"] for r in rows] == [None, "'text' is null or missing", "'text' is null or missing", None]
    assert [r["anonymized_text"] for r in rows] == ["Scrivi a [EMAIL_1]", None, None, "nulla"]
    assert rows[1]["replaced_tokens"] is None and rows[3]["replaced_tokens"] == []
    assert out.filter(lambda r: r["error"] is not None).count() == 2  # the count the README shows


def test_a_dataset_without_the_text_column_and_another_column_name(local_ray):
    ds = ray.data.from_items([{"id": i, "body": f"mail {i}: tel 347 123 456{i}"} for i in range(4)])
    missing = ds.map_batches(RayAnonymizer, fn_constructor_kwargs={"engine": "rules"}).take_all()
    assert [(r["id"], r["body"], r["error"], r["anonymized_text"]) for r in missing] == [
        (i, f"mail {i}: tel 347 123 456{i}", "'text' is null or missing", None) for i in range(4)
    ]
    named = ds.map_batches(RayAnonymizer, fn_constructor_kwargs={"engine": "rules", "column": "body"}).take_all()
    assert [(r["id"], r["anonymized_text"], r["error"]) for r in named] == [
        (i, f"mail {i}: tel [PHONE_1]", None) for i in range(4)
    ]
    assert "body" not in named[0]


def test_the_options_reach_the_engine():
    made = RayAnonymizer(engine="rules", style="mask", keep_org_contacts=False)
    assert made.anonymizer._engine is not None  # loaded in the constructor: once per actor
    assert made.anonymizer.config.keep_org_contacts is False
    batch = {"text": np.array(["a: anna@example.com"], dtype=object)}
    assert made(batch).to_pylist()[0]["anonymized_text"] == "a: ****************"


def test_batches_as_ray_hands_them_over_without_a_cluster():
    anon = Anonymizer(engine="rules")
    # The numpy format: an object array may hold anything a column of Python objects holds.
    batch = {
        "id": np.array([7, 8, 9, 10]),
        "text": np.array(["tel 347 123 4567", 12, b"bytes", np.float32("nan")], dtype=object),
        "vec": np.arange(8).reshape(4, 2),  # a tensor column survives Ray's own conversion
    }
    rows = anonymize_ray_batch(anon, batch).to_pylist()
    assert [r["id"] for r in rows] == [7, 8, 9, 10] and rows[2]["vec"] is not None
    assert [r["error"] for r in rows] == [
        None,
        "'text' is int, not a string",
        "'text' is bytes, not a string",
        "'text' is null or missing",
    ]
    assert rows[0]["anonymized_text"] == "tel [PHONE_1]" and rows[0]["fallback"] is False
    # Fixed-width numpy strings, and pandas with its NA and a non-default index (read by position).
    assert anonymize_ray_batch(anon, {"text": np.array(["x@example.com"])}).to_pylist()[0]["anonymized_text"] == (
        "[EMAIL_1]"
    )
    frame = pd.DataFrame({"text": pd.array(["x@example.com", pd.NA], dtype="string")}, index=[5, 3])
    got = anonymize_ray_batch(anon, frame, keep_text=True)
    assert list(got.index) == [5, 3]
    assert got["anonymized_text"].tolist()[0] == "[EMAIL_1]"
    assert got["error"].tolist()[1] == "'text' is null or missing"


@pytest.mark.slow
def test_the_default_model_on_ray_gives_what_the_api_gives(local_ray):
    subset = corpus(N)[:6]
    out = ray.data.from_items(list(subset)).map_batches(
        RayAnonymizer, fn_constructor_kwargs={"engine": "auto"}, concurrency=1, batch_size=4
    )
    rows = out.take_all()
    expected = Anonymizer(engine="auto").anonymize_batch(subset)
    assert [r["id"] for r in rows] == [r["id"] for r in subset]
    assert [contract(r) for r in rows] == [
        contract(e.model_dump(include={"anonymized_text", "replaced_tokens", "fallback"})) for e in expected
    ]
