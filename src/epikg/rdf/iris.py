"""Deterministic IRIs: the same thing read in any document, in any order, gets the same IRI."""

from __future__ import annotations

from rdflib import URIRef

from epikg.rdf.namespaces import ID
from epikg.rdf.plain import segment as _segment


def article(doc_id: str) -> URIRef:
    return ID[f"article/{_segment(doc_id)}"]


def sentence(doc_id: str, index: int) -> URIRef:
    return ID[f"article/{_segment(doc_id)}/sentence/{index}"]


def reading(doc_id: str, kind: str, start: int, end: int, key: str) -> URIRef:
    """A reading is identified by its article, kind, raw span and what it says."""
    return ID[f"article/{_segment(doc_id)}/{kind}/{start}-{end}/{_segment(key)}"]


def person(name: str, scope: str | None) -> URIRef:
    """People are told apart by the locality they act in; scope '_' when the article names none."""
    return ID[f"person/{_segment(scope or '_')}/{_segment(name)}"]


def place(key: str) -> URIRef:
    """Keyed on the division code when known (`330327`), else on a path under the nearest coded division
    (`330327/金乡镇`), else on the name under its article (`城关镇@d001`) where nothing pins it down."""
    path, at, doc_id = key.partition("@")
    return ID[
        "place/"
        + "/".join(_segment(part) for part in path.split("/"))
        + (at + _segment(doc_id) if at else "")
    ]


def organization(name: str, scope: str | None = None) -> URIRef:
    """Keyed on the full name (place prefix included where resolved); a bare body also on its article."""
    if scope:
        return ID[f"organization/{_segment(name)}@{_segment(scope)}"]
    return ID[f"organization/{_segment(name)}"]


def role(title: str) -> URIRef:
    return ID[f"role/{_segment(title)}"]
