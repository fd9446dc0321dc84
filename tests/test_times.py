"""Times: what a report's dates mean once the publication date is known.

Each row is a phrase of the genre, the article's publication date, and what it
resolves to: (text, begin, until, approx, lunar). `begin` None is an open start
(`截至4月1日`), `until` None a point or an open end (`自3月23日以来`). Rows with
an empty expectation are phrases that must not resolve at all.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from epikg.extract.times import resolve_times

D, DT = date, datetime
Expected = tuple[str, date | None, date | None, bool, bool]

TIMES: list[tuple[str, date | datetime | None, list[Expected]]] = [
    # a clock time: 约 inside it keeps the evening (jionlp's parse_time lost it), and is kept as approx
    (
        "2月2日晚上约9时30分,坐标苍南金乡镇",
        D(2020, 2, 3),
        [("2月2日晚上约9时30分", DT(2020, 2, 2, 21, 30), None, True, False)],
    ),
    (
        "2月2日晚上9时30分,坐标苍南",
        D(2020, 2, 3),
        [("2月2日晚上9时30分", DT(2020, 2, 2, 21, 30), None, False, False)],
    ),
    (
        "3月18日晚8点,镇党委书记主持召开紧急调度会",
        D(2022, 3, 19),
        [("3月18日晚8点", DT(2022, 3, 18, 20), None, False, False)],
    ),
    (
        "于2月3日12时起对所有道路实行交通管制",
        D(2020, 2, 5),
        [("2月3日12时起", DT(2020, 2, 3, 12), None, False, False)],
    ),
    # a part of day is an interval
    (
        "3月22日晚,南洲镇发现一例确诊病例",
        D(2022, 4, 6),
        [("3月22日晚", DT(2022, 3, 22, 18), DT(2022, 3, 22, 23, 59, 59), False, False)],
    ),
    (
        "2月14日上午,县长到疫区检查",
        D(2020, 2, 15),
        [("2月14日上午", DT(2020, 2, 14, 7), DT(2020, 2, 14, 11, 59, 59), False, False)],
    ),
    # how a clock time after a part of the day counts (data/time_periods.tsv)
    (
        "2月3日下午3点,镇里召开会议",
        D(2020, 2, 5),
        [("2月3日下午3点", DT(2020, 2, 3, 15), None, False, False)],
    ),
    (
        "2月3日午后2点,镇里召开会议",
        D(2020, 2, 5),
        [("2月3日午后2点", DT(2020, 2, 3, 14), None, False, False)],
    ),
    (
        "2月3日中午1点,镇里召开会议",
        D(2020, 2, 5),
        [("2月3日中午1点", DT(2020, 2, 3, 13), None, False, False)],
    ),
    (
        "2月3日上午10点半,镇里召开会议",
        D(2020, 2, 5),
        [("2月3日上午10点半", DT(2020, 2, 3, 10, 30), None, False, False)],
    ),
    (
        "2月3日凌晨12点,卡点开始值守",
        D(2020, 2, 5),
        [("2月3日凌晨12点", DT(2020, 2, 3, 0), None, False, False)],
    ),
    (
        "2月3日晚上12点,卡点开始值守",
        D(2020, 2, 5),
        [("2月3日晚上12点", DT(2020, 2, 4, 0), None, False, False)],
    ),
    ("2月3日晚上1点,卡点开始值守", D(2020, 2, 5), [("2月3日晚上1点", DT(2020, 2, 3, 1), None, False, False)]),
    (
        "2月3日下午十五点,镇里召开会议",
        D(2020, 2, 5),
        [("2月3日下午十五点", DT(2020, 2, 3, 15), None, False, False)],
    ),
    ("2月3日24时起,实行交通管制", D(2020, 2, 5), [("2月3日24时起", DT(2020, 2, 4, 0), None, False, False)]),
    (
        "2月3日晚上九点三十分,卡点开始值守",
        D(2020, 2, 5),
        [("2月3日晚上九点三十分", DT(2020, 2, 3, 21, 30), None, False, False)],
    ),
    (
        "2月3日夜,卡点通宵值守",
        D(2020, 2, 5),
        [("2月3日夜", DT(2020, 2, 3, 20), DT(2020, 2, 3, 23, 59, 59), False, False)],
    ),
    # open intervals
    (
        "截至4月1日,南县累计检测样本696494份",
        D(2022, 4, 6),
        [("截至4月1日", None, D(2022, 4, 1), False, False)],
    ),
    (
        "截止到8月2日,已完成首针接种9675人",
        D(2021, 8, 16),
        [("截止到8月2日", None, D(2021, 8, 2), False, False)],
    ),
    (
        "自3月23日以来,共摸排信息5000多条",
        D(2022, 4, 6),
        [("自3月23日以来", D(2022, 3, 23), None, False, False)],
    ),
    ("3月23日以来,共摸排信息5000多条", D(2022, 4, 6), [("3月23日以来", D(2022, 3, 23), None, False, False)]),
    (
        "从1月29日开始,网格员挨家挨户排查",
        D(2020, 2, 2),
        [("从1月29日开始", D(2020, 1, 29), None, False, False)],
    ),
    # closed intervals
    (
        "3月1日至3月5日开展全员核酸检测",
        D(2020, 3, 10),
        [("3月1日至3月5日", D(2020, 3, 1), D(2020, 3, 5), False, False)],
    ),
    (
        "3月1日至5日开展全员核酸检测",
        D(2020, 3, 10),
        [("3月1日至5日", D(2020, 3, 1), D(2020, 3, 5), False, False)],
    ),
    # a Gregorian date with its lunar date: keep the Gregorian, mark the lunar one when it agrees
    (
        "黄荣定1月23日(农历腊月二十九)在会议上说",
        D(2020, 2, 3),
        [("1月23日(农历腊月二十九)", D(2020, 1, 23), None, False, True)],
    ),
    (
        "又从1月26日(农历正月初二)开始",
        D(2020, 2, 3),
        [("从1月26日(农历正月初二)开始", D(2020, 1, 26), None, False, True)],
    ),
    ("1月31日(农历正月初二)", D(2020, 2, 3), [("1月31日(农历正月初二)", D(2020, 1, 31), None, False, False)]),
    # lunar dates alone: the lunar year around publication, never one forward
    ("正月初二那天要办30桌寿宴", D(2020, 2, 3), [("正月初二", D(2020, 1, 26), None, False, True)]),
    ("农历正月初二", D(2020, 2, 3), [("农历正月初二", D(2020, 1, 26), None, False, True)]),
    ("腊月二十九,村里发出倡议", D(2020, 2, 3), [("腊月二十九", D(2020, 1, 23), None, False, True)]),
    ("除夕,村干部排查返乡人员", D(2020, 2, 3), [("除夕", D(2020, 1, 24), None, False, True)]),
    (
        "大年初一下午,区商委发布紧急通知",
        D(2020, 2, 3),
        [("大年初一下午", DT(2020, 1, 25, 13), DT(2020, 1, 25, 17, 59, 59), False, True)],
    ),
    ("正月初八给女儿办婚宴", D(2020, 1, 28), [("正月初八", D(2020, 2, 1), None, False, True)]),
    # a month-day without a year: closest before (or shortly after) publication
    ("12月30日,县委召开会议", D(2021, 1, 5), [("12月30日", D(2020, 12, 30), None, False, False)]),
    ("2月10日起恢复营业", D(2020, 2, 3), [("2月10日起", D(2020, 2, 10), None, False, False)]),
    (
        "10月19日,领导小组召开视频会议",
        DT(2021, 11, 8, 16, 50),
        [("10月19日", D(2021, 10, 19), None, False, False)],
    ),
    # a day alone takes the month of the date before it, or of the publication
    ("3日,记者来到福清阳下街道", D(2020, 2, 4), [("3日", D(2020, 2, 3), None, False, False)]),
    (
        "3月8日查出肿瘤,16日就投入了工作",
        D(2022, 4, 6),
        [("3月8日", D(2022, 3, 8), None, False, False), ("16日", D(2022, 3, 16), None, False, False)],
    ),
    (
        "1月31日部署,3日上午开始排查",
        D(2020, 2, 4),
        [
            ("1月31日", D(2020, 1, 31), None, False, False),
            ("3日上午开始", DT(2020, 2, 3, 7), None, False, False),
        ],
    ),
    # full dates need no publication date
    ("2022年4月4日,小区宣布解封", None, [("2022年4月4日", D(2022, 4, 4), None, False, False)]),
    ("二〇二〇年三月二十二日", None, [("二〇二〇年三月二十二日", D(2020, 3, 22), None, False, False)]),
    (
        "发布时间:2022-03-19 23:36:56",
        None,
        [("2022-03-19 23:36:56", DT(2022, 3, 19, 23, 36, 56), None, False, False)],
    ),
    # without a publication date, what needs one stays out
    ("4月4日,小区宣布解封", None, []),
    ("正月初二那天", None, []),
    # relative words, durations and month names are not dates we resolve
    ("当天上午,日前,连日来", D(2020, 2, 3), []),
    ("严格执行24小时值勤,近14天内无外出", D(2020, 2, 3), []),
    ("2月份参加冬奥会志愿者,3月毅然来到南洲镇", D(2022, 4, 6), []),
]


def _as_tuples(text: str, published: date | datetime | None) -> list[Expected]:
    return [(t.text, t.begin, t.until, t.approx, t.lunar) for t in resolve_times(text, published)]


@pytest.mark.parametrize(("text", "published", "expected"), TIMES)
def test_a_time_expression_resolves_against_the_publication_date(
    text: str, published: date | datetime | None, expected: list[Expected]
) -> None:
    assert _as_tuples(text, published) == expected


def test_the_table_is_large_enough_to_tell_a_story() -> None:
    assert len(TIMES) >= 25


def test_offsets_point_into_the_text_plus_the_offset() -> None:
    text = "据了解,截至4月1日,南县累计检测"
    (value,) = resolve_times(text, date(2022, 4, 6), offset=50)
    assert text[value.start - 50 : value.end - 50] == "截至4月1日"


def test_a_publication_datetime_counts_as_its_day() -> None:
    (value,) = resolve_times("12月30日", datetime(2021, 1, 5, 23, 59))
    assert value.begin == date(2020, 12, 30)


_GENRE = "0123456789年月日号时点分至到-:/.()农历正腊冬初十廿二三四五一两约晚上截至自以来起开始除夕大年,。"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_GENRE, max_size=30) | st.text(max_size=30), st.none() | st.dates() | st.datetimes())
def test_resolve_times_never_raises(text: str, published: date | None) -> None:
    for value in resolve_times(text, published):
        assert value.begin is not None or value.until is not None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("4月9日,县委召开会议。当天,全县开展核酸检测。", "当天", date(2022, 4, 9)),
        ("4月9日晚,县委召开会议。次日,全县开展核酸检测。", "次日", date(2022, 4, 10)),
    ],
)
def test_当天_takes_the_day_of_the_date_read_before_it(text: str, word: str, expected: date) -> None:
    [value] = [v for v in resolve_times(text, date(2022, 4, 10)) if v.text == word]
    assert (value.begin, value.until) == (expected, None)


def test_当天_with_no_date_before_it_stays_unread() -> None:
    assert resolve_times("当天,全县开展核酸检测。", date(2022, 4, 10)) == []


def test_a_part_of_the_day_from_a_rules_folder_counts_its_clock(tmp_path) -> None:  # noqa: ANN001
    from epikg.lexicon import day_parts, set_rules_dir

    (tmp_path / "time_periods.tsv").write_text("黄昏\t17\t19\tevening\n", encoding="utf-8")
    set_rules_dir(tmp_path)
    try:
        assert day_parts()["黄昏"] == (17, 19, "evening")
    finally:
        set_rules_dir(None)


def test_a_malformed_part_of_the_day_is_a_lexicon_error(tmp_path) -> None:  # noqa: ANN001
    from epikg.errors import LexiconError
    from epikg.lexicon import day_parts, set_rules_dir

    (tmp_path / "time_periods.tsv").write_text("黄昏\t晚\n", encoding="utf-8")
    try:
        with pytest.raises(LexiconError, match="time_periods.tsv"):
            set_rules_dir(tmp_path)  # its readers' tables are built again here
            day_parts()
    finally:
        set_rules_dir(None)
