"""Posts in forms the rules were not written on (issue 13, item 5): two posts joined by 兼, the executive
deputy head as one post, a community's own party committee. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import posts_read

from epikg.extract.places import leading_division, read_places
from epikg.extract.posts import find_posts
from epikg.ner import rule_mentions


def posts(text: str) -> set[tuple[str, str, str | None]]:
    return posts_read(text)  # the rules alone


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


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "马坳镇召开会议。马坳镇镇长刘伟主持,原公镇党委书记陶静、镇长晏国强介绍经验。",
            "晏国强",
            "原公镇政府",
        ),
        ("马坳镇召开会议,东湖村党支部书记张三、主任李四发言。", "李四", "东湖村"),
        # a post of another level keeps the article's body of that level
        ("马坳镇召开会议,原公镇党委书记陶静,县长晏国强讲话。", "晏国强", "县政府"),
    ],
)
def test_a_bare_post_in_a_list_of_names_is_at_the_place_of_the_post_before(
    text: str, name: str, body: str
) -> None:
    assert {b for n, _, b in posts(text) if n == name} == {body}


def test_a_communitys_party_secretary_keeps_the_community() -> None:
    assert ("钱红英", "党委书记", "社区党委") in posts("社区党委书记、居委会主任钱红英带领网格员入户。")


@pytest.mark.parametrize("body", ["社区党委", "街道办事处", "社区居委会", "新华社", "新华网"])
def test_a_kind_of_place_is_no_division_a_body_starts_with(body: str) -> None:
    assert leading_division(body) is None


@pytest.mark.parametrize(
    ("body", "head"), [("新华社区居委会", "新华社区"), ("南县县委", "南县"), ("城关镇党委", "城关镇")]
)
def test_a_body_starts_with_the_division_written_with_its_ending(body: str, head: str) -> None:
    """A village the gazetteer lists as 新华, with no ending of its kind, opens no body's name (新华社)."""
    assert leading_division(body) == head


def _posts_with(text: str, name: str) -> set[tuple[str, str, str | None]]:
    """Posts where the model (here given by hand) read a name that no title rule reads."""
    from epikg.ner.merge import merge
    from epikg.records import EntityType, Mention

    start = text.index(name)
    mentions = merge(
        rule_mentions(text), [Mention(name, EntityType.PERSON, start, start + len(name), "model")]
    )
    places, locality = read_places(mentions, text=text)
    found, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title, p.organization) for p in found}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("身为村委的邹小云身穿红马甲巡逻。", "邹小云", "村委"),
        ("作为社区党支部书记的王芳每天值守。", "王芳", "党支部书记"),
    ],
)
def test_a_post_between_as_and_de_is_the_names(text: str, name: str, title: str) -> None:
    assert title in {t for n, t, _ in _posts_with(text, name) if n == name}


@pytest.mark.parametrize(
    ("text", "name"), [("作为党员的王芳每天值守。", "王芳"), ("听了县委书记的讲话,张明说。", "张明")]
)
def test_a_role_or_a_title_far_from_the_name_is_no_post(text: str, name: str) -> None:
    assert _posts_with(text, name) == set()


def test_a_villages_committee_is_named_with_the_village() -> None:
    from epikg.extract.organizations import with_place
    from epikg.records import Place

    village = Place("半岭村", "village", None, "k", None)
    assert with_place(village.name, "村委会") == "半岭村村委会"
    assert with_place("苍南县", "县委") == "苍南县委"


# --- profiles, chains, lists of posts after a verb -----------------------------------------------


def test_a_profiles_posts_joined_by_dun_hao_are_all_the_persons() -> None:
    from epikg.records import EntityType, Mention

    text = "方桂英,女,汉族,1978年出生,中共党员,现任浙江省衢州市开化县华埠镇下溪村党支部书记、村委会主任。"
    mentions = [
        Mention("方桂英", EntityType.PERSON, 0, 3, "model"),
        *rule_mentions(text),
    ]  # as the model reads it
    places, locality = read_places(mentions, text=text)
    found = {(p.title, p.organization) for p in find_posts(text, mentions, places, locality)[0]}
    assert found == {
        ("党支部书记", "下溪村党支部"),  # the body takes the chain's lowest place
        ("村委会主任", "下溪村村委会"),
    }


def test_a_post_after_a_verb_of_office_ends_where_another_persons_begins() -> None:
    found = posts("学校成立由校长白玉山任组长、副校长那日苏任副组长的工作专班。")
    assert {title for name, title, _ in found if name == "白玉山"} == {"校长", "组长"}
    found = posts("成立了以党委书记周力农为第一指挥长、党委副书记、镇长陈楚为指挥长的疫情防控指挥部。")
    assert {title for name, title, _ in found if name == "周力农"} == {"党委书记", "第一指挥长"}


def test_two_heads_sharing_a_group_are_no_person() -> None:
    assert posts("白沙县成立了由县委书记、县长任双组长的县疫情防控工作领导小组。") == set()


def test_a_time_word_after_a_name_is_not_its_last_character() -> None:
    assert {name for name, _, _ in posts("县委常委、常务副县长刘文当晚带队到龙潭镇检查。")} == {"刘文"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平江县加强卡点值守。该县县长钱立新表示,将保障物资供应。", ("钱立新", "县长", "平江县政府")),
        ("我镇镇长李强介绍,全镇设卡5个。", ("李强", "镇长", "镇政府")),
        ("该县卫健局局长王芳说,已完成排查。", ("王芳", "县卫健局局长", "县卫健局")),
    ],
)
def test_a_scope_word_before_a_title_is_the_articles_own_place_never_part_of_a_body(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in posts(text)
    assert not [b for _, _, b in posts(text) if b and b[0] in "该我本"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # 和 opens the community's common name, no conjunction that breaks the phrase
        ("昌盛街道和平社区党委书记栾春梅说,社区已储备物资。", ("栾春梅", "党委书记", "和平社区党委")),
        # the executive deputy of a bureau in a list after the bureau's post: one title, no bureau named 常务局
        ("县公安局党委副书记、常务副局长惠宁介绍,全县设卡。", ("惠宁", "常务副局长", "县公安局")),
    ],
)
def test_a_post_over_a_common_place_name_or_an_executive_deputy(
    text: str, post: tuple[str, str, str]
) -> None:
    assert post in posts(text)


def test_a_conjunction_before_a_common_place_name_ends_the_name_before_it() -> None:
    """`李刚和和平村主任王明`: the first 和 joins the two, the second opens 和平村."""
    assert ("李刚", "党支部书记", "向阳村党支部") in posts("向阳村党支部书记李刚和和平村主任王明参加。")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "网格员联系方式:\n锦江花园1-6号楼:佟丽娜 138****2316\n锦江花园7-12号楼:宫雪 139****0875\n",
            "网格员",
        ),
        ("附:滨江名都小区楼栋长名单\n1栋:佟丽娜 2栋:宫雪\n疫情当前,感谢居民的理解和配合。", "楼栋长"),
    ],
)
def test_a_rosters_header_gives_its_title_to_each_name_under_it(text: str, title: str) -> None:
    """A notice lists the people of a job under a header that names it: each name holds that post."""
    found = posts_read(text, "佟丽娜", "宫雪")
    assert {(name, t) for name, t, _ in found if name in ("佟丽娜", "宫雪")} == {
        ("佟丽娜", title),
        ("宫雪", title),
    }


def test_a_header_with_no_title_gives_the_names_under_it_no_post() -> None:
    assert posts_read("联系方式:\n一网格:佟丽娜 二网格:宫雪\n", "佟丽娜", "宫雪") == set()


def test_a_roster_ends_at_a_line_that_is_none_of_its_items() -> None:
    """`社区值班电话:0415-7126603` closes the roster: a name after it is no 网格员."""
    text = "网格员联系方式:\n锦江花园:佟丽娜 138****2316\n社区值班电话:0415-7126603\n值班人员:宫雪\n"
    assert {(n, t) for n, t, _ in posts_read(text, "佟丽娜", "宫雪")} == {("佟丽娜", "网格员")}


def test_a_groups_leader_in_its_numbered_item_is_the_groups() -> None:
    """`(一)综合协调组。组长:陆国林`: the bare 组长 of the item the group's name opens is that group's leader."""
    text = "二、指挥部下设2个工作组\n(一)综合协调组。组长:陆国林。\n(二)医疗救治组。组长:王建设;副组长:覃永刚。\n"
    found = posts_read(text, "陆国林", "王建设", "覃永刚")
    assert {
        ("陆国林", "组长", "综合协调组"),
        ("王建设", "组长", "医疗救治组"),
        ("覃永刚", "副组长", "医疗救治组"),
    } <= found


@pytest.mark.parametrize(
    "text",
    ["张建华(县卫生健康局党组书记、局长)受到表扬。", "张建华,县卫生健康局党组书记、局长,介绍情况。"],
)
def test_a_party_group_post_and_the_units_own_after_the_name_are_in_the_unit(text: str) -> None:
    assert {body for _, _, body in posts_read(text, "张建华")} == {"县卫生健康局"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "县纪委监委第三监督检查室主任胡晓东参加。",
            "县纪委监委第三监督检查室",
        ),  # an ordinal opens the office
        ("县防指第一工作组组长李明带队检查。", "县防指第一工作组"),
        ("县公安局交通管理大队民警林小华在卡点执勤。", "县公安局交通管理大队"),
    ],
)
def test_a_unit_named_after_its_body_is_the_posts_body(text: str, body: str) -> None:
    assert body in {b for _, _, b in posts(text)}


def test_a_verb_of_entrusting_before_a_villages_body_names_no_village() -> None:
    """`委托村党总支书记仇立兵`: entrusted to the village's branch secretary; no village called 委托."""
    found = posts_read("他拿出积攒多年的1万元,委托村党总支书记仇立兵交给镇党委。", "仇立兵")
    assert {body for name, _, body in found if name == "仇立兵"} == {"村党总支"}
