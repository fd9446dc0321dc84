"""What a page states about itself: title, publication date, outlet, reporters and editors, other bodies.

Read from the folded text before boilerplate is dropped (the date often sits in a
forum or portal line that cleaning removes). Spans are offsets into that text. The
publication date is read by read/publication_date.py, whose docstring says how it chooses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from epikg.lexicon import (
    HAN,
    data_alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    is_common_word,
    is_minority_name,
    is_surname_and_title,
    looks_like_body,
    looks_like_name,
    minority_name_at,
)
from epikg.read.normalize import is_boilerplate
from epikg.read.page_bodies import find_page_bodies, header_masthead, header_sites
from epikg.read.page_layout import credited_run, dateline, header_end, page_labels, roles
from epikg.read.publication_date import date_labels, dated, full_date, read_published


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class PageMeta:
    title: Found | None
    published: date | datetime | None
    outlet: Found | None
    bylines: tuple[tuple[Found, str | None], ...]  # (name, role as written)
    bodies: tuple[Found, ...] = ()  # what the page's furniture names besides the outlet (read/page_bodies.py)
    dropped: tuple[str, ...] = ()  # readings left out as impossible, and why (`-v` reports them)


_HEADLINE_END = re.compile(r"[。!?;,]$")


def find_title(lines: list[tuple[int, str]], html_title: str | None) -> Found | None:
    """The headline: the HTML title where the page has one, else the first short unpunctuated line."""
    if html_title:
        for offset, line in lines:
            position = line.find(html_title)
            if position >= 0:
                return Found(html_title, offset + position, offset + position + len(html_title))
    for offset, line in lines[: header_end(lines)]:
        if _HEADLINE_END.search(line):
            break  # the first sentence: the headline, if any, came before it
        if _source_line().search(line) or _role_start().match(line):
            continue
        tokens = re.split(r"[\s|]+", line)
        if len(tokens) >= 3 and all(len(t) <= 4 for t in tokens):
            continue  # navigation or a list of names
        if 6 <= len(line) <= 80 and not _HEADLINE_END.search(line) and not full_date().search(line):
            return Found(line, offset, offset + len(line))
    return None


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
        _source_line(),
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


@lru_cache(maxsize=1)
def _source_line() -> re.Pattern[str]:
    """A source line: a label of data/source_labels.txt, spaced out or not, a colon or a bar (`来源丨某某区融媒体中心`,
    the Han bar read as `|`), or the `?` a mojibake page left for its colon (`来源?某某县人民政府`), and the outlet,
    up to a bracket (`【信息来源:某某县人民政府办公室】`) or a quote."""
    return re.compile(
        rf"(?:{_spaced(data_words('source_labels.txt'))})\s*(?:[::|]|\?{{1,2}})\s*"
        # a quoted name in it whole (`微信公众号“平遥发布”`), up to a closing quote of its own (`注明“来源:凉山新闻网”的作品`)
        r"(?P<name>(?:“[^”\s]{1,20}”|[^\s|::,()、。;?\[\]【】“”]){2,30})"
    )


def _spaced(labels: Iterable[str]) -> str:
    """The labels as alternatives, each spaced out or not (`来 源`: some portals space their labels)."""
    return "|".join(r"\s?".join(map(re.escape, label)) for label in sorted(labels, key=len, reverse=True))


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
        if len(line) > _DATE_LINE or _HEADLINE_END.search(line) or not dated(line):
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
        for match in _role_start().finditer(line.replace(BAR_CHARACTER, "|")):
            unit = _UNIT.match(line, match.end())
            spaced = unit is not None and line[unit.end() : unit.end() + 1] in (" ", "\u3000")
            if (
                spaced
                and unit.group().endswith(endings)
                and _names_after(line, _past_separators(line, unit.end()), offset, None)
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


@lru_cache(maxsize=1)
def _role_start() -> re.Pattern[str]:
    barred = data_alternation("byline_bar_roles.txt")
    return re.compile(
        r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{0,6}?)(?P<role>"
        + "|".join(map(re.escape, roles()))
        + r")(?:\s*[::/|]\s*|\s+)"  # `编辑:郭丽`, `编辑/郭丽`, `编辑 | 郭丽`, `记者 郭丽`
        # `文 | 张三 图 | 李四`, `文/张三 图/李四`: a role of one character (data/byline_bar_roles.txt) only before a
        # bar, a colon or a slash
        + rf"|(?<![\u4e00-\u9fff])(?P<barred>{barred})\s*[:|/]\s*"
    )


@lru_cache(maxsize=2)
def _role_glued(shortest: int = 2, longest: int = 4) -> re.Pattern[str]:
    """`以下文章来源于信宜融媒,作者黎文静`: a role at a line's start or after a comma or bracket, the name written
    right after it with nothing between, where that name ends the line or its bracket. With a run of five to nine
    Han characters after the role (`(记者李蕾张羽飞)`), names a crawl ran together, read only where the run cuts
    into names (credited_run, in _names_after)."""
    return re.compile(
        r"(?:^|(?<=[,(\s]))(?P<role>"
        + "|".join(map(re.escape, roles()))
        + rf")(?=[\u4e00-\u9fff]{{{shortest},{longest}}}\s*(?:$|\)))"
    )


BAR_CHARACTER = "\u4e28"  # 丨, a Han stroke pages use as a bar (`文丨张三`)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_AFTER_A_NAME = frozenset(" 、,;()]】|丨\u3000")  # what may follow a credited name (`编辑:刘晓东(实习)`)
# A name, or the parts of a name joined by a middle dot (`阿依古丽·买买提`).
_NAME_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,4}")
# A unit's name before its person's (`作者:田东县应急管理局 黄春兰`).
_UNIT = re.compile(r"[\u4e00-\u9fff]{2,16}")
# A two-character name padded to the width of three (`艾 辉`), as credit lines often set it.
_PADDED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_CREDIT_NAME = r"(?:[\u4e00-\u9fff]{2,4}|" + _PADDED_NAME.pattern + ")"
_AUTHOR_PARENS = re.compile(r"\((?P<names>" + _CREDIT_NAME + r"(?:\s+" + _CREDIT_NAME + r")+)\)\s*$")
# One name in brackets right after a paragraph's last sentence (`……落实到位。(唐款款)`): its author.
# A line of nothing but names set apart by spaces (`刘 巧 周人峰 钟阳阳` under a headline): the page's authors.
_NAMES_LINE = re.compile(r"^" + _CREDIT_NAME + r"(?:[ \u3000]+" + _CREDIT_NAME + r")+$")
_AUTHOR_AFTER_SENTENCE = re.compile(r"[。!?”…]\s*\((?P<names>" + _CREDIT_NAME + r")\)\s*$")


@lru_cache(maxsize=1)
def _unit_authors() -> re.Pattern[str]:
    """`(石门县融媒体中心 王刚 李强)`, `(来源:城关镇人民政府 王刚)`: a line closed by a unit's name in brackets, after
    a source label or not, then the names of its authors."""
    labels = "|".join(map(re.escape, data_longest_first("source_labels.txt")))
    return re.compile(
        rf"\((?:(?:{labels})\s*:\s*)?(?P<unit>[\u4e00-\u9fff]{{2,16}})\s+(?P<names>{_CREDIT_NAME}(?:\s+{_CREDIT_NAME})*)\)\s*$"
    )


def _names_then_role(before: str, space: str, after: str) -> re.Pattern[str]:
    """Names set apart by `space`, then a credit written after them (data/byline_roles_after.txt), between
    `before` and `after`."""
    roles = "|".join(map(re.escape, data_longest_first("byline_roles_after.txt")))
    names = _CREDIT_NAME + r"(?:" + space + r"+" + _CREDIT_NAME + r")*"
    return re.compile(before + r"(?P<names>" + names + r")" + space + r"+(?P<role>" + roles + r")" + after)


@lru_cache(maxsize=1)
def _role_after_names() -> re.Pattern[str]:
    """`(宣传科 朴光明 文/图)`, `(张明 摄)`: names in brackets closing a line, a credit written after them."""
    return _names_then_role(r"\(", r"\s", r"\)\s*$")


@lru_cache(maxsize=1)
def _role_after_dateline() -> re.Pattern[str]:
    """`眉山2月2日讯(张明 文/图)连日来`: the same credit in brackets right after a dateline's wire word (讯, 电:
    data/datelines.tsv), the text going on."""
    wires = "".join(w for w in data_groups("datelines.tsv")["wire"] if len(w) == 1)
    return _names_then_role(r"(?<=[" + re.escape(wires) + r"])\(", r"\s", r"\)")


@lru_cache(maxsize=1)
def _caption_credit() -> re.Pattern[str]:
    """`▲志愿者为返乡群众测量体温 张明 摄`: names set apart by spaces at a line's end, the credit after them,
    with no brackets."""
    return _names_then_role(r"[\s\u3000]", r"[\s\u3000]", r"\s*$")


@lru_cache(maxsize=1)
def _credit_line() -> re.Pattern[str]:
    """`张明 摄`, `张明 李强 摄影`: a line of nothing but names set apart by spaces and the credit after them."""
    return _names_then_role("^", r"[\s\u3000]", "$")


@lru_cache(maxsize=1)
def _slashed_after_name() -> re.Pattern[str]:
    """`张明/文 李强/图`, `(张明/摄)`: a name, a slash and the credit written after it (a role of one character,
    data/byline_bar_roles.txt, or one of data/byline_roles_after.txt), set apart by spaces or brackets."""
    after = [r for r in data_longest_first("byline_roles_after.txt") if "/" not in r]
    roles_after = sorted({*after, *data_words("byline_bar_roles.txt")}, key=len, reverse=True)
    return re.compile(
        r"(?:^|(?<=[\s\u3000(]))(?P<names>[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,4})/(?P<role>"
        + "|".join(map(re.escape, roles_after))
        + r")(?=[\s\u3000)]|$)"
    )


MENU_BARS = 4
"""Bars on a line that make it a site's menu rather than credits set apart by bars (`文 | 张三 图 | 李四`)."""


def find_bylines(lines: list[tuple[int, str]]) -> tuple[tuple[Found, str | None], ...]:
    """Reporters, correspondents, editors and authors the page credits, with the role as written."""
    found: list[tuple[Found, str | None]] = []
    for offset, line in lines:
        line = line.replace(BAR_CHARACTER, "|")  # `编辑丨郭丽`: the Han bar some pages set credits off with
        for match in (*_role_start().finditer(line), *_role_glued().finditer(line)):
            role = match.groupdict().get("barred") or match.group("role")
            at = match.start("barred" if match.groupdict().get("barred") else "role")
            if line.endswith(data_longest_first("byline_not_role_prefixes.txt"), 0, at):
                continue  # `只看该作者 | 只看大图`: a forum's button, no credit
            if "|" in match.group() and line.count("|") >= MENU_BARS:
                continue  # `首页 | 图片 | 视频 | 简体版`: a site's menu, its items no role and no name
            found.extend(_names_after(line, match.end(), offset, role))
        for match in _role_glued(5, 9).finditer(line):  # `(记者李蕾张羽飞)`: names a crawl ran together
            run = _HAN_RUN.match(line, match.end())
            if run and credited_run(run.group()):
                found.extend(_names_after(line, match.end(), offset, match.group("role")))
        if credit := _role_after_names().search(line) or _role_after_dateline().search(
            line
        ):  # a photo's or a text's credit, no post (`摄`)
            named = _names_after(line, credit.start("names"), offset, credit.group("role"))
            found.extend((name, None) for name, _ in named)
        # `▲志愿者为群众测温 张明 摄`: a caption's credit; `张明 摄`: a credit's own line
        if credit := _credit_line().match(line) or _caption_credit().search(line):
            named = _names_after(line, credit.start("names"), offset, credit.group("role"))
            found.extend((name, None) for name, _ in named)
        for credit in _slashed_after_name().finditer(line):  # `张明/文 李强/图`
            name = credit.group("names")
            if looks_like_name(name) or is_minority_name(name.replace("·", "")):
                found.append(
                    (Found(name, offset + credit.start("names"), offset + credit.end("names")), None)
                )
        if _NAMES_LINE.match(line):  # every token a name, none an everyday word (`新闻 动态` names no one)
            named = _names_after(line, 0, offset, None)
            if sum(len(n.value) for n, _ in named) == sum(c.isalpha() for c in line) and not any(
                is_common_word(n.value) for n, _ in named
            ):
                found.extend(named)
        parens = _AUTHOR_PARENS.search(line) or _AUTHOR_AFTER_SENTENCE.search(line)
        if parens:
            found.extend(_names_after(line, parens.start("names"), offset, None))
        elif (unit := _unit_authors().search(line)) and (
            _is_credited_unit(unit.group("unit")) or looks_like_body(unit.group("unit"))
        ):
            found.extend(_names_after(line, unit.start("names"), offset, None))
    seen: set[tuple[str, int]] = set()
    unique = []
    for item in found:
        if (item[0].value, item[0].start) not in seen:
            seen.add((item[0].value, item[0].start))
            unique.append(item)
    return tuple(unique)


def _name_token(line: str, position: int) -> re.Match[str] | None:
    """Two to four Han characters at position (more for a name of parts of data/person_minority_names.txt:
    `阿不都热合曼`, or two names joined by a middle dot); shorter where a page label follows (`罗静` + `浏览量`)."""
    match = _NAME_TOKEN.match(line, position)
    if match is not None and "·" in match.group():
        return match  # `巴合提别克·努尔兰`: both parts, whatever the first holds
    minority = minority_name_at(line, position)
    if len(minority) > 4:
        return re.compile(re.escape(minority)).match(line, position)
    if match is None or line.startswith(page_labels(), match.end()):
        return match
    for end in range(match.end() - 1, position + 1, -1):
        if line.startswith(page_labels(), end):
            return _NAME_TOKEN.match(line[:end], position)
    return match


def _unlisted_name(name: str, role: str | None) -> bool:
    """`记者 才让措`: after a credit's own label, a name of three or four characters whose first is no listed
    surname (Tibetan, Mongolian and other names) counts, unless it starts or ends in an everyday word, is a body's
    name or a reporter's dateline (`发自北京`: data/byline_not_names.txt) or a credit run into the text after it
    (`摄据了解`). Two characters with no surname are more often a pen name (`责编:瘦马`)."""
    if role is not None and is_minority_name(name):
        return True  # `责任编辑:德吉`
    return (
        role is not None
        and len(name) >= 3
        and not is_common_word(name[:2])
        and not is_common_word(name[-2:])  # `记者提问环节`: a heading's words (环节), no name
        and not name.startswith(tuple(data_words("byline_not_names.txt")))
        and not name.startswith(data_longest_first("byline_roles_after.txt"))  # `黄金海 摄据了解`: the credit
        and not looks_like_body(name)
    )


def _past_separators(line: str, position: int) -> int:
    """Past the spaces, 、, commas and semicolons that set credited names apart (`编辑:张明;审核:李华`)."""
    while position < len(line) and line[position] in " 、,;\u3000":
        position += 1
    return position


def _is_credited_unit(token: str) -> bool:
    """A credit's unit or place, not a name: ending as one (data/byline_unit_endings.txt), or as a place or a
    local unit in three characters or more (data/byline_place_endings.txt: `城关镇`, `城关派出所`, not `刘镇`)."""
    return token.endswith(data_longest_first("byline_unit_endings.txt")) or (
        len(token) >= 3 and token.endswith(data_longest_first("byline_place_endings.txt"))
    )


def _names_after(line: str, position: int, offset: int, role: str | None) -> list[tuple[Found, str | None]]:
    """Names separated by spaces or 、 from position on, stopping at the first token that is not a name."""
    names = []
    outlets = data_groups("datelines.tsv")["outlet"]
    outlet_words = tuple(w for w in outlets if len(w) > 1)
    while True:
        unit = _UNIT.match(line, position)
        if unit and _is_credited_unit(unit.group()):
            # `作者:宣传科 上官婉清`, `作者:田东县应急管理局 黄春兰`, `供稿:柳林镇 张丽华`: the unit, then its person
            position = _past_separators(line, unit.end())
            if position == unit.end():
                break
            continue
        match = _name_token(line, position)
        padded = None if match else _PADDED_NAME.match(line, position)
        name = padded.group(1) + padded.group(2) if padded else match.group(0) if match else ""
        run = _HAN_RUN.match(line, position)
        split = credited_run(run.group()) if role is not None and run else None
        if split and line[run.end() : run.end() + 1] in ("", *_AFTER_A_NAME):
            at = position  # `(记者李蕾张羽飞)`: names whose spaces a crawl dropped
            for length in split:
                names.append((Found(line[at : at + length], offset + at, offset + at + length), role))
                at += length
            position = _past_separators(line, at)
            continue
        if not name or name in roles() or not (looks_like_name(name) or _unlisted_name(name, role)):
            break
        if name.startswith(tuple(data_words("byline_not_names.txt"))):
            break  # `作者:郭晓玲,有删节`: a note, though 有 is a surname
        if is_surname_and_title(name):
            break  # `记者:仝县长,您好!`: an interview's question to the county head, no credit
        if name in outlets or name.startswith(outlet_words):
            break  # `视频:融媒`, `视频 融媒专题`: the media centre credited by its kind's short word, no name
        if match and line.startswith(tuple(data_words("byline_account_endings.txt")), match.end()):
            break  # `作者:黎城发布`: an account named by its county, no person
        if match and line.startswith(tuple(roles()), match.end()):
            break  # `文/图:融媒记者 涂佳`: the words before a role run into it (融媒记者), no name; a new credit
        match = match or padded
        after = line[match.end() : match.end() + 1]
        # `编辑:刘晓东(实习)`: a note in brackets may follow
        if after and after not in _AFTER_A_NAME and not line.startswith(page_labels(), match.end()):
            break
        names.append((Found(name, offset + match.start(), offset + match.end()), role))
        position = _past_separators(line, _past_note(line, match.end()))
    return names


def _past_note(line: str, position: int) -> int:
    """Past a note in brackets right after a credited name (`王建军(东坑镇政府)、刘艳`, `刘晓东(实习)`)."""
    if line[position : position + 1] != "(":
        return position
    close = line.find(")", position)
    return close + 1 if close > 0 else position


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
        title=find_title([line for line in lines if not is_boilerplate(line[1])], html_title),
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
