"""Bodies named only in the formula of deference to higher authorities are none of the article's (issue 13,
item 1: the graph says only what the article says it did). Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.extract.deferred_bodies import deferred
from epikg.extract.place_divisions import Locality
from epikg.ner import rule_mentions
from epikg.records import Place


def deferred_names(text: str, county: str | None = None) -> list[str]:
    """The bodies deferred to, on a page whose county is `county`."""
    place = Place(county, "county", None, county, None) if county else None
    locality = Locality({"county": place}) if place else Locality()
    spans = deferred(text, rule_mentions(text), locality)
    return sorted(text[start:end] for start, end in spans)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "疫情发生以来,在省委、省政府和市委、市政府的坚强领导下,全县上下齐心协力。",
            ["市委", "市政府", "省委", "省政府"],
        ),
        ("按照市委市政府要求,严格落实防控措施。", ["市委", "市政府"]),
        ("坚决贯彻落实党中央、国务院决策部署。", ["党中央", "国务院"]),
    ],
)
def test_higher_bodies_in_a_formula_of_deference_are_deferred_to(text: str, names: list[str]) -> None:
    assert deferred_names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "在县委、县政府的坚强领导下,各乡镇迅速行动。",  # the county's own bodies are the article's
        "市委书记张明到县里检查防控工作。",  # a body named outside the formula
        "市政府召开新闻发布会,通报疫情。",
    ],
)
def test_other_bodies_are_not(text: str) -> None:
    assert deferred_names(text) == []


def test_a_citys_bodies_are_the_articles_own_on_a_page_about_that_city() -> None:
    text = "按照市委市政府要求,严格落实防控措施。"
    assert deferred_names(text, "邓州市") == []
    assert deferred_names(text, "南县") == ["市委", "市政府"]
