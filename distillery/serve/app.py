"""The FastAPI application of `distillery serve`.

Ours: `GET /health`, `POST /v1/anonymize` ({"text"} → the output contract, {"texts": [...]} →
{"results": [...]}), `POST /v1/analyze`, `GET /v1/schema`. Presidio's: `POST /analyze`,
`POST /anonymize`, `GET /supportedentities`, `GET /anonymizers` (`serve.presidio`).

Every text goes through one micro-batcher (`serve.batcher`). Limits: request body size (413), a
per-request timeout (504), a bounded queue (503 when full); bad input gets a 4xx with
{"error": "..."} (Presidio's error shape). With a key (DISTILLERY_API_KEY), every endpoint but
/health wants `Authorization: Bearer <key>`. The text of a request never reaches a log: errors are
logged by type, validation messages never quote the input.
"""

from __future__ import annotations

import hmac
import logging
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from distillery.api import Anonymizer
from distillery.errors import DistilleryError
from distillery.pii.replace import Style
from distillery.schema import result_json_schema
from distillery.serve import presidio
from distillery.serve.batcher import JobKind, MicroBatcher, QueueFull

log = logging.getLogger(__name__)


class ServeLimits(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_body_bytes: int = Field(1_048_576, ge=1, description="Larger request bodies get 413.")
    timeout_s: float = Field(30.0, gt=0, description="A request not answered within this gets 504.")
    queue_size: int = Field(256, ge=1, description="Requests waiting for the model; more get 503.")
    max_batch: int = Field(32, ge=1, description="Texts the batcher groups into one model batch.")
    batch_wait_ms: float = Field(2.0, ge=0, description="How long the batcher waits for more requests.")
    max_texts: int = Field(256, ge=1, description="Texts in one request.")


class Options(BaseModel):
    """Per-request engine options (None: the server's)."""

    model_config = ConfigDict(extra="forbid")

    style: Style | None = None
    threshold: float | None = Field(None, gt=0.0, lt=1.0)
    thresholds: dict[str, float] | None = None
    keep_org_contacts: bool | None = None

    def as_kwargs(self, *, with_style: bool = True) -> dict[str, Any]:
        fields = ("threshold", "thresholds", "keep_org_contacts")
        out = {k: getattr(self, k) for k in fields if getattr(self, k) is not None}
        if with_style and self.style is not None:
            out["style"] = self.style.value
        return out


class TextsRequest(Options):
    text: str | None = None
    texts: list[str] | None = None
    id: str | int | None = None

    @model_validator(mode="after")
    def _one_of(self) -> TextsRequest:
        if (self.text is None) == (self.texts is None):
            raise ValueError('give either "text" or "texts"')
        return self


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _validation_message(errors: list[Any]) -> str:
    """Where and what, never the input (it may be the personal data itself)."""
    parts = []
    for err in errors[:3]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


class BodyLimit:
    """413 for a body over `limit` bytes, declared (Content-Length) or streamed."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await _error(413, f"request body over {self.limit} bytes")(scope, receive, send)
                return
        seen = 0
        too_large = False  # the frameworks turn an error in `receive` into a 400: the answer is replaced
        answered = False

        async def limited_receive() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    too_large = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal answered
            if too_large:
                if not answered:
                    answered = True
                    await _error(413, f"request body over {self.limit} bytes")(scope, receive, send)
                return
            answered = answered or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            if not answered:
                await _error(413, f"request body over {self.limit} bytes")(scope, receive, send)


class _TooLarge(Exception):
    pass


def create_app(anonymizer: Anonymizer, limits: ServeLimits | None = None, api_key: str | None = None) -> FastAPI:
    limits = limits or ServeLimits()
    batcher = MicroBatcher(
        anonymizer, max_queue=limits.queue_size, max_batch=limits.max_batch, wait_s=limits.batch_wait_ms / 1000
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Load the model before the first request, so /health says ready only when it is.
        import asyncio

        await asyncio.to_thread(lambda: anonymizer.engine)
        batcher.start()
        log.info("serving with %s", anonymizer.describe())
        yield
        await batcher.stop()

    app = FastAPI(
        title="distillery",
        summary="Anonymize personal data (Italian and English) with a distilled local model.",
        version=_version(),
        lifespan=lifespan,
    )
    app.state.batcher = batcher
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)

    @app.middleware("http")
    async def auth(request: Request, call_next):
        if api_key and request.url.path != "/health":
            header = request.headers.get("authorization", "")
            scheme, _, given = header.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), api_key.encode()):
                return _error(401, "missing or wrong bearer key", {"WWW-Authenticate": "Bearer"})
        try:
            return await call_next(request)
        except Exception as exc:
            # By type only: a traceback or a message could quote the request's text.
            log.error("%s %s failed: %s", request.method, request.url.path, type(exc).__name__)
            return _error(500, f"internal error ({type(exc).__name__})")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return _error(400, "the body is not valid JSON")
        return _error(422, _validation_message(list(errors)))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    async def run(kind: JobKind, texts: list[str], options: dict[str, Any]) -> list[Any] | JSONResponse:
        if len(texts) > limits.max_texts:
            return _error(413, f"more than {limits.max_texts} texts in one request")
        try:
            return await batcher.submit(kind, texts, options, limits.timeout_s)
        except QueueFull:
            return _error(503, "the server is busy: try again shortly", {"Retry-After": "1"})
        except TimeoutError:
            return _error(504, f"not answered within {limits.timeout_s:g} s")
        except (DistilleryError, ValidationError, ValueError) as exc:
            # Bad options (a threshold out of range...); the message names the field, not the text.
            return _error(422, str(exc).splitlines()[0])
        except Exception as exc:
            log.error("request failed: %s", type(exc).__name__)
            return _error(500, f"internal error ({type(exc).__name__})")

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "engine": anonymizer.describe(),
            "queue": batcher.waiting,
            "batches": batcher.batches,
            "texts": batcher.texts,
        }

    @app.get("/v1/schema")
    async def schema() -> dict[str, Any]:
        return result_json_schema()

    @app.post("/v1/anonymize")
    async def v1_anonymize(body: TextsRequest) -> Any:
        texts = [body.text] if body.text is not None else list(body.texts or [])
        results = await run("anonymize", texts, body.as_kwargs())
        if isinstance(results, JSONResponse):
            return results
        dumped = [r.model_dump(exclude_none=True) for r in results]
        if body.text is not None:
            if body.id is not None:
                dumped[0]["id"] = body.id
            return dumped[0]
        return {"results": dumped}

    @app.post("/v1/analyze")
    async def v1_analyze(body: TextsRequest) -> Any:
        texts = [body.text] if body.text is not None else list(body.texts or [])
        results = await run("analyze", texts, body.as_kwargs(with_style=False))
        if isinstance(results, JSONResponse):
            return results
        dumped = [r.model_dump(exclude_none=True) for r in results]
        return dumped[0] if body.text is not None else {"results": dumped}

    # -- Presidio's API ---------------------------------------------------------------------------

    @app.post("/analyze")
    async def analyze(body: presidio.AnalyzeRequest) -> Any:
        texts = [body.text] if isinstance(body.text, str) else body.text
        results = await run("analyze", texts, {})
        if isinstance(results, JSONResponse):
            return results
        answers = [presidio.analyzer_results(body, r) for r in results]
        return answers[0] if isinstance(body.text, str) else answers

    @app.post("/anonymize")
    async def anonymize(body: presidio.AnonymizeRequest) -> Any:
        found = body.analyzer_results
        if found is None:
            results = await run("analyze", [body.text], {})
            if isinstance(results, JSONResponse):
                return results
            found = [
                presidio.AnalyzerResultIn(
                    entity_type=r["entity_type"], start=r["start"], end=r["end"], score=r["score"]
                )
                for r in presidio.analyzer_results(
                    presidio.AnalyzeRequest(text=body.text, language=_language(body.language)), results[0]
                )
            ]
        return presidio.anonymize(body, found)

    @app.get("/supportedentities")
    async def supported_entities(language: str = "en") -> Any:
        if language not in presidio.LANGUAGES:
            return _error(422, f"language {language!r} is not supported")
        return presidio.supported_entities()

    @app.get("/anonymizers")
    async def anonymizers() -> list[str]:
        return ["replace", "redact", "mask", "hash", "keep"]

    return app


def _language(language: str) -> str:
    return language if language in presidio.LANGUAGES else "en"


def _version() -> str:
    from distillery import __version__

    return __version__
