"""The people a page credits: reporters, correspondents, editors and authors after a role (`记者 张明`,
`编辑:刘晓东`), before one (`张明 摄`), in brackets after a dateline (`(记者 李蕾 通讯员 张羽飞)`), and the
units credited before them (`作者:田东县应急管理局 黄春兰`). Read from the folded text, as pagemeta reads it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from epikg.lexicon import (
    data_alternation,
    data_groups,
    data_longest_first,
    data_words,
    is_common_word,
    is_minority_name,
    is_surname_and_title,
    looks_like_body,
    looks_like_name,
    minority_name_at,
    titles,
)
from epikg.read.page_layout import Found, credited_run, page_labels, posted_at, roles


@lru_cache(maxsize=1)
def role_start() -> re.Pattern[str]:
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
    into names (credited_run, in names_after)."""
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
UNIT = re.compile(r"[\u4e00-\u9fff]{2,16}")


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
        for match in (*role_start().finditer(line), *_role_glued().finditer(line)):
            role = match.groupdict().get("barred") or match.group("role")
            at = match.start("barred" if match.groupdict().get("barred") else "role")
            if line.endswith(data_longest_first("byline_not_role_prefixes.txt"), 0, at):
                continue  # `只看该作者 | 只看大图`: a forum's button, no credit
            if "|" in match.group() and line.count("|") >= MENU_BARS:
                continue  # `首页 | 图片 | 视频 | 简体版`: a site's menu, its items no role and no name
            named = names_after(line, match.end(), offset, role)
            if named and _posted_after(line, named[-1][0].end - offset):
                continue  # `作者:山城游子  发表于 2020-2-9 15:32`: a forum thread's author, a user's handle
            found.extend(named)
        for match in _role_glued(5, 9).finditer(line):  # `(记者李蕾张羽飞)`: names a crawl ran together
            run = _HAN_RUN.match(line, match.end())
            if run and credited_run(run.group()):
                found.extend(names_after(line, match.end(), offset, match.group("role")))
        if credit := _role_after_names().search(line) or _role_after_dateline().search(
            line
        ):  # a photo's or a text's credit, no post (`摄`)
            named = names_after(line, credit.start("names"), offset, credit.group("role"))
            found.extend((name, None) for name, _ in named)
        # `▲志愿者为群众测温 张明 摄`: a caption's credit; `张明 摄`: a credit's own line
        if credit := _credit_line().match(line) or _caption_credit().search(line):
            named = names_after(line, credit.start("names"), offset, credit.group("role"))
            found.extend((name, None) for name, _ in named)
        for credit in _slashed_after_name().finditer(line):  # `张明/文 李强/图`
            name = credit.group("names")
            if looks_like_name(name) or is_minority_name(name.replace("·", "")):
                found.append(
                    (Found(name, offset + credit.start("names"), offset + credit.end("names")), None)
                )
        if _NAMES_LINE.match(line):  # every token a name, none an everyday word (`新闻 动态` names no one)
            named = names_after(line, 0, offset, None)
            if sum(len(n.value) for n, _ in named) == sum(c.isalpha() for c in line) and not any(
                is_common_word(n.value) for n, _ in named
            ):
                found.extend(named)
        parens = _AUTHOR_PARENS.search(line) or _AUTHOR_AFTER_SENTENCE.search(line)
        if parens:
            found.extend(names_after(line, parens.start("names"), offset, None))
        elif (unit := _unit_authors().search(line)) and (
            _is_credited_unit(unit.group("unit")) or looks_like_body(unit.group("unit"))
        ):
            found.extend(names_after(line, unit.start("names"), offset, None))
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


def past_separators(line: str, position: int) -> int:
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


@lru_cache(maxsize=1)
def _posted() -> re.Pattern[str]:
    return re.compile(rf"[ \t\u3000|]*{posted_at()}")


def _posted_after(line: str, end: int) -> bool:
    """A forum's mark of posting and its time follow (`发表于 2020-2-9 15:32`, `发表于 昨天`: page_layout.posted_at)."""
    return _posted().match(line, end) is not None


def names_after(line: str, position: int, offset: int, role: str | None) -> list[tuple[Found, str | None]]:
    """Names separated by spaces or 、 from position on, stopping at the first token that is not a name."""
    names = []
    outlets = data_groups("datelines.tsv")["outlet"]
    outlet_words = tuple(w for w in outlets if len(w) > 1)
    while True:
        unit = UNIT.match(line, position)
        if unit and _is_credited_unit(unit.group()):
            # `作者:宣传科 上官婉清`, `作者:田东县应急管理局 黄春兰`, `供稿:柳林镇 张丽华`: the unit, then its person
            position = past_separators(line, unit.end())
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
            position = past_separators(line, at)
            continue
        if role and match and name in titles() and name not in roles():
            # `发布人:副县长 田建军`: after a credit's label, the post, then the name
            if (after := past_separators(line, match.end())) == match.end():
                break
            position = after
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
        position = past_separators(line, _past_note(line, match.end()))
    return names


def _past_note(line: str, position: int) -> int:
    """Past a note in brackets right after a credited name (`王建军(东坑镇政府)、刘艳`, `刘晓东(实习)`)."""
    if line[position : position + 1] != "(":
        return position
    close = line.find(")", position)
    return close + 1 if close > 0 else position
