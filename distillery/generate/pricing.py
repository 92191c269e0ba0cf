"""Token prices and cost accounting. The built-in table is a convenience: override it in the config
(`openai.prices`) when prices change or for your own deployment."""

from __future__ import annotations

from distillery.generate.config import ModelPrice

# USD per 1M tokens, standard tier, as published by OpenAI in 2025: input, cached input (automatic
# prompt caching of a repeated prefix of >= 1,024 tokens), output. The Batch API costs half of each.
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "gpt-4o-mini": ModelPrice(input=0.15, cached_input=0.075, output=0.60),
    "gpt-4o": ModelPrice(input=2.50, cached_input=1.25, output=10.00),
    "gpt-4.1": ModelPrice(input=2.00, cached_input=0.50, output=8.00),
    "gpt-4.1-mini": ModelPrice(input=0.40, cached_input=0.10, output=1.60),
    "gpt-4.1-nano": ModelPrice(input=0.10, cached_input=0.025, output=0.40),
    "gpt-5": ModelPrice(input=1.25, cached_input=0.125, output=10.00),
    "gpt-5-mini": ModelPrice(input=0.25, cached_input=0.025, output=2.00),
    "gpt-5-nano": ModelPrice(input=0.05, cached_input=0.005, output=0.40),
    "o4-mini": ModelPrice(input=1.10, cached_input=0.275, output=4.40),
}
# OpenAI caches a prompt prefix of at least this many tokens, in steps of CACHE_STEP_TOKENS.
CACHE_MIN_TOKENS = 1024
CACHE_STEP_TOKENS = 128


def price_for(model: str, overrides: dict[str, ModelPrice] | None = None) -> ModelPrice | None:
    """The price of `model`: exact name first, then the longest known name it extends with "-"
    (dated snapshots such as gpt-4o-mini-2024-07-18). None when unknown (a local server)."""
    table = {**DEFAULT_PRICES, **(overrides or {})}
    if model in table:
        return table[model]
    best = None
    for name in table:
        if model.startswith(name + "-") and (best is None or len(name) > len(best)):
            best = name
    return table[best] if best else None


def cost_usd(
    price: ModelPrice, input_tokens: int, output_tokens: int, cached_input_tokens: int = 0, *, batch: bool = False
) -> float:
    """USD for one request's usage: `input_tokens` counts all prompt tokens, of which
    `cached_input_tokens` are billed at the cached rate; the Batch API applies its discount."""
    cached = min(cached_input_tokens, input_tokens)
    cached_rate = price.input if price.cached_input is None else price.cached_input
    usd = ((input_tokens - cached) * price.input + cached * cached_rate + output_tokens * price.output) / 1_000_000
    return usd * price.batch_discount if batch else usd


def cacheable_tokens(prefix_tokens: int) -> int:
    """The part of a repeated prompt prefix that automatic prompt caching serves from the cache."""
    if prefix_tokens < CACHE_MIN_TOKENS:
        return 0
    return prefix_tokens // CACHE_STEP_TOKENS * CACHE_STEP_TOKENS


def estimate_tokens(chars: int) -> int:
    """A tokenizer-free estimate: about 4 characters per token for Italian and English prose, a bit
    pessimistic for PII-dense text (digits and codes tokenize worse), which is the safe side for budgets."""
    return max(1, -(-chars // 4))
