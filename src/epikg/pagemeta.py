"""What a page states about itself: title, publication date, outlet, reporters and editors.

Read from the folded text before boilerplate is dropped (the date often sits in a
forum or portal line that cleaning removes). Spans are offsets into that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from epikg.lexicon import looks_like_name
from epikg.normalize import is_boilerplate


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


_LONG_LINE = 60
_DATE_KEYWORD = re.compile(r"(发表于|发布时间|发布日期|发稿时间|时间|日期|更新时间)\s*[::]?\s*$")
_FULL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:时](?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?!\d)"
)
_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d-])(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)"
)


def _header_end(lines: list[tuple[int, str]]) -> int:
    """Index of the first body-like line: long and punctuated like prose."""
    for i, (_, line) in enumerate(lines):
        if len(line) > _LONG_LINE and re.search(r"[,。;]", line):
            return i
    return len(lines)


def _to_datetime(match: re.Match[str]) -> date | datetime | None:
    year = int(match.group("y"))
    year = year + 2000 if year < 100 else year
    try:
        if match.group("H") is None:
            return date(year, int(match.group("m")), int(match.group("d")))
        return datetime(
            year, int(match.group("m")), int(match.group("d")),
            int(match.group("H")), int(match.group("M")), int(match.group("S") or 0),
        )
    except ValueError:
        return None


def find_published(lines: list[tuple[int, str]]) -> date | datetime | None:
    """The page's own date: a labelled date in the header first, then any full date there."""
    header = lines[: _header_end(lines) + 1]
    candidates: list[tuple[int, date | datetime]] = []
    for order, (_, line) in enumerate(header):
        for pattern in (_FULL_DATE, _SHORT_YEAR_DATE):
            for match in pattern.finditer(line):
                value = _to_datetime(match)
                if value is None or line.startswith("星期", match.end()) or line[match.end():].lstrip().startswith("星期"):
                    continue
                labelled = bool(_DATE_KEYWORD.search(line[: match.start()]))
                candidates.append((0 if labelled else 1 + order, value))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


_HEADLINE_END = re.compile(r"[。!?;,]$")


def find_title(lines: list[tuple[int, str]], html_title: str | None) -> Found | None:
    """The headline: the HTML title where the page has one, else the first short unpunctuated line."""
    if html_title:
        for offset, line in lines:
            position = line.find(html_title)
            if position >= 0:
                return Found(html_title, offset + position, offset + position + len(html_title))
    for offset, line in lines[: _header_end(lines)]:
        if _HEADLINE_END.search(line):
            break  # the first sentence: the headline, if any, came before it
        if _SOURCE.search(line) or _ROLE_START.match(line):
            continue
        tokens = re.split(r"[\s|]+", line)
        if len(tokens) >= 3 and all(len(t) <= 4 for t in tokens):
            continue  # navigation or a list of names
        if 6 <= len(line) <= 80 and not _HEADLINE_END.search(line) and not _FULL_DATE.search(line):
            return Found(line, offset, offset + len(line))
    return None


_SOURCE = re.compile(r"(?:来源|转自|稿源|出处|转载自|来自)\s*[::]\s*(?P<name>[^\s|::,()]{2,30})")
_ICP_SITE = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,20})\s*\(?\s*[\u4e00-\u9fff]ICP备")
_COPYRIGHT_SITE = re.compile(r"版权所有\s*[::]?\s*(?P<name>[\u4e00-\u9fff·]{2,20}?)(?:[\u4e00-\u9fff]ICP|\s|$)")


def find_outlet(lines: list[tuple[int, str]]) -> Found | None:
    """The outlet: a source line (来源/转自) first, then the site named in its ICP or copyright line."""
    for pattern in (_SOURCE, _ICP_SITE, _COPYRIGHT_SITE):
        for offset, line in lines:
            match = pattern.search(line)
            if match:
                name = re.sub(r"[\d\s]+$", "", match.group("name"))
                if len(name) >= 2:
                    return Found(name, offset + match.start("name"), offset + match.start("name") + len(name))
    return None


ROLES = (
    "特约记者", "见习记者", "实习记者", "记者", "实习生", "通讯员", "责任编辑", "责编", "编辑", "作者", "撰稿", "摄影",
    "审核", "校对",
)
# What a page prints right after a credited name, with no space between (`作者:罗静浏览量:2430`).
_PAGE_LABELS = ("浏览", "阅读", "点击", "来源", "发布", "时间", "日期", "字号", "分享", "报道", *ROLES)
_ROLE_START = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{0,6}?)(?P<role>" + "|".join(ROLES) + r")(?:[::]\s*|\s+)")
_NAME_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A two-character name padded to the width of three (`艾 辉`), as credit lines often set it.
_PADDED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_CREDIT_NAME = r"(?:[\u4e00-\u9fff]{2,4}|" + _PADDED_NAME.pattern + ")"
_AUTHOR_PARENS = re.compile(r"\((?P<names>" + _CREDIT_NAME + r"(?:\s+" + _CREDIT_NAME + r")+)\)\s*$")


def find_bylines(lines: list[tuple[int, str]]) -> tuple[tuple[Found, str | None], ...]:
    """Reporters, correspondents, editors and authors the page credits, with the role as written."""
    found: list[tuple[Found, str | None]] = []
    for offset, line in lines:
        for match in _ROLE_START.finditer(line):
            found.extend(_names_after(line, match.end(), offset, match.group("role")))
        parens = _AUTHOR_PARENS.search(line)
        if parens:
            found.extend(_names_after(line, parens.start("names"), offset, None))
    seen: set[tuple[str, int]] = set()
    unique = []
    for item in found:
        if (item[0].value, item[0].start) not in seen:
            seen.add((item[0].value, item[0].start))
            unique.append(item)
    return tuple(unique)


def _name_token(line: str, position: int) -> re.Match[str] | None:
    """Two to four Han characters at position; shorter where a page label follows (`罗静` + `浏览量`)."""
    match = _NAME_TOKEN.match(line, position)
    if match is None or line.startswith(_PAGE_LABELS, match.end()):
        return match
    for end in range(match.end() - 1, position + 1, -1):
        if line.startswith(_PAGE_LABELS, end):
            return _NAME_TOKEN.match(line[:end], position)
    return match


def _names_after(line: str, position: int, offset: int, role: str | None) -> list[tuple[Found, str | None]]:
    """Names separated by spaces or 、 from position on, stopping at the first token that is not a name."""
    names = []
    while True:
        match = _name_token(line, position)
        padded = None if match else _PADDED_NAME.match(line, position)
        name = padded.group(1) + padded.group(2) if padded else match.group(0) if match else ""
        if not name or name in ROLES or not looks_like_name(name):
            break
        match = match or padded
        after = line[match.end() : match.end() + 1]
        if after and after not in " 、,)]】\u3000" and not line.startswith(_PAGE_LABELS, match.end()):
            break
        names.append((Found(name, offset + match.start(), offset + match.end()), role))
        position = match.end()
        while position < len(line) and line[position] in " 、,\u3000":
            position += 1
    return names


def read_meta(text: str, html_title: str | None = None) -> PageMeta:
    """All of a page's self-description, from its folded (Simplified) text."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw_line in text.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            lines.append((pos + raw_line.index(stripped[0]), stripped))
        pos += len(raw_line) + 1
    return PageMeta(
        title=find_title([line for line in lines if not is_boilerplate(line[1])], html_title),
        published=find_published(lines),
        outlet=find_outlet(lines),
        bylines=find_bylines(lines),
    )
