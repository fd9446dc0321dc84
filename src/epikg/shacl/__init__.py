"""epikg's own SHACL engine: the shapes of ontology/ compiled once, run over an index of the data.

It gives the results pySHACL gives (same conformance, focus nodes, paths, components, values, messages and
text report; tests/test_shacl_engine.py compares them), in a few milliseconds for a page and in seconds for
a large output file, which it parses with pyoxigraph without building an rdflib Graph. Shapes using a
constraint it does not implement are refused at compile time (UnsupportedShape).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from epikg.shacl.data import Data, from_file, from_ntriples, from_terms
from epikg.shacl.engine import Result, Validator
from epikg.shacl.report import describe, report_graph, report_text
from epikg.shacl.shapes import Shapes, UnsupportedShape, compile_shapes

__all__ = [
    "Outcome",
    "Result",
    "Shapes",
    "UnsupportedShape",
    "check",
    "compile_shapes",
    "flatten",
    "load_file",
]


@dataclass
class Outcome:
    """A validation's results (top-level, each with its sh:detail results), text report and report graph."""

    conforms: bool
    results: list[Result]
    shapes: Shapes = field(repr=False)
    data: Data = field(repr=False)

    @cached_property
    def text(self) -> str:
        described = [describe(r, self.shapes.graph, self.data.namespaces) for r in self.results]
        return report_text(self.conforms, described)

    @cached_property
    def graph(self) -> Graph:
        return report_graph(self.conforms, self.results, self.shapes.graph)


def flatten(results: list[Result]) -> list[Result]:
    """Each result followed by its details, depth first: the order pySHACL's report graph lists them in."""
    found = []
    for result in results:
        found.append(result)
        found += flatten(list(result.details))
    return found


class Engine:
    """The shapes compiled and the ontology indexed, once; then any number of graphs or files checked."""

    def __init__(self, shapes: Graph, ontology: Graph) -> None:
        self.shapes = compile_shapes(shapes)
        self.wanted = _sparql_predicates(self.shapes)
        self.reverse = _reverse_predicates(self.shapes)
        self.ontology = from_terms(ontology, ontology.namespace_manager, self.wanted, None, self.reverse)

    def check(self, data: Data) -> Outcome:
        results = Validator(self.shapes, data).run()
        return Outcome(not results, results, self.shapes, data)

    def graph(self, graph: Graph) -> Data:
        return self.terms(graph, graph.namespace_manager)

    def terms(self, triples: Iterable[tuple[Node, Node, Node]], namespaces: NamespaceManager) -> Data:
        """Distinct triples, indexed without an rdflib graph."""
        return from_terms(triples, namespaces, self.wanted, self.ontology, self.reverse)

    def file(self, path: Path, namespaces: NamespaceManager, *, nt: bool) -> Data:
        """A Turtle or N-Triples file, parsed by pyoxigraph (SyntaxError where it is not valid)."""
        return from_file(path, self.wanted, self.ontology, namespaces, nt=nt, reverse=self.reverse)

    def ntriples(self, text: str, namespaces: NamespaceManager) -> Data:
        return from_ntriples(text, self.wanted, self.ontology, namespaces, self.reverse)


def _reverse_predicates(shapes: Shapes) -> frozenset[str]:
    """The predicates the shapes read from object to subject: inverse paths and sh:targetSubjectsOf (the
    index adds rdf:type and rdfs:subClassOf, which class targets and sh:class read)."""
    found = set()
    for shape in shapes.by_node.values():
        if shape.path is not None and shape.path.inverse:
            found.add(shape.path.key)
        found |= {str(p) for p in shape.target_subjects_of}
    return frozenset(found)


def _sparql_predicates(shapes: Shapes) -> frozenset[str] | None:
    """The predicates whose triples the SPARQL constraints read (None: all triples)."""
    wanted: set[str] = set()
    for query in shapes.sparql:
        if query.predicates is None:
            return None
        wanted |= query.predicates
    return frozenset(wanted)
