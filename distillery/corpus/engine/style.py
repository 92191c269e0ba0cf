"""Formatting choices drawn once per document, so repeated values look alike inside a document
while documents differ from each other."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class DocStyle:
    date_fmt: int
    phone_fmt: int
    addr_layout: int
    multiline_ok: bool  # may an inline address break over lines? (forms and letters: yes; chats: no)
    iban_spaced: bool
    card_fmt: int
    piva_prefix: bool
    spaced_ids: bool
    amount_fmt: int
    time_fmt: int
    formal: bool
    typo_rate: float
    para_sep: str  # between paragraphs: blank line or single line break

    @classmethod
    def draw(cls, rng: random.Random) -> DocStyle:
        return cls(
            date_fmt=rng.randrange(8) if rng.random() < 0.5 else 0,
            phone_fmt=rng.randrange(10),
            addr_layout=rng.randrange(8),
            multiline_ok=rng.random() < 0.5,
            iban_spaced=rng.random() < 0.45,
            card_fmt=rng.randrange(4),
            piva_prefix=rng.random() < 0.3,
            spaced_ids=rng.random() < 0.5,
            amount_fmt=rng.randrange(6),
            time_fmt=rng.randrange(3),
            formal=rng.random() < 0.55,
            typo_rate=0.0 if rng.random() < 0.75 else rng.choice((0.01, 0.02, 0.04)),
            para_sep="\n\n" if rng.random() < 0.7 else "\n",
        )
