"""Finding a value in a text (`pii.find`): the one rule behind grounding, gold, leaks and occurrences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillery.pii.find import find_all, fold, locate, whole_word


def _found(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_any_whitespace_run_for_any_whitespace_run():
    text = "IBAN IT60  X054\n2811 e IT60\t\u00a0X054 2811, non IT60X0542811."
    assert _found(text, find_all(text, "IT60 X054 2811")) == ["IT60  X054\n2811", "IT60\t\u00a0X054 2811"]
    # The value's own whitespace is as loose: a line break or double space in it, spaces at its edges.
    assert find_all(text, "  IT60\n X054  2811 ") == find_all(text, "IT60 X054 2811")
    # ... but whitespace is never optional: the value with none is another spelling.
    assert _found(text, find_all(text, "IT60X0542811")) == ["IT60X0542811"]


def test_every_occurrence_without_overlaps():
    text = "Anna, ANNA e Anna; anna."
    assert find_all(text, "Anna") == [(0, 4), (13, 17)]
    assert _found(text, find_all(text, "anna", ignore_case=True)) == ["Anna", "ANNA", "Anna", "anna"]
    assert find_all("aaaa", "aa", whole="none") == [(0, 2), (2, 4)]


def test_regex_metacharacters_are_literal():
    text = "pwd: a.b(c)+[d]*? then axb(c)+[d]*?"
    assert find_all(text, "a.b(c)+[d]*?") == [(5, 17)]
    assert find_all("x^2 $5 \\d", "\\d") == [(7, 9)]
    assert find_all("a|b", "a|b") == [(0, 3)] and find_all("a", "a|b") == []


@pytest.mark.parametrize(
    ("text", "value", "words", "tokens"),
    [
        ("Rosa e Rosaria", "Rosa", ["Rosa"], ["Rosa"]),  # not inside a longer word
        ("svc e svc_crm", "svc", ["svc"], ["svc"]),  # an underscore continues a word
        ("l'Ada, ad Adamo", "Ada", ["Ada"], ["Ada"]),  # an apostrophe does not
        ("mario.rossi@example.org e mario.", "mario", ["mario", "mario"], ["mario"]),  # ... a dot does,
        ("Bianchi-Rossi e Rossi-Neri e Rossi", "Rossi", ["Rossi"] * 3, ["Rossi"]),  # for tokens only
        ("x@svc_crm, @svc_crm", "svc_crm", ["svc_crm"] * 2, ["svc_crm"]),
        ("tel+39 347 1234567.", "+39 347 1234567", ["+39 347 1234567"], ["+39 347 1234567"]),  # a "+" edge
        ("Rossini", "Rossi", [], []),
    ],
)
def test_whole_words_and_whole_tokens(text, value, words, tokens):
    assert _found(text, find_all(text, value, whole="words")) == words
    assert _found(text, find_all(text, value, whole="tokens")) == tokens
    assert all(whole_word(text, a, b) for a, b in find_all(text, value, whole="words"))


def test_locate_prefers_whole_words_and_falls_back_to_substrings():
    assert locate("Ada ha scritto ad Adamo.", "Ada") == [(0, 3)]
    assert locate("scrive RossiMario", "Rossi") == [(7, 12)]  # only glued: still that value
    assert locate("scrive RossiMario", "Rossi", loose=False) == []
    assert locate("Dear MARIO ROSSI", "Mario Rossi") == []
    assert locate("Dear MARIO ROSSI", "mario  rossi", ignore_case=True) == [(5, 16)]


def test_blank_values_are_never_found():
    assert find_all("a b", " \n") == [] and find_all("a", "") == [] and locate("a", "  ") == []


def test_whole_word_predicate():
    text = "Rossini svc_crm x"
    assert whole_word(text, 0, 7) and not whole_word(text, 0, 5)
    assert whole_word(text, 8, 15) and not whole_word(text, 8, 11)
    assert whole_word("(Mario)", 1, 6) and whole_word("(Mario)", 0, 7)


def test_fold_is_the_one_spelling_key():
    assert fold("  Mario \n ROSSI\t") == fold("mario rossi") == "mario rossi"
    assert fold("Mario Rossi") != fold("MarioRossi")


def _scan(text: str, value: str, keep) -> list[tuple[int, int]]:
    """Leftmost non-overlapping occurrences, the slow obvious way."""
    found: list[tuple[int, int]] = []
    for i in range(len(text)):
        j = i + len(value)
        if text.startswith(value, i) and (not found or i >= found[-1][1]) and keep(i, j):
            found.append((i, j))
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab_ .-@\n", max_size=30), st.text(alphabet="ab_.", min_size=1, max_size=4))
def test_without_whitespace_in_the_value_it_is_plain_search_plus_the_edge_rule(text, value):
    assert find_all(text, value, whole="none") == _scan(text, value, lambda i, j: True)
    assert find_all(text, value, whole="words") == _scan(text, value, lambda i, j: whole_word(text, i, j))


def test_a_long_document_is_searched_through_its_word_index_with_the_same_results(monkeypatch):
    """Above INDEX_MIN_CHARS the candidates come from an index of the text's words (built once per
    document); the occurrences found are exactly the scan's."""
    import random

    from distillery.pii import find

    rng = random.Random(3)
    pieces = ["Mario", "mario", "Rossi", "ROSSI", ".", "-", "@", "x", "347", "123", "_", "é", "Ada", "Adamo", "(", ")"]
    values = ["Mario Rossi", "mario", "(347)", "-x", "x-", "347 123", "Ada", "rossi@x", "Rossi", "x"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(0, 40)))
        for value in values:
            for whole in ("none", "words", "tokens"):
                for ignore_case in (False, True):
                    monkeypatch.setattr(find, "INDEX_MIN_CHARS", 10**9)
                    scanned = find.find_all(text, value, whole=whole, ignore_case=ignore_case)
                    monkeypatch.setattr(find, "INDEX_MIN_CHARS", 0)
                    indexed = find.find_all(text, value, whole=whole, ignore_case=ignore_case)
                    assert indexed == scanned, (text, value, whole, ignore_case)
