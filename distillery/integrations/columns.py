"""One batch, columns in → columns out: what the Ray Data and `datasets` integrations share.

A batch is a mapping of column name → values (one value per row). `anonymize_columns` reads the
`text` column (or the one named by `column`) and returns four new columns, one value per row and in
the rows' order:

| column | good row | bad row |
|---|---|---|
| `anonymized_text` | the text with its personal data replaced | null |
| `replaced_tokens` | list of `{original, replacement, type, start, end, same_as}` | null |
| `fallback` | the output contract's `fallback` (the rules alone were used) | null |
| `error` | null | why not: `'text' is null or missing`, `'text' is int, not a string` |

**The bad-row policy**: a row whose text is missing, null or not a string is never dropped, never
moved and never stops the job: it keeps its place and its other columns, its outputs are null and
`error` says why (naming the type, never the value). Count them with
`ds.filter(lambda r: r["error"] is not None).count()` (Ray) or `ds.filter(...)` (datasets). An
error of the engine itself (a model that cannot load, a GPU out of memory) is not a bad row: it
raises, and the job fails as it would anywhere else.

The text column is dropped from the output unless `keep_text=True` (the point is a corpus without
the personal data; note that `replaced_tokens` holds the originals: drop it too before sharing).
The `id` column, when there is one, is carried through like any other and also given to the engine
(for its log lines, which never hold the text).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from distillery.documents import Document

if TYPE_CHECKING:
    import pyarrow as pa

    from distillery.api import Anonymizer

OUTPUT_COLUMNS = ("anonymized_text", "replaced_tokens", "fallback", "error")
TOKEN_FIELDS = ("original", "replacement", "type", "start", "end", "same_as")


def anonymize_columns(anonymizer: Anonymizer, batch: Mapping[str, Sequence[Any]], *, column: str = "text") -> dict:
    """The output columns (`OUTPUT_COLUMNS`) for one batch, as lists with one value per row."""
    n = len(next(iter(batch.values()), ()))
    texts = batch.get(column)
    ids = batch["id"] if "id" in batch and column != "id" else None
    errors: list[str | None] = [None] * n
    rows: list[int] = []
    docs: list[Document] = []
    for i in range(n):
        problem = _problem(None if texts is None else texts[i], column)
        if problem is not None:
            errors[i] = problem
            continue
        rows.append(i)
        docs.append(Document(str(texts[i]), _plain_id(ids[i]) if ids is not None else None))  # type: ignore[index]
    out: dict[str, list] = {name: [None] * n for name in OUTPUT_COLUMNS}
    out["error"] = errors
    for i, result in zip(rows, anonymizer.anonymize_batch(docs) if docs else [], strict=True):
        out["anonymized_text"][i] = result.anonymized_text
        out["replaced_tokens"][i] = [t.model_dump(include=set(TOKEN_FIELDS)) for t in result.replaced_tokens]
        out["fallback"][i] = result.fallback
    return out


def _problem(value: Any, column: str) -> str | None:
    """Why `value` cannot be anonymized (None when it can): the type, never the value."""
    if isinstance(value, str):  # numpy's str_ too
        return None
    if _is_null(value):
        return f"{column!r} is null or missing"
    return f"{column!r} is {type(value).__name__}, not a string"


def _is_null(value: Any) -> bool:
    """None, NaN, and pandas' NA/NaT: what a missing value becomes in each batch format. (A column
    that a batch lacks altogether, as a Ray block of rows without the key, counts the same.)"""
    if value is None:
        return True
    if isinstance(value, numbers.Real):  # numpy's floats too: a null in a numpy batch may be a NaN
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def _plain_id(value: Any) -> str | int | None:
    """An id for the engine's log lines: a str or int (numpy's too), else none."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return value


def arrow_fields() -> list[pa.Field]:
    """The output columns' Arrow types, given explicitly: inferred from the values, a batch whose
    rows hold no personal data (or only bad rows) would type `replaced_tokens` as a list of nulls and
    clash with the next batch."""
    import pyarrow as pa

    token = pa.struct(
        [
            pa.field("original", pa.string()),
            pa.field("replacement", pa.string()),
            pa.field("type", pa.string()),
            pa.field("start", pa.int64()),
            pa.field("end", pa.int64()),
            pa.field("same_as", pa.string()),  # the value this one is a mention of (null: itself)
        ]
    )
    return [
        pa.field("anonymized_text", pa.string()),
        pa.field("replaced_tokens", pa.list_(token)),
        pa.field("fallback", pa.bool_()),
        pa.field("error", pa.string()),
    ]


def arrow_columns(columns: Mapping[str, list]) -> dict[str, pa.Array]:
    """`anonymize_columns`' output as typed Arrow arrays."""
    import pyarrow as pa

    return {f.name: pa.array(columns[f.name], type=f.type) for f in arrow_fields()}
