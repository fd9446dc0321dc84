"""An article refers to its own place by scope words (`我县`, `全镇`) as well as by name: where it names its county
only in its source line's outlet (`来源:桦南县融媒体中心`) and then writes `我县`, the county is a place the article
refers to, and the graph says where (a mention found by `rule:scope`). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from epikg.document import extract
from epikg.pipeline import read_article
from epikg.records import EntityType
from helpers import SpanTagger


def _references(tmp_path: Path, body: str, *readings: tuple[str, str]) -> list[tuple[str, str]]:
    """(word, place name) of each scope word the extraction reads as a reference to a place."""
    page = tmp_path / "a.txt"
    page.write_text("2022-04-25 09:14 来源:桦南县融媒体中心\n" + body + "\n", encoding="utf-8")
    extraction = extract(read_article(page), tagger=SpanTagger(*readings))
    return [
        (m.text, extraction.places[m.key].name)
        for m in extraction.mentions
        if m.type is EntityType.PLACE and m.source == "rule:scope"
    ]


def test_a_scope_word_refers_to_the_county_the_outlet_names(tmp_path: Path) -> None:
    body = "4月25日,我县暂停运营客运班车。全县开展核酸检测。"
    assert _references(tmp_path, body) == [("我县", "桦南县"), ("全县", "桦南县")]


@pytest.mark.parametrize(
    "body",
    [
        "在县级卡点开展查验。",  # a kind of checkpoint, not the county
        "该县暂停运营客运班车。",  # the county named last, whichever it is
        "与我县相邻的依兰县实行封控。",  # a neighbour's frame
        "全区域实行静默管理。",  # the whole area, not 全区
    ],
)
def test_words_that_do_not_stand_for_the_article_s_place_refer_to_nothing(tmp_path: Path, body: str) -> None:
    assert _references(tmp_path, body, ("LOC", "依兰县")) == []


def test_a_scope_word_after_a_place_of_its_level_in_its_clause_is_that_place_s(tmp_path: Path) -> None:
    """`孟家岗镇全镇`: the town named before it, already a mention; 全镇 refers to no other town."""
    body = "驼腰子镇开展排查。孟家岗镇全镇实行封闭管理。"
    assert ("全镇", "驼腰子镇") not in _references(tmp_path, body, ("LOC", "驼腰子镇"), ("LOC", "孟家岗镇"))


def test_the_graph_lists_a_place_referred_to_only_by_a_scope_word(tmp_path: Path) -> None:
    """What a user queries: the article's places include its county, under the county's name, not `我县`."""
    from rdflib import Graph

    from epikg.evaluation.documents import read_predicted
    from epikg.rdf.mapping import add_extraction

    page = tmp_path / "b.txt"
    page.write_text("2022-04-25 来源:桦南县融媒体中心\n我县暂停运营客运班车。\n", encoding="utf-8")
    graph = Graph()
    add_extraction(graph, extract(read_article(page), tagger=SpanTagger()))
    assert "桦南县" in read_predicted(graph)["b"].places


def test_a_scope_word_stands_for_the_place_as_the_article_writes_it(tmp_path: Path) -> None:
    """On a page of 围场县融媒体中心's, `我县` stands for 围场县 (ek:standsFor), the entity keeping the gazetteer's full
    name (围场满族蒙古族自治县): the article's places name it as the article does."""
    from rdflib import Graph, Literal

    from epikg.evaluation.documents import read_predicted
    from epikg.rdf.mapping import add_extraction
    from epikg.rdf.namespaces import EK, SCHEMA

    page = tmp_path / "c.txt"
    page.write_text("2022-04-25 来源:围场县融媒体中心\n我县暂停运营客运班车。\n", encoding="utf-8")
    graph = Graph()
    add_extraction(graph, extract(read_article(page), tagger=SpanTagger()))
    (mention,) = graph.subjects(EK.foundBy, Literal("rule:scope"))
    place = graph.value(mention, EK.refersTo)
    assert graph.value(mention, EK.standsFor) == Literal("围场县")
    assert graph.value(place, SCHEMA.name) == Literal("围场满族蒙古族自治县")
    assert "围场县" in read_predicted(graph)["c"].places
