"""Worker processes the parent watches: a page that runs past its deadline, or kills its worker, costs that page.

A deadline inside the worker (a signal) cannot stop a regular expression or other C code that holds the
interpreter, so the parent keeps the clock. Each worker is handed a chunk of pages (the model tags their
sentences in one call: epikg.build.chunk) and sends each page's result as it is built; every result is due
within the timeout of the one before (of the hand-out, for the first). A worker still busy at the deadline
is killed and a fresh one started in its place (loading the model again); so is one that dies (out of
memory, a crash in C). When the chunk's last page was the one pending, that page is reported; otherwise
the pages still pending go back to the queue one by one, each then built alone, so that only the page at
fault is lost (having cost its deadline twice).
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from epikg.compiled import compiled_dir
from epikg.document import BuildOptions, DocumentResult, Job, ModelError, build_document
from epikg.lexicon import read_data_lines


def timed_out(seconds: float) -> str:
    """The skip reason of a page that ran past its deadline."""
    return f"took longer than {seconds:g} s (--page-timeout); its worker was stopped"


def _serve(connection: Connection, options: BuildOptions, rules: str | None, validate: bool) -> None:
    """A worker's life: load what pages share once, say so, then build each chunk of pages it is sent, page
    by page, until None."""
    from epikg.build.chunk import iter_chunk
    from epikg.build.local import return_free_memory, start_worker  # the same set-up as a pool worker's
    from epikg.lexicon import set_rules_dir

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    try:
        set_rules_dir(Path(rules) if rules else None)
        resources = start_worker(options)
    except Exception as exc:  # noqa: BLE001 - told to the parent, which reports it in one line
        connection.send(("failed", type(exc).__name__, str(exc)))
        return
    build_warm_up_page(resources, validate)
    return_free_memory()  # what reading the rule data freed
    connection.send(("ready",))
    while (chunk := connection.recv()) is not None:
        for result in iter_chunk(chunk, resources, validate=validate):
            connection.send(result)


def build_warm_up_page(resources: Any, validate: bool) -> None:
    """Build the warm-up page; where that fails the first real page pays the loading, which is no error."""
    with contextlib.suppress(Exception):  # a folder that cannot be written, say
        build_document(Job(str(warm_up_page()), "warm-up"), resources, validate=validate)


def warm_up_page() -> Path:
    """The warm-up page as a file in the compiled-data folder, named by its text's checksum and written once
    (to a temporary file, renamed): a worker stopped while it warms up leaves nothing behind, where a
    temporary folder of its own would stay in $TMPDIR."""
    text = "\n".join(read_data_lines("warm_up_page.txt")) + "\n"
    page = compiled_dir() / f"warm-up-{hashlib.sha256(text.encode()).hexdigest()[:16]}.txt"
    if not page.is_file():
        page.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=page.parent, delete=False) as out:
            out.write(text)
        os.replace(out.name, page)
    return page


@dataclass
class _Worker:
    process: Any  # a multiprocessing Process (its type depends on the context)
    connection: Connection
    jobs: list[Job] = field(default_factory=list)
    """The pages of its chunk not built yet, in the order the results come."""
    deadline: float = 0.0
    ready: bool = False


class WatchedPool:
    """Up to `workers` processes, each given a chunk of pages at a time and stopped at a page's deadline."""

    def __init__(
        self,
        context: multiprocessing.context.BaseContext,
        options: BuildOptions,
        *,
        workers: int,
        timeout: float,
        rules: str | None,
        validate: bool,
    ) -> None:
        self.context, self.options, self.rules, self.validate = context, options, rules, validate
        self.size, self.timeout = workers, timeout
        self.workers: list[_Worker] = []

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_serve, args=(child, self.options, self.rules, self.validate), daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def _stop(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.connection.close()

    def close(self) -> None:
        """Idle workers are told to stop and left to exit on their own: the parent has all it needs from them,
        and a worker's exit (freeing its model) took 0.1-0.2 s that the build waited for, after its last page.
        The others (busy, starting) are stopped."""
        for worker in list(self.workers):
            if worker.ready and not worker.jobs and worker.process.is_alive():
                try:
                    worker.connection.send(None)
                except OSError:
                    self._stop(worker)
                else:
                    self.workers.remove(worker)
                    worker.connection.close()
                continue
            self._stop(worker)

    def run(
        self,
        chunks: Sequence[Sequence[Job]],
        meanwhile: Callable[[], None] | None = None,
        idle: Callable[[], bool] | None = None,
    ) -> Iterator[DocumentResult]:
        """Every job's result as it finishes; a page past its deadline or whose worker died is skipped.
        `meanwhile` is called once the workers are started, while they load what they need; `idle` while
        no worker has anything to say, until it returns False (it has nothing left to do)."""
        waiting = deque(list(chunk) for chunk in chunks if chunk)
        for _ in range(min(self.size, len(waiting))):
            self._start()
        if meanwhile is not None:
            meanwhile()
        while self.workers:
            for worker in self.workers:
                self._hand_out(worker, waiting)
            busy = [w for w in self.workers if w.jobs]
            if not waiting and not busy:
                return
            now = time.monotonic()
            until = min((w.deadline for w in busy), default=now + 60.0)
            handles = [w.connection for w in self.workers] + [w.process.sentinel for w in self.workers]
            ready = wait(handles, timeout=0)
            while not ready and idle is not None and idle():
                ready = wait(handles, timeout=0)
            if not ready:
                ready = wait(handles, timeout=max(0.0, until - now))
            for worker in list(self.workers):
                yield from self._attend(worker, ready, waiting)

    def _hand_out(self, worker: _Worker, waiting: deque[list[Job]]) -> None:
        """The next waiting chunk to a worker that is ready and idle, its first deadline running from now."""
        if worker.ready and not worker.jobs and waiting:
            worker.jobs = waiting.popleft()
            worker.deadline = time.monotonic() + self.timeout
            worker.connection.send(worker.jobs)

    def _attend(
        self, worker: _Worker, ready: list[Any], waiting: deque[list[Job]]
    ) -> Iterator[DocumentResult]:
        """What one worker has to say: ready, a page's result, its death, or a deadline passed."""
        if worker.connection in ready:
            try:
                message = worker.connection.recv()
            except (EOFError, OSError):
                message = None  # it died while sending: its sentinel tells the rest below
            if isinstance(message, DocumentResult):
                worker.jobs.pop(0)
                worker.deadline = time.monotonic() + self.timeout
                # its next chunk first, when this one is done: the worker builds it while the caller takes this
                self._hand_out(worker, waiting)
                yield message
                return
            if isinstance(message, tuple) and message[0] == "ready":
                worker.ready = True
                self._hand_out(worker, waiting)
                return
            if isinstance(message, tuple) and message[0] == "failed":
                self.close()
                if message[1] == "ModelError":
                    raise ModelError(message[2])
                raise RuntimeError(f"a worker could not start: {message[1]}: {message[2]}")
        if not worker.process.is_alive() or worker.process.sentinel in ready:
            worker.process.join()
            code = worker.process.exitcode
            self._stop(worker)
            if not worker.jobs and not worker.ready:
                raise RuntimeError(f"a worker died while starting (exit code {code})")
            yield from self._lost(worker, waiting, f"its worker died while building it (exit code {code})")
            return
        if worker.jobs and time.monotonic() >= worker.deadline:
            self._stop(worker)
            yield from self._lost(worker, waiting, timed_out(self.timeout))

    def _lost(self, worker: _Worker, waiting: deque[list[Job]], reason: str) -> Iterator[DocumentResult]:
        """A stopped or dead worker's pending pages: the one skipped if it was alone, else each queued again
        alone (first, in their order), then a fresh worker for what waits."""
        if len(worker.jobs) == 1:
            yield _skipped(worker.jobs[0], reason)
        else:
            waiting.extendleft([job] for job in reversed(worker.jobs))
        if waiting:
            self._replace()

    def _replace(self) -> None:
        """A fresh worker for the pages still waiting (it loads the model again)."""
        if len(self.workers) < self.size:
            self._start()


def _skipped(job: Job, reason: str) -> DocumentResult:
    """A page lost with its worker: reported, and not cached (a later run may have more time)."""
    return DocumentResult(job.path, job.doc_id, skipped=reason, cacheable=False)


def run_watched(
    chunks: Sequence[Sequence[Job]],
    options: BuildOptions,
    context: multiprocessing.context.BaseContext,
    *,
    workers: int,
    timeout: float,
    rules: str | None,
    validate: bool,
    meanwhile: Callable[[], None] | None = None,
    idle: Callable[[], bool] | None = None,
) -> Iterator[DocumentResult]:
    """Build the chunks of jobs in watched worker processes (see WatchedPool); workers are stopped when done.
    `meanwhile` is work of this process's own, done while the workers start; `idle` is done a piece at a
    time while they build (see WatchedPool.run)."""
    pool = WatchedPool(
        context, options, workers=min(workers, len(chunks)), timeout=timeout, rules=rules, validate=validate
    )
    try:
        yield from pool.run(chunks, meanwhile, idle)
    finally:
        pool.close()
