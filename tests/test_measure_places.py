"""Where a measure applies: its own clause decides; origins, destinations and border neighbours are not the place."""

from __future__ import annotations

from pathlib import Path

import pytest

from epikg.extract.measure_orderers import ordering_body
from epikg.extract.measure_places import measure_place
from epikg.extract.place_roles import is_elsewhere
from epikg.extract.places import read_places
from epikg.read.normalize import split_sentences
from epikg.records import EntityType, Measure, Mention


def where(text: str, trigger: str, places: list[str], *, doc_places: tuple[str, ...] = ()) -> str | None:
    """The name of the place a measure triggered by `trigger` applies to, places found at their occurrences."""
    mentions = []
    for name in (*places, *doc_places):
        start = 0
        while (start := text.find(name, start)) >= 0:
            mentions.append(Mention(name, EntityType.PLACE, start, start + len(name), "test"))
            start += len(name)
    return place_of(text, trigger, mentions)


def place_of(text: str, trigger: str, mentions: list[Mention]) -> str | None:
    """The name of the place a measure triggered by `trigger` applies to, the article's mentions given."""
    resolved, locality = read_places(mentions, text=text, doc_id="t")
    sentences = split_sentences(text)
    start = text.index(trigger)
    index = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
    measure = Measure("quarantine", trigger, start, start + len(trigger), index)
    place = measure_place(text, sentences[index], measure, mentions, resolved, locality)
    return place.name if place is not None else None


def test_a_place_of_origin_is_not_the_place() -> None:
    text = "南县召开会议。南县要求，从武汉返乡人员一律居家隔离。"
    assert where(text, "居家隔离", ["南县", "武汉"]) == "南县"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("南县加强防控。对来自广州市白云区的人员实行集中隔离。", ["南县", "广州市", "白云区"]),
        (
            "南县加强防控。对从北京顺义区、吉林通化返乡的人员实行集中隔离。",
            ["南县", "北京", "顺义区", "吉林", "通化"],
        ),
    ],
)
def test_a_written_chain_of_origin_is_no_place_of_the_measure_at_any_link(
    text: str, places: list[str]
) -> None:
    assert where(text, "集中隔离", places) == "南县"


def test_a_part_of_a_place_of_origin_leaves_it_a_place_of_origin() -> None:
    # `岳阳市` + `区务工返乡`: the city's urban district, where the workers came back from
    text = "南县加强防控。在岳阳市区务工返乡人员需向社区报备。"
    assert where(text, "报备", ["南县", "岳阳市"]) == "南县"


def test_a_neighbour_at_a_border_is_not_the_place() -> None:
    text = "南县全力防控。在与华容县交界处设卡检查。"
    assert where(text, "设卡", ["南县", "华容县"]) == "南县"


def test_a_destination_is_not_the_place() -> None:
    text = "南县全力防控。劝阻前往武汉的人员，严格登记。"
    assert where(text, "登记", ["南县", "武汉"]) == "南县"


@pytest.mark.parametrize("code", ["健康码", "通信行程卡"])
def test_a_place_naming_the_code_it_runs_is_not_where_the_code_is_checked(code: str) -> None:
    text = f"南县全力防控。进入超市须出示湖南省{code}。"
    assert where(text, code, ["南县", "湖南省"]) == "南县"


def test_a_scope_word_means_the_articles_own_place_of_that_level() -> None:
    text = "南县县委召开会议。书记到南洲镇调研后指出，全县设立卡点。"
    assert where(text, "卡点", ["南县", "南洲镇"], doc_places=()) == "南县"


@pytest.mark.parametrize(("said", "place"), [("县里", "平江县"), ("镇里", "城关镇"), ("村里", "红星村")])
def test_the_county_town_or_village_said_plainly_is_the_articles_own(said: str, place: str) -> None:
    """`县里取消了集体聚餐`: not the village the sentence before named, but the article's own county."""
    text = f"平江县城关镇党委书记李明到红星村检查。{said}取消了集体聚餐。"
    assert where(text, "聚餐", ["平江县", "城关镇", "红星村"]) == place


def test_the_village_said_plainly_is_the_one_whose_secretary_speaks() -> None:
    """`…小河湾村党支部书记赵文明说,村里用大喇叭每天喊`: 村里 is the village the speaker's body is of, not the
    article's own town's; and `村里的党员` only describes, and leaves the place to the sentence."""
    text = (
        "东山县城关镇红星村召开会议,红星村设了卡点。"
        "县长强调,全县倡导喜事缓办;西陵镇小河湾村党支部书记赵文明说,村里用大喇叭每天喊。"
    )
    body = text.index("西陵镇小河湾村党支部")
    mentions = [
        Mention("东山县", EntityType.PLACE, 0, 3, "test"),
        Mention("城关镇", EntityType.PLACE, 3, 6, "test"),
        Mention("红星村", EntityType.PLACE, 6, 9, "test"),
        Mention("红星村", EntityType.PLACE, 14, 17, "test"),
        Mention("西陵镇", EntityType.PLACE, body, body + 3, "test"),
        Mention("小河湾村", EntityType.PLACE, body + 3, body + 7, "test"),
        Mention("西陵镇小河湾村党支部", EntityType.ORGANIZATION, body, body + 10, "test"),
    ]
    assert place_of(text, "大喇叭", mentions) == "小河湾村"
    described = "城关镇召开会议。卡点由村里的党员轮流值守。"
    assert where(described, "卡点", ["城关镇"]) == "城关镇"


def in_a_county_page(sentence: str, body: str, trigger: str) -> str | None:
    """Where a measure of `sentence` applies on a page about 东山县, the sentence's speaker of `body`."""
    text = "东山县召开会议。东山县要求严防。" + sentence
    at = text.index(body)
    mentions = [
        Mention("东山县", EntityType.PLACE, 0, 3, "test"),
        Mention("东山县", EntityType.PLACE, 8, 11, "test"),
        Mention(body, EntityType.ORGANIZATION, at, at + len(body), "test"),
    ]
    return place_of(text, trigger, mentions)


def test_a_street_or_community_as_its_clauses_subject_is_the_one_whose_secretary_speaks() -> None:
    """`…街道党工委书记说,街道组织党员志愿者…`: the bare word opening its clause is the street the speaker's body is
    of, not the county the article is about; so is a community's (`社区还为隔离户代购`)."""
    said = "城南街道党工委书记赵文明说,街道组织党员志愿者120名。"
    assert in_a_county_page(said, "城南街道党工委", "志愿者") == "城南街道"
    said = "红星社区党支部书记说,社区还为隔离户代购蔬菜。"
    assert in_a_county_page(said, "红星社区党支部", "代购") == "红星社区"


@pytest.mark.parametrize(
    "sentence",
    [
        "城南街道党工委书记说,志愿者清扫街道。",  # the streets swept: an object, not the street office
        "城南街道党工委书记说,街道两旁设了志愿者服务台。",  # a noun after it: the streets' sides
        "城南街道党工委书记说,社区医生和志愿者上门。",  # a community's doctors
    ],
)
def test_a_bare_street_or_community_that_is_no_subject_leaves_the_place_to_the_article(sentence: str) -> None:
    assert in_a_county_page(sentence, "城南街道党工委", "志愿者") == "东山县"


def test_a_levels_kind_beside_a_scope_word_is_no_place() -> None:
    """`全县各乡镇还利用村级广播宣传`: the villages' loudspeakers, used across the county; not the village the
    article named before. Alone, the kind still says the level (`设立村级卡点` on a village's page)."""
    text = "西吉县龙王坝村设立接种点。此外,全县各乡镇还利用村级广播宣传接种政策。"
    assert where(text, "广播", ["西吉县", "龙王坝村"]) == "西吉县"
    alone = "西吉县龙王坝村设立接种点。村级广播每天宣传接种政策。"
    assert where(alone, "广播", ["西吉县", "龙王坝村"]) == "龙王坝村"


def test_a_town_named_in_another_clause_is_not_the_place() -> None:
    text = "南县通报疫情。南县南洲镇发现病例，全县开展核酸检测。"
    assert where(text, "核酸检测", ["南县", "南洲镇"]) == "南县"


def test_a_datelines_place_is_where_the_report_was_filed_not_the_place() -> None:
    """`某某网3月2日东城讯 …`: the dateline's city opens the clause but took no measure; the article is about the
    town."""
    text = "江南网3月2日东城讯 “敲门行动”一声令下,北岗镇干部逐户排查。北岗镇全镇设卡。"
    assert where(text, "敲门", ["东城", "北岗镇"]) == "北岗镇"


def test_a_place_after_an_outlet_in_the_story_still_counts() -> None:
    """Only a dateline that opens its line is one: a report's text naming an outlet and then a place is not."""
    text = "北岗镇召开会议。据江南网报道,南湖县北岗镇开展敲门行动。"
    assert where(text, "敲门", ["南湖县", "北岗镇"]) == "北岗镇"


def test_the_most_specific_place_of_the_clause_wins() -> None:
    text = "南县南洲镇在各路口设立卡点。"
    assert where(text, "卡点", ["南县", "南洲镇"]) == "南洲镇"


def test_without_a_place_in_the_clause_the_article_is_about_its_most_named_place() -> None:
    text = "南洲镇召开会议。南洲镇党员带头。会后，干部开展核酸检测。南县派员指导。"
    assert where(text, "核酸检测", ["南洲镇", "南县"]) == "南洲镇"


_JIANGXI = "其中南昌市2例(东湖区2例),九江市1例(修水县1例),赣州市2例(于都县2例),上饶市1例(婺源县1例)。累计确诊病例中于都县5例。"
_JIANGXI_PLACES = ["南昌市", "东湖区", "九江市", "修水县", "赣州市", "于都县", "上饶市", "婺源县"]


@pytest.mark.parametrize(
    ("text", "trigger", "places", "place"),
    [
        # a province's report names its cities and counties more often than any one of them: the province's, not
        # the county's it names a little more often than each other
        (f"江西省报告新增确诊病例6例。{_JIANGXI}目前追踪到密切接触者420人,均已接受医学观察。", "医学观察",
         ["江西省", *_JIANGXI_PLACES], "江西省"),
        # the same report naming no place over them: none
        (f"昨日新增确诊病例6例。{_JIANGXI}目前追踪到密切接触者420人,均已接受医学观察。", "医学观察",
         _JIANGXI_PLACES, None),
        # places a list tallies cases by cast no vote, yet say the report covers them all
        ("天津市报告新增确诊病例5例,其中和平区2例、南开区1例、河西区2例。天津市累计追踪到密切接触者310人。"
         "南开区一名患者已出院。目前密切接触者均在接受医学观察。", "医学观察",
         ["天津市", "和平区", "南开区", "河西区"], "天津市"),
        # places a bracket tallies cases by are where the cases came from, not where they are treated
        ("湖南省报告新增确诊病例8例。其中长沙市3例、岳阳市2例、常德市3例。"
         "3名重症病例(长沙市1例,岳阳市2例)均在省级定点医院隔离治疗。", "隔离治疗",
         ["湖南省", "长沙市", "岳阳市", "常德市"], "湖南省"),
        # `市级定点医院` in a province's report are its cities' hospitals, not the most named city's
        ("湖南省报告新增确诊病例8例。其中长沙市3例、岳阳市2例、常德市3例。"
         "湖南省累计报告确诊病例40例,其余病例正在市级定点医院隔离治疗。", "隔离治疗",
         ["湖南省", "长沙市", "岳阳市", "常德市"], "湖南省"),
        # a county that names its neighbours now and then stays what its article is about
        ("修水县召开疫情防控会议。修水县与武宁县、铜鼓县交界,修水县在交界处设立卡点。"
         "修水县要求各乡镇做好排查,修水县对返乡人员实行居家隔离。目前全县追踪到密切接触者42人,均已接受医学观察。",
         "医学观察", ["修水县", "武宁县", "铜鼓县"], "修水县"),
    ],
)  # fmt: skip
def test_a_report_over_many_places_is_about_what_holds_them(
    text: str, trigger: str, places: list[str], place: str | None
) -> None:
    assert where(text, trigger, places) == place


def test_an_article_that_names_no_place_puts_its_measures_nowhere() -> None:
    assert where("会后，干部开展核酸检测。", "核酸检测", []) is None


@pytest.mark.parametrize(
    ("text", "name", "elsewhere"),
    [
        ("从武汉返乡", "武汉", True),
        ("武汉返乡人员", "武汉", True),
        ("重点监测湖北武汉返乡村民", "湖北", True),  # a written chain shares its last place's role
        ("南县南洲镇设立卡点", "南县", False),
        ("湖北籍人员", "湖北", True),
        ("与华容县交界", "华容县", True),
        ("前往武汉", "武汉", True),
        ("县人民医院10名驰援湖北医疗队员", "湖北", True),  # help sent far off
        ("江苏援伊核酸检测医疗队抵达伊宁", "江苏", True),  # the aid team's home, not where it tests
        ("上海援藏干部下沉到封控区", "上海", True),
        ("广东省对口支援新疆前方指挥部启动应急机制", "广东省", True),
        ("经台北转机后抵达浦东国际机场", "台北", True),  # a flight's transfer
        ("伊朗包机境外输入病例的密切接触者", "伊朗", True),  # a charter's origin
        ("准备返回滁州过春节", "滁州", True),
        ("通往南京市的省道卡口", "南京市", True),
        ("在南县设卡", "南县", False),
        ("笔者从南洲镇了解到", "南洲镇", False),  # where the news was heard
        ("记者从南县获悉", "南县", False),
        ("建立西安及外省市务工人员台账", "西安", True),  # other places named by no name, then the origin word
        ("对武汉及周边地区返乡人员一律居家隔离", "武汉", True),
        ("西安及咸阳设卡", "西安", False),
        ("与我县接壤的泗县发生疫情", "泗县", True),  # beside the article's own county: the neighbour
        ("对邻县汝城县返乡人员登记", "汝城县", True),
        ("周边赣县区此前已对个别小区实行封控管理", "赣县区", True),  # the places around, named
        ("在与兴宁市交界的华城镇设卡", "华城镇", False),  # this side of the border
        ("在勐满镇曼贺村边境执勤点值守", "曼贺村", False),  # the village's own border area
        ("在与湖北边界设立卡点", "湖北", True),  # but the far side after 与
        ("沿乌苏里江边境线开展巡逻", "乌苏里江", True),  # a river's: the line itself
        ("亚东地处边境一线,守好边境就是守好国门", "亚东", False),  # where the place itself lies
        ("南县位于与华容县交界的地方", "南县", False),
        ("南县是边境县", "南县", False),
        ("凡到过武汉的人员须居家观察", "武汉", True),  # a travel history
        ("其中5例有湖北居住史", "湖北", True),
        ("2例为武汉户籍", "武汉", True),
        ("7例有湖北及其他省份接触史", "湖北", True),
    ],
)
def test_origin_destination_and_border_words(text: str, name: str, elsewhere: bool) -> None:
    start = text.index(name)
    assert is_elsewhere(text, Mention(name, EntityType.PLACE, start, start + len(name), "test")) is elsewhere


@pytest.mark.parametrize(
    ("text", "names", "elsewhere"),
    [
        ("从北京、河北及长治市区返乡人员须报备", ["北京", "河北", "长治市"], {"北京", "河北", "长治市"}),
        ("湖北、武汉返乡人员须报备", ["湖北", "武汉"], {"湖北", "武汉"}),  # the last member's role
        # a destination's role does not spread; where the work is done is no destination at all
        ("劝阻群众前往武汉、孝感", ["武汉", "孝感"], {"武汉"}),
        # a destination's written chain does: its last link lies inside it
        ("对前往合川区城关镇的车辆登记", ["合川区", "城关镇"], {"合川区", "城关镇"}),
        ("县长前往南洲镇、茅草街镇等地督导", ["南洲镇", "茅草街镇"], set()),
        ("组成3支流调队伍赶赴新圩镇开展协查", ["新圩镇"], set()),
        ("县人民医院选派医护人员赴武汉支援", ["武汉"], {"武汉"}),  # aid sent away: still elsewhere
        ("在与普兰店区、岫岩县交界处设卡", ["普兰店区", "岫岩县"], {"普兰店区", "岫岩县"}),
        ("在108国道与洋县交界处设卡", ["108国道", "洋县"], {"洋县"}),  # 与 here is no list
        ("在与华容县和安乡县交界处设卡", ["华容县", "安乡县"], {"华容县", "安乡县"}),
        # a border's chain: its head lies across the border too
        (
            "在与甘肃省静宁县、会宁县交界处设卡",
            ["甘肃省", "静宁县", "会宁县"],
            {"甘肃省", "静宁县", "会宁县"},
        ),
        ("深入南洲镇、茅草街镇等地检查", ["南洲镇", "茅草街镇"], set()),  # 等地 closes any list
        ("对武汉、孝感等地返乡人员登记", ["武汉", "孝感"], {"武汉", "孝感"}),
        ("南洲镇、茅草街镇设卡", ["南洲镇", "茅草街镇"], set()),
        ("从武汉返乡,南洲镇、茅草街镇设卡", ["武汉", "南洲镇", "茅草街镇"], {"武汉"}),  # not a list
        # the neighbours around, listed: each chain's last link (the head is its frame, often the page's own city)
        (
            "当前周边潍坊市寒亭区、东营市广饶县等地疫情形势复杂",
            ["潍坊市", "寒亭区", "东营市", "广饶县"],
            {"寒亭区", "广饶县"},
        ),
    ],
)
def test_a_list_of_places_shares_the_role_of_origin_or_of_a_neighbour(
    text: str, names: list[str], elsewhere: set[str]
) -> None:
    from epikg.extract.place_roles import elsewhere_spans

    mentions = [Mention(n, EntityType.PLACE, text.index(n), text.index(n) + len(n), "test") for n in names]
    assert {text[a:b] for a, b in elsewhere_spans(text, mentions)} == elsewhere


def test_a_town_whose_village_lies_at_a_border_is_no_neighbour() -> None:
    # no 与 opens the chain: the village is said to lie at the border, its town is not across it
    from epikg.extract.place_roles import elsewhere_spans

    text = "沿浦镇界牌村是浙闽交界的一个行政村。"
    mentions = [
        Mention(n, EntityType.PLACE, text.index(n), text.index(n) + len(n), "test")
        for n in ("沿浦镇", "界牌村")
    ]
    assert "沿浦镇" not in {text[a:b] for a, b in elsewhere_spans(text, mentions)}


def test_a_measure_at_a_counties_listed_towns_applies_to_the_county() -> None:
    """`道县梅花镇、仙子脚镇、清塘镇等地`: the county heads the chain; the list is of its towns."""
    text = "道县梅花镇、仙子脚镇、清塘镇等地均已设立临时隔离点。"
    assert where(text, "隔离点", ["道县", "梅花镇", "仙子脚镇", "清塘镇"]) == "道县"


def test_a_team_sent_to_a_town_works_there() -> None:
    text = "新田县召开会议。县疾控中心组成3支流调队伍赶赴新圩镇开展协查。"
    assert where(text, "协查", ["新田县", "新圩镇"]) == "新圩镇"


def test_a_sentence_that_opens_with_a_list_of_places_is_about_what_covers_them() -> None:
    """`在某某收费站、某某镇…等处设置查验点,…查验健康码`: not the first listed place alone."""
    text = "南县召开会议。在金桥收费站、茅草街镇、南洲镇等处设置查验点,对入县车辆逐一查验健康码。"
    assert where(text, "健康码", ["南县", "金桥收费站", "茅草街镇", "南洲镇"]) == "南县"


@pytest.mark.parametrize(
    ("text", "trigger", "places", "place"),
    [
        # the list's other members are no places read (a body's name, `冯宅村委会`): still one of several villages
        (
            "枫木镇召开会议。枫木镇在镇区和冯宅村委会、枫木居委会等11个村设置核酸采样点23个。",
            "核酸采样点",
            ["枫木镇", "枫木居委会"],
            "枫木镇",
        ),
        # two towns with no list mark between them, 等地 after the second
        (
            "吉隆县召开会议。县领导到宗嘎镇吉隆镇等地督导检查。",
            "督导检查",
            ["吉隆县", "宗嘎镇", "吉隆镇"],
            "吉隆县",
        ),
        ("南县召开会议。在茅草街镇等5个乡镇设立卡点。", "卡点", ["南县", "茅草街镇"], "南县"),
        # a list joined by 以及, closed by 等 and which ways
        (
            "芮城县召开会议。县指挥部在风陵渡黄河大桥、运宝黄河大桥以及芮城收费站等进县通道设立6个检查站。",
            "检查站",
            ["芮城县", "风陵渡黄河大桥", "运宝黄河大桥", "芮城收费站"],
            "芮城县",
        ),
        (
            "南县召开会议。在南洲镇北河口村等村口设置劝导点12个。",
            "劝导点",
            ["南县", "南洲镇", "北河口村"],
            "南洲镇",
        ),
    ],
)
def test_a_place_that_deng_closes_is_one_of_several_the_measure_covers(
    text: str, trigger: str, places: list[str], place: str
) -> None:
    assert where(text, trigger, places) == place


def test_a_visit_to_a_list_of_sites_that_deng_closes_covers_them_all() -> None:
    """`前往县汽车总站、万达广场、澧南镇政府…等地实地督导`: one site of the list, the only one read as a place, is not
    where the visit was; a trigger inside an item is that item's."""
    text = "东山县召开会议。东山县县长先后前往县汽车站、人民广场、城关镇政府等地督导疫情防控工作。"
    assert where(text, "督导", ["东山县", "人民广场"]) == "东山县"
    text = "东山县召开会议。东山县县长先后前往县汽车站、人民广场防疫服务点等地督导。"
    assert where(text, "服务点", ["东山县", "人民广场"]) == "人民广场"


def test_a_place_followed_by_deng_of_no_list_is_where() -> None:
    # 等 that opens a verb (`等候`) closes no list
    text = "南县召开会议。在茅草街镇设立卡点。群众在南洲镇等候检测。"
    assert where(text, "检测", ["南县", "茅草街镇", "南洲镇"]) == "南洲镇"


def test_a_measure_for_people_from_a_listed_origin_is_local() -> None:
    text = "襄垣县古韩镇发布通告。从北京、河北及长治市区返乡人员,须提前向所在村报备。"
    assert where(text, "报备", ["襄垣县", "古韩镇", "北京", "河北", "长治市"]) == "古韩镇"


def test_a_chain_that_opens_the_sentence_is_where_its_measures_were_taken() -> None:
    text = "安福县召开会议。在安福县横龙镇南田村,党员志愿者轮流值守村口。"
    assert where(text, "值守", ["安福县", "横龙镇", "南田村"]) == "南田村"


def test_a_measure_at_several_listed_places_applies_to_the_scope_word() -> None:
    text = "梨树县召开会议。在十家堡镇、喇嘛甸镇设立县级疫情防控卡点5个。"
    assert where(text, "卡点", ["梨树县", "十家堡镇", "喇嘛甸镇"]) == "梨树县"


def test_a_measure_at_several_listed_villages_applies_to_their_stated_town() -> None:
    text = "浦市镇召开会议。浦市镇全力防控。在浦市镇庄尚村、浦溪村设置了3个服务点。"
    assert where(text, "服务点", ["浦市镇", "庄尚村", "浦溪村"]) == "浦市镇"


def test_a_city_named_only_as_an_origin_is_not_what_the_article_is_about() -> None:
    text = "南县全力防控。对从武汉返乡人员逐一登记。武汉返乡人员一律居家隔离。干部开展核酸检测。"
    assert where(text, "核酸检测", ["南县", "武汉"]) == "南县"


def test_a_scope_word_means_the_place_of_its_level_named_before_it_in_its_own_clause() -> None:
    """`本村` after `东湖村` is 东湖村, not the village the article names most (西山村)."""
    text = "南洲镇西山村排查返乡人员。西山村发放通知。西山村登记车辆。南洲镇东湖村禁止本村人员走亲访友。"
    assert where(text, "走亲访友", ["南洲镇", "西山村", "东湖村"]) == "东湖村"


def test_a_scope_word_does_not_mean_a_place_another_clause_names() -> None:
    """`我县` is the article's county, not the district with an outbreak that the clause before names."""
    text = "南县召开会议。南县全力防控。广州市白云区发生疫情,我县对来自该区的人员一律实行核酸检测。"
    assert where(text, "核酸检测", ["南县", "广州市", "白云区"]) == "南县"


def test_a_scope_word_after_a_time_phrase_opens_its_clause() -> None:
    """`春节期间全县范围内倡导…,各类聚餐…`: the county, not the town the reply is from."""
    text = (
        "南县周溪镇答复来信。周溪镇已调查。春节期间全县范围内倡导喜事缓办,各类聚餐聚会人数原则上不超过10人。"
    )
    assert where(text, "聚餐", ["南县", "周溪镇"]) == "南县"


def test_a_scope_word_in_an_earlier_clause_of_the_sentence_covers_the_measure() -> None:
    """`对全县商超开展巡查,累计出动执法人员860余人次`: the county, not the town the article names most; a place the
    sentence names in an earlier clause is no scope (`在南洲镇城区开展核酸检测,检测时全程佩戴口罩`)."""
    text = "南县南洲镇农贸市场暂停营业。南洲镇商超转为线上下单。县市场监督管理局对全县商超开展巡查,累计出动执法人员860余人次。"
    assert where(text, "执法", ["南县", "南洲镇"]) == "南县"
    town = "南县南洲镇发布通告。县指挥部决定,8月28日在南洲镇城区开展核酸检测,检测时全程佩戴口罩。"
    assert where(town, "口罩", ["南县", "南洲镇"]) == "南洲镇"
    # a comparison is no scope
    first = "南县南洲镇发布通告。南洲镇率先行动。南洲镇党委在全县率先成立前线指挥部,下沉干部200人。"
    assert where(first, "下沉", ["南县", "南洲镇"]) == "南洲镇"


def test_a_partner_across_a_border_is_not_where_the_measure_is_taken() -> None:
    text = (
        "吕寨镇。在与河南省沈丘县交界的道路设立联合卡口,与沈丘方面互通返乡人员信息,对过往人员逐一测温登记。"
    )
    assert where(text, "返乡人员", ["吕寨镇", "河南省", "沈丘县", "沈丘"]) == "吕寨镇"


def test_a_place_that_sends_checks_is_not_where_they_are_made() -> None:
    text = "南县全力防控。南县对西安市推送的协查信息逐一核查。"
    assert where(text, "核查", ["南县", "西安市"]) == "南县"


def test_a_scope_word_does_not_mean_a_place_of_origin_named_before_it() -> None:
    text = "南县召开会议。从长沙市返乡的人员，全市一律居家隔离。"
    assert where(text, "居家隔离", ["南县", "长沙市"]) != "长沙市"


def test_a_place_where_the_news_was_heard_is_where_its_scope_word_applies() -> None:
    text = "笔者从南洲镇了解到，该镇全镇上下进入战时机制。"
    assert where(text, "战时机制", ["南洲镇"]) == "南洲镇"


def test_a_news_outlet_reports_a_measure_and_orders_none() -> None:
    def orderer(text: str, trigger: str, bodies: list[str]) -> str | None:
        mentions = [
            Mention(b, EntityType.ORGANIZATION, text.index(b), text.index(b) + len(b), "test") for b in bodies
        ]
        sentence = split_sentences(text)[0]
        start = text.index(trigger)
        measure = Measure("checkpoint", trigger, start, start + len(trigger), 0)
        body = ordering_body(measure, sentence, mentions)
        return body.text if body is not None else None

    assert orderer("南县新闻网讯 南洲镇在各路口设立卡点。", "卡点", ["南县新闻网"]) is None
    assert (
        orderer("南县新闻网讯 县公安局在各路口设立卡点。", "卡点", ["南县新闻网", "县公安局"]) == "县公安局"
    )


def ordered_by(text: str, trigger: str, read: list[str], people: tuple[str, ...] = ()) -> str | None:
    """The body that ordering_body gives for the trigger's measure, the text's mentions being `read` (bodies, and
    places where they end in 村, 镇 or 县) and `people`."""

    def kind(name: str) -> EntityType:
        if name in people:
            return EntityType.PERSON
        return EntityType.PLACE if name.endswith(("村", "镇", "县")) else EntityType.ORGANIZATION

    mentions = [Mention(n, kind(n), text.index(n), text.index(n) + len(n), "test") for n in [*read, *people]]
    start = text.index(trigger)
    measure = Measure("checkpoint", trigger, start, start + len(trigger), 0)
    body = ordering_body(measure, split_sentences(text)[0], mentions, text=text)
    return body.text if body is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "bodies", "expected"),
    [
        # the bodies after 在 are where the points are set up; the bureau before them sets them up
        (
            "县卫健局在县人民医院、县中医医院设立接种点。",
            "接种",
            ["县卫健局", "县人民医院", "县中医医院"],
            "县卫健局",
        ),
        ("会议在县工业园管委会会议室召开,部署复工。", "复工", ["县工业园管委会"], None),
        # the hospitals staff are drawn from: the headquarters before them orders
        (
            "县疫情防控指挥部从县人民医院、县中医医院抽调医护人员46名组成隔离点工作专班。",
            "工作专班",
            ["县疫情防控指挥部", "县人民医院", "县中医医院"],
            "县疫情防控指挥部",
        ),
        # the companies visited are where the group looks, not who orders the visit
        (
            "镇联络组先后深入锦港花炮有限公司、协晟鞋业有限公司,调研企业疫情防控工作。",
            "调研",
            ["镇联络组", "锦港花炮有限公司", "协晟鞋业有限公司"],
            "镇联络组",
        ),
        # but a body that a frame of leading closes leads what is done
        ("在三湖社区大党委的统一领导下,对两个卡点进行值守。", "卡点", ["三湖社区大党委"], "三湖社区大党委"),
        # the places of a written chain before the body: still where, not who
        (
            "在广河县三甲集镇卫生院接种点,群众排队接种。",
            "接种",
            ["广河县", "三甲集镇", "三甲集镇卫生院"],
            None,
        ),
        # where a road leads: the body's seat is a place on the way, no one who acts
        (
            "村里只有一条路通往马鹿沟镇政府所在地,工作队在村口搭起卡点。",
            "卡点",
            ["马鹿沟镇政府"],
            None,
        ),
        # the body the news came from announces what it ordered
        (
            "记者从县疫情防控指挥部获悉,全县小区一律封闭管理。",
            "封闭",
            ["县疫情防控指挥部"],
            "县疫情防控指挥部",
        ),
    ],
)
def test_a_body_after_a_preposition_of_place_is_where_not_who(
    text: str, trigger: str, bodies: list[str], expected: str | None
) -> None:
    assert ordered_by(text, trigger, bodies) == expected


def test_a_governments_account_is_an_outlet_and_orders_nothing() -> None:
    """`微信公众号"甘州发布"`: the account a body posts on is an outlet, like a newspaper; the body orders."""
    text = "县卫健局要通过微信公众号甘州发布滚动播放防疫知识。"
    assert ordered_by(text, "播放", ["县卫健局", "甘州发布"]) == "县卫健局"


@pytest.mark.parametrize(
    ("text", "trigger", "bodies", "expected"),
    [
        # a partner the village works with: no orderer named
        ("村里已与长甸镇供销社对接,由志愿者统一采购、送货上门。", "送货上门", ["长甸镇供销社"], None),
        ("镇政府与县供销社线上对接,为居民配送蔬菜。", "配送", ["镇政府", "县供销社"], "镇政府"),
        # 与 of a joint action, no partnership: both act, the nearest orders
        ("县卫健局与县公安局开展联合排查。", "排查", ["县卫健局", "县公安局"], "县公安局"),
    ],
)
def test_a_partner_orders_no_measure(
    text: str, trigger: str, bodies: list[str], expected: str | None
) -> None:
    assert ordered_by(text, trigger, bodies) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "bodies", "expected"),
    [
        # whose notice the loudspeakers play wrote it; who plays it is not named
        ("利用大喇叭播放县防指最新公告。", "大喇叭", ["县防指"], None),
        ("村里用喇叭循环播放市、县疫情防控指挥部发布的通告。", "喇叭", ["市", "县疫情防控指挥部"], None),
        ("宣传车播放市县指挥部公告。", "宣传车", ["市", "县指挥部"], None),
        # the one named before still orders; a body that acts after the trigger still does
        ("镇政府利用大喇叭播放县防指通告。", "大喇叭", ["镇政府", "县防指"], "镇政府"),
        ("卡口由县公安局负责值守。", "卡口", ["县公安局"], "县公安局"),
        # a document's word as a verb: the body acts
        ("商贸企业复工时间由县商务局另行通知。", "复工", ["县商务局"], "县商务局"),
        ("复工时间由县商务局通知各企业。", "复工", ["县商务局"], "县商务局"),
    ],
)
def test_the_body_whose_document_is_passed_on_orders_no_passing_on(
    text: str, trigger: str, bodies: list[str], expected: str | None
) -> None:
    assert ordered_by(text, trigger, bodies) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "bodies", "expected"),
    [
        # the company calls on its couriers to take part in the lockdown's work; it orders no lockdown
        ("顺丰速运发布倡议,动员骑手参与疫情封控工作。", "封控", ["顺丰速运"], None),
        ("县委组织部号召党员投身到核酸检测工作中。", "核酸检测", ["县委组织部"], None),
        # the one named before the body taking part may order it; a list takes part together
        ("县卫健局要求县人民医院配合开展核酸检测。", "核酸检测", ["县卫健局", "县人民医院"], "县卫健局"),
        ("县委组织部、县妇联号召党员投身到核酸检测工作中。", "核酸检测", ["县委组织部", "县妇联"], None),
        # a body that puts its people to work in it directs it
        ("县卫健局组织医务人员1800余名参与采样。", "采样", ["县卫健局"], "县卫健局"),
        # a body named after the verb of taking part is the one whose work it is
        ("县公安局配合县卫健局开展流调。", "流调", ["县公安局", "县卫健局"], "县卫健局"),
        # a clause between: the body that asks for both still orders the second
        ("县委要求各单位积极参与疫情防控,全面开展核酸检测。", "核酸检测", ["县委"], "县委"),
        # a verb inside a name is none (加入村 is a village)
        ("区卫健委到乡里查看加入村核酸采样点。", "核酸", ["区卫健委", "加入村"], "区卫健委"),
    ],
)
def test_a_body_that_takes_part_in_a_measure_does_not_order_it(
    text: str, trigger: str, bodies: list[str], expected: str | None
) -> None:
    assert ordered_by(text, trigger, bodies) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "bodies", "expected"),
    [
        ("县卫健局联合县公安局开展排查。", "排查", ["县卫健局", "县公安局"], "县卫健局"),
        (
            "县委书记带领县卫健局、县交通运输局负责人到高速路口检查卡点。",
            "卡点",
            ["县委", "县卫健局", "县交通运输局"],
            "县委",
        ),
        # no body named before the verb: the ones it names act
        ("联合县市场监管所等部门开展疫情防控宣传。", "宣传", ["县市场监管所"], "县市场监管所"),
        # the body that coordinates others orders what they do
        (
            "区商务委协调永辉超市、重百超市等保供企业开通线上订购,配送生活物资。",
            "配送",
            ["区商务委", "永辉超市", "重百超市"],
            "区商务委",
        ),
    ],
)
def test_bodies_led_along_or_worked_with_follow_the_one_that_leads(
    text: str, trigger: str, bodies: list[str], expected: str | None
) -> None:
    assert ordered_by(text, trigger, bodies) == expected


def test_officials_listed_with_their_posts_who_join_a_visit_each_take_part() -> None:
    """`…米晓东,六盘山镇党委书记撒志强,县政府办主任兰德才参加督导检查`: the verb of taking part follows the last one, and
    every listed official's body takes part in the visit; none orders it."""
    text = "泾河源镇党委副书记、镇长米晓东,六盘山镇党委书记撒志强,县政府办主任兰德才参加督导检查。"
    read = ["泾河源镇党委", "六盘山镇党委", "县政府办"]
    assert ordered_by(text, "督导", read, people=("米晓东", "撒志强", "兰德才")) is None
    # the holder of two posts: both bodies take part
    text = "县委常委、县委办主任沈志勇,县卫生健康局局长范红梅参加督导。"
    assert ordered_by(text, "督导", ["县委", "县委办", "县卫生健康局"], people=("沈志勇", "范红梅")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "bodies", "expected"),
    [
        (
            "青化镇党委调整充实镇联防联控工作领导小组工作力量,班子成员每天在包抓村开展地毯式摸排。",
            "摸排",
            ["青化镇党委", "镇联防联控工作领导小组"],
            "青化镇党委",
        ),
        ("县委成立疫情防控指挥部,在全县设立卡点12个。", "卡点", ["县委", "疫情防控指挥部"], "县委"),
        ("成立了以县长为组长的疫情防控领导小组,全面开展排查。", "排查", ["疫情防控领导小组"], None),
        # nor does a body named after the trigger stand in for whoever set the group up
        ("县里成立方舱医院建设指挥部,县委副书记任总指挥。", "指挥部", ["方舱医院建设指挥部", "县委"], None),
        # 组成 in 该组成员 (members) sets nothing up
        ("该组成员由镇政府、镇派出所构成,每天开展巡查。", "巡查", ["镇政府", "镇派出所"], "镇派出所"),
        # set up in an earlier sentence, the group acts in this one
        ("疫情防控领导小组在全县开展排查。", "排查", ["疫情防控领导小组"], "疫情防控领导小组"),
    ],
)
def test_a_body_the_sentence_sets_up_orders_none_of_its_measures(
    text: str, trigger: str, bodies: list[str], expected: str | None
) -> None:
    """The body is the object of setting up (data/org_setup_verbs.txt); whoever sets it up, named or not, acts."""
    assert ordered_by(text, trigger, bodies) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "bodies", "expected"),
    [
        # after a clause of purpose or topic, the body that opens the next clause acts
        ("为保障群众生活,献县供销社组织爱心蔬菜进村。", "保障群众生活", ["献县供销社"], "献县供销社"),
        ("物资保障方面,县发改委紧急调运方便面2800箱。", "物资保障", ["县发改委"], "县发改委"),
        ("让督查见实效,镇纪委带领督查考核组开展工作督查。", "督查", ["镇纪委"], "镇纪委"),
        # in the trigger's own clause
        ("隔离点的卡口由县公安局负责值守。", "卡口", ["县公安局"], "县公安局"),
        # the next clause opening with who carries it out
        ("对返乡人员实行落地检,由镇卫生院医护人员上门采样。", "落地检", ["镇卫生院"], "镇卫生院"),
        # a later clause that does something else
        ("雪山卡点设立当天,威宁县委组织部即指导成立临时党支部。", "卡点", ["威宁县委组织部"], None),
        ("全省启动一级响应以来,县公安局迅速成立领导小组。", "一级响应", ["县公安局"], None),
        ("落实14天居家隔离,每天两次测温并上报县疾控中心。", "居家隔离", ["县疾控中心"], None),
    ],
)
def test_a_body_named_after_the_trigger_orders_it_only_where_it_acts_there(
    text: str, trigger: str, bodies: list[str], expected: str | None
) -> None:
    assert ordered_by(text, trigger, bodies) == expected


def test_a_body_in_a_list_of_places_visited_orders_nothing() -> None:
    """`前往县汽车总站、万达广场、澧南镇政府、…服务点`: the town's government is one stop of the visit, listed among
    places, not who set up the point."""
    text = "县长王启武先后前往县汽车总站、万达广场、澧南镇政府、高速出入口防疫健康服务点等地督导。"
    read = [
        ("县汽车总站", EntityType.PLACE),
        ("万达广场", EntityType.PLACE),
        ("澧南镇政府", EntityType.ORGANIZATION),
    ]
    mentions = [Mention(n, kind, text.index(n), text.index(n) + len(n), "test") for n, kind in read]
    start = text.index("服务点")
    measure = Measure("checkpoint", "服务点", start, start + 3, 0)
    assert ordering_body(measure, split_sentences(text)[0], mentions, text=text) is None


def test_a_group_set_up_by_listing_its_tasks_orders_nothing_in_that_sentence(tmp_path) -> None:  # noqa: ANN001
    """`组建卡点咨询服务、重点场所巡查两个工作专班`: the 巡查 inside a listed task is the setter's, not the sibling group's."""
    from epikg.document import extract, read_article

    page = tmp_path / "p.txt"
    page.write_text("2022年3月1日，浦市镇党委组建卡点咨询服务、重点场所巡查两个工作专班。", encoding="utf-8")
    orderers = {m.ordered_by for m in extract(read_article(page)).measures}
    assert orderers and not any(o and o.endswith("工作专班") for o in orderers)


def test_a_task_that_names_a_group_is_no_measure(tmp_path) -> None:  # noqa: ANN001
    """`下设宣传引导、物资保障两个工作专班`: the groups are set up (command_system); publicity and supplies are their
    tasks, not measures the sentence reports."""
    from epikg.document import extract, read_article

    page = tmp_path / "p.txt"
    page.write_text("2022年3月1日，县防指下设宣传引导、物资保障两个工作专班。", encoding="utf-8")
    assert {m.category for m in extract(read_article(page)).measures} == {"command_system"}


def test_a_county_level_citys_own_bodies_make_it_what_the_article_is_about() -> None:
    """A city leaders' tour (`琼海市`): the towns and a village it visits are named once each, its `市` bodies
    and `全市` many times; the city, not the village, is where its unplaced measures apply."""
    text = (
        "琼海市委书记深入嘉积镇、博鳌镇督导。在博鳌镇东屿村,全村实行网格化管理。"
        "随后召开会议,听取市卫健局、市疾控中心、市公安局汇报。全市已排查返乡人员。会议要求暂停农村集体聚餐。"
    )
    mentions = []
    for name, kind in [
        ("琼海市", EntityType.PLACE),
        ("嘉积镇", EntityType.PLACE),
        ("博鳌镇", EntityType.PLACE),
        ("东屿村", EntityType.PLACE),
        ("市卫健局", EntityType.ORGANIZATION),
        ("市疾控中心", EntityType.ORGANIZATION),
        ("市公安局", EntityType.ORGANIZATION),
    ]:
        start = 0
        while (start := text.find(name, start)) >= 0:
            mentions.append(Mention(name, kind, start, start + len(name), "test"))
            start += len(name)
    mentions.sort(key=lambda m: m.start)
    _, locality = read_places(mentions, text=text, doc_id="t")
    assert locality.main is not None and locality.main.name == "琼海市"


def test_a_subject_that_opens_an_earlier_clause_is_where_the_measure_was_taken() -> None:
    """`近日,南洲镇坚持…,在各村设立卡点`: the clause's subject, though a time phrase opens the sentence."""
    text = "南县召开会议。南县全力防控。近日,南洲镇坚持防控优先,在各村设立卡点。"
    assert where(text, "卡点", ["南县", "南洲镇"]) == "南洲镇"
    text = "南县召开会议。南县全力防控。疫情发生后,东坡村迅速行动,在村口设立卡点。"
    assert where(text, "卡点", ["南县", "东坡村"]) == "东坡村"


def test_a_place_inside_an_earlier_clause_is_no_subject() -> None:
    text = "南县召开会议。南县全力防控。为了保障南洲镇群众的安全,在各村设立卡点。"
    assert where(text, "卡点", ["南县", "南洲镇"]) == "南县"


def test_an_outbreak_elsewhere_that_opens_the_sentence_is_not_where_the_measure_was_taken() -> None:
    """`武汉市发生疫情后,…`: a division outside the article's own county, named before the measure's clause."""
    text = "扶风县召开会议。扶风县全力防控。武汉市发生疫情后,开展全员核酸检测。"
    assert where(text, "核酸检测", ["扶风县", "武汉市"]) == "扶风县"
    text = "扶风县召开会议。扶风县全力防控。宝鸡市发生疫情后,开展全员核酸检测。"
    assert where(text, "核酸检测", ["扶风县", "宝鸡市"]) == "宝鸡市"  # its own city


def test_a_later_clause_opened_by_a_place_that_is_no_division_lists_where() -> None:
    """`南洲镇三个管控区:兴盛菜市场,宣布解封`: the market is where, named in a list; the town is the subject."""
    text = "南县召开会议。南县全力防控。4月4日,南洲镇三个管控区:兴盛菜市场,宣布解封。"
    assert where(text, "解封", ["南县", "南洲镇", "兴盛菜市场"]) == "南洲镇"


def test_a_later_clause_whose_chain_runs_into_a_bodys_name_has_the_body_for_subject() -> None:
    """`聊城市东昌府区` + `侯营镇党委、政府…,成立…小组`: not the district that heads the body's name."""
    text = "侯营镇召开会议。侯营镇全力防控。面对疫情,聊城市东昌府区侯营镇党委响应号召,成立防控小组。"
    body = text.index("侯营镇党委")
    mentions = [Mention("侯营镇", EntityType.PLACE, i, i + 3, "test") for i in (0, 8)]
    mentions += [
        Mention(n, EntityType.PLACE, text.index(n), text.index(n) + len(n), "test")
        for n in ("聊城市", "东昌府区")
    ]
    mentions.append(Mention("侯营镇党委", EntityType.ORGANIZATION, body, body + 5, "test"))
    assert place_of(text, "防控小组", mentions) == "侯营镇"


@pytest.mark.parametrize(
    "text",
    [
        "南洲镇召开会议。南洲镇全力防控。为了打通宣传最后一公里,近期南县充分利用大喇叭宣传防疫知识。",
        "南洲镇召开会议。南洲镇全力防控。除了巧用大喇叭宣传外,南县还组织流动宣传车。",
        "南洲镇召开会议。南洲镇全力防控。为做好宣传工作,让群众知晓政策,南县组织流动宣传车。",
    ],
)
def test_a_measure_in_a_clause_of_purpose_or_addition_is_the_next_clauses_subjects(text: str) -> None:
    """`为了打通宣传最后一公里,近期南县…`: the purpose clause has no subject of its own; the main clause's is the
    place, not the town the article is mostly about."""
    assert where(text, "宣传", ["南洲镇", "南县"]) == "南县"


def test_a_main_clause_that_opens_with_no_place_leaves_a_purpose_clause_to_the_article() -> None:
    text = "南县召开会议。南县全力防控。为了打通宣传最后一公里,各村充分利用大喇叭。"
    assert where(text, "宣传", ["南县"]) == "南县"


@pytest.mark.parametrize("elsewhere", ["外省部分地区", "在其他地区", "有的地方"])
def test_a_measure_taken_elsewhere_is_at_no_place_of_the_article(elsewhere: str) -> None:
    """`外省部分地区已实行封闭式管理` in a page about 南洲镇: the lockdown is elsewhere, not the article's town."""
    text = f"南洲镇召开会议。南洲镇党员带头。{elsewhere}已实行封闭式管理。"
    assert where(text, "封闭式管理", ["南洲镇"]) is None
    assert (
        where("南洲镇召开会议。南洲镇党员带头。全镇已实行封闭式管理。", "封闭式管理", ["南洲镇"]) == "南洲镇"
    )


def test_people_from_elsewhere_leave_the_measure_here() -> None:
    text = "南洲镇召开会议。南洲镇党员带头。对外地返乡人员一律实行居家隔离。"
    assert where(text, "居家隔离", ["南洲镇"]) == "南洲镇"


def test_the_county_or_town_the_article_speaks_of_by_gai_is_its_own() -> None:
    """`该乡`, `该镇`, `该县`: the article's own township or county, as 全乡 and 我乡 (data/measure_places.tsv), not the
    village the paragraph named before."""
    text = "大水沟乡召开会议。大水沟乡牛俄村响起了广播。\n该乡充分调动党员干部、巾帼志愿者开展宣传。"
    assert where(text, "志愿者", ["大水沟乡", "牛俄村"]) == "大水沟乡"


def test_a_chain_that_runs_into_a_bodys_name_ends_at_the_bodys_place() -> None:
    """`岳阳市平江县公安局民警在卡点执勤`: the chain 岳阳市 -> 平江县 goes on inside the body's name; the measure is
    at its last link, not at the city that heads it."""
    text = "岳阳市平江县公安局民警在卡点执勤。"
    mentions = [
        Mention("岳阳市", EntityType.PLACE, 0, 3, "test"),
        Mention("平江县公安局", EntityType.ORGANIZATION, 3, 9, "test"),
    ]
    assert place_of(text, "卡点", mentions) == "平江县"


def test_a_county_heading_the_title_of_an_article_about_its_town_leaves_the_town(tmp_path) -> None:  # noqa: ANN001
    """`鹤峰县:...` as the headline of an article about 容美镇: the town's unplaced measures stay the town's (a
    county heading a line makes a roundup's paragraph the county's, not a headline over one of its towns)."""
    from epikg.document import extract, read_article

    page = tmp_path / "p.txt"
    page.write_text(
        "鹤峰县:“五个到位”织密农村疫情防控网\n"
        "今年以来,鹤峰县容美镇坚持“五个到位”。一是排查到位,对外地返乡人员逐一登记。"
        "二是宣传到位,通过村村通广播发布防控信息。全镇34个村组建网格员队伍。\n",
        encoding="utf-8",
    )
    places = {m.place.name for m in extract(read_article(page)).measures if m.place is not None}
    assert places == {"容美镇"}


def test_a_city_counted_in_a_tally_of_cases_is_not_what_the_article_is_about() -> None:
    """A provincial roundup that lists its cities' cases (`其中,甲市4例、乙市3例`) is about its province: a
    measure with no place of its own goes there, not to the city the tally names first."""
    text = "河西省报告新增确诊病例9例,其中,甲山市4例、乙水市3例、丙林市2例。目前追踪到密切接触者300人。"
    assert where(text, "追踪", ["河西省", "甲山市", "乙水市", "丙林市"]) == "河西省"


def test_the_one_place_a_report_counts_cases_of_is_still_what_it_is_about() -> None:
    text = "南县新增确诊病例2例。南县全力防控。目前追踪到密切接触者30人。"
    assert where(text, "追踪", ["南县"]) == "南县"


def test_neighbours_beside_the_articles_own_place_by_name_act_outside_its_area() -> None:
    """`与望奎接壤的兰西县、青冈县已加强卡口管控` on a page about 望奎县: the neighbours' checkpoints, not the county's."""
    from epikg.extract.measure_places import place_measures

    text = "望奎县全力防控。望奎县开展核酸检测。与望奎接壤的兰西县、青冈县已加强卡口管控。"
    mentions = []
    for name in ("望奎县", "兰西县", "青冈县", "望奎"):
        for at in range(len(text)):
            taken = any(m.start <= at < m.end for m in mentions)
            if text.startswith(name, at) and not taken:
                mentions.append(Mention(name, EntityType.PLACE, at, at + len(name), "test"))
    mentions.sort(key=lambda m: m.start)
    resolved, locality = read_places(mentions, text=text, doc_id="t")
    sentences = split_sentences(text)
    start = text.index("卡口")
    measure = Measure("checkpoint", "卡口", start, start + 2, 2)
    (placed,) = place_measures(text, sentences, [measure], mentions, resolved, locality, {})
    assert placed.place is not None and placed.place.name == "兰西县" and placed.elsewhere


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("邻近的藁城区已实行封控管理", "藁城区"),
        ("芮城县与河南省灵宝市隔河相望,在大桥设立检查站", "灵宝市"),  # facing across the river
    ],
)
def test_a_neighbouring_place_is_elsewhere(text: str, name: str) -> None:
    start = text.index(name)
    assert is_elsewhere(text, Mention(name, EntityType.PLACE, start, start + len(name), "test"))


def test_a_neighbour_that_opens_the_clause_takes_the_measure_it_does_to_a_place_it_names() -> None:
    """`邻近的藁城区增村镇已将小果庄村村民转运至集中隔离点`: the neighbour's measure, not the village's own."""
    text = "晋州市全力防控。晋州市设卡。邻近的藁城区增村镇已将小果庄村村民整体转运至集中隔离点。"
    assert where(text, "隔离", ["晋州市", "藁城区", "增村镇", "小果庄村"]) == "增村镇"


def test_a_reporter_at_a_village_sets_the_scene_of_the_paragraph(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(
        "仙居县开展疫情防控。\n记者在仙居县官路镇石井村看到,村里专门安排人员在村口设点检查。家宴中心临时关闭。\n",
        encoding="utf-8",
    )
    found = {(m.category, m.place.name if m.place else None) for m in extract(read_article(page)).measures}
    assert ("checkpoint", "石井村") in found and ("venue_closure", "石井村") in found


def test_a_place_joined_by_hills_and_rivers_is_a_neighbour() -> None:
    """`与河南省博爱县山水相连`: adjoining, across the provinces' border; not where the town's measures are taken."""
    text = "晋庙铺镇地处晋豫两省交界,与河南省博爱县山水相连,207国道穿境而过。"
    start = text.index("博爱县")
    assert is_elsewhere(text, Mention("博爱县", EntityType.PLACE, start, start + 3, "test"))


def test_a_press_answers_speaker_and_where_someone_is_leave_the_place_opening_the_clause() -> None:
    """`邬志刚:答:协查人员所在的龙津洲社区锦绣华庭小区,我们…实行封闭管理`: past the speaker's label and the people
    who are there, the compound opens the answer, and the lockdown is taken there, not in the city."""
    text = "丰城市召开发布会。邬志刚:答:协查人员所在的龙津洲社区锦绣华庭小区,我们从8月6日起实行封闭管理。"
    assert where(text, "封闭管理", ["丰城市", "龙津洲社区", "锦绣华庭小区"]) == "锦绣华庭小区"


def test_a_scope_word_opening_an_earlier_clause_covers_the_measures_after_it() -> None:
    """`全县共排查返乡人员1200人,全部落实居家隔离`: the quarantine is the county's, not the town the article is about."""
    text = "平江县白沙镇加强防控,白沙镇在各路口设立卡点。全县共排查返乡人员1200人,全部落实居家隔离。"
    assert where(text, "各路口", ["平江县", "白沙镇"]) == "白沙镇"  # the article's own town
    assert where(text, "居家隔离", ["平江县", "白沙镇"]) == "平江县"


def test_the_towns_area_is_the_town() -> None:
    """`镇域内`: within the town, as 县域 is the county's; not the village the clause before named."""
    text = "双龙镇召开会议。十八洞村景区暂停接待旅游团队,镇域内农家乐、民宿严格落实扫码、测温。"
    assert where(text, "扫码", ["双龙镇", "十八洞村"]) == "双龙镇"


def test_a_scope_word_means_the_place_of_the_speakers_body_of_its_level() -> None:
    """`法特镇党委书记逯长海说,全镇24个村48个卡点,回来要测温`: 全镇 is 法特镇, in its clause and after it."""
    text = "舒兰市溪河镇加强防控,溪河镇在各村设立卡点。法特镇党委书记逯长海说,全镇24个村48个卡点,回来要测温。"
    body = text.index("法特镇党委")
    mentions = [
        Mention("舒兰市", EntityType.PLACE, 0, 3, "test"),
        Mention("溪河镇", EntityType.PLACE, 3, 6, "test"),
        Mention("溪河镇", EntityType.PLACE, 11, 14, "test"),
        Mention("法特镇", EntityType.PLACE, body, body + 3, "test"),
        Mention("法特镇党委", EntityType.ORGANIZATION, body, body + 5, "test"),
    ]
    assert place_of(text, "48个卡点", mentions) == "法特镇"
    assert place_of(text, "测温", mentions) == "法特镇"


def test_a_body_of_a_city_off_the_articles_line_names_no_scope() -> None:
    """`广州市白云区卫健局通报…,我县对来自该区的人员…`: 我县 is the article's own county, not 白云区."""
    text = "宜章县加强防控。广州市白云区卫健局通报新增病例,我县对来自该区的人员一律集中隔离。"
    body = text.index("广州市白云区卫健局")
    mentions = [
        Mention("宜章县", EntityType.PLACE, 0, 3, "test"),
        Mention("广州市", EntityType.PLACE, body, body + 3, "test"),
        Mention("白云区", EntityType.PLACE, body + 3, body + 6, "test"),
        Mention("广州市白云区卫健局", EntityType.ORGANIZATION, body, body + 9, "test"),
    ]
    assert place_of(text, "集中隔离", mentions) == "宜章县"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the county's seat said plainly is the county, a road right after it the place
        ("平江县白沙镇加强防控。县城所有网吧暂停营业。", "暂停营业", "平江县"),
        ("平江县白沙镇加强防控。县城的各个路口,民警劝返外地车辆。", "劝返", "平江县"),
        ("平江县白沙镇加强防控。在县城人民路,执勤民警劝导未戴口罩的行人。", "劝导", "人民路"),
        # where people go or come from is no scope
        ("平江县白沙镇加强防控。白沙镇干部开车去县城统一代购。", "代购", "白沙镇"),
    ],
)
def test_the_county_seat_said_plainly_is_the_county(text: str, trigger: str, place: str) -> None:
    assert where(text, trigger, ["平江县", "白沙镇", "人民路"]) == place


def test_a_place_after_a_scope_word_and_a_preposition_is_where_not_the_subject() -> None:
    """`全市在瑞昌收费站…设立检查点24个,城乡公交全部停运`: the buses stop across the city, not at the toll station."""
    text = "瑞昌市加强防控。全市在杭瑞高速瑞昌收费站设立检查点24个,城乡公交全部停运。"
    assert where(text, "停运", ["瑞昌市", "瑞昌收费站"]) == "瑞昌市"


def test_a_place_opening_a_laboratorys_name_is_not_where_testing_is_done() -> None:
    """`绵阳德康医学检验实验室`: a testing laboratory is a body (data/org_suffixes.txt), and the city its name opens
    with is no place of the measure; the county's is."""
    from epikg.ner import recognize

    text = "三台县加强检测。县疾控中心和绵阳德康医学检验实验室具备核酸检测资质。"
    mentions = list(recognize(text, split_sentences(text)))
    assert "绵阳德康医学检验实验室" in [m.text for m in mentions if m.type is EntityType.ORGANIZATION]
    assert place_of(text, "核酸", [m for m in mentions if m.type is not EntityType.PERSON]) == "三台县"


def test_a_higher_body_whose_deployment_is_followed_is_not_where_the_scope_word_points() -> None:
    """`按照牡丹江市委、市政府部署,我市启动战时机制` on a page about 绥芬河市 (a city of 牡丹江市): 我市 is the
    article's own city; the city whose deployment it followed is not."""
    text = "绥芬河市召开发布会。按照省委和牡丹江市委、市政府部署,我市迅速启动战时机制,设立卡点。"
    body = text.index("牡丹江市委")
    mentions = [
        Mention("绥芬河市", EntityType.PLACE, 0, 4, "test"),
        Mention("牡丹江市委", EntityType.ORGANIZATION, body, body + 5, "test"),
    ]
    assert place_of(text, "卡点", mentions) == "绥芬河市"
    spoken = "绥芬河市召开发布会。牡丹江市委书记王明说,我市设立卡点。"  # the speaker's body: his city
    body = spoken.index("牡丹江市委")
    mentions = [
        Mention("绥芬河市", EntityType.PLACE, 0, 4, "test"),
        Mention("牡丹江市委", EntityType.ORGANIZATION, body, body + 5, "test"),
    ]
    assert place_of(spoken, "卡点", mentions) == "牡丹江市"


def measures_placed(tmp_path: Path, story: str, *people: str, joined: bool = False) -> dict[str, str | None]:
    """Each measure's trigger -> the name of its place, on a page about 东山县 whose 城关镇红星村 has a party
    secretary, 张文明, and whose county head is 李强 (the model reading `people`); `joined`: the story goes on in the
    secretary's paragraph."""
    from epikg.document import extract
    from epikg.pipeline import read_article
    from helpers import SpanTagger

    page = tmp_path / "a.txt"
    page.write_text(
        "发布时间:2020-02-01\n东山县召开疫情防控会议。东山县县长李强要求各村严防严控。\n"
        f"城关镇红星村党支部书记张文明带领村干部值守。{'' if joined else chr(10)}{story}\n",
        encoding="utf-8",
    )
    found = extract(read_article(page), tagger=SpanTagger(*(("PER", name) for name in people)))
    return {m.trigger: m.place.name if m.place is not None else None for m in found.measures}


@pytest.mark.parametrize(
    "story",
    [
        "1月23日,张文明组织党员关闭了辖区5家茶馆。",  # after a time phrase
        "张文明还关闭了辖区5家茶馆。",  # opening the sentence
        "村里召开会议;张文明关闭了辖区5家茶馆。",  # opening a clause after a semicolon
        "在疫情面前,作为村里的领头羊,张文明关闭了辖区5家茶馆。",  # after frames that name no one
        "为了守住村口,张文明关闭了辖区5家茶馆。",  # after a clause of purpose
        "“不出门就是做贡献。”张文明关闭了辖区5家茶馆。",  # after a quote whose sentence ended inside it
    ],
)
def test_what_a_village_secretary_does_he_does_in_his_village(tmp_path: Path, story: str) -> None:
    """`1月23日,王勇然…关闭了辖区11家茶馆` after `唐冲村党支部书记王勇然`: the sentence's subject holds his posts in
    one village, so the measures of his sentence that name no place are that village's, not the county's."""
    assert measures_placed(tmp_path, story, "张文明", "李强")["关闭"] == "红星村"


def test_he_who_leads_the_sentence_after_the_secretary_in_his_paragraph_is_the_secretary(
    tmp_path: Path,
) -> None:
    """`…鸦窝村党支部书记陈军…。他还自费为村里的大喇叭更换了设备`: 他 is the person the paragraph named last."""
    assert (
        measures_placed(tmp_path, "他还关闭了辖区5家茶馆。", "张文明", "李强", joined=True)["关闭"]
        == "红星村"
    )
    # 他 opening a later clause of the sentence is its subject there; 他的 describes another
    later = measures_placed(tmp_path, "村民都很配合,他还关闭了辖区5家茶馆。", "张文明", "李强", joined=True)
    assert later["关闭"] == "红星村"
    whose = measures_placed(
        tmp_path, "村民都很配合,他的邻居说县里关闭了茶馆。", "张文明", "李强", joined=True
    )
    assert whose["关闭"] == "东山县"
    # in a paragraph of its own, 他 has no one named before it there; 他们 is no one person
    assert measures_placed(tmp_path, "他还关闭了辖区5家茶馆。", "张文明", "李强")["关闭"] == "东山县"
    they = measures_placed(tmp_path, "他们还关闭了辖区5家茶馆。", "张文明", "李强", joined=True)
    assert they["关闭"] != "红星村"


@pytest.mark.parametrize(
    "story",
    [
        "村民都说张文明好,全县关闭了5家茶馆。",  # he is no subject of the measure's clause
        "张文明的邻居说,县里关闭了5家茶馆。",  # he only describes the subject
        "1月23日,李强要求关闭5家茶馆。",  # the county head's sentence is the county's
        "张文明不顾东山县疫情防控指挥部关闭茶馆的通告,照常营业。",  # the county body's notice, named in the clause
        "在李强的部署下,张文明关闭了5家茶馆。",  # a frame that names someone else: whose deployment it is
        "村民们议论纷纷,有人说疫情严重,张文明关闭了5家茶馆。",  # clauses before him that are no frames
    ],
)
def test_a_sentence_not_led_by_a_village_secretary_stays_the_countys(tmp_path: Path, story: str) -> None:
    assert measures_placed(tmp_path, story, "张文明", "李强")["关闭"] == "东山县"
