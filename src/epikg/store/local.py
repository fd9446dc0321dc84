"""Graphs in process for Oxigraph's SPARQL engine (pyoxigraph): files loaded straight into an in-memory store.

rdflib's own engine took 389 s for place_chains.rq on a 67-article graph where Oxigraph took under 0.4 s, so
every in-process query runs here; an rdflib graph handed to `run_query` is copied in as N-Triples first.
"""

from __future__ import annotations

import re
from pathlib import Path

from pyoxigraph import RdfFormat, Store
from rdflib import Graph

from epikg.store.results import StoreError, one_line

# Anything that is not N-Triples by its suffix is read as Turtle (which N-Triples also is).
SUFFIX_FORMATS = {".nt": RdfFormat.N_TRIPLES}
LANGUAGES = {RdfFormat.N_TRIPLES: "N-Triples", RdfFormat.TURTLE: "Turtle"}

_OXIGRAPH_POSITION = re.compile(r"Parser error (?:at line \d+ )?(?:between |at )?[^:]*:\s*")
_QUERY_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


def file_format(path: Path) -> RdfFormat:
    """N-Triples for `.nt`, Turtle otherwise."""
    return SUFFIX_FORMATS.get(path.suffix.lower(), RdfFormat.TURTLE)


def open_graph(path: Path) -> Store:
    """An in-memory store holding the triples of a Turtle or N-Triples file (by its suffix), in its default graph.

    Raises SyntaxError with the file's line and column (Python's `lineno`, `offset`) and the parser's reason
    alone, OSError when the file cannot be read.
    """
    store = Store()
    try:
        store.bulk_load(path=path, format=file_format(path))
    except SyntaxError as exc:
        reason = _OXIGRAPH_POSITION.sub("", str(exc.msg), count=1) or "syntax error"
        raise SyntaxError(reason, (str(path), exc.lineno, exc.offset, None)) from None
    return store


def store_of(graph: Graph) -> Store:
    """An rdflib graph copied into an in-memory store (one N-Triples serialization, parsed by Oxigraph)."""
    store = Store()
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=RdfFormat.N_TRIPLES)
    return store


def query_syntax_error(exc: SyntaxError, limit: int = 200) -> SyntaxError:
    """Oxigraph's `error at L:C: reason` as a SyntaxError with `lineno` and `offset` and a shortened reason."""
    match = _QUERY_POSITION.match(str(exc))
    if match is None:
        return SyntaxError(one_line(str(exc), limit))
    line, column, reason = match.groups()
    return SyntaxError(one_line(reason, limit), (None, int(line), int(column), None))


def check_query_syntax(query: str) -> SyntaxError | None:
    """The syntax error of a query as written (positions in its own text), or None when it parses."""
    try:
        Store().query(query)
    except SyntaxError as exc:
        return query_syntax_error(exc)
    except Exception:  # noqa: BLE001 - it parsed; evaluating on an empty store is not the point
        return None
    return None


def load_error(path: Path, exc: OSError) -> StoreError:
    return StoreError(f"cannot read {path}: {one_line(exc.strerror or str(exc))}")
