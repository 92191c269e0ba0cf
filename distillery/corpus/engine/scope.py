"""What value makers may read of the document being written.

The slot table (slots.py) and the data modules it binds (identifiers, nicknames, hard negatives)
take the document's context as an argument. They type it with this Protocol rather than importing
`context.Ctx`, which imports them through the slot table: that import ran in a circle.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from .builder import DocBuilder
    from .cast import Person
    from .style import DocStyle

T = TypeVar("T")


class Scope(Protocol):
    rng: random.Random
    lang: str
    locale: str
    split: str
    fakers: dict[str, Any]
    style: DocStyle
    b: DocBuilder

    def chance(self, p: float) -> bool: ...

    def choice(self, seq: Sequence[T]) -> T: ...

    def person(self, head: str) -> Person: ...

    def slot_value(self, name: str) -> str: ...
