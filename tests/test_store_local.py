"""In-process queries run on Oxigraph's engine (epikg.store.local) and answer the rows rdflib's engine answers.

The reference is rdflib's own SPARQL engine, which `epikg query --graph` used before: every shipped query,
with the parameters the seeds answer, on the seeds and the two articles of tests/data/queries (so that no
query answers nothing), must give the same columns and the same multiset of rows.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from epikg.cli import cli
from epikg.pipeline import BuildOptions, build
from epikg.store import QueryResult, StoreError, bind_parameters, open_graph, run_query
from epikg.store.results import plain_value
from helpers import QUERIES, ROOT, SEED_PARAMS


@pytest.fixture(scope="module")
def graph() -> Graph:
    result = build([ROOT / "seeds", ROOT / "tests/data/queries"], BuildOptions(use_model=False))
    assert result.built and not result.skipped
    return result.graph


@pytest.fixture(scope="module")
def graph_files(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("graphs")
    files = {"turtle": folder / "kg.ttl", "nt": folder / "kg.nt"}
    for fmt, path in files.items():
        graph.serialize(path, format=fmt, encoding="utf-8")
    return files


def rdflib_answer(graph: Graph, query: str, params: dict[str, str]) -> QueryResult:
    """The reference: rdflib's engine, parameters as pre-bound variables, values converted as before."""
    answer = graph.query(query, initBindings=dict(bind_parameters(query, params)))
    columns = tuple(str(v) for v in answer.vars or ())
    rows = tuple(tuple(plain_value(row[i]) for i in range(len(columns))) for row in answer)
    return QueryResult(columns, rows)


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.name)
def test_oxigraph_answers_the_rows_rdflib_answers(
    query_file: Path, graph: Graph, graph_files: dict[str, Path]
) -> None:
    text = query_file.read_text(encoding="utf-8")
    params = SEED_PARAMS.get(query_file.name, {})
    expected = rdflib_answer(graph, text, params)
    assert expected.rows, f"{query_file.name} answers nothing here: the comparison would prove nothing"
    for store in (graph, open_graph(graph_files["turtle"]), open_graph(graph_files["nt"])):
        result = run_query(text, graph=store, params=params)
        assert result.columns == expected.columns
        assert Counter(result.rows) == Counter(expected.rows)


def test_query_command_reads_ntriples_by_its_suffix(graph_files: dict[str, Path]) -> None:
    query = str(ROOT / "queries/articles.rq")
    outputs = [
        CliRunner().invoke(cli, ["query", query, "--graph", str(path), "--format", "csv"])
        for path in graph_files.values()
    ]
    assert [o.exit_code for o in outputs] == [0, 0], [o.output for o in outputs]
    assert outputs[0].stdout == outputs[1].stdout
    assert "004_75c72a43ff5cde6d" in outputs[0].stdout


def test_a_bad_ntriples_graph_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.nt"
    path.write_text("<http://a> <http://b> <http://c> .\n<http://a> <http://b> oops .\n", encoding="utf-8")

    result = CliRunner().invoke(cli, ["query", str(ROOT / "queries/articles.rq"), "--graph", str(path)])

    assert result.exit_code == 2
    assert result.stderr.startswith(f"epikg: error: {path} is not valid N-Triples (line 2, column ")


def test_a_syntax_error_is_placed_in_the_query_as_written_when_parameters_are_bound(tmp_path: Path) -> None:
    """The VALUES block added for a parameter moves the text; the error must not point into it."""
    query = "SELECT ?x\nWHERE { ?x ?y ?name \n"
    with pytest.raises(StoreError) as caught:
        run_query(query, graph=Graph(), params={"name": "x"})
    cause = caught.value.__cause__
    assert isinstance(cause, SyntaxError) and (cause.lineno, cause.offset) == (3, 1)


def test_construct_is_refused_in_process() -> None:
    with pytest.raises(StoreError, match="this is a CONSTRUCT query"):
        run_query("CONSTRUCT WHERE { ?s ?p ?o }", graph=Graph())


def test_ask_in_process(graph: Graph) -> None:
    ask = "ASK { ?s a <https://w3id.org/epikg/ontology#Article> }"
    assert run_query(ask, graph=graph).rows == ((True,),)
