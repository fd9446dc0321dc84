"""Posts, names and bodies in forms that news prose writes and the genre shares, found by running the pipeline
over a news corpus's sentences where a title stands before a name (MSRA, the NER model's held-out split):
a verb of office that opens its clause, a title labelling a name after a colon, a former post's mark before its
place, a numeral a name was read over, the heads of departments and banks, a company's registered name.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import persons_read, posts_read

from epikg.ner import rule_mentions
from epikg.ner.merge import trim_person
from epikg.ner.places import place_mentions
from epikg.records import EntityType, Mention


def titles(text: str, *names: str) -> set[tuple[str, str]]:
    return {(name, title) for name, title, _ in posts_read(text, *names)}


# --- a verb of office opening its clause has no subject ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("现任村长索朗尼玛介绍说,全村共有村民75户。", "索朗尼玛", "村长"),
        ("据了解,现任村党支部书记李明已在卡点值守10天。", "李明", "村党支部书记"),
        ("社区干部上门慰问,为村医黄丽送去口罩。", "黄丽", "村医"),
    ],
)
def test_a_verb_of_office_that_opens_a_clause_gives_the_title_to_the_name_after_it(
    text: str, name: str, title: str
) -> None:
    assert (name, title) in titles(text, name)


def test_a_verb_of_office_after_a_name_still_gives_the_title_to_that_name() -> None:
    found = titles("刘红现任东风社区居委会主任,李强负责值守。", "刘红", "李强")
    assert any(name == "刘红" and title.endswith("主任") for name, title in found)
    assert not any(name == "李强" for name, _ in found)


# --- a title labelling a name ---------------------------------------------------------------------------------


def test_a_title_before_a_colon_labels_the_name_after_it() -> None:
    assert ("廖春生", "县疾控中心主任", "县疾控中心") in posts_read("县疾控中心主任:廖春生", "廖春生")
    assert titles("组长:王伟(县委书记)", "王伟") >= {("王伟", "组长"), ("王伟", "县委书记")}


def test_a_label_that_is_no_title_gives_no_post() -> None:
    assert titles("联系人:黄小梅,电话:0771-1234567", "黄小梅") == set()


# --- a former post ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("原平江县副县长李明到卡点督导。", "原副县长", "平江县政府"),
        ("平江县原副县长李明到卡点督导。", "原副县长", "平江县政府"),
        ("原县委书记李明到卡点看望值守人员。", "原县委书记", "县委"),
        # before a level's character the mark is no place's first character (原村 is a village's name elsewhere)
        ("原村党支部书记李明每天巡逻。", "原村党支部书记", "村党支部"),
        ("原村主任李明主动报名当志愿者。", "原村主任", "村委会"),
        # after the level's character, or after the scope and the level's character
        ("村原党支部书记李明每天巡逻。", "原村党支部书记", "村党支部"),
        ("该镇原镇长李明带队排查。", "原镇长", "镇政府"),
    ],
)
def test_a_former_posts_mark_before_or_after_its_place_stays_in_the_title_and_out_of_the_body(
    text: str, title: str, body: str
) -> None:
    assert ("李明", title, body) in posts_read(text, "李明")


# --- heads of departments, banks and prefectures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title", "body"),
    [
        ("省卫健厅副厅长阎宪奇到我县督导。", "阎宪奇", "卫健厅副厅长", "省卫健厅"),
        ("县农商银行副行长杨绍萍带领员工为卡点送去物资。", "杨绍萍", "县农商银行副行长", "县农商银行"),
    ],
)
def test_heads_of_departments_and_banks_hold_posts_in_them(
    text: str, name: str, title: str, body: str
) -> None:
    assert any((n, b) == (name, body) and (t in title or title in t) for n, t, b in posts_read(text, name))


def test_a_prefectures_commissioner_is_a_post() -> None:
    assert ("张少农", "行署专员") in titles("地委书记黄有泉、行署专员张少农到卡点检查。", "黄有泉", "张少农")


# --- a numeral after a name counts what follows ------------------------------------------------------------------


def test_a_name_after_a_title_ends_before_a_numeral_that_counts_visits() -> None:
    assert ("陈震", "副县长") in titles("副县长陈震六次到卡点督导。")


def test_a_model_name_over_a_counting_numeral_is_cut_before_it() -> None:
    text = "村民李明两天没回家。"
    assert trim_person(text, Mention("李明两", EntityType.PERSON, 2, 5, "model")).text == "李明"


def test_a_numeral_that_starts_a_word_with_what_follows_is_the_names() -> None:
    text = "王小二次日返回村里。"  # 次日: the next day
    assert trim_person(text, Mention("王小二", EntityType.PERSON, 0, 3, "model")).text == "王小二"
    assert persons_read(text, ("PER", "王小二")) == ["王小二"]


# --- no place after an adverb and a verb of arriving ------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["刚到卡点,他就忙开了。", "初到卡点,他就投入工作。", "才到社区,他就忙开了。"]
)
def test_an_adverb_and_a_verb_of_arriving_name_no_checkpoint(text: str) -> None:
    assert place_mentions(text) == []


def test_a_division_whose_short_name_starts_like_such_an_adverb_is_still_a_place() -> None:
    assert "刚察县" in [m.text for m in place_mentions("刚察县城关镇设卡点5个。")]


# --- a company's registered name ------------------------------------------------------------------------------


def test_a_banks_name_going_on_into_a_companys_ending_is_read_whole() -> None:
    text = "湖南桃源农村商业银行股份有限公司向县红十字会捐赠防疫资金50万元。"
    found = [m.text for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION]
    assert "湖南桃源农村商业银行" not in found


def test_a_countys_rural_commercial_bank_is_a_body() -> None:
    found = [
        m.text
        for m in rule_mentions("县农村商业银行向县红十字会捐款10万元。")
        if m.type is EntityType.ORGANIZATION
    ]
    assert "县农村商业银行" in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("南昌市交警支队在高速路口设卡检查。", "南昌市交警支队"),
        ("市公安局巡特警支队在卡点巡逻。", "市公安局巡特警支队"),
        ("县金狮饲料厂向县红十字会捐赠口罩5000只。", "县金狮饲料厂"),
        ("县城关纺纱厂120名职工全部返岗。", "县城关纺纱厂"),
    ],
)
def test_a_citys_police_brigade_and_a_factory_of_a_trade_are_bodies(text: str, body: str) -> None:
    assert body in [m.text for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize("text", ["全县食品厂全部停产。", "全县农商银行网点做好消毒。"])
def test_every_factory_or_bank_of_a_place_is_no_one_body(text: str) -> None:
    assert [m for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION] == []


def test_a_bare_ending_left_after_a_lead_verb_inside_a_models_body_names_none() -> None:
    from epikg.ner.merge import plausible

    for name in ("中心", "银行"):
        assert not plausible(Mention(name, EntityType.ORGANIZATION, 0, 2, "model"))
    assert plausible(Mention("县委", EntityType.ORGANIZATION, 0, 2, "model"))


# --- two posts joined by 兼 after a verb of office ---------------------------------------------------------------


def test_two_posts_joined_after_a_verb_of_office_are_both_the_names() -> None:
    found = posts_read("李明现任平江县委书记兼县人大常委会主任。", "李明")
    assert {(t, b) for _, t, b in found} >= {
        ("县委书记", "平江县委"),
        ("县人大常委会主任", "平江县人大常委会"),
    }


def test_no_bodys_name_runs_over_a_post_and_its_joiner() -> None:
    found = [
        m.text
        for m in rule_mentions("现任平江县委书记兼县人大常委会主任。")
        if m.type is EntityType.ORGANIZATION
    ]
    assert "县人大常委会" in found
    assert not any("书记" in name for name in found)


# --- a county after a province's short name, a city's market -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "county"), [("江西安远县设卡点12个。", "安远县"), ("在江西安义县万埠镇设卡。", "安义县")]
)
def test_a_county_right_after_a_provinces_short_name_is_read_whatever_word_the_two_make(
    text: str, county: str
) -> None:
    names = [m.text for m in place_mentions(text)]
    assert county in names
    assert "义县" not in names


def test_a_citys_name_before_market_is_the_city_without_its_level() -> None:
    assert [m.text for m in place_mentions("将外地产品挤出了南昌市场。")] == ["南昌"]
    assert "平江县" in [m.text for m in place_mentions("走进平江县城,街上行人很少。")]


# --- function characters, honorifics and units read as names ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("埃及群众希望中国医生能长期留下来。", "能长期"),
        ("让农技干部边讲解边操作。", "边讲解"),
        ("4月,记者慕名来到城关镇。", "慕名"),
        ("女排队员和教练应邀做客清华大学。", "应邀"),
        ("可是不少农民宁可让孩子少读书。", "宁可让"),
    ],
)
def test_a_function_character_after_a_title_opens_no_name(text: str, not_a_name: str) -> None:
    assert not_a_name not in persons_read(text)


def test_a_double_surname_that_is_also_a_word_still_opens_a_name() -> None:
    assert "慕容明辉" in persons_read("县疾控中心主任慕容明辉坚守岗位二十多天。")


@pytest.mark.parametrize(
    ("text", "not_a_name"), [("吕老把钱都捐了出来。", "吕老"), ("卸任后,杜氏受聘担任顾问。", "杜氏")]
)
def test_a_surname_with_a_mark_of_respect_names_no_one(text: str, not_a_name: str) -> None:
    from epikg.ner.persons import is_surname_and_address

    assert is_surname_and_address(not_a_name)
    assert not_a_name not in persons_read(text, ("PER", not_a_name))


def test_a_unit_before_its_heads_title_is_no_name() -> None:
    assert "农技站" not in persons_read("在孙窑乡农技站站长袁步兵的带领下,农民复工复产。")
    assert "税务" not in persons_read("聪明的税务局长不是只管收税。")


def test_an_engineer_is_a_post() -> None:
    found = titles("项目部总工程师王强告诉记者,工地已全面消毒。", "王强")
    assert any(name == "王强" and title.endswith("总工程师") for name, title in found)


# --- roads that are ways of speaking, counted divisions -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["少走弯路,把好关口。", "抗疫路上,党员冲在前。", "村民为修这条路出工百天。", "他每天走哪条路都要测温。"],
)
def test_a_way_taken_counted_or_figurative_names_no_road(text: str) -> None:
    assert place_mentions(text) == []


@pytest.mark.parametrize("road", ["中山路", "和平路", "民生路", "新开路"])
def test_road_names_ending_like_such_words_are_still_roads(road: str) -> None:
    assert [m.text for m in place_mentions(f"在{road}设卡点。")] == [road]


def test_a_count_before_a_division_like_word_names_no_division() -> None:
    assert place_mentions("组织200名山区群众返岗。") == []
    assert place_mentions("不但要办到大中城市,还要办到小城镇。") == []


def test_a_clause_running_from_a_quoted_phrase_to_a_teams_ending_names_no_team() -> None:
    from epikg.ner.set_off import quoted_teams

    assert quoted_teams("有“狮子王”之称的阿队主力。") == []
    assert [m.text for m in quoted_teams("“海淀街道文明小哥”物资运送车队出发了。")] == ["海淀街道文明小哥"]


def test_of_two_short_names_that_overlap_the_first_written_wins_whatever_their_order() -> None:
    """A page reads the same in every process: which names come first in a set depends on the process's hash seed."""
    from epikg.ner.places import free_occurrences

    def read(names: list[str]) -> list[str]:
        return [
            m.text for m in free_occurrences("君不见延安庆祝胜利", names, [], EntityType.PLACE, "rule:alias")
        ]

    assert read(["安庆", "延安"]) == read(["延安", "安庆"]) == ["延安"]


# --- a disciplinary notice ---------------------------------------------------------------------------------------


def test_a_sanction_given_leaves_the_verb_out_of_the_post_and_the_sanction_out_of_the_name() -> None:
    """`给予副主任曹明党内严重警告处分`: 给予 (give) opens no body's name before the title, and 党内 (within the
    party) the sanction after the name, though 党 ends given names."""
    assert posts_read("给予副主任曹明党内严重警告处分。", "曹明") == {("曹明", "副主任", None)}
    assert persons_read("给予副主任曹明党内严重警告处分。") == ["曹明"]


def test_a_party_group_with_no_body_named_is_no_places_body() -> None:
    """`应急管理部副部长、党组成员尚勇`: a leading party group is a body's (县卫健局党组), never a place's; with no body
    read before it, the post has no body, not the article's county's `党组`."""
    assert ("尚勇", "党组成员", None) in posts_read(
        "平江县召开会议。应急管理部副部长、党组成员尚勇介绍。", "尚勇"
    )
    assert ("王明", "党组书记", "平江县卫健局党组") in posts_read(
        "平江县召开会议。县卫健局局长、党组书记王明介绍。", "王明"
    )


def test_a_post_too_long_to_walk_whole_cuts_no_place_name() -> None:
    """A chain of a place and a body longer than a post's phrase is walked starts after the place it would cut
    (as the model reads them: the region, then the body)."""
    from epikg.extract.places import read_places
    from epikg.extract.posts import find_posts

    text = "内蒙古自治区突泉县公安局育文派出所三级警长何建华。"
    mentions = [
        Mention("内蒙古自治区", EntityType.PLACE, 0, 6, "model"),
        Mention("突泉县公安局育文派出所", EntityType.ORGANIZATION, 6, 17, "model"),
        Mention("何建华", EntityType.PERSON, 21, 24, "model"),
    ]
    places, locality = read_places(mentions, text=text)
    found, _ = find_posts(text, mentions, places, locality)
    assert {p.organization for p in found} == {"突泉县公安局育文派出所"}
