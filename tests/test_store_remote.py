"""Queries and loads that work on any store: `load` and `query` agree on the graph, an empty dataset is said,
a server's row cap is detected (and paged around), and `load` answers Basic and Digest challenges.

Against a real Oxigraph server started without --union-default-graph (a stock one), and a small proxy of our
own in front of it that plays what Virtuoso does: a row cap announced in X-SPARQL-MaxRows, Digest or Basic
authentication. A real Virtuoso is tested in tests/test_store_virtuoso.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from epikg.cli.store import load_command, query_command
from epikg.rdf.namespaces import SCHEMA
from epikg.store import (
    DEFAULT_GRAPH_IRI,
    Credentials,
    OxigraphServer,
    StoreError,
    dataset_is_empty,
    format_json,
    load_graph,
    pageable,
    query_form,
    run_query,
)
from helpers import QUERIES, ROOT, SEED_PARAMS

PARAMS = SEED_PARAMS
USER, PASSWORD, REALM = "dba", 'pa ss"word', "epikg-test"
CAP = 100
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


class PlainOxigraph(OxigraphServer):
    """A stock server: its default graph is its own, not the union of the named graphs."""

    def command(self) -> list[str]:
        return [part for part in super().command() if part != "--union-default-graph"]


# --- a proxy that behaves as Virtuoso does ---------------------------------------------------


class Proxy:
    """Forwards to an Oxigraph server; `auth` is None, 'basic' or 'digest'; `cap` cuts JSON results (with
    the X-SPARQL-MaxRows header when `announce`)."""

    def __init__(
        self, backend: str, *, auth: str | None = None, cap: int | None = None, announce: bool = True
    ) -> None:
        self.backend, self.auth, self.cap, self.announce = backend, auth, cap, announce
        self.requests: list[str] = []
        self.nonce = secrets.token_hex(8)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                proxy.handle(self)

            do_POST = do_PUT = do_GET  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Proxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def authorized(self, handler: BaseHTTPRequestHandler) -> bool:
        header = handler.headers.get("Authorization", "")
        if self.auth == "basic":
            expected = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
            return header == f"Basic {expected}"
        if not header.startswith("Digest "):
            return False
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header[7:]))
        md5 = lambda text: hashlib.md5(text.encode()).hexdigest()  # noqa: E731
        ha1 = md5(f"{USER}:{REALM}:{PASSWORD}")
        ha2 = md5(f"{handler.command}:{fields.get('uri')}")
        expected = md5(f"{ha1}:{self.nonce}:{fields.get('nc')}:{fields.get('cnonce')}:auth:{ha2}")
        return (
            fields.get("username") == USER
            and fields.get("nonce") == self.nonce
            and fields.get("response") == expected
        )

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        self.requests.append(f"{handler.command} {handler.headers.get('Authorization', '-').split(' ')[0]}")
        if self.auth and not self.authorized(handler):
            handler.send_response(401)
            challenge = (
                f'Basic realm="{REALM}"'
                if self.auth == "basic"
                else f'Digest realm="{REALM}", nonce="{self.nonce}", qop="auth", algorithm=MD5'
            )
            handler.send_header("WWW-Authenticate", challenge)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        request = urllib.request.Request(
            self.backend + handler.path,
            data=body or None,
            method=handler.command,
            headers={k: v for k, v in handler.headers.items() if k.lower() in ("content-type", "accept")},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, content, kind = (
                    response.status,
                    response.read(),
                    response.headers.get("Content-Type", ""),
                )
        except urllib.error.HTTPError as exc:
            status, content, kind = exc.code, exc.read(), exc.headers.get("Content-Type", "")
        headers = {"Content-Type": kind}
        if self.cap and "json" in kind and status == 200:
            data = json.loads(content)
            if "results" in data:
                data["results"]["bindings"] = data["results"]["bindings"][: self.cap]
                content = json.dumps(data).encode()
                if self.announce:
                    headers["X-SPARQL-MaxRows"] = str(self.cap)
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory, seeds_kg: tuple[Graph, Path]) -> Iterator[OxigraphServer]:
    """A stock Oxigraph with the seeds loaded by `epikg load` with its defaults, plus a decoy graph."""
    with PlainOxigraph(tmp_path_factory.mktemp("stock") / "store", writable=True) as server:
        result = _invoke(load_command, [str(seeds_kg[1]), "--endpoint", server.url])
        assert result.exit_code == 0, result.output
        decoy = Graph()
        decoy.add((URIRef("https://example.org/decoy"), SCHEMA.name, Literal("decoy")))
        load_graph(decoy, server.url, "https://example.org/other")
        yield server


def _invoke(command, args: list[str], env: dict[str, str] | None = None):  # noqa: ANN001, ANN202
    return CliRunner().invoke(command, args, catch_exceptions=False, env=env)


# --- load and query agree ---------------------------------------------------------------------


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.name)
def test_load_then_query_with_defaults_gives_the_in_process_rows(
    query_file: Path, seeds_kg: tuple[Graph, Path], stock: OxigraphServer
) -> None:
    params = [f"--param={k}={v}" for k, v in PARAMS.get(query_file.name, {}).items()]
    local = _invoke(
        query_command, [str(query_file), "--graph", str(seeds_kg[1]), "--format", "json", *params]
    )
    remote = _invoke(
        query_command, [str(query_file), "--endpoint", stock.query_endpoint, "--format", "json", *params]
    )
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    if (
        query_file.name != "people_in_several_articles.rq"
    ):  # no one is in two seed articles (test_store adds a pair)
        assert json.loads(local.stdout)["rows"], f"{query_file.name} found nothing"


def test_a_stock_store_default_graph_is_not_what_load_wrote(stock: OxigraphServer) -> None:
    """Why --graph-iri exists: without default-graph-uri a stock Oxigraph reads its own (empty) default graph."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert run_query(query, endpoint=stock.query_endpoint).rows == ((0,),)
    assert run_query(query, endpoint=stock.query_endpoint, graph_iris=[DEFAULT_GRAPH_IRI]).rows[0][0] > 1000  # type: ignore[operator]
    both = run_query(
        query, endpoint=stock.query_endpoint, graph_iris=[DEFAULT_GRAPH_IRI, "https://example.org/other"]
    )
    assert (
        both.rows[0][0]
        == run_query(query, endpoint=stock.query_endpoint, graph_iris=[DEFAULT_GRAPH_IRI]).rows[0][0] + 1
    )  # type: ignore[operator]


def test_an_empty_dataset_is_said_not_printed_as_no_rows(stock: OxigraphServer) -> None:
    query_file = str(ROOT / "queries/county_leaders.rq")
    result = _invoke(query_command, [query_file, "--endpoint", stock.query_endpoint, "--all-graphs"])
    assert result.exit_code == 2 and "dataset the query read" in result.stderr and "is empty" in result.stderr
    assert f"<{DEFAULT_GRAPH_IRI}>" in result.stderr  # the graphs that are there, as a hint
    result = _invoke(
        query_command,
        [query_file, "--endpoint", stock.query_endpoint, "--graph-iri", "https://example.org/none"],
    )
    assert result.exit_code == 2 and "<https://example.org/none>" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert dataset_is_empty(stock.query_endpoint)
    assert not dataset_is_empty(stock.query_endpoint, graph_iris=[DEFAULT_GRAPH_IRI])


def test_no_rows_from_a_full_dataset_are_just_no_rows(stock: OxigraphServer) -> None:
    result = _invoke(
        query_command,
        [str(ROOT / "queries/evidence.rq"), "--endpoint", stock.query_endpoint, "--param", "name=nobody"],
    )
    assert result.exit_code == 0 and "0 row(s)" in result.stderr


def test_dataset_options_go_with_an_endpoint(seeds_kg: tuple[Graph, Path]) -> None:
    result = _invoke(
        query_command,
        [str(ROOT / "queries/evidence.rq"), "--graph", str(seeds_kg[1]), "--graph-iri", "https://x.org/g"],
    )
    assert result.exit_code == 2 and "go with --endpoint" in result.stderr


# --- row caps ---------------------------------------------------------------------------------


def test_query_form_and_pageable() -> None:
    assert query_form("PREFIX a: <http://x/#select>\n# CONSTRUCT\nSELECT * {}") == "SELECT"
    assert query_form("prefix : <x> ask {}") == "ASK"
    assert query_form("CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert pageable(ALL)
    assert not pageable(ALL + " LIMIT 5")
    assert not pageable("SELECT ?s WHERE { ?s ?p ?o }")
    assert pageable(
        "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 3 } } ORDER BY ?s"
    )  # a sub-select's LIMIT


def test_a_capped_result_is_read_in_pages(seeds_kg: tuple[Graph, Path], stock: OxigraphServer) -> None:
    local = run_query(ALL, graph=seeds_kg[0])
    with Proxy(stock.url, cap=CAP) as proxy:
        result = run_query(ALL, endpoint=f"{proxy.url}/query", graph_iris=[DEFAULT_GRAPH_IRI])
        assert not result.cut and result.row_cap == CAP and result.pages == len(local.rows) // CAP + 1
        assert len(result.rows) == len(local.rows) == len(set(result.rows))
        unpaged = run_query(ALL, endpoint=f"{proxy.url}/query", graph_iris=[DEFAULT_GRAPH_IRI], page=False)
        assert unpaged.cut and len(unpaged.rows) == CAP


def test_a_cut_that_cannot_be_paged_is_said(stock: OxigraphServer, tmp_path: Path) -> None:
    query = tmp_path / "limited.rq"
    query.write_text(ALL + " LIMIT 500", encoding="utf-8")
    with Proxy(stock.url, cap=CAP) as proxy:
        result = _invoke(query_command, [str(query), "--endpoint", f"{proxy.url}/query", "--format", "csv"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == CAP + 1
    assert "the result is cut" in result.stderr and f"at most {CAP} rows" in result.stderr


def test_a_cap_the_server_does_not_announce(seeds_kg: tuple[Graph, Path], stock: OxigraphServer) -> None:
    with Proxy(stock.url, cap=CAP, announce=False) as proxy:
        endpoint = f"{proxy.url}/query"
        silent = run_query(ALL, endpoint=endpoint, graph_iris=[DEFAULT_GRAPH_IRI])
        assert len(silent.rows) == CAP and not silent.cut  # nothing to go by
        told = run_query(ALL, endpoint=endpoint, graph_iris=[DEFAULT_GRAPH_IRI], row_cap=CAP)
    assert len(told.rows) == len(seeds_kg[0]) and told.pages > 1


def test_query_command_pages_and_says_so(stock: OxigraphServer, tmp_path: Path) -> None:
    query = tmp_path / "all.rq"
    query.write_text(ALL, encoding="utf-8")
    with Proxy(stock.url, cap=CAP, announce=False) as proxy:
        result = _invoke(
            query_command,
            [str(query), "--endpoint", f"{proxy.url}/query", "--format", "csv", "--server-row-cap", str(CAP)],
        )
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) > CAP + 1 and "pages (LIMIT/OFFSET)" in result.stderr


# --- user and password ------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["digest", "basic"])
def test_load_with_user_and_password(
    scheme: str, seeds_kg: tuple[Graph, Path], stock: OxigraphServer
) -> None:
    iri = f"https://example.org/{scheme}"
    with Proxy(stock.url, auth=scheme) as proxy:
        refused = _invoke(load_command, [str(seeds_kg[1]), "--endpoint", proxy.url, "--graph-iri", iri])
        assert refused.exit_code == 2 and "HTTP 401" in refused.stderr and "--user" in refused.stderr
        result = _invoke(
            load_command,
            [str(seeds_kg[1]), "--endpoint", proxy.url, "--graph-iri", iri, "--user", USER],
            env={"EPIKG_PASSWORD": PASSWORD},
        )
        assert result.exit_code == 0, result.output
        assert proxy.requests[-1] == f"PUT {scheme.capitalize()}"  # answered the challenge in its scheme
        query = _invoke(
            query_command,
            [
                str(ROOT / "queries/articles.rq"),
                "--endpoint",
                f"{proxy.url}/query",
                "--graph-iri",
                iri,
                "--user",
                USER,
                "--password-env",
                "MY_PW",
            ],
            env={"MY_PW": PASSWORD},
        )
        assert query.exit_code == 0 and "002_8df8d7c323d1a526" in query.stdout, query.output
        with pytest.raises(StoreError, match="HTTP 401.*wrong user or password"):
            load_graph(seeds_kg[0], proxy.url, iri, credentials=Credentials(USER, "wrong"))
    assert run_query("ASK { ?s ?p ?o }", endpoint=stock.query_endpoint, graph_iris=[iri]).rows == ((True,),)


def test_a_password_is_never_an_option_and_is_asked_for(
    seeds_kg: tuple[Graph, Path], stock: OxigraphServer
) -> None:
    assert "--password " not in _invoke(load_command, ["--help"]).stdout
    result = _invoke(
        load_command, [str(seeds_kg[1]), "--endpoint", stock.url, "--user", USER, "--password", PASSWORD]
    )
    assert result.exit_code == 2  # no such option
    result = _invoke(
        load_command,
        [str(seeds_kg[1]), "--endpoint", stock.url, "--user", USER],
        env={"EPIKG_PASSWORD": None},
    )  # type: ignore[dict-item]
    assert result.exit_code == 2 and "set EPIKG_PASSWORD" in result.stderr  # not a terminal: nobody to ask


def test_json_output_of_an_endpoint_is_the_in_process_one(
    seeds_kg: tuple[Graph, Path], stock: OxigraphServer
) -> None:
    query = (ROOT / "queries/county_leaders.rq").read_text(encoding="utf-8")
    local = run_query(query, graph=seeds_kg[0])
    remote = run_query(query, endpoint=stock.query_endpoint, graph_iris=[DEFAULT_GRAPH_IRI])
    assert format_json(remote) == format_json(local)
