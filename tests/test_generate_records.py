"""Validation of teacher answers, record helpers, the prompt task file, rate limits and prices."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from distillery.errors import UserError
from distillery.generate.config import ModelPrice
from distillery.generate.pricing import cost_usd, estimate_tokens, price_for
from distillery.generate.prompts import load_prompt_task
from distillery.generate.ratelimit import RateLimiter, parse_duration
from distillery.generate.records import Rejected, extract_json, split_for_id, text_hash, validate_answer
from distillery.generate.teachers.openai_teacher import retry_after_seconds

TEXT = "Gentile Mario Rossi, scriva a mario.rossi@example.org. Mario Rossi abita a Milano, ordine 48213."
GOOD = {
    "anonymized_text": "Gentile [PERSON_1], scriva a [EMAIL_1]. [PERSON_1] abita a Milano, ordine 48213.",
    "replaced_tokens": [
        {"original": "Mario Rossi", "replacement": "[PERSON_1]", "type": "PERSON"},
        {"original": "mario.rossi@example.org", "replacement": "[EMAIL_1]", "type": "EMAIL"},
    ],
}


def test_valid_answer_gets_offsets_from_code_for_every_occurrence():
    v = validate_answer(TEXT, json.dumps(GOOD))
    assert [(TEXT[s.start : s.end], s.type) for s in v.spans] == [
        ("Mario Rossi", "PERSON"),
        ("mario.rossi@example.org", "EMAIL"),
        ("Mario Rossi", "PERSON"),
    ]
    assert v.answer.anonymized_text == GOOD["anonymized_text"]
    assert [t.start for t in v.answer.replaced_tokens] == [8, TEXT.index("mario.rossi@"), TEXT.rindex("Mario Rossi")]


def test_whitespace_differences_in_anonymized_text_are_tolerated():
    answer = dict(GOOD, anonymized_text=GOOD["anonymized_text"].replace(" ", "  ") + "\n")
    assert validate_answer(TEXT, answer).answer.anonymized_text == GOOD["anonymized_text"]


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (
            lambda a: a["replaced_tokens"].append({"original": "Luigi Verdi", "replacement": "[P]", "type": "PERSON"}),
            "original not in input: 'Luigi Verdi'",
        ),
        (lambda a: a.update(anonymized_text="Gentile [PERSON_1], scriva a [EMAIL_1]."), "inconsistent"),
        (lambda a: a["replaced_tokens"][0].update(type="FAVOURITE_COLOUR"), "unknown type 'FAVOURITE_COLOUR'"),
        (lambda a: a["replaced_tokens"][0].pop("replacement"), "schema: replaced_tokens.0.replacement"),
        (lambda a: a.pop("anonymized_text"), "schema: anonymized_text"),
        (lambda a: a["replaced_tokens"][0].update(replacement="Mario Rossi"), "replacement keeps the original"),
        # The teacher forgot the second mention: its text leaks what the spans replace.
        (
            lambda a: a.update(anonymized_text=a["anonymized_text"].replace(". [PERSON_1]", ". Mario Rossi")),
            "left unreplaced at char",
        ),
    ],
)
def test_bad_answers_are_rejected_with_a_reason(mutate, reason):
    answer = json.loads(json.dumps(GOOD))
    mutate(answer)
    with pytest.raises(Rejected, match=reason.replace("[", r"\[").replace("(", r"\(")):
        validate_answer(TEXT, answer)


def test_type_aliases_are_normalized():
    answer = json.loads(json.dumps(GOOD))
    answer["replaced_tokens"][1]["type"] = "email_address"
    assert validate_answer(TEXT, answer).spans[1].type == "EMAIL"


def test_whole_word_occurrences_are_preferred():
    text = "Ada ha scritto ad Adamo."
    v = validate_answer(
        text,
        {
            "anonymized_text": "[PERSON_1] ha scritto ad Adamo.",
            "replaced_tokens": [{"original": "Ada", "replacement": "[PERSON_1]", "type": "PERSON"}],
        },
    )
    assert [(s.start, s.end) for s in v.spans] == [(0, 3)]


def test_extract_json_plain_fenced_embedded_and_broken():
    assert extract_json('{"a": 1}') == {"a": 1}
    assert extract_json('Sure:\n```json\n{"a": 2}\n```') == {"a": 2}
    assert extract_json('Result: {"a": 3} hope it helps') == {"a": 3}
    with pytest.raises(Rejected, match="invalid JSON"):
        extract_json('{"anonymized_text": "cut in the mid')
    with pytest.raises(Rejected, match="empty answer"):
        extract_json("  ")


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
    fmt = task.response_format("json_schema")
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert task.response_format("json_object") == {"type": "json_object"}
    assert task.response_format("text") is None
    assert "PERSON" in task.types


def test_prompt_whose_example_would_be_rejected_is_a_user_error(tmp_path: Path):
    import yaml

    data = yaml.safe_load(Path("configs/prompts/anonymization.yaml").read_text(encoding="utf-8"))
    data["examples"][0]["output"]["replaced_tokens"][0]["original"] = "Nobody Here"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(UserError, match="original not in input"):
        load_prompt_task(bad)
    data = yaml.safe_load(Path("configs/prompts/anonymization.yaml").read_text(encoding="utf-8"))
    data["instruction"] = "no placeholder"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(UserError, match="instruction"):
        load_prompt_task(bad)
    with pytest.raises(UserError, match="not found"):
        load_prompt_task(tmp_path / "missing.yaml")


def test_prices_exact_dated_snapshot_override_and_unknown():
    assert price_for("gpt-4o-mini") == ModelPrice(input=0.15, output=0.60)
    assert price_for("gpt-4o-mini-2024-07-18") == ModelPrice(input=0.15, output=0.60)
    assert price_for("gpt-4o-2024-08-06") == ModelPrice(input=2.50, output=10.00)
    assert price_for("qwen2.5-7b-instruct") is None
    assert price_for("qwen", {"qwen": ModelPrice(input=1, output=2)}) == ModelPrice(input=1, output=2)
    assert cost_usd(ModelPrice(input=1.0, output=2.0), 1_000_000, 500_000) == pytest.approx(2.0)
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
