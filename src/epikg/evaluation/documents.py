"""What one article says, field by field, on the gold side (JSON files) and the predicted side (the graph)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from epikg.errors import GoldError
from epikg.rdf.namespaces import PREFIXES

if TYPE_CHECKING:
    from pyoxigraph import Store
    from rdflib import Graph


@dataclass
class DocumentFacts:
    """The scorable content of one article (Simplified strings, as gold-format.md wants)."""

    doc_id: str
    published: str | None = None
    persons: set[str] = field(default_factory=set)
    titles: set[tuple[str, str]] = field(default_factory=set)
    places: dict[str, str] = field(default_factory=dict)  # name -> level
    parents: dict[str, str] = field(default_factory=dict)  # place name -> the parent the article states
    derived_parents: dict[str, str] = field(
        default_factory=dict
    )  # place name -> the gazetteer's parent (graph only)
    organizations: set[str] = field(default_factory=set)
    measures: set[str] = field(default_factory=set)
    quantities: list[tuple[float, str]] = field(default_factory=list)


def read_gold(path: Path) -> DocumentFacts:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: expected a JSON object")
    doc_id = data.get("doc_id") or path.name.removesuffix(".gold.json")
    try:
        facts = DocumentFacts(doc_id=str(doc_id), published=data.get("published"))
        for person in data.get("persons", []):
            facts.persons.add(person["name"])
            facts.titles.update((person["name"], title) for title in person.get("titles", []))
            if person.get("org"):
                facts.organizations.add(person["org"])
        for place in data.get("places", []):
            facts.places[place["name"]] = place.get("level", "other")
            if place.get("parent"):
                facts.parents[place["name"]] = place["parent"]
        facts.organizations.update(org["name"] for org in data.get("organizations", []))
        facts.measures.update(measure["category"] for measure in data.get("measures", []))
        facts.quantities.extend((float(q["value"]), str(q["unit"])) for q in data.get("quantities", []))
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"{path}: malformed entry ({type(exc).__name__}: {exc})") from exc
    return facts


def read_gold_dir(folder: Path) -> dict[str, DocumentFacts]:
    files = sorted(folder.glob("*.gold.json"))
    if not files:
        raise GoldError(f"no *.gold.json files in {folder}")
    gold = {}
    for path in files:
        facts = read_gold(path)
        gold[facts.doc_id] = facts
    return gold


_PREFIXES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())

_ENTITIES = (
    _PREFIXES
    + """
SELECT ?doc ?class ?entity ?name ?written ?levelIri WHERE {
    ?article a ek:Article ; schema:identifier ?doc .
    ?mention ek:inArticle ?article ; ek:refersTo ?entity .
    ?entity a ?class ; schema:name ?name .
    OPTIONAL { ?mention nif:anchorOf ?anchor }
    OPTIONAL { ?mention ek:standsFor ?standsFor }
    BIND (COALESCE(?standsFor, ?anchor) AS ?written)
    OPTIONAL { ?entity ek:adminLevel ?levelIri }
}"""
)

# Where each article states that a place lies in another (ek:Containment readings).
_STATED_PARENTS = (
    _PREFIXES
    + """
SELECT DISTINCT ?doc ?place ?name ?parent ?parentName WHERE {
    ?reading a ek:Containment ; ek:inArticle/schema:identifier ?doc ; ek:place ?place ; ek:parentPlace ?parent .
    ?place schema:name ?name .
    ?parent schema:name ?parentName .
}"""
)

# The gazetteer's parent of each place an article names, and of each place above it that way (not per article: the
# same wherever it is named): the gold's province of 湄潭县 lies above the prefecture the graph derives for it.
_DERIVED_PARENTS = (
    _PREFIXES
    + """
SELECT DISTINCT ?doc ?place ?name ?parent ?parentName WHERE {
    ?article a ek:Article ; schema:identifier ?doc .
    ?mention ek:inArticle ?article ; ek:refersTo ?named .
    ?named a ek:Place ; ek:derivedContainedInPlace* ?place .
    ?place schema:name ?name ; ek:derivedContainedInPlace ?parent .
    ?parent schema:name ?parentName .
}"""
)

_PUBLISHED = (
    _PREFIXES
    + """
SELECT ?doc ?date WHERE { ?article a ek:Article ; schema:identifier ?doc ; schema:datePublished ?date . }"""
)

_POSTS = (
    _PREFIXES
    + """
SELECT ?doc ?name ?title ?orgName ?begin ?end WHERE {
    ?post a ek:Post ; ek:inArticle ?article ; org:member ?person ; ek:title ?title ; nif:beginIndex ?begin ;
        nif:endIndex ?end .
    ?article schema:identifier ?doc .
    ?person schema:name ?name .
    OPTIONAL { ?post org:organization/schema:name ?orgName }
}"""
)

_CREDITS = (
    _PREFIXES
    + """
SELECT ?doc ?name ?title WHERE {
    ?credit a ek:Credit ; ek:inArticle ?article ; ek:person ?person ; ek:roleName ?title .
    ?article schema:identifier ?doc .
    ?person schema:name ?name .
}"""
)

_MEASURES = (
    _PREFIXES
    + """
SELECT ?doc ?category WHERE {
    ?measure a ek:Measure ; ek:inArticle ?article ; ek:category/skos:notation ?category .
    ?article schema:identifier ?doc .
    FILTER NOT EXISTS { ?measure ek:phase ek:lifted }  # the gold lists measures done or ordered
    FILTER NOT EXISTS { ?measure ek:outsideArticleArea true }  # in the area the article covers
}"""
)

_QUANTITIES = (
    _PREFIXES
    + """
SELECT ?doc ?quantity ?value ?unit WHERE {
    ?quantity a ek:Quantity ; ek:inArticle ?article ; ek:value ?value ; ek:unit ?unit .
    ?article schema:identifier ?doc .
}"""
)


class _Row(dict):
    """A result row: each variable's value as a string (an IRI's, a literal's lexical form), None where unbound."""

    def __getattr__(self, name: str) -> str | None:
        return self[name]


def _rows(store: Store, query: str) -> Iterator[_Row]:
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield _Row({n: (None if (term := solution[n]) is None else term.value) for n in names})


def read_predicted(graph: Graph | Store) -> dict[str, DocumentFacts]:
    """Every article's facts as the graph states them, read with SPARQL (what a user would query), run by
    Oxigraph's engine: rdflib's took 106 s of 110 to read the 193,000 triples of 2,000 short pages; an rdflib
    graph is copied in first."""
    from pyoxigraph import Store

    from epikg.store.local import store_of

    store = graph if isinstance(graph, Store) else store_of(graph)
    docs: dict[str, DocumentFacts] = {}

    def doc(doc_id: object) -> DocumentFacts:
        return docs.setdefault(str(doc_id), DocumentFacts(doc_id=str(doc_id)))

    for row in _rows(store, _PREFIXES + "SELECT ?doc WHERE { ?a a ek:Article ; schema:identifier ?doc }"):
        doc(row.doc)
    # A place is named in each article as that article writes it (恩施州, 石柱县), the longest of its forms there;
    # the gold does the same (for a scope word, `我县`, the name it stands for). Its schema:name is the
    # gazetteer's full name (恩施土家族苗族自治州).
    written: dict[tuple[str, str], str] = {}
    places: list[tuple[str, str, str]] = []
    for row in _rows(store, _ENTITIES):
        facts, name, kind = doc(row.doc), str(row.name), str(row["class"]).rsplit("#", 1)[-1]
        if kind == "Person":
            facts.persons.add(name)
        elif kind == "Organization":
            facts.organizations.add(name)
        elif kind == "Place":
            level = str(row.levelIri).rsplit("#", 1)[-1] if row.levelIri is not None else "other"
            key, form = (str(row.doc), str(row.entity)), str(row.written or name)
            written[key] = max(written.get(key, form), form, key=lambda n: (len(n), n))
            places.append((str(row.doc), str(row.entity), level))
    for doc_id, entity, level in places:
        doc(doc_id).places[written[doc_id, entity]] = level

    def named(row, place: str, name: str) -> str:  # noqa: ANN001 - a result row
        return written.get((str(row.doc), str(row[place])), str(row[name]))

    for row in _rows(store, _STATED_PARENTS):
        doc(row.doc).parents[named(row, "place", "name")] = named(row, "parent", "parentName")
    for row in _rows(store, _DERIVED_PARENTS):
        doc(row.doc).derived_parents[named(row, "place", "name")] = named(row, "parent", "parentName")
    for row in _rows(store, _PUBLISHED):
        doc(row.doc).published = str(row.date)[:10]
    # A person's `org` in the gold is the body of their last-listed post, `null` only when no post names one
    # (`镇人大主席仲华担任总指挥`: 总指挥 names none, so 镇人大): the same on this side.
    # Posts after a name all begin at it (`覃福生(县人民医院主治医师,援鄂医疗队队员)`): the last ends last.
    last_post: dict[tuple[str, str], tuple[int, int, str]] = {}
    for row in _rows(store, _POSTS):
        facts = doc(row.doc)
        facts.titles.add((str(row.name), str(row.title)))
        key = (str(row.doc), str(row.name))
        post = (int(row.begin), int(row.end), str(row.orgName or ""))
        if row.orgName is not None:
            last_post[key] = max(last_post.get(key, post), post)
    for (doc_id, _), (*_, org_name) in last_post.items():
        if org_name:
            doc(doc_id).organizations.add(org_name)
    for row in _rows(store, _CREDITS):
        doc(row.doc).titles.add((str(row.name), str(row.title)))
    # One post read twice, in full and short (防指指挥长, then 指挥长): the gold lists it once, so does this side.
    for facts in docs.values():
        facts.titles = {
            (name, title)
            for name, title in facts.titles
            if not any(n == name and title != t and title in t for n, t in facts.titles)
        }
    for row in _rows(store, _MEASURES):
        doc(row.doc).measures.add(str(row.category))
    # The gold lists a value repeated in one article once; the graph keeps every reading of it.
    seen_quantities: set[tuple[str, float, str]] = set()
    for row in _rows(store, _QUANTITIES):
        key = (str(row.doc), float(row.value), str(row.unit))
        if key not in seen_quantities:
            seen_quantities.add(key)
            doc(row.doc).quantities.append(key[1:])
    return docs
