"""A village written right after its township (`河口镇向阳村`) is a place whatever its name, an everyday word
included (`开拓村`, `大王庄村`, `奇特村`), whether the rules read it or only the NER model does; a quantifier, a
kind or a verb before 村 (`大部分村`, `城中村`, `下辖村`) names none. Found by putting new names into the real
pages' sentences (the look set's people, townships and villages swapped for others): the readers held for the
names they had seen and missed new ones. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import rule_mentions
from epikg.ner.merge import merge
from epikg.ner.places import place_mentions
from epikg.records import EntityType, Mention

LOC, ORG = EntityType.PLACE, EntityType.ORGANIZATION


def model(text: str, sub: str, kind: EntityType = LOC) -> Mention:
    start = text.index(sub)
    return Mention(sub, kind, start, start + len(sub), "model")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("记者在紫湖镇开拓村看到,村两委正在开会。", "开拓村"),
        ("工作组来到清水镇奇特村开展排查。", "奇特村"),
        ("东坪乡中华村响起了广播。", "中华村"),
    ],
)
def test_a_village_after_its_township_is_named_by_a_word(text: str, village: str) -> None:
    assert village in {m.text for m in place_mentions(text)}


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("记者在紫湖镇大王庄村看到,村两委正在开会。", "大王庄村"),
        ("清水镇进化村疫区防控人员介绍。", "进化村"),
    ],
)
def test_the_models_village_after_its_township_stays(text: str, village: str) -> None:
    town = text[text.index("镇") - 2 : text.index("镇") + 1]
    merged = merge(rule_mentions(text), [model(text, town), model(text, village)])
    assert (village, LOC) in {(m.text, m.type) for m in merged}


def test_the_models_everyday_word_alone_is_still_no_village() -> None:
    text = "工作人员进化村里开展消杀。"  # no township before it: the filter holds
    merged = merge(rule_mentions(text), [model(text, "进化村")])
    assert "进化村" not in {m.text for m in merged}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("河口镇大部分村已完成排查。", "大部分村"),
        ("河口镇城中村人员密集。", "城中村"),
        ("河口镇山区村交通不便。", "山区村"),
        ("河口镇下辖村均设卡点。", "下辖村"),
        ("河口镇下辖村均设卡点。", "均设卡点"),
        ("2月7日以来,白地市镇组织镇村干部值守。", "组织镇村"),
    ],
)
def test_no_village_after_a_township_where_a_word_is_no_name(text: str, wrong: str) -> None:
    merged = merge(rule_mentions(text), [model(text, "河口镇" if "河口镇" in text else "白地市镇")])
    assert wrong not in {m.text for m in merged}


def test_the_street_and_village_in_a_bodys_name_are_places() -> None:
    from epikg.ner.place_chains import villages_in_bodies

    text = "接到通知,白石街道凉沟桥村党支部书记张立军立即行动。"
    body = "白石街道凉沟桥村党支部"
    found = villages_in_bodies([model(text, body, ORG)])
    assert [m.text for m in found] == ["白石街道", "凉沟桥村"]


def test_a_township_the_gazetteer_does_not_list_stays_before_its_village() -> None:
    # merged or renamed since: the written chain holds it where the gazetteer cannot
    text = "他选择了地皮便宜的邓屯乡李沟村养鸡。"
    merged = merge(rule_mentions(text), [model(text, "邓屯乡"), model(text, "李沟村")])
    assert {"邓屯乡", "李沟村"} <= {m.text for m in merged if m.type is LOC}


def test_an_unlisted_township_listed_beside_another_division_is_a_place() -> None:
    # an item of a list, one joiner from the next division, as in a chain
    text = "工作人员在沙坪镇和北街镇设立核酸采样点。"
    merged = merge(rule_mentions(text), [model(text, "沙坪镇"), model(text, "北街镇")])
    assert {"沙坪镇", "北街镇"} <= {m.text for m in merged if m.type is LOC}


def test_a_township_named_for_its_market_street_is_no_street() -> None:
    # `长寿街镇`: 街 is part of the township's name, which ends at 镇
    text = "长寿街镇、三市镇、加义镇等北部乡镇与湖北交界。"
    merged = merge(rule_mentions(text), [model(text, "长寿街镇")])
    places = {m.text for m in merged if m.type is LOC}
    assert "长寿街镇" in places and "长寿街" not in places


def test_an_unlisted_county_alone_is_still_no_place() -> None:
    text = "生态立县·创新活县·旅游富县"  # a slogan's words, each ending as a county does, none beside a place
    merged = merge(rule_mentions(text), [model(text, "新活县"), model(text, "游富县")])
    assert [m for m in merged if m.type is LOC] == []


def test_a_village_that_opens_with_the_towns_title_seam_is_no_person() -> None:
    # 镇长 is the town's last character and the village's first: 长门村, no 镇长 named 门村疫
    text = "南湖镇长门村疫区防控人员介绍到。"
    merged = merge(rule_mentions(text), [])
    assert [m.text for m in merged if m.type is EntityType.PERSON] == []
    assert "长门村" in {m.text for m in merged if m.type is LOC}


def test_a_title_seam_the_model_reads_as_a_chain_names_no_one() -> None:
    # 省长 is 陕西省's last character and 长安县's first: the model reads the chain, no 省长 named 安县斗
    text = "陕西省长安县斗门镇最近发现一张清代地契。"
    merged = merge(rule_mentions(text), [model(text, "陕西省"), model(text, "长安县"), model(text, "斗门镇")])
    assert [m.text for m in merged if m.type is EntityType.PERSON] == []
    assert [m.text for m in merged if m.type is LOC] == ["陕西省", "长安县", "斗门镇"]


def test_a_kind_of_village_word_names_a_road_all_the_same() -> None:
    # 城中村 is a kind of village, but 城中路 is a road's name
    assert "城中路" in {m.text for m in place_mentions("到过武宣县武宣镇城中路88号永兴超市的人员立即报告。")}


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("我是板湖镇于庄社区的网格员,请问您家有几口人?", "于庄社区"),  # 于: a preposition elsewhere
        ("您好,我是石河镇那普社区的网格员。", "那普社区"),  # 那: a demonstrative elsewhere
    ],
)
def test_a_listed_village_after_its_township_may_open_with_a_function_character(
    text: str, village: str
) -> None:
    assert village in {m.text for m in place_mentions(text)}
    town = text[text.index("镇") - 2 : text.index("镇") + 1]
    merged = merge(rule_mentions(text), [model(text, town), model(text, village)])
    assert (village, LOC) in {(m.text, m.type) for m in merged}


@pytest.mark.parametrize(
    ("text", "model_read"),
    [
        ("石河镇那个村设立了卡点。", "那个村"),  # a demonstrative and its measure word, no name
        ("于庄社区组织党员开展排查。", "于庄社区"),  # no township before it: 于 may be the preposition
    ],
)
def test_a_function_character_still_opens_no_place_outside_a_chain(text: str, model_read: str) -> None:
    merged = merge(rule_mentions(text), [model(text, model_read)])
    assert model_read not in {m.text for m in merged}


def test_a_listed_village_named_by_a_word_opens_its_bodys_name() -> None:
    from epikg.ner.place_chains import villages_in_bodies

    # 水平 is an everyday word (level), but the gazetteer lists 水平村, and its body's name holds it
    text = "水平村党支部书记、村委会主任叶敬波说,村里已完成排查。"
    assert [m.text for m in villages_in_bodies([model(text, "水平村党支部", ORG)])] == ["水平村"]
    # a kind of village (先进村) or a scope (全村) opening a body names none
    for body in ("先进村党支部", "全村党支部"):
        assert villages_in_bodies([model(body + "书记", body, ORG)]) == []


def test_a_level_character_that_opens_a_streets_word_is_the_streets_name() -> None:
    from epikg.ner.place_chains import villages_in_bodies

    # 旗 is a banner's level character, but before 街道 it is the street's name's (红旗街道), no banner
    text = "红旗街道船形村党支部书记戴西光说。"
    found = villages_in_bodies([model(text, "红旗街道船形村党支部", ORG)])
    assert [m.text for m in found] == ["红旗街道", "船形村"]


def test_a_gachas_mongolian_name_after_its_township_runs_longer() -> None:
    """`嘎达布其镇额仁宝力格嘎查`: five characters before 嘎查; a Han village's name runs to four (`组织各村` is none)."""
    read = {m.text for m in place_mentions("东乌珠穆沁旗嘎达布其镇额仁宝力格嘎查,嘎查长带着党员巡逻。")}
    assert "额仁宝力格嘎查" in read
    assert not {m.text for m in place_mentions("河口镇组织开展各个村排查。")} - {"河口镇"}
