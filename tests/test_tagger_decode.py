"""Tagger decoding: token probabilities -> word-aligned spans, on hand-made probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from distillery.pii.find import whole_word
from distillery.tagging.decode import decode_spans, units_of
from distillery.tagging.labels import default_label_set

LABELS = default_label_set()


def char_tokens(text: str, size: int = 3) -> list[tuple[int, int]]:
    """Tokens of at most `size` characters inside each whitespace-separated chunk: like a byte-level BPE,
    a token never spans whitespace, but it cuts words anywhere ("Ros|set|ti") and glues punctuation
    to letters ("i,")."""
    import re

    cores = []
    for m in re.finditer(r"\S+", text):
        for i in range(m.start(), m.end(), size):
            cores.append((i, min(i + size, m.end())))
    return cores


def probs_for(text: str, cores, tagged: dict[str, str], p: float = 0.9, begin_at: tuple[str, ...] = ()) -> np.ndarray:
    """Probabilities where every token overlapping one of `tagged` (value -> type) gets mass `p` on that
    type (B on the value's first token, I after), the rest on O."""
    out = np.zeros((len(cores), len(LABELS)), dtype=np.float32)
    out[:, 0] = 1.0
    for value, pii_type in tagged.items():
        start = text.index(value)
        end = start + len(value)
        first = True
        for i, (a, b) in enumerate(cores):
            if a < b and a < end and start < b:
                lab = LABELS.begin(pii_type) if first or value in begin_at else LABELS.inside(pii_type)
                out[i] = 0.0
                out[i, lab] = p
                out[i, 0] = 1 - p
                first = False
    return out


def values(text: str, spans) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in spans]


def test_spans_snap_to_whole_words_when_tokens_cross_word_boundaries():
    text = "Il sig. Rossetti, ha pagato."
    cores = char_tokens(text)
    # "Rossetti," is cut as "Ros|set|ti,": the last token glues the comma to the name, and the middle
    # token is unsure. The span is still exactly the word.
    probs = probs_for(text, cores, {"Rossetti": "PERSON"})
    probs[cores.index((11, 14))] = probs[cores.index((11, 14))] * 0 + 0.3 / (len(LABELS) - 1)
    probs[cores.index((11, 14)), 0] = 0.7
    spans = decode_spans(text, cores, probs, LABELS)
    assert values(text, spans) == [("Rossetti", "PERSON")]
    assert all(whole_word(text, s.start, s.end) for s in spans)


def test_one_type_per_word_by_vote():
    text = "chiama 3471234567 ora"
    cores = [(0, 6), (7, 10), (10, 13), (13, 17), (18, 21)]
    probs = np.zeros((5, len(LABELS)), dtype=np.float32)
    probs[:, 0] = 1.0
    for i, t in ((1, "PHONE"), (2, "PHONE"), (3, "CREDIT_CARD")):
        probs[i] = 0.0
        probs[i, LABELS.inside(t)] = 0.8
        probs[i, 0] = 0.2
    spans = decode_spans(text, cores, probs, LABELS)
    assert values(text, spans) == [("3471234567", "PHONE")]


def test_names_and_addresses_merge_over_their_joiners():
    text = "Scrivere a Maria De Luca, Via Roma 12,\n20100 Milano. Grazie"
    cores = char_tokens(text, 2)
    probs = probs_for(text, cores, {"Maria De Luca": "PERSON", "Via Roma 12": "ADDRESS", "20100 Milano": "ADDRESS"})
    got = values(text, decode_spans(text, cores, probs, LABELS))
    assert got == [("Maria De Luca", "PERSON"), ("Via Roma 12,\n20100 Milano", "ADDRESS")]


def test_two_people_separated_by_a_comma_stay_two_spans():
    text = "Presenti: Anna Neri, Luca Bo."
    cores = char_tokens(text, 2)
    probs = probs_for(text, cores, {"Anna Neri": "PERSON", "Luca Bo": "PERSON"}, begin_at=())
    got = values(text, decode_spans(text, cores, probs, LABELS))
    assert got == [("Anna Neri", "PERSON"), ("Luca Bo", "PERSON")]


def test_trailing_sentence_punctuation_is_not_part_of_a_value():
    text = "Scrivimi a anna.neri@example.com."
    cores = char_tokens(text, 4)
    probs = probs_for(text, cores, {"anna.neri@example.com.": "EMAIL"})
    assert values(text, decode_spans(text, cores, probs, LABELS)) == [("anna.neri@example.com", "EMAIL")]


def test_phone_keeps_its_plus_and_brackets():
    text = "tel. +39 (02) 1234 5678, grazie"
    cores = char_tokens(text, 2)
    probs = probs_for(text, cores, {"39 (02) 1234 5678": "PHONE"})
    assert values(text, decode_spans(text, cores, probs, LABELS)) == [("+39 (02) 1234 5678", "PHONE")]


@pytest.mark.parametrize("threshold, expected", [(0.3, ["Rosa"]), (0.5, ["Rosa"]), (0.7, [])])
def test_threshold_is_the_privacy_damage_dial(threshold, expected):
    text = "ciao Rosa come stai"
    cores = char_tokens(text, 5)
    probs = probs_for(text, cores, {"Rosa": "PERSON"}, p=0.6)
    got = [v for v, _ in values(text, decode_spans(text, cores, probs, LABELS, threshold=threshold))]
    assert got == expected


def test_per_type_thresholds_override_the_default():
    text = "ciao Rosa, IBAN nessuno"
    cores = char_tokens(text, 5)
    probs = probs_for(text, cores, {"Rosa": "PERSON"}, p=0.4)
    assert decode_spans(text, cores, probs, LABELS) == []
    spans = decode_spans(text, cores, probs, LABELS, thresholds={"PERSON": 0.3})
    assert values(text, spans) == [("Rosa", "PERSON")]


def test_nothing_tagged_and_empty_inputs():
    text = "Nessun dato personale qui."
    cores = char_tokens(text)
    probs = probs_for(text, cores, {})
    assert decode_spans(text, cores, probs, LABELS) == []
    assert decode_spans("", [], np.zeros((0, len(LABELS)), dtype=np.float32), LABELS) == []


def test_units_are_words_and_single_symbols():
    assert [("a b_c-d€ 12"[u.start : u.end]) for u in units_of("a b_c-d€ 12")] == ["a", "b_c", "-", "d", "€", "12"]


def _two_level(text: str, strong: dict[str, str], weak: dict[str, str], p_weak: float) -> tuple[list, np.ndarray]:
    """Char tokens; `strong` values at 0.9, `weak` values at `p_weak` (B on their first token)."""
    cores = char_tokens(text)
    probs = probs_for(text, cores, strong)
    low = probs_for(text, cores, weak, p=p_weak)
    for i in range(len(cores)):
        if low[i, 0] < 1.0:
            probs[i] = low[i]
    return cores, probs


def test_hysteresis_replaces_a_name_whole():
    text = "Dear John Smith, thanks."
    cores, probs = _two_level(text, {"Smith": "PERSON"}, {"John": "PERSON"}, p_weak=0.42)
    assert values(text, decode_spans(text, cores, probs, LABELS)) == [("Smith", "PERSON")]
    assert values(text, decode_spans(text, cores, probs, LABELS, extend=0.5)) == [("John Smith", "PERSON")]
    # Below the lower bar the neighbour stays out.
    cores, probs = _two_level(text, {"Smith": "PERSON"}, {"John": "PERSON"}, p_weak=0.2)
    assert values(text, decode_spans(text, cores, probs, LABELS, extend=0.5)) == [("Smith", "PERSON")]


def test_hysteresis_never_starts_a_value_on_its_own():
    text = "Anna ha chiamato ieri, poi Rossi."
    cores, probs = _two_level(text, {}, {"Anna": "PERSON", "Rossi": "PERSON"}, p_weak=0.4)
    assert decode_spans(text, cores, probs, LABELS, extend=0.5) == []
    # Nor does it bridge a word that is not personal data at all.
    text = "Via Roma 12 presso Milano"
    cores, probs = _two_level(text, {"Roma 12": "ADDRESS"}, {"Milano": "ADDRESS"}, p_weak=0.4)
    assert values(text, decode_spans(text, cores, probs, LABELS, extend=0.5)) == [("Roma 12", "ADDRESS")]


def test_hysteresis_joins_capitalised_words_and_numbers_only():
    text = "residente in Via Roma 12 oggi"
    cores, probs = _two_level(text, {"Via Roma 12": "ADDRESS"}, {"in": "ADDRESS"}, p_weak=0.4)
    assert values(text, decode_spans(text, cores, probs, LABELS, extend=0.5)) == [("Via Roma 12", "ADDRESS")]


def test_a_full_stop_after_a_whole_word_ends_the_value():
    text = "Via Garibaldi 14, 80132 Napoli. Per il rimborso"
    cores = char_tokens(text)
    probs = probs_for(text, cores, {"Via Garibaldi 14, 80132 Napoli": "ADDRESS", "Per": "ADDRESS"})
    got = values(text, decode_spans(text, cores, probs, LABELS))
    assert got[0] == ("Via Garibaldi 14, 80132 Napoli", "ADDRESS")
    text = "12 St. Louis Avenue"  # an abbreviation's full stop is inside the value
    cores = char_tokens(text)
    probs = probs_for(text, cores, {"12 St": "ADDRESS", "Louis Avenue": "ADDRESS"})
    assert values(text, decode_spans(text, cores, probs, LABELS)) == [("12 St. Louis Avenue", "ADDRESS")]
