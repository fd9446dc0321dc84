"""Place mentions: divisions from the gazetteer, their short forms and a town's bare name; then the readers
of places below the divisions (place_chains, place_names, place_lists), each over what is read before it."""

from __future__ import annotations

from collections.abc import Iterable

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    data_groups,
    data_longest_first,
    data_words,
    is_common_word,
    surnames,
    title_ending_at,
    titles,
    world_countries,
)
from epikg.ner.place_chains import (
    groups_after_villages,
    is_township,
    townships_after_counties,
    villages_after_townships,
)
from epikg.ner.place_lists import list_siblings, listed_bare_names
from epikg.ner.place_names import bus_lines, named_places, own_facilities
from epikg.ner.place_stems import (
    MAX_STEM,
    a_campaign_title,
    begins_a_title,
    counted,
    ends_a_number,
    inside_a_body,
    is_generic_stem,
    is_phrase,
    stands_alone,
    stem_and_suffix,
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
    candidates = [(s, n) for s, n in _division_candidates(text, gaz) if not _reads_as_a_village(n, gaz)]
    ends = {start + len(name) for start, name in candidates}
    # `阜南县经济开发区`: no name starts at the level character that ends another division's name (some township
    # is called 县经济开发区), so the county is read, not that township over it
    candidates = [
        (start, name)
        for start, name in candidates
        if not (start + 1 in ends and text[start] in data_words("place_level_chars.txt"))
    ]
    # `各乡镇(街道)和县直有关部门`: a county whose first character joins lists (和县) is named only in a chain
    joiners = data_words("list_joiners.txt")
    standalone = {
        name
        for start, name in candidates
        if len(name) == 2
        and ((stands_alone(text, start) and name[0] not in joiners) or _in_a_chain(text, start, candidates))
    }
    candidates = [(start, name) for start, name in candidates if len(name) > 2 or name in standalone]
    # `赵县长带队`: a surname before a division head's title of two characters (县长: Mr Zhao, the county head),
    # no county 赵县
    candidates = [
        (start, name)
        for start, name in candidates
        if not (len(name) == 2 and name[0] in surnames()[0] and text[start + 1 : start + 3] in titles())
    ]
    named = {name for _, name in candidates}
    # `老城区人口最密集`: the old town, no district of Luoyang, unless the text names the city it lies in
    everyday = data_words("place_everyday_divisions.txt")
    candidates = [(s, n) for s, n in candidates if n not in everyday or _in_context(n, named, gaz)]
    ranked = sorted(candidates, key=lambda c: (-len(c[1]), -_in_context(c[1], named, gaz), c[0]))
    found: list[Mention] = []
    taken = Taken(len(text))
    for start, name in ranked:
        end = start + len(name)
        if not taken.overlaps(start, end):
            found.append(Mention(name, EntityType.PLACE, start, end, "rule:gazetteer"))
            taken.add(start, end)
    found.extend(_villages(text, found, gaz))
    found.extend(townships_after_counties(text, found, gaz))
    found.extend(villages_after_townships(text, found, gaz))
    found.extend(_bare_townships(text, found, gaz))
    found.extend(_listed_towns_of_named_counties(text, found, gaz))
    found.extend(_railway_stations(text, found, gaz))
    found.extend(_countries(text, found))
    found.extend(_aliases(text, found, gaz))
    found.extend(_city_aliases(text, found, gaz))
    found.extend(_aliases_after_their_province(text, found, gaz))
    found.extend(_own_county_alias(text, found, gaz))
    found.extend(_counties_by_short_form(text, found, gaz))
    found = _named_over_aliases(text, found)
    # `岭头镇团结村`: a village right after a township that only the name rules read
    found.extend(villages_after_townships(text, found, gaz))
    found.extend(own_facilities(text, found))
    found.extend(bus_lines(text, found))
    found.extend(groups_after_villages(text, found))
    found.extend(listed_bare_names(text, found))
    found.extend(list_siblings(text, found))
    # `打造“无疫村”`; `3万山乡儿女`: 万 ends the number
    found = [
        m for m in found if not a_campaign_title(text, m.start, m.end) and not ends_a_number(text, m.start)
    ]
    return sorted(found, key=lambda m: m.start)


def _named_over_aliases(text: str, found: list[Mention]) -> list[Mention]:
    """The named places (streets, roads, stations) added to `found`. A short name read inside one gives way to
    it (`泾阳` in `包茂高速泾阳出口检查站`, where the article names 泾阳县): the facility is the place written;
    so does a county's name inside its exit (`睢县` in `连霍高速睢县出口`)."""
    aliases = [m for m in found if m.source == "rule:alias"]
    named = named_places(text, [m for m in found if m.source != "rule:alias"])
    named = [n for n in named if all(a.end <= n.start or n.end <= a.start or _wraps(n, a) for a in aliases)]
    # and so does a county read inside a motorway's exit named after it (`连霍高速睢县出口`)
    kept = [m for m in found if not any(_wraps(n, m) for n in named)]
    return kept + named


def _wraps(outer: Mention, inner: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and outer != inner


def _division_candidates(text: str, gaz: gazetteer.Gazetteer) -> list[tuple[int, str]]:
    """Every (start, name) where a county-or-higher name (2+ characters) or a township name (3+) occurs."""
    found = []
    occurrences = list(gaz.written_divisions.occurrences(text, _MAX_PLACE))
    ends = {i + len(name) for i, name, _ in occurrences}
    for i, name, levels in occurrences:
        if len(name) == 2 and is_common_word(name) and "province" not in levels:
            continue  # 城区 and 郊区 are districts somewhere, but in running text they are words
        if name in data_words("place_generic_divisions.txt"):
            continue  # `各镇(开发区)`: a kind of unit, no one place
        if name in data_words("place_directional_divisions.txt") and not _after_a_level_char(text, i):
            continue  # `芙蓉里社区(西区)`: the west part of a compound, not the district
        stated = levels & {"province", "prefecture", "county"} or (len(name) >= 3 and "township" in levels)
        if _ends_inside_a_kind_word(text, i + len(name)) or _level_goes_on_as_a_noun(text, i + len(name)):
            continue
        if counted(text, i):
            continue  # `资助5000名山区失学儿童`: 名 counts the children; no 名山区 (a district of Ya'an)
        # `江西安远县`: after a division's name or a province's or city's short one a name starts fresh, whatever
        # word (西安) the two make
        after_a_name = i in ends or any(text[max(0, i - n) : i] in gaz.city_aliases for n in (2, 3))
        fresh = (
            after_a_name or not _starts_inside_a_word(text, i) or _in_full_after_a_preposition(text, i, name)
        )
        if stated and fresh and not begins_a_title(text, i, name):
            if _a_verb_before_a_body(text, i, name) or (
                not after_a_name and _a_region_direction(text, i, name)
            ):
                continue
            found.append((i, name))
    return found


def _a_verb_before_a_body(text: str, start: int, name: str) -> bool:
    """`县疾控中心会同县公安局组建流调队`: the centre works with the county's police; 会同县 (a county in Hunan)
    is not named. A name that starts with a verb of data/org_lead_verbs.txt, after the clause's subject (a Han
    character that is no level character or preposition, or a closing bracket), is that verb."""
    if not name.startswith(data_longest_first("org_lead_verbs.txt")) or start == 0:
        return False
    before = text[start - 1]
    if before in ")）”」":
        return True
    return (
        bool(HAN.match(before))
        and before not in data_words("place_level_chars.txt")
        and before not in data_words("place_before_chars.txt")
    )


def _a_region_direction(text: str, start: int, name: str) -> bool:
    """`皖南山区`, `湘西山区`: a direction (data/place_direction_chars.txt) right after a Han character that is no
    level character nor a preposition closes a region's name (皖南, the south of Anhui); a district whose name is
    that direction and an everyday word (南山区: 山区, hill country) is not named there. After a level character
    (`昆明市西山区`), a preposition (`在西山区`) or punctuation it is."""
    if start == 0 or name[0] not in data_words("place_direction_chars.txt") or not is_common_word(name[1:]):
        return False
    before = text[start - 1]
    return (
        bool(HAN.match(before))
        and before not in data_words("place_level_chars.txt")
        and before not in data_words("place_before_chars.txt")
    )


def _after_a_level_char(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in data_words("place_level_chars.txt")


def _in_full_after_a_preposition(text: str, start: int, name: str) -> bool:
    """`在于都县开展排查`: a division's full name of three characters or more, its level written, right after a
    preposition of data/place_full_name_prepositions.txt starts there, though the preposition and its first
    character make a word (在于)."""
    return (
        len(name) >= 3
        and name[-1] in data_words("place_level_chars.txt")
        and text[start - 1 : start] in data_words("place_full_name_prepositions.txt")
    )


def _starts_inside_a_word(text: str, start: int) -> bool:
    """`大社区` in `广大社区居民`: the name's first character closes an everyday word (广大) that began before it.
    After a place's own last character (`平江县城关镇`: 县城 is a word too) the name starts fresh."""
    if start == 0 or text[start - 1] in data_words("place_level_chars.txt"):
        return False
    # `相当于城镇居民`: a preposition that closes the phrase before it (data/place_closing_chars.txt) starts no
    # name there (no 于城镇), after a Han character that is no preposition itself
    closes = (
        text[start] in data_words("place_closing_chars.txt")
        and bool(HAN.match(text[start - 1]))
        and text[start - 1] not in data_words("place_before_chars.txt")
    )
    return is_common_word(text[start - 1 : start + 1]) or closes


def _ends_inside_a_kind_word(text: str, end: int) -> bool:
    """`苏木乡镇` (Inner Mongolia's townships and the others): the name's last character begins a word for a kind
    of division (data/place_kind_words.txt), so 苏木乡, a township elsewhere, is not named; nor 平安乡 in
    `建设平安乡村` (the countryside: data/place_countryside_words.tsv), unless a word of its villages follows
    (`平安乡村民`)."""
    word = text[end - 1 : end + 1]
    if end > 0 and word in data_words("place_kind_words.txt"):
        return True
    countryside = data_groups("place_countryside_words.tsv")
    return end > 0 and word in countryside["word"] and not text.startswith(countryside["villages"], end)


def _level_goes_on_as_a_noun(text: str, end: int) -> bool:
    """`挤出了南昌市场`: the name's level character begins an everyday noun with what follows (市场, a market:
    data/place_suffix_continuations.txt), so the city is not named with its level."""
    return end > 0 and text.startswith(tuple(data_words("place_suffix_continuations.txt")), end - 1)


def _in_a_chain(text: str, start: int, candidates: list[tuple[int, str]]) -> bool:
    """A two-character county (盂县, 南县) written in a chain: right after a longer division's level character
    (`山西省盂县`) or a province's name (`湖北随县`), or right before a township's name (`诉南县荷花嘴乡`), whatever
    character comes before it."""
    # not after a township (`宁平镇和县人民医院`: 和 joins a town and a county's hospital, no county 和县 in it), nor
    # after a county, which holds none (`通往建平县和县城方向`: 和 joins a county and the county seat)
    gaz = gazetteer.load()
    after_division = any(
        s + len(n) == start
        and len(n) > 2
        and n[-1] in data_words("place_level_chars.txt")
        and any(d.level in ("province", "prefecture") for d in gaz.lookup(n))
        for s, n in candidates
    )
    # `与湖北随县、枣阳交界`: right after a province's name, short or full
    after_province = any(start >= n and gaz.is_province(text[start - n : start]) for n in (2, 3, 4))
    named = stem_and_suffix(text, start + 2, data_longest_first("place_township_suffixes.txt"), MAX_STEM - 1)
    return (
        after_division
        or after_province
        or (named is not None and not is_generic_stem(named[0]) and not is_phrase(named[0]))
    )


def _reads_as_a_village(name: str, gaz: gazetteer.Gazetteer) -> bool:
    """A name written with a village's or community's ending of two characters or more (data/
    place_village_suffixes.txt) that the gazetteer lists only above the townships: `大社区`, a district of
    Kaohsiung, is in the genre the end of a community's name (`在深大社区`, `广大社区居民`), never that district."""
    endings = tuple(e for e in data_longest_first("place_village_suffixes.txt") if len(e) > 1)
    return name.endswith(endings) and all(
        d.level in ("province", "prefecture", "county") for d in gaz.lookup(name)
    )


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
                names.update(name for name in gaz.children_names(division) if len(name) >= 3)
    ends = {m.end for m in places}
    found = free_occurrences(text, names, places, EntityType.PLACE, "rule:gazetteer")
    return [m for m in found if m.start in ends or stands_alone(text, m.start)]


def _countries(text: str, places: list[Mention]) -> list[Mention]:
    """Foreign countries by name (`旅居马来西亚乡亲`, `从柬埔寨入境`), where the model may read none: names of at
    least _COUNTRY_CHARS characters, which no Chinese word holds (of two, 加纳 is in 增加纳入, 南非 in 湖南非常)."""
    names = [name for name in world_countries() if len(name) >= _COUNTRY_CHARS]
    return free_occurrences(text, names, places, EntityType.PLACE, "rule:gazetteer")


_COUNTRY_CHARS = 3


def _aliases(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Short forms (`苍南` for 苍南县) once the text has used the full name."""
    aliases = {}
    for mention in places:
        for division in gaz.lookup(mention.text):
            if division.alias and division.alias != division.name and len(division.alias) >= 2:
                aliases[division.alias] = division.name
    return free_occurrences(text, aliases, places, EntityType.PLACE, "rule:alias")


RAILWAY_STATION = "rule:railway-station"
"""The source of a railway station read by the name of the city or county it serves (`抵达新化站`)."""


def _railway_stations(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`乘高铁抵达新化站`, `舒兰站暂停办理旅客乘降业务`, `长沙南站`: a railway station by the name of the city or county
    it serves (a division's full name, a county's short form that names one county alone, a province's or
    prefecture's short form), a direction at most between them (data/place_direction_chars.txt), then the
    station's word that starts no other word (data/place_railway_station.tsv); the name starts a word (after
    punctuation, a preposition, a verb of going there, or another place) and lies in no body's name."""
    words = data_groups("place_railway_station.tsv")
    directions = data_words("place_direction_chars.txt")
    names = set()
    for ending in words["ending"]:
        for at, end in occurrences(text, ending):
            if text.startswith(words["not_before"], end):
                continue
            direction = 1 if at and text[at - 1] in directions else 0
            for cut in {at, at - direction}:
                for start in range(max(0, cut - 4), cut - 1):
                    name = text[start:cut]
                    if gaz.knows(name) or name in gaz.city_aliases or _names_a_county_alone(name, gaz):
                        names.add(text[start:end])
    ends = {m.end for m in places}
    visits = data_longest_first("place_visit_verbs.txt")
    return [
        m
        for m in free_occurrences(text, names, places, EntityType.PLACE, RAILWAY_STATION)
        if (stands_alone(text, m.start) or m.start in ends or text.endswith(visits, 0, m.start))
        and not inside_a_body(text, m.start, m.end)
    ]


def _name_goes_on(text: str, end: int) -> bool:
    """`朝阳社区` is a community, not 朝阳市; `温州日报` is an outlet (data/place_name_goes_on.txt)."""
    return text.startswith(tuple(data_words("place_name_goes_on.txt")), end)


def _city_aliases(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`在长沙作了手术`, `监测湖北武汉返乡人员`: a province or prefecture by its short form, where it starts
    a word: after punctuation or a preposition, a common word (监测), a verb of going there (驰援: data/
    place_visit_verbs.txt) or another place (湖北), or before a word
    of where people come from (`有武汉旅居史`, `湖北籍`: data/place_elsewhere.tsv, origin_after)."""
    found = sorted(
        free_occurrences(text, gaz.city_aliases, places, EntityType.PLACE, "rule:alias"),
        key=lambda m: m.start,
    )
    ends = {m.end for m in places}
    origins = tuple(data_groups("place_elsewhere.tsv")["origin_after"])
    visits = data_longest_first("place_visit_verbs.txt")
    kept = []
    for m in found:
        starts_word = (
            stands_alone(text, m.start)
            or is_common_word(text[max(0, m.start - 2) : m.start])
            or text.endswith(visits, 0, m.start)  # `驰援武汉`: after a verb of going there
            or text.startswith(origins, m.end)
        )
        # `董事长沙金海说`: the alias's first character ends a title (董事长), a name follows; no 长沙
        closes_a_title = title_ending_at(text, m.start + 1) is not None
        if (starts_word or m.start in ends) and not _name_goes_on(text, m.end) and not closes_a_title:
            kept.append(m)
            ends.add(m.end)
    return kept


def _aliases_after_their_province(
    text: str, places: list[Mention], gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """`从山西大同拉运蔬菜`: a prefecture's short form that is an everyday word (data/place_ambiguous_aliases.txt:
    大同, 安康, 长治) names the city right after the province it lies in, and nowhere else."""
    spans = Taken(len(text), ((m.start, m.end) for m in places))
    found = []
    for place in places:
        provinces = {d.name for d in gaz.lookup(place.text) if d.level == "province"}
        provinces |= {
            gaz.divisions[i].name
            for i in gaz.by_alias.get(place.text, ())
            if gaz.divisions[i].level == "province"
        }
        if not provinces:
            continue
        for alias in data_words("place_ambiguous_aliases.txt"):
            end = place.end + len(alias)
            if not text.startswith(alias, place.end) or spans.overlaps(place.end, end):
                continue
            if any(
                a.name in provinces
                for i in gaz.by_alias.get(alias, ())
                for a in gaz.chain(gaz.divisions[i])[1:]
            ):
                found.append(Mention(alias, EntityType.PLACE, place.end, end, "rule:alias"))
                spans.add(place.end, end)
    return found


def _own_county_alias(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`县四大班子领导在舞阳分会场收听收看`: an article that speaks of its own county (`我县`, `全县`: the
    scope_county words of data/measure_places.tsv) but names no county in full may write it by its short
    form. Read where exactly one such short form of one county stands alone in the text, and it is no
    everyday word."""
    if not any(word in text for word in data_groups("measure_places.tsv").get("scope_county", ())):
        return []
    if any(d.level == "county" for m in places for d in gaz.lookup_written(m.text)):
        return []
    seen = {
        text[i : i + n]
        for n in (2, 3)
        for i in range(len(text) - n + 1)
        if _names_a_county_alone(text[i : i + n], gaz)
    }
    if len(seen) != 1:
        return []
    return [
        m
        for m in free_occurrences(text, seen, places, EntityType.PLACE, "rule:alias")
        if stands_alone(text, m.start)
        and not _name_goes_on(text, m.end)
        and not inside_a_body(text, m.start, m.end)
    ]


def _names_a_county_alone(name: str, gaz: gazetteer.Gazetteer) -> bool:
    """A short form of one county (gazetteer county_alias) that is no everyday word: none jionlp counts as
    common, none of data/place_county_alias_words.txt (`公安`, `会同`)."""
    return (
        gaz.county_alias(name) is not None
        and not is_common_word(name)
        and name not in data_words("place_county_alias_words.txt")
    )


COUNTY_SHORT_FORM = "rule:county-short-form"
"""The source of a county's short form read where the text shows a place is meant (`介休那边`): resolved to that
county (extract/place_divisions.py)."""


def _counties_by_short_form(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`听说介休那边已经封路`, `从灵石方向返回`: a county's short form that names one county and no division in full
    (gazetteer county_alias), no everyday word, starting a word, with a word of a place's area or of coming from
    right after it (data/place_area_after.txt, place_elsewhere.tsv origin_after)."""
    after = (*data_longest_first("place_area_after.txt"), *data_groups("place_elsewhere.tsv")["origin_after"])
    ends = {m.end for m in places}
    visits = data_longest_first("place_visit_verbs.txt")
    seen = {
        text[i : i + n]
        for n in (2, 3)
        for i in range(len(text) - n + 1)
        if text.startswith(after, i + n) and _names_a_county_alone(text[i : i + n], gaz)
    }
    return [
        m
        for m in free_occurrences(text, seen, places, EntityType.PLACE, COUNTY_SHORT_FORM)
        if text.startswith(after, m.end)
        and (
            stands_alone(text, m.start)
            or m.start in ends
            or text.endswith(visits, 0, m.start)
            or is_common_word(text[max(0, m.start - 2) : m.start])  # `听说介休那边`
        )
        and not inside_a_body(text, m.start, m.end)
    ]


def free_occurrences(
    text: str, names: Iterable[str], taken: Iterable[Mention], kind: EntityType, source: str
) -> list[Mention]:
    """Every occurrence of the names that overlaps no mention already taken: longer names first, and of two of one
    length that overlap, the one that starts first (`君不见延安庆祝`: 延安, not 安庆), whatever order the names
    come in, so that a page reads the same in every process."""
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    found = []
    candidates = sorted(
        ((start, end, name) for name in names for start, end in occurrences(text, name)),
        key=lambda c: (c[0] - c[1], c[0]),
    )
    for start, end, name in candidates:
        if not spans.overlaps(start, end):
            found.append(Mention(name, kind, start, end, source))
            spans.add(start, end)
    return found


def _listed_towns_of_named_counties(
    text: str, places: list[Mention], gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """`三河尖、陈淋子等县际交界路口` in an article that names 固始县: a township of a county the text names, written
    bare (without 镇 or 乡: data/place_bare_town_suffixes.txt) as an item of a list (a list mark or joiner on one side,
    data/list_joiners.txt, and 等 or punctuation on the other, data/place_list_marks.tsv etc), is that town."""
    joiners = data_words("list_joiners.txt")
    closers = (*joiners, *data_groups("place_list_marks.tsv")["etc"])
    stems = set()
    for county in {m.text for m in places}:
        for division in gaz.lookup(county):
            if division.level != "county":
                continue
            for child in gaz.children_names(division):
                suffix = next(
                    (x for x in data_longest_first("place_bare_town_suffixes.txt") if child.endswith(x)), ""
                )
                stem = child[: -len(suffix)] if suffix else ""
                if len(stem) >= 2 and not is_common_word(stem):
                    stems.add(stem)
    found = []
    for m in free_occurrences(text, stems, places, EntityType.PLACE, "rule:alias"):
        before, after = text[m.start - 1 : m.start], text[m.end : m.end + 1]
        listed = before in joiners or after in joiners
        if (
            listed
            and (not HAN.match(before or " ") or before in joiners)
            and (not HAN.match(after or " ") or text.startswith(closers, m.end))
        ):
            found.append(m)
    return found


def _bare_townships(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`柳林` where the text also writes `柳林镇` (`柳林镇党委`, a chain): the town by its bare name, where
    it starts a word and no longer name goes on from it (`柳林村` is a village)."""
    bare = {
        m.text[:-1]
        for m in places
        if m.text.endswith(data_longest_first("place_bare_town_suffixes.txt"))
        and len(m.text) >= 3
        and is_township(m, gaz)
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
        if (stands_alone(text, m.start) or m.start in ends)
        and not text.startswith(goes_on, m.end)
        and not _name_goes_on(text, m.end)
        and not inside_a_body(text, m.start, m.end)  # `阳春中心校`
    ]
