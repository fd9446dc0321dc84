"""Extraction -> triples under the epikg ontology. Every reading names its article and raw-page span."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import PurePath

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD
from rdflib.term import Identifier

from epikg.rdf import iris
from epikg.rdf.namespaces import EK, NIF, ORG, SCHEMA
from epikg.records import Article, EntityType, Extraction, Place, Quantity, TimeValue


@lru_cache(maxsize=8192)
def _index(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def _span(graph: PageTriples, node: URIRef, article_iri: URIRef, start: int, end: int) -> None:
    graph.add((node, EK.inArticle, article_iri))
    graph.add((node, NIF.beginIndex, _index(start)))
    graph.add((node, NIF.endIndex, _index(end)))


def add_article(graph: PageTriples, article: Article) -> URIRef:
    node = iris.article(article.doc_id)
    graph.add((node, RDF.type, EK.Article))
    graph.add((node, SCHEMA.identifier, Literal(article.doc_id)))
    graph.add((node, EK.sourcePath, Literal(article.source_path or PurePath(article.path).name)))
    graph.add((node, EK.sourceEncoding, Literal(article.encoding)))
    graph.add((node, EK.rawLength, _index(len(article.raw))))
    if article.sha256:
        graph.add((node, EK.sha256, Literal(article.sha256)))
    if article.url:
        graph.add((node, SCHEMA.url, URIRef(article.url)))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title)))
    if article.published is not None:
        graph.add((node, SCHEMA.datePublished, _date_literal(article.published)))
    for sentence in article.sentences:
        s_node = iris.sentence(article.doc_id, sentence.index)
        graph.add((s_node, RDF.type, EK.Sentence))
        _span(graph, s_node, node, *article.body.raw_span(sentence.start, sentence.end))
        graph.add((s_node, NIF.anchorOf, Literal(article.body.text[sentence.start : sentence.end])))
    return node


def _add_place(graph: PageTriples, place: Place) -> URIRef:
    """The place's triples and its parents' (stated once per page: the same place is added for each mention)."""
    node = graph.places.get(place)
    if node is not None:
        return node
    node = graph.places[place] = iris.place(place.key)
    graph.add((node, RDF.type, EK.Place))
    graph.set((node, SCHEMA.name, Literal(place.name)))
    graph.set((node, EK.adminLevel, EK[place.level]))
    if place.code:
        graph.set((node, EK.divisionCode, Literal(place.code)))
    if place.parent is not None:  # stated by the article
        graph.add((node, SCHEMA.containedInPlace, _add_place(graph, place.parent)))
    if place.derived_parent is not None:  # supplied by the gazetteer: its own predicate
        graph.add((node, EK.derivedContainedInPlace, _add_place(graph, place.derived_parent)))
    return node


class PageTriples:
    """One article's triples as the mapping states them: distinct, in the order first stated, where `set`
    replaces what the subject had for that predicate (as rdflib's Graph.set). Collected apart from any rdflib
    graph: the mapping states many triples twice (a place for each mention of it), and a graph's store
    costs more per call than a dict."""

    def __init__(self) -> None:
        self._objects: dict[tuple[URIRef, URIRef], dict[Identifier, None]] = {}
        self.replaced: set[tuple[URIRef, URIRef]] = set()
        """The (subject, predicate) pairs stated by `set`: a graph holding an earlier value loses it."""
        self.places: dict[Place, URIRef] = {}
        """The places stated so far, to their nodes."""

    def add(self, triple: tuple[URIRef, URIRef, Identifier]) -> None:
        subject, predicate, obj = triple
        self._objects.setdefault((subject, predicate), {})[obj] = None

    def set(self, triple: tuple[URIRef, URIRef, Identifier]) -> None:
        subject, predicate, obj = triple
        self._objects[(subject, predicate)] = {obj: None}
        self.replaced.add((subject, predicate))

    def __iter__(self) -> Iterator[tuple[URIRef, URIRef, Identifier]]:
        for (subject, predicate), objects in self._objects.items():
            for obj in objects:
                yield subject, predicate, obj

    def __len__(self) -> int:
        return sum(len(objects) for objects in self._objects.values())


def add_extraction(graph: Graph, extraction: Extraction) -> None:
    """All triples for one article (see `extraction_triples`), added to the graph: what the graph held for a
    predicate the mapping sets (an entity's schema:name) is replaced."""
    add_triples(graph, extraction_triples(extraction))


def add_triples(graph: Graph, triples: PageTriples) -> None:
    """A page's triples added to the graph, what it held for a predicate they `set` replaced."""
    for subject, predicate in triples.replaced:
        graph.remove((subject, predicate, None))
    graph.addN((s, p, o, graph) for s, p, o in triples)


def extraction_triples(extraction: Extraction) -> PageTriples:
    """All triples for one article: the article, its sentences, entities, mentions, posts and credits."""
    graph = PageTriples()
    article = extraction.article
    article_iri = add_article(graph, article)
    entities = _Entities(graph, extraction)
    sentence_starts = [s.start for s in article.sentences]

    def sentence_of(start: int, end: int) -> URIRef | None:
        i = bisect_right(sentence_starts, start) - 1
        if i >= 0 and end <= article.sentences[i].end:
            return iris.sentence(article.doc_id, article.sentences[i].index)
        return None

    def reading(kind: str, cls: URIRef, start: int, end: int, key: str) -> URIRef:
        raw_start, raw_end = article.body.raw_span(start, end)
        node = iris.reading(article.doc_id, kind, raw_start, raw_end, key)
        graph.add((node, RDF.type, cls))
        _span(graph, node, article_iri, raw_start, raw_end)
        sentence = sentence_of(start, end)
        if sentence is not None:
            graph.add((node, EK.inSentence, sentence))
        return node

    for mention in extraction.mentions:
        node = reading("mention", EK.Mention, mention.start, mention.end, mention.text)
        graph.add((node, NIF.anchorOf, Literal(mention.text)))
        graph.add((node, EK.refersTo, entities.get(mention.type, mention.key)))
        graph.add((node, EK.foundBy, Literal(mention.source)))
        if mention.name and mention.name != mention.text:
            graph.add((node, EK.standsFor, Literal(mention.name)))

    named = dict.fromkeys(m.key for m in extraction.mentions if m.type is EntityType.PLACE)
    for place in (extraction.places[name] for name in named):  # where the article states each containment
        if place.parent is not None and place.stated_at is not None:
            parent = place.parent
            node = reading("containment", EK.Containment, *place.stated_at, parent.name)
            graph.add((node, EK.place, _add_place(graph, place)))
            graph.add((node, EK.parentPlace, _add_place(graph, parent)))
            graph.add((node, EK.basis, Literal(place.stated_by)))

    for post in extraction.posts:
        node = reading("post", EK.Post, post.start, post.end, post.title)
        graph.add((node, ORG.member, entities.get(EntityType.PERSON, post.person)))
        graph.add((node, EK.title, Literal(post.title)))
        graph.add((node, ORG.role, _role(graph, post.title)))
        if post.organization:
            graph.add((node, ORG.organization, entities.organization(post.organization)))

    for quantity in extraction.quantities:
        _quantity(graph, quantity, reading)

    for measure in extraction.measures:
        key = measure.category if measure.phase == "ordered" else f"{measure.category}.{measure.phase}"
        node = reading("measure", EK.Measure, measure.start, measure.end, key)
        graph.add((node, EK.category, EK[f"measure_{measure.category}"]))
        graph.add((node, EK.trigger, Literal(measure.trigger)))
        graph.add((node, EK.phase, EK[measure.phase]))
        if (
            measure.place is not None
        ):  # an article may name no place at all (`我县`): the measure still stands
            graph.add((node, EK.appliesTo, _add_place(graph, measure.place)))
        if measure.elsewhere:
            graph.add((node, EK.outsideArticleArea, Literal(True)))
        if measure.ordered_by is not None:
            graph.add((node, EK.orderedBy, entities.organization(measure.ordered_by)))
        for quantity in measure.quantities:
            graph.add((node, EK.hasQuantity, _quantity(graph, quantity, reading)))
        if measure.time is not None and measure.phase == "lifted":
            _add_lifting_time(graph, node, measure.time)
        elif measure.time is not None:
            _add_time(graph, node, measure.time)

    if article.outlet and article.outlet_span:
        outlet = entities.get(EntityType.ORGANIZATION, article.outlet)
        graph.add((article_iri, SCHEMA.publisher, outlet))
        _source_mention(
            graph, article, article_iri, outlet, article.outlet, article.outlet_span, "source-line"
        )

    for body in article.page_bodies:
        organization = entities.get(EntityType.ORGANIZATION, body.name)
        _source_mention(
            graph, article, article_iri, organization, body.name, (body.start, body.end), "page-line"
        )

    for byline in article.bylines:
        person = entities.get(EntityType.PERSON, byline.name)
        span = (byline.start, byline.end)
        _source_mention(graph, article, article_iri, person, byline.name, span, "byline")
        credit = iris.reading(article.doc_id, "credit", byline.start, byline.end, byline.role or "-")
        graph.add((credit, RDF.type, EK.Credit))
        _span(graph, credit, article_iri, *span)
        graph.add((credit, EK.person, person))
        if byline.role:
            graph.add((credit, EK.roleName, Literal(byline.role)))
    return graph


def _quantity(graph: PageTriples, quantity: Quantity, reading) -> URIRef:  # noqa: ANN001 - the reading() closure
    node = reading("quantity", EK.Quantity, quantity.start, quantity.end, quantity.text)
    graph.set((node, EK.value, _decimal(quantity.value)))
    graph.set((node, EK.unit, Literal(quantity.unit)))
    graph.set((node, EK.approx, Literal(quantity.approx)))
    if quantity.counts:
        graph.set((node, EK.counts, Literal(quantity.counts)))
    if quantity.upper is not None:
        graph.set((node, EK.upperValue, _decimal(quantity.upper)))
    return node


def _decimal(value: Decimal) -> Literal:
    """xsd:decimal in its canonical form (`12.0`), so graphs compare equal after a round trip through Turtle."""
    text = format(value.normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _date_literal(value: date | datetime) -> Literal:
    datatype = XSD.dateTime if isinstance(value, datetime) else XSD.date
    return Literal(value.isoformat(), datatype=datatype)


def _add_time(graph: PageTriples, node: URIRef, time: TimeValue) -> None:
    graph.add((node, EK.timeText, Literal(time.text)))
    if time.begin is not None:
        graph.add((node, SCHEMA.startDate, _date_literal(time.begin)))
    if time.until is not None:
        graph.add((node, SCHEMA.endDate, _date_literal(time.until)))


def _add_lifting_time(graph: PageTriples, node: URIRef, time: TimeValue) -> None:
    """A lifting dates the end of what it lifts: its day is the measure's schema:endDate, never a start."""
    graph.add((node, EK.timeText, Literal(time.text)))
    day = time.until or time.begin  # `截至4月4日已解封` and `4月4日起恢复通行` both end on 4 April
    if day is not None:
        graph.add((node, SCHEMA.endDate, _date_literal(day)))


def _role(graph: PageTriples, title: str) -> URIRef:
    node = iris.role(title)
    graph.add((node, RDF.type, ORG.Role))
    graph.set((node, SKOS.prefLabel, Literal(title, lang="zh")))
    return node


def _source_mention(
    graph: PageTriples,
    article: Article,
    article_iri: URIRef,
    entity: URIRef,
    text: str,
    span: tuple[int, int],
    source: str,
) -> None:
    node = iris.reading(article.doc_id, source, span[0], span[1], text)
    graph.add((node, RDF.type, EK.Mention))
    _span(graph, node, article_iri, *span)
    graph.add((node, NIF.anchorOf, Literal(text)))
    graph.add((node, EK.refersTo, entity))
    graph.add((node, EK.foundBy, Literal(source)))


def _scope(extraction: Extraction) -> str | None:
    """What tells namesakes apart: the article's county, else its prefecture."""
    for level in ("county", "prefecture"):
        if level in extraction.locality:
            return extraction.locality[level].key
    return None


class _Entities:
    """Entity IRIs for one article, minted from names with the article's places, bodies and scope."""

    def __init__(self, graph: PageTriples, extraction: Extraction) -> None:
        self.graph = graph
        self.extraction = extraction

    def get(self, kind: EntityType, name: str) -> URIRef:
        if kind is EntityType.PLACE:
            return _add_place(self.graph, self.extraction.places[name])
        if kind is EntityType.ORGANIZATION:
            return self.organization(self.extraction.organizations.get(name, name))
        scope = self.extraction.seats.get(name) or _scope(self.extraction)
        return self._named(iris.person(name, scope), EK.Person, name)

    def organization(self, name: str) -> URIRef:
        """Resolved bodies are shared across articles; a bare one (`党委`) stays inside its article."""
        body = self.extraction.bodies[name]
        node = self._named(iris.organization(body.name, body.scope), EK.Organization, body.name)
        self.graph.set((node, EK.orgType, EK[body.type]))
        return node

    def _named(self, node: URIRef, cls: URIRef, name: str) -> URIRef:
        self.graph.add((node, RDF.type, cls))
        self.graph.set((node, SCHEMA.name, Literal(name)))
        return node
