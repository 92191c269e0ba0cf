"""`distillery serve`: a real uvicorn process on 127.0.0.1, called with a real HTTP client (httpx),
with the rules engine. Plus the micro-batcher in-process, where its grouping can be observed."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import jsonschema
import pytest

from distillery import Anonymizer
from distillery.schema import result_json_schema
from distillery.serve.batcher import MicroBatcher, QueueFull

REPO = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(result_json_schema())
SECRET_MAIL = "anna.esposito.secret@gmail.com"
IT_TEXT = f"Gentile cliente, IBAN IT60 X054 2811 1010 0000 0123 456, tel. +39 347 123 4567, mail {SECRET_MAIL}."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(tmp_path: Path, *args: str, env: dict[str, str] | None = None, pythonpath: str = "") -> Iterator[tuple]:
    """A `distillery serve --engine rules` process; yields (base_url, log_path)."""
    port = _free_port()
    log_path = tmp_path / f"serve-{port}.log"
    full_env = {k: v for k, v in os.environ.items() if k != "DISTILLERY_API_KEY"}
    full_env["PYTHONPATH"] = os.pathsep.join(p for p in (pythonpath, str(REPO)) if p)
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "distillery", "serve", "--engine", "rules", "--port", str(port), *args]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=full_env, cwd=tmp_path)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"server exited: {log_path.read_text()}")
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"server did not start: {log_path.read_text()}")
            time.sleep(0.2)
        yield base, log_path
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("serve")
    with server(tmp, "--max-body-bytes", "20000") as (url, log_path):
        yield url
        # Whatever was sent in this module's tests, no text reached the server's log.
        text = log_path.read_text()
        assert SECRET_MAIL not in text and "347 123 4567" not in text and "IT60" not in text


def test_health_and_schema(base):
    health = httpx.get(f"{base}/health").json()
    assert health["status"] == "ok" and health["engine"] == "rules"
    assert httpx.get(f"{base}/v1/schema").json() == result_json_schema()


def test_v1_anonymize_one_and_many(base):
    r = httpx.post(f"{base}/v1/anonymize", json={"text": IT_TEXT, "id": "doc-1"})
    assert r.status_code == 200
    body = r.json()
    VALIDATOR.validate(body)
    assert body["id"] == "doc-1"
    assert SECRET_MAIL not in body["anonymized_text"] and "[EMAIL_1]" in body["anonymized_text"]
    assert body == {**Anonymizer(engine="rules").anonymize(IT_TEXT).model_dump(exclude_none=True), "id": "doc-1"}

    r = httpx.post(f"{base}/v1/anonymize", json={"texts": [IT_TEXT, "nothing personal", "a@b.it"], "style": "redact"})
    results = r.json()["results"]
    assert [x["anonymized_text"] for x in results][1:] == ["nothing personal", "[REDACTED]"]
    for x in results:
        VALIDATOR.validate(x)


def test_v1_options_org_contacts(base):
    text = "Per informazioni chiami il numero verde 800 91 84 27 (gratuito)."
    kept = httpx.post(f"{base}/v1/anonymize", json={"text": text}).json()
    redacted = httpx.post(f"{base}/v1/anonymize", json={"text": text, "keep_org_contacts": False}).json()
    assert kept["replaced_tokens"] == [] and redacted["replaced_tokens"][0]["original"] == "800 91 84 27"


def test_v1_analyze(base):
    body = httpx.post(f"{base}/v1/analyze", json={"text": IT_TEXT}).json()
    assert {e["type"] for e in body["entities"]} == {"IBAN", "PHONE", "EMAIL"}
    assert all(IT_TEXT[e["start"] : e["end"]] == e["text"] for e in body["entities"])


def test_presidio_analyze(base):
    r = httpx.post(f"{base}/analyze", json={"text": IT_TEXT, "language": "it"})
    assert r.status_code == 200
    results = r.json()
    assert {x["entity_type"] for x in results} == {"IBAN_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS"}
    for x in results:
        assert set(x) == {"entity_type", "start", "end", "score", "analysis_explanation"}
        assert 0 < x["score"] <= 1
    email = next(x for x in results if x["entity_type"] == "EMAIL_ADDRESS")
    assert IT_TEXT[email["start"] : email["end"]] == SECRET_MAIL

    only = httpx.post(f"{base}/analyze", json={"text": IT_TEXT, "language": "it", "entities": ["PHONE_NUMBER"]}).json()
    assert [x["entity_type"] for x in only] == ["PHONE_NUMBER"]
    assert httpx.post(f"{base}/analyze", json={"text": IT_TEXT, "language": "it", "score_threshold": 1.0}).json()
    allowed = httpx.post(f"{base}/analyze", json={"text": IT_TEXT, "language": "it", "allow_list": [SECRET_MAIL]})
    assert "EMAIL_ADDRESS" not in {x["entity_type"] for x in allowed.json()}
    # Presidio's batch form: a list of texts gets a list of lists.
    batch = httpx.post(f"{base}/analyze", json={"text": ["a@b.it", "nothing"], "language": "en"}).json()
    assert [[x["entity_type"] for x in one] for one in batch] == [["EMAIL_ADDRESS"], []]


def test_presidio_anonymize(base):
    text = "hello John, write to john@example.com"
    request = {
        "text": text,
        "analyzer_results": [
            {"start": 6, "end": 10, "entity_type": "PERSON", "score": 0.8},
            {"start": 21, "end": 37, "entity_type": "EMAIL_ADDRESS", "score": 1.0},
        ],
        "anonymizers": {
            "DEFAULT": {"type": "replace", "new_value": "ANONYMIZED"},
            "EMAIL_ADDRESS": {"type": "mask", "masking_char": "*", "chars_to_mask": 4, "from_end": True},
        },
    }
    body = httpx.post(f"{base}/anonymize", json=request).json()
    assert body["text"] == "hello ANONYMIZED, write to john@example****"
    for item in body["items"]:
        assert body["text"][item["start"] : item["end"]] == item["text"]
        assert set(item) == {"start", "end", "entity_type", "text", "operator"}
    assert [i["operator"] for i in body["items"]] == ["mask", "replace"]  # Presidio's order: from the end
    # Presidio's default operator: replace with <ENTITY_TYPE>.
    request.pop("anonymizers")
    assert httpx.post(f"{base}/anonymize", json=request).json()["text"] == "hello <PERSON>, write to <EMAIL_ADDRESS>"
    # Without analyzer results, distillery finds the values itself.
    own = httpx.post(f"{base}/anonymize", json={"text": IT_TEXT}).json()
    assert SECRET_MAIL not in own["text"] and "<EMAIL_ADDRESS>" in own["text"]


@pytest.mark.parametrize(
    ("path", "payload", "status", "needle"),
    [
        ("/v1/anonymize", {"text": IT_TEXT, "texts": ["x"]}, 422, "either"),
        ("/v1/anonymize", {}, 422, "either"),
        ("/v1/anonymize", {"text": 42}, 422, "text"),
        ("/v1/anonymize", {"text": IT_TEXT, "style": "loud"}, 422, "style"),
        ("/v1/anonymize", {"text": IT_TEXT, "threshold": 3}, 422, "threshold"),
        ("/v1/anonymize", {"text": IT_TEXT, "thresholds": {"PERSON": 5}}, 422, "thresholds"),
        ("/v1/anonymize", {"text": IT_TEXT, "colour": "red"}, 422, "colour"),
        ("/analyze", {"text": IT_TEXT}, 422, "language"),
        ("/analyze", {"text": IT_TEXT, "language": "fr"}, 422, "language"),
        ("/analyze", {"text": IT_TEXT, "language": "en", "score_threshold": 2}, 422, "score_threshold"),
        ("/analyze", {"text": IT_TEXT, "language": "en", "ad_hoc_recognizers": [{"name": "x"}]}, 422, "recognizers"),
        (
            "/anonymize",
            {"text": "short", "analyzer_results": [{"start": 2, "end": 99, "entity_type": "X"}]},
            422,
            "range",
        ),
        ("/anonymize", {"text": IT_TEXT, "anonymizers": {"DEFAULT": {"type": "encrypt"}}}, 422, "type"),
    ],
)
def test_bad_requests_get_a_json_4xx_without_the_text(base, path, payload, status, needle):
    r = httpx.post(f"{base}{path}", json=payload)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert needle in error
    assert SECRET_MAIL not in error


def test_malformed_json_too_large_bodies_and_unknown_paths(base):
    r = httpx.post(f"{base}/v1/anonymize", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and "JSON" in r.json()["error"]
    r = httpx.post(f"{base}/v1/anonymize", json={"text": "x" * 30000})
    assert r.status_code == 413 and "error" in r.json()

    def chunks():  # no Content-Length: the limit is counted as the body streams in
        for _ in range(30):
            yield b"x" * 1000

    r = httpx.post(f"{base}/v1/anonymize", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    r = httpx.get(f"{base}/nowhere")
    assert r.status_code == 404 and "error" in r.json()
    # And the server is still serving.
    assert httpx.post(f"{base}/v1/anonymize", json={"text": "a@b.it"}).status_code == 200


def test_load_16_concurrent_clients(base):
    """16 clients × 15 requests at once: every request answered, and answered right."""
    texts = [f"Cliente {i}: scrivere a user{i}@example.com o chiamare +39 347 123 {i:04d}." for i in range(16 * 15)]
    expected = [r.anonymized_text for r in Anonymizer(engine="rules").anonymize_batch(texts)]
    got: dict[int, str] = {}
    failures: list[str] = []

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            for i in range(k, len(texts), 16):
                r = c.post("/v1/anonymize", json={"text": texts[i]})
                if r.status_code != 200:
                    failures.append(f"{r.status_code} {r.text}")
                else:
                    got[i] = r.json()["anonymized_text"]

    threads = [threading.Thread(target=client, args=(k,)) for k in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert [got[i] for i in range(len(texts))] == expected


def test_bearer_key(tmp_path):
    with server(tmp_path, env={"DISTILLERY_API_KEY": "s3cret-key"}) as (url, _):
        assert httpx.get(f"{url}/health").status_code == 200  # probes need no key
        r = httpx.post(f"{url}/v1/anonymize", json={"text": "a@b.it"})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and "error" in r.json()
        bad = {"Authorization": "Bearer wrong"}
        assert httpx.post(f"{url}/analyze", json={"text": "a", "language": "en"}, headers=bad).status_code == 401
        good = {"Authorization": "Bearer s3cret-key"}
        assert httpx.post(f"{url}/v1/anonymize", json={"text": "a@b.it"}, headers=good).status_code == 200


SLOW_PLUGIN = '''
import time
from distillery.pii.recognizers.base import Recognizer

class SlowRecognizer(Recognizer):
    """Takes 20 s on a text with SLOW in it (a stand-in for a model stuck on a long batch)."""
    type = "SLOW_THING"
    name = "slow"

    def find(self, text):
        if "SLOW" in text:
            time.sleep(20)
        return iter(())
'''


def _plugin_dir(tmp_path: Path) -> Path:
    """A package declaring a recognizer through the `distillery.recognizers` entry point group."""
    root = tmp_path / "plugins"
    dist = root / "slowplug-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: slowplug\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[distillery.recognizers]\nslow = slowplug:SlowRecognizer\n")
    (root / "slowplug.py").write_text(SLOW_PLUGIN)
    return root


def test_full_queue_503_timeout_504_and_still_serving(tmp_path):
    args = ("--queue-size", "2", "--max-batch", "1", "--timeout", "2")
    with server(tmp_path, *args, pythonpath=str(_plugin_dir(tmp_path))) as (url, _):
        statuses: list[int] = []

        def call(text: str) -> None:
            statuses.append(httpx.post(f"{url}/v1/anonymize", json={"text": text}, timeout=30).status_code)

        # One request occupies the worker; at most two more can wait; the rest are refused at once.
        threads = [threading.Thread(target=call, args=(f"SLOW {i}",)) for i in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert statuses.count(503) >= 3, statuses
        assert set(statuses) <= {503, 504}, statuses
        assert 504 in statuses
        # The event loop never stopped: health answers while the worker is still stuck.
        assert httpx.get(f"{url}/health", timeout=5).status_code == 200


# -- the micro-batcher, in-process ------------------------------------------------------------------


class _Gate:
    """An anonymizer whose first batch waits until released; records every batch it gets."""

    def __init__(self):
        self.release = threading.Event()
        self.batches: list[list[str]] = []

    def anonymize_batch(self, texts, **options):
        self.batches.append(list(texts))
        self.release.wait(10)
        return [t.upper() for t in texts]


def test_batcher_groups_waiting_requests_and_keeps_order():
    async def main():
        gate = _Gate()
        batcher = MicroBatcher(gate, max_queue=10, max_batch=100, wait_s=0)  # type: ignore[arg-type]
        batcher.start()
        first = asyncio.create_task(batcher.submit("anonymize", ["a"], {}, 10))
        while not gate.batches:
            await asyncio.sleep(0.01)
        others = [asyncio.create_task(batcher.submit("anonymize", [f"x{i}", f"y{i}"], {}, 10)) for i in range(4)]
        await asyncio.sleep(0.05)
        gate.release.set()
        results = await asyncio.gather(first, *others)
        await batcher.stop()
        return gate.batches, results

    batches, results = asyncio.run(main())
    assert batches == [["a"], ["x0", "y0", "x1", "y1", "x2", "y2", "x3", "y3"]]  # four requests, one batch
    assert results == [["A"], ["X0", "Y0"], ["X1", "Y1"], ["X2", "Y2"], ["X3", "Y3"]]


def test_batcher_separates_options_and_refuses_when_full():
    async def main():
        gate = _Gate()
        batcher = MicroBatcher(gate, max_queue=2, max_batch=100, wait_s=0)  # type: ignore[arg-type]
        batcher.start()
        first = asyncio.create_task(batcher.submit("anonymize", ["a"], {}, 10))
        while not gate.batches:
            await asyncio.sleep(0.01)
        tag = asyncio.create_task(batcher.submit("anonymize", ["b"], {"style": "tag"}, 10))
        mask = asyncio.create_task(batcher.submit("anonymize", ["c"], {"style": "mask"}, 10))
        await asyncio.sleep(0.01)
        with pytest.raises(QueueFull):
            await batcher.submit("anonymize", ["d"], {}, 10)
        gate.release.set()
        await asyncio.gather(first, tag, mask)
        await batcher.stop()
        return gate.batches

    assert asyncio.run(main()) == [["a"], ["b"], ["c"]]


def test_batcher_timeout_then_serves_the_next():
    async def main():
        gate = _Gate()
        batcher = MicroBatcher(gate, max_queue=4, wait_s=0)  # type: ignore[arg-type]
        batcher.start()
        with pytest.raises(TimeoutError):
            await batcher.submit("anonymize", ["slow"], {}, 0.05)
        gate.release.set()
        result = await batcher.submit("anonymize", ["next"], {}, 10)
        await batcher.stop()
        return result

    assert asyncio.run(main()) == ["NEXT"]


def test_the_cli_imports_no_web_framework():
    code = "import sys, distillery.cli; assert not {'fastapi', 'uvicorn', 'starlette'} & set(sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr
