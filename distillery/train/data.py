"""Training data: read and check `distillery generate` output, turn it into prompt/completion rows.

Everything here runs before any model is loaded, so a bad dataset costs a second, not a model load.
The prompt and the target come from `distillery.student_format`, shared with `infer`.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillery.dataset import DatasetRecord, read_dataset, record_from_object
from distillery.errors import UserError
from distillery.pii.normalize import view
from distillery.student_format import target_from_spans, training_messages
from distillery.train.config import DataSection

TRAIN_FILE = "train.jsonl"
VALIDATION_FILE = "validation.jsonl"


@dataclass(frozen=True)
class Example:
    text: str
    target: str  # the student's answer: compact JSON list of {"v", "t"}
    where: str  # file:line, for messages
    id: str | None = None
    record: DatasetRecord | None = field(default=None, compare=False, repr=False)  # the whole dataset record
    spans: tuple[tuple[int, int, str], ...] = ()  # gold (start, end, type): the tagger's labels


@dataclass
class Splits:
    train: list[Example]
    validation: list[Example]
    files: list[str]
    sha256: str  # of the input files' bytes, in order: ties a trained adapter to its data
    notes: list[str] = field(default_factory=list)


def example_from_record(rec: DatasetRecord, where: str) -> Example:
    # The student learns on the view it reads at inference (`pii.normalize`: spaces, dashes,
    # compatibility forms and zero-width characters folded); gold spans move to its offsets.
    seen = view(rec.text)
    spans = []
    for span in rec.spans():
        start, end = seen.to_view(span.start, span.end)
        if 0 <= start < end <= len(seen.text):
            spans.append((start, end, span.type))
    doc_id = None if rec.id is None else str(rec.id)
    return Example(seen.text, target_from_spans(seen.text, spans), where, doc_id, rec, tuple(spans))


def _check_record(obj: Any, where: str) -> Example:
    """One decoded JSON line as an Example (benchmarks build records in memory)."""
    return example_from_record(record_from_object(obj, where), where)


def read_examples(path: Path) -> list[Example]:
    """All records of one JSONL file, or a UserError naming the first bad file:line."""
    if not path.is_file():
        raise UserError(f"dataset file not found: {path}")
    examples = [example_from_record(rec, where) for where, rec in read_dataset(path, require_pii=True)]
    if not examples:
        raise UserError(f"{path}: dataset is empty")
    return examples


def _sha256(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def load_splits(dataset: str | Path, cfg: DataSection) -> Splits:
    """`dataset` is a `generate` output dir (train.jsonl [+ validation.jsonl]) or one JSONL file."""
    path = Path(dataset).expanduser()
    notes: list[str] = []
    if path.is_dir():
        train_path = path / TRAIN_FILE
        if not train_path.is_file():
            raise UserError(f"{path}: no {TRAIN_FILE} (expected the output directory of `distillery generate`)")
        files = [train_path]
        train = read_examples(train_path)
        val_path = path / VALIDATION_FILE
        if val_path.is_file() and val_path.stat().st_size > 0:
            files.append(val_path)
            validation = read_examples(val_path)
        else:
            train, validation = _split(train, cfg)
            notes.append(f"no {VALIDATION_FILE}: held out {len(validation)} training examples")
    elif path.is_file():
        files = [path]
        train, validation = _split(read_examples(path), cfg)
    else:
        raise UserError(f"dataset not found: {dataset}")
    if cfg.max_train_examples is not None:
        train = train[: cfg.max_train_examples]
    if cfg.max_eval_examples is not None:
        validation = validation[: cfg.max_eval_examples]
    return Splits(train, validation, [str(f) for f in files], _sha256(files), notes)


def _split(examples: list[Example], cfg: DataSection) -> tuple[list[Example], list[Example]]:
    n_val = round(len(examples) * cfg.validation_fraction)
    if cfg.validation_fraction > 0 and len(examples) >= 2:
        n_val = max(1, n_val)
    n_val = min(n_val, len(examples) - 1)
    order = list(range(len(examples)))
    random.Random(cfg.seed).shuffle(order)
    held = set(order[:n_val])
    return [e for i, e in enumerate(examples) if i not in held], [e for i, e in enumerate(examples) if i in held]


def to_rows(examples: list[Example]) -> list[dict[str, Any]]:
    """TRL's conversational prompt-completion rows: loss on the completion (answer + end of turn) only."""
    rows = []
    for ex in examples:
        prompt, completion = training_messages(ex.text, ex.target)
        rows.append({"prompt": prompt, "completion": completion})
    return rows


def token_length(tokenizer: Any, row: dict[str, Any]) -> int:
    ids = tokenizer.apply_chat_template(row["prompt"] + row["completion"], tokenize=True, return_dict=True)
    return len(ids["input_ids"])


def drop_too_long(tokenizer: Any, rows: list[dict[str, Any]], max_length: int) -> tuple[list[dict[str, Any]], int, int]:
    """Rows that fit in `max_length` tokens, the number dropped, and the tokens kept.

    A cut example would teach the model to stop mid-answer without an end-of-sequence token,
    so over-long examples are dropped instead of truncated."""
    kept, dropped, tokens = [], 0, 0
    for row in rows:
        n = token_length(tokenizer, row)
        if n > max_length:
            dropped += 1
            continue
        kept.append(row)
        tokens += n
    return kept, dropped, tokens
