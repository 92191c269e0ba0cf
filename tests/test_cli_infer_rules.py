"""`distillery infer --engine rules` through Typer's CliRunner and through a real pipe."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from distillery.cli import app
from distillery.schema import result_json_schema

runner = CliRunner()
VALIDATOR = jsonschema.Draft202012Validator(result_json_schema())

IT_TEXT = (
    "Gentile Sig.ra Anna Esposito, il rimborso della fattura 2024/118 (€ 1.245,50) andrà sull'IBAN "
    "IT60 X054 2811 1010 0000 0123 456. Per dubbi: +39 347 123 4567 o anna.esposito@gmail.com."
)
EN_TEXT = "Dear Mr. John Smith, your SSN 123-45-6789 is on file; call (415) 555-0132 about order #44512."


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, ["infer", "--engine", "rules", *args], input=input)


def output_lines(stdout: str) -> list[dict]:
    """Parse every stdout line and check it against the published JSON Schema."""
    objs = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    for obj in objs:
        VALIDATOR.validate(obj)
    return objs


def check_consistent(obj: dict, original: str) -> None:
    """anonymized_text is the original with each token's [start, end) replaced, nothing else."""
    rebuilt, cursor = [], 0
    for tok in obj["replaced_tokens"]:
        assert original[tok["start"] : tok["end"]] == tok["original"]
        rebuilt.append(original[cursor : tok["start"]] + tok["replacement"])
        cursor = tok["end"]
    rebuilt.append(original[cursor:])
    assert "".join(rebuilt) == obj["anonymized_text"]


def test_text_italian_end_to_end():
    result = invoke("--text", IT_TEXT)
    assert result.exit_code == 0, result.output
    [obj] = output_lines(result.stdout)
    assert obj["anonymized_text"] == (
        "Gentile Sig.ra [PERSON_1], il rimborso della fattura 2024/118 (€ 1.245,50) andrà sull'IBAN "
        "[IBAN_1]. Per dubbi: [PHONE_1] o [EMAIL_1]."
    )
    assert obj["fallback"] is False and "id" not in obj
    check_consistent(obj, IT_TEXT)
    assert result.stderr == ""  # --text: nothing to report


def test_text_english_end_to_end():
    result = invoke("--text", EN_TEXT)
    assert result.exit_code == 0, result.output
    [obj] = output_lines(result.stdout)
    assert obj["anonymized_text"] == (
        "Dear Mr. [PERSON_1], your SSN [SSN_1] is on file; call [PHONE_1] about order #44512."
    )
    assert [t["type"] for t in obj["replaced_tokens"]] == ["PERSON", "SSN", "PHONE"]
    check_consistent(obj, EN_TEXT)


def test_stdin_is_the_default_input():
    result = invoke(input=IT_TEXT)
    assert result.exit_code == 0, result.output
    [obj] = output_lines(result.stdout)
    check_consistent(obj, IT_TEXT)


def test_input_file(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(IT_TEXT + "\n\n" + EN_TEXT + "\n", encoding="utf-8")
    result = invoke("--input", str(path), "--quiet")
    assert result.exit_code == 0, result.output
    [obj] = output_lines(result.stdout)  # a plain file is one document
    check_consistent(obj, path.read_text(encoding="utf-8"))
    assert obj["anonymized_text"].endswith("about order #44512.\n")
    assert result.stderr == ""  # --quiet


def test_lines_mode(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text(f"{IT_TEXT}\n\n{EN_TEXT}\nnessun dato personale\n", encoding="utf-8")
    result = invoke("--input", str(path), "--lines", "-q")
    assert result.exit_code == 0, result.output
    objs = output_lines(result.stdout)
    assert len(objs) == 4  # the blank line is a record of its own: record n is line n
    check_consistent(objs[0], IT_TEXT)
    assert objs[1] == {"line": 2, "anonymized_text": "", "replaced_tokens": [], "fallback": False}
    check_consistent(objs[2], EN_TEXT)
    assert objs[3] == {"line": 4, "anonymized_text": "nessun dato personale", "replaced_tokens": [], "fallback": False}


def test_jsonl_ids_in_order_and_counters_per_document(tmp_path):
    rows = [{"id": f"doc-{i}", "text": t} for i, t in enumerate([IT_TEXT, EN_TEXT, "mail a@b.it e c@d.it"])]
    rows.insert(1, {"id": 99, "text": "niente"})
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    result = invoke("-i", str(path), "-q")
    assert result.exit_code == 0, result.output
    objs = output_lines(result.stdout)
    assert [o["id"] for o in objs] == ["doc-0", 99, "doc-1", "doc-2"]
    for obj, row in zip(objs, rows, strict=True):
        check_consistent(obj, row["text"])
    # Tags restart in every document.
    assert objs[3]["anonymized_text"] == "mail [EMAIL_1] e [EMAIL_2]"


def test_jsonl_on_stdin_with_flag():
    result = invoke("--jsonl", input='{"id": 1, "text": "a@b.it"}\n{"id": 2, "text": "x"}\n')
    assert result.exit_code == 0, result.output
    assert [o["id"] for o in output_lines(result.stdout)] == [1, 2]


def test_output_file_and_mapping(tmp_path):
    out = tmp_path / "out" / "result.jsonl"
    mapping = tmp_path / "map.jsonl"
    text = "Anna (anna@example.com) scrive ad ANNA@example.com e a bob@example.com"
    result = invoke("--text", text, "--output", str(out), "--mapping-out", str(mapping))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    [obj] = output_lines(out.read_text(encoding="utf-8"))
    assert obj["anonymized_text"] == "Anna ([EMAIL_1]) scrive ad [EMAIL_1] e a [EMAIL_2]"
    records = [json.loads(line) for line in mapping.read_text(encoding="utf-8").splitlines()]
    assert records == [
        {"replacement": "[EMAIL_1]", "original": "anna@example.com", "type": "EMAIL"},
        {"replacement": "[EMAIL_1]", "original": "ANNA@example.com", "type": "EMAIL"},
        {"replacement": "[EMAIL_2]", "original": "bob@example.com", "type": "EMAIL"},
    ]


def test_mapping_carries_jsonl_ids(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "x@y.it"}\n{"id": "b", "text": "z@y.it"}\n', encoding="utf-8")
    mapping = tmp_path / "map.jsonl"
    result = invoke("-i", str(path), "--mapping-out", str(mapping), "-q")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in mapping.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["original"]) for r in records] == [("a", "x@y.it"), ("b", "z@y.it")]


def test_mapping_out_rejected_for_styles_without_a_mapping(tmp_path):
    result = invoke("--text", "a@b.it", "--style", "mask", "--mapping-out", str(tmp_path / "m.jsonl"))
    assert result.exit_code == 2
    assert "--mapping-out only makes sense" in result.stderr


def test_pretty():
    result = invoke("--text", "scrivi a a@b.it", "--pretty")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("{\n  ")
    obj = json.loads(result.stdout)
    VALIDATOR.validate(obj)
    assert obj["anonymized_text"] == "scrivi a [EMAIL_1]"


@pytest.mark.parametrize(
    "style, pattern",
    [
        ("tag", r"^Call \[PHONE_1\] or mail \[EMAIL_1\]$"),
        ("mask", r"^Call \*{15} or mail \*{22}$"),
        ("redact", r"^Call \[REDACTED\] or mail \[REDACTED\]$"),
        ("hash", r"^Call \[PHONE:[0-9a-f]{10}\] or mail \[EMAIL:[0-9a-f]{10}\]$"),
        ("fake", r"^Call (?!\+1 415-555-0132).+ or mail \S+@\S+$"),
    ],
)
def test_styles(style, pattern):
    text = "Call +1 415-555-0132 or mail john.smith@example.com"
    result = invoke("--text", text, "--style", style, *(["--throwaway-key"] if style == "hash" else []))
    assert result.exit_code == 0, result.output
    [obj] = output_lines(result.stdout)
    assert re.match(pattern, obj["anonymized_text"]), obj["anonymized_text"]
    check_consistent(obj, text)


def test_hash_key_from_environment_is_stable(monkeypatch):
    monkeypatch.setenv("DISTILLERY_HASH_KEY", "test-key")
    first = invoke("--text", "a@b.it", "--style", "hash").stdout
    second = invoke("--text", "a@b.it", "--style", "hash").stdout
    assert first == second and "[EMAIL:" in first


def test_schema():
    result = runner.invoke(app, ["infer", "--schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == result_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)


def test_config_file(tmp_path):
    cfg = tmp_path / "infer.yaml"
    cfg.write_text("engine: rules\nstyle: redact\n", encoding="utf-8")
    result = runner.invoke(app, ["infer", "--config", str(cfg), "--text", "a@b.it"])
    assert result.exit_code == 0, result.output
    assert output_lines(result.stdout)[0]["anonymized_text"] == "[REDACTED]"
    cfg.write_text("engine: rules\nstyle: shout\n", encoding="utf-8")
    result = runner.invoke(app, ["infer", "--config", str(cfg), "--text", "a@b.it"])
    assert result.exit_code == 2 and "style" in result.stderr


# --- error paths ----------------------------------------------------------------------------


def test_missing_file_exit_2_and_no_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke("--input", str(tmp_path / "nope.txt"), "--output", str(out))
    assert result.exit_code == 2
    assert "input file not found" in result.stderr and "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize("name", ["empty.txt", "empty.jsonl"])
def test_empty_file_exit_2(tmp_path, name):
    path = tmp_path / name
    path.write_text("", encoding="utf-8")
    result = invoke("--input", str(path))
    assert result.exit_code == 2
    assert "input is empty" in result.stderr


def test_empty_text_and_empty_stdin_exit_2():
    assert invoke("--text", "  ").exit_code == 2
    result = invoke(input="")
    assert result.exit_code == 2 and "<stdin>: input is empty" in result.stderr


def test_jsonl_line_without_text_exit_2_naming_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "a@b.it"}\n{"id": 2, "testo": "x"}\n{"id": 3, "text": "c"}\n', encoding="utf-8")
    result = invoke("-i", str(path), "-q")
    assert result.exit_code == 2
    assert f"{path}:2" in result.stderr and '"text"' in result.stderr
    # Results before the bad line were streamed out already.
    assert [o["id"] for o in output_lines(result.stdout)] == [1]


def test_undecodable_bytes_exit_2(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Città di Forlì".encode("latin-1"))
    result = invoke("-i", str(path))
    assert result.exit_code == 2
    assert "not valid UTF-8" in result.stderr


def test_skip_bad_continues_and_reports(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": 1, "text": "a@b.it"}\nnot json\n{"id": 3}\n{"id": 4, "text": "caff\xe8"}\n{"id": 5, "text": "ok"}\n'
    )
    result = invoke("-i", str(path), "--skip-bad")
    assert result.exit_code == 0, result.output
    assert [o["id"] for o in output_lines(result.stdout)] == [1, 5]
    for lineno in (2, 3, 4):
        assert f"mixed.jsonl:{lineno}" in result.stderr
    assert "2 documents anonymized, 3 bad lines skipped" in result.stderr


def test_bad_option_values_exit_2():
    assert invoke("--text", "x", "--style", "shout").exit_code == 2
    assert runner.invoke(app, ["infer", "--engine", "magic", "--text", "x"]).exit_code == 2


# --- a real process and a real pipe ----------------------------------------------------------


def _distillery_exe() -> str:
    exe = Path(sys.executable).parent / "distillery"
    found = str(exe) if exe.exists() else shutil.which("distillery")
    assert found, "the distillery console script is not installed (pip install -e .)"
    return found


def test_real_pipe_through_the_console_script():
    exe = _distillery_exe()
    cmd = f"echo {shlex.quote(IT_TEXT)} | {shlex.quote(exe)} infer --engine rules"
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    [obj] = output_lines(proc.stdout)
    check_consistent(obj, IT_TEXT + "\n")
    assert "[IBAN_1]" in obj["anonymized_text"] and "[PHONE_1]" in obj["anonymized_text"]


def test_real_process_jsonl_lines_and_exit_code(tmp_path):
    exe = _distillery_exe()
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "x", "text": "SSN 123-45-6789"}\n{"id": "y"}\n', encoding="utf-8")
    proc = subprocess.run([exe, "infer", "-e", "rules", "-i", str(path), "-q"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert [o["id"] for o in output_lines(proc.stdout)] == ["x"]
    assert f"{path}:2" in proc.stderr and "Traceback" not in proc.stderr


def test_infer_command_imports_stay_light():
    # `distillery --help` must stay fast: the infer command's module pulls no heavy dependency.
    code = (
        "import sys, distillery.cli.infer; "
        "heavy = [m for m in ('pydantic', 'faker', 'phonenumbers', 'stdnum', 'torch', 'transformers') "
        "if m in sys.modules]; print(heavy)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


# -- issue 20: line numbers, hash keys, encodings, output paths -----------------------------------------


def test_lines_records_carry_their_line_and_blank_lines_are_records(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("mail a@b.it\n\n   \nchiama 3471234567\n", encoding="utf-8")
    result = invoke("--input", str(path), "--lines", "-q")
    assert result.exit_code == 0, result.output
    objs = output_lines(result.stdout)
    assert [o["line"] for o in objs] == [1, 2, 3, 4]
    assert [o["anonymized_text"] for o in objs] == ["mail [EMAIL_1]", "", "   ", "chiama [PHONE_1]"]


def test_all_blank_lines_are_still_an_empty_input(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n \n", encoding="utf-8")
    result = invoke("--input", str(path), "--lines", "-q")
    assert result.exit_code == 2 and "input is empty" in result.stderr


def test_hash_style_needs_a_key_or_the_throwaway_flag(monkeypatch):
    from distillery.settings import get_settings

    monkeypatch.delenv("DISTILLERY_HASH_KEY", raising=False)
    get_settings.cache_clear()
    try:
        result = invoke("--text", "a@b.it", "--style", "hash")
        assert result.exit_code == 2
        assert "DISTILLERY_HASH_KEY" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        first = invoke("--text", "a@b.it", "--style", "hash", "--throwaway-key")
        second = invoke("--text", "a@b.it", "--style", "hash", "--throwaway-key")
        assert first.exit_code == second.exit_code == 0
        monkeypatch.setenv("DISTILLERY_HASH_KEY", "k" * 32)
        get_settings.cache_clear()
        keyed = [output_lines(invoke("--text", "a@b.it", "--style", "hash").stdout)[0] for _ in range(2)]
        assert keyed[0]["anonymized_text"] == keyed[1]["anonymized_text"]
    finally:
        get_settings.cache_clear()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("lines", [False, True])
def test_utf16_and_utf32_inputs_with_or_without_bom_are_decoded(tmp_path, encoding, lines):
    text = "Scrivi a mario.rossi@example.it, è urgente\nchiama 3471234567\n"
    path = tmp_path / "in.txt"
    path.write_bytes(text.encode(encoding))
    result = invoke("--input", str(path), *(["--lines"] if lines else []), "-q")
    assert result.exit_code == 0, result.output
    objs = output_lines(result.stdout)
    if lines:
        assert [o["anonymized_text"] for o in objs] == ["Scrivi a [EMAIL_1], è urgente", "chiama [PHONE_1]"]
    else:
        assert objs[0]["anonymized_text"] == "Scrivi a [EMAIL_1], è urgente\nchiama [PHONE_1]\n"


def test_not_utf8_is_named():
    result = invoke("--input", "-", input=b"caf\xe9 \xff\n")
    assert result.exit_code == 2 and "not valid UTF-8" in result.stderr


@pytest.mark.parametrize("where", ["dir", "file-as-folder"])
@pytest.mark.parametrize("flag", ["--output", "--mapping-out"])
def test_unwritable_output_is_one_line_and_exit_2(tmp_path, where, flag, monkeypatch):
    import distillery.infer.run as infer_run

    def no_engine(*args, **kwargs):
        raise AssertionError("the engine must not load before the output path is checked")

    monkeypatch.setattr(infer_run, "make_anonymizer", no_engine)
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    path = tmp_path if where == "dir" else blocker / "out.jsonl"
    result = invoke("--text", "a@b.it", flag, str(path))
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot write" in result.stderr


def test_mapping_out_names_what_a_mention_or_spelling_stands_for(tmp_path):
    mapping = tmp_path / "map.jsonl"
    text = "Gentile Sig.ra Elena Conti, Conti la richiama al 347 123 4567 (o +39 347-123-4567)."
    result = invoke("--text", text, "--mapping-out", str(mapping), "-q")
    assert result.exit_code == 0, result.output
    [obj] = output_lines(result.stdout)
    assert obj["anonymized_text"] == "Gentile Sig.ra [PERSON_1], [PERSON_1] la richiama al [PHONE_1] (o [PHONE_1])."
    records = [json.loads(line) for line in mapping.read_text(encoding="utf-8").splitlines()]
    by_original = {r["original"]: r for r in records}
    assert by_original["Conti"]["same_as"] == "Elena Conti"
    assert "same_as" not in by_original["Elena Conti"]
    assert {r["replacement"] for r in records if r["type"] == "PHONE"} == {"[PHONE_1]"}
