"""Bodies in forms that news prose writes and the genre shares, found by running the pipeline over a news
corpus's pages (MSRA train) and reading the bodies it missed or misread: a company's name that starts at its
place and not at the verb or caption word before it, a body's name that never runs over a verb's preposition,
and kinds of body the genre names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import rule_mentions
from epikg.records import EntityType


def bodies(text: str) -> list[str]:
    return [m.text for m in rule_mentions(text) if m.type is EntityType.ORGANIZATION]


# --- a company's registered name opens at its place, not at the words before it -------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("本次活动得到了平江县宏达建材有限公司的大力支持。", "平江县宏达建材有限公司"),
        ("图为平江县宏达建材有限公司员工在复工。", "平江县宏达建材有限公司"),
        ("图为郑州市金穗食品有限公司员工在复工。", "郑州市金穗食品有限公司"),
    ],
)
def test_a_companys_name_opens_at_its_place_not_at_a_verb_or_caption_word(text: str, body: str) -> None:
    assert bodies(text) == [body]


def test_a_company_named_without_a_place_opens_after_the_verbs_particle() -> None:
    assert bodies("活动得到了宏达建材有限公司的支持。") == ["宏达建材有限公司"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the town the works stand in, then the company registered under its province or city
        ("在石门镇湖南宏达建材有限公司，厂区门口设了登记点。", "湖南宏达建材有限公司"),
        ("在柳林镇郑州市金穗食品有限公司，工人正在测温。", "郑州市金穗食品有限公司"),
    ],
)
def test_a_companys_name_opens_at_its_province_or_city_after_the_town_it_stands_in(
    text: str, body: str
) -> None:
    assert bodies(text) == [body]


def test_a_companys_name_runs_back_over_no_counted_site_nor_by_whom() -> None:
    # `一处` counts a site; 由 says by whom it was built: the company's name (the model's to read) starts after them
    for text in (
        "在龙泉镇一处由河北建设集团股份有限公司承建的工地，工人未戴口罩。",
        "在龙泉镇一处河北建设集团有限公司的工地，工人未戴口罩。",
    ):
        assert not any("龙泉镇" in body for body in bodies(text))


# --- a body's name never runs back over the preposition of what another body does -----------------------------


def test_a_bodys_name_never_runs_back_over_a_preposition() -> None:
    assert bodies("县妇联积极为政府分忧，组织志愿者。") == ["县妇联"]


# --- kinds of body the genre names: mass organizations' full names, credit cooperatives, factories -------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("平江县妇女联合会组织志愿者。", "平江县妇女联合会"),
        ("县工商业联合会组织企业捐款。", "县工商业联合会"),
        ("县农村信用社捐款10万元。", "县农村信用社"),
        ("当天，县化肥厂恢复生产。", "县化肥厂"),
    ],
)
def test_kinds_of_body_the_genre_names(text: str, body: str) -> None:
    assert body in bodies(text)


# --- a village's body reaches back to the village's name, though the gazetteer does not list it ---------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("芦花村党支部书记王刚来到卡点。", "芦花村党支部"),
        ("石门镇芦花村党支部书记王刚来到卡点。", "芦花村党支部"),
        ("走进芦花村党支部活动室。", "芦花村党支部"),
    ],
)
def test_a_villages_body_reaches_back_to_the_villages_name(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "目前村党支部书记全部到岗。",
        "许多村党支部书记带头。",
        "贫困村党支部书记来到卡点。",
        "镇党委要求村党支部书记带头。",
    ],
)
def test_no_clause_opener_quantifier_kind_or_verb_names_a_village_before_its_body(text: str) -> None:
    assert not [b for b in bodies(text) if not b.startswith(("村", "镇"))]


# --- a team named by the people it is made of is a kind, quoted or after its place ----------------------------


@pytest.mark.parametrize("text", ["村里组建了“志愿者服务队”，每天巡逻。", "石门镇组建志愿者服务队。"])
def test_a_team_of_volunteers_is_a_kind_no_body(text: str) -> None:
    assert not [b for b in bodies(text) if b.endswith("队")]


def test_a_quoted_teams_own_name_is_still_a_body() -> None:
    assert "小喇叭宣传队" in bodies("“小喇叭宣传队”走村入户。")


def test_a_years_digits_open_no_villages_name() -> None:
    assert "年当村党支部" not in bodies("他2019年当村党支部书记。")


# --- no body's name runs back over a whole body and a clause after it -----------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("平江县供电公司保障超市用电。", "平江县供电公司"),
        ("县农商银行支持超市复工。", "县农商银行"),
    ],
)
def test_no_bodys_name_runs_back_over_a_body_and_a_verb(text: str, body: str) -> None:
    assert bodies(text) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县公安局城关派出所民警在卡点值守。", "县公安局城关派出所"),
        ("县卫健局疾控中心派出人员。", "县卫健局疾控中心"),
        ("县农业银行城关支行暂停营业。", "县农业银行城关支行"),
    ],
)
def test_a_unit_written_after_its_body_is_still_named_with_it(text: str, body: str) -> None:
    assert body in bodies(text)


def test_a_lists_last_item_before_an_adverb_of_all_is_a_body_of_the_lists_place() -> None:
    """`县人民医院、中医院、妇幼保健院均开设了发热门诊`: 均 says the same of every item; the last still ends there."""
    from epikg.ner import rule_mentions

    text = "县人民医院、中医院、妇幼保健院均开设了发热门诊。"
    assert "妇幼保健院" in {m.text for m in rule_mentions(text) if m.type.value == "organization"}


def test_a_verb_of_working_with_opening_a_clause_names_no_county() -> None:
    """会同 is a county of Hunan and the verb `together with`: after a comma, before a level's body, the verb."""
    from epikg.ner import rule_mentions

    text = "县疾控中心立即派出流调队员,会同县公安局开展流行病学调查。"
    found = rule_mentions(text)
    assert not [m for m in found if m.text.startswith("会同")]
    assert "县公安局" in {m.text for m in found if m.type.value == "organization"}


def test_the_county_named_elsewhere_in_the_article_keeps_its_body() -> None:
    from epikg.ner import rule_mentions

    text = "会同县委书记到卡点检查,会同县公安局加强巡逻。"
    assert "会同县公安局" in {m.text for m in rule_mentions(text) if m.type.value == "organization"}


def test_a_chains_branch_named_for_a_building_is_no_body() -> None:
    """`如家酒店(县政府店)`: the branch faces the county government; the page names no government there."""
    from epikg.ner import rule_mentions

    assert not [m for m in rule_mentions("如家酒店(县政府店)作为集中隔离点。") if m.text == "县政府"]
