"""Query parameters bound safely: never pasted into query text as raw strings.

In-process and remotely alike, a `VALUES ?name { term }` block is inserted right after the
opening brace of the query's WHERE group; the term is an IRI checked against the SPARQL IRIREF
rule or a string literal whose every quote, backslash and line break is escaped (ECHAR), so a
value can never close the literal. It binds the variable for the top-level group, so a parameter
should be used there (not only inside a sub-select).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from epikg.store.results import StoreError

# --- parameters ------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$]\w+)
      | (?P<word>[\w:.\-]+)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
_NAME = re.compile(r"\w+")
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _tokens(query: str) -> Iterator[re.Match[str]]:
    """SPARQL tokens that matter here: comments, strings and IRIs are whole tokens, so nothing inside them counts."""
    return _TOKEN.finditer(query)


def query_variables(query: str) -> set[str]:
    """Names of the variables a query mentions (`?x` and `$x` alike)."""
    return {m.group()[1:] for m in _tokens(query) if m.lastgroup == "var"}


def _where_brace(query: str) -> int:
    """Offset of the `{` that opens the query's WHERE group (the keyword is optional in SPARQL)."""
    seen_where = False
    first_brace = -1
    for m in _tokens(query):
        if m.lastgroup == "word" and m.group().upper() == "WHERE":
            seen_where = True
        elif m.group() == "{":
            if seen_where:
                return m.start()
            if first_brace < 0:
                first_brace = m.start()
    if first_brace < 0:
        raise StoreError("the query has no WHERE { ... } group to bind parameters in")
    return first_brace


def sparql_literal(value: str) -> str:
    """A double-quoted SPARQL literal: `"`, `\\`, line breaks and other ECHARs escaped, so nothing can close it.

    (Not `Literal(...).n3()`: its triple-quoted form for multi-line values leaves a trailing `\\"` open.
    `'` is left as is: it needs no escape here, and rdflib's parser rejects `\\'`.)
    """
    return '"' + "".join(_ECHAR.get(ch, ch) for ch in value) + '"'


def parameter_term(value: str) -> Identifier:
    """`<iri>` is an IRI (checked against SPARQL's IRIREF rule), anything else a plain string literal."""
    if value.startswith("<") and value.endswith(">"):
        if not _IRI.fullmatch(value) or len(value) < 3:
            raise StoreError(f"not a valid IRI: {value}")
        return URIRef(value[1:-1])
    return Literal(value)


def _term_sparql(term: Identifier) -> str:
    return f"<{term}>" if isinstance(term, URIRef) else sparql_literal(str(term))


def bind_parameters(query: str, params: Mapping[str, str]) -> dict[str, Identifier]:
    """Check the names against the query's variables and turn the values into terms."""
    used = query_variables(query)
    bindings: dict[str, Identifier] = {}
    for name, value in params.items():
        if not _NAME.fullmatch(name):
            raise StoreError(f"not a variable name: {name!r}")
        if name not in used:
            raise StoreError(
                f"the query does not use ?{name}; its variables are: {', '.join(sorted(used)) or 'none'}"
            )
        bindings[name] = parameter_term(value)
    return bindings


def inject_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """The query with one `VALUES ?name { term }` block per binding at the top of its WHERE group."""
    if not bindings:
        return query
    at = _where_brace(query) + 1
    block = "".join(f"\n  VALUES ?{name} {{ {_term_sparql(term)} }}" for name, term in bindings.items())
    return query[:at] + block + query[at:]
