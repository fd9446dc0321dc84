"""`epikg load` and `epikg query` against a real Virtuoso (Debian's virtuoso-opensource), started for this module.

One private virtuoso-t runs from a temporary folder with its own virtuoso.ini: free ports, a row cap of CAP
(ResultSetMaxRows) so that the cap is met and read around, and a dba password of our own. The seeds' graph is
loaded through the authenticated Graph Store endpoint with HTTP Digest, then every shipped query must give the
rows it gives in-process, and so must the export's readings. Without virtuoso-t the tests skip and say why,
unless EPIKG_REQUIRE_VIRTUOSO=1 (set by .ci/run) makes that a failure.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph

from epikg.cli.store import load_command, query_command
from epikg.export import events_table, oxcgrt_table, read_measures
from epikg.store import DEFAULT_GRAPH_IRI, Credentials, StoreError, free_port, run_query
from helpers import QUERIES, ROOT, SEED_PARAMS

CAP = 50  # ResultSetMaxRows: several shipped queries give more, so they are read in pages
USER = "dba"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
PLACES = (  # a few hundred rows: pages enough, where ALL would take 170 requests
    "SELECT ?s ?p ?o WHERE { ?s a <https://w3id.org/epikg/ontology#Place> ; ?p ?o } ORDER BY ?s ?p ?o"
)
STARTUP_TIMEOUT = 180.0  # a fresh database is created at first start; slow on a loaded machine

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 1
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {cap}
MaxQueryExecutionTime = 120
"""


def _binaries() -> tuple[str, str]:
    """virtuoso-t and isql-vt (both in Debian's virtuoso-opensource-7-bin); skip, or fail where CI requires them."""
    found = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if None in found:
        reason = "virtuoso-t or isql-vt is not installed (Debian: apt-get install virtuoso-opensource)"
        if os.environ.get("EPIKG_REQUIRE_VIRTUOSO") == "1":
            pytest.fail(f"EPIKG_REQUIRE_VIRTUOSO=1 but {reason}")
        pytest.skip(reason)
    return found  # type: ignore[return-value]


class Virtuoso:
    """A private virtuoso-t in `folder`, on free ports of 127.0.0.1, with the dba password set to `password`."""

    def __init__(self, folder: Path, password: str) -> None:
        self.folder, self.password = folder, password
        self.server, self.isql = _binaries()
        self.sql_port, self.http_port = free_port(), free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def __enter__(self) -> Virtuoso:
        ini = INI.format(dir=self.folder, sql_port=self.sql_port, http_port=self.http_port, cap=CAP)
        (self.folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
        with open(self.folder / "stdout.log", "wb") as log:
            self.process = subprocess.Popen(
                [self.server, "+foreground", "+configfile", "virtuoso.ini"],
                cwd=self.folder,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self._wait_until_ready()
            self._sql(f"USER_SET_PASSWORD('{USER}', '{self.password}');", password="dba")  # a new database's
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _wait_until_ready(self) -> None:
        probe = f"{self.url}/sparql?query={quote('ASK {}')}"
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                pytest.fail(
                    f"virtuoso-t stopped at start (exit {self.process.returncode}): {self._log_tail()}"
                )
            try:
                with urllib.request.urlopen(probe, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        pytest.fail(
            f"virtuoso-t did not answer on {self.url} within {STARTUP_TIMEOUT:.0f} s: {self._log_tail()}"
        )

    def _sql(self, statement: str, password: str) -> None:
        done = subprocess.run(
            [self.isql, f"127.0.0.1:{self.sql_port}", USER, password, f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            pytest.fail(f"isql-vt {statement!r} failed: {done.stdout[-500:]} {done.stderr[-500:]}")

    def _log_tail(self) -> str:
        log = self.folder / "virtuoso.log"
        return " | ".join(log.read_text("utf-8", "replace").splitlines()[-5:]) if log.exists() else "no log"

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # virtuoso-t shuts down cleanly on SIGTERM
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    _binaries()  # skip (or fail) before building anything
    password = "epikg-" + secrets.token_hex(6)  # ASCII, as Virtuoso's Digest wants
    with Virtuoso(tmp_path_factory.mktemp("virtuoso"), password) as server:
        yield server


@pytest.fixture(scope="module")
def loaded(virtuoso: Virtuoso, seeds_kg: tuple[Graph, Path]) -> Result:
    """`epikg load` of the seeds to Virtuoso's authenticated Graph Store endpoint, as the README gives it."""
    return _invoke(
        load_command,
        [str(seeds_kg[1]), "--endpoint", f"{virtuoso.url}/sparql-graph-crud-auth", "--user", USER],
        env={"EPIKG_PASSWORD": virtuoso.password},
    )


def _invoke(command, args: list[str], env: dict[str, str] | None = None):  # noqa: ANN001, ANN202
    return CliRunner().invoke(command, args, catch_exceptions=False, env=env)


# --- load -------------------------------------------------------------------------------------


def test_load_with_digest_to_the_authenticated_endpoint(
    loaded: Result, virtuoso: Virtuoso, seeds_kg: tuple[Graph, Path]
) -> None:
    assert loaded.exit_code == 0, loaded.output
    assert loaded.stdout == (
        f"loaded {len(seeds_kg[0])} triples into <{DEFAULT_GRAPH_IRI}> at {virtuoso.url}/sparql-graph-crud-auth\n"
    )
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert run_query(count, endpoint=f"{virtuoso.url}/sparql", graph_iris=[DEFAULT_GRAPH_IRI]).rows == (
        (len(seeds_kg[0]),),
    )


def test_load_without_or_with_a_wrong_password_is_refused(
    loaded: Result, virtuoso: Virtuoso, seeds_kg: tuple[Graph, Path]
) -> None:
    endpoint = f"{virtuoso.url}/sparql-graph-crud-auth"
    other = "https://example.org/refused"
    result = _invoke(load_command, [str(seeds_kg[1]), "--endpoint", endpoint, "--graph-iri", other])
    assert result.exit_code == 2 and "HTTP 401" in result.stderr and "--user" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = _invoke(
        load_command,
        [str(seeds_kg[1]), "--endpoint", endpoint, "--graph-iri", other, "--user", USER],
        env={"EPIKG_PASSWORD": "wrong"},
    )
    assert result.exit_code == 2 and "wrong user or password" in result.stderr
    ask = run_query("ASK { ?s ?p ?o }", endpoint=f"{virtuoso.url}/sparql", graph_iris=[other])
    assert ask.rows == ((False,),)


# --- queries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.name)
def test_shipped_queries_give_the_in_process_rows(
    query_file: Path, loaded: Result, virtuoso: Virtuoso, seeds_kg: tuple[Graph, Path]
) -> None:
    params = [f"--param={k}={v}" for k, v in SEED_PARAMS.get(query_file.name, {}).items()]
    local = _invoke(
        query_command, [str(query_file), "--graph", str(seeds_kg[1]), "--format", "json", *params]
    )
    remote = _invoke(
        query_command, [str(query_file), "--endpoint", f"{virtuoso.url}/sparql", "--format", "json", *params]
    )
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    rows = len(json.loads(local.stdout)["rows"])
    assert ("pages (LIMIT/OFFSET)" in remote.stderr) == (rows >= CAP), remote.stderr  # the cap read around


def test_query_through_the_authenticated_endpoint(loaded: Result, virtuoso: Virtuoso) -> None:
    args = [str(ROOT / "queries/articles.rq"), "--endpoint", f"{virtuoso.url}/sparql-auth", "--format", "csv"]
    refused = _invoke(query_command, args)
    assert refused.exit_code == 2 and "HTTP 401" in refused.stderr
    result = _invoke(query_command, [*args, "--user", USER], env={"EPIKG_PASSWORD": virtuoso.password})
    assert result.exit_code == 0 and "002_8df8d7c323d1a526" in result.stdout, result.output


def test_the_row_cap_is_announced_and_read_in_pages(
    loaded: Result, virtuoso: Virtuoso, seeds_kg: tuple[Graph, Path]
) -> None:
    endpoint = f"{virtuoso.url}/sparql"
    local = run_query(PLACES, graph=seeds_kg[0])
    assert len(local.rows) > 3 * CAP
    unpaged = run_query(PLACES, endpoint=endpoint, graph_iris=[DEFAULT_GRAPH_IRI], page=False)
    assert unpaged.row_cap == CAP and unpaged.cut and len(unpaged.rows) == CAP  # X-SPARQL-MaxRows
    paged = run_query(PLACES, endpoint=endpoint, graph_iris=[DEFAULT_GRAPH_IRI])
    assert not paged.cut and paged.pages == len(local.rows) // CAP + 1
    assert sorted(paged.rows, key=str) == sorted(local.rows, key=str)


def test_a_cut_that_cannot_be_paged_is_said(loaded: Result, virtuoso: Virtuoso, tmp_path: Path) -> None:
    query = tmp_path / "limited.rq"
    query.write_text(ALL + " LIMIT 500", encoding="utf-8")
    result = _invoke(query_command, [str(query), "--endpoint", f"{virtuoso.url}/sparql", "--format", "csv"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == CAP + 1
    assert "the result is cut" in result.stderr and f"at most {CAP} rows" in result.stderr


def test_an_empty_dataset_is_said(loaded: Result, virtuoso: Virtuoso) -> None:
    result = _invoke(
        query_command,
        [
            str(ROOT / "queries/county_leaders.rq"),
            "--endpoint",
            f"{virtuoso.url}/sparql",
            "--graph-iri",
            "https://example.org/none",
        ],
    )
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "is empty (<https://example.org/none>)" in result.stderr
    assert f"<{DEFAULT_GRAPH_IRI}>" in result.stderr  # among the graphs Virtuoso holds, as a hint


def test_no_rows_from_a_full_dataset_are_just_no_rows(loaded: Result, virtuoso: Virtuoso) -> None:
    result = _invoke(
        query_command,
        [str(ROOT / "queries/evidence.rq"), "--endpoint", f"{virtuoso.url}/sparql", "--param", "name=nobody"],
    )
    assert result.exit_code == 0 and "0 row(s)" in result.stderr


# --- the export reads an endpoint as it reads a file ------------------------------------------


def test_export_readings_from_virtuoso_are_the_in_process_ones(
    loaded: Result, virtuoso: Virtuoso, seeds_kg: tuple[Graph, Path]
) -> None:
    local = read_measures(graph=seeds_kg[0])
    remote = read_measures(endpoint=f"{virtuoso.url}/sparql")
    assert len(local) > CAP  # the cap is met, and read around
    assert remote == local
    assert oxcgrt_table(remote).rows == oxcgrt_table(local).rows
    assert events_table(remote) == events_table(local)


def test_a_wrong_password_for_a_query_is_one_line(loaded: Result, virtuoso: Virtuoso) -> None:
    with pytest.raises(StoreError, match="HTTP 401.*wrong user or password"):
        run_query("ASK {}", endpoint=f"{virtuoso.url}/sparql-auth", credentials=Credentials(USER, "dba"))
