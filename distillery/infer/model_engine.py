"""The distilled model as an anonymization engine, safe by construction.

The model only *lists* values; code decides what is replaced:
- every listed value must occur in the input (grounding), else it is dropped as a hallucination;
- every occurrence of an accepted value in the document is replaced, not only the first;
- the rules engine's spans are added (safety net), so a value the model missed but a checksum or
  pattern catches is still replaced;
- an answer that cannot be read at all falls back to the rules engine and is flagged `fallback`;
- the text is rebuilt by `anonymize_with_spans`: characters outside spans are never touched.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from distillery.console import err_console
from distillery.documents import Document
from distillery.infer.batching import length_sorted_batches, windows
from distillery.infer.chunking import chunk_ranges
from distillery.infer.config import InferConfig
from distillery.infer.generation import BatchGenerator, Generation, PromptBuilder
from distillery.pii.engine import RulesEngine
from distillery.pii.mentions import person_part_mentions
from distillery.pii.replace import Style, anonymize_with_spans
from distillery.pii.spans import Span
from distillery.schema import AnonymizationResult, known_types
from distillery.student_format import ground_items, parse_answer


@dataclass
class _Work:
    """One document on its way through the batches."""

    doc: Document
    index: int
    ranges: list[tuple[int, int]]  # chunks, as character ranges of doc.text
    rows: list[list[int]]  # the tokenized prompt of each chunk
    answers: list[Generation | None] = field(default_factory=list)
    remaining: int = 0


@dataclass
class EngineStats:
    documents: int = 0
    chunks: int = 0
    fallbacks: int = 0  # documents with an unusable answer (rules engine used for them)
    repaired: int = 0  # answers that needed fixing (fences, trailing text, truncation)
    truncated: int = 0  # answers cut by max_new_tokens
    hallucinated: int = 0  # values the model listed that are not in the input (dropped)
    unknown_type: int = 0  # values with a type we do not know (dropped)
    started: float = field(default_factory=time.perf_counter)


class ModelAnonymizer:
    """`stream(docs)` yields one AnonymizationResult per document, in input order."""

    def __init__(
        self, config: InferConfig, hash_key: bytes | None = None, *, verbose: bool = False, loaded: Any = None
    ):
        if config.model is None:
            raise ValueError("ModelAnonymizer needs config.model")
        self.config = config
        self.hash_key = hash_key
        self.verbose = verbose
        self.style = Style(config.style)
        if loaded is None:
            from distillery.infer.loading import load_for_inference

            loaded = load_for_inference(config.model, device=config.device, dtype=config.dtype)
        self.loaded = loaded
        self.tokenizer = loaded.tokenizer
        self.prompts = PromptBuilder(self.tokenizer, few_shot=config.few_shot)
        self.generator = BatchGenerator(loaded.model, self.tokenizer, config, self.prompts)
        self.rules = RulesEngine(keep_org_contacts=config.keep_org_contacts, org_mailboxes=config.org_mailboxes)
        self.known = known_types(config.extra_types)
        self.stats = EngineStats()

    # --- public API -------------------------------------------------------------------------------

    def anonymize(self, doc: Document | str) -> AnonymizationResult:
        if isinstance(doc, str):
            doc = Document(doc)
        return next(iter(self.stream([doc])))

    def stream(self, docs: Iterable[Document]) -> Iterator[AnonymizationResult]:
        """Results in input order, each as soon as it and all before it are done.

        Documents are read `batch_size * read_ahead_batches` chunks at a time, sorted by length into
        batches within that window (less padding), and put back in order on the way out.
        """
        cfg = self.config
        limit = cfg.batch_size * cfg.read_ahead_batches
        prepared = (self._prepare(doc, i) for i, doc in enumerate(docs))
        for window in windows(prepared, lambda w: len(w.rows), limit):
            items = [(w, j) for w in window for j in range(len(w.rows))]
            pending = iter(window)
            head = next(pending, None)
            for batch in length_sorted_batches(items, lambda it: len(it[0].rows[it[1]]), cfg.batch_size):
                answers = self.generator.generate([w.rows[j] for w, j in batch])
                for (w, j), answer in zip(batch, answers, strict=True):
                    w.answers[j] = answer
                    w.remaining -= 1
                while head is not None and head.remaining == 0:
                    yield self._finish(head)
                    head = next(pending, None)
            while head is not None:  # documents without chunks (empty text)
                yield self._finish(head)
                head = next(pending, None)

    def summary(self) -> str:
        st, gs = self.stats, self.generator.stats
        secs = max(time.perf_counter() - st.started, 1e-9)
        parts = [
            f"{st.documents} document{'s' * (st.documents != 1)} ({st.chunks} chunk{'s' * (st.chunks != 1)})",
            f"{st.documents / secs:.2f} docs/s",
            f"{gs.generated_tokens / max(gs.seconds, 1e-9):.0f} generated tokens/s",
        ]
        if st.fallbacks:
            parts.append(f"[yellow]{st.fallbacks} unusable answers: rules engine used (fallback)[/yellow]")
        if st.hallucinated:
            parts.append(f"{st.hallucinated} values not in the input dropped")
        if st.truncated:
            parts.append(f"{st.truncated} answers hit --max-new-tokens")
        return "model: " + ", ".join(parts)

    # --- internals ----------------------------------------------------------------------------------

    def _prepare(self, doc: Document, index: int) -> _Work:
        cfg = self.config
        text = doc.text
        ranges = []
        if text.strip():
            ranges = chunk_ranges(text, self.tokenizer, cfg.max_input_tokens, cfg.chunk_overlap_tokens)
        rows = [self.prompts.encode(text[a:b]) for a, b in ranges]
        return _Work(doc, index, ranges, rows, [None] * len(rows), len(rows))

    def _note(self, work: _Work, message: str) -> None:
        if self.verbose:
            where = f"id={work.doc.id}" if work.doc.id is not None else f"document {work.index + 1}"
            err_console.print(f"{where}: {message}", style="dim", highlight=False, markup=False)

    def _finish(self, work: _Work) -> AnonymizationResult:
        text = work.doc.text
        st = self.stats
        st.documents += 1
        st.chunks += len(work.ranges)
        fallback = False
        accepted: list[tuple[str, str]] = []
        for (a, b), answer in zip(work.ranges, work.answers, strict=True):
            assert answer is not None
            st.truncated += answer.hit_limit
            parsed = parse_answer(answer.text)
            if not parsed.ok:
                fallback = True
                self._note(work, f"unusable answer ({parsed.error}): {answer.text[:80]!r}")
                continue
            st.repaired += parsed.repaired
            grounded = ground_items(text[a:b], parsed.items, self.known)
            for value, pii_type, reason in grounded.dropped:
                if reason == "unknown type":
                    st.unknown_type += 1
                else:
                    st.hallucinated += 1
                self._note(work, f"dropped {value!r} ({pii_type}): {reason}")
            # The exact text the value matched, so it is found again in the whole document below.
            accepted += [(text[a + s.start : a + s.end], s.type) for s in grounded.spans]
        # Every occurrence in the whole document, with offsets into it: a name listed in one chunk is
        # also replaced where another chunk (or the overlap) mentions it.
        spans: list[Span] = ground_items(text, list(dict.fromkeys(accepted)), self.known).spans
        if self.rules.org_contacts is not None:  # the same policy as the rules engine's own spans
            spans = self.rules.org_contacts.keep(text, spans)
        if fallback:
            st.fallbacks += 1
        if fallback or self.config.rules_safety_net:
            spans += self.rules.analyze(text)
        if self.config.person_mentions:
            spans += person_part_mentions(text, spans)
        return anonymize_with_spans(
            text, spans, self.style, hash_key=self.hash_key, doc_id=work.doc.id, fallback=fallback
        )
