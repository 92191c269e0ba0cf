"""`distillery chat`: anonymize messages one at a time, interactively or through a pipe.

- stdin is a terminal: a REPL on stderr. Each message is shown side by side (the original with the
  detected values highlighted by type | the anonymized text); commands start with `/`.
- stdin is a pipe: every line (or blank-line separated paragraph) is a message, and one JSON
  object per message goes to stdout. Lines starting with `/` are messages too: data is never
  mistaken for a command.

Messages are processed as they arrive (latency over throughput: `infer` is the batch tool), and
no history is written to disk: what is typed here is personal data by definition.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from distillery.console import err_console
from distillery.documents import Document
from distillery.errors import DistilleryError, UserError
from distillery.infer import hash_key_for, make_anonymizer
from distillery.infer.config import InferConfig
from distillery.pii.replace import Style
from distillery.pii.types import type_info

if TYPE_CHECKING:
    from distillery.infer.engine import Anonymizer

HELP = """\
[bold]Type a message[/bold] to anonymize it. End a line with \\ to continue on the next one.
  /style tag|fake|mask|hash|redact   how values are replaced
  /json                              show the raw JSON result too (toggle)
  /engine rules|model|auto           switch engine
  /model PATH                        load another model (adapter dir, merged dir or base model)
  /help                              this text
  /quit                              leave (also Ctrl-D)"""


@dataclass
class Reply:
    """What a command answers: a line to show, and whether to leave."""

    message: str = ""
    quit: bool = False


class ChatSession:
    """Engine state of a chat: current config, loaded engines (kept, so switching back is instant)."""

    def __init__(self, config: InferConfig, *, verbose: bool = False):
        self.config = config
        self.verbose = verbose
        self.show_json = False
        self._engines: dict[tuple, Anonymizer] = {}

    def engine(self) -> Anonymizer:
        """The current engine in the current style; a loaded model is kept for every style."""
        cfg = self.config
        key = (cfg.engine, cfg.model, cfg.few_shot, cfg.device)
        if key not in self._engines:
            self._engines[key] = make_anonymizer(cfg, verbose=self.verbose)
        return self._engines[key].with_style(cfg.style)

    def engine_name(self) -> str:
        return self.engine().describe()

    def anonymize(self, text: str) -> Any:
        return self.engine().anonymize(Document(text))

    def command(self, line: str) -> Reply:
        name, _, arg = line.strip().partition(" ")
        arg = arg.strip()
        name = name.lower()
        if name in ("/quit", "/exit", "/q"):
            return Reply(quit=True)
        if name in ("/help", "/?"):
            return Reply(HELP)
        if name == "/json":
            self.show_json = not self.show_json
            return Reply(f"raw JSON {'on' if self.show_json else 'off'}")
        if name == "/style":
            try:
                style = Style(arg)
            except ValueError:
                return Reply(f"[red]unknown style {arg!r}[/red]: use one of {', '.join(s.value for s in Style)}")
            try:
                hash_key_for(self.config.model_copy(update={"style": style}))
            except DistilleryError as exc:
                return Reply(f"[red]{exc}[/red]")
            self.config = self.config.model_copy(update={"style": style})
            return Reply(f"style: {style.value}")
        if name == "/engine":
            if arg not in ("rules", "model", "auto"):
                return Reply("[red]usage:[/red] /engine rules|model|auto")
            return self._switch({"engine": arg})
        if name == "/model":
            if not arg:
                return Reply(f"model: {self.config.model or '(default)'}; usage: /model PATH")
            from distillery.artifacts import resolve_source

            try:
                resolve_source(arg)  # cheap check before a load that may take seconds
            except DistilleryError as exc:
                return Reply(f"[red]{exc}[/red]")
            return self._switch({"model": arg, "engine": "model"})
        return Reply(f"[red]unknown command {name}[/red] (/help lists them)")

    def _switch(self, update: dict) -> Reply:
        previous = self.config
        self.config = self.config.model_copy(update=update)
        try:
            with err_console.status("loading..."):
                return Reply(f"engine: {self.engine_name()}")
        except DistilleryError as exc:
            self.config = previous
            return Reply(f"[red]{exc}[/red] (keeping the previous engine)")


# --- display -------------------------------------------------------------------------------------


def _color(pii_type: str) -> str:
    return type_info(pii_type).color


def render(text: str, result: Any, show_json: bool = False) -> Any:
    """Side by side: the original with detected values highlighted | the anonymized text."""
    from rich.console import Group
    from rich.syntax import Syntax
    from rich.table import Table
    from rich.text import Text

    original = Text(text)
    anonymized = Text()
    cursor = 0
    for tok in result.replaced_tokens:
        original.stylize(_color(tok.type), tok.start, tok.end)
        anonymized.append(text[cursor : tok.start])
        anonymized.append(tok.replacement, style=_color(tok.type))
        cursor = tok.end
    anonymized.append(text[cursor:])
    table = Table(expand=True, show_lines=False, pad_edge=False)
    table.add_column("original", ratio=1)
    table.add_column("anonymized", ratio=1)
    table.add_row(original, anonymized)
    counts: dict[str, int] = {}
    for tok in result.replaced_tokens:
        counts[tok.type] = counts.get(tok.type, 0) + 1
    legend = Text()
    for pii_type, n in counts.items():
        legend.append(f" {pii_type}" + (f"×{n}" if n > 1 else "") + " ", style=_color(pii_type))
    if not counts:
        legend.append("no personal data found", style="dim")
    if result.fallback:
        legend.append("  fallback: the model's answer was unusable, rules engine only", style="yellow")
    parts: list[Any] = [table, legend]
    if show_json:
        parts.append(Syntax(result.to_json(pretty=True), "json", word_wrap=True))
    return Group(*parts)


# --- input ---------------------------------------------------------------------------------------


def iter_messages(stream: IO[str], paragraphs: bool = False) -> Iterator[str]:
    """Messages from a pipe: one per line, or one per blank-line separated paragraph."""
    block: list[str] = []
    for raw in stream:
        line = raw.rstrip("\r\n")
        if not paragraphs:
            if line.strip():
                yield line
            continue
        if line.strip():
            block.append(line)
        elif block:
            yield "\n".join(block)
            block = []
    if block:
        yield "\n".join(block)


# A terminal in bracketed-paste mode wraps pasted text in these (xterm, and every terminal since).
PASTE_ON, PASTE_OFF = "\x1b[?2004h", "\x1b[?2004l"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


def _more_input_waiting(timeout: float = 0.03) -> bool:
    """Whether more typed-ahead input is already waiting on stdin: the rest of a paste arrives in one
    burst, a person types the next line much later."""
    import select

    try:
        ready, _, _ = select.select([sys.stdin], [], [], timeout)
    except (OSError, ValueError):
        return False
    return bool(ready)


def _read_message(
    prompt: str = "you> ",
    read: Callable[[str], str] = input,
    more: Callable[[], bool] = _more_input_waiting,
) -> str | None:
    """One message from the terminal; None at end of input. A multi-line paste is one message: the
    lines between the terminal's bracketed-paste marks, or lines that arrive in one burst (a
    terminal without bracketed paste); a line ending with \\ also continues the message."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and in-memory history for input())
    lines: list[str] = []
    pasting = False
    while True:
        try:
            # The prompt goes through input() so that readline can redraw it; stdout is the terminal here.
            line = read(prompt if not lines else ("" if pasting else "...> "))
        except EOFError:
            return None if not lines else "\n".join(lines)
        if PASTE_START in line:
            pasting, line = True, line.replace(PASTE_START, "")
        if PASTE_END in line:
            pasting, line = False, line.replace(PASTE_END, "")
        if line.endswith("\\") and not pasting:
            lines.append(line[:-1])
            continue
        lines.append(line)
        if pasting or more():
            continue
        return "\n".join(lines)


# --- loops ---------------------------------------------------------------------------------------


def run_pipe(session: ChatSession, stdin: IO[str], stdout: IO[str], paragraphs: bool = False) -> int:
    """Non-interactive chat: one JSON object per message on stdout. Returns the message count."""
    n = 0
    for message in iter_messages(stdin, paragraphs):
        result = session.anonymize(message)
        stdout.write(result.to_json() + "\n")
        stdout.flush()
        n += 1
    return n


def run_repl(session: ChatSession) -> None:
    terminal = sys.stdout.isatty()
    if terminal:  # a multi-line paste arrives marked, as one message
        sys.stdout.write(PASTE_ON)
        sys.stdout.flush()
    try:
        _repl(session)
    finally:
        if terminal:
            sys.stdout.write(PASTE_OFF)
            sys.stdout.flush()


def _repl(session: ChatSession) -> None:
    with err_console.status("loading the engine..."):
        name = session.engine_name()
    err_console.print(f"[bold]distillery chat[/bold] · {name} · style {Style(session.config.style).value}")
    err_console.print("[dim]/help for commands, /quit to leave; nothing you type is stored[/dim]")
    while True:
        try:
            message = _read_message()
        except KeyboardInterrupt:
            err_console.print()
            continue  # Ctrl-C clears the line, Ctrl-D leaves
        if message is None:
            err_console.print()
            return
        if not message.strip():
            continue
        if message.lstrip().startswith("/"):
            reply = session.command(message)
            if reply.quit:
                return
            err_console.print(reply.message, highlight=False)
            continue
        try:
            result = session.anonymize(message)
        except UserError as exc:
            err_console.print(f"[red]{exc}[/red]")
            continue
        except KeyboardInterrupt:
            err_console.print("[yellow]interrupted[/yellow]")
            continue
        err_console.print(render(message, result, session.show_json))


def run_chat(config: InferConfig, *, paragraphs: bool = False, verbose: bool = False) -> None:
    hash_key_for(config)  # style hash without a key: a usage error now, not at the first message
    session = ChatSession(config, verbose=verbose)
    if sys.stdin.isatty():
        run_repl(session)
    else:
        run_pipe(session, sys.stdin, sys.stdout, paragraphs)
