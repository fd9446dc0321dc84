"""SHACL validation of epikg graphs with pySHACL, against ontology/shapes.ttl."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pyshacl import validate as shacl_validate
from rdflib import Graph

from epikg.rdf.vocabulary import ontology_dir


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology proper and the measure scheme: every .ttl of ontology/ but the shapes."""
    graph = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        if path.name != "shapes.ttl":
            graph.parse(path, format="turtle")
    return graph


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str
    graph: Graph


def validate(data: Graph) -> Report:
    """Validate data against the shapes, with the ontology available for class checks."""
    conforms, report_graph, text = shacl_validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return Report(bool(conforms), str(text), report_graph)


def first_violation(report: Report) -> str:
    """The first violation's message, for one-line reports."""
    for line in report.text.splitlines():
        if line.strip().startswith("Message:"):
            return line.split("Message:", 1)[1].strip()
    return "see the SHACL report"
