"""Extraction -> triples under the epikg ontology. Every reading names its article and raw-page span."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from datetime import datetime

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from epikg.extract.places import Place, resolve
from epikg.rdf import iris
from epikg.rdf.namespaces import EK, NIF, SCHEMA
from epikg.records import Article, EntityType, Extraction, Mention

_CLASS = {EntityType.PERSON: EK.Person, EntityType.PLACE: EK.Place, EntityType.ORGANIZATION: EK.Organization}


def _index(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def _span(graph: Graph, node: URIRef, article_iri: URIRef, start: int, end: int) -> None:
    graph.add((node, EK.inArticle, article_iri))
    graph.add((node, NIF.beginIndex, _index(start)))
    graph.add((node, NIF.endIndex, _index(end)))


def add_article(graph: Graph, article: Article) -> URIRef:
    node = iris.article(article.doc_id)
    graph.add((node, RDF.type, EK.Article))
    graph.add((node, SCHEMA.identifier, Literal(article.doc_id)))
    graph.add((node, EK.sourcePath, Literal(article.path)))
    graph.add((node, EK.sourceEncoding, Literal(article.encoding)))
    graph.add((node, EK.rawLength, _index(len(article.raw))))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title)))
    if article.published is not None:
        datatype = XSD.dateTime if isinstance(article.published, datetime) else XSD.date
        graph.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=datatype)))
    for sentence in article.sentences:
        s_node = iris.sentence(article.doc_id, sentence.index)
        graph.add((s_node, RDF.type, EK.Sentence))
        _span(graph, s_node, node, *article.body.raw_span(sentence.start, sentence.end))
        graph.add((s_node, NIF.anchorOf, Literal(article.body.text[sentence.start : sentence.end])))
    return node


def article_scope(places: dict[str, Place], mentions: tuple[Mention, ...]) -> str | None:
    """The county (else prefecture) the article is about: the one its place mentions point to most."""
    votes: Counter[tuple[int, str]] = Counter()
    for mention in mentions:
        place = places.get(mention.text)
        while place is not None:
            if place.level in ("county", "prefecture"):
                votes[(0 if place.level == "county" else 1, place.key)] += 1
            place = place.parent
    if not votes:
        return None
    best_rank = min(rank for rank, _ in votes)
    return max((key for rank, key in votes if rank == best_rank), key=lambda k: (votes[(best_rank, k)], k))


def _add_place(graph: Graph, place: Place) -> URIRef:
    node = iris.place(place.key)
    graph.add((node, RDF.type, EK.Place))
    graph.set((node, SCHEMA.name, Literal(place.name)))
    graph.set((node, EK.adminLevel, EK[place.level]))
    if place.code:
        graph.set((node, EK.divisionCode, Literal(place.code)))
    if place.parent is not None:
        graph.add((node, SCHEMA.containedInPlace, _add_place(graph, place.parent)))
    return node


def add_extraction(graph: Graph, extraction: Extraction) -> None:
    """All triples for one article: the article, its sentences, entities, mentions and credits."""
    article = extraction.article
    article_iri = add_article(graph, article)
    places = resolve(m.text for m in extraction.mentions if m.type is EntityType.PLACE)
    scope = article_scope(places, extraction.mentions)
    sentence_starts = [s.start for s in article.sentences]

    for mention in extraction.mentions:
        entity = _entity(graph, mention.type, mention.text, places, scope)
        start, end = article.body.raw_span(mention.start, mention.end)
        node = iris.reading(article.doc_id, "mention", start, end, mention.text)
        graph.add((node, RDF.type, EK.Mention))
        _span(graph, node, article_iri, start, end)
        graph.add((node, NIF.anchorOf, Literal(mention.text)))
        graph.add((node, EK.refersTo, entity))
        graph.add((node, EK.foundBy, Literal(mention.source)))
        i = bisect_right(sentence_starts, mention.start) - 1
        if i >= 0 and mention.end <= article.sentences[i].end:
            graph.add((node, EK.inSentence, iris.sentence(article.doc_id, article.sentences[i].index)))

    if article.outlet and article.outlet_span:
        outlet = _entity(graph, EntityType.ORGANIZATION, article.outlet, places, scope)
        graph.add((article_iri, SCHEMA.publisher, outlet))
        _source_mention(graph, article, article_iri, outlet, article.outlet, article.outlet_span, "source-line")

    for byline in article.bylines:
        person = _entity(graph, EntityType.PERSON, byline.name, places, scope)
        span = (byline.start, byline.end)
        _source_mention(graph, article, article_iri, person, byline.name, span, "byline")
        credit = iris.reading(article.doc_id, "credit", byline.start, byline.end, byline.role or "-")
        graph.add((credit, RDF.type, EK.Credit))
        _span(graph, credit, article_iri, *span)
        graph.add((credit, EK.person, person))
        if byline.role:
            graph.add((credit, EK.roleName, Literal(byline.role)))


def _source_mention(
    graph: Graph, article: Article, article_iri: URIRef, entity: URIRef, text: str, span: tuple[int, int], source: str
) -> None:
    node = iris.reading(article.doc_id, source, span[0], span[1], text)
    graph.add((node, RDF.type, EK.Mention))
    _span(graph, node, article_iri, *span)
    graph.add((node, NIF.anchorOf, Literal(text)))
    graph.add((node, EK.refersTo, entity))
    graph.add((node, EK.foundBy, Literal(source)))


def _entity(graph: Graph, kind: EntityType, name: str, places: dict[str, Place], scope: str | None) -> URIRef:
    if kind is EntityType.PLACE:
        place = places.get(name) or resolve([name])[name]
        return _add_place(graph, place)
    node = iris.person(name, scope) if kind is EntityType.PERSON else iris.organization(name)
    graph.add((node, RDF.type, _CLASS[kind]))
    graph.set((node, SCHEMA.name, Literal(name)))
    return node
