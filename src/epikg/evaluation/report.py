"""Score predicted documents against gold ones and present the result as a table, JSON or an error list."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from epikg.evaluation.documents import DocumentFacts
from epikg.evaluation.scoring import (
    Alignment,
    Counts,
    align,
    name_containment,
    title_containment,
    value_tolerance,
)

FIELDS = ("persons", "titles", "places", "organizations", "measures", "quantities")


@dataclass
class Evaluation:
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    level_matched: int = 0
    level_correct: int = 0
    published_scored: int = 0
    published_correct: int = 0
    documents: int = 0
    errors: dict[str, dict[str, Alignment[Any]]] = field(default_factory=dict)
    published_errors: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    @property
    def place_level_accuracy(self) -> float:
        return self.level_correct / self.level_matched if self.level_matched else 0.0

    @property
    def published_accuracy(self) -> float:
        return self.published_correct / self.published_scored if self.published_scored else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: counts.as_dict() for name, counts in self.fields.items()}
        out["place_level_accuracy"] = round(self.place_level_accuracy, 4)
        out["published_accuracy"] = round(self.published_accuracy, 4)
        out["documents"] = self.documents
        return out


def score_document(gold: DocumentFacts, predicted: DocumentFacts) -> dict[str, Alignment[Any]]:
    """Every field of one article, aligned as gold-format.md's Scoring section says."""
    return {
        "persons": align(sorted(gold.persons), sorted(predicted.persons)),
        "titles": align(sorted(gold.titles), sorted(predicted.titles), near=title_containment),
        "places": align(sorted(gold.places), sorted(predicted.places), near=name_containment),
        "organizations": align(sorted(gold.organizations), sorted(predicted.organizations), near=name_containment),
        "measures": align(sorted(gold.measures), sorted(predicted.measures)),
        "quantities": align(sorted(gold.quantities), sorted(predicted.quantities), near=value_tolerance),
    }


def evaluate(gold: dict[str, DocumentFacts], predicted: dict[str, DocumentFacts]) -> Evaluation:
    """Micro-averaged over the gold documents; a gold document missing from the graph counts as empty."""
    result = Evaluation()
    for doc_id in sorted(gold):
        g = gold[doc_id]
        p = predicted.get(doc_id, DocumentFacts(doc_id=doc_id))
        alignments = score_document(g, p)
        result.errors[doc_id] = alignments
        result.documents += 1
        for name, alignment in alignments.items():
            result.fields[name].add(alignment.counts)
        for gold_name, predicted_name in alignments["places"].pairs:
            result.level_matched += 1
            result.level_correct += g.places[gold_name] == p.places[predicted_name]
        if g.published is not None:
            result.published_scored += 1
            if p.published == g.published:
                result.published_correct += 1
            else:
                result.published_errors[doc_id] = (g.published, p.published)
    return result


def format_table(result: Evaluation) -> str:
    lines = [f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, c in result.fields.items():
        lines.append(f"{name:<14}{c.p:>7.3f}{c.r:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    lines.append(f"place level accuracy   {result.place_level_accuracy:.3f} ({result.level_correct}/{result.level_matched} matched places)")
    lines.append(f"published accuracy     {result.published_accuracy:.3f} ({result.published_correct}/{result.published_scored} dated articles)")
    lines.append(f"documents              {result.documents}")
    return "\n".join(lines)


def format_errors(result: Evaluation) -> str:
    """Every false positive and false negative, per document and field."""
    lines = []
    for doc_id, alignments in result.errors.items():
        lines.append(f"== {doc_id}")
        if doc_id in result.published_errors:
            gold, predicted = result.published_errors[doc_id]
            lines.append(f"  published: gold {gold}, predicted {predicted}")
        for name, alignment in alignments.items():
            for item in alignment.missed:
                lines.append(f"  {name} FN {_show(item)}")
            for item in alignment.spurious:
                lines.append(f"  {name} FP {_show(item)}")
    return "\n".join(lines)


def _show(item: object) -> str:
    if isinstance(item, tuple):
        return " / ".join(f"{x:g}" if isinstance(x, float) else str(x) for x in item)
    return str(item)
