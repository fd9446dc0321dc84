"""Page metadata on the shapes of the second pages battery (bench/passages/pages2): labels of a page's edits and
of its crawl, short years, weekdays under a headline, dated link lists, and outlets beside a date line. Pages
written for these tests, folded as the build folds them."""

from __future__ import annotations

from datetime import date

import pytest

from epikg.read.normalize import fold
from epikg.read.pagemeta import read_meta

STORY = (
    "全镇干部群众坚守一线，做好排查登记、卡点值守和物资保障等各项工作，"
    "确保各项防控措施落实到位，切实守护好人民群众的生命安全和身体健康。\n"
)
TITLE = "某某镇扎实做好疫情防控工作"
DAY = date(2020, 2, 3)


def published_day(page: str) -> date | None:
    value = read_meta(fold(page)).published
    return value.date() if hasattr(value, "date") else value


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
