"""Time expressions resolved against the publication date: `3月22日晚`, `截至4月1日`, `正月初二`.

Spans are found here with patterns of the genre and read here: a part of the day
by its hours and the way a clock time after it counts (data/time_periods.tsv:
`3月22日晚` is 18:00 to 23:59:59, `下午3点` 15:00), lunar dates converted by
`lunar_python`. What general date parsers (jionlp's `parse_time`) get wrong in
this genre is done otherwise:

- a month-day without a year takes the year that puts it closest before (or
  shortly after) the publication date, not the base year (`12月30日` in an
  article of 2021-01-05 is 2020-12-30);
- `约` inside a clock time keeps the part of day (`晚上约9时30分` is 21:30), and
  is kept as `approx`;
- lunar dates take the lunar year the same way as the Gregorian one (`腊月二十九`
  in an article of 2020-02-03 is 2020-01-23, not a year forward);
- a Gregorian date with its lunar date in brackets (`1月23日(农历腊月二十九)`)
  keeps the Gregorian date; `lunar` is set when the two agree.

`截至` gives an open start, `以来`/`起`/`开始` an open end. `当天`, `次日` and their
kind (data/time_anaphora.tsv) take the day of the date read just before them; vaguer
words (`日前`, `连日来`) are skipped.
Without a publication date only dates that state their year are resolved.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from epikg.lexicon import (
    data_alternation,
    data_groups,
    data_table,
    data_words,
    day_part_alternation,
    day_parts,
    numerals,
    read_data_lines,
)
from epikg.records import TimeValue

_GRACE = timedelta(days=31)  # how far after publication a yearless date may fall
_DATA_AT_IMPORT = True  # its tables are read from data files here: lexicon re-runs it for --rules
_NUMERALS = numerals("plain", "colloquial")  # data/numerals.tsv


def _han(low: int, high: int) -> str:
    """The plain Chinese numerals from low to high, for a character class (二 to 九 is `二三四五六七八九`)."""
    return "".join(c for c, v in numerals("plain").items() if low <= v <= high)


def _words(kinds: dict[str, tuple[str, ...]], kind: str) -> str:
    """One kind's words of a data file as an escaped regex alternation, longest first."""
    return "|".join(map(re.escape, kinds[kind]))


_TEN, _CLOCK_WORDS, _FRAMES = _han(10, 10), data_groups("clock_words.tsv"), data_groups("time_frames.tsv")
_LUNAR_WORDS = data_groups("lunar_words.tsv")
_CN_NUM = "".join(c for c, v in _NUMERALS.items() if v <= 10)
_YEAR = rf"(?P<year>\d{{4}}|[{_han(0, 9)}]{{4}})年"
_MONTH = rf"(?P<month>\d{{1,2}}|[{_CN_NUM}]{{1,3}})月(?!份)"
_DAY = rf"(?P<day>\d{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]"
_PERIOD = day_part_alternation()
_CLOCK = rf"(?P<approx1>{_words(_CLOCK_WORDS, 'approx_before')})?(?P<hour>\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:{_words(_CLOCK_WORDS, 'hour')})(?:(?P<minute>\d{{1,2}}|[{_CN_NUM}]{{1,3}})(?:{_words(_CLOCK_WORDS, 'minute')})|(?P<half>{_words(_CLOCK_WORDS, 'half')}))?(?P<approx2>{_words(_CLOCK_WORDS, 'approx_after')})?"
_TIME_OF_DAY = rf"(?P<period>{_PERIOD})?(?:{_CLOCK})?"
_LUNAR_MONTHS = {name: int(n) for name, n in data_table("lunar_months.tsv").items()}  # 正月, 冬月, 腊月
_NUMBERED_LUNAR_MONTH = rf"(?:{_TEN}[{_han(1, 2)}]|[{_han(2, 10)}])月"  # 二月 to 十二月
_LUNAR_MONTH = "|".join([*(f"{re.escape(name)}月" for name in _LUNAR_MONTHS), _NUMBERED_LUNAR_MONTH])
_LUNAR_MONTH_WRITTEN = "|".join(  # a bare `三月` is Gregorian
    [
        *(f"{re.escape(name)}月" for name in _LUNAR_MONTHS),
        f"(?:{_words(_LUNAR_WORDS, 'lunar')}){_NUMBERED_LUNAR_MONTH}",
    ]
)
_FIRST_TEN = rf"(?:{_words(_LUNAR_WORDS, 'first_ten')})[{_han(1, 10)}]"  # 初一 to 初十
_LUNAR_DAY = (
    rf"{_FIRST_TEN}|{_TEN}[{_han(1, 9)}]|{_han(2, 2)}{_TEN}[{_han(1, 9)}]?"
    rf"|(?:{_words(_LUNAR_WORDS, 'twenty')})[{_han(1, 9)}]|{_han(3, 3)}{_TEN}"
)
_LUNAR = (
    rf"(?:(?:{_words(_LUNAR_WORDS, 'lunar')})?(?P<lunar_month>{_LUNAR_MONTH_WRITTEN})(?P<lunar_day>{_LUNAR_DAY})"
    rf"|(?:{_words(_LUNAR_WORDS, 'new_year')})(?P<new_year_day>{_FIRST_TEN})|(?P<eve>{_words(_LUNAR_WORDS, 'eve')}))"
)
_ISO = r"(?P<iso_year>\d{4})[-/.](?P<iso_month>\d{1,2})[-/.](?P<iso_day>\d{1,2})(?:\s+(?P<iso_hour>\d{1,2}):(?P<iso_minute>\d{2})(?::(?P<iso_second>\d{2}))?)?"
_DAY_FOLLOWERS = "".join(map(re.escape, sorted(data_words("time_day_followers.txt"))))
_GREGORIAN = (
    rf"(?:{_YEAR})?{_MONTH}(?:{_DAY})?(?:\((?P<paren>(?:{_words(_LUNAR_WORDS, 'lunar')})[^()]{{2,8}})\))?"
    rf"|(?<![\d月年])(?P<day_only>\d{{1,2}})[日号](?=[{_DAY_FOLLOWERS}])"
)
_END = rf"(?:(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})月)?(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]"
_CORE = rf"(?:{_ISO}|(?:{_GREGORIAN}|{_LUNAR}){_TIME_OF_DAY})"
_EXPRESSION = re.compile(
    rf"(?P<until_word>{_words(_FRAMES, 'until')})?(?P<since_word>{_words(_FRAMES, 'since')})?(?P<core>{_CORE})"
    rf"(?:(?:{data_alternation('date_range_words.txt')})(?P<end>{_END}))?(?P<open>{_words(_FRAMES, 'open')})?"
)


@dataclass(frozen=True)
class _Reading:
    """What a span states, before it is placed in time."""

    year: int | None
    month: int | None
    day: int
    lunar: bool


def resolve_times(text: str, published: date | datetime | None, *, offset: int = 0) -> list[TimeValue]:
    """Every datable time expression in text, resolved against the publication date."""
    reference = published.date() if isinstance(published, datetime) else published
    if reference is not None and not 1900 <= reference.year <= 2100:
        reference = None  # a page date outside the lunar tables is a parsing accident, not a date
    anchor = reference  # day-only dates (`18日中午`) take the month of the last date read
    values: list[TimeValue] = []
    for match in _EXPRESSION.finditer(text):
        value = _resolve(match, reference, anchor, offset)
        if value is not None:
            point = value.begin or value.until
            anchor = point.date() if isinstance(point, datetime) else point
            values.append(value)
    return _with_anaphora(text, values, offset)


@lru_cache(maxsize=1)
def _anaphora() -> tuple[re.Pattern[str], dict[str, int]]:
    rows = dict(line.split("\t")[:2] for line in read_data_lines("time_anaphora.tsv"))
    days = {word: int(n) for word, n in rows.items()}
    return re.compile("|".join(map(re.escape, sorted(days, key=len, reverse=True)))), days


def _with_anaphora(text: str, values: list[TimeValue], offset: int) -> list[TimeValue]:
    """`当天` after `4月9日` is 4月9日: each such word takes the day of the nearest date read before it."""
    pattern, days = _anaphora()
    found = list(values)
    # values come in text order and do not overlap, so their ends are sorted: bisect, not a scan per word
    ends = [v.end for v in values]
    dated = [v for v in values if (v.begin or v.until) is not None]
    dated_ends = [v.end for v in dated]
    for match in pattern.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        after = bisect_right(ends, start)  # values[after] is the first that ends after the word starts
        if after < len(values) and values[after].start < end:
            continue
        before = bisect_right(dated_ends, start)
        if not before:
            continue
        point = dated[before - 1].begin or dated[before - 1].until
        day = (point.date() if isinstance(point, datetime) else point) + timedelta(days=days[match.group()])
        found.append(TimeValue(match.group(), start, end, day, None))
    return sorted(found, key=lambda v: v.start)


def _resolve(
    match: re.Match[str], reference: date | None, anchor: date | None, offset: int
) -> TimeValue | None:
    """The TimeValue of a match, or None when it cannot be placed in time."""
    reading = _reading(match)
    day = _place(reading, reference, anchor) if reading else None
    if day is None:
        return None
    begin, until = _with_time_of_day(match, day)
    if match.group("end"):
        end_day = _end_day(match, day)
        if end_day is not None and end_day < day:
            end_day = _safe_date(end_day.year + 1, end_day.month, end_day.day)  # `12月30日至1月5日`
        if end_day is None:
            return None
        until = end_day
    elif match.group("until_word"):
        begin, until = None, until or begin  # `截至4月1日`: open start
    elif match.group("since_word") or match.group("open"):
        until = None  # `自3月23日以来`: open end
    paren = match.group("paren")
    lunar = reading.lunar or bool(paren and _lunar_agrees(day, paren))
    approx = bool(match.group("approx1") or match.group("approx2"))
    return TimeValue(
        match.group(0), match.start() + offset, match.end() + offset, begin, until, approx, lunar
    )


def _reading(match: re.Match[str]) -> _Reading | None:
    """The year, month and day the span states (lunar or Gregorian); None when unreadable."""
    if match.group("iso_year"):
        return _checked(
            int(match.group("iso_year")), int(match.group("iso_month")), int(match.group("iso_day"))
        )
    if match.group("lunar_month"):
        name = re.sub(rf"^(?:{_words(_LUNAR_WORDS, 'lunar')})", "", match.group("lunar_month"))[:-1]
        month = _LUNAR_MONTHS.get(name) or _number(name)
        return _Reading(None, month, _lunar_day(match.group("lunar_day")), True) if month else None
    if match.group("new_year_day"):
        return _Reading(None, 1, _lunar_day(match.group("new_year_day")), True)
    if match.group("eve"):
        return _Reading(None, 12, 0, True)  # day 0: the last day of the twelfth month
    if match.group("day_only"):
        day = int(match.group("day_only"))
        return _Reading(None, None, day, False) if 1 <= day <= 31 else None
    year = _number(match.group("year")) if match.group("year") else None
    month = _number(match.group("month"))
    day = _number(match.group("day")) if match.group("day") else None
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if day is None:
        return None  # a month alone (`2020年2月`) is a period, not a date
    return _checked(year, month, day) if year else _Reading(None, month, day, False)


def _checked(year: int | None, month: int, day: int) -> _Reading | None:
    try:
        date(year or 2000, month, day)  # 2000: a leap year, so 2月29日 stays possible
    except ValueError:
        return None
    return _Reading(year, month, day, False) if year is None or 1900 <= year <= 2100 else None


def _number(text: str | None) -> int | None:
    """An Arabic or Chinese numeral (`二十二`, `二〇二〇`) as an int."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    from epikg.extract.quantities import parse_number

    value = parse_number(text)
    return int(value) if value is not None and value % 1 == 0 else None


def _lunar_day(text: str) -> int:
    """`初二` is 2, `廿九` 29, `二十` 20, `三十` 30."""
    first_ten = next((w for w in _LUNAR_WORDS["first_ten"] if text.startswith(w)), None)
    if first_ten:
        return _number(text[len(first_ten) :]) or 0
    twenty = next((w for w in _LUNAR_WORDS["twenty"] if text.startswith(w)), None)
    if twenty:
        return 20 + (_number(text[len(twenty) :]) or 0)
    return _number(text) or 0


def _place(reading: _Reading, reference: date | None, anchor: date | None) -> date | None:
    """The Gregorian day of a reading; the year (or month) missing is taken from the publication date."""
    if reading.year is not None:
        return date(reading.year, reading.month or 1, reading.day)
    if reference is None:
        return None
    if reading.lunar:
        years = [reference.year - 2, *_years(reference)]  # before 春节 the lunar year is the previous one
        return _closest([_lunar_to_solar(y, reading.month or 1, reading.day) for y in years], reference)
    if reading.month is None:
        return _day_only(reading.day, anchor or reference, reference)
    return _closest([_safe_date(y, reading.month, reading.day) for y in _years(reference)], reference)


def _day_only(day: int, base: date, reference: date) -> date | None:
    """`16日` after `3月8日` is 3月16日; `3日` after `1月31日` is 2月3日; never days after publication."""
    latest = reference + timedelta(days=3)
    same = _safe_date(base.year, base.month, day)
    if same is not None and same >= base:
        if same <= latest:
            return same
        return _safe_date(*_shift_month(base, -1), day)
    following = _safe_date(*_shift_month(base, 1), day)
    return following if following is not None and following <= latest else same


def _years(reference: date) -> list[int]:
    return [reference.year - 1, reference.year, reference.year + 1]


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _closest(candidates: list[date | None], reference: date) -> date | None:
    """The latest candidate not later than shortly after the reference date."""
    fitting = [c for c in candidates if c is not None and c <= reference + _GRACE]
    return max(fitting) if fitting else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # lunar_python computes a whole year per call: seconds on a page of lunar dates
def _lunar_to_solar(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a lunar date (day 0: the month's last day, for 除夕), via lunar_python."""
    from lunar_python import Lunar, LunarYear

    try:
        if day == 0:
            day = LunarYear.fromYear(year).getMonth(month).getDayCount()
        solar = Lunar.fromYmd(year, month, day).getSolar()
    except Exception:  # noqa: BLE001 - lunar_python raises bare Exception for impossible days
        return None
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _lunar_agrees(day: date, bracket: str) -> bool:
    """Whether `农历腊月二十九` names the lunar date of this Gregorian day."""
    from lunar_python import Solar

    found = re.fullmatch(
        rf"(?:{_words(_LUNAR_WORDS, 'lunar')})(?P<m>{_LUNAR_MONTH})(?P<d>{_LUNAR_DAY})", bracket
    )
    if not found:
        return False
    name = found.group("m")[:-1]
    month = _LUNAR_MONTHS.get(name) or _number(name)
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    return abs(lunar.getMonth()) == month and lunar.getDay() == _lunar_day(found.group("d"))


def _end_day(match: re.Match[str], begin: date) -> date | None:
    """The end of `3月1日至3月5日` or `1日至5日`, in the begin's year and (when unstated) month."""
    months = re.findall(rf"(\d{{1,2}}|[{_CN_NUM}]{{1,3}})月", match.group("end"))
    days = re.findall(rf"(\d{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]", match.group("end"))
    month = _number(months[-1]) if months else begin.month
    day = _number(days[-1]) if days else None
    if month is None or day is None:
        return None
    return _safe_date(begin.year, month, day)


def _with_time_of_day(match: re.Match[str], day: date) -> tuple[date | datetime, datetime | None]:
    """(begin, until): the day with its clock time, the interval of its part of day, or the bare day."""
    if match.group("iso_hour"):
        hour, minute, second = (int(match.group(g) or 0) for g in ("iso_hour", "iso_minute", "iso_second"))
        if hour < 24 and minute < 60 and second < 60:
            return datetime(day.year, day.month, day.day, hour, minute, second), None
        return day, None
    period, hour = match.group("period"), _number(match.group("hour"))
    first, last, clock = day_parts()[period] if period else (0, 23, "")
    if hour is None:
        if not period:
            return day, None
        start = datetime(day.year, day.month, day.day, first)
        return start, datetime(day.year, day.month, day.day, last, 59, 59)
    minute = 30 if match.group("half") else _number(match.group("minute")) or 0
    hour = _clock_hour(hour, clock)
    if hour is None or minute >= 60:
        return day, None
    return datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute), None


def _clock_hour(hour: int, clock: str) -> int | None:
    """The hour of the day (24 is the midnight that ends it) a clock time after a part of the day means, by the
    part's clock (data/time_periods.tsv); None where the hour is no hour."""
    if hour > 24:
        return None
    if hour > 12 or not clock:
        return hour  # `下午15点`, `20时`: a 24-hour clock
    if clock == "small":
        return hour % 12
    if clock == "noon":
        return hour + 12 if 1 <= hour <= 4 else hour
    if clock == "afternoon":
        return hour + 12 if hour < 12 else hour
    if clock == "evening":
        return hour + 12 if 5 <= hour <= 12 else hour
    return hour  # morning
