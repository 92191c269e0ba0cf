"""Token-budget chunking of long documents: full coverage, word-boundary cuts, overlap, progress."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillery.infer.chunking import chunk_ranges, token_starts


@pytest.fixture(scope="module")
def tok(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tiny_model_dir), local_files_only=True)


def _check(text, ranges, tok, max_tokens, overlap):
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    for (a, b), (c, d) in zip(ranges, ranges[1:], strict=False):
        assert a < b and c > a and d > b  # always moving forward
        assert c <= b  # no gap: every character is in some chunk
        if overlap == 0:
            assert c == b
    # The budget is kept in the document's own tokens. (Re-tokenizing a chunk alone can give a few
    # more: a word at its head loses its leading space and may split into several pieces; the
    # engine never truncates its input, so that costs a longer prompt, not a leak.)
    starts = token_starts(text, tok)
    for a, b in ranges[:-1]:
        assert sum(a <= s < b for s in starts) <= max_tokens + 1


def test_short_text_is_one_chunk(tok):
    assert chunk_ranges("Ciao Mario Rossi.", tok, 64, 8) == [(0, 17)]


def test_long_text_cut_at_newlines_and_words_with_overlap(tok):
    para = "Gentile Mario Rossi, la contatto al 347 123 4567 per la pratica 2024/118.\n"
    text = para * 40
    ranges = chunk_ranges(text, tok, 64, 16)
    assert len(ranges) > 5
    _check(text, ranges, tok, 64, 16)
    for a, b in ranges[:-1]:
        assert text[b - 1].isspace()  # cut after whitespace: no word is split by a cut
        assert a == 0 or text[a - 1].isspace()  # and chunks start at a word
    assert ranges[1][0] < ranges[0][1]  # overlapping


def test_no_overlap_partitions_the_text(tok):
    text = "parola " * 500
    ranges = chunk_ranges(text, tok, 50, 0)
    _check(text, ranges, tok, 50, 0)
    assert "".join(text[a:b] for a, b in ranges) == text


def test_text_without_whitespace_is_still_fully_covered(tok):
    text = "x7Q" * 400  # one giant "word": hard cuts, nothing dropped
    ranges = chunk_ranges(text, tok, 40, 8)
    _check(text, ranges, tok, 40, 8)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["Mario", "Rossi", "IT60", "347", "via", "\n", "  ", "è", "…"]), min_size=0, max_size=300),
    st.integers(32, 80),
    st.integers(0, 40),
)
def test_chunks_cover_everything(tok, words, max_tokens, overlap):
    text = " ".join(words) + "."
    ranges = chunk_ranges(text, tok, max_tokens, overlap)
    _check(text, ranges, tok, max_tokens, min(overlap, max_tokens // 2))


def test_a_newline_cut_is_not_repeated_by_the_next_chunk(tok):
    """Found by hypothesis: the second chunk's preferred cut was the first chunk's newline."""
    text = "Mario " * 8 + "\n " + "Mario " * 6 + "IT60 Mario."
    ranges = chunk_ranges(text, tok, 32, 16)
    _check(text, ranges, tok, 32, 16)


def test_a_chunk_starting_mid_text_keeps_the_budget_in_document_tokens(tok):
    """Found by hypothesis: re-tokenized alone, this chunk's head word splits into more pieces."""
    text = "Mario " * 5 + "Rossi " + "Mario " * 3 + "Rossi \n " + "Mario " * 5 + "IT60 IT60 IT60 … Mario."
    ranges = chunk_ranges(text, tok, 33, 9)
    assert len(ranges) > 1
    _check(text, ranges, tok, 33, 9)
