"""Forum users' handles: a reply's header (`沙发 析城山下 发表于 2022-11-20`, `引用:太行山下的风 发表于`) and a
reply addressing users (`网友“凤城老李头”、“析城山下”您好`) name users, not the persons or places their words
spell. Marks are data/forum_handles.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from epikg.lexicon import data_groups
from epikg.read.page_layout import posted_at
from epikg.records import EntityType, Mention
from epikg.spans import occurrences


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    marks = {
        kind: "|".join(map(re.escape, words)) for kind, words in data_groups("forum_handles.tsv").items()
    }
    # set apart by spaces, and a time after `发表于`: a layout, not prose (`书记王明发表于《人民日报》`)
    header = re.compile(
        rf"(?m)^[ \t]*(?:(?:{marks['floor']}|{marks['label']}|\d+(?:{marks['numbered']}))[ \t]*)?"
        rf"(?P<handle>[^\s|:]{{2,16}})"
        rf"[ \t]+\|?[ \t]*{posted_at()}"
    )
    quoted = re.compile(rf"(?:{marks['quoted']})(?P<handles>(?:“[^”\n]{{1,16}}”、?)+)")
    # the handle alone on its line (maybe with its floor after it: `天河边的鱼  沙发`), the time it posted on the
    # next (`发表于 2022-4-18 17:02`), or on the line after its floor's own (`沙发`, `7#`, `楼主 | 6#`)
    floor = rf"(?:{marks['floor']}|\d+(?:{marks['numbered']}))"
    above = re.compile(
        rf"(?m)^[ \t]*(?P<handle>[^\s|:]{{2,16}})(?:[ \t]+(?:{marks['floor']}))?[ \t]*\n"
        rf"(?:[ \t]*{floor}(?:[ \t]*\|?[ \t]*{floor})*[ \t]*\n)?"
        rf"[ \t]*{posted_at()}"
    )
    # the floor, then the handle alone on its line (`楼主 小河边的柳树`), the post below it
    floored = re.compile(
        rf"(?m)^[ \t]*(?:{marks['floor']}|\d+(?:{marks['numbered']}))[ \t]+(?P<handle>[^\s|:]{{2,16}})[ \t]*$"
    )
    # the handle alone on its line, its floor alone on the next (`柳根儿` / `7#`, `古陶散人` / `楼主 | 6#`): the time
    # line between them was a forum's furniture, dropped
    stacked = re.compile(
        rf"(?m)^[ \t]*(?P<handle>[^\s|:]{{2,16}})[ \t]*\n[ \t]*{floor}(?:[ \t]*\|?[ \t]*{floor})*[ \t]*$"
    )
    # the handle alone on its line, its user's profile on the next (`岜沙小哥` / `UID 20817  帖子 312`)
    profiled = re.compile(
        rf"(?m)^[ \t]*(?P<handle>[^\s|:]{{2,16}})[ \t]*\n[ \t]*(?:{marks['profile']})[ \t]*\d"
    )
    return header, quoted, above, floored, stacked, profiled


def handle_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every user handle the text shows as one, and of each time a reply names it again
    (`回复 吉安人在台州:`): a handle is a user's wherever it is written."""
    header, quoted, above, floored, stacked, profiled = _patterns()
    spans = [
        match.span("handle")
        for pattern in (header, above, floored, stacked, profiled)
        for match in pattern.finditer(text)
    ]
    for match in quoted.finditer(text):
        at = match.start("handles")
        spans += [
            (at + m.start() + 1, at + m.end() - 1) for m in re.finditer(r"“[^”]*”", match.group("handles"))
        ]
    handles = {text[start:end] for start, end in spans if end - start >= _SHORTEST_REPEATED}
    again = [span for handle in handles for span in occurrences(text, handle)]
    return sorted(set(spans) | set(again))


# A handle of this many characters or more, written again, is the handle again (a shorter one may be a word).
_SHORTEST_REPEATED = 4


def outside_handles(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions, but no person or place inside a handle; a body's name stays one (`楼主 阳城县疫情防控办公室
    发表于`: an office posts under its own name)."""
    spans = handle_spans(text)
    return tuple(
        m
        for m in mentions
        if m.type is EntityType.ORGANIZATION or not any(s < m.end and m.start < e for s, e in spans)
    )
