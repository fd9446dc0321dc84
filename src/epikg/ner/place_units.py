"""Bodies of listed places written with one kind after the list: `华城、安流、横陂3家中心卫生院` names three health
centres, one per town. Read by ner/bodies/ (organization_mentions)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
)
from epikg.records import EntityType, Mention

LISTED_PLACE_UNIT = "rule:place-unit-list"


@lru_cache(maxsize=1)
def _list_of_places() -> re.Pattern[str]:
    """The names after a list's first, each of two to four Han characters after 、, maybe `等`, maybe a count, maybe
    their level (`街道`), then a kind of body every place has (data/org_place_unit_kinds.txt)."""
    numeral = "[0-9" + "".join(data_table("numerals.tsv")) + "]"
    words = data_groups("working_groups.tsv")
    counters = alternation(data_longest_first("org_place_unit_counters.txt"))
    levels = alternation(data_longest_first("place_township_suffixes.txt"))
    return re.compile(
        rf"(?P<items>(?:、[\u4e00-\u9fff]{{2,4}}?)+)(?:{alternation(words['list_end'])})?"
        rf"(?:{numeral}+(?:{counters}))?(?P<level>{levels})?"
        rf"(?P<kind>{alternation(data_longest_first('org_place_unit_kinds.txt'))})"
    )


def units_of_listed_places(text: str, places: Sequence[Mention]) -> list[Mention]:
    """One body per listed name where every name is a division's (_a_place): the mention's text is the place's
    name as written, its name the place's body (华城中心卫生院). The first name is the longest such name right
    before the first 、 that starts a word."""
    read = {m.text for m in places}
    gaz = gazetteer.load()
    found = []
    for match in _list_of_places().finditer(text):
        first = next(
            (
                text[match.start() - length : match.start()]
                for length in (4, 3, 2)
                if _a_place(text[match.start() - length : match.start()], read, gaz)
                and _starts_a_word(text, match.start() - length)
            ),
            None,
        )
        items = [first, *match.group("items")[1:].split(LIST_COMMA)] if first else []
        if not items or not all(_a_place(item, read, gaz) for item in items[1:]):
            continue
        level = match.group("level") or ""  # `桐山、山前三个街道社区卫生服务中心`: the listed places' level
        if (
            level
            and any(item.endswith(_township_endings()) for item in items[:-1])
            and not items[-1].endswith(_township_endings())
        ):
            # `城关镇、新华镇卫生院`: the level is the last name's own (not `绥阳镇、三岔口镇等镇卫生院`)
            items[-1] += level
            level = ""
        at = match.start() - len(first)
        for item in items:
            # `绥阳镇、三岔口镇等镇卫生院`: a name written with its level takes it once
            name = item + ("" if item.endswith(level) else level) + match.group("kind")
            found.append(Mention(item, EntityType.ORGANIZATION, at, at + len(item), LISTED_PLACE_UNIT, name))
            at += len(item) + 1
    return found


def _township_endings() -> tuple[str, ...]:
    return data_longest_first("place_township_suffixes.txt")


def _starts_a_word(text: str, at: int) -> bool:
    """The list's first name starts after no Han character, or after a joiner or a preposition
    (`县中医院和华城、安流`; not `会师广场、西关小学操场`, whose 广场 ends a word begun before it)."""
    before = text[at - 1 : at]
    return not HAN.match(before or " ") or before in data_words("list_joiners.txt") | data_words(
        "place_before_chars.txt"
    )


def _a_place(item: str, read: set[str], gaz: gazetteer.Gazetteer) -> bool:
    """A division's name: one the text reads with a township's or village's ending after it (柳林 of 柳林镇), or
    one the gazetteer knows, in full or with a township's ending (横陂 of 横陂镇); not a square or a school's name
    the text reads as a place (`会师广场、西关小学操场`)."""
    if len(item) < 2 or not all(HAN.match(c) for c in item):
        return False
    if any(
        item + ending in read for ending in (*_township_endings(), *data_words("place_village_suffixes.txt"))
    ):
        return True
    return gaz.knows(item) or any(gaz.knows(item + ending) for ending in _township_endings())
