"""Replacement styles and rebuilding the anonymized text from spans."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillery.pii.engine import RulesEngine
from distillery.pii.fake import fake_value
from distillery.pii.find import find_all
from distillery.pii.lang import guess_lang
from distillery.pii.replace import Replacer, Style, anonymize_with_spans, mapping_records
from distillery.pii.spans import Span
from distillery.schema import AnonymizationResult, ReplacedToken

TEXT = (
    "Mario Rossi (mario.rossi@example.it) ha chiamato Giulia Bianchi al 347 1234567; "
    "poi MARIO.ROSSI@example.it ha scritto di nuovo a Mario  Rossi."
)


def spans_of(text: str, *items: tuple[str, str]) -> list[Span]:
    """Spans for every occurrence of each (value, type)."""
    out = []
    for value, pii_type in items:
        for start, end in find_all(text, value, ignore_case=True):
            out.append(Span(start, end, pii_type))
    return out


SPANS = spans_of(
    TEXT,
    ("Mario Rossi", "PERSON"),
    ("Giulia Bianchi", "PERSON"),
    ("mario.rossi@example.it", "EMAIL"),
    ("347 1234567", "PHONE"),
)


def outside_spans(text: str, spans: list[Span]) -> list[str]:
    """The pieces of `text` between spans, in order."""
    pieces, cursor = [], 0
    for s in sorted(spans):
        pieces.append(text[cursor : s.start])
        cursor = s.end
    pieces.append(text[cursor:])
    return pieces


def rebuilt_pieces(result) -> list[str]:
    """The pieces of anonymized_text between replacements (using the reported tokens)."""
    pieces, cursor = [], 0
    text = result.anonymized_text
    for tok in result.replaced_tokens:
        idx = text.index(tok.replacement, cursor)
        pieces.append(text[cursor:idx])
        cursor = idx + len(tok.replacement)
    pieces.append(text[cursor:])
    return pieces


def test_tag_style_is_consistent_and_numbered_per_type():
    result = anonymize_with_spans(TEXT, SPANS, Style.tag)
    assert result.anonymized_text == (
        "[PERSON_1] ([EMAIL_1]) ha chiamato [PERSON_2] al [PHONE_1]; poi [EMAIL_1] ha scritto di nuovo a [PERSON_1]."
    )
    # Same original (up to case and whitespace) -> same tag; numbering restarts per type.
    by_original = {(t.original, t.replacement) for t in result.replaced_tokens}
    assert ("Mario  Rossi", "[PERSON_1]") in by_original
    assert ("MARIO.ROSSI@example.it", "[EMAIL_1]") in by_original


def test_tokens_report_input_offsets():
    result = anonymize_with_spans(TEXT, SPANS, Style.tag)
    for tok in result.replaced_tokens:
        assert TEXT[tok.start : tok.end] == tok.original
    assert [t.start for t in result.replaced_tokens] == sorted(t.start for t in result.replaced_tokens)


def test_records_are_the_validated_records():
    """The merge step builds its records without a validation pass (`ReplacedToken.of_span`): the
    same records, equal to validated ones, every field set, and bad offsets still refused."""
    result = anonymize_with_spans(TEXT, SPANS, Style.tag)
    for tok in result.replaced_tokens:
        assert ReplacedToken.model_validate(tok.model_dump()) == tok
        assert tok.model_fields_set == set(ReplacedToken.model_fields)
    assert AnonymizationResult.model_validate_json(result.model_dump_json()) == result
    for start, end in [(5, 5), (5, 4), (-1, 3), (0, 3)]:
        with pytest.raises(ValueError):
            ReplacedToken.of_span("abcd", "[X_1]", "PERSON", start, end)


@pytest.mark.parametrize("style", list(Style))
def test_every_style_keeps_text_outside_spans(style):
    result = anonymize_with_spans(TEXT, SPANS, style, hash_key=b"k")
    assert rebuilt_pieces(result) == outside_spans(TEXT, SPANS)
    for tok in result.replaced_tokens:
        assert tok.replacement != tok.original


def test_mask_style_same_length():
    result = anonymize_with_spans(TEXT, SPANS, Style.mask)
    assert len(result.anonymized_text) == len(TEXT)
    assert all(set(t.replacement) == {"*"} and len(t.replacement) == len(t.original) for t in result.replaced_tokens)


def test_redact_style():
    result = anonymize_with_spans(TEXT, SPANS, Style.redact)
    assert {t.replacement for t in result.replaced_tokens} == {"[REDACTED]"}
    assert "Mario" not in result.anonymized_text and "347" not in result.anonymized_text


def test_hash_style_is_keyed_and_consistent():
    a = anonymize_with_spans(TEXT, SPANS, Style.hash, hash_key=b"key-one")
    b = anonymize_with_spans(TEXT, SPANS, Style.hash, hash_key=b"key-one")
    c = anonymize_with_spans(TEXT, SPANS, Style.hash, hash_key=b"key-two")
    assert a.anonymized_text == b.anonymized_text  # deterministic for one key
    assert a.anonymized_text != c.anonymized_text  # and depends on the key
    persons = {t.original: t.replacement for t in a.replaced_tokens if t.type == "PERSON"}
    assert persons["Mario Rossi"] == persons["Mario  Rossi"] != persons["Giulia Bianchi"]
    assert all(re.fullmatch(r"\[[A-Z_]+:[0-9a-f]{10}\]", t.replacement) for t in a.replaced_tokens)


def test_fake_style_realistic_consistent_and_deterministic():
    a = anonymize_with_spans(TEXT, SPANS, Style.fake, lang="it")
    b = anonymize_with_spans(TEXT, SPANS, Style.fake, lang="it")
    assert a.anonymized_text == b.anonymized_text
    reps = {t.original: t.replacement for t in a.replaced_tokens}
    assert reps["Mario Rossi"] == reps["Mario  Rossi"]
    assert "@" in reps["mario.rossi@example.it"]
    assert not reps["Mario Rossi"].startswith("[")  # a name, not a tag


@pytest.mark.parametrize(
    "pii_type",
    ["PERSON", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "CODICE_FISCALE", "PARTITA_IVA", "SSN", "IP_ADDRESS", "URL"],
)
def test_fake_value_per_type(pii_type):
    value = fake_value(pii_type, "original value", "it")
    assert value and value != "original value" and not value.startswith("[")
    assert fake_value(pii_type, "original value", "it") == value


def test_fake_value_unknown_type_falls_back_to_a_mask():
    assert fake_value("SHOE_SIZE", "44") == "**"


def test_replacer_counters_are_per_document():
    r1, r2 = Replacer(Style.tag), Replacer(Style.tag)
    assert r1("Anna", "PERSON") == r2("Bob", "PERSON") == "[PERSON_1]"
    assert r1("Bob", "PERSON") == "[PERSON_2]"
    assert r1("anna", "PERSON") == "[PERSON_1]"
    # Same text, different type: different tag.
    assert r1("anna", "USERNAME") == "[USERNAME_1]"


def test_overlapping_and_out_of_range_spans_are_resolved():
    text = "IBAN IT60X0542811101000000123456"
    spans = [Span(5, 32, "IBAN"), Span(9, 20, "PHONE"), Span(30, 99, "PHONE")]
    result = anonymize_with_spans(text, spans)
    assert result.anonymized_text == "IBAN [IBAN_1]"
    assert len(result.replaced_tokens) == 1


def test_no_spans_returns_text_unchanged():
    result = anonymize_with_spans("nothing here", [])
    assert result.anonymized_text == "nothing here" and result.replaced_tokens == []


def test_doc_id_and_fallback_are_carried():
    result = anonymize_with_spans("a@b.it", [Span(0, 6, "EMAIL")], doc_id="x1", fallback=True)
    assert result.id == "x1" and result.fallback is True
    assert '"id": "x1"' in result.to_json()


def test_mapping_records_unique_pairs():
    result = anonymize_with_spans(TEXT, SPANS, Style.tag)
    records = mapping_records(result)
    assert {"replacement": "[PERSON_1]", "original": "Mario Rossi", "type": "PERSON"} in records
    assert {"replacement": "[PERSON_1]", "original": "Mario  Rossi", "type": "PERSON"} in records
    assert len(records) == len({(r["replacement"], r["original"]) for r in records}) == 6


def test_guess_lang():
    assert guess_lang("Gentile cliente, la sua pratica è stata chiusa con il codice indicato.") == "it"
    assert guess_lang("Dear customer, the request you sent is closed.") == "en"
    assert guess_lang("12345") == "en"


# Property: whatever the spans, characters outside them survive, tokens point at the input.
_ENGINE = RulesEngine()


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("abc XYZ09@.+-_:/\n€àè"), min_size=1, max_size=60),
    raw=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=6),
    style=st.sampled_from(list(Style)),
)
def test_rebuild_never_touches_characters_outside_spans(text, raw, style):
    spans = [Span(s, s + n, "PERSON") for s, n in raw if s + n <= len(text)]
    result = anonymize_with_spans(text, spans, style, hash_key=b"k", lang="en")
    cursor, out = 0, []
    for tok in result.replaced_tokens:
        assert text[tok.start : tok.end] == tok.original
        out.append(text[cursor : tok.start] + tok.replacement)
        cursor = tok.end
    out.append(text[cursor:])
    assert "".join(out) == result.anonymized_text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["ciao", "mario.rossi@example.it", "347 1234567", "IT60X0542811101000000123456", "1.245,50", "\n"]
        ),
        max_size=8,
    ),
    st.sampled_from([" ", "\n", ", ", "; ", " - "]),
)
def test_engine_rebuild_property(parts, sep):
    text = sep.join(parts) or "x"
    spans = _ENGINE.analyze(text)
    result = anonymize_with_spans(text, spans)
    # Every engine span is replaced (and so are the other occurrences of its value); characters
    # outside the replacements are untouched.
    replaced = [Span(t.start, t.end, t.type) for t in result.replaced_tokens]
    assert all(any(r.start <= s.start and s.end <= r.end for r in replaced) for s in spans)
    assert rebuilt_pieces(result) == outside_spans(text, replaced)
    assert "mario.rossi@example.it" not in result.anonymized_text
    assert "IT60X0542811101000000123456" not in result.anonymized_text
