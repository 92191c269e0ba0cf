"""Replacement styles, and rebuilding the anonymized text from spans (always by code)."""

from __future__ import annotations

import hashlib
import hmac
import os
from enum import Enum
from typing import TYPE_CHECKING

from distillery.pii.fake import fake_part, fake_value
from distillery.pii.find import fold
from distillery.pii.lang import guess_lang
from distillery.pii.mentions import person_links
from distillery.pii.normalize import View
from distillery.pii.occurrences import NON_DIGIT, expand_occurrences, identity, may_be_same_number, snap_to_words
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
    """Chooses replacements for one document, consistently: one value, one replacement.

    Two detected values are one value when they have the same `identity` (a phone number in any
    spelling, a code with or without separators, a name in any case), or when one is a shorter
    mention of a full name of the document (`links`, from `mentions.person_links`: "Conti",
    "Elena", "E. Conti" of "Elena Conti"). A linked mention gets the full name's replacement; with
    the fake style, the matching part of the full name's surrogate ("Ferri" of "Giulia Ferri").
    """

    def __init__(
        self,
        style: Style | str = Style.tag,
        lang: str = "en",
        hash_key: bytes | None = None,
        links: dict[str, str] | None = None,
    ):
        self.style = Style(style)
        self.lang = lang
        self.hash_key = hash_key or _PROCESS_KEY
        self.links = links or {}
        self._seen: dict[tuple[str, str], str] = {}
        self._first: dict[tuple[str, str], str] = {}  # the first spelling of each value
        self._counters: dict[str, int] = {}
        self._phones: dict[str, tuple[str, str]] = {}  # digits -> (a spelling, its key)
        self._keys: dict[tuple[str, str], tuple[str, str]] = {}

    def same_as(self, original: str, pii_type: str, same_as: str | None = None) -> str | None:
        """The value `original` stands for when that is another spelling or a full name, else None."""
        value = same_as or original
        if pii_type == "PERSON":
            folded = fold(value)
            if folded in self.links:
                return self.links[folded]
        first = self._first.get(self._key(value, pii_type))
        return first if first is not None and fold(first) != fold(original) else None

    def _key(self, value: str, pii_type: str) -> tuple[str, str]:
        # Kept: each replaced value asks twice (its replacement, then `same_as`). A key never changes
        # once given (`_phone_key` answers a spelling it has seen from `_phones`).
        key = self._keys.get((value, pii_type))
        if key is None:
            key = (pii_type, self._phone_key(value) if pii_type == "PHONE" else identity(value, pii_type))
            self._keys[(value, pii_type)] = key
        return key

    def _phone_key(self, value: str) -> str:
        """A phone number's key in this document: the key of an earlier spelling with the same
        `identity` (E.164), else its own digits. (Parsing every number is costly: only a spelling
        whose digits can be the same number, `may_be_same_number`, is parsed and compared.)"""
        digits = NON_DIGIT.sub("", value)
        known = self._phones.get(digits)
        if known is not None:
            return known[1]
        key = "+?" + digits
        for other_digits, (other, other_key) in self._phones.items():
            if may_be_same_number(digits, other_digits) and identity(value, "PHONE") == identity(other, "PHONE"):
                key = other_key
                break
        self._phones[digits] = (value, key)
        return key

    def __call__(self, original: str, pii_type: str, same_as: str | None = None) -> str:
        """`same_as`: the value `original` is another spelling of ("3471234567" of "347 123 4567"),
        so both get the same replacement."""
        if self.style is Style.mask:
            return "*" * len(original)
        if self.style is Style.redact:
            return "[REDACTED]"
        value = same_as or original
        full = self.links.get(fold(value)) if pii_type == "PERSON" else None
        if full is not None:
            whole = self(full, pii_type)
            return fake_part(full, whole, value) if self.style is Style.fake else whole
        key = self._key(value, pii_type)
        if key in self._seen:
            return self._seen[key]
        self._first[key] = value
        if self.style is Style.tag:
            n = self._counters[pii_type] = self._counters.get(pii_type, 0) + 1
            replacement = f"[{pii_type}_{n}]"
        elif self.style is Style.fake:
            replacement = fake_value(pii_type, identity(value, pii_type), self.lang)
        else:  # hash: of the identity (a phone's E.164), the same in every document whatever the spelling
            material = identity(value, pii_type)
            digest = hmac.new(self.hash_key, f"{pii_type}\x00{material}".encode(), hashlib.sha256).hexdigest()
            replacement = f"[{pii_type}:{digest[:10]}]"
        self._seen[key] = replacement
        return replacement


def final_spans(
    text: str, spans: list[Span] | tuple[Span, ...], *, every_occurrence: bool = True, view: View | None = None
) -> tuple[list[Span], dict[tuple[int, int], tuple[str, str | None]]]:
    """The spans that will be replaced, in original offsets, in order and without overlaps (every
    occurrence of each value, snapped to words, unless `every_occurrence` is False), and for each
    (start, end) the value as the view reads it and the value it repeats (`same_as` of
    `pii.occurrences.expand_occurrences`, or None). `spans` are offsets in `view` (a normalised view of
    `text`, `pii.normalize.view`; the text itself when None), where other occurrences are looked for
    too. What `anonymize_with_spans` replaces, and what an analysis reports."""
    seen = view if view is not None else View(text, text)
    folded = seen.text
    valid = [s for s in spans if 0 <= s.start < s.end <= len(folded)]
    same_as: dict[tuple[int, int], str] = {}
    if every_occurrence:
        valid, same_as = expand_occurrences(folded, valid)
    chosen = resolve_overlaps(valid)
    if seen.identity:
        return chosen, {(s.start, s.end): (folded[s.start : s.end], same_as.get((s.start, s.end))) for s in chosen}
    values: dict[tuple[int, int], tuple[str, str | None]] = {}
    back = []
    for span in chosen:
        orig = seen.span_back(span)
        if every_occurrence:
            orig = snap_to_words(text, orig)
        values[(orig.start, orig.end)] = (folded[span.start : span.end], same_as.get((span.start, span.end)))
        back.append(orig)
    return resolve_overlaps(back), values


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
    view: View | None = None,
) -> AnonymizationResult:
    """Rebuild the anonymized text from `text` and `spans`; characters outside spans are untouched.

    This is the merge step every engine ends in: with `every_occurrence` (the default), each
    detected value is also replaced at its other occurrences in the document, with the same
    replacement, and no replacement starts or ends inside a word (`pii.occurrences`). Pass False
    to replace exactly the given spans (the synthetic teacher does: its gold spans are the label).

    `view`: the spans are offsets in this normalised view of `text` (`pii.normalize.view`), where
    other occurrences are looked for too; each is replaced by the original characters it came from
    (`replaced_tokens.original` and the offsets are the original ones).
    """
    from distillery.schema import AnonymizationResult, ReplacedToken

    chosen, values = final_spans(text, spans, every_occurrence=every_occurrence, view=view)
    people = [values[(s.start, s.end)][0] for s in chosen if s.type == "PERSON"]
    guess_from = view.text if view is not None else text
    replacer = Replacer(style, lang or guess_lang(guess_from), hash_key, links=person_links(people) if people else None)
    pieces: list[str] = []
    tokens: list[ReplacedToken] = []
    cursor = 0
    for span in chosen:
        original = text[span.start : span.end]
        value, repeats = values.get((span.start, span.end), (original, None))
        # (A mask has the length of the original characters, not of the view's.)
        masked = replacer.style is Style.mask
        replacement = "*" * len(original) if masked else replacer(value, span.type, repeats)
        pieces.append(text[cursor : span.start])
        pieces.append(replacement)
        same_as = replacer.same_as(value, span.type, repeats)
        tokens.append(ReplacedToken.of_span(original, replacement, span.type, span.start, span.end, same_as))
        cursor = span.end
    pieces.append(text[cursor:])
    return AnonymizationResult(id=doc_id, anonymized_text="".join(pieces), replaced_tokens=tokens, fallback=fallback)


def mapping_records(result: AnonymizationResult) -> list[dict]:
    """original <-> replacement pairs of one document (unique), for `--mapping-out`."""
    seen: dict[tuple[str, str], dict] = {}
    for tok in result.replaced_tokens:
        seen.setdefault(
            (tok.replacement, tok.original),
            {"replacement": tok.replacement, "original": tok.original, "type": tok.type}
            | ({"same_as": tok.same_as} if tok.same_as else {}),
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
