"""Posts in the forms a sweep of written sentences found missing (profiles of workers, posts after a verb of
office with words after them, clauses opening with 作为, the desk's credits). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from tests.helpers import posts_read

from epikg.extract.places import read_places
from epikg.extract.posts import find_posts
from epikg.ner import rule_mentions
from epikg.ner.merge import trim_person
from epikg.ner.persons import MODEL_CHECKED_NAME
from epikg.read.pagemeta import read_meta
from epikg.records import EntityType, Mention


def titles(text: str, *names: str) -> set[tuple[str, str]]:
    """The (name, title) posts read, the persons `names` given as a model would read them."""
    return {(name, title) for name, title, _ in posts_read(text, *names)}


def holds(found: set[tuple[str, str]], name: str, title: str) -> bool:
    """The name holds the title, read in full or without its place's level (as the evaluation matches)."""
    return any(n == name and (t in title or title in t) for n, t in found)


# --- after a verb of office -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("王芳担任红星村党支部书记一职已有8年。", "王芳", "村党支部书记"),
        ("李强任县卫健局副局长以来,每天都在一线。", "李强", "县卫健局副局长"),
        ("赵刚担任网格长期间,走访了全部农户。", "赵刚", "网格长"),
    ],
)
def test_a_post_after_a_verb_of_office_closes_where_a_word_that_follows_posts_starts(
    text: str, name: str, title: str
) -> None:
    assert holds(titles(text, name), name, title)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("2018年起,王芳开始担任红星村党支部书记。", "王芳", "村党支部书记"),
        ("李强曾任县卫健局局长,经验丰富。", "李强", "县卫健局局长"),
        ("张丽目前是东湖社区网格长。", "张丽", "网格长"),
    ],
)
def test_an_adverb_between_the_name_and_the_verb_of_office_keeps_the_post(
    text: str, name: str, title: str
) -> None:
    assert holds(titles(text, name), name, title)


def test_a_list_of_posts_after_a_copula_closing_its_clause_is_all_the_names() -> None:
    found = titles("罗强是红星村党支部书记、村委会主任。", "罗强")
    assert holds(found, "罗强", "村党支部书记") and holds(found, "罗强", "村委会主任")


def test_a_list_of_posts_after_a_verb_of_office_running_into_another_name_stops() -> None:
    found = titles("周力农为第一指挥长、党委副书记、镇长陈楚为指挥长。", "周力农", "陈楚")
    assert not holds(found, "周力农", "党委副书记")


def test_a_profile_gives_the_age_before_the_post() -> None:
    assert holds(titles("罗强,今年48岁,是城关镇派出所所长。", "罗强"), "罗强", "派出所所长")


# --- 作为, 身为, 时任 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("作为红星村党支部书记,王芳每天坚守在卡点。", "王芳", "村党支部书记"),
        ("身为社区网格长,李强挨家挨户排查。", "李强", "网格长"),
        ("时任县卫健局局长的王芳带队驰援。", "王芳", "县卫健局局长"),
    ],
)
def test_a_clause_opening_with_as_gives_its_post_to_the_name_after(text: str, name: str, title: str) -> None:
    assert holds(titles(text, name), name, title)


def test_a_post_list_between_as_and_de_is_all_the_names() -> None:
    found = titles("作为红星村党支部书记、村委会主任的王芳,春节以来没有休息过一天。", "王芳")
    assert holds(found, "王芳", "村党支部书记") and holds(found, "王芳", "村委会主任")


@pytest.mark.parametrize("text", ["张明作为村医,王芳每天走访群众。", "大家作为志愿者,王芳也来了。"])
def test_an_as_clause_with_its_own_subject_or_no_post_gives_nothing(text: str) -> None:
    assert not holds(titles(text, "王芳"), "王芳", "村医")
    assert not [t for n, t in titles(text, "王芳") if n == "王芳"]


# --- names before 系 and 时任 ---------------------------------------------------------------------


def test_a_name_before_xi_and_a_post_closing_the_clause_is_a_person() -> None:
    assert holds(titles("罗强系河口镇武装部部长,长期从事基层工作。"), "罗强", "镇武装部部长")


def test_shi_ren_before_a_title_is_no_name() -> None:
    names = {
        m.text for m in rule_mentions("时任副县长的叶青带领党员干部奔赴一线。") if m.type is EntityType.PERSON
    }
    assert "时任" not in names


def test_a_model_name_running_into_a_copula_before_a_title_is_trimmed() -> None:
    text = "叶青系副县长,金哲任组长。"
    assert trim_person(text, Mention("叶青系", EntityType.PERSON, 0, 3, "model")).text == "叶青"
    assert trim_person(text, Mention("金哲任", EntityType.PERSON, 7, 10, "model")).text == "金哲"


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("本报记者龙海北京报道", "龙海北京", "龙海"),
        ("记者张丽华武汉报道", "张丽华武汉", "张丽华"),
        ("通讯员李强长沙摄", "李强长沙", "李强"),
        (
            "记者王北京报道了此事",
            "王北京",
            "王北京",
        ),  # no name is left before the place: the model's name stays
    ],
)
def test_the_place_a_byline_was_filed_at_is_no_part_of_the_name(text: str, model: str, name: str) -> None:
    start = text.index(model)
    found = trim_person(text, Mention(model, EntityType.PERSON, start, start + len(model), "model"))
    assert found.text == name


def test_a_transliterated_names_part_after_the_dot_ends_before_an_everyday_word() -> None:
    from epikg.ner.merge import extend_across_dot

    text = "卫生局局长马丽娜·科娃预计,疫情将持续。"
    start = text.index("马丽娜")
    found = extend_across_dot(text, Mention("马丽娜", EntityType.PERSON, start, start + 3, "rule:title"))
    assert found.text == "马丽娜·科娃"
    text = "众议员路易·戈默新冠病毒检测呈阳性。"
    start = text.index("路易")
    found = extend_across_dot(text, Mention("路易", EntityType.PERSON, start, start + 2, "rule:title"))
    assert found.text == "路易·戈默"


@pytest.mark.parametrize(
    "text",
    [
        "银行理财师告诉记者,网点已消毒。",  # a verb of report ends the subject; 记者 is whom it told
        "多位药店店员向记者反映,口罩已售罄。",  # 向 goes with 记者
        "荆州长江大桥实行交通管制。",  # 州长 over two places' names: 荆州, 长江
        "省社科院长江流域研究所发布报告。",  # 院长 over 社科院 and 长江
        "这些意见曾被专家冷落、否定。",  # 被: the title is the coverb's object, verbs follow
        "代理律师,国晖律师事务所出具意见。",  # 律师 of a firm's name, no title after 国晖
        "市长会见人大代表和议员时说,要保障供应。",  # 时说: when ... said, no surname 时
        "这位老律师经手的案件很多。",  # a job many hold: the name after it must end cleanly
    ],
)
def test_a_title_word_between_words_opens_no_name(text: str) -> None:
    assert {m.text for m in rule_mentions(text) if m.type is EntityType.PERSON} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("记者李正发自武汉。", "李正"),
        ("集团董事长王诚做主题发言。", "王诚"),
        ("县医院院长江华说。", "江华"),
        ("县电视台主持人李咏因病住院。", "李咏"),
        ("向记者张华介绍了情况。", "张华"),
        ("左一为志愿者文静。", "文静"),  # 为 (is) before the title: its object is no title
    ],
)
def test_a_name_after_a_title_ends_before_the_verb(text: str, name: str) -> None:
    assert name in {m.text for m in rule_mentions(text) if m.type is EntityType.PERSON}


# --- the desk's credits ----------------------------------------------------------------------------


def test_the_supervisor_signs_the_page() -> None:
    credits = {(found.value, role) for found, role in read_meta("正文。\n校对:罗强 监制:黄丽\n").bylines}
    assert ("黄丽", "监制") in credits


# --- posts joined by 兼, a community's clerk ---------------------------------------------------------


def test_jian_after_a_title_starts_the_next_post_whatever_body_a_reader_ran_over_it() -> None:
    found = titles("平江县民政局局长兼县监委主任王志强现场督导。", "王志强")
    assert holds(found, "王志强", "民政局局长") and holds(found, "王志强", "县监委主任")
    assert not [t for _, t in found if "兼" in t]


def test_a_communitys_clerk_is_a_post() -> None:
    assert holds(titles("东湖社区文书王志强挨家挨户排查。", "王志强"), "王志强", "社区文书")


def test_yi_before_the_verb_of_office_is_the_adverb_not_the_names_end() -> None:
    text = "30多年过去了,杨洁已担任县档案局副局长。"
    assert "杨洁已" not in {m.text for m in rule_mentions(text) if m.type is EntityType.PERSON}
    assert holds(titles(text, "杨洁"), "杨洁", "县档案局副局长")


# --- what a name before a title is ----------------------------------------------------------------


def test_a_follower_that_starts_an_everyday_word_with_the_next_is_not_the_names() -> None:
    text = "副主任黄丽一同对防控工作提出要求,王一同志说"
    assert trim_person(text, Mention("黄丽一", EntityType.PERSON, 3, 6, "model")).text == "黄丽"
    assert trim_person(text, Mention("王一同", EntityType.PERSON, 17, 20, "model")).text == "王一"
    text = "刘成功率队检查,村民李长和说"
    assert trim_person(text, Mention("刘成功", EntityType.PERSON, 0, 3, "model")).text == "刘成功"
    assert trim_person(text, Mention("李长和", EntityType.PERSON, 10, 13, "model")).text == "李长和"


@pytest.mark.parametrize(
    "text", ["欧阳春明系县委组织部部长,长期从事基层工作。", "欧阳春明,县委组织部部长,连夜召开会议。"]
)
def test_a_double_surnames_name_opening_its_clause_before_its_post_is_read_whole(text: str) -> None:
    assert "欧阳春明" in {m.text for m in rule_mentions(text) if m.type is EntityType.PERSON}


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("安远县长要求各村加强排查。", "安远"),
        ("白沙乡长带队检查。", "白沙"),
        ("东湖社区文书每天上门。", "东湖"),
    ],
)
def test_a_divisions_name_before_its_post_is_no_person(text: str, stem: str) -> None:
    assert stem not in {m.text for m in rule_mentions(text) if m.type is EntityType.PERSON}


@pytest.mark.parametrize(
    ("text", "name"), [("张明县长说。", "张明"), ("李平江县长说。", "李平江"), ("李强村医说。", "李强")]
)
def test_a_name_before_a_title_that_opens_with_a_level_word_is_still_a_name(text: str, name: str) -> None:
    assert name in {m.text for m in rule_mentions(text) if m.type is EntityType.PERSON}


# --- names a profile, an as-phrase or a verb of office shows ---------------------------------------


def persons(text: str) -> set[str]:
    """The names the rules read for sure (not those the model must confirm)."""
    return {
        m.text for m in rule_mentions(text) if m.type is EntityType.PERSON and m.source != MODEL_CHECKED_NAME
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宋佳,女,汉族,1982年出生,大学学历,派出所所长。", "宋佳"),
        ("叶青,男,1975年6月出生,中共党员,现任副县长。", "叶青"),
        ("作为派出所所长的宋佳,春节以来没有休息过一天。", "宋佳"),
        ("身为医生的梁红主动放弃休假。", "梁红"),
        ("宋佳,派出所所长。他说,这是应该做的。", "宋佳"),
    ],
)
def test_a_profile_an_as_phrase_or_a_post_set_off_shows_a_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", ["患者,男,45岁,住城关镇。", "作为县长的工作职责,要抓好防控。"])
def test_a_profile_or_an_as_phrase_with_no_name_reads_none(text: str) -> None:
    assert persons(text) == set()


@pytest.mark.parametrize(
    ("text", "stem"), [("时任三级警长的李红梅带队。", "任三级"), ("时任安远县长的余海带队。", "任安远")]
)
def test_the_end_of_a_verb_of_office_starts_no_name(text: str, stem: str) -> None:
    assert stem not in persons(text)


def test_a_verb_of_office_with_its_adverb_gives_the_post() -> None:
    assert holds(titles("李强曾任村主任,经验丰富。", "李强"), "李强", "村主任")


def test_a_list_of_posts_closed_by_a_word_that_follows_posts_is_all_the_names() -> None:
    found = titles("罗强担任李家村党支部书记、村委会主任一职已有8年。", "罗强")
    assert holds(found, "罗强", "村党支部书记") and holds(found, "罗强", "村委会主任")


def test_a_model_name_running_into_a_verb_of_office_or_a_closing_verb_of_report_is_trimmed() -> None:
    text = "田野现任县疾控中心主任,副局长余海说。"
    assert trim_person(text, Mention("田野现", EntityType.PERSON, 0, 3, "model")).text == "田野"
    assert trim_person(text, Mention("余海说", EntityType.PERSON, 15, 18, "model")).text == "余海"
    text = "副局长张建国说。"  # a whole name before the verb stands
    assert trim_person(text, Mention("张建国", EntityType.PERSON, 3, 6, "model")).text == "张建国"


# --- a unit, 的 and a job; a unit before the verb of office ----------------------------------------


def posts_of(text: str, *names: str) -> set[tuple[str, str, str | None]]:
    given = [Mention(n, EntityType.PERSON, text.index(n), text.index(n) + len(n), "model") for n in names]
    mentions = [m for m in rule_mentions(text) if m.type is not EntityType.PERSON] + given
    places, locality = read_places(mentions, text=text)
    found, _ = find_posts(text, sorted(mentions, key=lambda m: m.start), places, locality)
    return {(p.person, p.title, p.organization) for p in found}


@pytest.mark.parametrize(
    ("text", "name", "title", "body"),
    [
        ("李梅是城关镇卫生院的一名护士。", "李梅", "护士", "卫生院"),
        ("杨秀英是村里的网格员,每天上门排查。", "杨秀英", "网格员", None),
        ("王芳在县人民医院担任护士长,已有十年。", "王芳", "护士长", "县人民医院"),
    ],
)
def test_a_job_after_a_unit_and_de_or_a_unit_before_the_verb_is_the_names(
    text: str, name: str, title: str, body: str | None
) -> None:
    found = posts_of(text, name)
    assert any(n == name and t.endswith(title) for n, t, _ in found)
    if body is not None:
        assert any(n == name and org is not None and body in org for n, _, org in found)


@pytest.mark.parametrize("text", ["张三是大家的主心骨。", "张三是县长的女儿,在外地工作。"])
def test_no_post_closing_the_phrase_after_de_reads_none_after_it(text: str) -> None:
    assert not [t for n, t, _ in posts_of(text, "张三") if n == "张三" and t != "县长"]


def test_a_unit_that_names_no_body_stays_out_of_the_title() -> None:
    assert {t for _, t, _ in posts_of("王芳在卡点担任组长。", "王芳")} == {"组长"}


def test_a_name_before_a_unit_and_a_verb_of_office_is_a_person() -> None:
    assert "宋佳" in persons("宋佳在红星村担任辅警,已有十年。")


def test_a_long_model_name_starting_with_a_function_character_is_none() -> None:
    from epikg.ner.merge import plausible

    assert not plausible(Mention("们和钟敏", EntityType.PERSON, 0, 4, "model"))
    assert plausible(Mention("巴音朝鲁", EntityType.PERSON, 0, 4, "model"))


@pytest.mark.parametrize(
    ("text", "title"), [("县人民医院主管护师王芳连夜赶到。", "主管护师"), ("流调员李强连夜赶到。", "流调员")]
)
def test_clinical_ranks_and_the_responses_jobs_are_posts(text: str, title: str) -> None:
    assert any(t.endswith(title) for _, t in titles(text))


# --- a title closing a list, ranks and grades ------------------------------------------------------


def test_a_title_after_a_list_closed_by_deng_is_each_names_without_a_post_of_its_own() -> None:
    text = "副县长李明亮、孙德胜,张丽、王强等县领导分别带队检查。"
    found = posts_of(text, "李明亮", "孙德胜", "张丽", "王强")
    assert {(n, t) for n, t, _ in found if t == "县领导"} == {("张丽", "县领导"), ("王强", "县领导")}


def test_a_title_after_a_list_closed_by_a_count_is_each_names() -> None:
    found = posts_of("黄志勇、韩冰两位网格长每天坚守在卡点。", "黄志勇", "韩冰")
    assert {(n, t) for n, t, _ in found} == {("黄志勇", "网格长"), ("韩冰", "网格长")}


def test_a_title_going_on_into_a_bodys_name_after_a_list_is_none() -> None:
    assert posts_of("张丽、王强等县领导小组成员参加会议。", "张丽", "王强") == set()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("三级警督林芳带队检查卡点。", "林芳", "三级警督"),
        ("县人大代表冯立新带队检查卡点。", "冯立新", "县人大代表"),
        ("余海(党小组长)表示,将全力做好防控工作。", "余海", "党小组长"),
    ],
)
def test_ranks_representatives_and_group_heads_are_posts(text: str, name: str, title: str) -> None:
    assert holds(titles(text, name), name, title)


def test_a_grade_and_rank_after_a_name_is_one_title_and_a_surname_before_one_no_name() -> None:
    found = posts_of("胡建军二级警长每天坚守在卡点。", "胡建军")
    assert holds({(n, t) for n, t, _ in found}, "胡建军", "二级警长")
    assert not persons("张二级警长每天坚守在卡点。")


# --- a profile's pronoun; the unit the article spoke of ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["张三,1975年出生,中共党员。2015年起,他担任红星村党支部书记。", "张三今年56岁。他现任红星村党支部书记。"],
)
def test_a_pronoun_before_a_verb_of_office_stands_for_the_profiles_subject(text: str) -> None:
    assert holds({(n, t) for n, t, _ in posts_of(text, "张三")}, "张三", "村党支部书记")


def test_a_pronoun_after_a_name_that_opens_no_clause_stands_for_no_one() -> None:
    found = posts_of("县委书记李四来到王五家中。他是红星村党支部书记。", "李四", "王五")
    assert not [t for n, t, _ in found if t.endswith("党支部书记")]


def test_a_post_in_the_unit_the_article_spoke_of_names_no_body_of_its_own() -> None:
    text = "县卫健局副局长储光明和该局四级调研员汪德胜一行督查。"
    assert ("汪德胜", "四级调研员", None) in posts_of(text, "储光明", "汪德胜")


def test_a_model_name_a_title_runs_out_of_is_cut_before_the_title() -> None:
    text = "王纪检委员每天坚守,李中队长带队,姚军中队长说"
    assert trim_person(text, Mention("王纪检", EntityType.PERSON, 0, 3, "model")).text == "王"
    assert trim_person(text, Mention("李中", EntityType.PERSON, 10, 12, "model")).text == "李"
    assert trim_person(text, Mention("姚军中", EntityType.PERSON, 17, 20, "model")).text == "姚军"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("采样点点长麻小燕介绍,今天已采样800人。", "麻小燕", "点长"),  # the head of a sampling site
        ("卡点点长滕光辉说,车辆一律登记。", "滕光辉", "点长"),  # of a checkpoint
    ],
)
def test_the_head_of_a_checkpoint_or_a_sampling_site_holds_a_post(text: str, name: str, title: str) -> None:
    assert holds(titles(text, name), name, title)
