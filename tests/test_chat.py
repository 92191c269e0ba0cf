"""`distillery chat`: through a real pipe, its commands, and the side-by-side view."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import jsonschema
import pytest
from rich.console import Console
from typer.testing import CliRunner

from distillery.chat import ChatSession, iter_messages, render, run_pipe, run_repl
from distillery.cli import app
from distillery.infer.config import InferConfig
from distillery.schema import result_json_schema

VALIDATOR = jsonschema.Draft202012Validator(result_json_schema())
EMAIL_MSG = "Ciao, sono Anna: scrivimi a anna.verdi@example.com"


def objs(stdout: str) -> list[dict]:
    out = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    for obj in out:
        VALIDATOR.validate(obj)
    return out


def test_chat_through_a_real_pipe(tiny_model_dir):
    messages = f"{EMAIL_MSG}\n\nsecondo messaggio, tel 347 123 4567\n/style fake\n"
    proc = subprocess.run(
        [sys.executable, "-m", "distillery", "chat", "--model", str(tiny_model_dir), "--max-new-tokens", "4"],
        input=messages.encode(),
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = objs(proc.stdout.decode())
    assert len(out) == 3  # blank lines skipped; "/style fake" is data from a pipe, not a command
    assert "anna.verdi@example.com" not in out[0]["anonymized_text"]
    assert out[0]["fallback"] is True  # random tiny model: garbage answer, flagged
    assert out[2]["anonymized_text"] == "/style fake"


def test_chat_paragraphs_rules_engine():
    runner = CliRunner()
    text = f"{EMAIL_MSG}\nseconda riga dello stesso messaggio\n\naltro messaggio\n"
    result = runner.invoke(app, ["chat", "--engine", "rules", "--paragraphs", "--style", "mask"], input=text)
    assert result.exit_code == 0, result.output
    out = objs(result.stdout)
    assert len(out) == 2
    masked = "*" * len("anna.verdi@example.com")
    assert out[0]["anonymized_text"].endswith(masked + "\nseconda riga dello stesso messaggio")


def test_iter_messages():
    assert list(iter_messages(io.StringIO("a\n\n b \r\n"))) == ["a", " b "]
    assert list(iter_messages(io.StringIO("a\nb\n\n\nc"), paragraphs=True)) == ["a\nb", "c"]


def test_commands_switch_style_engine_and_model(tiny_model_dir, tmp_path):
    session = ChatSession(InferConfig(engine="rules"))
    assert session.engine_name() == "rules"
    assert "[EMAIL_1]" in session.anonymize(EMAIL_MSG).anonymized_text
    assert session.command("/style fake").message == "style: fake"
    fake = session.anonymize(EMAIL_MSG).anonymized_text
    assert "[EMAIL_1]" not in fake and "anna.verdi@example.com" not in fake
    assert "unknown style" in session.command("/style shout").message
    assert session.command("/json").message == "raw JSON on" and session.show_json
    assert session.command("/json").message == "raw JSON off"
    assert "/model PATH" in session.command("/help").message
    assert "unknown command" in session.command("/dance").message
    # A bad model path is reported and the previous engine is kept.
    reply = session.command(f"/model {tmp_path / 'missing'}")
    assert "not found" in reply.message and session.engine_name() == "rules"
    reply = session.command(f"/model {tiny_model_dir}")
    assert reply.message.startswith("engine: model") and "on cpu" in reply.message
    assert session.anonymize(EMAIL_MSG).fallback is True
    assert session.command("/engine rules").message == "engine: rules"
    assert session.anonymize(EMAIL_MSG).fallback is False
    assert session.command("/engine gpt").message.startswith("[red]usage")
    assert session.command("/quit").quit and session.command("/exit").quit


def _plain(renderable, width=140) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def test_render_side_by_side_with_highlights():
    session = ChatSession(InferConfig(engine="rules"))
    result = session.anonymize(EMAIL_MSG)
    view = render(EMAIL_MSG, result)
    text = _plain(view)
    assert "original" in text and "anonymized" in text
    assert "anna.verdi@example.com" in text and "[EMAIL_1]" in text
    assert "EMAIL" in text.splitlines()[-2] or "EMAIL" in text  # the legend
    table = view.renderables[0]
    original_cell = table.columns[0]._cells[0]
    start = EMAIL_MSG.index("anna.verdi")
    assert any(s.start == start and s.style for s in original_cell.spans)  # highlighted by type
    assert '"replacement": "[EMAIL_1]"' in _plain(render(EMAIL_MSG, result, show_json=True))


def test_repl_loop(monkeypatch):
    from distillery import chat as chat_mod

    inputs = iter([EMAIL_MSG, "/style redact", "Mail: anna.verdi@example.com", "/quit", "never read"])
    monkeypatch.setattr(chat_mod, "_read_message", lambda prompt="you> ": next(inputs))
    session = ChatSession(InferConfig(engine="rules"))
    console = Console(width=160, record=True, file=io.StringIO())
    monkeypatch.setattr(chat_mod, "err_console", console)
    run_repl(session)
    text = console.export_text()
    assert "[EMAIL_1]" in text and "style: redact" in text and "[REDACTED]" in text
    assert next(inputs) == "never read"  # /quit left the loop


def test_run_pipe_counts(monkeypatch):
    session = ChatSession(InferConfig(engine="rules", style="redact"))
    out = io.StringIO()
    assert run_pipe(session, io.StringIO("a@b.it\n\nnothing here\n"), out) == 2
    assert [o["anonymized_text"] for o in objs(out.getvalue())] == ["[REDACTED]", "nothing here"]


@pytest.mark.parametrize("cmd", [["chat", "--help"]])
def test_chat_help(cmd):
    result = CliRunner().invoke(app, cmd)
    assert result.exit_code == 0 and "--paragraphs" in result.stdout


# -- issue 20: a multi-line paste is one message ---------------------------------------------------------

from distillery.chat import PASTE_END, PASTE_START, _read_message  # noqa: E402


def _reader(lines):
    it = iter(lines)

    def read(prompt):
        try:
            return next(it)
        except StopIteration:
            raise EOFError from None

    return read


def test_bracketed_paste_is_one_message():
    read = _reader([f"{PASTE_START}Gentile Elena Conti,", "", f"la richiamo. Elena{PASTE_END}", "next"])
    assert _read_message(read=read, more=lambda: False) == "Gentile Elena Conti,\n\nla richiamo. Elena"
    assert _read_message(read=read, more=lambda: False) == "next"


def test_lines_arriving_in_one_burst_are_one_message():
    waiting = iter([True, True, False, False])
    read = _reader(["riga uno", "riga due", "Elena", "dopo"])
    assert _read_message(read=read, more=lambda: next(waiting)) == "riga uno\nriga due\nElena"
    assert _read_message(read=read, more=lambda: next(waiting)) == "dopo"


def test_backslash_still_continues_and_eof_ends():
    read = _reader(["uno \\", "due"])
    assert _read_message(read=read, more=lambda: False) == "uno \ndue"
    assert _read_message(read=read, more=lambda: False) is None


def test_style_hash_without_key_is_refused_in_chat(monkeypatch):
    from distillery.chat import ChatSession
    from distillery.infer.config import InferConfig
    from distillery.settings import get_settings

    monkeypatch.delenv("DISTILLERY_HASH_KEY", raising=False)
    get_settings.cache_clear()
    try:
        session = ChatSession(InferConfig(engine="rules"))
        reply = session.command("/style hash")
        assert "DISTILLERY_HASH_KEY" in reply.message and session.config.style.value == "tag"
        session = ChatSession(InferConfig(engine="rules", throwaway_hash_key=True))
        assert session.command("/style hash").message == "style: hash"
    finally:
        get_settings.cache_clear()
