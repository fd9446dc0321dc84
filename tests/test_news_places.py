"""Places in forms that news prose writes and the genre shares, found by running the pipeline over a news
corpus's pages (MSRA) and reading the places it read that no one names: a district's name over a region's
direction and an everyday word (`皖南山区`), two units set side by side (`村与村`), the idiom of the villages
around (`十里八村`), a track among fields or hills (`田间路`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.extract.places import read_places
from epikg.ner.merge import plausible
from epikg.ner.place_chains import villages_in_bodies
from epikg.ner.places import place_mentions
from epikg.records import EntityType, Mention


def places(text: str) -> set[str]:
    return {m.text for m in place_mentions(text)}


# --- a direction closing a region's name, then an everyday word, names no district ---------------------------


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("皖南山区各县加强排查。", "南山区"),
        ("地处浙南山区的泰顺县加强防控。", "南山区"),
        ("湘西山区的返乡人员须报备。", "西山区"),
        ("陇东山区各乡镇加强防控。", "东山区"),
    ],
)
def test_region_direction_names_no_district(text: str, wrong: str) -> None:
    assert wrong not in places(text)


@pytest.mark.parametrize(
    "text, district",
    [
        ("在昆明市西山区,核酸检测全面展开。", "西山区"),
        ("在西山区设立检测点。", "西山区"),
        ("他来到南山区蛇口街道。", "南山区"),
    ],
)
def test_district_after_level_or_preposition_is_named(text: str, district: str) -> None:
    assert district in places(text)


# --- kinds set side by side, the villages around, tracks among fields ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "乡与乡、镇与镇之间设卡检查。",
        "村与村之间设置卡口。",
        "十里八村的村民都来接种疫苗。",
        "四邻八乡的群众主动配合排查。",
        "网格员每天到附近的田间路边巡查。",
        "车辆沿山间公路行驶至检查站。",
        "在乡间小路设卡。",
    ],
)
def test_no_place_named(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    "text, place", [("三里河村设立卡点。", "三里河村"), ("十里铺村设立卡点。", "十里铺村")]
)
def test_numbered_names_stay(text: str, place: str) -> None:
    assert place in places(text)


# --- a unit of its kind the gazetteer lists bare, a stretch along a line, a verb before a name -----------------


@pytest.mark.parametrize(
    "text",
    [
        "县疫情防控指挥部要求旅游度假区暂停开放。",
        "高新技术开发区各企业做好防控。",
        "县农科所职工参加志愿服务。",
        "县良种场职工全部接种疫苗。",
        "县林业局干部下沉到村。",
        "在沿线卡点值守。",
    ],
)
def test_kinds_name_no_place(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("严格管控,使京沪高速沿线检查站运转有序。", "使京沪高速"),
        ("道路尚未修好,可三桥村的村民主动设卡。", "可三桥村"),
    ],
)
def test_a_verb_starts_no_name(text: str, wrong: str) -> None:
    assert wrong not in places(text)


# --- a road's class or a square's use names a kind of place, whoever reads it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "村里修通了县乡公路和村级公路。",
        "在通组公路设立卡点。",
        "在县级公路设立卡点。",
        "在健身广场开展核酸检测。",
        "县里修建了登山路和健身路。",
        "公司分批复工的职工,返岗路上一路有人管。",  # on the way back to work
        "公安局全警动员、屯警街面,全力守好边界。",  # the streets' surface
    ],
)
def test_a_class_of_roads_names_no_road(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    "name, kind",
    [("通村公路", True), ("休闲广场", True), ("砂石路", True), ("人民广场", False), ("文化路", False)],
)
def test_the_models_kind_of_road_is_no_place(name: str, kind: bool) -> None:
    mention = Mention(name, EntityType.PLACE, 0, len(name), "model")
    assert plausible(mention) is not kind


# --- a title over the ending, a word that goes on from it, a county inside a village's body -------------------


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("王副镇长说,全镇已完成核酸检测。", "王副镇"),
        ("刘副乡长带队检查卡点。", "刘副乡"),
        ("致富不忘乡亲,他捐款五千元。", "富不忘乡"),
        ("在北京街头,市民戴着口罩。", "北京街"),
    ],
)
def test_no_place_ends_inside_a_word(text: str, wrong: str) -> None:
    assert wrong not in places(text)


def test_the_village_of_a_body_comes_after_its_county() -> None:
    name = "柳林县薛村乡高红村村委会"
    body = Mention(name, EntityType.ORGANIZATION, 0, len(name), "rule:suffix")
    # the places written before the village in the body are named too, each cut at its level character
    assert [m.text for m in villages_in_bodies([body])] == ["柳林县", "薛村乡", "高红村"]


@pytest.mark.parametrize(
    ("name", "village"),
    [
        ("王村村民委员会", "王村"),  # 王村, then 村民委员会 written with one 村 for both
        ("李村村委会", "李村"),
        ("营洛村村委会", "营洛村"),  # the village's own 村, then the committee's
    ],
)
def test_a_village_ending_in_cun_before_its_committee(name: str, village: str) -> None:
    body = Mention(name, EntityType.ORGANIZATION, 0, len(name), "rule:suffix")
    assert [m.text for m in villages_in_bodies([body])] == [village]


@pytest.mark.parametrize(
    "text",
    [
        "牧民的浩特离嘎查很远。",  # 离: how far from it, no name
        "返港的渔船靠上码头。",  # 靠: docking at it
        "在北侧设陆路检查点。",  # 陆路: by land, a kind of way
        "村寨内农贸市场暂停营业。",  # 内: the market inside
        "白沙镇三位村干部参加。",  # three village cadres
        "我们把集市从老街挪到了白沙镇。",  # 从: from, no street 集市从老街
        "白沙镇组织专人逐村逐户劝导。",  # 逐: village by village
        "白沙镇组织党员和网格员,分包小区楼栋。",  # 分包: each takes a share of the compounds
    ],
)
def test_a_verb_a_locative_or_a_count_before_the_ending_names_no_place(text: str) -> None:
    assert places(text) <= {"白沙镇"}


def test_a_county_named_like_a_joiner_is_read_only_in_a_chain() -> None:
    # 和 joins the list; 县直: the county's own departments
    assert places("听取各乡镇(街道)和县直有关部门工作汇报。") == set()
    assert places("和县石杨镇设卡。") == {"和县", "石杨镇"}  # before its township
    assert places("安徽省和县设卡。") == {"安徽省", "和县"}  # after its province
    # after a county, which holds no county: 和 joins the county and the county seat
    assert places("在通往建平县和县城方向的路口设卡。") == {"建平县"}


def test_a_body_listed_among_places_is_no_place() -> None:
    # a hospital visited with a town and a station: a body (the model reads it so), not a listed place
    assert "县中医院" not in places("督导组先后深入琴城镇、县中医院、南丰汽车站检查防控工作。")
    # a school where samples are taken is a site, of no kind of body the format names
    assert "城关一小" in places("城关街道设置县体育馆、城关一小、西街广场3个核酸采样点。")


def test_a_banners_abbreviation_names_it() -> None:
    # 科左后旗 for 科尔沁左翼后旗, where the page never names it in full
    assert places("科左后旗坚持外防输入,在彰武县交界处设卡。") == {"科左后旗", "彰武县"}


def test_a_road_named_for_its_river_is_a_place() -> None:
    assert places("到超市(潇水路店)购物。") == {"潇水路"}  # 水路, a way by water, is no kind of road here


def test_a_people_the_model_reads_as_a_place_is_none() -> None:
    mention = Mention("畲族", EntityType.PLACE, 0, 2, "model")
    assert not plausible(mention)


@pytest.mark.parametrize("name", ["畲族村", "苗族村"])
def test_a_peoples_villages_name_no_village(name: str) -> None:
    assert not plausible(Mention(name, EntityType.PLACE, 0, len(name), "model"))
    assert name not in places(f"加强{name}寨管控。")


@pytest.mark.parametrize(
    "text, place",
    [
        ("鹤溪街道东弄畲族村设卡。", "东弄畲族村"),  # named before its people
        ("东乡街道设立卡点。", "东乡街道"),  # named after a people, written without its 族
    ],
)
def test_a_place_named_with_a_people_is_a_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize("name", ["前天村", "今天村"])
def test_a_day_before_a_village_word_opens_no_village(name: str) -> None:
    assert not plausible(Mention(name, EntityType.PLACE, 0, len(name), "model"))


def test_a_coverb_inside_an_ethnic_townships_name_makes_it_none() -> None:
    assert places("县里在畲族乡设卡。") == set()
    assert places("在大堡蒙古族乡设卡。") == {"大堡蒙古族乡"}


# --- a title earned, unquoted --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["该村被评为小康村。", "这个村去年被评为小康村。"])
def test_a_title_earned_unquoted_is_no_place(text: str) -> None:
    assert places(text) == set()


def test_the_village_awarded_is_a_place() -> None:
    assert "城南村" in places("城南村被评为文明村。")


def test_a_province_before_the_title_earned_is_a_place() -> None:
    assert "山东省" in places("该村被评为山东省文明村。")


def test_a_villages_standing_is_no_place() -> None:
    assert places("这个村已成为全县的小康村、明星村。") == set()


# --- a road by what it is, a designated place, a name that starts inside a word --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "路面干净,但马路上仍有积水。",
        "通往各村的泥路、柏油路全部设卡。",
        "入境人员在定点宾馆集中隔离。",
        "重灾乡的群众转移安置。",
        "在街心花园开展核酸检测。",
        "农民收入相当于城镇居民的一半。",
        "沿海城镇加强冷链排查。",
        "如有发热,请及时拨打村疫情防控值班电话。",  # 及时 (in time), no village 时拨打村
        "小区只保留一个出入口由社区工作人员值守。",  # 由 (by) the community's people, no community 口由社区
    ],
)
def test_no_place_in_everyday_words(text: str) -> None:
    assert places(text) == set()


@pytest.mark.parametrize(
    "text, place",
    [
        ("在中山路设卡。", "中山路"),
        ("江西于都县加强排查。", "于都县"),
        ("他来到于都县。", "于都县"),
        ("在自由路设卡。", "自由路"),
    ],
)
def test_names_that_look_alike_stay(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize("text", ["一辆货车由南往北高速行驶至卡点。", "车辆由东向西高速驶来。"])
def test_which_way_a_vehicle_moves_is_no_road(text: str) -> None:
    assert places(text) == set()


# --- a county's short form right after its province is that county ---------------------------------------------


def _mentions(text: str, *names: str) -> list[Mention]:
    return [Mention(n, EntityType.PLACE, text.index(n), text.index(n) + len(n), "model") for n in names]


@pytest.mark.parametrize(
    "text, province, short",
    [("河南西峡的返乡人员须报备。", "河南", "西峡"), ("山东沂南的务工人员返乡。", "山东", "沂南")],
)
def test_a_short_county_after_its_province_is_the_county(text: str, province: str, short: str) -> None:
    places, _ = read_places(_mentions(text, province, short), text=text, doc_id="a")
    assert places[short].level == "county"


def test_a_township_after_a_verb_of_arriving_is_named() -> None:
    assert "达江乡" in places("工作组初到达江乡,就开展了排查。")


def test_marble_names_no_city() -> None:
    assert places("保洁员每天对大理石地面消毒两次。") == set()


@pytest.mark.parametrize(
    ("text", "wrong"), [("全镇3万山乡儿女同心抗疫。", "万山乡"), ("19万水乡儿女万众一心。", "万水乡")]
)
def test_a_numerals_unit_after_a_number_starts_no_place(text: str, wrong: str) -> None:
    assert wrong not in places(text)


def test_the_same_name_not_after_a_number_is_a_place() -> None:
    assert "万山乡" in places("工作组来到万山乡检查卡点。")


def test_a_preposition_before_an_ethnic_township_is_no_part_of_its_name() -> None:
    found = places("在大堡蒙古族乡大堡村,乡党委书记王强介绍情况。")
    assert "大堡蒙古族乡" in found and not any(p.startswith("在") for p in found)


def test_a_title_before_a_name_holding_a_sumus_ending_names_no_sumu() -> None:
    """`县长阿苏木呷`: a Yi name after the title, no sumu 县长阿苏木."""
    assert not any(p.endswith("苏木") for p in places("县委副书记、县长阿苏木呷,县委副书记沙马阿果出席。"))


def test_a_place_the_model_starts_at_the_mark_of_inside_after_a_level_starts_after_it() -> None:
    from epikg.ner.merge import past_an_inside_mark
    from epikg.records import EntityType, Mention

    text = "密切接触者曾到过镇内瓦泽村一农家乐。"
    start = text.index("内瓦泽村")
    read = Mention("内瓦泽村", EntityType.PLACE, start, start + 4, "model")
    assert past_an_inside_mark(text, read).text == "瓦泽村"
    region = Mention("内蒙古自治区", EntityType.PLACE, 0, 6, "model")
    assert past_an_inside_mark("内蒙古自治区", region) is region


def test_a_streets_ending_that_goes_on_as_a_villages_names_no_street() -> None:
    """`孙镇东街村`: the village 东街村 after the town's short form, no street 孙镇东街."""
    assert not any(p.endswith("东街") for p in places("孙镇东街村村医唐小燕每天上门测温。"))
