"""Token prices and cost accounting. The built-in table is a convenience: override it in the config
(`openai.prices`) when prices change or for your own deployment."""

from __future__ import annotations

from distillery.generate.config import ModelPrice

# USD per 1M tokens, standard (non-batch) tier, as published by OpenAI in 2025.
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "gpt-4o-mini": ModelPrice(input=0.15, output=0.60),
    "gpt-4o": ModelPrice(input=2.50, output=10.00),
    "gpt-4.1": ModelPrice(input=2.00, output=8.00),
    "gpt-4.1-mini": ModelPrice(input=0.40, output=1.60),
    "gpt-4.1-nano": ModelPrice(input=0.10, output=0.40),
    "gpt-5": ModelPrice(input=1.25, output=10.00),
    "gpt-5-mini": ModelPrice(input=0.25, output=2.00),
    "gpt-5-nano": ModelPrice(input=0.05, output=0.40),
    "o4-mini": ModelPrice(input=1.10, output=4.40),
}

FREE = ModelPrice(input=0.0, output=0.0)


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


def cost_usd(price: ModelPrice, input_tokens: int, output_tokens: int) -> float:
    return (input_tokens * price.input + output_tokens * price.output) / 1_000_000


def estimate_tokens(chars: int) -> int:
    """A tokenizer-free estimate: about 4 characters per token for Italian and English prose, a bit
    pessimistic for PII-dense text (digits and codes tokenize worse), which is the safe side for budgets."""
    return max(1, -(-chars // 4))
