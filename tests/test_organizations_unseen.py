"""Organizations in the forms the genre writes them, beyond the articles the rules were written on (issue 13):
long official names, bodies that their suffix makes plain at every level, boundaries, quoted teams, one body
under two names, and what names no body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.extract.organizations import full_names, names_a_body
from epikg.ner import recognize, rule_mentions
from epikg.read.normalize import split_sentences
from epikg.records import EntityType, Mention
from helpers import SpanTagger


def bodies(text: str) -> list[str]:
    return [m.text for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION]


def persons_of(text: str) -> set[str]:
    return {m.text for m in recognize(text, split_sentences(text)) if m.type is EntityType.PERSON}


def _extract(tmp_path, text: str):  # noqa: ANN001, ANN202
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    return extract(read_article(page))


def graph_bodies(tmp_path, text: str) -> set[str]:  # noqa: ANN001
    """The bodies the graph would name: the article's own, its posts' and its publisher."""
    found = _extract(tmp_path, text)
    names = {*found.organizations.values(), *(p.organization for p in found.posts if p.organization)}
    return names | ({found.article.outlet} if found.article.outlet else set())


# --- long official names: the epidemic words between the place and the suffix ------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "沈丘县新型冠状病毒感染的肺炎疫情防控指挥部发布公告。",
            "沈丘县新型冠状病毒感染的肺炎疫情防控指挥部",
        ),
        ("按照县新冠肺炎疫情防控指挥部要求,各村设卡。", "县新冠肺炎疫情防控指挥部"),
        (
            "县应对新型冠状病毒感染肺炎疫情工作领导小组召开会议。",
            "县应对新型冠状病毒感染肺炎疫情工作领导小组",
        ),
        ("金乡镇新冠肺炎疫情防控工作领导小组办公室发出通知。", "金乡镇新冠肺炎疫情防控工作领导小组办公室"),
        ("市新型冠状病毒肺炎疫情防控应急指挥部印发通知。", "市新型冠状病毒肺炎疫情防控应急指挥部"),
        (
            "就市新型冠关病毒感染的肺炎疫情防控应急指挥部的通知进行解读。",
            "市新型冠关病毒感染的肺炎疫情防控应急指挥部",
        ),
        (
            "会议传达了《沈丘县新型冠状病毒感染的肺炎疫情防控指挥部公告》。",
            "沈丘县新型冠状病毒感染的肺炎疫情防控指挥部",
        ),
        ("苍南县新冠肺炎疫情联防联控工作领导小组部署排查。", "苍南县新冠肺炎疫情联防联控工作领导小组"),
        # the names of 2020 on, joining two tasks by 和
        (
            "县统筹推进新冠肺炎疫情防控和经济社会发展工作领导小组印发通知。",
            "县统筹推进新冠肺炎疫情防控和经济社会发展工作领导小组",
        ),
        ("市疫情防控和复工复产工作指挥部发布通告。", "市疫情防控和复工复产工作指挥部"),
        ("省新冠肺炎疫情防控应急综合指挥部发出通知。", "省新冠肺炎疫情防控应急综合指挥部"),
        (
            "湖南省统筹推进新冠肺炎疫情防控和经济社会发展工作总指挥部办公室发布消息。",
            "湖南省统筹推进新冠肺炎疫情防控和经济社会发展工作总指挥部办公室",
        ),
    ],
)
def test_a_long_official_name_reaches_its_place(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_long_name_in_traditional_script(tmp_path) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, "蒼南縣新型冠狀病毒感染的肺炎疫情防控指揮部發佈通告。")
    assert "苍南县新型冠状病毒感染的肺炎疫情防控指挥部" in found


@pytest.mark.parametrize(
    "text",
    [
        "全县召开新型冠状病毒感染的肺炎疫情防控工作会议。",
        "各村成立新冠肺炎疫情防控领导小组。",
        "镇党委书记张明在新冠肺炎疫情防控领导小组会议上强调。",
    ],
)
def test_epidemic_words_do_not_make_a_clause_a_body(text: str) -> None:
    """A meeting, bodies set up in every village, a person's words: the long walk back stops as the short one."""
    assert not [b for b in bodies(text) if "会议" in b or "成立" in b or "张明" in b or b.startswith("村")]


# --- bodies that their suffix makes plain, at each level ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县教育局、县民政局、县应急管理局联合开展检查。", ["县教育局", "县民政局", "县应急管理局"]),
        ("县发改局、县市场监管局开展价格检查。", ["县发改局", "县市场监管局"]),
        ("城关街道办事处组织干部下沉社区。", ["城关街道办事处"]),
        ("县妇联、县总工会发出倡议。", ["县妇联", "县总工会"]),
        ("县消防救援大队对隔离点进行消杀。", ["县消防救援大队"]),
        ("县人武部组织民兵值守卡点。", ["县人武部"]),
        ("金乡镇社区卫生服务中心开展核酸采样。", ["金乡镇社区卫生服务中心"]),
        ("苍南县司法局、县税务局派出干部。", ["苍南县司法局", "县税务局"]),
        ("县委常委会会议研究部署疫情防控工作。", ["县委常委会"]),
        ("镇宣传队走村入户。", ["镇宣传队"]),
        ("县市场监督管理局、县交通运输局组成检查组。", ["县市场监督管理局", "县交通运输局"]),
        ("县自然资源和规划局派出干部。", ["县自然资源和规划局"]),
        ("县委第二巡察组进驻城关镇开展督查。", ["县委第二巡察组"]),  # the party's inspection teams
        ("省委巡视组、市暗访组先后到我县。", ["省委巡视组", "市暗访组"]),
        ("主办:德宏团结报社", ["德宏团结报社"]),  # a newspaper's office
        ("县道路运输管理所所长喻德华介绍情况。", ["县道路运输管理所"]),  # the transport bureau's agencies
        ("县地方海事处对汉江谷城段开展巡查。", ["县地方海事处"]),
        ("县公路管理站站长龚振宇带队巡查。", ["县公路管理站"]),
        # associations of people from one place, whose country abroad is no place of its own there
        ("马来西亚安溪会馆捐赠医用口罩2万只。", ["马来西亚安溪会馆"]),
        ("加拿大温哥华台山同乡总会捐款8万元。", ["加拿大温哥华台山同乡总会"]),
    ],
)
def test_a_body_named_by_its_suffix(text: str, expected: list[str]) -> None:
    found = bodies(text)
    assert all(e in found for e in expected), found


def test_a_branch_named_after_its_village_is_the_posts_body(tmp_path) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, "陈军是金乡镇红光村党总支书记,他年初一就回到村里。")
    assert any(b.endswith("红光村党总支") for b in found)


# --- boundaries: no verb before, no title after ------------------------------------------------------------


def test_a_title_after_a_body_is_not_part_of_it() -> None:
    assert "县卫健局" in bodies("县卫健局局长王明介绍情况。")
    assert not [b for b in bodies("县卫健局局长王明介绍情况。") if "局长" in b]


def test_a_section_after_a_body_holds_no_list_mark() -> None:
    """`省疾控中心、中科院`: the list goes on after the body; 中科 (of 中科院) is no section of it (`疾控科`)."""
    found = bodies("武汉市组织专家、省疾控中心、中科院武汉病毒所开展调查。")
    assert "省疾控中心" in found and not [b for b in found if "、" in b]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县教育局疫情防控工作领导小组召开专题会议。", "县教育局疫情防控工作领导小组"),
        ("县卫健局新冠肺炎疫情防控领导小组办公室发出通知。", "县卫健局新冠肺炎疫情防控领导小组办公室"),
        ("县人民医院疫情防控指挥部要求各科室加强预检分诊。", "县人民医院疫情防控指挥部"),
    ],
)
def test_a_bodys_own_command_is_a_body_named_with_its_parent(text: str, body: str) -> None:
    """The epidemic words and a command's ending right after a body's name: the body's own command, one body."""
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大英镇联合派出所等部门成立值班队伍。", []),
        ("金乡镇党委联合县市场监管局开展检查。", ["金乡镇党委", "县市场监管局"]),
        ("镇政府联合县卫健局开展督查。", ["县卫健局"]),
    ],
)
def test_a_lead_verb_is_not_part_of_the_body_after_it(text: str, expected: list[str]) -> None:
    """`大英镇联合派出所`: the town worked with a police station; no body is named 大英镇联合派出所."""
    found = bodies(text)
    assert not [b for b in found if "联合" in b]
    assert all(e in found for e in expected)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("城关镇党委书记张明到卫生院检查疫情防控工作。", "张明", None),
        ("城关镇党委书记张明到县人民医院检查发热门诊。", "张明", "县人民医院"),
        ("镇长王芳来到中心卫生院看望医护人员。", "王芳", "中心卫生院"),
        ("河口镇副镇长李强前往县疾控中心对接工作。", "李强", "县疾控中心"),
    ],
)
def test_a_body_gone_to_starts_after_the_verb(text: str, person: str, body: str | None) -> None:
    """`城关镇党委书记张明到卫生院`: the town's secretary went to a health centre; no body's name runs back over
    the verb of going to it, the title and the person who went."""
    found = bodies(text)
    assert not [b for b in found if person in b]
    assert body is None or body in found
    assert person in persons_of(text)


def test_a_places_newspapers_are_a_kind_not_a_body() -> None:
    """`台北报社` after 来自, in a list of kinds: Taipei's newspapers; `德宏团结报社` names its paper."""
    assert not [b for b in bodies("记者团由来自台北报社、通讯社、电视台的记者组成。") if b.endswith("报社")]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "县委成立流调溯源工作专班、隔离管控工作专班和物资保障工作专班,全县进入战时状态。",
            ["流调溯源工作专班", "隔离管控工作专班", "物资保障工作专班"],
        ),
        ("会议决定成立返乡人员服务管理工作专班,由副县长任组长。", ["返乡人员服务管理工作专班"]),
        ("卫健局成立了核酸采样工作专班,连夜开展采样。", ["核酸采样工作专班"]),  # not 了核酸…
        ("镇里组建起物资配送组,为隔离户送菜。", ["物资配送组"]),
        (
            "指挥部下设综合协调组、医疗救治组、宣传引导组三个工作组。",
            ["综合协调组", "医疗救治组", "宣传引导组"],
        ),
        # a list closed by 等 and its kind: the groups, not a body over 等
        ("指挥部成立企业服务组、劳务输出组等工作专班,帮助企业复工。", ["企业服务组", "劳务输出组"]),
        # numbered items of a headquarters' groups, each opened by its group's name
        (
            "二、指挥部下设2个工作组\n(一)综合协调组。组长:陆国林。负责信息汇总。\n2.医疗救治组。负责救治。",
            ["综合协调组", "医疗救治组"],
        ),
    ],
)
def test_working_groups_set_up_or_listed_are_bodies(text: str, groups: list[str]) -> None:
    """A group named where it is set up (`成立…工作专班`), after 下设, or as the last of a list before its count."""
    found = [m.text for m in recognize(text, split_sentences(text)) if m.type is EntityType.ORGANIZATION]
    assert all(g in found for g in groups), found
    assert not [b for b in found if b not in groups and b.endswith(("专班", "组"))]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("全县成立了以县长为组长的疫情防控工作领导小组,统筹全县工作。", "疫情防控工作领导小组"),
        ("乡里组建了以乡党委书记任组长的疫情防控工作专班,下设四个小组。", "疫情防控工作专班"),
        ("我县迅速成立由县委副书记任指挥长的防控指挥部。", "防控指挥部"),
        ("镇上成立了以副镇长为组长的应急处置组,负责转运。", "应急处置组"),
    ],
)
def test_a_body_named_after_who_leads_it(text: str, body: str) -> None:
    """`以县长为组长的…领导小组`: what is said of a body's leader before 的 is no part of its name, which starts
    after 的."""
    found = [m.text for m in recognize(text, split_sentences(text)) if m.type is EntityType.ORGANIZATION]
    assert body in found, found
    assert not [b for b in found if "的" in b]
    # nor is a particle after the leader's post a name for the model to check (`指挥长的防控`)
    assert not [m for m in rule_mentions(text) if m.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "text",
    [
        "通讯\n2020年2月5日\n平江县成立了由县委书记任组长的疫情防控工作领导小组。\n",
        "通讯\n2020年2月5日\n平江县成立了以县长为组长的疫情防控工作领导小组。\n",
    ],
)
def test_the_body_a_leaders_title_spells_is_none_of_the_articles(tmp_path, text: str) -> None:  # noqa: ANN001
    """`由县委书记任组长的`: 县委 is named only as the title of whoever leads the group: no body of the article's,
    and none that orders the group set up."""

    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    found = extract(
        read_article(page), tagger=SpanTagger(("ORG", "县委"), ("LOC", "平江县"))
    )  # as the model reads
    assert set(found.bodies) == {"平江县疫情防控工作领导小组"}
    assert {m.ordered_by for m in found.measures} <= {None, "平江县疫情防控工作领导小组"}


def test_a_body_read_only_inside_a_post_orders_no_measure_and_the_page_stands(tmp_path) -> None:  # noqa: ANN001
    """`院党委书记、院长幸志平为队员们授旗,并叮嘱大家做好个人防护`: 院党委 is read inside the post, which resolves
    it to the hospital's 党委; the measure names no body that nothing else names (such an orderer made the page
    fail the shapes, and the whole page was set aside)."""
    from epikg.document import extract
    from epikg.pipeline import graph_of, read_article
    from epikg.validate import validate

    page = tmp_path / "a.txt"
    page.write_text(
        "垫江县人民医院医疗队出征\n发布时间：2020-02-15\n2月14日，垫江县人民医院召开出征仪式。"
        "院党委书记、院长幸志平为队员们授旗，并叮嘱大家做好个人防护，平安归来。\n",
        encoding="utf-8",
    )
    model = SpanTagger(("ORG", "垫江县人民医院"), ("ORG", "院党委"), ("PER", "幸志平"))  # as the model reads
    found = extract(read_article(page), tagger=model)
    assert {m.ordered_by for m in found.measures} - {None} <= set(found.bodies)
    assert validate(graph_of([found])).conforms


@pytest.mark.parametrize(
    ("text", "body", "posts"),
    [
        (
            "平江县召开会议。县里成立了以县委书记李明为组长、县长王强为第一副组长的疫情防控工作领导小组。",
            "平江县疫情防控工作领导小组",
            {("李明", "组长"), ("王强", "第一副组长")},
        ),
        (
            "苍南县召开会议。县里成立了由县长任指挥长的新冠肺炎疫情防控指挥部。",
            "苍南县新冠肺炎疫情防控指挥部",
            set(),
        ),
        (
            "城关镇召开会议。会议决定成立以镇长刘伟为指挥长的疫情防控指挥部。",
            "城关镇疫情防控指挥部",
            {("刘伟", "指挥长")},
        ),
    ],
)
def test_a_body_named_after_its_leaders_is_of_their_level_and_holds_their_posts(
    tmp_path,  # noqa: ANN001
    text: str,
    body: str,
    posts: set,
) -> None:
    """The level of the leaders' first post (县委书记, 镇长) is the body's, in the article's place of that level;
    the posts 为 gives them in the phrase (组长, 指挥长) are that body's."""
    found = _extract(tmp_path, text)
    assert body in found.organizations.values()
    assert {(name, title, body) for name, title in posts} <= {
        (p.person, p.title, p.organization) for p in found.posts
    }


def test_a_count_of_groups_is_no_groups_name() -> None:
    assert not [b for b in bodies("干部带头组建卡点服务、考核督查六个工作专班。") if "六个" in b]


@pytest.mark.parametrize(
    "text",
    ["全县9家乡镇卫生院全部设立发热门诊。", "县乡镇派出所民警连夜值守。", "网格员和驻村工作队开展敲门行动。"],
)
def test_a_kind_of_division_before_a_suffix_names_no_one_body(text: str) -> None:
    """`乡镇卫生院`: every township's health centre, not the health centre of the article's own town; `驻村工作队`:
    the teams stationed in villages (a verb before 村), not the team of the article's own village."""
    assert bodies(text) == []


def test_a_joint_committee_keeps_lianhe() -> None:
    """`联合党支部`, `联合检查组`: 联合 before a committee or a team names a joint one."""
    assert any(b.endswith("联合党支部") for b in bodies("金乡镇联合党支部组织党员值守。"))


def test_the_models_body_across_a_lead_verb_starts_after_it() -> None:
    from epikg.ner.merge import merge
    from epikg.records import Mention

    model = Mention("大英镇联合县公安局", EntityType.ORGANIZATION, 0, 9, "model")
    assert [m.text for m in merge([], [model])] == ["县公安局"]
    bare = Mention("大英镇联合派出所", EntityType.ORGANIZATION, 0, 8, "model")
    assert merge([], [bare]) == ()


def test_bodies_counted_by_their_level_are_a_kind() -> None:
    """`全县16家镇卫生院`: sixteen township health centres, none named; the one a later sentence names is a body."""
    assert bodies("全县16家镇卫生院全部开设发热诊室。") == []
    assert bodies("全县三所县医院开设发热门诊,县人民医院扩容床位。") == ["县人民医院"]


def test_the_models_body_across_a_clause_word_is_none() -> None:
    """`平安镇组织农机合作社为农户代耕`: the town organizes a cooperative; the model's span is a clause, no name."""
    from epikg.ner.merge import merge
    from epikg.records import Mention

    model = Mention("平安镇组织农机合作社", EntityType.ORGANIZATION, 0, 10, "model")
    assert merge([], [model]) == ()
    assert bodies("县委组织部派出工作组。") == ["县委组织部"]


# --- teams named in quotes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("“小喇叭宣传队”走街串巷。", "小喇叭宣传队"),
        ("「红袖章志愿服务队」每天巡逻。", "红袖章志愿服务队"),
        ("快递公司组建“海淀街道文明小哥”物资运送车队。", "海淀街道文明小哥"),
        ("村里组建“红马甲”巡逻队。", "红马甲"),
        ("团县委成立“青春战疫”志愿服务专班。", "青春战疫"),
    ],
)
def test_a_quoted_team_name_is_a_body(text: str, team: str) -> None:
    assert team in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "利用“大喇叭”广播防控知识。",
        "领导小组下设“一办十五组”统筹协调。",
        "落实“四早”要求。",
        "争当“最美逆行者”。",
        "“两委”干部带头入户。",
        "组建“党员突击队”。",
        "实行“三班倒”坚守卡点。",
        "扫“云南健康码”登记后再排队采样。",  # 排队: to queue, no team's ending
    ],
)
def test_quoted_words_that_name_no_team(text: str) -> None:
    assert bodies(text) == []


# --- what is no body ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民政部、交通运输部联合发出通知。", ["民政部", "交通运输部"]),
        ("海关总署要求严格入境检疫,国家卫健委每日通报疫情。", ["海关总署", "国家卫健委"]),
        ("中央指导组到市里督导。", ["中央指导组"]),
        ("工业和信息化部协调防护物资生产。", ["工业和信息化部"]),
        ("银保监会、国台办相继发布通知。", ["银保监会", "国台办"]),
        ("央行下调存款准备金率。", ["央行"]),
    ],
)
def test_a_national_body_named_alone_is_a_body(text: str, expected: list[str]) -> None:
    """The ministries and national administrations a page cites by name, with no place before them
    (data/org_national_bodies.txt)."""
    assert bodies(text) == expected


def test_a_longer_body_the_model_reads_around_a_national_bodys_name_is_that_body() -> None:
    from epikg.ner.bodies import NATIONAL_BODY
    from epikg.ner.merge import merge

    rule = [Mention("中共中央", EntityType.ORGANIZATION, 0, 4, NATIONAL_BODY)]
    model = [Mention("中共中央政治局常委会", EntityType.ORGANIZATION, 0, 10, "model")]
    assert [m.text for m in merge(rule, model)] == ["中共中央政治局常委会"]
    assert [m.text for m in merge(rule, [])] == ["中共中央"]


def test_a_groups_office_after_its_body_is_one_body() -> None:
    assert "县疫情防控指挥部医疗救治组办公室" in bodies("县疫情防控指挥部医疗救治组办公室主任张华说。")


def test_a_verb_of_asking_inside_the_models_body_starts_the_body_after_it() -> None:
    """`请求中央人民政府提请全国人民代表大会常务委员会`: 提请 (asks a body to act), then a body of its own name; 联合
    before a bare kind names a joint one."""
    from epikg.ner.bodies import verb_inside

    name = "中央人民政府提请全国人民代表大会常务委员会"
    assert name[verb_inside(name) :] == "全国人民代表大会常务委员会"
    assert verb_inside("红星村联合党支部") == 0


def test_a_post_in_a_unit_belongs_to_the_unit(tmp_path) -> None:  # noqa: ANN001
    """`区疾控流调组组长`: the unit the words before the title name, not the body their start names (区疾控)."""
    found = _extract(tmp_path, "开州区召开会议。据区疾控流调组组长欧阳明介绍,已追踪密接12人。")
    assert {p.organization for p in found.posts if p.person == "欧阳明"} == {"开州区疾控流调组"}


@pytest.mark.parametrize(
    "text",
    [
        "县民政部门组织排查。",
        "各地交通运输部门加强检查。",
        "商务部门和公安部门联合执法。",
        "做好春耕农业部署。",
        "中央行政机关带头落实。",  # 央行 ends no body's name after 中
    ],
)
def test_a_national_bodys_name_in_departments_of_a_kind_is_none(text: str) -> None:
    """`民政部门`: the civil-affairs departments of anywhere, a generic phrase, no ministry; `部署`: to deploy."""
    assert bodies(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "各单位、相关部门要落实责任,有关部门要加强督查。",
        "各村要设立卡点,各镇卫生院开设发热门诊。",
        "各乡镇派出所加强巡逻。",
        "浯口镇、安定镇两地派出所加强巡逻。",  # both towns' stations: no body named after the last town
        "城关镇、长寿镇三地卫生院开设发热门诊。",
        "全县各村党支部发挥战斗堡垒作用。",
        "每个村成立志愿服务队。",
        "县委召开常委会会议,研究疫情防控工作。",
        "印发《苍南县疫情防控工作方案》。",
        "她被闭环转运至市定点医院进行隔离治疗。",
        "镇里组织村委干部入户排查。",
    ],
)
def test_generic_bodies_and_kinds_are_no_body(text: str) -> None:
    """A group of bodies (`各村党支部`), a body by what it does (`市定点医院`), a meeting, a document."""
    assert [b for b in bodies(text) if b not in ("县委",)] == []


def test_a_source_line_that_names_a_place_names_no_publisher(tmp_path) -> None:  # noqa: ANN001
    """`来源:永丰镇`: the town's office published it; the page does not name that office."""
    found = graph_bodies(tmp_path, "永丰镇开展排查。全镇设卡点5个。\n(来源:永丰镇 王维玉)")
    assert "永丰镇" not in found
    assert not names_a_body("永丰镇") and names_a_body("苍南新闻网")


def test_a_source_line_that_names_an_outlet_is_a_publisher(tmp_path) -> None:  # noqa: ANN001
    assert "苍南新闻网" in graph_bodies(tmp_path, "金乡镇开展排查。\n来源:苍南新闻网")


# --- one body, two names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("苍南县人武部", "苍南县人民武装部"),
        ("苍南县发改局", "苍南县发展和改革局"),
        ("苍南县教体局", "苍南县教育和体育局"),
        ("苍南县妇联", "苍南县妇女联合会"),
        ("苍南县城管局", "苍南县综合行政执法局"),
        ("红光村村委", "红光村村民委员会"),
        ("东关社区居委会", "东关社区居民委员会"),
    ],
)
def test_short_and_full_names_of_more_bodies(short: str, full: str) -> None:
    assert full_names([short, full]) == {short: full}


def test_a_bureau_of_another_county_is_another_body() -> None:
    assert full_names(["苍南县人武部", "平阳县人民武装部"]) == {}


# --- the model's body one character short of its ending ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "body"),
    [
        ("阳春中心校开展开学演练。", "阳春中心", "阳春中心校"),
        ("县政府办印发通知。", "县政府", "县政府办"),
        ("县委书记张明主持会议。", "县委", "县委"),
        ("金乡镇卫生院开设发热门诊。", "金乡镇卫生院", "金乡镇卫生院"),
        ("苍南县委召开会议。", "苍南县委", "苍南县委"),
    ],
)
def test_a_body_cut_short_runs_on_to_its_ending(text: str, model: str, body: str) -> None:
    from epikg.ner.merge import extend_to_ending
    from epikg.records import Mention

    start = text.index(model)
    mention = Mention(model, EntityType.ORGANIZATION, start, start + len(model), "model")
    assert extend_to_ending(text, mention).text == body


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("今天向阳村委会主任李刚带队巡查。", "阳村委会", "向阳村委会"),  # 向 opens the village's common name
        ("和平社区组织志愿者消杀。", "平社区", "和平社区"),
        ("工作组向县委汇报。", "县委", "县委"),  # a preposition before a body stays outside it
        ("李刚向阳光社区居民宣传。", "阳光社区", "阳光社区"),
    ],
)
def test_a_reading_one_character_into_a_common_place_name_starts_with_it(
    text: str, model: str, name: str
) -> None:
    from epikg.ner.merge import extend_to_place_name_word
    from epikg.records import Mention

    start = text.index(model)
    mention = Mention(model, EntityType.ORGANIZATION, start, start + len(model), "model")
    assert extend_to_place_name_word(text, mention).text == name


def test_a_village_committee_named_by_a_common_place_name_is_its_villages(tmp_path) -> None:  # noqa: ANN001
    """`向阳村委会主任`: 向 opens the village's name (a common one), not a preposition before 阳村, where the
    model read 阳村委会."""
    from tests.helpers import SpanTagger

    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("2020年2月3日\n今天向阳村委会主任李刚带队巡查。\n", encoding="utf-8")
    found = extract(read_article(page), tagger=SpanTagger(("ORG", "阳村委会"), ("PER", "李刚")))
    assert [(p.person, p.organization) for p in found.posts] == [("李刚", "向阳村委会")]
    assert {p.name for p in found.places.values()} == {"向阳村"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("沈丘县召开会议。县人大常委会副主任、卫健委党组书记张明出席会议。", "人大常委会"),
        ("苍南县召开会议。县人大副主任、县卫健局局长李强出席会议。", "人大"),
    ],
)
def test_a_levels_congress_named_only_in_a_first_post_is_the_posts(tmp_path, text: str, body: str) -> None:  # noqa: ANN001
    """`县人大常委会副主任、卫健委党组书记张明`: the congress is named only as his first post; the gold lists the
    body of his last one, and the graph keeps the congress on the post (org:organization)."""
    found = _extract(tmp_path, text)
    assert not [m for m in found.mentions if m.type is EntityType.ORGANIZATION and m.text.endswith(body)]
    assert any((p.organization or "").endswith(body) for p in found.posts)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("领导小组下设“1办五组”(即:领导小组办公室、人员管控组、医疗救治组)。", "领导小组办公室"),
        ("二要严格防控措施。指挥部办公室要不等不靠,提前谋划。", "指挥部办公室"),
        ("县疫情防控指挥部办公室印发通知。", "县疫情防控指挥部办公室"),
    ],
)
def test_a_groups_office_is_a_body(text: str, office: str) -> None:
    assert office in bodies(text)


def test_a_bare_office_is_the_articles_own_not_one_body_everywhere() -> None:
    from epikg.extract.organizations import describe

    assert describe("领导小组办公室", "a1") != describe("领导小组办公室", "a2")
    assert describe("苍南县疫情防控指挥部办公室", "a1") == describe("苍南县疫情防控指挥部办公室", "a2")
    assert "会议要求" not in "".join(bodies("会议要求,领导小组要加强统筹。"))
    assert bodies("会议要求,领导小组要加强统筹。") == []


def test_a_village_committee_after_a_village_the_gazetteer_does_not_know() -> None:
    """`金乡镇红光村村委会`: the town's name starts it, the village between is part of the name."""
    assert "金乡镇红光村村委会" in bodies("金乡镇红光村村委会组织志愿者。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("苍南县金乡镇召开会议。镇党委政府高度重视。", {"金乡镇党委", "金乡镇政府"}),
        ("苍南县金乡镇召开会议。金乡镇党委政府高度重视。", {"金乡镇党委", "金乡镇政府"}),
        ("苍南县金乡镇召开会议。金乡镇党委、政府高度重视。", {"金乡镇党委", "金乡镇政府"}),
        ("韶山市委市政府召开专题会议。", {"韶山市委", "韶山市政府"}),  # the level character again
        ("望城区委区政府高度重视。", {"望城区委", "望城区政府"}),
    ],
)
def test_a_committee_and_government_written_together_are_two_bodies(
    tmp_path, text: str, expected: set[str]
) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, text)
    assert expected <= found
    assert not [b for b in found if b.endswith(("党委政府", "委市政府", "委区政府"))]


# --- outlets -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("苍南融媒讯 近日,金乡镇开展排查。", "苍南融媒"),
        ("苍南县融媒体中心讯 近日,金乡镇开展排查。", "苍南县融媒体中心"),
    ],
)
def test_a_media_centres_dateline_names_it(text: str, outlet: str) -> None:
    assert outlet in bodies(text)


def test_a_verb_before_xiaoxi_is_no_dateline() -> None:
    assert bodies("会议发布消息,全县设卡。") == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("金乡镇开展排查。\n来源:人民日报客户端", "人民日报客户端"),
        ("金乡镇开展排查。\n来源:苍南县人民政府网", "苍南县人民政府网"),
    ],
)
def test_no_second_body_inside_a_source_lines_outlet(tmp_path, text: str, outlet: str) -> None:  # noqa: ANN001
    assert graph_bodies(tmp_path, text) == {outlet}


def test_two_outlets_of_a_source_line_keep_their_parts(tmp_path) -> None:  # noqa: ANN001
    """`四川日报-川观新闻`: the parts read inside it stay bodies of their own."""
    from epikg.extract.organizations import single_outlet

    assert single_outlet("四川日报-川观新闻", (0, 9)) is None
    assert single_outlet("人民日报客户端", (3, 10)) == (3, 10)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("南县疫情防控指挥部", "南县新冠肺炎疫情防控指挥部"),
        ("南县指挥部", "南县新冠肺炎疫情防控工作指挥部"),
        ("南县防控指挥部", "南县新型冠状病毒感染的肺炎疫情防控指挥部"),
        ("白沙镇领导小组", "白沙镇疫情防控工作领导小组"),
        ("白沙镇疫情防控领导小组", "白沙镇新冠肺炎疫情防控工作领导小组"),
        # a short name with epidemic words of its own: the place is what stands before them
        ("南县防疫指挥部", "南县新冠肺炎疫情防控指挥部"),
        ("南县疫情防控应急指挥部", "南县新冠肺炎疫情防控应急工作指挥部"),
        ("南县疫情防控指挥部", "南县应对新型冠状病毒感染的肺炎疫情工作指挥部"),
        ("白沙镇防控领导小组", "白沙镇新冠肺炎疫情防控工作领导小组"),
        # two forms of one hospital's and one brigade's name
        ("南县中医院", "南县中医医院"),
        ("南县交警大队", "南县公安局交警大队"),
        # a headline's short name of a procuratorate and a court
        ("献县检察院", "献县人民检察院"),
        ("歙县法院", "歙县人民法院"),
    ],
)
def test_a_headquarters_named_with_fewer_words_is_the_one_named_in_full(short: str, full: str) -> None:
    assert full_names([short, full]) == {short: full}


@pytest.mark.parametrize(
    "names",
    [
        ["南县疫情防控指挥部", "南县南洲镇新冠肺炎疫情防控指挥部"],
        ["南县防汛指挥部", "南县新冠肺炎疫情防控指挥部"],
        ["南县疫情防控指挥部", "北县新冠肺炎疫情防控指挥部"],
        # the epidemic words stripped, the places still differ
        ["南县防疫指挥部", "北县新冠肺炎疫情防控指挥部"],
        ["南县防汛抗旱指挥部", "南县防疫指挥部"],  # not an epidemic headquarters
        # a bare one of epidemic words alone: whose, only the article tells
        ["防疫指挥部", "南县新冠肺炎疫情防控指挥部"],
    ],
)
def test_another_place_or_another_task_is_another_headquarters(names: list[str]) -> None:
    assert full_names(names) == {}


# --- bodies set up: the place that sets one up is its place --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("苍南县金乡镇召开会议。金乡镇第一时间成立疫情防控工作专班。", "金乡镇疫情防控工作专班"),
        (
            "苍南县召开会议。全县第一时间成立疫情防控工作领导小组,下设8个工作组。",
            "苍南县疫情防控工作领导小组",
        ),
        ("苍南县召开会议。我县迅速成立新冠肺炎疫情防控指挥部。", "苍南县新冠肺炎疫情防控指挥部"),
        ("苍南县召开会议。灵溪镇城东街道成立疫情防控工作组,书记任组长。", "城东街道疫情防控工作组"),
    ],
)
def test_a_body_set_up_is_the_setters(tmp_path, text: str, body: str) -> None:  # noqa: ANN001
    assert body in graph_bodies(tmp_path, text)


def test_a_body_a_level_sets_up_in_a_roundups_section_is_the_sections_town(tmp_path) -> None:  # noqa: ANN001
    """`梅港乡:乡里成立疫情防控工作专班` in a county's roundup: 梅港乡's team, not a bare `乡` one's; the next section's
    team of the same name is its own town's."""
    found = graph_bodies(
        tmp_path,
        "余干县各乡镇扎实做好疫情防控工作。\n古埠镇:在各村设立卡点。\n"
        "梅港乡:乡里成立疫情防控工作专班,下设排查、卡点、宣传3个小组。\n三塘乡:乡里成立疫情防控工作专班,在各村设卡。",
    )
    assert {"梅港乡疫情防控工作专班", "三塘乡疫情防控工作专班"} <= found and "乡疫情防控工作专班" not in found


def test_a_body_among_the_members_of_one_set_up_is_not_the_body_set_up() -> None:
    """`东北峪村成立了由第一书记、驻村工作队和…组成的…专班`: the work team is a member, not 东北峪村's new body; the
    team set up after the list is 东北峪村's."""
    from epikg.extract.organizations import paragraph_bodies
    from epikg.extract.paragraphs import Paragraphs
    from epikg.extract.place_divisions import Locality

    text = "1月26日,东北峪村成立了由第一书记、驻村工作队和村两委成员组成的疫情防控工作专班。"
    mentions = [
        Mention(name, kind, text.index(name), text.index(name) + len(name), "model")
        for name, kind in (
            ("东北峪村", EntityType.PLACE),
            ("驻村工作队", EntityType.ORGANIZATION),
            ("疫情防控工作专班", EntityType.ORGANIZATION),
        )
    ]
    named = paragraph_bodies(mentions, Paragraphs(text, mentions, {}, Locality(by_level={})), text)
    assert [m.name for m in named[1:]] == ["", "东北峪村疫情防控工作专班"]


def test_a_body_written_with_its_place_takes_none_from_its_clause(tmp_path) -> None:  # noqa: ANN001
    """`街道…在全区率先成立禄口街道疫情防控前线指挥部`: the street's body as written, no `江宁区` before it, and the
    district's headquarters stays the district's."""
    found = graph_bodies(
        tmp_path,
        "江宁区召开疫情防控会议。\n禄口街道:街道党工委在全区率先成立禄口街道疫情防控前线指挥部,由街道书记任指挥长。"
        "按照江宁区新冠肺炎疫情防控指挥部的统一部署,干部全部下沉一线。",
    )
    assert {"禄口街道疫情防控前线指挥部", "江宁区新冠肺炎疫情防控指挥部"} <= found
    assert not [b for b in found if b.startswith("江宁区禄口街道")]


def test_a_level_the_page_writes_of_its_place_in_error_joins_no_body(tmp_path) -> None:  # noqa: ANN001
    """`该镇成立` on a page about 裴营乡, a 乡: the writer's slip names no place, and the body is not read with a bare
    `镇` stuck across the verb (`镇党员突击队`)."""
    found = graph_bodies(tmp_path, "裴营乡开展排查。同时,该镇成立疫情防控工作专班,由党委书记担任组长。")
    assert found and not [b for b in found if b.startswith("镇")]


@pytest.mark.parametrize(
    "text",
    [
        "苍南县召开会议。全县304个行政村都成立了疫情防控志愿服务队。",
        "苍南县召开会议。全县共组建党员突击队440个。",
        "苍南县召开会议。在全县213个行政村建立了公共卫生安全委员会。",
        "苍南县召开会议。五岔村成立值班执勤队伍。",
        "苍南县召开会议。各村成立了由村支书任组长的疫情防控工作专班。",
        "五岔村召开会议。各村成立了由村支书任组长的疫情防控工作专班。",
    ],
)
def test_bodies_set_up_in_many_places_or_described_are_not_one_places(tmp_path, text: str) -> None:  # noqa: ANN001
    """Many bodies of a kind (`各村都成立`, `各村成立了由村支书任组长的`), or a team in general (`队伍`): no one
    body of the article's place, and none named across 的."""
    found = graph_bodies(tmp_path, text)
    assert not [b for b in found if b.startswith(("苍南县", "五岔村")) or "的" in b or "队伍" in b]


def test_a_bare_body_is_its_articles_own() -> None:
    """`疫情防控指挥部` with no place means a different body in each article."""
    from epikg.extract.organizations import describe

    assert describe("疫情防控指挥部", "a1") != describe("疫情防控指挥部", "a2")


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("做法被央视新闻客户端直播,并被《吉林日报》报道。", ["央视新闻客户端", "吉林日报"]),
        ("据新华网报道,全县设卡。", ["新华网"]),
        ("该做法被人民日报客户端刊发。", ["人民日报客户端"]),
        ("相关经验被苍南新闻网转载。", ["苍南新闻网"]),
        ("据经济日报报道,全县设卡。", ["经济日报"]),
        ("【某某日报记者】核酸检测和就医情况怎么样?", ["某某日报"]),  # a press conference's question
        ("据新华网记者了解,全县设卡。", ["新华网"]),
        ("本文转载自红网。", ["红网"]),  # where the story was taken from
        ("本文摘自《人民日报》,有删节。", ["人民日报"]),
        ("此前,大河报、中国日报等媒体报道了该县的做法。", ["大河报", "中国日报"]),  # a list of outlets
        ("人民网、新华网、学习强国等平台转载。", ["人民网", "新华网"]),
        # a list closed by no word: outlets where every item has an outlet's ending
        ("湖北日报、荆楚网、长江云客户端对此进行了报道。", ["湖北日报", "荆楚网", "长江云客户端"]),
        ("人民日报、新华网纷纷转载。", ["人民日报", "新华网"]),
    ],
)
def test_an_outlet_named_where_it_reports_the_story(text: str, outlets: list[str]) -> None:
    assert bodies(text) == outlets


@pytest.mark.parametrize(
    "text",
    [
        "被各大网站转载。",
        "被媒体报道。",
        "据统计,全县设卡。",
        "被网友点赞。",
        "本报记者获悉,全县设卡。",
        "村民说这是些小报记者。",  # a copula and a plural before the would-be outlet
        "这份倡议在一些报刊发表。",
        "各村要设立举报中心和举报电话。",  # no dateline: no date, and more than a place before 电
        "图片来源于网络。",
        "通过电视、广播、网络等媒体宣传。",  # kinds of media
        "村民转自微信群、朋友圈等平台推送的消息。",
        "村民、网友纷纷转载。",  # a list closed by no word, of no outlet's ending
        "电视、广播对此进行了报道。",
    ],
)
def test_no_outlet_where_none_is_named(text: str) -> None:
    assert bodies(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "他退伍后回村担任党支部书记。",  # a post taken: the branch is a kind
        "镇里把卫生院腾出的房间改作隔离点。",  # what the town acts on
        "各组把名单交给工作组。",  # to whom
    ],
)
def test_no_body_runs_back_over_a_verb_of_office_or_an_object_marker(text: str) -> None:
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委办公室、县政府办公室联合下发通知。", ["县委办公室", "县政府办公室"]),
        ("县委办印发通知。", ["县委办"]),
    ],
)
def test_an_office_is_named_as_written(text: str, expected: list[str]) -> None:
    """`县委办公室`: the suffix 委办 holds the start of 办公室; the office is named in full, not cut to 县委办."""
    assert bodies(text) == expected
    from epikg.extract.organizations import describe

    assert describe(expected[0], "d").type == "party_committee"


@pytest.mark.parametrize(
    "text",
    [
        "民警孙浩是梨树县公安局梨树镇派出所的一名民警。",  # the station's own place begins its name
        "县公安局水寨派出所民警在卡点值守。",
    ],
)
def test_a_station_written_after_its_bureau_is_one_body(text: str) -> None:
    found = [m.text for m in recognize(text, split_sentences(text)) if m.type is EntityType.ORGANIZATION]
    assert (
        len(found) == 1 and found[0].startswith(("梨树县公安局", "县公安局")) and found[0].endswith("派出所")
    )


def test_a_bureau_listed_beside_another_body_stays_itself() -> None:
    assert bodies("县公安局、县市场监管局联合检查。") == ["县公安局", "县市场监管局"]


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("本网讯(记者 张明)近日,城关镇开展排查。", []),  # this site: no body named
        ("本报讯 近日,城关镇开展排查。", []),
        ("本溪日报讯(记者 张明)近日,城关镇开展排查。", ["本溪日报"]),
    ],
)
def test_an_outlet_naming_itself_names_no_body(text: str, outlets: list[str]) -> None:
    assert bodies(text) == outlets


def test_a_body_never_runs_back_over_by_or_then() -> None:
    # 富驿镇则由镇纪委: the town's discipline committee, named by 镇; 则由 (then by) holds no name
    assert not [b for b in bodies("富驿镇则由镇纪委牵头督查。") if "则由" in b]


def test_a_place_whose_name_holds_such_a_character_still_opens_a_body() -> None:
    assert "由旺镇派出所" in bodies("由旺镇派出所民警在卡点值守。")


def test_a_body_never_runs_back_over_one_after_the_other() -> None:
    assert not [b for b in bodies("五华县红十字会、团县委先后向医院捐赠防护服。") if "先后" in b]


def test_the_youth_leagues_committee_of_a_level_takes_the_articles_place(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract, read_article

    page = tmp_path / "p.txt"
    page.write_text(
        "中宁县疫情防控指挥部通知。团县委、县妇联组织志愿者上门服务。团县委委员说。", encoding="utf-8"
    )
    names = extract(read_article(page)).organizations
    assert names.get("团县委") == "中宁县团县委" and names.get("县妇联") == "中宁县妇联"


# --- groups named by a list of their tasks, accounts on a platform ------------------------------------------


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "县防指下设流调溯源、核酸检测、物资保障三个工作专班。",
            ["流调溯源工作专班", "核酸检测工作专班", "物资保障工作专班"],
        ),
        ("指挥部下设综合协调、医疗救治等8个工作组,各组每日会商。", ["综合协调工作组", "医疗救治工作组"]),
        ("镇里成立了巡查、宣传两个小组。", ["巡查小组", "宣传小组"]),
    ],
)
def test_groups_set_up_by_a_list_of_their_tasks_are_each_read(text: str, groups: list[str]) -> None:
    """`下设A、B三个工作专班`: each task names a group of the kind written after the list, read at its task."""
    found = [m for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION and m.name in groups]
    assert sorted(m.name for m in found) == sorted(groups)
    assert all(text[m.start : m.end] == m.text == m.name[: len(m.text)] for m in found)  # the task as written


def test_listed_groups_the_page_names_nowhere_on_their_own_are_no_bodies(tmp_path) -> None:  # noqa: ANN001
    """A group known only as an item of such a list is no body the page names (as the seeds' gold reads them)."""
    found = _extract(tmp_path, "梨树镇下设流调溯源、物资保障两个工作专班。")
    assert not [n for n in found.organizations.values() if n.endswith("工作专班")]


@pytest.mark.parametrize(
    "text",
    [
        "成立了以党委书记为组长、副书记为副组长的领导小组。",  # who leads it, not what the groups do
        "全县开展排查、宣传等工作。",  # tasks with no group after them
    ],
)
def test_no_group_from_a_list_that_names_none(text: str) -> None:
    assert not [m for m in rule_mentions(text) if m.source == "rule:group-list"]


def test_a_listed_group_named_on_its_own_later_takes_that_name(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, "镇里组建重点场所巡查、后勤保障两个工作专班。重点场所巡查组组长王明说。")
    groups = {m.text: found.organizations[m.key] for m in found.mentions if m.source == "rule:group-list"}
    assert groups == {"重点场所巡查": "重点场所巡查组"}
    assert "后勤保障工作专班" not in found.organizations.values()


@pytest.mark.parametrize(
    "text",
    [
        "我院迅速成立由院长张明任组长的疫情防控领导小组,下设医疗救治、物资保障2个工作组。",
        "学校成立由校长李华任组长的防控专班,下设晨检登记、物资保障、环境消杀3个工作组。",
    ],
)
def test_an_institutions_internal_teams_are_no_bodies_nor_measures(tmp_path, text: str) -> None:  # noqa: ANN001
    """A hospital's or a school's teams listed by their tasks are its internal units: no bodies the page names,
    and their tasks (物资保障) still report no measure."""
    found = _extract(tmp_path, text)
    names = set(found.organizations.values())
    assert not [n for n in names if n.endswith("工作组")]
    assert "supply_assurance" not in {m.category for m in found.measures}


def test_a_headquarters_listed_groups_are_bodies_where_named_on_their_own(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, "县防指连夜调度,下设医疗救治、物资保障2个工作组。医疗救治组组长李明说。")
    assert "医疗救治组" in found.organizations.values()
    assert "物资保障工作组" not in found.organizations.values()


def test_groups_listed_by_their_own_names_are_read_once_each() -> None:
    assert bodies("下设排查组、宣传组两个工作组。") == ["排查组", "宣传组"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("转自“北流发布”微信公众号,原标题《设卡》", "北流发布"),
        ('区融媒体中心通过微信公众号"甘州发布"滚动播放。', "甘州发布"),
        ("转载:山南发布(微信公众号)", "山南发布"),
        ("关注“平安石门”抖音号了解详情。", "平安石门"),
        ("文章来源于微信公众号:新邵发布", "新邵发布"),  # after the platform and a colon
        ("据“祁东发布”消息,全县新增采样点。", "祁东发布"),  # a government's account as a source
        ("关注“安化发布”,了解最新动态。", "安化发布"),
    ],
)
def test_an_account_on_a_platform_is_an_outlet(text: str, account: str) -> None:
    assert account in bodies(text)


def test_a_quoted_slogan_beside_no_platform_is_no_account() -> None:
    assert "四不两直" not in bodies("采取“四不两直”方式暗访。")
    assert bodies("据“四不两直”要求暗访。") == []  # a source word, but no account's name


def test_a_border_countys_immigration_police_brigade_is_a_body() -> None:
    assert bodies("县边境管理大队、县公安局联合检查。") == ["县边境管理大队", "县公安局"]


@pytest.mark.parametrize(
    ("text", "shops"),
    [
        ("县商务局协调好又多超市、步步高超市等保供。", ["好又多超市", "步步高超市"]),
        ("益民大药房、仁和药房实行实名登记。", ["益民大药房", "仁和药房"]),
        ("检查了尧山路上的好又多超市,了解物资储备。", ["好又多超市"]),  # where the shop is, then 的
        ("在华联超市门口设点。", ["华联超市"]),
    ],
)
def test_a_shop_named_by_its_brand_alone_is_a_body(text: str, shops: list[str]) -> None:
    assert [b for b in bodies(text) if b in shops] == shops


def model_bodies(text: str, *spans: tuple[str, str]) -> list[str]:
    found = recognize(text, split_sentences(text), tagger=SpanTagger(*spans))
    return [m.text for m in found if m.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize("label", ["LOC", "ORG"])
def test_a_shop_the_model_reads_whole_is_a_body_though_its_brand_is_two_words(label: str) -> None:
    # 华润 and 万家 are two words, which the brand rule alone takes for a phrase; the shop joined after it is one too
    text = "华润万家超市和永辉超市平价供应蔬菜。"
    assert model_bodies(text, (label, "华润万家超市")) == ["华润万家超市", "永辉超市"]


@pytest.mark.parametrize(
    ("text", "span"), [("社区生鲜超市每天消毒。", "社区生鲜超市"), ("目前超市正常营业。", "目前超市")]
)
def test_a_kind_of_shop_the_model_reads_whole_is_no_body(text: str, span: str) -> None:
    assert model_bodies(text, ("LOC", span)) == []


@pytest.mark.parametrize(
    "text",
    [
        "到附近超市购物。",  # where, no brand
        "全县各大超市、农贸市场正常营业。",
        "大型超市暂停营业。",
        ",商场超市正常营业。",  # two kinds of shop
        ",保供超市、药店除外。",
        "组织永盛超市有限公司保供。",  # a company's name goes on: the model's to read
        "附近的大型超市正常营业。",
        "在各大超市门口设点。",
    ],
)
def test_a_kind_of_shop_or_part_of_a_companys_name_is_no_brand(text: str) -> None:
    assert not [b for b in bodies(text) if b.endswith(("超市", "药房"))]


@pytest.mark.parametrize(
    "text",
    [
        "组织志愿者在超市门口测温。",
        "店员在大药房门口张贴告示。",
        "群众到超市购物要佩戴口罩。",
        "督促商户到超市进货时登记。",
    ],
)
def test_a_shop_after_a_verb_or_zai_is_unnamed(text: str) -> None:
    """`组织志愿者在超市门口`: the volunteers stand at a shop the text does not name; no brand runs back over 在,
    到 or a verb of working with (`志愿者在超市` is no shop's name)."""
    assert not [b for b in bodies(text) if b.endswith(("超市", "药房"))]


# --- a roundup of towns: each paragraph headed by its town is about that town --------------------------------

ROUNDUP = (
    "邻水县各地做好返乡人员疫情防控\n"
    "【丰禾镇】1月20日,丰禾镇召开推进会,镇党委书记欧阳建华出席。镇党委组织干部排查。\n"
    "【九龙镇】九龙镇在村口设卡,镇党委书记李强带队。镇政府组织志愿者值守。\n"
    "柑子镇:在场镇入口设置一个卡点,对过往车辆\n"  # a line broken in the middle of a sentence goes on
    "逐一登记。\n"
)


def test_a_bare_body_in_a_paragraph_headed_by_its_town_is_that_towns(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, ROUNDUP)
    bodies_by_key = {
        m.key: found.organizations.get(m.key) for m in found.mentions if m.type is EntityType.ORGANIZATION
    }
    assert "丰禾镇党委" in bodies_by_key.values() and "九龙镇政府" in bodies_by_key.values()
    assert {(p.person, p.organization) for p in found.posts} >= {
        ("欧阳建华", "丰禾镇党委"),
        ("李强", "九龙镇党委"),
    }


@pytest.mark.parametrize(
    "line",
    [
        "镇党委书记鲍宏伟带队来到刘圩村与新河镇交界处等卡口,查看值守情况。目前,全镇共设卡口11个。",
        # the far side written as a chain after 与
        "镇里在与宿迁市宿城区新河镇交界的路口,查看值守情况。目前,全镇共设卡口11个。",
    ],
)
def test_a_town_named_only_across_a_border_is_not_what_its_paragraph_is_about(tmp_path, line: str) -> None:  # noqa: ANN001
    """`刘圩村与新河镇交界处`: the neighbour across the border; the paragraph's 全镇 is still the article's town."""
    found = _extract(tmp_path, f"沭阳县韩山镇全力防控。\n韩山镇召开会议。\n{line}\n")
    where = {m.trigger: m.place.name for m in found.measures if m.place is not None}
    assert where["设卡"] == "韩山镇"


@pytest.mark.parametrize(
    "line",
    [
        "3月17日,民警在临水镇豫皖交界疫情防控卡点查获一名拒不配合的司机。民警依法处置。",
        "3月17日,张某驾车途经临水镇豫皖交界疫情防控卡点时拒不配合。民警依法处置。",  # passed through: still there
    ],
)
def test_a_town_on_the_near_side_of_a_border_is_what_its_paragraph_is_about(tmp_path, line: str) -> None:  # noqa: ANN001
    """`临水镇豫皖交界卡点`: the checkpoint is the town's, at the provinces' border."""
    found = _extract(tmp_path, f"临泉县召开会议。\n临泉县全力防控。\n{line}\n")
    where = {m.category: m.place.name for m in found.measures if m.place is not None}
    assert where["patrol_enforcement"] == "临水镇"


def test_a_name_that_is_a_citys_short_form_and_a_towns_makes_no_paragraph_the_towns(tmp_path) -> None:  # noqa: ANN001
    """`凭祥作为边境口岸城市`: 凭祥 is the city; 凭祥镇 is also a town of it, but the paragraph never writes that."""
    found = _extract(
        tmp_path,
        "凭祥市召开疫情防控会议。凭祥市全力防控。\n会上,凭祥镇、友谊镇分别汇报了工作。\n书记指出,凭祥作为边境口岸城市,外防输入压力巨大。口岸作业人员实行闭环管理。\n",
    )
    assert {m.place.name for m in found.measures if m.place is not None} == {"凭祥市"}


def test_a_town_visited_is_what_its_paragraph_is_about(tmp_path) -> None:  # noqa: ANN001
    """`县长带队前往平孟镇督导检查`: the town where the inspection is done; the paragraph's checkpoints are its."""
    found = _extract(
        tmp_path,
        "那坡县召开会议。\n那坡县全力防控。\n县长凌志刚带队前往平孟镇督导检查疫情防控工作。沿线共设立卡点5个。\n",
    )
    where = {m.trigger: m.place.name for m in found.measures if m.place is not None}
    assert where["卡点"] == "平孟镇"


def test_a_post_in_a_tables_row_headed_by_its_town_is_that_towns(tmp_path) -> None:  # noqa: ANN001
    """`白庄镇   联系人:冶爱华(副镇长)`: each row is its first cell's town's, the row alone (the rows are one
    paragraph, and the first row's town is the county's seat)."""
    found = _extract(
        tmp_path,
        "循化县各乡镇报备联系方式\n积石镇   联系人:韩学忠(副镇长)  0972-8812301\n"
        "白庄镇   联系人:冶爱华(副镇长)  0972-8831006\n清水乡   联系人:韩乙四夫(副乡长) 0972-8843108\n",
    )
    assert {(p.person, p.organization) for p in found.posts} == {
        ("韩学忠", "积石镇政府"),
        ("冶爱华", "白庄镇政府"),
    }


def test_a_measure_with_no_place_in_a_headed_paragraph_is_that_towns(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, ROUNDUP)
    where = {m.trigger: m.place.name for m in found.measures if m.place is not None}
    assert where.get("卡点") == "柑子镇" and where.get("设卡") == "九龙镇"


def test_a_town_named_inside_a_sentence_heads_no_paragraph(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, "九龙镇召开会议。\n会上,邻水县丰禾镇干部介绍经验,镇党委书记李强讲话。\n")
    assert ("李强", "九龙镇党委") in {(p.person, p.organization) for p in found.posts}


def test_a_bare_body_after_the_one_town_a_sentence_names_as_its_subject_is_that_towns(tmp_path) -> None:  # noqa: ANN001
    """A notice's item about another town than the article's: `勐捧镇开展…期间,由镇卫生院负责的采样点`."""
    text = (
        "一、南伞镇党委副书记俸继明履职不力问题。南伞镇未落实排查。\n"
        "二、南伞镇农贸市场管理不力问题。南伞镇开展检查。\n"
        "三、勐捧镇卫生院院长欧阳文涛组织采样工作不力问题。2022年7月,勐捧镇开展全员核酸检测期间,"
        "由镇卫生院负责的勐捧村采样点现场组织混乱。镇党委书记王强受到诫勉谈话。\n"
    )
    found = _extract(tmp_path, text)
    assert "南伞镇卫生院" not in found.organizations.values()
    assert ("王强", "南伞镇党委") in {(p.person, p.organization) for p in found.posts}  # the next sentence's


def test_a_paragraph_opened_by_a_town_as_its_subject_is_that_towns(tmp_path) -> None:  # noqa: ANN001
    """`丰禾镇是返乡人员较多的乡镇。镇党委书记...`: the town the paragraph opens with is the one its bare bodies
    and posts are of, as under a heading."""
    text = (
        "九龙镇召开会议,镇党委书记李强讲话。\n"
        "丰禾镇是返乡人员较多的乡镇。镇党委书记欧阳建华介绍,镇政府组织干部逐户排查。\n"
    )
    found = _extract(tmp_path, text)
    posts = {(p.person, p.organization) for p in found.posts}
    assert ("欧阳建华", "丰禾镇党委") in posts and ("李强", "九龙镇党委") in posts
    assert "丰禾镇政府" in found.organizations.values()


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "九龙镇召开会议。县长带队深入丰禾镇、柑子镇检查。在丰禾,镇党委书记李强汇报了排查情况。",
            "李强",
            "丰禾镇党委",
        ),
        (
            "九龙镇红星村召开会议。\n在九龙镇新田村,村党支部书记王明介绍了排查情况。",
            "王明",
            "新田村党支部",
        ),
    ],
)
def test_a_sentence_set_in_a_place_is_that_places(tmp_path, text: str, person: str, body: str) -> None:  # noqa: ANN001
    """`在圭峰,镇党委书记...`: a sentence opened by 在, a town (or its short form the article writes) or a village,
    and a comma is set there: its bare posts are that place's, not the article's own town's or village's."""
    found = _extract(tmp_path, text)
    assert (person, body) in {(p.person, p.organization) for p in found.posts}


def test_a_place_inside_a_sentence_sets_no_scene(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, "九龙镇召开会议。县长在丰禾镇,镇党委书记李强陪同。")
    assert ("李强", "九龙镇党委") in {(p.person, p.organization) for p in found.posts}


def test_towns_listed_at_a_lines_start_open_no_towns_paragraph(tmp_path) -> None:  # noqa: ANN001
    text = "九龙镇召开会议。\n丰禾镇、柑子镇设卡值守,镇党委书记李强带队检查。\n"
    found = _extract(tmp_path, text)
    assert ("李强", "九龙镇党委") in {(p.person, p.organization) for p in found.posts}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("北留镇按照县防指要求在进村主干道设立卡点。", "县防指"),  # the town acts as the body directs
        ("城关镇那边听说县广播电视台天天在播。", "县广播电视台"),
        ("县长表示县医院已做好救治准备。", "县医院"),  # what the speaker says: the body after 表示
        ("他介绍县疾控中心已完成采样。", "县疾控中心"),
    ],
)
def test_a_body_after_a_clause_word_starts_after_it(text: str, body: str) -> None:
    """No name runs back over 按照 or 听说 to the town before it; the body named after the word stays."""
    assert bodies(text) == [body]


def test_the_youth_leagues_committee_keeps_its_name_after_the_county() -> None:
    """`团县委` of 睢县 is 睢县团县委, as the genre writes it: the name stays whole, after the county."""
    from epikg.extract.organizations import resolve
    from epikg.extract.place_divisions import Locality
    from epikg.records import Place

    county = Locality({"county": Place("睢县", "county", None, "k", None)})
    assert resolve("团县委", county) == "睢县团县委" and resolve("县委", county) == "睢县县委"


# --- a donor and its recipient, charities ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("金沙县红十字会向县疾控中心捐赠防护服。", ["金沙县红十字会", "县疾控中心"]),  # 向: two bodies
        ("县慈善总会向县人民医院捐赠物资。", ["县慈善总会", "县人民医院"]),
        ("红星镇向阳村村委会组织消杀。", ["红星镇向阳村村委会"]),  # 向阳: a village's name
        ("谷城县慈善会组织捐款。", ["谷城县慈善会"]),
    ],
)
def test_a_donor_and_its_recipient_are_two_bodies(text: str, names: list[str]) -> None:
    assert bodies(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("柑子镇在入口设卡,由柑子派出所民警值守。", ["柑子派出所"]),  # the town's short form begins the body
        ("黄金埠镇设立卡点,黄金埠派出所、黄金埠镇卫生院派人值守。", ["黄金埠派出所", "黄金埠镇卫生院"]),
        ("柑子派出所民警值守。", []),  # no town of that name in the article: no place to start at
    ],
)
def test_a_body_named_by_the_short_form_of_a_town_the_article_names(text: str, names: list[str]) -> None:
    assert bodies(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县委宣传部副部长、县政府新闻办主任程曦主持发布会。", ["县委宣传部", "县政府", "县政府新闻办"]),
        ("县商务委副主任杜鹏出席。县教委成立了工作专班。", ["县商务委", "县教委"]),
    ],
)
def test_commissions_and_the_press_office_are_bodies(text: str, names: list[str]) -> None:
    assert bodies(text) == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("目前,仁寿县确定县人民医院、县中医院为定点救治医院。", ["县人民医院", "县中医院"]),
        ("阳新县富池镇组织镇派出所、镇卫生院开展清查。", ["镇派出所", "镇卫生院"]),
        ("疫情发生后,望奎县第一时间将县疫情防控指挥部调整为战时体制。", ["县疫情防控指挥部"]),
        ("平安县当天向县疾控中心报告了情况。", ["县疾控中心"]),
    ],
)
def test_a_place_acting_on_a_body_named_by_its_level_is_not_part_of_its_name(
    text: str, expected: list[str]
) -> None:
    """`仁寿县确定县人民医院`: the county designates its hospital; no body is named `仁寿县确定县人民医院`."""
    assert bodies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "听说村里小超市口罩断货,他又联系货源。",  # 村: the village's, no level opening a shop's name
        "全县从严抓好医疗机构、药店及商超市场等重点场所防控。",  # 商超 and 市场, no 超市
        "县超市货源充足。",
    ],
)
def test_no_shop_is_named_by_a_level_or_inside_other_words(text: str) -> None:
    assert bodies(text) == []


def test_a_shop_within_a_division_is_named_by_its_brand() -> None:
    """`组织县内万家福超市`: the brand after 县内 (within the county), even one opening with an everyday word (万家)."""
    assert bodies("县商务局组织县内万家福超市、欧亚抚松购物中心等保供企业配送。") == [
        "县商务局",
        "万家福超市",
        "欧亚抚松购物中心",
    ]
    assert bodies("县内大型超市正常营业。") == []
    assert bodies("县市场监管局约谈县城惠民超市负责人。") == ["县市场监管局", "惠民超市"]
    assert bodies("县城超市货源充足。") == []
    assert bodies("城区各商场超市严格落实扫码。") == []


def test_a_shop_in_the_area_a_body_oversees_is_named_by_its_brand() -> None:
    """`协调辖区舞东风超市`: the brand after 辖区 (the area overseen), as after 县内; the area's shops are a kind."""
    assert bodies("街道协调辖区舞东风超市保供。") == ["舞东风超市"]
    assert bodies("辖区超市全部正常营业。") == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("返乡人员逐一登记,每日报送县指挥部。", "每日报"),  # 报送: reported, no paper 每日报
        ("红旗网格员上门登记返乡人员。", "红旗网"),  # 网格: the grid's warden, no site 红旗网
        ("镇政府每日报告疫情。", "每日报"),  # 报告: reports
    ],
)
def test_a_body_the_model_reads_up_to_an_outlets_ending_inside_a_word_is_none(text: str, read: str) -> None:
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("ORG", read)))
    assert read not in [m.text for m in found]


@pytest.mark.parametrize(
    "text",
    ["目前,新兴镇已组建两支党员先锋队。", "城北社区联系了两家超市,为隔离户送菜上门。", "全镇成立3个工作组。"],
)
def test_a_count_or_a_verbs_particle_is_never_inside_a_bodys_name(text: str) -> None:
    assert not [b for b in bodies(text) if any(c in b for c in "两3了")]


def test_a_slogans_one_per_village_names_no_body() -> None:
    """`一村一专班`: one task force per village, a kind; 村 counted by 一 opens no village's body."""
    assert bodies("指挥部在全县推行“一村一专班、一户一台账”工作机制。") == []
    assert bodies("城关镇一村党支部开展活动。") == ["城关镇一村党支部"]


def test_a_place_before_a_reporters_bracket_is_where_the_report_was_filed() -> None:
    assert "昌图县" not in bodies("昌图县讯(记者 孙立波 通讯员 马俊杰)连日来,全县开展排查。")
    assert bodies("云上嘉鱼讯(记者 龙勇军)连日来,全县开展排查。") == ["云上嘉鱼"]


def test_a_body_does_not_run_back_over_toward_but_a_word_ending_in_it_stays() -> None:
    """`某某县供电公司对县人民医院开展保电巡视`: two bodies; `兴国县应对新冠肺炎疫情工作领导小组`: 应对 is a word."""
    assert bodies("国网桂东县供电公司对县人民医院开展保电巡视。") == ["桂东县供电公司", "县人民医院"]
    assert bodies("兴国县应对新冠肺炎疫情工作领导小组发布通告。") == ["兴国县应对新冠肺炎疫情工作领导小组"]


def test_the_bodies_of_a_grade_are_a_kind() -> None:
    """`县级医院`: every hospital of the county's grade, no one body."""
    assert bodies("在隆德县,县级医院和乡镇卫生院全部设立预检分诊点。") == []


def test_a_notice_is_no_outlet() -> None:
    from epikg.lexicon import looks_like_body

    assert not looks_like_body("镇巴县通报")
    assert looks_like_body("甘肃日报")


def test_a_net_the_response_weaves_is_no_website() -> None:
    """`网格化管理织密防控网`: a figure of a headline, no site; `桂东网` is one."""
    from epikg.lexicon import looks_like_body

    assert not looks_like_body("网格化管理织密防控网")
    assert looks_like_body("桂东网")


def test_a_division_whose_name_starts_with_a_level_character_is_no_level() -> None:
    """`镇江市卫健委`, `镇巴县通报` in an article about a town: 镇 begins the city's name, it is not the town."""
    from epikg.extract.organizations import resolve
    from epikg.extract.place_divisions import Locality
    from epikg.records import Place

    town = Place("泾洋街道", "township", None, "泾洋街道@x", None)
    locality = Locality(by_level={"township": town})
    assert resolve("镇江市卫健委", locality) == "镇江市卫健委"
    assert resolve("镇卫生院", locality) == "泾洋街道卫生院"


def test_a_towns_government_is_no_sub_districts() -> None:
    """`县交通运输局联合镇政府设站` in a page about 联星街道: a sub-district has an office, no town government or
    party committee; the bare body stays as written (a 镇卫生院 there is still the sub-district's)."""
    from epikg.extract.organizations import resolve
    from epikg.extract.place_divisions import Locality
    from epikg.records import Place

    sub_district = Locality(by_level={"township": Place("联星街道", "township", None, "联星街道@x", None)})
    assert resolve("镇政府", sub_district) == "镇政府"
    assert resolve("镇党委", sub_district) == "镇党委"
    assert resolve("镇卫生院", sub_district) == "联星街道卫生院"
    town = Locality(by_level={"township": Place("黄丰桥镇", "township", None, "黄丰桥镇@x", None)})
    assert resolve("镇政府", town) == "黄丰桥镇政府"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "汶川县应急管理局局长杨泽民和县红十字会常务副会长马秀兰分别介绍了情况。",
            ["汶川县应急管理局", "县红十字会"],
        ),
        ("曹县庄寨镇镇长吴文杰和镇人大主席孔令霞分头带队。", ["镇人大"]),
    ],
)
def test_no_body_runs_over_a_persons_name(text: str, expected: list[str]) -> None:
    """`局长杨泽民和县红十字会`: 民和县 is a county elsewhere, but here 杨泽民 is a name and 和 the joiner."""
    assert bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某某县业州镇派出所、高坪镇派出所分别与两镇卫生院联合行动。", ["业州镇派出所", "高坪镇派出所"]),
        ("融水苗族自治县安陲乡人民政府组织乡卫生院开展宣传。", ["安陲乡人民政府", "乡卫生院"]),
        ("县委组织部开展督查。", ["县委组织部"]),
    ],
)
def test_no_body_runs_back_over_a_verb_between_two_bodies(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected


def test_a_villages_committee_after_its_party_branch_is_the_villages(tmp_path) -> None:  # noqa: ANN001
    """`永丰村党支部、村委会`: the committee written bare after the branch is the same village's."""
    assert {"永丰村党支部", "永丰村村委会"} <= graph_bodies(
        tmp_path, "汝城县土桥镇永丰村党支部、村委会组织党员干部在村口设立劝返点。"
    )


@pytest.mark.parametrize("text", ["在某某县经济开发区,园区管委会组织企业复工。", "对辖区超市逐一检查。"])
def test_a_level_character_closing_a_word_for_a_kind_of_area_starts_no_body(text: str) -> None:
    """`园区管委会`: the park's committee, no district's (区) committee; `辖区超市`: the shops in the area."""
    assert not [b for b in bodies(text) if b.startswith("区")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("桃源县文化市场综合执法局副局长王某介绍说。", "桃源县文化市场综合执法局"),
        ("桃源县乡村振兴局对脱贫户开展走访。", "桃源县乡村振兴局"),
        ("县乡村振兴局对脱贫户开展走访。", "县乡村振兴局"),
        ("桃源县城管局对沿街商户开展检查。", "桃源县城管局"),
    ],
)
def test_a_level_character_opening_a_word_is_no_level(text: str, body: str) -> None:
    """`文化市场综合执法局`: 市 opens 市场 (market), no city's bureau; the name runs back to the county. 县 of
    `县城管局` stays a level (城管局, urban management)."""
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text", ["党员在村口站岗,长田村六组、七组自发搭建了临时帐篷。", "红旗村3组划为封控区。"]
)
def test_a_villages_numbered_group_is_no_body(text: str) -> None:
    """`长田村六组`: the village's sixth group (村民小组), where its people live; `长田村工作组` is a body."""
    assert not [b for b in bodies(text) if b.endswith("组")]
    assert "长田村工作组" in bodies("长田村工作组进村入户。")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("镇纪委和派出所联合开展督查。", "镇纪委", None),  # the station's name holds no town: not read
        ("县纪委与县卫健局联合开展督查。", "县纪委", "县卫健局"),
        ("镇党委和政府高度重视。", "镇党委", "政府"),  # the committee's government, as after 、
    ],
)
def test_two_bodies_joined_are_two_names_never_one(text: str, first: str, second: str | None) -> None:
    found = bodies(text)
    assert first in found
    assert (second in found) if second else len(found) == 1
    assert not [b for b in found if any(j in b for j in "和与")]


@pytest.mark.parametrize(
    ("text", "body"),
    [("辽宁省公安厅派出工作组。", "辽宁省公安厅"), ("省交通运输厅要求严查货车司机。", "省交通运输厅")],
)
def test_a_provinces_department_is_a_body(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_hall_is_no_department() -> None:
    assert bodies("县人民医院门诊大厅和餐厅每日消毒。") == ["县人民医院"]


def test_the_youth_leagues_committee_of_a_county_is_not_the_partys() -> None:
    found = bodies("共青团平江县委组织青年志愿者参与值守。")
    assert found == ["共青团平江县委"]


# --- a body's section written right after it: named whole -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("县纪委信访室受理群众举报。", "县纪委信访室"),
        ("县卫健委疾控科工作人员连夜开展流调。", "县卫健委疾控科"),  # the bureau's section, not its 疾控
        ("县疾控中心检验科完成样本检测。", "县疾控中心检验科"),
        ("县人民医院感染科医护人员坚守岗位。", "县人民医院感染科"),
        ("县防控办会同县委督查室开展暗访。", "县委督查室"),  # a section of the committee named by its level
        ("苍南县委督查室通报检查情况。", "苍南县委督查室"),
        ("县交警大队城关中队在路口设卡。", "县交警大队城关中队"),  # a brigade's squadron
        ("县公安局交通管理大队二中队民警在卡点执勤。", "县公安局交通管理大队二中队"),
        ("县市场监管局城关所对超市开展检查。", "县市场监管局城关所"),  # a bureau's station in a town
        (
            "县农业农村局畜牧兽医股对养殖场开展检查。",
            "县农业农村局畜牧兽医股",
        ),  # a bureau's section, named long
        ("县教育局安全保卫股对学校开展检查。", "县教育局安全保卫股"),  # 安全: safety, no "all"
    ],
)
def test_a_section_after_a_body_is_named_whole(text: str, section: str) -> None:
    """`县纪委信访室`, `县委督查室`: a body's section (科, 股, an office that is a section) written after it is the
    body the text names, not its parent alone nor a name cut inside the section (`县卫健委疾控`)."""
    assert section in bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县人民医院在实验室开展核酸检测。", "县人民医院"),  # where it works, no section
        ("县政府会议室召开调度会。", "县政府"),  # a room
        ("县疾控中心专家科学研判疫情形势。", "县疾控中心"),  # 科学: a word
        ("县人民医院新增科室三个。", "县人民医院"),
        ("县市场监管局所有执法人员下沉一线。", "县市场监管局"),  # 所有: all, no station
        ("县公安局所属各派出所加强巡逻。", "县公安局"),
        ("县交警大队中队长王明带队巡查。", "县交警大队"),  # a squadron leader's title, no squadron named
        ("县财政局安排资金入股合作社。", "县财政局"),  # 入股: to buy a share, no section
    ],
)
def test_a_room_a_clause_or_a_word_after_a_body_is_no_section(text: str, body: str) -> None:
    assert body in bodies(text)
    assert not [b for b in bodies(text) if b.startswith(body) and b != body]


def test_a_post_in_a_section_belongs_to_the_section(tmp_path) -> None:  # noqa: ANN001
    """`县卫健局疾控股股长冯涛`: the section head's body is the section, as with a place before it."""
    found = _extract(tmp_path, "定兴县召开会议。县卫健局疾控股股长冯涛介绍情况。")
    assert {p.organization for p in found.posts if p.person == "冯涛"} == {"定兴县卫健局疾控股"}


# --- a body's bare ending listed after a body: the first's place or parent ---------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("苍南县召开会议。县卫健局、公安局组成检查组。", {"苍南县卫健局", "苍南县公安局"}),
        (
            "苍南县召开会议。县卫健局、公安局、交通运输局联合开展检查。",
            {"苍南县卫健局", "苍南县公安局", "苍南县交通运输局"},
        ),
        ("苍南县卫健局和公安局联合发出通告。", {"苍南县卫健局", "苍南县公安局"}),
        (
            "苍南县召开会议。县公安局治安大队、交警大队开展夜查。",
            {"苍南县公安局治安大队", "苍南县公安局交警大队"},
        ),
        (
            "苍南县召开会议。县人民医院检验科、感染科医护人员坚守岗位。",
            {"苍南县人民医院检验科", "苍南县人民医院感染科"},
        ),
    ],
)
def test_a_bare_ending_listed_after_a_body_is_of_its_place_or_parent(
    tmp_path, text: str, names: set[str]
) -> None:  # noqa: ANN001
    """`县卫健局、公安局`: the list shares its first item's place (the county's public security bureau);
    `县公安局治安大队、交警大队`: a unit of the same kind shares its parent body."""
    assert names <= graph_bodies(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a county's name inside the item, after its brand
        ("苍南县召开会议。县融媒体中心、国网平阳县供电公司参加。", "苍南县国网平阳县供电公司"),
        # a division of its own kind at the item's start
        ("拉萨市召开会议。市人民医院、自治区第三人民医院作为定点医院。", "拉萨市自治区第三人民医院"),
        # the item's words are the town's own name
        ("灵溪镇召开会议。镇综治办、灵溪派出所工作人员到现场核查。", "灵溪镇灵溪派出所"),
    ],
)
def test_a_list_item_that_names_its_own_place_takes_none_from_the_list(
    tmp_path, text: str, wrong: str
) -> None:  # noqa: ANN001
    assert wrong not in graph_bodies(tmp_path, text)


def test_the_same_bare_ending_listed_after_two_counties_bodies_is_two_bodies(tmp_path) -> None:  # noqa: ANN001
    """`苍南县卫健局、公安局…平阳县卫健局、公安局`: each 公安局 is the county's before it, not both the first's."""
    text = "温州多地抓好疫情防控。苍南县卫健局、公安局联合开展排查。同日,平阳县卫健局、公安局在卡点值守。"
    assert {"苍南县公安局", "平阳县公安局"} <= graph_bodies(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("灵溪镇财政所及时拨付防控经费。", "灵溪镇财政所"),
        ("据金乡镇兽医站介绍,全镇活禽市场已关闭。", "金乡镇兽医站"),
        ("钱库镇民政办工作人员上门排查。", "钱库镇民政办"),
        ("县领导来到灵溪镇退役军人服务站督导。", "灵溪镇退役军人服务站"),
        ("此次行动由金乡镇文化站负责。", "金乡镇文化站"),
        ("苍南县卫生监督所对辖区药店开展检查。", "苍南县卫生监督所"),
    ],
)
def test_a_townships_station_or_office_is_a_body(text: str, body: str) -> None:
    """`灵溪镇财政所`, `金乡镇兽医站`, `钱库镇民政办`: a township's stations and offices, named with the town."""
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "苍南县召开会议。县人民医院、卫生监督所、住建局联合开展检查。",
            {"苍南县人民医院", "苍南县卫生监督所", "苍南县住建局"},
        ),
        (
            "苍南县召开会议。县卫健局、人民医院、市场监管局组成检查组。",
            {"苍南县卫健局", "苍南县人民医院", "苍南县市场监管局"},
        ),
        ("苍南县卫生监督所、财政局、审计局联合督查。", {"苍南县卫生监督所", "苍南县财政局", "苍南县审计局"}),
    ],
)
def test_a_list_item_named_by_its_words_is_of_the_lists_place(tmp_path, text: str, names: set[str]) -> None:  # noqa: ANN001
    """`县人民医院、卫生监督所、住建局`: an item named by a few words before its ending (人民医院), first or further on,
    is of the list's place, and the list goes on after it."""
    assert names <= graph_bodies(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "县卫健局、民营医院、疾控中心等单位参加会议。",  # private hospitals, a kind
        "县公安局、辖区派出所民警连夜值守。",  # the stations of the area
        "县卫健局、定点医院做好救治准备。",  # the designated hospital, what it does
    ],
)
def test_a_list_item_of_a_kind_is_no_body_of_the_lists_place(tmp_path, text: str) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, "苍南县召开会议。" + text)
    assert not [b for b in found if b.startswith("苍南县") and b.endswith(("医院", "派出所"))], found


@pytest.mark.parametrize(
    "text",
    [
        "县卫健局、医院、疾控中心等单位参加会议。",  # hospitals, a kind
        "县公安局、派出所民警连夜值守。",  # every station
        "县新冠肺炎疫情防控指挥部、卫健局发布提示。",  # no place right before the headquarters' ending
    ],
)
def test_a_bare_kind_or_an_ending_after_no_place_is_no_listed_body(text: str) -> None:
    found = bodies(text)
    assert not [b for b in found if b in ("医院", "派出所", "卫健局")], found


# --- the party's name before a committee: part of its official name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("中共天长市委组织部发出通知。", "中共天长市委组织部"),
        ("中共城关镇委员会召开会议。", "中共城关镇委员会"),
        ("中国共产党苍南县纪律检查委员会发布通报。", "中国共产党苍南县纪律检查委员会"),
        ("中共溆浦县委 溆浦县人民政府关于表彰先进的决定", "中共溆浦县委"),
    ],
)
def test_the_partys_name_before_a_committee_is_part_of_its_name(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_committee_named_with_and_without_the_partys_name_is_one(tmp_path) -> None:  # noqa: ANN001
    """`中共溆浦县委` in the heading, `县委` in the text: one committee, labelled with its full name."""
    found = _extract(
        tmp_path, "中共溆浦县委 溆浦县人民政府关于表彰的决定\n县委书记王明出席。按照县委部署,各乡镇行动。"
    )
    names = {*found.organizations.values(), *(p.organization for p in found.posts)}
    assert "中共溆浦县委" in names
    assert "溆浦县委" not in names


def test_a_party_member_is_no_body() -> None:
    assert bodies("他是一名中共党员。") == []


# --- the State Council's mechanism, cited by county pages ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("根据国务院联防联控机制要求,严格落实各项措施。", "国务院联防联控机制"),
        (
            "国务院应对新型冠状病毒肺炎疫情联防联控机制综合组印发通知。",
            "国务院应对新型冠状病毒肺炎疫情联防联控机制综合组",
        ),
    ],
)
def test_the_state_councils_mechanism_is_a_body(text: str, body: str) -> None:
    assert body in bodies(text)


def test_the_state_councils_mechanism_belongs_to_no_article() -> None:
    """A national body is the same in every article: not scoped to the article's county."""
    from epikg.extract.organizations import describe

    assert describe("国务院联防联控机制", "d1").scope is None


@pytest.mark.parametrize("text", ["建立健全联防联控机制。", "全县联防联控机制运行顺畅。"])
def test_a_mechanism_with_no_opener_names_no_body(text: str) -> None:
    assert bodies(text) == []


# --- a working group written right after the body it belongs to ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("县卫健局医疗救治组来我镇指导。", "县卫健局医疗救治组"),
        ("市疫情防控指挥部交通管控专班要加强值守。", "市疫情防控指挥部交通管控专班"),
        ("(白沙县防指宣传组供稿)", "白沙县防指宣传组"),
        ("据县疾控流调组组长介绍,密接已全部管控。", "县疾控流调组"),
    ],
)
def test_a_group_after_its_body_is_named_with_it(text: str, group: str) -> None:
    """`县教育局开学验收组`: the group is the body's, and named with its parent (whose place resolves it)."""
    assert group in bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县卫健局迅速组织医护人员支援。", "县卫健局"),  # 组织: a verb
        ("县疾控派出工作组赶赴现场。", "县疾控"),  # a verb between: the group is sent, not named with it
        ("镇党委要求各组做好排查。", "镇党委"),
    ],
)
def test_a_verb_after_a_body_makes_no_group_of_it(text: str, body: str) -> None:
    assert body in bodies(text)
    assert not [b for b in bodies(text) if b.startswith(body) and b != body]


def test_a_group_after_its_body_takes_the_articles_place(tmp_path) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, "苍南县召开会议。县教育局开学验收组对各校进行检查。")
    assert "苍南县教育局开学验收组" in found


# --- a village's clinic: a body where the page writes it, none behind a village doctor's title --------------


def test_a_village_clinic_written_is_a_body() -> None:
    assert "红旗村卫生室" in bodies("红旗村卫生室每周三集中接种疫苗。")


def test_a_bare_village_clinic_is_the_articles_villages(tmp_path) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, "灵溪镇渡龙村发布通知。\n村卫生室发现发热病人要立即报告。")
    assert "渡龙村卫生室" in found


@pytest.mark.parametrize(
    "text",
    ["县卫健局督促各乡镇卫生院、村卫生室做好预检分诊。", "各村党支部、村委会、村卫生室要守好村口。"],
)
def test_a_body_listed_after_bodies_of_every_place_is_a_kind(text: str) -> None:
    """`各乡镇卫生院、村卫生室`: 各 reaches over the list; the clinics of every village, no one body."""
    assert not [b for b in bodies(text) if b.startswith("村")]


def test_a_village_doctor_names_no_clinic(tmp_path) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, "灵溪镇召开会议。村医张丽每天上门测温。")
    assert not [b for b in found if b.endswith("卫生室")]


# --- teams named by the party members they are made of: a kind -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "灵溪镇召开会议。全镇组建党员先锋队16支,逐户排查。",
        "灵溪镇组建党员突击队、民兵应急队,守好卡点。",
        "灵溪镇召开会议。全镇已组建党员志愿服务队9支。",
    ],
)
def test_a_team_of_party_members_is_a_kind_not_a_body(tmp_path, text: str) -> None:  # noqa: ANN001
    assert not [b for b in graph_bodies(tmp_path, text) if "党员" in b]


def test_a_team_named_otherwise_after_its_town_stays_a_body() -> None:
    assert "灵溪镇青年志愿服务队" in bodies("灵溪镇青年志愿服务队上门送菜。")


@pytest.mark.parametrize(
    ("name", "body"),
    [("镇中小学", False), ("城区中小学校", False), ("青山县第一中学", True), ("白沙镇中心小学", True)],
)
def test_the_models_schools_of_two_grades_are_a_kind(name: str, body: bool) -> None:
    """`镇中小学将于28日恢复线下教学`: the town's primary and secondary schools, no one body; one school is one."""
    from epikg.ner.merge import plausible
    from epikg.records import Mention

    assert plausible(Mention(name, EntityType.ORGANIZATION, 0, len(name), "model")) is body


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("民营医院", False),
        ("各村卫生室", False),
        ("乡镇卫生院", False),
        ("人民医院", True),
        ("苍南县人民医院", True),
    ],
)
def test_the_models_bodies_of_a_kind_are_no_body(name: str, body: bool) -> None:
    """`民营医院、乡镇卫生院、各村卫生室参加会议`: private hospitals, the townships' clinics, every village's: kinds."""
    from epikg.ner.merge import plausible
    from epikg.records import Mention

    assert plausible(Mention(name, EntityType.ORGANIZATION, 0, len(name), "model")) is body


@pytest.mark.parametrize(
    "text",
    [
        "全县派出所全力做好排查工作。",  # every station of the county
        "全镇卫生院取消休假。",
        "全县基层党组织全力做好排查工作。",  # the party's grassroots branches, a kind
        "县属地政府要落实责任。",
    ],
)
def test_every_body_of_a_kind_in_a_place_is_no_body(text: str) -> None:
    assert not bodies(text), bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [("我县疾控中心全力做好排查工作。", "我县疾控中心"), ("本镇卫生院取消休假。", "镇卫生院")],
)
def test_this_places_body_is_one_body(text: str, body: str) -> None:
    """`我县疾控中心`: this county's centre, one body (the scope 全 alone makes every place)."""
    assert any(b.endswith(body[-5:]) for b in bodies(text)), bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("恒信农业专业合作社捐赠蔬菜5000斤。", "恒信农业专业合作社"),
        ("检查组来到金穗种植专业合作社,检查防控措施。", "金穗种植专业合作社"),
        ("苍南县天润农业专业合作社组织货源。", "苍南县天润农业专业合作社"),
        ("红星村蔬菜种植专业合作社负责人介绍。", "红星村蔬菜种植专业合作社"),
    ],
)
def test_a_farmers_cooperative_is_a_body(text: str, body: str) -> None:
    """`恒信农业专业合作社`: a cooperative named by its brand and trade, or with its place."""
    assert body in bodies(text)


def test_every_cooperative_of_a_county_is_a_kind() -> None:
    assert not bodies("全县农民专业合作社积极参与保供。")


@pytest.mark.parametrize(
    "text",
    [
        "镇政府分管领导和财政所对公开情况实施监督。",
        "县卫健局工作人员与兽医站人员上门。",
    ],
)
def test_no_bodys_name_runs_back_over_a_body_and_a_joiner(text: str) -> None:
    """`镇政府分管领导和财政所`: the office after the joiner is no part of a name opening at 镇政府."""
    assert not [b for b in bodies(text) if "和" in b or "与" in b], bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县文广旅体局关闭全县文化场馆。", "县文广旅体局"),
        ("县乡村振兴局、县扶贫办联合开展走访。", "县扶贫办"),
        ("苍南县林草局组织护林员巡查。", "苍南县林草局"),
        ("镇中心校在做好开学准备。", "镇中心校"),
        ("灵溪镇中心小学开展应急演练。", "灵溪镇中心小学"),
        ("县爱卫办组织开展环境消杀。", "县爱卫办"),  # the smaller offices and units
        ("县环卫所、县园林所组织消杀。", "县园林所"),
        ("县侨联向海外侨胞发出倡议。", "县侨联"),
        ("县殡仪馆暂停悼念活动。", "县殡仪馆"),
        ("县一中组织全体师生开展核酸检测。", "县一中"),  # a numbered school, named short
        ("县一中、县二小组织师生开展核酸检测。", "县二小"),
        ("市规划委召开会议。", "市规划委"),  # commissions and offices named short
        ("区交通运输委主任王刚带队检查客运站。", "区交通运输委"),
        ("市城管委组织清理占道经营。", "市城管委"),
        ("县住房保障办发布通知。", "县住房保障办"),
        ("县房管局要求各小区物业落实防控措施。", "县房管局"),
    ],
)
def test_a_bureau_under_another_name_or_a_central_school_is_a_body(text: str, body: str) -> None:
    """`县文广旅体局`, `县林草局`, `县扶贫办`: bureaus and offices under merged or former names; a township's
    central school."""
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "要统一中央和地方的部署,统一小区管理。",
        "其中一中学生确诊。",
        "定兴县第三中学开学。",
        "天津市第一中级人民法院开庭。",
        "全县一小时内完成集结。",
        "逃至某省一小镇藏匿。",
    ],
)
def test_a_numbered_schools_ending_inside_other_words_names_no_school(text: str) -> None:
    assert not [b for b in bodies(text) if b.endswith(("一中", "三中", "一小"))]


def test_a_body_being_built_is_named_by_its_kind_only() -> None:
    assert bodies("1979年,武鸣县筹建殡仪馆。") == []


def test_a_schools_name_that_goes_on_is_not_cut() -> None:
    """`阳春镇中心小学校`: the ending 中心小学 is inside the school's name (学校)."""
    assert "阳春镇中心小学" not in bodies("阳春镇中心小学校开展演练。")


def test_a_joiner_before_a_kind_of_shop_is_no_brand() -> None:
    """`基层党组织和各大超市`: 和 after a verb-like ending (组织) opens no brand before a kind of shop."""
    assert not [b for b in bodies("要求基层党组织和各大超市密切配合。") if b.endswith("超市")]


# --- a society and its branch, a town's safety station and law-enforcement team --------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("他加入苍南县志愿者协会灵溪分会,为村民跑腿。", "苍南县志愿者协会灵溪分会"),
        ("县志愿者协会在全县招募志愿者。", "县志愿者协会"),
        ("镇长带领镇安监站、镇派出所工作人员检查。", "镇安监站"),
        ("镇综合行政执法队每天上街巡查。", "镇综合行政执法队"),
    ],
)
def test_societies_and_town_stations_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_branch_venue_is_no_branch() -> None:
    """`舞阳分会场`: the meeting's branch venue (会场), no society's branch."""
    assert bodies("县领导在舞阳分会场收听收看。") == []


def test_a_level_character_opening_an_everyday_word_starts_no_body() -> None:
    """`市场行业协会`: 市 of 市场 (a market), no city's society; `县城管局` is still the county's bureau."""
    assert not [b for b in bodies("以中介组织(如旧货市场行业协会)为主。") if b.startswith("市场")]
    assert "县城管局" in bodies("县城管局组织执法人员巡查。")


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("督促联华超市、百姓大药房等经营户保供稳价。", "百姓大药房"),  # 百姓: an everyday word
        ("组织好又多超市、欧亚新城购物中心等企业保供。", "欧亚新城购物中心"),  # read as two words
    ],
)
def test_a_brand_listed_right_after_a_shop_is_a_shop(text: str, shop: str) -> None:
    assert shop in bodies(text)


@pytest.mark.parametrize("text", ["联华超市、大型商场等场所暂停营业。", "联华超市、周边药房要登记购药人员。"])
def test_a_kind_of_shop_listed_after_a_shop_is_no_shop(text: str) -> None:
    assert bodies(text) == ["联华超市"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("镇长带领由镇派出所、镇卫生院人员组成的联合检查组,深入企业检查。", "联合检查组"),
        ("县交警大队、县卫健局组成的联合值守组在收费站轮班值守。", "联合值守组"),
        ("下设综合协调组、医疗救治组、后勤保障组3个工作组。", "后勤保障组"),
    ],
)
def test_a_group_after_what_it_is_made_of_or_before_its_count_is_named(text: str, group: str) -> None:
    """`...组成的联合督查组`: what makes the group up, then its name; `物资保障组4个工作组`: the list's last group
    before the count of the list."""
    assert group in bodies(text)


def test_a_count_of_groups_of_a_kind_names_none() -> None:
    assert not [b for b in bodies("全县共组建排查工作组412个,开展拉网式排查。") if b.endswith("组")]


def test_a_villages_committee_written_with_one_cun_is_named_as_written(tmp_path) -> None:  # noqa: ANN001
    """`红星村民委员会`: 红星村 and 村民委员会 share one 村; the name as written, and the post's 村委会 is that body."""
    text = "浦市镇红星村发布通知。\n村委会主任李明说,要守好村口。\n浦市镇红星村党支部\n红星村民委员会\n"
    assert "红星村民委员会" in bodies(text)
    assert "红星村村民委员会" not in graph_bodies(tmp_path, text)


def test_a_courier_named_by_its_brand_is_a_body() -> None:
    """`顺丰速运发布倡议`: a courier company by its brand, opening a clause."""
    assert "中通速运" in bodies("疫情发生后,中通速运发布倡议,动员员工参与封控。")


def test_a_shop_whose_brand_is_quoted_is_named_with_its_ending(tmp_path) -> None:  # noqa: ANN001
    """`县城“好邻居”超市`: the brand in quotes and the shop's ending name the shop (好邻居超市)."""
    assert "佳乐家超市" in graph_bodies(tmp_path, "苍南县召开会议。县城“佳乐家”超市等企业承担保供任务。")
    assert not [b for b in graph_bodies(tmp_path, "苍南县召开会议。选购“放心”超市的商品。") if "超市" in b]


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("苍南县鸿运超市、永辉超市苍南店等企业承诺不涨价。", "永辉超市苍南店"),
        ("苍南县召开会议,大润发苍南分店延长营业时间。", "大润发苍南分店"),
    ],
)
def test_a_chains_branch_named_by_brand_and_place_is_a_body(text: str, branch: str) -> None:
    """`华润万家陆川店`: a brand opening a list's item or a clause, then a place and 店."""
    assert branch in bodies(text)


def test_a_shop_of_a_place_after_an_everyday_word_is_no_branch() -> None:
    assert not [b for b in bodies("永辉超市、苍南店铺均已登记。") if "店" in b]


@pytest.mark.parametrize(
    "text", ["网格员和志愿者组成12支“敲门行动”小分队,逐户排查。", "全镇成立三个“红袖章”巡逻队。"]
)
def test_quoted_teams_after_a_count_are_many_no_body(text: str) -> None:
    """`组成12支“敲门行动”小分队`: that many teams of a campaign, no one body."""
    assert bodies(text) == []


def test_a_quoted_team_with_no_count_stays_a_body() -> None:
    assert "小喇叭宣传队" in bodies("组建“小喇叭宣传队”走村入户。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("自治区档案局组织干部下沉社区。", "自治区档案局"),
        ("自治县疾控中心派出专家。", "自治县疾控中心"),
        ("经开区管委会组织干部下沉。", "经开区管委会"),
        ("县经济开发区管委会组织企业复工。", "县经济开发区管委会"),
        ("平江经济开发区管委会组织企业复工。", "平江经济开发区管委会"),
        ("城南工业园区党工委组织企业复工。", "城南工业园区党工委"),
    ],
)
def test_a_body_named_by_a_kind_of_division_starts_at_its_word(text: str, body: str) -> None:
    # 自治区, 经开区: the level character ends a word that names the division, and the body starts at the word
    assert bodies(text) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("城关镇中心幼儿园组织教职工值守。", "城关镇中心幼儿园"),
        ("县第一幼儿园延迟开学。", "县第一幼儿园"),
        ("洛口镇新时代文明实践所组织志愿者上门宣传。", "洛口镇新时代文明实践所"),
        ("大坪村新时代文明实践站组织志愿者上门宣传。", "大坪村新时代文明实践站"),
        ("县看守所实行封闭管理。", "县看守所"),
        ("城关镇警务室民警在卡点值守。", "城关镇警务室"),
    ],
)
def test_kindergartens_practice_stations_and_police_posts_are_bodies(text: str, body: str) -> None:
    """A township's kindergarten, the civilisation practice stations below a county's centre, a detention house
    and a police post: their ending names the body (data/org_suffixes.txt)."""
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("县检察院干警、县法院法官下沉社区。", ["县检察院", "县法院"]),
        ("县人民法院、县人民检察院干警参与卡点值守。", ["县人民法院", "县人民检察院"]),
        ("城关镇人民法庭暂停开庭。", ["城关镇人民法庭"]),
        ("县文联、县作协创作抗疫作品。", ["县文联", "县作协"]),
    ],
)
def test_courts_and_federations_named_after_their_county_are_bodies(text: str, named: list[str]) -> None:
    """A county's court and procuratorate, a town's tribunal, the county's writers' and artists' federations:
    their ending names the body (data/org_suffixes.txt)."""
    assert set(named) <= set(bodies(text))


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("城关镇敬老院、县社会福利院实行封闭管理。", "县社会福利院"),
        ("平江县光荣院谢绝探视。", "平江县光荣院"),
        ("伍市镇养老院实行封闭管理。", "伍市镇养老院"),
    ],
)
def test_homes_for_the_old_are_bodies(text: str, home: str) -> None:
    """A home for the old, for orphans or for veterans is an institution with its head and staff, as a hospital
    is (data/org_suffixes.txt): a body, not a place."""
    from epikg.ner import rule_mentions

    read = {m.text: m.type for m in rule_mentions(text)}
    assert read.get(home) is EntityType.ORGANIZATION


@pytest.mark.parametrize(
    "text", ["全县各敬老院实行封闭管理。", "他去了养老院看望母亲。", "民营养老院也纳入管理。"]
)
def test_homes_of_every_town_or_of_no_place_are_no_place(text: str) -> None:
    assert rule_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("恒达物流有限公司捐赠口罩五千只。", "恒达物流有限公司"),
        ("执法人员来到金穗科技有限公司检查复工情况。", "金穗科技有限公司"),
        ("在鑫源食品股份有限公司,员工扫码进厂。", "鑫源食品股份有限公司"),
    ],
)
def test_a_company_named_by_brand_and_trade_alone_is_a_body(text: str, body: str) -> None:
    """`恒达物流有限公司`: a company's registered ending after its brand and trade, with no place before them."""
    assert body in bodies(text)


def test_companies_of_no_name_are_no_body() -> None:
    assert bodies("辖区企业和有限公司要落实主体责任。") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("红旗社区党委组织党员下沉值守。", "红旗社区党委"),
        ("近日,东门社区党总支组织志愿者排查。", "东门社区党总支"),
        ("新华社区居委会发布通告。", "新华社区居委会"),
        ("城南社区居委会、东门社区党支部组织网格员排查。", "城南社区居委会"),
    ],
)
def test_a_community_named_only_in_its_bodys_name_starts_it(text: str, body: str) -> None:
    """`红旗社区党委`: the community is named only inside its body's name (no place mention of its own), and its
    committee (`居委会`) right after it is no second place; the body starts at the community's name."""
    assert body in bodies(text)
    assert not [m for m in rule_mentions(text) if m.type is EntityType.PLACE and m.text.endswith("居委会")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("永丰县农村信用合作联社捐赠防疫物资。", "永丰县农村信用合作联社"),
        ("中国农业银行石城县支行开辟绿色通道。", "石城县支行"),
    ],
)
def test_a_credit_union_and_a_banks_branch_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text", ["市县两级疾控部门开展流调。", "县乡两级卫生院加强值守。", "县乡村三级党组织联动。"]
)
def test_bodies_of_two_or_three_levels_together_are_no_body(text: str) -> None:
    """`市县两级疾控部门`: the CDCs of two levels, a kind; no `县两级疾控`."""
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("永丰县医院", "永丰县人民医院"),
        ("永丰县融媒", "永丰县融媒体中心"),
        ("永丰县文广新旅局", "永丰县文化广电新闻出版旅游局"),
    ],
)
def test_a_countys_hospital_media_centre_and_culture_bureau_by_short_names(short: str, full: str) -> None:
    assert full_names([short, full]) == {short: full}


def test_a_county_hospital_is_not_its_chinese_medicine_hospital() -> None:
    assert full_names(["永丰县医院", "永丰县中医院"]) == {}


# --- what a verb of deciding or taking up makes a clause, not a body's name -----------------------------------
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "县委决定特设工作组,专门负责隔离点管理。",
            {"县委"},
        ),  # decided to set up a group: no 县委决定特设工作组
        ("我县在全县普遍推广政府采购制度。", set()),
        ("村里规定村民委员会每天上报情况。", {"村民委员会"}),
    ],
)
def test_a_verb_of_deciding_or_spreading_ends_no_body_inside_it(text: str, kept: set) -> None:
    assert set(bodies(text)) <= kept


@pytest.mark.parametrize("text", ["县委书记王强在接受本报记者采访时说。", "日前本报记者来到城关镇采访。"])
def test_this_paper_with_the_words_before_it_is_no_outlet(text: str) -> None:
    assert not any(b.endswith("本报") for b in bodies(text))


def test_no_companys_name_runs_back_over_a_verbs_particle() -> None:
    # 了 after 创办: the company is counted (一家), not named; a name that opens after 了 stays
    assert not any("创办" in b for b in bodies("镇里又创办了一家口罩生产有限公司。"))
    assert "宏达建材有限公司" in bodies("镇里得到了宏达建材有限公司的支持。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("鞍山市中心血站号召市民献血。", "鞍山市中心血站"),  # the blood bank
        ("县开发办组织干部下沉社区。", "县开发办"),  # a county's development office
        ("城关镇城管办开展巡查。", "城关镇城管办"),
    ],
)
def test_local_offices_and_the_blood_bank_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text", ["他进了深圳一家制衣厂打工。", "哈尔滨市多家幼儿园联合举办活动。", "全县分若干组开展排查。"]
)
def test_bodies_counted_are_none_named(text: str) -> None:
    assert bodies(text) == []


# --- levels written one after another before one body's name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("按照市、县疫情防控指挥部的要求,全镇设卡。", {"市疫情防控指挥部", "县疫情防控指挥部"}),
        ("利用大喇叭播放市县疫情防控指挥部最新公告。", {"市疫情防控指挥部", "县疫情防控指挥部"}),
        ("认真落实省市县疫情防控指挥部部署。", {"省疫情防控指挥部", "市疫情防控指挥部", "县疫情防控指挥部"}),
        ("按照省、市、县疾控中心的要求。", {"省疾控中心", "市疾控中心", "县疾控中心"}),
    ],
)
def test_levels_written_before_one_bodys_name_each_name_that_body(text: str, named: set[str]) -> None:
    """`市、县疫情防控指挥部`: the city's headquarters and the county's, not one body of both, nor the county's alone
    (`省市县疫情防控指挥部` had read as one body); data/org_level_runs.txt."""
    read = {m.key for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION}
    assert read == named


@pytest.mark.parametrize(
    ("text", "body"),
    [("县乡村振兴局组织干部下沉。", "县乡村振兴局"), ("省市场监管局发布通告。", "省市场监管局")],
)
def test_a_level_that_opens_a_word_is_no_level_of_a_run(text: str, body: str) -> None:
    assert bodies(text) == [body]


def test_each_coordinated_level_is_the_articles_place_of_that_level(tmp_path) -> None:  # noqa: ANN001
    found = graph_bodies(
        tmp_path, "宝鸡市岐山县青化镇党委、政府主动作为。利用大喇叭播放市县疫情防控指挥部最新公告。"
    )
    assert {"宝鸡市疫情防控指挥部", "岐山县疫情防控指挥部"} <= found


def test_a_city_named_as_elsewhere_is_not_the_articles_own(tmp_path) -> None:  # noqa: ANN001
    """A patient's surgery in 长沙 makes no 长沙市 the city of a page about 南县: `市、县疫情防控指挥部` there
    names the city's body bare, not 长沙市's (the county's prefecture is another)."""
    found = graph_bodies(
        tmp_path,
        "南县南洲镇全力抗疫。南洲镇居民李某曾在长沙作了手术。\n南县依照市、县疫情防控指挥部的组织架构组织实施。",
    )
    assert "南县疫情防控指挥部" in found
    assert "长沙市疫情防控指挥部" not in found


@pytest.mark.parametrize("text", ["全国30家省市电视台联合摄制专题片。", "各省市疾控中心派出专家。"])
def test_levels_counted_or_of_every_place_name_no_body_each(text: str) -> None:
    read = {m.key for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION}
    assert not read & {"省电视台", "省疾控中心", "市疾控中心"}


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        ("县医保局(县医疗保障事务中心)开通绿色通道。", "县医疗保障事务中心", "县医保局"),
        ("县委编办(县委机构编制委员会办公室)组织干部下沉社区。", "县委机构编制委员会办公室", "县委编办"),
    ],
)
def test_a_bodys_other_name_in_brackets_is_the_same_body_labelled_with_the_longer(
    tmp_path, text: str, body: str, short: str
) -> None:  # noqa: ANN001
    found = graph_bodies(tmp_path, text)
    assert body in found and short not in found and "县委" not in found


def test_an_outlet_in_running_text_starts_at_its_place() -> None:
    """`在回答平江县融媒体中心记者提问时`: the outlet is 平江县融媒体中心; 回答 (answering) is the sentence's verb."""
    assert "平江县融媒体中心" in bodies("在回答平江县融媒体中心记者提问时,她提醒群众及时报告。")
    assert not [
        b for b in bodies("在回答平江县融媒体中心记者提问时,她提醒群众及时报告。") if b.startswith("回答")
    ]


def test_no_body_runs_over_a_joiner_after_a_place() -> None:
    """`在城东农贸市场和好又多超市`: the market, then a shop joined to it by 和, the shop a body of its own."""
    found = bodies("志愿者在城东农贸市场和好又多超市设立测温点。")
    assert "好又多超市" in found
    assert not [b for b in found if "和" in b]


# --- found on pages written blind (session 31) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "县中医院和华城、安流、横陂3家中心卫生院设立发热门诊。",
            {"华城中心卫生院", "安流中心卫生院", "横陂中心卫生院"},
        ),
        ("城关、新华、东城等3个派出所开展巡逻。", {"城关派出所", "新华派出所", "东城派出所"}),
        (
            "桐山、桐城、山前三个街道社区卫生服务中心开设发热门诊。",  # their level before the kind
            {"桐山街道社区卫生服务中心", "桐城街道社区卫生服务中心", "山前街道社区卫生服务中心"},
        ),
        ("城关镇、新华镇卫生院开展排查。", {"城关镇卫生院", "新华镇卫生院"}),  # the level is each name's own
        # each name written with its level, then `等` and the level again: taken once
        ("绥阳镇、三岔口镇等镇卫生院设置发热哨点。", {"绥阳镇卫生院", "三岔口镇卫生院"}),
    ],
)
def test_places_listed_before_one_kind_of_body_name_one_body_each(text: str, expected: set[str]) -> None:
    assert {m.key for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION} >= expected


@pytest.mark.parametrize(
    "text",
    [
        "协调药品、口罩等3家卫生院。",  # no places
        "会宁县在会师广场、西关小学操场设立采样点。",  # a square's name ends a word begun before the list
    ],
)
def test_words_listed_before_a_kind_of_body_that_are_no_places_name_none(text: str) -> None:
    assert not [m for m in rule_mentions(text) if m.source == "rule:place-unit-list"]


def test_a_unit_named_again_alone_is_the_unit_named_after_its_parent(tmp_path) -> None:  # noqa: ANN001
    found = graph_bodies(
        tmp_path, "五华县公安局交警大队在路口设卡。交警大队大队长黄启帆说,检疫站实行三班轮换。"
    )
    assert "五华县公安局交警大队" in found
    assert "交警大队" not in found


def test_the_own_towns_government_is_no_body_named_for_a_town_shudi(tmp_path) -> None:  # noqa: ANN001
    assert "属地镇政府" not in graph_bodies(tmp_path, "县公安局联合县交通运输局和属地镇政府开展排查。")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("集镇除超市、药店外,其余门店全部关闭。", "除超市"),  # except the shops
        ("志愿者每天往返于镇超市和村里。", "返于镇超市"),
    ],
)
def test_a_preposition_before_a_kind_of_shop_names_no_shop(text: str, absent: str) -> None:
    assert not [b for b in bodies(text) if absent in b]


def test_a_gachas_head_and_committee(tmp_path) -> None:  # noqa: ANN001
    """嘎查达, the head of a gacha (Inner Mongolia's pastoral village): a post of its committee, named with the
    gacha's ending once."""
    found = _extract(tmp_path, "2022年3月1日\n海拉苏嘎查党支部书记、嘎查达包金山说,嘎查里每天广播。")
    assert ("包金山", "嘎查达", "海拉苏嘎查委员会") in {
        (p.person, p.title, p.organization) for p in found.posts
    }


@pytest.mark.parametrize(
    "text",
    [
        "村里10名党员组成志愿服务队,分成两组,一组守在健康驿站。",  # groups counted
        "全县共下沉乡镇干部2300余名,包村包组、守卡口。",  # cadres answering for villages and groups
        "东泉镇里还联系辖区超市开展配送。",  # the town contacts the shops
    ],
)
def test_counted_groups_a_cadres_charge_and_a_verb_name_no_body(text: str) -> None:
    assert bodies(text) == []


# --- one office, two names written as one; a Youth League committee in full; teams counted -----------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("耿马县纪委县监委通报3起典型问题。", "耿马县纪委县监委"),
        ("县纪委县监委将持续紧盯边境一线。", "县纪委县监委"),
    ],
)
def test_a_discipline_committee_and_supervision_commission_written_together_are_one_body(
    text: str, body: str
) -> None:
    """`县纪委县监委`: one office under two names, as `县纪委监委` is; neither is a body apart."""
    assert bodies(text) == [body]


def test_a_youth_league_committee_in_full_keeps_the_leagues_name() -> None:
    """`共青团永新县委员会` is the Youth League's county committee, not the party's 永新县委员会."""
    assert bodies("共青团永新县委员会发出倡议。") == ["共青团永新县委员会"]


@pytest.mark.parametrize("text", ["县妇联在全县组建巾帼志愿服务队63支。", "团县委组建青年突击队十二支。"])
def test_a_team_counted_after_its_name_is_a_kind(text: str) -> None:
    assert not [b for b in bodies(text) if b.endswith("队")]


@pytest.mark.parametrize(
    ("names", "short", "full"),
    [
        (["曹县农商银行", "曹县农村商业银行股份有限公司"], "曹县农商银行", "曹县农村商业银行股份有限公司"),
        (["黄沙河镇卫生院", "黄沙河镇中心卫生院"], "黄沙河镇卫生院", "黄沙河镇中心卫生院"),
        (["区交通运输委", "区交通运输委员会"], "区交通运输委", "区交通运输委员会"),
    ],
)
def test_a_bank_a_health_centre_and_a_commission_named_short_are_the_ones_named_in_full(
    names: list[str], short: str, full: str
) -> None:
    assert full_names(names) == {short: full}


def test_a_body_of_the_pages_furniture_named_short_is_the_source_lines_body(tmp_path) -> None:  # noqa: ANN001
    """`供稿:县卫健局` on a page whose source line is 湄潭县卫生健康局: one body, labelled with its full name."""
    page = (
        "信息来源:湄潭县卫生健康局  发布日期:2022-10-18\n"
        "湄潭县召开会议。县卫健局党组书记、局长王明介绍,全县设卡4个。湄潭县加强值守。\n"
        "(供稿:县卫健局 宝音  编辑:敖登)\n"
    )
    assert "湄潭县卫健局" not in graph_bodies(tmp_path, page)
    assert "湄潭县卫生健康局" in graph_bodies(tmp_path, page)


@pytest.mark.parametrize(
    "text",
    [
        "市里在敦化市体育馆改建方舱医院一处。",
        "在会展中心搭建方舱医院。",
        "在儋州市体育中心建设方舱医院。",
        "乐都区建成方舱医院一所。",
    ],
)
def test_a_makeshift_hospital_built_in_a_venue_is_no_body_of_the_venues(text: str) -> None:
    """`在敦化市体育馆改建方舱医院`: the hospital is built in the venue; no body runs back over the verb."""
    assert bodies(text) == []
    assert persons_of(text) == set()


def test_the_models_body_run_over_a_verb_of_building_is_none() -> None:
    from epikg.ner.merge import plausible

    text = "儋州市体育中心建设方舱医院"
    assert not plausible(Mention(text, EntityType.ORGANIZATION, 0, len(text), "model"))


def test_a_merged_bureau_named_short_is_the_one_named_in_full() -> None:
    assert full_names(["霍城县商工局", "霍城县商务和工业信息化局"]) == {
        "霍城县商工局": "霍城县商务和工业信息化局"
    }


@pytest.mark.parametrize("text", ["户撒阿昌族乡等乡镇党委要加强值守。", "三岔口镇等镇卫生院开设发热门诊。"])
def test_bodies_of_places_listed_and_more_are_a_kind(text: str) -> None:
    """`X等乡镇党委`: the committees of X and other townships, no one body."""
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("陇川县章凤镇设卡。章凤出入境边防检查站加强查验。", "章凤出入境边防检查站"),
        ("陇川县章凤镇设卡。章凤海关对入境货物消杀。", "章凤海关"),
    ],
)
def test_a_ports_border_inspection_station_and_customs_are_bodies(text: str, body: str) -> None:
    """The port named by its town's short form: its border inspection station and its customs are bodies (no
    place `境边防检查站` cut out of the first)."""
    found = recognize(text, split_sentences(text))
    assert body in {m.text for m in found if m.type is EntityType.ORGANIZATION}
    assert not [m for m in found if m.type is EntityType.PLACE and m.text.endswith("检查站")]


def test_a_body_named_short_orders_a_measure_under_its_full_name(tmp_path) -> None:  # noqa: ANN001
    """`县市场监管局` assured supplies on a page whose post names it in full (`县市场监督管理局局长`): the measure's body is
    the full name, the one the page's mentions refer to, and the page's graph conforms."""
    from rdflib import Namespace

    from epikg.pipeline import BuildOptions, build

    ek = Namespace("https://w3id.org/epikg/ontology#")
    (tmp_path / "a.txt").write_text(
        "2022年2月3日\n望奎县召开发布会。县交通运输局局长关德胜,县市场监督管理局党组书记、局长綦红出席发布会。\n"
        "记者问:生活物资如何保障?綦红回答:县市场监管局会同商务部门确定保供超市15家。\n",
        encoding="utf-8",
    )
    result = build([tmp_path], BuildOptions(use_model=False))
    assert not result.skipped
    ordered = {str(o) for o in result.graph.objects(None, ek.orderedBy)}
    assert ordered and all(o.endswith("望奎县市场监督管理局") for o in ordered)


# --- read on pages written by other hands (session 37) -------------------------------------------------------


def test_a_short_name_given_in_brackets_is_the_body_named_before(tmp_path) -> None:  # noqa: ANN001
    text = (
        "茅坪乡开展防控。乡成立新型冠状病毒感染的肺炎疫情防控工作指挥部（以下简称乡防控指挥部），"
        "由乡党委书记任指挥长。乡防控指挥部值班电话：0796-6512345。"
    )
    names = graph_bodies(tmp_path, text)
    # one body, labelled with its full name and its place (the township that set it up: `乡成立`)
    assert "茅坪乡新型冠状病毒感染的肺炎疫情防控工作指挥部" in names
    assert not [n for n in names if n.endswith("防控指挥部") and "新型冠状病毒" not in n]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("双龙镇某村党支部书记石某某对返乡人员排查不力。", ()),  # a body the report leaves unnamed
        ("镇里将对照督查组反馈的问题清单逐条销号。", (("ORG", "照督查组"),)),  # 照 closes 对照
        ("七里营镇新冠肺炎疫情防控工作日报（第15期）", ()),  # the town's daily report, no newspaper
    ],
)
def test_what_names_no_body_on_pages_of_other_hands(text: str, spans: tuple[tuple[str, str], ...]) -> None:
    found = recognize(text, split_sentences(text), tagger=SpanTagger(*spans))
    assert [m.text for m in found if m.type is EntityType.ORGANIZATION] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("北滘镇开展防控。镇卫计办提醒，市民宜保持室内空气流通。", "北滘镇卫计办"),  # a town's health office
        ("据新乡日报报道，全镇继续开展排查。", "新乡日报"),  # 据 (according to) opens no name
    ],
)
def test_more_bodies_of_other_hands(tmp_path, text: str, body: str) -> None:  # noqa: ANN001
    assert body in graph_bodies(tmp_path, text)


def test_a_neighbourhood_committee_is_no_districts(tmp_path) -> None:  # noqa: ANN001
    found = _extract(tmp_path, "花木街道开展防控。联洋新苑所在的居民区党总支书记仇慧敏带领居委干部。")
    assert [(p.person, p.organization) for p in found.posts] == [("仇慧敏", "居民区党总支")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("沂南县开展防控。据现场执勤的交警大队民警介绍，查验点由交警值守。", "沂南县交警大队"),
        ("沭阳县开展防控。刑侦大队抽调民警40名组建专班。", "沭阳县刑侦大队"),
        ("沭阳县开展防控。据县公安局指挥中心统计，共劝返车辆120辆。", "沭阳县公安局指挥中心"),
    ],
)
def test_a_county_police_brigade_named_bare_is_the_articles_countys(tmp_path, text: str, body: str) -> None:  # noqa: ANN001
    assert body in graph_bodies(tmp_path, text)


def test_a_brigade_of_every_county_is_no_one_body() -> None:
    assert bodies("各交警大队加强巡逻。") == []


def test_an_office_named_with_fewer_words_is_the_office_named_in_full() -> None:
    assert full_names(["昔阳县疫情防控指挥部办公室", "昔阳县新冠肺炎疫情防控指挥部办公室"]) == {
        "昔阳县疫情防控指挥部办公室": "昔阳县新冠肺炎疫情防控指挥部办公室"
    }


def test_a_group_each_of_many_places_sets_up_is_no_one_body() -> None:
    assert bodies("县里迅速成立指挥部，各乡镇同步成立疫情防控工作专班。") == []
    assert bodies("金乡镇第一时间成立疫情防控工作专班。") != []


def test_a_towns_short_form_ending_like_a_level_opens_its_body(tmp_path) -> None:  # noqa: ANN001
    # 增村 is 增村镇 written short; its 村 is no level character (no village's station)
    text = "藁城区增村镇开展防控。小果庄村设立卡点。增村派出所组织民警和辅警昼夜巡逻。"
    assert "增村派出所" in graph_bodies(tmp_path, text)
    assert "小果庄村派出所" not in graph_bodies(tmp_path, text)


def test_a_leading_group_as_shanxi_names_it_and_its_short_name(tmp_path) -> None:  # noqa: ANN001
    text = (
        "平遥县高度重视，1月25日成立平遥县新型冠状病毒感染的肺炎疫情防控工作领导组（以下简称县领导组），"
        "由县委书记贾振国任组长。县领导组组织乡村两级干部开展排查。"
    )
    names = graph_bodies(tmp_path, text)
    assert "平遥县新型冠状病毒感染的肺炎疫情防控工作领导组" in names
    assert not [n for n in names if n.endswith("县领导组") or n.startswith("以下简称")]


def test_a_headquarters_named_in_full_only_in_its_offices_name_labels_its_short_name() -> None:
    assert full_names(["宝应县指挥部", "宝应县新冠肺炎疫情防控工作指挥部办公室"]) == {
        "宝应县指挥部": "宝应县新冠肺炎疫情防控工作指挥部"
    }


def test_a_short_cdc_is_the_cdc_named_as_its_centre() -> None:
    assert full_names(["慈利县疾控", "慈利县疾控中心"]) == {"慈利县疾控": "慈利县疾控中心"}


def test_the_models_daily_report_is_no_newspaper() -> None:
    from epikg.ner.merge import plausible

    assert not plausible(Mention("泗县新冠肺炎疫情防控工作日报", EntityType.ORGANIZATION, 0, 14, "model"))


def test_a_body_the_model_starts_at_a_kind_of_villages_last_character_starts_with_the_kind() -> None:
    """`居民区党总支`: the model's 区党总支 took 区 for a district's level character; the body is the residents'
    district's own branch, and its secretary's title has no level."""
    from epikg.ner.merge import extend_to_village_kind

    text = "居民区党总支书记王晓明介绍情况。"
    start = text.index("区党总支")
    read = Mention("区党总支", EntityType.ORGANIZATION, start, start + 4, "model")
    assert extend_to_village_kind(text, read).text == "居民区党总支"
    county = "县党总支书记王晓明介绍情况。"
    assert (
        extend_to_village_kind(county, Mention("县党总支", EntityType.ORGANIZATION, 0, 4, "model")).text
        == "县党总支"
    )


def test_a_body_the_model_reads_after_a_person_and_a_joiner_starts_after_the_joiner() -> None:
    """`阿依古丽和驻村工作队一起`: the model ran a person, 和 and the body together; the body is 驻村工作队."""
    from epikg.ner.merge import after_a_partner

    read = Mention("阿依古丽和驻村工作队", EntityType.ORGANIZATION, 5, 15, "model")
    assert after_a_partner(read).text == "驻村工作队"
    two = Mention("县卫健局和县疾控中心", EntityType.ORGANIZATION, 0, 10, "model")
    assert after_a_partner(two) is two  # two bodies joined: left to the rules that split them


def test_personnel_divided_into_groups_name_no_group() -> None:
    assert bodies("站前只开2条车道,交警、卫健人员分组对下高速车辆进行检查。") == []


def test_a_body_the_model_starts_inside_a_townships_kind_word_starts_with_the_word() -> None:
    """`下午苏` + `木卫生院`: the model cut 苏木 (a Mongolian township's kind); the body is the sumu's hospital."""
    from epikg.ner.merge import extend_to_village_kind

    text = "下午苏木卫生院的医生来嘎查采样。"
    start = text.index("木卫生院")
    read = Mention("木卫生院", EntityType.ORGANIZATION, start, start + 4, "model")
    assert extend_to_village_kind(text, read).text == "苏木卫生院"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("武汉在建的三家方舱医院医疗隔离点之一。", "三家方舱医院"),  # a count of hospitals of a kind
        ("我看到太多医院门口求助的患者。", "太多医院"),  # many hospitals, loosely counted
    ],
)
def test_bodies_counted_or_of_a_kind_are_no_one_body(text: str, read: str) -> None:
    from epikg.ner.merge import merge

    start = text.index(read)
    model = [Mention(read, EntityType.ORGANIZATION, start, start + len(read), "model")]
    assert read not in [m.text for m in merge(rule_mentions(text), model)]


def test_a_body_contacted_starts_after_the_verb() -> None:
    from epikg.ner.merge.retyping import without_lead_verb

    found = without_lead_verb(Mention("联系县红十字会", EntityType.ORGANIZATION, 1, 8, "model"))
    assert found.text == "县红十字会"


@pytest.mark.parametrize("text", ["月华镇这边昨天镇政府组织了消毒。", "城关镇那里今天镇政府派人来了。"])
def test_here_there_or_a_day_ends_no_bodys_name(text: str) -> None:
    # a resident's words: the town, where or when, then the body at its level
    assert bodies(text) == ["镇政府"]


def test_people_formed_into_a_team_are_no_bodys_name() -> None:
    # the model's 公安民警组成巡逻队: the team is formed of police officers; no body of that name
    from epikg.ner import recognize
    from helpers import SpanTagger

    text = "由勐腊边境管理大队、公安民警组成巡逻队。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("ORG", "公安民警组成巡逻队")))
    assert "公安民警组成巡逻队" not in [m.text for m in found]


def test_a_companys_department_the_model_read_into_it_leaves_the_company(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("江苏宏晟电力设备有限公司行政部经理王刚说,企业已复工。\n", encoding="utf-8")
    model = SpanTagger(("ORG", "江苏宏晟电力设备有限公司行政部"), ("PER", "王刚"))  # as the model reads it
    found = extract(read_article(page), tagger=model)
    assert set(found.organizations.values()) == {"江苏宏晟电力设备有限公司"}
    assert not found.places  # 江苏 only inside the company's name


@pytest.mark.parametrize(
    "text",
    [
        "在电商集中的村另设快递车辆消毒点,对进出车辆喷洒消毒。",  # a second point set up, no courier firm
        "实行“地毯式”排查,做到村不漏组、组不漏户、户不漏人。",  # a goal, no group
        "镇域入口的4个卡点由镇机关干部和派出所民警值守。",  # the cadres, then the police station
        "镇长表示卫生院已做好准备。",  # the mayor's words, then a health centre of no name
        "院长指出卫生院要24小时值守。",
    ],
)
def test_a_clause_before_a_bodys_ending_is_no_body(text: str) -> None:
    assert bodies(text) == []


def test_after_the_cadres_and_their_joiner_a_body_named_by_its_towns_short_form_is_one() -> None:
    assert "榜头市场监管所" in bodies("今天是榜头镇的墟日,镇干部和榜头市场监管所工作人员拿着喇叭宣传。")


def _bodies_read(text: str, body: str) -> list[str]:
    """The bodies read in a text where the model reads `body` as one."""
    from helpers import SpanTagger

    found = recognize(text, split_sentences(text), tagger=SpanTagger(("ORG", body)))
    return [m.text for m in found if m.type is EntityType.ORGANIZATION]


def test_an_interviewers_question_runs_over_no_bodys_name() -> None:
    assert _bodies_read("记者:泾阳如何发挥党组织战斗堡垒作用?", "泾阳如何发挥党组织") == []


def test_a_press_hall_is_no_department() -> None:
    assert "县行政中心新闻发布厅" not in _bodies_read("地点:县行政中心新闻发布厅。", "县行政中心新闻发布厅")


def test_a_verb_of_making_the_most_of_a_body_starts_no_name() -> None:
    """`豆村镇要发挥中心卫生院作用`: the town is to make use of its health centre; no body `豆村镇要发挥中心卫生院`."""
    assert not [b for b in bodies("东冶镇、豆村镇要发挥中心卫生院作用。") if "发挥" in b]


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("10月2日12时到老马家面馆就餐。", "老马家面馆"),
        ("9:00在惠民便利店购物。", "惠民便利店"),
        ("10:20到仁和诊所就诊。", "仁和诊所"),
        ("15:00到宏达饺子馆就餐。", "宏达饺子馆"),
        ("18时到刘记羊肉汤馆就餐。", "刘记羊肉汤馆"),
        ("12时到人民路老马家牛肉面馆就餐。", "老马家牛肉面馆"),  # a longer brand at its address
        ("14时到解放路68号仁和大药房购药。", "仁和大药房"),  # at its house number
    ],
)
def test_a_shop_or_eatery_a_cases_trajectory_names_is_a_body(text: str, shop: str) -> None:
    assert shop in bodies(text)


def test_shops_of_a_kind_and_a_site_in_a_hotel_name_no_shop() -> None:
    assert bodies("县城各大饭店暂停堂食,附近便利店正常营业。") == []
    assert bodies("12时到老马家牛肉面馆就餐。") == []  # a brand of five only at its address
    assert bodies("我们在乡政府所在地一家饭店吃饭。") == ["乡政府"]  # a restaurant counted, none named
    assert bodies("我们走进一家名曰“微笑”的牙科诊所。") == []  # a dental clinic: its trade
    assert bodies("在君山饭店集中隔离点隔离。") == []  # the site it names: a place


def test_a_coverb_right_before_a_shops_ending_ends_no_brand() -> None:
    """`您可与饭店协商`: with the restaurant; no shop named 您可与饭店 (but 仁和诊所 ends its brand with 和)."""
    assert bodies("退订事宜您可与饭店协商。") == []
    assert "仁和诊所" in bodies("10:20到仁和诊所就诊。")


def test_groups_added_by_a_headquarters_are_named_after_the_verb() -> None:
    """`增设社区管控组`: 增设 sets the groups up, as 下设 does; the first group's name starts after it."""
    found = bodies("县指挥部实行扁平化运行,增设社区管控组、转运隔离组、物资保障组。")
    assert {"社区管控组", "转运隔离组", "物资保障组"} <= set(found)
    assert not [b for b in found if b.startswith("增设")]


def test_teams_counted_are_no_body() -> None:
    """`村里两支党员先锋队`: two of the village's teams, neither named."""
    assert bodies("村里两支党员先锋队轮流在村口值守。") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("区经委副主任祁雯告诉记者,全区已有412家企业复工。", "区经委"),  # 经 of 经委 is no coverb
        ("区发展改革委副主任祁雯介绍情况。", "区发展改革委"),
    ],
)
def test_a_commissions_short_name_is_a_body(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_temporary_branch_named_by_its_checkpoint_is_a_body() -> None:
    """`开州收费站疫情防控临时党支部`: 临时 (temporary) before a bare suffix names no body only after a level or a
    division alone (`县临时指挥部`)."""
    assert "开州收费站疫情防控临时党支部" in bodies("开州收费站疫情防控临时党支部书记周强带领党员值守。")
    assert "县临时指挥部" not in bodies("县临时指挥部设在县委党校。")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("7月19日,金曲量贩KTV、星空网咖恢复营业。", "金曲量贩KTV"),
        ("7月19日,金曲量贩KTV、星空网咖恢复营业。", "星空网咖"),
        ("3月1日,东园浴室恢复营业。", "东园浴室"),
    ],
)
def test_a_venue_a_reopening_notice_names_is_a_body(text: str, venue: str) -> None:
    assert venue in bodies(text)


def test_venues_of_a_kind_name_no_body() -> None:
    assert bodies("全县网吧、KTV、影院等场所一律暂停营业。") == []
    assert bodies("4月21日,路桥乡某网吧经营者违规营业。") == []  # a certain café, unnamed
    assert bodies("对全镇麻将馆和KTV进行关停。") == []  # two kinds joined
    assert bodies("3月起关停网吧、棋牌室等场所。") == []  # a kind closed


def test_a_body_named_with_its_village_takes_no_place_from_its_clause(tmp_path) -> None:  # noqa: ANN001
    """`村里成立了侯庄村疫情防控卡点临时党支部`: the clause's 村 is the village's, whose name the body holds already."""
    extraction = _extract(tmp_path, "村里成立了侯庄村疫情防控卡点临时党支部,由村党总支书记侯建军任书记。")
    assert "侯庄村疫情防控卡点临时党支部" in extraction.bodies


def test_a_bare_company_before_a_title_is_no_body(tmp_path) -> None:  # noqa: ANN001
    """`公司总经理钭振华说`: the company the article spoke of, unnamed here; the title stays."""
    extraction = _extract(tmp_path, "“订单都排到下个月了。”公司总经理钭振华说。")
    assert "公司" not in extraction.bodies
    assert [(p.person, p.title, p.organization) for p in extraction.posts] == [("钭振华", "公司总经理", None)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("辽宁援疆医疗队队员与当地医护人员一起采样。", "辽宁援疆医疗队"),
        ("四川省援藏核酸检测队抵达拉萨。", "四川省援藏核酸检测队"),
    ],
)
def test_a_team_sent_by_a_province_to_help_is_named_by_it(text: str, body: str) -> None:
    """A team named by the place that sent it and where it helps; a team of no body named (`支援医疗队`) is none."""
    assert body in _bodies_read(text, body)
    assert _bodies_read("支援医疗队抵达县城。", "支援医疗队") == []


def test_a_temples_management_committee_is_a_body() -> None:
    assert "拉卜楞寺寺管会" in _bodies_read("拉卜楞寺寺管会主任嘉木样带领僧众消杀。", "拉卜楞寺寺管会")


@pytest.mark.parametrize(
    "text",
    [
        "区域内商铺一律暂停营业,只保留超市、药店等保障基本生活。",  # only: a clause, not 只保留超市
        "为确保影院安全有序开放,县文旅局开展检查。",  # to make sure: not 为确保影院
        "谈到经营,孔经理说商场正进入调整阶段。",  # what the manager says, no shop 孔经理说商场
    ],
)
def test_a_clause_running_back_to_a_shops_ending_names_no_shop(text: str) -> None:
    """A function word and an everyday word before a shop's ending (data/org_brand_never_first.txt) are a clause."""
    assert not [b for b in bodies(text) if b.endswith(("超市", "影院"))]


def test_a_brand_of_three_characters_still_names_its_shop() -> None:
    assert "为民大药房" in bodies("3月1日,为民大药房恢复营业。")
    assert "好又多超市" in bodies("协调好又多超市、步步高超市等保供。")


@pytest.mark.parametrize(
    "text", ["全县已组建“代购代送”志愿服务队156支。", "各村组建“红袖章”巡逻队二十支,每天巡查。"]
)
def test_teams_of_a_quoted_campaign_counted_are_no_body(text: str) -> None:
    """`“代购代送”志愿服务队156支`: many teams of one campaign, counted after their name; no one body."""
    assert bodies(text) == []


def test_one_quoted_team_is_still_a_body() -> None:
    assert bodies("村里组建“代购代送”志愿服务队,为居家群众跑腿。") == ["代购代送"]  # its quoted name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("授予隆尧县人民医院感染性疾病科先进集体称号。", "隆尧县人民医院感染性疾病科"),  # a section of six
        ("万州区公安局交巡警支队民警在卡点执勤。", "万州区公安局交巡警支队"),
        ("馆陶县公安局治安管理大队查处一起案件。", "馆陶县公安局治安管理大队"),
        ("献县人民法院刑事审判庭庭长说。", "献县人民法院刑事审判庭"),
        ("平江县人民检察院第一检察部主任介绍。", "平江县人民检察院第一检察部"),
    ],
)
def test_a_section_of_a_hospital_a_court_or_the_police_is_a_body(text: str, body: str) -> None:
    """data/org_sections.txt: a department, a chamber, a brigade named right after its body."""
    assert body in bodies(text)


@pytest.mark.parametrize("text", ["县公安局抽调大队民警到卡点。", "县公安局会同交警大队设卡。"])
def test_a_brigade_after_a_verb_is_no_section(text: str) -> None:
    assert bodies(text) == ["县公安局"]


def test_an_item_of_a_higher_level_listed_after_a_towns_body_is_its_own(tmp_path) -> None:  # noqa: ANN001
    """`新沟镇政府、县公安局交警大队、镇卫生院`: 县 names the county's brigade; only 镇 takes the town."""
    text = "新沟镇设立卡点。该卡点由新沟镇政府、县公安局交警大队、镇卫生院抽调人员组成。"
    found = graph_bodies(tmp_path, text)
    assert "新沟镇卫生院" in found
    assert not [b for b in found if b.startswith("新沟镇公安局")]


def test_an_honour_rolls_list_of_bodies_reports_no_measure(tmp_path) -> None:  # noqa: ANN001
    """Lines that each name a body (`县疾病预防控制中心流行病学调查组`, `县人民医院发热门诊`) name units honoured, no
    tracing or treatment done (extract/organizations.body_lines)."""
    text = (
        "关于表彰先进集体的决定\n授予以下单位先进集体称号:\n\n"
        "常山县人民医院发热门诊\n常山县疾病预防控制中心流行病学调查组\n球川镇卫生院\n"
    )
    assert [m.category for m in _extract(tmp_path, text).measures] == []


def test_a_bodys_line_in_prose_still_reports_its_measure(tmp_path) -> None:  # noqa: ANN001
    text = "常山县疾病预防控制中心连夜开展流行病学调查。\n常山县人民医院开设发热门诊。\n"
    assert {m.category for m in _extract(tmp_path, text).measures} >= {"contact_tracing", "medical_treatment"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("湖南省赤山监狱实行封闭管理。", "湖南省赤山监狱"),
        ("湖南省监狱管理局党委书记到监狱督导。", "湖南省监狱管理局"),  # the administration, no prison
        ("县戒毒所暂停家属会见。", "县戒毒所"),
        ("塔城市口岸办主任介绍。", "塔城市口岸办"),
        ("石家庄市医疗废物处置中心连夜转运。", "石家庄市医疗废物处置中心"),
        ("天山区环境卫生管理所组建专班。", "天山区环境卫生管理所"),
    ],
)
def test_prisons_port_offices_and_the_citys_waste_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text)


def test_homes_of_every_town_are_a_kind() -> None:
    assert bodies("全县敬老院一律实行封闭管理。") == []


def test_a_clause_after_a_bureau_is_no_section() -> None:
    """Only a hospital's, the police's or a court's sections run long (data/org_long_section_bodies.txt)."""
    assert bodies("罗田县民政局统筹调拨医用外科口罩3000只。") == ["罗田县民政局"]


def test_a_prison_administration_is_no_prison() -> None:
    assert "湖南省监狱" not in bodies("湖南省监狱管理局党委书记到监狱督导。")


def test_a_quoted_name_before_a_team_in_general_is_no_body() -> None:
    """`组成“楼栋长”队伍`: 队伍 is a team in general (data/org_suffix_continuations.txt), no team's ending."""
    assert bodies("组织41名业主志愿者组成“楼栋长”队伍,负责收集居民需求。") == []


@pytest.mark.parametrize(
    ("short", "full"),
    [("蔚县团县委", "共青团蔚县委员会"), ("平江县团县委", "共青团平江县委")],
)
def test_the_youth_leagues_committee_under_both_names_is_one_body(short: str, full: str) -> None:
    assert full_names([short, full]) == {short: full}


def test_another_places_league_is_another_body() -> None:
    assert full_names(["蔚县团县委", "共青团平江县委员会"]) == {}


# --- shops of a supply list and a case's trail, sites' managers, social work ----------------------------------


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("他在县城仁济药店买了退烧药。", "仁济药店"),  # a pharmacy by its brand, within the county town
        ("县商务局组织好再来超市、绿源果蔬直销店等保供。", "绿源果蔬直销店"),  # a farm's outlet, after a shop
        (
            "确定了百佳超市、盛发生鲜超市等8家保供超市。",
            "盛发生鲜超市",
        ),  # a brand and its trade, after a shop
        ("19:20在客运站对面鑫源超市购物。", "鑫源超市"),  # next to a site
        ("在人民路雅丽服饰店内经营。", "雅丽服饰店"),  # at its address
    ],
)
def test_a_shop_named_by_its_brand_in_more_places(text: str, shop: str) -> None:
    assert shop in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "现在药店都能买到退烧药。",
        "附近超市和药店正常营业。",
        "由县人民医院和定点药店开辟绿色通道代购药品。",
    ],
)
def test_shops_of_a_kind_name_no_shop(text: str) -> None:
    assert not [b for b in bodies(text) if b.endswith(("药店", "超市"))]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("平江县石牛寨景区管理处主任张强介绍。", "平江县石牛寨景区管理处"),
        ("县文物管理所对古寺进行了检查。", "县文物管理所"),  # the county's office of relics (文物管理所)
        ("县图书馆、县博物馆暂停开放。", "县博物馆"),
        ("城关镇社工站为独居老人送去药品。", "城关镇社工站"),
        ("石桥镇社会工作服务站组织社工上门。", "石桥镇社会工作服务站"),
    ],
)
def test_sites_managers_museums_and_social_work_stations_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "村里年轻人大多外出务工了。",  # in the village; 人大 inside 年轻人大多
        "县里要求各镇做好值守。",  # the county's leaders, no body named
        "会同城关镇、河口镇等属地镇人民政府开展检查。",  # each town of jurisdiction, none named
    ],
)
def test_in_the_village_and_the_places_of_jurisdiction_name_no_body(text: str) -> None:
    assert not [b for b in bodies(text) if b.endswith(("人大", "政府"))]


def test_a_company_before_its_department_is_the_posts_body(tmp_path) -> None:  # noqa: ANN001
    # 网 ends a news site's name, but here it opens 网络, the company's department
    assert "中国电信平江分公司" in graph_bodies(
        tmp_path, "中国电信平江分公司网络部经理李红说,已开通基站2个。"
    )
    assert "中国电信平江分公司网" not in graph_bodies(
        tmp_path, "中国电信平江分公司网络部经理李红说,已开通基站2个。"
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("依据《中华人民共和国治安管理处罚法》,对其处以行政拘留。", "管理处"),  # a law: 管理处罚, penalties
        ("县市场监管局拟对该药店作出行政处罚。", "药店"),  # this pharmacy, unnamed
        ("严禁商超和药店销售退烧药。", "药店"),  # shops in general
        ("对沿线药店开展检查。", "药店"),
    ],
)
def test_a_law_a_shop_spoken_of_and_shops_in_general_name_no_body(text: str, absent: str) -> None:
    assert not [b for b in bodies(text) if absent in b]


def test_a_paragraph_whose_first_sentence_names_one_town_is_that_towns(tmp_path) -> None:  # noqa: ANN001
    """A roundup's paragraph that opens with a time and its one town (`凌晨5点半,坂仔镇的采样点…`): its bare posts
    are that town's, not those of the town the article names most."""
    text = (
        "平和县各地全力做好核酸检测。\n"
        "凌晨5点半,九龙镇的核酸采样点已经亮起了灯。镇党委书记李强带着干部搭帐篷。\n"
        "在丰禾镇,志愿者为居家人员代购物资。丰禾镇卫生院护士王芳说,大家都很配合。\n"
    )
    found = _extract(tmp_path, text)
    assert ("李强", "九龙镇党委") in {(p.person, p.organization) for p in found.posts}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("石桥镇民兵连在卡点24小时值守。", "石桥镇民兵连"),
        ("龙潭乡民兵应急分队协助开展核酸采样。", "龙潭乡民兵应急分队"),
        ("红星村红白理事会倡议喜事缓办、丧事简办。", "红星村红白理事会"),
    ],
)
def test_a_townships_militia_and_a_villages_council_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_citys_bureau_named_by_its_level_is_the_citys(tmp_path) -> None:  # noqa: ANN001
    # 市民 is a word (citizens), but 民政局 is a body's whole name after the level character
    found = graph_bodies(tmp_path, "利川市召开会议。市民政局局长冉红介绍了有关情况。")
    assert "利川市民政局" in found and "利川市市民政局" not in found


def test_the_object_marker_ends_no_shops_brand() -> None:
    """`严把药店“哨点”关口`: keep the pharmacies in check; no shop named 严把药店 (data/org_brand_never_last.txt)."""
    assert not [b for b in bodies("一、严把药店“哨点”关口\n") if b.endswith("药店")]


def test_a_body_read_after_relaying_and_studying_starts_after_the_verbs() -> None:
    """The model's `传达学习省委`: relayed and studied, the body is 省委 (data/model_meeting_verbs.txt)."""
    text = "会议传达学习省委疫情防控工作会议精神。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("ORG", "传达学习省委")))
    assert [m.text for m in found if m.type is EntityType.ORGANIZATION] == ["省委"]


def test_a_hospitals_department_after_two_posts_is_no_body_over_both() -> None:
    """`县人民医院副院长兼感染科主任`: 兼 joins two posts; no section runs over it (data/org_name_never_over.txt)."""
    found = bodies("县人民医院副院长兼感染科主任刘湘平介绍。")
    assert "县人民医院" in found and not [b for b in found if "兼" in b]
    assert "县人民医院感染性疾病科" in bodies("县人民医院感染性疾病科主任张明介绍。")


def test_a_channel_of_an_account_named_in_quotes_is_no_account() -> None:
    """`官方微信公众号“返建报备”通道`: a feature of the account (data/outlet_accounts.tsv feature), no outlet."""
    assert "返建报备" not in bodies("通过县政府官方微信公众号“返建报备”通道报备。")
    assert "北流发布" in bodies("关注微信公众号“北流发布”获取信息。")


def test_a_post_after_the_verb_of_taking_along_is_the_villages(tmp_path) -> None:  # noqa: ANN001
    """`他带着村委会主任邹小军走访`: the body starts after 带着 (data/org_lead_verbs.txt), the village's committee."""
    found = _extract(tmp_path, "2022年3月1日\n三湾村开展排查。\n上午8点,他带着村委会主任邹小军走访。\n")
    assert {(p.person, p.title) for p in found.posts} == {("邹小军", "村委会主任")}
    assert not [b for b in found.organizations.values() if "带着" in b]


def test_sentinel_pharmacies_are_a_kind_of_shop() -> None:
    """`用好哨点药店、发热门诊等监测网络`: pharmacies that watch for fever buyers, none named (org_shop_kind_words)."""
    assert bodies("二要强化监测预警,用好哨点药店、发热门诊等监测网络。") == []


@pytest.mark.parametrize(
    "text",
    [
        "根据《中华人民共和国红十字会法》规定,接收社会捐赠。",
        "依据《中华人民共和国治安管理处罚法》予以处罚。",
    ],
)
def test_a_body_inside_a_laws_title_is_no_body(text: str) -> None:
    assert model_bodies(text, ("ORG", "中华人民共和国红十字会"), ("ORG", "中华人民共和国治安管理处")) == []


def test_the_body_that_issues_a_document_in_its_title_is_a_body() -> None:
    text = "《县疫情防控指挥部关于严格落实防控措施的决定》印发。"
    assert model_bodies(text) == ["县疫情防控指挥部"]


def test_a_post_and_a_body_joined_are_no_one_bodys_name() -> None:
    assert "塔河县委书记和林业局党委" not in bodies("塔河县委书记和林业局党委书记一起到卡点慰问。")


@pytest.mark.parametrize("body", ["英德市人力资源和社会保障局", "花垣县城市管理和综合执法局执法大队"])
def test_a_bureau_of_two_fields_joined_is_one_body(body: str) -> None:
    assert body in bodies(f"{body}开展巡查。")


def test_a_level_character_a_verb_takes_as_its_object_opens_no_body() -> None:
    """`坐镇`: to take command there; no town's headquarters. A town's own body after it stays, and a verb that
    names a body's work opens its name (`返乡人员排查工作专班`)."""
    assert bodies("县长尚昊天坐镇指挥部调度。") == []
    assert bodies("镇党委书记坐镇指挥部。") == ["镇党委"]
    assert "返乡人员排查工作专班" in bodies("全镇成立返乡人员排查工作专班。")


@pytest.mark.parametrize(
    "text",
    [
        "西吉县各乡镇卫生院和村卫生室全员上阵。",  # each town's health centre and each village's clinic
        "首批向全县药店、村卫生室投放药品。",
        "已向各社区卫生服务中心和村卫生室配送药品。",
    ],
)
def test_a_villages_bare_body_listed_after_bodies_of_every_place_is_every_villages(text: str) -> None:
    assert not any(m.text.startswith("村") for m in orgs_read(text))


def test_a_villages_bare_body_listed_in_a_village_story_stays() -> None:
    """`镇卫生院、村卫生室医务人员`: no word of every place before them; left to the article's village."""
    assert "村卫生室" in [m.text for m in orgs_read("镇卫生院、村卫生室医务人员上门服务。")]


def orgs_read(text: str) -> list[Mention]:
    """The bodies read where the model, as it does, reads `村卫生室` as one."""
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("ORG", "村卫生室")))
    return [m for m in found if m.type is EntityType.ORGANIZATION]


def test_a_body_written_with_its_place_takes_it_once(tmp_path) -> None:  # noqa: ANN001
    """`成立由乡党委书记任组长…的青峰乡疫情防控工作领导小组`: the group is written with the town its leaders' posts
    give it (one the gazetteer does not know), so the town is not put before it again."""
    text = "青峰乡召开疫情防控工作会议。会议决定,成立由乡党委书记任组长、乡长任副组长的青峰乡疫情防控工作领导小组。"
    found = graph_bodies(tmp_path, text)
    assert not [b for b in found if b.startswith("青峰乡青峰乡")], found


@pytest.mark.parametrize("area", ["镇区", "城区", "景区"])
def test_no_body_runs_back_over_a_joiner_after_a_kind_of_area(area: str) -> None:
    """`在镇区和冯宅村委会设点`: the town's built-up area and a village's committee, no body `镇区和冯宅村委会`."""
    text = f"枫木镇在{area}和冯宅村委会设置采样点。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("ORG", "冯宅村委会")))
    assert [m.text for m in found if m.type is EntityType.ORGANIZATION] == ["冯宅村委会"]
