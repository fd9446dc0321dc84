"""Run SPARQL in-process with Oxigraph's engine (pyoxigraph) or against any SPARQL 1.1 endpoint (the protocol over urllib).

Remotely, `graph_iris` are sent as `default-graph-uri`: the query reads those graphs, whatever the store's own
default graph holds. A result cut by a server's row cap (Virtuoso's `X-SPARQL-MaxRows` header, or a cap the
caller knows) is read again page by page with LIMIT/OFFSET where the query allows, else marked `cut`.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence

from pyoxigraph import QueryBoolean, QuerySolutions, Store
from rdflib import Graph
from rdflib.term import Identifier

from epikg.store.http import Credentials, send
from epikg.store.local import check_query_syntax, query_syntax_error, store_of
from epikg.store.params import _tokens, bind_parameters, inject_values
from epikg.store.results import QueryResult, StoreError, json_value, one_line, oxigraph_value

MAX_PAGES = 10_000
_VIRTUOSO_ASK = "__ASK_RETVAL"


def run_query(
    query: str,
    *,
    graph: Graph | Store | None = None,
    endpoint: str | None = None,
    params: Mapping[str, str] | None = None,
    graph_iris: Sequence[str] = (),
    union_default_graph: bool = False,
    credentials: Credentials | None = None,
    row_cap: int | None = None,
    page: bool = True,
    timeout: float = 60.0,
) -> QueryResult:
    """Run a SELECT or ASK query on `graph` (in-process) or `endpoint` (SPARQL 1.1 protocol, JSON results).

    In-process, Oxigraph's engine answers: `graph` is a pyoxigraph Store (store.local.open_graph reads a
    file into one) or an rdflib Graph, copied into one first.

    `graph_iris`: the graphs an endpoint query reads as its default graph (none: the store's own default
    graph). `union_default_graph` adds Oxigraph's `union-default-graph` parameter, for an Oxigraph server not
    started with `--union-default-graph` (OxigraphServer always is). `row_cap`: the most rows the server
    returns, where it does not say so in a header. `page`: read a cut result again in pages.
    """
    if (graph is None) == (endpoint is None):
        raise StoreError("give exactly one of a graph or an endpoint")
    bindings = bind_parameters(query, params or {})
    if graph is not None:
        return _run_local(query, store_of(graph) if isinstance(graph, Graph) else graph, bindings)
    assert endpoint is not None
    form = query_form(query)
    if form not in ("SELECT", "ASK"):
        raise StoreError(f"only SELECT and ASK queries give a table; this is a {form or 'malformed'} query")
    remote = _Remote(endpoint, graph_iris, union_default_graph, credentials, timeout)
    result = remote.run(inject_values(query, bindings), row_cap)
    if result.cut and page and form == "SELECT" and pageable(query):
        return _paged(remote, inject_values(query, bindings), result)
    return result


def dataset_is_empty(
    endpoint: str,
    *,
    graph_iris: Sequence[str] = (),
    union_default_graph: bool = False,
    credentials: Credentials | None = None,
    timeout: float = 60.0,
) -> bool:
    """Whether the dataset a query would read at `endpoint` holds no triple at all."""
    remote = _Remote(endpoint, graph_iris, union_default_graph, credentials, timeout)
    return remote.run("ASK { ?s ?p ?o }", None).rows == ((False,),)


def named_graphs(
    endpoint: str, *, credentials: Credentials | None = None, limit: int = 10, timeout: float = 60.0
) -> list[str]:
    """Some named graphs the store holds (for a hint when the one asked for is empty); [] if it will not say."""
    remote = _Remote(endpoint, (), False, credentials, timeout)
    try:
        result = remote.run(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {limit}", None)
    except StoreError:
        return []
    return sorted(str(row[0]) for row in result.rows)


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or an update's first keyword; comments, prefixes and IRIs skipped."""
    skip_name = False
    for token in _tokens(query):
        kind = token.lastgroup
        if kind in ("comment", "iri") or token.group().isspace():
            continue
        word = token.group().upper()
        if kind == "word" and word in ("PREFIX", "BASE"):
            skip_name = word == "PREFIX"
            continue
        if skip_name and kind == "word" and word.endswith(":"):
            skip_name = False
            continue
        return word if kind == "word" else ""
    return ""


def pageable(query: str) -> bool:
    """A query with its own ORDER BY and no top-level LIMIT or OFFSET can be read in pages."""
    depth, ordered = 0, False
    for token in _tokens(query):
        text = token.group()
        if text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
        elif depth == 0 and token.lastgroup == "word":
            if text.upper() in ("LIMIT", "OFFSET"):
                return False
            ordered = ordered or text.upper() == "ORDER"
    return ordered


def _paged(remote: _Remote, query: str, first: QueryResult) -> QueryResult:
    """Every row, read again from the start in pages of the cap (the cut first answer is only a sign)."""
    cap = first.row_cap
    assert cap
    rows: list[tuple[object, ...]] = []
    for number in range(MAX_PAGES):
        result = remote.run(f"{query}\nLIMIT {cap} OFFSET {number * cap}", cap)
        rows.extend(result.rows)
        if len(result.rows) < cap:
            return QueryResult(first.columns, tuple(rows), row_cap=cap, cut=False, pages=number + 1)  # type: ignore[arg-type]
    return QueryResult(first.columns, tuple(rows), row_cap=cap, cut=True, pages=MAX_PAGES)  # type: ignore[arg-type]


class _Remote:
    """One endpoint and the dataset its queries read."""

    def __init__(
        self,
        endpoint: str,
        graph_iris: Sequence[str],
        union_default_graph: bool,
        credentials: Credentials | None,
        timeout: float,
    ) -> None:
        parts = urllib.parse.urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"not an http(s) URL: {endpoint}")
        self.endpoint = endpoint
        self.dataset = [("default-graph-uri", iri) for iri in graph_iris]
        if union_default_graph:
            self.dataset.append(("union-default-graph", "true"))
        self.credentials = credentials
        self.timeout = timeout

    def run(self, query: str, row_cap: int | None) -> QueryResult:
        body = urllib.parse.urlencode([("query", query), *self.dataset]).encode("utf-8")
        request = urllib.request.Request(
            self.endpoint,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                "Accept": "application/sparql-results+json",
                "User-Agent": "epikg",
            },
        )
        content, headers = send(request, credentials=self.credentials, timeout=self.timeout)
        try:
            data = json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise StoreError(
                f"{self.endpoint} did not answer with SPARQL JSON results: {one_line(str(exc))}"
            ) from exc
        if not isinstance(data, dict):
            raise StoreError(f"{self.endpoint} did not answer with SPARQL JSON results")
        if "boolean" in data:
            return QueryResult(("ask",), ((bool(data["boolean"]),),))
        try:
            columns = tuple(data["head"]["vars"])
            rows = tuple(tuple(json_value(b.get(c)) for c in columns) for b in data["results"]["bindings"])
        except (KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"{self.endpoint} answered JSON that is not SPARQL results") from exc
        if columns == (
            _VIRTUOSO_ASK,
        ):  # Virtuoso 7.2 answers ASK as a table: one row of 1, or no row for false
            return QueryResult(("ask",), ((bool(rows and rows[0][0]),),))
        cap = _header_cap(headers.get("X-SPARQL-MaxRows")) or row_cap
        return QueryResult(columns, rows, row_cap=cap, cut=cap is not None and len(rows) >= cap)


def _header_cap(value: str | None) -> int | None:
    try:
        cap = int(value) if value is not None else 0
    except ValueError:
        return None
    return cap if cap > 0 else None


def _run_local(query: str, store: Store, bindings: Mapping[str, Identifier]) -> QueryResult:
    """Oxigraph's engine in this process; parameters bound as for an endpoint (a VALUES block), so both agree."""
    try:
        answer = store.query(inject_values(query, bindings))
    except SyntaxError as exc:  # positions in the query as written, not in the one with VALUES added
        cause = (check_query_syntax(query) if bindings else None) or query_syntax_error(exc)
        raise StoreError(f"the query does not parse: {cause.msg}") from cause
    except Exception as exc:  # an evaluation error: a store or type error
        raise StoreError(f"query failed: {one_line(str(exc) or type(exc).__name__)}") from exc
    if isinstance(answer, QueryBoolean):
        return QueryResult(("ask",), ((bool(answer),),))
    if not isinstance(answer, QuerySolutions):
        raise StoreError(
            f"only SELECT and ASK queries give a table; this is a {query_form(query) or 'graph'} query"
        )
    columns = tuple(variable.value for variable in answer.variables)
    try:
        rows = tuple(tuple(oxigraph_value(solution[i]) for i in range(len(columns))) for solution in answer)
    except Exception as exc:  # solutions are computed as they are read: errors may come only now
        raise StoreError(f"query failed: {one_line(str(exc) or type(exc).__name__)}") from exc
    return QueryResult(columns, rows)
