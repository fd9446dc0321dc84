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
    parent_scored: int = 0  # matched places to which the graph gives a stated parent
    parent_correct: int = 0  # ... whose parent the gold gives (its parent, or an ancestor above it)
    derived_scored: int = 0  # matched places with a derived parent and a gold parent
    derived_correct: int = 0
    published_scored: int = 0
    published_correct: int = 0
    documents: int = 0
    errors: dict[str, dict[str, Alignment[Any]]] = field(default_factory=dict)
    published_errors: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    parent_errors: dict[str, list[tuple[str, str, str | None]]] = field(
        default_factory=dict
    )  # (place, stated, gold)
    derived_errors: dict[str, list[tuple[str, str, str]]] = field(
        default_factory=dict
    )  # (place, derived, gold)

    @property
    def place_level_accuracy(self) -> float:
        return self.level_correct / self.level_matched if self.level_matched else 0.0

    @property
    def place_parent_accuracy(self) -> float:
        return self.parent_correct / self.parent_scored if self.parent_scored else 0.0

    @property
    def parents_invented(self) -> int:
        return self.parent_scored - self.parent_correct

    @property
    def derived_parent_accuracy(self) -> float:
        return self.derived_correct / self.derived_scored if self.derived_scored else 0.0

    @property
    def published_accuracy(self) -> float:
        return self.published_correct / self.published_scored if self.published_scored else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: counts.as_dict() for name, counts in self.fields.items()}
        out["place_level_accuracy"] = round(self.place_level_accuracy, 4)
        out["place_parent_accuracy"] = round(self.place_parent_accuracy, 4)
        out["parents_invented"] = self.parents_invented
        out["derived_parent_accuracy"] = round(self.derived_parent_accuracy, 4)
        out["published_accuracy"] = round(self.published_accuracy, 4)
        out["documents"] = self.documents
        return out


def score_document(gold: DocumentFacts, predicted: DocumentFacts) -> dict[str, Alignment[Any]]:
    """Every field of one article, aligned as gold-format.md's Scoring section says."""
    return {
        "persons": align(sorted(gold.persons), sorted(predicted.persons)),
        "titles": align(sorted(gold.titles), sorted(predicted.titles), near=title_containment),
        "places": align(sorted(gold.places), sorted(predicted.places), near=name_containment),
        "organizations": align(
            sorted(gold.organizations), sorted(predicted.organizations), near=name_containment
        ),
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
            stated, derived = p.parents.get(predicted_name), p.derived_parents.get(predicted_name)
            if stated is not None:
                result.parent_scored += 1
                result.parent_correct += _on_gold_chain(stated, gold_name, g)
                if not _on_gold_chain(stated, gold_name, g):
                    result.parent_errors.setdefault(doc_id, []).append(
                        (predicted_name, stated, g.parents.get(gold_name))
                    )
            if derived is not None and gold_name in g.parents:
                result.derived_scored += 1
                if _on_predicted_chain(g.parents[gold_name], predicted_name, p):
                    result.derived_correct += 1
                else:
                    result.derived_errors.setdefault(doc_id, []).append(
                        (predicted_name, derived, g.parents[gold_name])
                    )
        if g.published is not None:
            result.published_scored += 1
            if p.published == g.published:
                result.published_correct += 1
            else:
                result.published_errors[doc_id] = (g.published, p.published)
    return result


def _same_place(a: str, b: str) -> bool:
    """Parents match as names do, or as two names of one division (`石柱县`, its level written on its short form,
    and `石柱土家族自治县`: the gazetteer gives each that one division)."""
    if name_containment(a, b) is not None:
        return True
    from epikg import gazetteer

    gaz = gazetteer.load()
    first, second = gaz.lookup_written(a), gaz.lookup_written(b)
    return len(first) == 1 and len(second) == 1 and first[0].id == second[0].id


def _on_gold_chain(parent: str, place: str, gold: DocumentFacts) -> bool:
    """Whether the gold states this parent for the place, or as an ancestor above its parent (it may skip a level)."""
    seen = {place}
    current = gold.parents.get(place)
    while current is not None and current not in seen:
        if _same_place(parent, current):
            return True
        seen.add(current)
        current = gold.parents.get(current)
    return False


def _on_predicted_chain(parent: str, place: str, predicted: DocumentFacts) -> bool:
    """Whether the gold's parent lies above the place in the graph, by stated or derived links, either at each
    step (新县: derived 信阳市, stated 河南省; the gold's 河南省 is above it)."""
    seen = {place}
    above = [place]
    while above:
        current = above.pop()
        for up in (predicted.derived_parents.get(current), predicted.parents.get(current)):
            if up is None or up in seen:
                continue
            if _same_place(parent, up):
                return True
            seen.add(up)
            above.append(up)
    return False


def format_table(result: Evaluation) -> str:
    lines = [f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, c in result.fields.items():
        lines.append(f"{name:<14}{c.p:>7.3f}{c.r:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    lines.append(
        f"place level accuracy   {result.place_level_accuracy:.3f} ({result.level_correct}/{result.level_matched} matched places)"
    )
    lines.append(
        f"place parent accuracy  {result.place_parent_accuracy:.3f} ({result.parent_correct}/{result.parent_scored} stated parents; {result.parents_invented} invented)"
    )
    lines.append(
        f"derived parent acc.    {result.derived_parent_accuracy:.3f} ({result.derived_correct}/{result.derived_scored} derived parents the gold can check)"
    )
    lines.append(
        f"published accuracy     {result.published_accuracy:.3f} ({result.published_correct}/{result.published_scored} dated articles)"
    )
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
        for place, stated, gold_parent in result.parent_errors.get(doc_id, []):
            lines.append(f"  parent FP {place} in {stated} (gold: {gold_parent or 'none stated'})")
        for place, derived, gold_parent in result.derived_errors.get(doc_id, []):
            lines.append(f"  derived parent FP {place} in {derived} (gold: {gold_parent})")
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
