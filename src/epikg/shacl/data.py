"""The data a validation reads: the triples indexed both ways, with the ontology beside them.

Terms are indexed by plain keys, which hash and compare at C speed (rdflib terms do both in Python): an IRI
is its string, a blank node "_:" and its id, a literal the tuple (lexical form, datatype or None, language
or None) of the rdflib Literal it is (rdflib's lexical normalization, value and ill-typedness are what
pySHACL sees, so the Literal object is kept, or made when first needed).

A page's graph arrives as an rdflib Graph; a whole output file is parsed by pyoxigraph straight into the
index (no rdflib Graph: its parser is the slow part of validating a large file). The ontology is indexed
once and read beside each page's own index (`base`), not copied into it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD, NamespaceManager
from rdflib.term import _NUMERIC_LITERAL_TYPES, Node

Key = str | tuple

_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
TYPE = str(RDF.type)
_SUBCLASS = str(RDFS.subClassOf)
NUMERIC = frozenset(str(t) for t in _NUMERIC_LITERAL_TYPES)  # the datatypes rdflib compares as numbers
_EMPTY: dict = {}
_NONE: frozenset = frozenset()


def key(term: Node) -> Key:
    if isinstance(term, Literal):
        return (str(term), str(term.datatype) if term.datatype else None, term.language)
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


def is_literal(k: Key) -> bool:
    return type(k) is tuple


def is_blank(k: Key) -> bool:
    return type(k) is str and k.startswith("_:")


class Data:
    """Subject -> predicate -> objects, and predicate -> object -> subjects, deduplicated, over `base`."""

    def __init__(
        self,
        namespaces: NamespaceManager,
        sparql_predicates: frozenset[str] | None,
        base: Data | None = None,
        reverse: frozenset[str] | None = None,
    ) -> None:
        self.out: dict[Key, dict[str, set[Key]]] = {}
        self.into: dict[str, dict[Key, set[Key]]] = {}
        # the predicates read from object to subject (rdf:type, rdfs:subClassOf, inverse paths, targets):
        # only those are indexed both ways (None: all)
        self.reverse = None if reverse is None else reverse | {TYPE, _SUBCLASS}
        self.literals: dict[tuple, Literal] = {}
        self.own_namespaces = namespaces
        self._namespaces: NamespaceManager | None = None
        if base is not None and base.base is not None:
            raise ValueError("a base index cannot have a base")
        self.base = base
        self._wanted = sparql_predicates  # the triples SPARQL constraints read (None: all)
        self.sparql_triples: list[tuple[Key, str, Key]] = []
        self._store: ox.Store | None = None
        self._originals: dict[ox.Literal, list[Key]] | None = None
        self._supers: dict[Key, frozenset[Key]] = {}
        self.size = 0  # distinct triples added (not counting the base's)

    @property
    def namespaces(self) -> NamespaceManager:
        """The data's prefixes, then the base's where they add one: what pySHACL's data graph, with the
        ontology mixed in, prints names with (pyshacl.rdfutil.clone.mix_graphs)."""
        if self.base is None:
            return self.own_namespaces
        if self._namespaces is None:
            names = Graph(bind_namespaces="core").namespace_manager
            for prefix, namespace in self.own_namespaces.namespaces():
                names.bind(prefix, namespace, override=True, replace=True)
            for prefix, namespace in self.base.own_namespaces.namespaces():
                names.bind(prefix, namespace, override=False, replace=False)
            self._namespaces = names
        return self._namespaces

    def add(self, s: Key, p: str, o: Key) -> None:
        objects = self.out.setdefault(s, {}).setdefault(p, set())
        if o in objects:
            return
        objects.add(o)
        self.size += 1
        if self.reverse is None or p in self.reverse:
            self.into.setdefault(p, {}).setdefault(o, set()).add(s)
        if self._wanted is None or p in self._wanted:
            self.sparql_triples.append((s, p, o))

    def add_terms(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        literals = self.literals
        add = self.add
        for s, p, o in triples:
            kind = o.__class__
            if kind is URIRef:
                k: Key = str(o)
            elif kind is Literal:
                k = key(o)
                literals.setdefault(k, o)  # type: ignore[arg-type]
            else:
                k = key(o)
            add(str(s) if s.__class__ is URIRef else key(s), str(p), k)

    def objects(self, s: Key, p: str) -> set[Key] | frozenset[Key]:
        mine = self.out.get(s, _EMPTY).get(p)
        if self.base is None:
            return mine or _NONE
        theirs = self.base.out.get(s, _EMPTY).get(p)  # the base has no base of its own
        if mine and theirs:
            return mine | theirs
        return mine or theirs or _NONE

    def subjects(self, p: str, o: Key) -> set[Key] | frozenset[Key]:
        if self.reverse is not None and p not in self.reverse:
            raise KeyError(f"{p} is not indexed from object to subject")
        mine = self.into.get(p, _EMPTY).get(o)
        if self.base is None:
            return mine or _NONE
        theirs = self.base.into.get(p, _EMPTY).get(o)
        if mine and theirs:
            return mine | theirs
        return mine or theirs or _NONE

    def subjects_of(self, p: str) -> set[Key]:
        if self.reverse is not None and p not in self.reverse:
            raise KeyError(f"{p} is not indexed from object to subject")
        found = {s for subjects in self.into.get(p, _EMPTY).values() for s in subjects}
        return found | self.base.subjects_of(p) if self.base is not None else found

    def superclasses(self, cls: Key) -> frozenset[Key]:
        """The class and every class it is an rdfs:subClassOf, transitively (pySHACL's transitive_objects)."""
        found = self._supers.get(cls)
        if found is None:
            seen, todo = {cls}, [cls]
            while todo:
                for parent in self.objects(todo.pop(), _SUBCLASS):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            found = self._supers[cls] = frozenset(seen)
        return found

    def subclasses(self, cls: Key) -> set[Key]:
        seen, todo = {cls}, [cls]
        while todo:
            for child in self.subjects(_SUBCLASS, todo.pop()):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        return seen

    def literal(self, k: tuple) -> Literal:
        found = self.literals.get(k)
        if found is None and self.base is not None:
            found = self.base.literals.get(k)
        if found is None:
            lexical, datatype, lang = k
            found = self.literals[k] = Literal(lexical, lang=lang, datatype=datatype and URIRef(datatype))
        return found

    def term(self, k: Key) -> Node:
        """The rdflib term of a key, for a result."""
        if type(k) is tuple:
            return self.literal(k)
        return BNode(k[2:]) if k.startswith("_:") else URIRef(k)

    def all_sparql_triples(self) -> list[tuple[Key, str, Key]]:
        return self.sparql_triples + (self.base.all_sparql_triples() if self.base is not None else [])

    def store(self) -> ox.Store:
        """The triples SPARQL constraints read, in a pyoxigraph store (made on first use)."""
        if self._store is None:
            made: dict[Key, object] = {}

            def term(k: Key) -> object:
                found = made.get(k)
                if found is None:
                    found = made[k] = to_oxigraph(k)
                return found

            self._store = ox.Store()
            self._store.extend(
                ox.Quad(term(s), term(p), term(o)) for s, p, o in set(self.all_sparql_triples())
            )
        return self._store

    def original(self, literal: ox.Literal) -> Key:
        """The data's literal that the store gave back as `literal`: the store keeps literals in canonical
        form ("21"^^xsd:nonNegativeInteger comes back as "21"^^xsd:integer). AmbiguousLiteral where two of
        the data's literals have that form."""
        if self._originals is None:
            literals = list({o: None for _, _, o in self.all_sparql_triples() if type(o) is tuple})
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


def to_oxigraph(k: Key) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if type(k) is tuple:
        lexical, datatype, lang = k
        if lang:
            return ox.Literal(lexical, language=lang)
        return ox.Literal(lexical, datatype=ox.NamedNode(datatype or _XSD_STRING))
    return ox.BlankNode(k[2:]) if k.startswith("_:") else ox.NamedNode(k)


class Keys:
    """pyoxigraph terms to keys, each worked out once. A literal goes through rdflib's Literal (its lexical
    normalization is what rdflib's parser would give pySHACL); a plain literal ("x"^^xsd:string) is
    Literal("x") without a datatype, as rdflib's parsers make it."""

    def __init__(self, literals: dict[tuple, Literal]) -> None:
        self.made: dict[object, Key] = {}
        self.literals = literals

    def __call__(self, term: object) -> Key:
        found = self.made.get(term)
        if found is None:
            found = self.made[term] = self._key(term)
        return found

    def _key(self, term: object) -> Key:
        if isinstance(term, ox.NamedNode):
            return term.value
        if isinstance(term, ox.Literal):
            datatype = term.datatype.value
            if term.language:
                made = Literal(term.value, lang=term.language)
            else:
                plain = datatype in (_XSD_STRING, _LANG_STRING)
                made = Literal(term.value, datatype=None if plain else URIRef(datatype))
            k = key(made)
            self.literals.setdefault(k, made)  # type: ignore[arg-type]
            return k
        if isinstance(term, ox.BlankNode):
            return "_:" + term.value
        raise TypeError(f"not an RDF term: {term!r}")


def from_terms(
    triples: Iterable[tuple[Node, Node, Node]],
    namespaces: NamespaceManager,
    wanted: frozenset[str] | None,
    base: Data | None,
    reverse: frozenset[str] | None = None,
) -> Data:
    data = Data(namespaces, wanted, base, reverse)
    data.add_terms(triples)
    return data


def from_file(
    path: Path,
    wanted: frozenset[str] | None,
    base: Data,
    namespaces: NamespaceManager,
    *,
    nt: bool,
    reverse: frozenset[str] | None = None,
) -> Data:
    """A Turtle (or, with `nt`, N-Triples) file parsed by pyoxigraph into the index; its prefixes join
    `namespaces`. Parse errors are pyoxigraph's SyntaxError."""
    with path.open("rb") as stream:
        return _parsed(stream, wanted, base, namespaces, nt=nt, reverse=reverse)


def from_ntriples(
    text: str,
    wanted: frozenset[str] | None,
    base: Data,
    namespaces: NamespaceManager,
    reverse: frozenset[str] | None = None,
) -> Data:
    return _parsed(text.encode("utf-8"), wanted, base, namespaces, nt=True, reverse=reverse)


def _parsed(
    source: object,
    wanted: frozenset[str] | None,
    base: Data,
    namespaces: NamespaceManager,
    *,
    nt: bool,
    reverse: frozenset[str] | None,
) -> Data:
    data = Data(namespaces, wanted, base, reverse)
    keys = Keys(data.literals)
    made = keys.made
    parser = ox.parse(source, ox.RdfFormat.N_TRIPLES if nt else ox.RdfFormat.TURTLE)
    add = data.add
    for quad in parser:
        subject, obj = quad.subject, quad.object
        s = made.get(subject)
        o = made.get(obj)
        add(keys(subject) if s is None else s, quad.predicate.value, keys(obj) if o is None else o)
    for prefix, namespace in getattr(parser, "prefixes", {}).items():
        namespaces.bind(prefix, namespace, override=False)
    return data
