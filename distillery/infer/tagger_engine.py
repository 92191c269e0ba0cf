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

# A document longer than this (characters) is streamed through the model and the decoder (`_streamed_spans`)
# instead of being tokenized and held whole; it is tokenized PIECE_CHARS characters at a time.
STREAM_CHARS = 100_000
PIECE_CHARS = 32_768
# Its windows go through the model one at a time: on the CPU a larger batch of full windows is no
# faster, and each window's activations cost tens of MB (measured on a 150,000-character document
# with ONNX Runtime: peak RSS 417 MB with 1 window of 384 tokens a batch, 480 MB with 2, 605 MB
# with 4, ~1.3 GB with 16; 43-47 s, 43 s and 41-44 s).
STREAM_BATCH = 1


@dataclass
class _Windows(Work):
    """A document cut into windows of tokens; `outputs` holds each window's label probabilities."""

    cores: list[tuple[int, int]]
    starts: list[int]  # window starts, in tokens
    streamed: bool = False  # a huge document: tokenized, run and decoded piece by piece in `_spans`


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
            config.model,
            device=config.device,
            dtype=config.dtype,
            quantize=config.quantize,
            runtime=config.runtime,
            threads=config.threads,
        )

    def _prepare(self, doc: Document, index: int) -> _Windows:
        from distillery.tagging.align import encode, window_starts

        if not doc.text.strip():
            return _Windows(doc, index, [], [], [])
        if len(doc.text) > STREAM_CHARS:
            # No rows here: the document is ready at once, and its windows go through the model
            # when its turn comes (`_streamed_spans`), in batches of its own.
            return _Windows(doc, index, [], [], [], streamed=True)
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
        from distillery.tagging.align import best_window

        n = len(work.cores)
        owner = best_window(work.starts, self.loaded.window, n)
        return _gather(list(zip(work.starts, work.outputs, strict=True)), owner, 0)

    def _spans(self, work: _Windows) -> tuple[list[Span], bool]:
        from distillery.tagging.decode import decode_spans

        if work.streamed:
            return [s for s in self._streamed_spans(work.doc.text) if s.type in self.known], False
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

    def _streamed_spans(self, text: str) -> list[Span]:
        """The spans of a huge document in memory bounded by a piece of it, and time linear in it: the
        text is tokenized a piece at a time, its windows (the same as `_prepare` would cut) go through
        the model in batches as they complete, and each token is decoded as soon as every window that
        holds it has run (`SpanDecoder`: the same spans as decoding the whole document at once)."""
        from distillery.tagging.align import TokenWindows, encode, text_pieces, token_owners
        from distillery.tagging.decode import SpanDecoder

        cfg = self.config
        decoder = SpanDecoder(text, self.labels, threshold=cfg.threshold, thresholds=cfg.thresholds, extend=cfg.extend)
        windows = TokenWindows(self.loaded.window, self.loaded.window_overlap)
        ran: list[tuple[int, Any]] = []  # windows through the model whose tokens are not all decoded yet
        decoded = 0  # tokens decoded so far

        def run(batch: list[tuple[int, list[int]]], final: bool = False) -> None:
            nonlocal decoded, ran
            if batch:
                ran += zip([start for start, _ in batch], self._run([row for _, row in batch]), strict=True)
            # A token before the last window run is in no window still to come (windows run in order).
            upto = windows.n if final else (ran[-1][0] if ran else 0)
            if upto <= decoded:
                return
            owner = token_owners([s for s, _ in ran], [s + len(p) for s, p in ran], decoded, upto)
            decoder.feed(windows.cores_of(decoded, upto), _gather(ran, owner, decoded))
            decoded = upto
            windows.forget_before(upto)
            ran = [(s, p) for s, p in ran if s + len(p) > upto]

        batch_size = min(cfg.batch_size, STREAM_BATCH)
        pending: list[tuple[int, list[int]]] = []
        for a, b in text_pieces(text, PIECE_CHARS):
            enc = encode(self.tokenizer, text[a:b])
            pending += windows.add(enc.ids, [(x + a, y + a) for x, y in enc.cores])
            while len(pending) >= batch_size:
                run(pending[:batch_size])
                pending = pending[batch_size:]
        pending += windows.close()
        for i in range(0, len(pending), batch_size):
            run(pending[i : i + batch_size])
        run([], final=True)
        return decoder.finish()


def _gather(windows: list[tuple[int, Any]], owner: Any, lo: int) -> Any:
    """Rows lo, lo+1, ... of the document's token probabilities: token i's row from window owner[i]
    (`windows`: (start, tokens x labels probabilities) in order; `owner` is non-decreasing)."""
    import numpy as np

    owner = np.asarray(owner, dtype=np.int64)
    if owner.size == 0:
        n_labels = windows[0][1].shape[1] if windows else 0
        return np.zeros((0, n_labels), dtype=np.float32)
    cuts = np.flatnonzero(np.diff(owner)) + 1
    pieces = []
    for a, b in zip(np.r_[0, cuts], np.r_[cuts, owner.size], strict=True):
        start, probs = windows[int(owner[a])]
        pieces.append(probs[lo + a - start : lo + b - start])
    return np.concatenate(pieces).astype(np.float32, copy=False)


def softmax(logits: Any) -> Any:
    """Row-wise softmax over the last axis, in float32."""
    import numpy as np

    z = logits.astype(np.float32, copy=False)
    z = np.exp(z - z.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)
