"""The OpenAI-compatible teacher: official `openai` SDK, structured output, our own retries.

Works with OpenAI, Azure OpenAI (v1 endpoint), vLLM, llama.cpp server and Ollama: anything that
speaks /v1/chat/completions. The SDK's own retries are off (max_retries=0) so that every retry is
ours: counted, jittered, honouring Retry-After, and interruptible when the run stops.
"""

from __future__ import annotations

import email.utils
import json
import random
import re
import threading
import time
from typing import Any

from distillery.generate.config import OpenAITeacherConfig
from distillery.generate.pricing import estimate_tokens
from distillery.generate.prompts import PromptTask
from distillery.generate.ratelimit import RateLimiter, parse_duration
from distillery.generate.records import (
    Provenance,
    Rejected,
    RulesCheck,
    build_record,
    check_with_rules,
    failed_record,
    validate_answer,
)
from distillery.generate.teachers.base import Labeled, TeacherFatal, Usage

# Structured-output modes from best to most basic; a server that rejects one gets the next.
MODES = ("json_schema", "json_object", "text")
RETRYABLE_STATUS = {408, 409, 429}
MAX_RETRY_AFTER = 600.0
# An error that names these is the server refusing our structured-output request, whatever its status
# (llama.cpp's server answers json_schema with HTTP 500 "Input should be 'text' or 'json_object'").
_FORMAT_ERROR = re.compile(r"response_format|json_schema|json_object|guided_json|grammar", re.IGNORECASE)
# An error that says the request itself is invalid: sending it again gives the same answer.
_VALIDATION_ERROR = re.compile(
    r"input should be|validation error|extra inputs are not permitted|extra_forbidden|not supported|unsupported"
    r"|unrecognized|unknown (field|parameter|argument)|invalid (value|type|request|parameter|argument)"
    r"|is not allowed|context length|maximum context",
    re.IGNORECASE,
)
DETERMINISTIC_STATUS = {400, 405, 413, 415, 422}


def estimate_request(messages: list[dict[str, str]], text: str, answer: str | None = None) -> tuple[int, int]:
    """(prompt tokens, completion tokens) before sending: ~4 chars/token, plus message overhead.
    The answer is the span list: `answer` when the gold is known (the corpus), else a share of the
    document measured on the corpus (ANSWER_CHARS_PER_DOC_CHAR)."""
    prompt = sum(estimate_tokens(len(m["content"])) + 4 for m in messages)
    chars = len(answer) if answer is not None else int(len(text) * ANSWER_CHARS_PER_DOC_CHAR) + 16
    return prompt, estimate_tokens(chars) + 2


# Characters of a span-list answer per character of document: 0.45 on 2,000 corpus documents (seed 42,
# PII-dense), so a safe side for ordinary documents.
ANSWER_CHARS_PER_DOC_CHAR = 0.45


def _error_text(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    parts = [str(getattr(exc, "message", "") or ""), str(exc)]
    if body is not None:
        parts.append(json.dumps(body, default=str))
    return " ".join(parts)


def retry_after_seconds(headers: Any) -> float | None:
    """Retry-After / retry-after-ms (seconds or an HTTP date), as OpenAI and most proxies send it."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class OpenAITeacher:
    name = "openai"

    def __init__(
        self,
        cfg: OpenAITeacherConfig,
        task: PromptTask,
        *,
        api_key: str,
        base_url: str | None,
        limiter: RateLimiter,
        rng: random.Random | None = None,
    ):
        import openai  # heavy: imported only when this teacher is used

        self._openai = openai
        self.cfg = cfg
        self.task = task
        self.model = cfg.model
        self.limiter = limiter
        self._secret = api_key
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._closed = False
        self.client = openai.OpenAI(api_key=api_key, base_url=base_url, max_retries=0, timeout=cfg.timeout)
        # The structured-output mode, decided once per run: forced by the config, or (auto) by the
        # first answer the server accepts. Until a first answer confirms it, the pipeline sends one
        # request at a time (the probe), so a refusal costs one request, not `concurrency` of them.
        self.mode = MODES[0] if cfg.response_format == "auto" else cfg.response_format
        self.mode_decided = threading.Event()
        self.provenance = Provenance(self.name, cfg.model, task.version)
        host = (base_url or "https://api.openai.com/v1").lower()
        field = cfg.max_tokens_field
        if field == "auto":
            field = "max_completion_tokens" if ("openai.com" in host or "azure" in host) else "max_tokens"
        self._max_tokens_field = field

    # -- helpers -------------------------------------------------------------------------------
    def _redact(self, message: str) -> str:
        """Error texts end up in failed.jsonl and on screen: never with the key in them."""
        if self._secret and len(self._secret) >= 4:
            message = message.replace(self._secret, "***")
        return " ".join(message.split())[:300] if message else message

    def _describe(self, exc: Exception) -> str:
        status = getattr(exc, "status_code", None)
        kind = type(exc).__name__
        detail = self._redact(getattr(exc, "message", None) or str(exc))
        return f"HTTP {status} {kind}: {detail}" if status else f"{kind}: {detail}"

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter (half fixed, half random) so workers do not retry in lockstep."""
        cap = min(self.cfg.backoff_max, self.cfg.backoff_base * (2**attempt))
        return cap / 2 + self._rng.uniform(0, cap / 2)

    def _request_kwargs(self, messages: list[dict[str, str]], mode: str) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": self.cfg.model, "messages": messages}
        kwargs[self._max_tokens_field] = self.cfg.max_output_tokens
        if self.cfg.temperature is not None:
            kwargs["temperature"] = self.cfg.temperature
        fmt = self.task.response_format(mode)
        if fmt is not None:
            kwargs["response_format"] = fmt
        return kwargs

    def _remember_mode(self, mode: str) -> None:
        """The server answered a request in `mode`: that is the mode for the rest of the run."""
        with self._lock:
            if MODES.index(mode) > MODES.index(self.mode):
                self.mode = mode
        self.mode_decided.set()

    def _next_mode(self, mode: str) -> str:
        """The server refused `mode`: the next one, for this request and every later one."""
        nxt = MODES[MODES.index(mode) + 1]
        with self._lock:
            if MODES.index(nxt) > MODES.index(self.mode):
                self.mode = nxt
            if self.mode == MODES[-1]:
                self.mode_decided.set()  # plain text needs no server support
            return self.mode

    def _throttle_from_headers(self, headers: Any) -> None:
        """OpenAI says how much quota is left; when it is none, everybody waits for the reset."""
        for kind in ("requests", "tokens"):
            if headers.get(f"x-ratelimit-remaining-{kind}") == "0":
                reset = parse_duration(headers.get(f"x-ratelimit-reset-{kind}"))
                if reset:
                    self.limiter.pause(min(reset, MAX_RETRY_AFTER))

    # -- the work ------------------------------------------------------------------------------
    def label(self, doc: Any, stop: threading.Event) -> Labeled:
        openai = self._openai
        out = Labeled(doc)
        messages = self.task.messages(doc.text)
        est_in, est_out = estimate_request(messages, doc.text)
        mode = self.mode
        attempt = 0
        while True:
            if stop.is_set() or not self.limiter.acquire(est_in + est_out, stop):
                out.error = "stopped"
                return out
            out.requests += 1
            try:
                raw = self.client.chat.completions.with_raw_response.create(**self._request_kwargs(messages, mode))
                completion = raw.parse()
            except openai.APIStatusError as exc:
                self.limiter.settle(est_in + est_out, 0)
                status = exc.status_code
                text = _error_text(exc)
                if status in (401, 403):
                    raise TeacherFatal(
                        f"teacher refused the credentials ({self._describe(exc)}): check OPENAI_API_KEY"
                    ) from None
                if status == 404:
                    raise TeacherFatal(f"teacher endpoint or model not found ({self._describe(exc)})") from None
                if mode != MODES[-1] and status != 429 and _FORMAT_ERROR.search(text):
                    if self.cfg.response_format != "auto":
                        raise TeacherFatal(
                            f"the teacher rejects response_format {mode} ({self._describe(exc)}): "
                            "use --response-format auto, or a mode it supports"
                        ) from None
                    mode = self._next_mode(mode)  # not a retry: another request
                    continue
                if status in DETERMINISTIC_STATUS or _VALIDATION_ERROR.search(text):
                    # Invalid as sent: retrying sends the same invalid request. The document fails.
                    out.failure = failed_record(doc, self._describe(exc), self.provenance, None)
                    return out
                if status in RETRYABLE_STATUS or status >= 500:
                    retry_after = retry_after_seconds(exc.response.headers)
                    if status == 429 and retry_after:
                        self.limiter.pause(min(retry_after, MAX_RETRY_AFTER))
                    if not self._wait_retry(out, attempt, retry_after, stop, exc):
                        return out
                    attempt += 1
                    continue
                out.failure = failed_record(doc, self._describe(exc), self.provenance, None)
                return out
            except openai.APIConnectionError as exc:  # includes APITimeoutError
                self.limiter.settle(est_in + est_out, 0)
                if not self._wait_retry(out, attempt, None, stop, exc):
                    return out
                attempt += 1
                continue
            self._remember_mode(mode)
            self._throttle_from_headers(raw.headers)
            return self._judge(out, doc, completion, est_in, est_out)

    def _wait_retry(
        self, out: Labeled, attempt: int, retry_after: float | None, stop: threading.Event, exc: Exception
    ) -> bool:
        if attempt >= self.cfg.max_retries:
            out.error = f"gave up after {attempt} retries: {self._describe(exc)}"
            return False
        delay = self._backoff(attempt)
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
        out.retries += 1
        if stop.wait(delay):
            out.error = "stopped"
            return False
        return True

    def _judge(self, out: Labeled, doc: Any, completion: Any, est_in: int, est_out: int) -> Labeled:
        self.limiter.settle(est_in + est_out, 0)
        judge(out, doc, completion, self.task.types, self.provenance, self._redact, est_in, self.cfg.rules_check)
        self.limiter.settle(0, out.usage.input_tokens + out.usage.output_tokens)
        return out

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.client.close()


def usage_of(completion: Any, est_in: int, content: str) -> Usage:
    """Tokens from the response's `usage` (cached prompt tokens included); estimated without one."""
    usage = getattr(completion, "usage", None)
    if usage is None or usage.prompt_tokens is None:
        return Usage(est_in, estimate_tokens(len(content)), estimated=True)
    details = getattr(usage, "prompt_tokens_details", None)
    cached = (getattr(details, "cached_tokens", None) or 0) if details is not None else 0
    return Usage(usage.prompt_tokens or 0, usage.completion_tokens or 0, cached_input_tokens=cached)


def judge(
    out: Labeled,
    doc: Any,
    completion: Any,
    types: tuple[str, ...],
    who: Provenance,
    redact: Any,
    est_in: int,
    rules_check: str = "complete",
) -> Labeled:
    """One chat completion (online or from a batch's output file) -> a record or a failure.
    A valid answer is checked against the rules engine unless `rules_check` is "off"
    (`records.check_with_rules`); the outcome is left in `out.rules` for the run's counts."""
    choice = completion.choices[0] if completion.choices else None
    content = (choice.message.content or "") if choice else ""
    out.usage = usage_of(completion, est_in, content)
    reason = None
    if choice is None:
        reason = "no choices in the response"
    elif choice.finish_reason == "length":
        reason = "truncated: finish_reason=length (raise openai.max_output_tokens)"
    elif getattr(choice.message, "refusal", None):
        reason = f"refusal: {redact(choice.message.refusal)}"
    if reason is None:
        try:
            spans = validate_answer(doc.text, content, types)
            if rules_check != "off":
                out.rules = RulesCheck("rejected")  # unless the check below passes
                spans, out.rules = check_with_rules(doc.text, spans, types, rules_check)
        except Rejected as exc:
            reason = str(exc)
        else:
            out.record = build_record(doc, spans, who, content)
            return out
    out.failure = failed_record(doc, reason, who, content or None)
    return out
