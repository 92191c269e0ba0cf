"""Validation of teacher answers, record helpers, the prompt task file, rate limits and prices."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from distillery.errors import UserError
from distillery.generate.config import ModelPrice
from distillery.generate.pricing import cacheable_tokens, cost_usd, estimate_tokens, price_for
from distillery.generate.prompts import load_prompt_task
from distillery.generate.ratelimit import RateLimiter, parse_duration
from distillery.generate.records import Rejected, RulesCheck, check_with_rules, split_for_id, text_hash, validate_answer
from distillery.generate.teachers.openai_teacher import retry_after_seconds
from distillery.schema import known_types

TEXT = "Gentile Mario Rossi, scriva a mario.rossi@example.org. Mario Rossi abita a Milano, ordine 48213."
GOOD = {
    "entities": [
        {"value": "Mario Rossi", "type": "PERSON"},
        {"value": "mario.rossi@example.org", "type": "EMAIL"},
    ]
}


def test_span_list_becomes_every_occurrence_with_offsets_from_code():
    spans = validate_answer(TEXT, json.dumps(GOOD))
    assert [(TEXT[s.start : s.end], s.type) for s in spans] == [
        ("Mario Rossi", "PERSON"),
        ("mario.rossi@example.org", "EMAIL"),
        ("Mario Rossi", "PERSON"),
    ]
    assert [s.start for s in spans] == [8, TEXT.index("mario.rossi@"), TEXT.rindex("Mario Rossi")]


def test_whitespace_and_case_differences_in_values_are_tolerated():
    answer = {
        "entities": [
            {"value": "Mario\n  Rossi", "type": "PERSON"},
            {"value": "MARIO.ROSSI@EXAMPLE.ORG", "type": "EMAIL"},
        ]
    }
    assert len(validate_answer(TEXT, answer)) == 3


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda a: a["entities"].append({"value": "Luigi Verdi", "type": "PERSON"}), "not in input: 'Luigi Verdi'"),
        (lambda a: a["entities"][0].update(type="FAVOURITE_COLOUR"), "unknown type: type 'FAVOURITE_COLOUR'"),
        (lambda a: a["entities"][0].pop("type"), "schema: entities.0.type"),
        (lambda a: a.pop("entities"), "schema: entities"),
        (lambda a: a["entities"].append({"value": TEXT * 2, "type": "ADDRESS"}), "value too long"),
        (lambda a: a["entities"].append({"value": "M", "type": "PERSON"}), "value too short"),
    ],
)
def test_bad_answers_are_rejected_with_a_reason(mutate, reason):
    answer = json.loads(json.dumps(GOOD))
    mutate(answer)
    with pytest.raises(Rejected, match=reason.replace("[", r"\[").replace("(", r"\(")):
        validate_answer(TEXT, answer)


def test_teacher_and_student_answers_are_grounded_by_one_function(monkeypatch):
    import distillery.generate.records as records
    from distillery.student_format import ground_items

    calls = []

    def spy(*args, **kwargs):
        calls.append(args[1])
        return ground_items(*args, **kwargs)

    monkeypatch.setattr(records, "ground_items", spy)
    validate_answer(TEXT, GOOD)
    assert calls == [[("Mario Rossi", "PERSON"), ("mario.rossi@example.org", "EMAIL")]]


def test_type_aliases_are_normalized():
    answer = json.loads(json.dumps(GOOD))
    answer["entities"][1]["type"] = "email_address"
    assert validate_answer(TEXT, answer)[1].type == "EMAIL"


def test_whole_word_occurrences_are_preferred():
    text = "Ada ha scritto ad Adamo."
    spans = validate_answer(text, {"entities": [{"value": "Ada", "type": "PERSON"}]})
    assert [(s.start, s.end) for s in spans] == [(0, 3)]
    text = "Rosa ha scritto a Rosaria, e Rosa risponde."
    spans = validate_answer(text, {"entities": [{"value": "Rosa", "type": "PERSON"}]})
    assert [(s.start, s.end) for s in spans] == [(0, 4), (29, 33)]


def test_overlapping_values_keep_the_longest():
    text = "Scrive Mario Rossi; Rossi firma."
    spans = validate_answer(
        text, {"entities": [{"value": "Mario Rossi", "type": "PERSON"}, {"value": "Rossi", "type": "PERSON"}]}
    )
    assert [text[s.start : s.end] for s in spans] == ["Mario Rossi", "Rossi"]


def test_answer_text_plain_fenced_embedded_and_broken():
    entities = '{"entities": [{"value": "Mario Rossi", "type": "PERSON"}]}'
    for answer in (entities, f"Sure:\n```json\n{entities}\n```", f"Result: {entities} hope it helps"):
        assert [(s.start, s.end) for s in validate_answer(TEXT, answer)] == [(8, 19), (55, 66)]
    # A teacher's answer is an object: a bracket in the prose before it is not the answer.
    assert len(validate_answer(TEXT, f"Here [note]: {entities}")) == 2
    with pytest.raises(Rejected, match="invalid JSON"):
        validate_answer(TEXT, '{"entities": [{"value": "Mario Rossi", "type": "PER')
    with pytest.raises(Rejected, match="empty answer"):
        validate_answer(TEXT, "  ")


def test_split_for_id_is_a_stable_function_of_the_id_with_the_right_share():
    ids = [f"train-{i:06d}" for i in range(4000)]
    splits = [split_for_id(i, 0.1) for i in ids]
    assert splits == [split_for_id(i, 0.1) for i in ids]
    share = splits.count("validation") / len(ids)
    assert 0.08 < share < 0.12
    assert all(split_for_id(i, 0.0) == "train" for i in ids[:100])


def test_text_hash_ignores_case_and_whitespace_only():
    assert text_hash("Ciao  Mario\n") == text_hash("ciao mario")
    assert text_hash("Ciao Mario") != text_hash("Ciao Maria")


def test_shipped_prompt_loads_and_renders_messages():
    task = load_prompt_task("configs/prompts/anonymization.yaml")
    msgs = task.messages("Testo con {graffe} e Mario Rossi.")
    assert msgs[0]["role"] == "system" and msgs[-1]["role"] == "user"
    assert "Testo con {graffe} e Mario Rossi." in msgs[-1]["content"]
    assert len(msgs) == 2 + 2 * len(task.examples)
    assert task.version == "anonymization-v2"
    # The static part comes first and is the same bytes for every document (prompt caching).
    assert task.messages("another document")[:-1] == msgs[:-1] == task.static_messages()
    assert msgs[2]["content"].startswith('{"entities":[{"value":"Giulia Bianchi","type":"PERSON"}')
    fmt = task.response_format("json_schema")
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert task.response_format("json_object") == {"type": "json_object"}
    assert task.response_format("text") is None
    assert "PERSON" in task.types


def test_prompt_whose_example_would_be_rejected_is_a_user_error(tmp_path: Path):
    import yaml

    data = yaml.safe_load(Path("configs/prompts/anonymization.yaml").read_text(encoding="utf-8"))
    data["examples"][0]["output"]["entities"][0]["value"] = "Nobody Here"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(UserError, match="examples.0.*not in input"):
        load_prompt_task(bad)
    data = yaml.safe_load(Path("configs/prompts/anonymization.yaml").read_text(encoding="utf-8"))
    data["instruction"] = "no placeholder"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(UserError, match="instruction"):
        load_prompt_task(bad)
    with pytest.raises(UserError, match="not found"):
        load_prompt_task(tmp_path / "missing.yaml")


def test_prices_exact_dated_snapshot_override_and_unknown():
    mini = ModelPrice(input=0.15, cached_input=0.075, output=0.60)
    assert price_for("gpt-4o-mini") == mini
    assert price_for("gpt-4o-mini-2024-07-18") == mini
    assert price_for("gpt-4o-2024-08-06").output == 10.00
    assert price_for("qwen2.5-7b-instruct") is None
    assert price_for("qwen", {"qwen": ModelPrice(input=1, output=2)}) == ModelPrice(input=1, output=2)
    assert cost_usd(ModelPrice(input=1.0, output=2.0), 1_000_000, 500_000) == pytest.approx(2.0)
    # Cached prompt tokens at the cached rate (the input rate when the table has none); batch at half.
    assert cost_usd(mini, 1_000_000, 0, 400_000) == pytest.approx(0.6 * 0.15 + 0.4 * 0.075)
    assert cost_usd(ModelPrice(input=1.0, output=2.0), 1_000_000, 0, 400_000) == pytest.approx(1.0)
    assert cost_usd(mini, 1_000_000, 1_000_000, batch=True) == pytest.approx((0.15 + 0.60) / 2)
    assert cacheable_tokens(1023) == 0 and cacheable_tokens(1300) == 1280
    assert estimate_tokens(400) == 100


def test_parse_duration_and_retry_after():
    assert parse_duration("1s") == 1.0
    assert parse_duration("6m0s") == 360.0
    assert parse_duration("20ms") == pytest.approx(0.02)
    assert parse_duration("1h2m3.5s") == pytest.approx(3723.5)
    assert parse_duration("2.5") == 2.5
    assert parse_duration("soon") is None
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after-ms": "250"}) == 0.25
    assert retry_after_seconds({}) is None


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_rate_limiter_buckets_refill_and_settle():
    clock = FakeClock()
    lim = RateLimiter(rpm=60, tpm=600, clock=clock)  # 1 request/s, 10 tokens/s, 10 s of burst
    stop = threading.Event()
    for _ in range(10):
        assert lim._wait_time(5) == 0.0
        assert lim.acquire(5, stop)
    # Requests bucket empty: the 11th waits about one second.
    assert lim._wait_time(5) == pytest.approx(1.0)
    clock.t += 1.0
    assert lim._wait_time(5) == 0.0
    # Settling with more tokens than estimated pushes the token bucket into debt.
    lim.settle(5, 105)
    assert lim._wait_time(5) == pytest.approx(4.5)  # (50 + 10 - 100 debt) -> 45 tokens short at 10/s
    lim.pause(100.0)
    assert lim._wait_time(0) >= 100.0
    stop.set()
    assert lim.acquire(5, stop) is False


# --- the rules check of a teacher's answer (issue 19) ------------------------------------------------

CHECKED = (
    "Scrivete a giulia.ferri@example.it o al 347 123 4567. Per assistenza clienti: info@acme.it.\n"
    "Pagina: https://giulia.example.dev/cv; login: username gferri82"
)


def _values(text: str, spans) -> list[tuple[str, str, str]]:
    return [(text[s.start : s.end], s.type, s.source) for s in sorted(spans)]


def test_an_empty_answer_is_completed_with_what_the_rules_find():
    spans, check = check_with_rules(CHECKED, validate_answer(CHECKED, '{"entities": []}'), known_types(), "complete")
    assert _values(CHECKED, spans) == [
        ("giulia.ferri@example.it", "EMAIL", "rules"),
        ("347 123 4567", "PHONE", "rules"),
        ("https://giulia.example.dev/cv", "URL", "rules"),
    ]  # the role mailbox is no personal data; a username is the teacher's call (not a checked type)
    assert check.outcome == "completed" and check.added == {"EMAIL": 1, "PHONE": 1, "URL": 1}


def test_an_answer_that_misses_a_value_is_rejected_naming_types_not_values():
    answer = validate_answer(CHECKED, '{"entities": [{"value": "giulia.ferri@example.it", "type": "EMAIL"}]}')
    with pytest.raises(Rejected) as err:
        check_with_rules(CHECKED, answer, known_types(), "reject")
    assert str(err.value) == "rules check: the answer misses 2 value(s) the rules find (PHONE, URL)"
    assert "347" not in str(err.value)


def test_a_complete_answer_is_clean_and_left_as_it_is():
    answer = {
        "entities": [
            {"value": "giulia.ferri@example.it", "type": "EMAIL"},
            {"value": "347 123 4567", "type": "PHONE"},
            {"value": "https://giulia.example.dev/cv", "type": "URL"},
            {"value": "gferri82", "type": "USERNAME"},
        ]
    }
    spans = validate_answer(CHECKED, json.dumps(answer))
    for mode in ("complete", "reject"):
        assert check_with_rules(CHECKED, spans, known_types(), mode) == (spans, RulesCheck("clean"))


def test_a_value_the_teacher_cut_short_is_taken_whole_and_types_not_asked_are_not_checked():
    cut = validate_answer(CHECKED, '{"entities": [{"value": "giulia.ferri", "type": "USERNAME"}]}')
    spans, check = check_with_rules(CHECKED, cut, ("USERNAME", "EMAIL"), "complete")
    assert _values(CHECKED, spans) == [("giulia.ferri@example.it", "EMAIL", "rules")]  # no PHONE, URL: not asked
    assert check.added == {"EMAIL": 1}


def test_a_bracket_the_rules_take_with_a_phone_number_is_no_miss():
    text = "just call Kevin (919-370-4400)! Thanks"
    answer = validate_answer(
        text, '{"entities": [{"value": "Kevin", "type": "PERSON"}, {"value": "919-370-4400", "type": "PHONE"}]}'
    )
    assert check_with_rules(text, answer, known_types(), "reject")[1] == RulesCheck("clean")
