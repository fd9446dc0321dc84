"""The publication date: read from the page's own date line, never from the story."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from epikg.read.normalize import fold
from epikg.read.pagemeta import read_meta
from epikg.read.publication_date import date_labels, read_published

# Made-up prose: long and punctuated, so the header ends at its first line.
STORY = (
    "全镇干部群众坚守一线,做好排查登记、卡点值守和物资保障等各项工作,"
    "确保各项防控措施落实到位,切实守护好人民群众的生命安全和身体健康。\n"
)
TITLE = "某某镇扎实做好疫情防控工作"
TODAY = date(2024, 6, 1)


def published(page: str, *, today: date = TODAY) -> date | datetime | None:
    return read_published(_lines(page), today=today)[0]


def dropped(page: str, *, today: date = TODAY) -> tuple[str, ...]:
    return read_published(_lines(page), today=today)[1]


def _lines(page: str) -> list[tuple[int, str]]:
    lines, pos = [], 0
    for raw in page.split("\n"):
        if raw.strip():
            lines.append((pos + raw.index(raw.strip()[0]), raw.strip()))
        pos += len(raw) + 1
    return lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2020-02-03", date(2020, 2, 3)),
        ("2020/2/3", date(2020, 2, 3)),
        ("2020.02.03", date(2020, 2, 3)),
        ("2020-02-03 11:05", datetime(2020, 2, 3, 11, 5)),
        ("2020/2/3 9:05:30", datetime(2020, 2, 3, 9, 5, 30)),
        ("2020年2月3日", date(2020, 2, 3)),
        ("2020年02月03日 08:30", datetime(2020, 2, 3, 8, 30)),
        ("2020年2月3日10时15分", datetime(2020, 2, 3, 10, 15)),
        ("2020 年 2 月 3 日", date(2020, 2, 3)),
        ("二〇二〇年二月三日", date(2020, 2, 3)),
        ("二○二一年十二月二十八日", date(2021, 12, 28)),
        ("二零二二年十月三十日", date(2022, 10, 30)),
        ("二〇二〇年十一月十日", date(2020, 11, 10)),
        ("20-02-03 11:05", datetime(2020, 2, 3, 11, 5)),
        ("2020-02-03T11:05:00+08:00", datetime(2020, 2, 3, 11, 5)),
    ],
)
def test_numeric_and_written_forms_on_a_date_line(line: str, expected: date) -> None:
    assert published(f"{TITLE}\n{line}\n{STORY * 2}") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("发布时间:2020-02-03", date(2020, 2, 3)),
        ("发布日期: 2020年2月3日", date(2020, 2, 3)),
        ("【发布时间】2020-02-03 10:00", datetime(2020, 2, 3, 10, 0)),
        ("来源:某某县人民政府 时间:2020-02-05", date(2020, 2, 5)),
        ("来源:某某县融媒体中心  日期:2020/2/5  浏览次数:120", date(2020, 2, 5)),
        ("作者:张明 发布时间:2020-02-05来源:某某镇人民政府", date(2020, 2, 5)),
        ("发表于 2020-2-5 09:12 | 只看该作者", datetime(2020, 2, 5, 9, 12)),
        ("发布于:2021年8月4日 星期三", date(2021, 8, 4)),
    ],
)
def test_labelled_date_lines(line: str, expected: date) -> None:
    assert published(f"{TITLE}\n{line}\n{STORY * 2}") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("某某日报 2022-04-06 09:18", datetime(2022, 4, 6, 9, 18)),
        ("某某县融媒体中心2022-04-06", date(2022, 4, 6)),
        ("2022-04-06 来源:某某网 编辑:李华", date(2022, 4, 6)),
        ("记者 王强 | 2022年4月6日", date(2022, 4, 6)),
    ],
)
def test_date_beside_the_outlet_or_byline(line: str, expected: date) -> None:
    assert published(f"{TITLE}\n{line}\n{STORY * 2}") == expected


def test_traditional_date_line_reads_after_folding() -> None:
    page = fold(f"{TITLE}\n發佈時間：２０２０年２月３日　星期一\n{STORY * 2}")
    assert read_meta(page).published == date(2020, 2, 3)


def test_label_alone_on_the_line_before_the_date() -> None:
    assert published(f"{TITLE}\n发布日期:\n2020-02-03\n{STORY * 2}") == date(2020, 2, 3)


def test_empty_label_does_not_take_a_story_date() -> None:
    assert (
        published(f"发布日期:\n{TITLE}\n2020年2月2日晚,全县召开疫情防控工作会议,部署下一步工作安排。\n")
        is None
    )


@pytest.mark.parametrize(
    "story",
    [
        "2月2日晚,全县召开疫情防控调度会,研究部署下一步防控工作,要求各乡镇严格落实。",
        "2020年2月2日晚,全县召开疫情防控调度会,研究部署下一步防控工作,要求各乡镇严格落实。",
        "全县自2020年1月25日起启动一级响应,各乡镇严格落实卡点值守,做好返乡人员登记。",
        "截至2020年2月3日24时,全县累计排查返乡人员三千余人,均已落实居家观察措施。",
        "本报讯 2020年2月3日上午,县委书记到卡点检查疫情防控工作,慰问一线值守人员。",
    ],
)
def test_date_in_the_story_is_not_the_publication_date(story: str) -> None:
    assert published(f"{TITLE}\n{story}\n{STORY}") is None


def test_date_run_into_a_headline_is_not_read() -> None:
    assert published(f"2020年2月3日全县疫情防控工作通报\n{STORY * 2}") is None


@pytest.mark.parametrize(
    "foot",
    [
        "2020年2月3日",
        "(2020-02-03)",
        "二〇二〇年二月三日",
        "责任编辑:李华 2020-02-03",
        # the reporter's outlet before the role, a name of a minority people in two parts
        "伊犁日报记者 孙雅琴\u3000通讯员 迪力亚尔·吾守尔\u30002020年2月3日",
    ],
)
def test_date_at_the_foot_of_the_article(foot: str) -> None:
    assert published(f"{TITLE}\n{STORY * 3}{foot}\n") == date(2020, 2, 3)


def test_foot_date_with_other_words_is_not_read() -> None:
    page = f"{TITLE}\n{STORY * 3}GMT+8, 2024-5-2 14:20 , Processed in 0.04 second(s)\n"
    assert published(page) is None


def test_generic_label_below_the_header_is_a_meeting_time_not_the_page() -> None:
    page = f"{TITLE}\n{STORY}时间:2020年2月3日上午9时 地点:县政府三楼会议室\n{STORY}"
    assert published(page) is None


def test_labelled_beats_bare_in_the_header() -> None:
    page = f"{TITLE}\n2020-03-06\n发布时间:2020-02-15\n{STORY * 2}"
    assert published(page) == date(2020, 2, 15)


def test_header_beats_foot() -> None:
    assert published(f"{TITLE}\n2020-02-15\n{STORY * 2}2020年2月20日\n") == date(2020, 2, 15)


def test_published_label_at_the_foot_beats_a_bare_header_date() -> None:
    page = f"{TITLE}\n2020-03-06\n{STORY * 2}发布时间:2020-02-15\n"
    assert published(page) == date(2020, 2, 15)


def test_update_label_yields_to_a_publication_label() -> None:
    page = f"{TITLE}\n更新时间:2020-02-20 发布时间:2020-02-15\n{STORY * 2}"
    assert published(page) == date(2020, 2, 15)


def test_update_label_alone_is_read() -> None:
    assert published(f"{TITLE}\n更新时间:2020-02-20 16:37:26\n{STORY * 2}") == datetime(
        2020, 2, 20, 16, 37, 26
    )


def test_todays_banner_with_a_label_is_not_read() -> None:
    assert published(f"今天是:2024年5月30日\n{TITLE}\n{STORY * 2}") is None


def test_bare_date_with_weekday_is_a_banner() -> None:
    assert published(f"2024年5月30日 星期四\n{TITLE}\n2020-02-15\n{STORY * 2}") == date(2020, 2, 15)


def test_period_is_not_a_date() -> None:
    assert published(f"{TITLE}\n2020.1.25-2020.2.10\n{STORY * 2}") is None
    assert published(f"{TITLE}\n2020年1月25日至2020年2月10日\n{STORY * 2}") is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("发布时间:2020-02-30", "no such day"),
        ("发布时间:2018-02-03", "before 2019"),
        ("发布时间:2025-02-03", "after today"),
        ("发布时间:2020-02-03 25:10", "no such day"),
    ],
)
def test_impossible_date_is_dropped_and_reported(line: str, why: str) -> None:
    page = f"{TITLE}\n{line}\n{STORY * 2}"
    assert published(page) is None
    assert len(dropped(page)) == 1 and why in dropped(page)[0]


def test_impossible_date_yields_to_the_next_candidate() -> None:
    page = f"{TITLE}\n发布时间:2020-13-03\n{STORY * 2}2020年2月3日\n"
    assert published(page) == date(2020, 2, 3)


def test_story_dates_are_not_reported_as_dropped() -> None:
    assert dropped(f"{TITLE}\n{STORY}2035年2月2日晚,全县召开会议,部署下一步防控工作。\n") == ()


def test_read_meta_carries_what_was_dropped() -> None:
    meta = read_meta(f"{TITLE}\n发布时间:2020-02-30\n{STORY * 2}")
    assert meta.published is None and meta.dropped


def test_label_file_kinds_are_known() -> None:
    assert set(date_labels().values()) <= {"published", "generic", "updated", "banner"}
    assert date_labels()["发布时间"] == "published"
