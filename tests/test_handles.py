"""Forum users' handles name users, not the persons or places their words spell. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import recognize
from epikg.ner.handles import handle_spans
from epikg.read.normalize import split_sentences
from epikg.records import EntityType


def _handles(text: str) -> list[str]:
    return [text[start:end] for start, end in handle_spans(text)]


@pytest.mark.parametrize(
    ("line", "handle"),
    [
        ("沙发  析城山下   发表于 2022-11-20 16:05", "析城山下"),  # a reply's header
        ("沙发 太行山下的风 | 发表于 3 天前", "太行山下的风"),
        ("引用:太行山下的风 发表于 3 天前", "太行山下的风"),  # a quoted post
        ("3楼 吉安人在台州  发表于 昨天 21:14", "吉安人在台州"),
        ("作者:山城游子  发表于 2020-2-9 15:32  只看楼主", "山城游子"),  # the thread's author, labelled
    ],
)
def test_the_handle_in_a_replys_header(line: str, handle: str) -> None:
    assert _handles(line) == [handle]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("楼主 小河边的柳树\n我们村今天设了卡点。", "小河边的柳树"),
        ("2楼 石牛镇老王\n我们镇也设了。", "石牛镇老王"),
    ],
)
def test_the_handle_alone_after_its_floor_with_the_post_below(text: str, handle: str) -> None:
    """`楼主 小河边的柳树`: the floor, then its user's handle alone on the line; the post starts on the next."""
    assert _handles(text) == [handle]
    assert not [
        m
        for m in recognize(text, split_sentences(text))
        if m.type is EntityType.PLACE and m.start < len(text.split("\n")[0])
    ]


def test_the_handle_after_a_numbered_floor_mark() -> None:
    assert _handles("看到了。\n6# 青山脚下人家 | 发表于 昨天 21:14\n") == ["青山脚下人家"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("问了村里说等通知。\n桃江边的鱼  沙发\n发表于 2022-4-18 17:02\n同问。", "桃江边的鱼"),
        ("问了村里说等通知。\n山里人家\n发表于 2022-4-20 08:15\n同问。", "山里人家"),
    ],
)
def test_the_handle_on_its_own_line_above_the_time_it_posted(text: str, handle: str) -> None:
    assert _handles(text) == [handle]


def test_a_handle_named_again_in_a_reply_is_the_handle_again() -> None:
    text = "板凳 桃源人在杭州  发表于 4 天前\n请问要隔离吗?\n回复 桃源人在杭州:低风险地区返乡不用隔离。"
    assert _handles(text) == ["桃源人在杭州", "桃源人在杭州"]
    found = recognize(text, split_sentences(text))
    assert not [m for m in found if m.type is EntityType.PLACE and m.text.startswith("桃源")]


def test_handles_in_quotes_after_wangyou() -> None:
    assert _handles("网友“凤城老李头”、“析城山下”您好,现答复如下。") == ["凤城老李头", "析城山下"]


@pytest.mark.parametrize(
    "text", ["县委书记王明发表于《人民日报》的文章。", "县委书记王明 发表于《人民日报》"]
)
def test_prose_with_fabiao_names_no_handle(text: str) -> None:
    assert _handles(text) == []


def test_a_handle_holds_no_place_nor_person_but_a_body_posting_under_its_name_stays() -> None:
    text = "沙发  析城山下   发表于 2022-11-20 16:05\n楼主 青山县疫情防控办公室 发表于 2022-11-20 09:00\n"
    found = recognize(text, split_sentences(text))
    assert not [m for m in found if m.type is not EntityType.ORGANIZATION and m.start < 15]
    assert [m.text for m in found if m.type is EntityType.ORGANIZATION][0].endswith("疫情防控办公室")


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("问了村里说等通知。\n柳岸听风\n7#\n北大街的药店还开着。", "柳岸听风"),
        ("问了村里说等通知。\n东关老李\n楼主 | 6#\n暂时不封路。", "东关老李"),
        ("问了村里说等通知。\n东关老李\n板凳\n发表于 2020-1-27 09:15\n同问。", "东关老李"),
    ],
)
def test_the_handle_alone_on_its_line_above_its_floor(text: str, handle: str) -> None:
    """A forum's time line dropped as furniture leaves the handle right above its floor (`7#`, `楼主 | 6#`)."""
    assert _handles(text) == [handle]


def test_the_handle_above_its_users_profile() -> None:
    """A forum sets its user's profile under the handle (`UID 20817  帖子 312  积分 1045`)."""
    text = "实拍我们村的卡点。\n石门坎小哥\nUID 20817　帖子 312　积分 1045\n村口设了卡点。"
    assert _handles(text) == ["石门坎小哥"]


def test_an_articles_byline_is_no_handle() -> None:
    assert _handles("作者:张明\n全县开展排查。") == []
