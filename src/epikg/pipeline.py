"""Compose the stages: raw page -> Article -> mentions -> Extraction -> graph. The only module that imports them all."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from epikg.build.local import run_jobs
from epikg.document import (
    BuildOptions,
    DocumentResult,
    Job,
    extract,
    load_tagger,
    read_article,
    scheme_lines,
)
from epikg.ingest import IngestError, discover_pages, source_path
from epikg.rdf.iris import article as article_iri
from epikg.rdf.mapping import add_extraction
from epikg.rdf.namespaces import new_graph
from epikg.rdf.vocabulary import measure_scheme
from epikg.records import Extraction, PageFile, Skipped
from epikg.validate import Report, first_violation, validate

if TYPE_CHECKING:
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
    "union_graph",
    "union_lines",
]


@dataclass
class BuildResult:
    graph: Graph
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

    def drop_nonconforming(self) -> None:
        """Skip the documents whose own graph breaks the shapes (with the first violation), and rebuild."""
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
    graph = new_graph()
    graph += measure_scheme()
    for extraction in extractions:
        add_extraction(graph, extraction)
    return graph


def union_graph(documents: Iterable[DocumentResult]) -> Graph:
    """The union of the pages' own triples, with the measure scheme their measures point into."""
    graph = new_graph()
    graph += measure_scheme()
    text = "\n".join(d.ntriples for d in documents if d.ntriples)
    if text:
        graph.parse(data=text, format="nt")
    return graph


def union_lines(documents: Iterable[DocumentResult]) -> list[str]:
    """The union as sorted, distinct N-Triples lines: the measure scheme and every page's own triples."""
    lines = set(scheme_lines())
    for document in documents:
        lines.update(document.lines())
    return sorted(lines)


def build_validated(
    inputs: Iterable[str | Path],
    options: BuildOptions = DEFAULT_OPTIONS,
    *,
    progress: Callable[[int, int, Path, str | None], None] | None = None,
    workers: int = 1,
    cache: Cache | None = None,
    page_timeout: float | None = None,
    max_page_bytes: int | None = None,
) -> tuple[BuildResult, Report]:
    """Build with each page validated on its own (a page that breaks the shapes is skipped, not the run),
    then validate the union once: pages can still disagree with each other."""
    result = build(
        inputs,
        options,
        progress=progress,
        validate_documents=True,
        workers=workers,
        cache=cache,
        page_timeout=page_timeout,
        max_page_bytes=max_page_bytes,
    )
    return result, validate(result.graph)


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
    path's source path is worked out here (`epikg.ingest.source_path`), not in a worker.
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
    page_timeout: float | None = None,
    max_page_bytes: int | None = None,
) -> BuildResult:
    """Build every page under inputs into one graph: a map of `build_document` over the pages, then the union.

    Bad pages are reported in `skipped`, never dropped silently. With one worker and no cache the
    extractions are kept in `built`; pages come back in any order and are listed in the inputs' order.
    A page over `max_page_bytes`, or still running after `page_timeout` seconds, is skipped with that reason
    (see epikg.build.local.run_jobs).
    """
    problems: list[Skipped] = []
    ignored: list[str] = []
    paths = list(discover_pages(inputs, problems, ignored))
    if not paths:
        raise IngestError(_no_pages(inputs, problems, ignored))
    jobs = plan_jobs(paths)
    order = {job.path: number for number, job in enumerate(jobs)}
    documents = []
    results = run_jobs(
        jobs,
        options,
        workers=workers,
        validate=validate_documents,
        cache=cache,
        keep_extractions=workers <= 1 and cache is None and not page_timeout,
        page_timeout=page_timeout,
        max_page_bytes=max_page_bytes,
    )
    for number, document in enumerate(results, 1):
        documents.append(document)
        if progress:
            progress(number, len(jobs), Path(document.path), document.skipped)
    result = BuildResult(graph=Graph(), skipped=problems, ignored=ignored)
    for document in sorted(documents, key=lambda d: order[d.path]):
        collect(result, document)
    result.graph = union_graph(result.documents)
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
