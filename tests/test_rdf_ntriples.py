"""A page's N-Triples lines are written from its triples (epikg.rdf.ntriples), spelled as rdflib's serializer
spells them; the mapping collects a page's triples apart from any graph (epikg.rdf.mapping.PageTriples)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from epikg.document import extract, read_article
from epikg.rdf import ntriples
from epikg.rdf.mapping import PageTriples, add_extraction, extraction_triples
from epikg.rdf.namespaces import EK, SCHEMA, new_graph

S = URIRef("https://w3id.org/epikg/id/article/%E6%B5%8B/x")
TRICKY = [
    Literal('引号"与\\反斜杠'),
    Literal("两行\n文字\r\n"),
    Literal("制表\t符"),
    Literal("防控", lang="zh"),
    Literal("12.0", datatype=XSD.decimal),
    Literal("2020-02-03", datatype=XSD.date),
    Literal(""),
    URIRef("http://example.org/a#b?c=d&e"),
]


def _rdflib_lines(graph: Graph) -> list[str]:
    return sorted({line for line in graph.serialize(format="nt").splitlines() if line.strip()})


def test_lines_are_spelled_as_rdflibs_serializer_spells_them() -> None:
    graph = Graph()
    for index, obj in enumerate(TRICKY):
        graph.add((S, EK[f"p{index}"], obj))
    assert ntriples.sorted_lines(graph) == _rdflib_lines(graph)
    assert len(ntriples.sorted_lines(graph)) == len(TRICKY)


def test_lines_leave_out_the_triples_asked_to() -> None:
    graph = Graph()
    graph.add((S, SCHEMA.name, Literal("甲")))
    graph.add((S, SCHEMA.name, Literal("乙")))
    kept = ntriples.sorted_lines(graph, without=frozenset({(S, SCHEMA.name, Literal("甲"))}))
    assert kept == [f'<{S}> <{SCHEMA.name}> "乙" .']


def test_page_triples_add_and_set_as_a_graph_does() -> None:
    triples, graph = PageTriples(), Graph()
    calls = [
        ("add", (S, SCHEMA.name, Literal("甲"))),
        ("add", (S, SCHEMA.name, Literal("甲"))),
        ("add", (S, SCHEMA.name, Literal("乙"))),
        ("set", (S, EK.unit, Literal("人"))),
        ("set", (S, SCHEMA.name, Literal("丙"))),
        ("add", (S, EK.unit, Literal("例"))),
    ]
    for method, triple in calls:
        getattr(triples, method)(triple)
        getattr(graph, method)(triple)
    assert set(triples) == set(graph) and len(triples) == len(graph) == 3
    assert triples.replaced == {(S, EK.unit), (S, SCHEMA.name)}


def test_adding_an_extraction_replaces_what_the_graph_held_for_a_set_predicate(data_dir: Path) -> None:
    extraction = extract(read_article(data_dir / "articles" / "cangnan_checkpoints.txt"))
    page = extraction_triples(extraction)
    subject, predicate = sorted(page.replaced)[0]
    graph = new_graph()
    graph.add((subject, predicate, Literal("stale")))
    add_extraction(graph, extraction)
    assert (subject, predicate, Literal("stale")) not in graph
    assert set(graph) == set(page)
