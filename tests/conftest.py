"""Shared fixtures: a tiny random Llama with a real byte-level tokenizer and a chat template.

Built in a few seconds, offline, so train/infer/eval tests run the real code paths on CPU.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never reach the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

_CORPUS = [
    "Gentile Mario Rossi, la contatto al 347 123 4567 per la pratica 2024/118.",
    "Dear John Smith, please call (415) 555-0132 or write to john.smith@example.com.",
    'List the personal data in the user\'s text as a JSON array of {"v": exact value, "t": type}.',
    '[{"v":"Mario Rossi","t":"PERSON"},{"v":"347 123 4567","t":"PHONE"}]',
    "IBAN IT60 X054 2811 1010 0000 0123 456, codice fiscale RSSMRA85T10A562S, via Roma 12, Milano.",
    "PERSON EMAIL PHONE ADDRESS IBAN CREDIT_CARD CODICE_FISCALE PARTITA_IVA SSN URL IP_ADDRESS",
]


def build_tiny_model(path: Path) -> Path:
    """Write a tiny LlamaForCausalLM + byte-level BPE tokenizer with a chat template to `path`."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tk.train_from_iterator(_CORPUS * 4, trainer=trainer)
    tok = PreTrainedTokenizerFast(
        tokenizer_object=tk,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        unk_token="<|endoftext|>",
        pad_token="<|endoftext|>",
    )
    tok.chat_template = CHAT_TEMPLATE
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        tie_word_embeddings=True,
    )
    model = LlamaForCausalLM(config)
    model.generation_config.eos_token_id = tok.eos_token_id
    model.generation_config.pad_token_id = tok.pad_token_id
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a tiny random Llama model directory (built once per test session)."""
    return build_tiny_model(tmp_path_factory.mktemp("tiny-llama"))


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test reads settings (env, .env) anew."""
    from distillery.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
