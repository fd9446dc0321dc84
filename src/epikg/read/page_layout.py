"""How a page sets out what it states about itself: where its header ends, its source line, and the labels it
prints beside a credited name. The publication date, the headline and the other page readers share them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from epikg.lexicon import alternation, data_groups, data_longest_first, data_words, run_of_names

HEADLINE_END = re.compile(r"[。!?;,]$")  # what ends a sentence, and no headline
_LONG_LINE = 60
_HEADING = 16  # the longest line read as a section's heading (`网友评论(共128条)`)
_HEADING_PARTS = 3  # a heading and the links beside it: 网友评论(4)|我要评论


@lru_cache(maxsize=1)
def posted_at() -> str:
    """A forum's mark of posting and the time it is followed by (`发表于 2020-2-9 15:32`, `发表于 昨天`:
    data/forum_handles.tsv), as a regex for a larger one: the time is looked ahead at, not taken. Shared by the
    credits (read/bylines.py) and the handles (ner/handles.py)."""
    marks = data_groups("forum_handles.tsv")
    return rf"(?:{alternation(marks['posted'])})[ \t]*(?=\d|{alternation(marks['when'])})"


@dataclass(frozen=True)
class Found:
    """A value the page states, with its span in the folded text."""

    value: str
    start: int
    end: int


def comment_heading(line: str) -> bool:
    """`网友评论(3)`, `精选留言`, `写留言`: the heading of the page's comment section (data/comment_headings.txt),
    a short line that opens with one; the page's own links may stand beside it (`网友评论(4)　　　　我要评论`). A
    word of data/comment_heading_lines.txt heads it alone on its line (`留言`)."""
    parts = line.split()
    return (
        bool(parts)
        and all(len(part) <= _HEADING for part in parts)
        and len(parts) <= _HEADING_PARTS
        and (
            parts[0].startswith(tuple(data_words("comment_headings.txt")))
            or (len(parts) == 1 and parts[0] in data_words("comment_heading_lines.txt"))
        )
    )


def header_end(lines: list[tuple[int, str]]) -> int:
    """Index of the first body-like line: long and punctuated like prose."""
    for i, (_, line) in enumerate(lines):
        if len(line) > _LONG_LINE and re.search(r"[,。;]", line):
            return i
    return len(lines)


def roles() -> tuple[str, ...]:
    """The roles a page credits people in (data/byline_roles.txt), longest first."""
    return data_longest_first("byline_roles.txt")


def credited_run(run: str) -> tuple[int, ...] | None:
    """The names a run of Han characters after a credit's role is made of (epikg.lexicon.run_of_names), where no
    role stands inside it (`胡昌伟通讯员余夕阳`: two credits, each read after its own role)."""
    return None if any(role in run for role in roles()) else run_of_names(run)


@lru_cache(maxsize=1)
def page_labels() -> tuple[str, ...]:
    """What a page prints right after a credited name, with no space between (`作者:罗静浏览量:2430`)."""
    return (*data_longest_first("page_labels.txt"), *roles())


@lru_cache(maxsize=1)
def dateline() -> re.Pattern[str]:
    """An outlet's dateline (`文化艺术报讯`, `四川新闻网眉山2月2日讯`, `新华社西宁3月5日电`), at the start of a line or
    after a space or bracket, where datelines stand (data/datelines.tsv): the outlet's name is the group `name`.
    Between the outlet and the wire word, a place (four characters at most) and a date, each optional; a place on
    either side of the date, but with no date only one (so no `举报中心和举报电话` is a dateline). A word of citing
    before the outlet is none of its name (`据某某县融媒体中心消息`: the outlet is 某某县融媒体中心; `据县融媒体中心消息`
    names too short an outlet for a dateline)."""
    words = data_groups("datelines.tsv")
    source = alternation(words["source"])
    outlets = rf"[\u4e00-\u9fff]{{2,8}}?(?:{alternation(words['outlet'])})|{alternation(words['agency'])}"
    return re.compile(
        rf"(?:^|(?<=[\s】)]))(?:{source})?(?!{source})(?P<name>{outlets})"
        rf"(?:[\u4e00-\u9fff]{{0,4}}(?:\d{{1,2}}月\d{{1,2}}日[\u4e00-\u9fff]{{0,4}})?(?:{alternation(words['wire'])})"
        rf"|(?:{alternation(words['news'])}))",
        re.MULTILINE,
    )


def dateline_end(text: str, start: int) -> int:
    """Where a dateline that opens the text at `start` ends (`中国江苏网3月19日盐城讯`), else `start`: its place is
    where the report was filed, not where what the sentence tells was done."""
    match = dateline().match(text, start)
    return match.end() if match else start


@lru_cache(maxsize=1)
def source_line() -> re.Pattern[str]:
    """A source line: a label of data/source_labels.txt, spaced out or not, a colon or a bar (`来源丨某某区融媒体中心`,
    the Han bar read as `|`), or the `?` a mojibake page left for its colon (`来源?某某县人民政府`), and the outlet,
    up to a bracket (`【信息来源:某某县人民政府办公室】`) or a quote."""
    return re.compile(
        rf"(?:{spaced(data_words('source_labels.txt'))})\s*(?:[::|]|\?{{1,2}})\s*"
        # a quoted name in it whole (`微信公众号“平遥发布”`), up to a closing quote of its own (`注明“来源:凉山新闻网”的作品`)
        r"(?P<name>(?:“[^”\s]{1,20}”|[^\s|::,()、。;?\[\]【】“”]){2,30})"
    )


def spaced(labels: Iterable[str]) -> str:
    """The labels as alternatives, each spaced out or not (`来 源`: some portals space their labels)."""
    return "|".join(r"\s?".join(map(re.escape, label)) for label in sorted(labels, key=len, reverse=True))
