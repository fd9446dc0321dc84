"""Named places below the divisions that the gazetteer does not list: streets, communities, roads, stations,
checkpoints, markets and squares by their ending (`金徽社区`, `城南花园`), roads by their number (`G104国道`),
and villages and townships by their name and ending (ner/division_names.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    data_alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    is_common_word,
)
from epikg.ner.char_features import listed_as
from epikg.ner.division_names import divisions_by_own_rules
from epikg.ner.place_stems import (
    MAX_STEM,
    NAMED_PLACE,
    counted,
    inside_a_body,
    is_generic_stem,
    is_phrase,
    letter_opener_at,
    opens_after_a_verb_or_a_scope,
    opens_with_a_short_name,
)
from epikg.records import EntityType, Mention
from epikg.spans import Taken, occurrences


@lru_cache(maxsize=1)
def _road_code() -> re.Pattern[str]:
    """`G104国道`, `S222线`, `X012县道`, `207国道`: a road by its number (data/place_road_code_words.txt,
    place_road_number_words.txt); and the kind of road before its number (`国道109线`, `省道S206线`)."""
    numbered, code_words = (
        data_alternation("place_road_number_words.txt"),
        data_alternation("place_road_code_words.txt"),
    )
    return re.compile(
        rf"(?:{numbered})[GSXYZ]?\d{{1,4}}(?:{code_words})"
        rf"|[GSXYZ]\d{{1,4}}(?:{code_words})"
        rf"|(?<![\dA-Za-z.])\d{{3}}(?:{numbered})"
    )


@lru_cache(maxsize=1)
def _road_facility() -> re.Pattern[str]:
    """`洛栾高速栾川下站口`: a motorway's exit, station or service area is named after the road and the place."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{data_alternation('place_road_facilities.txt')})")


def _line_roads(text: str) -> list[tuple[int, int]]:
    """`与六合区交界的刘冶线`, `县道泗界线`: a road named by two characters and its ending after a word that opens such a
    road (data/place_line_roads.tsv), the two no everyday word (`交界的生命线`)."""
    words = data_groups("place_line_roads.tsv")
    if not any(ending in text for ending in words["ending"]):
        return []
    openers, endings = ("|".join(map(re.escape, words[kind])) for kind in ("open", "ending"))
    found = []
    for match in re.finditer(rf"(?:{openers})(?P<road>[\u4e00-\u9fff]{{2}}(?:{endings}))", text):
        stem = match.group("road")[:2]
        if not is_common_word(stem) and listed_as(stem) != "W" and not is_generic_stem(stem):
            found.append((match.start("road"), match.end("road")))
    return found


def _road_and_facility(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name from start to end, and a facility named right after it if it is a road: `大广高速肃宁出口` is the
    motorway and its exit, two places; an exit of no name of its own (`大广高速出口`) is read with the road."""
    if not text.endswith(data_longest_first("place_roads.txt"), 0, end):
        return [(start, _through_community(text, end))]
    facility = _road_facility().match(text, end)
    if facility is None:
        return [(start, end)]
    word = next(w for w in data_longest_first("place_road_facilities.txt") if facility.group().endswith(w))
    if len(facility.group()) - len(word) < 2:
        return [(start, facility.end())]
    if is_generic_stem(facility.group()[: -len(word)]):
        return [(start, end)]  # `包茂高速沿线的服务区`: the road's service areas, none named
    return [(start, end), (end, facility.end()), *_listed_facilities(text, facility.end())]


def _listed_facilities(text: str, end: int) -> list[tuple[int, int]]:
    """`沪渝高速忠县收费站、石宝出口`: the road's other exits and stations listed after its first by 、, each
    named by two Han characters or more before the facility's word; `、所有出口`, `、高速出口` name none."""
    found = []
    while text[end : end + 1] == LIST_COMMA:
        facility = _road_facility().match(text, end + 1)
        if facility is None:
            break
        word = next(
            w for w in data_longest_first("place_road_facilities.txt") if facility.group().endswith(w)
        )
        stem = facility.group()[: -len(word)]
        if len(stem) < 2 or is_generic_stem(stem) or stem.endswith(data_longest_first("place_roads.txt")):
            break
        found.append((end + 1, facility.end()))
        end = facility.end()
    return found


def _through_community(text: str, end: int) -> int:
    """`建设路社区`, `解放路街道`: a community or street named after a road or square goes on past its ending."""
    after = (
        *data_longest_first("place_village_suffixes.txt"),
        *data_longest_first("place_township_suffixes.txt"),
    )
    ending = next((s for s in after if text.startswith(s, end) and len(s) >= 2), None)
    if ending in data_words("place_committee_endings.txt") and text.endswith(after, 0, end):
        return end  # `新华社区居委会`: the community's committee, no longer name
    return end + len(ending) if ending else end


def _starts_a_name(text: str, start: int, ends: set[int]) -> bool:
    """A name starts after punctuation, a preposition or the list comma, or right after a place
    (`河口镇向阳村`), and not inside a word nor a code (`A级旅游景区`: a grade, no 级旅游景区) nor at the measure
    word after a number (`3条机耕路`, `两条机耕路`)."""
    if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        return start in ends  # `A级旅游景区`: a grade's letter starts no name
    if counted(text, start):
        return False
    if start == 0 or not HAN.match(text[start - 1]):
        return True
    if _inside_an_ending(text, start):
        return False  # `公安检查站和临时卡点`: 检查站 is one word; no name starts at its 站
    # a preposition before a name, not the first character of a word (`对接城东农贸市场`: 对接)
    preposition = text[start - 1] in data_words("place_before_chars.txt") and (
        text[start - 1 : start + 1] not in data_words("place_preposition_words.txt")
    )
    # `光明路198号金色家园小区`: after a house number
    numbered = (
        text[start - 1] in data_words("place_house_number_marks.txt")
        and text[start - 2 : start - 1].isdigit()
    )
    after = (
        start in ends
        or preposition
        or numbered
        or _after_a_village(text, start)
        or text.endswith(data_longest_first("place_locative_words.txt"), 0, start)
        or text.endswith(tuple(data_words("place_setup_verbs.txt")), 0, start)
        or opens_after_a_verb_or_a_scope(text, start)
    )
    # `和平江汽车站`: after a preposition, a division's short name opens the name though the two make a word (和平)
    return after and (
        not is_common_word(text[start - 1 : start + 1])
        or (preposition and opens_with_a_short_name(text, start))
    )


def _inside_an_ending(text: str, at: int) -> bool:
    """A place's ending (data/place_name_suffixes.txt) is written across `at` (`检查|站`, `收费|站`)."""
    return any(
        text.startswith(ending, at - cut)
        for ending in data_longest_first("place_name_suffixes.txt")
        for cut in range(1, min(len(ending), at + 1))  # (a negative start would read from the text's end)
    )


def _after_a_village(text: str, start: int) -> bool:
    """`五岔村头桥卡口`: right after a village's name (its ending, and no everyday word such as 农村 or
    包村 before it) a new name starts, whether or not a rule has read that village."""
    suffix = next(
        (s for s in data_longest_first("place_village_suffixes.txt") if text.endswith(s, 0, start)), None
    )
    if suffix is None or start - len(suffix) < 2:
        return False
    before = start - len(suffix)
    # `下沉到村组和小区`: after a verb of going (data/place_division_verbs.txt) 村 is where to, no name's ending
    return (
        all(HAN.match(c) for c in text[before - 2 : before])
        and not is_common_word(text[before - 1 : before + 1])
        and text[before - 1] not in data_words("place_division_verbs.txt")
    )


def _name_before(
    text: str, end: int, ends: set[int], stems: frozenset[str] = frozenset(), ending: str = ""
) -> int | None:
    """Where the shortest name of 2 to 4 Han characters ending at `end` starts, if one does. A division's name the
    article writes elsewhere (`stems`: 河边 of 河边镇) is a name, even an everyday word (`河边检查站`)."""
    if text.endswith(data_longest_first("place_road_words.txt"), 0, end + len(ending)):
        return None  # `修马路`, `柏油路`: a road by what it is, no road's name
    # `思路`, `道路`: the ending's first character closes an everyday word; not a two-character ending (`干越大道`,
    # though 越大 is a word) nor after a road's common name (`五一路`, though 一路 is a word)
    if (
        end >= 1
        and len(ending) <= 1
        and is_common_word(text[end - 1 : end + 1])
        and text[max(0, end - 2) : end] not in data_words("place_name_words.txt")
    ):
        return None
    for length in range(1, MAX_STEM + 1):
        start = end - length
        if start < 0 or not HAN.match(text[start]):
            return None
        if length == 1 and start in ends:
            # `望奎镇南大街`: a direction after its town names the town's street; else `柳林县薛村乡`: one character
            # after a place, and no name runs back over that place
            direction = text[start] in data_words("place_direction_chars.txt")
            return start if direction and ending in data_words("place_street_endings.txt") else None
        if letter_opener_at(text, start):
            return None  # `《致余村`: 致 ("to") opens no name; 余 alone is too short for this rule
        if length >= 2 and _starts_a_name(text, start, ends):
            stem = text[start:end]
            if stem in stems:
                return start
            if stem in data_words("place_station_agencies.txt") and ending in data_words(
                "place_station_endings.txt"
            ):
                return None  # `设立公安检查站`: the police's checkpoint, a kind
            # `滨湖街道大学路`: a street written right after its town or street is named, even by a word
            named_street = start in ends and ending in data_words("place_street_endings.txt")
            if _a_compounds_name(stem, ending):
                return start
            return None if is_generic_stem(stem, named_street) or is_phrase(stem) else start
    return None


def _a_compounds_name(stem: str, ending: str) -> bool:
    """`金色家园小区`: before 小区, a name that ends in a kind of compound (data/place_compound_kinds.tsv) after
    two characters or more is the compound's own name, though made of everyday words."""
    words = data_groups("place_compound_kinds.tsv")
    kind = next((k for k in words["kind"] if stem.endswith(k)), None)
    return (
        ending in words["ending"]
        and kind is not None
        and len(stem) - len(kind) >= 2
        and not stem.startswith(data_longest_first("place_name_never_starts.txt"))
    )


def _division_stems(taken: Iterable[Mention]) -> frozenset[str]:
    """The names, without their ending, of the townships and villages read so far (`河边镇` -> 河边)."""
    endings = sorted(
        (*data_words("place_township_suffixes.txt"), *data_words("place_village_suffixes.txt")),
        key=len,
        reverse=True,
    )
    stems = set()
    for mention in taken:
        ending = next((e for e in endings if mention.text.endswith(e)), None)
        if mention.type is EntityType.PLACE and ending and len(mention.text) - len(ending) >= 2:
            stems.add(mention.text[: -len(ending)])
    return frozenset(stems)


@lru_cache(maxsize=1)
def _name_endings() -> re.Pattern[str]:
    """The endings of data/place_name_suffixes.txt, longest first."""
    return re.compile(data_alternation("place_name_suffixes.txt"))


def named_places(
    text: str, taken: Iterable[Mention], in_bodies: list[Mention] | None = None
) -> list[Mention]:
    """Streets, communities, roads, stations, checkpoints, markets, compounds, squares and halls:
    a name of a few Han characters before an ending of data/place_name_suffixes.txt (`金徽社区`,
    `城南花园`, `兴盛菜市场`), and roads by their number (`G104国道`). Generic phrases (`各个路口`,
    `全县卡点`, `该小区`, `这个广场`) are no names. A name that opens a body's (`红旗社区党委`) is no place
    mention; it is added to `in_bodies` where one is given."""
    taken = list(taken)
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    ends = {m.end for m in taken}
    endings = _name_endings()
    continuations = tuple(data_words("place_suffix_continuations.txt"))
    verbs_before = data_groups("place_ending_verbs.tsv")
    found = []
    roads = [(m.start(), m.end()) for m in _road_code().finditer(text)] + _line_roads(text)
    road_ends = {end for _, end in roads}
    ends |= road_ends
    # `岭头镇团结路`: a name starts right after a township or village these rules read too
    divisions = divisions_by_own_rules(text)
    ends |= {end for _, end in divisions}
    named = []
    after_roads: set[tuple[int, int]] = set()
    stems = _division_stems(taken)
    for match in endings.finditer(text):
        if text[match.start() - 1 : match.start()] in verbs_before.get(match.group(), ()):
            continue  # `走街串巷`, `布满街头`: a verb on the streets, no street's name
        if match.group() in data_words("place_committee_endings.txt") and text.endswith(
            data_longest_first("place_village_suffixes.txt"), 0, match.start()
        ):
            continue  # `新华社区居委会`: the committee of the community just named, no second place
        start = _name_before(text, match.start(), ends, stems, match.group())
        # `路段`, `路口`: an everyday noun goes on from the ending, unless a road's common name comes before it
        # (`人民路口`, `解放路段`: data/place_name_words.txt)
        goes_on = text.startswith(continuations, match.end() - 1)
        if (
            goes_on
            and start is not None
            and text[start : match.start()] in data_words("place_name_words.txt")
        ):
            goes_on = False
        if start is not None and not goes_on:
            spans_here = _road_and_facility(text, start, match.end())
            named.extend(spans_here)
            after_roads.update(spans_here[1:])
            ends |= {end for _, end in spans_here}  # `三市街道东方社区`: a name starts right after this one
    # `108国道洪善检查站`, `G104国道省际卡点`: the road and the facility named right after it are two places.
    # A motorway's exit named by a county the text names (`连霍高速睢县出口`) is the exit, the county inside it.
    places = [(m.start, m.end) for m in taken if m.type is EntityType.PLACE]
    # of two names at one start the longer first (`幸福花园小区`, not `幸福花园`)
    for start, end in [*roads, *sorted(named, key=lambda span: (span[0], -span[1]))]:
        wraps_a_division = (start, end) in after_roads and _wraps_places_only(spans, places, start, end)
        if not spans.overlaps(start, end) or wraps_a_division:
            if not inside_a_body(text, start, end):
                found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
                spans.add(start, end)
            elif in_bodies is not None:
                in_bodies.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
    for start, end in divisions:  # `黄田乡党委` is read with its body
        if not spans.overlaps(start, end) or _extends_a_listed_name(taken, start, end):
            found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
            spans.add(start, end)
    return found


def _extends_a_listed_name(taken: list[Mention], start: int, end: int) -> bool:
    """`在石板桥镇开展排查`: the gazetteer lists 板桥镇, the tail of the township's name that starts after 在; the
    name written is the place (the listed one inside it gives way), where only such tails overlap it."""
    overlapping = [m for m in taken if m.start < end and start < m.end]
    return bool(overlapping) and all(
        m.type is EntityType.PLACE and m.end == end and m.start > start for m in overlapping
    )


def _wraps_places_only(spans: Taken, places: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end holds a place read before, wholly inside it, and nothing else taken."""
    inside = sorted((s, e) for s, e in places if start <= s and e <= end)
    if not inside:
        return False
    at = start
    for s, e in [*inside, (end, end)]:
        if s > at and spans.overlaps(at, s):
            return False
        at = max(at, e)
    return True


def own_facilities(text: str, taken: Iterable[Mention]) -> list[Mention]:
    """`在县体育馆设立采样点`, `暂停县汽车站营运`: the county's own venue or station, by the bare level character
    and the facility's word (data/place_own_facilities.txt), where the character starts a word (after
    punctuation, a preposition or the list comma, or a verb of going, a setup verb, a locative) and no mention
    read before holds it. The county's level characters are data/level_chars.tsv's (县, and 区, 旗)."""
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    ends = {m.end for m in taken}
    words = data_longest_first("place_own_facilities.txt")
    counties = [c for c, level in data_table("level_chars.tsv").items() if level == "county"]  # 县, 区, 旗
    found = []
    for start, _ in sorted(at for c in counties for at in occurrences(text, c)):
        word = next((w for w in words if text.startswith(w, start + 1)), None)
        end = start + 1 + len(word or "")
        if word is None or spans.overlaps(start, end) or not _starts_a_name(text, start, ends):
            continue
        found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
        spans.add(start, end)
    return found


def bus_lines(text: str, taken: Iterable[Mention]) -> list[Mention]:
    """`乘坐1路公交车`, `K3路公交`: a bus line by its number and the word for the bus (data/place_bus_words.txt), where a
    case rode, no mention read before holds it."""
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    found = []
    for match in _bus_line().finditer(text):
        if not spans.overlaps(*match.span()):
            found.append(Mention(match.group(), EntityType.PLACE, *match.span(), NAMED_PLACE))
            spans.add(*match.span())
    return found


@lru_cache(maxsize=1)
def _bus_line() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data_longest_first("place_bus_words.txt"))
    return re.compile(rf"(?<![A-Za-z0-9])[A-Za-z]?\d{{1,4}}(?:{words})")


def communities_in_bodies(text: str, places: Iterable[Mention]) -> list[Mention]:
    """`红旗社区党委`, `东门社区居委会`, `平江经济开发区管委会`: the community, village or zone named only at the
    start of its body's name (no place mention of its own), which starts that body (ner/bodies/); an ending of
    data/place_village_suffixes.txt or place_zone_endings.txt closes it."""
    found: list[Mention] = []
    named_places(text, places, found)
    endings = (*data_longest_first("place_village_suffixes.txt"), *data_words("place_zone_endings.txt"))
    return [m for m in found if m.text.endswith(endings)]


def compounds_named_for_units(text: str, merged: Iterable[Mention], read: Iterable[Mention]) -> list[Mention]:
    """`东湖街道中央财经大学社区`, `电力公司小区`: a unit's name the readers took as a body's (a school, a works, a
    hospital: data/place_unit_compound_units.txt), right before a community's or a compound's ending
    (data/place_unit_compound_endings.txt), names the place its staff lived in, and no body acts there: the place
    replaces the body's mention. A division the readers took at the body's start (`东湖街道`, in `read`) stays a
    place of its own above it. A body after the ending (`社区卫生服务中心`: data/place_unit_compound_not_before.txt)
    leaves the unit alone."""
    units = data_longest_first("place_unit_compound_units.txt")
    endings = data_longest_first("place_unit_compound_endings.txt")
    not_before = data_longest_first("place_unit_compound_not_before.txt")
    places = [m for m in read if m.type is EntityType.PLACE]
    found: list[Mention] = []
    for mention in merged:
        ending = next((e for e in endings if text.startswith(e, mention.end)), None)
        if mention.type is not EntityType.ORGANIZATION or ending is None or not mention.text.endswith(units):
            found.append(mention)
            continue
        end = mention.end + len(ending)
        if text.startswith(not_before, end):
            found.append(mention)
            continue
        head = max(
            (p for p in places if p.start == mention.start and p.end < mention.end - 1),
            key=lambda p: p.end,
            default=None,
        )
        if head is not None:
            found.append(head)
        start = head.end if head is not None else mention.start
        found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
    return found
