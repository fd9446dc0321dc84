"""Triples as N-Triples lines, spelled exactly as rdflib's `nt` serializer spells them, without a serializer
run over a whole graph: a page's lines are written from its triples, less the measure scheme's."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rdflib import Literal
from rdflib.term import Node


def term(node: Node) -> str:
    """One term: an IRI in angle brackets, a literal quoted with its language or datatype."""
    if not isinstance(node, Literal):
        return node.n3()
    text = str(node).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    quoted = f'"{text}"'
    if node.language:
        return f"{quoted}@{node.language}"
    if node.datatype:
        return f"{quoted}^^<{node.datatype}>"
    return quoted


def line(triple: tuple[Node, Node, Node]) -> str:
    subject, predicate, obj = triple
    return f"{subject.n3()} {predicate.n3()} {term(obj)} ."


def sorted_lines(
    triples: Iterable[tuple[Node, Node, Node]], *, without: frozenset = frozenset()
) -> list[str]:
    """Distinct lines, sorted, of the triples not in `without` (no blank nodes in epikg graphs, so the lines
    compare as the triples do). Each line as `line` spells it; a page states each of its subjects and
    predicates many times, and each is spelled once."""
    spelled: dict[Node, str] = {}

    def n3(node: Node) -> str:
        found = spelled.get(node)
        if found is None:
            found = spelled[node] = node.n3()
        return found

    def spell(node: Node) -> str:
        """An object: an IRI spelled once, as subjects are (classes, entities recur), a literal by `term`."""
        return term(node) if isinstance(node, Literal) else n3(node)

    # a triple whose subject is none of theirs is none of theirs: looked up by its IRI (hashed in C), not as a
    # tuple of terms (an rdflib Literal hashes in Python)
    subjects = _subjects(without)
    return sorted(
        {
            f"{n3(s)} {n3(p)} {spell(o)} ."
            for s, p, o in triples
            if s not in subjects or (s, p, o) not in without
        }
    )


@lru_cache(maxsize=4)
def _subjects(triples: frozenset) -> frozenset:
    return frozenset(s for s, _, _ in triples)
