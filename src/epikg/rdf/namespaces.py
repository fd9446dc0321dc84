"""Every namespace epikg writes, and the prefixes bound when serializing."""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from epikg.rdf import plain


class Vocabulary(Namespace):
    """A namespace of a fixed vocabulary whose terms are made once each: the mapping writes EK.inArticle,
    NIF.beginIndex and the like thousands of times a build, and rdflib checks every URIRef it makes."""

    def term(self, name: str) -> URIRef:
        return _term(str(self), name)

    def __getattr__(self, name: str) -> URIRef:
        """`EK.inArticle`: made once, then kept on the namespace, where Python finds it before calling here."""
        if name.startswith("__"):  # as rdflib's Namespace: no special names
            raise AttributeError(name)
        found = self.__dict__[name] = self.term(name)
        return found


@cache
def _term(namespace: str, name: str) -> URIRef:
    return Namespace(namespace).term(name)


EK = Vocabulary(plain.EK)
ID = Namespace(plain.ID)  # the things read: an open set of names, made as asked for
SCHEMA = Vocabulary("https://schema.org/")
ORG = Vocabulary("http://www.w3.org/ns/org#")
NIF = Vocabulary("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SH = Vocabulary("http://www.w3.org/ns/shacl#")

PREFIXES = {
    "ek": EK,
    "id": ID,
    "schema": SCHEMA,
    "org": ORG,
    "nif": NIF,
    "prov": PROV,
    "skos": SKOS,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "dcterms": DCTERMS,
}


def new_graph() -> Graph:
    """An empty graph with epikg's prefixes bound (rdflib would otherwise invent ns1:)."""
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
