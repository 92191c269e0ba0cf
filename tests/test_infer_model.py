"""The model engine with the tiny random Llama: batching, order, chunking, grounding, fallback, offline."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from distillery.cli import app
from distillery.documents import Document
from distillery.errors import UserError
from distillery.infer.config import InferConfig
from distillery.infer.generation import Generation, GenerationStats
from distillery.infer.model_engine import ModelAnonymizer
from distillery.schema import result_json_schema

VALIDATOR = jsonschema.Draft202012Validator(result_json_schema())
runner = CliRunner()


def valid_lines(stdout: str) -> list[dict]:
    objs = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    for obj in objs:
        VALIDATOR.validate(obj)
    return objs


def consistent(result, text: str) -> None:
    """anonymized_text == text with each replaced span swapped, nothing else changed."""
    out, cursor = [], 0
    for tok in result.replaced_tokens:
        assert text[tok.start : tok.end] == tok.original
        out.append(text[cursor : tok.start] + tok.replacement)
        cursor = tok.end
    assert "".join(out) + text[cursor:] == result.anonymized_text


class ScriptedGenerator:
    """Stands in for BatchGenerator: answers from the chunk text seen in each prompt."""

    def __init__(self, tokenizer, answer):
        self.tokenizer = tokenizer
        self.answer = answer  # chunk text -> (answer text, hit_limit)
        self.stats = GenerationStats()
        self.batches: list[list[str]] = []

    def generate(self, rows):
        chunks = []
        for row in rows:
            prompt = self.tokenizer.decode(row)
            chunks.append(prompt.rsplit("<|im_start|>user\n", 1)[1].rsplit("<|im_end|>", 1)[0])
        self.batches.append(chunks)
        outs = []
        for chunk in chunks:
            text, hit = self.answer(chunk)
            outs.append(Generation(text, 5, hit))
        return outs


@pytest.fixture(scope="module")
def engine(tiny_model_dir):
    return ModelAnonymizer(InferConfig(model=str(tiny_model_dir), max_new_tokens=8, batch_size=3))


def scripted(engine, answer, **config) -> ModelAnonymizer:
    """A copy of the loaded engine with another config and a scripted generator."""
    cfg = engine.config.model_copy(update=config)
    eng = ModelAnonymizer(cfg, loaded=engine.loaded)
    eng.generator = ScriptedGenerator(engine.tokenizer, answer)
    return eng


def names_in(names):
    def answer(chunk):
        found = [{"v": n, "t": "PERSON"} for n in names if n in chunk]
        return json.dumps(found), False

    return answer


# --- the real tiny model --------------------------------------------------------------------------


def test_garbage_answers_fall_back_to_rules_and_are_flagged(engine):
    text = "Scrivere a mario.rossi@example.com o chiamare il 347 123 4567."
    result = engine.anonymize(Document(text, id="d1"))
    VALIDATOR.validate(json.loads(result.to_json()))
    assert result.fallback is True  # the random model writes no JSON
    assert result.id == "d1"
    assert "mario.rossi@example.com" not in result.anonymized_text  # rules engine still replaced it
    consistent(result, text)
    assert engine.stats.fallbacks >= 1


def test_order_preserved_with_mixed_lengths_batch_3(tiny_model_dir):
    eng = ModelAnonymizer(InferConfig(model=str(tiny_model_dir), max_new_tokens=4, batch_size=3, read_ahead_batches=2))
    texts = [("parola " * (n % 5 * 7 + 1)) + f"doc {n} a{n}@example.com" for n in range(11)]
    docs = [Document(t, id=f"id-{i}") for i, t in enumerate(texts)]
    results = list(eng.stream(docs))
    assert [r.id for r in results] == [d.id for d in docs]
    for r, t in zip(results, texts, strict=True):
        consistent(r, t)
        VALIDATOR.validate(json.loads(r.to_json()))
    assert eng.generator.stats.batches == 4  # windows of 6 + 5 docs: 3 + 3 and 3 + 2 rows


def test_batches_are_length_sorted_within_a_window(engine):
    eng = scripted(engine, lambda chunk: ("[]", False), batch_size=3, read_ahead_batches=2)
    texts = [("parola " * (n * 5 % 11)) + str(n) for n in range(12)]
    assert [r.anonymized_text for r in eng.stream(Document(t) for t in texts)] == texts
    lengths = [[len(c) for c in batch] for batch in eng.generator.batches]
    assert len(lengths) == 4
    for window in (lengths[:2], lengths[2:]):
        flat = [n for batch in window for n in batch]
        assert flat == sorted(flat, reverse=True)  # longest first: little padding per batch


def test_prefix_cache_gives_the_same_generations(tiny_model_dir, engine):
    from distillery.infer.generation import BatchGenerator

    texts = ["Ciao Mario", "Dear John Smith, call (415) 555-0132 now please", "IBAN IT60 X054 2811"]
    for few_shot in (False, True):
        outs = []
        for prefix_cache in (True, False):
            cfg = InferConfig(model=str(tiny_model_dir), max_new_tokens=10, min_new_tokens=10, few_shot=few_shot)
            cfg = cfg.model_copy(update={"prefix_cache": prefix_cache})
            eng = ModelAnonymizer(cfg, loaded=engine.loaded)
            gen: BatchGenerator = eng.generator
            assert gen.use_prefix_cache is prefix_cache
            rows = [eng.prompts.encode(t) for t in texts]
            assert all(eng.prompts.has_prefix(r) for r in rows)
            outs.append([(g.text, g.new_tokens) for g in gen.generate(rows)])
            if prefix_cache:  # only the document part was prefilled
                assert gen.stats.prefill_tokens == gen.stats.prompt_tokens - len(eng.prompts.prefix_ids) * len(rows)
        assert outs[0] == outs[1]
        assert all(n == 10 for _, n in outs[0])


def test_stream_reads_a_bounded_window(engine):
    consumed = 0

    def docs():
        nonlocal consumed
        for i in range(1000):
            consumed += 1
            yield Document(f"riga {i}", id=i)

    eng = scripted(engine, lambda chunk: ("[]", False), batch_size=4, read_ahead_batches=2)
    stream = eng.stream(docs())
    first = next(stream)
    assert first.id == 0
    assert consumed <= 8  # one window of batch_size * read_ahead_batches, not the whole input
    assert [r.id for r in stream][:3] == [1, 2, 3]


# --- scripted answers ---------------------------------------------------------------------------


def test_long_document_chunks_and_offsets(engine):
    filler = "Il contratto resta valido fino alla scadenza indicata nel modulo.\n"
    text = "Gentile Anna Esposito,\n" + filler * 30 + "Firmato: Zeno Quarantotto, per conto di Anna Esposito.\n"
    eng = scripted(engine, names_in(["Anna Esposito", "Zeno Quarantotto"]), max_input_tokens=64, chunk_overlap_tokens=8)
    result = eng.anonymize(Document(text))
    assert eng.stats.chunks > 5
    assert not result.fallback
    consistent(result, text)
    got = {(t.original, t.start) for t in result.replaced_tokens}
    zeno = text.index("Zeno Quarantotto")
    assert ("Zeno Quarantotto", zeno) in got  # only the last chunk saw it: offset shifted back correctly
    assert {s for o, s in got if o == "Anna Esposito"} == {8, text.rindex("Anna Esposito")}
    assert "Anna Esposito" not in result.anonymized_text and "Zeno" not in result.anonymized_text
    # Every chunk fits the budget (the prompt around it excluded) and the chunks cover the text.
    seen = [c for batch in eng.generator.batches for c in batch]
    assert len(seen) == eng.stats.chunks
    assert all(len(eng.tokenizer(c, add_special_tokens=False)["input_ids"]) <= 66 for c in seen)


def test_value_listed_in_one_chunk_is_replaced_everywhere(engine):
    text = "Mario Bianchi ha scritto. " + "Testo neutro di riempimento. " * 40 + "Saluti, Mario Bianchi"

    def first_chunk_only(chunk):
        return (json.dumps([{"v": "Mario Bianchi", "t": "PERSON"}]) if chunk.startswith("Mario") else "[]"), False

    eng = scripted(engine, first_chunk_only, max_input_tokens=48, chunk_overlap_tokens=0)
    result = eng.anonymize(Document(text))
    assert eng.stats.chunks > 2
    assert "Mario Bianchi" not in result.anonymized_text


def test_hallucinations_dropped_and_counted(engine):
    answer = '[{"v":"Mario Rossi","t":"PERSON"},{"v":"Luigi Verdi","t":"PERSON"},{"v":"Mario","t":"ALIEN"}]'
    eng = scripted(engine, lambda chunk: (answer, False))
    result = eng.anonymize(Document("Caro Mario Rossi, a presto."))
    assert result.anonymized_text == "Caro [PERSON_1], a presto."
    assert not result.fallback
    assert eng.stats.hallucinated == 1 and eng.stats.unknown_type == 1


def test_truncated_answer_is_repaired_and_grounded(engine):
    eng = scripted(engine, lambda chunk: ('[{"v":"Mario Rossi","t":"PERSON"},{"v":"Mario Ro', True))
    result = eng.anonymize(Document("Caro Mario Rossi, a presto."))
    assert result.anonymized_text == "Caro [PERSON_1], a presto."
    assert not result.fallback
    assert eng.stats.truncated == 1 and eng.stats.repaired == 1


def test_rules_safety_net_and_its_switch(engine):
    text = "Caro Mario Rossi, scrivi a mario.rossi@example.com"
    answer = (json.dumps([{"v": "Mario Rossi", "t": "PERSON"}]), False)
    with_net = scripted(engine, lambda c: answer).anonymize(Document(text))
    assert with_net.anonymized_text == "Caro [PERSON_1], scrivi a [EMAIL_1]"
    without = scripted(engine, lambda c: answer, rules_safety_net=False).anonymize(Document(text))
    assert without.anonymized_text == "Caro [PERSON_1], scrivi a mario.rossi@example.com"
    garbage = scripted(engine, lambda c: ("no idea", False), rules_safety_net=False).anonymize(Document(text))
    assert garbage.fallback and "[EMAIL_1]" in garbage.anonymized_text  # fallback always uses the rules


def test_empty_document(engine):
    eng = scripted(engine, lambda c: ("[]", False))
    assert [r.anonymized_text for r in eng.stream([Document(""), Document("   "), Document("ok")])] == ["", "   ", "ok"]


_NAMES = ["Mario Rossi", "Anna", "Esposito", "via Roma 12", "IT60 X054", "Luca"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from([*_NAMES, "ciao", "il", "\n", "numero", "347"]), min_size=1, max_size=60),
    st.lists(st.sampled_from(_NAMES + ["Nessuno Qui"]), max_size=4),
    st.sampled_from(["mask", "redact", "tag"]),
)
def test_property_no_detected_value_survives(engine, words, listed, style):
    text = " ".join(words)
    answer = json.dumps([{"v": v, "t": "PERSON"} for v in listed])
    eng = scripted(engine, lambda c: (answer, False), style=style, max_input_tokens=32, chunk_overlap_tokens=4)
    result = eng.anonymize(Document(text))
    consistent(result, text)
    for value in listed:
        if value in text:
            assert value not in result.anonymized_text


# --- loading ------------------------------------------------------------------------------------


def _make_adapter(base: Path, out: Path, marker: bool = True, nonzero: bool = True) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(str(base), local_files_only=True)
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]))
    if nonzero:  # LoRA B starts at zero; make the adapter actually change the model
        with torch.no_grad():
            for name, p in peft_model.named_parameters():
                if "lora_B" in name:
                    p.normal_(0, 0.5)
    peft_model.save_pretrained(str(out))
    AutoTokenizer.from_pretrained(str(base), local_files_only=True).save_pretrained(str(out))
    if marker:
        (out / "distillery.json").write_text(
            json.dumps({"kind": "lora-adapter", "base_model": str(base), "format_version": 1})
        )
    return out


def test_adapter_dir_is_loaded_and_merged(tiny_model_dir, tmp_path):
    from distillery.artifacts import resolve_source
    from distillery.infer.loading import load_for_inference

    adapter = _make_adapter(tiny_model_dir, tmp_path / "adapter")
    cfg = json.loads((adapter / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = "/nonexistent/cache/path"  # the marker wins
    (adapter / "adapter_config.json").write_text(json.dumps(cfg))
    src = resolve_source(str(adapter))
    assert (src.kind, src.base, src.tokenizer_from) == ("adapter", str(tiny_model_dir), str(adapter))
    loaded = load_for_inference(str(adapter), device="cpu")
    base = load_for_inference(str(tiny_model_dir), device="cpu")
    assert type(loaded.model).__name__ == "LlamaForCausalLM"  # merged: no PEFT wrapper left
    assert not any("lora" in n for n, _ in loaded.model.named_parameters())
    q = "model.layers.0.self_attn.q_proj.weight"
    assert not loaded.model.state_dict()[q].equal(base.model.state_dict()[q])
    eng = ModelAnonymizer(InferConfig(model=str(adapter), max_new_tokens=4), loaded=loaded)
    VALIDATOR.validate(json.loads(eng.anonymize(Document("Caro Mario")).to_json()))


def test_adapter_without_marker_uses_adapter_config(tiny_model_dir, tmp_path):
    from distillery.artifacts import resolve_source

    adapter = _make_adapter(tiny_model_dir, tmp_path / "adapter", marker=False, nonzero=False)
    assert resolve_source(str(adapter)).base == str(tiny_model_dir)


def test_model_dir_errors(tiny_model_dir, tmp_path):
    from distillery.artifacts import resolve_source

    assert resolve_source(str(tiny_model_dir)).kind == "merged"
    assert resolve_source("smollm2-135m").kind == "base"
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="not a model directory"):
        resolve_source(str(tmp_path / "empty"))
    with pytest.raises(UserError, match="not found"):
        resolve_source("./no/such/model")
    with pytest.raises(UserError, match="no base model"):
        (tmp_path / "bad").mkdir()
        (tmp_path / "bad" / "adapter_config.json").write_text("{}")
        resolve_source(str(tmp_path / "bad"))


@pytest.mark.parametrize("fast_bf16", [True, False])
def test_device_and_dtype_selection(monkeypatch, fast_bf16):
    import torch

    import distillery.hardware
    from distillery.infer.loading import resolve_device, resolve_dtype

    monkeypatch.setattr(distillery.hardware, "cpu_has_fast_bf16", lambda: fast_bf16)
    assert resolve_device("cpu") == "cpu"
    # bf16 on CPU only where the hardware multiplies bf16 (AVX512-BF16/AMX), else fp32.
    assert resolve_dtype("auto", "cpu") == (torch.bfloat16 if fast_bf16 else torch.float32)
    assert resolve_dtype("bfloat16", "cpu") == torch.bfloat16
    with pytest.raises(UserError):
        resolve_device("tpu")
    if not torch.cuda.is_available():
        assert resolve_device("auto") in ("cpu", "mps")
        with pytest.raises(UserError, match="no CUDA"):
            resolve_device("cuda")


# --- CLI ----------------------------------------------------------------------------------------


def test_cli_jsonl_in_order_schema_valid(tiny_model_dir, tmp_path):
    src = tmp_path / "in.jsonl"
    texts = [("testo " * (i * 3 % 7)) + f"scrivi a u{i}@example.com" for i in range(7)]
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    out = tmp_path / "out.jsonl"
    args = ["infer", "--engine", "model", "--model", str(tiny_model_dir), "-i", str(src), "-o", str(out)]
    result = runner.invoke(app, [*args, "--batch-size", "3", "--max-new-tokens", "6", "--device", "cpu"])
    assert result.exit_code == 0, result.output
    objs = valid_lines(out.read_text())
    assert [o["id"] for o in objs] == [f"r{i}" for i in range(7)]
    assert all(o["fallback"] for o in objs)  # the random model: every answer is garbage, flagged
    assert all(f"u{i}@example.com" not in o["anonymized_text"] for i, o in enumerate(objs))
    assert "7 unusable answers" in " ".join(result.stderr.split())  # said even without --verbose


def test_cli_lines_stdin_quiet_and_verbose(tiny_model_dir):
    base = ["infer", "--engine", "model", "--model", str(tiny_model_dir), "--max-new-tokens", "4", "--lines"]
    quiet = runner.invoke(app, [*base, "--quiet"], input="uno a@b.it\n\ndue\n")
    assert quiet.exit_code == 0, quiet.output
    # The blank line is a record of its own (the model is not asked about it): record n is line n.
    assert [r["line"] for r in valid_lines(quiet.stdout)] == [1, 2, 3]
    assert quiet.stderr == ""
    verbose = runner.invoke(app, [*base, "--verbose"], input="uno a@b.it\n")
    assert re.search(r"document 1: unusable answer", " ".join(verbose.stderr.split()))


def test_cli_bad_device_is_a_user_error(tiny_model_dir):
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present")
    result = runner.invoke(app, ["infer", "-e", "model", "-m", str(tiny_model_dir), "--device", "cuda", "-t", "x"])
    assert result.exit_code == 2
    assert "no CUDA GPU" in result.stderr


def test_infer_never_opens_a_socket(tiny_model_dir, tmp_path, monkeypatch):
    """Local by construction: a model and an adapter load and run with every connection refused."""
    import huggingface_hub.constants

    adapter = _make_adapter(tiny_model_dir, tmp_path / "adapter")
    # conftest sets HF_HUB_OFFLINE for the whole session; undo it so our own guarantees are what is tested.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted during infer")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))
    for model in (str(tiny_model_dir), str(adapter)):
        result = runner.invoke(
            app, ["infer", "-e", "model", "-m", model, "--max-new-tokens", "4", "-t", "Caro Mario, a@b.it", "-q"]
        )
        assert result.exit_code == 0, result.output
        assert len(valid_lines(result.stdout)) == 1
    assert attempts == []


def test_out_of_memory_batch_is_split(engine, monkeypatch):
    import torch

    gen = engine.generator
    real = gen._generate
    sizes = []

    def small_gpu(rows):
        sizes.append(len(rows))
        if len(rows) > 1:
            raise torch.OutOfMemoryError("CUDA out of memory")
        return real(rows)

    monkeypatch.setattr(gen, "_generate", small_gpu)
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: None)
    rows = [engine.prompts.encode(t) for t in ("uno", "due", "tre")]
    assert len(gen.generate(rows)) == 3
    assert sizes == [3, 1, 2, 1, 1]


def test_adapter_merged_in_float32_then_cast(tiny_model_dir, tmp_path):
    import torch

    from distillery.infer.loading import load_for_inference

    adapter = _make_adapter(tiny_model_dir, tmp_path / "adapter")
    fp32 = load_for_inference(str(adapter), device="cpu", dtype="float32").model
    bf16 = load_for_inference(str(adapter), device="cpu", dtype="bfloat16")
    assert bf16.model.dtype == torch.bfloat16 and bf16.dtype == torch.bfloat16
    q = "model.layers.1.self_attn.v_proj.weight"
    assert bf16.model.state_dict()[q].equal(fp32.state_dict()[q].to(torch.bfloat16))  # one rounding only
