"""`distillery train` / `export` on the tiny random Llama (CPU, seconds), one slow run on SmolLM2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distillery.cli import app
from distillery.config import resolve_config
from distillery.errors import UserError
from distillery.train.config import TrainConfig
from distillery.train.data import load_splits, to_rows
from distillery.train.run import run as run_training

runner = CliRunner()
NAMES = ["Mario Rossi", "John Smith", "Anna Bianchi", "Emily Clarke"]


def record(i: int) -> dict:
    name = NAMES[i % len(NAMES)]
    text = f"Gentile {name}, la contatto al 347 123 45{i % 100:02d} per la pratica."
    if i % 5 == 4:
        text = f"La riunione {i} è spostata a giovedì."
        return {"id": f"d{i}", "lang": "it", "kind": "note", "template": "t", "text": text, "pii": [], "keep": []}
    s, p = text.index(name), text.index("347")
    pii = [
        {"value": name, "type": "PERSON", "start": s, "end": s + len(name)},
        {"value": text[p : p + 12], "type": "PHONE", "start": p, "end": p + 12},
    ]
    return {"id": f"d{i}", "lang": "it", "kind": "letter", "template": "t", "text": text, "pii": pii, "keep": []}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gen_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("gen")
    write_jsonl(d / "train.jsonl", [record(i) for i in range(24)])
    write_jsonl(d / "validation.jsonl", [record(i) for i in range(100, 104)])
    return d


def tiny_cfg(model_dir: Path, **flags) -> TrainConfig:
    base = {
        "model.name": str(model_dir),
        "training.batch_size": 4,
        "training.grad_accum": 1,
        "training.max_steps": 3,
        "training.learning_rate": 5e-3,
        "training.logging_steps": 1,
        "data.max_length": 256,
    }
    return resolve_config(TrainConfig, None, {**base, **flags})


@pytest.fixture(scope="module")
def trained(tiny_model_dir, gen_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "adapter"
    result = run_training(tiny_cfg(tiny_model_dir), dataset=gen_dir, output_dir=out, quiet=True)
    return result


# --- config ---------------------------------------------------------------------------------


def test_config_precedence_defaults_yaml_flags(tmp_path):
    yml = tmp_path / "c.yaml"
    yml.write_text("lora:\n  r: 4\ntraining:\n  epochs: 2\n  learning_rate: 1.0e-3\n")
    cfg = resolve_config(TrainConfig, yml, {"training.epochs": 7})
    assert (cfg.lora.r, cfg.training.epochs, cfg.training.learning_rate) == (4, 7, 1e-3)
    assert cfg.lora.alpha == 16  # default kept


@pytest.mark.parametrize(
    "name",
    [
        "tinyllama-1.1b-lora",
        "tinyllama-1.1b-qlora",
        "smollm2-135m-cpu",
        "smollm2-135m-tagger-cpu",
        "tinyllama-1.1b-tagger",
    ],
)
def test_shipped_configs_validate(name):
    cfg = resolve_config(TrainConfig, Path(__file__).parent.parent / "configs/train" / f"{name}.yaml")
    assert cfg.quantization.load_in_4bit == (name == "tinyllama-1.1b-qlora")
    assert cfg.student == ("tagger" if "tagger" in name else "generative")


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--set", "training.nope=1"], "training.nope: Extra inputs are not permitted"),
        (["--set", "lora.r=abc"], "lora.r"),
        (["--set", "lora.r"], "--set expects key.path=value"),
        (["--precision", "fp8"], "training.precision"),
    ],
)
def test_cli_bad_config_exits_2_with_one_line(gen_dir, tmp_path, args, expected):
    result = runner.invoke(app, ["train", "-d", str(gen_dir), "-o", str(tmp_path / "o"), *args])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_set_values_are_typed():
    from distillery.cli.train import parse_set

    assert parse_set(["lora.r=16", "training.learning_rate=3.0e-4", "lora.target_modules=[q_proj,v_proj]"]) == {
        "lora.r": 16,
        "training.learning_rate": 3e-4,
        "lora.target_modules": ["q_proj", "v_proj"],
    }


def test_qlora_on_cpu_is_refused(gen_dir, tmp_path, monkeypatch):
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    cfg = resolve_config(TrainConfig, None, {"quantization.load_in_4bit": True})
    with pytest.raises(UserError, match="QLoRA.*CUDA"):
        run_training(cfg, dataset=gen_dir, output_dir=tmp_path / "o")


# --- data -----------------------------------------------------------------------------------


@pytest.fixture
def no_model_loading(monkeypatch):
    """Any attempt to load a tokenizer or model fails the test: bad data must be refused first."""
    import distillery.models as models

    def boom(*a, **k):
        raise AssertionError("a model was loaded before the dataset was checked")

    monkeypatch.setattr(models, "load_tokenizer", boom)
    monkeypatch.setattr(models, "load_causal_lm", boom)


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "invalid JSON"),
        ('{"id": "x", "pii": []}', 'missing "text"'),
        ('{"text": "ciao Mario"}', 'missing "pii" list'),
        ('{"text": "ciao Mario", "pii": [{"value": "Mario", "type": "PERSON", "start": 5}]}', '"end" must both'),
        (
            '{"text": "ciao Mario", "pii": [{"value": "Maria", "type": "PERSON", "start": 5, "end": 10}]}',
            "is 'Mario', not 'Maria'",
        ),
        ('{"text": "ciao", "pii": [{"value": "ciao", "type": "PERSON", "start": 0, "end": 9}]}', "out of range"),
    ],
)
def test_malformed_dataset_refused_with_file_line(tmp_path, no_model_loading, line, message):
    path = tmp_path / "train.jsonl"
    path.write_text(json.dumps(record(0)) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        run_training(TrainConfig(), dataset=path, output_dir=tmp_path / "o")
    assert f"{path}:3: " in str(err.value)
    assert message in str(err.value)


def test_empty_or_missing_dataset_refused(tmp_path, no_model_loading):
    (tmp_path / "gen").mkdir()
    (tmp_path / "gen" / "train.jsonl").write_text("\n")
    with pytest.raises(UserError, match="dataset is empty"):
        run_training(TrainConfig(), dataset=tmp_path / "gen", output_dir=tmp_path / "o")
    with pytest.raises(UserError, match="no train.jsonl"):
        run_training(TrainConfig(), dataset=tmp_path, output_dir=tmp_path / "o")
    with pytest.raises(UserError, match="dataset not found"):
        run_training(TrainConfig(), dataset=tmp_path / "nope.jsonl", output_dir=tmp_path / "o")


def test_cli_malformed_dataset_exit_2(tmp_path):
    bad = write_jsonl(tmp_path / "d.jsonl", [record(0), {"text": "x"}])
    result = runner.invoke(app, ["train", "-d", str(bad), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert f"{bad}:2: " in result.stderr


def test_single_file_is_split_by_config(tmp_path):
    path = write_jsonl(tmp_path / "all.jsonl", [record(i) for i in range(40)])
    cfg = resolve_config(TrainConfig, None, {"data.validation_fraction": 0.25})
    splits = load_splits(path, cfg.data)
    assert (len(splits.train), len(splits.validation)) == (30, 10)
    assert {e.where for e in splits.train}.isdisjoint({e.where for e in splits.validation})
    assert load_splits(path, cfg.data).validation == splits.validation  # deterministic


def test_rows_use_the_student_format(gen_dir):
    from distillery.student_format import prompt_messages

    splits = load_splits(gen_dir, TrainConfig().data)
    row = to_rows(splits.train[:1])[0]
    assert row["prompt"] == prompt_messages(splits.train[0].text)
    assert row["completion"] == [
        {"role": "assistant", "content": '[{"v":"Mario Rossi","t":"PERSON"},{"v":"347 123 4500","t":"PHONE"}]'}
    ]
    empty = to_rows(splits.train[4:5])[0]
    assert empty["completion"][0]["content"] == "[]"


# --- label mask -----------------------------------------------------------------------------


@pytest.mark.parametrize("pad_is_eos", [False, True])
def test_label_mask_is_answer_and_eos_only(tiny_model_dir, gen_dir, tmp_path, pad_is_eos):
    """Prompt tokens and padding are -100; answer tokens and the end-of-turn (EOS) token are learned,
    also when the tokenizer pads with EOS (the failure where EOS is masked as padding)."""
    from distillery.models import load_tokenizer
    from distillery.train.trainer import build_trainer, make_plan

    cfg = tiny_cfg(tiny_model_dir)
    tok = load_tokenizer(str(tiny_model_dir))
    if pad_is_eos:
        tok.pad_token = tok.eos_token
    rows = to_rows(load_splits(gen_dir, cfg.data).train[:5])
    trainer = build_trainer(
        cfg, make_plan(cfg), tokenizer=tok, train_rows=rows, eval_rows=[], output_dir=tmp_path / "o"
    )
    # A long and a short example, so the short one is padded.
    batch = trainer.data_collator([trainer.train_dataset[0], trainer.train_dataset[4]])
    ids, labels = batch["input_ids"], batch["labels"]
    assert ids.shape[0] == 2
    full_lens = []
    for i, row in enumerate([rows[0], rows[4]]):
        answer = row["completion"][0]["content"]
        prompt_len = len(tok.apply_chat_template(row["prompt"], add_generation_prompt=True, tokenize=True)["input_ids"])
        full_len = len(tok.apply_chat_template(row["prompt"] + row["completion"], tokenize=True)["input_ids"])
        full_lens.append(full_len)
        assert (labels[i, :prompt_len] == -100).all(), "prompt tokens must not be learned"
        learned = labels[i, prompt_len:full_len]
        assert (learned == ids[i, prompt_len:full_len]).all(), "answer + EOS must all be learned"
        assert tok.decode(learned.tolist()) == answer + "<|im_end|>\n"
        assert tok.eos_token_id in learned.tolist()
        assert (labels[i, full_len:] == -100).all(), "padding must not be learned"
        assert (batch["attention_mask"][i, full_len:] == 0).all()
    assert full_lens[1] < ids.shape[1] == full_lens[0], "the short row must be padded"


def test_pad_token_is_never_eos(tiny_model_dir):
    """One pad policy for train and infer: EOS padding becomes unk, a missing pad token unk, and a
    tokenizer whose unk is EOS (or that has none) gets a dedicated pad token."""
    from transformers import AutoTokenizer

    from distillery.models import ensure_pad_token, load_tokenizer

    tok = load_tokenizer(str(tiny_model_dir))
    assert tok.pad_token == "<|endoftext|>"
    tok.pad_token = tok.eos_token
    ensure_pad_token(tok)
    assert tok.pad_token == tok.unk_token and tok.pad_token_id != tok.eos_token_id
    tok = AutoTokenizer.from_pretrained(str(tiny_model_dir), pad_token=None)
    assert tok.pad_token is None
    ensure_pad_token(tok)
    assert tok.pad_token == tok.unk_token
    tok = AutoTokenizer.from_pretrained(str(tiny_model_dir), pad_token=None, unk_token="<|im_end|>")
    size = len(tok)
    ensure_pad_token(tok)
    assert tok.pad_token == "<|pad|>" and len(tok) == size + 1


# --- training -------------------------------------------------------------------------------


def test_loss_goes_down_on_a_repeated_batch(tiny_model_dir, tmp_path):
    data = write_jsonl(tmp_path / "train.jsonl", [record(0)] * 8)
    cfg = tiny_cfg(
        tiny_model_dir,
        **{"training.max_steps": 12, "training.learning_rate": 1e-2, "data.validation_fraction": 0.0},
    )
    cfg.lora.dropout = 0.0
    result = run_training(cfg, dataset=data, output_dir=tmp_path / "o", quiet=True)
    from transformers.trainer_utils import get_last_checkpoint

    state = json.loads((Path(get_last_checkpoint(str(tmp_path / "o"))) / "trainer_state.json").read_text())
    losses = [h["loss"] for h in state["log_history"] if "loss" in h]
    assert len(losses) >= 10
    assert sum(losses[-3:]) / 3 < sum(losses[:3]) / 3 - 0.3, losses
    assert result.eval_loss is None


def test_output_dir_contents(trained):
    out = trained.output_dir
    for name in ("adapter_config.json", "adapter_model.safetensors", "tokenizer_config.json", "config.yaml"):
        assert (out / name).is_file(), name
    assert list((out / "runs").rglob("events.out.tfevents.*")), "TensorBoard logs under runs/"
    marker = json.loads((out / "distillery.json").read_text())
    assert marker["kind"] == "lora-adapter" and marker["format_version"] == 1
    assert Path(marker["base_model"]).name == "tiny-llama0"
    md = json.loads((out / "training_metadata.json").read_text())
    assert md["global_step"] == 3 and md["dataset"]["train_examples"] == 24
    assert md["dataset"]["validation_examples"] == 4 and len(md["dataset"]["sha256"]) == 64
    assert md["tokens_seen"] > 0 and md["tokens_per_second"] > 0 and md["wall_time_s"] > 0
    assert md["train_loss"] is not None and md["eval_loss"] is not None
    assert trained.eval_loss == md["eval_loss"]


def test_adapter_loads_with_peft_and_generates(trained, tiny_model_dir):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(trained.output_dir)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    model = PeftModel.from_pretrained(base, trained.output_dir).eval()
    ids = tok.apply_chat_template(
        [{"role": "user", "content": "Gentile Mario Rossi"}], add_generation_prompt=True, return_tensors="pt"
    )
    ids = ids["input_ids"] if hasattr(ids, "keys") else ids
    with torch.no_grad():
        out = model.generate(ids, max_new_tokens=5, do_sample=False, pad_token_id=tok.pad_token_id)
    assert out.shape[1] > ids.shape[1]
    # The adapter changed the model: LoRA B matrices are no longer all zeros.
    lora_b = [p for n, p in model.named_parameters() if "lora_B" in n]
    assert lora_b and any(p.abs().sum() > 0 for p in lora_b)


def test_existing_run_is_not_overwritten_and_resume_continues(trained, tiny_model_dir, gen_dir):
    out = trained.output_dir
    with pytest.raises(UserError, match="already holds a training run"):
        run_training(tiny_cfg(tiny_model_dir), dataset=gen_dir, output_dir=out, quiet=True)
    result = run_training(
        tiny_cfg(tiny_model_dir, **{"training.max_steps": 5}),
        dataset=gen_dir,
        output_dir=out,
        resume_from_checkpoint="auto",
        quiet=True,
    )
    assert result.global_step == 5
    md = json.loads((out / "training_metadata.json").read_text())
    assert md["resumed_from"].endswith("checkpoint-3") and md["global_step"] == 5
    assert len(result.step_times) == 2  # only the two new steps ran


def test_resume_without_checkpoint_is_refused(tmp_path, gen_dir, tiny_model_dir):
    with pytest.raises(UserError, match="no checkpoint"):
        run_training(tiny_cfg(tiny_model_dir), dataset=gen_dir, output_dir=tmp_path / "o", resume_from_checkpoint="")
    with pytest.raises(UserError, match="not a training checkpoint"):
        run_training(
            tiny_cfg(tiny_model_dir), dataset=gen_dir, output_dir=tmp_path / "o", resume_from_checkpoint=str(tmp_path)
        )


def test_cli_train_then_export_merge(tiny_model_dir, gen_dir, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    out, merged = tmp_path / "adapter", tmp_path / "merged"
    args = ["train", "-d", str(gen_dir), "-o", str(out), "--model", str(tiny_model_dir), "--max-steps", "2"]
    result = runner.invoke(app, [*args, "-b", "4", "--lr", "5e-3", "--set", "data.max_length=256"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # stdout is for data: progress and summary go to stderr
    assert "training done" in result.stderr and "eval loss" in result.stderr

    result = runner.invoke(app, ["export", "--merge", str(out), str(merged)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(merged)
    assert json.loads((merged / "distillery.json").read_text())["kind"] == "merged-model"
    model = AutoModelForCausalLM.from_pretrained(merged).eval()
    ref = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), out).eval()
    x = torch.tensor([[5, 17, 42, 99, 3]])
    with torch.no_grad():
        assert torch.allclose(model(x).logits, ref(x).logits, atol=1e-4)
    assert runner.invoke(app, ["export", "--merge", str(out), str(merged)]).exit_code == 2  # not empty
    assert runner.invoke(app, ["export", str(out), str(tmp_path / "m2")]).exit_code == 2  # --merge missing
    assert runner.invoke(app, ["export", "--merge", str(tmp_path), str(tmp_path / "m3")]).exit_code == 2


def test_export_of_an_adapter_shipped_without_tokenizer_uses_the_base_tokenizer(trained, tiny_model_dir, tmp_path):
    """distillery/assets ships adapters without a tokenizer; export falls back to the base model's."""
    import shutil

    from transformers import AutoModelForCausalLM, AutoTokenizer

    from distillery.train.export import merge_adapter

    bare = tmp_path / "bare"
    no_tokenizer = shutil.ignore_patterns("checkpoint-*", "runs", "tokenizer*", "special_tokens_map.json", "*.jinja")
    shutil.copytree(trained.output_dir, bare, ignore=no_tokenizer)
    assert not list(bare.glob("tokenizer*"))
    a = merge_adapter(trained.output_dir, tmp_path / "a")
    b = merge_adapter(bare, tmp_path / "b")
    assert AutoTokenizer.from_pretrained(b).get_vocab() == AutoTokenizer.from_pretrained(tiny_model_dir).get_vocab()
    wa = AutoModelForCausalLM.from_pretrained(a).state_dict()
    wb = AutoModelForCausalLM.from_pretrained(b).state_dict()
    assert wa.keys() == wb.keys() and all(wa[k].equal(wb[k]) for k in wa)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp dir left


@pytest.mark.slow
def test_smollm2_trains_a_few_steps(tmp_path):
    """The embedded SmolLM2-135M through the real CLI config, two tiny steps (< 60 s on 2 cores)."""
    short = [record(i) for i in range(4)]
    data = write_jsonl(tmp_path / "train.jsonl", short)
    cfg = resolve_config(
        TrainConfig,
        Path(__file__).parent.parent / "configs/train/smollm2-135m-cpu.yaml",
        {
            "training.max_steps": 2,
            "training.batch_size": 1,
            "training.grad_accum": 1,
            "data.validation_fraction": 0.25,
        },
    )
    result = run_training(cfg, dataset=data, output_dir=tmp_path / "o", quiet=True)
    assert result.global_step == 2 and result.train_loss is not None and result.eval_loss is not None
    assert result.train_loss < 10
    assert json.loads((tmp_path / "o" / "distillery.json").read_text())["base_model"] == "smollm2-135m"


def test_ship_is_atomic_and_keeps_the_model_card(tmp_path):
    """`python -m distillery.train.ship`: only what inference needs, bf16 weights, the hub id as base;
    a ship that fails midway leaves the previous default model whole and no temp dir in the package."""
    import torch
    from safetensors.torch import load_file, save_file

    from distillery.artifacts import write_marker
    from distillery.train.ship import ship_adapter

    src, dest = tmp_path / "run", tmp_path / "assets" / "default-adapter"
    src.mkdir()
    save_file({"w": torch.ones(2, 2)}, src / "adapter_model.safetensors")
    (src / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": "/c/smollm2-135m-instruct"}))
    write_marker(src, base_model="smollm2-135m", kind="lora-adapter")
    (src / "checkpoint-1").mkdir()
    ship_adapter(src, dest)
    assert sorted(p.name for p in dest.iterdir()) == [
        "adapter_config.json",
        "adapter_model.safetensors",
        "distillery.json",
    ]
    assert json.loads((dest / "adapter_config.json").read_text())["base_model_name_or_path"].startswith(
        "HuggingFaceTB/"
    )
    assert load_file(dest / "adapter_model.safetensors")["w"].dtype == torch.bfloat16
    (dest / "MODEL_CARD.md").write_text("hand-written", encoding="utf-8")
    (src / "adapter_model.safetensors").write_bytes(b"torn")
    with pytest.raises(Exception):  # noqa: B017 - whatever safetensors raises on a torn file
        ship_adapter(src, dest)
    assert (dest / "MODEL_CARD.md").read_text() == "hand-written" and (dest / "adapter_config.json").is_file()
    assert [p.name for p in dest.parent.iterdir()] == ["default-adapter"]
    save_file({"w": torch.zeros(2, 2)}, src / "adapter_model.safetensors")
    ship_adapter(src, dest)
    assert (dest / "MODEL_CARD.md").read_text() == "hand-written"
    assert not load_file(dest / "adapter_model.safetensors")["w"].any()


@pytest.mark.slow
def test_every_shipped_adapter_exports(tmp_path):
    """`distillery export --merge distillery/assets/<adapter> OUT` for both shipped adapters (neither
    holds a tokenizer): the merged dir is self-contained and loads as a merged model of its kind."""
    from transformers import AutoTokenizer

    from distillery.artifacts import read_marker, resolve_source, student_kind

    assets = Path(__file__).parent.parent / "distillery" / "assets"
    for name, kind in (("default-adapter", "tagger"), ("generative-adapter", "generative")):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--merge", str(assets / name), str(out)])
        assert result.exit_code == 0, result.output
        assert read_marker(out)["kind"] == "merged-model" and student_kind(str(out)) == kind
        assert resolve_source(str(out)).kind == "merged"
        assert AutoTokenizer.from_pretrained(out).chat_template


def test_early_stopping_stops_when_eval_loss_stalls(tiny_model_dir, gen_dir, tmp_path):
    # A learning rate of ~0 never improves the eval loss: patience 1 stops at the second evaluation.
    cfg = tiny_cfg(
        tiny_model_dir,
        **{
            "training.max_steps": 10,
            "training.learning_rate": 1e-12,
            "training.eval_strategy": "steps",
            "training.eval_steps": 2,
            "training.early_stopping_patience": 1,
        },
    )
    result = run_training(cfg, dataset=gen_dir, output_dir=tmp_path / "o", quiet=True)
    assert result.global_step == 4
    md = json.loads((tmp_path / "o" / "training_metadata.json").read_text())
    assert md["stopped_early"] is True and md["best_eval_loss"] == pytest.approx(md["eval_loss"])


@pytest.mark.parametrize(
    "cuda, bf16_gpu, flash, fast_cpu_bf16, expected",
    [
        (True, True, True, False, ("cuda", "bf16", "flash_attention_2", "packing")),
        (True, False, False, False, ("cuda", "fp16", "sdpa", "group_by_length")),
        (False, False, False, True, ("cpu", "bf16", "sdpa", "group_by_length")),
        (False, False, False, False, ("cpu", "fp32", "sdpa", "group_by_length")),
    ],
)
def test_plan_picks_device_precision_and_batching(monkeypatch, cuda, bf16_gpu, flash, fast_cpu_bf16, expected):
    import torch

    import distillery.train.trainer as trainer_mod

    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: bf16_gpu)
    monkeypatch.setattr(trainer_mod, "_has_flash_attn", lambda: flash)
    monkeypatch.setattr(trainer_mod, "_cpu_has_fast_bf16", lambda: fast_cpu_bf16)
    plan = trainer_mod.make_plan(TrainConfig())
    assert (plan.device, plan.precision, plan.attn_implementation, plan.batching) == expected


def test_packing_path_is_padding_free_and_learns_eos(tiny_model_dir, gen_dir, tmp_path):
    """The GPU fast path (packing, no padding), run on CPU: sequences are concatenated with
    position ids restarting at each example, and every EOS is still a label."""
    from distillery.models import load_tokenizer
    from distillery.train.trainer import build_trainer, make_plan

    cfg = tiny_cfg(tiny_model_dir, **{"training.batching": "packing", "training.batch_size": 2})
    tok = load_tokenizer(str(tiny_model_dir))
    rows = to_rows(load_splits(gen_dir, cfg.data).train)
    trainer = build_trainer(
        cfg, make_plan(cfg), tokenizer=tok, train_rows=rows, eval_rows=[], output_dir=tmp_path / "o"
    )
    batch = trainer.data_collator([trainer.train_dataset[0], trainer.train_dataset[1]])
    assert "attention_mask" not in batch and batch["input_ids"].shape[0] == 1
    n_examples = int((batch["position_ids"][0] == 0).sum())
    assert n_examples >= 2
    labels = batch["labels"][0].tolist()
    assert labels.count(tok.eos_token_id) == n_examples  # one end-of-turn per example, all learned
    trainer.train()
    assert trainer.state.global_step == 3


def test_base_model_without_chat_template_is_refused(tiny_model_dir, gen_dir, tmp_path):
    import shutil

    model_dir = tmp_path / "no-template"
    shutil.copytree(tiny_model_dir, model_dir)
    (model_dir / "chat_template.jinja").unlink(missing_ok=True)
    cfg_path = model_dir / "tokenizer_config.json"
    tok_cfg = json.loads(cfg_path.read_text())
    tok_cfg.pop("chat_template", None)
    cfg_path.write_text(json.dumps(tok_cfg))
    with pytest.raises(UserError, match="no chat template"):
        run_training(tiny_cfg(model_dir), dataset=gen_dir, output_dir=tmp_path / "o", quiet=True)
