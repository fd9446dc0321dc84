"""The report page: sections over ReportData, every fact linking to its quote and article, all inline."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from epikg.report.charts import Bar, Dot, colours, legend, stacked_bars, timeline
from epikg.report.data import Evidence, MeasureFact, ReportData
from epikg.report.markup import Markup, el, escape, join
from epikg.report.style import SCRIPT, STYLE

NO_COUNTY = "no stated county"
# Nothing may be fetched when the page is viewed: only its own inline style and script run.
CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
)


class Anchors:
    """Page-local ids for articles and quoted sentences, handed out as facts cite them."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.articles = {
            iri: f"a{i}"
            for i, iri in enumerate(sorted(data.articles, key=lambda a: data.articles[a].identifier), 1)
        }
        self.quotes: dict[str, str] = {}

    def quote(self, sentence: str) -> str:
        return self.quotes.setdefault(sentence, f"q{len(self.quotes) + 1}")

    def article_name(self, iri: str) -> str:
        article = self.data.articles.get(iri)
        return article.identifier if article else iri.rsplit("/", 1)[-1]

    def evidence(self, ev: Evidence) -> Markup:
        """The quote (marked where the words read are in it) and the article, both as links into the page."""
        sentence = self.data.sentences.get(ev.sentence or "")
        parts = []
        if sentence is not None:
            parts.append(
                el(
                    "a",
                    {"href": f"#{self.quote(sentence.iri)}", "class": "quote"},
                    _marked(sentence.text, ev.text),
                )
            )
        article = self.articles.get(ev.article)
        link = (
            el("a", {"href": f"#{article}"}, self.article_name(ev.article)) if article else escape(ev.article)
        )
        parts.append(el("span", {"class": "source"}, link, f" [{ev.begin}–{ev.end}]"))
        return join(parts, " ")


def _marked(text: str, words: str) -> Markup:
    if words and words in text:
        before, _, after = text.partition(words)
        return join([before, el("mark", None, words), after])
    return escape(text)


def _county_key(m: MeasureFact) -> str:
    return m.county_name or NO_COUNTY


def _section(ident: str, title: str, *body: object) -> Markup:
    return el("section", {"id": ident}, el("h2", None, title), *body)


def _table(headers: list[str], rows: list[list[object]], filterable: bool = True) -> Markup:
    head = el("thead", None, el("tr", None, [el("th", None, h) for h in headers]))
    body = el("tbody", None, [el("tr", None, [el("td", None, cell) for cell in row]) for row in rows])
    search = (
        el(
            "input",
            {"type": "search", "class": "filter", "placeholder": "filter rows…", "aria-label": "filter rows"},
        )
        if filterable
        else None
    )
    return join([search, el("table", None, head, body)])


def _labels(data: ReportData) -> dict[str, str]:
    return {n: (c.label_zh or c.label_en or n) for n, c in data.categories.items()}


def measures_chart(data: ReportData, counties: list[str], colour: dict[str, str]) -> Markup:
    labels = _labels(data)
    counts: dict[str, Counter[str]] = {c: Counter() for c in counties}
    for m in data.measures:
        counts[_county_key(m)][m.category] += 1
    bars = [Bar(c, f"#county-{i}", counts[c]) for i, c in enumerate(counties, 1)]
    used = sorted({m.category for m in data.measures})
    rows = [[labels.get(k, k), k, *[counts[c][k] or "" for c in counties]] for k in used]
    rows.append(["all", "", *[sum(counts[c].values()) for c in counties]])
    headers = ["category", "notation", *counties]
    return _section(
        "chart",
        "Measures per category per county",
        el(
            "p",
            {"class": "note"},
            "A measure counts for the county its place lies in by stated containment "
            "(schema:containedInPlace); measures at places no article ties to a county are under “",
            NO_COUNTY,
            "”.",
        ),
        stacked_bars(bars, labels, colour),
        legend(used, labels, colour),
        el("div", {"class": "wide"}, _table(headers, rows, filterable=False)),
    )


def measures_timeline(
    data: ReportData, counties: list[str], colour: dict[str, str], anchors: Anchors
) -> Markup:
    labels = _labels(data)
    by_county: dict[str, list[MeasureFact]] = defaultdict(list)
    for m in data.measures:
        by_county[_county_key(m)].append(m)
    parts = []
    for i, county in enumerate(counties, 1):
        facts = sorted(by_county[county], key=lambda m: (m.start or "9999", m.category, m.evidence.begin))
        dots = []
        for m in facts:
            try:
                day = date.fromisoformat(m.start)
            except ValueError:
                continue
            if m.evidence.sentence in data.sentences:
                dots.append(
                    Dot(
                        day,
                        m.category,
                        f"#{anchors.quote(m.evidence.sentence)}",  # type: ignore[arg-type]
                        f"{m.start} {labels.get(m.category, m.category)} · {m.place}",
                    )
                )
        rows = [
            [
                m.start or "undated",
                m.end,
                labels.get(m.category, m.category),
                m.place,
                m.time_text,
                m.body,
                anchors.evidence(m.evidence),
            ]
            for m in facts
        ]
        parts.append(
            el(
                "article",
                {"id": f"county-{i}", "class": "county"},
                el("h3", None, county, el("small", None, f" {len(facts)} measure(s), {len(dots)} dated")),
                timeline(dots, labels, colour),
                _table(
                    ["date", "until", "category", "place", "time as written", "ordered by", "evidence"], rows
                ),
            )
        )
    return _section("timeline", "Measures over time, per county", *parts)


def people(data: ReportData, anchors: Anchors) -> Markup:
    rows = [[p.name, p.title, p.organization, anchors.evidence(p.evidence)] for p in data.posts]
    return _section(
        "people",
        "People and their posts",
        el(
            "p",
            {"class": "note"},
            f"{len({p.person for p in data.posts})} people, {len(rows)} posts as read.",
        ),
        _table(["person", "title", "organization", "evidence"], rows),
    )


def _place_label(data: ReportData, iri: str) -> Markup:
    place = data.places.get(iri)
    if place is None:
        return el("span", {"class": "iri"}, iri)
    extra = " · ".join(x for x in (place.level, place.code) if x)
    return join([el("b", None, place.name), el("small", None, f" {extra}") if extra else None])


def places(data: ReportData, anchors: Anchors) -> Markup:
    children: dict[str, list[str]] = defaultdict(list)
    for place, parents in data.stated_parents.items():
        for parent in parents:
            children[parent].append(place)

    def name(iri: str) -> str:
        return data.places[iri].name if iri in data.places else iri

    def node(iri: str, parent: str | None, path: tuple[str, ...]) -> Markup:
        readings = data.containments.get((iri, parent), []) if parent else []
        mentions = data.mentions.get(iri, [])
        evidence = [anchors.evidence(ev) for ev in readings[:3]] or [
            anchors.evidence(ev) for ev in mentions[:1]
        ]
        kids = [] if iri in path else sorted(children.get(iri, []), key=name)
        return el(
            "li",
            None,
            _place_label(data, iri),
            el("span", {"class": "ev"}, join(evidence, " · ")) if evidence else None,
            el("ul", None, [node(k, iri, (*path, iri)) for k in kids]) if kids else None,
        )

    roots = sorted((p for p in set(data.places) | set(children) if not data.stated_parents.get(p)), key=name)
    derived = [
        [_place_label(data, p), _place_label(data, q), len(data.mentions.get(p, []))]
        for p, qs in sorted(data.derived_parents.items(), key=lambda kv: name(kv[0]))
        for q in qs
    ]
    return _section(
        "places",
        "Places in their stated hierarchy",
        el(
            "p",
            {"class": "note"},
            "Only containment an article states (schema:containedInPlace), each with the "
            "reading that states it; a place no article puts inside another stands at the top.",
        ),
        el("ul", {"class": "tree"}, [node(r, None, ()) for r in roots]),
        el("h3", None, "Added by the gazetteer, stated by no article (ek:derivedContainedInPlace)"),
        el(
            "p",
            {"class": "note"},
            "Shown apart: these links are not in any article and no count above uses them.",
        ),
        _table(["place", "gazetteer parent", "mentions"], derived),
    )


def numbers(data: ReportData, anchors: Anchors) -> Markup:
    labels = _labels(data)
    rows = [
        [
            q.county_name,
            labels.get(q.category, q.category),
            el("span", {"class": "num"}, f"{q.value:,.10g}"),
            q.unit,
            q.counts,
            "≈" if q.approx else "",
            anchors.evidence(q.evidence),
        ]
        for q in data.quantities
    ]
    return _section(
        "numbers",
        "Numbers reported",
        el(
            "p", {"class": "note"}, "Values in base units (4.2万 is 42,000); ≈ marks 余, 多, 约 and the like."
        ),
        _table(["county", "measure", "value", "unit", "counts", "approx.", "evidence"], rows),
    )


def articles(data: ReportData, anchors: Anchors) -> Markup:
    items = []
    for iri, ident in anchors.articles.items():
        a = data.articles[iri]
        items.append(
            el(
                "li",
                {"id": ident},
                el("b", None, a.identifier),
                " ",
                a.headline or "(no headline)",
                el("small", None, " · ".join(x for x in (a.published[:10], a.publisher, a.path) if x)),
            )
        )
    return _section("articles", "Articles", el("ol", {"class": "articles"}, items))


def quotes(data: ReportData, anchors: Anchors) -> Markup:
    items = []
    for sentence, ident in sorted(anchors.quotes.items(), key=lambda kv: int(kv[1][1:])):
        s = data.sentences[sentence]
        article = anchors.articles.get(s.article)
        items.append(
            el(
                "li",
                {"id": ident},
                el("q", None, s.text),
                " ",
                el("a", {"href": f"#{article}"} if article else {}, anchors.article_name(s.article)),
                f" [{s.begin}–{s.end}]",
            )
        )
    return _section(
        "quotes",
        "Quotes",
        el(
            "p",
            {"class": "note"},
            "Each sentence a fact above was read from; spans count code points of the decoded raw page.",
        ),
        el("ol", {"class": "quotes"}, items),
    )


def render(data: ReportData, *, title: str = "epikg report") -> str:
    """The whole page as one HTML string: inline CSS, SVG and a few lines of JS, nothing fetched."""
    anchors = Anchors(data)
    counties = sorted({_county_key(m) for m in data.measures} - {NO_COUNTY})
    if any(not m.county_name for m in data.measures):
        counties.append(NO_COUNTY)
    colour = colours(list(data.categories) or [m.category for m in data.measures])
    body = [
        measures_chart(data, counties, colour),
        measures_timeline(data, counties, colour, anchors),
        people(data, anchors),
        places(data, anchors),
        numbers(data, anchors),
    ]
    body += [articles(data, anchors), quotes(data, anchors)]  # after the facts: they hand out the quote ids
    nav = el(
        "nav",
        None,
        [
            el("a", {"href": f"#{i}"}, t)
            for i, t in (
                ("chart", "per county"),
                ("timeline", "timeline"),
                ("people", "people"),
                ("places", "places"),
                ("numbers", "numbers"),
                ("articles", "articles"),
                ("quotes", "quotes"),
            )
        ],
    )
    summary = (
        f"{len(data.articles)} article(s), {data.triples} triples: {len(data.measures)} measure reading(s) in "
        f"{len([c for c in counties if c != NO_COUNTY])} county(ies), {len(data.posts)} post(s), "
        f"{len(data.places)} place(s), {len(data.quantities)} number(s)."
    )
    page = el(
        "html",
        {"lang": "zh"},
        el(
            "head",
            None,
            Markup('<meta charset="utf-8">'),
            Markup(CSP),
            Markup('<meta name="viewport" content="width=device-width, initial-scale=1">'),
            el("title", None, title),
            el("style", None, Markup(STYLE)),
        ),
        el(
            "body",
            None,
            el("header", None, el("h1", None, title), el("p", None, summary), nav),
            el("main", None, body),
            el("script", None, Markup(SCRIPT)),
        ),
    )
    return "<!DOCTYPE html>\n" + page + "\n"
