"""Load on `distillery serve`: N concurrent clients, each sending M requests, one text per request.

Not a test: starts a real `distillery serve` process on 127.0.0.1 (a free port; the rules engine
unless --engine/--model say otherwise), waits for /health, runs the clients (threads, one httpx
client each, keep-alive), then prints the request latency p50/p95/max, the throughput (requests/s)
and the failures, and how many model batches the server made of them (the micro-batcher at work).
The numbers depend on the machine and its load: the load average is printed with them.

    .venv/bin/python benchmarks/serve_load.py [--clients 16] [--requests 20] [--engine rules] [--model DIR]
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
TEXTS = [
    "Gentile Sig.ra Anna Esposito, il rimborso andrà sull'IBAN IT60 X054 2811 1010 0000 0123 456. "
    "Per dubbi: +39 347 123 4567 o anna.esposito@gmail.com.",
    "Dear Mr. John Smith, your SSN 123-45-6789 is on file; call (415) 555-0132 about order #44512.",
    "Il codice fiscale RSSMRA85T10A562S risulta associato alla partita IVA 01234567897.",
    "Server logs: login from 192.168.10.24 by user jsmith, card 4111 1111 1111 1111 declined.",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=20, help="Requests per client.")
    ap.add_argument("--engine", default="rules")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    port = _free_port()
    cmd = [sys.executable, "-m", "distillery", "serve", "--engine", args.engine, "--port", str(port)]
    cmd += ["--log-level", "warning"] + (["--model", args.model] if args.model else [])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    print(f"server did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
                    return 1
                time.sleep(0.2)
        latencies: list[float] = []
        failures: list[str] = []
        lock = threading.Lock()
        start_line = threading.Barrier(args.clients + 1)

        def client(k: int) -> None:
            with httpx.Client(base_url=base, timeout=120) as c:
                c.get("/health")  # connect before the clock starts
                start_line.wait()
                for i in range(args.requests):
                    text = TEXTS[(k + i) % len(TEXTS)]
                    t0 = time.perf_counter()
                    r = c.post("/v1/anonymize", json={"text": text})
                    dt = time.perf_counter() - t0
                    with lock:
                        latencies.append(dt)
                        if r.status_code != 200:
                            failures.append(str(r.status_code))

        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        for t in threads:
            t.start()
        start_line.wait()
        t0 = time.perf_counter()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
        health = httpx.get(f"{base}/health").json()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    n = len(latencies)
    q = statistics.quantiles(latencies, n=100)
    print(f"engine: {health['engine']}; {args.clients} clients x {args.requests} requests = {n} requests")
    print(f"latency p50 {q[49] * 1000:.1f} ms, p95 {q[94] * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
    print(f"throughput {n / wall:.0f} requests/s ({wall:.2f} s wall); failures: {len(failures)}")
    print(f"server batches: {health['batches']} for {health['texts']} texts; load average {' '.join(load)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
