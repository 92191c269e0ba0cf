"""Tagger labels: character spans -> token BIO labels, and long documents -> windows."""

from __future__ import annotations

import pytest

from distillery.tagging.align import best_window, encode, token_cores, token_labels, window_starts
from distillery.tagging.labels import LabelSet, default_label_set

LABELS = default_label_set()


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tiny_model_dir))


def labelled(tokenizer, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(token core text, label) for every token that is not whitespace."""
    enc = encode(tokenizer, text)
    tags = token_labels(enc.cores, spans, LABELS)
    return [(text[a:b], LABELS.labels[t]) for (a, b), t in zip(enc.cores, tags, strict=True) if a < b]


def span(text: str, value: str, pii_type: str, nth: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return (start, start + len(value), pii_type)


def test_label_set_order_and_round_trip():
    assert LABELS.labels[:3] == ["O", "B-PERSON", "I-PERSON"]
    assert len(LABELS) == 1 + 2 * len(LABELS.types)
    assert LabelSet.from_labels(LABELS.labels) == LABELS
    with pytest.raises(ValueError):
        LabelSet.from_labels(["B-PERSON", "O"])
    with pytest.raises(ValueError):
        LabelSet.from_labels(["O", "I-PERSON", "B-PERSON"])


def test_leading_space_tokens_are_labelled_by_their_word(tokenizer):
    text = "Gentile Mario Rossi, la contatto."
    got = labelled(tokenizer, text, [span(text, "Mario Rossi", "PERSON")])
    inside = [lab for tok, lab in got if tok and tok in "Mario Rossi"]
    assert inside[0] == "B-PERSON" and set(inside[1:]) <= {"I-PERSON"}
    assert all(lab == "O" for tok, lab in got if tok in ("Gentile", ",", "la", "contatto", "."))
    # The space before "Mario" lives in Mario's token, but the token's core starts at "M".
    enc = encode(tokenizer, text)
    assert all(not text[a:b].startswith(" ") for a, b in enc.cores)


def test_digits_split_into_many_tokens_are_one_entity(tokenizer):
    text = "chiamami al 347 123 4567 domani"
    got = labelled(tokenizer, text, [span(text, "347 123 4567", "PHONE")])
    phone = [lab for tok, lab in got if tok.isdigit()]
    assert phone[0] == "B-PHONE" and set(phone[1:]) == {"I-PHONE"} and len(phone) >= 3


def test_emoji_and_crlf_do_not_shift_labels(tokenizer):
    text = "ciao 😀\r\nsono Anna Bianchi\r\n🙂 a dopo"
    got = labelled(tokenizer, text, [span(text, "Anna Bianchi", "PERSON")])
    person = "".join(tok for tok, lab in got if lab != "O")
    assert person.replace(" ", "") == "AnnaBianchi"
    # Whitespace-only tokens (CRLF) are O and have an empty core.
    enc = encode(tokenizer, text)
    tags = token_labels(enc.cores, [span(text, "Anna Bianchi", "PERSON")], LABELS)
    assert all(t == 0 for (a, b), t in zip(enc.cores, tags, strict=True) if a == b)


def test_two_adjacent_entities_each_get_a_begin(tokenizer):
    text = "Mario Rossi John Smith"
    spans = [span(text, "Mario Rossi", "PERSON"), span(text, "John Smith", "PERSON")]
    got = [lab for _, lab in labelled(tokenizer, text, spans)]
    assert got.count("B-PERSON") == 2 and "O" not in got


def test_unknown_types_are_outside():
    assert token_labels([(0, 5)], [(0, 5, "NOT_A_TYPE")], LABELS) == [0]


def test_token_cores_strip_whitespace():
    assert token_cores(" ab \n", [(0, 3), (3, 5)]) == [(1, 3), (5, 5)]


@pytest.mark.parametrize("n, window, overlap", [(5, 8, 2), (8, 8, 2), (9, 8, 2), (100, 16, 4), (37, 10, 9)])
def test_windows_cover_every_token_and_stitch_to_one_owner(n, window, overlap):
    starts = window_starts(n, window, overlap)
    assert starts[0] == 0 and min(starts[-1] + window, n) == n
    covered = set()
    for s in starts:
        covered.update(range(s, min(s + window, n)))
    assert covered == set(range(n))
    owner = best_window(starts, window, n)
    assert len(owner) == n
    for i, w in enumerate(owner):
        assert starts[w] <= i < starts[w] + window


def test_text_after_the_window_is_labelled_in_a_later_window(tokenizer):
    text = "nota " * 40 + "firmato Mario Rossi"
    enc = encode(tokenizer, text)
    tags = token_labels(enc.cores, [span(text, "Mario Rossi", "PERSON")], LABELS)
    starts = window_starts(len(enc.ids), 16, 4)
    assert len(starts) > 1
    last = starts[-1]
    assert any(t != 0 for t in tags[last:])  # the name is inside the last window's labels
