"""Run SPARQL in-process with rdflib or against any SPARQL 1.1 endpoint (SPARQLWrapper)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Mapping

from rdflib import Graph
from rdflib.term import Identifier

from epikg.store.params import bind_parameters, inject_values
from epikg.store.results import QueryResult, StoreError, json_value, one_line, plain_value

# --- running queries -------------------------------------------------------------------



def run_query(
    query: str,
    *,
    graph: Graph | None = None,
    endpoint: str | None = None,
    params: Mapping[str, str] | None = None,
    union_default_graph: bool = False,
    timeout: float = 60.0,
) -> QueryResult:
    """Run a SELECT or ASK query on `graph` (in-process) or `endpoint` (SPARQL 1.1 protocol, JSON results).

    `union_default_graph` adds Oxigraph's `union-default-graph` request parameter, for an Oxigraph
    server not started with `--union-default-graph` (OxigraphServer always is).
    """
    if (graph is None) == (endpoint is None):
        raise StoreError("give exactly one of a graph or an endpoint")
    bindings = bind_parameters(query, params or {})
    if graph is not None:
        return _run_local(query, graph, bindings)
    assert endpoint is not None
    return _run_remote(inject_values(query, bindings), endpoint, union_default_graph, timeout)


def _run_local(query: str, graph: Graph, bindings: Mapping[str, Identifier]) -> QueryResult:
    try:
        result = graph.query(query, initBindings=dict(bindings))
        if result.type == "ASK":
            return QueryResult(("ask",), ((bool(result.askAnswer),),))
        if result.type != "SELECT":
            raise StoreError(f"only SELECT and ASK queries give a table; this is a {result.type} query")
        columns = tuple(str(v) for v in result.vars or ())
        rows = tuple(tuple(plain_value(row[i]) for i in range(len(columns))) for row in result)
    except StoreError:
        raise
    except Exception as exc:  # pyparsing and rdflib's evaluator raise many types
        raise StoreError(f"query failed: {one_line(str(exc) or type(exc).__name__)}") from exc
    return QueryResult(columns, rows)


_COMMENT_LINE = re.compile(r"^[ \t]*#[^\n]*$", re.MULTILINE)


def _run_remote(query: str, endpoint: str, union_default_graph: bool, timeout: float) -> QueryResult:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint, agent="epikg")
    # SPARQLWrapper reads the query form with a regex that skips every other line of a comment block, so a
    # header comment that says `add` or `delete` made a SELECT look like an update: send it without them.
    client.setQuery(_COMMENT_LINE.sub("", query))
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(int(timeout))
    if union_default_graph:
        client.addParameter("union-default-graph", "true")
    if client.queryType not in ("SELECT", "ASK"):
        raise StoreError(f"only SELECT and ASK queries give a table; this is a {client.queryType} query")
    try:
        data = client.queryAndConvert()
    except SPARQLWrapperException as exc:
        response = getattr(exc, "response", None)
        detail = response.decode("utf-8", "replace") if isinstance(response, bytes) else exc.msg
        raise StoreError(f"{endpoint}: {type(exc).__name__}: {one_line(detail)}") from exc
    except urllib.error.HTTPError as exc:
        raise StoreError(f"{endpoint} answered HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise StoreError(f"cannot reach {endpoint}: {exc.reason}") from exc
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot query {endpoint}: {one_line(str(exc) or type(exc).__name__)}") from exc
    if not isinstance(data, dict):
        raise StoreError(f"{endpoint} did not answer with SPARQL JSON results")
    if "boolean" in data:
        return QueryResult(("ask",), ((bool(data["boolean"]),),))
    columns = tuple(data["head"]["vars"])
    rows = tuple(tuple(json_value(b.get(c)) for c in columns) for b in data["results"]["bindings"])
    return QueryResult(columns, rows)
