"""The `generate` job: documents -> teacher -> validated records -> train/validation/eval JSONL.

Resumable by construction: document ids are stable (same seed, same stream), every record is
flushed as it is written, and a rerun skips every id already present in a split file or in
failed.jsonl. The eval split never goes through a paid teacher: it is gold by construction from
held-out templates, so it is free, identical across teachers, and not biased by rejected answers.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml

from distillery import __version__
from distillery.config import save_resolved_config
from distillery.console import err_console
from distillery.errors import RuntimeFailure, UserError
from distillery.fsutil import atomic_write_text, sha256_file
from distillery.generate.config import DATASET_IDENTITY, GenerateConfig
from distillery.generate.lock import DatasetLock
from distillery.generate.pricing import cacheable_tokens, cost_usd, estimate_tokens, price_for
from distillery.generate.records import InputDoc, split_for_id, text_hash
from distillery.generate.report import ProgressView, print_estimate, print_summary
from distillery.generate.teachers.base import Labeled, Teacher
from distillery.generate.teachers.synthetic import SyntheticTeacher
from distillery.generate.writer import FAILED, DatasetWriter, read_records

CorpusFn = Callable[..., Iterator[Any]]
METADATA = "metadata.json"
CONFIG = "config.yaml"
METADATA_EVERY_S = 5.0
# Judge the rejection rate only after this many answers, so one bad start does not abort a run.
MIN_ANSWERS_FOR_ABORT = 20


@dataclass
class RunStats:
    accepted: int = 0
    failed: int = 0
    errors: int = 0
    duplicates: int = 0
    requests: int = 0
    retries: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cached_input_tokens: int = 0
    usage_estimated: bool = False
    cost_usd: float = 0.0
    wall_time_s: float = 0.0
    stopped: str = "running"
    last_error: str | None = None
    started_at: str = ""
    run_id: str = ""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _public_url(url: str | None) -> str | None:
    """A base URL without user:password@ (never saved)."""
    if not url:
        return url
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _corpus_stream(corpus: CorpusFn, split: str, cfg: GenerateConfig, hint: int) -> Iterator[Any]:
    """The corpus's documents for `split`, endlessly, in chunks. Document i depends only on (seed,
    split, langs, i), so chunk k+1 continues chunk k exactly and rejected or duplicate documents are
    replaced by later ones. `corpus(end, start=s)` yields documents s .. end-1."""
    start = 0
    chunk = max(64, hint)
    while True:
        n = 0
        for doc in corpus(start + chunk, seed=cfg.seed, split=split, langs=tuple(cfg.langs), start=start):
            n += 1
            yield doc
        if n == 0:
            return
        start += n
        chunk = max(64, chunk // 4)


def _input_stream(path: str) -> Iterator[InputDoc]:
    from distillery.documents import iter_documents
    from distillery.pii.lang import guess_lang

    for doc in iter_documents(input_path=path, lines=True):
        doc_id = str(doc.id) if doc.id is not None else f"input-{text_hash(doc.text)[:16]}"
        yield InputDoc(id=doc_id, lang=guess_lang(doc.text), kind="input", template="input", text=doc.text)


def _check_identity(cfg: GenerateConfig, out: Path) -> None:
    """Refuse to resume into a directory generated with settings that pick other examples."""
    path = out / CONFIG
    if not path.is_file():
        return
    try:
        old = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return
    new = cfg.model_dump(mode="json")
    for key in DATASET_IDENTITY:
        if key in old and old[key] != new[key]:
            raise UserError(
                f"{out} holds a dataset made with {key}={old[key]!r}, not {new[key]!r}: "
                "use another --output, or the same settings to resume it"
            )


class DaemonPool:
    """A minimal thread pool of daemon threads. Unlike ThreadPoolExecutor, whose threads are joined
    at exit, Ctrl-C does not wait for requests in flight to reach their timeout."""

    def __init__(self, workers: int, name: str):
        self._q: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(workers)]
        for t in self._threads:
            t.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        fut: Future = Future()
        self._q.put((fut, fn, args))
        return fut

    def _work(self) -> None:
        while (item := self._q.get()) is not None:
            fut, fn, args = item
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn(*args))
            except BaseException as exc:  # handed to the main thread by fut.result()
                fut.set_exception(exc)

    def shutdown(self, wait: bool) -> None:
        for _ in self._threads:
            self._q.put(None)
        if wait:
            for t in self._threads:
                t.join()


class Generator:
    """One run of the pipeline (construct, then `run()` or `estimate()`)."""

    def __init__(
        self,
        cfg: GenerateConfig,
        output: str | Path,
        *,
        inputs: str | None = None,
        quiet: bool = False,
        corpus: CorpusFn | None = None,
        read_only: bool = False,
    ):
        if inputs is not None and cfg.teacher == "synthetic":
            raise UserError("--inputs needs --teacher openai: the synthetic teacher only labels generated documents")
        if inputs is not None and not Path(inputs).is_file():
            raise UserError(f"--inputs file not found: {inputs}")
        self.cfg = cfg
        self.out = Path(output)
        self.inputs = inputs
        self.quiet = quiet
        self._corpus = corpus
        _check_identity(cfg, self.out)
        self.stats = RunStats(started_at=_now(), run_id=uuid.uuid4().hex[:12])
        self.gold = SyntheticTeacher()
        self.task = None
        self.price = None
        self.base_url = None
        self._api_key: str | None = None  # held here only, never logged or saved
        if cfg.teacher == "openai":
            from distillery.generate.prompts import load_prompt_task
            from distillery.settings import get_settings

            self.task = load_prompt_task(cfg.openai.prompts)
            self.price = price_for(cfg.openai.model, cfg.openai.prices)
            self.base_url = cfg.openai.base_url or get_settings().openai_base_url
            if cfg.openai.max_cost is not None and self.price is None:
                raise UserError(
                    f"--max-cost needs a price for model {cfg.openai.model!r}: add it under openai.prices in the config"
                )
            key = get_settings().openai_api_key
            self._api_key = key.get_secret_value() if key else None
            if not self._api_key and self.base_url is None and not read_only:
                raise UserError("the openai teacher needs OPENAI_API_KEY (environment or .env), or --base-url")
        self._inflight_hashes: set[str] = set()
        self._last_meta = 0.0
        self._teacher: Teacher | None = None
        self._inputs_sha = sha256_file(inputs) if inputs is not None else None
        # One writer per dataset dir: the lock is taken before the files are even read (a resume
        # cuts torn last lines, which must never happen under another run's feet).
        self.lock: DatasetLock | None = None
        if not read_only:
            self.lock = DatasetLock(self.out).acquire()
            if self.lock.stale and not quiet:
                err_console.print(
                    f"[yellow]note[/yellow] took over the lock of pid {self.lock.stale.get('pid')} (no longer running)"
                )
        try:
            self.writer = DatasetWriter(self.out, read_only=read_only)
        except BaseException:
            self.close()
            raise
        if self.writer.repaired and not quiet:
            err_console.print(f"[yellow]note[/yellow] cut a torn last line in {', '.join(self.writer.repaired)}")

    def close(self) -> None:
        """Release the dataset dir (run() does it; a Generator that is never run must call it)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- documents ---------------------------------------------------------------------------
    def corpus(self) -> CorpusFn:
        if self._corpus is None:
            from distillery.corpus import generate_documents

            self._corpus = generate_documents
        return self._corpus

    def _stream(self, part: str) -> Iterator[Any]:
        if part == "eval":
            return _corpus_stream(self.corpus(), "eval", self.cfg, self.cfg.n_eval)
        if self.inputs is not None:
            return _input_stream(self.inputs)
        return _corpus_stream(self.corpus(), "train", self.cfg, self.cfg.n_train_validation)

    def _candidates(self, part: str) -> Iterator[Any]:
        """Documents not yet in the dataset (by id) and not duplicates of one (by normalized text)."""
        for doc in self._stream(part):
            if self.writer.has(str(doc.id)):
                continue
            if self.cfg.dedup:
                h = text_hash(doc.text)
                if h in self.writer.hashes or h in self._inflight_hashes:
                    self.stats.duplicates += 1
                    continue
            yield doc

    def _accepted(self, part: str) -> int:
        c = self.writer.counts
        return c["eval"] if part == "eval" else c["train"] + c["validation"]

    def _target(self, part: str) -> int:
        return self.cfg.n_eval if part == "eval" else self.cfg.n_train_validation

    # -- teacher -----------------------------------------------------------------------------
    def _make_teacher(self) -> Teacher:
        if self.cfg.teacher == "synthetic":
            return self.gold
        from distillery.generate.ratelimit import RateLimiter
        from distillery.generate.teachers.openai_teacher import OpenAITeacher

        oc = self.cfg.openai
        secret = self._api_key or "EMPTY"  # local servers (vLLM, llama.cpp, Ollama) accept any key
        limiter = RateLimiter(oc.rpm, oc.tpm)
        return OpenAITeacher(oc, self.task, api_key=secret, base_url=self.base_url, limiter=limiter)

    def _model_name(self) -> str:
        return self.cfg.openai.model if self.cfg.teacher == "openai" else self.gold.model

    # -- results -----------------------------------------------------------------------------
    def _handle(self, part: str, res: Labeled, batch: bool = False) -> None:
        s = self.stats
        s.requests += res.requests
        s.retries += res.retries
        s.input_tokens += res.usage.input_tokens
        s.output_tokens += res.usage.output_tokens
        s.cached_input_tokens += res.usage.cached_input_tokens
        s.usage_estimated = s.usage_estimated or res.usage.estimated
        if self.price is not None:
            u = res.usage
            s.cost_usd += cost_usd(self.price, u.input_tokens, u.output_tokens, u.cached_input_tokens, batch=batch)
        if res.record is not None:
            split = "eval" if part == "eval" else split_for_id(str(res.record.id), self.cfg.validation_share)
            self.writer.write(split, res.record)
            s.accepted += 1
        elif res.failure is not None:
            self.writer.write(FAILED, res.failure)
            s.failed += 1
        elif res.error is not None and res.error != "stopped":
            s.errors += 1
            s.last_error = res.error

    def _tick(self, view: ProgressView, t0: float, force: bool = False) -> None:
        c = self.writer.counts
        done = c["train"] + c["validation"] + c["eval"]
        view.update(done, c[FAILED], self.stats.input_tokens + self.stats.output_tokens, self.stats.cost_usd)
        now = time.monotonic()
        if force or now - self._last_meta >= METADATA_EVERY_S:
            self.stats.wall_time_s = now - t0
            self._write_metadata(diversity=False)
            self._last_meta = now

    # -- the two ways of running a part ------------------------------------------------------
    def _run_inline(self, part: str, teacher: Teacher, view: ProgressView, t0: float) -> str:
        target = self._target(part)
        cands = self._candidates(part)
        stop = threading.Event()
        while self._accepted(part) < target:
            doc = next(cands, None)
            if doc is None:
                return "inputs_exhausted"
            self._handle(part, teacher.label(doc, stop))
            self._tick(view, t0)
        return "complete"

    def _run_pool(self, part: str, teacher: Teacher, view: ProgressView, t0: float) -> str:
        oc = self.cfg.openai
        target = self._target(part)
        cands = self._candidates(part)
        stop = threading.Event()
        inflight: dict[Future, Any] = {}
        reason = "complete"
        exhausted = False
        consecutive_errors = 0
        pool = DaemonPool(oc.concurrency, "teacher")
        clean = False
        try:
            while True:
                # Until the server has accepted one structured-output mode, one request at a time:
                # the first answer (or refusal) decides the mode for the whole run.
                limit = (
                    oc.concurrency
                    if getattr(teacher, "mode_decided", None) is None or teacher.mode_decided.is_set()
                    else 1
                )
                while (
                    reason == "complete"
                    and not exhausted
                    and len(inflight) < limit
                    and self._accepted(part) + len(inflight) < target
                ):
                    if not self._within_budget(len(inflight)):
                        reason = "max_cost"
                        break
                    doc = next(cands, None)
                    if doc is None:
                        exhausted = True
                        break
                    self._inflight_hashes.add(text_hash(doc.text))
                    inflight[pool.submit(teacher.label, doc, stop)] = doc
                if not inflight:
                    break
                done, _ = wait(list(inflight), timeout=0.25, return_when=FIRST_COMPLETED)
                for fut in done:
                    doc = inflight.pop(fut)
                    self._inflight_hashes.discard(text_hash(doc.text))
                    res = fut.result()  # TeacherFatal propagates: bad key, unknown model
                    self._handle(part, res)
                    if res.error and res.error != "stopped":
                        consecutive_errors += 1
                    elif res.record or res.failure:
                        consecutive_errors = 0
                self._tick(view, t0)
                if reason == "complete":
                    reason = self._should_stop(consecutive_errors)
                if reason != "complete":
                    stop.set()  # workers drop their retries; in-flight requests finish or time out
            if exhausted and self._accepted(part) < target and reason == "complete":
                reason = "inputs_exhausted"
            clean = True
            return reason
        except BaseException:
            # Ctrl-C or a fatal teacher error: drop queued work and close the HTTP client so that
            # requests in flight fail now instead of running to their timeout.
            stop.set()
            for fut in inflight:
                fut.cancel()
            teacher.close()
            raise
        finally:
            pool.shutdown(wait=clean)

    def _within_budget(self, n_inflight: int) -> bool:
        max_cost = self.cfg.openai.max_cost
        if max_cost is None or self.price is None:
            return True
        s = self.stats
        judged = s.accepted + s.failed
        # Before the first answer, a guess (1000 tokens in, 500 out); afterwards, the real mean.
        per_doc = s.cost_usd / judged if judged else cost_usd(self.price, 1000, 500)
        return s.cost_usd + per_doc * (n_inflight + 1) <= max_cost

    def _should_stop(self, consecutive_errors: int) -> str:
        s = self.stats
        oc = self.cfg.openai
        if oc.max_cost is not None and s.cost_usd >= oc.max_cost:
            return "max_cost"
        if consecutive_errors >= max(3, oc.concurrency):
            return "teacher_unreachable"
        judged = s.accepted + s.failed
        if judged >= MIN_ANSWERS_FOR_ABORT and s.failed / judged >= oc.max_failure_share:
            return "too_many_rejections"
        return "complete"

    # -- entry points ------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        t0 = time.monotonic()
        self.out.mkdir(parents=True, exist_ok=True)
        save_resolved_config(self.cfg, self.out, CONFIG)
        self.writer.touch_all()  # the layout is the same whether or not a split got records yet
        c = self.writer.counts
        existing = c["train"] + c["validation"] + c["eval"]
        show_cost = self.cfg.teacher == "openai"
        reason = "complete"
        batch = None
        try:
            with ProgressView(self.cfg.num_samples, existing, quiet=self.quiet, show_cost=show_cost) as view:
                # eval first: gold labels, free, and it claims its texts before train can (dedup).
                self._run_inline("eval", self.gold, view, t0)
                self._teacher = self._make_teacher()
                if self.cfg.teacher == "openai" and self.cfg.openai.batch:
                    from distillery.generate.batch import BatchRunner

                    batch = BatchRunner(self, self._teacher)
                    reason = batch.run()
                else:
                    run = self._run_inline if self.cfg.teacher == "synthetic" else self._run_pool
                    reason = run("train", self._teacher, view, t0)
                self.stats.stopped = reason
                self._tick(view, t0, force=True)
        except KeyboardInterrupt:
            self.stats.stopped = "interrupted"
            raise
        except UserError:
            self.stats.stopped = "error: UserError"
            self.quiet = True  # the one-line error says it all; no summary table
            raise
        except BaseException as exc:
            self.stats.stopped = f"error: {type(exc).__name__}"
            raise
        finally:
            if self._teacher is not None:
                self._teacher.close()
            self.stats.wall_time_s = time.monotonic() - t0
            self.writer.close()
            try:
                meta = self._write_metadata(diversity=self.stats.stopped not in ("interrupted",))
            finally:
                self.close()
            if not self.quiet and self.stats.stopped != "batch_submitted":
                print_summary(meta, asdict(self.stats), str(self.out))
        if reason == "batch_submitted" and not self.quiet:
            sub = batch.submitted
            err_console.print(
                f"submitted batch {sub.batch_id} ({sub.docs:,} documents, ids in {self.out / 'batch.json'}); "
                "rerun the same command to collect"
            )
        if reason == "batch_failed":
            raise RuntimeFailure(batch.failure)
        if reason == "teacher_unreachable":
            raise RuntimeFailure(
                f"teacher unreachable, stopped ({self.stats.last_error}); rerun the same command to resume"
            )
        if reason == "too_many_rejections":
            raise RuntimeFailure(
                f"the teacher's answers are mostly rejected ({self.stats.failed} of "
                f"{self.stats.accepted + self.stats.failed}): see {self.out / 'failed.jsonl'} for the reasons"
            )
        if reason == "max_cost" and not self.quiet:
            err_console.print(
                f"[yellow]budget reached[/yellow]: ${self.stats.cost_usd:.4f} of ${self.cfg.openai.max_cost:.4f}; "
                "rerun with a higher --max-cost to continue"
            )
        if reason == "inputs_exhausted" and not self.quiet:
            err_console.print("[yellow]note[/yellow] ran out of input documents before --num-samples was reached")
        return meta

    def estimate(self) -> dict[str, Any]:
        """What a run would do and cost, without a single request."""
        c = self.writer.counts
        existing = c["train"] + c["validation"] + c["eval"]
        eval_docs = max(0, self._target("eval") - self._accepted("eval"))
        need = max(0, self._target("train") - self._accepted("train"))
        teacher_docs = 0
        tok_in = tok_out = cached = 0
        if need:
            from distillery.generate.records import ideal_answer
            from distillery.generate.teachers.openai_teacher import estimate_request

            # The static prefix (system + few-shot) is cached by the provider after the first request.
            prefix = (
                cacheable_tokens(sum(estimate_tokens(len(m["content"])) + 4 for m in self.task.static_messages()))
                if self.task
                else 0
            )
            for doc in self._candidates("train"):
                teacher_docs += 1
                if self.task is not None:
                    # Corpus documents: the size of a perfect answer (their gold); the user's own: a share.
                    answer = ideal_answer(doc.text, doc.pii) if doc.kind != "input" else None
                    i, o = estimate_request(self.task.messages(doc.text), doc.text, answer)
                    tok_in += i
                    tok_out += o
                    cached += prefix if teacher_docs > 1 else 0
                else:
                    tok_in += estimate_tokens(len(doc.text))
                if teacher_docs >= need:
                    break
        oc = self.cfg.openai
        batch = bool(oc.batch)
        cost = cost_usd(self.price, tok_in, tok_out, 0 if batch else cached, batch=batch) if self.price else 0.0
        minutes = 0.0
        if oc.rpm:
            minutes = max(minutes, teacher_docs / oc.rpm)
        if oc.tpm:
            minutes = max(minutes, (tok_in + tok_out) / oc.tpm)
        est = {
            "teacher": self.cfg.teacher,
            "model": self._model_name(),
            "existing": existing,
            "eval_docs": eval_docs,
            "teacher_docs": teacher_docs,
            "input_tokens": tok_in,
            "cached_input_tokens": 0 if batch else cached,
            "output_tokens": tok_out,
            "batch": batch,
            "price": self.price.model_dump() if self.price else None,
            "cost_usd": round(cost, 6),
            "min_minutes": minutes,
        }
        if not self.quiet:
            print_estimate(est)
        return est

    # -- metadata ----------------------------------------------------------------------------
    def _structured_output(self, previous: dict[str, Any]) -> str | None:
        """The response_format mode the server accepted (decided once per run, see OpenAITeacher)."""
        teacher = self._teacher
        decided = getattr(teacher, "mode_decided", None)
        if decided is not None and decided.is_set():
            return teacher.mode
        return previous.get("structured_output")

    def _diversity(self) -> dict[str, Any] | None:
        try:
            from distillery.corpus import SourceDoc, diversity_report
        except ImportError:
            return None

        def docs(names: tuple[str, ...]) -> list[Any]:
            out = []
            for name in names:
                for r in read_records(self.out / f"{name}.jsonl"):
                    out.append(
                        SourceDoc(
                            id=r["id"],
                            lang=r["lang"],
                            kind=r["kind"],
                            template=r["template"],
                            text=r["text"],
                            pii=r["pii"],
                            keep=r.get("keep", []),
                        )
                    )
            return out

        return {
            "train_validation": diversity_report(docs(("train", "validation"))),
            "eval": diversity_report(docs(("eval",))),
        }

    def _write_metadata(self, diversity: bool) -> dict[str, Any]:
        path = self.out / METADATA
        previous: dict[str, Any] = {}
        if path.is_file():
            try:
                previous = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                previous = {}
        runs = [r for r in previous.get("runs", []) if r.get("run_id") != self.stats.run_id]
        runs.append(asdict(self.stats))
        c = dict(self.writer.counts)
        meta: dict[str, Any] = {
            "distillery_version": __version__,
            "teacher": self.cfg.teacher,
            "teacher_model": self._model_name(),
            "base_url": _public_url(self.base_url) if self.cfg.teacher == "openai" else None,
            "prompt_version": self.task.version if self.task else None,
            "structured_output": self._structured_output(previous),
            "seed": self.cfg.seed,
            "langs": self.cfg.langs,
            "num_samples": self.cfg.num_samples,
            "inputs": None,
            "counts": c,
            "tokens": {
                "input": sum(r["input_tokens"] for r in runs),
                "output": sum(r["output_tokens"] for r in runs),
                "cached_input": sum(r.get("cached_input_tokens", 0) for r in runs),
                "estimated": any(r["usage_estimated"] for r in runs),
            },
            "cost_usd": round(sum(r["cost_usd"] for r in runs), 6),
            "price_per_1m": self.price.model_dump() if self.price else None,
            "wall_time_s": round(sum(r["wall_time_s"] for r in runs), 3),
            "created_at": previous.get("created_at", self.stats.started_at),
            "updated_at": _now(),
            "runs": runs,
            "diversity": previous.get("diversity"),
        }
        if self.cfg.teacher == "openai" and self.cfg.openai.batch:
            from distillery.generate.batch import submissions_summary

            meta["batches"] = submissions_summary(self.out)
        if self.inputs is not None:
            meta["inputs"] = {"path": str(self.inputs), "sha256": self._inputs_sha}
        if diversity:
            meta["diversity"] = self._diversity()
        atomic_write_text(path, json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
        return meta


def run_generate(
    cfg: GenerateConfig,
    output: str | Path,
    *,
    inputs: str | None = None,
    dry_run: bool = False,
    quiet: bool = False,
    corpus: CorpusFn | None = None,
) -> dict[str, Any]:
    """Build (or resume) the dataset in `output`; with `dry_run`, only estimate. Returns metadata/estimate."""
    gen = Generator(cfg, output, inputs=inputs, quiet=quiet, corpus=corpus, read_only=dry_run)
    return gen.estimate() if dry_run else gen.run()
