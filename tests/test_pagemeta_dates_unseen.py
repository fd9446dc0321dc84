"""The publication date on page shapes the rules were not written on (issue 13, item 7): header lines of
portals, forums and e-papers, Traditional script, dates at the foot (credits, a notice's signature), and
story dates that are never the page's. Pages written for these tests, folded as the build folds them."""

from __future__ import annotations

import pytest

from helpers import DAY, STORY, TITLE, published_day


@pytest.mark.parametrize(
    "line",
    [
        "发布时间：2020年02月03日 10:20",
        "时间：2020-02-03",
        "信息来源：某某县卫健局　发布时间：2020-02-03　浏览次数：56",
        "[ 2020-02-03 ]",
        "2020-02-03 10:20:33　来源：某某县融媒体中心",
        "楼主| 发表于 2020-2-3 10:20",
        "发表于 2020-2-3 10:20:15 | 显示全部楼层",
        "来源：某某县人民政府  日期：2020年2月3日  作者：张明",
        "發布日期：2020年2月3日",
        "時間：2020-02-03 10:20",
        "發表於 2020-2-3 10:20",
        "作者：某某 来源：某某镇 时间：2020/02/03",
        "2020年2月3日 来源：某某县委宣传部",
        "来源：某某日报 | 2020-02-03 10:20",
        "文章来源：某某镇  发布者：管理员  发布时间：2020-2-3",
        "发布时间：2020年2月3日 09：30",
        "某某县人民政府网  2020年02月03日",
        "点击数：128  发布时间：2020-02-03",
        "发布时间:2020-02-03 来源:本站 【字体:大 中 小】",
        "日期：2020-2-3 来源：某某镇人民政府 作者：",
        "2020.2.3",
        "《某某日报》2020年2月3日 第2版",
        "【时间：2020-02-03】【来源：某某县】",
        "作者：张明 2020-02-03 10:20 阅读 1025",
        "稿源：某某日报 2020-02-03 10:20:33",
        "2020年2月3日16时 来源：某某县委宣传部",  # the hour alone after the date
        "2020年2月3日（週一） 09:12　來源：某某晚報　編輯：張明",  # a weekday in brackets, then the time, then the source
        "2020年2月3日 星期一 09:12 来源：某某县融媒体中心",
        "发布时间：2020年2月3日 9时",
        "2020年02月03日 星期一 第03版",  # an e-paper's issue, not a banner of today
        "2020年2月3日 星期一 第三版：要闻",
        "2020-02-03 08:37   分類:社會   閱讀:12563   來源:某某縣融媒體中心",  # 分 of 分类, no minutes
        "某某镇开展全员核酸检测 2020-02-03 08:15:33 某某县人民政府",  # a headline, its stamp and its site
    ],
)
def test_a_header_date_line(line: str) -> None:
    assert published_day(f"{TITLE}\n{line}\n{STORY * 2}") == DAY


@pytest.mark.parametrize(
    "foot",
    [
        "（2020年2月3日）",
        "编辑：张明 2020-02-03",
        "编辑：张明  审核：李四  2020-02-03",
        "发布时间：2020-02-03 10:20",
        "来源：某某县人民政府 2020-02-03",
        "（通讯员 张明）2020-02-03",
        "（通讯员 张明 李华）2020-02-03",
        "文/张明 2020.02.03",
        "【编辑：张明】 2020年2月3日",
        "某某县人民政府 2020年2月3日",
        "某某县新冠肺炎疫情防控工作指挥部 2020年2月3日",
        "某某县融媒体中心 2020-02-03",  # the outlet that signs the page
        "某某日报 2020年2月3日",
        "（二〇二〇年二月三日）",
        "责任编辑：张明 审核：李四 发布时间：2020-02-03",
        "（某某县人民政府 2020年2月3日）",  # a signature in brackets
        "2020年2月3日  某某县人民政府办公室",  # the date, then the body that signs
        "某某县人民政府办公室  2020年2月3日印发",  # the day it was issued
        "〔2020-02-03〕",
        "印发日期：2020年2月3日",
        "作者:张明 李华    来源:某某县融媒体中心    2020年02月03日 09:30",  # names apart, then the source
        "作者：某某县委组织部 张明　　2020年2月3日 16:48",  # the unit the author works in, then the name
        "（某某镇党建办　张明）　2020-02-03",  # a correspondent's unit and name in brackets
        "某某镇　阿依努尔·买买提　2020-02-03",  # the place it came from, the author, the date
        "某某县卫健局　张明　2020-02-03",
        "（作者:张明 李华 单位:某某县融媒体中心）2020-02-03",  # the authors' unit after their names
    ],
)
def test_a_date_at_the_foot(foot: str) -> None:
    assert published_day(f"{TITLE}\n{STORY * 3}{foot}\n") == DAY


def test_a_notices_signature_on_two_lines() -> None:
    page = f"{TITLE}\n{STORY * 3}某某县新冠肺炎疫情防控工作指挥部\n2020年2月3日\n"
    assert published_day(page) == DAY


def test_a_forum_posts_date_after_its_label() -> None:
    assert published_day(f"{TITLE}\n发帖时间:2020-2-3 10:21\n{STORY * 2}") == DAY


def test_of_the_dates_on_lines_of_their_own_below_the_story_the_last_is_the_pages() -> None:
    """A notice signed on the 2nd, its page credited on the 3rd: the credit's date is the page's."""
    page = f"{TITLE}\n{STORY * 3}某某县人民政府\n2020年2月2日\n(责任编辑:王芳) 2020-02-03\n"
    assert published_day(page) == DAY


def test_the_pages_address_beats_a_notices_signed_date() -> None:
    """The system that put the page up wrote its day into the address; the signature dates the notice."""
    page = f"http://www.xx.gov.cn/xwzx/202002/t20200203_123456.html\n{TITLE}\n{STORY * 3}某某县人民政府\n2020年2月2日\n"
    assert published_day(page) == DAY


@pytest.mark.parametrize(
    "page",
    [
        f"{TITLE}\n2月1日以来，全镇共排查返乡人员120人，落实居家观察措施，确保不漏一户不漏一人。\n{STORY}",
        f"{TITLE}\n截至2月3日24时，全镇累计排查返乡人员120人，均已落实居家观察措施，无一例确诊。\n{STORY}",
        f"{TITLE}\n{STORY}截至2020年2月3日，全县共设卡点35个，累计检查车辆一万余辆次。\n",
        f"{TITLE}\n{STORY}本通告自2020年2月3日起施行。\n",
        f"{TITLE}\n{STORY}2020年2月3日，县委书记张明到河口镇检查疫情防控工作。\n",
        f"{TITLE}\n{STORY}自即日起至2020年2月9日，全县暂停一切聚集性活动。\n",
        f"{TITLE}\n{STORY}时间：2020年2月3日上午9时\n地点：县政府三楼会议室\n",
        f"{TITLE}\n{STORY}（2020年2月3日至2月9日）\n",
        f"{TITLE}\n{STORY}Copyright © 2019-2024 某某县人民政府 版权所有\n",
        f"2024年5月30日 星期四\n{TITLE}\n{STORY * 2}",
        # related links at the foot: a headline and its date, no credit and no signature
        f"{TITLE}\n{STORY * 3}某某县召开疫情防控工作会议 2020-02-03\n",
        f"{TITLE}\n{STORY * 3}全县疫情防控工作通报 2020-02-03\n",
        f"{TITLE}\n{STORY * 3}全县疫情防控工作简报 2020-02-03\n",
        f"{TITLE}\n{STORY * 3}某某县人民政府2020年2月3日召开会议\n",
        f"{TITLE}\n{STORY * 3}（通讯员 张明）\n",
    ],
)
def test_no_page_date_where_the_page_shows_none(page: str) -> None:
    assert published_day(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "某某日报 2020年2月3日 星期一\n第02版:综合新闻\n" + TITLE + "\n" + STORY,  # an e-paper's masthead
        "今日某某  第2345期\n2020年2月3日 星期一 农历正月初十\n" + TITLE + "\n" + STORY,  # its issue number
    ],
)
def test_an_issues_date_with_its_weekday_next_to_its_page_or_number_is_the_pages(page: str) -> None:
    assert published_day(page) == DAY


def test_a_headlines_own_date_is_not_the_pages() -> None:
    page = "首页 > 民生\n某某县:通行证有效期统一延至2020年12月31日\n2020-02-03 17:45  来源:某某晚报\n" + STORY
    assert published_day(page) == DAY


@pytest.mark.parametrize(
    "page",
    [
        TITLE + "\n" + STORY + "编辑:张明\n相关新闻\n2020-01-16 某某县第五轮核酸检测工作有序开展\n"
        "2020-01-14 某某县致全县居民的一封信\n",  # a list of related articles
        "最新发布\n2020-01-31 某某县五一假期疫情防控提示\n2020-01-28 某某县开展核酸检测\n"
        + TITLE
        + "\n"
        + STORY,
        TITLE
        + "\n"
        + STORY
        + "上一篇:某某县召开疫情防控专题会议(2020-01-10)\n下一篇:某某县启动春运工作(2020-01-15)\n",
        "打印时间:2020-02-03 10:00\n" + TITLE + "\n" + STORY,  # the day it was printed
    ],
)
def test_the_dates_of_other_articles_or_of_printing_are_not_the_pages(page: str) -> None:
    assert published_day(page) is None


@pytest.mark.parametrize("control", ["回复", "只看楼主", "来自手机"])
def test_a_posts_stamp_under_it_dates_the_page_and_the_first_post_wins(control: str) -> None:
    page = f"{TITLE}\n{STORY}2020-2-3 10:29 {control}\n谢谢楼主分享\n2020-2-5 08:11 {control}\n"
    assert published_day(page) == DAY


@pytest.mark.parametrize(
    "line",
    [
        "2020-2-3 10:29 全镇召开疫情防控工作会议",  # more than a control word: a list of articles, a schedule
        "截至2020-2-3 10:29",  # not at the line's start
        "2020-2-3 回复",  # no time of day: not a machine's stamp
    ],
)
def test_a_date_line_that_is_no_posts_stamp_is_not_the_pages(line: str) -> None:
    assert published_day(f"{TITLE}\n{STORY}{line}\n") is None


@pytest.mark.parametrize(
    "header",
    [
        "某某日报数字报\n2020年02月03日 星期一\n当前版:A03版:县区新闻\n上一版  下一版\n",  # the page's letter, no 第
        "某某日报数字报\n某某日报 2020年02月03日 星期一 农历庚子年正月初十\n通版阅读请点击:\n",  # the masthead
    ],
)
def test_an_e_papers_issue_date_over_its_page_is_the_pages(header: str) -> None:
    assert published_day(header + TITLE + "\n" + STORY) == DAY


def test_a_date_after_a_credit_of_a_label_a_role_and_names_is_the_pages() -> None:
    assert published_day(f"{TITLE}\n{STORY}作者:记者 何小娅 通讯员 卓志斌   2020年2月3日\n") == DAY


@pytest.mark.parametrize(
    "line",
    [
        "2020年2月3日 星期一 | 第02版：要闻 | 上一版 下一版",  # the page of the issue past a bar
        "第3版：乡镇传真　2020年2月3日　星期一",  # the page of the issue before the date
    ],
)
def test_an_issues_date_and_weekday_with_its_page_on_the_same_line_is_the_pages(line: str) -> None:
    # a blank line and the headline under it: no story's first sentence right below the date
    assert published_day(f"某某报 电子版\n{line}\n\n{TITLE}\n{STORY}") == DAY


def test_a_banner_of_today_under_a_sites_name_is_still_no_issue_date() -> None:
    assert published_day("某某县人民政府网\n2020年02月03日 星期一\n" + TITLE + "\n" + STORY) is None


def test_a_date_and_weekday_under_the_trail_to_the_article_is_the_articles() -> None:
    """`環球資訊港 > 新聞中心 > 大陸 > 正文` over `2020年2月14日 星期五 10:26`: the trail's last step is the article's
    own page, so the date line under it is the article's, not a banner of today; under a site's menu it is one."""
    assert (
        published_day("某某网 > 新闻中心 > 正文\n2020年2月3日 星期一 10:26\n" + TITLE + "\n" + STORY) == DAY
    )
    assert published_day("某某网 > 新闻中心 > 要闻\n2020年2月3日 星期一\n" + TITLE + "\n" + STORY) is None


@pytest.mark.parametrize(
    "header",
    [
        # a message board's thread: the message's day, the reply later
        "网友:某某游子2020    留言时间:2020-02-03 20:41\n关于卡点排队的问题\n回复单位:某某县疫情防控指挥部\n"
        "回复时间:2020-02-07 16:03",
        "信件编号:XZXX-2020-0043\n写信人:吴**    写信时间:2020年2月3日 10:26\n回复时间:2020年2月8日",
        # a hotline's public case: the day it was made public, after the letter's
        "来 信 人:杨**    来信时间:2020-01-30 08:51\n办结时间:2020-02-01 18:20\n公开时间:2020-02-03",
        # an open-government page: its date line with its source, not the day the document was generated
        "2020-02-03 10:05　来源:某某市人民政府网站　浏览:1205\n发布机构:某某镇人民政府　生成日期:2020-01-30",
    ],
)
def test_the_date_of_a_message_board_thread_or_an_open_government_page(header: str) -> None:
    assert published_day(f"{TITLE}\n{header}\n{STORY}") == DAY


def test_a_reposts_own_date_line_before_the_originals() -> None:
    page = f"{TITLE}\n2020-02-03 08:12　某某快讯网　转载自:某某新闻网\n2020年02月01日 17:40　来源:某某县融媒体中心\n{STORY}"
    assert published_day(page) == DAY
