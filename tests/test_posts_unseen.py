"""Posts in forms the rules were not written on (issue 13, item 5): two posts joined by 兼, the executive
deputy head as one post, a community's own party committee. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.extract.places import leading_division, read_places
from epikg.extract.posts import find_posts
from epikg.ner import rule_mentions


def posts(text: str) -> set[tuple[str, str, str | None]]:
    mentions = rule_mentions(text)
    places, locality = read_places(mentions, text=text)
    found, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title, p.organization) for p in found}


def test_two_posts_joined_by_jian_are_both_the_names() -> None:
    found = posts("村党支部书记兼村委会主任黄志强每天带队巡查。")
    assert ("黄志强", "村党支部书记", "村党支部") in found
    assert ("黄志强", "村委会主任", "村委会") in found


def test_jian_as_a_verb_of_office_still_reads_the_post_after_the_name() -> None:
    assert {title for _, title, _ in posts("县长张明兼任总指挥。")} == {"县长", "总指挥"}


@pytest.mark.parametrize(
    ("text", "title"),
    [("常务副县长刘志刚到卡点检查。", "常务副县长"), ("常务副镇长何平带队。", "常务副镇长")],
)
def test_the_executive_deputy_head_is_one_post_of_the_government(text: str, title: str) -> None:
    [(_, read, body)] = posts(text)
    assert read == title
    assert body is not None and body.endswith("政府") and "常务" not in body


def test_a_communitys_party_secretary_keeps_the_community() -> None:
    assert ("钱红英", "党委书记", "社区党委") in posts("社区党委书记、居委会主任钱红英带领网格员入户。")


@pytest.mark.parametrize("body", ["社区党委", "街道办事处", "社区居委会"])
def test_a_kind_of_place_is_no_division_a_body_starts_with(body: str) -> None:
    assert leading_division(body) is None
