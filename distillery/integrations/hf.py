"""Anonymize a Hugging Face `datasets.Dataset` with `Dataset.map(..., batched=True)`.

```python
from datasets import load_dataset
from distillery.integrations.hf import anonymize_dataset

ds = load_dataset("json", data_files="docs.jsonl", split="train")  # rows with "text" (and "id", ...)
out = anonymize_dataset(ds, engine="auto", batch_size=64)          # any distillery.Anonymizer option
out.to_json("anonymized.jsonl")
```

The same columns and the same bad-row policy as the Ray Data integration (`integrations.columns`):
the text column becomes `anonymized_text`, `replaced_tokens`, `fallback` and `error` (null for a
good row), every other column is carried through, in the dataset's order; a row whose text is
missing, null or not a string keeps its place with null outputs and its `error`.

`HFAnonymizer` is the function itself, for a `map` call of your own: pass it the output features
(`output_features`) and drop the text column yourself, or the typing of `replaced_tokens` is left to
inference (which fails on a batch without personal data):

```python
fn = HFAnonymizer(engine="rules")
out = ds.map(fn, batched=True, batch_size=64, remove_columns=["text"], features=output_features(ds.features))
```

It pickles without its engine (for `num_proc` > 1 and for `datasets`' fingerprint): each process
loads the engine once, on its first batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distillery.integrations.columns import anonymize_columns, arrow_fields

if TYPE_CHECKING:
    from datasets import Dataset, Features

    from distillery.api import Anonymizer
    from distillery.pii.recognizers.base import Recognizer

__all__ = ["HFAnonymizer", "anonymize_dataset", "output_features"]


class HFAnonymizer:
    """A batched `Dataset.map` function: a batch (column → list) in, the output columns out.

    `column`: the column with the text (default "text"). Every other argument goes to
    `distillery.Anonymizer`; the engine loads on the first batch of each process."""

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
        **options: Any,
    ):
        from distillery.api import Anonymizer

        self.column = column
        self._args = (engine, model, style, threshold, recognizers)
        self._options = {"config": config, **options}
        # Made now so that a bad option or recognizers file fails at the call, not in a worker.
        self._anonymizer: Anonymizer | None = Anonymizer(*self._args, **self._options)

    @property
    def anonymizer(self) -> Anonymizer:
        if self._anonymizer is None:
            from distillery.api import Anonymizer

            self._anonymizer = Anonymizer(*self._args, **self._options)
        return self._anonymizer

    def __call__(self, batch: Mapping[str, Sequence[Any]]) -> dict[str, list]:
        return anonymize_columns(self.anonymizer, batch, column=self.column)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_anonymizer": None}  # the options travel, the loaded engine does not


def output_features(features: Features | None, column: str = "text", keep_text: bool = False) -> Features:
    """The features of the anonymized dataset: the input's (less the text column unless
    `keep_text`) and the output columns, typed."""
    import pyarrow as pa
    from datasets import Features

    added = Features.from_arrow_schema(pa.schema(arrow_fields()))
    kept = {k: v for k, v in (features or {}).items() if k not in added and (keep_text or k != column)}
    return Features({**kept, **added})


def anonymize_dataset(
    ds: Dataset,
    engine: str | None = None,
    model: str | Path | None = None,
    style: str | None = None,
    threshold: float | None = None,
    recognizers: str | Path | Sequence[Recognizer] | None = None,
    *,
    config: Any = None,
    column: str = "text",
    keep_text: bool = False,
    batch_size: int = 64,
    num_proc: int | None = None,
    **options: Any,
) -> Dataset:
    """`ds` anonymized: see the module's docstring. `batch_size` rows go to the engine at a time;
    `num_proc` > 1 runs that many processes, each with its own engine. Not read from `datasets`'
    cache: a model changed on disk under the same path would otherwise give yesterday's answer."""
    fn = HFAnonymizer(engine, model, style, threshold, recognizers, config=config, column=column, **options)
    drop = [column] if not keep_text and column in ds.column_names else None
    return ds.map(
        fn,
        batched=True,
        batch_size=batch_size,
        remove_columns=drop,
        features=output_features(ds.features, column, keep_text),
        num_proc=num_proc,
        load_from_cache_file=False,
    )
