"""Replacement styles, and rebuilding the anonymized text from spans (always by code)."""

from __future__ import annotations

import hashlib
import hmac
import os
from enum import Enum
from typing import TYPE_CHECKING

from distillery.pii.fake import fake_value
from distillery.pii.find import fold
from distillery.pii.lang import guess_lang
from distillery.pii.occurrences import expand_occurrences
from distillery.pii.spans import Span, resolve_overlaps

if TYPE_CHECKING:
    from distillery.schema import AnonymizationResult

# distillery.schema (pydantic) is imported inside the functions that build results: the CLI imports
# `Style` from here at start-up, and `distillery --help` must not pay for pydantic.


class Style(str, Enum):
    tag = "tag"  # [PERSON_1]
    fake = "fake"  # a realistic surrogate of the same type
    mask = "mask"  # ******** of the same length
    hash = "hash"  # [PERSON:1a2b3c4d5e] keyed HMAC
    redact = "redact"  # [REDACTED]


_PROCESS_KEY = os.urandom(32)  # used only when no DISTILLERY_HASH_KEY is configured


class Replacer:
    """Chooses replacements for one document, consistently (same original -> same replacement)."""

    def __init__(self, style: Style | str = Style.tag, lang: str = "en", hash_key: bytes | None = None):
        self.style = Style(style)
        self.lang = lang
        self.hash_key = hash_key or _PROCESS_KEY
        self._seen: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}

    def __call__(self, original: str, pii_type: str, same_as: str | None = None) -> str:
        """`same_as`: the value `original` is another spelling of ("3471234567" of "347 123 4567"),
        so both get the same replacement."""
        if self.style is Style.mask:
            return "*" * len(original)
        if self.style is Style.redact:
            return "[REDACTED]"
        key = (pii_type, fold(same_as or original))  # the same original up to case and whitespace
        if key in self._seen:
            return self._seen[key]
        if self.style is Style.tag:
            n = self._counters[pii_type] = self._counters.get(pii_type, 0) + 1
            value = f"[{pii_type}_{n}]"
        elif self.style is Style.fake:
            value = fake_value(pii_type, key[1], self.lang)
        else:  # hash
            digest = hmac.new(self.hash_key, f"{pii_type}\x00{key[1]}".encode(), hashlib.sha256).hexdigest()
            value = f"[{pii_type}:{digest[:10]}]"
        self._seen[key] = value
        return value


def final_spans(
    text: str, spans: list[Span] | tuple[Span, ...], *, every_occurrence: bool = True
) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """The spans that will be replaced, in order and without overlaps (every occurrence of each
    value, snapped to words, unless `every_occurrence` is False), and `same_as` (see
    `pii.occurrences.expand_occurrences`). What `anonymize_with_spans` replaces, and what an
    analysis reports."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    same_as: dict[tuple[int, int], str] = {}
    if every_occurrence:
        valid, same_as = expand_occurrences(text, valid)
    return resolve_overlaps(valid), same_as


def anonymize_with_spans(
    text: str,
    spans: list[Span] | tuple[Span, ...],
    style: Style | str = Style.tag,
    *,
    lang: str | None = None,
    hash_key: bytes | None = None,
    doc_id: str | int | None = None,
    fallback: bool = False,
    every_occurrence: bool = True,
) -> AnonymizationResult:
    """Rebuild the anonymized text from `text` and `spans`; characters outside spans are untouched.

    This is the merge step every engine ends in: with `every_occurrence` (the default), each
    detected value is also replaced at its other occurrences in the document, with the same
    replacement, and no replacement starts or ends inside a word (`pii.occurrences`). Pass False
    to replace exactly the given spans (the synthetic teacher does: its gold spans are the label).
    """
    from distillery.schema import AnonymizationResult, ReplacedToken

    chosen, same_as = final_spans(text, spans, every_occurrence=every_occurrence)
    replacer = Replacer(style, lang or guess_lang(text), hash_key)
    pieces: list[str] = []
    tokens: list[ReplacedToken] = []
    cursor = 0
    for span in chosen:
        original = text[span.start : span.end]
        replacement = replacer(original, span.type, same_as.get((span.start, span.end)))
        pieces.append(text[cursor : span.start])
        pieces.append(replacement)
        tokens.append(
            ReplacedToken(original=original, replacement=replacement, type=span.type, start=span.start, end=span.end)
        )
        cursor = span.end
    pieces.append(text[cursor:])
    return AnonymizationResult(id=doc_id, anonymized_text="".join(pieces), replaced_tokens=tokens, fallback=fallback)


def mapping_records(result: AnonymizationResult) -> list[dict]:
    """original <-> replacement pairs of one document (unique), for `--mapping-out`."""
    seen: dict[tuple[str, str], dict] = {}
    for tok in result.replaced_tokens:
        seen.setdefault(
            (tok.replacement, tok.original),
            {"replacement": tok.replacement, "original": tok.original, "type": tok.type},
        )
    return list(seen.values())


def restore(text: str, mapping: dict[str, str] | list[dict] | AnonymizationResult) -> str:
    """Put the originals back into an anonymized `text` (the model's reply about it, say).

    `mapping`: replacement -> original, or the records of `mapping_records` / `--mapping-out`
    ({"replacement", "original"}), or the AnonymizationResult itself. Every replacement is found
    in one pass, longest first, so "[PERSON_10]" is never read as "[PERSON_1]" + "0". Only styles
    whose replacements are unique (tag, fake, hash) can be restored: a mask or "[REDACTED]" stands
    for several values, and is refused.
    """
    import re

    if isinstance(mapping, dict):
        pairs = dict(mapping)
    else:
        records = mapping_records(mapping) if not isinstance(mapping, list) else mapping
        pairs = {}
        for rec in records:
            rep, orig = rec["replacement"], rec["original"]
            if pairs.setdefault(rep, orig) != orig:
                raise ValueError(f"replacement {rep!r} stands for more than one value: cannot restore")
    pairs = {k: v for k, v in pairs.items() if k}
    if not pairs:
        return text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True)))
    return pattern.sub(lambda m: pairs[m.group()], text)
