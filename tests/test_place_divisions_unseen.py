"""Villages and townships the gazetteer lacks, named on their own (`在向阳村设卡`), communities and streets
named after a road, roads by their number (issue 13, item 6). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import SpanTagger

from epikg.extract.places import read_places
from epikg.ner import recognize, rule_mentions
from epikg.ner.places import place_mentions
from epikg.read.normalize import fold, split_sentences
from epikg.records import EntityType


def names(text: str) -> list[str]:
    return [m.text for m in place_mentions(fold(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在鹿角村设卡值守。", "鹿角村"),
        ("县委书记到鹿角村检查卡点。", "鹿角村"),
        ("工作组来到龙潭堡村,逐户登记。", "龙潭堡村"),
        ("鹿角村、桐木村、茶园村分别设立卡点。", "桐木村"),
        ("在黄鹤乡设卡。", "黄鹤乡"),
        ("县领导到黄鹤乡、鹿角镇检查。", "黄鹤乡"),
        ("县领导到黄鹤乡、鹿角镇检查。", "鹿角镇"),
        ("“鹿角村村民朋友们,请大家戴好口罩。”", "鹿角村"),
        ("为每户发放《致鹿角村村民的一封信》。", "鹿角村"),
        ("在鹿角村設立卡點。", "鹿角村"),  # Traditional script
    ],
)
def test_a_village_or_township_named_on_its_own_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "武汉返乡人员一律居家观察。",
        "干部进村入户开展排查。",
        "驻村工作队坚守一线。",
        "全县城镇和农村全面消杀。",
        "各乡镇、各村全部设卡。",
        "县、乡镇、村三级联动。",
        "忙完村级各项事务后赶到卡点。",
        "这个经济大镇街上空空荡荡。",
        "南洲镇镇长到卡点检查。",
        "群众要及时向村组报备。",
        "镇党委及时要求镇武装部发动民兵。",
        "在本村路口设卡。",
        "向阳、红星两村设立卡点。",
        "通宵值守的值岗镇政府干部。",  # after 的, a name the gazetteer nowhere lists
        "依托湘西为民村群等载体宣传。",  # right after a prefecture: no village of it
        "志愿者为封控在家的260余户村民代购蔬菜。",  # the village's people, not 余户村
        "并对村内公共区域进行消杀。",
        "抽调镇村干部40余人值守。",  # towns and villages together
        "我们这些在外的慈利老乡都很牵挂。",  # a fellow townsman
        "土家村医彭定云背着药箱出门。",  # a Tujia village doctor, no 土家村
        "三、抓实社区防控,织密群防群控网络。",  # a verb of firming up, then the communities
        "要从严落实社区防控措施。",  # the verb after an adverb: no 严落实社区
        "党员干部4200余人下沉至各社区,协助开展核酸检测。",  # to each community: no 至各社区
    ],
)
def test_everyday_words_ending_in_cun_xiang_zhen_are_no_places(text: str) -> None:
    invented = [n for n in names(text) if n.endswith(("村", "乡", "镇", "社区")) and n not in ("南洲镇",)]
    assert invented == []


def test_a_verb_after_an_adverb_opens_no_name_of_a_facility() -> None:
    assert names("各镇要从严抓好口岸疫情防控。") == []


def test_a_villages_clinic_still_names_its_village() -> None:
    assert "红星村" in names("红星村医务室门口设立测温点。")


def test_cadres_drawn_from_the_sub_district_name_no_sub_district() -> None:
    assert names("抽调街道干部、社区网格员参加值守。") == []


def test_a_citys_short_form_whose_first_character_ends_a_title_is_no_place() -> None:
    # 董事长 + 沙金海: no 长沙 (the city stays where it starts a word: `前往长沙`)
    assert "长沙" not in names("某某有限公司董事长沙金海说,企业已复工。")
    assert "长沙" in names("前往长沙参加培训。")


def test_a_body_a_village_heads_is_read_whole() -> None:
    bodies = [
        m.text for m in rule_mentions("鹿角村党支部书记张明带头值守。") if m.type is EntityType.ORGANIZATION
    ]
    assert bodies == ["鹿角村党支部"]
    assert [
        m.text for m in rule_mentions("黄鹤乡党委书记李强到卡点检查。") if m.type is EntityType.ORGANIZATION
    ] == ["黄鹤乡党委"]


def test_a_village_named_on_its_own_is_village_level() -> None:
    text = "在鹿角村设卡值守。到黄鹤乡检查。"
    places, _ = read_places(place_mentions(text), text=text)
    assert places["鹿角村"].level == "village"
    assert places["黄鹤乡"].level == "township"


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("在建设路社区开展排查。", "建设路社区", "village"),
        ("解放路街道组织干部下沉社区。", "解放路街道", "township"),
        ("在人民路居委会设立登记点。", "人民路居委会", "village"),
    ],
)
def test_a_community_or_street_named_after_a_road_is_read_whole(text: str, name: str, level: str) -> None:
    assert name in names(text)
    places, _ = read_places(place_mentions(text), text=text)
    assert places[name].level == level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在207国道鹿角段设置卡点。", "207国道"),
        ("在X012县道设卡。", "X012县道"),
        ("在G60高速设卡。", "G60高速"),
        ("沿318国道、S222线设立检查点。", "318国道"),
        ("沿318国道、S222线设立检查点。", "S222线"),
        ("在国道109线枣园段设立检查点。", "国道109线"),  # the kind of road before its number
        ("在省道S206线设卡。", "省道S206线"),
        ("从位于文昌西路588号的保障点取回药品。", "文昌西路"),  # after 位于
        ("位于霸王街128号附近。", "霸王街"),  # a street written with 街
    ],
)
def test_a_road_by_its_number_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["全县共有207个卡点。", "共检查车辆3线人员。", "2020.207国道"])
def test_a_number_before_no_road_word_is_no_road(text: str) -> None:
    assert not [n for n in names(text) if n[0].isdigit()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在石桥收费站设卡。", "石桥收费站"),
        ("在石桥汽车客运站设立测温点。", "石桥汽车客运站"),
        ("在石桥渡口设卡。", "石桥渡口"),
        ("老君山景区暂停开放。", "老君山景区"),
        ("鹿角卡点、黄田卡点、石桥卡点24小时值守。", "黄田卡点"),
    ],
)
def test_a_station_crossing_or_scenic_area_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "各景区暂停开放。",
        "旅游景区暂停开放。",
        "封闭渡口。",
        "在各渡口设卡。",
        "在高速口设卡点。",
        "在高速省际卡点值守。",
        "在高速及国省道设卡。",
    ],
)
def test_a_generic_station_or_area_is_no_place(text: str) -> None:
    assert names(text) == []


def _bodies(text: str, *names: str) -> list:
    from epikg.records import Mention

    return [Mention(n, EntityType.ORGANIZATION, text.index(n), text.index(n) + len(n), "test") for n in names]


@pytest.mark.parametrize(
    ("text", "body", "named"),
    [
        ("朝阳社区党支部书记、主任徐晓芳说。", "朝阳社区党支部", ["朝阳社区"]),
        ("陈军是章广镇鸦窝村党总支书记。", "章广镇鸦窝村党总支", ["章广镇", "鸦窝村"]),
        ("鹿角村村委会组织巡逻。", "鹿角村村委会", ["鹿角村"]),
        # a placeholder county (某某县) names no place; the township before the village does
        ("某某县黄田乡鹿角村党支部组织巡逻。", "某某县黄田乡鹿角村党支部", ["黄田乡", "鹿角村"]),
        ("東街社區居委會組織排查。", "东街社区居委会", ["东街社区"]),
        # a street's two-character word ends the higher place as 镇 does
        ("白石街道凉沟桥村党支部书记说。", "白石街道凉沟桥村党支部", ["白石街道", "凉沟桥村"]),
    ],
)
def test_the_village_whose_body_the_article_names_is_a_place(text: str, body: str, named: list[str]) -> None:
    from epikg.ner.place_chains import villages_in_bodies

    text = fold(text)
    found = villages_in_bodies(_bodies(text, body))
    assert [(m.text, text[m.start : m.end]) for m in found] == [(n, n) for n in named]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("村党支部组织巡逻。", "村党支部"),
        ("社区居委会组织排查。", "社区居委会"),
        ("某某镇党委高度重视。", "某某镇党委"),  # a town's committee: the town is named elsewhere
        ("县卫生健康局组织督查。", "县卫生健康局"),
        ("各村党支部组织巡逻。", "各村党支部"),
    ],
)
def test_a_body_of_no_named_village_holds_none(text: str, body: str) -> None:
    from epikg.ner.place_chains import villages_in_bodies

    assert villages_in_bodies(_bodies(text, body)) == []


def test_a_village_inside_a_body_is_a_place_and_leaves_the_articles_own_place_as_it_was() -> None:
    from epikg.ner.place_chains import villages_in_bodies

    text = "黄田镇全面设卡。黄田镇干部值守。鹿角村党支部书记张明说,全镇落实到位。"
    mentions = [*place_mentions(text), *_bodies(text, "鹿角村党支部")]
    villages = villages_in_bodies(mentions)
    places, locality = read_places(mentions, text=text, in_bodies=villages)
    assert places["鹿角村"].level == "village"
    assert locality == read_places(mentions, text=text)[1]


@pytest.mark.parametrize(
    ("text", "body", "village", "town"),
    [
        ("茶陵县火田镇新丰村村委会门口设置了检测点。", "火田镇新丰村村委会", "新丰村", "火田镇"),
        ("南县南洲镇小荷堰社区党组织书记带队排查。", "南洲镇小荷堰社区党组织", "小荷堰社区", "南洲镇"),
    ],
)
def test_a_chain_runs_on_inside_a_bodys_name(text: str, body: str, village: str, town: str) -> None:
    """`茶陵县`+`火田镇新丰村村委会`: the body's town is in the county and its village in the town, as written."""
    from epikg.ner.place_chains import villages_in_bodies

    mentions = [m for m in rule_mentions(text) if m.type is EntityType.PLACE and m.text not in body]
    mentions += _bodies(text, body)
    places, _ = read_places(mentions, text=text, in_bodies=villages_in_bodies(mentions))
    assert places[village].parent is not None and places[village].parent.name == town
    assert places[village].stated_by == "chain"
    assert places[town].parent is not None and places[town].parent.name == text[: text.index(town)]


@pytest.mark.parametrize(
    "text", ["会同镇市场监督管理所检查。", "协同村两委入户排查。", "督促镇卫生院落实预检分诊。"]
)
def test_a_verb_before_a_body_is_no_town(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("在安慈高速澧县出入口设立服务点。", "澧县出入口"), ("在桃源县高速出入口设卡。", "桃源县高速出入口")],
)
def test_a_roads_way_in_and_out_named_by_its_place_is_a_place(text: str, name: str) -> None:
    assert [m.text for m in rule_mentions(text) if m.type is EntityType.PLACE and m.text.endswith(name)]


def test_a_facility_named_after_the_articles_county_is_read_whole() -> None:
    """`泾阳` alone is the short name of 泾阳县, which the article names; inside `包茂高速泾阳出口检查站` it is part
    of the checkpoint's name, and the motorway and its checkpoint are the places written (not 泾阳, and no
    person 包茂)."""
    text = "泾阳县全力防控。在包茂高速泾阳出口检查站,县长查看了登记台账。"
    found = [(m.text, m.type) for m in rule_mentions(text)]
    assert ("包茂高速", EntityType.PLACE) in found and ("泾阳出口检查站", EntityType.PLACE) in found
    assert not [name for name, _ in found if name in ("泾阳", "包茂")]


def test_a_facility_named_by_its_county_still_names_the_county() -> None:
    text = "县领导到澧县出入口检查。澧县出入口设立服务点。澧南镇政府组织干部值守。"
    mentions = [m for m in rule_mentions(text) if m.text != "澧县"]
    _, locality = read_places(mentions, text=text)
    assert locality.by_level["county"].name == "澧县"


class _Tagger:
    """A stand-in for the NER model that reads every occurrence of the given names as places (LOC)."""

    def __init__(self, *names: str) -> None:
        self.names = names

    def tag(self, sentences: list[str]) -> list[list[tuple[str, int, int]]]:
        return [
            [("LOC", i, i + len(n)) for n in self.names for i in range(len(s)) if s.startswith(n, i)]
            for s in sentences
        ]


def test_a_place_named_only_in_the_outlets_name_is_no_place_of_the_article(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract, read_article

    page = (
        "黄田镇扎实做好疫情防控工作\n来源:中国红河 作者:张明 发布日期:2020-02-03\n"
        "近日,黄田镇在鹿角村设立卡点,对进出车辆和人员逐一登记测温,确保不漏一人。\n"
    )
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert article.outlet == "中国红河"
    written = {m.text for m in extract(article, tagger=_Tagger("红河", "黄田镇")).mentions}
    assert "红河" not in written
    assert {"黄田镇", "鹿角村"} <= written


def test_a_place_inside_the_name_of_an_account_the_page_names_is_no_place_of_the_article(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract, read_article

    page = (
        "黄田镇扎实做好疫情防控工作\n原创 红河发布 红河发布\n来源:某某县融媒体中心 发布日期:2020-02-03\n"
        "近日,黄田镇在鹿角村设立卡点,对进出车辆和人员逐一登记测温,确保不漏一人。\n转载:红河发布(微信公众号)\n"
    )
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert "红河发布" in [b.name for b in article.page_bodies]
    written = {m.text for m in extract(article, tagger=_Tagger("红河", "黄田镇")).mentions}
    assert "红河" not in written
    assert {"黄田镇", "鹿角村"} <= written


def test_the_outlets_name_written_again_in_a_header_names_no_place_either(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract, read_article

    page = (
        "黄田镇扎实做好疫情防控工作\n红河日报·红河客户端 2020-02-03 10:20\n"
        "近日,黄田镇在鹿角村设立卡点,对进出车辆逐一登记。红河两岸群众积极配合。\n"
        "来源:红河日报·红河客户端\n"
    )
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert article.outlet == "红河日报·红河客户端"
    places = [m for m in extract(article, tagger=_Tagger("红河", "黄田镇")).mentions if m.text == "红河"]
    # the header's 红河 goes; the river named in the story stays
    assert [article.body.text[m.end : m.end + 2] for m in places] == ["两岸"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在李家湾设卡。", "李家湾"),
        ("在张家坝和王家沟设卡。", "王家沟"),
        ("張家坪的村民積極配合。", "张家坪"),
        ("在李家屯村设卡。", "李家屯村"),  # the village's name, read whole
        ("李家湾卡点24小时值守。", "李家湾卡点"),
    ],
)
def test_a_hamlet_named_after_a_family_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["他回到老家湾里。", "到张家坐坐。", "走进李家看望老人。"])
def test_a_familys_home_is_no_hamlet(text: str) -> None:
    assert names(text) == []


def test_a_hamlet_that_begins_a_longer_name_leaves_it_whole() -> None:
    assert "许家湾" not in names("在许家湾新村设卡。")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("只有超市、药店和菜市场还开着。", []),  # two nouns joined, no market named 药店和
        ("镇长在卡点查看登记台账。", []),  # where someone is, no checkpoint named 镇长在
        ("在和平路与人民路交叉口设卡。", ["和平路", "人民路"]),
        ("在民和村设立卡点。", ["民和村"]),
    ],
)
def test_a_conjunction_or_a_verb_of_place_ends_no_name(text: str, kept: list[str]) -> None:
    assert [m.text for m in rule_mentions(text) if m.type is EntityType.PLACE] == kept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("平遥县加强防控。平遥古城景区暂停开放。", "平遥古城景区"),  # named after the county's short name
    ],
)
def test_a_facility_named_after_its_county_is_read_whole(text: str, name: str) -> None:
    assert name in [m.text for m in rule_mentions(text) if m.type is EntityType.PLACE]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("在108国道洪善检查站设立服务点。", ["108国道", "洪善检查站"]),  # the road and the checkpoint on it
        ("在大广高速肃宁出口设卡。", ["大广高速", "肃宁出口"]),  # the motorway and its exit
        ("在大广高速出口设卡。", ["大广高速出口"]),  # an exit with no name of its own goes with the road
        ("G104国道省际卡点检查车辆。", ["G104国道"]),  # the checkpoint at the provincial border is unnamed
        ("包茂高速沿线的服务区全部设立检测点。", ["包茂高速"]),  # the road's service areas, none named
    ],
)
def test_a_facility_named_after_its_road_is_a_place_of_its_own(text: str, places: list[str]) -> None:
    assert [m.text for m in rule_mentions(text) if m.type is EntityType.PLACE] == places


@pytest.mark.parametrize(
    "text",
    [
        "镇上在守好卡点的同时开展排查。",
        "当得知检查站已查验车辆5800余辆。",
        "各村要强化卡点值守。",
        "党员守住社区大门。",
        "网格员:守护社区的守门人。",  # what is done for the community, no name
        "党员干部扎根社区一线,服务社区居民。",
        "7月21日4时30分到开发区上班。",  # the verb of arriving, after a time
        "18时驾车到开发区。",
        "11时30分原路返回。",  # a clock time's unit starts no name
        "其病因主要来源于既往社区感染。",  # earlier: no community named 既往
        "全县创建无疫情村120个、无疫情社区15个。",  # a status the response gives, no name
        "如有发热请由社区统一安排就医。",  # asking: no community named 请由
        "居民要听从街道安排。",
        "11时30分沿原路返回。",  # the way taken, no road named
        "在返程路上接受检查。",
        "对强行冲闯小区的人员依法处理。",  # an adverb of manner before the verb
        "检查站引来路人围观。",  # 路人, 路程, 路过: words of the way that 路 opens
        "距卡点只有8分钟的步行路程。",
        "车辆沿途路过三个卡点。",
        "外地车辆不走回头路,一律劝返。",  # a figure of speech, no road
        "古城是石板路,巷子狭窄。",
    ],
)
def test_a_verb_on_a_place_is_no_name_of_it(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在都江堰收费站设卡。", "都江堰收费站"),  # 都 of 都江堰 is no adverb here
        ("在当阳汽车站设卡。", "当阳汽车站"),  # 当阳, a city's short name, starts with 当
        ("在东关卡点值守。", "东关卡点"),
    ],
)
def test_a_facility_named_after_a_division_keeps_its_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["小喇叭走街串巷。", "标语布满街头。", "沿街商铺关闭。", "群众上街购物。"])
def test_a_verb_on_the_streets_names_no_street(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("在S217省道三洲卡点值守。", ["S217省道", "三洲卡点"]),  # a numeral that begins a name
        ("在十里铺检查站设卡。", ["十里铺检查站"]),
        ("在三个卡点值守。", []),  # a count of checkpoints
        ("在两处路口设卡。", []),
        ("疫情暴发。一设立卡口后,镇里联合派出所值守。", []),  # 一…后: as soon as
    ],
)
def test_a_numeral_begins_a_name_only_where_it_counts_nothing(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "全县实现了乡乡通车、村村通路。",  # every township, every village
        "居民不多,建一个菜市场就够了。",  # a count inside the stem
        "他与新任村主任签订了责任书。",  # newly appointed, before the title 村主任
        "现在有县乡干部的指导和帮扶。",  # 县乡: two levels side by side
        "全县新建、改建、拓宽、整修公路70公里。",  # works on roads
        "没想到路上堵车。",
        "赵县长带队检查卡点。",  # Mr Zhao, the county head: no county 赵县
    ],
)
def test_words_about_places_of_a_kind_name_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("verb", ["组织", "发动", "动员"])
def test_a_verb_on_the_people_of_a_community_after_a_division_names_no_community(verb: str) -> None:
    assert names(f"红钢城街道{verb}社区干部入户排查。") == ["红钢城街道"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在新市镇设立卡点。", "新市镇"),  # a level character inside a listed township's name
        ("到三十里铺检查站检查。", "三十里铺检查站"),  # a numbered name: no count
        ("红星村主任王强带队值守。", "红星村"),  # a village right before its head's title
    ],
)
def test_names_that_look_like_those_words_still_name_places(text: str, name: str) -> None:
    assert name in names(text)


def test_a_list_of_peoples_bodies_lists_no_places() -> None:
    """The list is of the bodies' people: 城关镇 opens a body's name there, no item beside it is a place."""
    assert names("县人民医院的王兆兰、城关镇卫生院的董庚臣受到表彰。") == ["城关镇"]


def test_a_photo_captions_opener_starts_no_village() -> None:
    assert "图为村" not in names("图为村支书孙远和(右)在卡点值守。")


def test_a_name_listed_beside_a_place_is_a_person_where_the_model_reads_one() -> None:
    text = "表彰了县城茶园的王兆兰、辽宁本溪市宏达开发公司的董庚臣。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("PER", "王兆兰"), ("PER", "董庚臣")))
    assert {m.text for m in found if m.type is EntityType.PERSON} == {"王兆兰", "董庚臣"}
    assert "王兆兰" not in {m.text for m in found if m.type is EntityType.PLACE}


def test_a_place_read_whole_on_the_page_is_whole_where_written_again() -> None:
    """At a line's start 于 reads as a preposition; the page wrote the village whole after its township."""
    text = "应城市吉文镇于官庄村,村民鲁先生取消了婚宴。\n于官庄村村支部书记郑毅敏告诉记者。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("PER", "郑毅敏")))
    assert [m.text for m in found if m.type is EntityType.PLACE and "官庄" in m.text] == [
        "于官庄村",
        "于官庄村",
    ]


def test_a_name_withheld_names_no_place() -> None:
    """`常州某小区`: 某 stands for the compound's name, withheld; the city is named, the compound is not."""
    assert names("患者居住在常州某小区。") == ["常州"]


def test_a_road_named_like_a_way_taken_is_a_road() -> None:
    """`京原路` and `新开路` are roads' names, though 原路 (the way back) and 开路 (to clear a way) are words."""
    assert "京原路" in names("车辆经京原路进入城区。") and "新开路" in names("在新开路设卡。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("无症状感染者:女,36岁,住合口镇兴隆街社区。", "合口镇"),
        ("病例2:男,现住城关镇东门村。", "城关镇"),
        ("病例3:暂住河口镇。", "河口镇"),
    ],
)
def test_where_a_case_lives_is_read_without_the_verb(text: str, place: str) -> None:
    """`住合口镇`: 住 (lives at) is the case's verb, no part of the town's name."""
    assert place in names(text)
    assert not [name for name in names(text) if name.startswith("住")]


def test_a_preposition_that_makes_a_word_with_the_next_character_starts_no_name() -> None:
    """`对接城东农贸市场`: 对接 (to link up with) is a word; the market is 城东农贸市场, no 接城东农贸市场."""
    assert not [n for n in names("居委会组织保供队伍,对接城东农贸市场和超市。") if n.startswith("接")]
    assert "城东农贸市场" in names("对城东农贸市场开展消杀。")


@pytest.mark.parametrize("text", ["采样队伍在深大社区完成收尾工作。", "广大社区居民积极配合。"])
def test_a_communitys_ending_is_no_district_of_that_name(text: str) -> None:
    """大社区 is a district of Kaohsiung by the gazetteer; in the genre it ends a community's name or a phrase."""
    assert "大社区" not in names(text)
    places, _ = read_places(list(recognize(fold(text), split_sentences(fold(text)))))
    assert all(place.level != "county" for place in places.values())


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("镇里在与六合区交界的刘冶线设卡。", "刘冶线"),
        ("在县道泗界线等处设立4个检查点。", "泗界线"),
        ("在与郎溪县梅渚镇交界的社梅线省界卡点检查车辆。", "社梅线"),
    ],
)
def test_a_road_named_by_the_places_it_links(text: str, road: str) -> None:
    """`刘冶线`: two characters and 线 after a word that opens such a road; a road, no person, of no level."""
    mentions = rule_mentions(text)
    assert road in [m.text for m in mentions if m.type is EntityType.PLACE]
    assert not [m for m in mentions if m.type is EntityType.PERSON]
    places, _ = read_places(mentions, text=text)
    assert places[road].level == "other"


def test_a_line_of_no_road_names_none() -> None:
    assert not [m for m in rule_mentions("在两县交界的生命线上日夜值守。") if m.type is EntityType.PLACE]


def test_a_port_of_entry_by_its_kind_of_traffic_after_a_citys_short_form() -> None:
    assert [m.text for m in rule_mentions("满洲里公路口岸暂停旅检业务。") if m.type is EntityType.PLACE] == [
        "满洲里公路口岸"
    ]


@pytest.mark.parametrize("text", ["为此,镇里对卡点实行分类值守。", "志愿者协助镇里守卡点。"])
def test_the_town_said_plainly_before_a_checkpoint_names_no_checkpoint(text: str) -> None:
    assert names(text) == []


def test_a_natural_village_listed_before_another_is_no_village_after_its_zi() -> None:
    """`南亢自然村、帕亮村`: 自 opens 自然 (natural), the kind's own word; no 然村 is listed there."""
    from epikg.ner import rule_mentions

    assert "然村" not in [m.text for m in rule_mentions("腊福村南亢自然村、帕亮村等边境村寨实行门岗值守。")]


@pytest.mark.parametrize(
    "text",
    [
        "每天对全市超市、农贸市场、水产批发市场和冷库开展拉网式检查。",  # kinds of market by their goods
        "在县城主干道、农贸市场、宜章火车站等人员密集场所设点。",  # a market's kind alone, listed
        "就能查到产地、入境口岸、核酸检测和消毒信息。",  # a port of entry, a kind
    ],
)
def test_a_kind_of_market_or_port_names_no_place(text: str) -> None:
    assert not [n for n in names(text) if n.endswith(("市场", "口岸"))]


def test_a_named_market_of_a_kind_keeps_its_name() -> None:
    assert "城东水产批发市场" in names("在城东水产批发市场设立采样点。")


@pytest.mark.parametrize("text", ["各村统一清除了土堆路障。", "严禁“一刀切”封村堵路,保障农资运输。"])
def test_a_roadblock_or_blocking_the_road_names_no_road(text: str) -> None:
    assert not [n for n in names(text) if n.endswith("路")]


def test_a_national_road_written_after_a_town_lies_in_no_town() -> None:
    """`石牌镇206国道入口`: the town's entrance on the national road; the road runs on through other towns. A town's
    own road still lies in it."""
    text = "在月山收费站和石牌镇206国道入口设立卡点,在石牌镇人民路设立登记点。"
    places, _ = read_places(place_mentions(text), text=text)
    assert places["206国道"].parent is None
    assert places["人民路"].parent is not None and places["人民路"].parent.name == "石牌镇"


def test_a_village_the_gazetteer_lists_under_a_namesake_of_the_articles_town_is_not_placed_there() -> None:
    """`西庄镇` on a page about 建水县 is 建水县's; the gazetteer's one 西庄村 lies under 韩城市's 西庄镇 (陕西), which the
    page never means: no division for the village, and none in another province."""
    text = "建水县西庄镇召开会议。西庄镇全力防控。西庄村网格员每天巡查。"
    places, _ = read_places(place_mentions(text) + rule_mentions_of(text, "西庄村"), text=text)
    village = places["西庄村"]
    assert village.code is None and (
        village.derived_parent is None or "韩城" not in village.derived_parent.name
    )
    assert not village.key.startswith("610581")


def rule_mentions_of(text: str, name: str) -> list:
    """The mention of `name` at its first occurrence, as a name rule would read it."""
    from epikg.records import Mention

    at = text.index(name)
    return [Mention(name, EntityType.PLACE, at, at + len(name), "rule:place-name")]
