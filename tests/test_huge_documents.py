"""Huge documents through the tagger: streamed piece by piece (the same spans as whole), in memory
bounded by a piece, not by the document; bad input refused before any model loads."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from test_tagger_model import tagger_cfg, tiny_dataset
from typer.testing import CliRunner

from distillery.cli import app
from distillery.documents import Document
from distillery.infer import InferConfig, make_anonymizer, tagger_engine
from distillery.tagging.align import TokenWindows, encode, text_pieces, window_starts
from distillery.train.run import run as run_training

runner = CliRunner()
SENTENCES = [
    "Gentile Mario Rossi, la contatto al 347 123 4567 per la pratica 2024/118.",
    "Dear John Smith, please call (415) 555-0132 or write to john.smith@example.com.",
    "IBAN IT60 X054 2811 1010 0000 0123 456, codice fiscale RSSMRA85T10A562S, via Roma 12, Milano.",
    "Il  sig.\tBianchi   ha firmato;\nla dott.ssa Neri no.",
]


@pytest.fixture(scope="module")
def tagger_dir(tiny_model_dir, tmp_path_factory) -> Path:
    gen = tiny_dataset(tmp_path_factory.mktemp("gen-huge"))
    out = tmp_path_factory.mktemp("tagger-huge") / "run"
    run_training(tagger_cfg(tiny_model_dir), dataset=gen, output_dir=out, quiet=True)
    return out


def long_text(n_chars: int, seed: int = 0) -> str:
    rng = np.random.default_rng(seed)
    parts, size = [], 0
    while size < n_chars:
        s = SENTENCES[int(rng.integers(len(SENTENCES)))]
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)[:n_chars]


def test_pieces_tokenize_as_the_whole_text(tiny_model_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tiny_model_dir))
    text = long_text(5000)
    whole = encode(tok, text)
    ids, cores = [], []
    for a, b in text_pieces(text, 300):
        enc = encode(tok, text[a:b])
        ids += enc.ids
        cores += [(x + a, y + a) for x, y in enc.cores]
    assert ids == whole.ids and cores == whole.cores


def test_token_windows_are_the_windows_of_the_whole_document():
    for n, window, overlap in [(0, 8, 2), (5, 8, 2), (8, 8, 2), (9, 8, 2), (100, 16, 4), (37, 10, 9), (1000, 32, 8)]:
        tw = TokenWindows(window, overlap)
        got = []
        for i in range(0, n, 7):
            got += tw.add(list(range(i, min(i + 7, n))), [(j, j + 1) for j in range(i, min(i + 7, n))])
            tw.forget_before(max(0, i - 20))
        got += tw.close()
        assert [s for s, _ in got] == (window_starts(n, window, overlap) if n else [])
        assert all(row == list(range(s, min(s + window, n))) for s, row in got)


@pytest.mark.parametrize("stream_batch", [1, 2])
def test_a_streamed_document_gets_the_same_result_as_whole(tagger_dir, monkeypatch, stream_batch):
    monkeypatch.setattr(tagger_engine, "STREAM_BATCH", stream_batch)
    anonymizer = make_anonymizer(InferConfig(model=str(tagger_dir), runtime="torch", threshold=0.2, batch_size=3))
    docs = [Document(long_text(n, seed=n), n) for n in (150, 900, 2500)]
    whole = [r.model_dump() for r in anonymizer.stream(docs)]
    monkeypatch.setattr(tagger_engine, "STREAM_CHARS", 100)
    monkeypatch.setattr(tagger_engine, "PIECE_CHARS", 64)
    windows_before = anonymizer.stats.windows
    streamed = [r.model_dump() for r in anonymizer.stream(docs)]
    assert anonymizer.stats.windows - windows_before > len(docs)  # the streamed path ran the windows
    assert streamed == whole
    assert any(r["replaced_tokens"] for r in whole)


def peak_bytes(anonymizer, text: str) -> int:
    tracemalloc.start()
    try:
        spans = anonymizer._streamed_spans(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert spans is not None
    return peak


def test_a_huge_document_is_decoded_in_bounded_memory(tagger_dir, monkeypatch):
    """Peak Python memory of the windows + decoding for single-line documents of 64 KB and 256 KB
    (the model's part replaced by random probabilities: this is about what the engine holds): what
    grows with the document is the text and the spans found, not its tokens or their probabilities
    (holding the 256 KB document's token x label probabilities alone would take ~20 MB)."""
    anonymizer = make_anonymizer(InferConfig(model=str(tagger_dir), runtime="torch", threshold=0.9, batch_size=8))
    rng = np.random.default_rng(0)
    n_labels = len(anonymizer.labels)

    def fake_run(rows):
        out = []
        for r in rows:
            p = rng.random((len(r), n_labels), dtype=np.float32)
            p[:, 0] += 0.5 * n_labels  # mostly O, some spans
            out.append(p / p.sum(axis=1, keepdims=True))
        return out

    monkeypatch.setattr(anonymizer, "_run", fake_run)
    small, big = long_text(64_000, 1), long_text(256_000, 2)
    small_peak, big_peak = peak_bytes(anonymizer, small), peak_bytes(anonymizer, big)
    assert big_peak < 1.5 * small_peak, (small_peak, big_peak)  # measured: 7.1 and 7.3 MB
    assert big_peak < 16 * 2**20, big_peak


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("empty.txt", b"", "input is empty"),
        ("blank.txt", b"  \n\n", "input is empty"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary data"),
        ("docs.jsonl", b'{"txt": "no text field"}\n{"text": "fine"}\n', "docs.jsonl:1"),
        ("docs.jsonl", b"not json\n", "docs.jsonl:1: invalid JSON"),
    ],
)
def test_bad_input_fails_before_the_model_loads(tmp_path, monkeypatch, name, content, error):
    from distillery.errors import UserError
    from distillery.infer import run as infer_run

    def no_model(*args, **kwargs):
        raise AssertionError("the engine was loaded before the input was checked")

    monkeypatch.setattr(infer_run, "make_anonymizer", no_model)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=error):
        infer_run.run_infer(InferConfig(), input_path=str(path), quiet=True)
    res = runner.invoke(app, ["infer", "-i", str(path), "-q"])
    assert res.exit_code != 0 and error.split(":")[-1].strip() in res.output
    assert len(res.output.strip().splitlines()) == 1
