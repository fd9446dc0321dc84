"""Places below the divisions and places the gazetteer misses (issue 13, item 6), and the generic
phrases that look like them but name nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner.places import place_mentions


def names(text: str) -> list[str]:
    return [m.text for m in place_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在金徽社区设立采样点。", "金徽社区"),
        ("青石社区、瑞丰国际社区开展核酸检测。", "瑞丰国际社区"),
        ("民警在安福街道巡逻。", "安福街道"),
        ("对兴盛菜市场实行封闭。", "兴盛菜市场"),
        ("在青溪花园设卡。", "青溪花园"),
        ("暂停在人民广场聚集。", "人民广场"),
        ("在东风路设立检查点。", "东风路"),
        ("在龙湾收费站检查车辆。", "龙湾收费站"),
        ("在双峰检查站值守。", "双峰检查站"),
        ("到G104国道查看卡点。", "G104国道"),
        ("到宁洛高速栾川下站口调研。", "栾川下站口"),  # and the motorway, 宁洛高速
        ("在京港澳高速汤阴站设立查验点。", "汤阴站"),  # a motorway's station named by its place
        ("河口镇松塘村惠民礼堂暂停使用。", "惠民礼堂"),
        ("明天工人就会来我们安乐社区安装路灯。", "安乐社区"),  # after a personal pronoun
    ],
)
def test_a_name_before_a_place_ending_is_a_place(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("各个路口设立卡点。", "路口"),
        ("村文化礼堂、老年活动室暂停开放。", "礼堂"),  # the village's hall, one of its kind
        ("镇干部每天到包抓村入户排查。", "村"),  # the villages a cadre answers for
        ("党员干部在包保村值守卡点。", "村"),
        ("全县卡点严格值守。", "卡点"),
        ("该小区实行封闭管理。", "小区"),
        ("这个广场暂停开放。", "广场"),
        ("本社区居民积极配合。", "社区"),
        ("广大社区居民积极配合。", "社区"),
        ("理清工作思路。", "路"),
        ("返乡必经之路。", "路"),
        ("在两县交界路段设卡。", "路"),
        ("走街串巷搞宣传、村口路头设关卡。", "路"),
        ("坚守村委会路口值守卡点。", "路口"),
        # a crossing is named by its roads (`人民路与解放路交叉口`), not by where it leads
        ("横龙镇在进镇路口设置劝返点。", "路口"),
        ("在各进村路口设卡。", "路口"),
        ("带头组建卡点。", "卡点"),
        ("乡镇、街道卡点全部到位。", "卡点"),
        ("设个卡点登记、量体温不就行了?", "卡点"),  # 设一个, the numeral left out
        ("管控区域实行“人不出小区、错峰取物”。", "小区"),  # a rule in a slogan, no compound 人不出
        ("抽调乡干部、卫生院医生组成工作组。", "乡"),  # a verb, then the township's cadres
        ("村(社区)全部设卡。", "社区"),
        ("封控小区实行足不出户。", "小区"),
        ("我们要把社区守好。", "社区"),
        ("我们这个小区实行封闭管理。", "小区"),
        ("我们一定要守好村口卡点。", "卡点"),
        ("派出督导组11个,紧盯卡口值守、物资配送等环节。", "卡口"),  # 紧盯 (keep a close eye on) opens no name
    ],
)
def test_a_generic_phrase_before_a_place_ending_is_no_place(text: str, phrase: str) -> None:
    assert not [n for n in names(text) if n.endswith(phrase) and len(n) > len(phrase) and n != "乡镇"]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("河口镇向阳村开展排查。", "向阳村"),
        ("城关镇东街社区设卡。", "东街社区"),
        ("河口镇石板村民组全员检测。", "石板村民组"),
        # a long name the gazetteer lists as a village
        ("对吐木秀克镇阔什艾日克村进行全面消杀。", "阔什艾日克村"),
    ],
)
def test_a_village_right_after_its_township_is_a_village(text: str, village: str) -> None:
    assert village in names(text)


@pytest.mark.parametrize("text", ["河口镇各村设卡。", "河口镇辖区村全部封闭。", "河口镇所有社区全部封闭。"])
def test_a_scope_word_after_a_township_is_no_village(text: str) -> None:
    assert [n for n in names(text) if n.endswith(("村", "社区"))] == []


def test_a_town_by_its_bare_name_where_the_text_writes_it_in_full() -> None:
    text = "柳林镇党委召开会议。在柳林、河口设卡。"
    found = [(m.text, m.start) for m in place_mentions(text)]
    assert ("柳林", text.index("柳林、")) in found


def test_a_bare_town_name_that_begins_a_village_or_a_school_is_not_the_town() -> None:
    text = "柳林镇党委召开会议。柳林村设卡,柳林中心校停课。"
    assert [m for m in place_mentions(text) if m.text == "柳林"] == []


def test_a_bare_name_without_its_town_written_is_no_town() -> None:
    assert "柳林" not in names("在柳林设卡。")


def test_a_place_before_its_motorway_entrance_names_the_entrance() -> None:
    from epikg.ner.merge import extend_to_facility
    from epikg.records import EntityType, Mention

    text = "配合做好安平县西高速入口监管。"
    start = text.index("安平县")
    place = extend_to_facility(text, Mention("安平县", EntityType.PLACE, start, start + 3, "rule:gazetteer"))
    assert place.text == "安平县西高速入口"


def test_a_place_read_with_a_centre_after_it_is_no_place() -> None:
    # `阳春中心校` is a school: the model's `阳春中心` is no place, 中心 ends bodies (疾控中心), not places.
    from epikg.ner.merge import plausible
    from epikg.records import EntityType, Mention

    assert not plausible(Mention("青禾中心", EntityType.PLACE, 0, 4, "model"))


def test_a_coverb_opening_a_clause_starts_no_place_name() -> None:
    assert "将民生社区" not in names("由镇长担任总指挥,将民生社区28个居民组划分为6大网格。")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        (
            "镇里将民生社区列为重点防控区域。",
            "民生社区",
        ),  # 民生 is an everyday word, and a common community name
        ("全镇把和谐社区纳入管控。", "和谐社区"),
    ],
)
def test_a_community_named_by_an_everyday_word_after_a_coverb(text: str, community: str) -> None:
    assert community in {m.text for m in place_mentions(text)}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("镇里每天对村内街道、垃圾点等公共区域消毒。", "街道"),  # inside the villages
        ("乡场镇的餐馆、茶馆全部关门。", "镇"),  # the township's market town
        ("全镇共设置小区、村居卡口167个。", "卡口"),
        ("镇区农贸市场自2月1日起已关闭。", "市场"),
        ("对沿边村寨逐户走访。", "村"),
    ],
)
def test_a_kind_of_area_before_a_place_ending_is_no_place(text: str, phrase: str) -> None:
    assert not [n for n in names(text) if phrase in n]


def test_a_letters_addressee_starts_after_its_opener() -> None:
    assert not [n for n in names("共发放《致余村村民的一封信》320余份。") if n.startswith("致")]


def test_a_one_character_village_the_gazetteer_lists_under_the_township_before_it() -> None:
    assert "代村" in names("在兰陵县卞庄街道代村的一处小广场上。")


def test_bare_towns_of_a_named_county_listed_are_places() -> None:
    text = "固始县公安局在三河尖、陈淋子等县际交界路口设立检查站。"
    assert {"三河尖", "陈淋子"} <= set(names(text))


def test_a_bare_town_name_outside_a_list_is_left_to_other_rules() -> None:
    assert "陈淋子" not in names("固始县开展防控。陈淋子说,卡点很重要。")


def test_stationed_at_opens_a_place() -> None:
    # 驻 (stationed at) stands before the place as a preposition does; no place named 驻北更乡
    found = names("古蓬镇政府干部,驻北更乡与宜州区交界卡点。")
    assert "北更乡" in found and "驻北更乡" not in found


def test_goods_listed_before_a_kind_of_market_are_no_places() -> None:
    # everyday words all, what the markets sell; a list of names before the same kind is still read
    assert names("除保障生活必需的蔬菜、肉类、粮油等农贸市场外,其余市场暂停营业。") == []
    assert {"城南", "城北"} <= set(names("城南、城北等7个农贸市场暂停营业。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第三站:四嘉子满族乡——卫生院的上门针。", "四嘉子满族乡"),
        ("记者来到坤河达斡尔族满族乡,村民正在排队。", "坤河达斡尔族满族乡"),
        ("新生鄂伦春族乡设立了卡点。", "新生鄂伦春族乡"),
        (
            "记者来到十八站鄂伦春民族乡,村民正在排队。",
            "十八站鄂伦春民族乡",
        ),  # the people without 族, then 民族乡
    ],
)
def test_an_ethnic_township_by_its_name_peoples_and_ending(text: str, name: str) -> None:
    # the peoples of data/peoples.txt between the name and 乡 or 镇, whether the gazetteer lists it so or not
    assert name in names(text)


def test_a_minority_people_in_general_names_no_township() -> None:
    assert names("各少数民族乡镇积极行动。") == []


def test_a_citys_everyday_short_form_names_it_right_after_its_province() -> None:
    # 大同 (great harmony) and 安康 (well-being) name their cities after 山西, 陕西, and nowhere else
    assert names("从山西大同拉运蔬菜的货车。") == ["山西", "大同"]
    assert "安康" in names("来自陕西安康的返乡人员须报备。")
    assert names("世界大同,天下为公。") == []


def test_except_before_a_place_is_no_part_of_it() -> None:
    # 除 (except): the model's 除洋埭自然村 is none; the compound after 除 is read from its own name
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    text = "阳光社区(除锦绣花园小区外区域);唐厝村(除洋埭自然村外区域)。"
    found = [
        m.text for m in recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", "除洋埭自然村")))
    ]
    assert "锦绣花园小区" in found and not any(name.startswith("除") for name in found)


@pytest.mark.parametrize(
    ("text", "model_reads", "place"),
    [
        ("岳阳广场、城北社区和平江汽车站设立检测点。", "和平江汽车站", "平江汽车站"),
        ("在东门广场和平江汽车站设立检测点。", "和平江汽车站", "平江汽车站"),
        (
            "城北社区和平路实行封闭管理。",
            "和平路",
            "和平路",
        ),  # 和平 begins the road's name: no short name after 和
    ],
)
def test_a_conjunction_before_a_divisions_short_name_is_no_part_of_the_name(
    text: str, model_reads: str, place: str
) -> None:
    """`城北社区和平江汽车站`: the community and 平江's bus station, though 和平 (peace) is a word and begins
    roads' names; the model's reading with 和 is none, and the rules read the station from the short name."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    found = [m.text for m in recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", model_reads)))]
    assert place in found and not any(name.startswith("和平江") for name in found)


def test_a_two_character_county_right_after_its_provinces_short_name() -> None:
    # `湖北随县`: 随县 is read in the chain, whatever character comes before it
    assert names("在与湖北随县、枣阳交界的主要路口设立检疫点。")[:2] == ["湖北", "随县"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("传达学习自治区、日喀则市疫情防控会议精神。", "治区"),  # 自治区: 自 opens a word, no preposition
        ("由驻地部队、勐腊边境管理大队组成巡逻队。", "地部队"),  # 驻地: the garrison
        ("统筹口岸办、二连海关等单位。", "统筹口岸"),  # 口岸办: a port's office
        ("但是能为口岸畅通出点力。", "能为口岸"),  # can, for the port
    ],
)
def test_a_word_opened_by_a_preposition_or_a_modal_names_no_place(text: str, phrase: str) -> None:
    assert phrase not in names(text)


def test_a_demonstrative_holds_no_name() -> None:
    assert names("左里这边高速口天天有人守。") == []


def test_a_count_of_ethnic_townships_names_none() -> None:
    assert names("四排赫哲族乡是全国仅有的三个赫哲族乡之一。") == ["四排赫哲族乡"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们在赛汉陶来苏木,巴彦宝格德嘎查的书记一早就打电话通知了。", ["赛汉陶来苏木", "巴彦宝格德嘎查"]),
        ("由苏木嘎查干部上门登记需求。", []),  # the kinds, sumu and gacha, no names
        ("把疫情防控的重心下沉到苏木镇场、嘎查村。", []),
    ],
)
def test_sumus_and_gachas_run_long_and_their_kinds_name_none(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_kinds_of_division_the_model_reads_as_a_place_are_none() -> None:
    from tests.helpers import SpanTagger

    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from epikg.records import EntityType

    text = "把疫情防控的重心下沉到苏木镇场、嘎查村。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", "苏木镇场"), ("LOC", "嘎查村")))
    assert [m for m in found if m.type is EntityType.PLACE] == []


@pytest.mark.parametrize(
    "text",
    [
        "说说俺村的情况。咱村也设卡了。",  # dialect pronouns: our village
        "形成“镇抓村、村抓组、组抓户”的工作格局。",  # a chain of responsibility between levels
        "坚决防止出现“村紧镇松、白紧夜松”的问题。",  # slack and tension between levels
        "全县在各出入口和国省道设置检查站21个。",  # national and provincial roads together, a kind
    ],
)
def test_pronouns_slogans_and_kinds_of_road_name_no_place(text: str) -> None:
    from epikg.ner import rule_mentions
    from epikg.records import EntityType

    assert [m.text for m in rule_mentions(text) if m.type is EntityType.PLACE] == []


@pytest.mark.parametrize(
    ("text", "read"), [("第一轮已在小区广场完成。", "小区广场"), ("各村镇全部设卡。", "村镇")]
)
def test_kinds_of_place_the_model_reads_together_are_none(text: str, read: str) -> None:
    """`小区广场`: a kind of place, then an ending, names none; but a road after a kind is a name (`大桥路`)."""
    from tests.helpers import SpanTagger

    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from epikg.records import EntityType

    found = recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", read)))
    assert [m for m in found if m.type is EntityType.PLACE] == []


def test_a_road_named_after_a_kind_of_place_is_a_name() -> None:
    from tests.helpers import SpanTagger

    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from epikg.records import EntityType

    text = "他在县城大桥路中段卖芝麻。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("LOC", "大桥路")))
    assert [m.text for m in found if m.type is EntityType.PLACE] == ["大桥路"]
