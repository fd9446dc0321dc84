"""Posts: thirty-odd ways the genre names a person's post, and the body each post belongs to."""

from __future__ import annotations

import pytest
from tests.helpers import SpanTagger

from epikg.extract.organizations import with_place
from epikg.extract.places import read_places
from epikg.extract.posts import find_posts
from epikg.ner import recognize
from epikg.read.normalize import split_sentences
from epikg.records import EntityType, Mention


def posts_of(text: str, *names: str) -> set[tuple[str, str, str | None]]:
    """The posts read in a text, the model reading the persons `names` (none: the rules alone)."""
    tagger = SpanTagger(*(("PER", name) for name in names)) if names else None
    mentions = recognize(text, split_sentences(text), tagger=tagger)
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title, p.organization) for p in posts}


# Context sentences give the article its locality, as a real article's other sentences do.
NANXIAN = "南县南洲镇全力抗疫。"
PUSHI = "泸溪县浦市镇迅速应对。"

CASES = [
    ("苍南县委书记黄荣定率领县防疫领导小组", {("黄荣定", "县委书记", "苍南县委")}),
    ("南县县委书记罗讯到南洲镇商场检查", {("罗讯", "县委书记", "南县县委")}),
    (
        NANXIAN + "南县县委副书记、县长钟剑波到农贸市场",
        {("钟剑波", "县委副书记", "南县县委"), ("钟剑波", "县长", "南县县政府")},
    ),
    (  # the town's own headquarters, as its first post names the town
        "南洲镇镇长、防指指挥长陈楚告诉记者",
        {("陈楚", "镇长", "南洲镇政府"), ("陈楚", "防指指挥长", "南洲镇防指")},
    ),
    ("梨树县联防联控模式得到吉林省委书记王建国高度肯定", {("王建国", "省委书记", "吉林省委")}),
    (PUSHI + "镇党委书记李昊明迅速主持召开会议", {("李昊明", "镇党委书记", "浦市镇党委")}),
    ("浦市镇党委书记李昊明鄭重地說", {("李昊明", "镇党委书记", "浦市镇党委")}),
    (PUSHI + "在浦市镇马王溪村,村支书石泽林带领干部", {("石泽林", "村支书", "马王溪村党支部")}),
    ("浦市镇纪委书记文威带领督查考核组", {("文威", "镇纪委书记", "浦市镇纪委")}),
    (
        PUSHI + "重点场所巡查组组长、副镇长黄江表示",
        {("黄江", "重点场所巡查组组长", "重点场所巡查组"), ("黄江", "副镇长", "浦市镇政府")},
    ),
    ("梨树县疾控中心主任助理纪海在防疫战线工作", {("纪海", "疾控中心主任助理", "梨树县疾控中心")}),
    (
        "朝阳社区党支部书记、主任徐晓芳说",
        {("徐晓芳", "党支部书记", "朝阳社区党支部"), ("徐晓芳", "主任", "朝阳社区")},
    ),
    (NANXIAN + "镇党建办副主任周青主动请缨", {("周青", "镇党建办副主任", "南洲镇党建办")}),
    (
        "南洲镇党委委员、政法委员刘恩深入隔离区",
        {("刘恩", "镇党委委员", "南洲镇党委"), ("刘恩", "政法委员", None)},
    ),
    ("南洲镇小荷堰社区党组织书记洪行武投入了工作", {("洪行武", "党组织书记", "南洲镇小荷堰社区党组织")}),
    (NANXIAN + "南洲镇党政办主任吴倩钰积极协调", {("吴倩钰", "党政办主任", "南洲镇党政办")}),
    (
        NANXIAN + "南洲镇疫情防控摸排组副组长李诗乐平均每日摸排",
        {("李诗乐", "疫情防控摸排组副组长", "南洲镇疫情防控摸排组")},
    ),
    ("湖景新城小区党支部书记曾松茂积极发动党员", {("曾松茂", "党支部书记", "湖景新城小区党支部")}),
    ("南县县委组织部部长王明表示", {("王明", "县委组织部部长", "南县县委组织部")}),
    ("唐冲村党支部书记王勇然松了口气", {("王勇然", "党支部书记", "唐冲村党支部")}),
    (
        "房县县委副书记、县长纪道清到一线检查",
        {("纪道清", "县委副书记", "房县县委"), ("纪道清", "县长", "房县县政府")},
    ),
    ("沈丘县卫健委党组书记张治君汇报", {("张治君", "卫健委党组书记", "沈丘县卫健委党组")}),
    ("沈丘县副县长张艳秋主持会议", {("张艳秋", "副县长", "沈丘县政府")}),
    (
        "澧县县委副书记、县长王启武督导",
        {("王启武", "县委副书记", "澧县县委"), ("王启武", "县长", "澧县县政府")},
    ),
    ("岷江乡副乡长王勤介绍", {("王勤", "副乡长", "岷江乡政府")}),
    ("安陵镇镇长袁光辉说", {("袁光辉", "镇长", "安陵镇政府")}),
    ("县政府副县长罗少贵到场", {("罗少贵", "县政府副县长", "县政府")}),
    ("梨树县委宣传部副部长李明说", {("李明", "县委宣传部副部长", "梨树县委宣传部")}),
    ("大木厂镇党委副书记王兵带队", {("王兵", "镇党委副书记", "大木厂镇党委")}),
    (
        NANXIAN + "镇疫情防控指挥部常务副指挥长张泽龙坚守岗位",
        {("张泽龙", "镇疫情防控指挥部常务副指挥长", "南洲镇疫情防控指挥部")},
    ),
    ("蓝天救援队队员付元喜始终坚持在一线", {("付元喜", "蓝天救援队队员", "蓝天救援队")}),
    ("进行通报。毙畔⒚巡查组组长张明说", {("张明", "巡查组组长", "巡查组")}),  # mojibake ends the phrase
    # 代县长 is an acting county head (not 代县, a county in Shanxi, and 长).
    (
        NANXIAN + "县委副书记、代县长杨建平主持会议",
        {("杨建平", "县委副书记", "南县县委"), ("杨建平", "代县长", "南县县政府")},
    ),
    ("镇党委书记、镇长李明陪同检查", {("李明", "镇党委书记", "镇党委"), ("李明", "镇长", "镇政府")}),  # 陪同
    ("村医卢永刚每天测体温", {("卢永刚", "村医", None)}),  # a village doctor: no clinic written, no body
    (NANXIAN + "县长助理熊光辉参加会议", {("熊光辉", "县长助理", None)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][-14:] for c in CASES])
def test_post_patterns(text: str, expected: set) -> None:
    assert posts_of(text) >= expected


def test_at_least_thirty_patterns() -> None:
    assert len(CASES) >= 30


def test_membership_and_status_are_not_posts() -> None:
    assert posts_of("梨树县退役军人事务局党员周美希说") == set()
    assert posts_of("志愿者王雪英说") == set()


def test_anonymized_people_and_bare_titles_are_not_persons() -> None:
    assert posts_of("确诊病例昌某某,系外省来南县人员。由县委书记任组长") == set()


def test_a_title_after_for_belongs_to_the_name_before() -> None:
    found = posts_of("成立了以党委书记周力农为第一指挥长、党委副书记、镇长陈楚为指挥长的指挥部")
    assert ("陈楚", "第一指挥长") not in {(p, t) for p, t, _ in found}
    assert ("陈楚", "镇长") in {(p, t) for p, t, _ in found}
    assert {("周力农", "第一指挥长"), ("陈楚", "指挥长")} <= {(p, t) for p, t, _ in found}


@pytest.mark.parametrize(
    ("place", "body", "expected"),
    [
        ("苍南县", "县委", "苍南县委"),
        ("南县", "县委", "南县县委"),
        ("南县", "县政府", "南县县政府"),
        ("徽县", "县红十字会", "徽县红十字会"),
        ("浦市镇", "镇党委", "浦市镇党委"),
        ("马王溪村", "村党支部", "马王溪村党支部"),
        ("南县", "防指", "南县防指"),
    ],
)
def test_bodies_take_their_place_as_the_genre_writes_it(place: str, body: str, expected: str) -> None:
    assert with_place(place, body) == expected


# --- titles and names: issue 13, item 5 -------------------------------------------------------


def test_a_title_before_a_list_belongs_to_each_name() -> None:
    found = posts_of(NANXIAN + "副县长张明、李强到南洲镇检查")
    assert {("张明", "副县长", "南县县政府"), ("李强", "副县长", "南县县政府")} <= found


def test_the_leaders_of_a_level_before_a_list_is_each_ones_title() -> None:
    # 县领导张明、李强、王芳 (the issue's own example): each is one of the county's leaders, in no named body.
    assert posts_of("县领导张明、李强、王芳到场") == {(n, "县领导", None) for n in ("张明", "李强", "王芳")}


def test_a_role_before_a_list_gives_no_post() -> None:
    # 志愿者 is a role (titles.tsv): a status, not a post in a body.
    assert posts_of("志愿者张明、李强到场") == set()


def test_a_list_of_names_stops_at_a_group_noun() -> None:
    assert posts_of("村支书张三、村民李四说") == {("张三", "村支书", "村党支部")}


def test_a_title_after_the_name() -> None:
    assert posts_of(NANXIAN + "张明县长说") == {("张明", "县长", "南县县政府")}
    assert ("李强", "书记") in {(p, t) for p, t, _ in posts_of("会上,李强书记强调")}
    assert posts_of("王芳同志说") == set()  # an address, not a title


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("孙清芳副主任叫醒了值班的护士。", ("孙清芳", "副主任")),
        ("由江泽民总书记题写馆名的纪念馆今天开馆。", ("江泽民", "总书记")),
        ("会上转达了李鹏委员长的问候。", ("李鹏", "委员长")),  # 委员长, not 委员
    ],
)
def test_a_title_after_the_name_ends_where_its_last_character_makes_no_word(text: str, post: tuple) -> None:
    """Not only before a word that follows names (说, 强调): 任叫 and 记题 are no words, so the title ends there."""
    assert post in {(p, t) for p, t, _ in posts_of(text, post[0])}


def test_a_title_after_the_name_that_runs_into_a_word_is_no_title() -> None:
    # 长期: the character after 局长 makes a word with its last, so the phrase may go on past the title
    assert ("李明", "局长") not in {(p, t) for p, t, _ in posts_of("李明局长期盼已久。", "李明")}


def test_a_title_after_the_name_that_opens_the_next_post_is_not_his() -> None:
    assert posts_of("赵刚、县长李强到场") == {("李强", "县长", "县政府")}


def test_a_title_after_a_verb_of_office() -> None:
    assert ("赵华", "总指挥") in {(p, t) for p, t, _ in posts_of("由镇人大主席赵华担任总指挥,将全镇分为网格")}
    assert posts_of("张三为群众服务,李四为大家送菜") == set()


def test_a_title_after_a_copula() -> None:
    """`赵华是...党总支书记`: the copula gives the title phrase after it to the name before it."""
    text = NANXIAN + "赵华是南洲镇小荷堰社区党总支书记,村民都信任他。"
    assert ("赵华", "党总支书记") in {(p, t) for p, t, _ in _posts_with_person(text, "赵华")}
    assert _posts_with_person("赵华是个急性子,大家都知道。", "赵华") == set()


def test_a_title_between_shenwei_and_de_is_the_names_after() -> None:
    """`身为村委的赵华`, `作为党支部书记的赵华`: the title phrase is given to the name after 的."""
    text = NANXIAN + "身为村委的赵华骑上摩托车,走村串户喊话。"
    assert ("赵华", "村委", "村委会") in {
        (p, t, (o or "")[-3:]) for p, t, o in _posts_with_person(text, "赵华")
    }
    text = NANXIAN + "作为党支部书记的赵华一直守在卡点。"
    assert ("赵华", "党支部书记") in {(p, t) for p, t, _ in _posts_with_person(text, "赵华")}
    assert _posts_with_person(NANXIAN + "村民说的赵华是个好人。", "赵华") == set()


def test_a_title_after_a_copula_still_belongs_to_the_name_after_it() -> None:
    assert ("李强", "县长") in {(p, t) for p, t, _ in posts_of("领导小组组长是县长李强,副组长由副县长担任。")}


def test_党组成员_and_工作者_are_posts() -> None:
    assert ("孙伟", "县政府党组成员", "县政府党组") in posts_of("副县长赵刚、县政府党组成员孙伟参加")
    assert {(p, t) for p, t, _ in posts_of("医务工作者李红正在登记")} == {("李红", "医务工作者")}


def test_posts_read_no_ner_module() -> None:
    """extract/ takes its shared vocabularies from epikg.lexicon, not from the NER stage (issue 13, design):
    posts.py and every post_*.py module it is split into."""
    import ast
    from pathlib import Path

    import epikg.extract.posts as module

    files = sorted(Path(module.__file__).parent.glob("post*.py"))
    assert len(files) >= 5  # posts, post_bodies, post_links, post_own_bodies, post_phrases
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not any(name and name.startswith("epikg.ner") for name in imported), file.name


def test_a_model_name_inside_a_list_of_titles_takes_no_title_after_it() -> None:
    from epikg.lexicon import titles
    from epikg.records import Mention

    text = "镇党委委员、宣统委员、镇长赵刚说"
    assert "委员" in titles()
    model_reading = Mention("宣统", EntityType.PERSON, 6, 8, "model")
    posts, _ = find_posts(text, [model_reading], {}, read_places([])[1])
    assert posts == []


def _posts_with_person(text: str, name: str) -> set[tuple[str, str, str | None]]:
    """Posts where the person is given (as the NER model finds a name no title rule reaches)."""
    start = text.index(name)
    person = Mention(name, EntityType.PERSON, start, start + len(name), "model")
    mentions = sorted([*recognize(text, split_sentences(text)), person], key=lambda m: m.start)
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title, p.organization) for p in posts}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A title in brackets or after `,女,` describes the name before it.
        (NANXIAN + "张爱民(县疾控中心主任)表示", "张爱民", {("张爱民", "县疾控中心主任", "南县疾控中心")}),
        (
            NANXIAN + "刘桂芳,女,县人民医院医生,主动请战",
            "刘桂芳",
            {("刘桂芳", "县人民医院医生", "南县人民医院")},
        ),
        ("张三丰(左二)在卡点检查", "张三丰", set()),
        # Pages set names apart with spaces: the title before still belongs to the name.
        (NANXIAN + "县委书记 曾凡华 强调", "曾凡华", {("曾凡华", "县委书记", "南县县委")}),
    ],
)
def test_a_title_beside_a_name_the_model_found(text: str, name: str, expected: set) -> None:
    assert _posts_with_person(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "job"),
    [
        ("王勇医生每天坚守在卡点。", "王勇", "医生"),
        ("孙超民警连夜赶到现场。", "孙超", "民警"),
        ("韩桂兰护士详细询问情况。", "韩桂兰", "护士"),
    ],
)
def test_a_job_after_a_name_before_a_word_is_its_title(text: str, name: str, job: str) -> None:
    # 每天, 连夜, 详细: a word starts after the job, which ends its phrase
    assert (name, job) in {(p, t) for p, t, _ in _posts_with_person(text, name)}


def test_a_job_before_a_name_is_a_title() -> None:
    assert posts_of("司机李国栋说,今天跑了好几趟。") == {("李国栋", "司机", None)}


def test_a_job_after_a_word_names_no_one() -> None:
    # 过往司机: passing drivers; a job many hold is no title after a name (`张明县长`)
    assert posts_of("过往司机纷纷表示理解。") == set()


def test_a_village_branch_as_the_page_writes_it() -> None:
    # 村支部 (short for 村党支部) keeps its 村 after the village's name, as 村民委员会 does
    assert posts_of("鲁大村村支部书记鲁大超告诉记者。") == {("鲁大超", "村支部书记", "鲁大村村支部")}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("县市场监管局联合县公安局民警王强开展检查。", ("王强", "县公安局民警", "县公安局")),
        (
            "县疾控中心会同梓潼县公安局许州派出所民警袁波开展流调。",
            ("袁波", "公安局许州派出所民警", "梓潼县公安局许州派出所"),
        ),
    ],
)
def test_a_post_phrase_starts_after_a_verb_of_working_with(text: str, post: tuple[str, str, str]) -> None:
    assert post in posts_of(text)


def test_a_post_phrase_reaches_back_no_further_than_the_bodys_name() -> None:
    # 她就跟着 is no part of the hospital's name; places written before a body are (峰高街道唐冲村: the village's body)
    assert ("上官婷", "人民医院护士", "梨树县人民医院") in posts_of(
        "她就跟着梨树县人民医院护士上官婷上门采样。"
    )
    assert ("王勇然", "党支部书记", "唐冲村党支部") in posts_of(  # named by its own village
        "接到通知,峰高街道唐冲村党支部书记王勇然松了口气。"
    )


def test_a_post_phrase_takes_a_body_whose_name_begins_with_a_demonstrative_character() -> None:
    """`那大派出所民警郑凯`: 那 (that) breaks a phrase, but here it begins the police station's name."""
    assert posts_of("那大镇发布通告。那大派出所民警郑凯在卡点值守。") == {
        ("郑凯", "那大派出所民警", "那大派出所")
    }


def test_a_later_post_after_a_name_is_in_the_first_posts_place() -> None:
    """`李明 某镇新田村党支部书记、村委会主任` on a list's line: the bare committee is 新田村's, not the article's
    own village's (so after a comma: post_after_comma shares the place the same way)."""
    text = "浦市镇红星村召开会议。\n表彰名单\n李明 浦市镇新田村党支部书记、村委会主任\n"
    assert ("李明", "村委会主任", "新田村村委会") in posts_of(text)


@pytest.mark.parametrize(
    ("context", "body"),
    [("泸溪县浦市镇红星社区迅速应对。", "红星社区居委会"), (PUSHI, "居委会")],
)
def test_a_residents_committees_head_is_of_the_community_never_the_town(context: str, body: str) -> None:
    """`居委会主任`: the article's community's committee; with no community, no town's (no 浦市镇居委会)."""
    assert ("李明", "居委会主任", body) in posts_of(context + "居委会主任李明带队巡查。")


@pytest.mark.parametrize(
    ("phrase", "person", "title", "body"),
    [
        ("东庄村支书刘满仓带着党员守卡。", "刘满仓", "村支书", "东庄村党支部"),
        ("红星村主任李强介绍情况。", "李强", "村主任", "红星村村委会"),
        ("城关镇长王明带队检查。", "王明", "镇长", "城关镇政府"),
    ],
)
def test_a_title_sharing_the_places_level_character(phrase: str, person: str, title: str, body: str) -> None:
    """`东庄村支书`: the title 村支书 begins at the village's own 村; the post is the whole title, in the place's
    body (not a title `书` of a body `东庄村支村党支部`)."""
    assert (person, title, body) in posts_of(PUSHI + phrase)


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("县委常委、宣传部部长李华主持发布会。", "泸溪县委宣传部"),
        ("县委常委、组织部部长李华出席。", "泸溪县委组织部"),
    ],
)
def test_a_committees_department_after_a_post_in_the_committee(phrase: str, body: str) -> None:
    """`县委常委、宣传部部长`: the department named bare is the committee's, not a bare 宣传部."""
    assert ("李华", body) in {(p, b) for p, _, b in posts_of(PUSHI + phrase)}


def test_a_department_with_no_committee_before_stays_bare() -> None:
    assert ("李华", "宣传部部长", "宣传部") in posts_of(PUSHI + "宣传部部长李华主持。")


def test_a_department_is_no_committee_of_the_department_after_it() -> None:
    # 统战部 is the county committee's, as 组织部 is: no 组织部统战部
    found = {
        (t, b) for p, t, b in posts_of(PUSHI + "县委常委、组织部部长、统战部部长李华出席。") if p == "李华"
    }
    assert ("统战部部长", "泸溪县委统战部") in found
    assert ("组织部部长", "泸溪县委组织部") in found


def test_bare_titles_after_a_units_own_post_are_the_units() -> None:
    # 局长 is the bureau's (after its party committee's post), and so is the title listed after it
    found = {
        (t, b) for p, t, b in posts_of(PUSHI + "县公安局党委书记、局长、督察长李华部署工作。") if p == "李华"
    }
    assert ("督察长", "泸溪县公安局") in found and ("局长", "泸溪县公安局") in found


@pytest.mark.parametrize("phrase", ["成立由院党委书记、院长金哲任组长的领导小组。", "校党委书记金哲讲话。"])
def test_a_units_own_committee_is_never_the_towns(phrase: str) -> None:
    """`我院...院党委书记`: the hospital's committee (院, 校: data/post_unit_chars.txt), not 浦市镇党委."""
    found = {(t, b) for p, t, b in posts_of(PUSHI + phrase) if p == "金哲"}
    assert not [b for _, b in found if b and b.startswith("浦市镇")]
    assert any(t.endswith("党委书记") and t[0] in "院校" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("近日,下湾村村委会主任李红梅带队检查卡点。", "李红梅", "下湾村村委会"),
        ("浦市镇红星村召开会议。红星村村委会主任李强介绍情况。", "李强", "红星村村委会"),
    ],
)
def test_a_village_committee_written_in_full_before_its_post_stays_as_written(
    text: str, person: str, body: str
) -> None:
    """`下湾村村委会主任`: the page writes the village and its committee in full; the post's body is that name,
    not the merged 下湾村委会 of a bare `村委会主任` after the village."""
    assert {b for p, _, b in posts_of(text) if p == person} == {body}


def test_a_county_committee_written_in_full_before_its_post_is_still_merged() -> None:
    """`沙雅县县委书记`: the county's committee is 沙雅县委 as the genre names it; only a village's committee
    (data/org_bodies_as_written.txt) keeps the form the page writes."""
    assert {b for p, _, b in posts_of("沙雅县县委书记李国强率队检查卡点。") if p == "李国强"} == {"沙雅县委"}


def test_a_party_group_post_before_its_units_own_post_is_the_units() -> None:
    """`县交通运输局党组书记、局长`: the body of the last-listed post (the bureau) is the person's; the bureau's party
    group, named only inside the title, is no body of the page's."""
    found = posts_of(NANXIAN + "县交通运输局党组书记、局长张建国检查卡点。")
    assert {b for p, _, b in found if p == "张建国"} == {"南县交通运输局"}


def test_a_party_group_post_alone_keeps_its_group() -> None:
    assert {b for p, _, b in posts_of(NANXIAN + "县卫健委党组书记王五讲话。") if p == "王五"} == {
        "南县卫健委党组"
    }


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("瑞丽市委副书记、市长吴大明表示。", "市委副书记", "瑞丽市委"),
        ("浏阳市委常委、常务副市长张三出席。", "市委常委", "浏阳市委"),
    ],
)
def test_a_county_level_citys_committee_keeps_its_level_in_the_title(
    text: str, title: str, body: str
) -> None:
    """`瑞丽市委副书记`: the committee of 瑞丽市, a county-level city, is 市委; its title keeps 市 (no 委副书记)."""
    assert any(t == title and b == body for _, t, b in posts_of(text))


@pytest.mark.parametrize(
    ("phrase", "title", "body"),
    [
        ("县委常委、纪委书记李华说。", "纪委书记", "泸溪县纪委"),  # the county's, not the article's town's
        (
            "县纪委书记、监委主任李华到卡点督导。",
            "监委主任",
            "泸溪县监委",
        ),  # the county's supervisory commission
        (
            "县人民政府副县长、办公室主任李华说。",
            "办公室主任",
            "泸溪县人民政府办公室",
        ),  # the government's office
        ("县委常委、政府副县长李华说。", "政府副县长", "泸溪县政府"),  # the county's government
        ("镇党委委员、政府副镇长李华说。", "政府副镇长", "浦市镇政府"),
        ("中共泸溪县委常委、政府副县长李华说。", "政府副县长", "泸溪县政府"),  # no party prefix on it
        ("泸溪县县委常委、政府副县长李华说。", "政府副县长", "泸溪县政府"),  # the level once
    ],
)
def test_a_body_named_bare_after_the_body_it_goes_with(phrase: str, title: str, body: str) -> None:
    assert (title, body) in {(t, b) for p, t, b in posts_of(PUSHI + phrase) if p == "李华"}


def test_a_bare_discipline_committee_after_no_committee_is_the_towns() -> None:
    # no post in a committee before it: the article's own town's, as before
    assert ("李华", "纪委书记", "浦市镇纪委") in posts_of(PUSHI + "镇党委副书记、纪委书记李华说。")
