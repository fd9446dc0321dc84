"""Names as news prose of other kinds writes them: a corpus of general news (BosonNLP's NER set) and MSRA's test
split, read against their own annotation, showed a county's short form before its police read as a person
(`徐水警方`), a photo credit's verb kept in the name (`本报记者李舸摄`) and `应邀` cut after its first character
(`李鹏应邀`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import SpanTagger, persons_read, posts_read

from epikg.ner import recognize
from epikg.read.normalize import split_sentences
from epikg.records import EntityType


def _read(text: str, *spans: tuple[str, str]) -> dict[str, EntityType]:
    return {m.text: m.type for m in recognize(text, split_sentences(text), tagger=SpanTagger(*spans))}


# --- a county's short form before its police, its people or its ground --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当天,徐水警方通报了3起违反防疫规定的案件。", "徐水"),
        ("邹平交警在高速路口查验来往车辆。", "邹平"),
        ("据了解,该男子是黄岩本地人。", "黄岩"),
        ("奉贤城区各小区实行封闭管理。", "奉贤"),
        ("本文由黄河新闻网吕梁频道记者采写。", "吕梁"),  # a channel of the outlet for that city
    ],
)
def test_a_county_short_form_before_its_police_or_ground_is_the_place(text: str, name: str) -> None:
    read = _read(text, ("PER", name))
    assert read.get(name) is EntityType.PLACE
    assert name not in persons_read(text, ("PER", name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "县长高明在卡点检查,高明强调要严防死守。",
            "高明",
        ),  # 高明区's short form, but a title and a verb of report
        ("民警李鹏在卡点值守。", "李鹏"),  # no division of that name
    ],
)
def test_a_name_that_is_also_a_short_form_stays_a_person_elsewhere(text: str, name: str) -> None:
    assert name in persons_read(text, ("PER", name))


# --- a photo credit's verb after the name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("志愿者在卡点值守。(本报记者李舸摄)", "李舸摄", "李舸"),
        ("图为核酸检测现场。通讯员 王晓燕摄", "王晓燕摄", "王晓燕"),
    ],
)
def test_a_credit_verb_closing_the_line_is_no_part_of_the_name(text: str, model: str, name: str) -> None:
    read = persons_read(text, ("PER", model))
    assert name in read
    assert model not in read


def test_a_name_whose_last_character_is_a_credit_verb_char_in_running_text_is_kept() -> None:
    # 摄 followed by more Han text is no credit closing a line
    assert "李摄影" not in persons_read("李摄影师在现场拍照。", ("PER", "李摄"))


# --- a two-character verb after a two-character name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委书记李鹏应邀出席会议。", "李鹏"),
        ("县长王明致辞。", "王明"),
    ],
)
def test_a_verb_opening_the_clause_ends_the_name_after_a_title(text: str, name: str) -> None:
    read = persons_read(text)
    assert name in read
    assert not any(p.startswith(name) and p != name for p in read)


# --- a road's 路 that opens a verb --------------------------------------------------------------------------------


def test_a_place_read_up_to_the_road_verb_is_the_name_before_it() -> None:
    text = "今年2月1日,张要红路过村北水坑,看到小孩落水。"
    read = _read(text, ("LOC", "张要红路"))
    assert read.get("张要红") is EntityType.PERSON
    assert "张要红路" not in read


def test_a_road_before_an_everyday_word_opening_with_its_verb_stays() -> None:
    text = "沿解放路过去就是卡点。"
    assert _read(text, ("LOC", "解放路")).get("解放路") is EntityType.PLACE


# --- a visit's verb after the place visited ------------------------------------------------------------------------


def _bodies(text: str, *spans: tuple[str, str]) -> set[str]:
    return {name for name, kind in _read(text, *spans).items() if kind is EntityType.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "model", "kept"),
    [
        (
            "县委书记到城关镇视察卫生院疫情防控工作。",
            "城关镇视察卫生院",
            set(),
        ),  # what is left is a bare kind
        ("县长到城关镇调研县人民医院建设。", "城关镇调研县人民医院", {"县人民医院"}),
        ("县长到东关社区督导社区党支部防控工作。", "东关社区督导社区党支部", {"社区党支部"}),
        ("副县长在丹江镇检查农贸市场和超市。", "丹江镇检查农贸市场和超市", set()),
    ],
)
def test_no_body_runs_from_the_place_visited_over_the_verb(text: str, model: str, kept: set[str]) -> None:
    assert model not in _bodies(text, ("ORG", model))  # as the model read it
    assert model not in _bodies(text)  # as the rules read a place and a body's ending
    assert kept <= _bodies(text, ("ORG", model))


@pytest.mark.parametrize(
    "body",
    ["县疫情防控督导检查组", "县委宣传部", "城关镇督导组", "县委宣传部新闻科", "县纪律检查委员会"],
)
def test_a_body_named_for_its_task_keeps_the_verb(body: str) -> None:
    text = f"{body}组织人员开展工作。"
    assert body in _bodies(text, ("ORG", body))


# --- a name after a title one character past the model's, into a word ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("派出所副所长张涛拦截了这辆车。", "张涛", "张涛"),  # 拦截: the verb, not 张涛拦
        ("县委书记李鹏应邀出席会议。", "李鹏", "李鹏"),
        ("派出所副所长赵光正说,该镇紧邻河南。", "赵光", "赵光正"),  # a verb of report after three: whole
        ("县长黄红杰出席会议。", "黄红", "黄红杰"),  # 出席 starts after three: whole
    ],
)
def test_a_title_name_into_a_word_gives_way_to_the_model(text: str, model: str, name: str) -> None:
    read = persons_read(text, ("PER", model))
    assert name in read
    assert not any(p != name and p.startswith(name[:2]) for p in read)


@pytest.mark.parametrize("text", ["在旗委、旗政府的坚强领导下,各地迅速行动。", "县委县政府高度重视。"])
def test_a_levels_committee_before_its_government_is_a_body(text: str) -> None:
    """`旗委、旗政府`: the committee named by its level alone beside its government, with no model reading it."""
    assert text[text.index("委") - 1 : text.index("委") + 1] in _bodies(text)


def test_a_places_own_committee_stays_whole() -> None:
    assert {"苍南县委", "县政府"} <= _bodies("苍南县委、县政府高度重视。")
    assert "县委" not in _bodies("苍南县委、县政府高度重视。")


# --- a name after kin -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "孩子的伯伯谢金林也向记者透露了情况。",
        "老人的儿子李建国说,多亏了社区帮忙。",
        "他的妻子王芳、女儿李娜都报名当了志愿者。",
    ],
)
def test_a_name_right_after_kin_is_a_person(text: str) -> None:
    names = {"谢金林", "李建国", "王芳", "李娜"}
    assert {n for n in names if n in text} <= set(persons_read(text))


@pytest.mark.parametrize(
    "text",
    [
        "丈夫强奸自己的妻子要判刑。",  # a verb after kin, and a word of the lexicon
        "晚上,她的爱人管做饭;白天,她去卡点值守。",  # a verb and its object
        "她和父亲过几日就把学费送到。",  # no punctuation or verb of report ends it
    ],
)
def test_a_verb_after_kin_is_no_name(text: str) -> None:
    assert persons_read(text) == []


def test_a_name_the_model_read_with_the_titles_last_character_is_checked_by_it() -> None:
    """`快递小哥吕方每天`: after a job many hold the name needs the model's reading too, and the model's `哥吕方`,
    the title's last character taken along, is that reading; with no person read there, none."""
    text = "快递小哥吕方每天把包裹送到卡点。"
    assert "吕方" in persons_read(text, ("PER", "哥吕方"))
    assert "吕方" not in persons_read(text)


# --- where a post phrase starts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("其资本充足率按董事长项俊波的说法已经达标。", "项俊波", "董事长"),  # 按: according to
        ("外务省11日就此召见中国驻日大使程永华。", "程永华", "中国驻日大使"),  # 召见, like 会见
        ("镇长立即指挥城关派出所副所长张涛带队拦截。", "张涛", "城关派出所副所长"),
    ],
)
def test_a_post_phrase_starts_after_a_verb_or_a_preposition(text: str, name: str, title: str) -> None:
    assert {title} == {t for n, t, _ in posts_read(text, name) if n == name}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("县疫情防控指挥中心主任王明介绍。", "王明", "县疫情防控指挥中心主任"),
        ("县疫情防控指挥部指挥长李强说。", "李强", "县疫情防控指挥部指挥长"),
    ],
)
def test_the_verb_that_opens_a_body_or_a_title_stays_in_the_phrase(text: str, name: str, title: str) -> None:
    assert title in {t for n, t, _ in posts_read(text, name) if n == name}


# --- police posts, brigades, offices and stations --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        ("城关镇警务站民警在卡点值守。", "城关镇警务站", "police"),
        ("东关社区警务室民警上门排查。", "东关社区警务室", "police"),
        ("张家口市救助管理站启动应急预案。", "张家口市救助管理站", "government"),
        ("县公安局刑侦大队连夜开展流调。", "县公安局刑侦大队", "police"),
        ("市消防支队官兵对隔离点进行消毒。", "市消防支队", "other_body"),
        ("县委巡查办对各乡镇防控工作开展督导。", "县委巡查办", "party_committee"),
        ("镇宣传站利用广播车宣传防疫知识。", "镇宣传站", "government"),
    ],
)
def test_police_posts_brigades_offices_and_stations_are_bodies(text: str, body: str, kind: str) -> None:
    from epikg.ner.bodies import org_type

    assert body in _bodies(text)
    assert org_type(body) == kind


def test_a_team_after_a_joint_body_is_named_with_it() -> None:
    """`县纪委监委督查组`: 县纪委 inside 县纪委监委 is no body before a clause; the team is the joint body's."""
    text = "县纪委监委督查组到卡点暗访。"
    assert "县纪委监委督查组" in _bodies(text)
    assert "平江县供电公司" in _bodies("平江县供电公司保障超市用电。")  # a body, then a verb: no longer name
    assert "平江县供电公司保障超市" not in _bodies("平江县供电公司保障超市用电。")


def test_a_count_of_a_citys_hospitals_is_no_body() -> None:
    """`武汉拥有二级医院接近30家`: the city has some 30 hospitals of the second grade; 拥有 is no name's."""
    assert not any("拥有" in name for name in _bodies("武汉拥有二级医院接近30家。"))


def test_a_double_surname_the_model_left_off_is_taken_before_the_name_is_trimmed() -> None:
    """The model's `俊连` of `民警上官俊连夜调取`: with its double surname, 上官俊, and 连夜 (overnight) follows."""
    text = "县公安局民警上官俊连夜调取公交车载视频。"
    assert persons_read(text, ("PER", "俊连")) == ["上官俊"]


def test_a_rarer_surname_of_the_north_west_keeps_the_models_name() -> None:
    """拓 (Shaanxi, Ningxia): the model's `拓万福` after 村民 is a villager's name."""
    assert persons_read("张洪村村民拓万福今年68岁。", ("PER", "拓万福")) == ["拓万福"]


def test_going_to_university_names_no_university() -> None:
    """`在兰州上大学的学生`: the model's `兰州上大学` is a verb phrase, no body."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from epikg.records import EntityType

    text = "在兰州上大学的学生葛雨桐坐上了首班客车。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("ORG", "兰州上大学")))
    assert [m.text for m in found if m.type is EntityType.ORGANIZATION] == []
