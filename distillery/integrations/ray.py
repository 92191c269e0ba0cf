"""Anonymize a corpus on Ray Data: `RayAnonymizer`, a callable class for `Dataset.map_batches`.

```python
import ray
from distillery.integrations.ray import RayAnonymizer

ds = ray.data.read_json("s3://…/docs/")  # rows with "text" (and any other columns, e.g. "id")
out = ds.map_batches(RayAnonymizer, fn_constructor_kwargs={"engine": "auto"}, concurrency=8, batch_size=64)
out.write_json("s3://…/anonymized/")
```

Ray makes one `RayAnonymizer` per actor: the engine (the model, or the rules) loads once there, in
the constructor, through the public API (`distillery.api.Anonymizer`), which takes the same options
(`engine`, `model`, `style`, `threshold`, `recognizers`, `config`, and any `InferConfig` field by
name: `thresholds`, `keep_org_contacts`, `device`, `batch_size`, `quantize`...). Each batch's text
column becomes `anonymized_text`, `replaced_tokens`, `fallback` and `error`; every other column is
carried through, rows in the same order (the bad-row policy and the columns: `integrations.columns`).

GPUs go through Ray's own `num_gpus` (`map_batches(..., num_gpus=1, batch_size=64)`): Ray gives the
actor its GPU (CUDA_VISIBLE_DEVICES) and the engine's `device="auto"` picks it up. `concurrency=n`
still works in Ray 2.60 but is deprecated there; `compute=ray.data.ActorPoolStrategy(size=n)` is
the current spelling. Ray Data does not keep the input order across blocks unless
`DataContext.get_current().execution_options.preserve_order = True`: the ids travel with the rows.

Every batch format Ray hands over is accepted: "default"/"numpy" (a dict of numpy arrays, turned
into an Arrow table with Ray's own conversion), "pandas" (a DataFrame comes back) and "pyarrow" (a
Table comes back). The new columns are always typed Arrow columns (see `columns.arrow_fields`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distillery.integrations.columns import anonymize_columns, arrow_columns

if TYPE_CHECKING:
    from distillery.api import Anonymizer
    from distillery.pii.recognizers.base import Recognizer

__all__ = ["RayAnonymizer"]


class RayAnonymizer:
    """A `map_batches` callable class: loads the engine once (per actor) and anonymizes each batch.

    `column`: the column with the text (default "text"); `keep_text`: keep it in the output (it is
    dropped by default). Every other argument goes to `distillery.Anonymizer`.
    """

    def __init__(
        self,
        engine: str | None = None,
        model: str | Path | None = None,
        style: str | None = None,
        threshold: float | None = None,
        recognizers: str | Path | Sequence[Recognizer] | None = None,
        *,
        config: Any = None,
        column: str = "text",
        keep_text: bool = False,
        **options: Any,
    ):
        from distillery.api import Anonymizer

        self.anonymizer: Anonymizer = Anonymizer(engine, model, style, threshold, recognizers, config=config, **options)
        self.anonymizer.engine  # noqa: B018 - load now, once per actor, not inside the first batch
        self.column = column
        self.keep_text = keep_text

    def __call__(self, batch: Any) -> Any:
        return anonymize_ray_batch(self.anonymizer, batch, column=self.column, keep_text=self.keep_text)


def anonymize_ray_batch(anonymizer: Anonymizer, batch: Any, *, column: str = "text", keep_text: bool = False) -> Any:
    """One Ray Data batch (a dict of numpy arrays, a pandas DataFrame or a pyarrow Table) with the
    output columns added and, unless `keep_text`, the text column dropped."""
    import pandas as pd
    import pyarrow as pa

    drop = [] if keep_text or column not in _names(batch) else [column]
    if isinstance(batch, pa.Table):
        new = arrow_columns(anonymize_columns(anonymizer, _pylist_columns(batch, column), column=column))
        table = batch.drop_columns(drop)
        for name, array in new.items():
            table = _set_column(table, name, array)
        return table
    if isinstance(batch, pd.DataFrame):
        new = arrow_columns(anonymize_columns(anonymizer, _pylist_columns(batch, column), column=column))
        frame = batch.drop(columns=drop)
        typed = {name: pd.Series(pd.arrays.ArrowExtensionArray(a), index=batch.index) for name, a in new.items()}
        return frame.assign(**typed)
    if isinstance(batch, Mapping):
        from ray.data.block import BlockAccessor

        new = arrow_columns(anonymize_columns(anonymizer, batch, column=column))
        carried = {k: v for k, v in batch.items() if k not in drop and k not in new}
        if not carried:
            return pa.table(new)
        block = BlockAccessor.batch_to_block(carried)  # Ray's own conversion of numpy columns (tensors too)
        if isinstance(block, pd.DataFrame):  # Ray fell back to pandas for a column Arrow cannot hold
            typed = {name: pd.Series(pd.arrays.ArrowExtensionArray(a), index=block.index) for name, a in new.items()}
            return block.assign(**typed)
        for name, array in new.items():
            block = _set_column(block, name, array)
        return block
    raise TypeError(f"RayAnonymizer: unsupported batch type {type(batch).__name__} (use a batch_format Ray documents)")


def _names(batch: Any) -> list[str]:
    if hasattr(batch, "column_names"):  # pyarrow
        return list(batch.column_names)
    return list(batch.keys()) if isinstance(batch, Mapping) else list(batch.columns)


def _pylist_columns(table: Any, column: str) -> dict[str, list]:
    """The columns `anonymize_columns` reads (the text and the id) of a pyarrow Table or a pandas
    DataFrame, as Python lists by position; the row count rides on a column of its own when neither
    is there."""
    names = _names(table)
    if hasattr(table, "column_names"):
        out = {name: table.column(name).to_pylist() for name in (column, "id") if name in names}
    else:
        out = {name: table[name].tolist() for name in (column, "id") if name in names}
    return out or {"": [None] * len(table)}


def _set_column(table: Any, name: str, array: Any) -> Any:
    index = table.schema.get_field_index(name)
    if index >= 0:  # an output column of the same name is replaced
        return table.set_column(index, name, array)
    return table.append_column(name, array)
