"""A page's headline, read from the lines over its story (read/pagemeta.py hands them over, furniture dropped).

The HTML title where the page has one; else a headline field of an information table (`名 称:…`); else the short
unpunctuated lines that stand one under the other right over the page's date or source line, joined; else the first
such line. A portal prints its own name, its menu and the way to the page over the headline (`汉源县人民政府` /
`首页 | 政务公开 | …` / `您现在的位置:首页 > 新闻动态` / the headline / `发布时间:…`), a WeChat page its account's
prompt to follow it, an e-paper its page navigation: none of them is the headline, and a title as the browser shows
it (`…的通报_建水县人民政府网`) loses the site's name. The word lists are data files (data/headline_*.t*).
"""

from __future__ import annotations

import re
from functools import lru_cache

from epikg.lexicon import (
    HAN,
    data_groups,
    data_words,
    item_mark,
    looks_like_body,
    read_data_lines,
    word_pattern,
)
from epikg.read.bylines import BAR_CHARACTER, role_start
from epikg.read.page_layout import HEADLINE_END, Found, header_end, source_line
from epikg.read.publication_date import full_date

__all__ = ["find_title", "trail_end", "without_site"]

_MASTHEAD_PARTS = re.compile(rf"\s+|\s*[|{BAR_CHARACTER}·•—_]\s*|\s-\s|-")
_BRACKETED = re.compile(r"(?:\s*[(（【\[][^()（）【】\[\]]*[)）】\]])+\s*")
# a headline that asks or exclaims (`…日产量达30吨!`, `…打通了吗?`): short, no full stop inside
_EXCLAIMED = re.compile(r"[^。]{6,40}[!?]")
# a bullet (read/boilerplate.py's, but for `?`: a headline's lost emoji)
_LISTED = re.compile(r"[·•●◆■▪▶>›»]")
_TRAIL = re.compile(r"\s*(?:>>?|›|»|→)\s*")  # between the steps of the way to a page


def find_title(lines: list[tuple[int, str]], text: str, html_title: str | None = None) -> Found | None:
    """The headline: the HTML title where the page has one; else the value of a headline field (`标题:…`); else the
    short unpunctuated lines that stand one under the other right over the page's date or source line, joined (a
    lead-in, the headline, a subtitle: `汉源县人民政府` / `首页 > 新闻动态` / the headline / `发布时间:2022年09月03日`);
    else the first such line. Never a masthead, a bulleted column or related article, navigation, a credit, a field
    of an information table, or a line of brackets alone (`(第12号)`). `text` is the folded page the offsets point
    into: lines with a blank line between are not one run."""
    if html_title:
        for offset, line in lines:
            position = line.find(html_title)
            if position >= 0:
                return _untagged(Found(html_title, offset + position, offset + position + len(html_title)))
    run: list[tuple[int, str]] = []  # the latest lines that may be the headline, one right under the other
    first: tuple[int, str] | None = None
    trailed: tuple[int, str] | None = (
        None  # a forum thread's title at the end of the way to it, where none else
    )
    for offset, whole in lines[: header_end(lines)]:
        if HEADLINE_END.search(whole) and not _EXCLAIMED.fullmatch(whole):
            break  # the first sentence: the headline, if any, came before it
        if (last := trail_end(whole)) is not None:
            trailed = trailed or (offset + whole.rfind(last), last)
            continue
        line = without_site(whole)
        offset += whole.find(line)  # `蒲江融媒 | 第四轮…`: the headline starts after the account
        field = _field(line)
        if field is not None:
            kind, value = field
            if kind == "title" and _may_be_headline(value):
                start = offset + line.rindex(value)
                return _untagged(Found(value, start, start + len(value)))
            continue
        if source_line().search(line) or full_date().search(line) or _wechat_header(line):
            if run:
                # `…视频调度会上强调` / `压实四方责任 织密防控网络…`: a headline printed on two lines is one; the title
                # the browser shows right over it counts once
                value = " ".join(dict.fromkeys(part for _, part in run))
                return _untagged(Found(value, run[0][0], run[-1][0] + len(run[-1][1])))
            continue
        if not _may_be_headline(line):
            continue
        previous = run[-1] if run else None
        if previous is not None and text[previous[0] + len(previous[1]) : offset].count("\n") == 1:
            run.append((offset, line))
        else:
            run = [(offset, line)]
        first = first or (offset, line)
    found = first or trailed
    return _untagged(Found(found[1], found[0], found[0] + len(found[1]))) if found else None


# a tag before a headline: a column's (`【战疫一线】`), a forum section's (`[民生]`) or a repost's mark (`[转帖]`)
_LEADING_TAG = re.compile(r"[【\[]([^【】\[\]]{1,8})[】\]]\s*")
# a mark after it, in any brackets (`[复制链接]`, `(转)`): only the words of data/headline_forum_marks.txt
_TRAILING_MARK = re.compile(r"\s*[【\[(（]([^【】\[\]()（）]{1,4})[】\])）]$")


def _untagged(found: Found) -> Found:
    """The headline without the tags a column, a forum or a repost puts before it (`【战疫一线】`, `[转帖] `) and the
    forum's marks after it (`[复制链接]`, `(转)`), where as many Han characters as a headline has are left."""
    value, start, end = found.value, found.start, found.end
    while (tag := _LEADING_TAG.match(value)) and len(HAN.findall(value[tag.end() :])) >= _HEADLINE_MIN:
        value, start = value[tag.end() :], start + tag.end()
    while (mark := _TRAILING_MARK.search(value)) and mark.group(1) in data_words("headline_forum_marks.txt"):
        value, end = value[: mark.start()], end - (len(value) - mark.start())
    return found if value == found.value else Found(value, start, end)


_HEADLINE_MIN = 6  # Han characters; `_may_be_headline` asks as many characters of a line


def trail_end(line: str) -> str | None:
    """The last step of the way to a page (`首页 › 论坛 › 居延杂谈 › 【转】额济纳旗…`) where it is long enough to be a
    thread's title, not a column's name (`汉源要闻`, `正文`); None for any other line."""
    steps = _TRAIL.split(line)
    if len(steps) < 3 or len(HAN.findall(steps[-1])) < _AFTER_A_SITE:
        return None
    return steps[-1] if _may_be_headline(steps[-1]) else None


_SITE_AFTER = re.compile(r"\s*(?:_|-|\s-\s|——)\s*(?P<site>[^_\-—]{2,30})$")
_SITE_BEFORE = re.compile(rf"(?P<site>[^|{BAR_CHARACTER}_\-—]{{2,30}}?)\s*(?:[|{BAR_CHARACTER}_]|\s-\s)\s*")
# the fewest Han characters of a headline after a site's name; a tagline has fewer (`西部旅游·自驾·摄影交流`)
_AFTER_A_SITE = 12


def without_site(line: str) -> str:
    """A page's title as the browser shows it, the site's name after it (`…的通报_建水县人民政府网`, `… - 城固县人民政府`)
    or before it (`蒲江融媒 | 第四轮全员核酸检测完成…`): the headline alone; any other line as it is."""
    while (after := _SITE_AFTER.search(line)) is not None and after.start() >= 6:
        if not _is_masthead(after.group("site")):
            break
        line = line[: after.start()]  # `… - 永丰论坛 - 永丰新闻`: the forum's section, then the site
    while (before := _SITE_BEFORE.match(line)) is not None:
        rest = line[before.end() :]
        if len(HAN.findall(rest)) < _AFTER_A_SITE or rest.endswith(_site_endings()):
            break  # `宽甸新闻网 | 宽甸满族自治县融媒体中心主办`: a tagline, no headline
        if not _is_masthead(before.group("site")):
            break
        line = rest  # `蒲江融媒 | 第四轮全员核酸检测完成…`: the account, then the headline
    return line


def _may_be_headline(line: str) -> bool:
    """Short, no credit, no navigation, no bullet, no brackets alone, no masthead, no furniture."""
    if not 6 <= len(line) <= 80 or role_start().search(line) or _LISTED.match(line) or not HAN.search(line):
        return False  # `北京日报客户端|记者 褚晓丹`: a credit; `• 乡镇动态`: a column or a related article
    if _BRACKETED.fullmatch(line):
        return False  # `(2022年第7号)`, `【字体:大 中 小】 【打印本页】`: a notice's number, buttons
    if len(_TRAIL.findall(line)) >= 2 or _furniture().search(line) or item_mark().match(line):
        return False  # `首页 › 论坛 › 本地新闻 › 【转帖】…`: the way to the page; `当前版:A03版`, `楼主 …`; `一、…`
    tokens = re.split(r"[\s|]+", line)
    if (len(tokens) >= 3 and all(len(t) <= 4 for t in tokens)) or line.count("|") >= 2:
        return False  # navigation, links between bars, or a list of names
    if line.endswith((":", "：")):
        return False  # `刚在村群里看到的,原文转过来,大家互相转告一下:`: a post's words before what it quotes
    return not _is_masthead(line)


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    return word_pattern(read_data_lines("headline_furniture.txt"))


def _is_masthead(line: str) -> bool:
    """A site's name over the page (data/headline_site_endings.txt) or a body's (`西安市卫生健康委员会`), alone or
    before short taglines (`三亚新闻网 | 三亚日报社主办`, `民和县融媒体中心 民和之窗`, `中共忻城县委 忻城县人民政府`)."""
    parts = [p for p in _MASTHEAD_PARTS.split(line) if p]
    head = parts[0] if parts else line
    phrase = any(c in head for c in data_words("headline_phrase_chars.txt"))
    if not _NAME.fullmatch(head) or phrase or any(len(p) > _NAME_MAX for p in parts[1:]):
        # `沁县:构筑县乡村三级救治网 守护群众健康`: a place, a colon and what it did; `高速卡口上的临时党支部`: what a
        # headline names; `中共凤阳县委 凤阳县人民政府关于表彰…的决定`: the bodies that issue a document, then its title
        return False
    site = len(head) <= _SITE_MAX and head.endswith(_site_endings())
    return site or looks_like_body(head)


@lru_cache(maxsize=1)
def _site_endings() -> tuple[str, ...]:
    """data/headline_site_endings.txt as the tuple str.endswith takes, built once (asked of every header line)."""
    return tuple(data_words("headline_site_endings.txt"))


_NAME_MAX = 16  # the longest site's or body's name over a page (`黔南布依族苗族自治州人民政府`)
_SITE_MAX = 7  # the longest site's name read as one (`鄂尔多斯新闻网`; not `各乡镇织密防控网 全县筑牢…`)
_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,{_NAME_MAX}}}")


_FIELD_LABEL = re.compile(r"([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,10}?)\s*[:：]")


@lru_cache(maxsize=1)
def _field_kinds() -> dict[str, str]:
    return {label: kind for kind, labels in data_groups("headline_fields.tsv").items() for label in labels}


def _field(line: str) -> tuple[str, str] | None:
    """(kind, value) where a line opens with a field's label of data/headline_fields.tsv, spaced out or not, and a
    colon (`索 引 号:`, `名    称:`)."""
    label = _FIELD_LABEL.match(line)
    if label is None:
        return None
    kind = _field_kinds().get(re.sub(r"\s+", "", label.group(1)))
    return (kind, line[label.end() :].strip()) if kind is not None else None


def _wechat_header(line: str) -> bool:
    """`原创 隆回县卫生健康局 隆回发布`: a WeChat article's header line, under its headline."""
    return line.startswith(tuple(data_groups("outlet_marks.tsv")["wechat"]))
