"""Evaluation metrics on hand-made cases whose answers are known."""

from __future__ import annotations

import pytest

from distillery.evaluate.gold import GoldDoc, GoldSpan
from distillery.evaluate.metrics import (
    NONE,
    compact,
    find_leaks,
    find_partial_leaks,
    keep_survival,
    leaked_ranges,
    percentile,
    prf,
    span_counts,
    span_scores,
    uses_compact,
)
from distillery.evaluate.score import score_doc
from distillery.evaluate.systems import SystemOutput


def gold(text: str, *items: tuple[str, str]) -> list[GoldSpan]:
    """Gold spans for every occurrence (case-sensitive, as written) of each (value, type)."""
    spans = []
    for value, typ in items:
        pos = text.find(value)
        while pos >= 0:
            spans.append(GoldSpan(pos, pos + len(value), typ, value))
            pos = text.find(value, pos + len(value))
    return sorted(spans)


def leaked(text: str, anonymized: str, spans: list[GoldSpan]) -> list[str]:
    return [lk.span.value for lk in find_leaks(text, anonymized, spans) if lk.leaked]


def test_compact_forms():
    assert compact("IT60 X054-2811.1010") == "it60x05428111010"
    assert uses_compact("+39 347 123 4567")
    assert not uses_compact("Rosa Bianchi")  # no digits: names are only matched as written
    assert not uses_compact("A-12")  # too short to compare without separators


def test_name_inside_a_longer_word_is_not_a_leak():
    text = "Rosa ha portato un vino rosato; Rosaria no."
    spans = [GoldSpan(0, 4, "PERSON", "Rosa")]
    assert leaked(text, "[PERSON_1] ha portato un vino rosato; Rosaria no.", spans) == []
    assert leaked(text, text, spans) == ["Rosa"]


def test_name_leak_is_case_insensitive_and_whitespace_tolerant():
    text = "Firmato: Rosa Bianchi"
    spans = [GoldSpan(9, 21, "PERSON", "Rosa Bianchi")]
    assert leaked(text, "Firmato: ROSA   bianchi", spans) == ["Rosa Bianchi"]
    assert leaked(text, "Firmato: Rosa [PERSON_1]", spans) == []  # the full value is no longer readable


def test_name_that_is_also_a_common_word():
    text = "Will said he will call back. Grace asked for a grace period."
    spans = [GoldSpan(0, 4, "PERSON", "Will"), GoldSpan(29, 34, "PERSON", "Grace")]
    good = "[PERSON_1] said he will call back. [PERSON_2] asked for a grace period."
    assert leaked(text, good, spans) == []  # the verb and the noun are expected to stay
    assert leaked(text, text, spans) == ["Will", "Grace"]
    half = "[PERSON_1] said he will call back. Grace asked for a grace period."
    assert leaked(text, half, spans) == ["Grace"]


def test_digits_leak_inside_a_longer_word():
    text = "Carta 4111 1111 1111 1111 addebitata."
    spans = gold(text, ("4111 1111 1111 1111", "CREDIT_CARD"))
    assert leaked(text, "Carta ref4111111111111111x addebitata.", spans) == ["4111 1111 1111 1111"]
    assert leaked(text, "Carta [CREDIT_CARD_1] addebitata.", spans) == []
    assert leaked(text, "Carta 4111 1111 1111 **** addebitata.", spans) == []


def test_digits_split_by_separators_still_leak():
    iban = "IT60 X054 2811 1010 0000 0123 456"
    text = f"IBAN {iban}."
    spans = gold(text, (iban, "IBAN"))
    for shown in (
        "IT60X0542811101000000123456",
        "it60-x054-2811-1010-0000-0123-456",
        "IT60.X054.2811.1010.0000.0123.456",
    ):
        assert leaked(text, f"IBAN {shown}.", spans) == [iban], shown
    assert leaked(text, "IBAN [IBAN_1].", spans) == []
    phone = "Tel. +39 347 123 4567"
    spans = gold(phone, ("+39 347 123 4567", "PHONE"))
    assert leaked(phone, "Tel. 3471234567", spans) == []  # the country code is part of the value
    assert leaked(phone, "Tel. (39) 347-123-4567", spans) == ["+39 347 123 4567"]


def test_each_occurrence_counts_once():
    text = "Rossi ha firmato. Il sig. Rossi ha pagato."
    spans = gold(text, ("Rossi", "PERSON"))
    assert len(spans) == 2
    assert leaked(text, "[PERSON_1] ha firmato. Il sig. Rossi ha pagato.", spans) == ["Rossi"]
    assert leaked(text, text, spans) == ["Rossi", "Rossi"]
    assert leaked(text, "[PERSON_1] ha firmato. Il sig. [PERSON_1] ha pagato.", spans) == []


def test_surname_inside_a_leaked_full_name_is_not_counted_twice():
    text = "Mario Rossi ha chiamato. Rossi richiama domani."
    spans = gold(text, ("Mario Rossi", "PERSON")) + [GoldSpan(25, 30, "PERSON", "Rossi")]
    assert leaked(text, "Mario Rossi ha chiamato. [PERSON_2] richiama domani.", spans) == ["Mario Rossi"]
    assert leaked(text, "[PERSON_1] ha chiamato. Rossi richiama domani.", spans) == ["Rossi"]


def test_empty_gold_has_no_leaks():
    assert find_leaks("Nessun dato personale qui.", "Nessun dato personale qui.", []) == []


def test_keep_survival_counts_occurrences_verbatim():
    text = "Fattura n. 118/2024 di € 180,00; fattura n. 118/2024 pagata. Comune di Milano."
    res = keep_survival(text, text, ["n. 118/2024", "€ 180,00", "Comune di Milano"])
    assert (res.survived, res.total, res.lost) == (4, 4, ())
    damaged = "Fattura [ID_1] di € 180,00; fattura n. 118/2024 pagata. Comune di [ADDRESS_1]."
    res = keep_survival(text, damaged, ["n. 118/2024", "€ 180,00", "Comune di Milano"])
    assert (res.survived, res.total) == (2, 4)
    assert res.lost == ("n. 118/2024", "Comune di Milano")


def test_span_scores_known_answer():
    g = [(0, 5, "PERSON"), (10, 20, "EMAIL")]
    p = [(0, 5, "PERSON"), (10, 15, "EMAIL"), (30, 35, "PHONE")]
    c = span_counts(g, p)
    s = span_scores(c)
    assert s["exact"]["precision"] == pytest.approx(1 / 3)
    assert s["exact"]["recall"] == pytest.approx(1 / 2)
    assert s["exact"]["f1"] == pytest.approx(0.4)
    assert s["overlap"]["precision"] == pytest.approx(2 / 3)
    assert s["overlap"]["recall"] == pytest.approx(1.0)
    assert s["overlap"]["f1"] == pytest.approx(0.8)
    assert span_scores(c, ["EMAIL"])["exact"]["f1"] == 0.0
    assert span_scores(c, ["EMAIL"])["overlap"]["f1"] == pytest.approx(1.0)
    assert c.confusion == {("PERSON", "PERSON"): 1, ("EMAIL", "EMAIL"): 1, (NONE, "PHONE"): 1}


def test_confusion_of_types_and_missed_spans():
    c = span_counts([(0, 5, "PERSON"), (10, 14, "PHONE")], [(0, 5, "USERNAME")])
    assert c.confusion == {("PERSON", "USERNAME"): 1, ("PHONE", NONE): 1}
    s = span_scores(c)
    assert s["overlap"]["recall"] == 0.0  # a span of the wrong type does not count as found
    assert s["overlap"]["precision"] == 0.0


def test_prf_edges():
    assert prf(0, 0, 0, 0) == {"precision": None, "recall": None, "f1": None}
    assert prf(0, 0, 0, 3) == {"precision": None, "recall": 0.0, "f1": 0.0}
    assert prf(2, 2, 2, 4)["f1"] == pytest.approx(2 / 3)


def test_percentile():
    assert percentile([], 50) is None
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == pytest.approx(2.5)
    assert percentile([1.0, 2.0, 3.0, 4.0], 95) == pytest.approx(3.85)
    assert percentile([7.0], 95) == 7.0


def test_documents_without_pii_must_come_back_unchanged():
    doc = GoldDoc(id="x", lang="it", text="Riunione spostata a giovedì alle 10.", keep=("giovedì",))
    same = score_doc(doc, SystemOutput(doc_id="x", anonymized_text=doc.text))
    assert same.unchanged is True and same.leaks == []
    changed = score_doc(doc, SystemOutput(doc_id="x", anonymized_text="Riunione spostata a [DATE_1] alle 10."))
    assert changed.unchanged is False
    assert changed.keep.lost == ("giovedì",)
    with_pii = GoldDoc(id="y", lang="it", text="Ciao Rosa", spans=(GoldSpan(5, 9, "PERSON", "Rosa"),))
    assert score_doc(with_pii, SystemOutput(doc_id="y", anonymized_text="Ciao Rosa")).unchanged is None


def test_leaked_ranges_for_highlighting():
    text = "Rosa Bianchi e Rosa; rosato."
    assert leaked_ranges(text, ["Rosa", "Rosa Bianchi"]) == [(0, 12), (15, 19)]


# --- partial leak: any identifying word of a value readable at its place --------------------------


def partial(text: str, replaced: list[tuple[int, int]] | None, *items: tuple[str, str]) -> list[str]:
    """Gold values (every occurrence) partly readable when `replaced` are the input ranges replaced."""
    spans = gold(text, *items)
    out = text
    for a, b in sorted(replaced or [], reverse=True):
        out = out[:a] + "[X]" + out[b:]
    return [lk.span.value for lk in find_partial_leaks(text, find_leaks(text, out, spans), replaced) if lk.leaked]


def cover(text: str, *values: str) -> list[tuple[int, int]]:
    return [(text.index(v), text.index(v) + len(v)) for v in values]


def test_first_name_left_before_a_replaced_surname_is_a_partial_leak():
    text = "Dear John Smith, thanks."
    assert partial(text, cover(text, "Smith"), ("John Smith", "PERSON")) == ["John Smith"]
    assert partial(text, cover(text, "John Smith"), ("John Smith", "PERSON")) == []
    # The whole-value rule alone does not see it.
    assert leaked(text, "Dear John [X], thanks.", gold(text, ("John Smith", "PERSON"))) == []


def test_words_that_identify_nobody_may_stay():
    text = "Abito in Via Roma 12, 20121 Milano, Italia. Mr Brown"
    addr = "Via Roma 12, 20121 Milano, Italia"
    # "Via", the 2-digit house number and the country identify nobody.
    assert partial(text, cover(text, "Roma 12, 20121 Milano"), (addr, "ADDRESS")) == []
    # The street name, the postcode or the city left readable identify.
    assert partial(text, cover(text, "12, 20121 Milano"), (addr, "ADDRESS")) == [addr]
    assert partial(text, cover(text, "Roma 12"), (addr, "ADDRESS")) == [addr]
    assert partial(text, cover(text, "Brown"), ("Mr Brown", "PERSON")) == []


def test_area_code_and_username_halves_are_partial_leaks():
    text = "call 781-555-0132 or ping mario.rossi85"
    assert partial(text, cover(text, "555-0132"), ("781-555-0132", "PHONE")) == ["781-555-0132"]
    text2 = "call +39 347 123 4567"
    assert partial(text2, cover(text2, "347 123 4567"), ("+39 347 123 4567", "PHONE")) == []  # "39": 2 digits
    assert partial(text, cover(text, "rossi85"), ("mario.rossi85", "USERNAME")) == ["mario.rossi85"]


def test_partial_is_at_least_the_whole_value_leak_and_falls_back_without_offsets():
    text = "Rosa Bianchi ha chiamato. Rosa Bianchi."
    spans = gold(text, ("Rosa Bianchi", "PERSON"))
    anonymized = "[X] ha chiamato. Rosa Bianchi."
    whole = find_leaks(text, anonymized, spans)
    assert sum(lk.leaked for lk in whole) == 1  # one copy still readable (counted, not placed)
    # With offsets, the second occurrence is the one readable at its place; without, the whole-value
    # verdicts stand.
    assert [lk.leaked for lk in find_partial_leaks(text, whole, [(0, 12)])] == [False, True]
    assert find_partial_leaks(text, whole, None) == whole
    # Never fewer partial than whole leaks of a value, even when the offsets claim more was replaced.
    assert sum(lk.leaked for lk in find_partial_leaks(text, whole, [(0, 12), (26, 38)])) == 1


def test_partial_leak_in_the_report_uses_replaced_token_offsets():
    text = "Gentile Anna Rossi, la chiamo."
    doc = GoldDoc(id="z", lang="it", text=text, spans=(GoldSpan(8, 18, "PERSON", "Anna Rossi"),))
    half = SystemOutput(doc_id="z", anonymized_text="Gentile Anna [PERSON_1], la chiamo.", spans=[(13, 18, "PERSON")])
    scored = score_doc(doc, half)
    assert not scored.leaked and [lk.span.value for lk in scored.partially_leaked] == ["Anna Rossi"]
    untrusted = SystemOutput(doc_id="z", anonymized_text=half.anonymized_text, spans=half.spans, offsets=False)
    assert score_doc(doc, untrusted).partially_leaked == []  # falls back to the whole-value rule
