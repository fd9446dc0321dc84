"""epikg.store and `epikg query/load/serve` against a real Oxigraph server on 127.0.0.1 (no mocks)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from epikg.cli.store import load_command, query_command, serve_command
from epikg.pipeline import BuildOptions, build
from epikg.rdf.namespaces import SCHEMA
from epikg.store import (
    OxigraphServer,
    QueryResult,
    StoreError,
    display_width,
    find_oxigraph,
    format_csv,
    format_json,
    format_table,
    free_port,
    graph_store_url,
    inject_values,
    load_graph,
    query_variables,
    run_query,
)
from helpers import QUERIES, ROOT, SEED_PARAMS, serve_process

SEEDS_IRI = "https://w3id.org/epikg/graph/test-seeds"
PAIR_IRI = "https://w3id.org/epikg/graph/test-pair"
NASTY = 'x" } ; DROP ALL ; {'

# Two short articles of our own naming the same county secretary, so that a person is in two articles.
PAIR = {
    "pair_1.txt": "澧县加强疫情防控\n发表于 2022-3-1 09:00\n3月1日,澧县县委书记王建国到城头山镇检查疫情防控工作。\n"
    "王建国要求,各乡镇要严格落实防控措施。\n来源:常德日报\n",
    "pair_2.txt": "澧县部署核酸检测工作\n发表于 2022-3-5 10:00\n3月5日,澧县县委书记王建国主持召开县疫情防控指挥部会议。\n"
    "会议要求,澧县卫生健康局做好核酸检测工作。\n来源:常德日报\n",
}

PARAMS = SEED_PARAMS

# Per query: a row (some of its columns) that must be among the answers on seeds + the pair above.
EXPECTED: dict[str, dict[str, object]] = {
    "articles.rq": {"id": "002_8df8d7c323d1a526", "date": "2022-04-06"},
    "credits.rq": {"role": "责编", "name": "龚宗泽", "article": "004_75c72a43ff5cde6d"},
    "everything_about_a_place.rq": {"mention": "东红社区", "namedPlace": "东红社区", "level": "village"},
    "evidence.rq": {
        "type": "Person",
        "article": "000_95be355ce4350ee7",
        "text": "黄荣定",
        "foundBy": "rule:title",
    },
    "organizations.rq": {"organization": "苍南县委", "article": "000_95be355ce4350ee7"},
    "people_in_several_articles.rq": {
        "name": "王建国",
        "articles": 2,
        "article": "pair_2",
        "title": "县委书记",
    },
    "article_facts.rq": {"kind": "Credit", "says": "曹锋", "begin": 146, "end": 148, "sentence": ""},
    "categories_in_several_counties.rq": {
        "category": "checkpoint",
        "label": "Checkpoints",
        "county": "苍南县",
    },
    "checkpoints.rq": {"place": "徽县", "county": "徽县", "checkpoints": 11.0, "counts": "交通管控检查站"},
    "contact_tracing.rq": {"place": "徽县", "county": "徽县", "article": "003_6a61af9399061067"},
    "county_timeline.rq": {"date": "2022-03-23", "category": "mass_testing", "place": "南洲镇"},
    "mass_testing.rq": {"place": "南县", "county": "南县", "value": 696494.0, "unit": "份", "counts": "样本"},
    "measures_by_county.rq": {
        "county": "苍南县",
        "code": "330327",
        "category": "gathering_restriction",
        "oxcgrt": "C3 C4",
    },
    "reported_counts.rq": {
        "county": "苍南县",
        "category": "quarantine",
        "value": 55.0,
        "unit": "个",
        "counts": "集中管控点",
    },
    "county_leaders.rq": {
        "county": "南县",
        "code": "430921",
        "person": "罗讯",
        "title": "县委书记",
        "organization": "南县县委",
    },
    "people_with_several_posts.rq": {
        "person": "钟剑波",
        "posts": 2,
        "title": "县长",
        "organization": "南县县政府",
    },
    "place_chains.rq": {
        "place": "南洲镇",
        "level": "township",
        "steps": 1,
        "ancestor": "南县",
        "ancestorLevel": "county",
    },
}


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seeds_graph() -> Graph:
    result = build([ROOT / "seeds"], BuildOptions(use_model=False))
    assert result.built and not result.skipped
    return result.graph


@pytest.fixture(scope="session")
def pair_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    folder = tmp_path_factory.mktemp("pair")
    for name, text in PAIR.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = build([folder], BuildOptions(use_model=False))
    assert len(result.built) == 2
    return result.graph


@pytest.fixture(scope="session")
def graph(seeds_graph: Graph, pair_graph: Graph) -> Graph:
    """What the server holds, as one in-process graph: seeds and pair together."""
    return seeds_graph + pair_graph


@pytest.fixture(scope="session")
def kg_file(tmp_path_factory: pytest.TempPathFactory, seeds_graph: Graph) -> Path:
    path = tmp_path_factory.mktemp("kg") / "kg.ttl"
    seeds_graph.serialize(path, format="turtle")
    return path


@pytest.fixture(scope="session")
def server(
    tmp_path_factory: pytest.TempPathFactory, seeds_graph: Graph, pair_graph: Graph
) -> Iterator[OxigraphServer]:
    oxigraph = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "store", free_port(), writable=True)
    oxigraph.start()
    try:
        load_graph(seeds_graph, oxigraph.url, SEEDS_IRI)
        load_graph(pair_graph, oxigraph.store_endpoint, PAIR_IRI)
        yield oxigraph
    finally:
        oxigraph.stop()
    assert not oxigraph.running


def _count(server: OxigraphServer, graph_iri: str | None = None) -> int:
    """Distinct triples in one named graph, or in the default graph (the union, which repeats shared triples)."""
    pattern = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {pattern} }} }}"
    result = run_query(query, endpoint=server.query_endpoint)
    return int(result.rows[0][0])  # type: ignore[arg-type]


def _contains(result: QueryResult, expected: dict[str, object]) -> bool:
    return any(all(row.get(k) == v for k, v in expected.items()) for row in result.as_dicts())


# --- the queries -------------------------------------------------------------------------


def test_there_are_queries_and_each_has_an_expected_answer() -> None:
    assert {q.name for q in QUERIES} == set(EXPECTED), (
        "add an expected answer to EXPECTED for every queries/*.rq"
    )


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.name)
def test_every_query_has_a_header_comment(query_file: Path) -> None:
    text = query_file.read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    header_text = "\n".join(header)
    assert re.search(r"[\u4e00-\u9fff]", header_text), (
        f"{query_file.name}: the header needs the question in Chinese"
    )
    assert "Question:" in header_text, f"{query_file.name}: the header needs '# Question: ...' in English"
    assert "Columns:" in header_text, f"{query_file.name}: the header needs '# Columns: ...'"
    assert "ORDER BY" in text, f"{query_file.name}: every query needs ORDER BY so rows compare across stores"


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.name)
def test_in_process_and_remote_give_the_same_rows(
    query_file: Path, graph: Graph, server: OxigraphServer
) -> None:
    text = query_file.read_text(encoding="utf-8")
    local = run_query(text, graph=graph, params=PARAMS.get(query_file.name))
    remote = run_query(text, endpoint=server.query_endpoint, params=PARAMS.get(query_file.name))
    assert remote.columns == local.columns
    assert remote.rows == local.rows
    assert local.rows, f"{query_file.name} found nothing"


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.name)
def test_every_query_has_its_expected_answer(query_file: Path, graph: Graph) -> None:
    result = run_query(
        query_file.read_text(encoding="utf-8"), graph=graph, params=PARAMS.get(query_file.name)
    )
    assert _contains(result, EXPECTED[query_file.name]), result.as_dicts()[:5]


def test_people_in_several_articles_on_the_seeds_alone(seeds_graph: Graph) -> None:
    result = run_query(
        (ROOT / "queries/people_in_several_articles.rq").read_text(encoding="utf-8"), graph=seeds_graph
    )
    assert result.columns == ("name", "articles", "article", "readings", "title", "organization", "person")
    assert all(row["articles"] > 1 for row in result.as_dicts())  # type: ignore[operator]


def test_people_in_several_articles_lists_each_article(graph: Graph) -> None:
    result = run_query(
        (ROOT / "queries/people_in_several_articles.rq").read_text(encoding="utf-8"), graph=graph
    )
    rows = [r for r in result.as_dicts() if r["name"] == "王建国"]
    assert [r["article"] for r in rows] == ["pair_1", "pair_2"]
    assert all(r["readings"] >= 1 for r in rows)  # type: ignore[operator]


def test_everything_about_a_place_stays_inside_it(graph: Graph) -> None:
    result = run_query(
        (ROOT / "queries/everything_about_a_place.rq").read_text(encoding="utf-8"),
        graph=graph,
        params={"place": "南洲镇"},
    )
    named = {row["namedPlace"] for row in result.as_dicts()}
    assert {"南洲镇", "东红社区"} <= named
    assert "南县" not in named and "湖南省" not in named


def test_evidence_spans_point_at_the_raw_page(graph: Graph) -> None:
    result = run_query(
        (ROOT / "queries/evidence.rq").read_text(encoding="utf-8"), graph=graph, params={"name": "黄荣定"}
    )
    raw = (ROOT / "seeds/000_95be355ce4350ee7.txt").read_text(encoding="utf-8")
    for row in result.as_dicts():
        assert raw[row["begin"] : row["end"]] == "黄荣定"  # type: ignore[misc]
        assert "黄荣定" in row["sentence"]  # type: ignore[operator]


# --- parameters --------------------------------------------------------------------------


def test_a_parameter_value_cannot_inject(graph: Graph, server: OxigraphServer) -> None:
    evidence = (ROOT / "queries/evidence.rq").read_text(encoding="utf-8")
    before = _count(server)
    assert run_query(evidence, graph=graph, params={"name": NASTY}).rows == ()
    assert run_query(evidence, endpoint=server.query_endpoint, params={"name": NASTY}).rows == ()
    assert _count(server) == before


def test_an_injected_literal_reads_back_exactly(tmp_path: Path) -> None:
    values = [NASTY, 'a\n\\"""b', "back\\", 'ends with \\"', "tab\tand 'single' quotes\r\n", "南洲镇"]
    small = Graph()
    for number, value in enumerate(values):
        small.add((URIRef(f"https://example.org/p{number}"), SCHEMA.name, Literal(value)))
    query = "SELECT ?p WHERE { ?p <https://schema.org/name> ?name }"
    with OxigraphServer(tmp_path / "store", writable=True) as oxigraph:
        load_graph(small, oxigraph.url, "https://example.org/g")
        for number, value in enumerate(values):
            expected = ((f"https://example.org/p{number}",),)
            assert run_query(inject_values(query, {"name": Literal(value)}), graph=small).rows == expected, (
                value
            )
            assert (
                run_query(query, endpoint=oxigraph.query_endpoint, params={"name": value}).rows == expected
            ), value


def test_an_iri_parameter_is_an_iri(graph: Graph, server: OxigraphServer) -> None:
    query = "PREFIX schema: <https://schema.org/>\nSELECT DISTINCT ?name WHERE { ?place schema:name ?name } ORDER BY ?name"
    params = {"place": "<https://w3id.org/epikg/id/place/430000>"}
    assert run_query(query, graph=graph, params=params).rows == (("湖南省",),)
    assert run_query(query, endpoint=server.query_endpoint, params=params).rows == (("湖南省",),)
    with pytest.raises(StoreError, match="not a valid IRI"):
        run_query(query, graph=graph, params={"place": "<https://x.org/a> } <b>"})


def test_an_unused_parameter_is_an_error(graph: Graph) -> None:
    with pytest.raises(StoreError, match=r"does not use \?county"):
        run_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", graph=graph, params={"county": "南县"})


def test_variables_and_the_where_brace_skip_comments_strings_and_iris() -> None:
    query = (
        "# a comment with ?ghost and { braces\n"
        "PREFIX ex: <http://example.org/{x}#>\n"
        'SELECT ?a (EXISTS { ?a ex:p "WHERE { ?fake }" } AS ?b) WHERE {\n  ?a ex:q ?c . FILTER(?c < 3)\n}'
    )
    assert query_variables(query) == {"a", "b", "c"}
    injected = inject_values(query, {"a": Literal("1")})
    assert injected.index('VALUES ?a { "1" }') > injected.index(") WHERE {")


# --- formats -----------------------------------------------------------------------------


def test_table_aligns_cjk_as_double_width() -> None:
    result = QueryResult(
        ("place", "n", "note"), (("南洲镇", 3, "x"), ("ab", 12, None), ("湖南日报·新湖南", 1, "东红社区"))
    )
    lines = format_table(result).splitlines()

    def start(line: str, cell: str) -> int:
        return display_width(line[: line.index(cell)])

    assert (
        start(lines[2], "3") + 1 == start(lines[3], "12") + 2 == start(lines[4], " 1") + 2
    )  # numbers to the right
    assert start(lines[0], "note") == start(lines[2], "x") == start(lines[4], "东红社区")
    assert lines[1].split() == ["-" * 15, "--", "-" * 8]


def test_csv_and_json_round_trip() -> None:
    result = QueryResult(("name", "n", "ok"), (('南县, "x"', 2, True), ("b", None, False)))
    assert list(csv.reader(io.StringIO(format_csv(result)))) == [
        ["name", "n", "ok"],
        ['南县, "x"', "2", "true"],
        ["b", "", "false"],
    ]
    data = json.loads(format_json(result))
    assert data == {
        "columns": ["name", "n", "ok"],
        "rows": [{"name": '南县, "x"', "n": 2, "ok": True}, {"name": "b", "n": None, "ok": False}],
    }


# --- loading and the server ----------------------------------------------------------------


def test_loading_twice_replaces_the_graph(seeds_graph: Graph, server: OxigraphServer) -> None:
    assert _count(server, SEEDS_IRI) == len(seeds_graph)
    assert load_graph(seeds_graph, server.url, SEEDS_IRI) == len(seeds_graph)
    assert _count(server, SEEDS_IRI) == len(seeds_graph)


def test_the_default_graph_is_the_union_of_named_graphs(graph: Graph, server: OxigraphServer) -> None:
    assert _count(server) == len(graph)


def test_graph_store_url() -> None:
    assert graph_store_url("http://127.0.0.1:7878") == "http://127.0.0.1:7878/store"
    assert graph_store_url("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/store"
    assert graph_store_url("http://localhost:3030/ds/data") == "http://localhost:3030/ds/data"
    with pytest.raises(StoreError):
        graph_store_url("ftp://x")


def test_remote_query_errors_are_one_line(server: OxigraphServer) -> None:
    with pytest.raises(StoreError, match="answered HTTP 400") as error:
        run_query("SELECT ?x WHERE { ?x ", endpoint=server.query_endpoint)
    assert "\n" not in str(error.value)
    with pytest.raises(StoreError, match="only SELECT and ASK"):
        run_query("CONSTRUCT WHERE { ?s ?p ?o }", endpoint=server.query_endpoint)
    assert run_query(
        "ASK { ?s a <https://w3id.org/epikg/ontology#Article> }", endpoint=server.query_endpoint
    ).rows == ((True,),)


def test_load_errors_are_one_line(seeds_graph: Graph, server: OxigraphServer) -> None:
    with pytest.raises(StoreError, match=r"answered HTTP 404") as error:
        load_graph(seeds_graph, f"{server.url}/no-such-path", "https://example.org/g")
    assert "\n" not in str(error.value)
    with pytest.raises(StoreError, match="cannot reach"):
        load_graph(seeds_graph, f"http://127.0.0.1:{free_port()}", "https://example.org/g")
    with pytest.raises(StoreError, match="not an absolute IRI"):
        load_graph(seeds_graph, server.url, "no iri")


def test_a_taken_port_folder_or_missing_binary_is_a_clear_error(
    server: OxigraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(StoreError, match="already in use"):
        OxigraphServer(tmp_path / "other", server.port).start()
    with pytest.raises(StoreError, match=r"oxigraph stopped at start: Error: .*lock"):
        OxigraphServer(server.location, writable=True).start()  # the data folder is in use
    with pytest.raises(StoreError, match="cannot run"):
        OxigraphServer(tmp_path / "other", binary=str(tmp_path / "no-oxigraph")).start()
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(StoreError, match="pip install oxigraph"):
        find_oxigraph()


class PlainOxigraph(OxigraphServer):
    """A server started without --union-default-graph, as someone else might run one."""

    def command(self) -> list[str]:
        return [part for part in super().command() if part != "--union-default-graph"]


def test_union_default_graph_on_request_for_a_plain_oxigraph(tmp_path: Path) -> None:
    small = Graph()
    small.add((URIRef("https://example.org/s"), SCHEMA.name, Literal("南县")))
    query = "SELECT ?s WHERE { ?s ?p ?o }"
    with PlainOxigraph(tmp_path / "store", writable=True) as plain:
        load_graph(small, plain.url, "https://example.org/g")
        assert run_query(query, endpoint=plain.query_endpoint).rows == ()
        assert run_query(query, endpoint=plain.query_endpoint, union_default_graph=True).rows == (
            ("https://example.org/s",),
        )


def test_the_data_folder_persists_across_restarts(tmp_path: Path) -> None:
    small = Graph()
    small.add((URIRef("https://example.org/s"), SCHEMA.name, Literal("南县")))
    with OxigraphServer(tmp_path / "store", writable=True) as first:
        load_graph(small, first.url, "https://example.org/g")
    with OxigraphServer(tmp_path / "store") as second:
        assert _count(second) == 1


# --- commands ----------------------------------------------------------------------------


def _invoke(command, args: list[str]):  # noqa: ANN001, ANN202
    return CliRunner().invoke(command, args, catch_exceptions=False)


@pytest.mark.parametrize("output_format", ["table", "csv", "json"])
def test_query_command_in_process(kg_file: Path, output_format: str) -> None:
    result = _invoke(
        query_command,
        [
            str(ROOT / "queries/evidence.rq"),
            "--graph",
            str(kg_file),
            "--format",
            output_format,
            "--param",
            "name=黄荣定",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "黄荣定" in result.stdout and "rule:title" in result.stdout
    if output_format == "json":
        assert {row["text"] for row in json.loads(result.stdout)["rows"]} == {"黄荣定"}
    if output_format == "csv":
        assert result.stdout.splitlines()[0].startswith("entity,type,article,begin,end")


def test_query_command_remote(server: OxigraphServer) -> None:
    result = _invoke(
        query_command,
        [
            str(ROOT / "queries/place_chains.rq"),
            "--endpoint",
            server.query_endpoint,
            "--graph-iri",
            SEEDS_IRI,
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "南洲镇,township,1,南县,county" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.rq", "--graph", "{kg}"], "no such query file"),
        (["{q}", "--graph", "{kg}", "--endpoint", "http://127.0.0.1:1/query"], "exactly one of"),
        (["{q}"], "exactly one of"),
        (["{q}", "--graph", "missing.ttl"], "no such file"),
        (["{q}", "--graph", "{kg}", "--param", "no-equals-sign"], "NAME=VALUE"),
        (["{q}", "--graph", "{kg}", "--param", "county=南县"], "does not use ?county"),
        (["{q}", "--endpoint", "http://127.0.0.1:{port}/query"], "cannot reach"),
    ],
)
def test_query_command_errors_are_one_line(kg_file: Path, args: list[str], message: str) -> None:
    values = {"kg": str(kg_file), "q": str(ROOT / "queries/evidence.rq"), "port": str(free_port())}
    result = _invoke(query_command, [a.format(**values) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_load_command(kg_file: Path, seeds_graph: Graph, server: OxigraphServer) -> None:
    result = _invoke(load_command, [str(kg_file), "--endpoint", server.url, "--graph-iri", SEEDS_IRI])
    assert result.exit_code == 0, result.output
    assert f"loaded {len(seeds_graph)} triples" in result.stdout
    assert _count(server, SEEDS_IRI) == len(seeds_graph)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.ttl", "--endpoint", "http://127.0.0.1:{port}"], "no such file"),
        (["{kg}", "--endpoint", "http://127.0.0.1:{port}"], "cannot reach"),
    ],
)
def test_load_command_errors_are_one_line(kg_file: Path, args: list[str], message: str) -> None:
    result = _invoke(load_command, [a.format(kg=kg_file, port=free_port()) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_serve_command_serves_until_interrupted(kg_file: Path, tmp_path: Path) -> None:
    port = free_port()
    args = ["--location", str(tmp_path / "store"), "--port", str(port), "--load", str(kg_file)]
    with serve_process(args) as (process, lines):
        assert any(f"http://127.0.0.1:{port}/query" in line for line in lines), (lines, process.stderr)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
            assert page.status == 200  # the browser UI
        result = run_query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", endpoint=f"http://127.0.0.1:{port}/query"
        )
        assert result.rows[0][0] > 1000  # type: ignore[operator]
    with pytest.raises(StoreError, match="cannot reach"):
        run_query("ASK {}", endpoint=f"http://127.0.0.1:{port}/query")


def test_serve_command_reports_a_taken_port(server: OxigraphServer, tmp_path: Path) -> None:
    result = _invoke(serve_command, ["--location", str(tmp_path / "s"), "--port", str(server.port)])
    assert result.exit_code == 2 and "already in use" in result.stderr


def test_a_header_comment_that_says_add_is_no_update(server: OxigraphServer) -> None:
    # SPARQLWrapper skipped every other comment line when it read the query form: `add` made this an ADD.
    query = "# one\n# add the derived links here\n# two\n# and delete nothing\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 1"
    assert len(run_query(query, endpoint=server.query_endpoint).rows) == 1
