"""The data a validation reads: the triples indexed both ways, as rdflib terms (so that literal values,
ill-typed literals and term equality are rdflib's, as in pySHACL), with the ontology beside them.

A page's graph arrives as an rdflib Graph; a whole output file is parsed by pyoxigraph straight into the
index (no rdflib Graph: its parser is the slow part of validating a large file).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD, NamespaceManager
from rdflib.term import Node

from epikg.rdf.namespaces import new_graph

_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
_EMPTY: dict = {}
_NONE: frozenset = frozenset()


class Data:
    """Subject -> predicate -> objects, and predicate -> object -> subjects, deduplicated."""

    def __init__(self, namespaces: NamespaceManager, sparql_predicates: frozenset[URIRef] | None) -> None:
        self.out: dict[Node, dict[URIRef, set[Node]]] = {}
        self.into: dict[URIRef, dict[Node, set[Node]]] = {}
        self.namespaces = namespaces
        self._wanted = sparql_predicates  # the triples SPARQL constraints read (None: all)
        self.sparql_triples: list[tuple] = []  # those triples
        self._store: ox.Store | None = None
        self._originals: dict[ox.Literal, list[Literal]] | None = None
        self._supers: dict[Node, frozenset[Node]] = {}
        self.count = 0  # distinct triples added
        self.size = 0  # of which the data's own (the ontology is added after them)

    def add(self, s: Node, p: URIRef, o: Node) -> None:
        objects = self.out.setdefault(s, {}).setdefault(p, set())
        if o in objects:
            return
        objects.add(o)
        self.count += 1
        self.into.setdefault(p, {}).setdefault(o, set()).add(s)
        if self._wanted is None or p in self._wanted:
            self.sparql_triples.append((s, p, o))

    def add_all(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        for s, p, o in triples:
            self.add(s, p, o)  # type: ignore[arg-type]

    def objects(self, s: Node, p: URIRef) -> set[Node] | frozenset[Node]:
        return self.out.get(s, _EMPTY).get(p, _NONE)

    def subjects(self, p: URIRef, o: Node) -> set[Node] | frozenset[Node]:
        return self.into.get(p, _EMPTY).get(o, _NONE)

    def subjects_of(self, p: URIRef) -> set[Node]:
        return {s for subjects in self.into.get(p, _EMPTY).values() for s in subjects}

    def superclasses(self, cls: Node) -> frozenset[Node]:
        """The class and every class it is an rdfs:subClassOf, transitively (pySHACL's transitive_objects)."""
        found = self._supers.get(cls)
        if found is None:
            seen, todo = {cls}, [cls]
            while todo:
                for parent in self.objects(todo.pop(), RDFS.subClassOf):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            found = self._supers[cls] = frozenset(seen)
        return found

    def subclasses(self, cls: Node) -> set[Node]:
        seen, todo = {cls}, [cls]
        while todo:
            for child in self.subjects(RDFS.subClassOf, todo.pop()):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        return seen

    def store(self) -> ox.Store:
        """The triples SPARQL constraints read, in a pyoxigraph store (made on first use)."""
        if self._store is None:
            made: dict[Node, object] = {}

            def term(node: Node) -> object:
                found = made.get(node)
                if found is None:
                    found = made[node] = to_oxigraph(node)
                return found

            self._store = ox.Store()
            self._store.extend(ox.Quad(term(s), term(p), term(o)) for s, p, o in self.sparql_triples)
        return self._store

    def original(self, literal: ox.Literal) -> Literal:
        """The data's literal that the store gave back as `literal`: the store keeps literals in canonical
        form ("21"^^xsd:nonNegativeInteger comes back as "21"^^xsd:integer). AmbiguousLiteral where two of
        the data's literals have that form."""
        if self._originals is None:
            literals = list({o: None for _, _, o in self.sparql_triples if isinstance(o, Literal)})
            scratch = ox.Store()
            scratch.extend(
                ox.Quad(ox.NamedNode(f"urn:x:{i}"), ox.NamedNode("urn:x:p"), to_oxigraph(lit))
                for i, lit in enumerate(literals)
            )
            self._originals = {}
            for quad in scratch:
                self._originals.setdefault(quad.object, []).append(literals[int(quad.subject.value[6:])])
        found = self._originals.get(literal, [])
        if len(found) != 1:
            raise AmbiguousLiteral(literal)
        return found[0]


class AmbiguousLiteral(LookupError):
    """A canonical literal from the store that stands for none or several of the data's literals."""


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    return ox.BlankNode(str(term))


class Terms:
    """pyoxigraph terms to rdflib terms, each made once. A plain literal ("x"^^xsd:string) is rdflib's
    Literal("x") without a datatype, as rdflib's N-Triples and Turtle parsers make it."""

    def __init__(self) -> None:
        self.made: dict[object, Node] = {}

    def __call__(self, term: object) -> Node:
        found = self.made.get(term)
        if found is None:
            found = self.made[term] = _to_rdflib(term)
        return found


def _to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(
            term.value, datatype=None if datatype in (_XSD_STRING, _LANG_STRING) else URIRef(datatype)
        )
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


def from_graph(graph: Graph, ontology: Iterable[tuple], wanted: frozenset[URIRef] | None) -> Data:
    data = Data(graph.namespace_manager, wanted)
    data.add_all(graph)
    data.size = data.count
    data.add_all(ontology)
    return data


def from_file(
    path: Path,
    ontology: Iterable[tuple],
    wanted: frozenset[URIRef] | None,
    namespaces: NamespaceManager,
    *,
    nt: bool = False,
) -> Data:
    """A Turtle (or, with `nt`, N-Triples) file parsed by pyoxigraph into the index; its prefixes join
    `namespaces`. Parse errors are pyoxigraph's SyntaxError."""
    with path.open("rb") as stream:
        return _parsed(stream, ontology, wanted, namespaces, nt=nt)


def from_ntriples(text: str, ontology: Iterable[tuple], wanted: frozenset[URIRef] | None) -> Data:
    return _parsed(text.encode("utf-8"), ontology, wanted, new_graph().namespace_manager, nt=True)


def _parsed(
    source: object, ontology: Iterable[tuple], wanted: frozenset[URIRef] | None, namespaces, *, nt: bool
) -> Data:
    data = Data(namespaces, wanted)
    terms = Terms()
    parser = ox.parse(source, ox.RdfFormat.N_TRIPLES if nt else ox.RdfFormat.TURTLE)
    add = data.add
    for quad in parser:
        add(terms(quad.subject), terms(quad.predicate), terms(quad.object))  # type: ignore[arg-type]
    for prefix, namespace in getattr(parser, "prefixes", {}).items():
        namespaces.bind(prefix, namespace, override=False)
    data.size = data.count
    data.add_all(ontology)
    return data
