"""Token probabilities -> spans that respect words.

Decoding happens on *units*, not tokens: a unit is a run of word characters (`\\w+`) or a single
other visible character. A token's label distribution is given to every unit it touches and the
tokens of one unit are averaged, so a unit gets one type by vote and a span can only start and end
at unit boundaries: never a replacement inside a word, whatever the tokenizer did ("[PERSON_1]etti").

Then:
- a unit is personal data when P(not O) reaches the threshold of its most likely type (the
  privacy/damage dial: lower thresholds redact more);
- hysteresis, so that a value is replaced whole: a unit that reaches only `extend` times that
  threshold joins a value of its type that it touches (through the joiners below), but never starts one
  on its own ("John" at 0.42 before "Smith" at 0.91 is one name; "John" at 0.42 alone is not);
- consecutive units of one type are merged when the text between them is a joiner for that type
  (whitespace in a name, ", " or a line break in an address, "-" or " " inside a number), unless the
  later unit is labelled as the beginning of a new entity across a comma or line break;
- leading/trailing punctuation is trimmed from a span (the final dot of a sentence is not part of an
  e-mail), keeping balanced brackets and a leading "+" of a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from distillery.pii.find import is_word_char
from distillery.pii.spans import Span
from distillery.tagging.labels import LabelSet

UNIT = re.compile(r"\w+|[^\w\s]")

# Text allowed between two units of one entity, by type (the default: none or one space).
_JOINERS = {
    "PERSON": re.compile(r"[ \t]{0,3}|[ \t]*[-'’.][ \t]*"),
    "ADDRESS": re.compile(r"[ \t]*(?:[,./\-–][ \t]*)?(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*"),
    "PHONE": re.compile(r"[ \t./\-()]{0,3}"),
    "CREDIT_CARD": re.compile(r"[ \t\-]{0,2}"),
    "IBAN": re.compile(r"[ \t]{0,2}"),
    "DATE_OF_BIRTH": re.compile(r"[ \t./\-,]{0,3}"),
    "LICENSE_PLATE": re.compile(r"[ \t\-]{0,2}"),
    "ID_CARD": re.compile(r"[ \t\-]{0,2}"),
    "PASSPORT": re.compile(r"[ \t\-]{0,2}"),
    "MEDICAL_RECORD_NUMBER": re.compile(r"[ \t\-/]{0,2}"),
    "SSN": re.compile(r"[ \t\-]{0,2}"),
    "PARTITA_IVA": re.compile(r"[ \t]{0,2}"),
}
_DEFAULT_JOINER = re.compile(r"")  # e-mails, URLs, codes, secrets: written without spaces
# A new entity of these types may follow a comma or line break and still be the same value
# (street, then postcode and city); for the others a B label after them starts a new span.
_CONTINUES_AFTER_BREAK = {"ADDRESS"}
_TRIM = set(".,;:!?\"'«»“”‘’()[]{}<>*|·•/-–")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int


def units_of(text: str) -> Iterator[Unit]:
    """The units of `text`, in order, as they are needed (a huge document is decoded a piece at a time)."""
    return (Unit(m.start(), m.end()) for m in UNIT.finditer(text))


def _distributions(
    lo: int, hi: int, cores: Sequence[tuple[int, int]], probs: np.ndarray, units: Sequence[Unit]
) -> tuple[np.ndarray, np.ndarray]:
    """(mean label distribution of each unit's tokens, the distribution of each unit's first token) for
    `units`, all within characters [lo, hi): each character belongs to the last token whose core covers
    it; a unit's tokens are those of its characters. A unit that no token covers (cannot happen with a
    lossless tokenizer) gets all mass on O."""
    n_labels = probs.shape[1]
    owner = np.full(hi - lo, -1, dtype=np.int64)
    for t, (a, b) in enumerate(cores):
        a, b = max(a, lo), min(b, hi)
        if a < b:
            owner[a - lo : b - lo] = t
    starts = np.fromiter((u.start for u in units), dtype=np.int64, count=len(units)) - lo
    lens = np.fromiter((u.end - u.start for u in units), dtype=np.int64, count=len(units))
    # Every character of every unit, with its unit: (unit, token) pairs, unique and sorted.
    unit_of_char = np.repeat(np.arange(len(units)), lens)
    offsets = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens)
    tok = owner[np.repeat(starts, lens) + offsets]
    keep = tok >= 0
    key = np.unique(unit_of_char[keep] * (len(cores) + 1) + tok[keep])
    pair_unit, pair_tok = key // (len(cores) + 1), key % (len(cores) + 1)
    mean = np.zeros((len(units), n_labels), dtype=np.float32)
    first = np.zeros((len(units), n_labels), dtype=np.float32)
    mean[:, 0] = first[:, 0] = 1.0  # units no token covers
    if key.size:
        group = np.flatnonzero(np.r_[True, pair_unit[1:] != pair_unit[:-1]])
        counts = np.diff(np.r_[group, key.size])
        present = pair_unit[group]
        mean[present] = np.add.reduceat(probs[pair_tok], group, axis=0) / counts[:, None]
        first[present] = probs[pair_tok[group]]  # the lowest token index of each unit
    return mean, first


_SENTENCE_END = re.compile(r"\.[ \t]*(?:\r?\n[ \t]*)?")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")


def _sentence_end(text: str, word_end: int, next_start: int) -> bool:
    """Whether a full stop after a whole word (not an abbreviation such as "St." or "P.") separates
    the word ending at `word_end` from the capitalised word at `next_start`: "Napoli. Per" is two
    sentences, "St. Louis" and "Apt. 4" are one value."""
    if not _SENTENCE_END.fullmatch(text[word_end:next_start]) or not text[next_start].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, word_end - 40), word_end)
    return before is not None and len(before.group(1)) >= 4


def _joinable(gap: str, pii_type: str) -> bool:
    return (_JOINERS.get(pii_type) or _DEFAULT_JOINER).fullmatch(gap) is not None


def _trim(text: str, start: int, end: int, pii_type: str) -> tuple[int, int]:
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        if pii_type == "PHONE" and text[start] == "(" and ")" in text[start:end]:
            break
        start += 1
    if pii_type == "PHONE" and start > 0 and text[start - 1] == "+":
        start -= 1  # the international prefix belongs to the number
    while end > start and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    return start, end


def decode_spans(
    text: str,
    cores: Sequence[tuple[int, int]],
    probs: np.ndarray,
    labels: LabelSet,
    *,
    threshold: float = 0.5,
    thresholds: Mapping[str, float] | None = None,
    extend: float = 1.0,
    source: str = "model",
) -> list[Span]:
    """Spans of `text` from per-token label probabilities `probs` (tokens x labels, rows sum to 1).
    `extend` (0 < extend <= 1) is the hysteresis factor of the module docstring; 1 turns it off."""
    decoder = SpanDecoder(text, labels, threshold=threshold, thresholds=thresholds, extend=extend, source=source)
    decoder.feed(cores, probs)
    return decoder.finish()


class SpanDecoder:
    """`decode_spans` fed a document's tokens in order, a piece at a time: a huge document is decoded
    as its windows come out of the model, in memory bounded by the piece, not the document.

    `feed(cores, probs)` takes the next tokens (character cores in `text`, label probabilities);
    the units that no later token can touch are decoded at once; `finish()` decodes the rest and
    returns every span. Fed whole or in pieces, the spans are the same."""

    def __init__(
        self,
        text: str,
        labels: LabelSet,
        *,
        threshold: float = 0.5,
        thresholds: Mapping[str, float] | None = None,
        extend: float = 1.0,
        source: str = "model",
    ):
        self.text = text
        self.labels = labels
        self.threshold = threshold
        self.per_type = thresholds or {}
        self.extend = extend
        self.source = source
        self.spans: list[Span] = []
        self._units = units_of(text)
        self._next: Unit | None = next(self._units, None)
        self._cores: list[tuple[int, int]] = []
        self._probs: list[np.ndarray] = []
        self._begin_idx = np.array([labels.begin(t) for t in labels.types])
        self._cur: list | None = None  # [start, end, type, score_sum, n_units, has a unit above the threshold]
        self._last_word_end = 0  # end of the current span's last word unit (punctuation excluded)

    def feed(self, cores: Sequence[tuple[int, int]], probs: np.ndarray) -> None:
        if len(cores) == 0:
            return
        self._cores.extend(cores)
        self._probs.append(np.asarray(probs, dtype=np.float32))
        # A later token starts at or after the last one: units ending before its core are complete.
        last = next((a for a, b in reversed(self._cores) if a < b), None)
        if last is not None:
            self._decode_until(last)

    def finish(self) -> list[Span]:
        self._decode_until(len(self.text) + 1)
        self._close()
        self._cur = None
        return self.spans

    def _decode_until(self, limit: int) -> None:
        """Decode the units that end at or before `limit`, and forget the tokens only they touch."""
        units: list[Unit] = []
        while self._next is not None and self._next.end <= limit:
            units.append(self._next)
            self._next = next(self._units, None)
        if not units or not self._probs:
            return  # no token was ever fed: nothing is personal data
        probs = np.concatenate(self._probs) if len(self._probs) > 1 else self._probs[0]
        mean, first = _distributions(units[0].start, units[-1].end, self._cores, probs, units)
        self._consume(units, mean, first)
        end = units[-1].end
        keep = next((i for i, (a, b) in enumerate(self._cores) if b > end), len(self._cores))
        self._cores = self._cores[keep:]
        self._probs = [probs[keep:]]

    def _consume(self, units: list[Unit], mean: np.ndarray, first: np.ndarray) -> None:
        text, labels = self.text, self.labels
        begin_idx = self._begin_idx
        inside_idx = begin_idx + 1
        type_mass = mean[:, begin_idx] + mean[:, inside_idx]  # units x types
        best = type_mass.argmax(axis=1)
        entity_mass = 1.0 - mean[:, 0]
        rows = np.arange(len(units))
        is_begin = first[rows, begin_idx[best]] > first[rows, inside_idx[best]]
        for u, unit in enumerate(units):
            pii_type = labels.types[best[u]]
            bar = self.per_type.get(pii_type, self.threshold)
            if entity_mass[u] < bar * self.extend:
                continue  # not personal data; whether it separates two units is decided by the gap text
            strong = bool(entity_mass[u] >= bar)
            is_word = is_word_char(text[unit.start])
            if not strong and is_word and not (text[unit.start].isupper() or text[unit.start].isdigit()):
                continue  # hysteresis joins capitalised words and numbers only ("John", not "in" or "per")
            cur = self._cur
            if cur is not None and cur[2] == pii_type:
                gap = text[cur[1] : unit.start]
                since_word = text[self._last_word_end : unit.start]
                new_entity = (
                    is_word
                    and bool(is_begin[u])
                    and pii_type not in _CONTINUES_AFTER_BREAK
                    and any(c in since_word for c in ",;\n")
                ) or (is_word and _sentence_end(text, self._last_word_end, unit.start))
                if _joinable(gap, pii_type) and not new_entity:
                    cur[1] = unit.end
                    cur[3] += float(entity_mass[u])
                    cur[4] += 1
                    cur[5] = cur[5] or strong
                    if is_word:
                        self._last_word_end = unit.end
                    continue
            self._close()
            self._cur = [unit.start, unit.end, pii_type, float(entity_mass[u]), 1, strong]
            self._last_word_end = unit.end if is_word else unit.start

    def _close(self) -> None:
        cur, text = self._cur, self.text
        if cur is not None and cur[5]:
            a, b = _trim(text, cur[0], cur[1], cur[2])
            if b - a >= 2 or (b - a == 1 and text[a].isdigit()):
                self.spans.append(Span(a, b, cur[2], score=cur[3] / cur[4], source=self.source))
