"""Mentions: the genre rules, their merge with the model's output, and the four sentences the NER issue names."""

from __future__ import annotations

import pytest

from epikg.ner import recognize, rule_mentions
from epikg.ner.merge import merge, plausible
from epikg.read.normalize import normalize, split_sentences
from epikg.records import AlignedText, EntityType, Mention

PER, LOC, ORG = EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION


def model(text: str, sub: str, kind: EntityType, *, at: int = 0) -> Mention:
    """A mention as the model would give it: the first occurrence of sub at or after `at`."""
    start = text.index(sub, at)
    return Mention(sub, kind, start, start + len(sub), "model")


def names(mentions) -> list[tuple[str, EntityType]]:  # noqa: ANN001
    return [(m.text, m.type) for m in mentions]


def clean(raw: str) -> str:
    return normalize(AlignedText.identity(raw)).text


# --- the genre rules alone ------------------------------------------------------------


def test_title_then_name() -> None:
    text = "苍南县委书记黄荣定率领县防疫领导小组"
    assert names(merge(rule_mentions(text), [])) == [
        ("苍南县委", ORG),
        ("黄荣定", PER),
        ("县防疫领导小组", ORG),
    ]


def test_two_character_name_before_a_verb() -> None:
    text = "南洲镇镇长、防指指挥长陈楚告诉记者"
    assert names(merge(rule_mentions(text), [])) == [("南洲镇", LOC), ("陈楚", PER)]


def test_a_post_is_not_a_name() -> None:
    assert names(rule_mentions("由县委书记任组长、县长任第一副组长")) == []


def test_occupation_then_words_is_not_a_name() -> None:
    assert [m for m in rule_mentions("民警、辅警全员上岗,网格员和志愿者入户") if m.type is PER] == []
    assert [m for m in rule_mentions("落实干部包保制度") if m.type is PER] == []
    assert [m for m in rule_mentions("村民都给予理解,党员干部齐上阵") if m.type is PER] == []
    assert [m for m in rule_mentions("只保留一个出入口,进出村民须登记、测温") if m.type is PER] == []
    assert [m for m in rule_mentions("由镇村干部包干负责,村干部包户") if m.type is PER] == []
    # `干部和综治` is only proposed for the model to confirm (persons.MODEL_CHECKED_NAME): never a name alone
    assert [m for m in merge(rule_mentions("要求全体综治干部和综治成员积极投身"), []) if m.type is PER] == []
    assert [m.text for m in rule_mentions("三社村民肖仁建初九要办满月酒") if m.type is PER] == ["肖仁建"]


def test_gazetteer_prefers_the_name_in_context() -> None:
    # 苍南金乡镇 holds 南金乡 (elsewhere in China) and 金乡镇 (in 苍南县, which the text names).
    text = "苍南县召开会议。坐标苍南金乡镇,街上空空荡荡。"
    places = [m.text for m in rule_mentions(text) if m.type is LOC]
    assert "金乡镇" in places and "南金乡" not in places


def test_two_character_county_inside_a_slogan_is_not_a_place() -> None:
    assert [m.text for m in rule_mentions("生态立县·旅游富县·产业强县") if m.type is LOC] == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("他在长沙作了手术", ["长沙"]),  # a prefecture's short form, standing alone
        ("【甘肃在行动】陇南:战疫", ["甘肃", "陇南"]),
        ("重点监测湖北武汉返乡村民", ["湖北", "武汉"]),  # after a word, and after another place
        ("朝阳社区党支部书记", []),  # a community's name, and 朝阳 is ambiguous anyway
        ("来源:温州日报", []),  # an outlet
        ("各位来宾", []),  # guests, not 来宾市
        ("她原本打算带着孩子去长沙看望老人", ["长沙"]),  # after the verb of going
    ],
)
def test_city_short_forms(text: str, places: list[str]) -> None:
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == places


def test_a_place_followed_by_a_station_names_the_station() -> None:
    text = "长途客运站、苍南动车站、苍南县火车站设卡"
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == ["苍南动车站", "苍南县火车站"]


def test_a_division_followed_by_a_market_names_the_market() -> None:
    """`柳林镇农贸市场`: the town's market, one place named by the town, as a division's station is."""
    text = "检查组来到柳林镇农贸市场、平安县农产品批发市场,查看摊主佩戴口罩情况。"
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == [
        "柳林镇农贸市场",
        "平安县农产品批发市场",
    ]


def test_outlet_endings_make_organizations() -> None:
    orgs = [m.text for m in rule_mentions("泸溪县全力防控。(泸溪融媒特约记者 张三)") if m.type is ORG]
    assert orgs == ["泸溪融媒"]


@pytest.mark.parametrize("role", ["融媒体记者", "融媒记者", "全媒体记者", "新媒体记者"])
def test_a_reporters_role_named_by_its_media_holds_no_name(role: str) -> None:
    """`融媒体记者 许文博`: 融 is a surname too, but the role is one word (data/byline_roles.txt)."""
    persons = [m.text for m in rule_mentions(f"全县完成核酸检测3万人。\n{role} 许文博") if m.type is PER]
    assert persons == ["许文博"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("文化艺术报讯(全媒体记者 邓锦龙)", "文化艺术报"),
        ("正文。\n四川新闻网眉山2月2日讯 近日", "四川新闻网"),
        ("摄 中新网长沙1月26日电", "中新网"),
    ],
)
def test_dateline_names_its_outlet(text: str, outlet: str) -> None:
    assert [m.text for m in rule_mentions(text) if m.type is ORG] == [outlet]


def test_villages_only_under_a_named_township() -> None:
    text = clean("在浦市鎮馬王溪村,村支書石澤林帶領")
    assert names(merge(rule_mentions(text), [])) == [("浦市镇", LOC), ("马王溪村", LOC), ("石泽林", PER)]


# --- merging rules and model, case by case ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "read", "places"),
    [
        ("凭祥市与越南谅山仅一山之隔。", "越南谅山", [("越南", LOC), ("谅山", LOC)]),
        ("瑞丽市与缅甸木姐口岸相邻。", "缅甸木姐口岸", [("缅甸", LOC), ("木姐口岸", LOC)]),
        ("关注朝鲜半岛局势。", "朝鲜半岛", [("朝鲜半岛", LOC)]),  # one name
        ("坚持巴西利亚会议精神。", "巴西利亚", [("巴西利亚", LOC)]),  # a city, two characters past 巴西
        # a province of the country: the country alone (no level of China's fits it, nor is it China's province)
        ("该村与越南河江省山水相连。", "越南河江省", [("越南", LOC)]),
        ("口岸与老挝南塔省相邻。", "老挝南塔省", [("老挝", LOC)]),
    ],
)
def test_a_model_place_that_opens_with_a_country_is_the_country_and_a_place_in_it(
    text: str, read: str, places: list
) -> None:
    assert names(merge([], [model(text, read, LOC)])) == places


def test_a_direction_before_a_place_the_article_names_is_no_part_of_its_name() -> None:
    """`石门桥北`: north of the bridge; the community is 桂花苑社区, as the article writes it elsewhere."""
    text = "桂花苑社区出现一例病例。石门桥北桂花苑社区实行封控。"
    rule = [Mention("桂花苑社区", LOC, 0, 5, "rule:place-name")]
    merged = merge(rule, [model(text, "北桂花苑社区", LOC)])
    assert names(merged) == [("桂花苑社区", LOC), ("桂花苑社区", LOC)]
    assert merged[1].start == text.index("桂花苑社区", 6)


def test_a_direction_that_opens_a_name_the_article_writes_only_so_stays() -> None:
    text = "北门社区实行封控。"
    assert names(merge([], [model(text, "北门社区", LOC)])) == [("北门社区", LOC)]


def test_rule_wins_over_a_model_boundary_error() -> None:
    text = "坐标苍南金乡镇,苍南县委书记"
    merged = merge(rule_mentions(text), [model(text, "南金乡镇", LOC)])
    assert ("金乡镇", LOC) in names(merged) and ("南金乡镇", LOC) not in names(merged)


def test_model_organization_that_is_no_body_is_dropped() -> None:
    text = "梨树县联防联控模式得到肯定"
    merged = merge(rule_mentions(text), [model(text, "梨树县联防联", ORG)])
    assert names(merged) == [("梨树县", LOC)]


def test_model_organization_wrapping_a_place_is_the_organization() -> None:
    text = "梨树县疾控中心主任助理纪海"
    merged = merge([Mention("梨树县", LOC, 0, 3, "rule:gazetteer")], [model(text, "梨树县疾控中心", ORG)])
    assert names(merged) == [("梨树县疾控中心", ORG)]


def test_model_facility_around_a_rule_place_is_one_place() -> None:
    text = "苍南动车站和浦市镇游客中心广场,浦市镇镇村干部"
    model_reads = [
        model(text, "苍南动车站", ORG),
        model(text, "浦市镇游客中心广场", LOC),
        model(text, "浦市镇镇村", LOC),
    ]
    merged = merge(rule_mentions(text), model_reads)
    assert names(merged) == [("苍南动车站", LOC), ("浦市镇游客中心广场", LOC), ("浦市镇", LOC)]


def test_model_extends_a_title_rule_name() -> None:
    text = "吉林省委书记查干巴拉高度肯定"  # the title rule reads 查干巴 (查, a surname, then two characters)
    merged = merge(rule_mentions(text), [model(text, "查干巴拉", PER)])
    assert ("查干巴拉", PER) in names(merged)
    assert [m.source for m in merged if m.type is PER] == ["model"]


def test_model_fills_what_no_rule_covers_and_keeps_its_source() -> None:
    text = "志愿者们说,王雪英和吴丹都来了"
    merged = merge(rule_mentions(text), [model(text, "吴丹", PER)])
    assert [(m.text, m.source) for m in merged] == [("吴丹", "model")]


@pytest.mark.parametrize(
    ("sub", "kind"),
    [
        ("众志成城", LOC),
        ("中", LOC),
        ("冲锋", PER),
        ("琼 剡文斌", PER),
        ("任组长", PER),
        ("昌某某", PER),
        ("城区", LOC),
        ("四甲镇召开疫情防控领导小组", ORG),
        ("我们村", LOC),
        ("蹲村镇", LOC),
        ("和综治", PER),
        ("二维码", LOC),  # an everyday word, no place's ending
        ("红黄码", LOC),
        ("白宫", PER),
        ("包楼栋", PER),  # 包 taking charge of a building, no surname
    ],
)
def test_model_output_the_genre_filter_drops(sub: str, kind: EntityType) -> None:
    assert not plausible(Mention(sub, kind, 0, len(sub), "model"))


@pytest.mark.parametrize(
    ("sub", "kind"),
    [
        ("巴音朝鲁", PER),
        ("热依拉·买买提", PER),  # a Uyghur name, its parts joined by ·
        ("湖北", LOC),
        ("中央公园小区", LOC),
        ("人民网", ORG),
        ("蓝天救援队", ORG),
        ("金乡镇", LOC),
        # Foreign countries and cities, though everyday words of the news (a place of level `other`).
        ("美国", LOC),
        ("意大利", LOC),
        ("纽约", LOC),
        # Natural features and compounds, by their ending (data/model_place_endings.txt).
        # Village and residents' committees, procuratorates, news agencies (data/org_types.tsv).
        ("青山村村委会", ORG),
        ("阳光社区居委会", ORG),
        ("石门县人民检察院", ORG),
        ("新华社", ORG),
        ("岳麓山", LOC),
        ("洞庭湖", LOC),
        ("桃花寺", LOC),
        ("幸福家园", LOC),
    ],
)
def test_model_output_the_genre_filter_keeps(sub: str, kind: EntityType) -> None:
    assert plausible(Mention(sub, kind, 0, len(sub), "model"))


# --- the shipped model and the genre layer together --------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "苍南县委书记黄荣定率领县防疫领导小组",
            [("苍南县委", ORG), ("黄荣定", PER), ("县防疫领导小组", ORG)],
        ),
        (
            "梨樹縣聯防聯控模式得到吉林省委書記巴音朝魯高度肯定",
            [("梨树县", LOC), ("吉林省委", ORG), ("巴音朝鲁", PER)],
        ),
        ("南洲镇镇长、防指指挥长陈楚告诉记者", [("南洲镇", LOC), ("陈楚", PER)]),
        ("在浦市鎮馬王溪村,村支書石澤林帶領", [("浦市镇", LOC), ("马王溪村", LOC), ("石泽林", PER)]),
    ],
)
def test_issue_sentences_are_exactly_right_with_the_model(raw: str, expected: list) -> None:
    from epikg.ner.hanlp_model import load_tagger

    text = clean(raw)
    assert names(recognize(text, split_sentences(text), tagger=load_tagger())) == expected


def test_model_span_taking_a_title_mark_along_is_stripped() -> None:
    from epikg.ner.merge import strip_punctuation

    text = "被《吉林日报》报道"
    stripped = strip_punctuation(model(text, "吉林日报》", ORG))
    assert (stripped.text, stripped.start, stripped.end) == ("吉林日报", 2, 6)
    assert strip_punctuation(model(text, "吉林日报", ORG)) == model(text, "吉林日报", ORG)
    assert (
        strip_punctuation(model("经G104国道", "G104国道", LOC)).text == "G104国道"
    )  # letters and digits stay
    assert (
        strip_punctuation(model("《》", "《》", ORG)).text == "《》"
    )  # nothing to keep: unchanged, dropped later


def test_model_name_followed_by_a_facility_word_is_that_facility() -> None:
    from epikg.ner.merge import extend_to_facility

    text = "到洛栾高速栾川下站口、君山饭店集中隔离点调研,张明说"
    assert extend_to_facility(text, model(text, "洛栾高速栾川", LOC)).text == "洛栾高速栾川下站口"
    hotel = extend_to_facility(text, model(text, "君山饭店", ORG))
    assert (hotel.text, hotel.type) == ("君山饭店集中隔离点", LOC)
    assert extend_to_facility(text, model(text, "张明", PER)).text == "张明"
    text = "白马井中心渔港的渔船暂停出海。"  # a fishing port named after a town's centre, read as a body
    port = extend_to_facility(text, model(text, "白马井中心", ORG))
    assert (port.text, port.type) == ("白马井中心渔港", LOC)
    text = "防城港市港口区居民须居家隔离。"  # 港口区, a district, though 港口 (port) is a facility's word
    assert extend_to_facility(text, model(text, "防城港市", LOC)).text == "防城港市"


def test_model_name_running_into_a_word_is_trimmed() -> None:
    from epikg.ner.merge import trim_person

    text = "周青和刘凯连续6天住在单位"
    assert trim_person(text, model(text, "刘凯连", PER)).text == "刘凯"
    assert trim_person(text, model(text, "周青", PER)).text == "周青"
    # the word the last character would start gives way to one starting right after the name
    text = "副镇长刘红杰出席会议,村主任陈常胜利用广播喊话"
    assert trim_person(text, model(text, "刘红杰", PER)).text == "刘红杰"
    assert trim_person(text, model(text, "陈常胜", PER)).text == "陈常胜"
    text = "值守的是事故中队姚军中队长"  # 中 starts the title 中队长, whatever word 队长 is
    assert trim_person(text, model(text, "姚军中", PER)).text == "姚军"
    text = "镇长高峰深入村组检查"  # 深入 is the verb, and 入村 no word: 高峰 is the name
    assert trim_person(text, model(text, "高峰深", PER)).text == "高峰"
    text = "县长李建会见返乡代表"  # 会见: the verb, not the name's last character
    assert trim_person(text, model(text, "李建会", PER)).text == "李建"
    text = "张建国会同县卫健局检查卡点"  # 国会 is a word, but 会同 after the whole name is the verb
    assert trim_person(text, model(text, "张建国", PER)).text == "张建国"
    # a function word after the whole name ends it (平等, 成就 are words too); so does a verb that opens with a
    # character that follows names (慰问, 率队), not such a character alone (强调,)
    for text, name in [
        ("副县长黄和平等人检查隔离点", "黄和平"),
        ("赵玉成就此事作出安排", "赵玉成"),
        ("县委书记陈永安慰问一线人员", "陈永安"),
        ("村医刘成功率队入户", "刘成功"),
    ]:
        assert trim_person(text, model(text, name, PER)).text == name
    text = "县长陈楚强调,要守好卡点"
    assert trim_person(text, model(text, "陈楚强", PER)).text == "陈楚"
    text = "王建现在每天值守"  # 在 is left out: 现在 follows names
    assert trim_person(text, model(text, "王建现", PER)).text == "王建"
    # a two-character name the model ran into a listed word that opens with a character that follows names
    # (实地, 陪同, 冒雨), where nothing after the three characters starts a word (地察, 同检)
    for text, name in [
        ("副县长刘洋实地察看隔离点", "刘洋"),
        ("镇长吴刚陪同检查", "吴刚"),
        ("县纪委书记陈丽冒雨检查卡点", "陈丽"),
    ]:
        assert trim_person(text, model(text, name + text[text.index(name) + 2], PER)).text == name
    text = "嘎查党支部书记乌力吉图正在挨户登记"  # a name of no listed surname, run into 正在
    assert trim_person(text, model(text, "乌力吉图正", PER)).text == "乌力吉图"


def test_a_model_name_run_into_a_facilitys_word_ends_before_it() -> None:
    """`站长乔树林卡口查验不严`: the checkpoint (卡口, 卡点) the name was read into is none of the name."""
    from epikg.ner.merge import trim_person

    text = "县公路管理站站长乔树林卡口查验不严"
    assert trim_person(text, model(text, "乔树林卡口", PER)).text == "乔树林"
    text = "原村党总支书记訾明亮卡点值守不力"
    assert trim_person(text, model(text, "訾明亮卡", PER)).text == "訾明亮"


def test_a_title_that_is_the_seam_of_two_places_names_no_one() -> None:
    # 县长 and 镇长 straddle a place's last character and the next place's first: 长安街道, 长安路 are places
    for text, place in [
        ("苍南县长安街道组织志愿者消杀。", "长安街道"),
        ("金桥镇长安路设立检查点。", "长安路"),
    ]:
        mentions = merge(rule_mentions(text), [])
        assert [m.text for m in mentions if m.type is PER] == []
        assert place in [m.text for m in mentions if m.type is EntityType.PLACE]
    assert persons("县长张路主持召开会议。") == ["张路"]  # a name that ends as a road does stays a name


def test_a_name_after_a_title_ends_where_the_word_after_it_starts() -> None:
    # 强调 would take the last character: the name is two; 出席 and 会同 follow three whole
    assert persons("县长陈楚强调,要守好卡点。") == ["陈楚"]
    assert persons("副镇长黄红杰出席会议。") == ["黄红杰"]
    assert persons("副县长张建国会同县卫健局负责人检查卡点。") == ["张建国"]
    assert persons("镇长李爱国会见返乡代表。") == ["李爱国"]


def test_a_name_after_a_double_surname_may_have_a_two_character_given_name() -> None:
    assert persons("县人民医院院长令狐建明介绍情况。") == ["令狐建明"]
    assert persons("团县委书记欧阳晨带领志愿者上门。") == ["欧阳晨"]
    assert persons("副县长司马光、李明到场。") == ["司马光", "李明"]


# --- titles and names: issue 13, item 5 -------------------------------------------------------


def persons(text: str) -> list[str]:
    return [m.text for m in merge(rule_mentions(text), []) if m.type is PER]


def test_a_title_before_a_list_names_each_person() -> None:
    assert persons("县领导张明、李强、王芳到场检查") == ["张明", "李强", "王芳"]
    assert persons("副县长赵刚、孙伟等人参加") == ["赵刚", "孙伟"]


def test_a_list_stops_at_a_new_title_or_a_non_name() -> None:
    assert persons("副县长赵刚、县政府党组成员孙伟参加") == ["赵刚", "孙伟"]
    assert persons("镇长赵刚、全体干部参加") == ["赵刚"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张明县长说", "张明"),
        ("会上,李强书记强调", "李强"),
        ("学习贯彻习近平总书记重要讲话", "习近平"),
        ("王芳同志说", "王芳"),
    ],
)
def test_a_name_right_before_a_title_or_an_address(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["南洲镇长说", "镇办公室主任说", "各小组长要", "督导组长说", "全体党员干部说"],
)
def test_words_before_a_title_that_are_no_name(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "记者向群众宣传防疫知识",
        "网格员向村民发放口罩",
        "书记向记者介绍情况",
        "副县长上午县政府召开会议",
        "镇长下午到村",
    ],
)
def test_a_preposition_or_time_word_after_a_title_is_no_name(text: str) -> None:
    assert persons(text) == []


def test_a_name_that_starts_like_a_preposition_and_is_set_off_by_a_comma_is_a_name() -> None:
    """`主任向红军,`: a preposition's object never stops at a comma; 向 is the surname."""
    assert persons("县卫健委党委书记、主任向红军,县疾控中心主任黄芳出席。") == ["向红军", "黄芳"]


def test_yuan_is_a_surname_unless_it_begins_a_word() -> None:
    """原 is a surname (`副主任原丽萍`), but `县长原定于` is 原定 (as planned)."""
    assert persons("县疾控中心副主任原丽萍做客节目。") == ["原丽萍"]
    assert persons("县长原定于明天到村检查。") == []


def test_model_name_that_is_a_preposition_and_a_word_is_dropped() -> None:
    assert not plausible(Mention("向群众", PER, 0, 3, "model"))
    assert plausible(Mention("向东明", PER, 0, 3, "model"))


def test_a_title_inside_a_list_of_titles_is_no_name_and_title() -> None:
    # 宣统委员 (publicity and united-front member) looks like the name 宣统 before 委员.
    assert persons("镇党委委员、宣统委员、镇长赵刚说") == ["赵刚"]


def test_a_list_after_a_title_may_close_with_a_conjunction() -> None:
    assert persons("记者张明和王芳报道") == ["张明", "王芳"]
    assert persons("书记张明和群众一起") == ["张明"]
    assert persons("镇长张明和志愿者们") == ["张明"]


@pytest.mark.parametrize("name", ["王先生", "刘女士", "张大爷", "欧阳女士"])
def test_a_surname_with_a_form_of_address_is_no_person(name: str) -> None:
    """`王先生`: the article does not give the name (gold-format: real, named people only)."""
    from epikg.ner.merge import merge

    model = Mention(name, EntityType.PERSON, 0, len(name), "model")
    assert merge([], [model]) == ()


@pytest.mark.parametrize("name", ["陈伯", "李叔", "王姨", "欧阳婶"])
def test_a_surname_with_a_one_character_form_of_address_is_no_person(name: str) -> None:
    """`住在7楼的陈伯独居`: uncle Chen, no name given."""
    from epikg.ner.merge import merge

    assert merge([], [Mention(name, EntityType.PERSON, 0, len(name), "model")]) == ()


@pytest.mark.parametrize("name", ["王建伯", "李春姨"])
def test_a_one_character_form_of_address_ends_no_three_character_name(name: str) -> None:
    from epikg.ner.persons import is_surname_and_address

    assert not is_surname_and_address(name)


def test_a_model_person_ending_like_a_village_is_no_person() -> None:
    """`孙家村`: 孙 is a surname, but 村 ends no name: the village is a place."""
    from epikg.ner.merge import merge

    read = merge([], [Mention("孙家村", EntityType.PERSON, 0, 3, "model")])
    assert [(m.text, m.type) for m in read] == [("孙家村", EntityType.PLACE)]
    assert [m.text for m in merge([], [Mention("孙家明", EntityType.PERSON, 0, 3, "model")])] == ["孙家明"]


def test_a_bus_terminal_the_model_read_as_a_body_is_a_place() -> None:
    """`县汽车总站`: a terminal is somewhere people are checked, not an organization."""
    from epikg.ner.merge import merge

    found = merge([], [Mention("县汽车总站", EntityType.ORGANIZATION, 0, 5, "model")])
    assert [(m.text, m.type) for m in found] == [("县汽车总站", EntityType.PLACE)]


def test_a_name_alone_in_brackets_closing_a_line_signs_the_article() -> None:
    names = [
        m.text
        for m in rule_mentions("全镇4个卡点已累计检查车辆300辆。(王晓明)\n")
        if m.type is EntityType.PERSON
    ]
    assert names == ["王晓明"]
    assert not [
        m for m in rule_mentions("他们来自三个村(西区)\n确保安全(下同)\n") if m.type is EntityType.PERSON
    ]


class _FixedTagger:
    """Stands in for the model: tags each sentence with the spans given for it."""

    def __init__(self, spans: dict[str, list[tuple[str, int, int]]]) -> None:
        self.spans = spans

    def tag(self, sentences: list[str]) -> list[list[tuple[str, int, int]]]:
        return [self.spans.get(s, []) for s in sentences]


def _reading(text: str, label: str, name: str, length: int | None = None) -> _FixedTagger:
    """A model that reads `label` over the first `name` in the sentence holding it (over `length` characters)."""
    spans = {}
    for s in split_sentences(text):
        sentence = text[s.start : s.end]
        if name in sentence and not spans:
            at = sentence.index(name)
            spans[sentence] = [(label, at, at + (length or len(name)))]
    assert spans
    return _FixedTagger(spans)


def test_a_body_the_model_reads_from_inside_a_word_is_no_body() -> None:
    text = "在外读大学的马晓宇放假在家。"
    tagger = _FixedTagger({text: [("ORG", 1, 5), ("PER", 6, 9)]})  # 外读大学: 外 ends the word 在外
    found = {(m.text, m.type) for m in recognize(text, split_sentences(text), tagger=tagger)}
    assert ("外读大学", EntityType.ORGANIZATION) not in found
    assert ("马晓宇", EntityType.PERSON) in found


@pytest.mark.parametrize(
    ("text", "spans", "persons"),
    [
        ("网格员协助做好行李搬运工作。", [(6, 9)], []),  # 李搬运: 李 closes the word 行李
        ("县卫生健康局局长安明亮出席。", [(8, 11)], ["安明亮"]),  # 长安 is a word, but a title ends there
        ("张建国王芳检查工作。", [(0, 3), (3, 5)], ["张建国", "王芳"]),  # 国王, but a name ends there
    ],
)
def test_a_person_the_model_reads_from_inside_a_word_is_none(
    text: str, spans: list[tuple[int, int]], persons: list[str]
) -> None:
    tagger = _FixedTagger({text: [("PER", *span) for span in spans]})
    found = recognize(text, split_sentences(text), tagger=tagger)
    assert [m.text for m in found if m.type is EntityType.PERSON] == persons


def test_a_body_read_from_inside_a_word_keeps_the_body_of_a_level_after_it() -> None:
    text = "确诊后,患者入住市公共卫生临床中心治疗。"
    tagger = _FixedTagger({text: [("ORG", 7, 17)]})  # 住市公共卫生临床中心: 住 ends the word 入住
    found = {m.text for m in recognize(text, split_sentences(text), tagger=tagger)}
    assert "市公共卫生临床中心" in found and "住市公共卫生临床中心" not in found


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("全镇所有村庄小区实行封闭式管理。", (5, 8), False),  # 庄小区: 庄 ends 村庄; 小区 names none
        ("工作组到达江小区开展排查。", (4, 8), True),  # 达江小区: 到达 is a word, 江小区 a name's rest
    ],
)
def test_a_place_the_model_reads_from_inside_a_word_is_none_when_only_its_kind_is_left(
    text: str, span: tuple[int, int], kept: bool
) -> None:
    tagger = _FixedTagger({text: [("LOC", *span)]})
    found = {
        m.text for m in recognize(text, split_sentences(text), tagger=tagger) if m.type is EntityType.PLACE
    }
    assert (text[slice(*span)] in found) is kept


@pytest.mark.parametrize(
    ("text", "read", "length"),
    [
        ("社区网格员小王挨家挨户上门登记。", "王挨", None),  # 小王, a nickname, and 挨 of 挨家挨户
        ("老李头说卡点晚上也有人。", "李头说", None),
    ],
)
def test_a_surname_after_a_mark_of_familiar_address_is_no_name(
    text: str, read: str, length: int | None
) -> None:
    tagger = _reading(text, "PER", read, length)
    assert not [
        m for m in recognize(text, split_sentences(text), tagger=tagger) if m.type is EntityType.PERSON
    ]


def test_a_name_after_a_word_ending_in_such_a_mark_stays() -> None:
    text = "成员是政坛元老宋双和方炳祯。"  # 元老 (an elder) ends in the mark 老 as a word: 宋双 is a name
    tagger = _reading(text, "PER", "宋双")
    assert "宋双" in [m.text for m in recognize(text, split_sentences(text), tagger=tagger)]


def test_a_body_the_model_reads_from_a_words_start_stays() -> None:
    text = "县人民医院开设发热门诊。"
    tagger = _FixedTagger({text: [("ORG", 0, 5)]})
    assert "县人民医院" in [m.text for m in recognize(text, split_sentences(text), tagger=tagger)]


def test_a_person_the_model_reads_is_a_place_the_article_names_with_its_ending() -> None:
    # 蒋王 heads 蒋王街道 and 蒋王派出所 in the same article: the headline's `蒋王速度` is the street's, no Mr 蒋王
    text = "封控小区里的“蒋王速度”。蒋王街道党工委书记王明说,蒋王派出所民警朱涛在岗。"
    tagger = _reading(text, "PER", "蒋王")
    persons = [
        m.text for m in recognize(text, split_sentences(text), tagger=tagger) if m.type is EntityType.PERSON
    ]
    assert "蒋王" not in persons and "王明" in persons


def test_a_person_before_a_title_that_starts_like_an_ending_stays() -> None:
    text = "张明镇长到村里检查。"
    tagger = _FixedTagger({text: [("PER", 0, 2)]})
    assert "张明" in [m.text for m in recognize(text, split_sentences(text), tagger=tagger)]


def test_a_name_the_model_runs_into_a_verb_that_follows_names_is_trimmed() -> None:
    text = "“我就是想帮帮忙。”金美玉笑着说。"
    tagger = _reading(text, "PER", "金美玉", length=4)  # 金美玉笑
    persons = [
        m.text for m in recognize(text, split_sentences(text), tagger=tagger) if m.type is EntityType.PERSON
    ]
    assert persons == ["金美玉"]


@pytest.mark.parametrize(
    ("text", "read", "name"),
    [
        (
            "但在走访中,苏玉凤得知村里将有16户计划办喜宴。",
            "苏玉凤得",
            "苏玉凤",
        ),  # 得知: no four-character name
        ("欧阳春明得知后连夜赶回。", "欧阳春明", "欧阳春明"),  # a double surname's four characters stay
    ],
)
def test_a_four_character_name_run_into_a_word_is_trimmed(text: str, read: str, name: str) -> None:
    tagger = _reading(text, "PER", read, length=len(read))
    persons = [
        m.text for m in recognize(text, split_sentences(text), tagger=tagger) if m.type is EntityType.PERSON
    ]
    assert persons == [name]


def test_a_persons_given_name_alone_is_not_the_place_it_also_names() -> None:
    # 李宝山, then 宝山说: his given name, not 宝山 (a district's short name)
    text = "村委会主任李宝山的手机号被大家存了。宝山说,一天接了160多个电话。"
    tagger = _reading(text, "LOC", "宝山说", length=2)  # the model reads the district
    places = [
        m.text for m in recognize(text, split_sentences(text), tagger=tagger) if m.type is EntityType.PLACE
    ]
    assert "宝山" not in places


@pytest.mark.parametrize("code", ["黄码", "红码", "新冠", "封城"])
def test_the_colour_of_a_health_code_is_no_village(code: str) -> None:
    """`黄码人员`, `美国新冠感染人数`: a 黄码村 and a 新冠村 exist somewhere, but here the model's place is the
    code's colour or the disease."""
    from epikg.ner.merge import merge

    assert merge([], [Mention(code, EntityType.PLACE, 2, 4, "model")]) == ()


def test_a_surname_with_tongzhi_alone_is_no_name() -> None:
    """`李同志说`: comrade Li, no name given (`王芳同志`: 王芳 is)."""
    from epikg.ner.persons import is_surname_and_address

    assert is_surname_and_address("李同志")
    assert not is_surname_and_address("王芳")


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("早上六点半,天刚蒙蒙亮,他已出门。", "蒙蒙亮"),
        ("关于居民医保缴费的温馨提示", "温馨"),
        ("(荆楚网通讯员 屈晓燕)", "荆楚网"),
    ],
)
def test_words_that_start_with_a_surname_are_no_names(text: str, not_a_name: str) -> None:
    """A doubled word (`蒙蒙亮`), a notice's word (`温馨提示`), an outlet before its correspondent (`荆楚网通讯员`)."""
    from epikg.ner.merge import merge

    at = text.index(not_a_name)
    model = Mention(not_a_name, EntityType.PERSON, at, at + len(not_a_name), "model")
    assert not_a_name not in [m.text for m in rule_mentions(text)]
    assert not_a_name not in [m.text for m in merge(rule_mentions(text), [model])]


def test_a_citys_station_by_direction_is_one_place() -> None:
    text = "他从武汉乘车返回,在怀化南站下车,随后到长沙东站换乘。"
    places = [m.text for m in rule_mentions(text) if m.type is LOC]
    assert "怀化南站" in places and "长沙东站" in places and "怀化" not in places


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("平江汽车南站暂停发车。", "平江汽车南站"),
        ("浏阳汽车客运站设立体温检测点。", "浏阳汽车客运站"),
        ("岳阳客运中心实行实名购票。", "岳阳客运中心"),
    ],
)
def test_a_towns_bus_station_is_one_place(text: str, station: str) -> None:
    """A bus station by direction or a coach centre after a town's bare name (data/facility_after.txt)."""
    places = [m.text for m in rule_mentions(text) if m.type is LOC]
    assert station in places


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("城南工业园区企业有序复工。", "城南工业园区"),
        ("平江县工业园区企业有序复工。", "平江县工业园区"),
        ("平江高新技术产业开发区企业复工。", "平江高新技术产业开发区"),
        ("伍市工业园企业复工。", "伍市工业园"),
    ],
)
def test_an_industrial_park_or_development_zone_named_by_its_place_is_a_place(text: str, zone: str) -> None:
    """Firms go back to work and are checked there: a zone named by its place or town (data/place_name_suffixes.txt,
    facility_after.txt); one of no name (`县经济开发区`, `各开发区`) is none."""
    places = [m.text for m in rule_mentions(text) if m.type is LOC]
    assert zone in places


@pytest.mark.parametrize(
    "text",
    [
        "县经济开发区已有56家企业复工。",
        "各开发区、工业园区企业有序复工。",
        "要办好高新技术产业开发区。",
        "全力打造工业园区。",
    ],
)
def test_a_zone_of_no_name_is_no_place(text: str) -> None:
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == []


@pytest.mark.parametrize(
    ("text", "city"), [("我县首批医疗队出征驰援武汉。", "武汉"), ("县卫健局选派医务人员驰援黄冈。", "黄冈")]
)
def test_a_city_by_its_short_name_after_a_verb_of_going_there_is_a_place(text: str, city: str) -> None:
    """`驰援武汉`: a verb of going (data/place_visit_verbs.txt) before a city's short name, as `支援武汉` is."""
    assert city in [m.text for m in rule_mentions(text) if m.type is LOC]


@pytest.mark.parametrize(
    "text",
    [
        "在省界卡点,工作人员逐车检查。",
        "县界检查站24小时值守。",
        "集镇入口检查站、码头检查站同步运行。",
        "村寨卡点有人值守。",
        "在交界处卡点,工作人员逐车检查。",
        "督导组到修山暗访卡点。",
        "修山的志愿者为卡点送去热饭。",
    ],
)
def test_a_checkpoint_named_by_where_it_stands_or_what_is_done_there_is_no_named_place(text: str) -> None:
    """`省界卡点`, `入口检查站`: a kind of checkpoint (data/place_kind_modifiers.txt); `修山暗访卡点`: the verb of
    inspecting it (data/place_setup_verbs.txt) is in no name; nor is a person's title (`志愿者为卡点`)."""
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("县公安局组织警力对农贸市场开展巡查。", []),  # 对, toward: no market named 警力对
        (
            "各派出所组织警力对农贸市场、商超、萧县汽车站等场所开展巡查。",
            ["萧县汽车站"],
        ),  # 商超, shops: a kind
        (
            "在城东农贸市场、黄田、石桥等地设卡。",
            ["城东农贸市场", "黄田", "石桥"],
        ),  # a named market: names listed
    ],
)
def test_a_list_beside_a_kind_of_place_lists_kinds(text: str, places: list[str]) -> None:
    """`对农贸市场、商超、萧县汽车站`: the market alone is a kind of place, and so is the bare item listed beside it
    (商超, shops and supermarkets); a name stays one. A preposition ends no name (`警力对农贸市场`)."""
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == places


def test_bare_names_listed_before_deng_di_are_places_and_kinds_of_place_are_none() -> None:
    """`牛田、松木塘、马迹塘等地`: places of no kind said (data/place_list_heads.txt), not a list of names;
    `学校、车站等地`: words for kinds of place (data/place_list_loose_heads.txt)."""
    read = rule_mentions("工作组先后到牛田、松木塘、马迹塘等地检查。")
    assert {m.text for m in read if m.type is LOC} >= {"牛田", "松木塘", "马迹塘"}
    assert not [m for m in read if m.type is EntityType.PERSON]
    assert [m.text for m in rule_mentions("志愿者在学校、车站等地开展消杀。") if m.type is LOC] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("护士王丽驰援武汉。", "王丽"), ("网格员李华每天上门排查。", "李华"), ("党员刘洋轮流值守。", "刘洋")],
)
def test_a_name_before_going_to_help_every_day_or_by_turns_ends_before_it(text: str, name: str) -> None:
    """驰, 每 and 轮 end a few given names; 驰援, 每天, 轮流 open the clause (data/person_verbs_after.txt,
    person_adverbs_after.txt), whether the model or a title's rule ran the name into them."""
    from epikg.ner.merge import trim_person

    longer = name + text[text.index(name) + 2]
    assert trim_person(text, model(text, longer, PER)).text == name
    assert longer not in [m.text for m in rule_mentions(text)]


@pytest.mark.parametrize(
    ("text", "roads"),
    [
        ("迎宾路口、建设路口各设置一个核酸采样点。", ["迎宾路", "建设路"]),
        ("解放路段实行交通管制。", ["解放路"]),
        ("在进镇路口设卡。", []),
        ("在十字路口执勤。", []),
        ("交界路段设卡。", []),
    ],
)
def test_a_roads_common_name_before_its_crossing_or_stretch_is_the_road(text: str, roads: list[str]) -> None:
    """`人民路口`, `解放路段`: a road's common name (data/place_name_words.txt) before 路口 or 路段 names the road;
    a crossing named by where it leads (`进镇路口`) or a kind (`十字路口`, `交界路段`) names none."""
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == roads


@pytest.mark.parametrize(
    ("text", "roads"),
    [
        ("新引进了摆式高速列车。", []),
        ("何为高速铁路?", []),
        ("沪渝高速忠县收费站暂停通行。", ["沪渝高速", "忠县收费站"]),
    ],
)
def test_high_speed_as_an_adjective_names_no_motorway(text: str, roads: list[str]) -> None:
    """高速 ends a motorway's name (`沪渝高速`), but before 列车, 铁路 or 发展 it is the adjective "high-speed"
    (data/place_suffix_continuations.txt): no road named 摆式高速 nor 何为高速."""
    assert [m.text for m in rule_mentions(text) if m.type is LOC] == roads


@pytest.mark.parametrize(
    ("text", "read", "body"),
    [
        (
            "中南大学湘雅二医院专家组抵达我县指导救治。",
            "中南大学湘雅二医院专家组",
            "中南大学湘雅二医院专家组",
        ),
        ("中南大学湘雅医院医疗队抵达黄冈。", "中南大学湘雅医院医疗队", "中南大学湘雅医院医疗队"),
        (
            "南华大学附属第一医院派出医疗队支援我县。",
            "南华大学附属第一医院派出医疗队",
            "南华大学附属第一医院",
        ),
    ],
)
def test_a_hospitals_team_and_the_hospital_that_sends_one_are_bodies(text: str, read: str, body: str) -> None:
    """The model's `…医院专家组` ends in a team's word (data/org_types.tsv), a body; one it ran across the verb
    that sends the team is the sender before it (data/org_sending_verbs.txt)."""
    from epikg.ner.merge import merge

    bodies = [m.text for m in merge(rule_mentions(text), [model(text, read, ORG)]) if m.type is ORG]
    assert body in bodies


def test_the_sending_verb_inside_a_kind_of_body_sends_no_one() -> None:
    """`县公安局派出所`: 派出 begins 派出所 (a kind of body), no verb that sends a team."""
    from epikg.ner.merge import before_sending_verb

    read = Mention("县公安局派出所", ORG, 0, 7, "model")
    assert before_sending_verb(read).text == "县公安局派出所"


@pytest.mark.parametrize(
    ("text", "read"),
    [("县里派出工作组,到大湾组走访。", "县里派出工作组"), ("镇里抽调工作组进驻村里。", "镇里抽调工作组")],
)
def test_a_team_sent_by_no_body_is_named_by_what_follows_the_verb(text: str, read: str) -> None:
    """`县里派出工作组`: the county said plainly sends the team; no body, and the bare `工作组` left is none."""
    from epikg.ner.merge import merge

    assert [m for m in merge(rule_mentions(text), [model(text, read, ORG)]) if m.type is ORG] == []


@pytest.mark.parametrize(
    ("text", "read", "kept"),
    [
        ("镇党委书记于海洋说,全镇设了卡点。", "于海洋", True),  # a verb of report ends the name
        ("记者向群众宣传防疫知识。", "向群众", False),  # the preposition and its object
        ("县委书记于当天表示,要加强防控。", "于当天", False),  # a word of time
    ],
)
def test_a_models_person_opening_with_a_prepositions_character_before_a_verb_of_report(
    text: str, read: str, kept: bool
) -> None:
    """于 and 向 are prepositions before an everyday word (海洋, 群众), and surnames too: the model's person right
    before a verb of report (data/person_reports.tsv) is a name, unless what follows 于 is a word of time."""
    from epikg.ner.merge import merge

    persons = [
        m.text for m in merge(rule_mentions(text), [model(text, read, PER)], text=text) if m.type is PER
    ]
    assert (read in persons) is kept


def test_a_team_of_no_body_named_is_no_body() -> None:
    from epikg.ner.merge import merge

    text = "支援医疗队抵达。"
    assert [m for m in merge(rule_mentions(text), [model(text, "支援医疗队", ORG)]) if m.type is ORG] == []


def test_a_provinces_and_a_citys_short_names_are_two_places_not_a_township() -> None:
    """`江西萍乡`: 江西 and 萍乡 (of 萍乡市), no township 江西萍乡 read by its ending 乡."""
    places = [m.text for m in rule_mentions("他从江西萍乡返回平江县。") if m.type is LOC]
    assert "江西萍乡" not in places and "萍乡" in places


def test_the_broad_road_of_a_saying_is_no_road() -> None:
    assert [m for m in rule_mentions("乡亲们走上了致富的康庄大道。") if m.type is LOC] == []


def test_a_rule_reading_and_the_models_of_one_span_resolve_the_same_way_in_every_process() -> None:
    """A county's short form read by its rule and by the model at one span: the rule's reading is kept (ranked), not
    whichever a set happened to yield first (that depended on PYTHONHASHSEED)."""
    from epikg.ner.merge import merge
    from epikg.ner.places import COUNTY_SHORT_FORM

    rule = Mention("介休", EntityType.PLACE, 2, 4, COUNTY_SHORT_FORM)
    model = Mention("介休", EntityType.PLACE, 2, 4, "model")
    assert [m.source for m in merge([rule], [model])] == [COUNTY_SHORT_FORM]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("三合街道凤凰社区居民蒙大姐说,医生上门了。", "蒙大"),  # 大姐 after the surname: an address, no name
        ("居民陈阿姨心疼地说,大家辛苦了。", "陈阿"),
    ],
)
def test_a_surname_and_the_start_of_an_address_the_model_reads_is_no_person(text: str, read: str) -> None:
    start = text.index(read)
    tagger = _FixedTagger({text: [("PER", start, start + len(read))]})
    found = recognize(text, split_sentences(text), tagger=tagger)
    assert [m.text for m in found if m.type is EntityType.PERSON] == []


def test_a_name_whose_given_name_opens_like_an_address_stays() -> None:
    text = "县委书记蒙大军主持会议。"
    tagger = _FixedTagger({text: [("PER", 4, 7)]})
    found = recognize(text, split_sentences(text), tagger=tagger)
    assert [m.text for m in found if m.type is EntityType.PERSON] == ["蒙大军"]
