"""Portal and forum furniture recognised line by line: breadcrumbs and menus, share buttons and counters, copyright
and ICP lines, a side column; never a line that carries a sentence of prose (data/boilerplate_*.t*).
"""

from __future__ import annotations

import re
from functools import lru_cache

from epikg import lexicon
from epikg.read.residue import CJK

# --- boilerplate ----------------------------------------------------------------------
# A line goes only when it is boilerplate as a whole: a prose line that merely contains
# 未经授权, 版权所有 or 无障碍, or a one-line page that starts with a breadcrumb, stays.


def _alternation(kinds: dict[str, tuple[str, ...]], kind: str) -> str:
    """One kind's words of a data file as an escaped regex alternation, longest first."""
    return "|".join(re.escape(word) for word in kinds.get(kind, ()))


@lru_cache(maxsize=1)
def _boilerplate_line() -> re.Pattern[str]:
    """Lines that are boilerplate by their whole shape (anchored at both ends): data/boilerplate_lines.tsv."""
    shapes = lexicon.data_groups("boilerplate_lines.tsv")
    return re.compile(
        "|".join(
            [
                rf"^(?:{_alternation(shapes, 'line')})$",
                rf"^[【\[]?(?:{_alternation(shapes, 'line_start')}).*$",  # `【上一篇】...`: in its brackets too
                r"^\d{1,6}$",
                # a WeChat collection's tags and their count (`#疫情防控 126个`)
                rf"^(?:#[^\s#]{{1,20}}\s*)+\d{{1,6}}(?:{_alternation(shapes, 'collection_count')})$",
                r"^[\w-]+\.(jpg|jpeg|png|gif|bmp|webp)$",
                # the button's word alone, or set off (colon, space, bar) before its target: `关闭所有棋牌室。` runs on
                rf"^(?:{_alternation(shapes, 'share')})(?:[\u4e00-\u9fff]{{0,8}}|[^\u4e00-\u9fff].{{0,30}})$",
                rf"^(?:{_alternation(shapes, 'counter')})\s*[::].{{0,40}}$",
                rf"^(?:{_alternation(shapes, 'views')}):\s*\d+\s*\|\s*(?:{_alternation(shapes, 'replies')}):\s*\d+$",
                rf"^(?:{_alternation(shapes, 'widget')})\b.{{0,20}}$",
                # a row of buttons, each in its brackets (`【我要纠错】 【分享到:微信 微博 QQ空间】`, `【打印】【关闭】`)
                rf"^(?:[【\[](?:{_alternation(shapes, 'widget')}|{_alternation(shapes, 'share')})"
                rf"(?:[^\u4e00-\u9fff】\]][^】\]]{{0,20}})?[】\]]\s*)+$",
                rf"^(?:{_alternation(shapes, 'edition')}).{{0,10}}$",
                # a forum post's controls (`回复 引用 举报 评分`)
                rf"^(?:{_alternation(shapes, 'control')})(?:[\s|]+(?:{_alternation(shapes, 'control')}))+$",
            ]
        ),
        re.I,
    )


@lru_cache(maxsize=1)
def _marker() -> re.Pattern[str]:
    """Words that mark portal furniture (data/boilerplate_markers.tsv): a line holding one is boilerplate when
    all its sentences are furniture."""
    where = lexicon.data_groups("boilerplate_markers.tsv")
    return re.compile(
        "|".join(
            [
                _alternation(where, "anywhere"),
                rf"(?:{_alternation(where, 'end')})$",
                rf"(?:{_alternation(where, 'unauthorized')})[,,]?\s*(?:{_alternation(where, 'forbidden')})",
                rf"(^|[\s|])(?:{_alternation(where, 'alone')})($|[\s|])|^(?:{_alternation(where, 'start')})",
            ]
        ),
        re.I,
    )


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    """What a furniture sentence talks about (data/boilerplate_furniture.txt); a Chinese sentence with none of
    these (nor a marker) is prose."""
    return re.compile(lexicon.data_alternation("boilerplate_furniture.txt"), re.I)


_SENTENCE_STOP = re.compile(r"(?<=[。!?;!?;])")


PROSE_CJK = re.compile(rf"[{CJK}]")


@lru_cache(maxsize=1)
def _breadcrumb_head() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:{_alternation(lexicon.data_groups('boilerplate_breadcrumbs.tsv'), 'head')})\s*[::]\s*"
    )


_BREADCRUMB_STEP = re.compile(r"\s*(?:>>|>|»|›|/|→|>|\|)\s*|\s+\?+\s+")  # `?`: a mojibake separator


_LOST_CHARACTERS = re.compile(r"\?{2,}")  # `?? 首页 > 正文`, `云阳?? | 政务`: mojibake, not a question


_CRUMB = re.compile(r"[^。!?;,,!?;]{1,24}")


_SPACED_MENU = 4  # items of a menu set apart by spaces alone, its home first


_SPACED_MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}")


_MENU_ITEM = re.compile(r"(?=.*\D)[^。!?;,,!?;::]{1,12}")  # not a date's digits (`2021/8/5`), no label


@lru_cache(maxsize=1)
def tail_section() -> re.Pattern[str]:
    """Everything after one of these headers (data/boilerplate_tail_headers.txt) is the portal's, not the
    article's; set off by a few marks or none (`▍推荐阅读`, `【相关新闻】`, `相关阅读:`), or with its links after it on
    its line (`推荐阅读 › 某某县启动应急响应 › 某某市公共场所全部扫码`, `【相关链接】 某某卫健委 | 某某市人民政府`)."""
    return re.compile(
        rf"^[^\w]{{0,3}}(?:{lexicon.data_alternation('boilerplate_tail_headers.txt')})"
        rf"(?:[^\w]{{0,3}}$|[^\w]{{0,3}}[›>|丨·].*$|[^\w]{{1,3}}[^。,;!?|丨]+[|丨].*$)"
    )


def is_breadcrumb(line: str) -> bool:
    """`当前位置: 首页 > 要闻 > 正文` as a whole (or from a site's section: `新闻中心 > 部门动态`): every step a short
    name, nothing after the last; or a menu of three or more short items. Runs of `?` where a page lost characters
    (an icon, a word) are no part of it."""
    line = _LOST_CHARACTERS.sub("", line).strip()
    head = _breadcrumb_head().match(line)
    rest = line[head.end() :] if head else line
    steps = [step for step in _BREADCRUMB_STEP.split(rest) if step]
    words = line.split()
    marks = lexicon.data_groups("boilerplate_breadcrumbs.tsv")
    if (
        not head
        and len(words) >= _SPACED_MENU
        and words[0] in marks["home"]
        and all(_SPACED_MENU_ITEM.fullmatch(word) for word in words)
    ):
        return True  # `首页 机构概况 教育动态 通知公告 政策法规`: a site's menu set apart by spaces alone
    if not head and (len(steps) < 2 or steps[0] not in (*marks["home"], *marks["section"])):
        # a site's menu or a forum's trail: three or more short items and nothing else (`德州新闻网 首页 | 时政
        # | 县域`, `某某论坛 › 新闻 › 民生热点`)
        return len(steps) >= 3 and all(_MENU_ITEM.fullmatch(step) for step in steps)
    return all(_CRUMB.fullmatch(step) for step in steps)


def is_boilerplate(line: str) -> bool:
    """Whether the whole line is portal or forum furniture (never a line that carries prose); a bullet before
    it (`›上一篇: …`, `?上一篇: …`) changes nothing."""
    if _SIDE_COLUMN.match(line.strip()):
        return True  # `│ 热门排行`, `│ 1. 某某县召开…`: a side column's lines, run in between the article's
    stripped = BULLET.sub("", line.strip(), count=1).strip()
    if not stripped:
        return False
    if _boilerplate_line().search(stripped) or is_breadcrumb(stripped):
        return True
    if not _marker().search(stripped):
        return False
    return not any(_is_prose(sentence) for sentence in _SENTENCE_STOP.split(stripped))


def _is_prose(sentence: str) -> bool:
    return (
        len(PROSE_CJK.findall(sentence)) >= 4
        and not _marker().search(sentence)
        and not _furniture().search(sentence)
    )


_SIDE_COLUMN = re.compile(r"^[│┃║]")  # a box-drawing bar: the page's side column, drawn beside the article


BULLET = re.compile(r"^(?:[·•●◆■▪▶>›»]|\?+)")  # `?`, `??`: a mojibake bullet (one lost character or two)
