"""Bodies a page's own furniture names besides its outlet: the site in its header (`玉林新闻网 首页 | 时政`), a
repost's account (`原创 盖州发布 盖州发布`), and who holds, hosts and runs the site (`版权所有:蒲城县人民政府`,
`主办:肃宁县人民政府办公室`, `谷城县人民政府办公室主办`, `开州区人民医院 版权所有`). Marks are
data/page_body_marks.tsv.

Read, like the outlet, from the folded text before boilerplate is dropped; spans are offsets into that text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from epikg.lexicon import alternation, body_endings, data_groups, looks_like_body
from epikg.read.page_layout import header_end
from epikg.read.publication_date import edition, full_date

_NAME = r"[\u4e00-\u9fff·]{2,20}?"
_MENU_STEP = re.compile(r"[^。;,,;]{1,12}")  # `?? 首页`: runs of `?` where a page lost characters


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name after a label, and a name before an `after` word."""
    marks = {
        kind: "|".join(map(re.escape, words)) for kind, words in data_groups("page_body_marks.tsv").items()
    }
    return (
        re.compile(rf"(?:{marks['label']})\s*[:：]?\s*(?P<name>{_NAME})(?=[\s|,,;;]|$)"),
        # (the line's furniture ends there: `某某县人民政府主办 某某办公室承办`; not prose going on, `车间由某公司承办,`)
        re.compile(rf"(?:^|(?<=[\s|:：]))(?P<name>{_NAME})\s*(?:{marks['after']})(?=[\s|｜]|$)"),
    )


def _tokens(line: str) -> list[tuple[int, str]]:
    """(start, token) of a line's runs of Han characters."""
    return [(m.start(), m.group()) for m in re.finditer(r"[\u4e00-\u9fff]+", line)]


def _masthead(line: str) -> tuple[int, str] | None:
    """A newspaper's name heading its e-paper page: before an edition or issue number (`今日屏南 第2345期`), before
    the kind of page (`信阳日报 电子版`: data/page_body_marks.tsv), or, named as outlets are (data/datelines.tsv),
    before its date (`黔东南日报 2021年8月5日 星期四`), as a site or account is (`某某发布 2021-11-12 18:30`)."""
    tokens = _tokens(line)
    if not tokens:
        return None
    at, token = tokens[0]
    rest = line[at + len(token) :].strip()
    if len(token) < 2 or not rest:
        return None
    if edition().match(rest) or rest.startswith(tuple(data_groups("page_body_marks.tsv")["epaper"])):
        return at, token
    named = (*data_groups("datelines.tsv")["outlet"], *data_groups("page_body_marks.tsv")["site"])
    if full_date().match(rest) and token.endswith(named):
        return at, token  # `章丘发布 2021-11-12 18:30`: an account before its post's date
    return None


def header_masthead(lines: list[tuple[int, str]]) -> tuple[int, int, str] | None:
    """(start, end, name) of the masthead the page's header names (`今日屏南 第2345期`), if any."""
    for offset, line in lines[: header_end(lines)]:
        if masthead := _masthead(line):
            at, name = masthead
            return offset + at, offset + at + len(name), name
    return None


def _header_site(line: str) -> tuple[int, str] | None:
    """The site or account a header line names: its banner alone (`垫江发布`), before a date or an edition (an
    e-paper's masthead, named as outlets are: data/datelines.tsv), or before its navigation
    (`玉林新闻网 首页 | 时政`, and a body's portal: `谷城县人民政府 | 首页`); a repost's account (`原创 盖州发布 盖州发布`: named twice, or by its ending)."""
    marks = data_groups("page_body_marks.tsv")
    tokens = _tokens(line)
    if not tokens:
        return None
    if tokens[0][1] in marks["original"]:
        named = [t for _, t in tokens[1:]]
        return next(
            ((at, t) for at, t in tokens[1:] if named.count(t) > 1 or t.endswith(tuple(marks["site"]))), None
        )
    at, token = tokens[0]
    rest = line[at + len(token) :].strip()
    navigation = _navigation(rest)
    if token in marks["site"]:
        return None  # `发布:2020-04-21 | 来源:某某日报`: the ending alone, a label
    if masthead := _masthead(line):
        return masthead  # `黔东南日报 2021年8月5日 星期四`, `今日屏南 第2345期`: an e-paper's masthead
    if rest and (full_date().match(rest) or edition().match(rest)):
        return None
    if rest and not navigation:
        return None  # a line of words, not a site's banner or navigation
    if navigation and token.endswith(tuple(marks["channel"])) and not token.endswith(tuple(marks["site"])):
        return None  # `两岸新闻 › 大陆地方`: a breadcrumb from the site's section, which names no site
    if token.endswith(tuple(marks["site"])) or (
        navigation and (token.endswith(tuple(marks["nav_site"])) or looks_like_body(token))
    ):
        return at, token  # `谷城县人民政府 | 首页 > 新闻动态`: a body's own portal
    return None


def _navigation(rest: str) -> bool:
    """What follows a header's first word is a site's navigation: its first step a short item after a mark or
    before one (`首页 | 时政`, `| 首页 > 新闻动态`), not a headline after a column's label (`权威发布|某某市召开第二场
    新闻发布会`)."""
    marks = data_groups("page_body_marks.tsv")["nav"]
    if not any(mark in rest for mark in marks):
        return False
    steps = [step.split()[0] for step in re.split(alternation(marks), rest) if step.strip()]
    return bool(steps) and _MENU_STEP.fullmatch(steps[0]) is not None  # (its first word: a date may follow)


def _a_body(name: str) -> str:
    """The body's name, without an `after` word run into it (`监利县人民政府主办 监利县人民政府办公室承办`), or ""
    where it names no body or site (`版权所有 未经授权禁止转载`, `版权所有 本站部分内容转载自互联网`)."""
    marks = data_groups("page_body_marks.tsv")
    for word in marks["after"]:
        name = name.removesuffix(word)
    if any(word in name for word in marks["notice"]):
        return ""  # `版权所有 本站部分内容转载自互联网`: a notice
    if name in body_endings():
        return ""  # `供稿:办公室`: a kind of body, not which one
    site = name.endswith((*marks["site"], *marks["nav_site"]))
    labels = (*marks["label"], *marks["after"])
    return name if len(name) >= 2 and name not in labels and (site or looks_like_body(name)) else ""


def header_sites(lines: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the sites, accounts and mastheads the page's header names, in page order."""
    found: dict[str, tuple[int, int, str]] = {}
    for offset, line in lines[: header_end(lines)]:
        if site := _header_site(line):
            at, name = site
            found.setdefault(name, (offset + at, offset + at + len(name), name))
    return list(found.values())


def find_page_bodies(lines: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of every body the page's furniture names, in page order, each name once."""
    found = {name: (start, end, name) for start, end, name in header_sites(lines)}
    for offset, line in lines:
        for pattern in _patterns():
            for match in pattern.finditer(line):
                if name := _a_body(match.group("name")):
                    start = offset + match.start("name")
                    found.setdefault(name, (start, start + len(name), name))
        if repost := _repost().match(
            line
        ):  # `以下文章来源于某某公安 ,作者政治处`: the account, whatever its words
            start = offset + repost.start("name")
            found.setdefault(repost.group("name"), (start, repost.end("name") + offset, repost.group("name")))
    return sorted(found.values())


@lru_cache(maxsize=1)
def _repost() -> re.Pattern[str]:
    """A WeChat article's line naming the account it was reposted from (data/page_body_marks.tsv `repost`)."""
    marks = alternation(data_groups("page_body_marks.tsv")["repost"])
    return re.compile(rf"^\s*(?:{marks})\s*(?P<name>[\u4e00-\u9fff·]{{2,20}})(?=[\s,,]|$)")
