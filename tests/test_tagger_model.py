"""The tagger student end to end on the tiny random Llama: attention modes, train, save/load, infer,
eval, chat, export. Seconds on CPU; the embedded SmolLM2 only in the slow test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_train import record, write_jsonl  # the same tiny letters dataset as the generative tests
from typer.testing import CliRunner

from distillery.cli import app
from distillery.config import resolve_config
from distillery.documents import Document
from distillery.infer import InferConfig, make_anonymizer
from distillery.pii.find import whole_word
from distillery.tagging.labels import default_label_set
from distillery.train.config import TrainConfig
from distillery.train.run import run as run_training

runner = CliRunner()
LABELS = default_label_set()


def tagger_cfg(model_dir: Path, **flags) -> TrainConfig:
    base = {
        "student": "tagger",
        "model.name": str(model_dir),
        "training.batch_size": 4,
        "training.grad_accum": 1,
        "training.max_steps": 3,
        "training.learning_rate": 5e-3,
        "training.logging_steps": 1,
        "tagger.window": 32,
        "tagger.window_overlap": 8,
    }
    return resolve_config(TrainConfig, None, {**base, **flags})


def tiny_dataset(d: Path) -> Path:
    """A generate dir in `d` of 24 training and 4 validation letters: what every tiny tagger trains on."""
    write_jsonl(d / "train.jsonl", [record(i) for i in range(24)])
    write_jsonl(d / "validation.jsonl", [record(i) for i in range(100, 104)])
    return d


@pytest.fixture(scope="module")
def gen_dir(tmp_path_factory) -> Path:
    return tiny_dataset(tmp_path_factory.mktemp("gen-tagger"))


@pytest.fixture(scope="module")
def tagger_dir(tiny_model_dir, gen_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tagger") / "run"
    run_training(tagger_cfg(tiny_model_dir), dataset=gen_dir, output_dir=out, quiet=True)
    return out


def logits(model, ids: list[int]):
    import torch

    with torch.inference_mode():
        return model(input_ids=torch.tensor([ids])).logits[0]


@pytest.mark.parametrize("mode", ["causal", "bidirectional"])
def test_attention_mode_is_the_one_asked_for(tiny_model_dir, mode):
    """Change the last token: with causal attention the earlier tokens' logits cannot change."""
    import torch

    from distillery.tagging.model import load_token_classifier

    model = load_token_classifier(str(tiny_model_dir), LABELS, num_layers=None, attention=mode).eval()
    a = logits(model, [10, 11, 12, 13, 14, 15])
    b = logits(model, [10, 11, 12, 13, 14, 99])
    earlier_same = torch.allclose(a[:-1], b[:-1], atol=1e-6)
    assert earlier_same == (mode == "causal")
    # A padded batch gives the real tokens the same logits as the unpadded sequence.
    with torch.inference_mode():
        padded = model(input_ids=torch.tensor([[10, 11, 12, 0, 0]]), attention_mask=torch.tensor([[1, 1, 1, 0, 0]]))
    assert torch.allclose(padded.logits[0, :3], logits(model, [10, 11, 12]), atol=1e-5)


def test_num_layers_keeps_the_first_layers_and_checks_the_bound(tiny_model_dir):
    from distillery.tagging.model import load_token_classifier

    model = load_token_classifier(str(tiny_model_dir), LABELS, num_layers=1, attention="causal")
    assert model.config.num_hidden_layers == 1 and len(model.model.layers) == 1
    with pytest.raises(ValueError, match="has 2 layers"):
        load_token_classifier(str(tiny_model_dir), LABELS, num_layers=3, attention="causal")


def test_training_writes_a_self_describing_tagger(tagger_dir):
    marker = json.loads((tagger_dir / "distillery.json").read_text())
    assert marker["student"] == "tagger" and marker["kind"] == "lora-adapter"
    assert marker["tagger"]["labels"] == LABELS.labels
    adapter_cfg = json.loads((tagger_dir / "adapter_config.json").read_text())
    assert adapter_cfg["task_type"] == "TOKEN_CLS" and "score" in (adapter_cfg.get("modules_to_save") or [])
    from safetensors import safe_open

    with safe_open(str(tagger_dir / "adapter_model.safetensors"), "pt") as f:
        keys = list(f.keys())
    assert any("score" in k for k in keys) and any("lora_A" in k for k in keys)
    md = json.loads((tagger_dir / "training_metadata.json").read_text())
    assert md["student"] == "tagger" and md["global_step"] == 3


def test_loss_goes_down(tiny_model_dir, gen_dir, tmp_path):
    result = run_training(
        tagger_cfg(tiny_model_dir, **{"training.max_steps": 12, "data.max_train_examples": 4}),
        dataset=gen_dir,
        output_dir=tmp_path / "run",
        quiet=True,
    )
    history = [h["loss"] for h in json.loads((tmp_path / "run/checkpoint-12/trainer_state.json").read_text())[
        "log_history"] if "loss" in h]  # fmt: skip
    assert result.global_step == 12 and history[-1] < history[0]


def test_saved_head_and_adapter_reload_to_the_same_predictions(tagger_dir, tiny_model_dir):
    """Round trip: what inference loads is what training ended with (adapter + head + labels)."""
    import torch
    from peft import PeftModel

    from distillery.infer.loading import load_tagger_for_inference
    from distillery.tagging.model import load_token_classifier

    loaded = load_tagger_for_inference(str(tagger_dir), device="cpu", dtype="float32", quantize="none")
    fresh = load_token_classifier(str(tiny_model_dir), LABELS, num_layers=None, attention="causal")
    fresh = PeftModel.from_pretrained(fresh, str(tagger_dir)).eval()
    ids = loaded.tokenizer("Gentile Mario Rossi, la contatto.", add_special_tokens=False)["input_ids"]
    assert torch.allclose(logits(loaded.model, ids), logits(fresh, ids), atol=1e-4)
    untrained = load_token_classifier(str(tiny_model_dir), LABELS, num_layers=None, attention="causal").eval()
    assert not torch.allclose(logits(loaded.model, ids), logits(untrained, ids), atol=1e-3)


def test_infer_output_is_valid_grounded_and_word_aligned(tagger_dir):
    anonymizer = make_anonymizer(InferConfig(model=str(tagger_dir), threshold=0.05, quantize="none"))
    assert anonymizer.kind == "tagger"
    docs = [
        Document("Gentile Mario Rossi, la contatto al 347 123 4567 per la pratica.", "a"),
        Document("", "empty"),
        Document("nota " * 60 + "firmato Anna Bianchi, tel 347 123 4599.", "long"),
    ]
    results = list(anonymizer.stream(docs))
    assert [r.id for r in results] == ["a", "empty", "long"]
    for doc, res in zip(docs, results, strict=True):
        for tok in res.replaced_tokens:
            assert doc.text[tok.start : tok.end] == tok.original
            assert whole_word(doc.text, tok.start, tok.end)
        starts = [t.start for t in res.replaced_tokens]
        assert len(starts) == len(set(starts))  # stitched windows never give a value two spans
    assert results[1].anonymized_text == ""
    # The rules safety net is under the tagger: the phone number never survives.
    assert "347 123 4567" not in results[0].anonymized_text


def test_threshold_moves_the_dial(tagger_dir):
    text = "Gentile Mario Rossi, la contatto per la pratica. Anna Bianchi"
    low = make_anonymizer(InferConfig(model=str(tagger_dir), threshold=0.01, quantize="none", rules_safety_net=False))
    high = make_anonymizer(InferConfig(model=str(tagger_dir), threshold=0.99, quantize="none", rules_safety_net=False))
    n_low = len(low.anonymize(text).replaced_tokens)
    n_high = len(high.anonymize(text).replaced_tokens)
    assert n_low > n_high


def test_int8_quantized_tagger_runs(tagger_dir):
    anonymizer = make_anonymizer(InferConfig(model=str(tagger_dir), quantize="int8"))
    assert anonymizer.loaded.quantized == "int8"
    assert anonymizer.anonymize("Gentile Mario Rossi.").anonymized_text


def test_cli_infer_eval_chat_and_export_take_a_tagger_dir(tagger_dir, tmp_path):
    res = runner.invoke(app, ["infer", "-m", str(tagger_dir), "--text", "Gentile Mario Rossi, tel 347 123 4567."])
    assert res.exit_code == 0, res.output
    # A 3-step tagger may call the whole line one PERSON; whatever it says, the rules' phone is gone.
    assert "347 123 4567" not in json.loads(res.stdout.strip().splitlines()[-1])["anonymized_text"]

    gold = Path(__file__).parent.parent / "data/eval/handwritten.jsonl"
    res = runner.invoke(app, ["eval", "--gold", str(gold), "-m", str(tagger_dir), "-n", "3", "--json", "-q"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["systems"][0]["engine"] == "tagger"

    res = runner.invoke(app, ["chat", "-m", str(tagger_dir)], input="ciao, sono Mario Rossi\n")
    assert res.exit_code == 0, res.output
    assert "anonymized_text" in res.stdout

    out = tmp_path / "merged"
    res = runner.invoke(app, ["export", "--merge", str(tagger_dir), str(out)])
    assert res.exit_code == 0, res.output
    marker = json.loads((out / "distillery.json").read_text())
    assert marker["student"] == "tagger" and marker["kind"] == "merged-model"
    text = "Gentile Mario Rossi, tel 347 123 4567."
    cfg = {"threshold": 0.2, "quantize": "none"}
    a = make_anonymizer(InferConfig(model=str(tagger_dir), **cfg)).anonymize(text)
    b = make_anonymizer(InferConfig(model=str(out), **cfg)).anonymize(text)
    assert a.anonymized_text == b.anonymized_text


def test_tagger_adapter_without_tokenizer_exports(tagger_dir, tiny_model_dir, tmp_path):
    """The shipped tagger holds no tokenizer: export takes the base model's and the merged dir tags alike."""
    import shutil

    bare = tmp_path / "bare"
    no_tokenizer = shutil.ignore_patterns("checkpoint-*", "runs", "tokenizer*", "special_tokens_map.json", "*.jinja")
    shutil.copytree(tagger_dir, bare, ignore=no_tokenizer)
    assert not list(bare.glob("tokenizer*"))
    res = runner.invoke(app, ["export", "--merge", str(bare), str(tmp_path / "merged")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "merged" / "tokenizer.json").is_file()
    text = "Gentile Mario Rossi, tel 347 123 4567."
    cfg = {"threshold": 0.2, "quantize": "none"}
    a = make_anonymizer(InferConfig(model=str(tagger_dir), **cfg)).anonymize(text)
    b = make_anonymizer(InferConfig(model=str(tmp_path / "merged"), **cfg)).anonymize(text)
    assert a.anonymized_text == b.anonymized_text


def test_the_same_config_trains_the_same_weights_whatever_ran_before(tiny_model_dir, gen_dir, tmp_path):
    """The fresh LoRA and head weights are seeded by the config, not by the process's RNG state."""
    import torch
    from safetensors.torch import load_file

    weights = []
    for i, noise in enumerate((1, 2)):
        torch.manual_seed(noise)
        torch.rand(noise * 10)
        out = tmp_path / f"run{i}"
        run_training(tagger_cfg(tiny_model_dir, **{"training.max_steps": 1}), dataset=gen_dir, output_dir=out,
                     quiet=True)  # fmt: skip
        weights.append(load_file(str(out / "adapter_model.safetensors")))
    assert weights[0].keys() == weights[1].keys()
    assert all(torch.equal(weights[0][k], weights[1][k]) for k in weights[0])


def test_bidirectional_tagger_trains_and_loads_bidirectional(tiny_model_dir, gen_dir, tmp_path):
    out = tmp_path / "bi"
    run_training(tagger_cfg(tiny_model_dir, **{"tagger.attention": "bidirectional"}), dataset=gen_dir, output_dir=out,
                 quiet=True)  # fmt: skip
    anonymizer = make_anonymizer(InferConfig(model=str(out), quantize="none"))
    assert anonymizer.loaded.attention == "bidirectional"
    attn = [m for m in anonymizer.loaded.model.modules() if hasattr(m, "q_proj")]
    assert attn and not any(m.is_causal for m in attn)


def test_tagger_refuses_qlora_and_bad_windows(tiny_model_dir):
    from distillery.errors import UserError

    with pytest.raises(UserError, match="load_in_4bit"):
        tagger_cfg(tiny_model_dir, **{"quantization.load_in_4bit": True})
    with pytest.raises(UserError, match="window_overlap"):
        tagger_cfg(tiny_model_dir, **{"tagger.window": 32, "tagger.window_overlap": 32})
