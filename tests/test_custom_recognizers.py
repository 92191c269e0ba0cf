"""Your own recognizers (YAML and entry-point plug-ins) and the per-type table, through the Python
API, `infer` and `serve`, with the rules engine."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from distillery import Anonymizer
from distillery.cli import app
from distillery.documents import Document
from distillery.errors import UserError
from distillery.infer.engine import EngineStats
from distillery.infer.pipeline import SpanAnonymizer
from distillery.pii.recognizers import registry
from distillery.pii.recognizers.base import Recognizer
from distillery.pii.recognizers.custom import load_recognizers, parse_recognizers
from distillery.pii.spans import Span, resolve_overlaps
from distillery.pii.types import presidio_names, type_info
from distillery.schema import BUILTIN_TYPES

runner = CliRunner()

YAML = r"""
recognizers:
  - name: employee_id
    type: EMPLOYEE_ID
    patterns:
      - {name: badge, regex: '\bEMP-\d{6}\b', score: 0.9}
      - {name: bare, regex: '\b\d{6}\b', score: 0.3}
    context: [matricola, employee]
    deny: ['EMP-0{6}']
  - name: loyalty_card
    supported_entity: LOYALTY_CARD        # Presidio's spelling works too
    supported_language: it
    patterns:
      - {regex: '\b\d{4} \d{4} \d{4}\b', score: 0.6}
    validators: [luhn]
"""
TEXT = "Il dipendente EMP-123456, matricola 654321, ha la carta fedeltà 4111 1111 1111. Ticket 777777."


@pytest.fixture
def rec_file(tmp_path: Path) -> Path:
    path = tmp_path / "recognizers.yaml"
    path.write_text(YAML)
    return path


def _luhn_ok(number: str) -> bool:
    from stdnum import luhn

    return luhn.is_valid(number.replace(" ", ""))


def test_python_api_replaces_a_new_type(rec_file):
    r = Anonymizer(engine="rules", recognizers=rec_file).anonymize(TEXT)
    found = {(t.type, t.original) for t in r.replaced_tokens}
    assert ("EMPLOYEE_ID", "EMP-123456") in found
    assert ("EMPLOYEE_ID", "654321") in found  # a weak pattern, raised by the context word before it
    assert ("EMPLOYEE_ID", "777777") not in {(t.type, t.original) for t in r.replaced_tokens}  # no context
    assert "[EMPLOYEE_ID_1]" in r.anonymized_text and "[EMPLOYEE_ID_2]" in r.anonymized_text
    card = "4111 1111 1111"
    assert (("LOYALTY_CARD", card) in found) == _luhn_ok(card)


def test_validators_deny_rules_and_language():
    recs = parse_recognizers(
        [
            {"name": "c", "type": "CARD_X", "patterns": [{"regex": r"\b\d{16}\b"}], "validators": ["luhn"]},
            {
                "name": "i",
                "type": "BANK_X",
                "patterns": [{"regex": r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b"}],
                "validators": ["iban"],
            },
            {
                "name": "m",
                "type": "REF_X",
                "patterns": [{"regex": r"(?<=\bRF)\d{14}\b"}],
                "validators": ["mod97"],
            },
            {
                "name": "d",
                "type": "CODE_X",
                "patterns": [{"regex": r"\bK-\d{3}\b"}],
                "deny": [r"K-00\d"],
                "deny_list": ["k-999"],
            },
            {"name": "e", "type": "ONLY_EN", "language": "en", "patterns": [{"regex": r"\bZZ\d{3}\b"}]},
        ]
    )
    by_name = {r.name: r for r in recs}

    def found(name: str, text: str) -> list[str]:
        return [s.text_in(text) for s in by_name[name].find(text)]

    assert found("c", "card 4111111111111111 and 4111111111111112") == ["4111111111111111"]
    assert found("i", "IT60X0542811101000000123456 vs IT61X0542811101000000123456") == ["IT60X0542811101000000123456"]
    # ISO 7064 MOD 97-10, check digits last: 53900754703478 is valid, 53900754703479 is not.
    assert found("m", "RF53900754703478 RF53900754703479") == ["53900754703478"]
    assert found("d", "K-001 K-123 K-999") == ["K-123"]
    assert found("e", "the code is ZZ123 for the customer") == ["ZZ123"]
    assert found("e", "il codice è ZZ123 per il cliente della banca") == []


def test_fake_style_masks_a_type_without_a_fake_maker(rec_file):
    r = Anonymizer(engine="rules", recognizers=rec_file, style="fake").anonymize("badge EMP-123456 issued")
    assert r.anonymized_text == "badge ********** issued"


def test_recognizer_objects_and_no_safety_net():
    class Ticket(Recognizer):
        type = "TICKET"
        name = "ticket"

        def find(self, text):
            i = text.find("T-42")
            if i >= 0:
                yield self.span(i, i + 4)

    assert Anonymizer(engine="rules", recognizers=[Ticket()]).anonymize("see T-42").anonymized_text == "see [TICKET_1]"

    class NoNet(SpanAnonymizer):
        """A student that finds nothing, with the rules safety net off: the user's recognizers still run."""

        kind = "rules"

        def __init__(self, recognizers):
            super().__init__(rules_safety_net=False, recognizers=recognizers)
            self.stats = EngineStats()

        def _stream(self, docs, finish):
            for doc in docs:
                yield finish(doc, [])

    r = NoNet([Ticket()]).anonymize(Document("T-42 from a@b.it"))
    assert r.anonymized_text == "[TICKET_1] from a@b.it"


def test_infer_cli_flag_and_config_key(rec_file, tmp_path):
    res = runner.invoke(app, ["infer", "--engine", "rules", "--recognizers", str(rec_file), "--text", TEXT])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert "[EMPLOYEE_ID_1]" in out["anonymized_text"] and "EMP-123456" not in out["anonymized_text"]
    cfg = tmp_path / "infer.yaml"
    cfg.write_text(f"engine: rules\nrecognizers: {rec_file}\n")
    res = runner.invoke(app, ["infer", "--config", str(cfg), "--text", TEXT])
    assert res.exit_code == 0 and "[EMPLOYEE_ID_1]" in json.loads(res.stdout)["anonymized_text"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("recognizers: [{name: x, type: X}]", "patterns"),
        ("recognizers: [{name: x, type: lower_case, patterns: [{regex: a}]}]", "supported_entity"),
        ("recognizers: [{name: x, type: X, patterns: [{regex: '(unclosed'}]}]", "invalid regex"),
        ("recognizers: [{name: x, type: X, patterns: [{regex: a}], validators: [crc32]}]", "validators"),
        ("recognizers: [{name: x, type: X, patterns: [{regex: a, score: 2}]}]", "score"),
        ("recognizers: {", "invalid YAML"),
    ],
)
def test_bad_files_fail_with_one_clear_line(tmp_path, content, needle):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(UserError, match=needle):
        load_recognizers(path)
    res = runner.invoke(app, ["infer", "--engine", "rules", "--recognizers", str(path), "--text", "x"])
    assert res.exit_code == 2 and needle.split()[0] in res.output


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="not found"):
        Anonymizer(engine="rules", recognizers=tmp_path / "nope.yaml")


def test_serve_with_recognizers(rec_file, tmp_path):
    from tests.test_serve import server

    with server(tmp_path, "--recognizers", str(rec_file)) as (url, _):
        body = httpx.post(f"{url}/v1/anonymize", json={"text": TEXT}).json()
        assert "[EMPLOYEE_ID_1]" in body["anonymized_text"]
        found = httpx.post(f"{url}/analyze", json={"text": TEXT, "language": "it"}).json()
        assert "EMPLOYEE_ID" in {x["entity_type"] for x in found}  # a type of our own keeps its name
        only = httpx.post(f"{url}/analyze", json={"text": TEXT, "language": "it", "entities": ["EMPLOYEE_ID"]})
        assert {x["entity_type"] for x in only.json()} == {"EMPLOYEE_ID"}


PLUGIN = """
from distillery.pii.recognizers.base import Recognizer

class Badge(Recognizer):
    type = "BADGE"
    name = "badge"

    def find(self, text):
        i = text.find("BDG-7")
        if i >= 0:
            yield self.span(i, i + 5)

def many():
    return [Badge()]
"""


def test_entry_point_plugins(tmp_path, monkeypatch):
    dist = tmp_path / "badgeplug-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: badgeplug\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[distillery.recognizers]\nbadge = badgeplug:many\n")
    (tmp_path / "badgeplug.py").write_text(PLUGIN)
    monkeypatch.syspath_prepend(str(tmp_path))
    registry._plugin_factories.cache_clear()
    try:
        assert "badge" in {r.name for r in registry.all_recognizers()}
        r = Anonymizer(engine="rules").anonymize("door BDG-7 opened")
        assert r.anonymized_text == "door [BADGE_1] opened"
        # A plug-in that fails to load stops the engine instead of letting its values through.
        (dist / "entry_points.txt").write_text("[distillery.recognizers]\nbroken = badgeplug:missing\n")
        registry._plugin_factories.cache_clear()
        with pytest.raises(Exception, match="failed to load"):
            Anonymizer(engine="rules").anonymize("x")
    finally:
        monkeypatch.undo()
        sys.modules.pop("badgeplug", None)
        registry._plugin_factories.cache_clear()


def test_the_type_table():
    for name in BUILTIN_TYPES:
        info = type_info(name)
        assert info.name == name and info.fake is not None and info.specificity > 20
    unknown = type_info("SHOE_SIZE")
    assert unknown.fake is None and unknown.presidio_name == "SHOE_SIZE" and unknown.specificity == 20
    names = presidio_names()
    assert names["EMAIL_ADDRESS"] == "EMAIL" and names["IT_FISCAL_CODE"] == "CODICE_FISCALE"
    assert names["US_PASSPORT"] == names["IT_PASSPORT"] == "PASSPORT"
    # The names a model may write for a type (read by the student's answer parser) are a column too.
    from distillery.student_format import TYPE_ALIASES

    assert TYPE_ALIASES["NAME"] == "PERSON" and TYPE_ALIASES["MRN"] == "MEDICAL_RECORD_NUMBER"
    assert set(TYPE_ALIASES.values()) <= set(BUILTIN_TYPES)
    # Specificity still decides between spans of equal length.
    spans = [Span(0, 10, "PHONE"), Span(0, 10, "IBAN"), Span(0, 10, "SHOE_SIZE")]
    assert [s.type for s in resolve_overlaps(spans)] == ["IBAN"]


def test_the_readme_yaml_example(tmp_path):
    import re

    import yaml

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```yaml\n(.*?)```", readme, flags=re.S) if "employee_id" in b)
    path = tmp_path / "r.yaml"
    path.write_text(block)
    assert parse_recognizers(yaml.safe_load(block))
    r = Anonymizer(engine="rules", recognizers=path).anonymize("La matricola 123456 e il badge EMP-000000.")
    assert r.anonymized_text == "La matricola [EMPLOYEE_ID_1] e il badge EMP-000000."
