"""A notice's measures are ordered by the body that issues it: the body that signs it, else the one that studied it
(`经县防指研究,现将…通告如下`), else the one whose document the headline names."""

from __future__ import annotations

from epikg.extract.notices import find_notice
from epikg.read.normalize import split_sentences
from epikg.records import EntityType, Mention


def _notice(text: str, bodies: list[str]) -> tuple[str, str] | None:
    """The notice's issuer and its text, the bodies read wherever the text names them."""
    mentions = []
    for name in bodies:
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(name, EntityType.ORGANIZATION, at, at + len(name), "test"))
            at = text.find(name, at + 1)
    mentions.sort(key=lambda m: m.start)
    notice = find_notice(text, split_sentences(text), mentions)
    return (notice.issuer.text, text[notice.start : notice.end].strip()) if notice else None


def test_the_body_that_studied_the_notice_issues_it() -> None:
    text = "为做好防控工作,经县疫情防控指挥部研究,现将有关事项通告如下:\n一、全县暂停聚集性活动。\n二、农贸市场实行扫码。"
    assert _notice(text, ["县疫情防控指挥部"]) == (
        "县疫情防控指挥部",
        "一、全县暂停聚集性活动。\n二、农贸市场实行扫码。",
    )


def test_the_body_that_signs_the_notice_issues_it_and_the_notice_ends_there() -> None:
    text = (
        "根据省指挥部统一部署,现将有关事项通告如下:\n一、全县暂停聚集性活动。\n"
        "南县新冠肺炎疫情防控指挥部\n2022年1月5日\n责任编辑:王某\n县融媒体中心供稿"
    )
    issuer, body = _notice(text, ["省指挥部", "南县新冠肺炎疫情防控指挥部", "县融媒体中心"])
    assert issuer == "南县新冠肺炎疫情防控指挥部" and body == "一、全县暂停聚集性活动。"


def test_a_body_the_notice_lists_on_a_line_of_its_own_does_not_sign_it() -> None:
    text = (
        "团县委关于表彰抗疫青年突击队的决定\n全县组建青年突击队46支。\n一、青年突击队标兵\n"
        "县人民医院青年突击队\n县公安局青年突击队\n共青团南县委员会\n2020年5月4日"
    )
    bodies = ["团县委", "县人民医院青年突击队", "县公安局青年突击队", "共青团南县委员会"]
    issuer, body = _notice(text, bodies)
    assert issuer == "共青团南县委员会" and body.endswith("县公安局青年突击队")


def test_a_headline_that_names_a_body_and_its_document_makes_the_page_its_notice() -> None:
    text = "南县新冠肺炎疫情防控指挥部关于加强疫情防控工作的通告(第12号)\n一、全县暂停聚集性活动。\n二、落实扫码测温。"
    assert _notice(text, ["南县新冠肺炎疫情防控指挥部"]) == (
        "南县新冠肺炎疫情防控指挥部",
        "一、全县暂停聚集性活动。\n二、落实扫码测温。",
    )


def test_a_report_of_a_notice_is_no_notice() -> None:
    text = "1月14日,南县新冠肺炎疫情防控指挥部发布通告,全县实行封闭管理。记者了解到,各村设立卡点。"
    assert _notice(text, ["南县新冠肺炎疫情防控指挥部"]) is None
    # a headline that goes on after the document's word reports it
    text = "南县新冠肺炎疫情防控指挥部发布通告 全县实行封闭管理\n各村设立卡点。"
    assert _notice(text, ["南县新冠肺炎疫情防控指挥部"]) is None


def test_a_notice_whose_issuer_the_page_never_names_has_none() -> None:
    text = "为做好防控工作,现将有关事项通告如下:\n一、全县暂停聚集性活动。"
    assert _notice(text, []) is None


def test_each_measure_a_notice_lists_is_its_issuers_order_unless_its_sentence_names_another(tmp_path) -> None:  # noqa: ANN001
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "n.txt"
    page.write_text(
        "南县新冠肺炎疫情防控指挥部关于加强疫情防控工作的通告\n"
        "为做好防控工作,现将有关事项通告如下:\n"
        "一、全县KTV、网吧暂停营业。\n"
        "二、县卫健局在各乡镇设立核酸采样点。\n"
        "南县新冠肺炎疫情防控指挥部\n",
        encoding="utf-8",
    )
    ordered = {m.category: m.ordered_by for m in extract(read_article(page)).measures}
    assert ordered["venue_closure"] == "南县新冠肺炎疫情防控指挥部"
    assert ordered["mass_testing"] == "南县卫健局"
