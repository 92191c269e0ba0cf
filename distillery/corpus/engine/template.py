"""A tiny template language for document parts (banks of parts live in bank.py).

Syntax: `{slot}` inserts a value (a person attribute such as `{p.full}`, a PII value or a look-alike
such as `{amount}`); `{a|b|c}` picks one alternative at random (alternatives may hold slots and
nest); `{text|}` makes `text` optional. Braces are the only special characters, so JSON and log
lines are written by code, not by templates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_SLOT = re.compile(r"^[a-z][a-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")


@dataclass(frozen=True)
class Slot:
    name: str


@dataclass(frozen=True)
class Choice:
    options: tuple[tuple[Node, ...], ...]


Node = str | Slot | Choice


def _parse(src: str, i: int, depth: int) -> tuple[list[list[Node]], int]:
    """Parse from index i up to the matching '}' (depth > 0) or the end; split on top-level '|'."""
    options: list[list[Node]] = [[]]
    buf: list[str] = []

    def flush() -> None:
        if buf:
            options[-1].append("".join(buf))
            buf.clear()

    while i < len(src):
        ch = src[i]
        if ch == "{":
            flush()
            inner, i = _parse(src, i + 1, depth + 1)
            if len(inner) == 1 and len(inner[0]) == 1 and isinstance(inner[0][0], str) and _SLOT.match(inner[0][0]):
                options[-1].append(Slot(inner[0][0]))
            elif len(inner) == 1:
                raise ValueError(f"braces without '|' must hold a slot name: {src!r}")
            else:
                options[-1].append(Choice(tuple(tuple(o) for o in inner)))
            continue
        if ch == "}":
            if depth == 0:
                raise ValueError(f"unbalanced '}}' in {src!r}")
            flush()
            return options, i + 1
        if ch == "|" and depth > 0:
            flush()
            options.append([])
        else:
            buf.append(ch)
        i += 1
    if depth > 0:
        raise ValueError(f"unbalanced '{{' in {src!r}")
    flush()
    return options, i


@lru_cache(maxsize=4096)
def compile_template(src: str) -> tuple[Node, ...]:
    """Parse a template string into nodes (raises ValueError on a malformed template)."""
    options, _ = _parse(src, 0, 0)
    return tuple(options[0])


def slots_of(nodes: Sequence[Node]) -> set[str]:
    """Every slot name a template may use, whichever alternatives are drawn."""
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, Slot):
            found.add(node.name)
        elif isinstance(node, Choice):
            for option in node.options:
                found |= slots_of(option)
    return found


def choice_words(nodes: Sequence[Node]) -> set[str]:
    """Alternatives that are a single bare word, e.g. `role` in `{role|the manager}`: usually a
    forgotten pair of braces around a slot, so banks check them against the slot vocabulary."""
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, Choice):
            for option in node.options:
                if len(option) == 1 and isinstance(option[0], str) and _SLOT.match(option[0]):
                    found.add(option[0])
                found |= choice_words(option)
    return found
