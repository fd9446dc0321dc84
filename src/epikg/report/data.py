"""What the report shows, read from the graph with SPARQL (as a user's query would), as plain records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rdflib import Graph

from epikg.store import run_query
from epikg.store.results import Value

PREFIXES = """\
PREFIX ek:     <https://w3id.org/epikg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX org:    <http://www.w3.org/ns/org#>
"""

ARTICLES = (
    PREFIXES
    + """
SELECT ?article ?id ?headline ?date ?publisher ?path WHERE {
  ?article a ek:Article ; schema:identifier ?id .
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:publisher/schema:name ?publisher }
  OPTIONAL { ?article ek:sourcePath ?path }
} ORDER BY ?id ?article"""
)

SENTENCES = (
    PREFIXES
    + """
SELECT ?sentence ?text ?begin ?end ?article WHERE {
  ?sentence a ek:Sentence ; nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:endIndex ?end ; ek:inArticle ?article .
} ORDER BY ?article ?begin ?sentence"""
)

CATEGORIES = (
    PREFIXES
    + """
SELECT ?category ?notation ?zh ?en ?oxcgrt WHERE {
  ?category a ek:MeasureCategory ; skos:notation ?notation .
  OPTIONAL { ?category skos:prefLabel ?zh FILTER (LANG(?zh) = "zh") }
  OPTIONAL { ?category skos:prefLabel ?en FILTER (LANG(?en) = "en") }
  OPTIONAL { ?category ek:oxcgrtIndicator ?oxcgrt }
} ORDER BY ?notation"""
)

# Counties are reached through stated containment only (schema:containedInPlace), never the gazetteer's.
MEASURES = (
    PREFIXES
    + """
SELECT ?measure ?notation ?place ?placeName ?county ?countyName ?start ?end ?time ?trigger ?body
       ?article ?begin ?stop ?sentence WHERE {
  ?measure a ek:Measure ; ek:category/skos:notation ?notation ; ek:inArticle ?article ;
           nif:beginIndex ?begin ; nif:endIndex ?stop .
  OPTIONAL {
    ?measure ek:appliesTo ?place . ?place schema:name ?placeName .
    OPTIONAL { ?place schema:containedInPlace* ?county . ?county ek:adminLevel ek:county ; schema:name ?countyName }
  }
  OPTIONAL { ?measure schema:startDate ?start }
  OPTIONAL { ?measure schema:endDate ?end }
  OPTIONAL { ?measure ek:timeText ?time }
  OPTIONAL { ?measure ek:trigger ?trigger }
  OPTIONAL { ?measure ek:orderedBy/schema:name ?body }
  OPTIONAL { ?measure ek:inSentence ?sentence }
} ORDER BY ?countyName ?start ?notation ?article ?begin ?measure ?place"""
)

POSTS = (
    PREFIXES
    + """
SELECT ?post ?person ?name ?title ?organization ?article ?begin ?stop ?sentence WHERE {
  ?post a ek:Post ; org:member ?person ; ek:inArticle ?article ; nif:beginIndex ?begin ; nif:endIndex ?stop .
  ?person schema:name ?name .
  OPTIONAL { ?post ek:title ?title }
  OPTIONAL { ?post org:organization/schema:name ?organization }
  OPTIONAL { ?post ek:inSentence ?sentence }
} ORDER BY ?name ?person ?title ?organization ?article ?begin"""
)

PLACES = (
    PREFIXES
    + """
SELECT ?place ?name ?level ?code WHERE {
  ?place a ek:Place ; schema:name ?name .
  OPTIONAL { ?place ek:adminLevel/skos:notation ?level }
  OPTIONAL { ?place ek:divisionCode ?code }
} ORDER BY ?name ?place"""
)

STATED_PARENTS = (
    PREFIXES
    + """
SELECT ?place ?parent WHERE { ?place schema:containedInPlace ?parent } ORDER BY ?place ?parent"""
)

DERIVED_PARENTS = (
    PREFIXES
    + """
SELECT ?place ?parent WHERE {
  ?place ek:derivedContainedInPlace ?parent .
  FILTER NOT EXISTS { ?place schema:containedInPlace ?parent }
} ORDER BY ?place ?parent"""
)

CONTAINMENTS = (
    PREFIXES
    + """
SELECT ?place ?parent ?basis ?article ?begin ?stop ?sentence WHERE {
  ?reading a ek:Containment ; ek:place ?place ; ek:parentPlace ?parent ; ek:inArticle ?article ;
           nif:beginIndex ?begin ; nif:endIndex ?stop .
  OPTIONAL { ?reading ek:basis ?basis }
  OPTIONAL { ?reading ek:inSentence ?sentence }
} ORDER BY ?place ?parent ?article ?begin"""
)

MENTIONS = (
    PREFIXES
    + """
SELECT ?entity ?text ?article ?begin ?stop ?sentence WHERE {
  ?mention a ek:Mention ; ek:refersTo ?entity ; nif:anchorOf ?text ; ek:inArticle ?article ;
           nif:beginIndex ?begin ; nif:endIndex ?stop .
  OPTIONAL { ?mention ek:inSentence ?sentence }
} ORDER BY ?entity ?article ?begin"""
)

QUANTITIES = (
    PREFIXES
    + """
SELECT ?quantity ?value ?unit ?counts ?approx ?notation ?county ?countyName ?article ?begin ?stop ?sentence WHERE {
  ?quantity a ek:Quantity ; ek:value ?value ; ek:inArticle ?article ; nif:beginIndex ?begin ; nif:endIndex ?stop .
  OPTIONAL { ?quantity ek:unit ?unit }
  OPTIONAL { ?quantity ek:counts ?counts }
  OPTIONAL { ?quantity ek:approx ?approx }
  OPTIONAL { ?quantity ek:inSentence ?sentence }
  OPTIONAL {
    ?measure ek:hasQuantity ?quantity ; ek:category/skos:notation ?notation .
    OPTIONAL {
      ?measure ek:appliesTo/schema:containedInPlace* ?county .
      ?county ek:adminLevel ek:county ; schema:name ?countyName
    }
  }
} ORDER BY ?countyName ?notation DESC(?value) ?article ?begin ?quantity"""
)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: its article, the span in the raw page and the sentence holding it."""

    article: str
    begin: int
    end: int
    sentence: str | None
    text: str = ""  # the words read, to mark inside the sentence


@dataclass(frozen=True)
class Article:
    iri: str
    identifier: str
    headline: str
    published: str
    publisher: str
    path: str


@dataclass(frozen=True)
class Sentence:
    iri: str
    text: str
    begin: int
    end: int
    article: str


@dataclass(frozen=True)
class Category:
    notation: str
    label_zh: str
    label_en: str
    oxcgrt: str


@dataclass(frozen=True)
class MeasureFact:
    category: str
    place: str
    county: str | None  # county IRI by stated containment
    county_name: str
    start: str  # ISO date or ""
    end: str
    time_text: str
    trigger: str
    body: str
    evidence: Evidence


@dataclass(frozen=True)
class PostFact:
    person: str
    name: str
    title: str
    organization: str
    evidence: Evidence


@dataclass(frozen=True)
class Place:
    iri: str
    name: str
    level: str
    code: str


@dataclass(frozen=True)
class QuantityFact:
    value: float
    unit: str
    counts: str
    approx: bool
    category: str
    county_name: str
    evidence: Evidence


@dataclass
class ReportData:
    """Everything the page shows; facts carry their Evidence."""

    articles: dict[str, Article] = field(default_factory=dict)
    sentences: dict[str, Sentence] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    measures: list[MeasureFact] = field(default_factory=list)
    posts: list[PostFact] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    stated_parents: dict[str, list[str]] = field(default_factory=dict)
    derived_parents: dict[str, list[str]] = field(default_factory=dict)
    containments: dict[tuple[str, str], list[Evidence]] = field(default_factory=dict)
    mentions: dict[str, list[Evidence]] = field(default_factory=dict)
    quantities: list[QuantityFact] = field(default_factory=list)
    triples: int = 0


def _s(value: Value) -> str:
    return "" if value is None else str(value)


def _date(value: Value) -> str:
    text = _s(value)[:10]
    return text if len(text) == 10 and text[4] == "-" else ""


def _evidence(row: Mapping[str, Value], text: str = "") -> Evidence:
    sentence = row.get("sentence")
    return Evidence(
        _s(row["article"]),
        int(row["begin"] or 0),
        int(row["stop"] or 0),  # type: ignore[arg-type]
        None if sentence is None else str(sentence),
        text,
    )


def _rows(graph: Graph, query: str) -> list[dict[str, Value]]:
    return run_query(query, graph=graph).as_dicts()


def gather(graph: Graph) -> ReportData:
    """Read the report's facts from `graph` with the queries above."""
    data = ReportData(triples=len(graph))
    for r in _rows(graph, ARTICLES):
        iri = _s(r["article"])
        if iri not in data.articles:
            data.articles[iri] = Article(
                iri, _s(r["id"]), _s(r["headline"]), _s(r["date"]), _s(r["publisher"]), _s(r["path"])
            )
    for r in _rows(graph, SENTENCES):
        data.sentences[_s(r["sentence"])] = Sentence(
            _s(r["sentence"]),
            _s(r["text"]),
            int(r["begin"] or 0),  # type: ignore[arg-type]
            int(r["end"] or 0),
            _s(r["article"]),
        )  # type: ignore[arg-type]
    for r in _rows(graph, CATEGORIES):
        data.categories.setdefault(
            _s(r["notation"]), Category(_s(r["notation"]), _s(r["zh"]), _s(r["en"]), _s(r["oxcgrt"]))
        )
    _gather_measures(graph, data)
    _gather_places(graph, data)
    for r in _rows(graph, POSTS):
        data.posts.append(
            PostFact(
                _s(r["person"]),
                _s(r["name"]),
                _s(r["title"]),
                _s(r["organization"]),
                _evidence(r, _s(r["name"])),
            )
        )
    for r in _rows(graph, QUANTITIES):
        data.quantities.append(
            QuantityFact(
                float(r["value"] or 0),
                _s(r["unit"]),
                _s(r["counts"]),  # type: ignore[arg-type]
                bool(r["approx"]),
                _s(r["notation"]),
                _s(r["countyName"]),
                _evidence(r),
            )
        )
    data.quantities = list(dict.fromkeys(data.quantities))
    return data


def _gather_measures(graph: Graph, data: ReportData) -> None:
    seen: set[tuple[str, str | None]] = set()
    for r in _rows(graph, MEASURES):
        key = (_s(r["measure"]), _s(r["county"]) or None)
        if key in seen:  # one measure counts once per county, whatever path reached it
            continue
        seen.add(key)
        data.measures.append(
            MeasureFact(
                _s(r["notation"]),
                _s(r["placeName"]),
                key[1],
                _s(r["countyName"]),
                _date(r["start"]),
                _date(r["end"]),
                _s(r["time"]),
                _s(r["trigger"]),
                _s(r["body"]),
                _evidence(r, _s(r["trigger"])),
            )
        )


def _gather_places(graph: Graph, data: ReportData) -> None:
    for r in _rows(graph, PLACES):
        iri = _s(r["place"])
        if iri not in data.places:
            data.places[iri] = Place(iri, _s(r["name"]), _s(r["level"]), _s(r["code"]))
    for query, target in ((STATED_PARENTS, data.stated_parents), (DERIVED_PARENTS, data.derived_parents)):
        for r in _rows(graph, query):
            target.setdefault(_s(r["place"]), []).append(_s(r["parent"]))
    for r in _rows(graph, CONTAINMENTS):
        data.containments.setdefault((_s(r["place"]), _s(r["parent"])), []).append(_evidence(r))
    for r in _rows(graph, MENTIONS):
        entity = _s(r["entity"])
        if entity in data.places:
            data.mentions.setdefault(entity, []).append(_evidence(r, _s(r["text"])))
