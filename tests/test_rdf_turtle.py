"""The Turtle writer (epikg.rdf.turtle, build.output.write_turtle): sorted N-Triples lines streamed as Turtle
that reads back as the same graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from epikg.build.output import write_turtle
from epikg.rdf import ntriples
from epikg.rdf.namespaces import EK, ID, SCHEMA
from epikg.rdf.turtle import TurtleError, turtle_chunks


def _round_trip(graph: Graph, tmp_path: Path) -> tuple[Graph, str]:
    path = tmp_path / "kg.ttl"
    assert write_turtle(ntriples.sorted_lines(graph), str(path)) == len(graph)
    text = path.read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle"), text


def test_tricky_literals_and_iris_read_back_as_written(tmp_path: Path) -> None:
    node = ID["article/d1/mention/3-5/%E6%B5%8B"]
    graph = Graph()
    objects = [
        Literal('他说"封闭"\\管理'),
        Literal("第一行\n第二行\r\n"),
        Literal("制表\t符 . ; ,"),
        Literal("防控", lang="zh"),
        Literal("防控", lang="zh-Hant"),
        Literal("12.5", datatype=XSD.decimal),
        Literal("3", datatype=XSD.nonNegativeInteger),
        Literal("x", datatype=URIRef("http://example.org/dt#a/b")),
        Literal(""),
        Literal("'''"),
        EK.Place,
        URIRef("https://w3id.org/epikg/ontology#has.dot"),
        URIRef("https://w3id.org/epikg/ontology#1digit"),
        URIRef("https://schema.org/a/b"),
        URIRef("http://example.org/q?x=1&y=%20#frag"),
        ID["place/330327/金乡镇"],
    ]
    for index, obj in enumerate(objects):
        graph.add((node, EK[f"p{index}"], obj))
    graph.add((node, RDF.type, EK.Mention))
    graph.add((node, SCHEMA.name, Literal("甲")))
    graph.add((node, SCHEMA.name, Literal("乙")))
    graph.add((URIRef("http://example.org/other"), RDF.type, EK.Place))
    read, text = _round_trip(graph, tmp_path)
    assert isomorphic(read, graph)
    assert "    a ek:Mention ;" in text and "ek:p11 <https://w3id.org/epikg/ontology#has.dot>" in text
    assert (
        "ek:p12 <https://w3id.org/epikg/ontology#1digit>" in text
    )  # no pname where a plain one would not do
    assert '"12.5"^^xsd:decimal' in text and '"x"^^<http://example.org/dt#a/b>' in text


def test_the_seeds_read_back_as_their_graph(seeds_kg, tmp_path: Path) -> None:  # noqa: ANN001
    graph, _ = seeds_kg
    read, text = _round_trip(graph, tmp_path)
    assert isomorphic(read, graph)
    assert text.count("\n    a ") == len({s for s in graph.subjects(RDF.type, None)})  # one block a subject


def test_each_subject_is_written_once_with_its_objects_together() -> None:
    lines = [
        '<http://e.org/a> <https://schema.org/name> "x" .',
        '<http://e.org/a> <https://schema.org/name> "y" .',
        "<http://e.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/epikg/ontology#Place> .",
        '<http://e.org/b> <https://schema.org/name> "z" .',
    ]
    body = "".join(turtle_chunks(sorted(lines))).split("\n\n", 1)[1]
    assert body == (
        '<http://e.org/a>\n    a ek:Place ;\n    schema:name "x", "y" .\n\n<http://e.org/b>\n    schema:name "z" .\n'
    )


def test_a_line_that_is_no_triple_is_refused() -> None:
    with pytest.raises(TurtleError):
        "".join(turtle_chunks(["<http://e.org/a> nonsense"]))
