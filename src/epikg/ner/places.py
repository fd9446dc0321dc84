"""Place mentions from the gazetteer: divisions, villages under a named township, short forms."""

from __future__ import annotations

import re
from collections.abc import Iterable

from epikg import gazetteer
from epikg.lexicon import HAN, is_common_word
from epikg.records import EntityType, Mention

_MAX_PLACE = 12


def place_mentions(text: str) -> list[Mention]:
    """Divisions the gazetteer knows; villages only under a township the text names.

    Where two names overlap (`苍南金乡镇` holds 南金乡 and 金乡镇) the longer wins, then
    the one whose county or province the text also names.
    """
    gaz = gazetteer.load()
    candidates = _division_candidates(text, gaz)
    standalone = {name for start, name in candidates if len(name) == 2 and _stands_alone(text, start)}
    candidates = [(start, name) for start, name in candidates if len(name) > 2 or name in standalone]
    named = {name for _, name in candidates}
    ranked = sorted(candidates, key=lambda c: (-len(c[1]), -_in_context(c[1], named, gaz), c[0]))
    found: list[Mention] = []
    for start, name in ranked:
        end = start + len(name)
        if not any(m.start < end and start < m.end for m in found):
            found.append(Mention(name, EntityType.PLACE, start, end, "rule:gazetteer"))
    found.extend(_villages(text, found, gaz))
    found.extend(_aliases(text, found, gaz))
    found.extend(_city_aliases(text, found, gaz))
    return sorted(found, key=lambda m: m.start)


def _division_candidates(text: str, gaz: gazetteer.Gazetteer) -> list[tuple[int, str]]:
    """Every (start, name) where a county-or-higher name (2+ characters) or a township name (3+) occurs."""
    found = []
    for i in range(len(text)):
        for length in range(2, min(_MAX_PLACE, len(text) - i) + 1):
            name = text[i : i + length]
            levels = {d.level for d in gaz.lookup(name)}
            if length == 2 and is_common_word(name) and "province" not in levels:
                continue  # 城区 and 郊区 are districts somewhere, but in running text they are words
            stated = levels & {"province", "prefecture", "county"} or (length >= 3 and "township" in levels)
            if stated and not _starts_inside_a_word(text, i):
                found.append((i, name))
    return found


_PLACE_ENDS = set("省市县区旗盟州镇乡村")


def _starts_inside_a_word(text: str, start: int) -> bool:
    """`大社区` in `广大社区居民`: the name's first character closes an everyday word (广大) that began before it.
    After a place's own last character (`平江县城关镇`: 县城 is a word too) the name starts fresh."""
    return start > 0 and text[start - 1] not in _PLACE_ENDS and is_common_word(text[start - 1 : start + 1])


_BEFORE_PLACE = set("在到赴从往向对由与和及、是为了的")


def _stands_alone(text: str, start: int) -> bool:
    """A two-character name (南县, 富县) counts where it is not the tail of a word (`旅游富县`) somewhere."""
    before = text[start - 1] if start else ""
    return not before or not HAN.match(before) or before in _BEFORE_PLACE


def _in_context(name: str, named: set[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether some division of this name lies under another name the text holds."""
    return any(a.name in named for d in gaz.lookup(name) for a in gaz.chain(d)[1:])


def _villages(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Villages and communities listed under the townships this text names."""
    names: set[str] = set()
    for mention in places:
        for division in gaz.lookup(mention.text):
            if division.level == "township":
                names.update(c.name for c in gaz.children_of(division) if len(c.name) >= 3)
    return free_occurrences(text, names, places, EntityType.PLACE, "rule:gazetteer")


def _aliases(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Short forms (`苍南` for 苍南县) once the text has used the full name."""
    aliases = {}
    for mention in places:
        for division in gaz.lookup(mention.text):
            if division.alias and division.alias != division.name and len(division.alias) >= 2:
                aliases[division.alias] = division.name
    return free_occurrences(text, aliases, places, EntityType.PLACE, "rule:alias")


# `朝阳社区` is a community, not 朝阳市; `温州日报` is an outlet.
_NAME_GOES_ON = ("社", "村", "路", "街", "镇", "乡", "区", "日报", "晚报", "新闻", "网", "电视", "广播", "融媒")


def _name_goes_on(text: str, end: int) -> bool:
    return text.startswith(_NAME_GOES_ON, end)


def _city_aliases(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`在长沙作了手术`, `监测湖北武汉返乡人员`: a province or prefecture by its short form, where it starts
    a word: after punctuation or a preposition, a common word (监测) or another place (湖北)."""
    found = sorted(free_occurrences(text, gaz.city_aliases, places, EntityType.PLACE, "rule:alias"),
                   key=lambda m: m.start)
    ends = {m.end for m in places}
    kept = []
    for m in found:
        starts_word = _stands_alone(text, m.start) or is_common_word(text[max(0, m.start - 2) : m.start])
        if (starts_word or m.start in ends) and not _name_goes_on(text, m.end):
            kept.append(m)
            ends.add(m.end)
    return kept


def free_occurrences(
    text: str, names: Iterable[str], taken: Iterable[Mention], kind: EntityType, source: str
) -> list[Mention]:
    """Every occurrence of the names (longest first) that overlaps no mention already taken."""
    spans = [(m.start, m.end) for m in taken]
    found = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            if not any(s < end and start < e for s, e in spans):
                found.append(Mention(name, kind, start, end, source))
                spans.append((start, end))
    return found
