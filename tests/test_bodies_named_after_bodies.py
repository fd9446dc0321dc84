"""Bodies and places named after another body. A community or residential compound named for the unit whose
staff it housed (`中央财经大学社区`, `电力公司小区`) is a place, not the unit acting: the readers take the unit's
name as a body's, and the ending after it turns it into the place's name. A department of government before
`社区干部` (its community cadres) or a unit's community clinic (`社区卫生服务中心`) names no such place. Found by
swapped-name variants of the written look pages. A national group's name opens its branch's
(`国网平江县供电公司`), and the division after it is a place the article names. Sentences written for these
tests."""

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


# --- a national group's name opening its branch's ------------------------------------------------------------


def test_a_groups_name_opens_its_branchs_name() -> None:
    from epikg.ner.brands import branches_of_groups

    text = "国家电网平江县供电公司为卡点架设临时用电。"
    read_apart = [
        Mention("国家电网", ORG, 0, 4, "rule:suffix"),
        Mention("平江县供电公司", ORG, 4, 11, "rule:suffix"),
    ]
    assert [(m.text, m.type) for m in branches_of_groups(text, read_apart)] == [
        ("国家电网平江县供电公司", ORG)
    ]


def test_the_division_after_a_groups_name_is_a_place_the_article_names() -> None:
    from epikg.extract.places import read_places

    text = "国网平江县供电公司为卡点架设临时用电。"
    places, _ = read_places([Mention("国网平江县供电公司", ORG, 0, 9, "model")], text=text)
    assert "平江县" in places


def test_a_body_after_no_groups_name_is_left_alone() -> None:
    from epikg.ner.brands import branches_of_groups

    text = "县电力公司为卡点架设临时用电。"
    body = Mention("县电力公司", ORG, 0, 5, "model")
    assert branches_of_groups(text, [body]) == [body]
