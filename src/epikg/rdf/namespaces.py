"""Every namespace epikg writes, and the prefixes bound when serializing."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from epikg.rdf import plain

EK = Namespace(plain.EK)
ID = Namespace(plain.ID)
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SH = Namespace("http://www.w3.org/ns/shacl#")

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
