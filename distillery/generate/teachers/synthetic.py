"""The offline teacher: the corpus generator knows where it put every value, so labels are gold."""

from __future__ import annotations

import threading
from typing import Any

from pydantic import ValidationError

from distillery.generate.records import Provenance, Rejected, build_record, failed_record, gold_spans
from distillery.generate.teachers.base import Labeled


class SyntheticTeacher:
    name = "synthetic"
    model = "gold"
    provenance = Provenance(name, model)

    def label(self, doc: Any, stop: threading.Event | None = None) -> Labeled:
        """The gold spans as they are: no answer to render and parse back."""
        try:
            return Labeled(doc, record=build_record(doc, gold_spans(doc), self.provenance))
        except Rejected as exc:
            reason = str(exc)
        except ValidationError as exc:  # e.g. a keep string that is not in the text: a generator bug
            reason = f"record: {exc.errors()[0]['msg']}"
        return Labeled(doc, failure=failed_record(doc, reason, self.provenance, None))

    def close(self) -> None:
        pass
