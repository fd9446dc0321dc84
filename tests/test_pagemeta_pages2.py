"""Page metadata on the shapes of the second and third pages batteries (bench/passages/pages2, pages3): labels of
a page's edits and of its crawl, short years, weekdays under a headline, dated link lists and comments, meeting
times, and outlets beside a date line, in an e-paper's masthead, a credit's unit or a notice's signature. Pages
written for these tests, folded as the build folds them."""

from __future__ import annotations

from datetime import date

import pytest

from epikg.read.normalize import fold
from epikg.read.pagemeta import read_meta
from helpers import DAY, STORY, TITLE, credited, published_day

# A page of short paragraphs: no line is long enough to end the header, as on many county sites.
SHORT = "全镇干部群众坚守一线，做好排查登记工作。\n"


@pytest.mark.parametrize(
    "line",
    [
        "修改时间：2020-03-04 09:00 | 发布时间：2020-02-03 17:12",  # the last edit, written first
        "修改日期：2020年3月4日　发布日期：2020年2月3日",
    ],
)
def test_an_edit_label_yields_to_the_publication_label(line: str) -> None:
    assert published_day(f"{TITLE}\n{line}\n{STORY * 2}") == DAY


@pytest.mark.parametrize(
    "crawl",
    ["抓取时间：2023-05-17 03:12:44", "采集时间：2023-05-18 11:02", "访问日期：2023年5月18日"],
)
def test_the_crawl_record_is_not_the_pages_date(crawl: str) -> None:
    assert published_day(f"{crawl}\n{TITLE}\n{STORY * 2}") is None
    assert published_day(f"{crawl}\n{TITLE}\n发布时间：2020-02-03 10:05\n{STORY * 2}") == DAY


@pytest.mark.parametrize(
    "line",
    [
        "楼主　某某网友　发表于 20/02/03 09:12　只看该作者",  # a forum's short year, with its time
        "发布：20/02/03 14:05　　某某县融媒体中心",
    ],
)
def test_a_short_year_with_slashes_and_a_time(line: str) -> None:
    assert published_day(f"{TITLE}\n{line}\n{STORY * 2}") == DAY


def test_a_short_year_with_slashes_alone_is_no_date() -> None:
    assert published_day(f"{TITLE}\n20/02/03\n{STORY * 2}") is None


@pytest.mark.parametrize(
    "line",
    ["日期：20-02-03", "发布时间：20.02.03　　来源：某某县融媒体中心", "【发布日期】20/2/3"],
)
def test_a_short_year_right_after_a_date_label(line: str) -> None:
    assert published_day(f"{TITLE}\n{line}\n{STORY * 2}") == DAY


@pytest.mark.parametrize(
    "line",
    ["编号：20-02-03", "电话：20-02-03", "日期：20-02-03-15", "日期：120-02-03"],
)
def test_a_short_year_without_a_date_label_or_run_into_digits_is_no_date(line: str) -> None:
    assert published_day(f"{TITLE}\n{line}\n{STORY * 2}") is None


@pytest.mark.parametrize(
    "line",
    [
        "2020年02月03日 10:21　星期一　　某某县融媒体中心",  # the outlet after the weekday
        "2020年2月3日　周一　　来源：某某日报",  # the source label after it
        "2020年2月3日　週一　　來源：某某縣融媒體中心",  # in Traditional script
    ],
)
def test_a_weekday_date_followed_by_the_pages_source_is_the_pages(line: str) -> None:
    assert published_day(f"某某县融媒体中心\n首页　新闻　视频\n{TITLE}\n{line}\n{TITLE}\n{STORY * 2}") == DAY


def test_a_weekday_date_over_the_story_is_the_pages() -> None:
    assert published_day(f"{TITLE}\n2020-02-03　星期一\n{STORY * 2}") == DAY


@pytest.mark.parametrize(
    "banner",
    [
        "2024年5月30日　星期四　欢迎访问某某县人民政府",  # a greeting ending in a body's name
        "2024年5月30日　星期四　天气：晴",
        "2024年5月30日　星期四",
    ],
)
def test_a_weekday_date_over_the_sites_name_stays_a_banner(banner: str) -> None:
    assert published_day(f"{banner}\n某某县人民政府\n首页 | 新闻中心\n{TITLE}\n{STORY * 2}") is None


def test_a_mojibake_mark_where_the_labels_colon_was() -> None:
    assert published_day(f"{TITLE}\n发布时间?2020-02-03 11:02??来源?某某县人民政府\n{STORY * 2}") == DAY


@pytest.mark.parametrize(
    "address",
    [
        "http://www.example.gov.cn/art/2020/2/3/art_2031_57712.html",
        "页面地址：http://www.example.gov.cn/xwzx/202002/t20200203_123456.html",
    ],
)
def test_the_date_in_the_pages_own_address(address: str) -> None:
    assert published_day(f"{address}\n{TITLE}\n{STORY * 2}") == DAY
    # the page's date line, where it prints one, beats its address
    assert published_day(f"{address}\n{TITLE}\n发布时间：2020-02-05\n{STORY * 2}") == date(2020, 2, 5)


def test_an_address_with_no_date_gives_none() -> None:
    assert published_day(f"http://www.example.cn/news/show.asp?id=20200203\n{TITLE}\n{STORY * 2}") is None


def test_related_headlines_each_followed_by_its_date_are_not_the_pages() -> None:
    page = f"{TITLE}\n{SHORT}相关阅读\n某某县召开疫情防控工作会议　2020-02-03\n某某县开展健康教育进万家活动　2020-02-01\n"
    assert published_day(page) is None


def test_a_documents_date_cited_in_a_sentence_is_not_the_pages() -> None:
    page = f"{TITLE}\n现将《某某市疫情防控工作方案》（2020年2月1日）转发给你们，请认真贯彻落实。\n某某县人民政府办公室\n2020年2月3日\n"
    assert published_day(page) == DAY


def test_the_dates_of_comments_are_not_the_pages() -> None:
    comments = "网友评论（2）\n某某网友　2020-02-05 12:00\n辛苦了！\n匿名用户　2020-02-06 08:10\n加油！\n"
    assert published_day(f"{TITLE}\n{SHORT}{comments}") is None
    assert published_day(f"{TITLE}\n2020-02-03 15:40　来源：某某县融媒体中心\n{SHORT}{comments}") == DAY


def outlet(page: str) -> str | None:
    found = read_meta(fold(page)).outlet
    return found.value if found else None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "【发布日期：2020年2月3日】　【信息来源：某某县人民政府办公室】　【点击率：876】",
            "某某县人民政府办公室",
        ),
        ("发布时间?2020-02-03 11:02??来源?某某县人民政府??作者?佚名", "某某县人民政府"),  # mojibake colons
        ("日期：2020-02-03　供稿：某某县交通运输局　撰稿：张明", "某某县交通运输局"),
        ("作者：张明　　作者单位：某某县疾病预防控制中心", "某某县疾病预防控制中心"),
    ],
)
def test_a_source_line_in_brackets_with_mojibake_or_naming_the_supplier(line: str, name: str) -> None:
    assert outlet(f"{TITLE}\n{line}\n{STORY}") == name


@pytest.mark.parametrize(
    "line",
    [
        "2020年02月03日 10:21　星期一　　某某县融媒体中心",
        "2020.02.03　某某县融媒体中心",
        "发布：20/02/03 14:05　　某某县融媒体中心",
        "2020-02-03 | 某某市某某区融媒体中心",
    ],
)
def test_the_body_beside_the_headers_date_is_the_outlet(line: str) -> None:
    assert outlet(f"{TITLE}\n{line}\n{STORY}") in ("某某县融媒体中心", "某某市某某区融媒体中心")


def test_a_labels_value_beside_the_date_is_no_outlet() -> None:
    assert outlet(f"{TITLE}\n发布日期：2020-02-03　　版次：A2　　版名：综合新闻\n{STORY}") is None


def test_a_source_line_beats_the_body_beside_the_date() -> None:
    assert outlet(f"{TITLE}\n2020-02-03　某某县融媒体中心\n{STORY}来源：某某日报\n") == "某某日报"


@pytest.mark.parametrize(
    ("header", "name"),
    [
        (
            "今日某某  第2345期\n2020年2月3日 星期一",
            "今日某某",
        ),  # a county paper's name before its issue number
        ("某某日报 电子版\n2020年02月03日　星期一\n第03版：要闻　上一版　下一版", "某某日报"),
        ("某某晚报 数字报\n返回目录　|　版面导航", "某某晚报"),
    ],
)
def test_an_e_papers_masthead_is_the_outlet_over_its_publishers_copyright(header: str, name: str) -> None:
    assert outlet(f"{header}\n{TITLE}\n{STORY}版权所有 某某日报社　未经书面授权不得转载\n") == name


@pytest.mark.parametrize(
    ("credit", "name"),
    [("文/图　某某县融媒体中心　张明", "某某县融媒体中心"), ("记者　某某日报　李华　王强", "某某日报")],
)
def test_with_no_source_line_the_outlet_a_credit_names_as_its_unit(credit: str, name: str) -> None:
    assert outlet(f"{TITLE}\n{STORY}{credit}\n") == name


def test_a_credits_unit_that_is_no_outlet_names_none() -> None:
    assert outlet(f"{TITLE}\n{STORY}作者：某某县卫健局　张明\n") is None


@pytest.mark.parametrize(
    "links",
    [
        "热门文章　某某县召开冬季安全生产会议　2020-02-01\n",  # the list's header and its link on one line
        "相关新闻\n某某县召开冬季安全生产会议　2020-02-01\n",  # one link under the header
    ],
)
def test_a_single_link_of_a_list_is_not_the_page(links: str) -> None:
    assert published_day(f"{links}{TITLE}\n2020年2月3日 10:23 | 来源：某某县融媒体中心\n{SHORT}") == DAY
    assert published_day(f"{TITLE}\n{SHORT}{links}") is None


def test_a_meetings_time_under_a_generic_label_is_not_the_pages() -> None:
    page = "关于召开疫情防控工作会议的通知\n时间：2020年2月5日上午9时\n地点：县政府三楼会议室\n某某县疫情防控指挥部办公室\n"
    assert published_day(page) is None
    assert published_day(f"{page}发布于 2020-02-03\n") == DAY


def test_a_source_line_set_off_by_a_han_bar() -> None:
    assert outlet(f"{TITLE}\n来源丨某某区融媒体中心　2020-02-03 17:42\n{STORY}") == "某某区融媒体中心"


def test_an_account_before_its_posts_date_is_the_outlet() -> None:
    assert outlet(f"某某发布　2020-02-03 18:30　发表于山东\n{TITLE}\n{STORY}") == "某某发布"


@pytest.mark.parametrize(
    "foot",
    [
        "某某县疫情防控指挥部\n2020年2月3日\n（此件公开发布）\n",  # a note on its release under the date
        "某某县疫情防控指挥部\n发布于 2020-02-03\n",  # the page's date line under the signature
    ],
)
def test_the_signing_body_over_a_note_or_a_date_line(foot: str) -> None:
    assert outlet(f"关于暂停部分场所开放的通告\n{STORY}{foot}") == "某某县疫情防控指挥部"


def test_a_list_header_over_dated_links_signs_nothing() -> None:
    page = (
        f"{TITLE}\n{STORY}相关新闻\n2020-02-01 某某县召开疫情防控会议\n2020-01-30 某某县致全县居民的一封信\n"
    )
    assert outlet(page) is None


def test_a_source_naming_a_portal_and_its_paper_joined_by_a_hyphen() -> None:
    meta = read_meta(fold(f"{TITLE}\n2020年2月3日 08:15　来源：某某新闻网-某某日报　　原标题：某某\n{STORY}"))
    assert meta.outlet is not None and meta.outlet.value == "某某新闻网"
    assert "某某日报" in [found.value for found in meta.bodies]


def test_a_weekday_date_over_a_greeting_stays_a_banner() -> None:
    page = f"2024年5月30日　星期四\n欢迎访问某某县人民政府网站，祝您浏览愉快！\n{TITLE}\n{STORY * 2}"
    assert published_day(page) is None


def test_an_open_government_pages_day_of_opening_beats_the_day_it_was_made() -> None:
    page = f"发布机构：某某县人民政府办公室\n生成日期：2020-02-01\n公开日期：2020-02-03\n{TITLE}\n{STORY * 2}"
    assert published_day(page) == DAY


def test_an_issue_date_before_a_lettered_page_number_is_no_banner() -> None:
    assert published_day(f"某某日报\n2020年2月3日　星期一　第A03版\n{TITLE}\n{SHORT}") == DAY


def test_a_web_caches_date_is_not_the_pages() -> None:
    assert published_day(f"网页快照：2023年5月1日\n{TITLE}\n{STORY * 2}") is None


@pytest.mark.parametrize("source", ["发布者：管理员", "来源：本站原创"])
def test_a_cms_account_or_the_sites_own_copy_names_no_outlet(source: str) -> None:
    assert outlet(f"{TITLE}\n发布时间：2020-02-03　{source}\n{STORY}来源：某某县文化广电和旅游局\n") == (
        "某某县文化广电和旅游局"
    )


def test_a_weekday_date_at_the_foot_is_the_pages() -> None:
    """A portal's banner of today stands at the top; below the story a date with its weekday is the page's."""
    assert published_day(f"{TITLE}\n{STORY * 2}（通讯员　张明）\n2020年2月3日　星期一\n") == DAY


def test_a_date_after_credits_of_text_and_pictures_at_the_foot() -> None:
    assert published_day(f"{TITLE}\n{STORY * 2}文字：张明　图片：李华　2020/02/03\n") == DAY


def test_the_body_that_made_the_page_beside_its_date() -> None:
    assert outlet(f"{TITLE}\n2020.02.03 18:00　某某县融媒体中心出品\n{STORY}") == "某某县融媒体中心"


@pytest.mark.parametrize(
    "foot",
    [
        "2020-02-03　|　阅读 1256",  # a counter after its label and a space
        "录入：张明　发布：2020-02-03",  # who typed it in, and 发布 with its colon
        "日期：2020-02-03　　信息来源：某某县卫健局",  # a source label with its kind before it
    ],
)
def test_a_foot_date_line_with_counters_entry_credits_or_a_kind_of_source(foot: str) -> None:
    assert published_day(f"{TITLE}\n{STORY * 2}{foot}\n") == DAY


def test_publish_without_its_colon_runs_into_a_sentence() -> None:
    assert published_day(f"{TITLE}\n{STORY * 2}县指挥部发布2020年2月3日全县疫情防控情况。\n") is None


@pytest.mark.parametrize(
    "line",
    ["报名时间：2020年2月5日", "截止日期：2020-02-05", "开考时间：2020-02-05 09:00", "抓取于 2023-05-06"],
)
def test_an_events_time_or_a_crawl_in_a_short_pages_header_is_not_the_pages(line: str) -> None:
    assert published_day(f"{line}\n{TITLE}\n{SHORT}") is None
    assert published_day(f"{TITLE}\n{line}\n{SHORT}发布于 2020-02-03\n") == DAY


@pytest.mark.parametrize("line", ["信息时间：2020-02-03", "上传日期：2020-02-03", "【时间：2020-02-03】"])
def test_the_pages_own_time_labels_are_still_read(line: str) -> None:
    assert published_day(f"{TITLE}\n{line}\n{STORY * 2}") == DAY


def test_a_captions_credit_with_no_brackets() -> None:
    assert credited(f"{TITLE}\n{STORY}▲志愿者为返乡群众测量体温　张明　摄\n") == ["张明"]
    assert credited(f"{TITLE}\n{STORY}▲志愿者为返乡群众测量体温　张明　李华　摄\n") == ["张明", "李华"]


def test_an_account_in_quotes_before_its_platform() -> None:
    assert outlet(f"{TITLE}\n转载自：“某某发布”微信公众号\n{STORY}") == "某某发布"


@pytest.mark.parametrize(
    "foot",
    ["《某某日报》（2020年02月03日　第03版）", "《某某晚报》(2020-02-03 第A02版)"],
)
def test_an_e_papers_citation_of_its_issue_at_the_foot(foot: str) -> None:
    assert published_day(f"{TITLE}\n{STORY * 2}本版编辑：张明\n\n{foot}\n") == DAY


def test_a_book_cited_with_a_date_in_the_story_is_no_citation_of_the_page() -> None:
    assert published_day(f"{TITLE}\n{STORY * 2}《防控指南》（2020年02月03日修订）\n") is None


def test_an_address_before_the_icp_mark_is_no_outlet() -> None:
    assert outlet(f"{TITLE}\n{STORY}\n地址：滁州市琅琊区　　皖ICP备05003618号\n") != "滁州市琅琊区"


def test_a_sponsors_word_before_the_icp_mark_is_no_part_of_the_outlet() -> None:
    assert (
        outlet(f"{TITLE}\n{STORY}\n某某县人民政府办公室主办　　新ICP备05003456号\n") == "某某县人民政府办公室"
    )


@pytest.mark.parametrize("top", ["登录 | 注册\n  • 乡镇动态\n", "• 工作动态\n", "登录 注册 退出\n"])
def test_a_login_bar_and_a_bulleted_column_over_the_headline_are_not_it(top: str) -> None:
    """The headline is the first short line that is neither a bar of login buttons nor a bulleted column name."""
    page = fold(f"{top}绿春大水沟乡:停过民俗节日 劝停8次喜宴\n来源:中国红河 发布日期:2020-02-03\n{STORY * 2}")
    assert read_meta(page).title.value == "绿春大水沟乡:停过民俗节日 劝停8次喜宴"


def _headline(page: str) -> str | None:
    found = read_meta(fold(page)).title
    return found.value if found else None


@pytest.mark.parametrize(
    "top",
    [
        # a government portal: its name, its menu and the way to the page over the headline
        "青山县人民政府\n首页 | 政务公开 | 政务服务 | 互动交流\n您现在的位置:首页 > 新闻动态 > 部门动态\n\n",
        # a news site's name and tagline
        "青山新闻网 | 青山日报社主办\n首页  时政  民生  视频\n\n",
        # a county's two leading bodies as the masthead
        "中共青山县委 青山县人民政府\n",
        # a WeChat account's prompt to follow it
        "点击上方蓝字关注我们\n\n",
    ],
)
def test_the_headline_is_the_line_over_the_date_not_the_sites_masthead(top: str) -> None:
    page = (
        f"{top}县卫健委多措并举织密基层疫情防控网\n\n发布时间:2021-08-16 10:12  来源:县卫健委\n\n{STORY * 2}"
    )
    assert _headline(page) == "县卫健委多措并举织密基层疫情防控网"


def test_a_headline_on_two_lines_is_one_and_a_notices_number_is_none_of_it() -> None:
    assert _headline(
        f"城固县召开疫情防控工作调度会\n全面排查来城返城人员 严防疫情输入\n发布时间:2021-08-05\n{STORY * 2}"
    ) == ("城固县召开疫情防控工作调度会 全面排查来城返城人员 严防疫情输入")
    # the title as the browser shows it, right over the same headline, counts once
    page = f"各乡镇织密防控网_永丰新闻网\n各乡镇织密防控网\n——永丰县乡镇疫情防控工作扫描\n发布时间:2021-08-05\n{STORY * 2}"
    assert _headline(page) == "各乡镇织密防控网 ——永丰县乡镇疫情防控工作扫描"
    assert _headline(f"青山县疫情防控指挥部通告\n(2022年第7号)\n\n发布时间:2022-08-06\n{STORY * 2}") == (
        "青山县疫情防控指挥部通告"
    )


def test_a_title_as_the_browser_shows_it_loses_the_sites_name() -> None:
    page = f"关于全县疫情防控工作督查情况的通报_青山县人民政府网\n日期:2022/3/18 来源:县防控办\n{STORY * 2}"
    assert _headline(page) == "关于全县疫情防控工作督查情况的通报"
    page = f"蒲江融媒 | 第四轮全员核酸检测完成 全县上下同心守护蒲江防线\n原创 蒲江融媒 2022-09-05 22:18\n{STORY * 2}"
    assert _headline(page) == "第四轮全员核酸检测完成 全县上下同心守护蒲江防线"


def test_an_information_tables_fields_are_no_headline_but_its_title_field_is() -> None:
    table = "索 引 号:01407949-X/2020-00087  信息分类:工作总结\n发布机构:青山县合德镇人民政府  生成日期:2020-07-06\n"
    assert (
        _headline(f"{table}名    称:合德镇上半年疫情防控工作总结\n\n{STORY * 2}")
        == "合德镇上半年疫情防控工作总结"
    )
    assert (
        _headline(f"{table}\n合德镇上半年疫情防控工作总结\n\n{STORY * 2}") == "合德镇上半年疫情防控工作总结"
    )


@pytest.mark.parametrize(
    "line",
    [
        "高速卡口上的临时党支部",  # names a body, but no site's or body's own masthead: it has 的
        "沁县:构筑县乡村三级救治网 守护群众健康",  # a place, a colon, and what it did
        "各乡镇织密防控网 全县筑牢“铜墙铁壁”",  # ends its first part like a site, longer than one's name
    ],
)
def test_a_headline_that_ends_like_a_site_or_a_body_stays_the_headline(line: str) -> None:
    assert _headline(f"青山县人民政府\n首页 | 政务公开\n\n{line}\n发布时间:2021-08-16\n{STORY * 2}") == line


@pytest.mark.parametrize("line", ["定安这家企业转产消毒液,日产量达30吨!", "保供“最后一百米”打通了吗?"])
def test_a_headline_that_exclaims_or_asks_is_still_the_headline(line: str) -> None:
    assert _headline(f"{line}\n\n原创 定安发布 2022-08-14 10:00\n\n{STORY * 2}") == line


def test_a_hotlines_record_fields_are_no_headline() -> None:
    page = f"留言类型:咨询    留言领域:卫生·防疫\n炉山镇卡点排队太久,外省返乡人员到底要不要隔离?\n留言时间:2022-04-18 09:00\n{STORY * 2}"
    assert _headline(page) == "炉山镇卡点排队太久,外省返乡人员到底要不要隔离?"


def test_a_forum_threads_title_at_the_end_of_the_way_to_it_is_the_headline_where_no_other_is() -> None:
    page = f"居延论坛 - 额济纳人自己的网上家园\n首页 › 论坛 › 居延杂谈 › 【转】额济纳旗疫情防控指挥部通告(第1号)\n\n{STORY * 2}"
    assert _headline(page) == "额济纳旗疫情防控指挥部通告(第1号)"
    # a column's name at the end is none, and a headline of its own comes first
    column = f"首页 > 新闻中心 > 汉源要闻\n县委常委会召开会议 专题研究部署疫情防控工作\n发布时间:2022-09-03\n{STORY * 2}"
    assert _headline(column) == "县委常委会召开会议 专题研究部署疫情防控工作"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("[转帖] 青山镇:守好“西大门” 卡点连夜亮起来  [复制链接]", "青山镇:守好“西大门” 卡点连夜亮起来"),
        ("【转载】青山县新增2例无症状感染者 活动轨迹公布", "青山县新增2例无症状感染者 活动轨迹公布"),
        ("[民生] 回老家过了一道又一道卡,说说我看到的防疫", "回老家过了一道又一道卡,说说我看到的防疫"),
        ("【战疫一线】返乡青年的“隔离日记”", "返乡青年的“隔离日记”"),
        ("[转帖] 青山镇划定封控区、管控区、防范区(转)", "青山镇划定封控区、管控区、防范区"),
        # a notice's number after the headline and a tag with too little after it stay
        ("青山县疫情防控指挥部通告(第3号)", "青山县疫情防控指挥部通告(第3号)"),
        ("【通告】暂停集市", "【通告】暂停集市"),
    ],
)
def test_a_columns_or_forums_tags_and_a_reposts_marks_are_no_part_of_the_headline(
    line: str, headline: str
) -> None:
    page = f"{line}\n发布时间:2021-08-16 10:12\n{STORY * 2}"
    found = read_meta(fold(page)).title
    assert found.value == headline
    assert fold(page)[found.start : found.end] == headline  # the span is the headline's own
