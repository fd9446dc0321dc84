"""A chunk of pages built together: the model tags all their sentences in one call, then each page is built
alone as `build_document` builds it (its rules, triples and validation), with the model's spans handed in.

A page must give the same triples whatever pages share its chunk, however many workers and in whatever
order: the int8 model makes its batches within each page (its tags depend on a sentence's batch mates), the
array engine across the chunk's pages (its tags do not; epikg.ner.array_model.ArrayTagger._predict).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from epikg.document import DocumentResult, Job, ReadPage, Resources, build_document, read_job

if TYPE_CHECKING:
    from epikg.ner.corpus import Entity


class PageSpans:
    """A tagger that answers for one page from spans already found: the page's sentences, as tagged in a chunk."""

    def __init__(self, tagger, sentences: Sequence[str], spans: list[list[Entity]]) -> None:  # noqa: ANN001
        self._tagger = tagger
        self._sentences = list(sentences)
        self._spans = spans

    def tag(self, sentences: Sequence[str], batch_size: int = 64) -> list[list[Entity]]:
        if list(sentences) == self._sentences:
            return self._spans
        return self._tagger.tag(sentences, batch_size)  # read otherwise than in the chunk: tag it here


def _read(job: Job) -> ReadPage | None:
    """The page as its build will read it, None where it cannot be read (its build says why)."""
    try:
        return read_job(job)
    except Exception:  # noqa: BLE001 - the page's own build reports it
        return None


def build_chunk(
    jobs: Sequence[Job], resources: Resources, *, validate: bool = True, keep_extraction: bool = False
) -> list[DocumentResult]:
    """Each job's result, the model run once over the chunk's sentences; each page is read once."""
    return list(iter_chunk(jobs, resources, validate=validate, keep_extraction=keep_extraction))


def iter_chunk(
    jobs: Sequence[Job], resources: Resources, *, validate: bool = True, keep_extraction: bool = False
) -> Iterator[DocumentResult]:
    """`build_chunk`, each result given as soon as its page is built (the model has run over them all first)."""
    tagger = resources.tagger
    if tagger is None or not hasattr(tagger, "tag_pages") or len(jobs) < 2:
        for job in jobs:
            yield build_document(job, resources, validate=validate, keep_extraction=keep_extraction)
        return
    pages = [_read(job) for job in jobs]
    sentences = [
        [page.article.body.text[s.start : s.end] for s in page.article.sentences] if page else None
        for page in pages
    ]
    tagged = iter(tagger.tag_pages([own for own in sentences if own is not None]))
    for job, page, own_sentences in zip(jobs, pages, sentences, strict=True):
        own = (
            resources
            if own_sentences is None
            else replace(resources, tagger=PageSpans(tagger, own_sentences, next(tagged)))
        )
        yield build_document(job, own, validate=validate, keep_extraction=keep_extraction, read=page)
