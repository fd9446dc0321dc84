"""Query results as plain Python values, the same whichever engine answered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pyoxigraph import BlankNode as OxBlankNode
from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode
from rdflib import BNode, Literal
from rdflib.namespace import XSD
from rdflib.term import Identifier

DEFAULT_GRAPH_IRI = "https://w3id.org/epikg/graph/kg"

Value = str | int | float | bool | None


class StoreError(Exception):
    """A query, server or load failure, with a one-line message."""


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of plain Python values, the same whichever engine answered."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    row_cap: int | None = None  # the most rows the server returns, where it said so or the caller knew
    cut: bool = False  # the server's cap cut the rows: there may be more than these
    pages: int = 1  # requests it took (LIMIT/OFFSET pages when a cap was met)

    def as_dicts(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


# --- plain values ----------------------------------------------------------------------

_INTEGERS = {
    str(XSD[name])
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOATS = {str(XSD.decimal), str(XSD.double), str(XSD.float)}
_BOOLEAN = str(XSD.boolean)


def _literal_value(lexical: str, datatype: str | None) -> Value:
    """Numbers and booleans become Python values; everything else (dates included) keeps its lexical form."""
    try:
        if datatype in _INTEGERS:
            return int(lexical.strip())
        if datatype in _FLOATS:
            return float(lexical.strip())
    except ValueError:
        return lexical
    if datatype == _BOOLEAN:
        return lexical.strip() in ("true", "1")
    return lexical


def plain_value(term: Identifier | None) -> Value:
    """An rdflib term as a plain value: IRIs as str, blank nodes as `_:id`, unbound as None."""
    if term is None:
        return None
    if isinstance(term, Literal):
        return _literal_value(str(term), term.datatype and str(term.datatype))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def json_value(binding: Mapping[str, str] | None) -> Value:
    """A SPARQL 1.1 JSON results binding as a plain value, converted exactly as plain_value does."""
    if binding is None:
        return None
    if binding["type"] == "bnode":
        return f"_:{binding['value']}"
    if binding["type"] == "uri":
        return binding["value"]
    return _literal_value(binding["value"], binding.get("datatype"))


def oxigraph_value(term: object) -> Value:
    """A pyoxigraph term as a plain value, converted exactly as plain_value does an rdflib term."""
    if term is None:
        return None
    if isinstance(term, OxLiteral):
        return _literal_value(term.value, term.datatype.value)
    if isinstance(term, OxBlankNode):
        return f"_:{term.value}"
    if isinstance(term, NamedNode):
        return term.value
    return str(term)  # a quoted triple (RDF-star)


def one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
