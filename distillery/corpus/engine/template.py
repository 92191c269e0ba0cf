"""A tiny template language for document parts, and banks of parts split between train and eval.

Syntax: `{slot}` inserts a value (a person attribute such as `{p.full}`, a PII value or a look-alike
such as `{amount}`); `{a|b|c}` picks one alternative at random (alternatives may hold slots and
nest); `{text|}` makes `text` optional. Braces are the only special characters, so JSON and log
lines are written by code, not by templates.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

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


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


EVAL_SHARE = 0.15


@dataclass(frozen=True)
class Part:
    """One item of a bank: a compiled template (or an opaque value such as a layout name)."""

    id: str
    value: Any
    nodes: tuple[Node, ...] | None
    has_pii: bool


# Every bank ever built, by name: names must be unique so that part ids are.
BANKS: dict[str, Bank] = {}


class Bank:
    """A named list of interchangeable parts, split deterministically into train and eval parts.

    The split is done separately for parts with and without PII slots so that both kinds of
    documents (with and without personal data) can be built in both splits. In each group the
    parts with the lowest hash of their text go to eval: max(1, round(15%)) of them when the group
    has at least two parts; a group of one part is train-only.
    """

    def __init__(self, name: str, items: Sequence[Any]) -> None:
        from .slots import is_known_slot, is_pii_slot  # the slot vocabulary lives with the resolver

        if name in BANKS:
            raise ValueError(f"duplicate bank name {name!r}")
        if len(items) < 2:
            raise ValueError(f"bank {name!r} needs at least two parts")
        self.name = name
        parts = []
        for item in items:
            key = item if isinstance(item, str) else repr(item)
            pid = f"{name}#{stable_hash(key) & 0xFFFFFFFF:08x}"
            if isinstance(item, str):
                nodes = compile_template(item)
                bad = [w for w in choice_words(nodes) if is_known_slot(w)]
                if bad:
                    raise ValueError(f"bank {name!r}: slot names used as plain alternatives (missing braces?): {bad}")
                has_pii = any(is_pii_slot(s) for s in slots_of(nodes))
            else:
                nodes, has_pii = None, any(is_pii_slot(s) for s in _slots_in_value(item))
            parts.append(Part(pid, item, nodes, has_pii))
        if len({p.id for p in parts}) != len(parts):
            raise ValueError(f"bank {name!r} has duplicate parts")
        self.parts = parts
        self.train: list[Part] = []
        self.eval: list[Part] = []
        for group in ([p for p in parts if p.has_pii], [p for p in parts if not p.has_pii]):
            if len(group) < 2:
                self.train.extend(group)
                continue
            n_eval = max(1, round(EVAL_SHARE * len(group)))
            ranked = sorted(group, key=lambda p: stable_hash(p.id))
            self.eval.extend(ranked[:n_eval])
            self.train.extend(ranked[n_eval:])
        # Keep the declared order inside each split (draws do not depend on hash order).
        order = {p.id: i for i, p in enumerate(parts)}
        self.train.sort(key=lambda p: order[p.id])
        self.eval.sort(key=lambda p: order[p.id])
        BANKS[name] = self  # registered only once valid

    def candidates(self, split: str, no_pii: bool) -> list[Part]:
        pool = self.eval if split == "eval" else self.train
        if no_pii:
            pool = [p for p in pool if not p.has_pii]
        return pool


def _slots_in_value(item: Any) -> set[str]:
    """Slot names inside an opaque part: every string of a tuple is read as a template."""
    found: set[str] = set()
    if isinstance(item, (tuple, list)):
        for x in item:
            if isinstance(x, str):
                found |= slots_of(compile_template(x))
    return found
