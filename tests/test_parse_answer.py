"""Reading the student's answer leniently, and grounding its values in the input (no model needed)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from distillery.pii.replace import anonymize_with_spans
from distillery.schema import BUILTIN_TYPES
from distillery.student_format import AnswerError, extract_json, ground_items, parse_answer

KNOWN = BUILTIN_TYPES


@pytest.mark.parametrize(
    ("answer", "items", "repaired"),
    [
        ("[]", [], False),
        ('[{"v":"Mario Rossi","t":"PERSON"}]', [("Mario Rossi", "PERSON")], False),
        ('```json\n[{"v":"Mario Rossi","t":"PERSON"}]\n```', [("Mario Rossi", "PERSON")], True),
        ('```\n[{"v":"a@b.it","t":"EMAIL"}]', [("a@b.it", "EMAIL")], True),  # unclosed fence
        ('Here you go: [{"v":"Mario","t":"PERSON"}] Hope this helps!', [("Mario", "PERSON")], True),
        ('[{"v":"Mario Rossi","t":"PERSON"},{"v":"347 12', [("Mario Rossi", "PERSON")], True),  # truncated
        ('[{"v":"Mario Rossi","t":"PERSON"},', [("Mario Rossi", "PERSON")], True),
        ('[{"v', [], True),  # cut before the first item: usable, nothing listed
        ("[{'v': 'Mario', 't': 'PERSON'}] ok", [("Mario", "PERSON")], True),  # Python quotes
        ('[{"v":3471234567,"t":"PHONE"}]', [("3471234567", "PHONE")], False),  # unquoted number
        ('[["Mario","PERSON"]]', [("Mario", "PERSON")], False),  # pairs
        ('{"replaced_tokens":[{"original":"Mario","type":"PERSON"}]}', [("Mario", "PERSON")], False),
        ('[{"v":"Mario","t":"PERSON"}, 7]', [("Mario", "PERSON")], True),  # a stray entry is skipped
        ('[{"v":"","t":"PERSON"},{"v":"Anna","t":"PERSON"}]', [("Anna", "PERSON")], True),
    ],
)
def test_repairable_answers(answer, items, repaired):
    parsed = parse_answer(answer)
    assert parsed.ok, parsed.error
    assert parsed.items == items
    assert parsed.repaired is repaired


@pytest.mark.parametrize(
    "answer",
    [
        "",
        "\n\n\n",
        "I could not find any personal data.",
        "[xyz garbage",  # a bracket, then prose: not a truncated array
        '[{"v":"A","t":"PERSON"}, oops]',
        "[1, 2, 3]",  # JSON, but no {v, t} item in it
        '"Mario Rossi"',
    ],
)
def test_unusable_answers(answer):
    parsed = parse_answer(answer)
    assert not parsed.ok
    assert parsed.items == []
    assert parsed.error


@pytest.mark.parametrize(
    ("answer", "opening", "value", "repaired"),
    [
        ('{"a": 1}', "{", {"a": 1}, False),
        ('Sure:\n```json\n{"a": 2}\n```', "{", {"a": 2}, True),
        ('Result: {"a": 3} hope it helps', "{", {"a": 3}, True),
        ('Here [note]: {"a": 4}', "{", {"a": 4}, True),  # a teacher's answer is an object
        ('[{"v":"```","t":"P"}]', "[{", [{"v": "```", "t": "P"}], False),  # a fence inside a string
        ("{'a': 5}", "{", {"a": 5}, True),
    ],
)
def test_extract_json_one_reader_for_teacher_and_student(answer, opening, value, repaired):
    assert extract_json(answer, opening) == (value, repaired)


def test_extract_json_says_why_nothing_was_read():
    with pytest.raises(AnswerError, match="empty answer"):
        extract_json("  ")
    with pytest.raises(AnswerError, match=r"invalid JSON: Unterminated string starting at \(char 20\)"):
        extract_json('{"anonymized_text": "cut in the mid', "{")
    with pytest.raises(AnswerError, match="invalid JSON"):
        extract_json('{"a": [{"v": 1}, {"v', "{")  # only an array is repaired after truncation


def test_ground_drops_hallucinations_and_unknown_types():
    text = "Gentile Mario Rossi, scriva a mario@example.com."
    items = [
        ("Mario Rossi", "person"),  # wrong case of the type: normalized
        ("Luigi Verdi", "PERSON"),  # not in the input
        ("mario@example.com", "EMAIL_ADDRESS"),  # alias
        ("Gentile", "SALUTATION"),  # unknown type
        ("x" * 200, "PERSON"),  # a copied document, not a value
    ]
    g = ground_items(text, items, KNOWN)
    assert [(text[s.start : s.end], s.type) for s in g.spans] == [
        ("Mario Rossi", "PERSON"),
        ("mario@example.com", "EMAIL"),
    ]
    assert [(v, reason) for v, _, reason in g.dropped] == [
        ("Luigi Verdi", "not in input"),
        ("Gentile", "unknown type"),
        ("x" * 200, "value too long"),
    ]


def test_ground_whitespace_case_and_all_occurrences():
    text = "IBAN IT60  X054\n2811. Anna ANNA anna"
    g = ground_items(text, [("IT60 X054 2811", "IBAN"), ("ANNA", "PERSON")], KNOWN)
    found = sorted((s.start, s.end, s.type) for s in g.spans)
    assert (5, 20, "IBAN") in found  # fuzzy whitespace, including a line break
    assert text[found[0][0] : found[0][1]] == "IT60  X054\n2811"
    assert [text[a:b] for a, b, t in found if t == "PERSON"] == ["ANNA"]  # exact match preferred
    g2 = ground_items(text, [("mario ROSSI", "PERSON")], KNOWN)
    assert g2.spans == [] and g2.dropped[0][2] == "not in input"
    g3 = ground_items("Dear Mario Rossi", [("mario rossi", "PERSON")], KNOWN)
    assert [(s.start, s.end) for s in g3.spans] == [(5, 16)]  # case-insensitive when not found as written


def test_ground_short_values_only_whole_words():
    text = "Al telefono con Al, alla fine."
    g = ground_items(text, [("Al", "PERSON"), ("a", "PERSON")], KNOWN)
    assert [(s.start, s.end) for s in g.spans] == [(0, 2), (16, 18)]  # not inside "alla"
    assert g.dropped == [("a", "PERSON", "value too short")]


def test_overlapping_values_longest_wins():
    text = "Signor Mario Rossi, via Mario Rossi 3."
    g = ground_items(text, [("Mario", "PERSON"), ("Mario Rossi", "PERSON"), ("via Mario Rossi 3", "ADDRESS")], KNOWN)
    result = anonymize_with_spans(text, g.spans, "tag")
    assert result.anonymized_text == "Signor [PERSON_1], [ADDRESS_1]."
    assert "Mario" not in result.anonymized_text


# --- properties: rebuilding never leaks a detected value and never touches text outside spans ------

_WORDS = st.sampled_from(
    ["Mario", "Rossi", "Anna", "via", "Roma", "12", "tel", "347", "1234", "IT60", "mail", "la", "e", "di"]
)
_SEPS = st.sampled_from([" ", "  ", "\n", ", ", ". "])


@st.composite
def text_and_values(draw):
    words = draw(st.lists(_WORDS, min_size=1, max_size=30))
    seps = draw(st.lists(_SEPS, min_size=len(words), max_size=len(words)))
    text = "".join(w + s for w, s in zip(words, seps, strict=True))
    n = draw(st.integers(0, 4))
    values = []
    for _ in range(n):
        i = draw(st.integers(0, len(words) - 1))
        j = draw(st.integers(i, min(len(words), i + 3)))
        values.append(" ".join(words[i : j + 1]))
    values += draw(st.lists(st.sampled_from(["Luigi", "Verdi 9"]), max_size=1))  # hallucinations
    types = draw(st.lists(st.sampled_from(["PERSON", "ADDRESS", "PHONE", "IBAN"]), min_size=len(values)))
    return text, list(zip(values, types, strict=False))


def _rebuild(text: str, result) -> str:
    out, cursor = [], 0
    for tok in result.replaced_tokens:
        assert text[tok.start : tok.end] == tok.original
        out.append(text[cursor : tok.start] + tok.replacement)
        cursor = tok.end
    return "".join(out) + text[cursor:]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_values(), st.sampled_from(["mask", "redact", "hash"]))
def test_rebuilt_text_has_no_detected_value_and_keeps_the_rest(data, style):
    text, items = data
    grounded = ground_items(text, items, KNOWN)
    result = anonymize_with_spans(text, grounded.spans, style)
    # Characters outside the replaced spans are untouched, and offsets point at the originals.
    assert _rebuild(text, result) == result.anonymized_text
    # No value that was found in the input survives anywhere in the output.
    for value, _ in items:
        if ground_items(text, [(value, "PERSON")], KNOWN).spans and len(value.strip()) > 3:
            assert value not in result.anonymized_text
