"""Compose the stages: raw page -> Article -> mentions -> Extraction -> graph. The only module that imports them all.

The stages (and rdflib) are imported where they are used: a rebuild that finds every page in the cache and
writes N-Triples loads neither the rules nor rdflib.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from epikg.build.union import PageUnion, pages_to_set_aside
from epikg.document import (
    BuildOptions,
    DocumentResult,
    Job,
    extract,
    load_tagger,
    read_article,
    scheme_lines,
)
from epikg.errors import IngestError
from epikg.rdf.plain import RDF_TYPE
from epikg.rdf.plain import article as article_iri
from epikg.read.discover import discover_pages, source_path
from epikg.records import Extraction, PageFile, Skipped
from epikg.verdict import Report

if TYPE_CHECKING:
    from rdflib import Graph

    from epikg.build.cache import Cache

DEFAULT_OPTIONS = BuildOptions()

__all__ = [
    "BuildOptions",
    "BuildResult",
    "build",
    "build_validated",
    "extract",
    "graph_of",
    "load_tagger",
    "plan_jobs",
    "read_article",
    "type_counts",
    "union_graph",
    "union_lines",
]


@dataclass
class BuildResult:
    built: list[Extraction] = field(default_factory=list)
    """The extractions of the built pages, kept by in-process builds only (empty from a pool or the cache)."""
    documents: list[DocumentResult] = field(default_factory=list)
    """Every built page's result (its triples, notes and timings), in the order of the inputs."""
    skipped: list[Skipped] = field(default_factory=list)
    removed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per built page (its path), the lines dropped as boilerplate, so that no text vanishes unreported."""
    notes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per built page, what was repaired to read it (bytes replaced) or renamed, so that nothing passes unreported."""
    ignored: list[str] = field(default_factory=list)
    """Files inside the input folders that are not pages (another suffix), for the summary to count."""
    _graph: Graph | None = field(default=None, repr=False)
    _union: PageUnion | None = field(default=None, repr=False)
    flat: bool = False
    """Whether the documents keep no lines (`build(..., keep_lines=False)`): the union was gathered as the
    pages came, and is all there is of their triples."""

    @property
    def graph(self) -> Graph:
        """The union as an rdflib graph, parsed when first asked for (N-Triples output and the union check
        need only the lines: a graph of a large build takes ten times their memory)."""
        if self._graph is None:
            if self.flat:
                from epikg.rdf.namespaces import new_graph

                self._graph = new_graph().parse(data="\n".join(self.union().lines), format="nt")
            else:
                self._graph = union_graph(self.documents)
        return self._graph

    @graph.setter
    def graph(self, value: Graph) -> None:
        self._graph = value

    def union(self) -> PageUnion:
        """The union of the built pages (its sorted, distinct lines, re-readable, and where its pages meet):
        gathered as they came in a flat build, else from the documents when first asked for (and again when
        documents were added since)."""
        if self._union is None or (not self.flat and self._union.pages != len(self.documents)):
            union = PageUnion.start(scheme_lines())
            for document in self.documents:
                union.add(document)
            self._union = union
        return self._union

    def lines(self) -> list[str]:
        """The union as sorted, distinct N-Triples lines (as union_lines), all in memory."""
        return list(self.union().lines)

    def set_aside(self, pages: dict[str, str]) -> None:
        """Skip the built pages of these ids (page id -> why), as if never built: the union is gathered again
        from the documents left (a build whose documents keep their lines)."""
        gone = [d for d in self.documents if d.doc_id in pages]
        self.documents = [d for d in self.documents if d.doc_id not in pages]
        self.built = [e for e in self.built if e.article.doc_id not in pages]
        for document in gone:
            self.skipped.append(Skipped(document.path, pages[document.doc_id]))
            self.removed.pop(document.path, None)
            self.notes.pop(document.path, None)
        self._graph = None

    def drop_nonconforming(self) -> None:
        """Skip the documents whose own graph breaks the shapes (with the first violation), and rebuild."""
        from epikg.validate import first_violation, validate

        kept = []
        for extraction in self.built:
            report = validate(graph_of([extraction]))
            if report.conforms:
                kept.append(extraction)
            else:
                self.skipped.append(
                    Skipped(extraction.article.path, f"graph does not conform: {first_violation(report)}")
                )
        self.built = kept
        self.graph = graph_of(kept)


def graph_of(extractions: Iterable[Extraction]) -> Graph:
    """The graph of some extractions, with the measure scheme their measures point into."""
    from epikg.rdf.mapping import add_extraction
    from epikg.rdf.namespaces import new_graph
    from epikg.rdf.vocabulary import measure_scheme

    graph = new_graph()
    graph += measure_scheme()
    for extraction in extractions:
        add_extraction(graph, extraction)
    return graph


def union_graph(documents: Iterable[DocumentResult]) -> Graph:
    """The union of the pages' own triples, with the measure scheme their measures point into."""
    from epikg.rdf.namespaces import new_graph
    from epikg.rdf.vocabulary import measure_scheme

    graph = new_graph()
    graph += measure_scheme()
    text = "\n".join(d.ntriples for d in documents if d.ntriples)
    if text:
        graph.parse(data=text, format="nt")
    return graph


def type_counts(lines: Iterable[str], classes: Iterable[str]) -> dict[str, int]:
    """How many nodes of each class (full IRIs) the N-Triples lines type, without parsing them into a graph."""
    endings = {f" <{RDF_TYPE}> <{cls}> .": cls for cls in classes}
    counts = dict.fromkeys(endings.values(), 0)
    for line in lines:
        cls = endings.get(line[line.find(" ") :])
        if cls is not None:
            counts[cls] += 1
    return counts


def union_lines(documents: Iterable[DocumentResult]) -> list[str]:
    """The union as sorted, distinct N-Triples lines: the measure scheme and every page's own triples.

    Each page's lines are sorted already: they are merged, not gathered into a set and sorted again."""
    merged = heapq.merge(sorted(scheme_lines()), *(_sorted_lines(d) for d in documents))
    return [line for line, _ in itertools.groupby(merged)]


def _sorted_lines(document: DocumentResult) -> list[str]:
    lines = document.lines()
    return lines if all(a <= b for a, b in itertools.pairwise(lines)) else sorted(lines)


def build_validated(
    inputs: Iterable[str | Path],
    options: BuildOptions = DEFAULT_OPTIONS,
    *,
    progress: Callable[[int, int, Path, str | None], None] | None = None,
    workers: int = 1,
    cache: Cache | None = None,
    scheduler: str | None = None,
    started: Callable[[int], None] | None = None,
    keep_extractions: bool | None = None,
    page_timeout: float | None = None,
    max_page_bytes: int | None = None,
    keep_lines: bool = True,
    setting_aside: Callable[[dict[str, str]], None] | None = None,
) -> tuple[BuildResult, Report]:
    """Build with each page validated on its own (a page that breaks the shapes is skipped, not the run),
    then check the union where pages meet (epikg.build.union): pages can still disagree with each other.

    Where they do, the rest is not lost: the pages at fault but the first at each node are set aside (skipped,
    with why: epikg.build.union.pages_to_set_aside; `setting_aside` is told them first) and the union of the
    others checked again, taken from the documents, or built again where the build kept no page's lines (from
    the cache, when there is one). The report is the last check's."""

    def run(aside: dict[str, str]) -> BuildResult:
        return build(
            inputs,
            options,
            progress=progress,
            validate_documents=True,
            workers=workers,
            cache=cache,
            scheduler=scheduler,
            started=started,
            keep_extractions=keep_extractions,
            page_timeout=page_timeout,
            max_page_bytes=max_page_bytes,
            keep_lines=keep_lines,
            set_aside=aside,
        )

    aside: dict[str, str] = {}
    result = run(aside)
    report = check_pages(result, cache)
    for _ in range(_SET_ASIDE_ROUNDS):
        more = {} if report.conforms else pages_to_set_aside(report, result.union())
        more = {page: why for page, why in more.items() if page not in aside}
        if not more:
            break
        if setting_aside:
            setting_aside(more)
        aside |= more
        if result.flat:
            result.union().close()
            result = run(aside)
        else:
            result.set_aside(more)
        report = check_pages(result, cache)
    return result, report


_SET_ASIDE_ROUNDS = 5
"""How often pages are set aside and the rest checked again before the build gives up (a node's readers
disagreeing anew each round would be a bug, not the pages')."""


def check_pages(result: BuildResult, cache: Cache | None = None) -> Report:
    """The union check of a build whose pages were validated alone; its verdict is kept in the cache under the
    union's lines, so that an unchanged rebuild reads it back."""
    if not result.documents:  # nothing built: nothing to check, and nothing to store
        return Report(True, "Validation Report\nConforms: True\n")
    union = result.union()
    key = cache.union_key(union.lines) if cache is not None else None
    known = cache.get_union(key) if cache is not None and key else None
    if known is not None:
        return Report(known[0], known[1])
    report = union.check().report
    if cache is not None and key:
        cache.put_union(key, report.conforms, report.text)
    return report


def _no_pages(inputs: Iterable[str | Path], problems: list[Skipped], ignored: list[str]) -> str:
    where = ", ".join(str(p) for p in inputs)
    found = [f"{len(ignored)} other file(s)"] if ignored else []
    if problems:
        found.append(f"{len(problems)} unreadable, first {problems[0].path}: {problems[0].reason}")
    return f"no pages (.txt, .html, .htm) found in {where}" + (f" ({'; '.join(found)})" if found else "")


def plan_jobs(paths: Iterable[Path | PageFile]) -> list[Job]:
    """Each page under an id no other page of the build has (`dup~2` beside `dup`), with a note when renamed.

    Ids are compared as the article IRIs they become, so `dup.txt` and `dup .txt` count as the same; they are
    given in the order of the paths, before any page is read, so that pages can be built anywhere. A bare
    path's source path is worked out here (`epikg.read.ingest.source_path`), not in a worker.
    """
    seen: dict[str, Path] = {}
    jobs = []
    for item in paths:
        found = item if isinstance(item, PageFile) else PageFile(item, source_path(item))
        path = found.path
        stem = doc_id = path.stem
        number, note = 1, None
        while str(article_iri(doc_id)) in seen:
            number += 1
            doc_id = f"{stem.strip()}~{number}"
        if number > 1:
            note = f"document id {stem!r} is taken by {seen[str(article_iri(stem))]}; this page is {doc_id!r}"
        seen[str(article_iri(doc_id))] = path
        jobs.append(Job(str(path), doc_id, note, found.source_path))
    return jobs


def build(
    inputs: Iterable[str | Path],
    options: BuildOptions = DEFAULT_OPTIONS,
    *,
    progress: Callable[[int, int, Path, str | None], None] | None = None,
    validate_documents: bool = False,
    workers: int = 1,
    cache: Cache | None = None,
    scheduler: str | None = None,
    started: Callable[[int], None] | None = None,
    keep_extractions: bool | None = None,
    page_timeout: float | None = None,
    max_page_bytes: int | None = None,
    keep_lines: bool = True,
    set_aside: dict[str, str] | None = None,
) -> BuildResult:
    """Build every page under inputs into one graph: a map of `build_document` over the pages, then the union.

    Bad pages are reported in `skipped`, never dropped silently. With one worker and no cache the
    extractions are kept in `built` (unless `keep_extractions` is False: a large build need not hold them all);
    pages come back in any order and are listed in the inputs' order.
    With `scheduler` (a Dask scheduler's address) the pages are built on that cluster (epikg.build.cluster).
    `started` is told the number of pages once they are found, before the model loads.
    A page over `max_page_bytes`, or still running after `page_timeout` seconds, is skipped with that reason
    (see epikg.build.local.run_jobs; on a cluster, the size limit only).
    With `keep_lines` False (a flat build) each page's lines go into the union as the page comes (held on
    disk past a size, epikg.build.spill) and its document keeps none: memory stays flat however many pages.
    A page whose id is in `set_aside` is skipped unbuilt, with the reason given there.
    """
    problems: list[Skipped] = []
    ignored: list[str] = []
    paths = list(discover_pages(inputs, problems, ignored))
    if not paths:
        raise IngestError(_no_pages(inputs, problems, ignored))
    jobs = plan_jobs(paths)
    if set_aside:
        problems += [Skipped(job.path, set_aside[job.doc_id]) for job in jobs if job.doc_id in set_aside]
        jobs = [job for job in jobs if job.doc_id not in set_aside]
    if started:
        started(len(jobs))
    order = {job.path: number for number, job in enumerate(jobs)}
    documents = []
    union = None if keep_lines else PageUnion.start(scheme_lines())
    if scheduler is not None:
        from epikg.build.cluster import run_cluster_jobs
        from epikg.build.local import too_large
        from epikg.lexicon import rules_dir

        # A page over the size limit is skipped here, unread; the cluster has no per-page clock (README).
        checked = [(job, too_large(job, max_page_bytes)) for job in jobs]
        oversized = [skip for _, skip in checked if skip is not None]
        sent = [job for job, skip in checked if skip is None]
        results = itertools.chain(
            oversized,
            run_cluster_jobs(
                sent,
                options,
                scheduler=scheduler,
                validate=validate_documents,
                cache=cache,
                rules=rules_dir(),
            ),
        )
    else:
        from epikg.build.local import run_jobs

        results = run_jobs(
            jobs,
            options,
            workers=workers,
            validate=validate_documents,
            cache=cache,
            keep_extractions=(workers <= 1 and cache is None and not page_timeout)
            if keep_extractions is None
            else keep_extractions,
            page_timeout=page_timeout,
            max_page_bytes=max_page_bytes,
            idle=union.share_next if union is not None else None,  # while the workers build
        )
    for number, document in enumerate(results, 1):
        if union is not None:
            union.add(document)
            document = replace(document, ntriples="")  # noqa: PLW2901 - its lines are in the union now
        documents.append(document)
        if progress:
            progress(number, len(jobs), Path(document.path), document.skipped)
    result = BuildResult(skipped=problems, ignored=ignored, _union=union, flat=union is not None)
    for document in sorted(documents, key=lambda d: order[d.path]):
        collect(result, document)
    return result


def collect(result: BuildResult, document: DocumentResult) -> None:
    """Add one page's result to the build's (its triples are unioned at the end)."""
    if document.skipped:
        result.skipped.append(Skipped(document.path, document.skipped))
        return
    result.documents.append(document)
    if document.extraction is not None:
        result.built.append(document.extraction)
    if document.removed:
        result.removed[document.path] = document.removed
    if document.notes:
        result.notes[document.path] = document.notes
