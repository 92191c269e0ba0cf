"""The one code path every engine takes once it has its student's spans (none, for the rules engine):

everything below reads the normalised view of the document (`pii.normalize`: compatibility forms,
spaces, dashes, zero-width characters and look-alike letters folded), the student included, and the
replaced characters are the original ones (`anonymize_with_spans(..., view=)`);

student spans, each checked against the shape of its type (`pii.shape`: e-mail/URL fragments widened
to the whole address, values that do not look like their type dropped) ∪ rules-engine spans (the
safety net; always for the rules engine, and for a document whose answer was unusable) →
organisation-contact policy, once, on the union → later mentions of a person named in full → every
occurrence, text rebuilt by code (`anonymize_with_spans`: characters outside spans are never touched).

`StudentAnonymizer` adds what the two model engines share: loading, and batches of similar length
streamed back in input order.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Self, TypeVar

from distillery.documents import Document
from distillery.infer.batching import Work, in_order
from distillery.infer.config import InferConfig
from distillery.infer.engine import EngineKind, EngineStats
from distillery.pii.engine import RulesEngine
from distillery.pii.mentions import person_part_mentions
from distillery.pii.normalize import View, view
from distillery.pii.recognizers.base import Recognizer
from distillery.pii.replace import Style, anonymize_with_spans, final_spans
from distillery.pii.shape import check_spans
from distillery.pii.spans import Span
from distillery.schema import AnalysisResult, AnonymizationResult, DetectedEntity, known_types

R = TypeVar("R")
# What an engine does with a document once it has the student's spans: rewrite it (`_result`), or
# only report what it would replace (`_analysis`).
Finish = Callable[..., R]


class SpanAnonymizer:
    """The shared steps after the student; a subclass defines `kind`, `stats` and `_stream`.

    `recognizers`: the user's own (a YAML file's, `pii.recognizers.custom`); they run with the
    built-in rules, and also when the rules safety net is off (a student never learnt their types).
    """

    kind: EngineKind
    stats: EngineStats

    def __init__(
        self,
        style: Style | str = Style.tag,
        hash_key: bytes | None = None,
        *,
        person_mentions: bool = True,
        rules_safety_net: bool = True,
        keep_org_contacts: bool = True,
        org_mailboxes: Iterable[str] = (),
        recognizers: Sequence[Recognizer] = (),
    ):
        self.style = Style(style)
        self.hash_key = hash_key
        self.person_mentions = person_mentions
        self.rules_safety_net = rules_safety_net
        self.rules = RulesEngine(keep_org_contacts=keep_org_contacts, org_mailboxes=org_mailboxes, extra=recognizers)
        self.custom = RulesEngine(list(recognizers), keep_org_contacts=False) if recognizers else None

    def anonymize(self, doc: Document | str) -> AnonymizationResult:
        if isinstance(doc, str):
            doc = Document(doc)
        return next(iter(self.stream([doc])))

    def stream(self, docs: Iterable[Document]) -> Iterator[AnonymizationResult]:
        """One result per document, lazily and in input order."""
        return self._stream(docs, self._result)

    def analyze_stream(self, docs: Iterable[Document]) -> Iterator[AnalysisResult]:
        """What `stream` would replace in each document (type, offsets, score), without rewriting it."""
        return self._stream(docs, self._analysis)

    def _stream(self, docs: Iterable[Document], finish: Finish[R]) -> Iterator[R]:
        """`finish(doc, student_spans, fallback=..., seen=view or None)` for each document, in input order."""
        raise NotImplementedError

    def summary(self) -> str:
        return ""

    def describe(self) -> str:
        return self.kind

    def with_style(self, style: Style | str) -> Self:
        # A shallow copy: the loaded model, the rules and the counters are shared, only the style differs.
        twin = copy.copy(self)
        twin.style = Style(style)
        return twin

    def _merged_spans(self, text: str, student: list[Span], fallback: bool) -> list[Span]:
        """The student's spans ∪ the rules' (or the user's recognizers' alone, without the safety
        net), organisation contacts removed, later mentions of a person added. `text` is the normalised
        view of the document (`pii.normalize`), which is what the student read and the rules read."""
        self.stats.documents += 1
        spans = check_spans(text, student)  # a student's span must look like its type (`pii.shape`)
        if fallback or self.rules_safety_net:
            spans += self.rules.detect(text)
        elif self.custom is not None:
            spans += self.custom.detect(text)
        spans = self.rules.without_org_contacts(text, spans)
        if self.person_mentions:
            spans += person_part_mentions(text, spans)
        return spans

    def _result(
        self, doc: Document, student: list[Span], *, fallback: bool = False, seen: View | None = None
    ) -> AnonymizationResult:
        """The result for `doc` from the student's spans (offsets in the normalised view of its text,
        which is what the student read: `seen`, made here when not given); `fallback`: the student's
        answer was unusable."""
        seen = seen if seen is not None else view(doc.text)
        spans = self._merged_spans(seen.text, student, fallback)
        return anonymize_with_spans(
            doc.text, spans, self.style, hash_key=self.hash_key, doc_id=doc.id, fallback=fallback, view=seen
        )

    def _analysis(
        self, doc: Document, student: list[Span], *, fallback: bool = False, seen: View | None = None
    ) -> AnalysisResult:
        """What `_result` would replace in `doc`: the same spans (original offsets), not rewritten."""
        seen = seen if seen is not None else view(doc.text)
        chosen, _ = final_spans(doc.text, self._merged_spans(seen.text, student, fallback), view=seen)
        entities = [
            DetectedEntity(
                type=s.type, start=s.start, end=s.end, text=doc.text[s.start : s.end], score=s.score, source=s.source
            )
            for s in chosen
        ]
        return AnalysisResult(id=doc.id, entities=entities, fallback=fallback)


class StudentAnonymizer(SpanAnonymizer):
    """A trained student over the rules. A subclass loads its model (`_load`), cuts a document into
    rows of token ids (`_prepare`), runs a batch of rows (`_run`), and reads a finished document's
    outputs as spans (`_spans`)."""

    def __init__(
        self,
        config: InferConfig,
        hash_key: bytes | None = None,
        *,
        verbose: bool = False,
        loaded: Any = None,
        recognizers: Sequence[Recognizer] = (),
    ):
        if config.model is None:
            raise ValueError(f"{type(self).__name__} needs config.model")
        super().__init__(
            config.style,
            hash_key,
            person_mentions=config.person_mentions,
            rules_safety_net=config.rules_safety_net,
            keep_org_contacts=config.keep_org_contacts,
            org_mailboxes=config.org_mailboxes,
            recognizers=recognizers,
        )
        self.config = config
        self.verbose = verbose
        self.loaded = loaded if loaded is not None else self._load(config)
        self.tokenizer = self.loaded.tokenizer
        self.known = known_types(config.extra_types)

    def describe(self) -> str:
        # "model", not "generative", is what chat has always shown for the generative student.
        kind = "model" if self.kind == "generative" else self.kind
        return f"{kind} {self.loaded.source.describe()} on {self.loaded.device}"

    def _stream(self, docs: Iterable[Document], finish: Finish[R]) -> Iterator[R]:
        """Results in input order, each as soon as it and all before it are done (`batching.in_order`)."""
        cfg = self.config
        originals: dict[int, tuple[Document, View]] = {}

        def seen(i: int, doc: Document) -> Document:
            # The student reads the normalised view (`pii.normalize`); the result is of the original.
            seen_view = view(doc.text)
            originals[i] = (doc, seen_view)  # the view is made once, for the student and the result
            folded = seen_view.text
            return doc if folded == doc.text else dataclasses.replace(doc, text=folded)

        prepared = (self._prepare(seen(i, doc), i) for i, doc in enumerate(docs))
        for work in in_order(prepared, self._run, cfg.batch_size, cfg.read_ahead_batches):
            spans, fallback = self._spans(work)
            doc, seen_view = originals.pop(work.index)
            yield finish(doc, spans, fallback=fallback, seen=seen_view)

    def _load(self, config: InferConfig) -> Any:
        raise NotImplementedError

    def _prepare(self, doc: Document, index: int) -> Work:
        raise NotImplementedError

    def _run(self, rows: list[list[int]]) -> list[Any]:
        raise NotImplementedError

    def _spans(self, work: Any) -> tuple[list[Span], bool]:
        """The student's spans in the whole document, and whether its answer was unusable."""
        raise NotImplementedError
