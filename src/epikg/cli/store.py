"""`epikg query`, `epikg serve`, `epikg load`: thin click commands over epikg.store.

Registered on the `epikg` group by epikg.cli; errors are epikg.cli.errors.UserError (one line, exit 2).
"""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import click
from rdflib import Graph

from epikg.cli.errors import UserError, open_store
from epikg.store import DEFAULT_GRAPH_IRI, FORMATS, Credentials, StoreError

PASSWORD_ENV = "EPIKG_PASSWORD"

_PARAM = re.compile(r"(\w+)=(.*)", re.DOTALL)


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    """`name=value` pairs (the value may be empty or contain `=`); a name given twice is an error."""
    parsed: dict[str, str] = {}
    for param in params:
        match = _PARAM.fullmatch(param)
        if match is None:
            raise UserError(
                f"--param must be NAME=VALUE with a variable name, e.g. place=南洲镇; got {param!r}"
            )
        name, value = match.groups()
        if name in parsed:
            raise UserError(f"--param {name} given twice")
        parsed[name] = value
    return parsed


def _read_query(path: Path) -> str:
    if not path.is_file():
        raise UserError(f"no such query file: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path} as UTF-8: {exc}") from exc
    if not text.strip():
        raise UserError(f"{path} is empty")
    return text


def _read_graph(path: Path) -> Graph:
    from epikg.cli.errors import read_rdf

    return read_rdf(path, "turtle")


def _query_error(query_file: Path, exc: StoreError) -> click.ClickException:
    """A query that does not parse names its file, line and column; other failures say what the store said."""
    from epikg.cli.errors import not_valid

    if isinstance(exc.__cause__, SyntaxError):
        return not_valid(query_file, exc.__cause__, "SPARQL")
    return UserError(str(exc))


def _credentials(user: str | None, password_env: str) -> Credentials | None:
    """The password from the environment variable, else a hidden prompt; never from the command line."""
    if user is None:
        return None
    password = os.environ.get(password_env)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(
                f"--user {user} needs a password: set {password_env}, or run in a terminal to be asked"
            )
        password = click.prompt(f"password for {user}", hide_input=True, err=True)
    return Credentials(user, password)


def _auth_options(command):  # noqa: ANN001, ANN202
    command = click.option(
        "--password-env",
        default=PASSWORD_ENV,
        show_default=True,
        metavar="VAR",
        help="Environment variable holding the password; when unset, it is asked for.",
    )(command)
    return click.option(
        "--user", help="User name for a store that wants one (HTTP Basic or Digest, as it asks)."
    )(command)


@click.command(name="query")
@click.argument("query_file", type=click.Path(path_type=Path))
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(path_type=Path),
    help="Run in-process (Oxigraph's engine) on this graph: Turtle, or N-Triples when it ends in .nt.",
)
@click.option("--endpoint", help="Run on this SPARQL 1.1 query endpoint, e.g. http://127.0.0.1:7878/query.")
@click.option(
    "--graph-iri",
    "graph_iris",
    multiple=True,
    metavar="IRI",
    help=f"With --endpoint: the graph the query reads (sent as default-graph-uri); repeatable. "
    f"Default: <{DEFAULT_GRAPH_IRI}>, the graph `epikg load` writes.",
)
@click.option(
    "--all-graphs",
    is_flag=True,
    help="With --endpoint: read the store's own default graph instead (epikg serve: the union of its graphs).",
)
@click.option(
    "--format", "output_format", type=click.Choice(sorted(FORMATS)), default="table", show_default=True
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (a string; <...> for an IRI), e.g. --param place=南洲镇. Repeatable.",
)
@click.option(
    "--union-default-graph",
    is_flag=True,
    help="Ask an Oxigraph endpoint to query all named graphs (implies --all-graphs).",
)
@click.option(
    "--server-row-cap",
    type=click.IntRange(min=1),
    metavar="N",
    help="The most rows the server returns, where it does not say so (Virtuoso sends X-SPARQL-MaxRows).",
)
@_auth_options
def query_command(
    query_file: Path,
    graph_file: Path | None,
    endpoint: str | None,
    graph_iris: tuple[str, ...],
    all_graphs: bool,
    output_format: str,
    params: tuple[str, ...],
    union_default_graph: bool,
    server_row_cap: int | None,
    user: str | None,
    password_env: str,
) -> None:
    """Run a SPARQL SELECT or ASK query (a .rq file) on a graph file or an endpoint and print the table.

    Exit 1 when a server's row cap cut the result and it could not be read in pages.
    """
    from epikg.store import dataset_is_empty, named_graphs, run_query

    if (graph_file is None) == (endpoint is None):
        raise UserError("give exactly one of --graph FILE.ttl or --endpoint URL")
    if endpoint is None and (graph_iris or all_graphs or union_default_graph or server_row_cap or user):
        raise UserError(
            "--graph-iri, --all-graphs, --union-default-graph, --server-row-cap and --user go with --endpoint"
        )
    if graph_iris and (all_graphs or union_default_graph):
        raise UserError("give --graph-iri or --all-graphs, not both")
    dataset = () if all_graphs or union_default_graph else (graph_iris or (DEFAULT_GRAPH_IRI,))
    text = _read_query(query_file)
    bound = _parse_params(params)
    graph = open_store(graph_file) if graph_file is not None else None
    credentials = _credentials(user, password_env) if endpoint else None
    try:
        result = run_query(
            text,
            graph=graph,
            endpoint=endpoint,
            params=bound,
            graph_iris=dataset,
            union_default_graph=union_default_graph,
            credentials=credentials,
            row_cap=server_row_cap,
        )
        if (
            endpoint
            and not result.rows
            and dataset_is_empty(
                endpoint, graph_iris=dataset, credentials=credentials, union_default_graph=union_default_graph
            )
        ):
            raise UserError(
                _empty_message(endpoint, dataset, named_graphs(endpoint, credentials=credentials))
            )
    except StoreError as exc:
        raise _query_error(query_file, exc) from exc
    click.echo(FORMATS[output_format](result), nl=False)
    if output_format == "table":
        click.echo(f"{len(result.rows)} row(s)", err=True)
    if result.pages > 1:
        click.echo(
            f"epikg: the server returns at most {result.row_cap} rows a request: read {len(result.rows)} "
            f"rows in {result.pages} pages (LIMIT/OFFSET)",
            err=True,
        )
    if result.cut:
        click.echo(
            f"epikg: warning: the result is cut: the server returns at most {result.row_cap} rows and the "
            "query cannot be read in pages (it has its own LIMIT/OFFSET or no ORDER BY); there may be more",
            err=True,
        )
        sys.exit(1)


def _empty_message(endpoint: str, dataset: tuple[str, ...], graphs: list[str]) -> str:
    read = ", ".join(f"<{iri}>" for iri in dataset) if dataset else "the store's default graph"
    there = f"; graphs there: {', '.join(f'<{g}>' for g in graphs)}" if graphs else ""
    return (
        f"no rows, and the dataset the query read at {endpoint} is empty ({read}): load a graph with "
        f"`epikg load`, or name the one to read with --graph-iri (or --all-graphs){there}"
    )


@click.command(name="load")
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "--endpoint",
    help="Graph Store endpoint (Fuseki: http://host:3030/ds/data; Virtuoso: "
    "http://host:8890/sparql-graph-crud-auth) or an Oxigraph server URL (http://127.0.0.1:7878).",
)
@click.option(
    "--location",
    type=click.Path(path_type=Path, file_okay=False),
    help="Instead: a local Oxigraph store folder that no server has open (created if missing), "
    "written by Oxigraph's bulk loader.",
)
@click.option(
    "--graph-iri",
    default=DEFAULT_GRAPH_IRI,
    show_default=True,
    help="The named graph to replace (what `epikg query --endpoint` reads by default).",
)
@_auth_options
def load_command(
    source: Path,
    endpoint: str | None,
    location: Path | None,
    graph_iri: str,
    user: str | None,
    password_env: str,
) -> None:
    """Replace a named graph with a Turtle file, an N-Triples file (.nt) or a parts folder of `epikg build -o OUT/`.

    Into a SPARQL store over HTTP (Graph Store Protocol, one PUT; N-Triples are streamed as they are), or into
    a local Oxigraph store folder with its bulk loader. A failed load leaves the graph as it was.
    """
    from epikg.build.parts import PartsError, read_parts
    from epikg.store import graph_store_url, load_graph
    from epikg.store.bulk import bulk_load, put_ntriples

    if (endpoint is None) == (location is None):
        raise UserError("give exactly one of --endpoint URL or --location STORE_FOLDER")
    if location is not None and user is not None:
        raise UserError("--user goes with --endpoint")
    if not source.exists():
        raise UserError(f"no such file or folder: {source}")
    files, count = [source], None
    if source.is_dir():
        try:
            manifest, files = read_parts(source)
        except PartsError as exc:
            raise UserError(str(exc)) from exc
        count = manifest.triples
    try:
        if location is not None:
            count = bulk_load(files, location, graph_iri)
            click.echo(f"loaded {count} triples into <{graph_iri}> in the store {location}")
            return
        graph = _read_graph(source) if files[0].suffix != ".nt" else None
        credentials = _credentials(user, password_env)
        if graph is not None:
            count = load_graph(graph, endpoint, graph_iri, credentials=credentials)
        else:
            sent = put_ntriples(files, endpoint, graph_iri, credentials=credentials)
            count = sent if count is None else count
        store = graph_store_url(endpoint)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    click.echo(f"loaded {count} triples into <{graph_iri}> at {store}")


@click.command(name="serve")
@click.option(
    "--location",
    type=click.Path(path_type=Path),
    default=Path("epikg-store"),
    show_default=True,
    help="Data folder of the store (created if missing; kept between runs).",
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port on 127.0.0.1."
)
@click.option(
    "--load",
    "graph_file",
    type=click.Path(path_type=Path),
    help="Turtle graph to load first (replacing --graph-iri).",
)
@click.option(
    "--graph-iri", default=DEFAULT_GRAPH_IRI, show_default=True, help="The named graph --load replaces."
)
@click.option(
    "--writable",
    is_flag=True,
    help="Accept SPARQL updates and Graph Store writes (epikg load), but only from this server's own "
    "address and pages: requests whose Host or Origin is another's are refused.",
)
def serve_command(location: Path, port: int, graph_file: Path | None, graph_iri: str, writable: bool) -> None:
    """Serve the store with Oxigraph on 127.0.0.1 until Ctrl-C: SPARQL endpoint and browser UI, read-only unless --writable."""
    from epikg.store import OxigraphServer, free_port, load_graph

    graph = _read_graph(graph_file) if graph_file is not None else None
    server = OxigraphServer(location, port, writable=writable)
    try:
        server.check_port()
        if graph is not None and not writable:  # load through a private writable server, then serve read-only
            with OxigraphServer(location, free_port(), writable=True) as loader:
                count = load_graph(graph, loader.store_endpoint, graph_iri)
        server.start()
        if graph is not None and writable:
            count = load_graph(graph, server.store_endpoint, graph_iri)
        if graph is not None:
            click.echo(f"loaded {count} triples into <{graph_iri}>", err=True)
    except StoreError as exc:
        server.stop()
        raise UserError(str(exc)) from exc
    writes = (
        f"  SPARQL update:   {server.update_endpoint}\n"
        f"  Graph Store:     {server.store_endpoint}?graph=IRI\n"
        "Writable: requests whose Host or Origin is not this server's are refused."
        if writable
        else "Read-only: updates and loads are refused (serve with --writable to accept them)."
    )
    # `kill` stops it as cleanly as Ctrl-C, and so does SIGINT where the shell started it ignoring SIGINT (a
    # background job of a script: `epikg serve &`); both from before the line that says so
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        click.echo(
            f"Oxigraph serving {location} at {server.url}\n"
            f"  browser UI:      {server.url}/\n"
            f"  SPARQL query:    {server.query_endpoint}\n"
            f"{writes}\n"
            "The default graph is the union of all named graphs. Press Ctrl-C to stop."
        )
        status = server.wait()
    except KeyboardInterrupt:
        click.echo("stopping", err=True)
        return
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    raise UserError(f"oxigraph stopped by itself (exit status {status})")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
