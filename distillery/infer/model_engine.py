"""The distilled model as an anonymization engine, safe by construction.

The model only *lists* values; code decides what is replaced:
- every listed value must occur in the input (grounding), else it is dropped as a hallucination;
- every occurrence of an accepted value in the document is replaced, not only the first;
- the rules engine's spans are added (safety net), so a value the model missed but a checksum or
  pattern catches is still replaced (the steps after the spans are every engine's: `infer.pipeline`);
- an answer that cannot be read at all falls back to the rules engine and is flagged `fallback`;
- the text is rebuilt by `anonymize_with_spans`: characters outside spans are never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from distillery.console import err_console
from distillery.documents import Document
from distillery.infer.batching import Work
from distillery.infer.chunking import chunk_ranges
from distillery.infer.config import InferConfig
from distillery.infer.engine import EngineKind, EngineStats
from distillery.infer.generation import BatchGenerator, Generation, PromptBuilder
from distillery.infer.pipeline import StudentAnonymizer
from distillery.pii.recognizers.base import Recognizer
from distillery.pii.spans import Span
from distillery.student_format import ground_items, parse_answer


@dataclass
class _Chunks(Work):
    """A document cut into chunks; `outputs` holds each chunk's Generation."""

    ranges: list[tuple[int, int]]  # chunks, as character ranges of doc.text


@dataclass
class GenerativeStats(EngineStats):
    generated_tokens: int = 0
    chunks: int = 0
    fallbacks: int = 0  # documents with an unusable answer (rules engine used for them)
    repaired: int = 0  # answers that needed fixing (fences, trailing text, truncation)
    truncated: int = 0  # answers cut by max_new_tokens
    hallucinated: int = 0  # values the model listed that are not in the input (dropped)
    unknown_type: int = 0  # values with a type we do not know (dropped)


class ModelAnonymizer(StudentAnonymizer):
    """The generative student: `stream(docs)` yields one AnonymizationResult per document, in input order."""

    kind: EngineKind = "generative"

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
        self.prompts = PromptBuilder(self.tokenizer, few_shot=config.few_shot)
        self.generator = BatchGenerator(self.loaded.model, self.tokenizer, config, self.prompts)
        self.stats = GenerativeStats()

    def summary(self) -> str:
        st, gs = self.stats, self.generator.stats
        parts = [
            f"{st.documents} document{'s' * (st.documents != 1)} ({st.chunks} chunk{'s' * (st.chunks != 1)})",
            f"{st.docs_per_second():.2f} docs/s",
            f"{gs.generated_tokens / max(gs.seconds, 1e-9):.0f} generated tokens/s",
        ]
        if st.fallbacks:
            parts.append(f"[yellow]{st.fallbacks} unusable answers: rules engine used (fallback)[/yellow]")
        if st.hallucinated:
            parts.append(f"{st.hallucinated} values not in the input dropped")
        if st.truncated:
            parts.append(f"{st.truncated} answers hit --max-new-tokens")
        return "model: " + ", ".join(parts)

    # --- the student's part -------------------------------------------------------------------------

    def _load(self, config: InferConfig) -> Any:
        from distillery.infer.loading import load_for_inference

        return load_for_inference(config.model, device=config.device, dtype=config.dtype)

    def _prepare(self, doc: Document, index: int) -> _Chunks:
        cfg = self.config
        text = doc.text
        ranges = []
        if text.strip():
            ranges = chunk_ranges(text, self.tokenizer, cfg.max_input_tokens, cfg.chunk_overlap_tokens)
        rows = [self.prompts.encode(text[a:b]) for a, b in ranges]
        return _Chunks(doc, index, rows, ranges)

    def _run(self, rows: list[list[int]]) -> list[Generation]:
        return self.generator.generate(rows)

    def _note(self, work: _Chunks, message: str) -> None:
        if self.verbose:
            where = f"id={work.doc.id}" if work.doc.id is not None else f"document {work.index + 1}"
            err_console.print(f"{where}: {message}", style="dim", highlight=False, markup=False)

    def _spans(self, work: _Chunks) -> tuple[list[Span], bool]:
        text = work.doc.text
        st = self.stats
        st.chunks += len(work.ranges)
        fallback = False
        accepted: list[tuple[str, str]] = []
        for (a, b), answer in zip(work.ranges, work.outputs, strict=True):
            assert answer is not None
            st.generated_tokens += answer.new_tokens
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
        st.fallbacks += fallback
        # Every occurrence in the whole document, with offsets into it: a name listed in one chunk is
        # also replaced where another chunk (or the overlap) mentions it.
        return ground_items(text, list(dict.fromkeys(accepted)), self.known).spans, fallback
