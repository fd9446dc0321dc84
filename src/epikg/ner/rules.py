"""The genre layer: gazetteer places and suffix organizations (title-context persons: ner/persons.py).

Rules are data (epikg/data/*.txt) that a user can extend; this module only
applies them. Every mention says which rule found it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import HAN, generic_bodies, is_common_word, org_type_rules, read_data_lines
from epikg.ner.persons import (
    person_mentions as person_mentions,  # re-exported: title-context persons live there
)
from epikg.records import EntityType, Mention

_MAX_PLACE = 12


@lru_cache(maxsize=1)
def _org_suffix_pattern() -> re.Pattern[str]:
    suffixes = sorted(read_data_lines("org_suffixes.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, suffixes)))


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
            if levels & {"province", "prefecture", "county"} or (length >= 3 and "township" in levels):
                if not _starts_inside_a_word(text, i):
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


_LEVEL_CHARS = "省市县区镇乡村"
_COMMITTEE = re.compile(r"[县市省区]?委(?!员)")
# Words that make a span a clause, not a body's name (`全县共组建党员突击队`, `各级党组织`).
_NOT_IN_BODY = re.compile(r"共|组建|成立|设立|建立|开展|召开|举行|部署|研究|落实|要求|各级|全|所有|每个|发动|派出(?!所)")


_DATELINE = re.compile(
    r"(?:^|(?<=[\s】)]))(?P<name>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报|新闻网|网|电视台|客户端))"
    r"[\u4e00-\u9fff]{0,4}(?:\d{1,2}月\d{1,2}日)?[电讯]",
    re.MULTILINE,
)  # at the start of a line or after a space or bracket, where datelines stand


def organization_mentions(text: str, places: list[Mention]) -> list[Mention]:
    """Bodies that end in a known suffix and start at a place name or a level character (`县防指`)."""
    suffix = _org_suffix_pattern()
    place_ends = {m.end: m for m in places}
    found = []
    for match in suffix.finditer(text):
        start = _org_start(text, match.start(), place_ends)
        if start is not None and not _NOT_IN_BODY.search(text[start : match.start()]):
            found.append(Mention(text[start : match.end()], EntityType.ORGANIZATION, start, match.end(), "rule:suffix"))
    # The outlet of a dateline: `文化艺术报讯`, `四川新闻网眉山2月2日讯`, `中新网长沙1月26日电`.
    for match in _DATELINE.finditer(text):
        found.append(Mention(match.group("name"), EntityType.ORGANIZATION, match.start(), match.end("name"),
                             "rule:suffix"))
    # `苍南县委`, `南县县委`: a county, city or province name followed by 委.
    for place in places:
        committee = _COMMITTEE.match(text, place.end)
        if committee and place.text[-1] in "县市省区":
            end = committee.end()
            found.append(Mention(text[place.start : end], EntityType.ORGANIZATION, place.start, end, "rule:suffix"))
    return found


def _org_start(text: str, suffix_start: int, place_ends: dict[int, Mention]) -> int | None:
    """Walk back from the suffix over at most 8 Han characters to a place name, else the nearest level character."""
    level_start = None
    for start in range(suffix_start, max(-1, suffix_start - 9), -1):
        if start in place_ends:
            return place_ends[start].start
        if start < suffix_start and not HAN.match(text[start]):
            break
        if text[start] in _LEVEL_CHARS and level_start is None and not is_common_word(text[start - 1 : start + 1]):
            level_start = start  # 县 in `率领县防疫领导小组`, not 区 in `社区` or `小区`
    return level_start


# --- organization names -----------------------------------------------------------


def is_generic(name: str) -> bool:
    """A body named without its place (`县委`, `镇党委`, `防指`): it means different bodies in different articles."""
    return name[:1] in _LEVEL_CHARS or name in generic_bodies()


def org_type(name: str) -> str:
    """party_committee, government, command_headquarters, working_group, health_body, media_outlet, police, other_body."""
    for ending, kind in org_type_rules():
        if name.endswith(ending):
            return kind
    return "other_body"
