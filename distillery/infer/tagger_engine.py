"""The token-tagging student as an anonymization engine: one forward pass per window, no decoding.

The model gives every token a distribution over BIO labels; code decides what is replaced:
- token probabilities become word-aligned spans (`distillery.tagging.decode`): a replacement never
  starts or ends inside a word, whatever the tokenizer did;
- a value whose shape does not fit its type (an "EMAIL" without "@") is dropped;
- every whole-word occurrence of a value found anywhere in the document is replaced, not only the
  one the model labelled (the shared merge step's rule);
- the rules engine's spans are added (safety net), then later mentions of a person named in full;
- the text is rebuilt by `anonymize_with_spans`: characters outside spans are never touched.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from distillery.documents import Document
from distillery.infer.batching import length_sorted_batches, windows
from distillery.infer.config import InferConfig
from distillery.pii.engine import RulesEngine
from distillery.pii.mentions import person_part_mentions
from distillery.pii.replace import Style, anonymize_with_spans
from distillery.pii.spans import Span
from distillery.schema import AnonymizationResult, known_types


@dataclass
class _Work:
    doc: Document
    index: int
    cores: list[tuple[int, int]]
    starts: list[int]  # window starts, in tokens
    rows: list[list[int]]  # token ids of each window
    probs: list[Any] = field(default_factory=list)
    remaining: int = 0


@dataclass
class TaggerStats:
    documents: int = 0
    windows: int = 0
    tokens: int = 0  # real tokens through the model (no padding)
    padded_tokens: int = 0  # tokens computed, padding included
    model_seconds: float = 0.0
    started: float = field(default_factory=time.perf_counter)


class TaggerAnonymizer:
    """`stream(docs)` yields one AnonymizationResult per document, in input order."""

    def __init__(
        self, config: InferConfig, hash_key: bytes | None = None, *, verbose: bool = False, loaded: Any = None
    ):
        if config.model is None:
            raise ValueError("TaggerAnonymizer needs config.model")
        self.config = config
        self.hash_key = hash_key
        self.verbose = verbose
        self.style = Style(config.style)
        if loaded is None:
            from distillery.infer.loading import load_tagger_for_inference

            loaded = load_tagger_for_inference(
                config.model, device=config.device, dtype=config.dtype, quantize=config.quantize
            )
        self.loaded = loaded
        self.tokenizer = loaded.tokenizer
        self.labels = loaded.labels
        self.rules = RulesEngine(keep_org_contacts=config.keep_org_contacts, org_mailboxes=config.org_mailboxes)
        self.known = known_types(config.extra_types)
        self.stats = TaggerStats()

    # --- public API -------------------------------------------------------------------------------

    def anonymize(self, doc: Document | str) -> AnonymizationResult:
        if isinstance(doc, str):
            doc = Document(doc)
        return next(iter(self.stream([doc])))

    def stream(self, docs: Iterable[Document]) -> Iterator[AnonymizationResult]:
        """Results in input order. Windows of `batch_size * read_ahead_batches` documents are sorted
        by length into batches (little padding) and put back in order on the way out."""
        cfg = self.config
        limit = cfg.batch_size * cfg.read_ahead_batches
        prepared = (self._prepare(doc, i) for i, doc in enumerate(docs))
        for group in windows(prepared, lambda w: len(w.rows), limit):
            items = [(w, j) for w in group for j in range(len(w.rows))]
            pending = iter(group)
            head = next(pending, None)
            for batch in length_sorted_batches(items, lambda it: len(it[0].rows[it[1]]), cfg.batch_size):
                for (w, j), probs in zip(batch, self._forward([w.rows[j] for w, j in batch]), strict=True):
                    w.probs[j] = probs
                    w.remaining -= 1
                while head is not None and head.remaining == 0:
                    yield self._finish(head)
                    head = next(pending, None)
            while head is not None:
                yield self._finish(head)
                head = next(pending, None)

    def summary(self) -> str:
        st = self.stats
        secs = max(time.perf_counter() - st.started, 1e-9)
        model_s = max(st.model_seconds, 1e-9)
        return (
            f"tagger: {st.documents} document{'s' * (st.documents != 1)} ({st.windows} windows), "
            f"{st.documents / secs:.2f} docs/s, {st.tokens / model_s:,.0f} tokens/s in the model"
            f" ({self.loaded.quantized if self.loaded.quantized != 'none' else self.loaded.dtype})"
        )

    # --- internals ----------------------------------------------------------------------------------

    def _prepare(self, doc: Document, index: int) -> _Work:
        from distillery.tagging.align import encode, window_starts

        if not doc.text.strip():
            return _Work(doc, index, [], [], [])
        enc = encode(self.tokenizer, doc.text)
        size, overlap = self.loaded.window, self.loaded.window_overlap
        starts = window_starts(len(enc.ids), size, overlap) if enc.ids else []
        rows = [enc.ids[s : s + size] for s in starts]
        return _Work(doc, index, enc.cores, starts, rows, [None] * len(rows), len(rows))

    def _forward(self, rows: list[list[int]]) -> list[Any]:
        """Label probabilities (float32 numpy, tokens x labels) for each row, in one padded batch."""
        import torch

        t0 = time.perf_counter()
        width = max(len(r) for r in rows)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        ids = torch.full((len(rows), width), pad, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
            mask[i, : len(r)] = 1
        device = self.loaded.device
        with torch.inference_mode():
            logits = self.loaded.model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits
            probs = logits.float().softmax(-1).cpu().numpy()
        st = self.stats
        st.model_seconds += time.perf_counter() - t0
        st.tokens += sum(len(r) for r in rows)
        st.padded_tokens += len(rows) * width
        st.windows += len(rows)
        return [probs[i, : len(r)] for i, r in enumerate(rows)]

    def _token_probs(self, work: _Work) -> Any:
        """One row of probabilities per token of the document: each token from the window that sees
        it with the most context (stitched windows never give a token two predictions)."""
        import numpy as np

        from distillery.tagging.align import best_window

        n = len(work.cores)
        owner = best_window(work.starts, self.loaded.window, n)
        out = np.empty((n, len(self.labels)), dtype=np.float32)
        for i in range(n):
            w = owner[i]
            out[i] = work.probs[w][i - work.starts[w]]
        return out

    def _finish(self, work: _Work) -> AnonymizationResult:
        from distillery.tagging.decode import decode_spans, plausible

        text = work.doc.text
        self.stats.documents += 1
        spans: list[Span] = []
        if work.rows:
            cfg = self.config
            found = decode_spans(
                text,
                work.cores,
                self._token_probs(work),
                self.labels,
                threshold=cfg.threshold,
                thresholds=cfg.thresholds,
            )
            # Every other occurrence of each value is replaced by the shared merge step
            # (`anonymize_with_spans`), as for every engine.
            spans = [s for s in found if s.type in self.known and plausible(text[s.start : s.end], s.type)]
            if self.rules.org_contacts is not None:  # the same policy as the rules engine's own spans
                spans = self.rules.org_contacts.keep(text, spans)
        if self.config.rules_safety_net:
            spans += self.rules.analyze(text)
        if self.config.person_mentions:
            spans += person_part_mentions(text, spans)
        return anonymize_with_spans(text, spans, self.style, hash_key=self.hash_key, doc_id=work.doc.id)
