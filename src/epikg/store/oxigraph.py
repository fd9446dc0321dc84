"""An Oxigraph server on 127.0.0.1, and loading graphs over the SPARQL 1.1 Graph Store Protocol."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO
from urllib.parse import quote, urlsplit, urlunsplit

from rdflib import Graph

from epikg.store.guard import Guard
from epikg.store.http import Credentials, send
from epikg.store.results import DEFAULT_GRAPH_IRI, StoreError, one_line

# --- Oxigraph server -------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(
            socket.SOL_SOCKET, socket.SO_REUSEADDR, 1
        )  # as the server will: TIME_WAIT is no obstacle
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def find_oxigraph() -> str:
    """The `oxigraph` binary: next to this Python (the PyPI package installs it there), else on PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if sys.platform == "win32" else "oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError(
            "the oxigraph binary is not installed (pip install oxigraph); not next to python nor on PATH"
        )
    return found


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 with a data folder; the default graph is the union of all named graphs.

    Read-only unless `writable`: then Oxigraph listens on a private port behind a guard (store.guard) that
    refuses requests whose `Host` or `Origin` is not this server's, so no other web page can write into it.
    """

    def __init__(
        self,
        location: str | Path,
        port: int | None = None,
        *,
        writable: bool = False,
        binary: str | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        self.location = Path(location)
        self.port = port if port is not None else free_port()
        self.writable = writable
        self.binary = binary
        self.startup_timeout = startup_timeout
        self._backend_port = free_port() if writable else self.port
        self._guard: Guard | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_endpoint(self) -> str:
        return f"{self.url}/query"

    @property
    def update_endpoint(self) -> str:
        return f"{self.url}/update"

    @property
    def store_endpoint(self) -> str:
        """SPARQL 1.1 Graph Store HTTP Protocol: `/store?graph=IRI`."""
        return f"{self.url}/store"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def command(self) -> list[str]:
        binary = self.binary or find_oxigraph()
        mode = "serve" if self.writable else "serve-read-only"
        return [
            binary,
            mode,
            "--location",
            str(self.location),
            "--bind",
            f"127.0.0.1:{self._backend_port}",
            "--union-default-graph",
        ]

    def start(self) -> OxigraphServer:
        """Start the server and wait (bounded) until it answers a query; StoreError if it cannot."""
        command = self.command()
        self.check_port()
        self.location.mkdir(parents=True, exist_ok=True)
        if not self.writable and not (self.location / "CURRENT").exists():
            self._create_store(command[0])
        if self.writable:
            try:
                self._guard = Guard(self.port, self._backend_port).start()
            except OSError as exc:
                raise StoreError(f"cannot listen on 127.0.0.1:{self.port}: {exc.strerror or exc}") from exc
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop()
        # A session of its own: a terminal's Ctrl-C reaches only us, and stop() ends the server cleanly.
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as exc:
            self.stop()
            raise StoreError(f"cannot run {command[0]}: {exc.strerror or exc}") from exc
        self._wait_until_ready()
        return self

    def check_port(self) -> None:
        """StoreError when something already listens on the port."""
        if _port_taken(self.port):
            raise StoreError(f"port {self.port} on 127.0.0.1 is already in use; choose another (--port)")

    def _create_store(self, binary: str) -> None:
        """An empty store, since Oxigraph opens only an existing one read-only."""
        try:
            done = subprocess.run(
                [binary, "update", "--location", str(self.location), "--update", "CLEAR SILENT DEFAULT"],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=self.startup_timeout,
            )
        except OSError as exc:
            raise StoreError(f"cannot run {binary}: {exc.strerror or exc}") from exc
        except subprocess.TimeoutExpired as exc:
            raise StoreError(f"cannot create a store in {self.location}: oxigraph did not finish") from exc
        if done.returncode != 0:
            lines = done.stderr.decode("utf-8", "replace").splitlines() or ["no output"]
            raise StoreError(f"cannot create a store in {self.location}: {one_line(lines[0])}")

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        probe = f"{self.query_endpoint}?query={quote('ASK {}')}"
        while time.monotonic() < deadline:
            if not self.running:
                message = self._log_message()
                self.stop()
                raise StoreError(f"oxigraph stopped at start: {message}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise StoreError(f"oxigraph did not answer on {self.url} within {self.startup_timeout:.0f} s")

    def _log_message(self) -> str:
        """The server's `Error: ...` line (a Rust backtrace follows it), else its last line."""
        if self._log is None:
            return "no output"
        self._log.seek(0)
        lines = [line for line in self._log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        errors = [line for line in lines if line.startswith("Error:")]
        return one_line((errors or lines or ["no output"])[-1])

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the server to terminate, kill it if it has not within `timeout`; safe to call twice."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait(timeout)
            self._process = None
        if self._guard is not None:
            self._guard.stop()
            self._guard = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def wait(self) -> int:
        """Block until the server exits on its own; its exit status."""
        assert self._process is not None, "not started"
        return self._process.wait()

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- loading over the Graph Store Protocol ---------------------------------------------


def graph_store_url(endpoint: str) -> str:
    """The Graph Store endpoint: the URL as given, or Oxigraph's `/store` for a bare server URL (or its /query, /update)."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not an http(s) URL: {endpoint}")
    if "graph=" in parts.query:
        raise StoreError(f"give the endpoint without ?graph=; the graph IRI is a separate option: {endpoint}")
    path = parts.path.rstrip("/")
    if path in ("", "/query", "/update"):
        path = "/store"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def read_graph(source: str | Path | Graph) -> Graph:
    if isinstance(source, Graph):
        return source
    path = Path(source)
    if not path.is_file():
        raise StoreError(f"no such file: {path}")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many types for bad Turtle
        raise StoreError(f"{path} is not valid Turtle: {one_line(str(exc) or type(exc).__name__)}") from exc


def check_graph_iri(graph_iri: str) -> None:
    """StoreError unless `graph_iri` is an absolute IRI that can be written between `<` and `>`."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]+", graph_iri):
        raise StoreError(f"not an absolute IRI: {graph_iri}")


def load_graph(
    source: str | Path | Graph,
    endpoint: str,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    *,
    credentials: Credentials | None = None,
    timeout: float = 120.0,
) -> int:
    """Replace the named graph `graph_iri` with `source` (HTTP PUT, text/turtle); the number of triples sent.

    The body is N-Triples, which is Turtle too, and quick to write for large graphs. With `credentials`,
    a Basic or Digest challenge is answered (Virtuoso's authenticated Graph Store endpoint wants Digest).
    """
    check_graph_iri(graph_iri)
    graph = read_graph(source)
    store = graph_store_url(endpoint)
    url = f"{store}{'&' if '?' in store else '?'}graph={quote(graph_iri, safe='')}"
    body = graph.serialize(format="nt", encoding="utf-8")
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "text/turtle"})
    send(request, credentials=credentials, timeout=timeout)
    return len(graph)
