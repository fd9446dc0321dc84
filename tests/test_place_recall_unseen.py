"""Places the build dropped in kinds of article the rules were not written on (issue 13, item 6):
communities before a word that merely starts like a body's ending, towns the gazetteer lists under a
newer name, natural villages, checkpoints. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import recognize, rule_mentions
from epikg.ner.place_lists import listed_alike
from epikg.ner.places import place_mentions
from epikg.read.normalize import split_sentences
from epikg.records import EntityType, Mention, Sentence


def names(text: str) -> list[str]:
    return [m.text for m in place_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在荆江社区实行网格化管理。", "荆江社区"),  # 网格 is no outlet's 网
        ("柳溪社区组织党员开展巡查。", "柳溪社区"),  # 组织 is no working group's 组
        ("沙市区解放路街道荆江社区实行网格化管理。", "荆江社区"),
    ],
)
def test_a_word_after_a_place_that_starts_like_a_body_ending_leaves_the_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "荆江社区党支部组织党员巡查。",
        "阳春中心校开展演练。",
    ],
)
def test_a_place_that_begins_a_body_name_is_still_no_place_of_its_own(text: str) -> None:
    assert not [n for n in names(text) if text.startswith(n)]


@pytest.mark.parametrize(
    ("text", "township", "village"),
    [
        ("桃源县漳江镇白洋河社区设置了采样点。", "漳江镇", "白洋河社区"),  # now 漳江街道 in the gazetteer
        ("记者来到宁乡县青山乡新塘村。", "青山乡", "新塘村"),
    ],
)
def test_a_township_written_after_its_county_is_a_place_where_the_gazetteer_lacks_it(
    text: str, township: str, village: str
) -> None:
    found = names(text)
    assert township in found
    assert village in found


@pytest.mark.parametrize(
    "text",
    [
        "桃源县召开乡镇疫情防控会议。",
        "桃源县开展城乡环境整治。",
        "桃源县各乡镇全部设卡。",
        "桃源县乡镇干部全部下沉。",
        "桃源县副镇长以上干部参加。",
        "长治市区返乡人员须报备。",  # 返乡: going home, no town named 区返
        "东安县芦洪市镇组织干部对集镇主街道开展消杀。",  # 主街道: a main street, no subdistrict
    ],
)
def test_words_after_a_county_are_no_township(text: str) -> None:
    assert [n for n in names(text) if n not in ("桃源县", "长治市", "东安县", "芦洪市镇")] == []


def test_a_township_after_its_county_gets_the_county_as_parent() -> None:
    from epikg.extract.places import read_places

    text = "桃源县漳江镇白洋河社区设置了采样点。"
    places, _ = read_places(place_mentions(text), text=text)
    assert places["漳江镇"].parent.name == "桃源县"
    assert places["白洋河社区"].parent.name == "漳江镇"


@pytest.mark.parametrize(
    ("text", "name"),
    [("在五里村石桥卡口值守。", "石桥卡口"), ("民警在青山卡口检查车辆。", "青山卡口")],
)
def test_a_checkpoint_named_before_kakou_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "民警驻守卡口。",
        "各卡口严格值守。",
        "在全县设置卡口。",
        "乡镇卡口全部到位。",
        "调动警力驻守卡口、布满街面。",
    ],
)
def test_a_generic_checkpoint_phrase_is_no_place(text: str) -> None:
    assert not [n for n in names(text) if n.endswith("卡口")]


def test_no_name_starts_after_an_everyday_word_ending_in_cun() -> None:
    assert not [n for n in names("深入农村石桥卡口检查。") if n.startswith("村")]
    assert "石桥卡口" not in names("各地农村卡口严格值守。")


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("近日,洋溪乡在乡政府门口设立测温点。", "洋溪乡", None),
        ("县疾控中心在人民医院设立发热门诊。", None, "县疾控中心"),
    ],
)
def test_a_body_does_not_run_across_zai(text: str, place: str | None, body: str | None) -> None:
    from epikg.ner import rule_mentions

    mentions = rule_mentions(text)
    bodies = [m.text for m in mentions if m.type.value == "organization"]
    assert not [b for b in bodies if "在" in b]
    if place:
        assert place in [m.text for m in mentions if m.type.value == "place"]
    if body:
        assert body in bodies


def test_a_compounds_west_part_is_no_district() -> None:
    assert "西区" not in names("芙蓉里社区(西区)共有居民楼9栋。")
    assert "东区" not in names("东区食堂暂停堂食。")


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("黄田、石桥、大坪等乡镇均成立了防控领导小组。", ["黄田", "石桥", "大坪"]),
        ("以城南、城北等7个农贸市场为主开展巡查。", ["城南", "城北"]),
        ("红星、营盘两个村已完成排查。", ["红星", "营盘"]),
        ("开展黄田、石桥等乡镇排查。", ["黄田", "石桥"]),
        # 河口 is an everyday word (a river's mouth) and a county's short name: listed as one of three townships
        ("在城关镇、河口、长坪三个乡镇开展检测。", ["城关镇", "河口", "长坪"]),
    ],
)
def test_bare_names_listed_before_a_kind_of_place_are_places(text: str, listed: list[str]) -> None:
    assert names(text) == listed


@pytest.mark.parametrize(
    "text",
    [
        "机关、企业等单位要落实责任。",
        "各村、各社区全部设卡。",
        "张明、李强等村干部上门排查。",
        "王芳、李红等社区工作者入户。",
        "党员、群众等社区居民积极配合。",
        "超市、药店等3个场所暂停营业。",
    ],
)
def test_a_list_of_people_or_generic_words_names_no_place(text: str) -> None:
    assert names(text) == []


def test_a_name_after_a_towns_seat_is_a_place() -> None:
    assert "城南花园" in names("他家去年在松潘县城城南花园买了一套新房。")


@pytest.mark.parametrize("text", ["开展“清洁家园”行动。", "发放“一封信”到各社区。"])
def test_a_quoted_slogan_or_a_coverb_phrase_is_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "暗访金乡镇防疫卡口。",
        "在疫情检查站值守。",
        "设立临时卡点。",
        "在各出入口设立查验卡点,对过往车辆登记。",  # what it does
        "设立检疫卡点和查控卡点,严防输入。",
        "村口设置了简易卡点,两名村干部值守。",  # how it is made
        "全镇在村组卡点安排专人值守。",  # the villages' and groups' ones together
        "在马官镇进镇卡点,县人大代表值守。",  # the way into the town
        "对扰乱检查站秩序的行为依法查处。",  # a verb on the checkpoint
    ],
)
def test_a_checkpoint_named_by_its_purpose_is_no_name(text: str) -> None:
    assert not [n for n in names(text) if n.endswith(("卡口", "检查站", "卡点"))]


def test_a_body_does_not_run_across_a_line_break_after_a_place() -> None:
    from epikg.ner import rule_mentions

    text = "暗访金乡镇石桥卡口\n县卫生健康局负责人表示。"
    assert not [m.text for m in rule_mentions(text) if "\n" in m.text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三市街道东方社区、南门社区实行封闭管理。", ["三市街道", "东方社区", "南门社区"]),
        ("城南镇幸福社区实行封闭管理。", ["城南镇", "幸福社区"]),
    ],
)
def test_a_community_named_by_an_everyday_word_right_after_its_street_or_town(
    text: str, expected: list
) -> None:
    """`三市街道东方社区`: a name starts right after a street's or a township's name, as after a village's."""
    assert names(text) == expected


@pytest.mark.parametrize("text", ["全镇东方社区设卡。", "走访农村东方社区。"])
def test_no_name_starts_after_an_everyday_word_ending_in_a_towns_ending(text: str) -> None:
    assert "东方社区" not in names(text)


def test_a_stem_that_holds_a_scope_is_no_name() -> None:
    """`11月17日起全县农贸市场`: every market of the county, no market named 日起全县."""
    assert names("11月17日起全县农贸市场暂停营业。") == []


def test_a_checkpoint_named_after_a_town_the_article_names_even_an_everyday_word() -> None:
    """`河边检查站`: 河边 (riverside) is the town 河边镇 the article names, so the checkpoint's name."""
    assert "河边检查站" in names("河边镇在与五台县交界的108国道河边检查站安排两班人员值守。")
    assert names("在河边检查站值守。") == []  # no such town: the riverside


def test_a_temporary_checkpoint_is_named_by_what_precedes_it() -> None:
    assert "龙滩桥临时检查站" in names("在与武胜县交界处的龙滩桥临时检查站,县长查看登记情况。")
    assert names("各村设立临时卡点。") == []


@pytest.mark.parametrize(
    "text",
    [
        "一律落实7天居家健康监测,并由村医每天上门测量体温。",  # and by the village doctor
        "前两天小区被划成了高风险区。",  # a time
        "解封小区居民出行仍须查验。",  # a verb on the compounds
        "察看服务区通风消毒情况。",
    ],
)
def test_a_time_a_verb_or_a_conjunction_before_a_places_ending_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("需集中隔离的,统一送到县里指定的九畹溪酒店。", "九畹溪酒店"),  # a hotel taken over for quarantine
        ("在磨憨口岸,医疗队对入境货车司机开展核酸采样。", "磨憨口岸"),  # a border crossing
        ("县消防救援大队对城东中心市场开展消杀。", "城东中心市场"),
    ],
)
def test_hotels_crossings_ports_and_markets_are_places(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["密接人员统一转运至隔离酒店。", "县里征用宾馆作为隔离点。"])
def test_what_a_hotel_serves_as_is_no_name(text: str) -> None:
    assert not [n for n in names(text) if n.endswith(("酒店", "宾馆"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("五一路与青年路交叉口设立了核酸采样点。", ["五一路", "青年路"]),  # named after a holiday, a word
        (
            "湖南省衡阳市耒阳市蔡子池街道五一社区实行封闭管理。",
            ["湖南省", "衡阳市", "耒阳市", "蔡子池街道", "五一社区"],
        ),
        ("八一广场、环城路沿线商铺暂停营业。", ["八一广场", "环城路"]),
        # the compound after the house number; no name starts at 号 itself
        ("他住在耒阳市人民路188号金华小区3栋。", ["耒阳市", "人民路", "金华小区"]),
        ("全县五一期间暂停聚会。", []),
        (
            "在干越大道设卡,思路要清晰。",
            ["干越大道"],
        ),  # 越大 is a word, but 大道 is a whole ending; 思路 no road
        ("宁城中心市场暂停营业。", ["宁城中心市场"]),
        ("阳光社区网格员逐户上门登记。", ["阳光社区"]),  # the commonest community names are everyday words
        ("在金星村村口,村干部为过往人员测温登记。", ["金星村"]),
        ("花园社区、长城社区组织居民参加核酸检测。", ["花园社区", "长城社区"]),
    ],
)
def test_roads_and_communities_named_after_holidays_and_everyday_words(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [("在菖蒲镇与邻县交界处设立天堂寨卡点。", "天堂寨卡点"), ("在国道黄尾段增设黄尾检查站。", "黄尾检查站")],
)
def test_a_checkpoint_named_right_after_the_verb_that_sets_it_up_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["设立临时卡点。", "设置疫情防控卡点3个。", "设立防疫检查站9个。"])
def test_a_checkpoint_set_up_for_a_purpose_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("有武汉旅居史的人员要主动报告。", "武汉"),
        ("对湖北籍人员逐一登记。", "湖北"),
        ("隐瞒武汉旅居史被处理。", "武汉"),
    ],
)
def test_a_city_by_its_short_name_before_a_word_of_origin_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


def test_a_communitys_name_may_end_in_a_character_that_is_also_a_function_word() -> None:
    """`平都社区` (like 丰都, 成都): 都 ends the name, it is no adverb; `大家都社区` names nothing."""
    assert "平都社区" in names("三合街道平都社区组织党员轮流值守。")
    assert names("大家都社区值守。") == []


@pytest.mark.parametrize("text", ["辛苦了!向守护家乡的人致敬。", "全力建设美丽乡村。", "到柳树农村检查。"])
def test_a_division_ending_that_closes_an_everyday_word_names_no_division(text: str) -> None:
    """`家乡` (home town), `乡村`, `农村`: the words end like a township or a village and name none."""
    assert names(text) == []


def test_a_village_ending_inside_a_bodys_word_names_no_village() -> None:
    """`县农业农村局`: the bureau of agriculture and rural affairs; no village `县农业农村` lies inside it."""
    from epikg.ner import rule_mentions
    from epikg.ner.place_chains import villages_in_bodies

    bodies = [
        m for m in rule_mentions("县农业农村局开展冬季麦田管理技术培训") if m.type.value == "organization"
    ]
    assert [m.text for m in bodies] == ["县农业农村局"]
    assert villages_in_bodies(bodies) == []


@pytest.mark.parametrize(
    "text",
    [
        "即日起某某县境内A级旅游景区暂停开放。",  # a grade's letter
        "据了解,目前通山县共设置卡点27个。",  # 共: in all
        "县公安局设置跨省卡点,对入境车辆逐一登记。",  # a kind of checkpoint
        "北京时间1月25日晚,全县启动一级响应。",  # a time zone
    ],
)
def test_words_that_only_look_like_a_place_name_no_place(text: str) -> None:
    assert [n for n in names(text) if n not in ("通山县",)] == []


def test_no_place_name_holds_the_verb_that_sets_a_checkpoint_up() -> None:
    assert names("涉县在309国道偏城镇段设置卡点。") == ["涉县", "309国道", "偏城镇"]


def test_no_listed_name_starts_with_the_unit_a_number_counts() -> None:
    """`近14天有上海、吉林长春旅居史`: 天 counts the days; there is no place `天有上海`."""
    assert not [
        n for n in names("对近14天有上海、吉林长春、广东深圳旅居史的人员开展排查。") if n.startswith("天")
    ]


@pytest.mark.parametrize("text", ["村里通往外面的3条机耕路用竹篱笆围起来。", "村里两条机耕路已经封闭。"])
def test_no_road_name_starts_with_the_measure_word_a_number_counts(text: str) -> None:
    """`3条机耕路`: three farm tracks; there is no road `条机耕路`."""
    assert names(text) == []


def test_a_checkpoint_word_ends_a_name_so_no_road_holds_one() -> None:
    """`卡点对下高速车辆逐一检查`: the checkpoint checks the vehicles leaving the motorway; no road `卡点对下高速`."""
    assert names("这里是进出镇区的主要通道,卡点对下高速车辆逐一检查。") == []


def test_a_divisions_kind_word_is_no_name() -> None:
    """`苏木乡镇`: Inner Mongolia's townships (苏木) and the others; no township `苏木乡`."""
    assert names("抽调旗直部门干部组成5个工作组下沉到苏木乡镇。") == []


def test_a_kind_of_place_alone_names_none() -> None:
    """`近期卡口查控情况`: checkpoints in general, no place named 卡口 (the model reads one)."""
    from epikg.ner.merge import plausible
    from epikg.records import EntityType, Mention

    assert not plausible(Mention("卡口", EntityType.PLACE, 11, 13, "model"))
    assert plausible(Mention("涟水县", EntityType.PLACE, 0, 3, "model"))


def test_a_model_village_whose_name_is_an_everyday_word_is_none() -> None:
    """`刚才村里广播了`: just now, in the village; the model reads a village 刚才村 (幸福村 stays one)."""
    from epikg.ner.merge import plausible
    from epikg.records import EntityType, Mention

    assert not plausible(Mention("刚才村", EntityType.PLACE, 0, 3, "model"))
    assert plausible(Mention("幸福村", EntityType.PLACE, 0, 3, "model"))


def test_a_countys_checkpoints_in_general_are_no_named_checkpoint() -> None:
    """`桐梓县卡点上的不眠夜`: the county's checkpoints; after a village's name one is named (`新立村卡点`)."""
    from epikg.ner import rule_mentions

    assert "桐梓县卡点" not in [m.text for m in rule_mentions("守好北大门 桐梓县卡点上的不眠夜")]
    assert "新立村卡点" in [m.text for m in rule_mentions("在新立村卡点,村干部日夜值守。")]


@pytest.mark.parametrize("text", ["各镇(开发区)组织大喇叭宣传。", "县工业园区已有12家企业复工。"])
def test_a_kind_of_zone_the_gazetteer_names_a_township_is_no_place_alone(text: str) -> None:
    """`开发区`, `工业园区`: the gazetteer lists townships by these names; alone they name no one place."""
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "county", "township"),
    [
        ("山西省盂县苌池乡已设立3个卡点。", "盂县", "苌池乡"),  # right after the province's 省
        ("群众举报南县荷花嘴乡有人聚餐。", "南县", "荷花嘴乡"),  # 报 before it, a township after it
    ],
)
def test_a_two_character_county_in_a_chain_is_read_whatever_comes_before_it(
    text: str, county: str, township: str
) -> None:
    assert {county, township} <= set(names(text))


def test_a_two_character_county_closing_a_word_is_still_no_place() -> None:
    # 旅游富县: enriching the county by tourism, not 富县 (a county in Shaanxi)
    assert "富县" not in names("坚持旅游富县战略不动摇。")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("他每天往返于城关镇和白沙村之间。", "城关镇", "白沙村"),
        ("城关镇与红星村交界处设立卡点。", "城关镇", "红星村"),
        ("桃源县与漳江镇交界处设卡。", "桃源县", "漳江镇"),
    ],
)
def test_a_joiner_after_a_place_starts_the_next_place_not_one_under_it(
    text: str, first: str, second: str
) -> None:
    """`城关镇和白沙村`: the town and 白沙村, two places joined; no village named 和白沙村 under the town, and
    the text does not say that 白沙村 lies in 城关镇."""
    from epikg.extract.places import read_places

    places, _ = read_places(place_mentions(text), text=text)
    assert {first, second} <= set(places)
    assert places[second].parent is None


def test_a_two_character_name_that_opens_with_a_joiners_character_is_still_a_village() -> None:
    assert "和平村" in names("城关镇和平村设立卡点。")


@pytest.mark.parametrize(
    "text",
    [
        "新民镇原名新民乡，2015年撤乡建镇。",
        "该镇于2016年设镇，现辖12个村。",
        "2019年撤村并居后，村民搬进新区。",
        "2013年建乡，2016年撤乡设镇。",
    ],
)
def test_a_year_and_a_reform_of_divisions_name_no_township(text: str) -> None:
    """`2015年撤乡建镇`: the township was abolished and a town set up in 2015; a year's 年 after its number
    begins no name, and 撤 (abolish) and 并 (merge) before 乡, 镇 or 村 end none."""
    assert [n for n in names(text) if n[0] in "年撤并"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("工作组走进柳塘村，逐户核查返乡人员。", "柳塘村"),
        ("我们沿着红旗村的村道挨家挨户宣传。", "红旗村"),
        ("由于金盆乡地处三县交界，防控压力大。", "金盆乡"),  # 于 is a coverb, as 在 and 向
    ],
)
def test_a_village_or_township_after_a_verb_of_going_or_a_coverb_is_a_place(text: str, name: str) -> None:
    """`走进柳塘村`, `沿着红旗村`: the object of a verb of going, visiting or staying (data/place_visit_verbs.txt)
    is a place, even where the gazetteer lacks it."""
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("返乡人员入住清水宾馆集中隔离。", "清水宾馆"),
        ("该男子曾到过柳塘农贸市场。", "柳塘农贸市场"),
        ("车辆驶离石坝收费站后被劝返。", "石坝收费站"),
        ("医疗队驰援竹溪镇。", "竹溪镇"),
        ("工作组督导桐木卡点。", "桐木卡点"),
        ("民警封控金鹅小区。", "金鹅小区"),
        ("干部下沉枫岭社区。", "枫岭社区"),
    ],
)
def test_the_object_of_a_verb_of_staying_passing_or_controlling_is_a_place(text: str, name: str) -> None:
    """`入住清水宾馆`, `驶离石坝收费站`, `封控金鹅小区`: a verb of staying, passing through or leaving, or of
    sending help to or controlling a place (data/place_visit_verbs.txt) opens a name as a verb of going does."""
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "干部下沉社区一线。",
        "民警封控小区出入口。",
        "工作组督导各卡点。",
        "车辆驶离高速公路。",
        "队员消杀农贸市场。",
        "检查站由镇干部值守。",  # 检查 begins the word 检查站: no verb before a name 站由镇
    ],
)
def test_kinds_of_place_after_a_verb_of_staying_or_controlling_are_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据桃源村负责人介绍，已完成全员核酸检测。", "桃源村"),
        ("目前枫林乡共设置核酸采样点5个。", "枫林乡"),
        ("同时，针对金鹅小区实行封闭管理。", "金鹅小区"),
        ("此外石坝卡点增派了人手。", "石坝卡点"),
    ],
)
def test_a_name_right_after_a_word_that_opens_the_clause_is_whole(text: str, name: str) -> None:
    """`据桃源村负责人介绍`, `目前枫林乡`: a word that opens the clause (data/place_opening_words.txt) is no part
    of the name after it, and a name starts there."""
    assert name in names(text)
    assert not [n for n in names(text) if n != name and name in n]


@pytest.mark.parametrize("text", ["数据显示，桃源村已完成核酸检测。", "目前社区已完成核酸检测。"])
def test_a_clause_opener_inside_a_word_or_before_a_kind_of_place_opens_no_name(text: str) -> None:
    """`数据`: 据 ends a word there and opens no clause; `目前社区`: a kind of place, no name."""
    assert [n for n in names(text) if n[0] in "据目"] == [] and "前社区" not in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("柳塘镇辖区胜利村设立了卡点。", "胜利村"), ("柳塘镇所辖桂溪村设立了卡点。", "桂溪村")],
)
def test_a_village_right_after_a_word_for_a_places_area_is_a_place(text: str, name: str) -> None:
    """`辖区胜利村`, `所辖桂溪村`: a name starts right after a word for a place's area or what it governs
    (data/place_locative_words.txt), a village's as a road's."""
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("岭坳镇桂溪村全力做好疫情防控工作。", "桂溪村"),  # 岭坳镇: a town the gazetteer lacks
        ("工作人员在岭坳镇团结社区开展排查。", "团结社区"),
        ("岭坳镇团结路设立了卡点。", "团结路"),
        ("工作人员在水口镇前进村开展排查。", "前进村"),  # 进村 is entering a village
    ],
)
def test_a_place_written_right_after_a_township_the_name_rules_read_is_a_place(text: str, name: str) -> None:
    """`岭坳镇桂溪村`, `岭坳镇团结路`: a village, a community or a road right after a township is named, whether
    the gazetteer or the name rules read the township; a common name of villages (`前进`) ends in a verb's
    character and still names one."""
    assert name in names(text)


@pytest.mark.parametrize(
    "text", ["该男子从杨家坪镇返回北街村后居家隔离。", "茶园村位于北街镇东部。", "岭坳镇村干部全员上岗。"]
)
def test_a_verb_or_a_locative_after_a_township_begins_no_name(text: str) -> None:
    """`杨家坪镇返回北街村`: a name may start right after a township, but not with a verb of going or a word
    that says where a place lies (data/place_visit_verbs.txt, place_locative_words.txt): no `返回北街`."""
    assert not [n for n in names(text) if n.startswith(("返回", "位于", "村干"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [("工作人员在青山村开展排查。", "青山村"), ("走进金山村，逐户核查返乡人员。", "金山村")],
)
def test_a_village_named_by_a_divisions_short_name_is_a_place_though_its_last_character_makes_a_word(
    text: str, name: str
) -> None:
    """`青山村`, `金山村`: 山村 is a mountain village, but 青山 and 金山 are divisions' short names (of 青山区,
    金山区) and no everyday words, so the village is named by one."""
    assert name in names(text)


@pytest.mark.parametrize("text", ["走进偏远山村，逐户核查。", "在小山村里设卡。", "深入大山村开展排查。"])
def test_a_mountain_village_is_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("该县塔河乡、阿热勒乡分别设立隔离点。", "塔河乡"), ("我镇石桥村设立了卡点。", "石桥村")],
)
def test_a_place_right_after_the_articles_own_county_or_town_is_a_place(text: str, name: str) -> None:
    """`该县塔河乡`, `我镇石桥村`: 该县 and 我镇 stand for the county or town the article speaks of; a name
    starts right after them, as after the county's own name."""
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "工作人员走进农村，宣传防疫知识。",
        "驻村干部深入贫困村开展排查。",
        "党员干部深入各村各组。",
        "来自全县各乡镇的200余名干部。",
        "工作人员前往重点村。",
        "我县乡村两级全面排查。",
        "该镇镇村干部全员上岗。",
        "对于返乡人员要做好登记。",
    ],
)
def test_everyday_words_after_a_verb_of_going_or_the_articles_own_place_are_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("截至目前，前进村已完成三轮核酸检测。", "前进村"),  # 进村 is entering a village
        ("在工农村设立卡点。", "工农村"),  # 农村 is the countryside
        ("在中山村、富强村设卡。", "富强村"),
    ],
)
def test_a_village_named_by_a_common_name_word_is_a_place_though_its_last_character_makes_a_word(
    text: str, name: str
) -> None:
    """`前进村`, `工农村`: 前进 and 工农 are among the commonest names of villages (data/place_name_words.txt);
    their last character before 村 (进, 农) would make a verb or a word (进村, 农村) elsewhere."""
    assert name in names(text)


@pytest.mark.parametrize("text", ["推进村级组织建设。", "一路前进村民都很配合。", "统筹城乡，建设工农村庄。"])
def test_a_name_words_character_going_on_into_a_word_names_no_village(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("在连霍高速民权出口、宁陵北出口设立查验点。", ["宁陵北出口"]),
        ("在沪渝高速忠县收费站、石宝出口和县城入口设卡。", ["石宝出口"]),
        ("在G60沪昆高速新晃收费站、鱼市出口、大龙服务区设卡。", ["鱼市出口", "大龙服务区"]),
    ],
)
def test_a_roads_exits_listed_after_its_first_are_places(text: str, listed: list) -> None:
    """`沪渝高速忠县收费站、石宝出口`: after a motorway's first station, its other exits and stations are
    listed by 、 without the road's name; each is a place, not its bare name (`石宝`)."""
    found = names(text)
    assert set(listed) <= set(found)
    assert not [n for n in found if n + "出口" in listed or n + "北出口" in listed]


@pytest.mark.parametrize(
    "text", ["在沪昆高速醴陵收费站、所有出口设卡。", "在京港澳高速长沙西收费站、高速出口设卡。"]
)
def test_a_generic_exit_listed_after_a_station_is_no_place(text: str) -> None:
    assert not [n for n in names(text) if n.endswith("出口")]


@pytest.mark.parametrize(
    "text",
    [
        "会上，张强对村上的卡点值守提出要求。",
        "张建国给村上送来二百只口罩。",
        "李红梅在镇上开了一家药店。",
        "王德才替村上垫付了物资款。",
    ],
)
def test_a_coverb_before_cun_or_zhen_makes_it_its_object_not_a_names_end(text: str) -> None:
    """`张强对村上`: a person's name, the coverb 对 and 村上 (the village); no village named 张强对. A coverb's
    character (对, 给, 在, 替: data/place_division_verbs.txt) ends no village's or town's name."""
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("滨湖街道大学路沿线商铺暂停营业。", "大学路"),
        ("城关镇工业路两侧商铺暂停营业。", "工业路"),
        ("城关镇商业街实行临时管控。", "商业街"),
    ],
)
def test_a_street_named_by_an_everyday_word_right_after_its_town_is_a_place(text: str, name: str) -> None:
    """`滨湖街道大学路`: a road or street written right after its subdistrict or town is named, though its
    name (大学, 工业, 商业) is an everyday word (data/place_street_endings.txt)."""
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "城关镇主要街道全面消杀。",
        "城关镇交通路口设卡。",
        "城关镇主要路段实行管控。",
        "城关镇背街小巷全面消杀。",
    ],
)
def test_a_kind_of_street_after_a_town_is_no_street(text: str) -> None:
    assert names(text) == ["城关镇"]


@pytest.mark.parametrize(
    ("text", "group", "village"),
    [
        ("龙溪镇龙溪村新寨组已解除封控。", "新寨组", "龙溪村"),  # a hamlet's ending, 寨
        ("在石桥村李家湾组，网格员逐户登记。", "李家湾组", "石桥村"),
        ("在石桥村李家组，网格员逐户登记。", "李家组", "石桥村"),  # a family's name
    ],
)
def test_a_villagers_group_named_as_a_hamlet_after_its_village_is_a_place_under_it(
    text: str, group: str, village: str
) -> None:
    """`龙溪村新寨组`: a group of a village's households, named after its hamlet, is a place (a village in
    gold-format's levels) under the village written right before it."""
    from epikg.extract.places import read_places

    places, _ = read_places(place_mentions(text), text=text)
    assert places[group].level == "village"
    assert places[group].parent.name == village


@pytest.mark.parametrize(
    "text",
    [
        "红星村三组实行封闭管理。",
        "红星村工作组进驻。",
        "红星村巡逻组每天巡查。",
        "红星村党小组召开会议。",
        "红星村网格组逐户排查。",
    ],
)
def test_a_working_or_numbered_group_after_a_village_is_no_place(text: str) -> None:
    assert [n for n in names(text) if n.endswith("组")] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("河口镇向阳村组织党员开展巡查。", "向阳村"),
        ("在红星村组织开展核酸检测。", "红星村"),
        ("新华村组成了巡逻队。", "新华村"),
    ],
)
def test_a_village_before_the_verb_zuzhi_is_a_place(text: str, name: str) -> None:
    """`向阳村组织党员`: the village organises its party members; 村组 (villages and groups) is no word there,
    since 组 begins the verb 组织 (data/place_continuation_breaks.txt)."""
    assert name in names(text)


@pytest.mark.parametrize("text", ["各村组全面排查。", "村组干部全员上岗。", "深入村组织开展宣传。"])
def test_villages_and_groups_in_general_are_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "全镇上下合力打造“无疫村”。",
        "各社区积极创建“无疫小区”“无疫社区”。",
        "全面开展“文明村”、“卫生村”创评活动。",
    ],
)
def test_a_quoted_title_to_earn_is_no_place(text: str) -> None:
    """`打造“无疫村”`: a quoted name after a verb of creating or awarding, or before a word of a campaign
    (data/place_campaign_words.tsv), is a title a village or a compound earns, no place."""
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"), [("在“红星村”设立卡点。", "红星村"), ("“幸福小区”居民下楼做核酸。", "幸福小区")]
)
def test_a_quoted_place_with_no_campaign_around_it_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


def test_a_quoted_title_the_model_reads_is_no_place_either() -> None:
    from epikg.ner import recognize
    from epikg.records import Sentence

    text = "扎实推进“平安村”建设。"
    model = [("LOC", 5, 8)]  # the model's reading of 平安村

    class Tagger:
        def tag(self, sentences: list[str]) -> list[list[tuple[str, int, int]]]:
            return [model]

    found = recognize(text, [Sentence(0, 0, len(text))], tagger=Tagger())
    assert [m.text for m in found if m.type.value == "place"] == []


@pytest.mark.parametrize(
    "text",
    ["隔壁村出现了确诊病例。", "社区干部说，这里是老城区人口最密集的地方。", "中心城区、新城区全面消杀。"],
)
def test_a_part_of_town_or_the_village_next_door_is_no_place(text: str) -> None:
    """`老城区`: the old town (a district of Luoyang only where the text names the city, data/
    place_everyday_divisions.txt); `隔壁村`: the village next door (data/place_name_never_starts.txt)."""
    assert names(text) == []


def test_a_district_named_by_an_everyday_word_is_a_place_under_its_city() -> None:
    assert names("洛阳市老城区开展核酸检测。") == ["洛阳市", "老城区"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("家住解放北路12号的张女士说。", "解放北路"), ("家住幸福小区的刘先生主动报备。", "幸福小区")],
)
def test_where_someone_lives_is_a_place(text: str, name: str) -> None:
    """`家住解放北路12号`: 家住 (lives at) is a verb of staying; a name starts right after it."""
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("县委决定将塘坊乡建成示范乡。", "塘坊乡"), ("这里是塘坊乡的主要交通路口。", "塘坊乡")],
)
def test_a_township_the_gazetteer_lists_under_another_ending_is_confirmed_after_a_weak_opener(
    text: str, name: str
) -> None:
    """`将塘坊乡建成`: after a weak opener (将, 的, 是) the gazetteer must confirm the name; it lists 塘坊镇 (the
    township was made a town), and a page may keep the old ending, so any township's ending confirms it."""
    assert name in names(text)


@pytest.mark.parametrize(
    "text", ["要把全乡建成示范乡。", "是我们的乡亲。", "为城镇居民服务。", "以乡镇为单位排查。"]
)
def test_words_after_a_weak_opener_stay_no_township(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text", ["全力建设平安乡村、美丽乡村。", "各村携手打造幸福乡村。"])
def test_a_township_name_closing_into_the_countryside_is_a_slogan_no_place(text: str) -> None:
    """`建设平安乡村`: a safe countryside, not 平安乡 (a township somewhere) and 村; 乡村 is the countryside
    (data/place_countryside_words.tsv)."""
    assert names(text) == []


@pytest.mark.parametrize("text", ["平安乡村民踊跃参与核酸检测。", "平安乡村干部全员上岗。"])
def test_a_township_before_its_villagers_is_still_a_place(text: str) -> None:
    assert names(text) == ["平安乡"]


@pytest.mark.parametrize(
    ("text", "exit_", "county"),
    [
        ("淇县召开调度会。民警在京港澳高速淇县出口查验车辆。", "淇县出口", "淇县"),
        ("民警在京港澳高速淇县出口查验车辆。淇县召开调度会。", "淇县出口", "淇县"),
        ("攸县召开调度会。在岳汝高速攸县收费站设卡。", "攸县收费站", "攸县"),
    ],
)
def test_a_motorways_exit_named_by_a_county_the_text_names_is_the_exit(
    text: str, exit_: str, county: str
) -> None:
    """The county is named elsewhere in full, so its name is read inside the exit's too: the exit is the place
    written there, and the county is still named where it stands alone."""
    found = place_mentions(text)
    assert exit_ in [m.text for m in found]
    assert [m.text for m in found].count(county) == 1


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("青松县在人民广场、县体育馆设立核酸采样点。", "县体育馆"),
        ("便民采样点设在县体育中心,每日开放。", "县体育中心"),
        ("志愿者到县汽车站引导旅客扫码。", "县汽车站"),
    ],
)
def test_the_countys_own_venue_by_its_bare_level_character_is_a_place(text: str, venue: str) -> None:
    assert venue in [m.text for m in place_mentions(text)]


@pytest.mark.parametrize("text", ["全县汽车站暂停营运。", "该县体育馆暂停开放。", "各县体育馆暂停开放。"])
def test_a_scope_before_the_level_character_names_no_one_venue(text: str) -> None:
    assert not [m.text for m in place_mentions(text) if "体育馆" in m.text or "汽车站" in m.text]


def test_a_place_listed_beside_a_place_and_ending_as_it_does_is_one_even_by_an_everyday_word() -> None:
    """`三合社区、黄土社区、沙坪社区`: 黄土 is an everyday word, alone no name's stem; listed by 、 between two
    communities and ending as they do, it names the third."""
    text = "县委书记先后到三合社区、黄土社区、沙坪社区检查。"
    found = recognize(text, [Sentence(0, 0, len(text))])
    assert [m.text for m in found if m.type is EntityType.PLACE] == ["三合社区", "黄土社区", "沙坪社区"]


def test_the_models_place_has_its_listed_siblings_too() -> None:
    text = "在石门村、大河村、黄土村设卡。"
    model_read = [Mention("石门村", EntityType.PLACE, 1, 4, "model")]
    assert [m.text for m in listed_alike(text, model_read)] == ["大河村", "黄土村"]


@pytest.mark.parametrize(
    "text",
    [
        "在石门村、贫困村开展排查。",
        "到石门村、各村检查。",
        "在石门村、周边村设卡。",
        "石门村、该村均已封闭。",
    ],
)
def test_a_kind_a_scope_or_a_demonstrative_listed_beside_a_place_names_none(text: str) -> None:
    model_read = [
        Mention("石门村", EntityType.PLACE, text.index("石门村"), text.index("石门村") + 3, "model")
    ]
    assert listed_alike(text, model_read) == []


@pytest.mark.parametrize(
    "text", ["走访了桃源村、示范村、重点村。", "全县共有贫困村12个。", "在各示范社区设卡。"]
)
def test_a_kind_of_village_is_no_village_even_where_the_gazetteer_lists_one_so_named(text: str) -> None:
    assert not {"示范村", "重点村", "贫困村", "示范社区"} & set(names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("工作人员在石板桥镇开展排查。", "石板桥镇"),  # the gazetteer lists 板桥镇, the name's tail
        ("石板桥镇全力做好疫情防控工作。", "石板桥镇"),
        ("驻守板桥镇的干部到岗到位。", "板桥镇"),  # 守 ends the verb 驻守: no name starts before 板
    ],
)
def test_a_township_whose_name_ends_in_a_listed_one_is_read_whole(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("——记向阳村志愿者马占福", ["向阳村"]),
        ("——记石空镇枣园村志愿者马占福", ["石空镇", "枣园村"]),  # not 记石空镇 (石空镇 is listed)
    ],
)
def test_a_profiles_subtitle_mark_is_no_part_of_the_place_after_it(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("派出所等部门、三间房村成立值班执勤队伍。", "三间房村"),
        ("九条沟村设立了联合卡点。", "九条沟村"),
        ("我是迎河镇十二里社区的网格员。", "十二里社区"),
    ],
)
def test_a_listed_village_whose_name_opens_with_a_count_is_a_village(text: str, name: str) -> None:
    """`三间房村`, `十二里社区`: a numeral and a measure word or another numeral open the name, and the gazetteer
    lists the village; `三个村` stays a count of villages."""
    assert name in names(text)
    assert not names("全镇三个村设立了卡点。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在达宣快速通道上设卡。", "达宣快速通道"),  # an expressway between two places
        ("在城南快速路入口设卡。", "城南快速路"),
        ("要加强黄槐服务区的人员查验。", "黄槐服务区"),  # a verb of the response right before the place
        ("要守好黄槐服务区。", "黄槐服务区"),
    ],
)
def test_expressways_and_places_after_a_verb_of_the_response(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["为返乡人员开辟快速通道。", "加强社区管理。"])
def test_a_fast_track_and_a_bare_kind_of_place_are_no_places(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("kind", ["无物业小区", "城市社区", "商品房小区"])
def test_a_kind_of_compound_in_a_list_names_none(kind: str) -> None:
    """`无物业小区`: compounds of a kind (data/place_kind_modifiers.txt), listed like names."""
    assert kind not in names(f"对封控小区、{kind}、沿街商铺开展排查。")


def test_a_common_name_that_could_be_a_kind_still_names_a_village() -> None:
    """`新建村` is one of the commonest villages' names, though 新建 also says newly built."""
    assert "新建村" in names("岭头镇新建村实行封闭管理。")


@pytest.mark.parametrize(
    "text", ["在城中村开展排查。", "在贫困村开展帮扶。", "在每个村设卡。", "在整个村实行封闭。"]
)
def test_a_kind_or_scope_before_a_villages_ending_names_none_bare(text: str) -> None:
    """A village's ending after a kind (城中村, 贫困村) or a scope (每个村) names no village written bare."""
    assert names(text) == []


@pytest.mark.parametrize(
    "text", ["二、改善村容村貌。", "完善村规民约。", "特别是发展社区体育。", "同时管理社区事务。"]
)
def test_a_verb_on_the_villages_or_communities_names_none(text: str) -> None:
    """`改善村容村貌`, `管理社区事务`: a verb and its object, though the gazetteer lists a 改善村 and a 管理社区
    somewhere (reading such listed names bare, where an everyday word may name them, was tried and dropped)."""
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "广大社区居民积极配合。",
        "当天全体社区干部到岗。",
        "今天新型社区建设有序推进。",
        "当前城乡社区防控有力。",
    ],
)
def test_a_quantifier_or_kind_before_a_communitys_ending_names_none(text: str) -> None:
    """`广大社区居民`: the many residents of the communities, though the gazetteer lists a 广大社区."""
    assert names(text) == []


@pytest.mark.parametrize("text", ["熊华来到高速路口卡点。", "途经花园收费站的车辆一律登记。"])
def test_no_name_runs_back_over_a_verb_of_going(text: str) -> None:
    """`熊华来到高速(路口)`: a would-be name ending in a verb of going or visiting (data/place_visit_verbs.txt) is
    none; the name, if any, comes after the verb."""
    assert not any(v in n for n in names(text) for v in ("来到", "途经"))


# --- found on pages written blind (session 31): verbs before a name, words a name may open with -------------


def _places_of(tmp_path, text: str) -> dict[str, str]:  # noqa: ANN001
    """Name -> level of each place the article's graph holds."""
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("2021年3月1日\n" + text, encoding="utf-8")
    return {place.name: place.level for place in extract(read_article(page)).places.values()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "全县已对水寨镇消杀。并督促水寨大道沿线商户明码标价。",
            "水寨大道",
        ),  # 督促 acts on the shops along it
        ("镇里组织建设路社区居民开展排查。", "建设路社区"),
        ("自4月15日起,解除东风社区封控措施。", "东风社区"),  # 解除 lifts the community's controls
        ("在诸永高速壶镇出口设卡。", "诸永高速"),  # 诸 opens a name; 诸多, 诸位 do not
        ("在所城里社区设卡。", "所城里社区"),  # 所 opens a name; 所在, 所辖 do not
    ],
)
def test_a_name_after_a_verb_on_it_or_opening_with_a_quantifiers_character(text: str, name: str) -> None:
    found = {m.text for m in recognize(text, split_sentences(text)) if m.type is EntityType.PLACE}
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "各村要做好所在村的排查。",
        "所辖社区全部实行封闭管理。",
        "县公安局联合县交通运输局和属地镇政府开展排查。",  # the town where it is: no town named 属地
        "督促各村开展排查。",
    ],
)
def test_words_for_the_own_or_every_place_name_none(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("听说介休那边已经把进城的路都堵了。", "介休市"),
        ("对从灵石方向来的车辆逐一检查。", "灵石县"),
        ("在与汾西交界处设卡。", "汾西县"),
    ],
)
def test_a_countys_short_form_before_a_word_of_its_area_is_that_county(
    tmp_path, text: str, name: str
) -> None:  # noqa: ANN001
    assert _places_of(tmp_path, text).get(name) == "county"


@pytest.mark.parametrize(
    ("text", "name", "county"),
    [
        # 清水河县 lies in 内蒙古, 耿马县 in 云南: the writer's 清水河 is a place near them (a port)
        ("耿马县召开疫情防控会议。全县设卡。听说清水河那边货车排队很长。", "清水河", None),
        # 介休市 lies in 山西, as 灵石县 does: the neighbour's short form is that county
        ("灵石县加强管控。全县设卡。听说介休那边已经把进城的路都堵了。", "介休", "介休市"),
    ],
)
def test_a_short_form_near_the_writer_is_a_county_only_in_the_pages_own_province(
    text: str, name: str, county: str | None
) -> None:
    from epikg.extract.places import read_places
    from epikg.ner.places import place_mentions

    places, _ = read_places(place_mentions(text), text=text)
    assert name in places
    assert (places[name].name if places[name].code else None) == county


def test_a_short_form_in_a_list_of_markets_stays_unresolved(tmp_path) -> None:  # noqa: ANN001
    """`城南、城北等7个农贸市场`: 城北 is a market's name here; the one county 城北 shortens (西宁's 城北区) is not
    meant, for nothing in the text shows a place."""
    places = _places_of(tmp_path, "以城南、城北等7个农贸市场为主线开展宣传。")
    assert "城北区" not in places


@pytest.mark.parametrize(
    "text",
    [
        "各苏木乡镇组织党员下沉嘎查村和社区。",  # villages and communities
        "“宣”字开路,家喻户晓。",  # a slogan's character
    ],
)
def test_a_level_word_and_a_joiner_or_a_slogans_character_name_no_place(text: str) -> None:
    assert names(text) == []


def test_a_counties_full_name_after_zai_though_zaiyu_is_a_word() -> None:
    assert "于都县" in names("在于都县开展排查。")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("村里的大喇叭用汉语和布依语各播了一遍。", "布依"),  # a language
        ("布依族志愿者罗顺英每天值守。", "布依"),  # a people
        ("嘎查里的大喇叭用蒙汉双语每天播放。", "蒙汉"),
    ],
)
def test_a_language_or_a_people_the_model_reads_is_no_place(text: str, read: str) -> None:
    from tests.helpers import SpanTagger

    found = recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", read)))
    assert not [m for m in found if m.type is EntityType.PLACE]


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        ("县城暂未对小区实行封闭管理,但各小区已落实出入登记。", ["暂未对小区", "但各小区"]),
        ("据了解,但漕河镇已完成排查。", ["但漕河镇"]),
        ("目前赛罕区尚未实行小区封闭管理。", ["未实行小区", "尚未实行小区"]),
        ("对3月15日以来有上海、吉林等地旅居史的人员进行排查。", ["来有上海"]),
    ],
)
def test_a_conjunction_an_adverb_or_a_verb_before_a_listed_place_opens_no_name(
    text: str, not_read: list[str]
) -> None:
    from epikg.ner.places import place_mentions

    read = {m.text for m in place_mentions(text)}
    assert not read & set(not_read)


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        ("我们不封村、不堵路,但要守好门。", ["不封村", "不堵路"]),
        ("有发热症状的请拨打镇卫生院电话。", ["请拨打镇"]),
        ("他叮嘱社区工作人员做好登记。", ["叮嘱社区"]),
    ],
)
def test_a_negation_a_request_or_a_verb_opens_no_place(text: str, not_read: list[str]) -> None:
    read = {m.text for m in place_mentions(text)}
    assert not read & set(not_read)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对金色家园小区实行封闭管理。", ["金色家园小区"]),  # everyday words, then a kind of compound
        ("将华夏家园小区调整为封控区。", ["华夏家园小区"]),
        ("对幸福花园小区实行封闭管理。", ["幸福花园小区"]),  # the longer of two names at one start
        (
            "患者住光明路198号金色家园小区3栋。",
            ["光明路", "金色家园小区"],
        ),  # 住 before the road; a house number
        ("在望奎镇南大街设立检测点。", ["望奎镇", "南大街"]),  # a direction after its town names its street
        ("建设美好家园小区环境整治。", []),
        ("朱德故里景区暂停开放。", ["朱德故里景区"]),  # a scenic area named for a home town (故里)
    ],
)
def test_an_address_reads_its_road_and_compound(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "places", "shop"),
    [
        ("1月22日到城东街道陈州路华联超市购物。", ["城东街道", "陈州路"], "华联超市"),
        ("3月30日在上海东路南洋广场永辉超市购物。", ["上海东路", "南洋广场"], "永辉超市"),
        (
            "到人民路百草堂大药房买药。",
            ["人民路"],
            "百草堂大药房",
        ),  # a brand that opens with a word, at an address
    ],
)
def test_a_shop_on_a_road_or_square_is_named_by_its_brand_and_the_road_is_a_place(
    text: str, places: list[str], shop: str
) -> None:
    """`陈州路华联超市`: the road is where the shop stands, no part of its name."""
    from epikg.ner import rule_mentions

    found = rule_mentions(text)
    assert [m.text for m in found if m.type is EntityType.PLACE] == places
    assert [m.text for m in found if m.type is EntityType.ORGANIZATION] == [shop]


def test_a_shop_at_an_address_may_be_named_by_an_everyday_word() -> None:
    """`沙河路和谐大药房`: after its road even an everyday word (和谐) names the shop; 和 is no joiner there."""
    from epikg.ner import rule_mentions

    found = rule_mentions("1月24日到沙河路和谐大药房购买感冒药。")
    assert [m.text for m in found if m.type is EntityType.ORGANIZATION] == ["和谐大药房"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "封控区:友谊镇卡凤村弄怀屯。",
            "弄怀屯",
        ),  # a natural village right after its village, by its ending 屯
        ("白沙镇新华村、先市镇码头社区仍为管控区。", "码头社区"),  # a community, no wharf of the town
    ],
)
def test_a_hamlet_after_its_village_and_a_community_named_like_a_facility(text: str, name: str) -> None:
    found = {m.text for m in recognize(text, split_sentences(text)) if m.type is EntityType.PLACE}
    assert name in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("福清、长乐两地联合设卡。", ["福清", "长乐"]),
        ("牛田、松木塘两地联合值守。", ["牛田", "松木塘"]),
    ],
)
def test_names_counted_as_places_are_places(text: str, names: list[str]) -> None:
    """`福清、长乐两地`: a count of places closes the list as 等地 does; no person among them."""
    mentions = rule_mentions(text)
    assert [m.text for m in mentions if m.type is EntityType.PLACE] == names
    assert not [m for m in mentions if m.type is EntityType.PERSON]


def test_kinds_of_place_counted_name_none() -> None:
    assert [m for m in rule_mentions("学校、车站两地加强消毒。") if m.type is EntityType.PLACE] == []


@pytest.mark.parametrize(
    "text", ["对人员逐一测温、登记、查验“龙江健康码”。", "入境人员须出示龙江健康码和行程卡。"]
)
def test_a_health_codes_province_is_no_place(text: str) -> None:
    """`龙江健康码`: the code's name, by Heilongjiang's short form, names no place the article speaks of."""
    from tests.helpers import SpanTagger

    found = recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", "龙江")))
    assert [m for m in found if m.type is EntityType.PLACE] == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("9时乘坐1路公交车到县人民医院就诊。", "1路公交车"),
        ("10月3日乘坐K3路公交往返于单位和家。", "K3路公交"),
    ],
)
def test_a_bus_line_a_case_rode_is_a_place(text: str, line: str) -> None:
    """A trajectory notice's bus line: where a case rode, a place as its stations are."""
    assert line in names(text)


def test_a_house_number_before_a_bus_stop_is_no_bus_line() -> None:
    assert not [n for n in names("人民路1号公交站台旁设置采样点。") if "公交" in n]


def test_a_staff_compound_a_risk_notice_lists_is_a_place() -> None:
    assert "县医院家属院" in names("县医院家属院5号楼划为封控区。")


def test_going_along_streets_and_lanes_names_no_lane() -> None:
    assert names("志愿者走街串巷宣传防疫知识。") == []


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("病例于当日19时30分抵达邵阳站，出站后乘出租车回家。", "邵阳站"),
        ("即日起，舒兰站暂停办理旅客乘降业务。", "舒兰站"),
        ("1月20日乘高铁抵达株洲西站。", "株洲西站"),
        ("在蛟河站和客运站设置测温点。", "蛟河站"),
    ],
)
def test_a_railway_station_by_the_name_of_its_city_is_a_place(text: str, station: str) -> None:
    """A trajectory notice's station: a city's or county's name, a direction at most, then 站."""
    assert station in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "党员志愿者在邵阳站岗执勤。",  # to stand guard
        "疫情面前，舒兰站出来一批青年突击队。",  # to stand out
        "村卫生站、镇服务站全部开放。",  # kinds of station, no city's name
        "邵阳市疾控中心工作站开展采样。",  # inside a body's name
    ],
)
def test_a_station_word_that_is_a_verb_or_a_kind_names_no_station(text: str) -> None:
    assert not [n for n in names(text) if n.endswith("站")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("东关清真寺、城南天主教堂于3月1日起恢复开放。", "东关清真寺"),
        ("东关清真寺、城南天主教堂于3月1日起恢复开放。", "城南天主教堂"),
        ("九龙湾旅游景区实行预约限流。", "九龙湾旅游景区"),
        ("游客可到龙溪古镇游玩。", "龙溪古镇"),
    ],
)
def test_places_of_worship_scenic_areas_and_old_towns_are_places(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("检查组听取景区负责人汇报。", "景区"),  # heard the manager: no name runs over the verb
        ("感染者王某某,系城关镇红星社区居民。", "系城关镇"),  # the copula before the town
    ],
)
def test_a_verb_or_the_copula_before_a_place_is_no_part_of_its_name(text: str, absent: str) -> None:
    assert not [n for n in names(text) if absent in n and n != "城关镇"]


def test_an_old_town_is_a_site_no_township() -> None:
    from epikg.extract.place_divisions import level_from_suffix

    assert level_from_suffix("龙溪古镇") == "other"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在龙潭检疫站,工作人员逐车检查。", "龙潭检疫站"),  # a checkpoint for the epidemic
    ],
)
def test_a_quarantine_checkpoint_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "选举产生了新一届社区居民委员会。",  # the new term's
        "新一届村“两委”班子产生后,将抓好防控。",
        "现将我镇疫情防控工作情况报告如下。",  # a report's formula, then our town
        "选举热依拉·艾买提为社区居委会主任。",  # the copula after a name
    ],
)
def test_a_term_a_formula_and_a_copula_before_a_level_name_no_place(text: str) -> None:
    assert names(text) == []


def test_an_old_towns_ending_run_into_a_roads_name_is_the_road() -> None:
    assert "古镇路" in names("在程集镇古镇路设立采样点。")


@pytest.mark.parametrize(
    "text",
    [
        "采样点就在小区门口,下班路上几分钟就做完了。",  # on the way home from work (data/place_road_words.txt)
        "集镇农贸市场实行限时开放。",  # the market town's market, a kind (data/place_kind_modifiers.txt)
        "其中省道、县道卡点9个。",  # checkpoints on such roads
    ],
)
def test_the_way_home_a_market_towns_market_and_county_roads_name_no_place(text: str) -> None:
    assert names(text) == []


def test_a_place_after_having_been_there_is_named() -> None:
    """`有南京、扬州等地旅居史`: who has been there; the list's first city follows 有 (data/place_before_chars.txt)."""
    assert {"南京", "扬州"} <= set(names("对近期有南京、扬州等地旅居史的人员开展排查。"))
    assert names("全县有关部门要加强排查。") == []
    assert (
        names("警方下令封锁了所有出境口岸。") == []
    )  # 所有 ends in 有; the ports are a kind (place_kind_modifiers)


@pytest.mark.parametrize(
    "text",
    [
        "把3条进村小道封闭,只留主路进出。",  # the main road, an everyday word (place_road_words)
        "巴河镇沿江渡口全部停渡。",  # ferries along the river, a kind (place_kind_modifiers)
        "调研果品冷库和物流园区疫情防控工作。",  # a logistics park (place_generic_divisions)
        "城区社区开展核酸检测。",  # the urban area's communities
    ],
)
def test_the_main_road_riverside_ferries_and_kinds_of_park_name_no_place(text: str) -> None:
    assert [n for n in names(text) if n not in ("巴河镇",)] == []


@pytest.mark.parametrize(
    "text",
    [
        "全县13个公安检查站和临时卡点全面启动查验。",  # 检查站 is one word: no name starts at its 站
        "在收费站等6处设立公安检查站。",  # the police's checkpoints, a kind
        "县公安局将继续严守黄河沿线各检查站。",  # each checkpoint along the river
        "全镇每卡点安排3名值守人员。",
        "党员干部全部下沉到村组和小区开展排查。",  # to villages, groups and compounds
        "有啥事打村室电话,号码贴在各家门上了。",  # call the village clinic
        "有事请打村部电话。",
        "不懂就问村干部。",
    ],
)
def test_words_around_a_place_ending_that_name_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在西各庄村设立卡点。", "西各庄村"),  # 各 inside a village's name
        ("在东关检查站登记。", "东关检查站"),
        ("在城南收费站设点。", "城南收费站"),
        ("他一直守在向阳村口。", "向阳村"),
    ],
)
def test_names_beside_those_words_stay(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("向锦程(旅居马来西亚乡亲)捐款1万元。", ["马来西亚"]),
        ("他从柬埔寨入境后在新加坡转机。", ["柬埔寨", "新加坡"]),
        ("此前他在巴布亚新几内亚务工。", ["巴布亚新几内亚"]),  # not 几内亚 inside it
    ],
)
def test_a_foreign_country_named_in_full_is_a_place(text: str, countries: list[str]) -> None:
    assert [n for n in names(text) if n in countries] == countries


@pytest.mark.parametrize("text", ["湖南非常重视疫情防控。", "增加纳入管理的人员。"])
def test_a_two_character_country_inside_words_is_none(text: str) -> None:
    assert not [n for n in names(text) if n in ("南非", "加纳")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("即日起,柳湾集市暂停开放。", "柳湾集市"),  # a village's periodic market, closed by notice
        ("镇里已关闭石岗大集,在路口设置卡点。", "石岗大集"),
        ("在与邻县交界的青峰岭隘口设卡值守。", "青峰岭隘口"),  # a mountain pass at the county's border
    ],
)
def test_a_market_day_or_a_mountain_pass_is_a_place(text: str, name: str) -> None:
    from epikg.extract.places import read_places

    assert name in names(text)
    places, _ = read_places(place_mentions(text), text=text)
    assert places[name].level == "other"  # a market of a village, no city for its 市


def test_a_level_and_shang_where_one_goes_names_no_market() -> None:
    assert names("他擅自外出,到镇上集市购物。") == []  # 镇上: in town
