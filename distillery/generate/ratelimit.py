"""Client-side limits on requests and tokens per minute, shared by all worker threads.

Two token buckets (requests, tokens) refilled continuously. A request reserves its *estimated*
tokens before it is sent and is settled with the real `usage` afterwards, so the limiter never
lets a burst of long documents exceed the per-minute token budget by more than one request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

# A full bucket holds this many seconds of budget: enough to start `concurrency` requests at once,
# small enough not to fire a whole minute's quota in the first second.
BURST_SECONDS = 10.0


class _Bucket:
    def __init__(self, per_minute: float, now: float):
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate * BURST_SECONDS)
        self.level = self.capacity
        self.stamp = now

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_for(self, amount: float) -> float:
        """Seconds until `amount` can be taken. An amount larger than the whole bucket is allowed
        once the bucket is full (it goes negative and later requests wait for it)."""
        need = min(amount, self.capacity)
        if self.level >= need:
            return 0.0
        return (need - self.level) / self.rate


class RateLimiter:
    def __init__(
        self,
        rpm: int | None,
        tpm: int | None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._clock = clock
        now = clock()
        self._requests = _Bucket(rpm, now) if rpm else None
        self._tokens = _Bucket(tpm, now) if tpm else None
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def _wait_time(self, tokens: int) -> float:
        now = self._clock()
        wait = max(0.0, self._paused_until - now)
        for bucket, amount in ((self._requests, 1), (self._tokens, tokens)):
            if bucket is not None:
                bucket.refill(now)
                wait = max(wait, bucket.wait_for(amount))
        return wait

    def acquire(self, tokens: int, stop: threading.Event | None = None) -> bool:
        """Block until one request of about `tokens` tokens may be sent. False if `stop` was set."""
        while True:
            with self._lock:
                wait = self._wait_time(tokens)
                if wait <= 0.0:
                    if self._requests is not None:
                        self._requests.level -= 1
                    if self._tokens is not None:
                        self._tokens.level -= tokens
                    return True
            # Sleep outside the lock; re-check afterwards because other threads may have taken budget.
            if stop is not None:
                if stop.wait(min(wait, 1.0)):
                    return False
            else:
                time.sleep(min(wait, 1.0))

    def settle(self, estimated: int, actual: int) -> None:
        """Correct a reservation with the tokens the server actually counted."""
        if self._tokens is not None:
            with self._lock:
                self._tokens.level -= actual - estimated

    def pause(self, seconds: float) -> None:
        """The server said to back off (Retry-After, exhausted rate-limit headers): nobody sends for a while."""
        if seconds > 0:
            with self._lock:
                self._paused_until = max(self._paused_until, self._clock() + seconds)


def parse_duration(value: str | None) -> float | None:
    """OpenAI's x-ratelimit-reset-* format: "1s", "6m0s", "20ms", "1h2m3.5s"; or plain seconds."""
    if not value:
        return None
    value = value.strip()
    try:
        return float(value)
    except ValueError:
        pass
    total = 0.0
    number = ""
    i = 0
    while i < len(value):
        ch = value[i]
        if ch.isdigit() or ch == ".":
            number += ch
            i += 1
            continue
        unit = "ms" if value.startswith("ms", i) else ch
        i += len(unit)
        if not number:
            return None
        scale = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}.get(unit)
        if scale is None:
            return None
        total += float(number) * scale
        number = ""
    return total if not number else None
