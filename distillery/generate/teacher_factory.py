"""Who labels the training documents: the teacher a config asks for, with its task, price, endpoint
and secret. The API key is held here only, never logged or saved."""

from __future__ import annotations

from typing import Any

from distillery.errors import UserError
from distillery.generate.config import GenerateConfig
from distillery.generate.pricing import price_for
from distillery.generate.teachers.base import Teacher
from distillery.generate.teachers.synthetic import SyntheticTeacher


class TeacherFactory:
    """Reads the teacher's task, price and endpoint once (refusing what cannot work before any
    file is touched); `make()` builds the teacher when the run needs it."""

    def __init__(self, cfg: GenerateConfig, *, read_only: bool = False):
        self.cfg = cfg
        self.gold = SyntheticTeacher()
        self.task: Any = None
        self.price = None
        self.base_url: str | None = None
        self._api_key: str | None = None
        if cfg.teacher != "openai":
            return
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

    @property
    def model_name(self) -> str:
        return self.cfg.openai.model if self.cfg.teacher == "openai" else self.gold.model

    def make(self) -> Teacher:
        if self.cfg.teacher == "synthetic":
            return self.gold
        from distillery.generate.ratelimit import RateLimiter
        from distillery.generate.teachers.openai_teacher import OpenAITeacher

        oc = self.cfg.openai
        secret = self._api_key or "EMPTY"  # local servers (vLLM, llama.cpp, Ollama) accept any key
        limiter = RateLimiter(oc.rpm, oc.tpm)
        return OpenAITeacher(oc, self.task, api_key=secret, base_url=self.base_url, limiter=limiter)
