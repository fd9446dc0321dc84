"""Bodies a page's furniture names besides its outlet: its site, a repost's account, the site's holder and host."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace

from epikg.document import BuildOptions, Job, Resources, build_document
from epikg.read.page_bodies import find_page_bodies

EK = Namespace("https://w3id.org/epikg/ontology#")
SCHEMA = Namespace("https://schema.org/")


def _bodies(*lines: str) -> list[str]:
    numbered, at = [], 0
    for line in lines:
        numbered.append((at, line))
        at += len(line) + 1
    return [name for _, _, name in find_page_bodies(numbered)]


@pytest.mark.parametrize(
    ("header", "site"),
    [
        ("垫江发布", "垫江发布"),  # a banner alone
        ("玉林新闻网 首页 | 时政 | 县区", "玉林新闻网"),  # before the navigation
        ("郧西论坛 › 郧西民生 › 问政郧西", "郧西论坛"),
        ("原创 盖州发布 盖州发布 2022年4月8日", "盖州发布"),  # a repost's account
        ("原创 敖汉教育 敖汉教育", "敖汉教育"),  # named twice, whatever its ending
        ("以下文章来源于某某公安 ,作者政治处", "某某公安"),  # the account a WeChat article was reposted from
        ("谷城县人民政府  |  首页 > 新闻动态", "谷城县人民政府"),  # a body's portal, before its navigation
        ("中国某某网 ? 某某日报 ? 首页 > 新闻", "中国某某网"),
        (
            "某某日报·新某某客户端  2022-03-19 23:36:56",
            "某某日报",
        ),  # its app, then the date  # `?` where the page lost its separators
    ],
)
def test_the_site_or_account_in_the_pages_header(header: str, site: str) -> None:
    assert _bodies(header, "新闻正文第一句话很长,说的是全县疫情防控工作的安排和部署情况。") == [site]


@pytest.mark.parametrize(
    "header",
    [
        "织密疫情防控网",  # a headline that ends like a site
        "首页 > 信息公开 > 疫情防控 > 新闻发布",  # navigation: its steps are sections, not sites
        "县委书记到一线督导 玉林新闻网",  # a line of words
        "全县核酸检测 | 首页",  # no body's name before the navigation
        "两岸新闻 › 大陆地方 › 正文",  # a breadcrumb from the site's section
        "即时新闻 | 大陆 | 国际",
        "某某频道 > 县市动态",
        "新闻中心 > 内地 > 辽宁",  # a portal's news section, first in its breadcrumb
        "新闻中心 >> 部门动态",
        "发布:2020-04-21 07:55 | 来源:柳州日报",  # the date line's label, no account
        "权威发布|某某市疫情防控工作第二场新闻发布会实录",  # a column's label before a headline
    ],
)
def test_headlines_and_navigation_name_no_site(header: str) -> None:
    assert _bodies(header, "新闻正文第一句话很长,说的是全县疫情防控工作的安排和部署情况。") == []


def test_the_holder_host_and_maker_of_the_site_in_its_footer() -> None:
    assert _bodies("主办:肃宁县人民政府办公室 承办:肃宁县融媒体中心") == [
        "肃宁县人民政府办公室",
        "肃宁县融媒体中心",
    ]
    assert _bodies("监利县人民政府主办 监利县人民政府办公室承办") == [
        "监利县人民政府",
        "监利县人民政府办公室",
    ]
    assert _bodies("版权所有:苍南县融媒体中心 技术支持:苍南县信息中心") == [
        "苍南县融媒体中心",
        "苍南县信息中心",
    ]


def test_a_sentence_on_who_runs_a_workshop_names_no_page_body() -> None:
    """`这家扶贫车间由某公司承办,2月24日复工`: prose goes on after 承办, no footer's furniture."""
    assert _bodies("这家扶贫车间由饶阳县鑫盛服饰有限公司承办,2月24日复工。") == []
    assert _bodies("主办单位:梨树县人民政府办公室 运行维护:梨树县融媒体中心") == [
        "梨树县人民政府办公室",
        "梨树县融媒体中心",
    ]
    assert _bodies("版权所有 未经授权禁止转载") == []  # no body named
    assert _bodies("© 每日头条 版权所有 本站部分内容转载自互联网,如有侵权请联系删除") == []  # a notice
    assert _bodies("Copyright 2016-2022 重庆市开州区人民医院 版权所有 渝ICP备12345678号") == [
        "重庆市开州区人民医院"
    ]


def test_a_body_credited_with_the_text_is_a_body_of_the_page() -> None:
    """`作者:县委宣传部`: the county's propaganda department wrote it; a person credited is a byline instead."""
    assert _bodies("发布时间:2020年2月6日 作者:县委宣传部") == ["县委宣传部"]
    assert _bodies("2020年2月6日 作者:田东县应急管理局 黄春兰") == ["田东县应急管理局"]
    assert _bodies("2020年2月6日 作者:张三") == []
    assert (
        _bodies("供稿:办公室 编辑:汤某某") == []
    )  # a kind of body with no name: which office, the page never says


def test_a_credited_body_on_the_date_line_is_no_outlet_cut_short(tmp_path: Path) -> None:
    """The run after a label's colon is the label's whole value: no outlet `委宣传部` from its tail."""
    from epikg.pipeline import read_article

    page = tmp_path / "p.txt"
    page.write_text(
        "标题\n发布时间:2020年2月6日 作者:县委宣传部\n正文第一句,全县开展排查。\n", encoding="utf-8"
    )
    article = read_article(page)
    assert article.outlet is None
    assert [b.name for b in article.page_bodies] == ["县委宣传部"]


def test_a_footer_body_is_an_organization_of_the_page_read_where_the_page_names_it(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(
        "苍南县全面开展疫情防控排查\n"
        "苍南县各乡镇设立卡点,对进出车辆和人员逐一登记测温,全县排查返乡人员三千余人。\n"
        "主办:县人民政府办公室 承办:苍南县融媒体中心\n",
        encoding="utf-8",
    )
    result = build_document(Job(str(page), "p"), Resources(BuildOptions(use_model=False)))
    graph = Graph().parse(data=result.ntriples, format="nt")
    found = {
        str(graph.value(graph.value(mention, EK.refersTo), SCHEMA.name))
        for mention in graph.subjects(EK.foundBy, Literal("page-line"))
    }
    assert found == {"苍南县人民政府办公室", "苍南县融媒体中心"}  # the bare body is the article's county's
