"""A real HTTP server on 127.0.0.1 that speaks /v1/chat/completions, for the openai teacher's tests.

It answers each document correctly from a gold table (the span list), unless a fault was scripted for
that document: 429 with Retry-After, 500, a hang past the client's timeout, truncated or invalid JSON,
a value that is not in the input, an unknown type, finish_reason=length, an empty answer. It counts every request,
so tests can check that retries really happened (and that a dry run sent none).

Two behaviours of real servers can be switched on: `validation_500` answers a `response_format` it
does not support with HTTP 500 and a pydantic validation body (llama.cpp's server), and
`ignore_format` ignores `response_format` and answers prose (servers that drop unknown fields).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def span_list_answer(text: str, gold: list[dict]) -> dict:
    """The answer a perfect teacher gives: each distinct gold value once, in order of first
    appearance, with its type; no offsets (teachers are not asked for them)."""
    items = dict.fromkeys((p["value"], p["type"]) for p in sorted(gold, key=lambda p: p["start"]))
    return {"entities": [{"value": v, "type": t} for v, t in items]}


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float
    doc: str | None


@dataclass
class FakeOpenAI:
    """`gold` maps each document text to its gold spans [{"value", "type", "start", "end"}, ...]."""

    gold: dict[str, list[dict]]
    # A "hang" lasts until release() (or stop()): the client's timeout, or its Ctrl-C, always comes
    # first, however slow the machine; hang_s only bounds it when set.
    hang_s: float | None = None
    reject_modes: set[str] = field(default_factory=set)  # response_format types answered with 400
    validation_500: set[str] = field(default_factory=set)  # ... answered with 500 + validation body (llama.cpp)
    ignore_format: bool = False  # ignore response_format; answer prose around the JSON, or prose alone
    prose_only: bool = False  # with ignore_format: no JSON at all
    requests: list[Seen] = field(default_factory=list)
    faults: dict[str, list[str]] = field(default_factory=dict)  # doc text -> actions, consumed in order

    # The Batch API: uploaded files, batches, and the statuses each batch goes through, one per retrieve.
    files: dict[str, bytes] = field(default_factory=dict)
    batches: dict[str, dict] = field(default_factory=dict)
    batch_script: list[str] = field(default_factory=lambda: ["validating", "in_progress", "completed"])
    batch_calls: list[str] = field(default_factory=list)
    fail_batch_create_after_submit: bool = False  # create the batch, then answer 500 (a lost reply)

    def __post_init__(self) -> None:
        self._batch_lines: dict[str, list[dict]] = {}
        self._batch_steps: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        self._prefixes: set[str] = set()
        self._server: ThreadingHTTPServer | None = None
        self._released = threading.Event()
        self._hanging = threading.Condition(self._lock)
        self.hanging = 0  # requests held by a "hang" right now

    # -- control ---------------------------------------------------------------------------------
    def start(self) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                fake._handle(self)

            def do_GET(self) -> None:  # noqa: N802
                fake._handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def release(self) -> None:
        """End every hang, now and later."""
        self._released.set()

    def wait_hanging(self, n: int, timeout: float = 60.0) -> None:
        """Block until `n` requests are held by a hang (timeout: a safety net, not a measurement)."""
        with self._hanging:
            if not self._hanging.wait_for(lambda: self.hanging >= n, timeout):
                raise TimeoutError(f"{self.hanging} requests hanging, expected {n}")

    def stop(self) -> None:
        self.release()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def fault(self, doc_text: str, *actions: str) -> None:
        self.faults.setdefault(doc_text, []).extend(actions)

    def count(self, doc_text: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests if doc_text is None or r.doc == doc_text)

    # -- protocol --------------------------------------------------------------------------------
    def _find_doc(self, body: dict) -> str | None:
        user = [m["content"] for m in body.get("messages", []) if m.get("role") == "user"]
        if not user:
            return None
        last = user[-1]
        # The longest gold text contained in the last user message is the document.
        hits = [t for t in self.gold if t in last]
        return max(hits, key=len) if hits else None

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length", "0"))
        raw = h.rfile.read(length) if length else b""
        path = h.path.split("?")[0]
        if "/files" in path or "/batches" in path:
            return self._batch_api(h, path, raw)
        body = json.loads(raw or b"{}")
        if not path.endswith("/chat/completions"):
            return self._send(h, 404, {"error": {"message": "not found", "type": "invalid_request_error"}})
        status, obj, headers = self._complete(body, h.path, {k.lower(): v for k, v in h.headers.items()})
        self._send(h, status, obj, headers)

    def _complete(self, body: dict, path: str, headers: dict[str, str]) -> tuple[int, dict, dict[str, str]]:
        """One chat completion request -> (status, JSON body, headers); also what a batch line gets."""
        doc = self._find_doc(body)
        with self._lock:
            self.requests.append(Seen(path, headers, body, time.monotonic(), doc))
            queue = self.faults.get(doc, []) if doc is not None else []
            action = queue.pop(0) if queue else None
        fmt = (body.get("response_format") or {}).get("type", "text")
        if fmt in self.reject_modes:
            return 400, {"error": {"message": f"response_format {fmt} is not supported", "type": "x"}}, {}
        if fmt in self.validation_500:
            # What llama-cpp-python's server sends for a response_format type it does not know.
            detail = "1 validation error for CreateChatCompletionRequest\nresponse_format.type\n"
            detail += "  Input should be 'text' or 'json_object' [type=literal_error, input_value='json_schema']"
            return 500, {"error": {"message": detail, "type": "internal_server_error"}}, {}
        if doc is None:
            return 400, {"error": {"message": "unknown document", "type": "invalid_request_error"}}, {}
        if action == "429":
            return 429, {"error": {"message": "rate limited", "type": "rate_limit"}}, {"Retry-After": "1"}
        if action == "500":
            return 500, {"error": {"message": "boom", "type": "server_error"}}, {}
        if action == "400":
            return 400, {"error": {"message": "context length exceeded", "type": "invalid_request_error"}}, {}
        if action == "invalid_500":
            detail = "1 validation error for CreateChatCompletionRequest\nmax_tokens\n  Input should be less than 512"
            return 500, {"error": {"message": detail, "type": "internal_server_error"}}, {}
        if action == "401":
            return 401, {"error": {"message": "bad key", "type": "invalid_request_error"}}, {}
        if action == "hang":
            with self._hanging:
                self.hanging += 1
                self._hanging.notify_all()
            self._released.wait(self.hang_s)  # the client gives up first; writing afterwards may fail
            with self._hanging:
                self.hanging -= 1
        answer = span_list_answer(doc, self.gold[doc])
        content = json.dumps(answer, ensure_ascii=False)
        finish = "stop"
        if action == "truncated":
            content = content[: len(content) // 2]
        elif action == "invalid":
            content = "Certo! Ecco il risultato: {entities: nope"
        elif action == "wrong_span":
            answer["entities"].append({"value": "Zebedeo Quarantotto", "type": "PERSON"})
            content = json.dumps(answer, ensure_ascii=False)
        elif action == "bad_type":
            answer["entities"].append({"value": answer["entities"][0]["value"], "type": "FAVOURITE_COLOUR"})
            content = json.dumps(answer, ensure_ascii=False)
        elif action == "empty":  # a small teacher that sees nothing, however many e-mails the document has
            content = json.dumps({"entities": []})
        elif action == "length":
            content, finish = content[:20], "length"
        elif action == "fenced":
            content = "Here you go:\n```json\n" + content + "\n```"
        if self.ignore_format:
            content = "I found these personal details in the document. " + ("" if self.prose_only else content)
        usage = self._usage(body, content)
        return (
            200,
            {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "finish_reason": finish,
                        "logprobs": None,
                    }
                ],
                "usage": usage,
            },
            {},
        )

    # -- the Files and Batch APIs ------------------------------------------------------------------
    def _batch_api(self, h: BaseHTTPRequestHandler, path: str, raw: bytes) -> None:
        with self._lock:
            self.batch_calls.append(f"{h.command} {path}")
        if h.command == "POST" and path.endswith("/files"):
            content = _multipart_file(raw, h.headers.get("Content-Type", ""))
            with self._lock:
                file_id = f"file-{len(self.files) + 1}"
                self.files[file_id] = content
            obj = {"id": file_id, "object": "file", "bytes": len(content), "created_at": int(time.time())}
            return self._send(h, 200, {**obj, "filename": "input.jsonl", "purpose": "batch", "status": "processed"})
        if h.command == "GET" and path.endswith("/content"):
            file_id = path.split("/")[-2]
            data = self.files.get(file_id)
            if data is None:
                return self._send(h, 404, {"error": {"message": "no such file", "type": "invalid_request_error"}})
            return self._send_bytes(h, data)
        if h.command == "POST" and path.endswith("/batches"):
            req = json.loads(raw)
            if self.fail_batch_create_after_submit:
                self.fail_batch_create_after_submit = False
                self._new_batch(req)  # created on the server, but the client never hears of it
                return self._send(h, 500, {"error": {"message": "connection dropped", "type": "server_error"}})
            return self._send(h, 200, self._new_batch(req))
        if h.command == "GET" and path.endswith("/batches"):
            with self._lock:
                data = [dict(b) for b in reversed(self.batches.values())]
            return self._send(h, 200, {"object": "list", "data": data, "has_more": False})
        if h.command == "GET" and "/batches/" in path:
            return self._send(h, 200, self._advance_batch(path.rsplit("/", 1)[1]))
        return self._send(h, 404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def _new_batch(self, req: dict) -> dict:
        with self._lock:
            batch_id = f"batch-{len(self.batches) + 1}"
            lines = [json.loads(x) for x in self.files[req["input_file_id"]].decode().splitlines() if x.strip()]
            batch = {
                "id": batch_id,
                "object": "batch",
                "endpoint": req["endpoint"],
                "input_file_id": req["input_file_id"],
                "completion_window": req["completion_window"],
                "status": "validating",
                "created_at": int(time.time()),
                "metadata": req.get("metadata"),
                "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            }
            self.batches[batch_id] = batch
            self._batch_lines[batch_id] = lines
            self._batch_steps[batch_id] = list(self.batch_script)
        return batch

    def _advance_batch(self, batch_id: str) -> dict:
        """Each retrieve moves the batch one step along its script (validating -> in_progress -> ...)."""
        with self._lock:
            batch = self.batches[batch_id]
            steps = self._batch_steps[batch_id]
            if steps:
                batch["status"] = steps.pop(0)
            status = batch["status"]
            done = status in ("completed", "expired", "failed", "cancelled") and "output_file_id" not in batch
        if done:
            self._finish_batch(batch, status)
        return batch

    def _finish_batch(self, batch: dict, status: str) -> None:
        lines = self._batch_lines[batch["id"]]
        if status == "failed":
            batch["errors"] = {"object": "list", "data": [{"code": "invalid_file", "message": "bad input file"}]}
            batch["output_file_id"] = None
            return
        if status == "expired":
            lines = lines[: len(lines) // 2]  # the rest never ran
        out, err = [], []
        for i, line in enumerate(lines):
            st, obj, _ = self._complete(line["body"], line["url"], {})
            result = {
                "id": f"batch_req_{i}",
                "custom_id": line["custom_id"],
                "response": {"status_code": st, "request_id": f"req_{i}", "body": obj},
                "error": None,
            }
            (out if st == 200 else err).append(json.dumps(result))
        with self._lock:
            for name, rows in (("output_file_id", out), ("error_file_id", err)):
                if rows:
                    file_id = f"file-{len(self.files) + 1}"
                    self.files[file_id] = ("\n".join(rows) + "\n").encode()
                    batch[name] = file_id
                else:
                    batch[name] = None
            batch["request_counts"] = {
                "total": len(self._batch_lines[batch["id"]]),
                "completed": len(out),
                "failed": len(err),
            }

    @staticmethod
    def _send_bytes(h: BaseHTTPRequestHandler, data: bytes) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/octet-stream")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _usage(self, body: dict, content: str) -> dict:
        """Tokens at 4 characters each; like OpenAI's automatic prompt caching, a prefix of >= 1,024
        tokens already seen (every message but the last) is reported as cached, in 128-token steps."""
        messages = body.get("messages", [])
        prompt_chars = sum(len(m.get("content") or "") for m in messages)
        prefix = json.dumps(messages[:-1])
        prefix_tokens = sum(len(m.get("content") or "") for m in messages[:-1]) // 4
        with self._lock:
            seen = prefix in self._prefixes
            self._prefixes.add(prefix)
        cached = prefix_tokens // 128 * 128 if seen and prefix_tokens >= 1024 else 0
        usage = {"prompt_tokens": prompt_chars // 4, "completion_tokens": len(content) // 4}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        usage["prompt_tokens_details"] = {"cached_tokens": cached}
        return usage

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, obj: dict, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(obj).encode()
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)


def _multipart_file(raw: bytes, content_type: str) -> bytes:
    """The bytes of the part named "file" of a multipart/form-data body (what the SDK uploads)."""
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
    for part in raw.split(b"--" + boundary):
        head, _, data = part.partition(b"\r\n\r\n")
        if b'name="file"' in head:
            return data[:-2] if data.endswith(b"\r\n") else data
    raise ValueError("no file part")


# -- a tiny stand-in document source with the corpus generator's interface ------------------------
@dataclass(frozen=True)
class TinyDoc:
    id: str
    lang: str
    kind: str
    template: str
    text: str
    pii: list[dict]
    keep: list[str]


_NAMES = ["Mario Rossi", "Giulia Bianchi", "Luca Ferri", "Emily Clarke", "John Smith", "Anna Kowalski", "Sara Neri"]
_TEMPLATES = {
    "train": [
        ("it", "Gentile {name}, la contatto al {phone} per l'ordine n. {order}.", "PHONE"),
        ("en", "Dear {name}, please write to {email} about ticket {order}.", "EMAIL"),
        ("it", "Il cliente {name} ({email}) chiede il rimborso dell'ordine {order}.", "EMAIL"),
    ],
    "eval": [("en", "Call {name} on {phone} before Friday; invoice {order} is paid.", "PHONE")],
}


def tiny_corpus(n: int, *, seed: int = 42, split: str = "train", langs=("it", "en"), start: int = 0):
    """Documents start .. n-1, whose gold spans are known by construction; document i depends only on
    seed, split and i, like the real generator's."""
    import random

    templates = [t for t in _TEMPLATES[split] if t[0] in langs] or _TEMPLATES[split]
    for i in range(start, n):
        rng = random.Random(f"{seed}:{split}:{i}")
        lang, template, second = templates[rng.randrange(len(templates))]
        name = _NAMES[rng.randrange(len(_NAMES))]
        first = name.split()[0].lower()
        values = {
            "name": (name, "PERSON"),
            "phone": (f"3{rng.randrange(10**8, 10**9)}", "PHONE"),
            "email": (f"{first}.{rng.randrange(1000)}@example.org", "EMAIL"),
        }
        order = str(rng.randrange(10**5, 10**6))
        text = template
        pii = []
        for key in ("name", "phone", "email"):
            slot = "{" + key + "}"
            if slot in text:
                value, pii_type = values[key]
                pos = text.index(slot)
                text = text.replace(slot, value, 1)
                pii.append({"value": value, "type": pii_type, "start": pos, "end": pos + len(value)})
        pos = text.index("{order}")
        text = text.replace("{order}", order)
        # Spans after the order number shift by the length difference.
        pii = [
            {**p, "start": p["start"] + (len(order) - 7), "end": p["end"] + (len(order) - 7)} if p["start"] > pos else p
            for p in pii
        ]
        pii.sort(key=lambda p: p["start"])
        yield TinyDoc(f"{split}-{i:06d}", lang, "note", template[:12], text, pii, [order])
