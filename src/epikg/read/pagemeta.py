"""What a page states about itself: title, publication date, outlet, reporters and editors, other bodies.

Read from the folded text before boilerplate is dropped (the date often sits in a
forum or portal line that cleaning removes). Spans are offsets into that text. The
publication date is read by read/publication_date.py, whose docstring says how it chooses; the headline by
read/headline.py; the reporters and editors by read/bylines.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from epikg.lexicon import (
    HAN,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    looks_like_body,
)
from epikg.read.boilerplate import is_boilerplate
from epikg.read.bylines import BAR_CHARACTER, UNIT, find_bylines, names_after, past_separators, role_start
from epikg.read.headline import find_title, trail_end, without_site
from epikg.read.page_bodies import find_page_bodies, header_masthead, header_sites
from epikg.read.page_layout import HEADLINE_END, Found, dateline, header_end, source_line
from epikg.read.publication_date import date_labels, dated, full_date, read_published


@dataclass(frozen=True)
class PageMeta:
    title: Found | None
    published: date | datetime | None
    outlet: Found | None
    bylines: tuple[tuple[Found, str | None], ...]  # (name, role as written)
    bodies: tuple[Found, ...] = ()  # what the page's furniture names besides the outlet (read/page_bodies.py)
    dropped: tuple[str, ...] = ()  # readings left out as impossible, and why (`-v` reports them)


@lru_cache(maxsize=1)
def _outlet_patterns() -> tuple[re.Pattern[str], ...]:
    """In the order they are trusted: a WeChat article's account in its header (the account published the page),
    a source line (data/source_labels.txt) or a sentence naming the source (`本文来源于微信公众号“某某发布”`), then
    a site named by its ICP or copyright line (data/outlet_marks.tsv)."""
    marks = {kind: "|".join(map(re.escape, words)) for kind, words in data_groups("outlet_marks.tsv").items()}
    address_ends = re.escape("".join(data_groups("outlet_marks.tsv")["address_end"]))
    sponsor = "|".join(
        map(re.escape, sorted(data_groups("page_body_marks.tsv")["after"], key=len, reverse=True))
    )
    return (
        # the mark before the account (`原创 某某发布 2022-03-01 08:00`), or, with none, the place it posted from after
        # the date and time (`某某农业 2022-11-18 18:06 发表于山西`); an author's name may stand before the account
        re.compile(
            rf"^\s*(?:(?:{marks['wechat']})\s+|(?=.*\d:\d\d\s*(?:{marks['wechat_place']})[\u4e00-\u9fff]{{2,3}}\s*$))"
            rf"(?:[\u4e00-\u9fff]{{2,12}}\s+)?(?P<name>[\u4e00-\u9fff]{{2,12}})(?:\s+(?P=name))?\s+(?:19|20)\d{{2}}(?!\d)"
        ),
        source_line(),
        re.compile(rf"(?:{marks['source_from']})\s*(?P<name>[^\s|::,()、。;]{{2,30}})"),
        # not an address before the ICP mark (`地址:某某街道某某路123号 吉ICP备`): a number and its 号 end none
        re.compile(
            rf"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{{2,20}})(?<!\d[{address_ends}])\s*\(?\s*[\u4e00-\u9fff](?:{marks['icp']})"
        ),
        # the © a page lost to `?` may stand between the mark and the name (`版权所有 ? 珲春市人民医院`)
        # and a sponsor's word after the name is none of it (`版权所有 浠水县融媒体中心主办`)
        re.compile(
            rf"(?:{marks['copyright']})\s*[::©?]?\s*(?P<name>[\u4e00-\u9fff·]{{2,20}}?)(?:{sponsor})?"
            rf"(?:[\u4e00-\u9fff]ICP|\s|$)"
        ),
    )


def find_outlet(lines: list[tuple[int, str]]) -> Found | None:
    """The outlet: a WeChat header's account, a source line (来源/转自), the body named on the header's date line,
    an e-paper's masthead (the paper, over its publisher in the footer: `信阳日报 电子版` over `版权所有 信阳日报社`),
    the site named in its ICP or copyright line, else an outlet's dateline."""
    patterns = _outlet_patterns()
    return (
        _named_outlet(lines, patterns[:3], in_prose=patterns[1:3])
        or _dated_outlet(lines)
        or _masthead_outlet(lines)
        or _named_outlet(lines, patterns[3:])
        or _dateline_outlet(lines)
        or _credited_outlet(lines)
    )


def _masthead_outlet(lines: list[tuple[int, str]]) -> Found | None:
    masthead = header_masthead(lines)
    return Found(masthead[2], masthead[0], masthead[1]) if masthead else None


_DATE_LINE = 40  # the longest header line read as a date line with its outlet


def _dated_outlet(lines: list[tuple[int, str]]) -> Found | None:
    """`2020年02月03日 10:21 星期一 某某县融媒体中心`, `2020-04-10 | 某某区融媒体中心`: a short header line with a
    date and, set apart, the name of one body and no other words but labels and weekdays: the body that put the
    page up beside its date."""
    for offset, line in lines[: header_end(lines)]:
        line = line.replace(BAR_CHARACTER, "|")
        if len(line) > _DATE_LINE or HEADLINE_END.search(line) or not dated(line):
            continue
        # a run after a colon is another label's value (`版名:综合新闻`, nor its tail: `作者:县委宣传部` gives no
        # 委宣传部), not the page's body; a word of its making
        # after the body's name is no part of it (`某某县融媒体中心出品`: data/page_body_marks.tsv, after)
        runs = [
            m
            for m in re.finditer(r"(?<![::\uff1a\u4e00-\u9fff])[\u4e00-\u9fff]{4,}", line)
            if not line[: m.start()].rstrip().endswith((":", "\uff1a"))
        ]
        bodies = [(m.start(), name) for m in runs if looks_like_body(name := _without_after_word(m.group()))]
        if len(bodies) == 1:
            at, name = bodies[0]
            return Found(name, offset + at, offset + at + len(name))
    return None


def _without_after_word(name: str) -> str:
    after = sorted(data_groups("page_body_marks.tsv")["after"], key=len, reverse=True)
    return next((name.removesuffix(word) for word in after if name.endswith(word)), name)


def _in_a_sentence(line: str, at: int) -> bool:
    """A source's label or sentence at `at` goes on from the words of a sentence: a Han character right before it,
    and no label's colon before it on the line (a credit line runs its labels together: `作者:张明来源:县融媒体
    中心`)."""
    return at > 0 and bool(HAN.match(line[at - 1])) and not re.search("[::\uff1a]", line[:at])


def _after_an_address_label(line: str, start: int) -> bool:
    """A postal address's label (data/boilerplate_address_labels.txt) and its colon stand right before `start`."""
    before = line[:start].rstrip().rstrip(":：").rstrip()
    return before.endswith(tuple(data_words("boilerplate_address_labels.txt")))


def _named_outlet(
    lines: list[tuple[int, str]],
    patterns: Iterable[re.Pattern[str]],
    in_prose: Iterable[re.Pattern[str]] = (),
) -> Found | None:
    """The first name a line gives by the first of the patterns that finds one; those of `in_prose` (a source's
    label or sentence) not inside a sentence of the story (_in_a_sentence)."""
    for pattern in patterns:
        for offset, line in lines:
            # `来源丨某某区融媒体中心`: the Han bar some pages set labels off with
            line = line.replace(BAR_CHARACTER, "|")
            match = pattern.search(line)
            if match and pattern in in_prose and _in_a_sentence(line, match.start()):
                continue  # `病毒来源于野生动物`, `信息存在两个来源:一个是...`: the story's words, no source named
            if match and line[match.end("name") : match.end("name") + 1] in (":", "\uff1a"):
                continue  # `来源: 发布日期:...`: an empty source, and the next label is no outlet
            if match and match.group("name") in data_groups("outlet_marks.tsv")["copyright"]:
                continue  # `版权所有 渝ICP备...`: the mark, not the site's name
            if match and match.group("name").lower() in data_groups("outlet_marks.tsv")["not_name"]:
                continue  # `All Rights Reserved 冀ICP备...`: the notice's last word, not the site's name
            if match and match.group("name").startswith(tuple(data_groups("outlet_marks.tsv")["notice"])):
                continue  # `某某日报社版权所有 未经书面授权禁止使用`: a rights notice, not the site's name
            if match and match.group("name") in data_words("outlet_self_references.txt"):
                continue  # `来源:本站`: this site, unnamed
            if match and _after_an_address_label(line, match.start("name")):
                continue  # `地址:滁州市琅琊区 皖ICP备...`: the publisher's address before the ICP mark, no name
            if match:
                name = re.sub(r"[\d\s]+$", "", match.group("name"))
                # `萍乡日报社版权所有 赣ICP备…`: the site's name, then the copyright's word, before the ICP mark
                for mark in data_groups("outlet_marks.tsv")["copyright"]:
                    name = name.removesuffix(mark)
                # `某某县人民政府办公室主办 新ICP备…`: the sponsor's name, not its word
                name = _without_after_word(name)
                # `来源:每日甘肃网-张掖日报`: the portal, then the paper it took the text from (read_meta adds it)
                first = _JOINED.split(name)[0]
                name = first if len(first) >= 2 else name
                start, end = _account(name)
                if end - start >= 2:
                    at = offset + match.start("name")
                    return Found(name[start:end], at + start, at + end)
    return None


_JOINED = re.compile(r"-(?=[\u4e00-\u9fff]{2})")


_SECOND_OUTLET = re.compile(r"[\u4e00-\u9fff]{2,20}")


def _joined_outlet(text: str, outlet: Found | None) -> Found | None:
    """The second outlet of a source naming two joined by a hyphen (`每日甘肃网-张掖日报`), after the first."""
    if outlet is None or not _JOINED.match(text, outlet.end):
        return None
    second = _SECOND_OUTLET.match(text, outlet.end + 1)
    return (
        Found(second.group(), second.start(), second.end())
        if second and looks_like_body(second.group())
        else None
    )


def _dateline_outlet(lines: list[tuple[int, str]]) -> Found | None:
    """Where no line names the source, the outlet of the first dateline (`平凉日报讯(记者 刘艳红)`,
    `新华社西宁3月5日电`); not this paper's own (`本报讯`: data/outlet_self_references.txt)."""
    for offset, line in lines:
        match = dateline().match(line)
        if match and match.group("name") not in data_words("outlet_self_references.txt"):
            return Found(match.group("name"), offset + match.start("name"), offset + match.end("name"))
    return None


def _credited_outlet(lines: list[tuple[int, str]]) -> Found | None:
    """Where nothing else names the source, an outlet a credit names as its person's unit (`文/图 某某县融媒体中心
    张明`, `记者 某某日报 张明`: an outlet's ending, data/datelines.tsv): the text is that outlet's."""
    endings = tuple(data_groups("datelines.tsv")["outlet"])
    for offset, line in lines:
        for match in role_start().finditer(line.replace(BAR_CHARACTER, "|")):
            unit = UNIT.match(line, match.end())
            spaced = unit is not None and line[unit.end() : unit.end() + 1] in (" ", "\u3000")
            if (
                spaced
                and unit.group().endswith(endings)
                and names_after(line, past_separators(line, unit.end()), offset, None)
            ):
                return Found(unit.group(), offset + unit.start(), offset + unit.end())
    return None


def _account(name: str) -> tuple[int, int]:
    """Where the outlet's own name lies in a source naming its platform (`微信公众号“平遥发布”`: data/outlet_platforms.txt,
    data/org_quote_marks.tsv), or naming it in quotes before the platform (`“平遥发布”微信公众号`); all of it
    elsewhere."""
    start = next((len(p) for p in data_longest_first("outlet_platforms.txt") if name.startswith(p)), 0)
    # `来源:@平江发布`: a social account's handle mark is no part of its name
    start += name.startswith("@", start)
    close = data_table("org_quote_marks.tsv").get(name[start : start + 1])
    if close and name.endswith(close):
        return start + 1, len(name) - 1
    end = name.find(close, start + 1) if close else -1
    if end > start + 1 and name[end + 1 :] in data_words("outlet_platforms.txt"):
        return start + 1, end
    return start, len(name)


def read_meta(text: str, html_title: str | None = None) -> PageMeta:
    """All of a page's self-description, from its folded (Simplified) text."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw_line in text.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            lines.append((pos + raw_line.index(stripped[0]), stripped))
        pos += len(raw_line) + 1
    published, dropped = read_published(lines)
    outlet = find_outlet(lines) or _signing_body(lines) or _header_outlet(lines)
    joined = _joined_outlet(text, outlet)
    return PageMeta(
        title=find_title(
            [
                line
                for line in lines
                if not is_boilerplate(line[1]) or without_site(line[1]) != line[1] or trail_end(line[1])
            ],
            text,
            html_title,
        ),
        published=published,
        outlet=outlet,
        bylines=find_bylines(lines),
        bodies=tuple(Found(name, start, end) for start, end, name in find_page_bodies(lines))
        + ((joined,) if joined else ()),
        dropped=dropped,
    )


_NOTE = re.compile(r"[(（【\[].*[)）】\]]")


_SIGNATURE_LINES = 4  # the signing body, its date and a page number or two, at the foot


def _signing_body(lines: list[tuple[int, str]]) -> Found | None:
    """Where no line names the source, the body that signs a notice at its foot, alone on its line, with nothing
    after it but the signing date, a note in brackets, a date line and page furniture (`特此通告。` /
    `某某县新冠肺炎疫情防控指挥部` / `2022年3月15日` / `(此件公开发布)`): the notice is that body's."""
    for offset, line in reversed(lines[-_SIGNATURE_LINES:]):
        name = line.strip()
        if full_date().fullmatch(name) or not any(HAN.match(c) for c in name) or is_boilerplate(name):
            continue  # the date it was signed, `— 1 —`, a footer
        if _NOTE.fullmatch(name) and not dated(name):
            continue  # `(此件公开发布)`: a note on the document's release, under its date
        runs = re.findall(r"[\u4e00-\u9fff]+", full_date().sub(" ", name))
        if dated(name) and all(run in date_labels() for run in runs):
            continue  # `发布于 2021-11-20`: the page's date line, under the body that signs
        if 4 <= len(name) <= 30 and all(HAN.match(c) for c in name) and looks_like_body(name):
            return Found(name, offset, offset + len(name))
        return None
    return None


def _header_outlet(lines: list[tuple[int, str]]) -> Found | None:
    """Where nothing else names the outlet, the site, account or masthead the page's header names (`宁乡论坛 ›
    宁乡新闻`, a WeChat page's `平武发布`, `团结报 2022年03月19日`): the page is theirs. A footer's host (`主办:`)
    stays one of the page's bodies."""
    return next((Found(name, start, end) for start, end, name in header_sites(lines)), None)
