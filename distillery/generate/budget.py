"""generate's money and patience rules: the --max-cost budget, when a run gives up, and what a run
would cost before it sends a single request (--dry-run)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from distillery.generate.config import GenerateConfig, ModelPrice, OpenAITeacherConfig
from distillery.generate.pricing import cacheable_tokens, cost_usd, estimate_tokens
from distillery.generate.stats import RunStats

# Judge the rejection rate only after this many answers, so one bad start does not abort a run.
MIN_ANSWERS_FOR_ABORT = 20


def within_budget(stats: RunStats, oc: OpenAITeacherConfig, price: ModelPrice | None, n_inflight: int) -> bool:
    """Whether one more request fits under --max-cost, counting those in flight at the mean cost."""
    if oc.max_cost is None or price is None:
        return True
    judged = stats.accepted + stats.failed
    # Before the first answer, a guess (1000 tokens in, 500 out); afterwards, the real mean.
    per_doc = stats.cost_usd / judged if judged else cost_usd(price, 1000, 500)
    return stats.cost_usd + per_doc * (n_inflight + 1) <= oc.max_cost


def stop_reason(stats: RunStats, oc: OpenAITeacherConfig, consecutive_errors: int) -> str:
    """ "complete" while the run may go on; else why it must stop."""
    if oc.max_cost is not None and stats.cost_usd >= oc.max_cost:
        return "max_cost"
    if consecutive_errors >= max(3, oc.concurrency):
        return "teacher_unreachable"
    judged = stats.accepted + stats.failed
    if judged >= MIN_ANSWERS_FOR_ABORT and stats.failed / judged >= oc.max_failure_share:
        return "too_many_rejections"
    return "complete"


def estimate(
    cfg: GenerateConfig,
    *,
    task: Any,
    price: ModelPrice | None,
    model: str,
    candidates: Iterator[Any],
    existing: int,
    eval_docs: int,
    need: int,
) -> dict[str, Any]:
    """Documents, tokens, dollars and minutes (under the rate limits) of the `need` teacher
    documents still missing, from the `candidates` the run would send."""
    teacher_docs = 0
    tok_in = tok_out = cached = 0
    if need:
        from distillery.generate.records import ideal_answer
        from distillery.generate.teachers.openai_teacher import estimate_request

        # The static prefix (system + few-shot) is cached by the provider after the first request.
        prefix = (
            cacheable_tokens(sum(estimate_tokens(len(m["content"])) + 4 for m in task.static_messages())) if task else 0
        )
        for doc in candidates:
            teacher_docs += 1
            if task is not None:
                # Corpus documents: the size of a perfect answer (their gold); the user's own: a share.
                answer = ideal_answer(doc.text, doc.pii) if doc.kind != "input" else None
                i, o = estimate_request(task.messages(doc.text), doc.text, answer)
                tok_in += i
                tok_out += o
                cached += prefix if teacher_docs > 1 else 0
            else:
                tok_in += estimate_tokens(len(doc.text))
            if teacher_docs >= need:
                break
    oc = cfg.openai
    batch = bool(oc.batch)
    cost = cost_usd(price, tok_in, tok_out, 0 if batch else cached, batch=batch) if price else 0.0
    minutes = 0.0
    if oc.rpm:
        minutes = max(minutes, teacher_docs / oc.rpm)
    if oc.tpm:
        minutes = max(minutes, (tok_in + tok_out) / oc.tpm)
    return {
        "teacher": cfg.teacher,
        "model": model,
        "existing": existing,
        "eval_docs": eval_docs,
        "teacher_docs": teacher_docs,
        "input_tokens": tok_in,
        "cached_input_tokens": 0 if batch else cached,
        "output_tokens": tok_out,
        "batch": batch,
        "price": price.model_dump() if price else None,
        "cost_usd": round(cost, 6),
        "min_minutes": minutes,
    }
