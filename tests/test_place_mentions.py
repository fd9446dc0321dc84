"""Gazetteer place mentions: a division's name counts where it starts a word, not inside one."""

from __future__ import annotations

import pytest

from epikg.ner.places import place_mentions


@pytest.mark.parametrize("text", ["广大社区居民积极配合。", "号召广大社区群众做好防护。"])
def test_a_fragment_of_a_longer_word_is_no_place(text: str) -> None:
    # 大社区 is a district of 高雄市; in 广大社区居民 it is the tail of 广大 and the head of 社区.
    assert "大社区" not in [m.text for m in place_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("全县城关镇设立卡点。", "城关镇"), ("苍南县金乡镇开展排查。", "金乡镇"), ("在南县开展排查。", "南县")],
)
def test_a_name_after_a_place_or_a_preposition_still_counts(text: str, name: str) -> None:
    assert name in [m.text for m in place_mentions(text)]


def test_a_listed_village_inside_a_longer_village_name_is_no_village() -> None:
    # 下辛店镇 lists a 天星村; 满天星村 is another village, whose name only ends like it.
    names = [m.text for m in place_mentions("云梦县下辛店镇满天星村取消宴席。")]
    assert "天星村" not in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("对自香港、澳门、台湾地区入境人员一律集中隔离。", {"香港", "澳门", "台湾"}),
        ("自贡、泸州等地的返乡人员一律登记。", {"自贡", "泸州"}),
    ],
)
def test_the_preposition_of_where_from_opens_no_listed_place(text: str, names: set[str]) -> None:
    """`自香港、澳门`: 自 says where from; a place whose name starts with it (自贡) is still read whole."""
    from epikg.ner import rule_mentions
    from epikg.records import EntityType

    assert {m.text for m in rule_mentions(text) if m.type is EntityType.PLACE} == names


def test_a_preposition_that_begins_a_word_opens_no_unlisted_name() -> None:
    """自 opens a place (`自香港`), but not where it begins a word with the next character (自己当乡下郎中)."""
    from epikg.ner import rule_mentions

    assert not [m for m in rule_mentions("她深爱着自己当乡下郎中的丈夫。") if m.type.value == "place"]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("在双溪村李家组、大湾组,组长们带头巡逻。", {"李家组", "大湾组"}),
        ("黄沙坪村刘家湾组组长刘大勇每天守在路口。", {"刘家湾组"}),
        # with no village before it: after a verb, a preposition, 的 or a list mark
        ("当天,他们走访了上屋组、下屋组,核实返乡人员信息。", {"上屋组", "下屋组"}),
        ("他骑上摩托车,往村里最远的塘边组赶。", {"塘边组"}),
        ("在谢家冲组设置卡点。", {"谢家冲组"}),
        ("塘边组组长李明带头值守。", {"塘边组"}),  # the group's head
    ],
)
def test_a_villages_group_named_as_hamlets_are_is_a_place(text: str, groups: set[str]) -> None:
    """A villagers' group (村民小组) is where its people live; the working groups of a list of tasks stay bodies."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences

    found = recognize(text, split_sentences(text))
    assert groups <= {m.text for m in found if m.type.value == "place"}
    assert not [m for m in found if m.type.value == "organization" and m.text.endswith("组")]


def test_remote_hamlets_and_groups_name_no_group() -> None:
    """`深入偏远屯组`: 屯组, hamlets and groups together (as 村组), no hamlet 偏远屯 and its group."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences

    text = "乡卫生院工作人员深入偏远屯组,开展疫苗接种宣传。"
    assert not [m for m in recognize(text, split_sentences(text)) if m.text.endswith("组")]


def test_working_groups_on_a_task_on_the_hills_or_the_river_stay_bodies() -> None:
    """`巡山组`, `护林组`: a task done on a place, not a hamlet's name (data/place_hamlet_groups.tsv, never_first)."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences

    text = "镇里成立巡山组、护林组、宣传组。"
    found = recognize(text, split_sentences(text))
    assert not [m for m in found if m.type.value == "place"]
    assert {"巡山组", "护林组"} <= {m.text for m in found if m.type.value == "organization"}


def test_a_list_of_working_groups_stays_bodies() -> None:
    from epikg.ner import rule_mentions

    text = "县防指下设综合协调组、医疗救治组、物资保障组。"
    orgs = {m.text for m in rule_mentions(text) if m.type.value == "organization"}
    assert {"综合协调组", "医疗救治组", "物资保障组"} <= orgs
