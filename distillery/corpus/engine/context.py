"""Per-document state: random source, language, cast, formats, and the builder being written."""

from __future__ import annotations

import random
from typing import Any

from ..data import world as W
from ..data.locales import voice
from ..data.values import draw
from .bank import Bank, Part
from .builder import DocBuilder
from .cast import Person
from .slots import GLOBAL_PII, GLOBAL_VALUES, KEEP, PERSON_PII, TEXT, family, render_person_pii, render_person_text
from .style import DocStyle
from .template import Choice, Node, Slot, compile_template


class Ctx:
    def __init__(
        self, *, rng: random.Random, lang: str, locale: str, split: str, no_pii: bool, fakers: dict[str, Any]
    ) -> None:
        self.rng = rng
        self.lang = lang
        self.locale = locale
        self.split = split
        self.no_pii = no_pii
        self.fakers = fakers
        self.style = DocStyle.draw(rng)
        self.b = DocBuilder(rng)
        self._people: dict[str, Person] = {}
        self._memo: dict[str, str] = {}
        self._used: set[str] = set()
        # After a full-name mention, later ones may use the surname or first name alone, as people
        # write ("Mario Rossi ... Rossi"); off inside forms and records where names stay in full.
        self.shorten_names = True
        self._named: set[str] = set()

    # --- randomness helpers --------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    # --- people --------------------------------------------------------------------------------
    def person(self, head: str) -> Person:
        if head not in self._people:
            # Now and then a foreigner: a name from the other language's countries, or from the rest
            # of the world (who may live there too: see Person).
            r = self.rng.random()
            if r < 0.08:
                self._people[head] = Person(self, draw(self.rng, voice(self.lang, self.locale).foreign_names))
            elif r < 0.08 + W.WORLD_SHARE:
                self._people[head] = Person(self, self.locale, W.pick(self.rng))
            else:
                self._people[head] = Person(self, self.locale)
        return self._people[head]

    # --- parts ---------------------------------------------------------------------------------
    def pick(self, bank: Bank, fresh_only: bool = False, pii: bool | None = None) -> Part | None:
        """Draw a part of this document's split (and without PII slots in a no-PII document).

        Parts already used in the document are avoided while others remain; with `fresh_only`,
        None is returned instead of a repeat. `pii` True or False draws only parts with (none in a
        no-PII document) or without PII slots; None draws either.
        """
        pool = bank.candidates(self.split, self.no_pii)
        if pii is not None:
            pool = [p for p in pool if p.has_pii == pii]
        fresh = [p for p in pool if p.id not in self._used]
        if not fresh and (fresh_only or not pool):
            return None
        part = self.rng.choice(fresh or pool)
        self._used.add(part.id)
        self.b.part_ids.append(part.id)
        return part

    def value(self, bank: Bank, fresh_only: bool = False) -> Any:
        """The opaque value of a drawn part (a layout name, a (label, slot) row...), or None."""
        part = self.pick(bank, fresh_only)
        return None if part is None else part.value

    def say(self, bank: Bank, pii: bool | None = None) -> bool:
        """Draw a template part and write it. False when the bank has nothing for this document."""
        part = self.pick(bank, pii=pii)
        if part is None:
            return False
        self.render(part.nodes or ())
        return True

    def say_many(self, bank: Bank, k: int, sep: str = " ") -> int:
        """Write up to k distinct parts of a bank, separated by `sep`; returns how many were written."""
        pool = [p for p in bank.candidates(self.split, self.no_pii) if p.id not in self._used]
        self.rng.shuffle(pool)
        written = 0
        for part in pool[:k]:
            if written:
                self.b.text(sep)
            self.b.part_ids.append(part.id)
            self._used.add(part.id)
            self.render(part.nodes or ())
            written += 1
        return written

    def render(self, nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            if isinstance(node, str):
                self.b.text(node)
            elif isinstance(node, Slot):
                self.slot(node.name)
            elif isinstance(node, Choice):
                self.render(self.rng.choice(node.options))

    def write(self, template: str) -> None:
        """Write a template that is not a part (structural glue shared by both splits)."""
        self.render(compile_template(template))

    # --- slots ---------------------------------------------------------------------------------
    def slot(self, name: str) -> None:
        """Write the value of a slot, recording a PII span or a keep string as appropriate."""
        if "." in name:
            head, attr = name.split(".", 1)
            if attr == "full" and head in self._named and self.shorten_names and self.chance(0.35):
                self._short_mention(head)
            elif attr in PERSON_PII:
                if attr == "full":
                    self._named.add(head)
                self.b.pii(render_person_pii(self, head, attr), PERSON_PII[attr])
            else:
                self.b.raw(render_person_text(self, head, attr))
            return
        fam = family(name)
        value = self.slot_value(name)
        if fam in GLOBAL_PII:
            self.b.pii(value, GLOBAL_PII[fam])
        elif fam in KEEP:
            self.b.keep(value)
        else:
            self.b.text(value)

    def _short_mention(self, head: str) -> None:
        p = self.person(head)
        form = self.choice(("last", "title_last", "title_last", "first"))
        if form == "title_last":
            self.b.raw(p.title + " ")
        self.b.pii(p.first if form == "first" else p.last, "PERSON")

    def forget(self, *families: str) -> None:
        """Draw new values for these slot families from now on (a new log line, a new row of a table)."""
        for name in [n for n in self._memo if family(n) in families]:
            del self._memo[name]

    def slot_value(self, name: str) -> str:
        if name not in self._memo:
            fam = family(name)
            make = KEEP.get(fam) or TEXT.get(fam) or GLOBAL_VALUES.get(fam)
            if make is None:
                raise KeyError(name)
            self._memo[name] = make(self)
        return self._memo[name]
