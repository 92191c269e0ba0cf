"""The tagger on ONNX Runtime (`infer.runtimes`): export, parity with torch, attention mode, int8, and
how `--runtime auto` chooses. A tiny random Llama tagger trained for a few steps; seconds per export."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest
from test_tagger_model import tagger_cfg, tiny_dataset
from typer.testing import CliRunner

from distillery.cli import app
from distillery.documents import Document
from distillery.errors import UserError
from distillery.infer import InferConfig, make_anonymizer
from distillery.train.run import run as run_training

pytest.importorskip("onnxruntime")
pytest.importorskip("onnxscript")

runner = CliRunner()
TEXTS = [
    "Gentile Mario Rossi, la contatto al 347 123 4567 per la pratica 2024/118.",
    "Dear John Smith, please call (415) 555-0132 or write to john.smith@example.com. " * 4,  # several windows
    "IBAN IT60 X054 2811 1010 0000 0123 456, codice fiscale RSSMRA85T10A562S, via Roma 12, Milano.",
    "ok",
]


@pytest.fixture(scope="module")
def gen_dir(tmp_path_factory) -> Path:
    return tiny_dataset(tmp_path_factory.mktemp("gen-runtime"))


@pytest.fixture(scope="module")
def tagger_dir(tiny_model_dir, gen_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tagger-runtime") / "run"
    run_training(tagger_cfg(tiny_model_dir), dataset=gen_dir, output_dir=out, quiet=True)
    return out


@pytest.fixture(scope="module")
def export_dir(tagger_dir, tmp_path_factory) -> Path:
    """The CLI's export, with its int8 copy."""
    out = tmp_path_factory.mktemp("onnx") / "export"
    res = runner.invoke(app, ["export", "--format", "onnx", str(tagger_dir), str(out), "--quantize", "int8"])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip().splitlines()[-1] == str(out)
    return out


def test_export_is_a_self_describing_tagger_dir(export_dir, tagger_dir):
    from distillery.artifacts import student_kind
    from distillery.infer.runtimes import is_onnx_export

    marker = json.loads((export_dir / "distillery.json").read_text())
    source = json.loads((tagger_dir / "distillery.json").read_text())
    assert marker["kind"] == "onnx-tagger" and marker["student"] == "tagger"
    assert marker["tagger"]["labels"] == source["tagger"]["labels"]
    assert marker["tagger"]["attention"] == "causal"
    assert (export_dir / "model.onnx").is_file() and (export_dir / "model.int8.onnx").is_file()
    assert (export_dir / "tokenizer.json").is_file()
    assert is_onnx_export(export_dir) and student_kind(str(export_dir)) == "tagger"


def test_onnx_logits_match_torch_on_padded_batches_of_any_shape(export_dir, tagger_dir):
    from distillery.infer.loading import load_onnx_tagger, load_tagger_for_inference
    from distillery.infer.runtimes import max_logit_gap

    torch_tagger = load_tagger_for_inference(str(tagger_dir), device="cpu", dtype="float32")
    onnx_tagger = load_onnx_tagger(export_dir)
    rng = np.random.default_rng(0)
    for batch, width in ((1, 5), (3, 40), (2, 97)):
        ids = rng.integers(3, 300, size=(batch, width), dtype=np.int64)
        mask = np.ones_like(ids)
        mask[-1, width // 2 :] = 0  # a shorter row, padded
        a, b = torch_tagger.runner(ids, mask), onnx_tagger.runner(ids, mask)
        assert a.shape == b.shape == (batch, width, len(torch_tagger.labels))
        assert max_logit_gap(a, b, mask) < 1e-4


def test_infer_output_is_identical_on_torch_and_onnx(export_dir, tagger_dir):
    cfg = {"threshold": 0.2, "quantize": "none", "batch_size": 2}
    on_torch = make_anonymizer(InferConfig(model=str(tagger_dir), runtime="torch", **cfg))
    on_onnx = make_anonymizer(InferConfig(model=str(export_dir), runtime="onnx", **cfg))
    assert on_torch.loaded.runtime == "torch" and on_onnx.loaded.runtime == "onnx"
    docs = [Document(t, i) for i, t in enumerate(TEXTS)]
    a = [r.model_dump() for r in on_torch.stream(docs)]
    b = [r.model_dump() for r in on_onnx.stream(docs)]
    assert a == b
    assert any(r["replaced_tokens"] for r in a)
    assert "onnx" in on_onnx.summary()


def test_threads_reach_the_runtime_and_change_nothing_else(export_dir, tagger_dir):
    """`threads=1` (one worker per core) runs ONNX Runtime's session on one intra-op thread; the
    result is the one of the default pool. The CLI takes --threads too."""
    docs = [Document(t, i) for i, t in enumerate(TEXTS)]
    one = make_anonymizer(InferConfig(model=str(export_dir), runtime="onnx", threads=1, threshold=0.2))
    session = one.loaded.runner.session
    assert session.get_session_options().intra_op_num_threads == 1
    default = make_anonymizer(InferConfig(model=str(export_dir), runtime="onnx", threshold=0.2))
    assert default.loaded.runner.session.get_session_options().intra_op_num_threads == 0
    assert [r.model_dump() for r in one.stream(docs)] == [r.model_dump() for r in default.stream(docs)]
    res = runner.invoke(app, ["infer", "-m", str(export_dir), "--threads", "1", "--text", TEXTS[0]])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["infer", "-m", str(export_dir), "--threads", "-1", "--text", TEXTS[0]])
    assert res.exit_code != 0


def test_an_export_runs_without_importing_torch_or_transformers(export_dir):
    """The export's tokenizer is read with `tokenizers` alone (same ids and offsets as transformers'),
    so `--runtime onnx` never imports torch: a fresh process checks it."""
    import subprocess
    import sys

    from transformers import AutoTokenizer

    from distillery.infer.loading import ExportTokenizer

    ours, theirs = ExportTokenizer(export_dir), AutoTokenizer.from_pretrained(str(export_dir))
    for text in [*TEXTS, "Ça va? 日本語 😀 e\u0301  tab\there", ""]:
        a = ours(text, add_special_tokens=False, return_offsets_mapping=True)
        b = theirs(text, add_special_tokens=False, return_offsets_mapping=True)
        assert a["input_ids"] == b["input_ids"]
        assert [tuple(x) for x in a["offset_mapping"]] == [tuple(x) for x in b["offset_mapping"]]
    assert ours.pad_token_id == theirs.pad_token_id
    code = (
        "import sys\n"
        "from distillery.infer import InferConfig, make_anonymizer\n"
        f"a = make_anonymizer(InferConfig(model={str(export_dir)!r}, runtime='onnx', threshold=0.2))\n"
        "print(a.anonymize('Gentile Mario Rossi, tel 347 123 4567.').anonymized_text)\n"
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules, 'torch imported'\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "347 123 4567" not in out.stdout


def test_int8_copy_runs_and_keeps_the_head_in_fp32(export_dir):
    import onnx

    from distillery.infer.runtimes import _head_nodes

    graph = onnx.load(str(export_dir / "model.int8.onnx")).graph
    ops = {n.name: n.op_type for n in graph.node}
    assert "MatMulInteger" in ops.values()  # the decoder's linear layers run in int8
    head = _head_nodes(export_dir / "model.onnx")
    assert head and all(ops.get(name) == "MatMul" for name in head)
    anonymizer = make_anonymizer(InferConfig(model=str(export_dir), runtime="onnx", quantize="int8"))
    assert anonymizer.loaded.quantized == "int8"
    result = anonymizer.anonymize("Gentile Mario Rossi, tel 347 123 4567.")
    assert "347 123 4567" not in result.anonymized_text  # the rules' safety net, whatever the model says


def test_cli_infer_takes_the_runtime(export_dir, tagger_dir):
    text = "Gentile Mario Rossi, tel 347 123 4567."
    outs = []
    for args in (["-m", str(tagger_dir), "--runtime", "torch"], ["-m", str(export_dir), "--runtime", "onnx"]):
        res = runner.invoke(app, ["infer", *args, "--text", text, "--threshold", "0.2"])
        assert res.exit_code == 0, res.output
        outs.append(json.loads(res.stdout.strip().splitlines()[-1]))
    assert outs[0] == outs[1]
    res = runner.invoke(app, ["infer", "-m", str(export_dir), "--runtime", "torch", "--text", text])
    assert res.exit_code != 0 and "ONNX export only" in res.output
    res = runner.invoke(app, ["chat", "-m", str(export_dir), "--runtime", "onnx"], input="ciao, sono Mario Rossi\n")
    assert res.exit_code == 0 and "anonymized_text" in res.stdout, res.output
    gold = Path(__file__).parent.parent / "data/eval/handwritten.jsonl"
    reports = []
    for model, runtime in ((tagger_dir, "torch"), (export_dir, "onnx")):
        args = ["eval", "--gold", str(gold), "-m", str(model), "--runtime", runtime, "-n", "3", "--json", "-q"]
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
        reports.append(json.loads(res.stdout)["systems"][0])
    assert reports[0]["partial_leak"] == reports[1]["partial_leak"] and reports[0]["keep"] == reports[1]["keep"]


def test_export_refuses_what_it_cannot_export(tiny_model_dir, export_dir, tagger_dir, tmp_path):
    res = runner.invoke(app, ["export", "--format", "onnx", str(tiny_model_dir), str(tmp_path / "x")])
    assert res.exit_code != 0 and "tagger" in res.output
    res = runner.invoke(app, ["export", "--format", "onnx", str(export_dir), str(tmp_path / "y")])
    assert res.exit_code != 0 and "already an ONNX export" in res.output
    res = runner.invoke(app, ["export", "--format", "onnx", "--merge", str(tagger_dir), str(tmp_path / "z")])
    assert res.exit_code != 0 and "two exports" in res.output
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "f").write_text("x")
    res = runner.invoke(app, ["export", "--format", "onnx", str(tagger_dir), str(tmp_path / "full")])
    assert res.exit_code != 0 and "not empty" in res.output


def test_auto_uses_an_export_in_the_cache_and_says_when_it_falls_back(
    export_dir, tagger_dir, tmp_path, monkeypatch, caplog
):
    from distillery.infer import runtimes

    monkeypatch.setenv("DISTILLERY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("distillery.hardware.cpu_has_fast_bf16", lambda: False)
    with caplog.at_level(logging.WARNING, logger="distillery.infer.runtimes"):
        assert runtimes.choose_runtime(str(tagger_dir), "auto", "cpu") == ("torch", None)
    assert len(caplog.records) == 1 and "export --format onnx" in caplog.records[0].getMessage()
    # An export of this very model in the cache (what `export --format onnx DIR` without OUT_DIR writes).
    shutil.copytree(export_dir, runtimes.cached_export_dir(tagger_dir))
    assert runtimes.choose_runtime(str(tagger_dir), "auto", "cpu") == ("onnx", runtimes.cached_export_dir(tagger_dir))
    assert runtimes.choose_runtime(str(export_dir), "auto", "auto") == ("onnx", export_dir)
    assert runtimes.choose_runtime(str(tagger_dir), "torch", "cpu") == ("torch", None)
    # Where bf16 runs in hardware, torch (bf16) is the faster: auto keeps it; an explicit dtype or runtime decides.
    monkeypatch.setattr("distillery.hardware.cpu_has_fast_bf16", lambda: True)
    assert runtimes.choose_runtime(str(tagger_dir), "auto", "cpu") == ("torch", None)
    assert runtimes.choose_runtime(str(tagger_dir), "auto", "cpu", "float32")[0] == "onnx"
    assert runtimes.choose_runtime(str(tagger_dir), "onnx", "cpu")[0] == "onnx"
    monkeypatch.setattr("distillery.hardware.cpu_has_fast_bf16", lambda: False)
    # Without ONNX Runtime: torch, in one line.
    caplog.clear()
    monkeypatch.setattr(runtimes, "onnxruntime_available", lambda: False)
    with caplog.at_level(logging.WARNING, logger="distillery.infer.runtimes"):
        assert runtimes.choose_runtime(str(tagger_dir), "auto", "cpu") == ("torch", None)
    assert len(caplog.records) == 1 and "not installed" in caplog.records[0].getMessage()
    with pytest.raises(UserError, match="ONNX Runtime"):
        runtimes.choose_runtime(str(tagger_dir), "onnx", "cpu")


def test_the_fingerprint_follows_the_weights(tagger_dir, tmp_path):
    from distillery.infer.runtimes import model_fingerprint

    copy = tmp_path / "copy"
    shutil.copytree(tagger_dir, copy, ignore=shutil.ignore_patterns("checkpoint-*", "runs"))
    assert model_fingerprint(copy) == model_fingerprint(tagger_dir)
    weights = copy / "adapter_model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-1] + b"\0")
    assert model_fingerprint(copy) != model_fingerprint(tagger_dir)


def test_onnx_refuses_a_gpu_device_and_a_generative_model(export_dir, tiny_model_dir):
    from distillery.infer.runtimes import choose_runtime

    with pytest.raises(UserError, match="CPU"):
        choose_runtime(str(export_dir), "onnx", "cuda")
    with pytest.raises(UserError, match="tagger"):
        make_anonymizer(InferConfig(model=str(tiny_model_dir), runtime="onnx"))


def test_a_bidirectional_tagger_exports_bidirectional(tiny_model_dir, gen_dir, tmp_path):
    from distillery.infer.loading import load_onnx_tagger
    from distillery.infer.runtimes import check_attention, export_onnx

    out = tmp_path / "bi"
    cfg = tagger_cfg(tiny_model_dir, **{"tagger.attention": "bidirectional", "training.max_steps": 1})
    run_training(cfg, dataset=gen_dir, output_dir=out, quiet=True)
    export = export_onnx(out, tmp_path / "bi-onnx")  # checks the attention mode itself before writing
    loaded = load_onnx_tagger(export)
    assert loaded.attention == "bidirectional"
    ids = np.arange(3, 19, dtype=np.int64)[None, :]
    mask = np.ones_like(ids)
    check_attention(loaded.runner, ids, mask, "bidirectional")
    with pytest.raises(Exception, match="not causal"):
        check_attention(loaded.runner, ids, mask, "causal")


def test_openvino_runs_the_same_export_to_the_same_result(export_dir, tagger_dir):
    pytest.importorskip("openvino")
    from distillery.infer.loading import load_onnx_tagger, load_tagger_for_inference
    from distillery.infer.runtimes import max_logit_gap

    torch_tagger = load_tagger_for_inference(str(tagger_dir), device="cpu", dtype="float32")
    ov_tagger = load_onnx_tagger(export_dir, runtime="openvino")
    ids = np.random.default_rng(1).integers(3, 300, size=(3, 41), dtype=np.int64)
    mask = np.ones_like(ids)
    mask[1, 20:] = 0
    assert max_logit_gap(torch_tagger.runner(ids, mask), ov_tagger.runner(ids, mask), mask) < 1e-4
    cfg = {"threshold": 0.2, "quantize": "none", "batch_size": 2}
    on_torch = make_anonymizer(InferConfig(model=str(tagger_dir), runtime="torch", **cfg))
    on_ov = make_anonymizer(InferConfig(model=str(export_dir), runtime="openvino", **cfg))
    docs = [Document(t, i) for i, t in enumerate(TEXTS)]
    assert [r.model_dump() for r in on_ov.stream(docs)] == [r.model_dump() for r in on_torch.stream(docs)]
    with pytest.raises(UserError, match="int8"):
        make_anonymizer(InferConfig(model=str(export_dir), runtime="openvino", quantize="int8"))
