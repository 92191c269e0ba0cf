"""The normalised view (`pii.normalize`): what the engines read, and the original characters they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from distillery.infer.rules import RulesAnonymizer
from distillery.pii.normalize import DASHES, SPACES, ZERO_WIDTH, view
from distillery.pii.spans import Span


def test_plain_text_is_its_own_view():
    text = "Mario Rossi, tel. 347 123 4567, è qui."
    v = view(text)
    assert v.text == text and v.identity
    assert v.to_original(0, 5) == (0, 5)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("347\u00a0123\u202f4567", "347 123 4567"),
        ("347\u2009123\t4567", "347 123 4567"),
        ("347  123 \t 4567", "347 123 4567"),
        ("347\u2013123\u20144567\u2212", "347-123-4567-"),
        ("347\u200b123\u200d45\u206067\ufeff", "3471234567"),
        ("Ma\u00adria", "Maria"),
        ("３４７ ｍａｒｉｏ＠ｅｘａｍｐｌｅ．ｏｒｇ", "347 mario@example.org"),
        ("m\u0430rio@ex\u0430mple.org", "mario@example.org"),  # Cyrillic "а" in a Latin word
        ("\u041c\u043e\u0441\u043a\u0432\u0430", "\u041c\u043e\u0441\u043a\u0432\u0430"),  # a Cyrillic word stays
        ("caffe\u0301 …", "caffé ..."),
    ],
)
def test_view_folds(text, folded):
    assert view(text).text == folded


def test_offsets_map_back_to_the_whole_original_value():
    text = "tel. 347\u00a0123\u200d4567 ok"
    v = view(text)
    start = v.text.index("347")
    end = start + len("347 1234567")
    a, b = v.to_original(start, end)
    assert text[a:b] == "347\u00a0123\u200d4567"
    back = v.span_back(Span(start, end, "PHONE"))
    assert (back.start, back.end) == (a, b)
    assert v.to_view(a, b) == (start, end)


def test_replaced_tokens_keep_the_original_characters():
    text = "Chiamami al 347\u00a0123\u200d4567 o scrivi a m\u0430rio.rossi@example.org."
    result = RulesAnonymizer().anonymize(text)
    assert result.anonymized_text == "Chiamami al [PHONE_1] o scrivi a [EMAIL_1]."
    for tok in result.replaced_tokens:
        assert text[tok.start : tok.end] == tok.original
    assert {t.original for t in result.replaced_tokens} == {"347\u00a0123\u200d4567", "m\u0430rio.rossi@example.org"}


def test_mask_has_the_length_of_the_original():
    text = "IBAN IT60\u00a0X054\u00a02811\u00a01010\u00a00000\u00a00123\u00a0456."
    result = RulesAnonymizer(style="mask").anonymize(text)
    (tok,) = result.replaced_tokens
    assert len(tok.replacement) == len(tok.original)
    assert len(result.anonymized_text) == len(text)


def test_full_width_phone_and_email():
    text = "Tel ３４７ １２３ ４５６７, mail ｍａｒｉｏ＠ｅｘａｍｐｌｅ．ｏｒｇ"
    result = RulesAnonymizer().anonymize(text)
    assert result.anonymized_text == "Tel [PHONE_1], mail [EMAIL_1]"


def test_soft_hyphen_inside_a_titled_name():
    result = RulesAnonymizer().anonymize("Gentile Sig. Ma\u00adrio Ros\u00adsi, Rossi la chiamerà.")
    assert "Ros" not in result.anonymized_text and "rio" not in result.anonymized_text


# -- property: separators and zero-width characters never leave a digit group readable --------------

_IBANS = [
    "IT60X0542811101000000123456",
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606",
]
_CARDS = ["4111111111111111", "5500000000000004", "340000000000009", "6011000000000004"]
_PHONES = ["3471234567", "+393471234567", "02 1234 5678", "+44 7700 900123"]
_SPACE_SEPS = [" ", "\u00a0", "\u202f", "\u2009", "\t", "  ", " \t", "\u2007"]
_DASH_SEPS = ["-", "\u2010", "\u2011", "\u2013", "\u2212"]


def _grouped(value: str, sizes: list[int], sep: str) -> str:
    out, i, k = [], 0, 0
    while i < len(value):
        n = sizes[k % len(sizes)]
        out.append(value[i : i + n])
        i, k = i + n, k + 1
    return sep.join(out)


def _wrap(data: st.DataObject, value: str, sep: str) -> str:
    """Maybe one gap between groups is a line break (a number wrapped in a narrow column)."""
    gaps = value.count(sep)
    if not gaps or not data.draw(st.booleans()):
        return value
    k = data.draw(st.integers(0, gaps - 1))
    head, *rest = value.split(sep)
    return head + "".join(("\n" if i == k else sep) + part for i, part in enumerate(rest))


def _sprinkle(data: st.DataObject, value: str) -> str:
    """Zero-width characters and soft hyphens inserted at random places inside the value."""
    chars = list(value)
    for _ in range(data.draw(st.integers(0, 4))):
        pos = data.draw(st.integers(1, len(chars) - 1))
        chars.insert(pos, data.draw(st.sampled_from(ZERO_WIDTH)))
    return "".join(chars)


def _digit_groups_left(anonymized: str, value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    return [g for g in re.findall(r"\d{3,}", anonymized) if g in digits]


_PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPERTY
@given(st.data())
def test_iban_with_any_separators_never_leaves_a_group(data):
    compact = data.draw(st.sampled_from(_IBANS))
    sep = data.draw(st.sampled_from(_SPACE_SEPS + _DASH_SEPS))
    value = _sprinkle(data, _wrap(data, _grouped(compact, [4], sep), sep))
    text = f"Bonifico sull'IBAN {value} entro venerdì."
    out = RulesAnonymizer().anonymize(text).anonymized_text
    assert out == "Bonifico sull'IBAN [IBAN_1] entro venerdì.", repr(value)


@_PROPERTY
@given(st.data())
def test_card_with_any_separators_never_leaves_a_group(data):
    compact = data.draw(st.sampled_from(_CARDS))
    sep = data.draw(st.sampled_from(_SPACE_SEPS + _DASH_SEPS))
    sizes = [4, 6, 5] if len(compact) == 15 else [4]
    value = _sprinkle(data, _wrap(data, _grouped(compact, sizes, sep), sep))
    out = RulesAnonymizer().anonymize(f"Card: {value} (exp 08/29)").anonymized_text
    assert not _digit_groups_left(out, compact), (repr(value), out)
    assert "[CREDIT_CARD_1]" in out


@_PROPERTY
@given(st.data())
def test_phone_with_any_spaces_never_leaves_a_group(data):
    phone = data.draw(st.sampled_from(_PHONES))
    sep = data.draw(st.sampled_from(_SPACE_SEPS + _DASH_SEPS))
    value = _sprinkle(data, phone.replace(" ", sep))
    out = RulesAnonymizer().anonymize(f"Mi chiami al {value}, grazie.").anonymized_text
    assert not _digit_groups_left(out, phone), (repr(value), out)
    assert "[PHONE_1]" in out


def test_separator_tables_are_folded():
    for ch in SPACES:
        assert view(f"a{ch}b").text == "a b"
    for ch in DASHES:
        assert view(f"a{ch}b").text == "a-b"


def test_training_examples_are_the_view_the_student_reads():
    from distillery.dataset import record_from_object
    from distillery.train.data import example_from_record

    text = "Chiama\u00a0Ma\u00adria al 347\u200b123\u00a04567."
    a, b = text.index("Ma"), text.index("ria") + 3
    c, d = text.index("347"), text.index("4567") + 4
    rec = record_from_object(
        {"id": "x", "text": text, "pii": [_pii(text, a, b, "PERSON"), _pii(text, c, d, "PHONE")]},
        "test",
    )
    ex = example_from_record(rec, "test")
    assert ex.text == view(text).text == "Chiama Maria al 347123 4567."
    assert [ex.text[s:e] for s, e, _ in ex.spans] == ["Maria", "347123 4567"]
    assert '"v":"Maria"' in ex.target


def _pii(text: str, start: int, end: int, pii_type: str) -> dict:
    return {"value": text[start:end], "start": start, "end": end, "type": pii_type}


def test_a_column_of_numbers_is_no_card():
    out = RulesAnonymizer().anonymize("Totali:\n4111\n1111\n1111\n1111\n").anonymized_text
    assert out == "Totali:\n4111\n1111\n1111\n1111\n"


def test_the_teachers_rules_check_reads_the_view_too():
    from distillery.generate.records import check_with_rules

    text = "IBAN IT60\u00a0X054\u00a02811\u00a01010\u00a00000\u00a00123\u00a0456 grazie"
    spans, check = check_with_rules(text, [], ("IBAN",), "complete")
    assert check.outcome == "completed"
    assert [text[s.start : s.end] for s in spans] == ["IT60\u00a0X054\u00a02811\u00a01010\u00a00000\u00a00123\u00a0456"]


def test_offset_maps_are_four_byte_integers():
    folded = view("Mario\u00a0Rossi, IT60\u2009X054 " * 3)
    assert folded.starts is not None and folded.starts.itemsize == 4 and folded.ends.itemsize == 4


def test_a_huge_document_is_cached_alone():
    """Per-document caches keep the last few short texts, and one huge text only: a stream of
    megabytes-long documents does not leave a copy of each behind."""
    from distillery.pii.doccache import HUGE_CHARS, document_cache

    calls: list[str] = []

    @document_cache(maxsize=4)
    def size(text: str) -> int:
        calls.append(text[:1])
        return len(text)

    shorts = [f"{i} short" for i in range(4)]
    huge_a, huge_b = "a" * HUGE_CHARS, "b" * HUGE_CHARS
    for text in [*shorts, huge_a, huge_a, huge_b, *shorts, huge_b]:
        size(text)
    assert calls == ["0", "1", "2", "3", "a", "b"]  # the short ones survived two huge ones
    size(huge_a)
    assert calls[-1] == "a"  # the first huge text was let go when the second came
