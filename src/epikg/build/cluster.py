"""The document map on a Dask distributed cluster: the same `build_document` per page as the local pool.

The client (this process) reads each page's bytes and sends them with the page's job, so workers need no
shared storage, only epikg installed (the same version and data: each worker checks its build fingerprint
against the client's before it builds a page). A worker loads the model once per process, on its first
page or, started with `--preload epikg.build.preload`, as it starts; it runs torch on one thread. The cache
stays with the client, which holds the pages anyway: it looks each page up before sending it and stores what
comes back, so a cluster build and a local build share one cache, and workers never need to reach the
cache's folder. Pages are sent largest first, as the local pool hands them out.

Pages are sent a window at a time (a few per worker thread), so the client never holds the whole corpus's
bytes in flight; a page whose worker died is retried by Dask and, failing that, skipped with the reason.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from epikg.document import BuildOptions, DocumentResult, Job, Resources, build_document
from epikg.errors import ClusterError
from epikg.read.ingest import read_page

if TYPE_CHECKING:
    from epikg.build.cache import Cache

CONNECT_TIMEOUT_S = 20.0
WORKERS_TIMEOUT_S = 60.0
PAGES_PER_THREAD = 4
"""Pages in flight per worker thread: enough to keep every worker busy while results travel back."""
REFRESH_EVERY = 50
"""Results between two looks at how many worker threads the cluster has."""


@dataclass(frozen=True)
class WorkerSetup:
    """What a worker needs besides the page: the options, the client's --rules files, and the fingerprint
    its own epikg must have (see epikg.build.cache.fingerprint)."""

    options: BuildOptions
    rules_files: tuple[tuple[str, bytes], ...]
    validate: bool
    fingerprint: str

    @property
    def key(self) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        for name, data in self.rules_files:
            digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        return digest.hexdigest()


class WorkerSetupError(Exception):
    """A worker that cannot build any page (another epikg, a model it cannot load); stops the build."""


def rules_files(folder: Path | None) -> tuple[tuple[str, bytes], ...]:
    """The --rules folder's files, name and bytes, to be written out again on each worker."""
    if folder is None:
        return ()
    return tuple((p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file())


# --- on a worker ------------------------------------------------------------------------------

worker_lock = threading.Lock()
_loaded: tuple[str, Resources] | None = None


def _rules_folder(files: tuple[tuple[str, bytes], ...]) -> Path | None:
    if not files:
        return None
    folder = Path(tempfile.mkdtemp(prefix="epikg-rules-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for name, data in files:
        (folder / name).write_bytes(data)
    return folder


def _worker_resources(setup: WorkerSetup) -> Resources:
    """The model and data for `setup`, loaded once per worker process (again only when the setup changes)."""
    global _loaded
    from epikg.build.cache import fingerprint
    from epikg.lexicon import set_rules_dir

    with worker_lock:
        if _loaded is not None and _loaded[0] == setup.key:
            return _loaded[1]
        try:
            rules = _rules_folder(setup.rules_files)
            set_rules_dir(rules)
            mine = fingerprint(setup.options, rules=rules, validate=setup.validate)
            if mine != setup.fingerprint:
                raise WorkerSetupError(
                    "a worker runs another epikg than this machine (its version, code, data files, model or "
                    "libraries differ): install the same epikg on every worker"
                )
            from epikg.build.local import load_resources  # one torch (or BLAS) thread, as in the local pool

            resources = load_resources(setup.options)
        except WorkerSetupError:
            raise
        except Exception as exc:  # a model or rules folder the worker cannot load stops the build
            raise WorkerSetupError(
                f"a worker cannot load the model or data: {type(exc).__name__}: {exc}"
            ) from exc
        _loaded = (setup.key, resources)
        return resources


def build_sent_page(job: Job, data: bytes, setup: WorkerSetup) -> DocumentResult:
    """One page sent as bytes, built as the local pool builds it (under the page's own file name)."""
    resources = _worker_resources(setup)
    with tempfile.TemporaryDirectory(prefix="epikg-page-") as folder:
        page = Path(folder) / Path(job.path).name
        page.write_bytes(data)
        result = build_document(replace(job, path=str(page)), resources, validate=setup.validate)
    return replace(result, path=job.path)


# --- on the client ----------------------------------------------------------------------------


def _read_or_skip(job: Job) -> bytes | DocumentResult:
    """The page's bytes, or the skip a local build gives a page it cannot read (the same reason)."""
    path = Path(job.path)
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = str(exc)
    try:
        read_page(path, source=job.source_path)
    except Exception as exc:  # what read_page says is the reason a local build reports
        reason = str(exc)
    return DocumentResult(job.path, job.doc_id, skipped=reason, timings={"read": 0.0})


def connect(scheduler: str):  # noqa: ANN201 - a distributed.Client
    """A client of the scheduler with at least one worker; ClusterError (one line) when there is none."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterError(
            "--scheduler needs Dask's distributed scheduler: pip install 'dask[distributed]'"
        ) from exc
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        client.close()
        raise ClusterError(
            f"no Dask worker joined the scheduler at {scheduler} within {WORKERS_TIMEOUT_S:.0f} s: "
            f"start some with `dask worker {scheduler}`"
        ) from exc
    return client


def run_cluster_jobs(
    jobs: Sequence[Job],
    options: BuildOptions,
    *,
    scheduler: str,
    validate: bool = True,
    cache: Cache | None = None,
    rules: Path | None = None,
) -> Iterator[DocumentResult]:
    """Every job's result, as each is found in the cache or comes back from the cluster (in any order)."""
    from epikg.build.cache import fingerprint

    pending: deque[tuple[Job, str | None]] = deque()
    for job in jobs:
        key = cache.key(job) if cache else None
        hit = cache.get(key) if cache and key else None
        if hit is not None:
            yield replace(hit, path=job.path)
        else:
            pending.append((job, key))
    if not pending:
        return
    if len(pending) > 1:  # as the local pool hands them out: the workers finish together, not on a long page
        from epikg.build.local import longest_first, page_bytes

        pending = deque(longest_first(pending, lambda item: page_bytes(item[0])))
    setup = WorkerSetup(
        options, rules_files(rules), validate, fingerprint(options, rules=rules, validate=validate)
    )
    client = connect(scheduler)
    try:
        yield from _map(client, setup, pending, cache)
    finally:
        client.close()


def _map(client, setup: WorkerSetup, pending: deque[tuple[Job, str | None]], cache: Cache | None):  # noqa: ANN001, ANN202
    from distributed import as_completed

    shared = client.scatter(setup, broadcast=True)

    def window() -> int:  # asked again now and then: workers may join (or leave) during a build
        return max(8, PAGES_PER_THREAD * sum(client.nthreads().values()))

    size = window()
    flying: dict = {}
    finished = as_completed(loop=client.loop)
    ready: list[DocumentResult] = []

    def send_next() -> None:
        while pending:
            job, key = pending.popleft()
            data = _read_or_skip(job)
            if isinstance(data, DocumentResult):
                ready.append(data)  # unreadable here: skipped as a local build skips it
                continue
            future = client.submit(build_sent_page, job, data, shared, pure=False)
            flying[future] = (job, key)
            finished.add(future)
            return

    for _ in range(size):
        send_next()
    yield from ready
    ready.clear()
    for done, future in enumerate(finished, 1):
        job, key = flying.pop(future)
        try:
            result = future.result()
        except WorkerSetupError as exc:
            client.cancel(list(flying))
            raise ClusterError(str(exc)) from exc
        except Exception as exc:  # a worker that died (twice) costs its page, reported, not the run
            result = DocumentResult(
                job.path,
                job.doc_id,
                skipped=f"internal error in a worker: {type(exc).__name__}: {exc}",
                cacheable=False,
            )
        future.release()
        if cache and key:
            cache.put(key, result)
        yield result
        if done % REFRESH_EVERY == 0:
            size = window()
        while pending and len(flying) < size:
            send_next()
        yield from ready
        ready.clear()
