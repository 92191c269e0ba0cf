"""The student's prompt and target format, and how a model's answer is read and grounded, shared by
`train`, `infer` and `generate` (whose teacher answers go through the same reader) so they never drift.

The student does not rewrite the document: it lists the PII values it sees, in order of first
appearance, as compact JSON (`[{"v":"Mario Rossi","t":"PERSON"}]`). Code then finds each value in
the input and rebuilds the anonymized text. Generation is several times shorter, and the model
cannot change text it should not touch.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from distillery.pii.find import find_all, locate
from distillery.pii.spans import Span
from distillery.pii.types import type_aliases

FORMAT_VERSION = 1
INSTRUCTION = (
    "List the personal data in the user's text as a JSON array of "
    '{"v": exact value, "t": type}, in order of appearance. Reply [] if there is none.'
)
# Values longer than this are not PII values but a model copying the document.
MAX_VALUE_CHARS = 160

# Other names a model writes for our types ("NAME" for PERSON): one column of `pii.types`.
TYPE_ALIASES = type_aliases()


def prompt_messages(text: str) -> list[dict[str, str]]:
    """Chat messages for one document; the base model's own chat template renders them."""
    return [{"role": "system", "content": INSTRUCTION}, {"role": "user", "content": text}]


# Worked examples for a model that was never fine-tuned on the format (the eval's "base few-shot").
FEW_SHOT_EXAMPLES: list[tuple[str, str]] = [
    (
        "Gentile Mario Rossi, la contatto al 347 123 4567 per la pratica 2024/118.",
        '[{"v":"Mario Rossi","t":"PERSON"},{"v":"347 123 4567","t":"PHONE"}]',
    ),
    (
        "Hi, I'm Emily Clarke (emily.clarke@mail.co.uk). My card 4111 1111 1111 1111 was charged twice.",
        '[{"v":"Emily Clarke","t":"PERSON"},{"v":"emily.clarke@mail.co.uk","t":"EMAIL"},'
        '{"v":"4111 1111 1111 1111","t":"CREDIT_CARD"}]',
    ),
    ("The meeting about the Q3 budget is moved to Thursday at 10:00.", "[]"),
]


def few_shot_messages(text: str) -> list[dict[str, str]]:
    """Like `prompt_messages`, with worked examples as previous turns."""
    messages = [{"role": "system", "content": INSTRUCTION}]
    for example, answer in FEW_SHOT_EXAMPLES:
        messages += [{"role": "user", "content": example}, {"role": "assistant", "content": answer}]
    messages.append({"role": "user", "content": text})
    return messages


def format_target(items: list[tuple[str, str]]) -> str:
    """Compact JSON list of (value, type), unique values in order of first appearance."""
    seen: set[tuple[str, str]] = set()
    out = []
    for value, pii_type in items:
        if (value, pii_type) not in seen:
            seen.add((value, pii_type))
            out.append({"v": value, "t": pii_type})
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def target_from_spans(text: str, spans: list[Span] | list[tuple[int, int, str]]) -> str:
    """The training target for a document whose gold spans are known."""
    norm = [(s.start, s.end, s.type) if isinstance(s, Span) else tuple(s) for s in spans]
    norm.sort()
    return format_target([(text[a:b], t) for a, b, t in norm])


def training_messages(text: str, target: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(prompt, completion) in TRL's conversational prompt-completion format."""
    return prompt_messages(text), [{"role": "assistant", "content": target}]


@dataclass
class ParsedAnswer:
    items: list[tuple[str, str]] = field(default_factory=list)
    ok: bool = True  # False: nothing usable could be read from the answer
    repaired: bool = False  # the JSON needed fixing (fences, trailing text, truncation)
    error: str = ""


class AnswerError(ValueError):
    """Nothing could be read from a model's answer; the message says why."""


_FENCE = re.compile(r"```(?:json)?\s*(.*?)(?:```|$)", re.DOTALL)


def _repair_truncated_array(s: str) -> str | None:
    """Cut a truncated JSON array after its last complete object and close it.

    Only a real JSON prefix is repaired (what a generation cut by max_new_tokens looks like): prose or
    stray characters between the array's items mean the answer is garbage, and None is returned.
    """
    depth = 0
    in_str = False
    esc = False
    last_complete = -1
    for i, ch in enumerate(s):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 1 and ch == "}":
                last_complete = i
            if depth <= 0:
                return None  # closed, yet not valid JSON: not a truncation
        elif depth == 1 and not (ch.isspace() or ch == ","):
            return None  # text between the array's items
    if last_complete < 0:
        return "[]" if s.lstrip().startswith("[") else None
    return s[: last_complete + 1] + "]"


def _first_json_value(s: str, opening: str, error: json.JSONDecodeError) -> tuple[object, bool]:
    """Decode the first JSON value in `s` that opens with one of `opening`; (value, repaired), or
    AnswerError naming the decode error (`error`, the whole answer's, when nothing opens)."""
    starts = [i for i in map(s.find, opening) if i >= 0]
    if not starts:
        raise AnswerError(f"invalid JSON: {error.msg} (char {error.pos})")
    start = min(starts)
    try:
        value, end = json.JSONDecoder().raw_decode(s[start:])
        return value, bool(s[:start].strip() or s[start + end :].strip())
    except json.JSONDecodeError as exc:
        error = exc
    literal = _python_literal(s[start:])
    if literal is not None:
        return literal, True
    if s[start] == "[":
        fixed = _repair_truncated_array(s[start:])
        if fixed is not None:
            try:
                return json.loads(fixed), True
            except json.JSONDecodeError:
                pass
    raise AnswerError(f"invalid JSON: {error.msg} (char {error.pos})")


def extract_json(answer: str, opening: str = "[{") -> tuple[object, bool]:
    """The JSON value in a model's (student's or teacher's) answer, and whether it needed repair.

    The whole answer when it is JSON; otherwise the first value that opens with one of `opening`
    ("{" for a teacher, whose answer is an object; the student's is an array): inside a code fence
    (closed or not) or with prose around it, a Python-style literal (single quotes), or a truncated
    array cut after its last complete item. Raises AnswerError ("empty answer", "invalid JSON: ...").
    """
    text = answer.strip()
    if not text:
        raise AnswerError("empty answer")
    try:
        return json.loads(text), False
    except json.JSONDecodeError as exc:
        error = exc
    fence = _FENCE.search(text)
    if fence:
        text = fence.group(1).strip()
    value, repaired = _first_json_value(text, opening, error)
    return value, repaired or bool(fence)


def _python_literal(s: str) -> object | None:
    """A Python-style list (single quotes) that small models sometimes write instead of JSON."""
    import ast

    if "'" not in s:
        return None
    close = "]" if s[0] == "[" else "}"
    ends = [i for i, ch in enumerate(s) if ch == close][-20:]  # answers are short; bound the work anyway
    for i in reversed(ends):
        try:
            value = ast.literal_eval(s[: i + 1])
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        return value if isinstance(value, (list, dict)) else None
    return None


def _item(obj: object) -> tuple[str, str] | None:
    """(value, type) from {"v", "t"} (or common synonyms) or a [value, type] pair."""
    if isinstance(obj, (list, tuple)) and len(obj) == 2:
        v, t = obj
    elif isinstance(obj, dict):
        v = obj.get("v", obj.get("value", obj.get("original", obj.get("text"))))
        t = obj.get("t", obj.get("type", obj.get("label")))
    else:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        v = str(v)  # an unquoted number, e.g. a phone number written as 3471234567
    if isinstance(v, str) and isinstance(t, str) and v.strip() and t.strip():
        return v, t
    return None


def _items_from_value(value: object) -> tuple[list[tuple[str, str]], int] | None:
    """(items, number of entries that are not items), or None when `value` is not a list of items."""
    if isinstance(value, dict):
        for key in ("replaced_tokens", "pii", "entities", "items"):
            if isinstance(value.get(key), list):
                return _items_from_value(value[key])
        value = [value]
    if not isinstance(value, list):
        return None
    items = [it for it in map(_item, value) if it is not None]
    return items, len(value) - len(items)


def parse_answer(answer: str) -> ParsedAnswer:
    """Leniently read the student's (or a teacher's) answer.

    Repaired: code fences, prose around the JSON, a truncated array (cut after its last complete
    item), Python-style quotes, unquoted numbers. Unusable (`ok=False`): no JSON at all, or a
    non-empty list none of whose entries is a {v, t} item.
    """
    try:
        value, repaired = extract_json(answer)
    except AnswerError:
        return ParsedAnswer(ok=False, error="no JSON array in answer")
    found = _items_from_value(value)
    if found is None:
        return ParsedAnswer(ok=False, error="JSON is not a list of {v, t} objects")
    items, invalid = found
    if invalid and not items:
        return ParsedAnswer(ok=False, error="no {v, t} object in the JSON list")
    return ParsedAnswer(items=items, repaired=repaired or bool(invalid))


def normalize_type(raw: str, known: tuple[str, ...]) -> str | None:
    t = re.sub(r"[^A-Z0-9]+", "_", raw.strip().upper()).strip("_")
    t = TYPE_ALIASES.get(t, t)
    return t if t in known else None


@dataclass
class Grounded:
    spans: list[Span]
    dropped: list[tuple[str, str, str]]  # (value, type, reason)


# Values this short are only trusted as whole words: "Al" must not replace every "al" in "alla".
SHORT_VALUE_CHARS = 3


def ground_items(text: str, items: list[tuple[str, str]], known: tuple[str, ...], source: str = "model") -> Grounded:
    """Turn (value, type) items into spans of `text`. A value not found in the input is dropped:
    the model is never trusted to have seen something that is not there.

    A value is found with any whitespace between its words and, if not found as written, ignoring
    case (a model that writes "mario rossi" still gets "Mario Rossi" replaced). Every occurrence
    becomes a span, whole-word occurrences only when there are any. Values of one character are
    dropped; short ones must match whole words. The teacher's answers go through this same function
    (`generate.records.validate_answer`), where any dropped value rejects the answer."""
    spans: list[Span] = []
    dropped: list[tuple[str, str, str]] = []
    for value, raw_type in items:
        pii_type = normalize_type(raw_type, known)
        if pii_type is None:
            dropped.append((value, raw_type, "unknown type"))
            continue
        if len(value) > MAX_VALUE_CHARS:
            dropped.append((value, raw_type, "value too long"))
            continue
        if len(value.strip()) < 2:
            dropped.append((value, raw_type, "value too short"))
            continue
        # Case as written when the value occurs so anywhere; whole words first ("Ada" must not also
        # take the start of "Adamo"); a longer value that only occurs glued to other letters still
        # counts there, a short one never does.
        as_written = bool(find_all(text, value, whole="none"))
        found = locate(text, value, ignore_case=not as_written, loose=len(value.strip()) > SHORT_VALUE_CHARS)
        if not found:
            dropped.append((value, raw_type, "not in input"))
            continue
        spans.extend(Span(a, b, pii_type, source=source) for a, b in found)
    return Grounded(spans, dropped)
