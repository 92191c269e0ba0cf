"""A few hundred documents and what `distillery infer` makes of them: the reference the Ray Data and
`datasets` integrations are compared with, row for row."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from typer.testing import CliRunner

from distillery.cli import app
from distillery.corpus import generate_documents

EXTRA = ["", "nothing personal here", "Scrivi a mario.rossi@example.it o chiama il 347 123 4567"]


@cache
def corpus(n: int, seed: int = 11) -> tuple[dict, ...]:
    """`n` rows {"id", "text"}: synthetic documents (Italian and English) and a few edge cases. Made
    once per test session (not at collection); do not change the rows."""
    texts = [d.text for d in generate_documents(n - len(EXTRA), seed=seed)] + EXTRA
    return tuple({"id": f"doc-{i:04d}", "text": t} for i, t in enumerate(texts))


def infer_cli(rows: tuple[dict, ...] | list[dict], tmp: Path, *args: str) -> dict[str, dict]:
    """`distillery infer -i rows.jsonl -o out.jsonl ARGS`, by id: the output contract of each row."""
    src, dst = tmp / "rows.jsonl", tmp / "out.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(app, ["infer", "--quiet", "-i", str(src), "-o", str(dst), *args])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == [r["id"] for r in rows]
    return {o.pop("id"): o for o in out}


def contract(row: dict) -> dict:
    """The output contract's fields of an integration's row, as the CLI writes them (the CLI leaves out
    a token's `same_as` when it is null; an Arrow struct always has the field)."""
    out = {k: row[k] for k in ("anonymized_text", "replaced_tokens", "fallback")}
    if out["replaced_tokens"] is not None:
        out["replaced_tokens"] = [
            {k: v for k, v in tok.items() if not (k == "same_as" and v is None)} for tok in out["replaced_tokens"]
        ]
    return out
