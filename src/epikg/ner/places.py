"""Place mentions: divisions from the gazetteer, villages after their township, a town's bare name,
short forms, and named places below the divisions (`金徽社区`, `城南花园`, `G104国道`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    data_alternation,
    data_groups,
    data_longest_first,
    data_rows,
    data_words,
    is_common_word,
    looks_like_body,
    numerals,
    surnames,
    titles,
    two_character_words,
)
from epikg.records import EntityType, Mention
from epikg.spans import Taken, occurrences

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
    taken = Taken(len(text))
    for start, name in ranked:
        end = start + len(name)
        if not taken.overlaps(start, end):
            found.append(Mention(name, EntityType.PLACE, start, end, "rule:gazetteer"))
            taken.add(start, end)
    found.extend(_villages(text, found, gaz))
    found.extend(_townships_after_counties(text, found, gaz))
    found.extend(_villages_after_townships(text, found))
    found.extend(_bare_townships(text, found, gaz))
    found.extend(_aliases(text, found, gaz))
    found.extend(_city_aliases(text, found, gaz))
    found.extend(_own_county_alias(text, found, gaz))
    found = _named_over_aliases(text, found)
    found.extend(listed_bare_names(text, found))
    found.extend(list_siblings(text, found))
    return sorted(found, key=lambda m: m.start)


def _named_over_aliases(text: str, found: list[Mention]) -> list[Mention]:
    """The named places (streets, roads, stations) added to `found`. A short name read inside one gives way to
    it (`泾阳` in `包茂高速泾阳出口检查站`, where the article names 泾阳县): the facility is the place written."""
    aliases = [m for m in found if m.source == "rule:alias"]
    named = named_places(text, [m for m in found if m.source != "rule:alias"])
    named = [n for n in named if all(a.end <= n.start or n.end <= a.start or _wraps(n, a) for a in aliases)]
    kept = [m for m in found if not (m.source == "rule:alias" and any(_wraps(n, m) for n in named))]
    return kept + named


def _wraps(outer: Mention, inner: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and outer != inner


def _division_candidates(text: str, gaz: gazetteer.Gazetteer) -> list[tuple[int, str]]:
    """Every (start, name) where a county-or-higher name (2+ characters) or a township name (3+) occurs."""
    found = []
    for i, name, levels in gaz.written_divisions.occurrences(text, _MAX_PLACE):
        if len(name) == 2 and is_common_word(name) and "province" not in levels:
            continue  # 城区 and 郊区 are districts somewhere, but in running text they are words
        if name in data_words("place_directional_divisions.txt") and not _after_a_level_char(text, i):
            continue  # `芙蓉里社区(西区)`: the west part of a compound, not the district
        stated = levels & {"province", "prefecture", "county"} or (len(name) >= 3 and "township" in levels)
        if stated and not _starts_inside_a_word(text, i) and not _begins_a_title(text, i, name):
            found.append((i, name))
    return found


def _after_a_level_char(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in data_words("place_level_chars.txt")


def _begins_a_title(text: str, start: int, name: str) -> bool:
    """`代县长` is an acting county head, not 代县 (a county in Shanxi) and 长: a title word that begins
    where the name does and goes on past it wins."""
    return any(len(t) > len(name) and t.startswith(name) and text.startswith(t, start) for t in titles())


def _starts_inside_a_word(text: str, start: int) -> bool:
    """`大社区` in `广大社区居民`: the name's first character closes an everyday word (广大) that began before it.
    After a place's own last character (`平江县城关镇`: 县城 is a word too) the name starts fresh."""
    return (
        start > 0
        and text[start - 1] not in data_words("place_level_chars.txt")
        and is_common_word(text[start - 1 : start + 1])
    )


def _stands_alone(text: str, start: int) -> bool:
    """A two-character name (南县, 富县) counts where it is not the tail of a word (`旅游富县`) somewhere."""
    before = text[start - 1] if start else ""
    return not before or not HAN.match(before) or before in data_words("place_before_chars.txt")


def _in_context(name: str, named: set[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether some division of this name lies under another name the text holds."""
    return any(a.name in named for d in gaz.lookup(name) for a in gaz.chain(d)[1:])


def _villages(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Villages and communities listed under the townships this text names, where the name starts a word:
    `天星村` is no village inside `下辛店镇满天星村`."""
    names: set[str] = set()
    for mention in places:
        for division in gaz.lookup(mention.text):
            if division.level == "township":
                names.update(c.name for c in gaz.children_of(division) if len(c.name) >= 3)
    ends = {m.end for m in places}
    found = free_occurrences(text, names, places, EntityType.PLACE, "rule:gazetteer")
    return [m for m in found if m.start in ends or _stands_alone(text, m.start)]


def _aliases(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Short forms (`苍南` for 苍南县) once the text has used the full name."""
    aliases = {}
    for mention in places:
        for division in gaz.lookup(mention.text):
            if division.alias and division.alias != division.name and len(division.alias) >= 2:
                aliases[division.alias] = division.name
    return free_occurrences(text, aliases, places, EntityType.PLACE, "rule:alias")


def _name_goes_on(text: str, end: int) -> bool:
    """`朝阳社区` is a community, not 朝阳市; `温州日报` is an outlet (data/place_name_goes_on.txt)."""
    return text.startswith(tuple(data_words("place_name_goes_on.txt")), end)


def _city_aliases(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`在长沙作了手术`, `监测湖北武汉返乡人员`: a province or prefecture by its short form, where it starts
    a word: after punctuation or a preposition, a common word (监测) or another place (湖北)."""
    found = sorted(
        free_occurrences(text, gaz.city_aliases, places, EntityType.PLACE, "rule:alias"),
        key=lambda m: m.start,
    )
    ends = {m.end for m in places}
    kept = []
    for m in found:
        starts_word = _stands_alone(text, m.start) or is_common_word(text[max(0, m.start - 2) : m.start])
        if (starts_word or m.start in ends) and not _name_goes_on(text, m.end):
            kept.append(m)
            ends.add(m.end)
    return kept


def _own_county_alias(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`县四大班子领导在舞阳分会场收听收看`: an article that speaks of its own county (`我县`, `全县`: the
    scope_county words of data/measure_places.tsv) but names no county in full may write it by its short
    form. Read where exactly one such short form of one county stands alone in the text, and it is no
    everyday word."""
    if not any(word in text for word in data_groups("measure_places.tsv").get("scope_county", ())):
        return []
    if any(d.level == "county" for m in places for d in gaz.lookup_written(m.text)):
        return []
    aliases = gaz.county_aliases
    seen = {
        text[i : i + n]
        for n in (2, 3)
        for i in range(len(text) - n + 1)
        if text[i : i + n] in aliases and not is_common_word(text[i : i + n])
    }
    if len(seen) != 1:
        return []
    return [
        m
        for m in free_occurrences(text, seen, places, EntityType.PLACE, "rule:alias")
        if _stands_alone(text, m.start)
        and not _name_goes_on(text, m.end)
        and not _inside_a_body(text, m.start, m.end)
    ]


def free_occurrences(
    text: str, names: Iterable[str], taken: Iterable[Mention], kind: EntityType, source: str
) -> list[Mention]:
    """Every occurrence of the names (longest first) that overlaps no mention already taken."""
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    found = []
    for name in sorted(names, key=len, reverse=True):
        for start, end in occurrences(text, name):
            if not spans.overlaps(start, end):
                found.append(Mention(name, kind, start, end, source))
                spans.add(start, end)
    return found


# --- places the gazetteer does not list: villages after their township, a town's bare name, named places ---

NAMED_PLACE = "rule:place-name"
_MAX_STEM = 4  # Han characters of a name before its ending: 金徽 (社区), 瑞丰国际 (社区)


@lru_cache(maxsize=1)
def _road_code() -> re.Pattern[str]:
    """`G104国道`, `S222线`, `X012县道`, `207国道`: a road by its number (data/place_road_code_words.txt,
    place_road_number_words.txt)."""
    return re.compile(
        rf"[GSXYZ]\d{{1,4}}(?:{data_alternation('place_road_code_words.txt')})"
        rf"|(?<![\dA-Za-z.])\d{{3}}(?:{data_alternation('place_road_number_words.txt')})"
    )


@lru_cache(maxsize=1)
def _road_facility() -> re.Pattern[str]:
    """`洛栾高速栾川下站口`: a motorway's exit, station or service area is named after the road and the place."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{data_alternation('place_road_facilities.txt')})")


def _through_facility(text: str, end: int) -> int:
    """Where a road's name ends, or the name of its facility right after it."""
    if not text.endswith(data_longest_first("place_roads.txt"), 0, end):
        return end
    facility = _road_facility().match(text, end)
    return facility.end() if facility else end


def _through_community(text: str, end: int) -> int:
    """`建设路社区`, `解放路街道`: a community or street named after a road or square goes on past its ending."""
    after = (
        *data_longest_first("place_village_suffixes.txt"),
        *data_longest_first("place_township_suffixes.txt"),
    )
    ending = next((s for s in after if text.startswith(s, end) and len(s) >= 2), None)
    return end + len(ending) if ending else end


def _generic(stem: str) -> bool:
    """`各个`, `全县`, `该小`, `辖区`, `居民`: a demonstrative, quantifier, scope or kind word, no name."""
    if stem.startswith(tuple(data_words("place_name_never_starts.txt"))):
        return True
    if any(c in data_words("place_function_chars.txt") for c in stem):
        return True  # `回家的路`, `必经之路`
    head = stem[:2]
    return is_common_word(head) and head not in data_words("place_name_words.txt")


def _starts_a_name(text: str, start: int, ends: set[int]) -> bool:
    """A name starts after punctuation, a preposition or the list comma, or right after a place
    (`河口镇向阳村`), and not inside a word."""
    if start == 0 or not HAN.match(text[start - 1]):
        return True
    after = (
        start in ends
        or text[start - 1] in data_words("place_before_chars.txt")
        or _after_a_village(text, start)
        or text.endswith(tuple(data_words("place_locative_words.txt")), 0, start)
    )
    return after and not is_common_word(text[start - 1 : start + 1])


def _after_a_village(text: str, start: int) -> bool:
    """`五岔村头桥卡口`: right after a village's name (its ending, and no everyday word such as 农村 or
    包村 before it) a new name starts, whether or not a rule has read that village."""
    suffix = next(
        (s for s in data_longest_first("place_village_suffixes.txt") if text.endswith(s, 0, start)), None
    )
    if suffix is None or start - len(suffix) < 2:
        return False
    before = start - len(suffix)
    return all(HAN.match(c) for c in text[before - 2 : before]) and not is_common_word(
        text[before - 1 : before + 1]
    )


def _phrase(stem: str) -> bool:
    """`带头组建` (卡点), `乡镇` (卡点): two words side by side, or a kind of place, make a phrase, not a name."""
    words = two_character_words()
    if len(stem) == 4 and stem[:2] in words and stem[2:] in words:
        return True
    places = (
        *data_words("place_name_suffixes.txt"),
        *data_words("place_village_suffixes.txt"),
        *data_words("place_kind_words.txt"),
    )
    return stem.endswith(places)


def _name_before(text: str, end: int, ends: set[int]) -> int | None:
    """Where the shortest name of 2 to 4 Han characters ending at `end` starts, if one does."""
    if end >= 1 and is_common_word(text[end - 1 : end + 1]):
        return None  # `思路`, `道路`: the ending's first character closes an everyday word
    for length in range(1, _MAX_STEM + 1):
        start = end - length
        if start < 0 or not HAN.match(text[start]):
            return None
        if length >= 2 and _starts_a_name(text, start, ends):
            stem = text[start:end]
            return None if _generic(stem) or _phrase(stem) else start
    return None


def named_places(text: str, taken: Iterable[Mention]) -> list[Mention]:
    """Streets, communities, roads, stations, checkpoints, markets, compounds, squares and halls:
    a name of a few Han characters before an ending of data/place_name_suffixes.txt (`金徽社区`,
    `城南花园`, `兴盛菜市场`), and roads by their number (`G104国道`). Generic phrases (`各个路口`,
    `全县卡点`, `该小区`, `这个广场`) are no names."""
    taken = list(taken)
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    ends = {m.end for m in taken}
    endings = re.compile("|".join(map(re.escape, data_longest_first("place_name_suffixes.txt"))))
    continuations = tuple(data_words("place_suffix_continuations.txt"))
    found = []
    candidates = [(m.start(), m.end()) for m in _road_code().finditer(text)]
    for match in endings.finditer(text):
        start = _name_before(text, match.start(), ends)
        if start is not None and not text.startswith(continuations, match.end() - 1):  # `路段`
            candidates.append((start, _through_community(text, _through_facility(text, match.end()))))
    for start, end in candidates:
        if not spans.overlaps(start, end) and not _inside_a_body(text, start, end):
            found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
            spans.add(start, end)
    for start, end in [*_division_names(text), *_family_hamlets(text)]:  # `黄田乡党委` is read with its body
        if not spans.overlaps(start, end):
            found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
            spans.add(start, end)
    return found


_MAX_DIVISION_STEM = 3  # 向阳 (村), 龙潭堡 (村), 董王庄 (乡)


def _division_names(text: str) -> list[tuple[int, int]]:
    """`在向阳村设卡`, `到黄田乡检查`, `、石桥镇`: a village or township the gazetteer lacks here, by its name of two
    or three Han characters and its ending (data/place_division_endings.txt), where the name starts right
    after punctuation or a preposition. Not an everyday word ending in one (`返乡`, `进村`,
    `城镇`: data/place_division_verbs.txt) nor one going on past it (`乡镇`, `村委`), nor a verb before a body
    (`会同镇市场监督管理所`: data/org_lead_verbs.txt). After a weak opener
    (`的`: data/place_division_weak_openers.txt) the gazetteer must list the name somewhere. A village right
    after its township, a township after its county, are read by their own rules."""
    endings = data_longest_first("place_division_endings.txt")
    verbs = data_words("place_division_verbs.txt")
    goes_on = data_longest_first("place_division_continuations.txt")
    before = data_words("place_before_chars.txt")
    weak = data_words("place_division_weak_openers.txt")
    gaz = gazetteer.load()
    found = []
    for at, char in enumerate(text):
        if char not in endings or at < 2 or text[at - 1] in verbs or text.startswith(goes_on, at):
            continue
        for length in range(2, _MAX_DIVISION_STEM + 1):
            start = at - length
            if start < 0 or not all(HAN.match(c) for c in text[start:at]):
                break
            opens = start == 0 or not HAN.match(text[start - 1]) or text[start - 1] in before
            if opens and text[start - 1 : start] in weak and not gaz.lookup(text[start : at + 1]):
                break
            if opens:
                stem = text[start:at]
                if stem[-1] in numerals() and text[start - 1 : start] == "、":
                    break  # `向阳、红星两村`: a count closing a list
                everyday_tail = is_common_word(stem[-2:]) and stem[-2:] not in data_words(
                    "place_name_words.txt"
                )
                lead_verb = stem[-2:] in data_words("org_lead_verbs.txt")  # `会同镇市场监督管理所`
                if not (_generic(stem) or _phrase(stem) or everyday_tail or lead_verb):  # `及时要求镇武装部`
                    found.append((start, at + 1))
                break
    return found


def _family_hamlets(text: str) -> list[tuple[int, int]]:
    """`在李家湾设卡`, `、王家庄、`: a hamlet named after a family, a surname (data/surnames.txt), 家
    (data/place_family_marks.txt) and a hamlet's ending (data/place_hamlet_endings.txt), where it starts
    after punctuation or a preposition, and no place's ending follows (`许家湾新村`, `李家湾卡点` are longer
    names)."""
    single, _ = surnames()
    marks = data_words("place_family_marks.txt")
    endings = data_words("place_hamlet_endings.txt") - data_words("place_division_endings.txt")
    before = data_words("place_before_chars.txt") - data_words("place_division_weak_openers.txt")
    longer = (
        *data_longest_first("place_name_suffixes.txt"),
        *data_longest_first("place_village_suffixes.txt"),
        *(ending for ending, _ in data_rows("place_suffix_levels.tsv")),
    )
    found = []
    for at in range(len(text) - 2):
        family = text[at] in single and text[at + 1] in marks and text[at + 2] in endings
        opens = at == 0 or not HAN.match(text[at - 1]) or text[at - 1] in before
        if family and opens and not text.startswith(longer, at + 3):  # `许家湾新村`: a longer name's start
            found.append((at, at + 3))
    return found


def _is_township(mention: Mention, gaz: gazetteer.Gazetteer) -> bool:
    levels = {d.level for d in gaz.lookup(mention.text)}
    return "township" in levels or (
        not levels and mention.text.endswith(data_longest_first("place_township_suffixes.txt"))
    )


def _villages_after_townships(text: str, places: list[Mention]) -> list[Mention]:
    """`河口镇向阳村`: a name ending in 村, 社区, 居委会 or 村民组 right after a township is a village,
    whether or not the gazetteer lists it."""
    gaz = gazetteer.load()
    suffixes = data_longest_first("place_village_suffixes.txt")
    spans = Taken(len(text), ((m.start, m.end) for m in places))
    found = []
    for township in places:
        if not _is_township(township, gaz):
            continue
        start = township.end
        named = _stem_and_suffix(text, start, suffixes, _MAX_STEM)
        if named is None:
            continue
        stem, suffix = named
        end = start + len(stem) + len(suffix)
        if not _generic(stem) and not spans.overlaps(start, end) and not _inside_a_body(text, start, end):
            found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
            spans.add(start, end)
    return found


def _stem_and_suffix(text: str, start: int, suffixes: Sequence[str], longest: int) -> tuple[str, str] | None:
    """The shortest stem of 2 to `longest` Han characters at `start` that one of `suffixes` closes, and that
    suffix: the name written right after its parent (`河口镇` + `向阳` + `村`)."""
    for length in range(2, longest + 1):
        stem = text[start : start + length]
        if len(stem) < length or not all(HAN.match(c) for c in stem):
            return None
        suffix = next((s for s in suffixes if text.startswith(s, start + length)), None)
        if suffix is not None:
            return stem, suffix
    return None


def _townships_after_counties(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`桃源县漳江镇`: a name ending in 镇, 乡 or 街道 written right after a county is a township of it, where
    the gazetteer lists none of that name (towns are merged and renamed: 漳江镇 is now 漳江街道)."""
    suffixes = data_longest_first("place_township_suffixes.txt")
    spans = Taken(len(text), ((m.start, m.end) for m in places))
    found = []
    for county in places:
        if not {d.level for d in gaz.lookup_written(county.text)} & {"county", "prefecture"}:
            continue
        start = county.end
        named = _stem_and_suffix(text, start, suffixes, _MAX_STEM - 1)
        if named is None:
            continue
        stem, suffix = named
        end = start + len(stem) + len(suffix)
        if (
            not gaz.lookup(text[start:end])
            and not _generic(stem)
            and not _phrase(stem)
            and not spans.overlaps(start, end)
            and not _begins_a_title(text, start + len(stem), suffix)  # `某某县副镇长`
        ):
            found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
            spans.add(start, end)
    return found


def _bare_townships(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`柳林` where the text also writes `柳林镇` (`柳林镇党委`, a chain): the town by its bare name, where
    it starts a word and no longer name goes on from it (`柳林村` is a village)."""
    bare = {
        m.text[:-1]
        for m in places
        if m.text.endswith(data_longest_first("place_bare_town_suffixes.txt"))
        and len(m.text) >= 3
        and _is_township(m, gaz)
        and not is_common_word(m.text[:-1])
    }
    ends = {m.end for m in places}
    goes_on = (
        *data_longest_first("place_village_suffixes.txt"),
        *data_longest_first("place_name_suffixes.txt"),
        *data_longest_first("place_bare_town_suffixes.txt"),
    )
    return [
        m
        for m in free_occurrences(text, bare, places, EntityType.PLACE, "rule:alias")
        if (_stands_alone(text, m.start) or m.start in ends)
        and not text.startswith(goes_on, m.end)
        and not _name_goes_on(text, m.end)
        and not _inside_a_body(text, m.start, m.end)  # `阳春中心校`
    ]


def _inside_a_body(text: str, start: int, end: int) -> bool:
    """`朝阳社区党支部`, `阳春中心校`: a place that begins a body's name is named only inside it. The body's
    ending must end a word: `网` in `荆江社区实行网格化管理` begins the word 网格, so no outlet (`新闻网`) is named there."""
    return any(
        looks_like_body(text[start : end + k])
        and text[end + k - 1 : end + k + 1] not in two_character_words()
        for k in range(1, 6)
    )


@lru_cache(maxsize=1)
def _list_of_bare_names() -> re.Pattern[str]:
    """`A、B、C等乡镇`, `A、B等7个农贸市场`, `A、B两个村`, `A、B两村`, `A、B、C、D四乡镇`: names joined by 、
    before 等 or a count (its classifier may be left out) and a kind (data/place_list_marks.tsv,
    place_list_heads.txt)."""
    heads = "|".join(map(re.escape, sorted(_list_heads(), key=len, reverse=True)))
    marks = data_groups("place_list_marks.tsv")
    etc = "|".join(map(re.escape, marks["etc"]))
    count = rf"[\d{''.join(numerals())}]+(?:{'|'.join(map(re.escape, marks['classifier']))})?"
    return re.compile(
        rf"(?P<items>(?:[\u4e00-\u9fff]{{2,4}}、)+[\u4e00-\u9fff]{{2,4}}?)(?:(?:{etc})(?:{count})?|{count})(?:{heads})"
    )


def listed_bare_names(text: str, taken: Iterable[Mention]) -> list[Mention]:
    """`黄田、石桥、大坪等乡镇`, `以城南、城北等7个农贸市场为主`: each bare name of a list that a kind of place
    closes is a place of that kind. The first name starts where a name can (`以` before it is no part);
    a kind word that begins a title or group noun (`等村干部`, `等社区工作者`) closes no list of places."""
    taken = list(taken)
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    ends = {m.end for m in taken}
    title_table = titles()
    longest_title = max(map(len, title_table))
    found = []
    for match in _list_of_bare_names().finditer(text):
        head_start = match.end() - 1
        while head_start > match.start() and text[head_start - 1 : match.end()] in _list_heads():
            head_start -= 1
        if any(
            text[at : at + n] in title_table
            for at in (head_start, match.end())
            for n in range(2, longest_title + 1)
        ):
            continue
        items_start = match.start("items")
        offsets, at = [], items_start
        for part in match.group("items").split("、"):
            offsets.append((at, at + len(part)))
            at += len(part) + 1
        first = _first_name_start(text, items_start, offsets[0][1], ends)
        if first is None:
            continue
        offsets[0] = (first, offsets[0][1])
        if any(text.startswith(tuple(data_words("place_name_never_starts.txt")), s) for s, _ in offsets):
            continue  # `各村、各社区`, `全镇、全村`: no list of names
        for s, e in offsets:
            if not _generic(text[s:e]) and not spans.overlaps(s, e):  # `河口` is a word
                found.append(Mention(text[s:e], EntityType.PLACE, s, e, NAMED_PLACE))
                spans.add(s, e)
    return found


def _list_heads() -> frozenset[str]:
    return data_words("place_list_heads.txt") | data_words("place_name_suffixes.txt")


def _first_name_start(text: str, start: int, end: int, ends: set[int]) -> int | None:
    """Where the first name of a list begins, between `start` and two characters before `end`: after a
    coverb (`以城南`), a place or a word (`开展黄田`) inside the span, else at its start where a name can."""
    for s in range(start + 1, end - 1):
        if (
            text[s - 1] in data_words("place_before_chars.txt")
            or s in ends
            or (s - start >= 2 and is_common_word(text[s - 2 : s]))
        ):
            return s
    if (
        start == 0
        or not HAN.match(text[start - 1])
        or text[start - 1] in data_words("place_before_chars.txt")
    ):
        return start
    return None


_LIST_COMMA = "\u3001"  # 、
_MAX_SIBLING = 4


def list_siblings(text: str, places: list[Mention]) -> list[Mention]:
    """`在十家堡、喇嘛甸、孤家子、四梨线设卡`: a bare name listed with places by 、 is a place too, where the list
    marks both its ends: between two commas, or after one and before punctuation or 等 (data/place_list_marks.tsv);
    or before one and after punctuation or a preposition. Everyday and generic words (`车站`, `各村`) are none."""
    spans = Taken(len(text), ((m.start, m.end) for m in places))
    etc = data_groups("place_list_marks.tsv")["etc"]
    before = data_words("place_before_chars.txt")
    found: list[Mention] = []
    queue = sorted(places, key=lambda m: m.start)
    while queue:
        place = queue.pop()
        for start, end in (_right_sibling(text, place.end, etc), _left_sibling(text, place.start, before)):
            if start is None or spans.overlaps(start, end):
                continue
            name = text[start:end]
            if _generic(name) or is_common_word(name) or _inside_a_body(text, start, end):
                continue
            mention = Mention(name, EntityType.PLACE, start, end, NAMED_PLACE)
            found.append(mention)
            queue.append(mention)
            spans.add(start, end)
    return found


def _han_run(text: str, start: int, step: int) -> int:
    """Where a run of Han characters from `start` (rightward, step 1) or before `start` (leftward, -1) ends."""
    at = start
    while 0 <= (at if step > 0 else at - 1) < len(text) and HAN.match(text[at if step > 0 else at - 1]):
        at += step
    return at


def _right_sibling(text: str, end: int, etc: Sequence[str]) -> tuple[int | None, int]:
    """The name after `、` at `end`, closed by another 、 or by 等 (a last name closed by punctuation may
    have run into its verb: `、黄田检查。`)."""
    if text[end : end + 1] != _LIST_COMMA:
        return None, 0
    start = end + 1
    for length in range(2, _MAX_SIBLING + 1):
        stop = start + length
        if not all(HAN.match(c) for c in text[start:stop]) or stop > len(text):
            break
        if text.startswith((_LIST_COMMA, *etc), stop):
            return start, stop
    return None, 0


def _left_sibling(text: str, start: int, before: frozenset[str]) -> tuple[int | None, int]:
    """The name before `、` at `start - 1`, opened by another 、, by punctuation or by a preposition."""
    if start < 1 or text[start - 1] != _LIST_COMMA:
        return None, 0
    end = start - 1
    for length in range(2, _MAX_SIBLING + 1):
        first = end - length
        if first < 0 or not all(HAN.match(c) for c in text[first:end]):
            break
        if first == 0 or not HAN.match(text[first - 1]) or text[first - 1] in before:
            return first, end
    return None, 0


def villages_in_bodies(bodies: Iterable[Mention]) -> list[Mention]:
    """`朝阳社区党支部`, `章广镇鸦窝村党总支`, `鹿角村村委会`: the village or community whose body the article
    names, as a reader lists it though only the body's name holds it. A name of 2 to 4 Han characters and a
    village ending (data/place_village_suffixes.txt), at the body's start or after a higher place's level
    character in it (data/place_level_chars.txt), with more of the body after it. A body of no named village
    (`村党支部`) holds none; a town's committee (`某某镇党委`) names the town elsewhere."""
    suffixes = data_longest_first("place_village_suffixes.txt")
    level_chars = data_words("place_level_chars.txt")
    found = []
    for body in bodies:
        if body.type is not EntityType.ORGANIZATION:
            continue
        name = body.text
        for at in [0, *(i + 1 for i, c in enumerate(name[:-1]) if c in level_chars)]:
            named = _stem_and_suffix(name, at, suffixes, _MAX_STEM)
            if named is None:
                continue
            end = at + len(named[0]) + len(named[1])
            if end < len(name) and not _generic(named[0]):
                found.append(
                    Mention(name[at:end], EntityType.PLACE, body.start + at, body.start + end, NAMED_PLACE)
                )
                break
    return found
