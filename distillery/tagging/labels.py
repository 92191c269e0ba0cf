"""The label set of a tagger: "O" plus B-/I- for every PII type (BIO)."""

from __future__ import annotations

from dataclasses import dataclass

OUTSIDE = "O"


@dataclass(frozen=True)
class LabelSet:
    """BIO labels over `types`, in a fixed order: index 0 is O, then B-t, I-t for each type."""

    types: tuple[str, ...]

    @classmethod
    def for_types(cls, types: list[str] | tuple[str, ...]) -> LabelSet:
        if len(set(types)) != len(types) or not types:
            raise ValueError("a label set needs distinct, non-empty types")
        return cls(tuple(types))

    @classmethod
    def from_labels(cls, labels: list[str]) -> LabelSet:
        """Rebuild from the list saved beside a trained model (and check it is one of ours)."""
        if not labels or labels[0] != OUTSIDE:
            raise ValueError("tagger labels must start with 'O'")
        types = tuple(lab[2:] for lab in labels[1::2])
        made = cls.for_types(types)
        if made.labels != list(labels):
            raise ValueError("tagger labels are not a BIO label set (O, B-t, I-t, ...)")
        return made

    @property
    def labels(self) -> list[str]:
        out = [OUTSIDE]
        for t in self.types:
            out += [f"B-{t}", f"I-{t}"]
        return out

    def __len__(self) -> int:
        return 1 + 2 * len(self.types)

    def begin(self, pii_type: str) -> int:
        return 1 + 2 * self.types.index(pii_type)

    def inside(self, pii_type: str) -> int:
        return 2 + 2 * self.types.index(pii_type)

    @property
    def id2label(self) -> dict[int, str]:
        return dict(enumerate(self.labels))

    @property
    def label2id(self) -> dict[str, int]:
        return {lab: i for i, lab in enumerate(self.labels)}


def default_label_set() -> LabelSet:
    """The 18 types of the output contract."""
    from distillery.schema import known_types

    return LabelSet.for_types(tuple(known_types()))
