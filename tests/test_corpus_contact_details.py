"""The generator writes the identifier families the rules engine now catches, so the student sees
them too: bare profile links, encoded e-mails, bare mobiles, document numbers after cue words, and
organisation contacts as keep strings."""

from __future__ import annotations

import re
from collections import Counter

from distillery.corpus.generator import build_document
from distillery.generate.teachers.synthetic import SyntheticTeacher


def _docs(n: int = 120, split: str = "train"):
    return [build_document(i, seed=3, split=split, langs=("it", "en"), kind="contact_details")[0] for i in range(n)]


def test_contact_details_documents_hold_the_new_families():
    seen = Counter()
    for doc in _docs():
        for item in doc.pii:
            value = item["value"]
            if item["type"] == "URL" and not value.startswith(("http", "www.")):
                seen["bare profile link"] += 1
            if item["type"] == "EMAIL" and "%40" in value:
                seen["percent-encoded e-mail"] += 1
            if item["type"] == "EMAIL" and re.search(r"\[at\]|\(at\)| at | chiocciola ", value):
                seen["obfuscated e-mail"] += 1
            if item["type"] == "PHONE":
                seen["mobile"] += 1
            if item["type"] in ("ID_CARD", "PASSPORT", "LICENSE_PLATE"):
                seen["document number"] += 1
        for value in doc.keep:
            if "@" in value:
                seen["role mailbox kept"] += 1
            elif sum(ch.isdigit() for ch in value) >= 6 and not re.search(r"\d[/-]\d\d[/-]", value):
                seen["organisation number kept"] += 1
    expected = (
        "bare profile link", "percent-encoded e-mail", "obfuscated e-mail", "mobile", "document number",
        "role mailbox kept", "organisation number kept",
    )  # fmt: skip
    assert all(seen[k] >= 3 for k in expected), seen


def test_synthetic_teacher_accepts_them_in_both_splits():
    teacher = SyntheticTeacher()
    for split in ("train", "eval"):
        for doc in _docs(60, split):
            labeled = teacher.label(doc)
            assert labeled.record is not None, labeled.failure
