"""Rates the response reports reaching are quantities in % (extract/rates.py); shares, limits, targets and
ranges are none. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from epikg.extract.quantities import find_quantities


def percents(text: str) -> list[tuple[Decimal, str | None]]:
    return [(q.value, q.counts) for q in find_quantities(text) if q.unit == "%"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县60岁以上老年人加强针接种率达到82%。", [(Decimal(82), "接种率")]),
        ("全校学生第二剂次接种率达98.6%。", [(Decimal("98.6"), "接种率")]),
        ("全程接种率94.2%,加强免疫21.08万人。", [(Decimal("94.2"), "接种率")]),
        # a ranking after the rate it ranks: each place's figure
        (
            "接种率排名前三的是:五十镇(78.6%)、塘川镇(76.9%)。",
            [(Decimal("78.6"), "接种率"), (Decimal("76.9"), "接种率")],
        ),
    ],
)
def test_a_rate_reached_is_a_quantity_in_percent(text: str, expected: list) -> None:
    assert percents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "已完成首针接种,占常住人口的66.86%。",  # a share, no rate
        "接待人数不得超过核定容量的50%。",  # a rule's limit
        "“中午前就采完了80%”。",
        "其余乡镇接种率均在65%至75%之间。",  # a range
        "如老年人接种率仍未达到70%,则通报批评。",  # a target not met
        "县长率先垂范,带领80%的干部下沉。",  # 率 of 率先, the verb
    ],
)
def test_a_share_a_limit_a_target_or_a_range_is_no_quantity(text: str) -> None:
    assert percents(text) == []


def test_a_rate_striven_for_is_no_quantity() -> None:
    assert percents("下一步,力争全乡老年人接种率达到90%以上。") == []


def test_a_buildings_number_is_no_count() -> None:
    found = [(q.value, q.unit) for q in find_quantities("围合区域内的裕安小区1栋、3栋、5栋实行封控。")]
    assert found == []
    assert [(q.value, q.unit) for q in find_quantities("全县新建隔离用房3栋。")] == [(Decimal(3), "栋")]
    # a range numbered from the first building, and a label before a name, number buildings too
    assert find_quantities("高风险区(滨江名都1至6栋):由医护人员上门采样。") == []
    assert find_quantities("附:楼栋长名单\n1栋:冉启华　2栋:朱小琴") == []
    assert [(q.value, q.upper) for q in find_quantities("倒塌房屋3至5栋。")] == [(Decimal(3), Decimal(5))]


def test_a_villages_numbered_group_is_no_count() -> None:
    """`东仓村3组`: the village's third group of villagers; `组建3组巡逻队` counts."""
    assert find_quantities("东仓村3组、紫薇社区紫薇花园小区继续实行封控管理。") == []
    assert [(q.value, q.unit) for q in find_quantities("镇里组建巡逻队3组,日夜巡查。")] == [
        (Decimal(3), "组")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "黄土岭村三组、五组实行封闭管理。",
        "东风村一组至八组全部设立了劝返点。",
        "红星村2组和5组共排查返乡人员。",
    ],
)
def test_the_later_groups_of_a_villages_list_are_numbered_too(text: str) -> None:
    """`红星村三组、五组`: the list's second group is the village's fifth, no count of five groups."""
    assert find_quantities(text) == []


def test_groups_listed_after_their_teams_still_count() -> None:
    found = [(q.value, q.unit) for q in find_quantities("全镇组建巡逻队3组、宣传队5组。")]
    assert sorted(found) == [(Decimal(3), "组"), (Decimal(5), "组")]
