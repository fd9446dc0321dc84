"""Loading large graphs at the store's speed: N-Triples files streamed as they are to a Graph Store endpoint,
or written by Oxigraph's own bulk loader into a local store folder that no server holds open.

Neither path parses the triples in Python (rdflib would take minutes where the store takes seconds), and both
keep `epikg load`'s promise: after a load the named graph holds exactly the file's triples, and a load that
fails or is killed leaves the graph as it was. Over HTTP that is one Graph Store PUT, which replaces the graph
in one transaction of the store; into a folder, the files are bulk loaded into a graph of their own, which
one SPARQL update (one transaction) then puts in place of the named graph.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import quote

from epikg.store.http import Credentials, send
from epikg.store.oxigraph import check_graph_iri, find_oxigraph, graph_store_url
from epikg.store.results import DEFAULT_GRAPH_IRI, StoreError, one_line

CHUNK = 1 << 20


class NTriplesBody:
    """The files' bytes one after another, read a chunk at a time; iterable again (an auth retry resends it).

    `lines` counts the triples sent (lines that are neither blank nor comments) in the last pass.
    """

    def __init__(self, files: Sequence[Path]) -> None:
        self.files = list(files)
        self.lines = 0
        self.length = 0
        for path in self.files:
            try:
                size = path.stat().st_size
            except OSError as exc:
                raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
            self.length += size + 1  # a newline after each file, in case one lacks its last
        self._tail = b""

    def __iter__(self) -> Iterator[bytes]:
        self.lines = 0
        sent = 0
        for path in self.files:
            tail = b"\n"
            with open(path, "rb") as stream:
                while chunk := stream.read(CHUNK):
                    self._count(chunk)
                    sent += len(chunk)
                    yield chunk
            self._count(tail, end=True)
            sent += 1
            yield tail
        if sent != self.length:
            raise StoreError(f"{self.files[0].parent}: a file changed size while it was sent")

    def _count(self, chunk: bytes, *, end: bool = False) -> None:
        """Count complete lines that hold a triple (the last, partial line waits for the next chunk)."""
        text = self._tail + chunk
        lines = text.split(b"\n")
        self._tail = b"" if end else lines.pop()
        self.lines += sum(1 for line in lines if line.strip() and not line.lstrip().startswith(b"#"))


def put_ntriples(
    files: Sequence[Path],
    endpoint: str,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    *,
    credentials: Credentials | None = None,
    timeout: float = 600.0,
) -> int:
    """Replace the named graph with the files' triples (one HTTP PUT, streamed, with its length); lines sent."""
    check_graph_iri(graph_iri)
    store = graph_store_url(endpoint)
    url = f"{store}{'&' if '?' in store else '?'}graph={quote(graph_iri, safe='')}"
    body = NTriplesBody(files)
    request = urllib.request.Request(
        url,
        data=body,  # type: ignore[arg-type] - urllib sends an iterable of bytes chunk by chunk
        method="PUT",
        headers={"Content-Type": "text/turtle", "Content-Length": str(body.length)},  # N-Triples is Turtle
    )
    send(request, credentials=credentials, timeout=timeout)
    return body.lines


def _loading_graph(graph_iri: str) -> str:
    """The graph a load goes into before it replaces `graph_iri`; the same for every load of that graph, so
    what a killed load left there is cleared by the next."""
    return f"urn:epikg:loading:{hashlib.sha256(graph_iri.encode()).hexdigest()[:24]}"


def _oxigraph(binary: str, *args: str) -> str:
    try:
        done = subprocess.run(
            [binary, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace"
        )
    except OSError as exc:
        raise StoreError(f"cannot run {binary}: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        message = next(
            (line for line in lines if line.startswith("Error:")), lines[0] if lines else "no output"
        )
        if "lock" in message.lower():
            raise StoreError(
                "the store is open in another process (a running server?): stop it, or load through "
                "its endpoint (--endpoint)"
            )
        raise StoreError(one_line(message.removeprefix("Error:").strip()))
    return done.stdout


def bulk_load(
    files: Sequence[Path],
    location: str | Path,
    graph_iri: str = DEFAULT_GRAPH_IRI,
    *,
    binary: str | None = None,
) -> int:
    """Replace the named graph of the Oxigraph store folder `location` (created if missing) with the files'
    triples, through `oxigraph load`; the number of triples the graph then holds.

    N-Triples files (.nt) are read as such, any other as Turtle.
    """
    check_graph_iri(graph_iri)
    binary = binary or find_oxigraph()
    location = Path(location)
    try:
        location.mkdir(parents=True, exist_ok=True)
        if not is_store_folder(location):
            raise StoreError(
                f"{location} holds other files, not an Oxigraph store: give a store's folder or a new one"
            )
    except OSError as exc:
        raise StoreError(f"cannot create the store folder {location}: {exc.strerror or exc}") from exc
    aside = _loading_graph(graph_iri)
    folder = ["--location", str(location)]
    try:
        _oxigraph(binary, "update", *folder, "--update", f"DROP SILENT GRAPH <{aside}>")
        for fmt, group in (
            ("nt", [f for f in files if f.suffix == ".nt"]),
            ("ttl", [f for f in files if f.suffix != ".nt"]),
        ):
            if group:
                _oxigraph(
                    binary, "load", *folder, "--format", fmt, "--graph", aside, "--file", *map(str, group)
                )
        _oxigraph(
            binary,
            "update",
            *folder,
            "--update",
            f"DROP SILENT GRAPH <{graph_iri}>; ADD SILENT GRAPH <{aside}> TO GRAPH <{graph_iri}>; "
            f"DROP SILENT GRAPH <{aside}>",
        )
        counted = _oxigraph(
            binary,
            "query",
            *folder,
            "--results-format",
            "tsv",
            "--query",
            f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}",
        )
    except StoreError as exc:
        raise StoreError(f"cannot load into the store {location}: {exc}") from exc
    return int(counted.split()[-1].split("^^")[0].strip('"'))


def is_store_folder(location: Path) -> bool:
    """Whether a folder is an Oxigraph (RocksDB) store, or empty, so that loading may create one there."""
    return location.is_dir() and ((location / "CURRENT").exists() or not any(os.scandir(location)))
