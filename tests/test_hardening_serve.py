"""`epikg serve` against forged requests: read-only by default; when writable, only its own Host and Origin may write."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from rdflib import Graph, Literal, URIRef

from epikg.rdf.namespaces import SCHEMA
from epikg.store import OxigraphServer, StoreError, free_port, load_graph, run_query
from epikg.store.guard import refusal
from helpers import serve_process

GRAPH_IRI = "https://example.org/g"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DROP = urlencode({"update": "DROP ALL"})


def _small_graph() -> Graph:
    graph = Graph()
    graph.add((URIRef("https://example.org/s"), SCHEMA.name, Literal("南县")))
    graph.add((URIRef("https://example.org/t"), SCHEMA.name, Literal("苍南县")))
    return graph


def _count(url: str) -> int:
    return int(run_query(COUNT, endpoint=f"{url}/query").rows[0][0])  # type: ignore[arg-type]


def _request(port: int, method: str, path: str, body: str | None = None, **headers: str) -> int:
    """Send one request with the headers given as is (Host included), as a hostile page or rebinding would."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for key, value in headers.items():
            connection.putheader(key.replace("_", "-"), value)
        data = body.encode() if body is not None else b""
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", str(len(data)))
        connection.endheaders(data)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[OxigraphServer]:
    with OxigraphServer(tmp_path / "store", writable=True) as server:
        load_graph(_small_graph(), server.url, GRAPH_IRI)
        yield server


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("127.0.0.1:{port}", "http://evil.example"),  # cross-site form post
        ("127.0.0.1:{port}", "null"),  # sandboxed frame or file:// page
        ("127.0.0.1:{port}", "http://127.0.0.1:{other}"),  # another local server's page
        ("evil.example:{port}", None),  # DNS rebinding: the page's own name now points at 127.0.0.1
        ("evil.example:{port}", "http://evil.example:{port}"),
    ],
)
def test_writable_server_refuses_a_foreign_host_or_origin(
    writable: OxigraphServer, host: str, origin: str | None
) -> None:
    values = {"port": writable.port, "other": free_port()}
    headers = {"Host": host.format(**values)}
    if origin is not None:
        headers["Origin"] = origin.format(**values)
    assert _request(writable.port, "POST", "/update", DROP, **headers) == 403
    assert _request(writable.port, "DELETE", f"/store?graph={GRAPH_IRI}", **headers) == 403
    assert _count(writable.url) == 2


def test_writable_server_accepts_its_own_pages_and_clients(writable: OxigraphServer) -> None:
    own = f"127.0.0.1:{writable.port}"
    assert _request(writable.port, "GET", "/", Host=f"localhost:{writable.port}") == 200  # the browser UI
    insert = urlencode(
        {
            "update": "INSERT DATA { GRAPH <https://example.org/h> { <https://example.org/u> a <https://example.org/C> } }"
        }
    )
    assert _request(writable.port, "POST", "/update", insert, Host=own, Origin=f"http://{own}") == 204
    assert _count(writable.url) == 3
    assert (
        load_graph(_small_graph(), writable.url, "https://example.org/h") == 2
    )  # epikg load sends no Origin
    assert _count(writable.url) == 4


def test_guard_refusal_reasons() -> None:
    assert refusal("127.0.0.1:7878", None, 7878) is None
    assert refusal("LOCALHOST:7878", "http://localhost:7878", 7878) is None
    assert refusal(None, None, 7878) == "Host (none) is not this server's (127.0.0.1:7878)"
    assert "Origin https://127.0.0.1:7878" in (
        refusal("127.0.0.1:7878", "https://127.0.0.1:7878", 7878) or ""
    )


def test_a_read_only_server_refuses_every_write(tmp_path: Path) -> None:
    with OxigraphServer(tmp_path / "store", writable=True) as loader:
        load_graph(_small_graph(), loader.url, GRAPH_IRI)
    with OxigraphServer(tmp_path / "store") as server:
        own = f"127.0.0.1:{server.port}"
        assert _request(server.port, "POST", "/update", DROP, Host=own, Origin=f"http://{own}") >= 400
        with pytest.raises(StoreError):
            load_graph(Graph(), server.url, GRAPH_IRI)
        assert _count(server.url) == 2


def test_serve_command_is_read_only_by_default(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    _small_graph().serialize(kg, format="turtle")
    port = free_port()
    args = ["--location", str(tmp_path / "store"), "--port", str(port), "--load", str(kg)]
    with serve_process(args) as (_, lines):
        assert any("Read-only" in line for line in lines), lines
        url = f"http://127.0.0.1:{port}"
        assert _count(url) == 2  # --load still loads, before serving read-only
        own = f"127.0.0.1:{port}"
        assert _request(port, "POST", "/update", DROP, Host=own, Origin=f"http://{own}") >= 400
        assert _request(port, "POST", "/update", DROP, Host=own, Origin="http://evil.example") >= 400
        assert _count(url) == 2


def test_serve_stops_on_sigint_even_started_with_sigint_ignored(tmp_path: Path) -> None:
    """A shell starts a script's background job (`epikg serve &`) with SIGINT ignored; serve still stops on it."""
    kg = tmp_path / "kg.ttl"
    _small_graph().serialize(kg, format="turtle")
    args = ["--location", str(tmp_path / "store"), "--port", str(free_port()), "--load", str(kg)]
    with serve_process(args, sigint_ignored=True) as (_, lines):
        assert any("Ctrl-C" in line for line in lines), lines
