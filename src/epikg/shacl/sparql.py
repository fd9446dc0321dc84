"""SHACL-SPARQL constraints (sh:sparql with sh:select), run once over the whole data: in pyoxigraph where
it answers as rdflib's SPARQL engine (pySHACL's) does, else in rdflib (see run_select).

SHACL runs a SELECT once per focus node with $this pre-bound. For a query made only of basic graph patterns,
joins, filters, BINDs, DISTINCT and a projection, where $this is bound by a triple pattern, that is the same as
running it once with $this free and keeping each row whose $this is a focus node: what this module does.
A query with anything else (OPTIONAL, UNION, MINUS, VALUES, subqueries, GRAPH, SERVICE, aggregates,
LIMIT...) is refused at compile time, as is a $PATH, $currentShape, $shapesGraph or ?failure.

The query only reads triples whose predicate it names; those are the triples the engine loads for it (all
of them when a pattern's predicate is a variable or a path).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from epikg.shacl.data import NUMERIC, AmbiguousLiteral, Data, key

_PATTERNS = frozenset({"SelectQuery", "Project", "Distinct", "Reduced", "Filter", "BGP", "Join", "Extend"})
_FORBIDDEN_VARIABLES = frozenset({"PATH", "currentShape", "shapesGraph", "failure"})
_ALLOWED = frozenset({RDF.type, SH.select, SH.message, SH.prefixes})


@dataclass(frozen=True)
class SparqlSelect:
    node: Node  # the sh:sparql constraint node, for the report's sh:sourceConstraint
    text: str  # the query with its PREFIX lines
    messages: tuple[Literal, ...]
    predicates: frozenset[str] | None  # the predicates of the triples it reads; None: all of them
    numeric_constants: bool  # every literal written in the query is a well-typed number


def compile_select(graph: Graph, node: Node, fail: Callable[[Node, str], Exception]) -> SparqlSelect:
    for predicate in graph.predicates(node):
        if str(predicate).startswith(str(SH)) and predicate not in _ALLOWED:
            raise fail(
                node, f"{predicate.n3(graph.namespace_manager)} on a SPARQL constraint is not supported"
            )
    selects = list(graph.objects(node, SH.select))
    if len(selects) != 1 or not isinstance(selects[0], Literal):
        raise fail(node, "a SPARQL constraint needs exactly one sh:select")
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _declared(graph, node))
    text = f"{prefixes}\n{selects[0]}"
    refusal, predicates, numeric = analysis(text)
    if refusal is not None:
        raise fail(node, refusal)
    messages = tuple(m for m in graph.objects(node, SH.message) if isinstance(m, Literal))
    return SparqlSelect(node, text, messages, predicates, numeric)


Analysis = tuple[str | None, frozenset[str] | None, bool]
"""What a query says to the engine: why it is refused (None: it runs), the predicates it reads (None: all),
and whether every literal written in it is a well-typed number. Plain values, so that it can be compiled."""


def analysis(text: str) -> Analysis:
    """`analyse(text)`, compiled once per query and rdflib version (epikg.compiled): a process whose shapes were
    compiled before need not import rdflib's SPARQL parser (0.1 s) nor run it (every worker compiles the shapes)."""
    from epikg.compiled import distribution_files, load_compiled

    name = f"sparql-{hashlib.sha256(text.encode()).hexdigest()[:12]}"
    found = load_compiled(name, distribution_files("rdflib"), lambda: analyse(text), extra=text.encode())
    if _is_analysis(found):
        return found
    return analyse(text)  # a file that passed its checksum but not this layout: analysed afresh


def _is_analysis(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], (str, type(None)))
        and (
            value[1] is None
            or (isinstance(value[1], frozenset) and all(isinstance(p, str) for p in value[1]))
        )
        and isinstance(value[2], bool)
    )


def analyse(text: str) -> Analysis:
    """A query parsed by rdflib and its algebra walked: what it reads, binds and uses that is refused."""
    from rdflib.plugins.sparql import prepareQuery  # here: its parser takes 0.1 s to import

    try:
        algebra = prepareQuery(text).algebra
    except Exception as exc:
        return f"sh:select does not parse: {exc}", None, False
    walk = _Walk()
    walk.pattern(algebra)
    if walk.refused:
        return f"sh:select uses {walk.refused}, which this engine does not run", None, False
    if walk.forbidden:
        return f"sh:select uses ${walk.forbidden}, which this engine does not bind", None, False
    projected = {str(v) for v in algebra.get("PV", ())}
    if "this" not in projected or "this" not in walk.bound:
        return "sh:select must bind $this in a triple pattern and select it", None, False
    predicates = None if walk.any_predicate else frozenset(str(p) for p in walk.predicates)
    numeric = all(
        c.datatype is not None and str(c.datatype) in NUMERIC and not c.ill_typed for c in walk.literals
    )
    return None, predicates, numeric


def _declared(graph: Graph, node: Node) -> list[tuple[str, str]]:
    found = []
    for source in graph.objects(node, SH.prefixes):
        for declaration in graph.objects(source, SH.declare):
            found.append(
                (str(graph.value(declaration, SH.prefix)), str(graph.value(declaration, SH.namespace)))
            )
    return sorted(set(found))


class _Walk:
    """What a query's algebra reads (predicates), binds ($this) and uses that is refused."""

    def __init__(self) -> None:
        self.predicates: set[URIRef] = set()
        self.any_predicate = False
        self.bound: set[str] = set()
        self.refused: str | None = None
        self.forbidden: str | None = None
        self.literals: list[Literal] = []

    def pattern(self, node: Any, top: bool = True) -> None:
        if node.name not in _PATTERNS:
            self.refused = self.refused or node.name
            return
        if node.name == "BGP":
            for triple in node.triples:
                predicate = triple[1]
                if isinstance(predicate, URIRef):
                    self.predicates.add(predicate)
                else:
                    self.any_predicate = True
                for term in triple:
                    self.variable(term)
                    if top and isinstance(term, Variable):
                        self.bound.add(str(term))
        for part in ("p", "p1", "p2"):
            if _is_algebra(node.get(part)):
                self.pattern(node[part], top)
        for part in ("expr", "var"):
            if part in node:
                self.expression(node[part])

    def expression(self, value: object) -> None:
        if _is_algebra(value):
            if value.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):  # type: ignore[attr-defined]
                self.pattern(value.graph, top=False)  # type: ignore[attr-defined]
                return
            for item in value.values():  # type: ignore[attr-defined]
                self.expression(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self.expression(item)
        else:
            self.variable(value)

    def variable(self, term: object) -> None:
        if isinstance(term, Literal):
            self.literals.append(term)
        if isinstance(term, Variable) and str(term) in _FORBIDDEN_VARIABLES:
            self.forbidden = self.forbidden or str(term)


def _is_algebra(value: object) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    return isinstance(value, CompValue)


def run_select(data: Data, query: SparqlSelect) -> list[dict]:
    """Each row of the query over all the data, its bound variables as the data's keys.

    pyoxigraph runs it where it is known to answer as rdflib's SPARQL engine (pySHACL's) does: when every
    literal the query reads, and every literal constant in it, is a well-typed number (the two engines
    differ on comparing a string with a number, or an ill-typed literal, which SPARQL calls an error and
    rdflib orders). Otherwise, or where a literal pyoxigraph gives back in canonical form could be either of
    two of the data's literals, rdflib runs it."""
    triples = data.all_sparql_triples()
    literals = {o for _, _, o in triples if type(o) is tuple}
    if query.numeric_constants and all(_well_typed_number(data, k) for k in literals):
        try:
            return _oxigraph_rows(data, query)
        except AmbiguousLiteral:
            pass
    from rdflib.plugins.sparql import prepareQuery

    graph = Graph()
    for s, p, o in triples:
        graph.add((data.term(s), URIRef(p), data.term(o)))
    return [
        {str(k): key(v) for k, v in row.asdict().items() if v is not None}
        for row in graph.query(prepareQuery(query.text))
    ]


def _well_typed_number(data: Data, literal: tuple) -> bool:
    return literal[1] in NUMERIC and not data.literal(literal).ill_typed


def _oxigraph_rows(data: Data, query: SparqlSelect) -> list[dict]:
    rows = []
    solutions = data.store().query(query.text)
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        row = {}
        for name in names:
            term = solution[name]
            if isinstance(term, ox.Literal):
                row[name] = data.original(term)
            elif isinstance(term, ox.BlankNode):
                row[name] = "_:" + term.value
            elif term is not None:
                row[name] = term.value
        rows.append(row)
    # dropped here, on the thread that made them: a sampling profiler holding this frame (a Dask worker's) would
    # drop them on its own thread, which pyoxigraph's query objects refuse with an error on stderr
    solution = solutions = None  # noqa: F841
    return rows
