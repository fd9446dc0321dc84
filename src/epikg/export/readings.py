"""Measure readings as the exports need them, read with SPARQL from an rdflib graph or any SPARQL endpoint.

A place's county (or township) is what articles state (schema:containedInPlace, followed
transitively), never the gazetteer's ek:derivedContainedInPlace; so are the counties a city-wide
measure covers (those stated to lie in its city).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rdflib import Graph

from epikg.rdf.namespaces import EK
from epikg.rdf.vocabulary import measure_scheme
from epikg.store import QueryResult, StoreError, run_query
from epikg.store.results import DEFAULT_GRAPH_IRI

_PREFIXES = """PREFIX ek: <https://w3id.org/epikg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""

MEASURES_QUERY = (
    _PREFIXES
    + """
SELECT ?measure ?article ?published ?category ?phase ?start ?end ?begin ?trigger ?sentence ?quote ?place ?body
WHERE {
  ?measure a ek:Measure ; ek:category ?cat ; ek:inArticle ?art ; ek:trigger ?trigger .
  ?cat skos:notation ?category .
  ?art schema:identifier ?article .
  OPTIONAL { ?art schema:datePublished ?published }
  OPTIONAL { ?measure ek:phase ?phase }
  OPTIONAL { ?measure schema:startDate ?start }
  OPTIONAL { ?measure schema:endDate ?end }
  OPTIONAL { ?measure nif:beginIndex ?begin }
  OPTIONAL { ?measure ek:inSentence ?sentence . OPTIONAL { ?sentence nif:anchorOf ?quote } }
  OPTIONAL { ?measure ek:appliesTo ?place }
  OPTIONAL { ?measure ek:orderedBy/schema:name ?body }
}
ORDER BY ?measure ?article ?published ?category ?phase ?start ?end ?begin ?trigger ?sentence ?quote ?place ?body
"""
)

PLACES_QUERY = (
    _PREFIXES
    + """
SELECT DISTINCT ?place ?name ?level ?code ?ancestor
WHERE {
  ?measure a ek:Measure ; ek:appliesTo ?place .
  ?place schema:name ?name .
  OPTIONAL { ?place ek:adminLevel ?level }
  OPTIONAL { ?place ek:divisionCode ?code }
  # p/p* rather than p+: Virtuoso 7.2 drops the rows of places without an ancestor from OPTIONAL { p+ }
  OPTIONAL { ?place schema:containedInPlace/schema:containedInPlace* ?ancestor }
}
ORDER BY ?place ?name ?level ?code ?ancestor
"""
)

ANCESTORS_QUERY = (
    _PREFIXES
    + """
SELECT DISTINCT ?place ?name ?level ?code
WHERE {
  ?measure a ek:Measure ; ek:appliesTo ?start .
  ?start schema:containedInPlace+ ?place .
  ?place schema:name ?name .
  OPTIONAL { ?place ek:adminLevel ?level }
  OPTIONAL { ?place ek:divisionCode ?code }
}
ORDER BY ?place ?name ?level ?code
"""
)

COVERED_QUERY = (
    _PREFIXES
    + """
SELECT DISTINCT ?city ?place ?name ?level ?code
WHERE {
  ?measure a ek:Measure ; ek:appliesTo ?city .
  ?city ek:adminLevel ek:prefecture .
  ?place schema:containedInPlace/schema:containedInPlace* ?city ; ek:adminLevel ek:county ; schema:name ?name .
  BIND (ek:county AS ?level)
  OPTIONAL { ?place ek:divisionCode ?code }
}
ORDER BY ?city ?place ?name ?level ?code
"""
)

QUANTITIES_QUERY = (
    _PREFIXES
    + """
SELECT ?measure ?quantity ?begin ?value ?upper ?unit ?counts ?approx
WHERE {
  ?measure a ek:Measure ; ek:hasQuantity ?quantity .
  ?quantity ek:value ?value ; ek:unit ?unit .
  OPTIONAL { ?quantity nif:beginIndex ?begin }
  OPTIONAL { ?quantity ek:upperValue ?upper }
  OPTIONAL { ?quantity ek:counts ?counts }
  OPTIONAL { ?quantity ek:approx ?approx }
}
ORDER BY ?measure ?quantity ?begin ?value ?upper ?unit ?counts ?approx
"""
)

CODES_QUERY = (
    _PREFIXES
    + """
SELECT DISTINCT ?category ?label ?property ?code
WHERE {
  ?cat skos:notation ?category .
  { ?cat a ek:MeasureCategory } UNION { ?cat skos:inScheme ek:MeasureScheme }
  OPTIONAL { ?cat skos:prefLabel ?label . FILTER (LANG(?label) = "zh") }
  OPTIONAL {
    VALUES ?property { ek:oxcgrtIndicator ek:coronanetPolicyType ek:whoPhsmCode }
    ?cat ?property ?code
  }
}
ORDER BY ?category ?label ?property ?code
"""
)


@dataclass(frozen=True)
class PlaceRef:
    """A place as the graph names it: its IRI, name, admin level (county, township, ...) and division code."""

    iri: str
    name: str
    level: str | None
    code: str | None


@dataclass(frozen=True)
class CategoryCodes:
    """A category's label and its codes in the trackers, from the SKOS measure scheme."""

    label: str = ""
    oxcgrt: tuple[str, ...] = ()
    coronanet: tuple[str, ...] = ()
    phsm: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeasureReading:
    """One ek:Measure with what the exports write about it."""

    iri: str
    article: str
    published: date | None
    category: str
    phase: str  # ordered or lifted
    start: date | None
    end: date | None
    begin: int  # where its trigger starts in the raw page, to keep an article's rows in reading order
    trigger: str
    sentence: str  # the evidence sentence's IRI (empty where the graph names none)
    quote: str
    place: PlaceRef | None
    ancestors: tuple[PlaceRef, ...]  # what articles state the place lies in, at every level above
    ordered_by: str | None
    quantities: tuple[str, ...]  # `12 个 (卡点)`, `~550000 人次`, in reading order
    codes: CategoryCodes
    covers: tuple[PlaceRef, ...] = ()  # where its place is a city: the counties stated to lie in it

    @property
    def day(self) -> date | None:
        """The day the measure is read for: its start, else its end (`截至`, a lifting), else the publication."""
        return self.start or self.end or self.published

    def unit(self, level: str) -> PlaceRef | None:
        """The place of `level` the measure applies to, or the one its place is stated to lie in."""
        if self.place is not None and self.place.level == level:
            return self.place
        return next((a for a in self.ancestors if a.level == level), None)


def read_measures(
    *,
    graph: Graph | None = None,
    endpoint: str | None = None,
    graph_iris: Sequence[str] = (DEFAULT_GRAPH_IRI,),
) -> list[MeasureReading]:
    """Every measure of a graph (in-process) or of a SPARQL endpoint (the graph `epikg load` writes, unless
    `graph_iris` names others), in article and reading order.

    Every query is ordered, so a server's row cap (Virtuoso's ResultSetMaxRows) is read around in pages; a
    result still cut is a StoreError, never a table silently short of measures."""

    def query(text: str) -> QueryResult:
        if endpoint is None:
            return run_query(text, graph=graph)
        result = run_query(text, endpoint=endpoint, graph_iris=graph_iris)
        if result.cut:  # every query here is ordered, so a cap is read around in pages; this is what is left
            raise StoreError(
                f"{endpoint} returns at most {result.row_cap} rows and the measures could not all be read"
            )
        return result

    places = _places(query(PLACES_QUERY), query(ANCESTORS_QUERY))
    covered = _covered(query(COVERED_QUERY))
    quantities = _quantities(query(QUANTITIES_QUERY))
    codes = _codes(query(CODES_QUERY))
    readings = []
    seen: set[str] = set()
    for row in query(MEASURES_QUERY).as_dicts():
        iri = str(row["measure"])
        if iri in seen:  # a second sentence text or body name of one measure: keep the first
            continue
        seen.add(iri)
        place = places.get(str(row["place"])) if row["place"] is not None else None
        category = str(row["category"])
        readings.append(MeasureReading(
            iri=iri,
            article=str(row["article"]),
            published=_day(row["published"]),
            category=category,
            phase=_local(row["phase"]) if row["phase"] is not None else "ordered",
            start=_day(row["start"]),
            end=_day(row["end"]),
            begin=int(row["begin"]) if isinstance(row["begin"], int) else 0,
            trigger=str(row["trigger"]),
            sentence=str(row["sentence"] or ""),
            quote=str(row["quote"] or ""),
            place=place[0] if place else None,
            ancestors=place[1] if place else (),
            ordered_by=str(row["body"]) if row["body"] is not None else None,
            quantities=tuple(text for _, text in sorted(quantities.get(iri, []))),
            codes=codes.get(category, CategoryCodes()),
            covers=covered.get(str(row["place"]), ()),
        ))  # fmt: skip
    readings.sort(key=lambda r: (r.article, r.begin, r.category, r.phase, r.iri))
    return readings


def _places(
    rows: QueryResult, ancestor_rows: QueryResult
) -> dict[str, tuple[PlaceRef, tuple[PlaceRef, ...]]]:
    """Each measure's place with its stated ancestors (sorted by IRI: a stated chain has one place per level)."""
    refs: dict[str, PlaceRef] = {}
    for row in ancestor_rows.as_dicts():
        refs.setdefault(str(row["place"]), _place_ref(row))
    ancestors: dict[str, set[str]] = defaultdict(set)
    for row in rows.as_dicts():
        refs.setdefault(str(row["place"]), _place_ref(row))
        if row["ancestor"] is not None:
            ancestors[str(row["place"])].add(str(row["ancestor"]))
    return {
        iri: (refs[iri], tuple(refs[a] for a in sorted(ancestors[iri]) if a in refs))
        for iri in {str(r["place"]) for r in rows.as_dicts()}
    }


def _covered(rows: QueryResult) -> dict[str, tuple[PlaceRef, ...]]:
    """For each city a measure applies to, the counties stated to lie in it, sorted by IRI."""
    found: dict[str, dict[str, PlaceRef]] = defaultdict(dict)
    for row in rows.as_dicts():
        found[str(row["city"])].setdefault(str(row["place"]), _place_ref(row))
    return {city: tuple(by_iri[iri] for iri in sorted(by_iri)) for city, by_iri in found.items()}


def _place_ref(row: dict) -> PlaceRef:
    return PlaceRef(
        iri=str(row["place"]),
        name=str(row["name"]),
        level=_local(row["level"]) if row["level"] is not None else None,
        code=str(row["code"]) if row["code"] is not None else None,
    )


def _quantities(rows: QueryResult) -> dict[str, list[tuple[int, str]]]:
    found: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for row in rows.as_dicts():
        value = _number(row["value"])
        if row["upper"] is not None:
            value += "-" + _number(row["upper"])
        text = ("~" if row["approx"] is True else "") + f"{value} {row['unit']}"
        if row["counts"]:
            text += f" ({row['counts']})"
        begin = row["begin"] if isinstance(row["begin"], int) else 0
        found[str(row["measure"])][str(row["quantity"])] = (begin, text)
    return {measure: list(by_quantity.values()) for measure, by_quantity in found.items()}


def _codes(rows: QueryResult) -> dict[str, CategoryCodes]:
    """Codes from the graph; a category the graph does not describe takes the shipped scheme's."""
    found = _codes_of(rows)
    shipped = _codes_of(run_query(CODES_QUERY, graph=measure_scheme()))
    return {**shipped, **{c: codes for c, codes in found.items() if codes != CategoryCodes()}}


def _codes_of(rows: QueryResult) -> dict[str, CategoryCodes]:
    labels: dict[str, str] = {}
    codes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows.as_dicts():
        category = str(row["category"])
        if row["label"] is not None:
            labels[category] = str(row["label"])
        codes[category]  # noqa: B018 - a category without codes is still a category
        if row["property"] is not None:
            codes[category][_local(row["property"])].add(str(row["code"]))
    return {
        category: CategoryCodes(
            label=labels.get(category, ""),
            oxcgrt=tuple(sorted(by["oxcgrtIndicator"])),
            coronanet=tuple(sorted(by["coronanetPolicyType"])),
            phsm=tuple(sorted(by["whoPhsmCode"])),
        )
        for category, by in codes.items()
    }


def _local(iri: object) -> str:
    text = str(iri)
    return (
        text.removeprefix(str(EK)) if text.startswith(str(EK)) else text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    )


def _day(value: object) -> date | None:
    """The day of an xsd:date or xsd:dateTime lexical form; None when absent or unreadable."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _number(value: object) -> str:
    """A value as plainly as it reads: 12, 550000, 1.5."""
    number = Decimal(str(value)).normalize()
    return format(number, "f")
