"""The scorer of gold-format.md: micro-averaged P/R/F1 per field, each gold item matched at most once.

Pure functions over plain values; the gold files and the graph are read elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Alignment(Generic[T]):
    """Which gold items were matched to which predicted ones, and what is left on each side."""

    pairs: list[tuple[T, T]] = field(default_factory=list)
    missed: list[T] = field(default_factory=list)  # gold items with no match: false negatives
    spurious: list[T] = field(default_factory=list)  # predicted items with no match: false positives

    @property
    def counts(self) -> Counts:
        return Counts(len(self.pairs), len(self.spurious), len(self.missed))


def align(
    gold: Sequence[T],
    predicted: Sequence[T],
    *,
    near: Callable[[T, T], float | None] | None = None,
) -> Alignment[T]:
    """Exact matches first; then `near` pairs (a distance, None for no match) smallest distance first."""
    gold_left = list(gold)
    pred_left = list(predicted)
    result: Alignment[T] = Alignment()
    for g in list(gold_left):
        if g in pred_left:
            pred_left.remove(g)
            gold_left.remove(g)
            result.pairs.append((g, g))
    if near is not None:
        candidates = []
        for gi, g in enumerate(gold_left):
            for pi, p in enumerate(pred_left):
                distance = near(g, p)
                if distance is not None:
                    candidates.append((distance, gi, pi))
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        for _, gi, pi in sorted(candidates):
            if gi not in used_gold and pi not in used_pred:
                used_gold.add(gi)
                used_pred.add(pi)
                result.pairs.append((gold_left[gi], pred_left[pi]))
        gold_left = [g for i, g in enumerate(gold_left) if i not in used_gold]
        pred_left = [p for i, p in enumerate(pred_left) if i not in used_pred]
    result.missed = gold_left
    result.spurious = pred_left
    return result


def name_containment(gold: str, predicted: str) -> float | None:
    """Names match when one contains the other and the shorter has at least two characters."""
    shorter = min(len(gold), len(predicted))
    if shorter >= 2 and (gold in predicted or predicted in gold):
        return abs(len(gold) - len(predicted))
    return None


def title_containment(gold: tuple[str, str], predicted: tuple[str, str]) -> float | None:
    """(name, title) pairs match on the same name when one title contains the other."""
    if gold[0] != predicted[0] or not gold[1] or not predicted[1]:
        return None
    if gold[1] in predicted[1] or predicted[1] in gold[1]:
        return abs(len(gold[1]) - len(predicted[1]))
    return None


def value_tolerance(gold: tuple[float, str], predicted: tuple[float, str]) -> float | None:
    """(value, unit) pairs match on the same unit when the values are within 0.5%."""
    if gold[1] != predicted[1]:
        return None
    difference = abs(gold[0] - predicted[0])
    return difference if difference <= 0.005 * abs(gold[0]) else None
