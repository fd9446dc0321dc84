"""Provenance that travels: an article records where it is relative to its input folder, its raw bytes'
SHA-256 and the address the page states, never the building machine's folders."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from epikg.build.cache import Cache, fingerprint
from epikg.document import BuildOptions
from epikg.pipeline import build, union_lines
from epikg.rdf.namespaces import EK, SCHEMA
from epikg.read.ingest import source_path, stated_url

RULES_ONLY = BuildOptions(use_model=False)
ARTICLE = (
    "苍南县全力打好疫情防控阻击战\n2月2日晚上,苍南县委书记黄荣定到金乡镇检查疫情防控工作。\n来源:温州日报\n"
)


@pytest.fixture
def page(data_dir: Path) -> Path:
    return data_dir / "articles" / "cangnan_checkpoints.txt"


def provenance(graph: Graph) -> tuple[set, set, set]:
    return (
        set(graph.objects(None, EK.sourcePath)),
        set(graph.objects(None, EK.sha256)),
        set(graph.objects(None, SCHEMA.url)),
    )


def test_the_same_page_in_two_folders_gives_the_same_source_path_and_hash(tmp_path: Path, page: Path) -> None:
    graphs = []
    for root in (tmp_path / "one" / "corpus", tmp_path / "two" / "elsewhere"):
        (root / "2020").mkdir(parents=True)
        shutil.copy(page, root / "2020" / page.name)
        graphs.append(build([root], RULES_ONLY).graph)
    digest = hashlib.sha256(page.read_bytes()).hexdigest()
    for graph in graphs:
        assert provenance(graph) == ({Literal("2020/cangnan_checkpoints.txt")}, {Literal(digest)}, set())
        assert str(tmp_path) not in graph.serialize(format="nt")
    assert graphs[0].serialize(format="nt") == graphs[1].serialize(format="nt")


def test_a_page_given_by_itself_is_recorded_under_the_current_directory_or_by_its_name(
    tmp_path: Path, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "news").mkdir()
    copy = tmp_path / "news" / page.name
    shutil.copy(page, copy)
    monkeypatch.chdir(tmp_path)
    assert source_path(Path("news") / page.name) == "news/cangnan_checkpoints.txt"
    assert source_path(copy) == "news/cangnan_checkpoints.txt"  # absolute, but inside the current directory
    monkeypatch.chdir(tmp_path / "news")
    assert source_path(Path("..") / "news" / page.name) == "cangnan_checkpoints.txt"
    outside = build([page], RULES_ONLY).graph
    assert provenance(outside)[0] == {Literal("cangnan_checkpoints.txt")}


def test_a_page_stating_its_address_gets_schema_url(tmp_path: Path) -> None:
    url = "https://www.cncn.gov.cn/art/2020/2/3/art_1254_1.html"
    (tmp_path / "line.txt").write_text(ARTICLE + f"原文链接:{url}\n", encoding="utf-8")
    (tmp_path / "canonical.html").write_text(
        f'<html><head><title>苍南县全力打好疫情防控阻击战</title><link href="{url}" rel="canonical"></head>'
        f"<body><p>{ARTICLE}</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "none.txt").write_text(ARTICLE, encoding="utf-8")
    result = build([tmp_path], RULES_ONLY)
    assert not result.skipped
    urls = {str(e.article.doc_id): e.article.url for e in result.built}
    assert urls == {"canonical": url, "line": url, "none": None}
    assert set(result.graph.objects(None, SCHEMA.url)) == {URIRef(url)}


@pytest.mark.parametrize(
    ("raw", "media_type", "url"),
    [
        (
            '<meta property="og:url" content="http://www.nx.gov.cn/a.html?x=1&amp;y=2">',
            "text/html",
            "http://www.nx.gov.cn/a.html?x=1&y=2",
        ),
        ("来源网址: https://www.nx.gov.cn/a.html。\n", "text/plain", "https://www.nx.gov.cn/a.html"),
        ('<link rel="canonical" href="/a.html">', "text/html", None),  # relative: the page does not say where
        ("见 http://www.nx.gov.cn/a.html\n", "text/plain", None),  # a link in the text is not the page's own
    ],
)
def test_the_stated_address_is_read_never_guessed(raw: str, media_type: str, url: str | None) -> None:
    assert stated_url(raw, media_type) == url


def test_the_cache_serves_the_same_pages_from_a_moved_folder_and_not_a_page_named_otherwise(
    tmp_path: Path, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, moved = tmp_path / "first", tmp_path / "moved"
    first.mkdir()
    shutil.copy(page, first / page.name)
    cache = Cache(tmp_path / "cache", fingerprint(RULES_ONLY, validate=False))
    before = union_lines(build([first], RULES_ONLY, cache=cache).documents)
    first.rename(moved)
    again = Cache(tmp_path / "cache", cache.fingerprint)
    result = build([moved], RULES_ONLY, cache=again)
    assert (again.hits, again.misses) == (1, 0)
    assert result.documents[0].path == str(moved / page.name)
    assert union_lines(result.documents) == before
    monkeypatch.chdir(tmp_path)  # the same bytes and id, given by itself: another source path, built again
    direct = Cache(tmp_path / "cache", cache.fingerprint)
    graph = build([Path("moved") / page.name], RULES_ONLY, cache=direct).graph
    assert direct.misses == 1
    assert provenance(graph)[0] == {Literal("moved/cangnan_checkpoints.txt")}
