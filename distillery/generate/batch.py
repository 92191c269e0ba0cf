"""The OpenAI Batch API path of `generate --teacher openai --batch`: submit, exit, rerun to collect.

A submission is a set of documents sent as one batch. Its life is saved in `<dir>/batch.json`
(atomically, after every step) beside the documents and the request file it uploads:

    prepared   the documents and requests are on disk      -> upload the request file
    uploaded   the input file id is known                  -> create the batch (tagged with the key)
    submitted  the batch id is known                       -> poll until it ends
    ended      completed, expired, cancelled or failed     -> download its files, judge every result
    collected  every result was judged into the dataset    (final)

Interrupting at any point and rerunning continues from the saved step: a batch created just before
a kill (its id not yet saved) is found again by the key in its metadata, so no document is ever
submitted twice; the output file is saved before it is judged, and judging skips ids already in
the dataset, so no result is lost or written twice. Documents that got no result (an expired or
failed batch, a transient error) are free again, and a later run submits them in a new batch.
Every answer is judged exactly like an online one (`openai_teacher.judge`), at batch prices.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from distillery.console import err_console
from distillery.fsutil import atomic_write_text, load_json_object, read_jsonl_objects
from distillery.generate.records import InputDoc, text_hash
from distillery.generate.teachers.base import Labeled, TeacherFatal
from distillery.generate.teachers.openai_teacher import DETERMINISTIC_STATUS, MODES, estimate_request, judge

STATE_FILE = "batch.json"
ENDPOINT = "/v1/chat/completions"
TERMINAL = {"completed", "failed", "expired", "cancelled"}


@dataclass
class Submission:
    key: str
    state: str = "prepared"
    docs: int = 0
    created_at: str = ""
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[str] = field(default_factory=list)
    accepted: int = 0
    rejected: int = 0
    no_result: int = 0

    @property
    def docs_file(self) -> str:
        return f"batch-{self.key}.docs.jsonl"

    @property
    def requests_file(self) -> str:
        return f"batch-{self.key}.requests.jsonl"

    @property
    def output_file(self) -> str:
        return f"batch-{self.key}.output.jsonl"

    @property
    def error_file(self) -> str:
        return f"batch-{self.key}.errors.jsonl"


class BatchState:
    def __init__(self, directory: Path):
        self.path = directory / STATE_FILE
        self.submissions: list[Submission] = []
        if self.path.is_file():
            data = load_json_object(self.path, what="a batch state object")
            self.submissions = [Submission(**s) for s in data.get("submissions", [])]

    def save(self) -> None:
        data = {"submissions": [asdict(s) for s in self.submissions]}
        atomic_write_text(self.path, json.dumps(data, indent=2) + "\n")

    def pending(self) -> list[Submission]:
        return [s for s in self.submissions if s.state != "collected"]


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _doc_line(doc: Any) -> str:
    keep = list(getattr(doc, "keep", []) or [])
    fields = {"id": str(doc.id), "lang": doc.lang, "kind": doc.kind, "template": doc.template, "text": doc.text}
    return json.dumps({**fields, "keep": keep}, ensure_ascii=False)


class BatchRunner:
    """Drives the submissions of one dataset dir for a Generator (which owns writer, stats, lock)."""

    def __init__(self, gen: Any, teacher: Any):
        self.gen = gen
        self.teacher = teacher
        self.client = teacher.client
        self.dir: Path = gen.out
        self.state = BatchState(self.dir)
        self.poll_s = gen.cfg.openai.batch_poll_s
        mode = gen.cfg.openai.response_format
        self.mode = MODES[0] if mode == "auto" else mode  # the Batch API is OpenAI's: it takes json_schema
        self.failure = ""
        self.submitted: Submission | None = None

    # -- the run ---------------------------------------------------------------------------------
    def run(self) -> str:
        """Collect what was submitted, then submit what is still missing. Returns the stop reason."""
        for sub in self.state.pending():
            self._advance(sub)
            if sub.status == "failed":
                # The batch itself was refused (e.g. its input file): say why rather than resubmit.
                why = "; ".join(sub.errors) or "no reason given"
                self.failure = f"batch {sub.batch_id} failed ({why}); rerun the same command to resubmit"
                return "batch_failed"
        need = self.gen._target("train") - self.gen._accepted("train")
        if need <= 0:
            return "complete"
        docs = self._new_documents(need)
        if not docs:
            return "inputs_exhausted"
        sub = self._prepare(docs)
        self._advance(sub, wait=False)
        self.submitted = sub
        return "batch_submitted"

    def _advance(self, sub: Submission, wait: bool = True) -> None:
        if sub.state == "prepared":
            self._upload(sub)
        if sub.state == "uploaded":
            self._create(sub)
        if sub.state == "submitted" and wait:
            self._wait(sub)
        if sub.state == "ended":
            self._collect(sub)

    # -- submit ----------------------------------------------------------------------------------
    def _pending_docs(self) -> tuple[set[str], set[str]]:
        ids: set[str] = set()
        hashes: set[str] = set()
        for sub in self.state.pending():
            for doc in self._read_docs(sub).values():
                ids.add(str(doc.id))
                hashes.add(text_hash(doc.text))
        return ids, hashes

    def _new_documents(self, need: int) -> list[Any]:
        """Up to `need` documents that are neither in the dataset nor in a submission still open,
        cut to what the remaining budget allows at batch prices."""
        ids, hashes = self._pending_docs()
        self.gen._inflight_hashes |= hashes
        oc = self.gen.cfg.openai
        price = self.gen.price
        budget = None
        if oc.max_cost is not None and price is not None:
            budget = oc.max_cost - self.gen.stats.cost_usd
        from distillery.generate.pricing import cost_usd

        docs: list[Any] = []
        spent = 0.0
        for doc in self.gen._candidates("train"):
            if str(doc.id) in ids:
                continue
            if budget is not None:
                i, o = estimate_request(self.teacher.task.messages(doc.text), doc.text)
                cost = cost_usd(price, i, o, batch=True)
                if spent + cost > budget:
                    break
                spent += cost
            docs.append(doc)
            self.gen._inflight_hashes.add(text_hash(doc.text))
            if len(docs) >= need:
                break
        return docs

    def _prepare(self, docs: list[Any]) -> Submission:
        sub = Submission(key=uuid.uuid4().hex[:16], docs=len(docs), created_at=_now())
        lines = []
        for doc in docs:
            body = self.teacher._request_kwargs(self.teacher.task.messages(doc.text), self.mode)
            lines.append(json.dumps({"custom_id": str(doc.id), "method": "POST", "url": ENDPOINT, "body": body}))
        atomic_write_text(self.dir / sub.docs_file, "".join(_doc_line(d) + "\n" for d in docs))
        atomic_write_text(self.dir / sub.requests_file, "".join(line + "\n" for line in lines))
        self.state.submissions.append(sub)
        self.state.save()  # from here on, a rerun knows these documents are taken
        return sub

    def _upload(self, sub: Submission) -> None:
        with open(self.dir / sub.requests_file, "rb") as fh:
            f = self._call(self.client.files.create, file=(sub.requests_file, fh), purpose="batch")
        sub.input_file_id = f.id
        sub.state = "uploaded"
        self.state.save()

    def _find_created(self, sub: Submission) -> Any | None:
        """A batch created for this submission by a run killed before it saved the batch id."""
        for batch in self._call(self.client.batches.list, limit=100):
            if (batch.metadata or {}).get("distillery_key") == sub.key:
                return batch
        return None

    def _create(self, sub: Submission) -> None:
        batch = self._find_created(sub)
        if batch is None:
            batch = self._call(
                self.client.batches.create,
                input_file_id=sub.input_file_id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata={"distillery_key": sub.key, "distillery_docs": str(sub.docs)},
            )
        sub.batch_id = batch.id
        sub.status = batch.status
        sub.state = "submitted"
        self.state.save()

    # -- collect ---------------------------------------------------------------------------------
    def _wait(self, sub: Submission) -> None:
        from contextlib import nullcontext

        status = err_console.status(f"batch {sub.batch_id}: {sub.status}") if not self.gen.quiet else nullcontext()
        with status as live:
            while True:
                batch = self._call(self.client.batches.retrieve, sub.batch_id)
                if batch.status != sub.status:
                    sub.status = batch.status
                    self.state.save()
                if live is not None:
                    counts = batch.request_counts
                    done = f" {counts.completed + counts.failed:,}/{counts.total:,}" if counts else ""
                    live.update(f"batch {sub.batch_id}: {batch.status}{done} (Ctrl-C leaves it running)")
                if batch.status in TERMINAL:
                    break
                time.sleep(self.poll_s)
        sub.output_file_id = batch.output_file_id
        sub.error_file_id = batch.error_file_id
        if batch.errors and batch.errors.data:
            sub.errors = [f"{e.code}: {e.message}" for e in batch.errors.data][:5]
        sub.state = "ended"
        self.state.save()

    def _download(self, file_id: str | None, name: str) -> list[dict]:
        if not file_id:
            return []
        path = self.dir / name
        if not path.is_file():  # saved before it is judged: a rerun never needs the server's copy
            content = self._call(self.client.files.content, file_id)
            atomic_write_text(path, content.text)
        return [obj for _, obj in read_jsonl_objects(path)]

    def _read_docs(self, sub: Submission) -> dict[str, InputDoc]:
        docs = {}
        path = self.dir / sub.docs_file
        for _, d in read_jsonl_objects(path):
            docs[d["id"]] = InputDoc(d["id"], d["lang"], d["kind"], d["template"], d["text"], keep=d["keep"])
        return docs

    def _collect(self, sub: Submission) -> None:
        from openai.types.chat import ChatCompletion

        docs = self._read_docs(sub)
        results = self._download(sub.output_file_id, sub.output_file)
        results += self._download(sub.error_file_id, sub.error_file)
        answered = set()
        writer = self.gen.writer
        for line in results:
            doc = docs.get(str(line.get("custom_id")))
            if doc is None or writer.has(str(doc.id)):
                continue  # judged by an interrupted earlier collection
            response = line.get("response") or {}
            status = response.get("status_code")
            body = response.get("body") or {}
            out = Labeled(doc, requests=1)
            if status == 200:
                try:
                    completion = ChatCompletion.model_validate(body)
                except ValueError as exc:
                    out.error = f"unreadable batch result: {str(exc).splitlines()[0]}"
                else:
                    est_in, _ = estimate_request(self.teacher.task.messages(doc.text), doc.text)
                    judge(
                        out,
                        doc,
                        completion,
                        self.teacher.task.types,
                        self.teacher.provenance,
                        self.teacher._redact,
                        est_in,
                        self.teacher.cfg.rules_check,
                    )
            else:
                err = (body.get("error") or {}) if isinstance(body, dict) else {}
                message = err.get("message") or (line.get("error") or {}).get("message") or "no response"
                reason = f"HTTP {status}: {self.teacher._redact(str(message))}" if status else str(message)
                if status in DETERMINISTIC_STATUS:
                    from distillery.generate.records import failed_record

                    out.failure = failed_record(doc, reason, self.teacher.provenance, None)
                else:
                    out.error = reason  # transient: the document is free for a later batch
            if out.record is not None or out.failure is not None:
                answered.add(str(doc.id))
            self.gen._handle("train", out, batch=True)
            if out.record is not None:
                sub.accepted += 1
            elif out.failure is not None:
                sub.rejected += 1
        sub.no_result = sum(1 for i in docs if i not in answered and not writer.has(i))
        sub.state = "collected"
        self.state.save()
        for doc in docs.values():
            self.gen._inflight_hashes.discard(text_hash(doc.text))
        if not self.gen.quiet:
            note = f"; {sub.no_result:,} without a result (resubmitted by a later run)" if sub.no_result else ""
            errs = f" ({'; '.join(sub.errors)})" if sub.errors else ""
            err_console.print(
                f"collected batch {sub.batch_id}: {sub.status}{errs}: {sub.accepted:,} accepted, "
                f"{sub.rejected:,} rejected{note}"
            )

    # -- errors ----------------------------------------------------------------------------------
    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """One Batch/Files API call: auth and not-found errors stop the run with one line; the rest
        propagate (the state is saved, a rerun continues)."""
        openai = self.teacher._openai
        try:
            return fn(*args, **kwargs)
        except openai.APIStatusError as exc:
            detail = self.teacher._describe(exc)
            if exc.status_code in (401, 403):
                raise TeacherFatal(f"teacher refused the credentials ({detail}): check OPENAI_API_KEY") from None
            raise TeacherFatal(f"Batch API call failed ({detail}); rerun the same command to continue") from None
        except openai.APIConnectionError as exc:
            raise TeacherFatal(
                f"Batch API unreachable ({self.teacher._describe(exc)}); rerun the same command to continue"
            ) from None


def submissions_summary(directory: Path) -> list[dict[str, Any]]:
    """The ids of every batch of a dataset dir, for metadata.json."""
    path = directory / STATE_FILE
    if not path.is_file():
        return []
    subs = BatchState(directory).submissions
    keys = ("batch_id", "input_file_id", "state", "status", "docs", "accepted", "rejected", "no_result")
    return [{k: getattr(s, k) for k in keys} for s in subs]
