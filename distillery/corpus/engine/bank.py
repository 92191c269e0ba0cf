"""Banks of template parts, split deterministically between train and eval documents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .slots import is_known_slot, is_pii_slot
from .split import held_out, stable_hash
from .template import Node, choice_words, compile_template, slots_of


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
            held = {p.id for p in held_out(group, key=lambda p: p.id)}
            self.eval.extend(p for p in group if p.id in held)
            self.train.extend(p for p in group if p.id not in held)
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
