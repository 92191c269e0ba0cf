"""The public Python API (`distillery.Anonymizer`), with the rules engine."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import distillery.infer as infer_pkg
from distillery import AnalysisResult, AnonymizationResult, Anonymizer
from distillery.errors import UserError
from distillery.infer.config import InferConfig

REPO = Path(__file__).resolve().parent.parent

IT_TEXT = (
    "Gentile Sig.ra Anna Esposito, il rimborso andrà sull'IBAN IT60 X054 2811 1010 0000 0123 456. "
    "Per dubbi: +39 347 123 4567 o anna.esposito@gmail.com."
)
ORG_TEXT = "Per informazioni chiami il numero verde 800 91 84 27 (gratuito)."


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO)}
    )


def test_the_readme_snippet_runs_and_loads_nothing_until_used():
    # As written in the issue and the README: engine="auto" would pick the shipped model, which loads
    # only on first use; torch is not imported by making the Anonymizer.
    code = (
        "import sys\n"
        "from distillery import Anonymizer\n"
        'anon = Anonymizer(engine="auto", model=None, style="tag", threshold=None, recognizers=None)\n'
        "assert anon._engine is None\n"
        "assert 'torch' not in sys.modules, 'torch imported'\n"
        "r = Anonymizer(engine='rules').anonymize('scriva a anna.esposito@gmail.com')\n"
        "assert r.anonymized_text == 'scriva a [EMAIL_1]', r\n"
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules\n"
    )
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr


def test_import_distillery_imports_no_torch_nor_pydantic():
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import distillery"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 0, proc.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert "distillery" in imported
    assert not {m for m in imported if m.split(".")[0] in {"torch", "transformers", "pydantic", "fastapi"}}


@pytest.fixture(scope="module")
def anon() -> Anonymizer:
    return Anonymizer(engine="rules")


def test_anonymize_returns_the_contract(anon):
    r = anon.anonymize(IT_TEXT)
    assert isinstance(r, AnonymizationResult)
    assert "[IBAN_1]" in r.anonymized_text and "[PHONE_1]" in r.anonymized_text and "[EMAIL_1]" in r.anonymized_text
    assert "anna.esposito@gmail.com" not in r.anonymized_text
    for tok in r.replaced_tokens:
        assert IT_TEXT[tok.start : tok.end] == tok.original


def test_batch_keeps_order_and_equals_one_by_one(anon):
    texts = [f"mail {i}: user{i}@example.com" if i % 2 else f"nothing here {i}" for i in range(25)]
    batch = anon.anonymize_batch(texts)
    assert [r.anonymized_text for r in batch] == [anon.anonymize(t).anonymized_text for t in texts]
    assert batch[1].replaced_tokens[0].original == "user1@example.com"
    assert batch[0].replaced_tokens == []


def test_stream_is_lazy_and_keeps_ids():
    anon = Anonymizer(engine="rules")
    taken = []

    def source():
        for i in range(10):
            taken.append(i)
            yield {"id": f"d{i}", "text": f"write to user{i}@example.com"}

    results = anon.stream(source(), chunk=3)
    first = next(results)
    assert first.id == "d0" and first.anonymized_text == "write to [EMAIL_1]"
    assert len(taken) == 3  # one chunk read, not the whole iterable
    rest = list(results)
    assert [r.id for r in rest] == [f"d{i}" for i in range(1, 10)]


def test_per_call_style_and_org_contact_policy(anon):
    assert anon.anonymize(IT_TEXT, style="mask").anonymized_text.count("*") > 20
    assert anon.anonymize(ORG_TEXT).replaced_tokens == []
    redacted = anon.anonymize(ORG_TEXT, keep_org_contacts=False)
    assert [t.original for t in redacted.replaced_tokens] == ["800 91 84 27"]
    # The per-call variant did not change the default.
    assert anon.anonymize(ORG_TEXT).replaced_tokens == []


def test_analyze_reports_what_anonymize_replaces(anon):
    analysis = anon.analyze(IT_TEXT)
    assert isinstance(analysis, AnalysisResult)
    tokens = anon.anonymize(IT_TEXT).replaced_tokens
    assert [(e.type, e.start, e.end, e.text) for e in analysis.entities] == [
        (t.type, t.start, t.end, t.original) for t in tokens
    ]
    assert all(0 < e.score <= 1 and e.source for e in analysis.entities)


@pytest.mark.parametrize("style", ["tag", "fake", "hash"])
def test_restore_round_trip(anon, style):
    r = anon.anonymize(IT_TEXT, style=style)
    assert r.anonymized_text != IT_TEXT
    assert Anonymizer.restore(r.anonymized_text, r) == IT_TEXT
    mapping = {t.replacement: t.original for t in r.replaced_tokens}
    assert Anonymizer.restore("reply about " + r.anonymized_text, mapping) == "reply about " + IT_TEXT


def test_restore_refuses_an_ambiguous_mapping(anon):
    r = anon.anonymize("a@b.it and c@d.it", style="redact")
    with pytest.raises(ValueError, match="more than one value"):
        Anonymizer.restore(r.anonymized_text, r)


def test_restore_prefers_the_longest_replacement():
    assert Anonymizer.restore("[PERSON_1] [PERSON_10]", {"[PERSON_1]": "Anna", "[PERSON_10]": "Bob"}) == "Anna Bob"


def test_config_sources(tmp_path):
    cfg = tmp_path / "infer.yaml"
    cfg.write_text("engine: rules\nstyle: redact\n")
    assert Anonymizer(config=cfg).anonymize("x@y.it").anonymized_text == "[REDACTED]"
    # An explicit argument wins over the config.
    assert Anonymizer(config=cfg, style="tag").anonymize("x@y.it").anonymized_text == "[EMAIL_1]"
    assert Anonymizer(config=InferConfig(engine="rules", style="mask")).config.style.value == "mask"
    assert Anonymizer(config={"engine": "rules"}, keep_org_contacts=False).config.keep_org_contacts is False
    with pytest.raises(UserError, match="style"):
        Anonymizer(engine="rules", style="loud")
    with pytest.raises(UserError, match="no_such_option"):
        Anonymizer(engine="rules", no_such_option=1)


def test_bad_input_type(anon):
    with pytest.raises(TypeError, match="expected a str"):
        anon.anonymize(42)  # type: ignore[arg-type]


def test_logs_without_text_and_prints_nothing(capsys, caplog):
    with caplog.at_level(logging.INFO, logger="distillery"):
        r = Anonymizer(engine="rules").anonymize(IT_TEXT)
    assert r.replaced_tokens
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert any("engine ready" in rec.getMessage() for rec in caplog.records)
    assert all("esposito" not in rec.getMessage().lower() for rec in caplog.records)


def test_thread_safety_one_engine_same_results(monkeypatch):
    made = []
    real = infer_pkg.make_anonymizer

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    texts = [f"Utente {i}: user{i}@example.com, tel +39 347 123 {i:04d}" for i in range(40)]
    expected = [Anonymizer(engine="rules").anonymize(t).model_dump() for t in texts]
    monkeypatch.setattr(infer_pkg, "make_anonymizer", counting)
    anon = Anonymizer(engine="rules")
    barrier = threading.Barrier(8)
    got: dict[int, dict] = {}
    errors: list[BaseException] = []

    def worker(k: int) -> None:
        try:
            barrier.wait()
            for i in range(k, len(texts), 8):
                if i % 3 == 0:
                    got[i] = anon.anonymize_batch([texts[i]])[0].model_dump()
                else:
                    got[i] = anon.anonymize(texts[i]).model_dump()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(made) == 1  # the engine was built once, though 8 threads asked at the same moment
    assert [got[i] for i in range(len(texts))] == expected


def _readme_blocks(lang: str, marker: str | None = None) -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(rf"(<!-- runnable -->\n)?```{lang}\n(.*?)```", text, flags=re.S)
    return [body for mark, body in blocks if marker is None or mark]


def test_the_readme_python_examples_run(tmp_path):
    blocks = _readme_blocks("python", marker="runnable")
    assert blocks
    for code in blocks:
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(REPO)}
        )
        assert proc.returncode == 0, proc.stderr


# -- a student engine (the tiny random Llama trained as a tagger for a few steps: seconds) -------------


@pytest.fixture(scope="module")
def tagger_dir(tiny_model_dir, tmp_path_factory) -> Path:
    from test_tagger_model import tagger_cfg
    from test_train import record, write_jsonl

    from distillery.train.run import run as run_training

    gen = tmp_path_factory.mktemp("gen-api")
    write_jsonl(gen / "train.jsonl", [record(i) for i in range(24)])
    write_jsonl(gen / "validation.jsonl", [record(i) for i in range(100, 104)])
    out = tmp_path_factory.mktemp("tagger-api") / "run"
    run_training(tagger_cfg(tiny_model_dir), dataset=gen, output_dir=out, quiet=True)
    return out


def test_a_student_engine_through_the_api(tagger_dir, tmp_path):
    text = "Gentile Mario Rossi, la contatto al 347 123 4567 per la pratica EMP-123456. Anna Bianchi"
    rec = tmp_path / "r.yaml"
    rec.write_text("recognizers: [{name: emp, type: EMPLOYEE_ID, patterns: [{regex: 'EMP-\\d{6}'}]}]")
    anon = Anonymizer(model=tagger_dir, quantize="none", rules_safety_net=False, recognizers=rec)
    assert anon._engine is None and anon.kind == "tagger"
    r = anon.anonymize(text)
    # Without the safety net the user's recognizers still run under the student.
    assert "EMP-123456" not in r.anonymized_text and "[EMPLOYEE_ID_1]" in r.anonymized_text
    analysis = anon.analyze(text)
    assert [(e.type, e.start, e.end) for e in analysis.entities] == [
        (t.type, t.start, t.end) for t in r.replaced_tokens
    ]
    # A per-call threshold turns the same loaded model's dial.
    low = len(anon.anonymize(text, threshold=0.01).replaced_tokens)
    high = len(anon.anonymize(text, threshold=0.99).replaced_tokens)
    assert low > high
    assert anon.anonymize_batch([text, "x"]) == [anon.anonymize(text), anon.anonymize("x")]
