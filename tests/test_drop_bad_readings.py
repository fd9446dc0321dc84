"""One bad reading costs that reading, not the article: the shapes' violating fixtures, repaired or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from epikg.rdf.namespaces import EK, SCHEMA
from epikg.validate import drop_bad_readings

SHAPES = Path(__file__).parent / "data" / "shapes"


def load(name: str) -> Graph:
    return Graph().parse(SHAPES / name, format="turtle")


@pytest.mark.parametrize(
    "name",
    [
        "post_violates_empty_title.ttl",
        "post_violates_missing_role.ttl",
        "quantity_violates_value_not_decimal.ttl",
        "measure_violates_category_outside_scheme.ttl",
        "mention_violates_missing_anchor.ttl",
    ],
)
def test_a_broken_reading_is_dropped_and_the_article_stays(name: str) -> None:
    graph = load(name)
    readings_before = len(set(graph.subjects(EK.inArticle, None)))
    report, dropped = drop_bad_readings(graph)
    assert report.conforms, report.text
    assert len(dropped) >= 1 and all(line.startswith("dropped reading") for line in dropped)
    assert len(set(graph.subjects(RDF.type, EK.Article))) == 1
    assert len(set(graph.subjects(EK.inArticle, None))) < readings_before


def test_an_unreadable_date_drops_the_date_not_the_article() -> None:
    graph = load("article_violates_date_wrong_datatype.ttl")
    report, dropped = drop_bad_readings(graph)
    assert report.conforms and len(dropped) == 1
    assert not list(graph.objects(None, SCHEMA.datePublished))
    assert list(graph.subjects(RDF.type, EK.Article))


def test_a_broken_article_is_not_repaired() -> None:
    graph = load("article_violates_missing_identifier.ttl")
    report, dropped = drop_bad_readings(graph)
    assert not report.conforms and dropped == []


def test_a_conforming_graph_is_left_as_it_is() -> None:
    graph = load("post_conforms.ttl")
    before = len(graph)
    report, dropped = drop_bad_readings(graph)
    assert report.conforms and dropped == [] and len(graph) == before


def test_a_derived_link_that_breaks_a_shape_is_dropped_and_the_place_stays() -> None:
    # 金乡镇 with two derived parents (two divisions merged under one IRI): the links go, the town stays
    graph = load("place_violates_two_derived_parents.ttl")
    report, dropped = drop_bad_readings(graph)
    assert report.conforms, report.text
    assert len(dropped) == 1 and "derivedContainedInPlace" in dropped[0]
    town = next(graph.subjects(SCHEMA.name, Literal("金乡镇")))
    assert (town, RDF.type, EK.Place) in graph and (None, EK.refersTo, town) in graph
    assert not list(graph.objects(town, EK.derivedContainedInPlace))


def test_a_body_nothing_reads_goes_with_the_links_to_it_and_the_measure_stays() -> None:
    # a measure's body that no mention refers to and no post names (read only inside a post that resolved to
    # another body): the body and the measure's link to it go, the measure and the article stay
    graph = load("measure_conforms.ttl")
    measure = next(graph.subjects(RDF.type, EK.Measure))
    body = URIRef("https://w3id.org/epikg/id/organization/unread")
    graph.add((body, RDF.type, EK.Organization))
    graph.add((body, SCHEMA.name, Literal("院党委")))
    graph.add((body, EK.orgType, EK.party_committee))
    graph.add((measure, EK.orderedBy, body))
    report, dropped = drop_bad_readings(graph)
    assert report.conforms, report.text
    assert len(dropped) == 1 and "nothing on the page reads" in dropped[0]
    assert (body, None, None) not in graph and (None, None, body) not in graph
    assert (measure, RDF.type, EK.Measure) in graph and list(graph.subjects(RDF.type, EK.Article))


def test_a_body_a_post_names_is_read() -> None:
    graph = load("organization_conforms_named_by_post.ttl")
    before = len(graph)
    report, dropped = drop_bad_readings(graph)
    assert report.conforms and dropped == [] and len(graph) == before
