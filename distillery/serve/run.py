"""The `serve` job: build the Anonymizer and the app, and run uvicorn until interrupted."""

from __future__ import annotations

import logging

from distillery.errors import UserError
from distillery.infer.config import InferConfig

log = logging.getLogger(__name__)


def run_serve(
    cfg: InferConfig, *, host: str = "127.0.0.1", port: int = 8000, limits=None, log_level: str = "info"
) -> None:
    try:
        import uvicorn

        from distillery.serve.app import ServeLimits, create_app
    except ImportError as exc:
        raise UserError(
            f"distillery serve needs the serve extra: pip install 'distillery[serve]' ({exc.name} missing)"
        ) from None
    from distillery.api import Anonymizer
    from distillery.settings import get_settings

    if not logging.getLogger().handlers:
        logging.basicConfig(level=log_level.upper(), format="%(levelname)s:     %(name)s: %(message)s")
    key = get_settings().distillery_api_key
    anonymizer = Anonymizer(config=cfg)
    app = create_app(anonymizer, limits or ServeLimits(), api_key=key.get_secret_value() if key else None)
    if not key and host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s without DISTILLERY_API_KEY: anyone who reaches the port can use it", host)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=True, server_header=False)


run = run_serve
