"""A community or residential compound named for the unit whose staff it housed (`中央财经大学社区`,
`电力公司小区`) is a place, not the unit acting: the readers take the unit's name as a body's, and the ending
after it turns it into the place's name. A department of government before `社区干部` (its community cadres) or
a unit's community clinic (`社区卫生服务中心`) names no such place. Found by swapped-name variants of the
written look pages; sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import rule_mentions
from epikg.ner.place_names import compounds_named_for_units
from epikg.records import EntityType, Mention

LOC, ORG = EntityType.PLACE, EntityType.ORGANIZATION


def read(text: str, *bodies: str) -> list[tuple[str, EntityType]]:
    merged = [Mention(b, ORG, text.index(b), text.index(b) + len(b), "model") for b in bodies]
    return [(m.text, m.type) for m in compounds_named_for_units(text, merged, rule_mentions(text))]


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("对黄山职业技术学院社区实行封控管理。", "黄山职业技术学院", "黄山职业技术学院社区"),
        ("电力公司小区实行封闭管理。", "电力公司", "电力公司小区"),
        ("水泥厂家属院出现一例确诊病例。", "水泥厂", "水泥厂家属院"),
    ],
)
def test_a_units_name_before_a_communitys_ending_names_the_place(text: str, body: str, place: str) -> None:
    assert read(text, body) == [(place, LOC)]


def test_a_division_opening_the_units_name_stays_a_place_above_it() -> None:
    text = "对东湖街道中央财经大学社区划定为封控区。"
    assert read(text, "东湖街道中央财经大学") == [("东湖街道", LOC), ("中央财经大学社区", LOC)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县委组织部社区干部全部下沉。", "县委组织部"),  # the department's community cadres
        ("县人民医院社区卫生服务中心开展接种。", "县人民医院"),  # the hospital's community clinic
    ],
)
def test_no_place_where_the_ending_is_no_compounds(text: str, body: str) -> None:
    assert read(text, body) == [(body, ORG)]
