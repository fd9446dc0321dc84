"""A bare name opening its clause before a verb of the response (`黄立新带领党员值守`), which the model may miss,
and the places and bodies that open clauses so too (`何家湾召开会议`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import persons_read as persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("黄立新带领党员在卡点值守。", "黄立新"),
        ("王伟第一时间赶到现场。", "王伟"),
        ("此外,李安民进村入户宣传。", "李安民"),
        ("欧阳建国主持召开专题会议。", "欧阳建国"),
        ("张建国会同县卫健局开展检查。", "张建国"),
    ],
)
def test_a_name_opening_its_clause_before_a_verb_of_the_response(text: str, name: str) -> None:
    assert persons(text) == [name]


def test_the_models_odd_reading_of_such_a_name_does_not_overrule_it() -> None:
    assert persons("马红军组织党员开展排查。", ("ORG", "马红军")) == ["马红军"]
    assert persons("唐二虎带领工作组检查。", ("ORG", "唐二虎带领工作组")) == ["唐二虎"]


@pytest.mark.parametrize(
    "text",
    [
        "党员带领群众开展消杀。",
        "全镇组织人员排查。",
        "同时安排专人值守。",
        "黄冈一行来到卡点。",
        "何家湾召开专题会议。",
        "各乡镇不等不靠,从卡点值守到沿江巡逻。",  # 从 (from) before a kind of place, no surname
    ],
)
def test_a_word_a_place_or_a_body_opening_a_clause_is_no_name(text: str) -> None:
    assert persons(text) == []


def test_a_place_the_model_reads_with_a_places_ending_is_no_name() -> None:
    assert persons("冯庄发现一名发热人员。", ("LOC", "冯庄")) == []


def test_a_name_the_article_writes_before_a_divisions_ending_is_that_place() -> None:
    assert persons("韦曲召开专题会议。韦曲街道发布通告。") == []


@pytest.mark.parametrize("text", ["严格落实扫码、测温、戴口罩要求。", "商超、门店每天进行消杀。"])
def test_an_item_after_the_list_comma_opens_no_clause(text: str) -> None:
    assert persons(text) == []


def test_an_adverb_after_a_double_surnames_name_is_not_its_last_character() -> None:
    assert persons("遇到行动不便的老人,上官婷就上门采样。", ("PER", "上官婷")) == ["上官婷"]


def test_a_count_before_a_title_opens_no_clause() -> None:
    assert persons("县市场监管局约谈等5家商超负责人,要求严格落实。") == []


@pytest.mark.parametrize(
    ("text", "nickname"), [("网格员老林说,大家都很配合。", "老林"), ("护士小王说,请放心。", "小王")]
)
def test_a_mark_of_familiar_address_and_a_surname_after_a_title_is_no_name(text: str, nickname: str) -> None:
    assert persons(text, ("PER", nickname)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("县长东方国栋到东门社区调研。", "东方国栋"), ("副县长东方金花、温桂芳分别带队督导。", "东方金花")],
)
def test_a_double_surname_that_is_an_everyday_word_opens_a_name_after_a_title(text: str, name: str) -> None:
    assert name in persons(text)


def test_the_model_reading_a_name_from_the_second_character_of_a_double_surname_takes_it_whole() -> None:
    assert persons("随后,夏侯静查看出入登记台账。", ("PER", "侯静")) == ["夏侯静"]


def test_a_name_of_one_character_after_a_double_surname_opening_an_item_takes_it_whole() -> None:
    """`4栋:端木宁`: the model read 木宁; after the item's label the double surname opens the name."""
    assert persons("楼栋长名单\n3栋:何文涛 4栋:端木宁", ("PER", "何文涛"), ("PER", "木宁")) == [
        "何文涛",
        "端木宁",
    ]


def test_a_place_opened_by_a_double_surname_stays_a_place() -> None:
    assert persons("东方红村开展排查。", ("LOC", "东方红村")) == []


def test_two_characters_after_half_a_double_surname_that_are_no_name_stay_out() -> None:
    assert persons("全县召开疫情防控工作第五场新闻发布会。", ("PER", "五场")) == []


def test_a_numbered_session_in_brackets_is_no_author() -> None:
    assert persons("县新冠肺炎疫情防控工作新闻发布会(第五场)\n全县无新增病例。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("庞帅(右一)正在为群众登记。", "庞帅"),
        ("文梓涵(左二)为群众测温。", "文梓涵"),
        ("黄立新(中间)在卡点值守。", "黄立新"),
    ],
)
def test_a_name_before_its_place_in_a_photo_is_a_person(text: str, name: str) -> None:
    assert persons(text) == [name]


def test_a_risk_level_in_brackets_places_no_one() -> None:
    assert persons("高风险(中)地区来返人员须报备。") == []


def test_a_body_the_model_reads_ending_in_the_verb_is_no_name_and_its_verb() -> None:
    assert persons("据经合组织发表的报告预测。", ("ORG", "经合组织")) == []


@pytest.mark.parametrize(
    ("text", "run"), [("高勇带队督导复工复产。", "高勇带队"), ("万志明带队检查卡点。", "万志明带队")]
)
def test_a_name_and_a_verb_the_model_runs_together_as_a_body_is_the_name(text: str, run: str) -> None:
    # 带队 names no body (组织 does: 经合组织), so the model's body over the name and its verb is none
    assert persons(text, ("ORG", run)) == [run[:-2]]


def test_but_before_a_verb_is_the_adverb() -> None:
    assert persons("作为预备党员的他,却连组织关系都无法落户。") == []


def test_the_names_of_a_rosters_items_are_persons() -> None:
    """A contact list under its header: each item's name after its label, before its phone number, is a person;
    a surname and a title (`李村长`) is none, and the list ends where its items do."""
    text = (
        "网格员联系方式:\n东兴家园:赫连晓东 150****6634\n海韵小区:孟繁荣 133****5108\n红星村:李村长 13800000000\n"
        "社区值班电话:0415-7126603\n值班人员:宫雪\n"
    )
    assert persons(text) == ["赫连晓东", "孟繁荣"]
