"""Titles and names in the forms local-government epidemic news writes them, beyond the articles the rules were
read on (issue 13, item 5): a title over a list of names, a title after the name, posts given by a verb of
office, compound posts sharing one body, and the near-misses that are no post. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from epikg.extract.places import read_places
from epikg.extract.posts import find_posts
from epikg.ner import recognize
from epikg.read.normalize import split_sentences
from epikg.read.script import fold
from epikg.records import EntityType, Mention


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    text = fold(text)  # Traditional to Simplified, as the reader folds a page
    mentions = recognize(text, split_sentences(text))
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title, p.organization) for p in posts}


def titles_of(text: str) -> set[tuple[str, str]]:
    return {(p, t) for p, t, _ in posts_of(text)}


def persons_of(text: str) -> set[str]:
    text = fold(text)
    return {m.text for m in recognize(text, split_sentences(text)) if m.type is EntityType.PERSON}


# --- a title over a list of names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "names"),
    [
        ("副县长王建华、刘志强到城关镇卡点检查。", "副县长", ("王建华", "刘志强")),
        ("副镇长李红和张伟深入各村检查。", "副镇长", ("李红", "张伟")),
        ("副县长孙丽及钱勇参加会议。", "副县长", ("孙丽", "钱勇")),
        ("县委常委周丽与彭志刚一同督导。", "县委常委", ("周丽", "彭志刚")),
        ("副县长 王建华 刘志强 陈丽到卡点检查。", "副县长", ("王建华", "刘志强", "陈丽")),
        ("副縣長李明華、張志強到卡點督導。", "副县长", ("李明华", "张志强")),
        ("村委委员杨林、黄敏、邓小红分别在三个卡点值守。", "村委委员", ("杨林", "黄敏", "邓小红")),
    ],
)
def test_a_deputys_or_members_title_over_a_list_is_each_names(text: str, title: str, names: tuple) -> None:
    found = titles_of(text)
    for name in names:
        assert (name, title) in found


@pytest.mark.parametrize(
    "text",
    [
        "镇人大主席巩凤霞,镇党委委员、副镇长蔺晓东、常海涛参加会议。",
        "县委常委、副县长王刚、刘伟出席。",
    ],
)
def test_several_deputys_or_members_titles_over_a_list_are_each_names(text: str) -> None:
    """`镇党委委员、副镇长X、Y`: no head's title among them, so both hold both."""
    found = titles_of(text)
    first, second = ("蔺晓东", "常海涛") if "蔺晓东" in text else ("王刚", "刘伟")
    titles = {t for n, t in found if n == first}
    assert len(titles) == 2
    assert {t for n, t in found if n == second} == titles


def test_a_list_set_apart_by_spaces_names_each_and_no_word_before_the_title_joins_its_body() -> None:
    found = posts_of("参加检查的有副县长 王建华 刘志强。")
    assert {("王建华", "副县长", "县政府"), ("刘志强", "副县长", "县政府")} <= found


@pytest.mark.parametrize(
    ("text", "head", "others"),
    [
        ("县长张明、李强、王芳等县领导参加会议。", ("张明", "县长"), ("李强", "王芳")),
        ("镇党委书记李明和王强一同到卡点。", ("李明", "镇党委书记"), ("王强",)),
        ("村党支部书记吴海涛、刘刚等村干部在卡点值守。", ("吴海涛", "村党支部书记"), ("刘刚",)),
        ("县委副书记、县长张明、李强等县领导参加会议。", ("张明", "县委副书记"), ("李强",)),
    ],
)
def test_a_heads_title_belongs_to_the_first_name_only(text: str, head: tuple, others: tuple) -> None:
    """A body has one head (县长, 镇党委书记): the names listed after him are other people (a title closing the
    list, `等县领导`, is theirs: tests/test_titles_sweep.py)."""
    found = titles_of(text)
    assert head in found
    assert persons_of(text) >= set(others)
    assert not [(n, t) for n, t in found if n in others and t != "县领导"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("班主任许梦琪、裘丹丹、陈佳将于2月8日前完成。", "班主任"),  # each class has its head
        ("各村党支部书记许梦琪、裘丹丹参加会议。", "党支部书记"),  # 各: each village's
    ],
)
def test_a_heads_title_held_by_many_belongs_to_each_name(text: str, title: str) -> None:
    found = posts_of(text)
    for name in ("许梦琪", "裘丹丹"):
        assert any(n == name and t == title for n, t, _ in found)


def test_a_body_of_a_kind_is_no_body_a_post_is_in() -> None:
    # 各村党支部: each village's branch, no one body of that name
    assert {body for _, _, body in posts_of("各村党支部书记许梦琪、裘丹丹参加会议。")} == {None}


def test_a_name_with_its_own_title_in_the_list_keeps_only_its_own() -> None:
    found = titles_of("副县长王建华和村民张伟一起值守。")
    assert ("王建华", "副县长") in found
    assert not [t for n, t in found if n == "张伟"]


# --- a title after the name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李志军镇长、郑玉副镇长到卡点检查。", {("李志军", "镇长"), ("郑玉", "副镇长")}),
        ("张明副县长一行到卡点检查。", {("张明", "副县长")}),
        ("刘强局长强调,要守好每一道关口。", {("刘强", "局长")}),
        ("镇党委书记陈涛同志主持会议。", {("陈涛", "镇党委书记")}),
        ("今天在医院门口看到张明县长了,亲自检查。", {("张明", "县长")}),  # 了: a particle, no name goes on
        ("欧阳建国县长一行到卡点检查。", {("欧阳建国", "县长")}),  # four characters after a double surname
        ("乡村医生付强逐户走访。", {("付强", "乡村医生")}),  # not 村医 and a name 生付强
        (
            "县法院院长潘向东,县检察院检察长蒋卫国出席会议。",
            {("潘向东", "县法院院长"), ("蒋卫国", "县检察院检察长")},
        ),
    ],
)
def test_a_title_after_the_name(text: str, expected: set) -> None:
    assert titles_of(text) >= expected


def test_a_double_surnames_name_before_a_preposition_keeps_no_preposition() -> None:
    assert persons_of("镇长李娜和欧阳丽向记者介绍情况。") >= {"欧阳丽"}
    assert "欧阳丽向" not in persons_of("镇长李娜和欧阳丽向记者介绍情况。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("参加检查的还有县领导李明、张华。", {("李明", "县领导", None), ("张华", "县领导", None)}),
        ("参加检查的还有副县长李明。", {("李明", "副县长", "县政府")}),  # no body 还有县政府
        ("陪同的也有市领导王强。", {("王强", "市领导", None)}),
        ("大冶市还地桥镇党委书记李明到卡点检查。", {("李明", "镇党委书记", "还地桥镇党委")}),  # a town's 还
        ("也门驻华大使阿里出席。", {("阿里", "也门驻华大使", None)}),  # a country's 也
    ],
)
def test_a_word_saying_who_else_was_there_is_no_part_of_the_post(text: str, expected: set) -> None:
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("捐资出版了“北大院士文库”丛书。", set()),  # a series of books, its name quoted
        ("出版“中国驻外记者文丛”。", set()),
        ("他被评为“优秀村支书王强”。", {"王强"}),  # a name closing the quote is still one
    ],
)
def test_a_word_closing_a_quoted_name_after_a_title_is_no_name(text: str, persons: set) -> None:
    assert persons_of(text) == persons


def test_an_address_is_no_post() -> None:
    assert "王芳" in persons_of("王芳同志表示,一定守好村口。")
    assert titles_of("王芳同志表示,一定守好村口。") == set()


# --- a post given by a verb of office ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刘红现任东风社区居委会主任,她说社区已封闭。", ("刘红", "居委会主任")),
        ("李强同志任县疫情防控指挥部副指挥长。", ("李强", "县疫情防控指挥部副指挥长")),
        ("刘伟作为村党支部书记,每天在卡点值守。", ("刘伟", "村党支部书记")),
    ],
)
def test_a_post_after_a_verb_of_office(text: str, expected: tuple) -> None:
    assert expected in titles_with(text, expected[0])


def titles_with(text: str, name: str) -> set[tuple[str, str]]:
    """Titles where the model (here given by hand) read a name that no title rule reads."""
    from epikg.ner.merge import merge
    from epikg.records import Mention

    start = text.index(name)
    model = [Mention(name, EntityType.PERSON, start, start + len(name), "model")]
    mentions = merge(recognize(text, split_sentences(text)), model)
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title) for p in posts}


# --- compound posts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县卫健局党组书记、局长冯志刚介绍了全县防控情况。", ("冯志刚", "局长", "县卫健局")),
        ("县公安局党委书记、局长韩冰到卡点督导。", ("韩冰", "局长", "县公安局")),
        ("县疾控中心党支部书记、主任陈立新表示。", ("陈立新", "主任", "县疾控中心")),
    ],
)
def test_a_bare_title_after_a_bodys_party_post_is_that_bodys(text: str, expected: tuple) -> None:
    assert expected in posts_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇党委书记兼镇长刘海波每天巡查。", {("刘海波", "镇党委书记"), ("刘海波", "镇长")}),
        ("村支书兼村主任杨光说,全村没有一例。", {("杨光", "村支书"), ("杨光", "村主任")}),
        ("乡党委副书记、乡长何志明带队检查。", {("何志明", "乡党委副书记"), ("何志明", "乡长")}),
        (
            "县委常委、副县长、公安局局长周宏伟调度部署。",
            {("周宏伟", "县委常委"), ("周宏伟", "副县长"), ("周宏伟", "公安局局长")},
        ),
        (
            "镇党委副书记、镇长,镇疫情防控指挥部指挥长李明表示。",
            {("李明", "镇党委副书记"), ("李明", "镇长"), ("李明", "镇疫情防控指挥部指挥长")},
        ),
    ],
)
def test_compound_posts_are_each_the_names(text: str, expected: set) -> None:
    assert titles_of(text) >= expected


def test_a_comma_after_a_name_ends_his_posts() -> None:
    found = titles_of("副县长王建华,镇党委书记刘洋陪同检查。")
    assert ("王建华", "镇党委书记") not in found
    assert {("王建华", "副县长"), ("刘洋", "镇党委书记")} <= found


# --- posts the genre names that the title table lacked --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("网格长曾小平每天入户登记。", ("曾小平", "网格长")),
        ("镇派出所教导员蒋涛带领辅警巡逻。", ("蒋涛", "镇派出所教导员")),
        ("镇长助理吴晓东介绍了卡点情况。", ("吴晓东", "镇长助理")),
        ("村会计李刚在卡点登记。", ("李刚", "村会计")),
        ("县第一中学校长黄海涛说,学校已全面消毒。", ("黄海涛", "县第一中学校长")),
        ("公司总经理邓建国表示,已为员工配发口罩。", ("邓建国", "公司总经理")),
        ("环卫工人刘桂英坚守岗位。", ("刘桂英", "环卫工人")),
        ("保洁员王秀兰每天消毒两次。", ("王秀兰", "保洁员")),
        ("镇党委副书记、代镇长刘海波带队检查。", ("刘海波", "代镇长")),  # an acting head: one title
        ("县融媒体中心主任、总编辑刘洋表示。", ("刘洋", "总编辑")),  # a post as well as a credit
    ],
)
def test_more_posts_of_the_genre(text: str, expected: tuple) -> None:
    assert expected in titles_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国务院副总理孙立华在省里考察。", ("孙立华", "副总理", "国务院")),
        ("钱志远总理表示,要全力救治患者。", ("钱志远", "总理", None)),
        ("世卫组织总干事马克表示,风险很高。", ("马克", "总干事", "世卫组织")),
        ("中国工程院院士周建平说,疫情可防可控。", ("周建平", "院士", "中国工程院")),
        ("林志强院士指出,要早发现早隔离。", ("林志强", "院士", None)),
        ("省疾控中心首席流行病学专家韩立新指出。", ("韩立新", "首席流行病学专家", "省疾控中心")),
        ("驻美国大使郑国华接受采访。", ("郑国华", "大使", None)),
        ("县融媒体中心主持人许丽走进社区。", ("许丽", "主持人", "县融媒体中心")),
        ("县律师事务所律师潘明为企业解答复工问题。", ("潘明", "律师", "县律师事务所")),
        ("市公安局刑警杜强带队追查。", ("杜强", "刑警", "市公安局")),
        ("公司总裁邹海涛宣布捐赠口罩。", ("邹海涛", "总裁", None)),  # the firm spoken of, unnamed
        ("香港特别行政区行政长官林月华宣布禁止聚集。", ("林月华", "行政长官", None)),
        (
            "公司常务副总封屹表示将保障供应。",
            ("封屹", "常务副总", None),
        ),  # a firm's deputy head, as staff say
        ("高级经济师孙兆东认为,贷款要保增长。", ("孙兆东", "高级经济师", None)),
        ("人民调解员邬金香上门化解矛盾。", ("邬金香", "人民调解员", None)),
        ("公司总裁助理沈力男介绍了复工情况。", ("沈力男", "总裁助理", None)),
        ("县工商联常务理事周野捐款5万元。", ("周野", "常务理事", "县工商联")),
        ("县政府法律顾问刘强为企业解答问题。", ("刘强", "法律顾问", "县政府")),
        ("班主任陈丽每天统计学生体温。", ("陈丽", "班主任", None)),
        ("船长李明带领船员配合检疫。", ("李明", "船长", None)),
        # the response's jobs in villages and teams, and a village's militia and accounts
        ("检测员韦德明连夜赶到采样点。", ("韦德明", "检测员", None)),
        ("村卫生员石阿妹每天上门测温。", ("石阿妹", "卫生员", None)),  # no body named by 村 alone
        ("督导员岩温到各卡点检查。", ("岩温", "督导员", None)),
        ("片长黄国强带领网格员入户。", ("黄国强", "片长", None)),
        ("民兵连长覃志刚带队值守。", ("覃志刚", "民兵连长", None)),
        ("县消防救援大队宣传干事吴敏介绍。", ("吴敏", "宣传干事", "县消防救援大队")),
        ("村会计杨德才负责登记。", ("杨德才", "村会计", "村委会")),
    ],
)
def test_posts_of_leaders_envoys_experts_and_firms_in_the_epidemics_news(text: str, expected: tuple) -> None:
    """Titles the national and world news of the epidemic names people by, found missing on news sentences no
    rule was written on; the body is the name before the title, and words between them are the title's."""
    name, title, body = expected
    assert any(
        p == name and title in t and (b == body or (body is None and b is None)) for p, t, b in posts_of(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县公安局长王强说。", ("王强", "县公安局")),
        ("县委常委、宣传部长郭亮说。", ("郭亮", "县委宣传部")),  # then the committee's department
        ("县公安局交警大队长刘勇带队。", ("刘勇", "县公安局交警大队")),
        ("县疫情防控专家组长张明说。", ("张明", "县疫情防控专家组")),
        ("县卫健副局长李华说。", ("李华", "县卫健局")),  # a deputy's title, fused all the same
        ("政法委员李明说。", ("李明", None)),  # a member's title: one post, no 政法委
    ],
)
def test_a_heads_title_fused_to_its_unit_names_the_unit(text: str, expected: tuple) -> None:
    """`公安局长`: 公安局 + 局长, the unit's last character standing for the title's first."""
    assert expected in {(p, b) for p, _, b in posts_of(text)}


def test_a_body_longer_than_a_phrases_reach_before_a_title_is_the_posts() -> None:
    text = "省新冠肺炎疫情防控工作领导小组医疗救治工作组组长周国平介绍。"
    assert ("周国平", "省新冠肺炎疫情防控工作领导小组医疗救治工作组") in {
        (p, b) for p, _, b in posts_of(text)
    }


def test_a_title_after_a_pronouns_body_names_no_body() -> None:
    """`该中心首席专家`: the body the article spoke of before, which this phrase does not name."""
    assert {b for _, _, b in posts_of("该中心首席专家周立新表示,风险可控。")} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省长会见中国驻泰国大使韩志强。", ("韩志强", "中国驻泰国大使")),
        ("听县疾控中心专家孙丽介绍防护知识。", ("孙丽", "县疾控中心专家")),
        ("总理提议第一副总理白利明暂代其职。", ("白利明", "第一副总理")),
    ],
)
def test_a_verb_before_a_post_phrase_is_no_part_of_its_title(text: str, expected: tuple) -> None:
    """`会见`, `听`, `提议` (data/org_lead_verbs.txt, post_phrase_breaks.txt): the phrase starts after the verb."""
    assert expected in titles_of(text)


# --- words beside a title that are no names ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "副县长到卡点检查,向群众宣传防疫知识。",
        "记者向群众宣传防疫知识时了解到,村里已设卡。",
        "上午县政府召开会议,部署防控工作。",
        "镇长上午到各村检查。",
        "书记高度重视防控工作。",
        "村支书带领党员到卡点值守。",
        "网格员全员上岗入户排查。",
        "村干部和网格员逐户登记。",
        "副主任从早到晚守在卡点。",  # an idiom the lexicon lists opens after the title
        "书记马不停蹄赶到现场。",
        "县长全程参与排查。",  # 全程: an adverb of the whole (data/person_not_names.txt)
        "由县领导包联重点企业。",  # 包联: a leader assigned to liaise with each (data/person_not_names.txt)
        "组织全省最优秀的专家和力量开展攻关。",  # 和 joins 专家 and 力量, a word of the lexicon
    ],
)
def test_words_beside_a_title_are_no_names(text: str) -> None:
    assert persons_of(text) == set()
    assert posts_of(text) == set()


def test_a_conjunction_before_a_common_word_after_a_title_is_no_name() -> None:
    text = "张明县长和大家一起值守。"  # 和大家: the conjunction, not a name after 县长
    assert persons_of(text) == {"张明"}
    assert titles_of(text) == {("张明", "县长")}


def test_a_name_with_a_post_of_its_own_elsewhere_takes_none_from_a_list() -> None:
    text = "龙潭村党支部书记白兴亮说,他已报告乡政府。中午,副乡长王勤和白兴亮来到张家。"
    found = titles_of(text)
    assert ("白兴亮", "党支部书记") in found or ("白兴亮", "村党支部书记") in found
    assert ("王勤", "副乡长") in found
    assert ("白兴亮", "副乡长") not in found


# --- names a title or a report verb makes plain ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委常委、政法委书记兼公安局局长张伟调度部署。", "张伟"),
        ("副县长李红调研复工复产。", "李红"),
        ("镇长王刚检查卡点。", "王刚"),
        ("县委书记陈刚赴城关镇督导。", "陈刚"),
        ("副镇长周敏察看隔离点。", "周敏"),
    ],
)
def test_a_verb_of_the_genre_after_a_titles_name_is_not_its_last_character(text: str, name: str) -> None:
    assert name in persons_of(text)
    assert not [p for p in persons_of(text) if p != name and p.startswith(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“大家都很配合。”文静表示,村里每天都要消毒两次。", "文静"),
        ("向阳表示,一定守好村口。", "向阳"),
        ("谈及工作,郑雪梅介绍,社区共有居民2000余户。", "郑雪梅"),
        ("据冉光明介绍,全村共排查返乡人员30人。", "冉光明"),
    ],
)
def test_a_name_that_opens_a_clause_before_a_report_verb(text: str, name: str) -> None:
    assert name in persons_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "群众纷纷表示,一定配合防控。",
        "许多群众表示理解。",
        "相关负责人介绍,全县已设卡。",
        "红星村表示,将继续严防死守。",
        "县卫健局介绍,全县没有新增病例。",
        "他表示,一定守好村口。",
        "周边群众说,卡点的干部很辛苦。",
        "村里还说,要做好消毒。",
        "王明又说,村里已经消毒。",
    ],
)
def test_no_name_before_a_report_verb_where_none_is(text: str) -> None:
    assert not [p for p in persons_of(text) if p != "王明"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张丽是一名网格员,每天入户排查。", ("张丽", "网格员")),
        ("刘强是一位村医,每天为隔离人员测温。", ("刘强", "村医")),
    ],
)
def test_a_counted_post_after_a_copula_is_the_bare_post(text: str, expected: tuple) -> None:
    assert expected in titles_with(text, expected[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他叫潘国庆,是一名出租车司机。", ("潘国庆", "出租车司机")),
        ("他叫白强,是一位网格员。", ("白强", "网格员")),
    ],
)
def test_a_post_after_a_comma_and_a_copula_is_the_bare_post(text: str, expected: tuple) -> None:
    assert titles_with(text, expected[0]) == {expected}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长张伟冒雨检查卡点。", "张伟"),
        ("村支书王华值守在村口。", "王华"),
        ("村党支部书记陈刚便带着干部上门。", "陈刚"),
        ("村医何平身患感冒仍坚守岗位。", "何平"),
        ("网格员赵敏骑着电动车入户。", "赵敏"),
        ("镇党委书记黄勇参加会议。", "黄勇"),
        ("社区主任刘芳挨家挨户登记。", "刘芳"),
        ("村委委员孙强逐户排查。", "孙强"),
    ],
)
def test_a_two_character_name_before_a_verb_of_the_response(text: str, name: str) -> None:
    assert persons_of(text) == {name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县商会会长黄志明捐赠口罩5000只。", ("黄志明", "县商会会长")),
        ("合作社理事长王利民主动送菜上门。", ("王利民", "合作社理事长")),
        ("村长刘大山每天在村口值守。", ("刘大山", "村长")),
        ("交警刘明在卡点检查车辆。", ("刘明", "交警")),
    ],
)
def test_posts_of_associations_and_everyday_words_for_posts(text: str, expected: tuple) -> None:
    assert expected in titles_of(text)


def test_a_group_of_traffic_police_holds_no_name() -> None:
    assert persons_of("交警全员上岗,检查过往车辆。") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长张伟第一时间赶到现场。", "张伟"),
        ("副县长张伟及时赶到现场。", "张伟"),
        ("镇长刘军实地查看隔离点。", "刘军"),
        ("副县长李明视察卡点。", "李明"),
        ("村支书王华牵头组建志愿队。", "王华"),
        ("网格员陈芳蹲守在路口。", "陈芳"),
    ],
)
def test_a_name_ends_where_no_name_goes_on(text: str, name: str) -> None:
    assert persons_of(text) == {name}


@pytest.mark.parametrize("text", ["公安表示,将严厉打击哄抬物价行为。", "门卫说,外来车辆一律不得进入。"])
def test_a_service_or_a_job_before_a_verb_of_report_is_no_name(text: str) -> None:
    assert persons_of(text) == set()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("张家原定举办乔迁宴。", "乔迁"),
        ("志愿者帮老人代购年货。", "代购"),
        ("奥密克戎变异株传播速度快。", "奥密克戎"),  # a variant's name, longer than two characters
        ("女儿曾来隔离点门口看她。", "曾来"),  # 曾 (once) before a verb
        ("家庭成员曾确诊为新冠肺炎病例的师生暂缓返校。", "曾确诊"),
        ("复查胸部CT见双肺病灶增多。", "双肺"),  # a part of the body
    ],
)
def test_an_occasion_or_an_errand_the_model_reads_as_a_name_is_none(text: str, word: str) -> None:
    from epikg.ner.merge import merge
    from epikg.records import Mention

    start = text.index(word)
    merged = merge([], [Mention(word, EntityType.PERSON, start, start + len(word), "model")])
    assert not [m for m in merged if m.type is EntityType.PERSON]


# --- a post set after the name by a comma -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("王芳,县疾控中心主任,她说要做好流调。", "王芳", ("王芳", "县疾控中心主任")),
        ("刘建国,红星村党支部书记。疫情发生后,他一直守在村口。", "刘建国", ("刘建国", "党支部书记")),
    ],
)
def test_a_post_after_a_comma_closed_by_punctuation_is_the_names(
    text: str, name: str, expected: tuple
) -> None:
    assert expected in titles_with(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长王建华,镇党委书记刘洋陪同检查。", "王建华"),
        ("感谢张明,镇党委书记强调要做好防控。", "张明"),
        ("张明,中共党员,今年45岁。", "张明"),
    ],
)
def test_a_post_after_a_comma_that_runs_on_is_not_the_names(text: str, name: str) -> None:
    assert not [t for n, t in titles_with(text, name) if n == name and t != "副县长"]


def test_a_post_after_a_comma_that_goes_on_to_the_next_name_is_not_the_names() -> None:
    text = "县委副书记贾明,县人大常委会副主任、卫健委党组书记张华,副县长李红出席会议。"
    found = titles_of(text)
    assert ("贾明", "县委副书记") in found
    assert not [t for n, t in found if n == "贾明" and t != "县委副书记"]


def test_the_credits_of_a_feature_page_name_their_people() -> None:
    from epikg.read.pagemeta import read_meta

    meta = read_meta("全镇已完成排查。\n撰文:张明 摄像:李强")
    assert [(found.value, role) for found, role in meta.bylines] == [("张明", "撰文"), ("李强", "摄像")]


# --- the place a list of posts shares ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "东湖社区党委书记、居委会主任李梅说,社区已封闭管理。",
            {("李梅", "党委书记", "东湖社区党委"), ("李梅", "居委会主任", "东湖社区居委会")},
        ),
        ("红星村党支部书记、村委会主任黄国华带头值守。", {("黄国华", "村委会主任", "红星村村委会")}),
        (
            "城关镇党委书记、镇长刘海波每天巡查。",
            {("刘海波", "镇党委书记", "城关镇党委"), ("刘海波", "镇长", "城关镇政府")},
        ),
    ],
)
def test_a_later_post_of_the_lists_level_is_in_the_first_posts_place(text: str, expected: set) -> None:
    assert posts_of(text) >= expected


def test_a_post_of_another_level_is_not_in_the_first_posts_place() -> None:
    found = posts_of("城关镇党委书记、县委常委刘海波每天巡查。")
    assert ("刘海波", "县委常委") in {(p, t) for p, t, _ in found}
    assert not [o for p, t, o in found if t == "县委常委" and o and o.startswith("城关镇")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("担任红星村党支部书记的王芳每天守在卡点。", "王芳", "党支部书记"),
        ("现任东湖社区居委会主任的李梅带头入户。", "李梅", "居委会主任"),
    ],
)
def test_a_post_held_before_de_and_the_name(text: str, name: str, title: str) -> None:
    assert (name, title) in titles_with(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "县会计师事务所捐款1万元。",
        "该公司总经理办公室发出通知。",
        "厂长办公会决定停产。",
        "市公安局巡特警支队在卡点巡逻。",  # 特警 of a detachment's name, no title before a name 支队
        "县律师事务所连夜起草复工指引。",
    ],
)
def test_a_body_named_after_a_post_holds_no_name(text: str) -> None:
    assert persons_of(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("镇长刘军进村入户宣传。", "刘军"),
        ("村支书王华立即组织党员设卡。", "王华"),
        ("副县长李明发现问题后当场督促整改。", "李明"),
        ("网格员陈芳正在登记返乡人员。", "陈芳"),
        ("副镇长周敏坚守在卡点。", "周敏"),
        ("卫生院院长王平会同村医上门。", "王平"),
        ("县长李建会见返乡创业代表。", "李建"),
        ("给予副主任曹明党内严重警告处分。", "曹明"),  # a sanction after the one it is given to
    ],
)
def test_a_name_before_a_verb_whose_first_character_ends_names(text: str, name: str) -> None:
    assert persons_of(text) == {name}


def test_a_persons_given_name_alone_is_no_other_person() -> None:
    """A profile names 郝文斌 in full, then a neighbour calls him 文斌: one person, not two."""
    from epikg.ner import repeat_names
    from epikg.records import Mention

    text = "志愿者郝文斌第一个报名。“文斌这孩子实诚。”郝文斌笑着说。"
    model = (
        Mention("郝文斌", EntityType.PERSON, 3, 6, "model"),
        Mention("文斌", EntityType.PERSON, 13, 15, "model"),
    )
    assert {m.text for m in repeat_names(text, model)} == {"郝文斌"}


@pytest.mark.parametrize("order", [("作为", "现任"), ("现任", "作为")])
def test_of_two_words_before_a_post_the_nearer_one_opens_it(monkeypatch: pytest.MonkeyPatch, order) -> None:  # noqa: ANN001
    """`作为现任东湖社区主任的李梅`: the post read is the same whatever order the word list comes in."""
    from epikg.extract import post_links
    from epikg.records import Mention

    words = post_links.data_words

    def ordered(name: str):  # noqa: ANN202
        return (
            list(order) + sorted(set(words(name)) - set(order))
            if name == "post_as_words.txt"
            else words(name)
        )

    monkeypatch.setattr(post_links, "data_words", ordered)
    text = "她作为现任东湖社区主任的李梅,每天值守。"
    start = text.index("李梅")
    places, locality = read_places([])
    posts = post_links.post_as(
        text, Mention("李梅", EntityType.PERSON, start, start + 2, "model"), places, locality
    )
    assert [(p.title, p.start) for p in posts] == [("主任", 5)]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("参加检查的还有县政府办主任孙建。", ("孙建", "县政府办主任", "县政府办")),
        ("陪同检查的有县卫健局局长李明。", ("李明", "县卫健局局长", "县卫健局")),
    ],
)
def test_the_sentences_words_before_a_body_are_no_part_of_it(text: str, post: tuple[str, str, str]) -> None:
    assert post in posts_of(text)


def test_a_streets_committee_keeps_the_streets_name() -> None:
    """道 of 街道 ends a division's word, not a verb of saying: the post's body is the street's committee."""
    assert ("何丽君", "党工委书记", "东城街道党工委") in posts_of("东城街道党工委书记何丽君到社区走访。")


def test_a_banners_posts_and_bodies_take_its_level() -> None:
    """Inner Mongolia's banners (旗) are counties: 副旗长 heads its government, 旗委 is its committee."""
    assert posts_of("副旗长乌云、刘铁军分别带队检查。") >= {
        ("乌云", "副旗长", "旗政府"),
        ("刘铁军", "副旗长", "旗政府"),
    }
    assert ("王建国", "常务副旗长", "旗政府") in posts_of("常务副旗长王建国到卡点检查。")


# --- photo captions and profiles ---------------------------------------------------------------------------


def test_a_caption_opened_by_tu_wei_keeps_the_title_of_the_name_after_it() -> None:
    """`图为`: here is (in the photo); its 为 is no verb of office giving the title to a name before it."""
    assert ("张德胜", "县委书记") in titles_of("图为县委书记张德胜在卡点检查。")


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("(左一为汝城县委书记曹立军)曹立军在热水镇检查卡点。", "曹立军", "县委书记"),
        ("(前排右三为桑植县县长向阳)连日来,向阳多次深入卡点。", "向阳", "县长"),
        ("左起第二人为副县长王建华。", "王建华", "副县长"),
    ],
)
def test_a_captions_place_in_the_photo_before_wei_keeps_the_title_of_the_name_after_it(
    text: str, person: str, title: str
) -> None:
    """`左一为`, `前排右三为`: who stands where in the photo; that 为 is no verb of office either."""
    assert (person, title) in titles_of(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("回复:感谢王芳医生!在县医院发热门诊排了两个小时。", "王芳"),
        ("县人民医院亓宝玉医生、仉志强医生主动请缨。", "仉志强"),
        ("致敬武平镇卫生院黄小燕护士!", "黄小燕"),
    ],
)
def test_a_job_many_hold_right_after_a_name_is_its_title_where_the_phrase_ends(
    text: str, person: str
) -> None:
    """`王芳医生!`: 医生 and 护士 name many people, so they are a name's title only where the phrase ends after
    them (punctuation, or a word that follows names)."""
    assert (
        person,
        text[text.index(person) + len(person) : text.index(person) + len(person) + 2],
    ) in titles_of(text)


def test_a_name_before_brackets_holding_its_post_is_a_person_with_that_post() -> None:
    """A press conference's speaker: `秦川(县卫健局局长):`, where 秦川 (a region) is also a word."""
    titles = titles_of("记者:全县隔离点能否满足需要? 秦川(民勤县卫健局局长):目前已储备房间80间。")
    assert {p for p, _ in titles} == {"秦川"}
    assert any(t.endswith("局长") for _, t in titles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("万里明,东门社区党委书记,连夜召开会议。", ("万里明", "党委书记")),
        ("匡小燕,镇综治办主任,听取了汇报。", ("匡小燕", "镇综治办主任")),
    ],
)
def test_a_name_before_a_post_set_off_by_commas_is_a_person_with_that_post(
    text: str, expected: tuple
) -> None:
    assert expected in titles_of(text)


@pytest.mark.parametrize("text", ["同时,镇党委书记,要带头值守。", "目前,县疾控中心主任,正在现场。"])
def test_a_word_before_a_post_set_off_by_commas_is_no_name(text: str) -> None:
    assert persons_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张小红,女,中共党员,现任红星村党支部书记。", ("张小红", "党支部书记")),
        ("张小红,汉族,1978年出生,中共党员,现任红星村党支部书记。", ("张小红", "党支部书记")),
        ("李明,男,45岁,大学学历,系县人民医院副院长。", ("李明", "县人民医院副院长")),
        ("王芳,女,是一名社区网格员。", ("王芳", "社区网格员")),
    ],
)
def test_a_profile_gives_the_post_after_its_attributes(text: str, expected: tuple) -> None:
    assert expected in profile_titles(text)


@pytest.mark.parametrize("text", ["赵强,中共党员,每天在卡点值守。", "张伟,女儿今年上大学。"])
def test_a_profile_with_no_post_gives_none(text: str) -> None:
    assert profile_titles(text) == set()


def profile_titles(text: str) -> set[tuple[str, str]]:
    """The titles found when the name opening the text is read as a person (as the model reads these)."""
    from epikg.records import Mention

    name = text[: text.index(",")]
    mentions = [
        *recognize(text, split_sentences(text)),
        Mention(name, EntityType.PERSON, 0, len(name), "model"),
    ]
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title) for p in posts}


# --- one person a line: honour and staff lists -------------------------------------------------------------


def test_a_list_line_gives_the_name_opening_it_the_posts_after_it() -> None:
    text = "二、先进个人\n张秀兰(女) 冶源镇党委副书记、镇长\n上官晓峰 县人民医院呼吸内科主治医师\n高山 县公安局冶源派出所民警\n"
    assert {("张秀兰", "镇党委副书记"), ("张秀兰", "镇长"), ("高山", "县公安局冶源派出所民警")} <= titles_of(
        text
    )
    assert ("上官晓峰", "县人民医院呼吸内科主治医师") in titles_of(text)


def test_a_list_lines_posts_parted_by_commas_in_the_notes_bracket_are_each_its() -> None:
    """`(壮族,县人民医院主治医师,县援鄂医疗队队员)`: two posts set apart by a comma, not one title over it."""
    found = titles_of("二、先进个人\n覃福生(壮族,县人民医院主治医师,县援鄂医疗队队员)\n")
    assert ("覃福生", "县人民医院主治医师") in found
    assert not [t for name, t in found if "," in t]


@pytest.mark.parametrize(
    "text",
    [
        "先进集体\n冶源镇人民政府\n寺头镇卫生院\n",  # bodies, one a line: no name opens them
        "二、工作要求\n高度重视 各镇要压实责任\n",  # an everyday phrase and a sentence
    ],
)
def test_a_list_of_bodies_or_headings_gives_no_names(text: str) -> None:
    assert persons_of(text) == set()


def test_posts_joined_inside_a_bracket_after_the_name_are_each_its() -> None:
    found = titles_of("村民陈家宝(村党支部书记、村委会主任)带队值守。")
    assert {("陈家宝", "村党支部书记"), ("陈家宝", "村委会主任")} <= found


def test_a_town_before_a_community_makes_no_head_and_no_name() -> None:
    """`天义镇长青社区`: 镇长 straddles the town 天义镇 and the community 长青社区; 青社 ends inside 社区."""
    assert persons_of("副县长萨仁高娃在天义镇长青社区看望工作人员。") == {
        "萨仁高娃"
    }  # a name of listed parts


def test_a_verb_of_office_before_a_title_ends_no_name() -> None:
    """`院长金哲任组长`: 金哲 serves as the group's leader; 任 is no third character of his name."""
    assert persons_of("成立由院党委书记、院长金哲任组长的疫情防控工作领导小组。") == {"金哲"}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "他叮嘱院长卢国华要严格落实预检分诊。",
            ("卢国华", "院长"),
        ),  # spoken to: the verb is no part of the post
        ("他感谢县人民医院院长卢国华。", ("卢国华", "县人民医院院长")),
    ],
)
def test_a_verb_of_speaking_before_a_post_is_no_part_of_it(text: str, post: tuple) -> None:
    assert post in titles_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a deputy of the head just named, after a comma: the same body
            "东城街道办事处主任马丽,副主任赵刚、钱多多参加巡查。",
            {
                ("马丽", "办事处主任", "东城街道办事处"),
                ("赵刚", "副主任", "东城街道办事处"),
                ("钱多多", "副主任", "东城街道办事处"),
            },
        ),
        (  # another title's deputy is not the body's (副组长 is no deputy of 主任)
            "东城街道办事处主任马丽,副组长赵刚参加巡查。",
            {("马丽", "办事处主任", "东城街道办事处"), ("赵刚", "副组长", None)},
        ),
    ],
)
def test_a_bare_deputy_after_the_head_of_a_body_is_in_that_body(text: str, expected: set) -> None:
    assert posts_of(text) == expected


def test_a_title_heads_the_list_a_word_opens_after_it() -> None:
    """`出席会议的县领导有刘建华、欧阳丽、常胜利`: 有 opens the list the title heads; `县领导有信心` holds no name."""
    assert posts_of("出席会议的县领导有刘建华、欧阳丽、常胜利。") == {
        ("刘建华", "县领导", None),
        ("欧阳丽", "县领导", None),
        ("常胜利", "县领导", None),
    }
    assert posts_of("县领导有信心打赢这场战役。") == set()


@pytest.mark.parametrize(
    "text", ["出席会议的县领导有:刘建华、欧阳丽。", "参加会议的县领导：刘建华、欧阳丽。"]
)
def test_a_title_heads_the_list_after_a_colon(text: str) -> None:
    assert titles_of(text) == {("刘建华", "县领导"), ("欧阳丽", "县领导")}


def test_a_colon_after_a_title_opens_no_name_where_no_list_follows() -> None:
    assert posts_of("县委书记:我们要严防死守。") == set()


def test_a_title_after_a_name_before_a_comparison_counts() -> None:
    assert ("杨光明", "支书") in titles_of("“杨光明支书比我们年轻人还拼。”村民说。")


def test_a_body_whose_name_begins_with_a_word_of_a_level_character_keeps_it() -> None:
    """`宁陕县市场监管局`: 市 begins 市场, no level; the body is not `宁陕县场监管局`."""
    found = posts_of("宁陕县市场监管局党组书记、局长何明亮表示,已检查药店42家。")
    assert ("何明亮", "局长", "宁陕县市场监管局") in found


def test_a_party_branchs_bare_title_is_of_no_township() -> None:
    """`支书` in an article about a town: a village's branch, never the town's."""
    found = posts_of("好花红镇各村设卡。村民说:“杨光明支书比我们还拼。”")
    assert [body for person, _, body in found if person == "杨光明"] == ["党支部"]


def test_posts_set_off_by_commas_after_a_name_may_be_a_list() -> None:
    """`张振华,县委副书记、县长,就...`: the name as the model reads it, then its posts between commas."""
    from epikg.records import Mention

    text = "会上,张振华,县委副书记、县长,就春运作出部署。"
    at = text.index("张振华")
    mentions = [
        *recognize(text, split_sentences(text)),
        Mention("张振华", EntityType.PERSON, at, at + 3, "model"),
    ]
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, sorted(mentions, key=lambda m: m.start), places, locality)
    assert {(p.person, p.title) for p in posts} == {("张振华", "县委副书记"), ("张振华", "县长")}


def test_a_former_post_then_the_present_one_are_both_the_names() -> None:
    """`原X、现任Y`: the former post keeps its mark (it is no post he holds now), the present one is his too."""
    found = titles_of("检查组由原县卫健局局长、现任县政协副主席王永红带队。")
    assert found == {("王永红", "原县卫健局局长"), ("王永红", "县政协副主席")}


def test_a_former_posts_body_is_the_body() -> None:
    assert ("王立平", "原县长", "平遥县政府") in posts_of("平遥县原县长王立平也深入一线。")


def test_an_acting_head_after_the_county_is_no_county_of_the_same_name() -> None:
    """`滑县代县长`: 代县 is a county too, but here 代县长 is the acting county head."""
    assert ("郭建设", "代县长") in titles_of("滑县代县长郭建设带队到城关镇督导。")


def test_a_name_of_parts_joined_by_a_dot_after_a_title_is_whole() -> None:
    assert ("阿不都热合曼·买买提", "乡长") in titles_of(
        "乡党委副书记、乡长阿不都热合曼·买买提带领工作队入户。"
    )


def test_a_count_before_a_title_is_no_name() -> None:
    """`等5家商超负责人`: 家 counts the shops; there is no Mr 家商超."""
    assert persons_of("县市场监管局约谈惠民超市等5家商超负责人。") == set()


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("县发展和改革局局长钟立新说。", ("钟立新", "县发展和改革局局长")),
        ("县人力资源和社会保障局局长王刚介绍。", ("王刚", "县人力资源和社会保障局局长")),
    ],
)
def test_a_conjunction_inside_a_bodys_official_name_breaks_no_post(text: str, post: tuple) -> None:
    assert post in titles_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("从外地返乡的大学生庞雨晴主动报告了自己的行程。", "庞雨晴"),
        ("农民黎文才将自家种的白菜捐给了卡点。", "黎文才"),
        ("退役军人刘长江在卡点值守了30天。", "刘长江"),
    ],
)
def test_a_name_after_a_role_is_a_person_with_no_post(text: str, name: str) -> None:
    assert persons_of(text) == {name}
    assert not [t for n, t in titles_of(text) if n == name]


@pytest.mark.parametrize(
    "text",
    [
        "大学生返乡后要主动报备。",
        "农民工返岗前要做核酸检测。",
        "促进农民增收。",
        "农民向蛟河市政府提出补偿请求。",
    ],
)
def test_a_role_word_before_no_name(text: str) -> None:
    assert persons_of(text) == set()


def test_a_village_clerk_is_a_post_in_a_chain() -> None:
    found = titles_of("村委会副主任、村文书韦丽丽负责登记。")
    assert {("韦丽丽", "村文书"), ("韦丽丽", "村委会副主任")} <= found
    assert persons_of("执法人员向商户送达执法文书。") == set()


def test_an_experts_academic_rank_is_a_post_beside_the_clinical_one() -> None:
    found = titles_of("县人民医院呼吸科主任医师、教授欧阳春明介绍救治情况。")
    assert {("欧阳春明", "教授"), ("欧阳春明", "县人民医院呼吸科主任医师")} <= found
    assert ("严冬", "省疾控中心研究员") in titles_of("省疾控中心研究员严冬介绍。")


def test_the_clinical_ranks_of_chinese_medicine_and_a_firms_heads_of_department_are_posts() -> None:
    found = titles_of("县中医医院副院长、主任中医师翁建民牵头拟定预防方。")
    assert {("翁建民", "县中医医院副院长"), ("翁建民", "主任中医师")} <= found
    found = titles_of("公司总经理助理、人事主管黄子豪正在面试新员工。")
    assert {("黄子豪", "人事主管")} <= {(n, t) for n, t in found}
    assert persons_of("县卫生健康局主管部门要求各地做好准备。") == set()


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("新任县委书记钟文斌召开疫情防控专题会议。", ("钟文斌", "县委书记")),  # newly appointed
        ("时任副县长李国庆带队检查卡点。", ("李国庆", "副县长")),  # then serving
    ],
)
def test_a_word_before_a_title_that_ends_in_a_verb_of_office_modifies_it(text: str, post: tuple) -> None:
    assert post in titles_of(text)


def test_a_post_on_secondment_keeps_its_mark_and_its_body() -> None:
    assert ("陈思远", "挂职副县长", "庆元县政府") in posts_of("庆元县挂职副县长陈思远近日来到青竹镇。")


def test_an_acting_post_keeps_its_mark_and_its_body() -> None:
    assert ("周晓东", "代理县长", "庆元县政府") in posts_of("庆元县代理县长周晓东主持召开会议。")


def test_a_title_then_by_then_the_names_that_take_it() -> None:
    """`组长由县委常委刘斌担任,副组长由黄涛、钟敏担任`: the title opening the clause is each name's."""
    found = titles_of(
        "成立工作专班,组长由县委常委、政法委书记刘斌担任,副组长由县公安局局长黄涛、县卫健局局长钟敏担任。"
    )
    assert {("刘斌", "组长"), ("黄涛", "副组长"), ("钟敏", "副组长")} <= found
    assert ("刘斌", "副组长") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("领导小组组长由县委书记张宏担任。", "张宏"),  # the body the title heads opens the clause
        ("县疫情防控指挥部综合协调组组长由县政府办主任陈军担任。", "陈军"),
        ("医疗组组长由县中医院副院长贾明担任。", "贾明"),
    ],
)
def test_the_body_a_title_heads_then_by_then_the_name_that_takes_it(text: str, name: str) -> None:
    assert (name, "组长") in titles_of(text)


def test_words_before_the_title_that_name_no_body_give_no_title() -> None:
    assert ("何永胜", "组长") not in titles_of("会议决定组长由县长何永胜担任。")


def test_a_clause_that_does_not_close_with_taking_a_post_gives_no_title() -> None:
    assert ("刘斌", "组长") not in titles_of("工作专班组长由县委常委刘斌负责联络。")


def test_a_description_after_a_comma_gives_no_post_phrase() -> None:
    # `是村里的网格员`: she is the village's grid worker, a description with 的, not a post phrase
    text = "她叫杨秀英,是村里的网格员。"
    start = text.index("杨秀英")
    mentions = [Mention("杨秀英", EntityType.PERSON, start, start + 3, "model")]  # as the model reads it
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, mentions, places, locality)
    assert not [p.title for p in posts if "的" in p.title or p.title.startswith("是")]


def _posts_with_model_persons(text: str, names: list[str]) -> set[tuple[str, str]]:
    mentions = [Mention(n, EntityType.PERSON, text.index(n), text.index(n) + len(n), "model") for n in names]
    places, locality = read_places(mentions)
    posts, _ = find_posts(text, mentions, places, locality)
    return {(p.person, p.title) for p in posts}


def test_a_title_set_apart_by_spaces_after_the_name_is_its_own() -> None:
    assert _posts_with_model_persons("钱立新 县长 在会上强调。", ["钱立新"]) == {("钱立新", "县长")}


def test_a_title_set_apart_by_spaces_before_the_next_name_is_the_next_ones() -> None:
    # a byline: `记者 马宁 通讯员 白洁`, 马宁 is no 通讯员
    found = _posts_with_model_persons("(县融媒体中心记者 马宁 通讯员 白洁)", ["马宁", "白洁"])
    assert ("马宁", "通讯员") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "州委副书记、州长龙建华主持召开会议。",
            {("龙建华", "州委副书记", "州委"), ("龙建华", "州长", "州政府")},
        ),
        ("盟委书记、盟长乌力吉检查卡点。", {("乌力吉", "盟委书记", "盟委"), ("乌力吉", "盟长", "盟政府")}),
        ("旗委书记孟和深入嘎查督导。", {("孟和", "旗委书记", "旗委")}),
        ("恩施州委书记田晓明主持会议。", {("田晓明", "州委书记", "恩施州委")}),
    ],
)
def test_posts_of_autonomous_prefectures_leagues_and_banners(text: str, expected: set) -> None:
    """An autonomous prefecture (州), a league (盟) and a banner (旗) have committees and heads as a county does:
    州长 heads the 州政府, 旗委书记 is the secretary of the 旗委."""
    assert expected <= posts_of(text)


def test_a_prefectures_zhou_in_an_outlets_name_starts_no_body() -> None:
    """`台州日报`: 州 ends a city's name there; it names no level whose body the paper would be."""
    assert "州日报" not in {m.text for m in recognize("来源:台州日报 作者:周国平", [])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "副组长:王志强  县委副书记、县长\n",
            {("王志强", "县委副书记", "县委"), ("王志强", "县长", "县政府")},
        ),
        (
            "姓名:张建国  职务:城关镇党委书记  联系电话:13800001111\n",
            {("张建国", "镇党委书记", "城关镇党委")},
        ),
    ],
)
def test_posts_in_a_column_after_the_name_and_its_spaces(text: str, expected: set) -> None:
    """A list line or a form: the name, spaces (and maybe the field's label), then a field of posts that ends the
    line or comes before the next labelled field."""
    name = next(iter(expected))[0]
    mentions = [Mention(name, EntityType.PERSON, text.index(name), text.index(name) + len(name), "model")]
    places, locality = read_places([*mentions, *recognize(text, split_sentences(text))])
    posts, _ = find_posts(text, mentions, places, locality)
    assert expected <= {(p.person, p.title, p.organization) for p in posts}


def test_a_title_between_names_set_apart_by_spaces_is_no_column_of_posts() -> None:
    # `记者 马宁 通讯员 白洁`: the field after 马宁 runs on to another name, so 通讯员 is 白洁's
    assert ("马宁", "通讯员") not in titles_of("记者 马宁 通讯员 白洁")


def test_a_later_post_of_a_profile_is_in_the_first_posts_place() -> None:
    # `现任下溪村党支部书记、村委会主任`: the committee is 下溪村's, as in a list line
    assert ("方桂英", "村委会主任", "下溪村村委会") in posts_of(
        "方桂英,女,现任下溪村党支部书记、村委会主任。"
    )


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("其中15号楼楼长孙秀梅已经72岁。", "孙秀梅", "楼长"),  # not 长孙, a double surname
        ("妇女主任赵桂兰、民兵连长孙大力参加。", "孙大力", "民兵连长"),
        ("村党员中心户户长马有财带头捐款。", "马有财", "户长"),
        ("大河镇包村干部、镇人大副主席罗成入户排查。", "罗成", "包村干部"),
    ],
)
def test_the_posts_of_a_compound_and_a_village_hold_their_names(text: str, name: str, title: str) -> None:
    assert any(n == name and title in t for n, t in titles_of(text))


# --- found on pages written blind (session 31) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "成立县疫情防控指挥部,由县委书记邸海涛、县长靳立伟任指挥长。",
            {("邸海涛", "县委书记"), ("邸海涛", "指挥长"), ("靳立伟", "县长"), ("靳立伟", "指挥长")},
        ),
        (
            "由县委副书记张明、副县长李强任副组长。",
            {("张明", "县委副书记"), ("张明", "副组长"), ("李强", "副县长"), ("李强", "副组长")},
        ),
        (  # two heads of one headquarters: each is one (session 32)
            "由市委书记邬建明、市长潘瑜任双指挥长。",
            {("邬建明", "市委书记"), ("邬建明", "双指挥长"), ("潘瑜", "市长"), ("潘瑜", "双指挥长")},
        ),
    ],
)
def test_a_title_taken_by_names_listed_before_the_verb_is_each_names(text: str, expected: set) -> None:
    assert titles_of(text) == expected


def test_serving_as_the_two_commanders_names_no_one() -> None:
    assert persons_of("升格为县疫情防控指挥部,由县委书记、县长任双指挥长。") == set()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("拉线村护边员石麻诺说,边境线上一只猫都看得见。", "护边员"),  # a border village's paid guard
        ("海拉苏嘎查党支部书记、嘎查达包金山说。", "嘎查达"),  # a gacha's head
    ],
)
def test_village_jobs_of_the_border_and_the_grasslands_are_posts(text: str, title: str) -> None:
    assert title in {t for _, t in titles_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a laboratory's grades
            "县人民医院检验科主任、副主任技师韦丽萍说,县城目前没有病例。",
            {("韦丽萍", "县人民医院检验科主任"), ("韦丽萍", "副主任技师")},
        ),
        ("嘎查长、党支部书记格日勒图带着党员巡逻。", {("格日勒图", "嘎查长"), ("格日勒图", "党支部书记")}),
    ],
)
def test_a_laboratorys_grades_and_a_gachas_head_in_chinese_are_titles(text: str, expected: set) -> None:
    assert titles_of(text) == expected


# --- former posts, notes after a list line's post, a verb with its aspect after a name -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县政协原副主席、退休老党员邸振华得知村里缺口罩。", ("邸振华", "县政协原副主席")),
        ("原县委书记张明来到现场。", ("张明", "原县委书记")),
    ],
)
def test_a_former_post_is_the_persons_title_and_opens_no_name(text: str, expected: tuple) -> None:
    """`原副主席`: 原 (former) before a post, or before a deputy's post, is part of the title; 原副 is no name."""
    assert titles_of(text) == {expected}


def test_a_list_lines_post_may_close_with_a_note_in_brackets() -> None:
    assert titles_of("易桂生　　县人大常委会原副主任(已退休)\n") == {("易桂生", "县人大常委会原副主任")}


@pytest.mark.parametrize(
    ("text", "name"),
    [("潭头村党支部书记肖春来拿着台账核对。", "肖春来"), ("村医张福来背着药箱入户。", "张福来")],
)
def test_a_verb_with_its_aspect_mark_after_three_characters_leaves_the_name_whole(
    text: str, name: str
) -> None:
    """`肖春来拿着`: 拿着 is the verb, so 来 is the name's (as 骑 of `吴达骑着` is the verb, not the name's)."""
    assert persons_of(text) == {name}
    assert persons_of("县长吴达骑着电动车入户。") == {"吴达"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实行“三包一”(镇干部、村干部、村医包一户)。", set()),  # a count where the given name would be
        ("赛汉陶来苏木、巴彦陶来苏木各设1个隔离点。", set()),  # a Mongolian township
        ("预检分诊台前,护士长檀静正为一名患者核验健康码。", {"檀静"}),  # 正 before a coverb, no name's
        ("县长王正为大家讲解。", {"王正"}),
    ],
)
def test_names_that_are_counts_units_or_an_adverb_away(text: str, expected: set) -> None:
    assert persons_of(text) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("指挥部宣告成立,由县委书记饶志恒,县委副书记、县长温锦华任总指挥。", "饶志恒"),
        ("以镇党委书记张明,镇长李强为组长,开展工作。", "张明"),
    ],
)
def test_a_post_taken_after_a_list_that_by_opens_is_each_names(text: str, first: str) -> None:
    """`由A,B任总指挥`: the names each after their titles, set apart by commas, take the post together."""
    taken = {t for n, t in titles_of(text) if n != first} - {"县委副书记", "县长", "镇长"}
    assert taken and taken <= {t for n, t in titles_of(text) if n == first}


def test_names_set_apart_by_a_comma_with_no_opener_share_no_post() -> None:
    assert ("张明", "副组长") not in titles_of("县委书记张明,县长李强任副组长。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县卫健局局长林若始表示,全县没有新增病例。", "林若始"),  # 始 of 始终 is not the end: 表示 follows
        ("镇长黄依表示,卡点全天有人值守。", "黄依"),
        ("局长王强在介绍全县防控工作时说,要守好卡点。", "王强"),  # 在 stands on its own before a verb
        ("县疾控中心副主任贺雄针对聚集性疫情介绍了处置情况。", "贺雄"),  # 针对 opens the predicate
        ("副县长周敏围绕复工复产作了部署。", "周敏"),
        ("副县长李明始终坚守在一线。", "李明"),
    ],
)
def test_a_name_ends_where_its_predicate_begins(text: str, name: str) -> None:
    assert persons_of(text) == {name}


@pytest.mark.parametrize(
    ("text", "title"),
    [("县政协王永庆副主席出席会议。", "副主席"), ("县红十字会周兰副会长介绍,捐赠物资已发放。", "副会长")],
)
def test_a_deputys_title_after_the_name_is_the_posts(text: str, title: str) -> None:
    """`王永庆副主席`: 副 and any post make a deputy's title, listed or not (data/post_deputy_marks.txt)."""
    assert {t for _, t in titles_of(text)} == {title}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("村党总支书记、村委会主任玉罕香正用傣语讲解。", "玉罕香"),  # a Dai woman's name opens with 玉
        ("拉影村党总支书记木然诺每晚带着护村队巡查。", "木然诺"),  # a Jingpo clan name; 每晚 after the name
        ("村支书蒋丽每晚到卡点值守。", "蒋丽"),
    ],
)
def test_names_of_the_peoples_of_dehong_and_a_time_after_a_name(text: str, name: str) -> None:
    assert persons_of(text) == {name}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("省财政厅驻小岗村第一书记佘文涛从春节起就没有离开过村子。", ("佘文涛", "第一书记", "省财政厅")),
        ("驻红星村第一书记张伟每天值守。", ("张伟", "第一书记", None)),
        ("平江县开展防控。县人社局驻红星村第一书记张伟每天值守。", ("张伟", "第一书记", "平江县人社局")),
    ],
)
def test_a_post_held_where_its_holder_is_stationed_is_the_title_of_the_body_that_sent_them(
    text: str, post: tuple
) -> None:
    assert post in posts_of(text)


def test_a_post_given_to_a_holder_of_another_post_keeps_the_body_it_heads() -> None:
    posts = posts_of("华溪村卡点临时党支部书记由乡人大主席秦玉华担任。")
    assert ("秦玉华", "党支部书记", "华溪村卡点临时党支部") in posts
    assert ("秦玉华", "乡人大主席", "乡人大") in posts


def test_a_bureaus_party_group_named_by_its_last_character_is_the_bureau_named_before(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("惠东县市场监督管理局开展检查。局党组成员、副局长邬立伟带队检查药店。", encoding="utf-8")
    posts = {(p.person, p.title, p.organization) for p in extract(read_article(page)).posts}
    assert ("邬立伟", "党组成员", "惠东县市场监督管理局党组") in posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honour list's line: a bracket of notes set apart by commas between the name and the post
        ("一、先进个人\n雷金花(女,畲族)  英川镇周湖村党支部书记\n", ("雷金花", "党支部书记", "周湖村党支部")),
        ("一、先进个人\n蓝秀娟(女,畲族)  东坑镇卫生院院长\n", ("蓝秀娟", "院长", "东坑镇卫生院")),
        # a town's own unit after its first post: 沙湾镇武装部, not a bare 武装部
        ("沙湾镇党委委员、武装部长梅海军带队值守。", ("梅海军", "武装部长", "沙湾镇武装部")),
        # a bare title after a town's post names no body: not the town itself
        ("石桥镇党委委员、组织委员张伟说。", ("张伟", "组织委员", None)),
    ],
)
def test_posts_of_honour_lists_and_of_a_towns_units(text: str, expected: tuple) -> None:
    name, title, body = expected
    assert any(p == name and title in t and b == body for p, t, b in posts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民兵应急营营长刘建华带队值守。", ("刘建华", "民兵应急营营长")),
        ("执勤班长王红梅每天提前半小时到岗。", ("王红梅", "执勤班长")),
        ("卡点值班长李海军说,今天检查车辆300辆。", ("李海军", "卡点值班长")),
        ("隔离点护理员张秀英每天为隔离人员测量体温。", ("张秀英", "隔离点护理员")),
        ("旗疫情防控指挥部副总指挥特格喜说,返乡人员是我们的家人。", ("特格喜", "旗疫情防控指挥部副总指挥")),
    ],
)
def test_the_heads_of_shifts_and_squads_and_carers_hold_posts(text: str, expected: tuple) -> None:
    assert expected in titles_of(text)


def test_a_share_of_the_blame_in_a_discipline_notice_is_no_post() -> None:
    """`侯文斌作为分管负责人,负有直接责任`: what a notice weighs the blame by (data/post_responsibility_shares.txt)."""
    text = (
        "镇党委副书记、镇长郗建军,副镇长侯文斌落实排查责任不力。郗建军作为镇政府主要负责人,"
        "负有主要领导责任;侯文斌作为分管负责人,负有直接责任。"
    )
    assert titles_of(text) == {("郗建军", "镇党委副书记"), ("郗建军", "镇长"), ("侯文斌", "副镇长")}


def test_a_post_after_as_is_still_a_post() -> None:
    assert ("王芳", "村党支部书记") in titles_of("王芳作为村党支部书记,每天坚守在卡点。")


def test_a_prisons_heads_are_no_district_heads() -> None:
    text = "辽宁省凌源第三监狱党委书记、监狱长端木振华,一监区副监区长司马文静带领民警封闭执勤。"
    found = titles_of(text)
    assert ("端木振华", "监狱长") in found
    assert not [t for n, t in found if n == "司马文静" and not t.endswith("监区长")]


def test_a_customs_houses_deputy_head() -> None:
    assert ("权德海", "巴克图海关副关长") in titles_of("巴克图海关副关长权德海介绍,关员们每天闭环执勤。")


def test_a_bare_streets_committee_is_the_articles_street() -> None:
    """`街道党工委书记` on a page about 燕山街道: its committee, as `镇党委书记` is its town's."""
    text = "历下区燕山街道党工委、办事处把小区作为防控主阵地。街道党工委书记东方璐介绍。"
    assert ("东方璐", "街道党工委书记", "燕山街道党工委") in posts_of(text)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("社工温晓丽每周到村里看望老人。", "温晓丽", "社工"),
        ("心理咨询师缪佳怡说,来电多是焦虑。", "缪佳怡", "心理咨询师"),
        ("送气工杭国庆每天上门送气。", "杭国庆", "送气工"),
    ],
)
def test_a_social_worker_a_counsellor_and_a_deliveryman_hold_posts(text: str, name: str, title: str) -> None:
    assert (name, title) in titles_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "经过无记名投票,热依拉·艾买提当选为社区居委会主任。",  # elected
        "选举热依拉·艾买提为社区居委会主任。",
    ],
)
def test_an_elected_post_is_the_names(text: str) -> None:
    from helpers import posts_read

    assert ("热依拉·艾买提", "居委会主任") in {(n, t) for n, t, _ in posts_read(text, "热依拉·艾买提")}


def test_a_militia_deputys_post_is_read_and_names_no_one_else() -> None:
    text = "石桥镇民兵连副连长邝永强带领队员值守。"
    assert ("邝永强", "民兵连副连长") in titles_of(text)
    assert persons_of(text) == {"邝永强"}  # no one named 连副 after 民兵


def test_a_teams_leader_is_a_post_and_a_veteran_a_person() -> None:
    assert ("石振宇", "医疗队领队") in titles_of("医疗队领队、市人民医院副院长石振宇介绍,队员已全部到位。")
    assert "甘德胜" in persons_of("退伍20多年的老兵甘德胜一边维持秩序一边说。")


@pytest.mark.parametrize("text", ["张谦率领队伍开赴金川。", "他带领队伍转战到秦岭。"])
def test_a_team_led_is_no_teams_leader(text: str) -> None:
    # 领 ends 带领 and 率领 (led): no 领队 (a team's leader) starts there, and no one is named 伍开
    assert not [p for p in persons_of(text) if p.startswith("伍")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("屯长韦金龙挨家挨户通知。", {("韦金龙", "屯长")}),  # a hamlet's head
        (
            "大学生村官李晓梅负责信息登记。",
            {("李晓梅", "大学生村官")},
        ),  # a graduate serving as a village official
    ],
)
def test_a_hamlets_head_and_a_graduate_village_official_are_titles(text: str, expected: set) -> None:
    assert titles_of(text) == expected
