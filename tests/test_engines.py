"""The three engines (rules, generative, tagger) behind one `Anonymizer` protocol, and the steps they
share after the student's spans (`infer.pipeline`): the organisation-contact policy applies the same
way whichever engine found the value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_tagger_model import tagger_cfg
from test_train import record, write_jsonl

from distillery.documents import Document
from distillery.infer import InferConfig, make_anonymizer
from distillery.infer.engine import Anonymizer, EngineStats
from distillery.infer.generation import Generation, GenerationStats
from distillery.infer.model_engine import ModelAnonymizer
from distillery.infer.rules import RulesAnonymizer
from distillery.infer.tagger_engine import TaggerAnonymizer
from distillery.pii.spans import Span
from distillery.train.run import run as run_training

KINDS = ["rules", "generative", "tagger"]
DOCS = [
    Document("Gentile Mario Rossi, scriva a mario.rossi@example.com o al 347 123 4567.", "a"),
    Document("", "empty"),
    Document("nota " * 40 + "firmato Anna Bianchi, anna.bianchi@example.it", "long"),
    Document("Nessun dato personale qui.", 7),
]


@pytest.fixture(scope="module")
def tagger_dir(tiny_model_dir, tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("engines-data")
    write_jsonl(data / "train.jsonl", [record(i) for i in range(16)])
    write_jsonl(data / "validation.jsonl", [record(i) for i in range(100, 102)])
    out = tmp_path_factory.mktemp("engines-tagger") / "run"
    run_training(tagger_cfg(tiny_model_dir), dataset=data, output_dir=out, quiet=True)
    return out


def make(kind: str, request: pytest.FixtureRequest, **config) -> Anonymizer:
    """An engine of `kind` through the product's factory; batch size 1, so streaming a list and
    anonymizing its documents one by one run the very same model inputs."""
    if kind == "rules":
        return make_anonymizer(InferConfig(engine="rules", **config))
    fixture = "tiny_model_dir" if kind == "generative" else "tagger_dir"
    model = str(request.getfixturevalue(fixture))
    return make_anonymizer(InferConfig(model=model, max_new_tokens=4, batch_size=1, **config))


@pytest.mark.parametrize("kind", KINDS)
def test_every_engine_satisfies_the_protocol(kind, request):
    engine = make(kind, request)
    assert isinstance(engine, Anonymizer)
    assert engine.kind == kind
    assert isinstance(engine.stats, EngineStats) and engine.stats.documents == 0

    streamed = [r.to_json() for r in engine.stream(DOCS)]
    assert engine.stats.documents == len(DOCS)
    one_by_one = [engine.anonymize(d).to_json() for d in DOCS]
    assert streamed == one_by_one
    assert engine.stats.documents == 2 * len(DOCS)
    results = [json.loads(r) for r in streamed]
    assert [r["id"] for r in results] == [d.id for d in DOCS]
    assert "mario.rossi@example.com" not in results[0]["anonymized_text"]  # the rules catch it under every engine

    counters = engine.stats.counters()
    assert counters["documents"] == 2 * len(DOCS)
    assert all(isinstance(v, int) for v in counters.values())
    tokens = engine.stats.generated_tokens
    assert (tokens is not None and tokens > 0) if kind == "generative" else tokens is None

    summary, name = engine.summary(), engine.describe()
    if kind == "rules":
        assert summary == "" and name == "rules"  # nothing worth a line on stderr
    else:
        assert summary.startswith("model: " if kind == "generative" else "tagger: ") and "8 documents" in summary
        assert name.startswith("model " if kind == "generative" else "tagger ") and name.endswith(" on cpu")


@pytest.mark.parametrize("kind", KINDS)
def test_with_style_shares_the_engine_and_changes_only_the_style(kind, request):
    engine = make(kind, request)
    redacting = engine.with_style("redact")
    assert isinstance(redacting, Anonymizer) and redacting.kind == kind
    assert redacting.stats is engine.stats  # the same engine: one set of counters
    text = "Scriva a mario.rossi@example.com"
    assert redacting.anonymize(text).anonymized_text.endswith(" [REDACTED]")
    tagged = engine.anonymize(text).anonymized_text  # the original keeps its style
    assert tagged.endswith(" [EMAIL_1]") and "[REDACTED]" not in tagged
    assert engine.stats.documents == 2


# --- the organisation-contact policy, once for every engine -----------------------------------------

ORG_TEXT = (
    "Per assistenza chiamate il numero verde 800 123 456 o scrivete a info@acme.it; "
    "per la pratica, mario.rossi@example.com."
)
STUDENT_FINDS = [("800 123 456", "PHONE"), ("info@acme.it", "EMAIL"), ("mario.rossi@example.com", "EMAIL")]
KEPT = "Per assistenza chiamate il numero verde 800 123 456 o scrivete a info@acme.it; per la pratica, [EMAIL_1]."
REDACTED = "Per assistenza chiamate il numero verde [PHONE_1] o scrivete a [EMAIL_1]; per la pratica, [EMAIL_2]."


class StubGenerator:
    """Stands in for the generative student's BatchGenerator: lists STUDENT_FINDS for every chunk."""

    stats = GenerationStats()

    def generate(self, rows):
        answer = json.dumps([{"v": v, "t": t} for v, t in STUDENT_FINDS])
        return [Generation(answer, 1, False) for _ in rows]


def stub_decode_spans(text, *args, **kwargs):
    """Stands in for the tagger's decoder: labels STUDENT_FINDS wherever they are."""
    return [Span(text.index(v), text.index(v) + len(v), t) for v, t in STUDENT_FINDS]


def engine_finding_org_contacts(kind: str, request, monkeypatch, keep: bool) -> Anonymizer:
    """An engine whose only source of spans finds the two organisation contacts and one personal
    address: the rules for the rules engine, a stub student (no safety net) for the model engines."""
    if kind == "rules":
        return RulesAnonymizer(keep_org_contacts=keep)
    cfg = {"keep_org_contacts": keep, "rules_safety_net": False}
    if kind == "generative":
        loaded = make(kind, request).loaded
        engine = ModelAnonymizer(InferConfig(model="stub", **cfg), loaded=loaded)
        engine.generator = StubGenerator()
        return engine
    monkeypatch.setattr("distillery.tagging.decode.decode_spans", stub_decode_spans)
    loaded = make(kind, request).loaded
    return TaggerAnonymizer(InferConfig(model="stub", **cfg), loaded=loaded)


@pytest.mark.parametrize("kind", KINDS)
def test_org_contact_policy_is_the_same_for_every_engine(kind, request, monkeypatch):
    kept = engine_finding_org_contacts(kind, request, monkeypatch, keep=True).anonymize(ORG_TEXT)
    assert kept.anonymized_text == KEPT  # toll-free number and role mailbox kept, the person's address not
    redacted = engine_finding_org_contacts(kind, request, monkeypatch, keep=False).anonymize(ORG_TEXT)
    assert redacted.anonymized_text == REDACTED
    assert not kept.fallback and not redacted.fallback


# --- the shape check, once for both students ----------------------------------------------------------

SHAPE_TEXT = "[http-nio-8080-exec-1] Totale 1.234,40 EUR; PEC protocollo@pec.comune.milano.it, password: 4821"
SHAPE_FINDS = [("8080", "PASSWORD"), ("1.234", "PASSWORD"), ("@pec.comune", "EMAIL"), ("4821", "PASSWORD")]


@pytest.mark.parametrize("kind", ["generative", "tagger"])
@pytest.mark.parametrize("keep", [True, False])
def test_student_spans_must_look_like_their_type_in_every_engine(kind, keep, request, monkeypatch):
    """A port and the integer part of an amount typed PASSWORD are dropped, a fragment of a role
    mailbox is widened to the whole address (kept as an organisation's, or replaced whole), a PIN after
    "password:" is replaced: the same for the generative student and the tagger (`pii.shape`)."""
    monkeypatch.setattr(f"{__name__}.STUDENT_FINDS", SHAPE_FINDS)
    out = engine_finding_org_contacts(kind, request, monkeypatch, keep=keep).anonymize(SHAPE_TEXT).anonymized_text
    mailbox = "protocollo@pec.comune.milano.it" if keep else "[EMAIL_1]"
    assert out == f"[http-nio-8080-exec-1] Totale 1.234,40 EUR; PEC {mailbox}, password: [PASSWORD_1]"
