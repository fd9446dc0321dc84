"""SPARQL over epikg graphs: in-process (Oxigraph's engine, pyoxigraph) or remote (SPARQL 1.1 protocol), and an Oxigraph server to load them into.

results: plain values and errors; params: safe parameter binding; query: running queries;
local: graph files in an in-memory Oxigraph store; formats: table, CSV, JSON; http: user and password (Basic, Digest); oxigraph: the embedded server and Graph Store Protocol loading.
"""

from epikg.store.formats import FORMATS, display_width, format_csv, format_json, format_table
from epikg.store.http import Credentials
from epikg.store.local import open_graph
from epikg.store.oxigraph import (
    OxigraphServer,
    find_oxigraph,
    free_port,
    graph_store_url,
    load_graph,
    read_graph,
)
from epikg.store.params import bind_parameters, inject_values, query_variables
from epikg.store.query import dataset_is_empty, named_graphs, pageable, query_form, run_query
from epikg.store.results import DEFAULT_GRAPH_IRI, QueryResult, StoreError, Value

__all__ = [
    "DEFAULT_GRAPH_IRI",
    "FORMATS",
    "Credentials",
    "dataset_is_empty",
    "named_graphs",
    "pageable",
    "query_form",
    "OxigraphServer",
    "QueryResult",
    "StoreError",
    "Value",
    "bind_parameters",
    "display_width",
    "find_oxigraph",
    "format_csv",
    "format_json",
    "format_table",
    "free_port",
    "graph_store_url",
    "inject_values",
    "load_graph",
    "open_graph",
    "query_variables",
    "read_graph",
    "run_query",
]
