"""SHACL validation of epikg graphs against ontology/shapes.ttl and ontology/shapes-sparql.ttl.

shapes.ttl holds the SHACL Core shapes, which any SHACL engine runs; shapes-sparql.ttl the SHACL-SPARQL
constraints (sh:sparql), which pySHACL runs and Core-only engines do not. Both are loaded together.

Two engines give the same results: epikg's own (epikg.shacl, the default: the shapes compiled once, a page
validated in milliseconds, a large file parsed by pyoxigraph) and pySHACL (`engine="pyshacl"`, the
reference the tests compare with, and `epikg validate --engine pyshacl`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import RDFS, SH
from rdflib.term import Node

from epikg import shacl
from epikg.rdf.namespaces import EK, ORG, SCHEMA, new_graph
from epikg.rdf.vocabulary import ontology_dir
from epikg.verdict import Report

# What an article says of itself that it can lose and still stand: a headline, a date, an outlet.
_OPTIONAL_ARTICLE_FACTS = frozenset({SCHEMA.headline, SCHEMA.datePublished, SCHEMA.publisher})
# Links the gazetteer adds, which no article states: a place can lose them and still stand.
_DERIVED_LINKS = frozenset({EK.derivedContainedInPlace})


CORE_SHAPES = "shapes.ttl"
SPARQL_SHAPES = "shapes-sparql.ttl"
SHAPE_FILES = (CORE_SHAPES, SPARQL_SHAPES)
ENGINES = ("fast", "pyshacl")
DEFAULT_ENGINE = "fast"  # what validate() runs when no engine is named (benchmarks switch it)


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """All the shapes: SHACL Core and SHACL-SPARQL, one graph (they add to the same node shapes)."""
    graph = Graph()
    for name in SHAPE_FILES:
        graph.parse(ontology_dir() / name, format="turtle")
    return graph


@lru_cache(maxsize=1)
def core_shapes_graph() -> Graph:
    """The SHACL Core shapes alone, what any SHACL engine runs."""
    return Graph().parse(ontology_dir() / CORE_SHAPES, format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology proper and the measure scheme: every .ttl of ontology/ but the shapes."""
    graph = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        if path.name not in SHAPE_FILES:
            graph.parse(path, format="turtle")
    return graph


def fast_engine(core_only: bool = False) -> shacl.Engine:
    """The fast engine: the shapes compiled and the ontology indexed, once per process (for each set of
    shapes, however it is asked for: `fast_engine()` and `fast_engine(False)` are one engine)."""
    return _compiled_engine(bool(core_only))


@lru_cache(maxsize=2)
def _compiled_engine(core_only: bool) -> shacl.Engine:
    return shacl.Engine(core_shapes_graph() if core_only else shapes_graph(), ontology_graph())


def _fast(outcome: shacl.Outcome) -> Report:
    return Report(outcome.conforms, outcome=outcome)


def validate(data: Graph, *, core_only: bool = False, engine: str | None = None) -> Report:
    """Validate data against the shapes, with the ontology available for class checks.

    ``core_only`` leaves out the SHACL-SPARQL constraints: what a Core-only engine would say.
    ``engine`` is "fast" (epikg.shacl) or "pyshacl"; they give the same results.
    """
    name = engine or DEFAULT_ENGINE
    if name == "fast":
        fast = fast_engine(core_only)
        return _fast(fast.check(fast.graph(data)))
    if name != "pyshacl":
        raise ValueError(f"unknown SHACL engine {name!r}: one of {', '.join(ENGINES)}")
    return _pyshacl(data, core_only=core_only)


def validate_triples(triples: Iterable[tuple[Node, Node, Node]]) -> Report:
    """Validate triples as they are, without an rdflib graph (the fast engine indexes them directly); the
    triples must be distinct (as a page's PageTriples are). Another engine is given a graph of them."""
    if DEFAULT_ENGINE != "fast":
        graph = new_graph()
        graph.addN((s, p, o, graph) for s, p, o in triples)
        return validate(graph)
    fast = fast_engine()
    return _fast(fast.check(fast.terms(triples, new_graph().namespace_manager)))


def validate_file(path: Path, *, engine: str | None = None) -> Report:
    """Validate a Turtle (or N-Triples) file. The fast engine parses it with pyoxigraph straight into its
    index, without an rdflib Graph; a parse error is pyoxigraph's SyntaxError."""
    name = engine or DEFAULT_ENGINE
    if name != "fast":
        return validate(Graph().parse(path, format="turtle"), engine=name)
    fast = fast_engine()
    return _fast(fast.check(fast.file(path, Graph().namespace_manager, nt=False)))


def validate_ntriples(text: str, *, engine: str | None = None) -> tuple[Report, int]:
    """Validate N-Triples lines, and say how many distinct triples they hold."""
    if (engine or DEFAULT_ENGINE) != "fast":
        graph = Graph().parse(data=text, format="nt")
        return validate(graph, engine=engine), len(graph)
    fast = fast_engine()
    data = fast.ntriples(text, new_graph().namespace_manager)
    return _fast(fast.check(data)), data.size


def _pyshacl(data: Graph, *, core_only: bool) -> Report:
    from pyshacl import validate as shacl_validate  # here: a rebuild from the cache never runs it (0.4 s)

    conforms, report_graph, text = shacl_validate(
        data,
        shacl_graph=core_shapes_graph() if core_only else shapes_graph(),
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


@lru_cache(maxsize=1)
def reading_classes() -> frozenset[URIRef]:
    """ek:Reading and its subclasses (mentions, posts, measures, quantities, credits): the facts read in a span."""
    ontology = ontology_graph()
    return frozenset(
        c for c in ontology.transitive_subjects(RDFS.subClassOf, EK.Reading) if isinstance(c, URIRef)
    )


def drop_bad_readings(graph: Graph, *, rounds: int = 4) -> tuple[Report, list[str]]:
    """Remove from one document's graph each reading that breaks a shape, an optional article fact that does
    (an unreadable date), a link the gazetteer added that does (two derived parents of one place) and a person or
    body that nothing on the page reads, with the links to it: one bad reading costs that reading, not the
    article.

    Entities left with nothing pointing to them go too. Returns the last report (it may still fail, when
    the article itself is broken) and a line per dropped fact.
    """
    dropped: list[str] = []
    report = validate(graph)
    for _ in range(rounds):
        if report.conforms:
            break
        removed = False
        for focus, path, message in _violations(report):
            if any((focus, RDF.type, cls) in graph for cls in reading_classes()):
                if (focus, None, None) in graph:
                    graph.remove((focus, None, None))
                    graph.remove((None, None, focus))
                    dropped.append(f"dropped reading {focus}: {message}")
                    removed = True
            elif _unread(graph, focus):
                graph.remove((focus, None, None))
                graph.remove((None, None, focus))
                dropped.append(f"dropped {focus}, which nothing on the page reads: {message}")
                removed = True
            elif (
                path in _OPTIONAL_ARTICLE_FACTS
                and (focus, path, None) in graph
                and (focus, RDF.type, EK.Article) in graph
            ) or (path in _DERIVED_LINKS and (focus, path, None) in graph):
                graph.remove((focus, path, None))
                dropped.append(f"dropped {path} of {focus}: {message}")
                removed = True
        if not removed:
            break
        _remove_orphans(graph)
        report = validate(graph)
    return report, dropped


def _unread(graph: Graph, focus: URIRef) -> bool:
    """A person no mention refers to, or a body no mention refers to and no post names (the shapes' 'read
    somewhere'): a link to it (a measure's body) points to something the page never reads, and goes with it."""
    if (None, EK.refersTo, focus) in graph:
        return False
    if (focus, RDF.type, EK.Organization) in graph:
        return (None, ORG.organization, focus) not in graph
    return (focus, RDF.type, EK.Person) in graph


def _violations(report: Report) -> list[tuple[URIRef, URIRef | None, str]]:
    """(focus, path, message) of every result, nested ones too, in the report graph's order."""
    if report.outcome is not None:
        return [
            (r.focus, r.path if isinstance(r.path, URIRef) else None, str(next(iter(_messages(r)), "")))
            for r in shacl.flatten(report.outcome.results)
            if isinstance(r.focus, URIRef)
        ]
    found = []
    for result in report.graph.subjects(RDF.type, SH.ValidationResult):
        focus = report.graph.value(result, SH.focusNode)
        path = report.graph.value(result, SH.resultPath)
        message = report.graph.value(result, SH.resultMessage)
        if isinstance(focus, URIRef):
            found.append((focus, path if isinstance(path, URIRef) else None, str(message or "")))
    return found


def _messages(result: shacl.Result) -> list[str]:
    return [str(m) for m in (*result.extra_messages, *result.messages)]


def _remove_orphans(graph: Graph) -> None:
    """Entities (persons, places, organizations, roles) that no triple points to any more, until none is left."""
    while True:
        orphans = [
            node
            for cls in (EK.Person, EK.Organization, EK.Place, ORG.Role)
            for node in graph.subjects(RDF.type, cls)
            if (None, None, node) not in graph
        ]
        if not orphans:
            return
        for node in orphans:
            graph.remove((node, None, None))
