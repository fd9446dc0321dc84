"""epikg.report and `epikg report`: the page's content, its escaping and links, and the page in a real headless Chromium.

The Chromium test needs Debian's chromium (.ci/run installs it); it skips, saying so, only where no binary
exists. Its screenshot is kept in build/test-artifacts/ (ignored by git), or in $EPIKG_ARTIFACTS.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from epikg.cli.report import report_command
from epikg.pipeline import BuildOptions, build
from epikg.rdf.namespaces import EK, NIF, SCHEMA
from epikg.report import build_report, gather, render

ROOT = Path(__file__).resolve().parent.parent
SEED_COUNTIES = ("南县", "泸溪县", "苍南县", "梨树县", "徽县")
ARTIFACTS = Path(os.environ.get("EPIKG_ARTIFACTS") or ROOT / "build" / "test-artifacts")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


@pytest.fixture(scope="module")
def seeds_graph() -> Graph:
    result = build([ROOT / "seeds"], BuildOptions(use_model=False))
    assert not result.skipped
    return result.graph


@pytest.fixture(scope="module")
def seeds_page(seeds_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(build_report(seeds_graph), encoding="utf-8")
    return path


# --- a small graph of our own -----------------------------------------------------------------

ID = "https://w3id.org/epikg/id/"
NASTY = '<script>alert("x")</script> & "quotes"'


def _small_graph() -> Graph:
    """One article, one sentence, a measure in a township stated to lie in its county, and a derived-only link."""
    g = Graph()
    article, sentence = URIRef(ID + "article/t1"), URIRef(ID + "article/t1/sentence/1")
    county, town, village = (
        URIRef(ID + "place/430921"),
        URIRef(ID + "place/430921/南洲镇"),
        URIRef(ID + "place/x@t1"),
    )
    g.add((article, RDF.type, EK.Article))
    g.add((article, SCHEMA.identifier, Literal("t1")))
    g.add((article, SCHEMA.headline, Literal(NASTY)))
    g.add((sentence, RDF.type, EK.Sentence))
    g.add((sentence, NIF.anchorOf, Literal("南洲镇设立卡点。" + NASTY)))
    for node, begin, end in ((sentence, 0, 30),):
        g.add((node, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((sentence, EK.inArticle, article))
    for place, name, level in (
        (county, "南县", EK.county),
        (town, "南洲镇", EK.township),
        (village, "东红村", EK.village),
    ):
        g.add((place, RDF.type, EK.Place))
        g.add((place, SCHEMA.name, Literal(name)))
        g.add((place, EK.adminLevel, level))
    g.add((EK.county, SKOS.notation, Literal("county")))
    g.add((town, SCHEMA.containedInPlace, county))
    g.add((village, EK.derivedContainedInPlace, town))  # the gazetteer's, never stated
    category = EK.measure_checkpoint
    g.add((category, RDF.type, EK.MeasureCategory))
    g.add((category, SKOS.notation, Literal("checkpoint")))
    g.add((category, SKOS.prefLabel, Literal("卡点查控", lang="zh")))
    measure = URIRef(ID + "article/t1/measure/5-7/checkpoint")
    g.add((measure, RDF.type, EK.Measure))
    g.add((measure, EK.category, category))
    g.add((measure, EK.appliesTo, town))
    g.add((measure, EK.trigger, Literal("卡点")))
    g.add((measure, EK.inArticle, article))
    g.add((measure, EK.inSentence, sentence))
    g.add((measure, SCHEMA.startDate, Literal("2022-03-23", datatype=XSD.date)))
    g.add((measure, NIF.beginIndex, Literal(5, datatype=XSD.nonNegativeInteger)))
    g.add((measure, NIF.endIndex, Literal(7, datatype=XSD.nonNegativeInteger)))
    return g


class _Links(HTMLParser):
    """Ids, in-page links and anything that would be fetched."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])  # type: ignore[arg-type]
        href = values.get("href")
        if href is not None:
            (self.links if href.startswith("#") else self.external).append(href)
        for name in ("src", "srcset", "data", "poster"):
            if values.get(name):
                self.external.append(f"{name}={values[name]}")
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _parse(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


def test_text_from_the_graph_is_escaped() -> None:
    page = render(gather(_small_graph()))
    assert NASTY not in page and "alert(&quot;x&quot;)" in page
    assert len(_parse(page).scripts) == 1  # only the page's own script


def test_every_fact_links_to_a_quote_and_an_article_in_the_page(seeds_page: Path) -> None:
    links = _parse(seeds_page.read_text(encoding="utf-8"))
    assert not [href for href in links.links if href[1:] not in links.ids], "links to ids the page lacks"
    quotes = {h for h in links.links if re.fullmatch(r"#q\d+", h)}
    articles = {h for h in links.links if re.fullmatch(r"#a\d+", h)}
    assert len(quotes) > 100 and len(articles) == 5


def test_the_page_fetches_nothing(seeds_page: Path) -> None:
    page = seeds_page.read_text(encoding="utf-8")
    links = _parse(page)
    assert links.external == []
    assert "default-src 'none'" in page  # the Content-Security-Policy forbids any fetch
    assert not re.search(r"@import|url\(|https?://(?!www\.w3\.org/2000/svg)[^\s\"<]+\.(css|js)", page)


def test_a_measure_counts_for_its_stated_county() -> None:
    data = gather(_small_graph())
    assert [(m.county_name, m.place, m.start) for m in data.measures] == [("南县", "南洲镇", "2022-03-23")]


def test_derived_containment_is_shown_apart_from_the_stated_hierarchy() -> None:
    page = render(gather(_small_graph()))
    tree, derived = page.split('class="tree"', 1)[1].split("Added by the gazetteer", 1)
    # the stated chain nests 南洲镇 under 南县; 东红村 stands on its own in the tree (no stated parent)
    assert re.search(r"南县.*<ul><li><b>南洲镇", tree)
    assert not re.search(r"南洲镇</b>.*<ul><li><b>东红村", tree)
    assert "东红村" in derived and "南洲镇" in derived


def test_the_seeds_page_shows_every_county(seeds_page: Path) -> None:
    page = seeds_page.read_text(encoding="utf-8")
    for county in SEED_COUNTIES:
        assert page.count(county) > 3, county


def test_report_command(seeds_graph: Graph, tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    _small_graph().serialize(kg, format="turtle")
    result = CliRunner().invoke(
        report_command, [str(kg), "-o", str(tmp_path / "r.html")], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "南洲镇" in (tmp_path / "r.html").read_text(encoding="utf-8")
    for args, message in (
        ([str(tmp_path / "missing.ttl")], "no such file"),
        ([str(kg), "-o", str(tmp_path)], "is a folder"),
        ([str(kg), "-o", str(tmp_path / "no" / "r.html")], "no such folder"),
    ):
        result = CliRunner().invoke(report_command, args, catch_exceptions=False)
        assert result.exit_code == 2 and message in result.stderr, result.output
        assert len(result.stderr.strip().splitlines()) == 1


# --- in Chromium ----------------------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run_chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium binary on PATH (Debian: apt-get install chromium; .ci/run installs it)")
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _console(stderr: str) -> list[str]:
    """What the page logged: Chromium writes each console message and uncaught error as a CONSOLE line."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def test_chromium_catches_an_error_in_a_page(tmp_path: Path) -> None:
    """The check below can fail: a page that throws is seen to throw."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>null.x;</script>", encoding="utf-8")
    done = _run_chromium(bad, tmp_path / "profile", "--dump-dom")
    assert any("Uncaught TypeError" in line for line in _console(done.stderr)), done.stderr[-2000:]


def test_the_report_in_chromium(seeds_page: Path, tmp_path: Path) -> None:
    done = _run_chromium(seeds_page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    assert _console(done.stderr) == [], "the page logged errors or warnings"
    assert 'data-ready="1"' in done.stdout.split(">", 2)[1], "the page's script did not run to its end"
    for county in SEED_COUNTIES:
        assert f"<h3>{county}<small>" in done.stdout, county
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    done = _run_chromium(
        seeds_page,
        tmp_path / "profile2",
        f"--screenshot={shot}",
        "--window-size=1280,1400",
        "--hide-scrollbars",
    )
    assert done.returncode == 0 and shot.is_file() and shot.stat().st_size > 20_000, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
