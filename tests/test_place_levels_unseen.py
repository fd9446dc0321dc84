"""The level of a place the text names bare (issue 13, item 6): a list's kind, the same name written with
its level word elsewhere, a body it issues; `other` where nothing tells. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.extract.places import read_places
from epikg.ner import rule_mentions
from epikg.ner.place_lists import listed_bare_names
from epikg.read.normalize import fold
from epikg.records import EntityType, Mention


def levels(text: str, *bare: str) -> dict[str, str]:
    """The level of every place the rules read, with the bare names given as place mentions too (as the
    NER model reads them) at their last occurrence."""
    text = fold(text)
    mentions = [m for m in rule_mentions(text) if m.type is not EntityType.PLACE or m.text not in bare]
    for name in bare:
        start = text.rindex(name)
        mentions.append(Mention(name, EntityType.PLACE, start, start + len(name), "test"))
    places, _ = read_places(mentions, text=text)
    return {name: place.level for name, place in places.items()}


@pytest.mark.parametrize(
    ("text", "names", "level"),
    [
        ("黄田、鹿鸣、大坪等乡镇均成立了防控领导小组。", ["黄田", "鹿鸣", "大坪"], "township"),
        ("城关、鹿鸣两个镇已完成排查。", ["城关", "鹿鸣"], "township"),
        ("对城关、鹿鸣、长坪、黄田四乡镇开展督查。", ["城关", "鹿鸣", "长坪", "黄田"], "township"),
        ("在鹿鸣、黄田两镇交界处设卡。", ["鹿鸣", "黄田"], "township"),
        ("向阳、红星等村开展排查。", ["向阳", "红星"], "village"),
        ("向阳、红星两村设立卡点。", ["向阳", "红星"], "village"),
        ("在东街、西街两个社区设立卡点。", ["东街", "西街"], "village"),
        ("在红旗、东风等街道开展排查。", ["红旗", "东风"], "township"),
        ("黃田、鹿鳴等鄉鎮設立卡點。", ["黄田", "鹿鸣"], "township"),  # Traditional script
        ("以城南、城北等7个农贸市场为主开展巡查。", ["城南", "城北"], "other"),
        # divisions above the townships, named short in a list that their level closes
        ("在桃源、汉寿两县交界处设立联合检查站。", ["桃源", "汉寿"], "county"),
        ("湖南、湖北两省交界处设卡。", ["湖南", "湖北"], "province"),
        # a city's 市 says only that it is a city: the gazetteer's level for the name with it (永州市)
        ("永州、郴州等市支援了防护物资。", ["永州", "郴州"], "prefecture"),
    ],
)
def test_a_lists_kind_gives_each_bare_name_its_level(text: str, names: list[str], level: str) -> None:
    found = levels(text, *names)
    assert {n: found[n] for n in names} == dict.fromkeys(names, level)


@pytest.mark.parametrize(
    "text",
    [
        "鹿鸣14个乡镇恢复正常生产生活秩序。",  # fourteen towns of 鹿鸣, not 鹿鸣 one of them
        "鹿鸣、黄田4个村完成排查。",  # four villages: more than the list holds
    ],
)
def test_a_count_of_more_than_the_list_holds_gives_its_names_no_level(text: str) -> None:
    """`竹溪14个乡镇恢复正常`: the county's short form before a count of its towns is no town."""
    assert levels(text, "鹿鸣")["鹿鸣"] not in ("township", "village")


def test_a_kinds_character_that_begins_an_everyday_word_closes_no_list() -> None:
    """`两村民` is two villagers: 黄石 is no village (the city's short name, as the gazetteer reads it)."""
    assert levels("黄石两村民聚集打牌致多人感染。", "黄石")["黄石"] == "prefecture"


def test_a_lists_kind_beats_the_gazetteers_other_readings_of_its_names() -> None:
    """`黄石` is a prefecture and `金沙` a county's short name, but the list says townships: no county 金沙县
    becomes their parent."""
    text = "全县黄石、金沙、龙潭、双江等4镇设立采样点。"
    names = ("黄石", "金沙", "龙潭", "双江")
    mentions = [Mention(n, EntityType.PLACE, text.index(n), text.index(n) + 2, "model") for n in names]
    places, _ = read_places(mentions, text=text)
    assert {n: places[n].level for n in names} == dict.fromkeys(names, "township")
    assert all(places[n].parent is None for n in names)


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("柏垭镇党委书记张明到卡点检查。随后,张明来到柏垭,看望值守人员。", "柏垭", "township"),
        ("鹿鸣乡政府组织干部下沉。县城至鹿鸣的公路已封闭。", "鹿鸣", "township"),
        ("鹿鸣镇向阳村设立卡点。县领导到鹿鸣检查。", "鹿鸣", "township"),
        ("在红旗街道开展排查。红旗全体干部坚守一线。", "红旗", "township"),
        ("向阳村党支部组织巡逻。向阳全体党员坚守一线。", "向阳", "village"),
        (
            "鹿鸣镇鹿鸣村、鹿鸣镇政府门口都设了卡点。县领导到鹿鸣检查。",
            "鹿鸣",
            "township",
        ),  # more often a town
    ],
)
def test_the_same_name_with_its_level_word_elsewhere_gives_the_level(
    text: str, name: str, level: str
) -> None:
    assert levels(text, name)[name] == level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县城至鹿鸣的公路已封闭。", "鹿鸣"),  # nothing tells
        ("在鹿鸣市场开展消杀。县城至鹿鸣的公路已封闭。", "鹿鸣"),  # 市场 is a market, not 鹿鸣市
        ("鹿鸣区域内全部设卡。县城至鹿鸣的公路已封闭。", "鹿鸣"),  # 区域 is an area, not 鹿鸣区
        ("大柏树坪镇设立卡点。县城至柏树坪的公路已封闭。", "柏树坪"),  # 大柏树坪镇 is another name
        ("鹿鸣县城实行交通管制。县城至鹿鸣的公路已封闭。", "鹿鸣"),  # 县城: a county seat, no level word
    ],
)
def test_a_bare_name_that_nothing_places_at_a_level_is_other(text: str, name: str) -> None:
    assert levels(text, name)[name] == "other"


def test_a_named_spot_keeps_its_own_level_beside_a_namesake_street() -> None:
    found = levels("在解放路设卡。解放路街道组织干部下沉。")
    assert found["解放路"] == "other"
    assert found["解放路街道"] == "township"


@pytest.mark.parametrize(
    ("text", "names", "level"),
    [
        ("在十家堡镇、喇嘛甸镇、孤家子等地设卡。", ["孤家子"], "township"),
        ("在十家堡、喇嘛甸、孤家子设卡。十家堡镇、喇嘛甸镇干部全员上岗。", ["孤家子"], "township"),
        ("在鹿角村、桐木村、茶园设卡。", ["茶园"], "village"),
    ],
)
def test_a_bare_name_listed_with_places_of_one_level_shares_it(
    text: str, names: list[str], level: str
) -> None:
    found = levels(text, *names)
    assert {n: found[n] for n in names} == dict.fromkeys(names, level)


@pytest.mark.parametrize(
    "text",
    [
        "在湖北、孤家子设卡。",  # a province: too wide to say what a bare name is
        "在十家堡镇、鹿角村、孤家子设卡。",  # a town and a village: no one level
        "在十家堡镇设卡。孤家子全面消杀。",  # not listed together
    ],
)
def test_no_shared_level_where_the_list_has_no_one_local_level(text: str) -> None:
    assert levels(text, "孤家子")["孤家子"] == "other"


def test_places_listed_with_a_bare_name_are_found_by_the_rules() -> None:
    from epikg.ner.places import place_mentions

    text = "封闭全部入县路口,在十家堡镇、喇嘛甸镇、孤家子、四梨线设立卡点。"
    assert "孤家子" in [m.text for m in place_mentions(text)]
    for text in (
        "在石桥镇、车站、码头设卡。",
        "在县城、石桥镇、各村设卡。",
        "县领导到石桥镇、鹿鸣、黄田检查。",
    ):
        assert [m.text for m in place_mentions(text) if m.text not in ("石桥镇", "鹿鸣")] == []


@pytest.mark.parametrize(
    "text",
    [
        "我县组织收听收看会议。县四大班子领导在舞阳分会场收听收看。",
        "全县上下齐心协力。舞阳各乡镇全面设卡。",
        "縣委書記在舞陽分會場強調,全縣要嚴格落實防控措施。",
    ],
)
def test_a_county_site_writes_its_own_county_by_its_short_form(text: str) -> None:
    from epikg.ner.places import place_mentions

    text = fold(text)
    mentions = place_mentions(text)
    assert [m.text for m in mentions] == ["舞阳"]
    places, _ = read_places(mentions, text=text)
    assert places["舞阳"].level == "county"
    assert places["舞阳"].code == "411121"


def test_a_county_short_form_on_a_page_about_another_county_is_no_county() -> None:
    """`盘山、黄崖关长城等景区暂停开放` on a page about 蓟州区, which 全区 speaks of: 盘山 is no short form of the
    page's own county (that is 蓟州区, named in full), so not 盘山县 of another province either: a place with no
    division the article supports."""
    text = "蓟州区召开疫情防控会议。全区严格落实防控措施。盘山、黄崖关长城等景区暂停开放。"
    mentions = [
        Mention("蓟州区", EntityType.PLACE, 0, 3, "test"),
        Mention("盘山", EntityType.PLACE, text.index("盘山"), text.index("盘山") + 2, "test"),
    ]
    places, _ = read_places(mentions, text=text)
    assert places["蓟州区"].code == "120119"
    assert (places["盘山"].code, places["盘山"].level) == (None, "other")


def test_a_neighbours_short_form_in_the_pages_own_province_is_that_county() -> None:
    """`伍市镇作为连接汨罗、长沙的交通要地` on a page about 平江县: 汨罗 of 汨罗市, in 湖南 as 平江县 is."""
    text = "平江县召开疫情防控会议。全县严格落实防控措施。伍市镇作为连接汨罗、长沙的交通要地,设置卡点。"
    mentions = [
        Mention(name, EntityType.PLACE, text.index(name), text.index(name) + len(name), "test")
        for name in ("平江县", "伍市镇", "汨罗", "长沙")
    ]
    places, _ = read_places(mentions, text=text)
    assert places["汨罗"].code == "430681"


@pytest.mark.parametrize(
    "text",
    [
        "县领导在舞阳分会场收听收看。",  # no word for the article's own county
        "全县推进平安建设。",  # an everyday word that is also a county's short form
    ],
)
def test_no_county_by_its_short_form_without_the_articles_own_county(text: str) -> None:
    from epikg.ner.places import place_mentions

    assert [m.text for m in place_mentions(fold(text)) if m.text in ("舞阳", "荣昌", "平安")] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("对拒不配合的,由公安机关依法处理。全县设立5个检查点。", "公安"),  # the police, not 公安县
        ("县卫健局会同有关部门在全县开展排查。", "会同"),  # together with, not 会同县
        ("全县上下同心战疫。", "同心"),  # of one heart, not 同心县
    ],
)
def test_a_county_short_form_that_is_an_everyday_word_names_no_county_alone(text: str, word: str) -> None:
    from epikg.ner.places import place_mentions

    assert word not in [m.text for m in place_mentions(fold(text))]


def test_a_county_short_form_that_is_an_everyday_word_is_still_read_after_its_prefecture() -> None:
    from epikg.ner.places import place_mentions

    assert "公安" in [m.text for m in place_mentions(fold("荆州市公安、监利两地设卡。"))]


def test_short_forms_counted_as_places_are_places_but_neither_the_articles_county() -> None:
    """`荣昌、舞阳两地`: two places, but which is the article's own county (`全县`), if either, the page does not say."""
    from epikg.ner.places import place_mentions

    text = fold("全县上下在荣昌、舞阳两地设卡。")
    mentions = place_mentions(text)
    assert [m.text for m in mentions] == ["荣昌", "舞阳"]
    _, locality = read_places(mentions, text=text)
    assert "county" not in locality.by_level


def test_a_housing_estate_named_new_village_is_no_village() -> None:
    found = levels("在许家湾新村、陈家湾新村设立卡点。", "许家湾新村", "陈家湾新村")
    assert found["许家湾新村"] == "other"
    assert found["陈家湾新村"] == "other"


@pytest.mark.parametrize(
    ("text", "parents"),
    [
        (
            "在河口镇向阳村、红旗村和东风村设立卡点。",
            {"向阳村": "河口镇", "红旗村": "河口镇", "东风村": "河口镇"},
        ),
        ("黃田鄉鹿角村、桐木村兩個村設卡。", {"鹿角村": "黄田乡", "桐木村": "黄田乡"}),
        ("在平江县城关镇、安定镇设卡。", {"城关镇": "平江县", "安定镇": "平江县"}),
        ("在黄田镇鹿角村、石桥镇设卡。", {"鹿角村": "黄田镇", "石桥镇": None}),  # a town: not of the list
        (  # the gazetteer's counties: 麻城市 and 大悟县 lie outside Wuhan, so the list has left it
            "与武汉市新洲区、黄陂区及麻城市、大悟县交界的道路全部设卡。",
            {"新洲区": "武汉市", "黄陂区": "武汉市", "麻城市": None, "大悟县": None},
        ),
        (  # so with the city's short form: 平湖市 is Zhejiang's
            "我县与上海金山区、平湖市等地人员往来密切。",
            {"金山区": "上海市", "平湖市": None},
        ),
        (
            "黄田镇鹿角村设卡。桐木村、红旗村开展排查。",
            {"鹿角村": "黄田镇", "桐木村": None},
        ),  # another sentence
        (
            "在绥安镇东门菜市场、佛昙镇汽车站设立检测点。",
            {"东门菜市场": "绥安镇", "佛昙镇汽车站": "佛昙镇"},
        ),  # an item that names its own town is in that town, not the first item's
        ("在河口镇东门卡点、西门卡点设立检测点。", {"东门卡点": "河口镇", "西门卡点": "河口镇"}),
        (  # the sites visited: a village's checkpoint, then a scenic area of no one village
            "来到向阳村东门卡点、白云洞景区检查。",
            {"东门卡点": "向阳村", "白云洞景区": None},
        ),
    ],
)
def test_places_listed_after_a_chain_share_its_higher_place(
    text: str, parents: dict[str, str | None]
) -> None:
    text = fold(text)
    places, _ = read_places(rule_mentions(text), text=text)
    assert {n: places[n].parent.name if places[n].parent else None for n in parents} == parents


@pytest.mark.parametrize(
    "text", ["平江县安定、三市、长寿等3镇设立卡点12个。", "平江县安定、三市、长寿三个镇设立卡点12个。"]
)
def test_everyday_words_listed_as_towns_the_gazetteer_knows_are_towns(text: str) -> None:
    """`安定、三市、长寿等3镇`: 安定 (stable) and 三市 (three cities) are words, but with 镇 they are towns the
    gazetteer lists, and the list's kind says they are towns."""
    names = {m.text for m in listed_bare_names(text, [Mention("平江县", EntityType.PLACE, 0, 3, "test")])}
    assert {"安定", "三市", "长寿"} <= names


def test_a_short_form_before_a_word_of_origin_is_that_county_elsewhere() -> None:
    """`舞阳籍人员`: people registered in 舞阳县, named as where they come from; the article's own county is still
    the one it names in full."""
    from epikg.ner.places import place_mentions

    text = fold("我县在平江县城设卡。舞阳籍人员一律登记。")
    places, locality = read_places(place_mentions(text), text=text)
    assert places["舞阳"].code == "411121"
    assert locality.by_level["county"].name == "平江县"


@pytest.mark.parametrize("name", ["城东片区", "刘家峡库区", "黄水旅游度假区", "珲春边境经济合作区"])
def test_an_area_or_zone_is_no_district(name: str) -> None:
    """`片区`, `库区`, `度假区`: a town's area or a zone, a place of its own, though its name ends in 区."""
    from epikg.extract.place_divisions import level_from_suffix

    assert level_from_suffix(name) == "other"


def test_names_the_gazetteer_does_not_know_listed_before_a_divisions_word_are_no_divisions() -> None:
    """`等县四大家领导`: the county's leaders; the names listed before it are people, no counties."""
    text = "刘建明、陈晓东、周敏等县四大家领导在主会场参会。"
    assert listed_bare_names(text, []) == []
