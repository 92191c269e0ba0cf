"""The offline teacher: the corpus generator knows where it put every value, so labels are gold."""

from __future__ import annotations

import threading
from typing import Any

from distillery.generate.records import Rejected, build_record, failed_record, gold_spans, validate_answer
from distillery.generate.teachers.base import Labeled
from distillery.pii.replace import Style, anonymize_with_spans


class SyntheticTeacher:
    name = "synthetic"
    model = "gold"

    def label(self, doc: Any, stop: threading.Event | None = None) -> Labeled:
        try:
            spans = gold_spans(doc)
            answer = anonymize_with_spans(doc.text, spans, Style.tag, lang=doc.lang, every_occurrence=False)
            # The same check as for an LLM's answer: it catches generator bugs such as a second,
            # unlabeled occurrence of a value (which would teach the student to leak it).
            validated = validate_answer(doc.text, answer.model_dump(mode="json"))
        except Rejected as exc:
            return Labeled(doc, failure=failed_record(doc, str(exc), self.name, self.model, None))
        return Labeled(doc, record=build_record(doc, spans, validated.answer, self.name, self.model))

    def close(self) -> None:
        pass
