"""The public Python face of distillery: `Anonymizer`.

```python
from distillery import Anonymizer

anon = Anonymizer(engine="auto", model=None, style="tag", threshold=None, recognizers=None)
r = anon.anonymize("Scrivi a mario.rossi@example.com")  # AnonymizationResult (pydantic)
r.anonymized_text, r.replaced_tokens
rs = anon.anonymize_batch(["a", "b"])                    # in order, batched through the model
for r in anon.stream(open("mails.txt")): ...             # lazily, over any iterable
anon.analyze("...").entities                             # what would be replaced, not rewritten
Anonymizer.restore("Ciao [PERSON_1]", r)                 # originals back from a result or mapping
```

It builds the same engine as `distillery infer` (`infer.make_anonymizer` over an `InferConfig`: the
rules, or a student with the rules as safety net) and ends in the same code (`infer.pipeline`).
The model loads on first use, not when the Anonymizer is made; nothing here prints (logs go to the
`distillery` logger, never with the text).

Thread safety: one Anonymizer may be shared by any number of threads. Calls into the engine are
serialized by one lock (a model runs one batch at a time anyway), so concurrent calls are correct
but not parallel; for throughput hand over many texts at once (`anonymize_batch`, `stream`), or
run `distillery serve`, which groups concurrent requests into batches.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from distillery.config import format_validation_error
from distillery.documents import Document
from distillery.errors import UserError
from distillery.infer.config import InferConfig
from distillery.pii.replace import Style
from distillery.pii.replace import restore as _restore
from distillery.schema import AnalysisResult, AnonymizationResult

if TYPE_CHECKING:
    from distillery.infer.engine import Anonymizer as Engine
    from distillery.pii.recognizers.base import Recognizer

__all__ = ["AnalysisResult", "AnonymizationResult", "Anonymizer", "InferConfig", "Style"]

log = logging.getLogger(__name__)

TextLike = str | Document | Mapping[str, Any]


def _document(item: TextLike) -> Document:
    """A text, a Document, or a mapping with "text" (and optionally "id"), as a Document."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(item)
    if isinstance(item, Mapping) and isinstance(item.get("text"), str):
        return Document(item["text"], item.get("id"))
    raise TypeError(f"expected a str, a Document or a mapping with a 'text' string, got {type(item).__name__}")


class Anonymizer:
    """Anonymize texts with the distilled model (or the rules engine), as `distillery infer` does.

    Arguments left at None take the value of `config` (an InferConfig, a YAML file of its fields,
    or a dict), else the default of the command line: engine "auto" (the shipped or given model
    when there is one, else the rules), style "tag". `recognizers`: a YAML file of your own
    recognizers, or Recognizer objects. Any other InferConfig field can be given by name
    (`keep_org_contacts=False`, `thresholds={"PERSON": 0.3}`, `device="cpu"`, `batch_size=16`...).
    """

    def __init__(
        self,
        engine: str | None = None,
        model: str | Path | None = None,
        style: Style | str | None = None,
        threshold: float | None = None,
        recognizers: str | Path | Sequence[Recognizer] | None = None,
        *,
        config: InferConfig | str | Path | Mapping[str, Any] | None = None,
        **options: Any,
    ):
        from distillery.config import resolve_config

        given = {"engine": engine, "model": str(model) if model is not None else None, "style": style}
        given |= {"threshold": threshold, **options}
        if isinstance(recognizers, (str, Path)):
            given["recognizers"] = str(recognizers)
        overrides = {k: (v.value if isinstance(v, Style) else v) for k, v in given.items() if v is not None}
        if isinstance(config, InferConfig):
            self.config = _validated(config.model_dump() | overrides)
        elif isinstance(config, Mapping):
            self.config = resolve_config(InferConfig, None, {**config, **overrides})
        else:
            self.config = resolve_config(InferConfig, config, overrides)
        from distillery.pii.recognizers.custom import load_recognizers

        # The user's recognizers are read now: a bad file fails here, not at the first text.
        if recognizers is None or isinstance(recognizers, (str, Path)):
            self._recognizers: list[Recognizer] = list(load_recognizers(self.config.recognizers))
        else:
            self._recognizers = list(recognizers)
        self._lock = threading.RLock()
        self._engine: Engine | None = None
        self._variants: dict[tuple, Engine] = {}

    # -- the engine -------------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The engine (`infer.engine.Anonymizer`), loaded on first use."""
        if self._engine is not None:  # no lock once loaded: a long batch must not block `describe`
            return self._engine
        with self._lock:
            if self._engine is None:
                from distillery.infer import make_anonymizer

                log.info("loading the %s engine", self.config.engine)
                self._engine = make_anonymizer(self.config, recognizers=self._recognizers)
                log.info("engine ready: %s", self._engine.describe())
            return self._engine

    @property
    def kind(self) -> str:
        """What runs: "rules", "generative" or "tagger" (loads the engine)."""
        return self.engine.kind

    def describe(self) -> str:
        """What runs, for people (loads the engine)."""
        return self.engine.describe()

    def _engine_for(
        self,
        style: Style | str | None = None,
        keep_org_contacts: bool | None = None,
        threshold: float | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> Engine:
        """The engine with per-call options: the same loaded model, other rules or thresholds."""
        base = self.engine
        cfg = self.config
        org = cfg.keep_org_contacts if keep_org_contacts is None else keep_org_contacts
        thr = cfg.threshold if threshold is None else threshold
        thrs = dict(cfg.thresholds if thresholds is None else thresholds)
        if threshold is not None or thresholds is not None:
            _validated({"threshold": thr, "thresholds": thrs})  # the config's own bounds (0 < t < 1)
        key = (org, thr, tuple(sorted(thrs.items())))
        if key == (cfg.keep_org_contacts, cfg.threshold, tuple(sorted(cfg.thresholds.items()))):
            engine = base
        else:
            with self._lock:
                engine = self._variants.get(key)  # type: ignore[assignment]
                if engine is None:
                    engine = self._variant(base, org, thr, thrs)
                    self._variants[key] = engine
        return engine.with_style(style) if style is not None else engine

    def _variant(self, base: Engine, org: bool, threshold: float, thresholds: dict[str, float]) -> Engine:
        from distillery.pii.engine import RulesEngine

        twin = copy.copy(base)
        if org != self.config.keep_org_contacts:
            twin.rules = RulesEngine(  # type: ignore[attr-defined]
                keep_org_contacts=org, org_mailboxes=self.config.org_mailboxes, extra=self._recognizers
            )
        if hasattr(twin, "config"):
            twin.config = twin.config.model_copy(  # type: ignore[attr-defined]
                update={"threshold": threshold, "thresholds": thresholds}
            )
        return twin

    # -- anonymize --------------------------------------------------------------------------------

    def anonymize(self, text: TextLike, *, style: Style | str | None = None, **options: Any) -> AnonymizationResult:
        """One text: the output contract (`anonymized_text`, `replaced_tokens`, ...)."""
        return self.anonymize_batch([text], style=style, **options)[0]

    def anonymize_batch(
        self, texts: Sequence[TextLike], *, style: Style | str | None = None, **options: Any
    ) -> list[AnonymizationResult]:
        """Many texts, one result each in the same order, batched through the model.
        `options`: keep_org_contacts, threshold, thresholds for this call only."""
        docs = [_document(t) for t in texts]
        engine = self._engine_for(style, **options)
        with self._lock:
            return list(engine.stream(docs))

    def stream(
        self, texts: Iterable[TextLike], *, style: Style | str | None = None, chunk: int | None = None, **options: Any
    ) -> Iterator[AnonymizationResult]:
        """Results for an iterable of any length, lazily and in order. Texts are taken `chunk` at a
        time (default: batch_size × read_ahead_batches) so the model still sees full batches; the
        lock is held for a chunk, not for the whole stream."""
        size = chunk or self.config.batch_size * self.config.read_ahead_batches
        engine = self._engine_for(style, **options)
        for docs in _chunks((_document(t) for t in texts), size):
            with self._lock:
                results = list(engine.stream(docs))
            yield from results

    # -- analyze ----------------------------------------------------------------------------------

    def analyze(self, text: TextLike, **options: Any) -> AnalysisResult:
        """What `anonymize` would replace (type, offsets, text, score), without rewriting the text."""
        return self.analyze_batch([text], **options)[0]

    def analyze_batch(self, texts: Sequence[TextLike], **options: Any) -> list[AnalysisResult]:
        docs = [_document(t) for t in texts]
        engine = self._engine_for(None, **options)
        with self._lock:
            return list(engine.analyze_stream(docs))  # type: ignore[attr-defined]

    # -- restore ----------------------------------------------------------------------------------

    @staticmethod
    def restore(text: str, mapping: Mapping[str, str] | list[dict] | AnonymizationResult) -> str:
        """Put the originals back: `mapping` is replacement -> original, the records of
        `--mapping-out`, or the AnonymizationResult the replacements come from (styles tag, fake
        and hash; a mask or [REDACTED] cannot be undone)."""
        return _restore(text, dict(mapping) if isinstance(mapping, Mapping) else mapping)


def _validated(data: Mapping[str, Any]) -> InferConfig:
    try:
        return InferConfig.model_validate(dict(data))
    except ValidationError as exc:
        raise UserError(format_validation_error(exc, "Anonymizer")) from None


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
