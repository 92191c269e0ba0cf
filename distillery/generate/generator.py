"""One generate run over a dataset dir: eval split from gold first, then the teacher's documents,
inline (synthetic), through worker threads (openai) or the Batch API; resumable by construction.

The rules it applies live in their own modules: sources (documents), budget (cost, giving up,
estimates), teacher_factory, workers, stats and metadata. This class holds one run's state.
"""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import asdict
from pathlib import Path
from typing import Any

from distillery.config import save_resolved_config
from distillery.console import err_console
from distillery.errors import RuntimeFailure, UserError
from distillery.fsutil import sha256_file
from distillery.generate import budget, sources
from distillery.generate.config import GenerateConfig
from distillery.generate.lock import DatasetLock
from distillery.generate.metadata import CONFIG, check_identity, write_metadata
from distillery.generate.records import split_for_id, text_hash
from distillery.generate.report import ProgressView, print_estimate, print_summary
from distillery.generate.stats import RunStats, now
from distillery.generate.teacher_factory import TeacherFactory
from distillery.generate.teachers.base import Labeled, Teacher
from distillery.generate.workers import DaemonPool, in_flight_limit
from distillery.generate.writer import FAILED, DatasetWriter

METADATA_EVERY_S = 5.0


class Generator:
    """One run of the pipeline (construct, then `run()` or `estimate()`)."""

    def __init__(
        self,
        cfg: GenerateConfig,
        output: str | Path,
        *,
        inputs: str | None = None,
        quiet: bool = False,
        corpus: sources.CorpusFn | None = None,
        read_only: bool = False,
    ):
        sources.check_inputs(cfg, inputs)
        self.cfg = cfg
        self.out = Path(output)
        self.inputs = inputs
        self.quiet = quiet
        self._corpus = corpus
        check_identity(cfg, self.out)
        self.stats = RunStats(started_at=now(), run_id=uuid.uuid4().hex[:12])
        self.setup = TeacherFactory(cfg, read_only=read_only)
        self.gold = self.setup.gold
        self.price = self.setup.price
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
    def _stream(self, part: str) -> Any:
        if self._corpus is None:
            self._corpus = sources.default_corpus()
        if part == "eval":
            return sources.corpus_stream(self._corpus, "eval", self.cfg, self.cfg.n_eval)
        if self.inputs is not None:
            return sources.input_stream(self.inputs)
        return sources.corpus_stream(self._corpus, "train", self.cfg, self.cfg.n_train_validation)

    def _candidates(self, part: str) -> Any:
        def known(h: str) -> bool:
            return h in self.writer.hashes or h in self._inflight_hashes

        def duplicate() -> None:
            self.stats.duplicates += 1

        return sources.unseen(self._stream(part), self.writer.has, known if self.cfg.dedup else None, duplicate)

    def _accepted(self, part: str) -> int:
        c = self.writer.counts
        return c["eval"] if part == "eval" else c["train"] + c["validation"]

    def _target(self, part: str) -> int:
        return self.cfg.n_eval if part == "eval" else self.cfg.n_train_validation

    # -- results -----------------------------------------------------------------------------
    def _handle(self, part: str, res: Labeled, batch: bool = False) -> None:
        s = self.stats
        s.count_usage(res, self.price, batch=batch)
        if res.rules is not None and (res.record is not None or res.failure is not None):
            s.count_rules(res.rules)
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
        now_s = time.monotonic()
        if force or now_s - self._last_meta >= METADATA_EVERY_S:
            self.stats.wall_time_s = now_s - t0
            self._write_metadata(diversity=False)
            self._last_meta = now_s

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

    def _fill(
        self, part: str, pool: DaemonPool, inflight: dict[Future, Any], cands: Any, teacher: Teacher, stop: Any
    ) -> str:
        """Submit documents until the pool is full or the part's target is covered. Returns
        "complete" (go on), "max_cost" or "exhausted"."""
        limit = in_flight_limit(teacher, self.cfg.openai.concurrency)
        while len(inflight) < limit and self._accepted(part) + len(inflight) < self._target(part):
            if not budget.within_budget(self.stats, self.cfg.openai, self.price, len(inflight)):
                return "max_cost"
            doc = next(cands, None)
            if doc is None:
                return "exhausted"
            self._inflight_hashes.add(text_hash(doc.text))
            inflight[pool.submit(teacher.label, doc, stop)] = doc
        return "complete"

    def _collect(self, part: str, inflight: dict[Future, Any], consecutive_errors: int) -> int:
        """Handle the answers that arrived (waiting briefly for one). Returns the errors in a row."""
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
        return consecutive_errors

    def _run_pool(self, part: str, teacher: Teacher, view: ProgressView, t0: float) -> str:
        cands = self._candidates(part)
        stop = threading.Event()
        inflight: dict[Future, Any] = {}
        reason = "complete"
        exhausted = False
        consecutive_errors = 0
        pool = DaemonPool(self.cfg.openai.concurrency, "teacher")
        clean = False
        try:
            while True:
                if reason == "complete" and not exhausted:
                    filled = self._fill(part, pool, inflight, cands, teacher, stop)
                    exhausted = filled == "exhausted"
                    reason = "max_cost" if filled == "max_cost" else reason
                if not inflight:
                    break
                consecutive_errors = self._collect(part, inflight, consecutive_errors)
                self._tick(view, t0)
                if reason == "complete":
                    reason = budget.stop_reason(self.stats, self.cfg.openai, consecutive_errors)
                if reason != "complete":
                    stop.set()  # workers drop their retries; in-flight requests finish or time out
            if exhausted and self._accepted(part) < self._target(part) and reason == "complete":
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

    def _run_teacher(self, view: ProgressView, t0: float) -> tuple[str, Any]:
        """The training documents, the way the config asks. Returns (stop reason, batch runner)."""
        self._teacher = self.setup.make()
        if self.cfg.teacher == "openai" and self.cfg.openai.batch:
            from distillery.generate.batch import BatchRunner

            batch = BatchRunner(self, self._teacher)
            return batch.run(), batch
        run = self._run_inline if self.cfg.teacher == "synthetic" else self._run_pool
        return run("train", self._teacher, view, t0), None

    def _effective_config(self) -> GenerateConfig:
        """The config as this run uses it: the teacher's base URL as resolved (also from
        OPENAI_BASE_URL), so that config.yaml says which server made the dataset."""
        if self.cfg.teacher != "openai" or not self.setup.base_url or self.cfg.openai.base_url:
            return self.cfg
        openai_cfg = self.cfg.openai.model_copy(update={"base_url": self.setup.base_url})
        return self.cfg.model_copy(update={"openai": openai_cfg})

    # -- entry points ------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        t0 = time.monotonic()
        self.out.mkdir(parents=True, exist_ok=True)
        save_resolved_config(self._effective_config(), self.out, CONFIG)
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
                reason, batch = self._run_teacher(view, t0)
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
            meta = self._finish(t0)
        self._report_stop(reason, batch)
        return meta

    def _finish(self, t0: float) -> dict[str, Any]:
        """Close the teacher and the files, write the final metadata, release the dir, summarize."""
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
        return meta

    def _report_stop(self, reason: str, batch: Any) -> None:
        """Say why a run stopped short: a failure for what needs the user, a note for the rest."""
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

    def estimate(self) -> dict[str, Any]:
        """What a run would do and cost, without a single request."""
        c = self.writer.counts
        need = max(0, self._target("train") - self._accepted("train"))
        est = budget.estimate(
            self.cfg,
            task=self.setup.task,
            price=self.price,
            model=self.setup.model_name,
            candidates=self._candidates("train") if need else iter(()),
            existing=c["train"] + c["validation"] + c["eval"],
            eval_docs=max(0, self._target("eval") - self._accepted("eval")),
            need=need,
        )
        if not self.quiet:
            print_estimate(est)
        return est

    def _write_metadata(self, diversity: bool) -> dict[str, Any]:
        inputs = {"path": str(self.inputs), "sha256": self._inputs_sha} if self.inputs is not None else None
        return write_metadata(
            self.out,
            self.cfg,
            self.setup,
            self.stats,
            self.writer.counts,
            teacher=self._teacher,
            inputs=inputs,
            with_diversity=diversity,
        )
