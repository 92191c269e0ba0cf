"""The token-tagging student as an anonymization engine: one forward pass per window, no decoding.

The model gives every token a distribution over BIO labels; code decides what is replaced:
- token probabilities become word-aligned spans (`distillery.tagging.decode`): a replacement never
  starts or ends inside a word, whatever the tokenizer did;
- a value whose shape does not fit its type (an "EMAIL" without "@") is dropped;
- every whole-word occurrence of a value found anywhere in the document is replaced, not only the
  one the model labelled (the shared merge step's rule);
- then every engine's steps (`infer.pipeline`): the rules engine's spans are added (safety net),
  the organisation-contact policy, later mentions of a person named in full, and the text rebuilt by
  `anonymize_with_spans`: characters outside spans are never touched.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from distillery.documents import Document
from distillery.infer.batching import Work
from distillery.infer.config import InferConfig
from distillery.infer.engine import EngineKind, EngineStats
from distillery.infer.pipeline import StudentAnonymizer
from distillery.pii.recognizers.base import Recognizer
from distillery.pii.spans import Span


@dataclass
class _Windows(Work):
    """A document cut into windows of tokens; `outputs` holds each window's label probabilities."""

    cores: list[tuple[int, int]]
    starts: list[int]  # window starts, in tokens


@dataclass
class TaggerStats(EngineStats):
    windows: int = 0
    tokens: int = 0  # real tokens through the model (no padding)
    padded_tokens: int = 0  # tokens computed, padding included
    model_seconds: float = 0.0


class TaggerAnonymizer(StudentAnonymizer):
    """The tagger student: `stream(docs)` yields one AnonymizationResult per document, in input order."""

    kind: EngineKind = "tagger"

    def __init__(
        self,
        config: InferConfig,
        hash_key: bytes | None = None,
        *,
        verbose: bool = False,
        loaded: Any = None,
        recognizers: Sequence[Recognizer] = (),
    ):
        super().__init__(config, hash_key, verbose=verbose, loaded=loaded, recognizers=recognizers)
        self.labels = self.loaded.labels
        self.stats = TaggerStats()

    def summary(self) -> str:
        st = self.stats
        model_s = max(st.model_seconds, 1e-9)
        loaded = self.loaded
        precision = loaded.quantized if loaded.quantized != "none" else str(loaded.dtype).removeprefix("torch.")
        return (
            f"tagger: {st.documents} document{'s' * (st.documents != 1)} ({st.windows} windows), "
            f"{st.docs_per_second():.2f} docs/s, {st.tokens / model_s:,.0f} tokens/s in the model"
            f" ({loaded.runtime}, {precision})"
        )

    # --- the student's part -------------------------------------------------------------------------

    def _load(self, config: InferConfig) -> Any:
        from distillery.infer.loading import load_tagger

        return load_tagger(
            config.model, device=config.device, dtype=config.dtype, quantize=config.quantize, runtime=config.runtime
        )

    def _prepare(self, doc: Document, index: int) -> _Windows:
        from distillery.tagging.align import encode, window_starts

        if not doc.text.strip():
            return _Windows(doc, index, [], [], [])
        enc = encode(self.tokenizer, doc.text)
        size, overlap = self.loaded.window, self.loaded.window_overlap
        starts = window_starts(len(enc.ids), size, overlap) if enc.ids else []
        rows = [enc.ids[s : s + size] for s in starts]
        return _Windows(doc, index, rows, enc.cores, starts)

    def _run(self, rows: list[list[int]]) -> list[Any]:
        """Label probabilities (float32 numpy, tokens x labels) for each row, in one padded batch
        through the loaded runtime (`infer.runtimes`: torch or ONNX Runtime)."""
        import numpy as np

        t0 = time.perf_counter()
        width = max(len(r) for r in rows)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        ids = np.full((len(rows), width), pad, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = r
            mask[i, : len(r)] = 1
        logits = self.loaded.runner(ids, mask)
        probs = softmax(logits)
        st = self.stats
        st.model_seconds += time.perf_counter() - t0
        st.tokens += sum(len(r) for r in rows)
        st.padded_tokens += len(rows) * width
        st.windows += len(rows)
        return [probs[i, : len(r)] for i, r in enumerate(rows)]

    def _token_probs(self, work: _Windows) -> Any:
        """One row of probabilities per token of the document: each token from the window that sees
        it with the most context (stitched windows never give a token two predictions)."""
        import numpy as np

        from distillery.tagging.align import best_window

        n = len(work.cores)
        owner = best_window(work.starts, self.loaded.window, n)
        out = np.empty((n, len(self.labels)), dtype=np.float32)
        for i in range(n):
            w = owner[i]
            out[i] = work.outputs[w][i - work.starts[w]]
        return out

    def _spans(self, work: _Windows) -> tuple[list[Span], bool]:
        from distillery.tagging.decode import decode_spans

        if not work.rows:
            return [], False
        text = work.doc.text
        cfg = self.config
        found = decode_spans(
            text,
            work.cores,
            self._token_probs(work),
            self.labels,
            threshold=cfg.threshold,
            thresholds=cfg.thresholds,
            extend=cfg.extend,
        )
        # Whether each span looks like its type is checked by the shared merge step (`pii.shape`), and
        # every other occurrence of each value is replaced there (`anonymize_with_spans`), as for every engine.
        return [s for s in found if s.type in self.known], False


def softmax(logits: Any) -> Any:
    """Row-wise softmax over the last axis, in float32."""
    import numpy as np

    z = logits.astype(np.float32, copy=False)
    z = np.exp(z - z.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)
