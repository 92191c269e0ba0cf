"""Batched generation of the student's answers: one call per batch of prompts.

What makes it fast:
- torch.inference_mode, SDPA attention, KV cache, greedy decoding, stop at end-of-turn;
- left padding, so every row's last prompt token sits at the same position;
- the shared prompt prefix (system instruction, and the worked examples in few-shot mode) is run
  through the model once; each batch starts from a copy of that KV cache, so the prefill only
  computes the document tokens. Rows are laid out `[prefix][padding][document]`: the attention mask
  hides the padding and position ids come from the mask, so the result equals plain left padding;
- optionally (config.compile) a static KV cache, which lets transformers torch.compile the decoding
  step; prompt lengths are then rounded up to a few buckets so compiled graphs are reused.
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from typing import Any

from distillery.infer.config import InferConfig
from distillery.student_format import few_shot_messages, prompt_messages

_SENTINEL = "\u2063DISTILLERY_DOCUMENT\u2063"
# End-of-turn tokens of common chat templates; the model may end its answer with any of these.
_STOP_TOKENS = ("<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<|end|>", "<end_of_turn>", "</s>", "<|end_of_text|>")
_COMPILE_BUCKET = 64


@dataclass
class Generation:
    text: str  # the decoded answer, special tokens removed
    new_tokens: int  # tokens generated, end-of-turn included
    hit_limit: bool  # stopped by max_new_tokens, not by an end-of-turn token


@dataclass
class GenerationStats:
    batches: int = 0
    rows: int = 0
    prompt_tokens: int = 0  # document + prompt tokens the model saw (prefix counted once per row)
    prefill_tokens: int = 0  # tokens actually computed in prefill (the cached prefix excluded)
    generated_tokens: int = 0
    seconds: float = 0.0
    batch_seconds: list[float] = field(default_factory=list)
    batch_rows: list[int] = field(default_factory=list)


class PromptBuilder:
    """Renders the student prompt with the tokenizer's chat template and finds its shared prefix."""

    def __init__(self, tokenizer: Any, few_shot: bool = False):
        self.tokenizer = tokenizer
        self.messages = few_shot_messages if few_shot else prompt_messages
        rendered = self.render(_SENTINEL)
        prefix = rendered.split(_SENTINEL)[0] if _SENTINEL in rendered else ""
        self.prefix_ids: list[int] = self._encode(prefix) if prefix else []

    def render(self, text: str) -> str:
        return self.tokenizer.apply_chat_template(self.messages(text), tokenize=False, add_generation_prompt=True)

    def _encode(self, s: str) -> list[int]:
        # The chat template already holds the special tokens (BOS, <|im_start|>...).
        return self.tokenizer(s, add_special_tokens=False)["input_ids"]

    def encode(self, text: str) -> list[int]:
        return self._encode(self.render(text))

    def has_prefix(self, ids: list[int]) -> bool:
        n = len(self.prefix_ids)
        return n > 0 and len(ids) > n and ids[:n] == self.prefix_ids


def stop_token_ids(tokenizer: Any, model: Any) -> list[int]:
    ids: set[int] = set()
    gen_eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    for value in (tokenizer.eos_token_id, gen_eos):
        if isinstance(value, int):
            ids.add(value)
        elif isinstance(value, (list, tuple)):
            ids.update(v for v in value if isinstance(v, int))
    vocab = tokenizer.get_vocab()
    ids.update(vocab[t] for t in _STOP_TOKENS if t in vocab)
    return sorted(ids)


class BatchGenerator:
    """Generates answers for batches of tokenized prompts with one `model.generate` call each."""

    def __init__(self, model: Any, tokenizer: Any, config: InferConfig, prompts: PromptBuilder):
        self.model = model
        self.tokenizer = tokenizer
        self.config = config
        self.prompts = prompts
        self.stop_ids = stop_token_ids(tokenizer, model)
        self.pad_id = tokenizer.pad_token_id
        self.stats = GenerationStats()
        self.use_static = bool(config.compile)
        # A static cache cannot start from a copied dynamic prefix cache: one or the other.
        self.use_prefix_cache = config.prefix_cache and not self.use_static and bool(prompts.prefix_ids)
        self._prefix_cache: Any = None
        self._gen_config = self._generation_config()

    def _generation_config(self) -> Any:
        from transformers import GenerationConfig

        cfg = self.config
        kwargs: dict[str, Any] = dict(
            max_new_tokens=cfg.max_new_tokens,
            eos_token_id=self.stop_ids,
            pad_token_id=self.pad_id,
            use_cache=True,
            do_sample=cfg.temperature > 0,
        )
        if cfg.min_new_tokens:
            kwargs["min_new_tokens"] = min(cfg.min_new_tokens, cfg.max_new_tokens)
        if cfg.temperature > 0:
            kwargs.update(temperature=cfg.temperature, top_p=cfg.top_p)
        if self.use_static:
            from transformers.generation.configuration_utils import CompileConfig

            kwargs["cache_implementation"] = "static"
            compile_config = CompileConfig()
            if self.model.device.type == "cpu":
                compile_config._compile_all_devices = True  # transformers only auto-compiles on GPUs otherwise
            kwargs["compile_config"] = compile_config
        # A fresh config: the model's own generation_config may carry sampling defaults we do not want.
        return GenerationConfig(**kwargs)

    def _shared_prefix_cache(self) -> Any:
        import torch
        from transformers import DynamicCache

        if self._prefix_cache is None:
            ids = torch.tensor([self.prompts.prefix_ids], device=self.model.device)
            cache = DynamicCache(config=self.model.config)
            with torch.inference_mode():
                self.model(input_ids=ids, cache=cache, use_cache=True, logits_to_keep=1)
            self._prefix_cache = cache
        return self._prefix_cache

    def _layout(self, rows: list[list[int]]) -> tuple[list[list[int]], list[list[int]], Any]:
        """(input ids, attention mask, cache or None) for one batch."""
        pad = self.pad_id
        if self.use_prefix_cache and all(self.prompts.has_prefix(r) for r in rows):
            p = len(self.prompts.prefix_ids)
            tails = [r[p:] for r in rows]
            width = max(map(len, tails))
            ids = [r[:p] + [pad] * (width - len(t)) + t for r, t in zip(rows, tails, strict=True)]
            mask = [[1] * p + [0] * (width - len(t)) + [1] * len(t) for t in tails]
            cache = copy.deepcopy(self._shared_prefix_cache())
            if len(rows) > 1:
                cache.batch_repeat_interleave(len(rows))
            return ids, mask, cache
        width = max(map(len, rows))
        if self.use_static:  # a few distinct shapes, so compiled graphs are reused
            width = -(-width // _COMPILE_BUCKET) * _COMPILE_BUCKET
        ids = [[pad] * (width - len(r)) + r for r in rows]
        mask = [[0] * (width - len(r)) + [1] * len(r) for r in rows]
        return ids, mask, None

    def generate(self, rows: list[list[int]]) -> list[Generation]:
        """One answer per row. A batch that does not fit in GPU memory is split in halves and retried."""
        import torch

        try:
            return self._generate(rows)
        except torch.OutOfMemoryError:
            if len(rows) == 1:
                raise
            torch.cuda.empty_cache()
            half = len(rows) // 2
            return self.generate(rows[:half]) + self.generate(rows[half:])

    def _generate(self, rows: list[list[int]]) -> list[Generation]:
        import torch

        t0 = time.perf_counter()
        ids, mask, cache = self._layout(rows)
        device = self.model.device
        input_ids = torch.tensor(ids, dtype=torch.long, device=device)
        attention_mask = torch.tensor(mask, dtype=torch.long, device=device)
        kwargs: dict[str, Any] = {"cache": cache} if cache is not None else {}
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=input_ids, attention_mask=attention_mask, generation_config=self._gen_config, **kwargs
            )
        new = out[:, input_ids.shape[1] :].tolist()
        results = []
        stop = set(self.stop_ids)
        for seq in new:
            end = next((i for i, t in enumerate(seq) if t in stop), None)
            kept = seq if end is None else seq[:end]
            text = self.tokenizer.decode(kept, skip_special_tokens=True)
            results.append(Generation(text, len(seq) if end is None else end + 1, end is None))
        dt = time.perf_counter() - t0
        st = self.stats
        st.batches += 1
        st.rows += len(rows)
        st.prompt_tokens += sum(map(len, rows))
        st.prefill_tokens += int(attention_mask.sum()) - (len(self.prompts.prefix_ids) * len(rows) if cache else 0)
        st.generated_tokens += sum(g.new_tokens for g in results)
        st.seconds += dt
        st.batch_seconds.append(dt)
        st.batch_rows.append(len(rows))
        return results
