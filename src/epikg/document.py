"""One page -> its own triples (N-Triples, valid against the shapes on their own), timings, or a skip reason.

This is the unit every build engine maps (in process, a local pool, a cluster): `build_document` reads
nothing but its page and the loaded resources, so results can be computed anywhere, cached, and
unioned in any order (IRIs are deterministic).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from epikg.errors import IngestError
from epikg.records import AlignedText, Article, Byline, EntityType, Extraction, PageBody

if TYPE_CHECKING:
    from epikg.read.page_layout import Found

# Reading, extracting, mapping and validating (epikg.read, epikg.ner, epikg.extract, epikg.rdf, epikg.validate)
# are imported where a page is built: a rebuild that finds every page in the cache needs this module's
# records, not the rules nor rdflib (0.35 s of imports).


@dataclass(frozen=True)
class BuildOptions:
    """What `epikg build` can be told."""

    ner_model: str | None = None
    """A local HanLP model folder or a HanLP pretrained identifier; None is the model shipped with epikg."""
    use_model: bool = True
    """False runs the genre rules alone (for tests and for measuring what the model adds)."""
    use_rules: bool = True
    """False takes the model's raw mentions alone (for measuring what the genre layer adds)."""
    ner_engine: str = "hanlp"
    """What runs the model: "hanlp" (HanLP on torch, int8) or "arrays" (numpy on the folder's arrays.npz,
    float32, no torch; epikg.ner.array_model)."""


@dataclass(frozen=True)
class Job:
    """One page to build, under the id the build gave it (`dup~2` when its stem is taken)."""

    path: str
    doc_id: str
    note: str | None = None
    """Why the id differs from the file's stem, reported with the page's notes."""
    source_path: str | None = None
    """The path relative to the input root, as the graph records it; None: `epikg.read.ingest.source_path(path)`."""


@dataclass(frozen=True)
class DocumentResult:
    """What one page gave: its triples, or why it was skipped, and what was repaired or dropped to read it."""

    path: str
    doc_id: str
    ntriples: str = ""
    """The page's own triples as sorted N-Triples lines (no measure scheme); empty when skipped."""
    skipped: str | None = None
    removed: tuple[str, ...] = ()
    """Lines dropped as boilerplate."""
    notes: tuple[str, ...] = ()
    """Repairs made to read the page, a renamed id, readings dropped because they broke a shape."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage: read, extract, rdf, validate."""
    cacheable: bool = True
    """False for an internal error, which a later run should retry rather than remember."""
    extraction: Extraction | None = field(default=None, compare=False, repr=False)
    """The extraction itself, kept only when asked (in-process library callers); never cached or shipped."""

    def lines(self) -> list[str]:
        return self.ntriples.splitlines()

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, without the extraction (for the cache)."""
        return {
            "path": self.path,
            "doc_id": self.doc_id,
            "ntriples": self.ntriples,
            "skipped": self.skipped,
            "removed": list(self.removed),
            "notes": list(self.notes),
            "timings": self.timings,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentResult:
        return cls(
            path=data["path"],
            doc_id=data["doc_id"],
            ntriples=data["ntriples"],
            skipped=data["skipped"],
            removed=tuple(data["removed"]),
            notes=tuple(data["notes"]),
            timings=dict(data["timings"]),
        )


@dataclass(frozen=True)
class Resources:
    """What a process loads once and every page shares."""

    options: BuildOptions = BuildOptions()
    tagger: Any = None
    """The NER model (None with use_model=False)."""


class ModelError(Exception):
    """The NER model cannot be loaded; one line (so that callers need not import HanLP to catch it)."""


def load_tagger(options: BuildOptions):  # noqa: ANN201
    """The NER model, loaded once per process; None when the options turn it off."""
    if not options.use_model:
        return None
    from epikg.errors import NerModelError

    try:
        if options.ner_engine == "arrays":
            from epikg.ner.array_model import load_array_tagger

            return load_array_tagger(options.ner_model)
        if options.ner_engine != "hanlp":
            raise NerModelError(f"unknown NER engine {options.ner_engine!r} (hanlp or arrays)")
        from epikg.ner.hanlp_model import load_tagger as load

        return load(options.ner_model)
    except NerModelError as exc:
        raise ModelError(str(exc)) from exc


def _raw(aligned: AlignedText, found: Found | None) -> tuple[int, int] | None:
    return aligned.raw_span(found.start, found.end) if found else None


def read_article(
    path: Path,
    removed: list[str] | None = None,
    notes: list[str] | None = None,
    *,
    source: str | None = None,
) -> Article:
    """One page on disk -> a cleaned Article with its self-description; IngestError if unusable.

    The lines dropped as boilerplate are appended to `removed`, and repairs made to read it to `notes`, when given;
    `source` is the page's path relative to its input root (see `epikg.read.ingest.read_page`).
    """
    from epikg.read.ingest import html_title, page_text, read_page
    from epikg.read.normalize import clean_lines, fold_aligned, split_sentences, unpad_names
    from epikg.read.pagemeta import read_meta
    from epikg.read.residue import remove_residue

    page = read_page(path, notes, source=source)
    aligned = unpad_names(fold_aligned(remove_residue(page_text(page))))
    meta = read_meta(aligned.text, html_title(page))
    if notes is not None:  # an impossible date costs that reading, not the page
        notes.extend(meta.dropped)
    body = clean_lines(aligned, removed)
    if not body.text.strip():
        raise IngestError("no article text left after removing page boilerplate")
    bylines = tuple(
        Byline(found.value, role, *aligned.raw_span(found.start, found.end)) for found, role in meta.bylines
    )
    outlet = meta.outlet.value if meta.outlet else None
    return Article(
        doc_id=page.doc_id,
        path=page.path,
        encoding=page.encoding,
        raw=page.raw,
        body=body,
        title=meta.title.value if meta.title else None,
        published=meta.published,
        outlet=outlet,
        outlet_span=_raw(aligned, meta.outlet),
        bylines=bylines,
        page_bodies=tuple(
            PageBody(found.value, *aligned.raw_span(found.start, found.end))
            for found in meta.bodies
            if found.value != outlet
        ),
        sentences=split_sentences(body.text),
        source_path=page.source_path,
        sha256=page.sha256,
        url=page.url,
    )


def extract(article: Article, *, tagger=None, rules: bool = True) -> Extraction:  # noqa: ANN001
    """Mentions, then what they add up to: places, the article's locality, organizations, posts and measures."""
    from epikg.extract.deferred_bodies import deferred
    from epikg.extract.measure_places import outside_the_area, place_measures, scope_references
    from epikg.extract.measures import find_measures
    from epikg.extract.organizations import (
        body_lines,
        describe,
        full_names,
        listed_bodies,
        names_a_body,
        paragraph_bodies,
        resolve,
        resolve_all,
        single_outlet,
    )
    from epikg.extract.paragraphs import Paragraphs
    from epikg.extract.person_names import short_forms
    from epikg.extract.places import (
        credits_no_one,
        divisions_naming_sites,
        leading_division,
        office_signature,
        read_places,
    )
    from epikg.extract.post_own_bodies import (
        bodies_before_names,
        kind_bodies,
        led_bodies,
        outside_leader_phrases,
        outside_posts,
        phrase_bodies,
    )
    from epikg.extract.posts import find_posts, name_spans
    from epikg.extract.quantities import find_quantities, outside_names
    from epikg.ner import recognize
    from epikg.ner.bodies import UNNAMED_GROUPS
    from epikg.ner.place_chains import villages_in_bodies
    from epikg.spans import Taken, occurrences

    text = article.body.text
    # A byline (`作者:王怡晴`) is its own reading of the person; a model's `王怡` inside it is not another.
    # (A concatenation of articles has a byline each: marked once, not scanned for every mention.)
    bylines = Taken(len(article.raw), ((b.start, b.end) for b in article.bylines))
    # So is a source line's outlet (`来源:人民日报客户端`): no `人民日报` inside it, unless it names two outlets
    # (`四川日报-川观新闻`), whose parts the mentions still give.
    if article.outlet and names_a_body(article.outlet):  # `来源:永丰镇` names the town, a place mention
        bylines.add(*(single_outlet(article.outlet, article.outlet_span) or (0, 0)))
    mentions = tuple(
        m
        for m in recognize(text, article.sentences, tagger=tagger, rules=rules)
        if not bylines.overlaps(*article.body.raw_span(m.start, m.end))
    )
    # A village named only inside its body's name (`朝阳社区党支部书记`) is a place the article names too.
    spans = {(m.start, m.end) for m in mentions if m.type is EntityType.PLACE}
    villages = [v for v in villages_in_bodies(mentions) if (v.start, v.end) not in spans]
    places, locality = read_places(
        mentions, text=text, outlet=article.outlet, doc_id=article.doc_id, in_bodies=villages
    )
    # `在省委、省政府的坚强领导下`: bodies named only to say whose lead was followed are none of the article's
    formula = deferred(text, mentions, locality)
    mentions = tuple(m for m in mentions if (m.start, m.end) not in formula)
    if article.outlet and not names_a_body(article.outlet):
        article = replace(article, outlet=None, outlet_span=None)  # `来源:永丰镇`: no publisher named
    # `通讯员 晋宣` on a page about 晋江市: the county's publicity office signing, no person; a menu's `视频华容`
    # (nor is a person the model reads in a credit line the rules do not take as one: `记者 区嘉怡 通讯员 顺宣`)
    article = replace(
        article, bylines=tuple(b for b in article.bylines if not credits_no_one(b.name, places))
    )
    mentions = tuple(
        m for m in mentions if m.type is not EntityType.PERSON or not office_signature(m.text, places)
    )
    # A roundup's paragraph headed by its town (`【丰禾镇】`) is that town's: its bare bodies, posts and measures.
    paragraphs = Paragraphs(text, mentions, places, locality)
    mentions = tuple(listed_bodies(paragraph_bodies(mentions, paragraphs, text), locality, text))
    bodies = resolve_all(mentions, locality, text)
    posts, seats = find_posts(text, mentions, places, locality, paragraphs)
    # A post's body named short (`县防指指挥长`) is the body the article also names in full.
    # The page's own bodies count as full names too (`来源:水北镇人民政府` and a 镇长's 镇政府).
    page_bodies = {b.name: resolve(b.name, locality) for b in article.page_bodies}
    named_by_page = [name for name in (article.outlet, *page_bodies.values()) if name]
    full = full_names(
        [*bodies.values(), *(p.organization for p in posts if p.organization), *named_by_page],
        locality.full_forms(),
    )
    posts = [replace(p, organization=full.get(p.organization, p.organization)) for p in posts]
    posts, named_as = phrase_bodies(posts, mentions, bodies)
    posts = led_bodies(text, posts, mentions, bodies)
    posts = kind_bodies(text, posts, mentions, bodies)
    posts = bodies_before_names(text, posts, mentions, bodies)
    # `1月23日,王勇然…关闭了辖区11家茶馆`: what a village's party secretary did, he did in his village
    paragraphs = paragraphs.with_post_holders(text, mentions, posts, places)
    # `由县委书记任组长的`: 县委 is named only as the title of whoever leads: no body of the page's, ordering nothing
    led = outside_leader_phrases(text, mentions)
    measures = place_measures(
        text,
        article.sentences,
        # `核酸检测组组长王强`: a job's name, no testing done
        # `县疾病预防控制中心流行病学调查组` on a line of its own in an honour roll: a unit's name, no tracing done
        find_measures(
            text,
            article.sentences,
            article.published,
            names=[*name_spans(text, posts), *body_lines(text, mentions)],
        ),
        led,
        places,
        locality,
        bodies,
        paragraphs,
    )
    # `泗县已实行全域静默` on 灵璧县融媒体中心's page: a neighbour's measure, read where it was taken, none of the page's
    publisher = places.get(leading_division(article.outlet) or "") if article.outlet else None
    measures = outside_the_area(measures, locality, publisher)
    # A number inside a name counts nothing (`三间房村`, `三台坡村党总支书记`: every name read, a post's body too).
    quantities = outside_names(find_quantities(text), mentions)
    measures = [
        replace(
            m,
            # the body that ordered it under the name the article gives it in full (`县市场监管局`: 县市场监督管理局)
            ordered_by=full.get(by := named_as.get(m.ordered_by, m.ordered_by), by),
            quantities=outside_names(m.quantities, mentions),
        )
        for m in measures
    ]
    # A body named inside a post phrase is that post's (org:organization), not a mention of its own; an
    # institution's internal teams (read so that their tasks report no measure) are no bodies of the page's.
    mentions = tuple(m for m in outside_posts(text, led, posts) if m.source != UNNAMED_GROUPS)
    own = {m.key for m in mentions if m.type is EntityType.ORGANIZATION}
    organizations = {written: full.get(name, name) for written, name in bodies.items() if written in own}
    # A body the page's furniture names bare (`主办:县人民政府`) is the article's, as in its text, under the full
    # name the page gives it (`供稿:县卫健局` on 县卫生健康局's page).
    for written, resolved in page_bodies.items():
        organizations.setdefault(written, full.get(resolved, resolved))
    # A measure's body is one the graph names (a mention's, a post's or the outlet); one read only inside a post
    # phrase that the post resolved otherwise (`院党委书记、院长幸志平为队员们授旗`: the post's body is the
    # hospital's 党委) is no body of the page's, and the measure is left without it.
    named = {*organizations.values(), *(p.organization for p in posts), article.outlet} - {None}
    measures = [m if m.ordered_by in named else replace(m, ordered_by=None) for m in measures]
    # A place named only inside the outlet's name (`来源:中国红河`, `中国台州网`) is not one the article names,
    # though it tells where the article is from (read_places counted it): in the source line, and wherever
    # the body writes that name again (a dateline, `湖南日报·新湖南客户端3月19日讯`).
    outlet = Taken(len(article.raw), [article.outlet_span] if article.outlet_span else [])
    outlet_again = Taken(len(text), occurrences(text, article.outlet) if article.outlet else [])
    # So is one inside the name of a site or account the page's furniture names (`山南发布`, `多彩贵州网`),
    # wherever the body writes it (a title `..._多彩贵州网`, `转载:山南发布`).
    for body in article.page_bodies:
        for start, end in occurrences(text, body.name):
            outlet_again.add(start, end)
    mentions = tuple(
        m
        for m in mentions
        if not (
            m.type is EntityType.PLACE
            and (
                outlet.overlaps(*article.body.raw_span(m.start, m.end))
                or outlet_again.overlaps(m.start, m.end)
            )
        )
    )
    # `我县`, `全镇`: the article's own place, referred to where no name is written
    references = scope_references(text, article.sentences, mentions, places, locality)
    # `深渡镇农贸市场`: the town a site is named by is a place the article names, as a village inside a body's is
    spans = {(m.start, m.end) for m in mentions if m.type is EntityType.PLACE}
    sites = [
        d for d in divisions_naming_sites(mentions) if (d.start, d.end) not in spans and d.text in places
    ]
    # `阿依古丽·买买提` written in full, then `阿依古丽`: one person, under the full name
    forms = short_forms(mentions)
    mentions = tuple(
        replace(m, name=forms[m.text]) if m.type is EntityType.PERSON and m.text in forms else m
        for m in mentions
    )
    posts = [replace(p, person=forms.get(p.person, p.person)) for p in posts]
    seats = {forms.get(name, name): place for name, place in seats.items()}
    return Extraction(
        article=article,
        mentions=tuple(sorted((*mentions, *villages, *sites, *references), key=lambda m: (m.start, m.end))),
        places=places,
        organizations=organizations,
        bodies={
            name: describe(name, article.doc_id, places, locality.by_level.get("county"))
            for name in sorted(named)
        },
        locality=locality.by_level,
        seats={name: place.key for name, place in seats.items()},
        posts=tuple(posts),
        quantities=quantities,
        measures=measures,
    )


# A page written to touch every kind of rule (credits, a date line, posts, places, bodies, measures, numbers,
# times, a lunar date): check_rules reads it.
RULES_CHECK_PAGE = Path(__file__).parent / "samples" / "rules_check_page.txt"


def check_rules() -> None:
    """Read and extract RULES_CHECK_PAGE with the rules alone (no model), as a page is built: a data file (a
    --rules folder's too) that its loader cannot read fails here once, with its LexiconError, before any page
    is built."""
    from epikg.rdf.mapping import extraction_triples

    extraction_triples(extract(read_article(RULES_CHECK_PAGE), tagger=None))


def ntriples_lines(graph) -> list[str]:  # noqa: ANN001 - an rdflib Graph
    """A graph as sorted, distinct N-Triples lines (no blank nodes in epikg graphs, so lines compare as triples)."""
    from epikg.rdf import ntriples

    return ntriples.sorted_lines(graph)


@lru_cache(maxsize=1)
def scheme_triples() -> frozenset:
    from epikg.rdf.vocabulary import measure_scheme

    return frozenset(measure_scheme())


def _parsed_scheme_lines() -> list[str]:
    from epikg.rdf.vocabulary import measure_scheme

    return ntriples_lines(measure_scheme())


@lru_cache(maxsize=1)
def scheme_lines() -> tuple[str, ...]:
    """The measure scheme as N-Triples lines: written once into every built graph, not into each page's triples.

    Compiled once (epikg.compiled, keyed on measures.ttl, the code that writes the lines and rdflib's
    installed metadata, found without importing it), so that a rebuild from the cache need not load
    rdflib to parse the ontology."""
    from importlib.util import find_spec

    from epikg.compiled import load_compiled
    from epikg.rdf.vocabulary import ontology_dir

    rdf = Path(__file__).resolve().parent / "rdf"
    sources = [ontology_dir() / "measures.ttl", rdf / "ntriples.py", rdf / "vocabulary.py"]
    rdflib = find_spec("rdflib")
    if rdflib is not None and rdflib.origin:  # its version: in METADATA beside it (or its own code)
        found = Path(rdflib.origin)
        sources += [*sorted(found.parent.parent.glob("rdflib-*.dist-info/METADATA")), found]
    return tuple(load_compiled("measure-scheme-lines", sources, _parsed_scheme_lines))


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + time.perf_counter() - started, 6)


@dataclass(frozen=True)
class ReadPage:
    """A page already read (by a chunk, to tag its sentences), with what reading it removed and noted."""

    article: Article
    removed: tuple[str, ...]
    notes: tuple[str, ...]
    seconds: float
    """How long reading took: the page's `read` timing."""


def read_job(job: Job) -> ReadPage:
    """`read_article` for a job, keeping what reading removed and noted; IngestError or OSError if unusable."""
    started = time.perf_counter()
    removed: list[str] = []
    notes: list[str] = []
    article = read_article(Path(job.path), removed, notes, source=job.source_path)
    return ReadPage(article, tuple(removed), tuple(notes), round(time.perf_counter() - started, 6))


def build_document(
    job: Job,
    resources: Resources,
    *,
    validate: bool = True,
    keep_extraction: bool = False,
    read: ReadPage | None = None,
) -> DocumentResult:
    """One page to its own validated triples, or a skip reason; a bug costs this page, never the run.

    With `validate`, a reading that breaks a shape is dropped (and noted), and a page whose graph still
    breaks them is skipped with the first violation; the union is validated once more by the caller.
    `read` is the page as `read_job` read it already, not read again.
    """
    removed: list[str] = list(read.removed) if read else []
    notes: list[str] = list(read.notes) if read else []
    timings: dict[str, float] = {"read": read.seconds} if read else {}
    skip = lambda reason, **kw: DocumentResult(  # noqa: E731
        job.path,
        job.doc_id,
        skipped=reason,
        removed=tuple(removed),
        notes=tuple(notes),
        timings=timings,
        **kw,
    )
    from epikg.rdf import ntriples
    from epikg.rdf.mapping import add_triples, extraction_triples
    from epikg.rdf.namespaces import new_graph
    from epikg.rdf.vocabulary import measure_scheme
    from epikg.validate import drop_bad_readings, first_violation, validate_triples

    try:
        with _timed(timings, "read"):
            article = (
                read.article if read else read_article(Path(job.path), removed, notes, source=job.source_path)
            )
            if article.doc_id != job.doc_id:
                article = replace(article, doc_id=job.doc_id)
            if job.note:
                notes.append(job.note)
        with _timed(timings, "extract"):
            extraction = extract(article, tagger=resources.tagger, rules=resources.options.use_rules)
        with _timed(timings, "rdf"):
            triples = extraction_triples(extraction)
        if validate:
            with _timed(timings, "validate"):
                # The measure scheme the measures point into is in the validator's ontology already (see
                # epikg.validate.ontology_graph), which every lookup reads beside the page: not indexed again
                conforms = validate_triples(triples).conforms
            if not conforms:  # rare: a graph, to drop the readings that break a shape and validate again
                with _timed(timings, "validate"):
                    graph = new_graph()
                    graph += measure_scheme()
                    add_triples(graph, triples)
                    report, dropped = drop_bad_readings(graph)
                if not report.conforms:
                    return skip(f"graph does not conform: {first_violation(report)}")
                notes.extend(dropped)
                triples = graph
        with _timed(timings, "rdf"):
            lines = ntriples.sorted_lines(triples, without=scheme_triples())
    except (IngestError, OSError) as exc:
        return skip(str(exc))
    except Exception as exc:  # a bug must cost one document, not the run
        return skip(f"internal error while building: {type(exc).__name__}: {exc}", cacheable=False)
    return DocumentResult(
        job.path,
        job.doc_id,
        ntriples="\n".join(lines),
        removed=tuple(removed),
        notes=tuple(notes),
        timings=timings,
        extraction=extraction if keep_extraction else None,
    )
