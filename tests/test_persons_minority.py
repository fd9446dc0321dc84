"""Names with no surname the model reads (`扎西说`, `买买提·吐尔逊`): the genre filter keeps them. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from helpers import persons_read as persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("扎西说,我们一定守好村子。", "扎西"),
        ("次仁卓玛主动到卡点值守。", "次仁卓玛"),
        ("买买提·吐尔逊说,我们一定守好村子。", "买买提·吐尔逊"),
        ("县领导周明、买买提·吐尔逊参加检查。", "买买提·吐尔逊"),
    ],
)
def test_a_name_of_listed_parts_the_model_reads_is_kept(text: str, name: str) -> None:
    assert name in persons(text, ("PER", name))


def test_a_doubled_character_opens_no_name_unless_it_is_a_listed_part() -> None:
    assert persons("天天坚守在卡点。", ("PER", "天天")) == []


def test_a_part_after_the_dot_the_model_cut_short_is_taken_whole() -> None:
    assert persons("这时,艾尼瓦·阿布都正在登记。", ("PER", "艾尼瓦·阿布")) == ["艾尼瓦·阿布都"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("其木格说,我们一定守好村子。", "其木格"),
        ("才让措说,我们一定守好村子。", "才让措"),  # 措, a lake: the last part of women's names
        ("次仁卓玛介绍,全村无异常。", "次仁卓玛"),  # four characters, no double surname
        ("民警才让措正在登记。", "才让措"),
    ],
)
def test_a_name_of_listed_parts_opening_its_report_is_read_without_the_model(text: str, name: str) -> None:
    assert name in persons(text)


def test_the_lakes_part_alone_names_no_one() -> None:
    assert persons("各项措施落实到位。") == []
