"""Organizations: one body under its short and full names; bodies the rules read (suffixes, datelines)."""

from __future__ import annotations

import pytest

from epikg.extract.organizations import describe, full_names, resolve_all
from epikg.extract.place_divisions import Locality
from epikg.records import EntityType, Mention, Place

COUNTY = Place("青山县", "county", None, "青山县@t", None)
TOWN = Place("白沙镇", "township", None, "白沙镇@t", COUNTY)
LOCALITY = Locality(by_level={"county": COUNTY, "township": TOWN}, main=COUNTY)


def _orgs(*texts: str) -> list[Mention]:
    return [
        Mention(t, EntityType.ORGANIZATION, 10 * i, 10 * i + len(t), "rule:suffix")
        for i, t in enumerate(texts)
    ]


# --- one body, two names (issue 13, item 8) ---------------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("县防指", "县新冠肺炎疫情防控指挥部"),
        ("县防指", "县疫情防控工作指挥部"),
        ("县疾控", "县疾病预防控制中心"),
        ("县疾控中心", "县疾病预防控制中心"),
        ("县卫健局", "县卫生健康局"),
        ("县卫健委", "县卫生健康委员会"),
        ("县城建局", "县城乡建设局"),
        ("县交警大队", "县公安局交通警察大队"),
        ("镇防控办", "镇疫情防控工作领导小组办公室"),
        ("县防控办", "县疫情防控办公室"),  # the office named with no group before 办公室
        ("县防疫领导小组", "县疫情防控工作领导小组"),
    ],
)
def test_short_and_full_name_in_one_article_are_one_body(short: str, full: str) -> None:
    resolved = resolve_all(_orgs(short, full), LOCALITY)
    place = "青山县" if short.startswith("县") else "白沙镇"
    assert resolved[short] == resolved[full] == place + full[1:]


def test_full_name_alone_is_unchanged() -> None:
    assert resolve_all(_orgs("县新冠肺炎疫情防控指挥部"), LOCALITY) == {
        "县新冠肺炎疫情防控指挥部": "青山县新冠肺炎疫情防控指挥部"
    }


def test_short_name_alone_keeps_its_name() -> None:
    assert resolve_all(_orgs("县防指"), LOCALITY) == {"县防指": "青山县防指"}


@pytest.mark.parametrize(
    ("name", "resolved"),
    [
        ("乡卫生院", "白沙乡卫生院"),
        ("乡镇卫生院", "乡镇卫生院"),  # townships' health centres
        ("乡村振兴局", "乡村振兴局"),
        ("县市场监管局", "青山县市场监管局"),  # 县 and 市场, no 市
    ],
)
def test_a_body_of_every_place_of_two_levels_is_no_one_places(name: str, resolved: str) -> None:
    """On a page about 白沙乡, `乡卫生院` is 白沙乡's; `乡镇卫生院` and `乡村振兴局` name no one township's body."""
    township = Place("白沙乡", "township", None, "白沙乡@t", COUNTY)
    locality = Locality(by_level={"county": COUNTY, "township": township}, main=township)
    assert resolve_all(_orgs(name), locality)[name] == resolved


def test_county_short_name_is_not_a_towns_full_name() -> None:
    """南县防指 is not 南县南洲镇疫情防控指挥部: a lower division in between makes another body."""
    found = full_names(["青山县防指", "青山县白沙镇疫情防控指挥部"])
    assert found == {}


def test_a_shop_named_by_its_brand_is_the_company_of_that_registered_name() -> None:
    """`惠万家超市` and `兰陵县惠万家超市有限公司`: the brand, then the company with its place and ending; a brand two
    companies share decides nothing."""
    assert full_names(["惠万家超市", "兰陵县惠万家超市有限公司"]) == {
        "惠万家超市": "兰陵县惠万家超市有限公司"
    }
    assert full_names(["惠万家超市", "惠万家超市有限公司"]) == {"惠万家超市": "惠万家超市有限公司"}
    assert full_names(["惠万家超市", "兰陵县惠万家超市有限公司", "郯城县惠万家超市有限公司"]) == {}
    assert full_names(["万家超市", "兰陵县惠万家超市有限公司"]) == {}  # 惠 is no place


def test_short_name_of_another_place_is_another_body() -> None:
    assert full_names(["青山县疾控中心", "绿水县疾病预防控制中心"]) == {}


def test_a_body_under_its_places_short_form_is_the_body_under_the_full_name() -> None:
    """`平江卫健局` and `平江县卫健局`, `湖北司法厅` and `湖北省司法厅`: 平江 and 湖北 are the gazetteer's short forms of
    those divisions, so each pair is one body; a short form two divisions share (长沙 of 长沙县 and 长沙市) decides
    nothing, and a short form alone keeps its name (`湖南日报` is no 湖南省日报)."""
    assert full_names(["平江卫健局", "平江县卫健局"]) == {"平江卫健局": "平江县卫健局"}
    assert full_names(["湖北司法厅", "湖北省司法厅", "湖北省委"]) == {"湖北司法厅": "湖北省司法厅"}
    assert full_names(["长沙卫健局", "长沙县卫健局", "长沙市卫健局"]) == {}
    assert full_names(["湖南日报", "湖南省委"]) == {}
    # the county's committee written two ways, no short form
    assert full_names(["沙雅县委", "沙雅县县委"]) == {}
    # both shortened: the place and the body's ending
    assert full_names(["武汉城建局", "武汉市城乡建设局"]) == {"武汉城建局": "武汉市城乡建设局"}


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("琼中县教育局", "琼中黎族苗族自治县教育局"),
        ("威宁自治县卫健局", "威宁彝族回族苗族自治县卫健局"),
        ("恩施州卫健委", "恩施土家族苗族自治州卫健委"),
    ],
)
def test_a_body_under_an_autonomous_areas_short_form_with_its_ending_is_the_body_under_the_full_name(
    short: str, full: str
) -> None:
    assert full_names([short, full]) == {short: full}
    assert full_names(["长沙城建局", "长沙市城乡建设局", "长沙县城乡建设局"]) == {}


def test_short_name_with_two_full_names_takes_the_longest() -> None:
    found = full_names(["青山县防指", "青山县疫情防控指挥部", "青山县新冠肺炎疫情防控指挥部"])
    assert found["青山县防指"] == "青山县新冠肺炎疫情防控指挥部"


def test_same_full_name_in_two_articles_is_one_body() -> None:
    """The IRI comes from the full name and no article scope: resolved names are shared across articles."""
    places = {"青山县": COUNTY}
    first = describe(
        resolve_all(_orgs("县防指", "县疫情防控指挥部"), LOCALITY)["县防指"], "a1", places, COUNTY
    )
    second = describe(
        resolve_all(_orgs("县疫情防控指挥部"), LOCALITY)["县疫情防控指挥部"], "a2", places, COUNTY
    )
    assert first == second
    assert first.scope is None


def test_a_body_of_a_village_the_article_places_in_another_county_is_that_countys() -> None:
    """`鲁大村村支部` on a page from 云梦县 that places 鲁大村 in 郎君镇 of 应城市: 应城市's body, not 云梦县's."""
    own = Place("云梦县", "county", "420923", "420923", None)
    yingcheng = Place("应城市", "county", "420981", "420981", None)
    town = Place("郎君镇", "township", None, "420981/郎君镇", yingcheng)
    village = Place("鲁大村", "village", None, "420981/郎君镇/鲁大村", town)
    places = {"鲁大村": village, "郎君镇": town, "应城市": yingcheng, "云梦县": own}
    assert describe("鲁大村村支部", "d1", places, own).scope == "420981"
    assert describe("鲁大村村支部", "d2", places, yingcheng) == describe("鲁大村村支部", "d1", places, own)


def test_a_body_named_below_a_county_is_told_apart_by_the_articles_county() -> None:
    """城关镇 and 红星村 are in many counties: their bodies are one only within one county."""
    other = Place("白水县", "county", None, "白水县@t", None)
    places = {"城关镇": Place("城关镇", "township", None, "城关镇@t", COUNTY), "青山县": COUNTY}
    here = describe("城关镇党委", "a1", places, COUNTY)
    assert here == describe("城关镇党委", "a2", places, COUNTY)  # the same county's, from any article
    elsewhere = {"城关镇": Place("城关镇", "township", None, "城关镇@w", other), "白水县": other}
    assert here != describe("城关镇党委", "a3", elsewhere, other)
    unplaced = {"城关镇": Place("城关镇", "township", None, "城关镇@t", None)}
    assert describe("城关镇党委", "a4", unplaced, None).scope == "a4"  # no county stated: its article's alone
    assert describe("青山县城关镇党委", "a5", places, other).scope is None  # the name states its county
    assert describe("中国甘肃网", "a6", {}, other).scope is None  # an outlet is one wherever it is named


# --- bodies the rules read (ner/bodies/) ----------------------------------------------------


def _bodies(text: str) -> list[str]:
    from epikg.ner import rule_mentions

    return [m.text for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION]


def test_market_supervision_office_does_not_start_at_the_shi_of_shichang() -> None:
    """`联合白沙市场监督管理所`: 市 of 市场 is no level character, so the office gets no prefecture."""
    assert not any(
        b.endswith("市场监督管理所") and b != "镇市场监督管理所"
        for b in _bodies("联合白沙市场监督管理所等部门检查。")
    )
    assert "镇市场监督管理所" in _bodies("会同镇市场监督管理所检查。")


def test_a_body_does_not_run_back_over_the_verb_that_formed_it() -> None:
    """`城关镇人民政府组成工作专班`: the government formed a task force; neither is named by the whole clause."""
    assert not any("组成" in b for b in _bodies("城关镇人民政府组成工作专班,开展排查。"))


def test_dateline_outlet_with_place_after_the_date() -> None:
    assert "青山新闻网" in _bodies("青山新闻网5月2日白沙讯 今天上午,全镇开展消杀。")


def test_dateline_outlet_before_xiaoxi() -> None:
    """`某某网消息`: the genre's other dateline form."""
    assert "今日青山网" in _bodies("今日青山网消息 近日,白沙镇开展排查。")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("据县融媒体中心消息,全县已设置卡点36个。", "县融媒体中心"),
        ("据青山县融媒体中心消息,全镇开展排查。", "青山县融媒体中心"),
        ("据新华社西宁3月5日电,各地加强防控。", "新华社"),
    ],
)
def test_a_word_of_citing_before_a_dateline_is_no_part_of_the_outlet(text: str, outlet: str) -> None:
    """`据某某县融媒体中心消息`: according to the outlet's news; 据 is none of its name, nor of its span."""
    from epikg.ner import rule_mentions

    found = [m for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION]
    assert outlet in [m.text for m in found] and not any(m.text.startswith("据") for m in found)
    assert all(text[m.start : m.end] == m.text for m in found)


def test_short_names_are_bodies() -> None:
    found = _bodies("上报镇防控办,由县疾控统一安排。")
    assert "镇防控办" in found and "县疾控" in found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("领导小组下设(即:综合协调组、人员管控组、物资保障组)。", "人员管控组"),
        ("镇纪委书记带领督查考核组,对各村进行检查。", "督查考核组"),
        ("会议强调,企业复工核查组要加快进度。", "企业复工核查组"),
        ("重点场所巡查组组长王明表示,巡查已覆盖全镇。", "重点场所巡查组"),
    ],
)
def test_named_working_group_on_its_own(text: str, group: str) -> None:
    assert group in _bodies(text)


@pytest.mark.parametrize(
    "text",
    ["会议强调,工作组要入户。", "会议要求,各工作组要落实到位。", "全镇成立5个工作组,第一组要负责排查。"],
)
def test_generic_or_counted_group_is_no_name(text: str) -> None:
    assert not [b for b in _bodies(text) if b.endswith("组")]


@pytest.mark.parametrize(
    ("read", "body"),
    [("联合县街长制办公室", "县街长制办公室"), ("符合国家卫生健康委", "国家卫生健康委")],  # a standard met
)
def test_model_body_after_a_lead_verb_starts_after_it(read: str, body: str) -> None:
    """`联合县街长制办公室`: the model read 联合 (a verb) into the body's name."""
    from epikg.ner.merge import merge

    model = Mention(read, EntityType.ORGANIZATION, 0, len(read), "model")
    assert [(m.text, m.start) for m in merge([], [model])] == [(body, 2)]


def test_a_posts_short_body_is_the_body_the_article_names_in_full(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("南县新冠肺炎疫情防控指挥部召开会议。县防指指挥长张明主持。", encoding="utf-8")
    posts = extract(read_article(page)).posts
    assert [p.organization for p in posts if p.person == "张明"] == ["南县新冠肺炎疫情防控指挥部"]


def test_bare_bodies_of_an_autonomous_county_take_the_short_form_the_article_writes(tmp_path) -> None:  # noqa: ANN001
    """The genre names the bodies of a county with a long name by the short form it writes (`石柱自治县`)."""
    found = _extract(
        tmp_path,
        "石柱土家族自治县新冠肺炎疫情防控指挥部发布通告。石柱自治县要求县卫健局加强值守。县防指指挥长张明检查卡点。",
    )
    assert found.organizations["县卫健局"] == "石柱自治县卫健局"
    # the short body is still the one the article names in full
    assert [p.organization for p in found.posts if p.person == "张明"] == [
        "石柱土家族自治县新冠肺炎疫情防控指挥部"
    ]


def test_bare_bodies_of_a_county_written_only_in_full_take_the_full_name(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, "石柱土家族自治县召开会议。县卫健局要求各乡镇加强值守。")
    assert found.organizations["县卫健局"] == "石柱土家族自治县卫健局"


def test_bare_bodies_take_the_full_name_where_the_article_writes_it_more_often(tmp_path) -> None:  # noqa: ANN001
    """`景宁县域` once beside 景宁畲族自治县 throughout: the article writes its county in full, and so its bodies."""
    found = _extract(
        tmp_path,
        "景宁畲族自治县召开会议。景宁畲族自治县各乡镇加强值守。景宁畲族自治县表彰先进。"
        "景宁县域主要出入口设卡。县卫健局派出专家。",
    )
    assert found.organizations["县卫健局"] == "景宁畲族自治县卫健局"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the one hospital named before the head named by its kind
        ("桃源县人民医院加强院内感染防控。院长谭国华介绍,医院每天消毒3次。", "桃源县人民医院"),
        ("桃源县城关镇派出所加强巡逻。所长刘明带队检查。", "城关镇派出所"),
        ("辰溪县人民检察院组织干警下沉社区。检察长舒文辉看望干警。", "辰溪县人民检察院"),
        # two hospitals: 该院 points to the nearer one
        ("桃源县人民医院、县中医院加强防控。县中医院全力救治。该院院长谭国华介绍。", "桃源县中医院"),
        # two bureaus and no 该: whose head it is, the text does not say
        ("桃源县卫健局、县公安局召开会议。局长张国强强调,要严格落实各项措施。", None),
        # the headquarters set up before its head takes the post
        ("桃源县疫情防控指挥部宣告成立,由县委副书记张国强任指挥长。", "桃源县疫情防控指挥部"),
    ],
)
def test_a_head_named_by_the_kind_of_unit_is_of_the_one_unit_of_that_kind(
    tmp_path,  # noqa: ANN001
    text: str,
    body: str | None,
) -> None:
    """`院长谭国华` after the article names 桃源县人民医院: the hospital's head (data/post_head_kinds.tsv)."""
    found = _extract(tmp_path, text)
    heads = [p for p in found.posts if p.title.endswith("长")]
    assert [p.organization for p in heads] == [body]


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("城关镇党委李春生书记一行深入各村检查。", "李春生", "城关镇党委"),
        ("平江县疾控中心王志强副主任带队开展流调。", "王志强", "平江县疾控中心"),
        # the body closes an earlier phrase: whose secretary he is, the text does not say
        ("县委常委会上,王建平书记强调要落实各项措施。", "王建平", None),
    ],
)
def test_a_title_after_the_name_belongs_to_the_body_right_before_it(
    tmp_path,  # noqa: ANN001
    text: str,
    name: str,
    body: str | None,
) -> None:
    """`城关镇党委李春生书记` says what `城关镇党委书记李春生` says: the body named right before the name is the post's."""
    found = _extract(tmp_path, text)
    assert [p.organization for p in found.posts if p.person == name] == [body]


def test_a_paragraph_about_the_articles_own_county_writes_its_bodies_as_the_article_does(tmp_path) -> None:  # noqa: ANN001
    """A page headed by the banner's short form (`科右前旗:`) that names it once in full (`科尔沁右翼前旗(简称科右前旗)`):
    its bodies are named with the short form in that paragraph as everywhere else, one name for one body."""
    found = _extract(
        tmp_path,
        "科右前旗:织密防控网\n兴安盟科尔沁右翼前旗(简称科右前旗)旗委、旗政府迅速启动应急响应,"
        "旗新冠肺炎疫情防控指挥部(旗防指)发布通告。\n科右前旗各苏木乡镇加强值守,旗卫健委派出工作组。",
    )
    assert set(found.organizations.values()) == {
        "科右前旗委",
        "科右前旗政府",
        "科右前旗新冠肺炎疫情防控指挥部",
        "科右前旗卫健委",
    }


# --- bodies inside post phrases ---------------------------------------------------------------


def _extract(tmp_path, text: str):  # noqa: ANN001, ANN202
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    return extract(read_article(page))


def test_a_body_spelled_by_the_title_word_is_the_posts_not_a_mention(tmp_path) -> None:  # noqa: ANN001
    """`卫健委党组书记`: 党组书记 names the 党组; the body is the post's, not a body the article names apart."""
    found = _extract(tmp_path, "青山县召开会议。县人大常委会副主任、卫健委党组书记张明出席会议。")
    orgs = [m.text for m in found.mentions if m.type is EntityType.ORGANIZATION]
    assert not [o for o in orgs if o.endswith("党组")]
    assert [p.organization[-5:] for p in found.posts if p.title == "卫健委党组书记"] == ["卫健委党组"]


def test_a_body_before_a_bare_title_stays_a_mention(tmp_path) -> None:  # noqa: ANN001
    """`巡查组组长`: 组长 names no body, so the group is named on its own."""
    found = _extract(tmp_path, "白沙镇召开会议,重点场所巡查组组长王明表示,巡查已覆盖全镇。")
    assert "重点场所巡查组" in [m.text for m in found.mentions if m.type is EntityType.ORGANIZATION]


def test_a_title_without_a_body_takes_the_body_of_its_own_phrase(tmp_path) -> None:  # noqa: ANN001
    """`县政协副主席`: the title word gives no body; the phrase names it. The next post of the list keeps its own."""
    found = _extract(tmp_path, "青山县召开会议。县政府副县长李强、县政协副主席张明出席会议。")
    assert {p.person: p.organization for p in found.posts}["张明"].endswith("政协")


def test_the_first_post_of_a_list_does_not_take_the_next_posts_body(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, "白沙镇党委委员、宣统委员、镇疫情防控指挥部副指挥长张明检查卡点。")
    assert [p.organization for p in found.posts if p.title.endswith("宣统委员")] in ([None], [])


# --- bodies cut short or run long -------------------------------------------------------------


def test_a_body_after_a_meeting_verb_is_named_after_it_and_is_the_conveners(tmp_path) -> None:  # noqa: ANN001
    """`白沙镇召开防汛工作领导小组会议`: the rule walked back over the verb and dropped the body; it is the town's group."""
    assert "防汛工作领导小组" in _bodies("昨天,白沙镇召开防汛工作领导小组会议。")
    found = _extract(tmp_path, "昨天,白沙镇召开防汛工作领导小组会议。")
    assert "白沙镇防汛工作领导小组" in found.organizations.values()


def test_the_models_body_across_a_meeting_verb_keeps_what_was_convened() -> None:
    from epikg.ner.merge import merge

    model = Mention("白沙镇召开防汛工作领导小组", EntityType.ORGANIZATION, 0, 13, "model")
    assert [(m.text, m.start) for m in merge([], [model])] == [("防汛工作领导小组", 5)]


def test_a_verb_with_no_body_after_it_leaves_nothing() -> None:
    from epikg.ner.merge import merge

    model = Mention("白沙镇召开小组", EntityType.ORGANIZATION, 0, 7, "model")
    assert merge([], [model]) == ()


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        ("来源:苍南县图书馆 发布时间:2020-01-02", "苍南县图书馆", "other_body"),
        ("镇综治办干部王明主动返岗。", "镇综治办", "government"),
    ],
)
def test_libraries_and_comprehensive_governance_offices_are_bodies(text: str, body: str, kind: str) -> None:
    assert body in _bodies(text)
    assert describe(body, "d").type == kind


def test_standing_committees_are_typed_by_whose_they_are() -> None:
    assert describe("中共中央政治局常委会", "d").type == "party_committee"
    assert describe("青山县人大常委会", "d").type == "other_body"


def test_a_city_body_after_quan_is_read() -> None:
    """`全市疫情防控指挥部`: 全市 is an everyday word, but the level character still starts the body."""
    assert "市疫情防控指挥部" in _bodies("会后召开全市疫情防控指挥部调度会。")
    assert not [b for b in _bodies("社区疫情防控工作有序开展。") if b.startswith("区")]


def test_a_bare_government_after_a_towns_committee_is_the_towns(tmp_path) -> None:  # noqa: ANN001
    """`白沙镇党委、政府`: the committee and the government of the same town."""
    found = _extract(tmp_path, "苍南县金乡镇党委、政府高度重视,连夜部署。")
    assert "金乡镇政府" in found.organizations.values()


def test_a_bare_government_after_a_bare_committee_is_the_articles() -> None:
    from epikg.extract.organizations import paragraph_bodies
    from epikg.extract.paragraphs import Paragraphs

    text = "会上,县委、政府要求全县设卡。"
    mentions = [
        Mention("县委", EntityType.ORGANIZATION, 3, 5, "model"),
        Mention("政府", EntityType.ORGANIZATION, 6, 8, "rule:suffix"),
    ]
    named = paragraph_bodies(mentions, Paragraphs(text, mentions, {}, LOCALITY), text)
    assert resolve_all(named, LOCALITY, text)[named[1].key] == "青山县政府"


def test_two_towns_bodies_written_alike_stay_two(tmp_path) -> None:  # noqa: ANN001
    """Each named by its own clause (`金乡镇召开…会议`, `灵溪镇召开…会议`), not both by the first's."""
    found = _extract(
        tmp_path,
        "苍南县召开疫情防控会议。金乡镇召开疫情防控领导小组会议,部署返乡人员排查。"
        "灵溪镇召开疫情防控领导小组会议,要求各村设卡。",
    )
    assert {"金乡镇疫情防控领导小组", "灵溪镇疫情防控领导小组"} <= set(found.organizations.values())


def test_a_government_not_after_a_committee_is_no_new_body() -> None:
    assert "政府" not in _bodies("群众、政府和企业共同参与。")


def test_a_level_committee_before_a_bare_title_is_the_posts(tmp_path) -> None:  # noqa: ANN001
    """`县委副书记、县长张明`: 县委 is named only as his first post; the gold lists the body of his last one."""
    found = _extract(tmp_path, "苍南县召开会议。苍南县委副书记、县长张明出席。")
    assert not [m for m in found.mentions if m.type is EntityType.ORGANIZATION and m.text.endswith("县委")]
    assert [p.organization for p in found.posts if p.title == "县委副书记"] == ["苍南县委"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("县委政法委", "party_committee"),
        ("金乡镇政协工作联络组", "working_group"),
        ("金乡镇村委会", "government"),
    ],
)
def test_more_body_endings_are_bodies(name: str, kind: str) -> None:
    assert describe(name, "d").type == kind
    from epikg.ner.merge import plausible

    assert plausible(Mention(name, EntityType.ORGANIZATION, 0, len(name), "model"))


def test_a_body_does_not_run_back_over_a_conjunction() -> None:
    """`卡点及村委会路口`: 村委会 here names a spot, and the body must not swallow the list before it."""
    assert not [b for b in _bodies("值守金乡镇收费站及村委会路口卡点。") if "及" in b]


def test_a_village_committee_keeps_the_village_character() -> None:
    """`白沙村`+`村委会` is 白沙村村委会 and `白沙村`+`村民委员会` 白沙村村民委员会 (the village's name, then the body's in
    full, as the dev gold writes it); 村党支部 loses it as every other body does."""
    from epikg.extract.organizations import with_place

    village = Place("白沙村", "village", None, "白沙村@t", TOWN)
    assert with_place(village.name, "村委会") == "白沙村村委会"
    assert with_place(village.name, "村民委员会") == "白沙村村民委员会"
    assert with_place(village.name, "村党支部") == "白沙村党支部"
    assert with_place(village.name, "村务监督委员会") == "白沙村村务监督委员会"  # 村务: a word, no level


def test_a_level_character_that_begins_a_word_of_the_body_stays() -> None:
    from epikg.extract.organizations import with_place

    assert with_place("宁陕县", "市场监管局") == "宁陕县市场监管局"
    assert with_place("宁陕县", "县市场监管局") == "宁陕县市场监管局"
    assert with_place("金桥社区", "村卫生室") == "金桥社区卫生室"  # 村卫 is no word: the level goes
    assert (
        with_place("漳江街道", "市场监管所") == "漳江街道市场监管所"
    )  # after a place with no level character
    # after a city's own 市: the 市 of 市场 is still the word's, as the article's 市市场监督管理局 shows
    assert with_place("珲春市", "市场监督管理局") == "珲春市市场监督管理局"
    assert with_place("珲春市", "市市场监督管理局") == "珲春市市场监督管理局"
    assert with_place("珲春市", "市委") == "珲春市委"


def test_an_outlet_of_any_name_before_a_reporters_bracket() -> None:
    """`云上青山报道(记者王明)`: the dateline names an outlet although its name has no outlet ending."""
    assert "云上青山" in _bodies("云上青山报道(记者王明)自我县开展排查以来,")
    assert not _bodies("本报讯(记者 张明)全县开展消杀。")
    assert "云上青山" not in _bodies("云上青山报道了这件事。")


@pytest.mark.parametrize(
    ("page", "short", "full"),
    [
        (
            "耒阳市新冠肺炎疫情防控指挥部发布通告。市防指要求各乡镇严格落实。",
            "市防指",
            "耒阳市新冠肺炎疫情防控指挥部",
        ),
        (
            "耒阳市疾病预防控制中心发布提醒。市疾控中心提醒市民做好防护。",
            "市疾控中心",
            "耒阳市疾病预防控制中心",
        ),
        (
            "耒阳市公安局交通警察大队在各路口值守。市交警大队劝返车辆。",
            "市交警大队",
            "耒阳市公安局交通警察大队",
        ),
    ],
)
def test_a_county_level_citys_short_bodies_are_its_own(tmp_path, page: str, short: str, full: str) -> None:  # noqa: ANN001
    """In an article about 耒阳市, a county-level city, 市 names it (as 全市 does), not a prefecture."""
    from epikg.document import extract
    from epikg.pipeline import read_article

    path = tmp_path / "a.txt"
    path.write_text(page, encoding="utf-8")
    assert extract(read_article(path)).organizations.get(short) == full


def test_a_communitys_bare_committee_is_the_articles_community(tmp_path) -> None:  # noqa: ANN001
    """`社区党委书记` in an article about 杨家溪社区: its committee, as `村党支部书记` is the village's."""
    found = _extract(
        tmp_path, "在永定区崇文街道杨家溪社区,网格员每天排查。社区党委书记张红梅介绍,社区组建了防控队伍。"
    )
    assert [p.organization for p in found.posts if p.person == "张红梅"] == ["杨家溪社区党委"]
    # an article about a village has no community: the committee stays as written
    found = _extract(tmp_path, "在平江县城关镇向阳村,网格员每天排查。社区党委书记张红梅介绍。")
    assert [p.organization for p in found.posts if p.person == "张红梅"] == ["社区党委"]


def test_a_shop_listed_after_a_body_of_a_place_takes_no_place(tmp_path) -> None:  # noqa: ANN001
    """`平江县人民医院和好又多超市`: the shop is named by its brand; no `平江县好又多超市` the page never writes."""
    found = _extract(tmp_path, "志愿者在平江县人民医院和好又多超市设立测温点。")
    assert "好又多超市" in found.organizations.values()
    assert not [name for name in found.organizations.values() if name.endswith("县好又多超市")]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("太要镇检查站临时党支部成立。", ["太要镇检查站临时党支部"]),  # named by its checkpoint
        ("县临时指挥部开会。", []),  # a kind: what the body does before a bare suffix
    ],
)
def test_a_temporary_branch_named_by_its_site_is_a_body(text: str, bodies: list[str]) -> None:
    from epikg.ner import rule_mentions

    assert [m.text for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION] == bodies


def test_a_model_body_read_across_a_verb_of_setting_up_is_none() -> None:
    """`汇东村组织党员志愿者成立防疫服务队`: who set the team up and the team, no body's name."""
    from epikg.ner.merge import plausible

    read = "三汇镇汇东村组织党员志愿者成立防疫服务队"
    assert not plausible(Mention(read, EntityType.ORGANIZATION, 0, len(read), "model"))


def test_a_one_character_countys_government_written_with_both_its_levels_is_its_full_name() -> None:
    # `澧县县政府` (the county 澧县, then 县政府) beside `澧县人民政府`: one body
    assert full_names(["澧县县政府", "澧县人民政府"]) == {"澧县县政府": "澧县人民政府"}
    assert full_names(["庆安县政府", "庆安县人民政府"]) == {"庆安县政府": "庆安县人民政府"}


def test_a_towns_government_named_in_full_with_its_county_is_the_short_names_full_name() -> None:
    # a source line names the town's government with its county; the text says 镇政府
    assert full_names(["棉湖镇政府", "揭西县棉湖镇人民政府"]) == {"棉湖镇政府": "揭西县棉湖镇人民政府"}
    assert full_names(["棉湖镇政府", "揭阳市揭西县棉湖镇人民政府"]) == {
        "棉湖镇政府": "揭阳市揭西县棉湖镇人民政府"
    }
    assert full_names(["棉湖镇政府", "揭西县金和镇人民政府"]) == {}  # another town's


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a body's name runs down the levels: after a street, 县 opens the county's body
        ("黎城街道县政务服务中心", "黎城街道", [("黎城街道", 0), ("县政务服务中心", 4)]),
        ("东街社区市疾控中心", "东街社区", [("东街社区", 0), ("市疾控中心", 4)]),
        # a word that opens with a level character is no level: the town's own office
        ("城关镇市场监管所", "城关镇", [("城关镇市场监管所", 0)]),
        ("城关镇卫生院", "城关镇", [("城关镇卫生院", 0)]),
    ],
)
def test_the_models_body_after_a_township_or_village_opens_at_a_higher_level(
    text: str, place: str, expected: list[tuple[str, int]]
) -> None:
    from epikg.ner.merge import merge

    rule = Mention(place, EntityType.PLACE, 0, len(place), "rule:gazetteer")
    model = Mention(text, EntityType.ORGANIZATION, 0, len(text), "model")
    assert [(m.text, m.start) for m in merge([rule], [model], text=text)] == expected
