from hypothesis import given
from hypothesis import strategies as st

from distillery.documents import Document
from distillery.infer.rules import RulesAnonymizer
from distillery.pii.mentions import name_parts, person_part_mentions
from distillery.pii.replace import anonymize_with_spans
from distillery.pii.spans import Span


def _found(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in sorted(person_part_mentions(text, spans))]


def test_surname_and_first_name_mentions_follow_the_full_name():
    text = "Gentile Mario Rossi, la pratica è aperta. Rossi ha firmato; MARIO ROSSI in calce. Mario?"
    full = Span(8, 19, "PERSON")
    assert _found(text, [full]) == ["Mario", "Rossi", "Rossi", "MARIO", "ROSSI", "Mario"]
    result = anonymize_with_spans(text, [full, *person_part_mentions(text, [full])])
    assert "Rossi" not in result.anonymized_text and "Mario" not in result.anonymized_text


def test_common_words_longer_words_emails_and_titles_stay():
    text = "Dott. Rosa Bianchi: una rosa bianca per Rosaria. Scriva a rosa.bianchi@mail.it, Dott. Verdi."
    full = Span(0, 18, "PERSON")  # "Dott. Rosa Bianchi"
    assert name_parts(text[0:18]) == ["Rosa", "Bianchi"]
    found = _found(text, [full])
    assert found == ["Rosa", "Bianchi"]  # only the span itself: no 'rosa', 'Rosaria', e-mail parts or 'Dott'


def test_single_word_names_and_other_types_do_not_spread():
    text = "Grace called. Grace Street is closed. IBAN owner: Grace."
    assert _found(text, [Span(0, 5, "PERSON")]) == []
    assert _found(text, [Span(14, 26, "ADDRESS")]) == []


def test_rules_engine_applies_it_to_titled_names():
    doc = Document("Dear Mr. John Smith, thank you. Smith's claim was approved.")
    out = RulesAnonymizer().anonymize(doc).anonymized_text
    assert "Smith" not in out and "John" not in out
    assert "Smith" in RulesAnonymizer(person_mentions=False).anonymize(doc).anonymized_text


@given(st.text(alphabet="abcRossiMario ,.\n", max_size=80))
def test_never_changes_text_outside_spans(filler):
    text = f"Mario Rossi {filler} Rossi"
    spans = [Span(0, 11, "PERSON")]
    result = anonymize_with_spans(text, spans + person_part_mentions(text, spans))
    # Every character of the output outside replacements comes from the input in order.
    rebuilt, cursor = [], 0
    for tok in result.replaced_tokens:
        rebuilt.append(text[cursor : tok.start] + tok.replacement)
        cursor = tok.end
    rebuilt.append(text[cursor:])
    assert "".join(rebuilt) == result.anonymized_text
    assert all(text[t.start : t.end] == t.original for t in result.replaced_tokens)


# -- one person, one replacement (`person_links`) ------------------------------------------------------

from distillery.pii.fake import fake_part  # noqa: E402
from distillery.pii.mentions import person_links  # noqa: E402
from distillery.pii.replace import mapping_records  # noqa: E402


def test_links_surname_first_name_and_initial_to_the_one_full_name():
    links = person_links(["Elena Conti", "Conti", "Elena", "E. Conti", "ELENA CONTI", "Dott.ssa Elena Conti"])
    assert links == {
        "conti": "Elena Conti",
        "elena": "Elena Conti",
        "e. conti": "Elena Conti",
        "dott.ssa elena conti": "Elena Conti",
    }


def test_ambiguous_mentions_are_not_linked():
    links = person_links(["Elena Conti", "Marco Conti", "Conti", "Elena", "M. Rossi"])
    assert "conti" not in links  # two Conti: which one?
    assert links["elena"] == "Elena Conti"
    assert "m. rossi" not in links


def test_shorter_full_name_links_to_the_longer():
    links = person_links(["Maria Grazia Conti", "Maria Conti", "Conti"])
    assert links == {"maria conti": "Maria Grazia Conti", "conti": "Maria Grazia Conti"}


TEXT = "Gentile Sig.ra Elena Conti, ha firmato. Conti dice che Elena e E. Conti sono qui."


def test_surname_first_name_and_initial_share_the_full_names_placeholder():
    result = RulesAnonymizer().anonymize(TEXT)
    assert result.anonymized_text == (
        "Gentile Sig.ra [PERSON_1], ha firmato. [PERSON_1] dice che [PERSON_1] e [PERSON_1] sono qui."
    )
    records = mapping_records(result)
    assert {r["original"]: r.get("same_as") for r in records} == {
        "Elena Conti": None,
        "Conti": "Elena Conti",
        "Elena": "Elena Conti",
        "E. Conti": "Elena Conti",
    }


def test_two_people_with_one_surname_keep_the_surname_apart():
    result = RulesAnonymizer().anonymize("Sig.ra Elena Conti e Sig. Marco Conti. Conti ha firmato.")
    assert result.anonymized_text == "Sig.ra [PERSON_1] e Sig. [PERSON_2]. [PERSON_3] ha firmato."


def test_fake_surrogate_of_a_mention_is_the_matching_part():
    result = RulesAnonymizer(style="fake").anonymize(TEXT)
    by_original = {t.original: t.replacement for t in result.replaced_tokens}
    first, last = by_original["Elena Conti"].split()
    assert by_original["Conti"] == last
    assert by_original["Elena"] == first
    assert by_original["E. Conti"] == f"{first[0]}. {last}"


def test_fake_part_places():
    assert fake_part("Maria Grazia Conti", "Anna Ferri", "Conti") == "Ferri"
    assert fake_part("Maria Grazia Conti", "Anna Ferri", "Maria") == "Anna"
    assert fake_part("Maria Grazia Conti", "Anna Lucia Ferri", "Grazia") == "Lucia"
    assert fake_part("Maria Conti", "Anna Ferri", "M. Conti") == "A. Ferri"
