"""Places: containment the article states, apart from what the gazetteer derives; homonyms told apart by context."""

from __future__ import annotations

import pytest

from epikg import gazetteer
from epikg.extract.place_divisions import level_from_suffix
from epikg.extract.places import read_places, resolve
from epikg.ner import places as ner_places
from epikg.records import LEVEL_RANK, EntityType, Mention


def place_mentions(text: str, *names: str) -> list[Mention]:
    """Place mentions of the names, at their first occurrence in the text (an organization when it ends like one)."""
    found = []
    for name in names:
        start = text.index(name)
        kind = EntityType.ORGANIZATION if name.endswith(("党委", "政府")) else EntityType.PLACE
        found.append(Mention(name, kind, start, start + len(name), "test"))
    return found


def chain(place, up) -> list[str]:  # noqa: ANN001
    """The names from a place upward, one `up(place)` step at a time."""
    names = []
    while place is not None:
        names.append(place.name)
        place = up(place)
    return names


def stated_chain(place) -> list[str]:  # noqa: ANN001
    return chain(place, lambda p: p.parent)


def derived_chain(place) -> list[str]:  # noqa: ANN001
    return chain(place, lambda p: p.derived_parent)


def full_chain(place) -> list[str]:  # noqa: ANN001
    """Up by stated and derived links together, the nearer parent first."""

    def nearer(p):  # noqa: ANN001, ANN202
        above = [q for q in (p.parent, p.derived_parent) if q is not None]
        return max(above, key=lambda q: LEVEL_RANK[q.level]) if above else None

    return chain(place, nearer)


def every_mention(text: str, *names: str) -> list[Mention]:
    """A place mention at every occurrence of each name (a shorter name not inside a longer one given)."""
    found = []
    for name in names:
        longer = [n for n in names if n != name and name in n]
        for i in range(len(text)):
            if text.startswith(name, i) and not any(text.startswith(n, i - n.index(name)) for n in longer):
                found.append(Mention(name, EntityType.PLACE, i, i + len(name), "t"))
    return found


def test_gazetteer_holds_five_levels_with_codes_down_to_counties() -> None:
    [county] = gazetteer.load().lookup("苍南县")
    assert county.code == "330327"
    assert [d.level for d in gazetteer.load().chain(county)] == ["county", "prefecture", "province"]


def test_a_special_administrative_region_is_one_division_and_lies_in_nothing() -> None:
    # The listing repeats 香港特别行政区 as a prefecture of its short name and its own code, and gives its districts
    # that code too: one place, one level, whichever form a page writes, never its own parent, and a code that
    # names one division only.
    gaz = gazetteer.load()
    [region] = gaz.lookup("香港特别行政区")
    assert [d.name for d in gaz.chain(region)] == ["香港特别行政区"]
    assert not gaz.lookup("香港") and [gaz.divisions[i] for i in gaz.by_alias["香港"]] == [region]
    assert all(d.code is None for d in gaz.children_of(region))
    text = "香港和澳门加强口岸防控。"
    places, _ = read_places(place_mentions(text, "香港", "澳门"), doc_id="a")
    assert {(p.name, p.level, p.code, p.derived_parent) for p in places.values()} == {
        ("香港特别行政区", "province", "810000", None),
        ("澳门特别行政区", "province", "820000", None),
    }


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "盐田区将西港区和东港区划为两个作业单元,西港区暂停作业。",
            "西港区",
            "西港区@a",
        ),  # a port's west area
        ("盐田港西港区暂停作业。", "西港区", "西港区@a"),
        ("台南市西港区暂停营业。", "西港区", "710500/西港区"),  # the district, where its city is named
        ("新增确诊病例中,新城区1例。", "新城区", "新城区@a"),  # the new town of any city
        ("西安市新增确诊病例中,新城区1例。", "新城区", "610102"),
    ],
)
def test_a_district_named_as_any_towns_part_is_that_district_only_under_its_city(
    text: str, name: str, key: str
) -> None:
    """`西港区` is a district of 台南, and the west harbour area of any port; `新城区` a district of 西安 and of
    呼和浩特, and the new town of any city: the article must name where it lies."""
    places, _ = read_places(every_mention(text, "盐田区", "台南市", "西安市", name), text=text, doc_id="a")
    assert places[name].key == key


@pytest.mark.parametrize("name", ["西城区", "东城区"])
def test_a_district_whose_ending_is_a_word_is_that_district_alone(name: str) -> None:
    # `城区` alone is a word (老城区), so the ending announces no level; the listed district is still no place
    # of a township named by its first two characters.
    text = f"新增确诊病例中,{name}1例。"
    places, locality = read_places(place_mentions(text, name), text=text, doc_id="a")
    assert list(places) == [name]
    assert places[name].level == "county" and locality.main == places[name]


def test_a_written_chain_is_stated_containment() -> None:
    text = "浙江省苍南县金乡镇设立卡点。"
    places, _ = read_places(place_mentions(text, "浙江省", "苍南县", "金乡镇"), doc_id="a")
    assert stated_chain(places["金乡镇"]) == ["金乡镇", "苍南县", "浙江省"]
    # The level the article skipped (温州市) is the gazetteer's, recorded apart.
    assert derived_chain(places["苍南县"]) == ["苍南县", "温州市", "浙江省"]
    assert places["金乡镇"].key == "330327/金乡镇"
    # The evidence is the chain itself, 苍南县金乡镇.
    assert (places["金乡镇"].stated_by, places["金乡镇"].stated_at) == ("chain", (3, 9))


def test_a_town_after_the_articles_own_county_scope_is_in_that_county() -> None:
    """`我县新华镇、红旗镇`: 我县 heads a chain in the article's own county, whatever the gazetteer lists there."""
    text = "苍南县召开会议。我县新华镇、红旗镇全面开展排查。"
    places, _ = read_places(place_mentions(text, "苍南县", "新华镇", "红旗镇"), text=text, doc_id="a")
    assert stated_chain(places["新华镇"]) == ["新华镇", "苍南县"]
    assert stated_chain(places["红旗镇"]) == ["红旗镇", "苍南县"]  # the list goes on
    assert (places["新华镇"].stated_by, places["新华镇"].stated_at) == ("chain", (8, 13))
    assert places["新华镇"].key == "330327/新华镇"


def test_a_scope_word_with_no_own_place_of_its_level_states_nothing() -> None:
    text = "我县新华镇全面开展排查。"  # the article names no county of its own
    places, _ = read_places(place_mentions(text, "新华镇"), text=text, doc_id="a")
    assert places["新华镇"].parent is None


def test_a_towns_chain_written_once_holds_wherever_the_town_is_named() -> None:
    text = "南县南洲镇开展排查。南洲镇的党员值守卡点。"
    mentions = [*place_mentions(text, "南县", "南洲镇"), Mention("南洲镇", EntityType.PLACE, 10, 13, "test")]
    places, _ = read_places(mentions, doc_id="a")
    assert places["南洲镇"].parent is not None and places["南洲镇"].parent.name == "南县"


def test_a_place_before_a_bodys_name_is_a_written_chain() -> None:
    text = "苍南县金乡镇党委组织排查。"
    places, _ = read_places(place_mentions(text, "苍南县", "金乡镇党委"), doc_id="a")
    assert stated_chain(places["金乡镇"]) == ["金乡镇", "苍南县"]


def test_a_homonym_town_with_no_context_gets_no_county() -> None:
    # 新华镇 lies in ten counties; an article that names none of them states none.
    places, _ = read_places(place_mentions("新华镇全镇设卡。", "新华镇"), doc_id="d1")
    town = places["新华镇"]
    assert (town.parent, town.derived_parent, town.code) == (None, None, None)
    assert town.level == "township"
    assert town.key == "新华镇@d1"  # its article's own: namesakes elsewhere never merge with it


@pytest.mark.parametrize(
    ("context", "county"),
    [(["南县"], "南县"), (["益阳市"], "南县"), (["株洲市"], "渌口区")],
)
def test_homonym_township_is_resolved_by_the_articles_other_places(context: list[str], county: str) -> None:
    # 南洲镇 exists in 南县 (益阳市) and in 渌口区 (株洲市).
    place = resolve(["南洲镇", *context])["南洲镇"]
    assert full_chain(place)[1] == county


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # one 太平镇 in the country (枣阳市's) has a 双河村, but the article names 梓潼县 and never 枣阳, 襄阳 or 湖北
        ("梓潼县许州镇开展检测。太平镇双河村村民主动值守。", None),
        ("枣阳市许州镇开展检测。太平镇双河村村民主动值守。", "枣阳市"),  # the article names its county
    ],
)
def test_a_written_chain_alone_pins_no_town_in_a_county_the_article_never_names(
    text: str, county: str | None
) -> None:
    mentions = every_mention(
        text, *[n for n in ("梓潼县", "枣阳市", "许州镇", "太平镇", "双河村") if n in text]
    )
    places, _ = read_places(mentions, doc_id="d1")
    assert full_chain(places["太平镇"])[1:2] == ([county] if county else [])


def test_the_articles_own_county_confirmed_by_the_gazetteer_is_stated() -> None:
    # An article about 南县 that names 南洲镇 states where the town is: the county is its own.
    place = resolve(["南县", "南洲镇", "南县"])["南洲镇"]
    assert place.parent is not None and place.parent.name == "南县"
    assert place.derived_parent is None  # the same link is not stated twice
    assert place.stated_by == "locality"


def test_a_town_lies_in_the_county_the_article_names_below_its_own_prefecture() -> None:
    # A roundup of 遵义市's counties: `湄潭县在湄江街道开展…`. The street lies in the named county, which lies in
    # the article's prefecture; not in the prefecture with the county skipped.
    place = resolve(["遵义市", "湄潭县", "湄江街道", "遵义市", "凤冈县", "遵义市"])["湄江街道"]
    assert place.parent is not None and place.parent.name == "湄潭县"
    assert place.stated_by == "locality"


def test_a_province_is_too_wide_to_state_a_citys_containment() -> None:
    # `湖北武汉返乡人员` read without positions: 湖北 is the article's province, not a stated parent of 武汉.
    place = resolve(["湖北", "武汉", "湖北"])["武汉"]
    assert place.parent is None
    assert place.derived_parent is not None and place.derived_parent.name == "湖北省"


def test_a_county_does_not_lie_in_the_articles_prefecture_by_what_the_article_is_about() -> None:
    # `吉安市副市长…到安福县`: 安福县 lies in 吉安市, but no sentence says so; the link is the gazetteer's.
    place = resolve(["安福县", "吉安市", "安福县", "吉安市", "横龙镇"])["安福县"]
    assert place.parent is None
    assert place.derived_parent is not None and place.derived_parent.name == "吉安市"


def test_a_neighbour_at_the_border_does_not_lie_in_the_articles_county() -> None:
    # 南洲镇 and 明山头镇 are both towns of 南县; the article is about 南洲镇 and names the other as a neighbour.
    text = "南县南洲镇全力防控。南洲镇干部在与明山头镇交界处设卡。南洲镇党员志愿者值守。"
    places, _ = read_places(place_mentions(text, "南县", "南洲镇", "明山头镇"), text=text, doc_id="a")
    assert places["南洲镇"].parent is not None and places["南洲镇"].parent.name == "南县"
    assert places["明山头镇"].parent is None
    assert places["明山头镇"].derived_parent is not None and places["明山头镇"].derived_parent.name == "南县"


def test_a_bare_town_is_the_one_in_the_pages_own_county_not_in_a_neighbour_at_its_border() -> None:
    # 白沙镇 is a town of 合江县 and of 江津区 (重庆市); the page is 合江县's and names 江津区 only at its border.
    text = "合江县全力防控。合江县在与重庆市江津区交界处设立检查点。白沙镇、尧坝镇开展排查。白沙镇干部值守。"
    places, _ = read_places(
        every_mention(text, "合江县", "重庆市", "江津区", "尧坝镇", "白沙镇"), text=text, doc_id="a"
    )
    assert full_chain(places["白沙镇"])[1] == "合江县"


def test_a_bare_village_is_the_one_in_the_pages_own_county_not_in_a_neighbour_at_its_border() -> None:
    # The page is about 宣化店镇 of 大悟县; the only 竹林村 the gazetteer has near lies in 新县, named at the border.
    text = "大悟县宣化店镇全力防控。宣化店镇在与新县交界处设卡。竹林村网格员每天走访。"
    places, _ = read_places(
        every_mention(text, "大悟县", "宣化店镇", "新县", "竹林村"), text=text, doc_id="a"
    )
    village = places["竹林村"]
    assert "新县" not in full_chain(village)


def test_a_bare_village_found_only_in_a_neighbour_named_at_the_border_lies_nowhere() -> None:
    # 神桥村: the gazetteer's near one lies in 新县, named at the border of a page about 大悟县, which has none.
    text = "大悟县宣化店镇全力防控。宣化店镇在与河南省信阳市新县交界处设卡。神桥村网格员每天走访。"
    names = ("大悟县", "宣化店镇", "河南省", "信阳市", "新县", "神桥村")
    places, _ = read_places(every_mention(text, *names), text=text, doc_id="a")
    village = places["神桥村"]
    assert (village.parent, village.derived_parent, village.code) == (None, None, None)


@pytest.mark.parametrize(
    "again",
    [
        "新县干部同宣化店镇干部一起值守。",  # the neighbour named again, with no border word
        "宣化店镇同新县的乡镇干部一起值守。",  # as the partner of the work
    ],
)
def test_a_neighbour_named_at_the_border_stays_a_neighbour_where_named_again(again: str) -> None:
    # `与衡水市武强县交界的路口…同武强县的乡镇干部一起值守` on a page about 献县: 武强县 is not the page's own
    # county for being named a second time, so a bare village is not the one the gazetteer lists there.
    text = f"大悟县宣化店镇全力防控。宣化店镇在与新县交界处设卡。{again}神桥村网格员每天走访。"
    names = ("大悟县", "宣化店镇", "新县", "神桥村")
    places, _ = read_places(every_mention(text, *names), text=text, doc_id="a")
    village = places["神桥村"]
    assert (village.parent, village.derived_parent, village.code) == (None, None, None)


def test_context_from_inside_a_bodys_name_counts_too() -> None:
    place = resolve(["南洲镇"], context=["南县"])["南洲镇"]
    assert full_chain(place) == ["南洲镇", "南县", "益阳市", "湖南省"]


def test_village_chain_from_village_to_province() -> None:
    place = resolve(["马王溪村", "浦市镇"])["马王溪村"]
    assert full_chain(place) == ["马王溪村", "浦市镇", "泸溪县", "湘西土家族苗族自治州", "湖南省"]
    assert place.level == "village" and place.code is None
    assert place.key == "433122/浦市镇/马王溪村"  # stable across documents: under the nearest coded division


def test_county_and_above_are_keyed_on_their_code() -> None:
    assert resolve(["梨树县"])["梨树县"].key == "220322"


def test_short_form_is_the_full_division_when_the_article_names_it() -> None:
    places = resolve(["苍南", "苍南县"])
    assert places["苍南"].key == places["苍南县"].key == "330327"


def test_province_short_form_needs_no_context() -> None:
    assert resolve(["湖北"])["湖北"].name == "湖北省"


def test_city_short_form_needs_no_context() -> None:
    assert resolve(["长沙"])["长沙"].code == "430100"


def test_a_shortened_township_is_the_articles_own_township() -> None:
    places = resolve(["南洲", "南洲镇", "南县"])
    assert places["南洲"].key == places["南洲镇"].key


def test_a_names_first_characters_are_no_short_form_of_a_longer_towns_name() -> None:
    """`饶阳` (饶阳县) on a page about 饶阳店镇: the town's name is 饶阳店, so 饶阳 does not shorten it."""
    places = resolve(["饶阳", "饶阳店镇", "故城县"])
    assert places["饶阳"].key != places["饶阳店镇"].key


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("东红社区", "village"),
        ("十家堡镇", "township"),
        ("临洮街街道", "township"),
        ("户屯县", "county"),
        ("中央公园小区", "other"),
        ("城区", "other"),
    ],
)
def test_places_the_gazetteer_lacks_take_their_level_from_their_suffix(name: str, level: str) -> None:
    assert level_from_suffix(name) == level


def test_jionlp_data_is_read_from_its_zip_before_jionlp_ever_unzipped_it(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # A fresh install ships china_location.zip only; jionlp unzips it on its first import.
    import zipfile

    from epikg import lexicon

    with zipfile.ZipFile(tmp_path / "china_location.zip", "w") as archive:
        archive.writestr("china_location.txt", "浙江省\t330000\t浙江\r\n\t温州市\t330300\t温州\r\n")
    from epikg.lexicon import jionlp_words

    monkeypatch.setattr(jionlp_words, "jionlp_dictionary_dir", lambda: tmp_path)
    assert lexicon.read_dictionary("china_location.txt") == ["浙江省\t330000\t浙江", "\t温州市\t330300\t温州"]
    assert [d.name for d in gazetteer.parse(lexicon.read_dictionary("china_location.txt"))] == [
        "浙江省",
        "温州市",
    ]


def test_a_villagers_group_is_village_level() -> None:
    assert level_from_suffix("拦河村民组") == level_from_suffix("拦河村民小组") == "village"


def test_a_town_is_the_division_its_chained_village_lies_in() -> None:
    # 浦市镇 alone has no county in its article; 浦市镇庄尚村 pins the village, and with it the town.
    text = "在浦市镇庄尚村设卡。"
    places, locality = read_places(place_mentions(text, "浦市镇", "庄尚村"), doc_id="a")
    assert places["浦市镇"].key == "433122/浦市镇"
    assert places["庄尚村"].parent is not None and places["庄尚村"].parent.key == "433122/浦市镇"
    # The chain addresses the village: that is what the article is about; the town is still its own.
    assert locality.main is not None and locality.main.name == "庄尚村"
    assert locality.by_level["township"].name == "浦市镇"


def test_a_short_form_after_a_smaller_place_is_no_chain() -> None:
    # 海淀 is 海淀区 in an article that writes 海淀区: a district does not lie in 海淀街道.
    text = "海淀区海淀街道发布通知。海淀街道海淀居民积极配合。"
    mentions = [
        *place_mentions(text, "海淀区"),
        Mention("海淀街道", EntityType.PLACE, 3, 7, "t"),
        Mention("海淀街道", EntityType.PLACE, 12, 16, "t"),
        Mention("海淀", EntityType.PLACE, 16, 18, "t"),
    ]
    places, _ = read_places(mentions, doc_id="a")
    assert places["海淀"].parent is None or places["海淀"].parent.name != "海淀街道"


def test_a_city_named_only_as_where_someone_goes_home_is_not_the_articles_place() -> None:
    # 南谯区 is in 滁州市, but an article that names 滁州 only in `返回滁州过春节` does not say so.
    text = "南谯区章广镇启动应急响应。张某准备返回滁州过春节。"
    places, locality = read_places(place_mentions(text, "南谯区", "章广镇", "滁州"), text=text, doc_id="a")
    assert places["南谯区"].parent is None
    assert "prefecture" not in locality.by_level


def test_a_short_form_votes_with_its_full_name() -> None:
    # 云梦县 twice; 应城市 once and 应城 twice: three mentions of one county, which the article is about.
    text = "云梦县劝停红喜事。云梦县通报。应城市取消婚宴。应城多个乡镇跟进。应城表扬。"
    mentions = every_mention(text, "云梦县", "应城市", "应城")
    _, locality = read_places(mentions, text=text, doc_id="a")
    assert locality.main is not None and locality.main.name == "应城市"


def test_a_list_of_origins_votes_for_nothing() -> None:
    # 湖北 and 武汉 are where returnees came from, however often the article says so.
    text = "对湖北、武汉返乡人员排查。湖北、武汉返乡人员一律隔离。东坡区苏祠街道上游社区开展排查。"
    mentions = every_mention(text, "湖北", "武汉", "东坡区", "苏祠街道", "上游社区")
    _, locality = read_places(mentions, text=text, doc_id="a")
    assert locality.main is not None and locality.main.name == "上游社区"  # the chain's end
    assert "province" not in locality.by_level


def test_a_province_is_what_an_article_is_about_only_when_it_names_nothing_narrower() -> None:
    text = "湖北省部署防控。湖北省要求严格管控。南县开展排查。"
    mentions = every_mention(text, "湖北省", "南县")
    _, locality = read_places(mentions, text=text, doc_id="a")
    assert locality.main is not None and locality.main.name == "南县"


def test_scope_words_and_bare_bodies_vote_for_the_articles_own_town() -> None:
    # 盐城 twice (a dateline and a chain) against 兴桥镇 once by name, but 全镇 and 镇防控办 point at the town.
    text = "盐城讯 盐城市射阳县兴桥镇开展敲门行动。全镇网格员上门登记。全镇累计登记3000户,上报镇防控办。"
    mentions = every_mention(text, "盐城", "盐城市", "射阳县", "兴桥镇")
    start = text.index("镇防控办")
    mentions.append(Mention("镇防控办", EntityType.ORGANIZATION, start, start + 4, "t"))
    _, locality = read_places(mentions, text=text, doc_id="a")
    assert locality.main is not None and locality.main.name == "兴桥镇"


def test_an_autonomous_division_by_its_short_form_and_level_is_that_division() -> None:
    """石柱县 is 石柱土家族自治县 and 恩施州 is 恩施土家族苗族自治州: found, and resolved to their codes."""
    gaz = gazetteer.load()
    assert [gaz.divisions[i].name for i in gaz.by_alias["石柱县"]] == ["石柱土家族自治县"]
    assert [gaz.divisions[i].name for i in gaz.by_alias["恩施州"]] == ["恩施土家族苗族自治州"]
    text = "恩施州要求石柱县、长阳县加强卡点值守。"
    places, _ = read_places(ner_places.place_mentions(text), text=text)
    codes = {p.name: p.code for p in places.values()}
    assert codes == {
        "恩施土家族苗族自治州": "422800",
        "石柱土家族自治县": "500240",
        "长阳土家族自治县": "420528",
    }


def test_a_county_level_city_goes_by_its_former_county_name_as_written() -> None:
    """旬阳市 was 旬阳县 until 2021: a page from before writes 旬阳县, read as that division, named as the
    gazetteer names it (a build whose other pages write 旬阳市 gives the one division one name); the mention
    keeps the written form."""
    text = "春节前后,旬阳县从广东深圳返乡务工人员达2.3万人。"
    assert "旬阳县" in [m.text for m in ner_places.place_mentions(text)]
    places, _ = read_places(ner_places.place_mentions(text), text=text)
    assert places["旬阳县"].name == "旬阳市"
    assert places["旬阳县"].code == "610928"


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("今年全省理科最高分出自淮阳县,该县加强卡点值守。", "淮阳县", "淮阳区"),  # 撤县设区, 2019
        ("记者从蓬莱市住建局获悉,全市暂停施工。", "蓬莱市", "蓬莱区"),  # 撤市设区, 2020
    ],
)
def test_a_district_goes_by_its_former_county_or_city_name(text: str, written: str, name: str) -> None:
    places, _ = read_places(ner_places.place_mentions(text), text=text)
    assert places[written].name == name


def test_a_former_name_two_divisions_could_bear_names_neither_and_a_citys_claim_comes_first() -> None:
    """向阳区 of 佳木斯 and of 鹤岗: `向阳县` would be either (and `县长向阳` is a person); 东兴市 was 东兴县 (撤县设市),
    whatever became of another 东兴县; 河口县 is 河口瑶族自治县's short form, no former name of 河口区."""
    gaz = gazetteer.load()
    assert "向阳县" not in gaz.by_alias
    assert [gaz.divisions[i].name for i in gaz.by_alias["东兴县"]] == ["东兴市"]
    assert [gaz.divisions[i].name for i in gaz.by_alias["河口县"]] == ["河口瑶族自治县"]


@pytest.mark.parametrize("text", ["记者走进黄土嘴村,看到志愿者在值守。", "近日,黄土嘴村开展消杀。"])
def test_a_listed_village_whose_name_opens_with_an_everyday_word_is_read(text: str) -> None:
    """黄土 (loess) is an everyday word, but 黄土嘴村 is a village the gazetteer lists: a name."""
    assert "黄土嘴村" in [m.text for m in ner_places.place_mentions(text)]


def test_an_everyday_word_of_two_characters_before_a_villages_ending_is_still_no_name() -> None:
    assert not [m for m in ner_places.place_mentions("刚才村里广播了防疫通知。") if m.text.endswith("村")]


def test_a_township_over_a_countys_level_character_is_not_read() -> None:
    """`阜南县经济开发区`: some township is called 县经济开发区; here 县 ends the county's name."""
    assert "阜南县" in [
        m.text for m in ner_places.place_mentions("在阜南县经济开发区,园区管委会组织企业复工。")
    ]


@pytest.mark.parametrize(
    ("text", "place", "parent"),
    [
        ("南洲镇全力防控。桂花村位于南洲镇东北部,与邻镇交界。", "桂花村", "南洲镇"),
        ("南县全力防控。位于南县南部、紧邻县城的南洲镇,是全县的南大门。", "南洲镇", "南县"),
    ],
)
def test_a_sentence_that_says_where_a_place_lies_states_its_parent(
    text: str, place: str, parent: str
) -> None:
    places, _ = read_places(every_mention(text, "南县", "南洲镇", "桂花村"), text=text, doc_id="a")
    assert places[place].parent is not None and places[place].parent.name == parent
    assert places[place].stated_by == "located"
    start, end = places[place].stated_at
    assert text[start:end].startswith((place, "位于"))


ROUNDUP = (
    "长宁县各乡镇全力防控。\n"
    "长宁镇:网格到户 不漏一人\n"
    "该镇在长宁汽车站设立检查点。\n"
    "梅硐镇:党员先锋岗守好村口\n"
    "大坪村党员在路口搭起帐篷。{more}\n"
)


def test_a_village_in_the_section_a_town_heads_lies_in_that_town() -> None:
    """A roundup of towns, each heading its section (`梅硐镇:` opening a line): the village named in 梅硐镇's
    section lies there, as the text says, though the gazetteer lists a 大坪村 under 长宁镇, the county's seat."""
    text = ROUNDUP.format(more="")
    places, _ = read_places(
        every_mention(text, "长宁县", "长宁镇", "梅硐镇", "大坪村"), text=text, doc_id="a"
    )
    village = places["大坪村"]
    assert village.parent is not None and village.parent.name == "梅硐镇"
    assert village.stated_by == "heading"
    start, end = village.stated_at
    assert text[start:end].startswith("梅硐镇") and text[start:end].endswith("大坪村")


def test_a_village_in_a_paragraph_its_town_opens_lies_in_that_town() -> None:
    """A paragraph whose subject, opening it, is a town (`梅硐镇在各村路口设卡,大坪村…`): its villages are the
    town's, as the text says, not the gazetteer's one 大坪村 under the county's seat."""
    text = ROUNDUP.format(more="").replace("梅硐镇:党员先锋岗守好村口\n", "梅硐镇在各村路口设卡,")
    places, _ = read_places(
        every_mention(text, "长宁县", "长宁镇", "梅硐镇", "大坪村"), text=text, doc_id="a"
    )
    village = places["大坪村"]
    assert village.parent is not None and village.parent.name == "梅硐镇"
    assert village.stated_by == "paragraph"
    # a list of towns opening the paragraph is about none of them
    text = ROUNDUP.format(more="").replace("梅硐镇:党员先锋岗守好村口\n", "梅硐镇、长宁镇在各村路口设卡,")
    places, _ = read_places(
        every_mention(text, "长宁县", "长宁镇", "梅硐镇", "大坪村"), text=text, doc_id="a"
    )
    assert places["大坪村"].stated_by not in ("paragraph", "heading")
    # nor is a town that heads a written chain: the village it holds is the subject
    text = ROUNDUP.format(more="").replace("梅硐镇:党员先锋岗守好村口\n", "梅硐镇石龙村设卡,")
    places, _ = read_places(
        every_mention(text, "长宁县", "长宁镇", "梅硐镇", "石龙村", "大坪村"), text=text, doc_id="a"
    )
    assert places["石龙村"].stated_by == "chain" and places["大坪村"].stated_by != "paragraph"


@pytest.mark.parametrize(
    "more",
    [
        "与双河镇交界的石龙村设卡。",  # another town named before it in the section: which one holds it is unsaid
        "\n双河镇:志愿者上岗\n石龙村设卡。\n梅硐镇:再部署\n石龙村巡逻。",  # named in two towns' sections
    ],
)
def test_a_village_the_section_does_not_pin_to_its_town_gets_no_heading_parent(more: str) -> None:
    text = ROUNDUP.format(more=more)
    mentions = every_mention(text, "长宁县", "长宁镇", "梅硐镇", "双河镇", "大坪村", "石龙村")
    places, _ = read_places(mentions, text=text, doc_id="a")
    assert places["石龙村"].stated_by != "heading"
    assert places["大坪村"].stated_by == "heading"


@pytest.mark.parametrize(
    "text",
    ["柳塘镇辖区内的桂花村设立了卡点。", "柳塘镇所辖桂花村设立了卡点。", "柳塘镇境内桂花村设立了卡点。"],
)
def test_a_place_after_a_word_for_anothers_area_lies_in_it(text: str) -> None:
    """`柳塘镇辖区内的桂花村`, `柳塘镇所辖桂花村`: the place before a word for its area or what it governs
    (data/place_located_words.tsv, holds) holds the place right after it."""
    places, _ = read_places(every_mention(text, "柳塘镇", "桂花村"), text=text, doc_id="a")
    assert places["桂花村"].parent is not None and places["桂花村"].parent.name == "柳塘镇"
    assert places["桂花村"].stated_by == "located"


@pytest.mark.parametrize(
    ("text", "names", "place", "parent"),
    [
        ("柳塘镇的桂花村设立了卡点。", ("柳塘镇", "桂花村"), "桂花村", "柳塘镇"),
        ("平江县的城关镇、安定镇开展了排查。", ("平江县", "城关镇", "安定镇"), "城关镇", "平江县"),
        ("前往长沙的G4高速入口设立了检查站。", ("长沙", "G4高速"), "G4高速", None),  # the road toward it
        ("桂花村的柳塘镇设立了卡点。", ("柳塘镇", "桂花村"), "柳塘镇", None),  # a village holds no town
        ("紧邻西安的泾阳县进入战时状态。", ("西安", "泾阳县"), "泾阳县", None),  # a neighbour
        ("西安的泾阳县进入战时状态。", ("西安", "泾阳县"), "泾阳县", None),  # the gazetteer puts it in 咸阳市
        # what joins the places of a list lies in no one of them
        (
            "连接监利和湖南岳阳的荆岳长江大桥北岸设卡。",
            ("监利", "湖南", "岳阳", "荆岳长江大桥"),
            "荆岳长江大桥",
            None,
        ),
    ],
)
def test_a_places_possessive_before_a_lower_place_holds_it(
    text: str, names: tuple[str, ...], place: str, parent: str | None
) -> None:
    places, _ = read_places(every_mention(text, *names), text=text, doc_id="a")
    assert (places[place].parent.name if places[place].parent else None) == parent


def test_a_place_after_a_lower_ones_area_word_is_not_held_by_it() -> None:
    """`桂花村辖区内的柳塘镇` says nothing true: a village holds no town."""
    text = "桂花村辖区内的柳塘镇设立了卡点。"
    places, _ = read_places(every_mention(text, "柳塘镇", "桂花村"), text=text, doc_id="a")
    assert places["柳塘镇"].parent is None


@pytest.mark.parametrize(
    ("text", "names", "parent"),
    [
        ("柳塘镇地处湖南、江西交界,人员往来频繁。", ("柳塘镇", "湖南", "江西"), None),  # one of a list
        ("柳塘镇位于平江县与浏阳市之间。", ("柳塘镇", "平江县", "浏阳市"), None),
        # the border word in the next clause: the town still lies in the county
        ("柳塘镇地处平江县东部边缘,与浏阳市接壤。", ("柳塘镇", "平江县", "浏阳市"), "平江县"),
    ],
)
def test_a_place_said_to_lie_at_an_edge_is_in_none_of_the_places_named(
    text: str, names: tuple[str, ...], parent: str | None
) -> None:
    """`地处湖南、江西交界`: at the border of two provinces, in neither: the place after the word is one of a list, or
    its clause puts the place at an edge (data/place_located_words.tsv, edge), and it holds nothing."""
    places, _ = read_places(every_mention(text, *names), text=text, doc_id="a")
    stated = places["柳塘镇"].parent
    assert (stated.name if stated is not None else None) == parent


@pytest.mark.parametrize(
    ("text", "names", "street", "parent"),
    [
        ("土湾街道嘉陵社区汉渝路45号实行封控。", ("土湾街道", "嘉陵社区", "汉渝路"), "汉渝路", None),
        (
            "将东城社区锦绣苑小区、文化路北段划为封控区。",
            ("东城社区", "锦绣苑小区", "文化路"),
            "文化路",
            None,
        ),
        ("城关镇解放路实行交通管制。", ("城关镇", "解放路"), "解放路", "城关镇"),  # a town's street
    ],
)
def test_a_street_written_after_a_community_runs_on_past_it(
    text: str, names: tuple[str, ...], street: str, parent: str | None
) -> None:
    """`嘉陵社区汉渝路45号`: the address is in the community, the street runs on past it (and past a compound in
    it, listed before); a town's street is the town's."""
    places, _ = read_places(every_mention(text, *names), text=text, doc_id="a")
    stated = places[street].parent
    assert (stated.name if stated is not None else None) == parent


@pytest.mark.parametrize(
    ("text", "site", "division"),
    [
        ("检查组来到柳林镇农贸市场,查看摊主佩戴口罩情况。", "柳林镇农贸市场", "柳林镇"),
        ("在苍南县动车站设卡。", "苍南县动车站", "苍南县"),
    ],
)
def test_a_site_named_by_its_division_lies_in_it(text: str, site: str, division: str) -> None:
    """`柳林镇农贸市场`: the town's market, as its name says."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    places, _ = read_places(
        recognize(text, split_sentences(text), tagger=SpanTagger()), text=text, doc_id="a"
    )
    assert places[site].parent is not None and places[site].parent.name == division
    assert places[site].stated_by == "chain"


def test_the_town_of_the_publishers_postal_address_is_not_the_articles_own() -> None:
    """`地址:平江县城关镇`: the county is the publisher's, the town only where its office stands: a village the
    article names is not put in that town."""
    text = "大坪村设立卡点,党员轮流值守。\n地址:平江县城关镇东街1号 电话:0730-1234567"
    places, locality = read_places(every_mention(text, "大坪村", "平江县", "城关镇"), text=text, doc_id="a")
    assert "township" not in locality.by_level
    assert locality.by_level["county"].name == "平江县"
    assert places["大坪村"].parent is None or places["大坪村"].parent.name != "城关镇"


def test_a_bare_name_and_its_full_name_are_one_place() -> None:
    # `合隆` and `合隆镇` in one article: one town, and what is stated of the bare name holds for it.
    text = "位于农安县南部的合隆,是全县的南大门。合隆镇党委迅速行动。"
    places, _ = read_places(every_mention(text, "农安县", "合隆", "合隆镇"), text=text, doc_id="a")
    assert places["合隆"] is places["合隆镇"]
    assert places["合隆镇"].name == "合隆镇"
    assert places["合隆镇"].parent is not None and places["合隆镇"].parent.name == "农安县"


def test_a_chain_skips_the_listings_stand_in_for_a_missing_level() -> None:
    # 儋州市 has no counties: jionlp puts its towns under a `市直辖行政区划` with the city's own code.
    gaz = gazetteer.load()
    town = next(d for d in gaz.divisions if d.name == "中和镇" and "460400" in [a.code for a in gaz.chain(d)])
    assert [a.name for a in gaz.chain(town)] == ["中和镇", "儋州市", "海南省"]


def test_a_division_the_gazetteer_puts_under_another_parent_is_not_the_one_the_article_names() -> None:
    # The gazetteer's only 新州镇 with a 东坡村 lies in Guizhou; this article's 新州镇 is a town of 儋州市.
    text = "儋州市新州镇东坡村设立卡点,儋州市中和镇也设卡。"
    places, _ = read_places(every_mention(text, "儋州市", "新州镇", "东坡村", "中和镇"), doc_id="a")
    village = places["东坡村"]
    assert stated_chain(village) == ["东坡村", "新州镇", "儋州市"]
    assert village.derived_parent is None and village.code is None
    assert full_chain(places["中和镇"]) == ["中和镇", "儋州市", "海南省"]  # no stand-in between


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("县疾病预防控制中心(县疾控)会同县公安局组建流调小分队。", None),  # works with the county's police
        ("县市场监管局会同县公安局开展检查。", None),
        ("在会同县设立卡点。", "会同县"),  # 会同县 in Hunan, named
        ("湖南省会同县启动应急响应。", "会同县"),
    ],
)
def test_a_verb_of_working_with_is_no_county_of_its_name(text: str, county: str | None) -> None:
    found = [m.text for m in ner_places.place_mentions(text) if m.text.startswith("会同")]
    assert found == ([county] if county else [])


@pytest.mark.parametrize("text", ["据了解,宾县已向各乡镇拨付防控专项经费。", "宾县各乡镇均设立卡点。"])
def test_every_township_after_a_county_is_no_township_of_it(text: str) -> None:
    # 乡 goes on as 乡镇 (townships in general), and 各 (each) ends no name: no `已向各乡` is invented
    assert [m.text for m in ner_places.place_mentions(text)] == ["宾县"]


def test_a_division_two_pages_name_by_its_former_and_present_names_has_one_name(tmp_path) -> None:  # noqa: ANN001
    """One page writes 旬阳县 (before 2021), another 旬阳市: the build's union states one division with one name
    (two would break the shapes, and the whole build with them), and the first page's bodies keep its form."""
    from click.testing import CliRunner
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SDO

    from epikg.cli import cli

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(
        "返乡人员\n春节前后,旬阳县从广东返乡务工人员达2.3万人。县委书记张明到卡点检查。\n", encoding="utf-8"
    )
    (pages / "b.txt").write_text("设卡检查\n旬阳市在各路口设立卡点12个。\n", encoding="utf-8")
    out = tmp_path / "kg.nt"
    result = CliRunner().invoke(cli, ["build", str(pages), "-o", str(out), "--no-model", "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    assert set(graph.objects(URIRef("https://w3id.org/epikg/id/place/610928"), SDO.name)) == {
        Literal("旬阳市")
    }
    # the page's bare bodies keep the name it writes its county in: its 县委 is 旬阳县委
    assert Literal("旬阳县委") in set(graph.objects(None, SDO.name))


def test_the_own_county_is_the_outlets_however_often_a_neighbour_is_named() -> None:
    """`我县` on a page of 灵璧县融媒体中心 is 灵璧县, though the neighbour 泗县 it borders is named more."""
    text = "与我县接壤的泗县发生疫情。泗县实行静默管理。我县在与泗县交界处设卡。泗县返乡人员一律隔离。我县开展排查。"
    _, locality = read_places(place_mentions(text, "泗县"), text=text, outlet="灵璧县融媒体中心", doc_id="a")
    assert locality.by_level["county"].name == "灵璧县"


def test_the_city_of_a_county_level_citys_own_page_is_that_city() -> None:
    """`全市`, `市里` on a page of 敦化市融媒体中心 (a county-level city of 延边州) are 敦化市's, though the page names
    the prefecture-level city 吉林市 its outbreak came from more often: the page is about 敦化市, in its own
    prefecture."""
    text = (
        "吉林市疫情外溢。吉林市返乡人员一律隔离。作为延边州西大门的敦化市,全市开展核酸检测。"
        "市里设置隔离点36处。全市设卡点186个。"
    )
    _, locality = read_places(
        place_mentions(text, "吉林市", "延边州", "敦化市"), text=text, outlet="敦化市融媒体中心", doc_id="a"
    )
    assert locality.main.name == "敦化市"
    assert locality.by_level["prefecture"].name == "延边朝鲜族自治州"


def test_the_city_an_official_account_is_named_after_is_the_pages_own() -> None:
    """`市委书记`, `全市` on a page of the account 铁岭发布 are 铁岭市's, though it names 四平市, where the outbreak
    was, more often than its own city (whose name it writes only in the account's)."""
    text = "四平市实行封控管理。四平市返乡人员一律隔离。市委书记卜振宇深入昌图县、西丰县检查。全市设立检查站21个。"
    _, locality = read_places(
        place_mentions(text, "四平市", "昌图县", "西丰县"), text=text, outlet="铁岭发布", doc_id="a"
    )
    assert locality.by_level["prefecture"].name == "铁岭市"


def test_an_outlet_named_by_the_short_form_of_the_pages_county_level_city_is_its() -> None:
    """`寿光日报社全媒体中心` on a page that names 寿光市 and its prefecture 潍坊市: the page is 寿光市's."""
    text = "寿光市召开会议。潍坊市疫情防控指挥部要求各地设卡。全市设立检查站21个。市疾控中心开展排查。寿光市设卡。"
    _, locality = read_places(
        place_mentions(text, "寿光市", "潍坊市"), text=text, outlet="寿光日报社全媒体中心", doc_id="a"
    )
    assert locality.main.name == "寿光市"


@pytest.mark.parametrize("names", [["湘潭市", "湘潭县", "岳塘区"], ["湘潭县", "湘潭市", "岳塘区"]])
def test_an_outlet_named_by_a_short_form_two_places_share_is_the_citys(names: list[str]) -> None:
    """`湘潭日报` on a page naming 湘潭市 and 湘潭县: the city's, whatever order the names come in."""
    from epikg.extract.places import _short_head

    assert _short_head("湘潭日报", names) == "湘潭市"


@pytest.mark.parametrize(
    ("outlet", "head"), [("铁岭发布", "铁岭"), ("汤阴融媒", None), ("湖南发布", None), ("云上嘉鱼", None)]
)
def test_an_official_account_is_named_after_a_city(outlet: str, head: str | None) -> None:
    from epikg.extract.places import account_head

    assert account_head(outlet) == head


def test_the_city_of_a_town_of_a_city_with_no_counties_is_its_own_not_a_neighbour() -> None:
    """塘厦镇 lies in 东莞市, which has no counties; a page about it that names 东莞市 once and its neighbour 深圳市
    twice is about 东莞市 (its `市防指` is 东莞市's)."""
    text = (
        "按照市防指部署,塘厦镇划定封控区。塘厦镇开展核酸检测。东莞市凤岗医院派出医护人员。"
        "塘厦与深圳市龙华区、龙岗区接壤,每天跨市通勤人员多。镇里暂停往返深圳的跨市公交线路6条。"
    )
    names = ("塘厦镇", "东莞市", "深圳市", "龙华区", "龙岗区", "塘厦", "深圳")
    _, locality = read_places(place_mentions(text, *names), text=text, doc_id="a")
    assert locality.by_level["prefecture"].name == "东莞市"


def test_a_villages_one_reading_in_a_county_the_page_never_names_is_not_taken() -> None:
    """The gazetteer's one 海拉苏嘎查 lies in 奈曼旗; a page about 敖汉旗 that names 内蒙古 does not mean it."""
    places = resolve(["海拉苏嘎查", "敖汉旗", "内蒙古"])
    assert places["海拉苏嘎查"].code is None and places["海拉苏嘎查"].derived_parent is None
    assert "/" not in places["海拉苏嘎查"].key


def test_a_towns_reading_in_the_named_county_is_preferred() -> None:
    assert full_chain(resolve(["华城镇", "五华县"])["华城镇"])[:2] == ["华城镇", "五华县"]


def test_a_citys_short_name_is_the_city_not_its_namesake_county() -> None:
    """`南昌` alone is 南昌市, not 南昌县: an article about the county writes its name (then `南昌` may be short
    for it)."""
    places = resolve(["江西省", "南昌"])
    assert (places["南昌"].name, places["南昌"].level) == ("南昌市", "prefecture")
    assert resolve(["南昌县", "南昌"])["南昌"].level == "county"


def test_a_countys_short_name_is_that_county_where_the_article_names_its_city() -> None:
    """`荆州市…洪湖、监利`: the one county of each short form in the country, in the city the article names."""
    places = resolve(["荆州市", "洪湖", "监利"])
    assert (places["洪湖"].name, places["洪湖"].level) == ("洪湖市", "county")
    assert resolve(["洪湖"])["洪湖"].level == "other"  # nothing in the article places it


def test_a_city_the_articles_county_does_not_lie_in_is_not_what_it_is_about() -> None:
    """A page about 津南区 that says 安阳 quarantines people from there is not about 安阳市."""
    text = "天津市津南区开展核酸检测。津南区封控区居民足不出户。河南安阳已对来自津南区的人员实施集中隔离。"
    _, locality = read_places(every_mention(text, "天津市", "津南区", "河南", "安阳"), text=text, doc_id="a")
    assert locality.main is not None and locality.main.name == "津南区"


def test_a_bare_town_of_the_articles_named_county_is_that_township() -> None:
    text = "固始县公安局在三河尖、陈淋子等县际交界路口设立检查站。"
    places, _ = read_places(every_mention(text, "固始县", "三河尖", "陈淋子"), doc_id="d1")
    assert (places["三河尖"].level, places["陈淋子"].level) == ("township", "township")


def test_a_hamlets_name_that_a_township_shares_keeps_no_level_of_its() -> None:
    places, _ = read_places(every_mention("某某县铺子湾设卡。", "铺子湾"), doc_id="d1")
    assert places["铺子湾"].level != "township"


@pytest.mark.parametrize(
    ("written", "listed"), [("乌兰毛都苏木", "乌兰毛都苏木乡"), ("应昌街道", "应昌街道办事处")]
)
def test_a_township_goes_by_the_ending_pages_write_where_the_listing_adds_one(
    written: str, listed: str
) -> None:
    gaz = gazetteer.load()
    assert [d.name for d in gaz.lookup_written(written)] == [listed]


def test_a_towns_page_that_names_its_villages_alike_has_no_village_of_its_own() -> None:
    """Below what the article is about, a place is the article's own of its level only where it stands out: bare
    `村卫生室` on a town's page that names two villages alike is each village's, not the one named first."""
    text = "天荒坪镇在余村、大溪村设采样点。天荒坪镇干部到余村、大溪村检查,村卫生室医务人员参与采样。天荒坪镇全面排查。"
    _, locality = read_places(every_mention(text, "天荒坪镇", "余村", "大溪村"), text=text, doc_id="a")
    assert locality.main is not None and locality.main.name == "天荒坪镇"
    assert "village" not in locality.by_level
    one = (
        "天荒坪镇在余村设采样点。余村干部逐户排查,余村党员值守。天荒坪镇干部到大溪村检查。天荒坪镇全面排查。"
    )
    _, locality = read_places(every_mention(one, "天荒坪镇", "余村", "大溪村"), text=one, doc_id="a")
    assert locality.by_level["village"].name == "余村"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the gazetteer lists 宣汉县's one 双河村 under 柳池镇; on a page about 南坝镇 it may be another
        ("宣汉县南坝镇开展排查。双河村党支部书记带领干部逐户走访。", None),
        ("宣汉县柳池镇开展排查。双河村党支部书记带领干部逐户走访。", "柳池镇"),  # the page names that town
        ("宣汉县开展排查。双河村党支部书记带领干部逐户走访。", "柳池镇"),  # nor another of the county
    ],
)
def test_a_village_lies_in_the_gazetteers_town_only_where_the_page_names_no_other_one(
    text: str, town: str | None
) -> None:
    mentions = every_mention(text, *[n for n in ("宣汉县", "南坝镇", "柳池镇", "双河村") if n in text])
    places, _ = read_places(mentions, doc_id="d1")
    assert full_chain(places["双河村"])[1:2] == ([town] if town else ["宣汉县"])


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # 吉林市 has one 新华社区 in the gazetteer, in 昌邑区's 站前街道; this page is about 永吉县's 口前镇
        ("吉林市口前镇开展排查。新华社区居民主动报备。", None),
        ("吉林市开展排查。新华社区居民主动报备。", "站前街道"),  # the page names no town of its own
    ],
)
def test_a_village_in_a_county_the_page_never_names_lies_in_no_town_beside_the_pages_own(
    text: str, town: str | None
) -> None:
    mentions = every_mention(text, *[n for n in ("吉林市", "口前镇", "新华社区") if n in text])
    places, _ = read_places(mentions, doc_id="d1")
    assert ("站前街道" in full_chain(places["新华社区"])) == (town is not None)
