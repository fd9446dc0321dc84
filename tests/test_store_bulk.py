"""`epikg load` of N-Triples files and parts folders into a real Oxigraph: streamed over the Graph Store Protocol,
or with Oxigraph's bulk loader into a store folder; either way the graph is replaced exactly, or not at all."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from epikg.build.parts import write_parts
from epikg.cli.store import load_command
from epikg.pipeline import BuildOptions, build
from epikg.store import OxigraphServer, StoreError, find_oxigraph, load_graph
from epikg.store.bulk import bulk_load, put_ntriples

GRAPH = "https://w3id.org/epikg/graph/test-bulk"


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """A parts folder of the seeds (rules only, two pages a part) and its union's lines."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    result = build(sorted(seeds.glob("*.txt")), BuildOptions(use_model=False))
    folder = tmp_path_factory.mktemp("parts")
    write_parts(result.documents, [], str(folder), pages_per_part=2)
    lines = {
        line for path in folder.glob("part-*.nt") for line in path.read_text(encoding="utf-8").splitlines()
    }
    return folder, lines


@pytest.fixture(scope="module")
def stored(parts: tuple[Path, set[str]], tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The union as Oxigraph holds it when loaded the old way (parsed by rdflib, then PUT): Oxigraph writes
    some literals back in canonical form (a nonNegativeInteger as an integer), so loads compare with this."""
    union = Graph().parse(data="\n".join(sorted(parts[1])), format="nt")
    with OxigraphServer(tmp_path_factory.mktemp("reference"), writable=True) as server:
        load_graph(union, server.url, GRAPH)
        return graph_lines(server.query_endpoint)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[OxigraphServer]:
    with OxigraphServer(tmp_path / "store", writable=True) as running:
        yield running


def graph_lines(endpoint: str, graph: str = GRAPH) -> set[str]:
    """The named graph's triples as N-Triples lines (a CONSTRUCT over HTTP)."""
    import urllib.parse
    import urllib.request

    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(
        f"{endpoint}?query={urllib.parse.quote(query)}", headers={"Accept": "application/n-triples"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return {line for line in response.read().decode("utf-8").splitlines() if line.strip()}


def store_lines(location: Path, graph: str = GRAPH) -> set[str]:
    done = subprocess.run(
        [
            find_oxigraph(),
            "query",
            "--location",
            str(location),
            "--results-format",
            "nt",
            "--query",
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return {line for line in done.stdout.splitlines() if line.strip()}


def load(*args: str):  # noqa: ANN201
    return CliRunner().invoke(load_command, [*args, "--graph-iri", GRAPH], catch_exceptions=False)


def test_a_parts_folder_over_http_replaces_the_graph_with_their_union(
    parts: tuple[Path, set[str]], stored: set[str], server: OxigraphServer, tmp_path: Path
) -> None:
    folder, lines = parts
    old = tmp_path / "old.nt"
    old.write_text('<https://example.org/a> <https://example.org/b> "old" .\n', encoding="utf-8")
    assert put_ntriples([old], server.url, GRAPH) == 1
    done = load(str(folder), "--endpoint", server.url)
    assert done.exit_code == 0, done.output
    assert done.stdout == f"loaded {len(lines)} triples into <{GRAPH}> at {server.store_endpoint}\n"
    assert graph_lines(server.query_endpoint) == stored  # exactly the union: the old triple is gone
    assert len(stored) == len(lines)


def test_a_bad_part_leaves_the_graph_as_it_was(
    parts: tuple[Path, set[str]], stored: set[str], server: OxigraphServer, tmp_path: Path
) -> None:
    folder, lines = parts
    assert load(str(folder), "--endpoint", server.url).exit_code == 0
    broken = tmp_path / "broken.nt"
    broken.write_text("<https://example.org/a> <https://example.org/b> .\n", encoding="utf-8")
    parts_then_broken = [*sorted(folder.glob("part-*.nt")), broken]
    with pytest.raises(StoreError, match="HTTP 400"):
        put_ntriples(parts_then_broken, server.url, GRAPH)
    assert graph_lines(server.query_endpoint) == stored
    location = tmp_path / "offline"
    bulk_load(sorted(folder.glob("part-*.nt")), location, GRAPH)
    with pytest.raises(StoreError, match=f"cannot load into the store {location}"):
        bulk_load(parts_then_broken, location, GRAPH)
    assert store_lines(location) == stored
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "broken.nt",
        "offline",
        "store",
    ]  # nothing left aside


def test_a_parts_folder_into_a_store_folder_with_the_bulk_loader(
    parts: tuple[Path, set[str]], stored: set[str], tmp_path: Path
) -> None:
    folder, lines = parts
    location = tmp_path / "store"
    single = tmp_path / "one.nt"
    single.write_text('<https://example.org/a> <https://example.org/b> "old" .\n', encoding="utf-8")
    assert bulk_load([single], location, GRAPH) == 1
    assert bulk_load([single], location, "https://example.org/other") == 1
    done = load(str(folder), "--location", str(location))
    assert done.exit_code == 0, done.output
    assert done.stdout == f"loaded {len(lines)} triples into <{GRAPH}> in the store {location}\n"
    assert store_lines(location) == stored
    assert len(store_lines(location, "https://example.org/other")) == 1  # other graphs untouched
    with OxigraphServer(location, writable=True) as server:  # a server reads what the bulk loader wrote
        assert graph_lines(server.query_endpoint) == stored
        refused = load(str(folder), "--location", str(location))  # a writable server holds the store
        assert refused.exit_code == 2 and "open in another process" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1


def test_an_ntriples_file_is_streamed_and_counted(server: OxigraphServer, tmp_path: Path) -> None:
    nt = tmp_path / "kg.nt"
    nt.write_text(
        '# a comment\n<https://example.org/a> <https://example.org/b> "一" .\n\n'
        "<https://example.org/a> <https://example.org/b> <https://example.org/c> .",  # no final newline
        encoding="utf-8",
    )
    done = load(str(nt), "--endpoint", server.url)
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("loaded 2 triples")
    assert len(graph_lines(server.query_endpoint)) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{folder}"], "exactly one of --endpoint URL or --location"),
        (["{folder}", "--endpoint", "http://127.0.0.1:9", "--location", "{tmp}/s"], "exactly one of"),
        (["{tmp}", "--location", "{tmp}/s"], "without manifest.json"),
        (["{tmp}/missing.nt", "--location", "{tmp}/s"], "no such file or folder"),
        (["{folder}", "--location", "{tmp}/s", "--user", "dba"], "--user goes with --endpoint"),
        (["{folder}", "--location", "{folder}"], "not an Oxigraph store"),
    ],
)
def test_load_errors_are_one_line(
    parts: tuple[Path, set[str]], tmp_path: Path, args: list[str], message: str
) -> None:
    folder, _ = parts
    done = load(*(a.format(folder=folder, tmp=tmp_path) for a in args))
    assert done.exit_code == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr


@pytest.mark.parametrize("scheme", ["digest", "basic"])
def test_a_streamed_load_answers_a_challenge_by_sending_the_files_again(
    scheme: str, parts: tuple[Path, set[str]], stored: set[str], server: OxigraphServer
) -> None:
    from epikg.store import Credentials
    from test_store_remote import PASSWORD, USER, Proxy

    folder, _ = parts
    files = sorted(folder.glob("part-*.nt"))
    with Proxy(server.url, auth=scheme) as proxy:
        put_ntriples(files, proxy.url, GRAPH, credentials=Credentials(USER, PASSWORD))
        assert proxy.requests[-1] == f"PUT {scheme.capitalize()}"
    assert graph_lines(server.query_endpoint) == stored


def test_a_read_only_server_serves_the_new_graph_once_restarted(
    parts: tuple[Path, set[str]], stored: set[str], tmp_path: Path
) -> None:
    """A read-only server takes no lock, so a bulk load beside it goes through; what it answers before its
    restart is not promised (Oxigraph reads the replaced files by name: README), what it answers after is."""
    folder, _ = parts
    location = tmp_path / "store"
    bulk_load(sorted(folder.glob("part-*.nt")), location, GRAPH)
    one = tmp_path / "one.nt"
    one.write_text('<https://example.org/a> <https://example.org/b> "new" .\n', encoding="utf-8")
    with OxigraphServer(location) as server:
        assert graph_lines(server.query_endpoint) == stored
        assert bulk_load([one], location, GRAPH) == 1  # read-only servers take no lock
    with OxigraphServer(location) as server:
        assert graph_lines(server.query_endpoint) == {one.read_text(encoding="utf-8").strip()}
