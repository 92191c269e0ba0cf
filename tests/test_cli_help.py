"""--help of every subcommand: flags read as flags (no `<bool>` after them), options show their type."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from distillery.cli import app

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def help_text(*args: str) -> str:
    result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    return result.output


def test_every_subcommand_is_covered():
    assert {"generate", "train", "infer", "chat", "eval", "export", "quickstart"} <= set(COMMANDS)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_no_option_renders_as_taking_a_boolean(command):
    text = help_text(*([command] if command else []))
    assert "--help" in text
    bad = [line.strip() for line in text.splitlines() if re.search(r"<bool>|\bBOOLEAN\b|<boolean>", line)]
    assert not bad, f"flags rendered as taking a value in `{command} --help`:\n" + "\n".join(bad)


def test_flags_and_valued_options_side_by_side():
    text = help_text("generate")
    dry_run = next(line for line in text.splitlines() if "--dry-run" in line)
    assert "<" not in dry_run.split("Estimate")[0]
    batch = next(line for line in text.splitlines() if "--batch " in line)
    assert "--no-batch" in batch
    n = next(line for line in text.splitlines() if "--num-samples" in line or " -n " in line)
    assert "<int>" in n  # options that take a value still say which
