"""Compose the stages: raw page -> Article -> mentions -> Extraction -> graph. The only module that imports them all."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from epikg.extract.measure_places import place_measures
from epikg.extract.measures import find_measures
from epikg.extract.organizations import describe, resolve_all
from epikg.extract.places import read_places
from epikg.extract.posts import find_posts
from epikg.extract.quantities import find_quantities
from epikg.ingest import IngestError, discover, html_title, page_text, read_page
from epikg.ner import recognize
from epikg.normalize import clean_lines, fold_aligned, remove_residue, split_sentences
from epikg.pagemeta import Found, read_meta
from epikg.rdf.iris import article as article_iri
from epikg.rdf.mapping import add_extraction
from epikg.rdf.namespaces import new_graph
from epikg.rdf.vocabulary import measure_scheme
from epikg.records import AlignedText, Article, Byline, Extraction, Mention, Skipped
from epikg.validate import Report, first_violation, validate


@dataclass(frozen=True)
class BuildOptions:
    """What `epikg build` can be told."""

    ner_model: str | None = None
    """A local HanLP model folder or a HanLP pretrained identifier; None is the model shipped with epikg."""
    use_model: bool = True
    """False runs the genre rules alone (for tests and for measuring what the model adds)."""
    use_rules: bool = True
    """False takes the model's raw mentions alone (for measuring what the genre layer adds)."""


@dataclass
class BuildResult:
    graph: Graph
    built: list[Extraction] = field(default_factory=list)
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
                self.skipped.append(Skipped(extraction.article.path, f"graph does not conform: {first_violation(report)}"))
        self.built = kept
        self.graph = graph_of(kept)


def graph_of(extractions: Iterable[Extraction]) -> Graph:
    """The graph of some extractions, with the measure scheme their measures point into."""
    graph = new_graph()
    graph += measure_scheme()
    for extraction in extractions:
        add_extraction(graph, extraction)
    return graph


def build_validated(
    inputs: Iterable[str | Path],
    options: BuildOptions = BuildOptions(),
    *,
    progress: Callable[[int, int, Path, str | None], None] | None = None,
) -> tuple[BuildResult, Report]:
    """Build, then validate; a document that breaks the shapes is skipped, not the whole run.

    The whole graph is validated once; only when it fails are documents checked one by one.
    """
    result = build(inputs, options, progress=progress)
    report = validate(result.graph)
    if result.built and not report.conforms:
        result.drop_nonconforming()
        report = validate(result.graph)
    return result, report


def _raw(aligned: AlignedText, found: Found | None) -> tuple[int, int] | None:
    return aligned.raw_span(found.start, found.end) if found else None


def read_article(path: Path, removed: list[str] | None = None, notes: list[str] | None = None) -> Article:
    """One page on disk -> a cleaned Article with its self-description; IngestError if unusable.

    The lines dropped as boilerplate are appended to `removed`, and repairs made to read it to `notes`, when given.
    """
    page = read_page(path, notes)
    aligned = fold_aligned(remove_residue(page_text(page)))
    meta = read_meta(aligned.text, html_title(page))
    if notes is not None:  # an impossible date costs that reading, not the page
        notes.extend(meta.dropped)
    body = clean_lines(aligned, removed)
    if not body.text.strip():
        raise IngestError("no article text left after removing page boilerplate")
    bylines = tuple(
        Byline(found.value, role, *aligned.raw_span(found.start, found.end)) for found, role in meta.bylines
    )
    return Article(
        doc_id=page.doc_id,
        path=page.path,
        encoding=page.encoding,
        raw=page.raw,
        body=body,
        title=meta.title.value if meta.title else None,
        published=meta.published,
        outlet=meta.outlet.value if meta.outlet else None,
        outlet_span=_raw(aligned, meta.outlet),
        bylines=bylines,
        sentences=split_sentences(body.text),
    )


def _in_byline(article: Article, mention: Mention) -> bool:
    start, end = article.body.raw_span(mention.start, mention.end)
    return any(start < b.end and b.start < end for b in article.bylines)


def extract(article: Article, *, tagger=None, rules: bool = True) -> Extraction:  # noqa: ANN001
    """Mentions, then what they add up to: places, the article's locality, organizations, posts and measures."""
    text = article.body.text
    # A byline (`作者:王怡晴`) is its own reading of the person; a model's `王怡` inside it is not another.
    mentions = tuple(
        m for m in recognize(text, article.sentences, tagger=tagger, rules=rules)
        if not _in_byline(article, m)
    )
    places, locality = read_places(mentions, outlet=article.outlet, doc_id=article.doc_id)
    organizations = resolve_all(mentions, locality)
    posts, seats = find_posts(text, mentions, places, locality)
    measures = place_measures(
        text, article.sentences, find_measures(text, article.sentences, article.published),
        mentions, places, locality, organizations,
    )
    named = [*organizations.values(), *(p.organization for p in posts), *(m.ordered_by for m in measures), article.outlet]
    return Extraction(
        article=article,
        mentions=mentions,
        places=places,
        organizations=organizations,
        bodies={name: describe(name, article.doc_id) for name in named if name},
        locality=locality.by_level,
        seats={name: place.key for name, place in seats.items()},
        posts=tuple(posts),
        quantities=tuple(find_quantities(text)),
        measures=measures,
    )


def _no_pages(inputs: Iterable[str | Path], problems: list[Skipped], ignored: list[str]) -> str:
    where = ", ".join(str(p) for p in inputs)
    found = [f"{len(ignored)} other file(s)"] if ignored else []
    if problems:
        found.append(f"{len(problems)} unreadable, first {problems[0].path}: {problems[0].reason}")
    return f"no pages (.txt, .html, .htm) found in {where}" + (f" ({'; '.join(found)})" if found else "")


def _unique_id(article: Article, path: Path, seen: dict[str, Path], notes: list[str]) -> Article:
    """The article under an id no other page of the build has (`dup~2` beside `dup`), noted when renamed.

    Ids are compared as the article IRIs they become, so `dup.txt` and `dup .txt` count as the same.
    """
    doc_id, number = article.doc_id, 1
    while str(article_iri(doc_id)) in seen:
        number += 1
        doc_id = f"{article.doc_id.strip()}~{number}"
    if number > 1:
        first = seen[str(article_iri(article.doc_id))]
        notes.append(f"document id {article.doc_id!r} is taken by {first}; this page is {doc_id!r}")
        article = replace(article, doc_id=doc_id)
    seen[str(article_iri(doc_id))] = path
    return article


def load_tagger(options: BuildOptions):  # noqa: ANN201
    """The NER model, loaded once per process; None when the options turn it off."""
    if not options.use_model:
        return None
    from epikg.ner.hanlp_model import load_tagger as load

    return load(options.ner_model)


def build(
    inputs: Iterable[str | Path],
    options: BuildOptions = BuildOptions(),
    *,
    progress: Callable[[int, int, Path, str | None], None] | None = None,
) -> BuildResult:
    """Build every page under inputs into one graph; bad pages are reported in `skipped`, never dropped silently."""
    problems: list[Skipped] = []
    ignored: list[str] = []
    paths = list(discover(inputs, problems, ignored))
    if not paths:
        raise IngestError(_no_pages(inputs, problems, ignored))
    tagger = load_tagger(options)
    result = BuildResult(graph=graph_of([]), skipped=problems, ignored=ignored)
    seen: dict[str, Path] = {}
    for number, path in enumerate(paths, 1):
        error = None
        removed: list[str] = []
        notes: list[str] = []
        try:
            article = read_article(path, removed, notes)
            article = _unique_id(article, path, seen, notes)
            extraction = extract(article, tagger=tagger, rules=options.use_rules)
            add_extraction(result.graph, extraction)
            result.built.append(extraction)
            if removed:
                result.removed[str(path)] = tuple(removed)
            if notes:
                result.notes[str(path)] = tuple(notes)
        except (IngestError, OSError) as exc:
            error = str(exc)
        except Exception as exc:  # a bug must cost one document, not the run
            error = f"internal error while building: {type(exc).__name__}: {exc}"
        if error:
            result.skipped.append(Skipped(str(path), error))
        if progress:
            progress(number, len(paths), path, error)
    return result
