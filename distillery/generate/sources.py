"""Where generate's documents come from: the synthetic corpus (endless, chunked, reproducible) or
the user's own file (--inputs), and the documents a run still needs (not written, not duplicates)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from distillery.errors import UserError
from distillery.generate.config import GenerateConfig
from distillery.generate.records import InputDoc, text_hash

CorpusFn = Callable[..., Iterator[Any]]


def check_inputs(cfg: GenerateConfig, inputs: str | None) -> None:
    """Refuse --inputs that cannot be used, before anything is opened."""
    if inputs is not None and cfg.teacher == "synthetic":
        raise UserError("--inputs needs --teacher openai: the synthetic teacher only labels generated documents")
    if inputs is not None and not Path(inputs).is_file():
        raise UserError(f"--inputs file not found: {inputs}")


def default_corpus() -> CorpusFn:
    from distillery.corpus import generate_documents

    return generate_documents


def corpus_stream(corpus: CorpusFn, split: str, cfg: GenerateConfig, hint: int) -> Iterator[Any]:
    """The corpus's documents for `split`, endlessly, in chunks. Document i depends only on (seed,
    split, langs, i), so chunk k+1 continues chunk k exactly and rejected or duplicate documents are
    replaced by later ones. `corpus(end, start=s)` yields documents s .. end-1."""
    start = 0
    chunk = max(64, hint)
    while True:
        n = 0
        for doc in corpus(start + chunk, seed=cfg.seed, split=split, langs=tuple(cfg.langs), start=start):
            n += 1
            yield doc
        if n == 0:
            return
        start += n
        chunk = max(64, chunk // 4)


def input_stream(path: str) -> Iterator[InputDoc]:
    from distillery.documents import iter_documents
    from distillery.pii.lang import guess_lang

    for doc in iter_documents(input_path=path, lines=True):
        doc_id = str(doc.id) if doc.id is not None else f"input-{text_hash(doc.text)[:16]}"
        yield InputDoc(id=doc_id, lang=guess_lang(doc.text), kind="input", template="input", text=doc.text)


def unseen(
    docs: Iterator[Any],
    written: Callable[[str], bool],
    known_hashes: Callable[[str], bool] | None,
    on_duplicate: Callable[[], None],
) -> Iterator[Any]:
    """Documents not yet in the dataset (by id) and, with dedup (`known_hashes` given), not
    duplicates of one (by normalized text: written or in flight)."""
    for doc in docs:
        if written(str(doc.id)):
            continue
        if known_hashes is not None and known_hashes(text_hash(doc.text)):
            on_duplicate()
            continue
        yield doc
