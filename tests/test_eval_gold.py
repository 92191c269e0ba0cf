"""Loading and validating gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distillery.errors import UserError
from distillery.evaluate.gold import load_gold


def write(tmp_path: Path, *records: dict | str) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_offsets_given_and_extra_fields_ignored(tmp_path):
    text = "Gentile Mario Rossi, IBAN IT60X0542811101000000123456."
    rec = {
        "id": "g1",
        "lang": "it",
        "kind": "email",
        "template": "t3",
        "teacher": "synthetic",
        "text": text,
        "pii": [
            {"value": "Mario Rossi", "type": "PERSON", "start": 8, "end": 19},
            {"value": "IT60X0542811101000000123456", "type": "IBAN", "start": 26, "end": 53},
        ],
        "keep": ["Gentile"],
    }
    (doc,) = load_gold(write(tmp_path, rec))
    assert doc.id == "g1" and doc.lang == "it" and doc.keep == ("Gentile",)
    assert [(s.start, s.end, s.type) for s in doc.spans] == [(8, 19, "PERSON"), (26, 53, "IBAN")]


def test_values_without_offsets_are_located_as_whole_words(tmp_path):
    text = "Rosa scrive a Rosaria. Poi Rosa Bianchi firma; Rosa saluta."
    rec = {
        "id": 1,
        "text": text,
        "pii": [{"value": "Rosa", "type": "PERSON"}, {"value": "Rosa Bianchi", "type": "PERSON"}],
    }
    (doc,) = load_gold(write(tmp_path, rec))
    found = [text[s.start : s.end] for s in doc.spans]
    # "Rosa" inside "Rosaria" is not her; "Rosa" inside "Rosa Bianchi" belongs to the longer span.
    assert found == ["Rosa", "Rosa Bianchi", "Rosa"]
    assert [s.start for s in doc.spans] == [0, 27, 47]


def test_defaults_id_lang_keep(tmp_path):
    path = write(
        tmp_path, {"text": "The meeting is moved to Thursday."}, {"text": "La riunione è spostata a giovedì, grazie."}
    )
    docs = load_gold(path)
    assert [d.id for d in docs] == [1, 2]
    assert [d.lang for d in docs] == ["en", "it"]
    assert docs[0].spans == () and docs[0].keep == () and not docs[0].has_pii


def test_limit(tmp_path):
    path = write(tmp_path, *({"id": i, "text": f"doc {i}"} for i in range(5)))
    assert [d.id for d in load_gold(path, limit=2)] == [0, 1]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "gold.jsonl:2: invalid JSON"),
        ('["a list"]', "gold.jsonl:2: expected a JSON object"),
        ('{"id": "b"}', 'gold.jsonl:2: missing "text"'),
        ('{"id": "b", "text": " "}', 'gold.jsonl:2: "text" must be a non-empty string'),
        ('{"id": "b", "text": "Ciao Rosa", "pii": [{"value": "Rosa", "type": "PERSON", "start": 0, "end": 4}]}',
         "gold.jsonl:2: pii[0]: text[0:4] is 'Ciao', not 'Rosa'"),
        ('{"id": "b", "text": "Ciao Rosa", "pii": [{"value": "Anna", "type": "PERSON"}]}',
         "gold.jsonl:2: pii[0]: value 'Anna' does not occur in the text"),
        ('{"id": "b", "text": "Ciao Rosa", "pii": [{"value": "Rosa", "type": "person"}]}',
         "gold.jsonl:2: pii[0]: \"type\" must be an upper-case type name"),
        ('{"id": "b", "text": "Ciao Rosa", "pii": [{"value": "Rosa", "type": "PERSON", "start": 5}]}',
         'gold.jsonl:2: pii[0]: "start" and "end" must both be integers'),
        ('{"id": "b", "text": "Ciao Rosa", "pii": [{"value": "Rosa", "type": "PERSON", "start": 5, "end": 99}]}',
         "gold.jsonl:2: pii[0]: offsets [5, 99) out of range"),
        ('{"id": "b", "text": "Ciao Rosa", "keep": ["€ 10"]}', "gold.jsonl:2: keep string '€ 10' does not occur"),
        ('{"id": "a", "text": "Ciao"}', "gold.jsonl:2: duplicate id 'a' (first on line 1)"),
        ('{"id": "b", "text": "Ciao", "pii": {"value": "x"}}', 'gold.jsonl:2: "pii": Input should be a valid list'),
        ('{"id": "b", "text": "Ciao", "v": 9}', "gold.jsonl:2: record version 9 is newer than this distillery"),
    ],
)  # fmt: skip
def test_bad_lines_name_file_and_line(tmp_path, line, message):
    path = write(tmp_path, {"id": "a", "text": "primo documento"}, line)
    with pytest.raises(UserError) as exc:
        load_gold(path)
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(UserError, match="gold file not found"):
        load_gold(tmp_path / "nope.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(UserError, match="no documents"):
        load_gold(empty)
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(b'{"text": "caf\xe9"}\n')
    with pytest.raises(UserError, match="latin1.jsonl:1: not valid UTF-8"):
        load_gold(bad)
