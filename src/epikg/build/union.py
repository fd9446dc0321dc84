"""Validating the union of pages that were each validated on their own, without validating it all again.

Adding triples can only break a constraint that bounds what a node itself says (sh:maxCount, sh:in,
sh:datatype, sh:pattern, sh:lessThan, the sh:or that allows no start date) or one that reads the
triples pointing at a node and what those say (the SHACL-SPARQL span check of an article); sh:minCount,
sh:class and the inverse-path counts can only be met more often in a union. So where every page
conforms alone, the union conforms unless a node

- is described (as a subject) differently by two pages, e.g. a place given two admin levels; or
- is pointed at from a page that does not describe it (a reading of one page inside another's article).

Only those nodes are validated again, over the triples their shapes read: everything said by them,
by the nodes pointing at them and by the nodes they point to (their types), with the measure scheme;
a violation counts where its focus is one of them. Pages are N-Triples lines without blank nodes
(epikg.document), so lines are compared as triples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from epikg.validate import Report, validate_ntriples


@dataclass(frozen=True)
class UnionCheck:
    """What the union check found: the nodes validated again, over how many triples, and the report."""

    report: Report
    focus: frozenset[str]
    """The nodes (N-Triples terms, `<iri>`) whose shapes were run again."""
    triples: int
    """The triples of the graph they were validated over (0: nothing to validate again)."""


def _subject(line: str) -> str:
    return line[: line.index(" ")]


def _object(line: str) -> str | None:
    """The object of an N-Triples line where it is an IRI (`<...>`), else None."""
    rest = line[: line.rstrip().rfind(" ")].rstrip()  # drop the final ` .`
    if not rest.endswith(">"):
        return None
    start = rest.rfind(" <")
    found = rest[start + 1 :]
    return found if start >= 0 and " " not in found else None  # not the `<p> "5"^^<...>` of a typed literal


def shared_nodes(pages: Iterable[Sequence[str]]) -> frozenset[str]:
    """The nodes two pages describe differently, and those pointed at from a page that does not describe them."""
    described: dict[str, int] = {}  # subject -> hash of its lines in the first page describing it
    differ: set[str] = set()
    pointed: set[str] = set()  # objects of a line whose page does not describe them
    for lines in pages:
        groups: dict[str, list[str]] = {}
        for line in lines:
            groups.setdefault(_subject(line), []).append(line)
        for subject, group in groups.items():
            digest = hash(tuple(sorted(group)))
            if described.setdefault(subject, digest) != digest:
                differ.add(subject)
        subjects = frozenset(groups)
        for line in lines:
            target = _object(line)
            if target is not None and target not in subjects:
                pointed.add(target)
    return frozenset(differ | {target for target in pointed if target in described})


def _neighbourhood(pages: Iterable[Sequence[str]], focus: frozenset[str]) -> list[str]:
    """The lines the focus nodes' shapes read: said by them, by their referrers and by what they point to.
    `pages` is read twice (a list, or a collection that gives the pages afresh each time)."""
    near: set[str] = set(focus)
    for lines in pages:
        for line in lines:
            subject = _subject(line)
            target = _object(line)
            if subject in focus and target is not None:
                near.add(target)
            elif target in focus:
                near.add(subject)
    return sorted({line for lines in pages for line in lines if _subject(line) in near})


def _kept_violations(report: Report, focus: frozenset[str]) -> list[tuple[str, str, str]]:
    """(focus node, path, message) of each violation on a focus node; the others saw part of their data."""
    kept = []
    results = report.graph
    for result in results.subjects(SH.focusNode, None):
        node = results.value(result, SH.focusNode)
        if isinstance(node, URIRef) and f"<{node}>" in focus:
            path = results.value(result, SH.resultPath)
            message = results.value(result, SH.resultMessage)
            kept.append((str(node), str(path or ""), str(message or "")))
    return sorted(kept)


def check_union(pages: Iterable[Sequence[str]], scheme: Iterable[str] = ()) -> UnionCheck:
    """The union of pages (each page's N-Triples lines, each page valid alone) checked where pages meet.

    `pages` is read up to three times, one page at a time: a list, or a collection that gives the pages
    afresh each time (see epikg.pipeline.PageLines), so that a large build never holds them all as lines."""
    focus = shared_nodes(pages)
    if not focus:
        return UnionCheck(Report(True, "Validation Report\nConforms: True\n", Graph()), focus, 0)
    lines = _neighbourhood(pages, focus)
    report, triples = validate_ntriples("\n".join([*scheme, *lines]))
    kept = _kept_violations(report, focus) if not report.conforms else []
    text = f"Validation Report\nConforms: {not kept}\n" + "".join(
        f"Constraint Violation:\n\tFocus Node: {node}\n\tResult Path: {path}\n\tMessage: {message}\n"
        for node, path, message in kept
    )
    return UnionCheck(Report(not kept, text, report.graph), focus, triples)
