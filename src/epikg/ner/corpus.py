"""The MSRA corpus as BIO sentences, and exact span scoring: pure Python, no HanLP.

Kept apart from hanlp_model.py so that reading and scoring a corpus needs no model.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from epikg.read.script import fold

Entity = tuple[str, int, int]
Sample = dict[str, list[str]]


class Tags(Protocol):
    def tag(self, sentences: Sequence[str], batch_size: int = 64) -> list[list[Entity]]: ...


def _folded_sample(chars: list[str], tags: list[str]) -> Sample:
    """One sentence folded as the tagger folds its input, tags kept on their characters."""
    folded = fold("".join(chars))
    tokens = list(folded) if len(folded) == len(chars) else [fold(c) for c in chars]
    return {"token": tokens, "tag": tags}


def read_bio(path: Path) -> list[Sample]:
    """Sentences of a char<TAB>tag file, folded the way the tagger folds its input."""
    samples: list[Sample] = []
    chars: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip("\r"):
            if chars:
                samples.append(_folded_sample(chars, tags))
            chars, tags = [], []
            continue
        char, tag = line.rstrip("\r").split("\t")
        chars.append(char)
        tags.append(tag)
    return samples


def bio_spans(tags: Sequence[str]) -> set[Entity]:
    """Entity spans of a BIO sequence, end-exclusive; a stray I- opens a span as conlleval does."""
    spans: set[Entity] = set()
    kind, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if kind is not None and (prefix != "I" or label != kind):
            spans.add((kind, start, i))
            kind = None
        if prefix == "B" or (prefix == "I" and kind is None):
            kind, start = label, i
    return spans


def score(gold: Sequence[set[Entity]], pred: Sequence[set[Entity]]) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per type and micro-averaged over all."""
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred, strict=True):
        for t, *_ in g:
            n_gold[t] += 1
        for t, *_ in p:
            n_pred[t] += 1
        for t, *_ in g & p:
            tp[t] += 1
    result = {}
    for t in [*sorted(set(n_gold) | set(n_pred)), "overall"]:
        c, g, p = (
            (sum(x.values()) for x in (tp, n_gold, n_pred))
            if t == "overall"
            else (tp[t], n_gold[t], n_pred[t])
        )
        prec, rec = (c / p if p else 0.0), (c / g if g else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[t] = {
            "precision": round(prec, 4),
            "recall": round(rec, 4),
            "f1": round(f1, 4),
            "gold": g,
            "predicted": p,
            "correct": c,
        }
    return result


def evaluate(tagger: Tags, samples: Sequence[Sample], batch_size: int = 64) -> dict[str, dict[str, float]]:
    """Score the full tagging path (fold, chunk, decode) against gold BIO sentences."""
    predicted = tagger.tag(["".join(s["token"]) for s in samples], batch_size=batch_size)
    return score([bio_spans(s["tag"]) for s in samples], [set(p) for p in predicted])


def split_dev(samples: Sequence[Sample], dev_ratio: float, seed: int) -> tuple[list[Sample], list[Sample]]:
    """A deterministic held-out slice of the training corpus for model selection."""
    order = list(range(len(samples)))
    random.Random(seed).shuffle(order)
    n_dev = max(1, round(len(samples) * dev_ratio))
    dev = set(order[:n_dev])
    trn = [s for i, s in enumerate(samples) if i not in dev]
    return trn, [s for i, s in enumerate(samples) if i in dev]
