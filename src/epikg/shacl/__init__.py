"""epikg's own SHACL engine: the shapes of ontology/ compiled once, run over an index of the data.

It gives the results pySHACL gives (same conformance, focus nodes, paths, components, values, messages and
text report; tests/test_shacl_engine.py compares them), in a few milliseconds for a page and in seconds for
a large output file, which it parses with pyoxigraph without building an rdflib Graph. Shapes using a
constraint it does not implement are refused at compile time (UnsupportedShape).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import NamespaceManager

from epikg.shacl.data import Data, from_file, from_graph, from_ntriples
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
    namespaces: NamespaceManager = field(repr=False)

    @cached_property
    def text(self) -> str:
        described = [describe(r, self.shapes.graph, self.namespaces) for r in self.results]
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


def check(shapes: Shapes, data: Data) -> Outcome:
    results = Validator(shapes, data).run()
    return Outcome(not results, results, shapes, data.namespaces)


def sparql_predicates(shapes: Shapes):
    """The predicates whose triples the SPARQL constraints read (None: all triples)."""
    wanted = set()
    for query in shapes.sparql:
        if query.predicates is None:
            return None
        wanted |= query.predicates
    return frozenset(wanted)


def load_graph(shapes: Shapes, graph: Graph, ontology: Graph) -> Data:
    return from_graph(graph, ontology, sparql_predicates(shapes))


def load_file(shapes: Shapes, path: Path, ontology: Graph, namespaces: NamespaceManager, *, nt: bool) -> Data:
    return from_file(path, ontology, sparql_predicates(shapes), namespaces, nt=nt)


def load_ntriples(shapes: Shapes, text: str, ontology: Graph) -> Data:
    return from_ntriples(text, ontology, sparql_predicates(shapes))
