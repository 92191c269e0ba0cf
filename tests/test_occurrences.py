"""Every detected value is replaced at every occurrence, by every engine, in the shared merge step."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from distillery.documents import Document
from distillery.infer.rules import RulesAnonymizer
from distillery.pii.occurrences import common_words, expand_occurrences, snap_to_words, specific_enough
from distillery.pii.replace import Style, anonymize_with_spans
from distillery.pii.spans import Span

RULES = RulesAnonymizer()


def _span(text: str, value: str, pii_type: str, nth: int = 0) -> Span:
    start = [m.start() for m in re.finditer(re.escape(value), text)][nth]
    return Span(start, start + len(value), pii_type, source="model")


def test_value_found_once_is_replaced_everywhere_in_a_log():
    text = (
        "2024-05-02 10:01:12 jdbc:postgresql://db01:5432/crm?user=svc_crm&ssl=true\n"
        '2024-05-02 10:01:13 FATAL: password authentication failed for user "svc_crm"\n'
        "2024-05-02 10:01:14 retrying as SVC_CRM (attempt 2); svc_crm_backup untouched\n"
    )
    result = RULES.anonymize(Document(text))
    assert 'svc_crm"' not in result.anonymized_text and "SVC_CRM" not in result.anonymized_text
    assert result.anonymized_text.count("[USERNAME_1]") == 3
    assert "svc_crm_backup" in result.anonymized_text  # another token that merely starts the same way


def test_every_occurrence_gets_the_same_replacement_whatever_the_spelling():
    text = "Cell 347 123 4567. Richiamare il 3471234567 oppure +39 347-123-4567. Ordine 93471234567."
    result = anonymize_with_spans(text, [_span(text, "347 123 4567", "PHONE")])
    assert result.anonymized_text == "Cell [PHONE_1]. Richiamare il [PHONE_1] oppure [PHONE_1]. Ordine 93471234567."


def test_international_number_also_found_without_its_country_code():
    text = "Mobile +44 7700 900123; at home dial 07700 900 123."
    result = anonymize_with_spans(text, [_span(text, "+44 7700 900123", "PHONE")])
    assert result.anonymized_text == "Mobile [PHONE_1]; at home dial [PHONE_1]."


def test_case_and_whitespace_insensitive_but_whole_words_only():
    text = "Mario  Rossi ha firmato. MARIO ROSSI. Mario Rossini no. Scrivere a mario.rossi@example.org."
    result = anonymize_with_spans(text, [_span(text, "Mario  Rossi", "PERSON")])
    assert result.anonymized_text.startswith("[PERSON_1] ha firmato. [PERSON_1]. Mario Rossini no.")
    assert "mario.rossi@example.org" in result.anonymized_text  # part of another token


def test_lower_case_common_word_is_not_the_capitalised_name():
    text = "Rosa ha comprato un vestito rosa. Poi Rosa è uscita."
    result = anonymize_with_spans(text, [_span(text, "Rosa", "PERSON")])
    assert result.anonymized_text == "[PERSON_1] ha comprato un vestito rosa. Poi [PERSON_1] è uscita."


def test_short_values_are_not_spread():
    text = "Al: ciao. Al bar alle 5."
    result = anonymize_with_spans(text, [Span(0, 2, "PERSON")])
    assert result.anonymized_text == "[PERSON_1]: ciao. Al bar alle 5."


def test_replacement_never_starts_or_ends_inside_a_word():
    text = "Il sig. Rossini abita qui."
    assert snap_to_words(text, Span(8, 13, "PERSON")) == Span(8, 15, "PERSON")
    result = anonymize_with_spans(text, [Span(8, 13, "PERSON")])
    assert result.anonymized_text == "Il sig. [PERSON_1] abita qui."


def test_opt_out_keeps_exactly_the_given_spans():
    text = "svc_crm then svc_crm"
    result = anonymize_with_spans(text, [Span(0, 7, "USERNAME")], every_occurrence=False)
    assert result.anonymized_text == "[USERNAME_1] then svc_crm"


def test_expand_reports_the_original_each_occurrence_repeats():
    text = "tel 02 1234 5678, fax 02-12345678"
    spans, same_as = expand_occurrences(text, [_span(text, "02 1234 5678", "PHONE")])
    assert sorted((s.start, s.end) for s in spans) == [(4, 16), (22, 33)]
    assert same_as == {(22, 33): "02 1234 5678"}


def test_mask_style_keeps_each_occurrence_length():
    text = "id abc_123 e ABC_123"
    result = anonymize_with_spans(text, [Span(3, 10, "USERNAME")], Style.mask)
    assert result.anonymized_text == "id ******* e *******"


_WORDS = ["svc_crm", "Mario Rossi", "347 123 4567", "a.b@example.com", "AB12CDE", "giulia_b", "ciao", "the", "."]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25),
    st.lists(st.sampled_from(["\n", " ", ", ", " - ", "; "]), min_size=25, max_size=25),
    st.integers(min_value=0, max_value=24),
    st.sampled_from(list(Style)),
)
def test_property_no_detected_original_survives_anywhere(words, seps, pick, style):
    text = "".join(w + seps[i] for i, w in enumerate(words))
    value = words[pick % len(words)]
    start = text.index(value)
    result = anonymize_with_spans(text, [Span(start, start + len(value), "X")], style, hash_key=b"k")
    if not specific_enough(value):  # "ciao", "the", ".": replaced where found, nowhere else
        assert [(t.start, t.end) for t in result.replaced_tokens] == [(start, start + len(value))]
        return
    out = result.anonymized_text
    # Not as written, not in another case, not with other spacing.
    assert value.casefold() not in out.casefold()
    assert " ".join(value.split()) not in " ".join(out.split())
    # Whatever is left around the replacements is exactly the input outside the spans.
    pieces = [t.original for t in result.replaced_tokens]
    assert all(p.casefold() == value.casefold() or p.replace(" ", "") == value.replace(" ", "") for p in pieces)


# Only values specific enough are spread (issue 19): a port or PIN is the same digits as a quantity,
# a time or a year elsewhere, and "admin" is also an ordinary word.
LOG = (
    "2026-03-01 10:00:01 [http-nio-8080-exec-1] INFO user admin logged in\n"
    "2026-03-01 10:00:02 [http-nio-8080-exec-2] WARN admin panel opened by admin\n"
    "2026-03-01 10:00:03 [http-nio-8080-exec-3] INFO svc_crm connected; svc_crm idle"
)


def test_a_short_number_is_replaced_where_found_and_nowhere_else():
    result = anonymize_with_spans(LOG, [_span(LOG, "8080", "PASSWORD")])
    assert result.anonymized_text.count("[PASSWORD_1]") == 1
    assert result.anonymized_text.count("http-nio-8080-exec") == 2


def test_a_lowercase_common_word_is_not_spread_a_specific_value_is():
    spans = [_span(LOG, "admin", "USERNAME"), _span(LOG, "svc_crm", "USERNAME")]
    out = anonymize_with_spans(LOG, spans).anonymized_text
    assert out.count("[USERNAME_1]") == 1 and out.count("admin") == 2
    assert "svc_crm" not in out and out.count("[USERNAME_2]") == 2


def test_a_long_number_and_a_capitalised_name_are_still_spread():
    text = "Rosa ha chiamato dal 347 123 4567. Rosa richiama al 3471234567; rosa è un colore."
    out = anonymize_with_spans(text, [_span(text, "Rosa", "PERSON"), _span(text, "347 123 4567", "PHONE")])
    assert (
        out.anonymized_text
        == "[PERSON_1] ha chiamato dal [PHONE_1]. [PERSON_1] richiama al [PHONE_1]; rosa è un colore."
    )


def test_specific_enough():
    assert all(w in common_words() for w in ("admin", "test", "root", "info"))
    assert "mario" not in common_words()  # first names are left out of the list: a username "mario" is spread
    for value in ("admin", "test", "root", "info", "8080", "12 345", "ab", "1.234"):
        assert not specific_enough(value), value
    for value in ("Admin", "svc_crm", "mario", "mrossi82", "123456", "347 123 4567", "Mario Rossi", "AB12CDE"):
        assert specific_enough(value), value


# -- one identity per value (`identity`) ---------------------------------------------------------------

from distillery.pii.occurrences import identity  # noqa: E402
from distillery.pii.replace import mapping_records  # noqa: E402


def test_phone_spellings_are_one_value():
    spellings = ["347 123 4567", "3471234567", "+39 347-123-4567", "0039 347 1234567", "(+39) 347.123.4567"]
    assert {identity(s, "PHONE") for s in spellings} == {"+393471234567"}
    assert identity("(415) 555-0132", "PHONE") == identity("+1 415 555 0132", "PHONE")
    assert identity("347 123 4567", "PHONE") != identity("347 123 4568", "PHONE")


def test_codes_are_one_value_without_separators_or_case():
    assert identity("IT60 X054 2811 1010 0000 0123 456", "IBAN") == identity("it60x0542811101000000123456", "IBAN")
    assert identity("4111-1111-1111-1111", "CREDIT_CARD") == identity("4111 1111 1111 1111", "CREDIT_CARD")
    assert identity("AB 123 CD", "LICENSE_PLATE") == identity("AB123CD", "LICENSE_PLATE")
    assert identity("Mario  ROSSI", "PERSON") == identity("mario rossi", "PERSON")


def test_three_spellings_of_a_phone_get_one_placeholder():
    text = "Chiamare il 347 123 4567 (oppure 3471234567, dall'estero +39 347-123-4567)."
    result = RulesAnonymizer().anonymize(text)
    assert result.anonymized_text == "Chiamare il [PHONE_1] (oppure [PHONE_1], dall'estero [PHONE_1])."
    assert {r.get("same_as") for r in mapping_records(result)} - {None}


def test_two_card_spellings_one_placeholder_and_hash():
    text = "Carta 4111-1111-1111-1111; ripeto: 4111 1111 1111 1111."
    for style in ("tag", "hash", "fake"):
        reps = {t.replacement for t in RulesAnonymizer(style=style).anonymize(text).replaced_tokens}
        assert len(reps) == 1, style


def test_hash_of_a_phone_is_the_same_in_every_document_whatever_the_spelling():
    an = RulesAnonymizer(style="hash", hash_key=b"k" * 32)
    reps = {an.anonymize(f"Tel. {p}").replaced_tokens[0].replacement for p in ("+39 347 123 4567", "347-123-4567")}
    assert len(reps) == 1
