"""The publication date a page states, read from the page's own date line, never from the story. Every full
date (`2020-02-03`, `2020/2/3`, `2020.02.03`, `2020年2月3日`, `二〇二〇年二月三日`, `21-11-08 16:50`,
`20/02/03 09:12`;
a time beside it is kept; a two-digit year with no time only after a label: `日期:20-02-05`) is a candidate only where it stands as a date line:

- labelled: right after a label of data/date_labels.tsv (`发布时间:`, `来源:县政府 时间:`; a mojibake `?` may
  stand for its colon), or at the start of the line after a line that holds only a label;
- in the header (the lines up to and with the first prose line), a bare date set apart from the
  words around it by spaces, brackets, `|` or a page label (`闽南日报 2022-04-06 09:18`), not run
  into a sentence (`2020年2月2日晚,全县...`, `于2020年1月25日起`);
- below the header, a date on a line of its own: alone, in brackets, or beside a label, credits or the
  body that signs a notice only (`2020年2月3日`, `(2020-02-03)`, `责任编辑:张明 2020-02-03`,
  `(通讯员 张明)2020-02-03`, `某某县人民政府 2020年2月3日`);
- the date a content-management system writes into the page's own address, on a line of its own
  (`http://…/art/2020/2/11/art_1.html`, `…/t20200211_123.html`).
- below the header, a post's stamp: a date and its time of day starting a line, then at most a short word
  (`2020-2-3 10:29 回复`, under a forum post).

When several remain, labelled beats bare and header beats foot: a published or generic label in
the header (or a date line's source or site right after its date and time: `2022-04-20 10:05 来源:…`), then a published label below it, then an `updated` label in the header, then a bare
header date, then the page's address, then a date line below the header, then a post's stamp; within a rank
the first in the page, but of the date lines below the header the last (a credit's after a notice's signed
date). A bare date followed by a weekday is a portal's banner of today (unless a newspaper's page follows:
`星期一 第03版`, the page's source does: `星期一 来源:某某县融媒体中心`, the story starts on the next line, or the
paper's name alone stands before it, an e-paper's masthead: `某某日报 2020年2月3日 星期一`),
a banner label (`今天是`, a crawl's `抓取时间`) marks the visit, a generic label's date run into a part of
the day (`时间:2021年11月22日上午9时`) is a meeting's, the dates of other articles' links (listed, or under or
beside a list's header: `热门文章`) and of the comments under a comment section's heading are theirs, a
document's date cited in brackets inside a sentence is the document's, and
a date followed by `-`/`至` and another is a period: none is read. A candidate that is no calendar
day, before 2019 or after today is dropped, and said so in PageMeta.dropped.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from epikg.lexicon import (
    HAN,
    alternation,
    data_alternation,
    data_groups,
    data_table,
    data_words,
    day_part_alternation,
    digits_class,
    looks_like_body,
    numerals,
    read_data_lines,
    two_character_words,
)
from epikg.read.page_layout import comment_heading, header_end, page_labels, roles

_EARLIEST_YEAR = 2019
# An optional time after the date (`11:03`, `11:03:05`, `11时03分`, ISO `T11:03:00+08:00`), or its hour alone
# (`2020年2月5日16时`); a 分 of minutes is written right after them (`08:37   分类:社会` is a category label).
_TIME = (
    r"(?:\s*T?\s*(?P<H>\d{1,2})\s*(?:[:时]\s*(?P<M>\d{2})(?:\s*[:分]\s*(?P<S>\d{2})\s*秒?|分)?|时(?!\s*\d))"
    r"(?:Z|\+\d{2}:?\d{2})?(?![\d:]))?"
)
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?!\d|\.\d)"
    + _TIME
)
_YMD_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]" + _TIME
)


@lru_cache(maxsize=1)
def _han_digits() -> dict[str, int]:
    """The Chinese digits a date is written in (data/numerals.tsv: 〇 to 九, and ○ typed for 〇)."""
    return {c: v for c, v in numerals("plain", "variant").items() if v < 10}


def _han(low: int, high: int) -> str:
    """The plain Chinese numerals from low to high (data/numerals.tsv), for a character class."""
    return "".join(c for c, v in numerals("plain").items() if low <= v <= high)


@lru_cache(maxsize=1)
def _han_date() -> re.Pattern[str]:
    """二〇二〇年二月三日: the year digit by digit, the month and day as numbers are written (十二, 二十三)."""
    year, ten = "".join(_han_digits()), _han(10, 10)
    return re.compile(
        rf"(?P<y>[{year}]{{4}})\s*年\s*(?P<m>{ten}[{_han(1, 2)}]?|[{_han(1, 9)}])\s*月"
        rf"\s*(?P<d>[{_han(2, 3)}]?{ten}[{_han(1, 9)}]?|[{_han(1, 9)}])\s*[日号]" + _TIME
    )


# A two-digit year only with a time beside it (`21-11-08 16:50`, a forum's `20/02/03 09:12`): alone it could be
# anything.
_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d/-])(?P<y>\d{2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)"
)


# A two-digit year with no time, read only right after a date label (`日期:20-02-05`, `发布时间:20.02.05`).
_LABELLED_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d/.-])(?P<y>\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/.:-])"
)


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    return (_NUMERIC_DATE, _YMD_DATE, _han_date(), _SHORT_YEAR_DATE)


def dated(line: str) -> bool:
    """The line writes a date in one of the forms a date line uses (`2020年2月3日`, `20/02/03 09:12`)."""
    return any(pattern.search(line) for pattern in _date_patterns())


@lru_cache(maxsize=1)
def full_date() -> re.Pattern[str]:
    """Any full date, for the headline reader: a line holding one is no headline."""
    year, han = "".join(_han_digits()), _han(1, 10)
    return re.compile(
        r"(?<!\d)(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])"
        rf"|[{year}]{{4}}\s*年\s*[{han}]{{1,2}}\s*月\s*[{han}]{{1,3}}\s*[日号]"
    )


@lru_cache(maxsize=1)
def _link_line() -> re.Pattern[str]:
    """A link to another article with its date: the date, then a headline (`2022-04-16 某某县开展第五轮核酸检测`), or
    a headline, then its date in brackets (`上一篇:某某县召开专题会议(2021-01-10)`) or after a space."""
    date = full_date().pattern
    return re.compile(
        rf"^\s*(?:{date})\s+[\u4e00-\u9fff][^:：]{{5,}}$|^.*[\u4e00-\u9fff]\s*[(\[【]\s*(?:{date})\s*[)\]】]\s*$"
        # `上蔡县开展健康教育进万家活动 2020-03-18`: the headline, a space, then its date
        rf"|^[·•\s]*[\u4e00-\u9fff][^:：]{{4,}}[\u4e00-\u9fff”》]\s+(?:{date})\s*$"
    )


@lru_cache(maxsize=1)
def _list_header() -> re.Pattern[str]:
    """A header of the portal's links to other articles (data/boilerplate_tail_headers.txt: `相关新闻`, `热门文章`),
    opening its line."""
    return re.compile(rf"^[^\w]{{0,3}}(?:{data_alternation('boilerplate_tail_headers.txt')})")


def _listed_links(lines: list[tuple[int, str]]) -> set[int]:
    """The lines of a list of links to other articles: two or more such lines in a row, one right under the list's
    header (`相关新闻` / `某某县召开会议 2020-02-03`), or a header and its link on one line (`热门文章 某某县召开
    会议 2020-02-03`): their dates are theirs."""
    links = [bool(_link_line().match(line)) for _, line in lines]
    headers = [bool(_list_header().match(line)) for _, line in lines]
    return {
        i
        for i, link in enumerate(links)
        if (link and ((i > 0 and (links[i - 1] or headers[i - 1])) or (i + 1 < len(links) and links[i + 1])))
        or (headers[i] and _list_header().sub("", lines[i][1]).strip(" \u3000:：") != "")
    }


@lru_cache(maxsize=1)
def _weekday() -> re.Pattern[str]:
    """A weekday after a date (data/weekdays.tsv): `星期一`, `(周日)`."""
    words = data_groups("weekdays.tsv")
    return re.compile(rf"\s*[(]?\s*(?:{'|'.join(map(re.escape, words['week']))})[{''.join(words['day'])}]")


@lru_cache(maxsize=1)
def _periods() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a period's end after a date, a period's start before it): data/date_range_words.txt."""
    joins = data_alternation("date_range_words.txt")
    return (
        re.compile(rf"\s*(?:{joins})\s*[\d{''.join(_han_digits())}]"),
        re.compile(rf"[\d日号]\s*(?:{joins})\s*$"),
    )


@lru_cache(maxsize=1)
def edition() -> re.Pattern[str]:
    """A newspaper page's number (data/edition_marks.tsv): `第03版`, `第三版`, with its section's letter (`第A03版`, or
    the letter alone before the number: `当前版:A03版`)."""
    marks = {
        kind: "|".join(map(re.escape, words)) for kind, words in data_groups("edition_marks.tsv").items()
    }
    number = (
        rf"(?:{marks['open']})\s*[A-Za-z]?{digits_class()}{{1,5}}|[A-Za-z]\d{{1,3}}"  # `A03版` needs no 第
    )
    return re.compile(rf"\s*(?:{number})\s*(?:{marks['close']})")


@lru_cache(maxsize=1)
def _day_part() -> re.Pattern[str]:
    """A part of the day right after a date (data/time_periods.tsv: `2021年11月22日上午9时`): an event's time."""
    return re.compile(rf"(?:{day_part_alternation()})")


def _edition_after(after: str) -> bool:
    """`2020年02月03日 星期一 第03版`, `2020年2月5日 星期三 | 第02版:要闻`: the weekday is followed by the page of
    an issue, so the date is its."""
    weekday = _weekday().match(after)
    if weekday is None:
        return False
    apart = re.match(r"[\s|丨]*", after[weekday.end() :])
    return bool(edition().match(after, weekday.end() + apart.end()))


_SENTENCE = 15  # the shortest line read as the story's first sentence under a date


def _sentence(line: str) -> bool:
    """A line of the story: long enough, with a comma or a full stop, and no banner's greeting (`欢迎访问某某县
    人民政府网站!`: data/date_banner_words.txt)."""
    return (
        len(line) >= _SENTENCE
        and bool(re.search(r"[,。]", line))
        and not any(word in line for word in data_words("date_banner_words.txt"))
    )


def _source_after(after: str) -> bool:
    """`2020年2月3日 星期一 来源:某某县融媒体中心`, `2020年2月3日 10:21 星期一 某某县融媒体中心`, `2022年3月16日(周三) 09:12
    来源:泉州晚报`: the weekday is
    followed by the page's source, its label (data/source_labels.txt) or its outlet's name, so the date is the
    page's; not by a banner's greeting (data/date_banner_words.txt: `欢迎访问某某县人民政府`)."""
    weekday = _weekday().match(after)
    # `(周三) 09:12 来源:泉州晚报`: the time of day may stand between the weekday and the source
    return _a_source_first(after[weekday.end() :] if weekday else "")


def _a_source_first(rest: str) -> bool:
    """The text opens, past spaces, bars and a time of day, with a source label (data/source_labels.txt) or a
    site's or body's name; not a banner's greeting (data/date_banner_words.txt: `欢迎访问某某县人民政府`)."""
    if any(word in rest for word in data_words("date_banner_words.txt")):
        return False
    token = _SOURCE_TOKEN.match(rest)
    return bool(token) and (
        token.group("word").startswith(tuple(data_words("source_labels.txt")))
        or looks_like_body(token.group("word"))
    )


_SOURCE_TOKEN = re.compile(
    r"[\s\u3000|丨)]*(?:\d{1,2}:\d{2}(?::\d{2})?[\s\u3000|丨]*)?(?P<word>[\u4e00-\u9fff]+)"
)


_PROSE = re.compile(r"[,。;!?]")
_APART_BEFORE = " \t\u3000|丨([【〔<:/"
_APART_AFTER = " \t\u3000|丨)]】〕>"


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    """A credit on a date line (data/credit_labels.txt, and the roles pages credit people in, data/byline_roles.txt:
    `文字:张明 图片:李华`): `责任编辑:张明`, or a label and names with no colon (`通讯员 张明 李华`, `文/张明`), the
    outlet before a reporter's role (`伊犁日报记者 孙雅琴`)."""
    labels = alternation(sorted({*data_words("credit_labels.txt"), *roles()}, key=len, reverse=True))
    # names apart by spaces or 、, none of them a label (`作者:覃海波 王思琪    来源:…`: 来源 opens the next credit)
    # (a name of a minority people in two parts, `迪力亚尔·吾守尔`)
    name = r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?"
    names = rf"{name}(?:[\s、]+(?!(?:{labels})){name})*(?![\u4e00-\u9fff])"
    # the outlet a reporter works for, before the role (`伊犁日报记者 孙雅琴`)
    outlet = rf"(?:[\u4e00-\u9fff]{{1,10}}(?:{alternation(data_groups('datelines.tsv')['outlet'])}))?"
    # the unit the names work in, before them and a space (`作者:修水县委组织部 程俊`, `(三江镇党建办 房秋燕)`)
    unit = r"(?:[\u4e00-\u9fff]{2,12}\s+)"
    # a counter after its label and a space (`阅读 1256`, `浏览 2.3万`)
    # `作者:记者 何娅`: a label, then a role and its names; `作者:覃海波 王思琪`: a label and its names
    return re.compile(
        rf"(?:{labels})\w*\s*:\s*(?:{labels})\s*{names}|(?:{labels})\w*\s*:\s*{unit}?{names}(?=[\s|丨]|$)"
        rf"|(?:{labels})\w*\s*:\s*[^\s|]*|{outlet}(?:{labels})\s*{names}|(?:{labels})\s+[\d,.]+\w?"
        rf"|\(\s*{unit}{names}\s*\)"
    )


_LABELLED_HEADER, _LABELLED_FOOT, _UPDATED, _BARE_HEADER, _ADDRESS, _FOOT_LINE, _STAMP = range(7)
_STAMP_WORD = re.compile(
    r"[\u4e00-\u9fff]{0,4}"
)  # at most a short word after a post's stamp (`回复`, `只看该作者`)


def _stamp(line: str, match: re.Match[str]) -> bool:
    """`2022-3-16 10:29 回复`: a date with its time of day, starting the line, then at most a short word and no
    sentence (a forum post's or a comment's stamp, under the post): stories give the time of day in words."""
    if match.start() or not match.group("H") or not match.group("M"):
        return False
    rest = line[match.end() :].strip(" \t\u3000|丨")
    return _STAMP_WORD.fullmatch(rest) is not None


# The page's own address on a line of its own, after a label or none (`http://…/art/2020/2/11/art_2031_57712.html`,
# `页面地址:http://…/t20200211_123.html`), and the date a content-management system writes into its path: a
# folder per year, month and day, or a `t` and the digits before the article's number.
_ADDRESS_LINE = re.compile(r"^(?:[^\s:：/]{1,8}\s*[:：]\s*)?https?://\S+$")
_ADDRESS_DATES = (
    re.compile(r"/(?P<y>20\d{2})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})/"),
    re.compile(r"/t?(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})_\d+\."),
)


@lru_cache(maxsize=1)
def date_labels() -> dict[str, str]:
    """Date-line labels and their kind (published, generic, updated, banner), from data/date_labels.tsv."""
    return dict(tuple(line.split("\t")[:2]) for line in read_data_lines("date_labels.tsv"))


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a label right before a date, a line that is a label alone); longer labels first."""
    names = "|".join(re.escape(label) for label in sorted(date_labels(), key=len, reverse=True))
    # `发布时间?2020-02-18`: a `?` or two where a badly converted page lost its full-width colon
    label = rf"[\[【(]?\s*(?P<label>{names})\s*[\]】)]?\s*(?:[::]|\?{{1,2}})?\s*"
    return re.compile(label + r"[\[【(]?\s*$"), re.compile("^" + label + "$")


def _label_kind(text: str, *, whole: bool = False) -> str | None:
    before, alone = _label_patterns()
    match = (alone if whole else before).search(text)
    if match is None:
        return None
    kind = date_labels()[match.group("label")]
    if kind == "generic" and "\u4e00" <= text[match.start("label") - 1 : match.start("label")] <= "\u9fff":
        return "event"  # `报名时间:`, `截止日期:`: the time of something the page announces, not the page's
    return kind


def _number(text: str) -> int:
    """2020 or 二〇二〇 digit by digit; 十二, 二十三, 三十 as months and days are written."""
    if text.isascii():
        return int(text)
    digits, ten = _han_digits(), _han(10, 10)
    if ten not in text:
        return int("".join(str(digits[c]) for c in text))
    tens, _, ones = text.partition(ten)
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def _calendar_value(match: re.Match[str], today: date) -> tuple[date | datetime | None, str]:
    """The date or date-time a match writes, or None and why it cannot be a publication date."""
    year, month, day = (_number(match.group(k)) for k in "ymd")
    year = year + 2000 if year < 100 else year
    try:
        value: date | datetime = date(year, month, day)
        if match.groupdict().get("H") is not None:
            value = datetime(
                year,
                month,
                day,
                int(match.group("H")),
                int(match.group("M") or 0),
                int(match.group("S") or 0),
            )
    except ValueError:
        return None, "no such day or time"
    day_of = value.date() if isinstance(value, datetime) else value
    if year < _EARLIEST_YEAR:
        return None, f"before {_EARLIEST_YEAR}"
    if day_of > today:
        return None, "after today"
    return value, ""


def _stands_apart(line: str, start: int, end: int) -> bool:
    """A bare date set off from the words around it, not run into a sentence."""
    after = line[end:]
    rest = after.lstrip(" \t\u3000")
    closed = rest[1:].lstrip(" \t\u3000") if rest[:1] in (")", "]", "】") else ""
    if "\u4e00" <= closed[:1] <= "\u9fff" and _PROSE.search(line):
        return False  # `现将《方案》(2020年4月1日)转发给你们,`: a document's date cited in a sentence
    if not rest or rest[0] in _APART_AFTER or rest.startswith(page_labels()) or _weekday().match(rest):
        pass  # `2022年3月16日(周三) 09:12`: a weekday in brackets sets the date off too
    elif not (after[:1].isspace() or line[end - 1 : end].isspace()) or _PROSE.search(line):
        return False  # run into the words after it (the match may hold the space that sets it off)
    if start == 0 or line[start - 1] in _APART_BEFORE:
        return True
    if "\u4e00" <= line[start - 1] <= "\u9fff" and not looks_like_body(line[:start]):
        return (
            False  # `有效期统一延至2022年12月31日`: a headline's date, run into its words (no outlet's name)
        )
    return not _PROSE.search(line)


_MAX_SIGNATURE = 30


def _alone_on_line(line: str, start: int, end: int) -> bool:
    """Nothing else on the line but brackets, a label, a weekday or credits (`责任编辑:张明`, `(通讯员 张明)`),
    or the body that signs a notice (`某某县人民政府 2020年2月3日`)."""
    rest = _credit().sub(
        " ", _label_patterns()[0].sub("", line[:start]) + " " + _weekday().sub("", line[end:])
    )
    rest = re.sub(r"[\s()\[\]【】〔〕<>|丨:\-—]", "", rest)
    return (
        not rest
        or _signature(line, start, end)
        or _issue_citation(line, start, end)
        or _unit_and_author(line[:start], line[end:])
    )


_UNIT_AND_AUTHOR = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,12})[ \u3000]+[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?[ \u3000]+"
)


def _unit_and_author(before: str, after: str) -> bool:
    """`墩麻扎镇  阿依努尔·买买提  2020-02-16`: a story's foot of the place or body it came from, its author's name
    and the date, set apart by spaces, nothing after."""
    match = _UNIT_AND_AUTHOR.fullmatch(before)
    if match is None or after.strip():
        return False
    unit = match.group("unit")
    return looks_like_body(unit) or unit[-1] in data_table("level_chars.tsv")


def _issue_citation(line: str, start: int, end: int) -> bool:
    """`《临沂日报》(2022年03月22日 第03版)`: a newspaper's title, then the issue's date and page in brackets: the
    e-paper's own citation of the page, at its foot."""
    before = re.sub(r"[\s(（\[]", "", line[:start])
    after = edition().sub("", line[end:])
    return (
        re.fullmatch(r"《[^《》]{2,20}》", before) is not None
        and before[1:-1].endswith(data_groups("datelines.tsv")["outlet"])
        and not re.sub(r"[\s)）\]]", "", after)
    )


def _masthead(before: str) -> bool:
    """`湖州日报 2020年02月05日 星期三`: a paper's name (data/datelines.tsv, paper: a daily, an evening paper) alone
    before a date and its weekday is an e-paper's masthead, the date the issue's."""
    name = before.strip()
    papers = tuple(data_groups("datelines.tsv")["paper"])
    return 2 < len(name) <= 12 and all(HAN.match(c) for c in name) and name.endswith(papers)


def _signature(line: str, start: int, end: int) -> bool:
    """`某某县人民政府 2020年2月3日`, `安化县融媒体中心 2020-02-03`: a body's name (an outlet's too), a space,
    the date, and nothing after it but the word of issuing it (`2020年2月3日印发`: data/date_signature_after.txt);
    or the date first and the body after it (`2020年2月3日 某某县人民政府办公室`); the whole in brackets or not
    (`(某某县人民政府 2020年2月3日)`). Not a headline that ends like a paper (data/datelines.tsv, outlet) in one
    character that makes an everyday word with the one before (`全县疫情防控工作通报`: 通报, a report, signs
    nothing)."""
    before, after = line[:start].strip(), line[end:].strip()
    if before.startswith("(") and after.endswith(")"):
        before, after = before[1:].lstrip(), after[:-1].rstrip()
    after = after.removesuffix(
        next((w for w in data_words("date_signature_after.txt") if after.endswith(w)), "")
    )
    if not before and after and line[end : end + 1].isspace():
        return _signs(after)  # the date, a space, the body
    return start > 0 and line[start - 1].isspace() and not after and _signs(before)


def _signs(body: str) -> bool:
    """Whether `body` can sign a notice or a story: a body's or an outlet's name, short and with no sentence."""
    outlet = next(
        (e for e in data_groups("datelines.tsv")["outlet"] if body.endswith(e)), None
    )  # longest first
    return (
        0 < len(body) <= _MAX_SIGNATURE
        and not re.search(r"[\s,。;!?:]", body)
        and (looks_like_body(body) or outlet is not None)
        and not (outlet is not None and len(outlet) == 1 and body[-2:] in two_character_words())
    )


def _candidate_rank(
    line: str,
    match: re.Match[str],
    kind: str | None,
    in_header: bool,
    issue: bool = False,
    story: bool = False,
) -> int | None:
    """Where a date ranks as the page's own date, or None where it is not one (see the comment above); `issue`:
    a line next to this one numbers a newspaper's page or issue (`第02版`, `第2345期`); `story`: the next line
    is a sentence, the story's first (a banner stands over the site's name and navigation, not over the story)."""
    after = line[match.end() :]
    if (
        kind in ("banner", "event")
        or (kind == "generic" and _day_part().match(after))  # `时间:2021年11月22日上午9时`: a meeting's time
        or _periods()[0].match(after)
        or _periods()[1].search(line[: match.start()])
        or (
            kind is None
            and in_header
            and _weekday().match(after)
            and not (
                _edition_after(after)
                or issue
                or story
                or _source_after(after)
                or _masthead(line[: match.start()])
                or edition().search(line[: match.start()])  # `第3版:乡镇传真 2021年2月3日 星期三`
            )
        )
    ):
        return None
    if in_header and kind in ("published", "generic"):
        return _LABELLED_HEADER
    if in_header and kind is None and _a_source_first(after):
        # `2022-04-20 10:05 来源:某某市人民政府网站`, `2020-02-16 08:12 某某快讯网 转载自:…`: the page's own date
        # line, labelled by its source or its site
        return _LABELLED_HEADER
    if kind == "published":
        return _LABELLED_FOOT
    if in_header and kind == "updated":
        return _UPDATED
    if in_header and _stands_apart(line, match.start(), match.end()):
        return _BARE_HEADER
    if _alone_on_line(line, match.start(), match.end()):
        return _FOOT_LINE
    if _stamp(line, match):
        return _STAMP
    return None


def _trail_to_the_article(line: str) -> bool:
    """Whether the line is a breadcrumb trail whose last step names the article's own page
    (data/boilerplate_breadcrumbs.tsv, article: `首页 > 大陆 > 正文`)."""
    steps = [step for step in re.split(r"\s*(?:>>|>|»|›)\s*", line.strip()) if step]
    return len(steps) > 1 and steps[-1] in data_groups("boilerplate_breadcrumbs.tsv").get("article", ())


def read_published(
    lines: list[tuple[int, str]], *, today: date | None = None
) -> tuple[date | datetime | None, tuple[str, ...]]:
    """The page's own date, and each date line dropped as no possible publication date (why, as text)."""
    today = today or date.today()
    end_of_header = header_end(lines)
    candidates: list[tuple[int, int, date | datetime]] = []
    dropped: list[str] = []
    label_line: str | None = None  # the kind of the label that stood alone on the line before
    links = _listed_links(lines)
    comments = False  # under the heading of the comment section: its dates are the comments'
    above = ""  # the last line with words before this one
    for order, (_, line) in enumerate(lines):
        trail_above = _trail_to_the_article(above)
        above = line if line.strip() else above
        comments = comments or comment_heading(line)
        if order in links:
            continue  # `相关新闻` / `2022-04-16 某某县开展第五轮核酸检测`: another article's date
        if _ADDRESS_LINE.match(line):
            for match in (m for pattern in _ADDRESS_DATES for m in pattern.finditer(line)):
                value, problem = _calendar_value(match, today)
                if value is not None:
                    candidates.append((_ADDRESS, order, value))
            continue  # the address's other digits (`art_2031_57712`) are no date
        taken: list[tuple[int, int]] = []
        # `黔东南日报 2021年8月5日 星期四` over `第02版:综合新闻`: an e-paper's issue date, no portal's banner
        issue = any(
            edition().search(lines[near][1]) for near in (order - 1, order + 1) if 0 <= near < len(lines)
        )
        # `環球資訊港 > 新聞中心 > 大陸 > 正文` over `2020年2月14日 星期五 10:26`: the article's own date line
        story = (order + 1 < len(lines) and _sentence(lines[order + 1][1])) or trail_above
        for pattern in (*_date_patterns(), _LABELLED_SHORT_YEAR_DATE):
            for match in pattern.finditer(line):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                kind = _label_kind(line[: match.start()])
                if kind is None and match.start() == 0:
                    kind = label_line
                if pattern is _LABELLED_SHORT_YEAR_DATE and kind is None:
                    continue
                taken.append((match.start(), match.end()))
                if comments and kind is None:
                    continue  # `某某网友 2020-02-05 12:00`: a comment's date
                rank = _candidate_rank(line, match, kind, order <= end_of_header, issue, story)
                if rank is None:
                    continue
                value, problem = _calendar_value(match, today)
                if value is None:
                    dropped.append(f"publication date {match.group(0).strip()!r}: {problem}")
                else:
                    candidates.append((rank, order, value))
        label_line = _label_kind(line, whole=True)
    # within a rank the first in the page; of the dates on lines of their own below the header, the last (a
    # credit's date after the notice's signed one, a diary's last day)
    best = (
        min(candidates, key=lambda c: (c[0], -c[1] if c[0] == _FOOT_LINE else c[1]))[2]
        if candidates
        else None
    )
    return best, tuple(dropped)
