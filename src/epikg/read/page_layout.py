"""How a page sets out what it states about itself: where its header ends, and the labels it prints
beside a credited name. The publication date and the other page readers share them."""

from __future__ import annotations

import re
from functools import lru_cache

from epikg.lexicon import data_longest_first

_LONG_LINE = 60


def header_end(lines: list[tuple[int, str]]) -> int:
    """Index of the first body-like line: long and punctuated like prose."""
    for i, (_, line) in enumerate(lines):
        if len(line) > _LONG_LINE and re.search(r"[,。;]", line):
            return i
    return len(lines)


def roles() -> tuple[str, ...]:
    """The roles a page credits people in (data/byline_roles.txt), longest first."""
    return data_longest_first("byline_roles.txt")


@lru_cache(maxsize=1)
def page_labels() -> tuple[str, ...]:
    """What a page prints right after a credited name, with no space between (`作者:罗静浏览量:2430`)."""
    return (*data_longest_first("page_labels.txt"), *roles())
