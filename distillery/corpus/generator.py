"""Deterministic document generation: one `random.Random` per (seed, split, index)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from distillery.pii.find import find_all

from .data.locales import BY_LANG, LOCALES
from .data.values import draw
from .engine.context import Ctx
from .engine.document import SourceDoc
from .engine.split import stable_hash
from .kinds import KINDS

NO_PII_SHARE = 0.07
SPLITS = ("train", "eval")
LANGS = ("it", "en")


@lru_cache(maxsize=1)
def _fakers() -> dict[str, Any]:
    from faker import Faker  # imported lazily: Faker loads many providers

    return {loc: Faker(loc) for loc in LOCALES}


def make_document(index: int, *, seed: int, split: str, langs: tuple[str, ...]) -> SourceDoc:
    """The document at `index` of the (seed, split) sequence; independent of every other index."""
    return build_document(index, seed=seed, split=split, langs=langs)[0]


MAX_DRAWS = 4


def build_document(
    index: int, *, seed: int, split: str, langs: tuple[str, ...], kind: str | None = None
) -> tuple[SourceDoc, list[str]]:
    """The document and the ids of the parts it was composed from (for split checks).
    `kind` forces a document kind (benchmarks of one family); None draws one as usual.

    A draw in which a PII value also stands unlabelled elsewhere (a nickname "bill" beside "the bill
    came to", a surname inside a shop's name) is redrawn: the teacher's gold answer would be rejected.
    """
    for attempt in range(MAX_DRAWS):
        doc, parts = _draw(index, attempt, seed=seed, split=split, langs=langs, kind=kind)
        if attempt == MAX_DRAWS - 1 or not unlabelled_pii(doc.text, doc.pii):
            break
    return doc, parts


def _draw(
    index: int, attempt: int, *, seed: int, split: str, langs: tuple[str, ...], kind: str | None = None
) -> tuple[SourceDoc, list[str]]:
    key = f"distillery-corpus:{seed}:{split}:{index}" + (f":{attempt}" if attempt else "")
    rng = random.Random(key)
    fakers = _fakers()
    for fk in fakers.values():  # Faker draws names; reseeding per document keeps documents independent
        fk.seed_instance(rng.getrandbits(32))
    lang = rng.choice(langs)
    locale = draw(rng, BY_LANG[lang])
    no_pii = rng.random() < NO_PII_SHARE
    names = sorted(k for k, m in KINDS.items() if m.NO_PII_OK or not no_pii)
    drawn = rng.choices(names, weights=[KINDS[k].WEIGHT for k in names])[0]
    kind = kind or drawn
    ctx = Ctx(rng=rng, lang=lang, locale=locale, split=split, no_pii=no_pii, fakers=fakers)
    KINDS[kind].build(ctx)
    text, pii, keep = ctx.b.build()
    skeleton = "|".join(ctx.b.part_ids)
    template = f"{kind}.{lang}.{stable_hash(skeleton) & 0xFFFFFFFFFF:010x}"
    doc = SourceDoc(
        id=f"syn-{split}-s{seed}-{index:06d}", lang=lang, kind=kind, template=template, text=text, pii=pii, keep=keep
    )
    return doc, list(ctx.b.part_ids)


def generate_documents(
    n: int, *, seed: int = 42, split: str = "train", langs: tuple[str, ...] = LANGS, start: int = 0
) -> Iterator[SourceDoc]:
    """Documents `start` .. `n - 1` of the (seed, split) sequence.

    Each document depends only on (seed, split, langs, index), so resuming with `start` costs nothing.
    split="eval" draws only parts that split="train" never uses (see template.Bank).
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    bad = [lang for lang in langs if lang not in LANGS]
    if bad or not langs:
        raise ValueError(f"langs must be a non-empty subset of {LANGS}, not {langs!r}")
    for index in range(max(0, start), n):
        yield make_document(index, seed=seed, split=split, langs=tuple(langs))


def unlabelled_pii(text: str, pii: list[dict]) -> str | None:
    """A PII value that also occurs, as a whole word and with the same case (any whitespace between its
    words), outside every span."""
    covered = bytearray(len(text))
    for s in pii:
        covered[s["start"] : s["end"]] = b"\x01" * (s["end"] - s["start"])
    for value in {s["value"] for s in pii}:
        if any(not all(covered[a:b]) for a, b in find_all(text, value, whole="words")):
            return value
    return None
