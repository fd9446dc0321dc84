"""SHACL validation of epikg graphs with pySHACL, against ontology/shapes.ttl."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph


class OntologyNotFound(Exception):
    """The ontology folder is neither inside the installed package nor beside the sources."""


def ontology_dir() -> Path:
    """ontology/ as installed inside the package, else the repository's own folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent.parent / "ontology"):
        if (candidate / "shapes.ttl").is_file():
            return candidate
    raise OntologyNotFound("cannot find ontology/shapes.ttl: reinstall epikg")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return Graph().parse(ontology_dir() / "epikg.ttl", format="turtle")


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
