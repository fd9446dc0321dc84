"""The document map on this machine: in this process, or a pool of worker processes, each loading the
model once (its initializer) and running torch on one thread; results come back as pages finish.

A page found in the cache (epikg.build.cache) is not built again, and the model is loaded only when some
page has to be.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from epikg.document import BuildOptions, DocumentResult, Job, Resources, load_tagger
from epikg.lexicon import rules_dir, set_rules_dir

if TYPE_CHECKING:
    import multiprocessing.context

    from epikg.build.cache import Cache


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _one_torch_thread() -> None:
    """One thread per worker: two gave no gain on a quiet machine, and were 27 times slower beside another process."""
    import torch

    torch.set_num_threads(1)


def load_resources(options: BuildOptions) -> Resources:
    if options.use_model and options.ner_engine == "hanlp":
        _one_torch_thread()
    elif options.use_model:
        from epikg.ner.array_model import one_blas_thread

        one_blas_thread()  # as torch: a second thread was slower beside a second worker
    return Resources(options, load_tagger(options))


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off meanwhile, then every object made so far frozen out of its sight
    (gc.freeze): later collections skip them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def start_worker(options: BuildOptions) -> Resources:
    """What a worker process of our own (a pool's, a watched one) loads once. torch and HanLP are imported with
    the collector paused: it ran three full collections over the 200,000 objects their import makes, none of
    them garbage to speak of (0.25 s of a 2 s start-up; paused further, through the rule data, it kept 12 MiB
    more). Not in a caller's own process, whose objects are not ours to freeze."""
    if options.use_model and options.ner_engine == "hanlp":
        with collector_paused():
            import torch  # noqa: F401

            import epikg.ner.hanlp_model  # noqa: F401
    elif options.use_model:  # the array engine: numpy, no torch
        with collector_paused():
            import epikg.ner.array_model  # noqa: F401
    resources = load_resources(options)
    return_free_memory()
    return resources


def return_free_memory() -> None:
    """The C heap's free pages given back to the system (glibc's malloc_trim): what loading freed (the model's
    random initial weights, read buffers) otherwise stays in the process's RSS, 20-40 MiB of it. A no-op
    where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with suppress(OSError, AttributeError):  # another C library (musl)
        ctypes.CDLL("libc.so.6").malloc_trim(0)


T = TypeVar("T")

_worker: tuple[Resources, bool] | None = None


def _init_worker(options: BuildOptions, rules: str | None, validate: bool) -> None:
    """Once per worker process: the rules folder first (the data loaders are cached per process), then the model."""
    global _worker
    set_rules_dir(Path(rules) if rules else None)
    _worker = (start_worker(options), validate)


def _work_chunk(jobs: list[Job]) -> list[DocumentResult]:
    from epikg.build.chunk import build_chunk

    assert _worker is not None, "the worker was not initialized"
    resources, validate = _worker
    return build_chunk(jobs, resources, validate=validate)


CHUNK_PAGES = 8
"""Pages a worker takes at once (the model tags them in one call); fewer where that would idle a worker."""
CHUNK_BYTES = 64_000
"""Bytes of pages a chunk holds at most (a larger page alone): a chunk is tagged before its first page is
built, and watched workers give its first page the deadline of one (epikg.build.watched)."""


def _chunks(pending: list[T], workers: int, size_of: Callable[[T], int] = lambda _: 0) -> list[list[T]]:
    """Consecutive chunks of CHUNK_PAGES pages and CHUNK_BYTES at most. With several workers a chunk holds
    at most a share of what is left (half of it over the workers), so that chunks shrink towards the end
    and the workers finish together, none left with a full chunk while the others idle."""
    chunks: list[list[T]] = []
    held = size = 0
    for done, item in enumerate(pending):
        if chunks and len(chunks[-1]) < size and held + size_of(item) <= CHUNK_BYTES:
            chunks[-1].append(item)
            held += size_of(item)
            continue
        left = len(pending) - done
        size = CHUNK_PAGES if workers <= 1 else max(1, min(CHUNK_PAGES, -(-left // (2 * workers))))
        chunks.append([item])
        held = size_of(item)
    return chunks


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    """fork while torch is not loaded here (workers start at once, sharing what is imported); spawn once it is,
    since torch's thread pools do not survive a fork."""
    if "torch" not in sys.modules and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def prepare_validation() -> None:
    """Load the validator and its shapes in this process while the workers start (they load the model for
    a second or more, and this process has nothing to do yet): the union check after the last page then
    finds them loaded, instead of loading them (0.2-0.3 s) while every worker is done and idle."""
    from rdflib import Graph

    from epikg.validate import validate

    validate(Graph())


DEFAULT_PAGE_TIMEOUT = 600.0
"""Seconds a page may take in the CLI (`--page-timeout`): twice what a page at the size limit took with the
model on a busy machine, so that it stops what hangs, not what is merely long (README, Reliability)."""
DEFAULT_MAX_PAGE_BYTES = 2_000_000
"""Bytes above which the CLI skips a page unread (`--max-page-size`): a news article is a few KB; 1 MB cost
1 to 1.4 GB of memory, so a 10 MB concatenation would want about 10 (README, Reliability)."""


def page_bytes(job: Job) -> int:
    """The page's size on disk, 0 where it cannot be read (its build says why)."""
    try:
        return os.stat(job.path).st_size
    except OSError:
        return 0


def longest_first(items: Sequence[T], size: Callable[[T], int]) -> list[T]:
    """The items largest first, ties in their given order: workers taking pages in this order finish together,
    the last pages handed out being the shortest (a page's time grows with its size), not a long page
    that keeps one worker busy while the others idle."""
    return sorted(items, key=size, reverse=True)


def too_large(job: Job, limit: int | None, size: int | None = None) -> DocumentResult | None:
    """The skip of a page over the size limit, or None (also when its size cannot be read: building says why).
    `size` is the page's `page_bytes` where the caller has it already."""
    size = page_bytes(job) if size is None else size
    if limit is None or size <= limit:
        return None
    reason = f"page too large ({size} bytes > {limit} bytes, --max-page-size)"
    return DocumentResult(job.path, job.doc_id, skipped=reason, cacheable=False)


def run_jobs(
    jobs: Sequence[Job],
    options: BuildOptions,
    *,
    workers: int = 1,
    validate: bool = True,
    keep_extractions: bool = False,
    cache: Cache | None = None,
    page_timeout: float | None = None,
    max_page_bytes: int | None = None,
    idle: Callable[[], bool] | None = None,
) -> Iterator[DocumentResult]:
    """Every job's result, as each is found in the cache or finished (not in the jobs' order).

    A page over `max_page_bytes` is skipped unread; with `page_timeout` (seconds) pages are built in watched
    worker processes, even with one worker, and a page still running at its deadline is skipped (see
    epikg.build.watched). Neither skip is cached: a later run may allow more. `idle` is the caller's work,
    done a piece at a time while watched workers build pages (see epikg.build.watched.WatchedPool.run).
    """
    pending: list[tuple[Job, str | None]] = []
    sizes = {job.path: page_bytes(job) for job in jobs}  # stat'ed once: for the limit and the workers' order
    for job in jobs:
        if (skip := too_large(job, max_page_bytes, sizes[job.path])) is not None:
            yield skip
            continue
        key = cache.key(job) if cache else None
        hit = cache.get(key) if cache and key else None
        if hit is not None:
            yield replace(hit, path=job.path)  # the entry may be from the same pages in another folder
        else:
            pending.append((job, key))
    if not pending:
        return
    # what starts workers and builds pages, imported only when some page must be built (not on a cached run)
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from epikg.build.chunk import build_chunk
    from epikg.build.watched import run_watched

    if workers > 1:
        pending = longest_first(pending, lambda item: sizes[item[0].path])
    context = _context()
    meanwhile = prepare_validation if validate else None
    size_of = lambda item: sizes[item[0].path]  # noqa: E731
    if page_timeout:
        rules = rules_dir()
        keys = {job.path: key for job, key in pending}
        for result in run_watched(
            [[job for job, _ in chunk] for chunk in _chunks(pending, workers, size_of)],
            options,
            context,
            workers=workers,
            timeout=page_timeout,
            rules=str(rules) if rules else None,
            validate=validate,
            meanwhile=meanwhile,
            idle=idle,
        ):
            key = keys[result.path]
            if cache and key and result.cacheable:
                cache.put(key, result)
            yield result
        return
    if workers <= 1 or len(pending) == 1:
        resources = load_resources(options)
        for chunk in _chunks(pending, 1, size_of):
            jobs = [job for job, _ in chunk]
            results = build_chunk(jobs, resources, validate=validate, keep_extraction=keep_extractions)
            for (_, key), result in zip(chunk, results, strict=True):
                if cache and key:
                    cache.put(key, result)
                yield result
        return
    rules = rules_dir()
    with ProcessPoolExecutor(
        max_workers=min(workers, len(pending)),
        mp_context=context,
        initializer=_init_worker,
        initargs=(options, str(rules) if rules else None, validate),
    ) as pool:
        futures = {
            pool.submit(_work_chunk, [job for job, _ in chunk]): chunk
            for chunk in _chunks(pending, workers, size_of)
        }
        if meanwhile is not None:
            meanwhile()
        for future in as_completed(futures):
            chunk = futures[future]
            try:
                results = future.result()
            except Exception as exc:  # a worker that died costs its pages, reported, not the run
                results = [
                    DocumentResult(
                        job.path,
                        job.doc_id,
                        skipped=f"internal error in a worker: {type(exc).__name__}: {exc}",
                        cacheable=False,
                    )
                    for job, _ in chunk
                ]
            for (_, key), result in zip(chunk, results, strict=True):
                if cache and key:
                    cache.put(key, result)
                yield result
