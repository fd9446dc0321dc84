"""Sorted N-Triples lines -> Turtle, streamed: no rdflib graph is built and no namespace is searched per term.

Lines sorted as strings keep each subject's triples together (they share the prefix `<subject> `), so a
subject is written once with its predicates, `a` first, and the objects of a predicate comma-separated.
An IRI in one of epikg's namespaces (rdf/namespaces.py) is written as a prefixed name where its local name
is a plain one (ASCII letters, digits, `_` and `-`); every other IRI is written in full, as N-Triples
spells it, which Turtle reads the same. A literal's quoted form is the same in both syntaxes (the escapes
of N-Triples are Turtle's), so it is copied; its datatype is prefixed like any IRI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby

from rdflib import RDF

from epikg.rdf.namespaces import PREFIXES

_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_TYPE = f"<{RDF.type}>"
_NAMESPACES = tuple((prefix, str(namespace)) for prefix, namespace in PREFIXES.items())


class TurtleError(ValueError):
    """A line that is no N-Triples triple of the kind epikg writes."""


def _split(line: str) -> tuple[str, str, str]:
    """(subject, predicate, object) of one N-Triples line, each as N-Triples spells it."""
    subject, _, rest = line.partition(" ")
    predicate, _, obj = rest.partition(" ")
    if not obj.endswith(" .") or not predicate.startswith("<") or not subject.startswith(("<", "_:")):
        raise TurtleError(f"not an N-Triples line: {line[:80]!r}")
    return subject, predicate, obj[:-2].rstrip()


@lru_cache(maxsize=4096)
def _iri(term: str) -> str:
    """`<https://w3id.org/epikg/ontology#Place>` -> `ek:Place`; an IRI no prefix fits, unchanged."""
    iri = term[1:-1]
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace) and _PLAIN_LOCAL.fullmatch(iri, len(namespace)):
            return f"{prefix}:{iri[len(namespace) :]}"
    return term


def _term(term: str) -> str:
    if term.startswith("<"):
        return _iri(term)
    if term.startswith('"'):
        close = term.rfind('"')  # no `"` after a literal's closing quote: a language tag or a datatype IRI
        quoted, suffix = term[: close + 1], term[close + 1 :]
        if suffix.startswith("^^<"):
            return f"{quoted}^^{_iri(suffix[2:])}"
        return term
    return term  # a blank node


def turtle_chunks(lines: Iterable[str]) -> Iterator[str]:
    """Turtle text, piece by piece, for N-Triples lines sorted as strings (distinct or not)."""
    for prefix, namespace in _NAMESPACES:
        yield f"@prefix {prefix}: <{namespace}> .\n"
    triples = (_split(line) for line in lines if line.strip())
    for subject, of_subject in groupby(triples, key=lambda t: t[0]):
        by_predicate = [
            (predicate, list(dict.fromkeys(_term(t[2]) for t in group)))
            for predicate, group in groupby(of_subject, key=lambda t: t[1])
        ]
        by_predicate.sort(key=lambda p: p[0] != _TYPE)  # `a` first; stable: the rest stay sorted
        body = " ;\n".join(
            f"    {'a' if predicate == _TYPE else _iri(predicate)} {', '.join(objects)}"
            for predicate, objects in by_predicate
        )
        yield f"\n{_term(subject)}\n{body} .\n"
