"""Named places below the divisions that the gazetteer does not list: streets, communities, roads, stations,
checkpoints, markets and squares by their ending (`金徽社区`, `城南花园`), roads by their number (`G104国道`),
villages and townships by their name and ending (`在向阳村设卡`), and hamlets named after a family (`李家湾`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    data_alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    is_common_word,
    numerals,
    surnames,
    titles,
)
from epikg.ner.char_features import listed_as
from epikg.ner.place_stems import (
    MAX_STEM,
    NAMED_PLACE,
    counted,
    goes_on_as_a_word,
    inside_a_body,
    is_generic_stem,
    is_phrase,
    letter_opener_at,
    names_a_hamlet,
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
    while text[end : end + 1] == "\u3001":
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
    divisions = _divisions_by_own_rules(text)
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


_MAX_DIVISION_STEM = 3  # 向阳 (村), 龙潭堡 (村), 董王庄 (乡)


@lru_cache(maxsize=4)  # asked twice a page, of the same text: its places, and the communities in its bodies
def _divisions_by_own_rules(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of _division_names, _ethnic_townships, _family_hamlets, _hamlet_groups and _long_named_divisions,
    in that order."""
    return (
        *_division_names(text),
        *_ethnic_townships(text),
        *_family_hamlets(text),
        *_hamlet_groups(text),
        *_long_named_divisions(text),
    )


@lru_cache(maxsize=1)
def _ethnic_township() -> re.Pattern[str]:
    """A name of two or three Han characters, one people or more (data/peoples.txt) and a township's ending
    (data/place_township_suffixes.txt); or a people of two characters or more written without its 族, then an
    ending of data/place_ethnic_township_endings.txt (`十八站鄂伦春民族乡`)."""
    peoples = data_alternation("peoples.txt")
    bare = "|".join(sorted((p[:-1] for p in data_words("peoples.txt") if len(p) > 2), key=len, reverse=True))
    return re.compile(
        rf"(?=((?P<prefix>[\u4e00-\u9fff]{{2,3}})(?:(?:{peoples})+(?:{data_alternation('place_township_suffixes.txt')})"
        rf"|(?:{bare})(?:{data_alternation('place_ethnic_township_endings.txt')}))))"
    )


def _ethnic_townships(text: str) -> list[tuple[int, int]]:
    """`四嘉子满族乡`, `坤河达斡尔族满族乡`, `新生鄂伦春族乡`: an ethnic township by its name, its people(s) and its
    ending, the name starting where a name can (after punctuation, a preposition, a verb or a place's area)."""
    found: list[tuple[int, int]] = []
    if not any(people in text for people in data_words("peoples.txt")) and not any(
        ending in text for ending in data_words("place_ethnic_township_endings.txt")
    ):
        return found  # most pages name no people
    classifiers = data_groups("place_list_marks.tsv")["classifier"]
    for match in _ethnic_township().finditer(text):
        start, end = match.start(1), match.end(1)
        if text[start] in data_words("place_before_chars.txt") and _ethnic_township().match(text, start + 1):
            continue  # `在大堡蒙古族乡`: the preposition, then the township's name
        if any(c in data_words("place_before_chars.txt") for c in match.group("prefix")[1:]):
            continue  # `县里在畲族乡设卡`: a coverb inside the would-be name, which is none
        counted = text[start + 1 : start + 2] in classifiers and text[start] in numerals()
        if (not found or start >= found[-1][1]) and _a_division_opens(text, start) and not counted:
            found.append((start, end))  # not `三个赫哲族乡`: a count of such townships, no name
    return found


def _a_division_opens(text: str, start: int) -> bool:
    """Whether a division's name may start at `start`: after punctuation, a preposition (data/place_before_chars.txt;
    not the first character of a word of its own, data/place_preposition_words.txt: `及时拨打村`), a verb or a scope,
    or a word for a place's area (`辖区胜利村`, `城关镇所辖红旗村`: data/place_locative_words.txt)."""
    return (
        start == 0
        or not HAN.match(text[start - 1])
        or (
            text[start - 1] in data_words("place_before_chars.txt")
            and text[start - 1 : start + 1] not in data_words("place_preposition_words.txt")
        )
        or opens_after_a_verb_or_a_scope(text, start)
        or text.endswith(data_longest_first("place_locative_words.txt"), 0, start)
    )


_MAX_LONG_STEM = 6  # 巴彦宝格德 (嘎查), 赛汉陶来 (苏木)


def _long_named_divisions(text: str) -> list[tuple[int, int]]:
    """`在赛汉陶来苏木,巴彦宝格德嘎查`: a sumu or gacha (data/place_long_stem_suffixes.txt), whose Mongolian names run
    longer than a Han one, by a name of two to six Han characters right after punctuation or a preposition and
    ending at the ending, where no word goes on from it."""
    found: list[tuple[int, int]] = []
    for ending in data_longest_first("place_long_stem_suffixes.txt"):
        for match in re.finditer(re.escape(ending), text):
            at = match.start()
            if goes_on_as_a_word(text, match.end() - 1) or text.startswith(
                data_longest_first("place_name_goes_on.txt"), match.end()
            ):
                continue
            # the name starts right after punctuation or a preposition (data/place_before_chars.txt)
            start = next(
                (
                    s
                    for s in range(at - 2, max(-1, at - _MAX_LONG_STEM - 1), -1)
                    if all(HAN.match(c) for c in text[s:at])
                    and (
                        s == 0
                        or not HAN.match(text[s - 1])
                        or text[s - 1] in data_words("place_before_chars.txt")
                    )
                ),
                None,
            )
            if (
                start is not None
                and not is_generic_stem(text[start:at])
                and not is_phrase(text[start:at])
                and not any(title in text[start:at] for title in titles() if len(title) >= 2)
            ):  # not `由苏木嘎查干部`: the kinds, sumu and gacha; nor `县长阿苏木呷`: a title and a Yi name
                found.append((start, match.end()))
    return found


def _division_names(text: str) -> list[tuple[int, int]]:
    """`在向阳村设卡`, `到黄田乡检查`, `、石桥镇`: a village or township the gazetteer lacks here, by its name of two
    or three Han characters and its ending (data/place_division_endings.txt), where the name starts right
    after punctuation, a preposition or a word for a place's area (`辖区胜利村`: data/place_locative_words.txt).
    Not an everyday word ending in one (`返乡`, `进村`, `城镇`, `撤乡`: data/place_division_verbs.txt; `家乡`,
    `农村`), one starting at a number's unit (`2015年撤乡`)
    nor one going on past it (`乡镇`, `村委`), nor a verb before a body
    (`会同镇市场监督管理所`: data/org_lead_verbs.txt). After a weak opener
    (`的`: data/place_division_weak_openers.txt) the gazetteer must list the name somewhere. A village right
    after its township, a township after its county, are read by their own rules."""
    endings = data_longest_first("place_division_endings.txt")
    verbs = data_words("place_division_verbs.txt")
    before = data_words("place_before_chars.txt")
    weak = data_words("place_division_weak_openers.txt")
    ending_chars = frozenset(e for e in endings if len(e) == 1)  # a character is one of them, or none
    gaz = gazetteer.load()
    found = []
    for at, char in enumerate(text):
        if char not in ending_chars or at < 2:
            continue
        # `前进村`, `工农村`: a common name of villages (data/place_name_words.txt) ends in a verb's or a word's
        # character (进村, 农村) and still names one
        name_word = text[max(0, at - 2) : at] in data_words("place_name_words.txt")
        # `青山村`, `金山村`: so does a division's short name (青山 of 青山区), of no everyday word, though 山村
        # is one
        listed_name = (
            not is_common_word(text[max(0, at - 2) : at])
            and all(HAN.match(c) for c in text[max(0, at - 2) : at])
            and text[at - 2 : at] in gaz.by_alias
        )
        if (text[at - 1] in verbs and not (name_word or listed_name)) or goes_on_as_a_word(text, at):
            continue
        if _inside_a_title(text, at):
            continue  # `王副镇长说`: a deputy head of the town, no township 王副镇
        for length in range(2, _MAX_DIVISION_STEM + 1):
            start = at - length
            if start < 0 or not all(HAN.match(c) for c in text[start:at]):
                break
            if letter_opener_at(text, start):
                break  # `《致余村村民的一封信》`: 致 ("to") opens no name
            opens = _a_division_opens(text, start)
            if (
                opens
                and text[start - 1 : start] in weak
                and not _listed(gaz, text[start:at], char)
                and not opens_after_a_verb_or_a_scope(text, start)  # `来自石板桥镇`: 自 of a verb of from
            ):
                break
            if opens and counted(text, start):
                break  # `2015年撤乡建镇`: a year's 年 after its number begins no name
            if opens:
                stem = text[start:at]
                if stem[0] in before and text[start + 1 : at + 1] in gaz.by_alias:
                    break  # `据新乡日报报道`: the preposition, then 新乡 (of 新乡市); no township 据新乡
                if gaz.is_province(stem[:2]) and text[start + 2 : at + 1] in gaz.by_alias:
                    break  # `江西萍乡`: a province's and a city's short names (萍乡 of 萍乡市), no township 江西萍乡
                if stem[-1] in numerals() and text[start - 1 : start] == "、":
                    break  # `向阳、红星两村`: a count closing a list
                if stem.endswith(data_longest_first("post_title_modifiers.txt")) and text.startswith(
                    tuple(titles()), at
                ):
                    break  # `新任村主任`: newly appointed, before the title 村主任; no village 新任村
                if stem[-1] in data_table("level_chars.tsv") and not _listed(gaz, stem, char):
                    break  # `有县乡干部`: 县乡, two levels side by side; no township 有县乡 (but 新市镇)
                everyday_tail = is_common_word(stem[-2:]) and stem[-2:] not in data_words(
                    "place_name_words.txt"
                )
                lead_verb = stem[-2:] in data_words("org_lead_verbs.txt")  # `会同镇市场监督管理所`
                # `抽调乡干部`: a verb of the lexicon's everyday words, then the level's people (乡干部, 村医生:
                # data/person_group_nouns.txt); no township 抽调乡, unless the gazetteer lists it
                verb_on_people = (
                    listed_as(stem) == "W"
                    and text.startswith(tuple(data_words("person_group_nouns.txt")), at + 1)
                    and not _listed(gaz, stem, char)
                    and not name_word
                )
                # `沿海城镇`: the name's first character closes an everyday word (沿海) begun before it, and its
                # ending closes another (城镇); `初到达江乡` still names 达江乡 (到达, but no 江乡)
                inside_a_word = (
                    start > 0
                    and text[start - 1] not in data_words("place_level_chars.txt")
                    and is_common_word(text[start - 1 : start + 1])
                    and is_common_word(text[at - 1 : at + 1])
                )
                # `守护家乡`, `建设美丽乡村`: the ending closes an everyday word (家乡, 农村), unless the gazetteer
                # lists the name
                closes_word = (
                    is_common_word(text[at - 1 : at + 1])
                    and not _listed(gaz, text[start:at], char)
                    and not name_word
                )
                if not (
                    is_generic_stem(stem)
                    or is_phrase(stem)
                    or everyday_tail
                    or lead_verb
                    or verb_on_people
                    or closes_word
                    or inside_a_word
                ):  # `及时要求镇武装部`
                    found.append((start, at + 1))
                break
    return found


def _inside_a_title(text: str, at: int) -> bool:
    """`王副镇长`, `李副乡长`: a title (data/titles) that begins before the ending at `at` and goes on past it holds
    the ending; the characters before it are a surname, no name of a place."""
    known = titles()
    return any(text[at - k : at - k + n] in known for k in (1, 2) if at >= k for n in range(k + 2, k + 5))


def _listed(gaz: gazetteer.Gazetteer, stem: str, ending: str) -> bool:
    """Whether the gazetteer lists the name somewhere; a township under any township's ending (`塘坊乡` where it
    lists 塘坊镇: towns are upgraded and renamed, and pages keep the old name; data/place_township_suffixes.txt)."""
    if gaz.lookup(stem + ending):
        return True
    suffixes = data_words("place_township_suffixes.txt")
    return ending in suffixes and any(
        d.level == "township" for suffix in suffixes for d in gaz.lookup(stem + suffix)
    )


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
        *data_table("place_suffix_levels.tsv"),  # its endings
    )
    found = []
    for at in range(len(text) - 2):
        if not (text[at] in single and text[at + 1] in marks and text[at + 2] in endings):
            continue  # no family's hamlet starts here
        opens = at == 0 or not HAN.match(text[at - 1]) or text[at - 1] in before
        if opens and not text.startswith(longer, at + 3):  # `许家湾新村`: a longer name's start
            found.append((at, at + 3))
    return found


def _hamlet_groups(text: str) -> list[tuple[int, int]]:
    """`走访了上屋组、下屋组`, `在谢家冲组设卡`, `往村里最远的塘边组赶`: a villagers' group named after its hamlet, two or
    three Han characters whose last is a hamlet's (data/place_hamlet_groups.tsv) before the group's word, the name
    opening where a division's may, after a list mark or after 的 (`塘边组组长`: the group's head); not a working
    group on a task (`巡山组`)."""
    found = []
    words = data_groups("place_hamlet_groups.tsv")
    opens_after = words["opens_after"]
    for group in words["group"]:
        for match in re.finditer(re.escape(group), text):
            end = match.end()
            for length in (2, 3):
                start = match.start() - length
                stem = text[start : match.start()]
                if (
                    start < 0
                    or not all(HAN.match(c) for c in stem)
                    or not names_a_hamlet(stem)
                    or is_generic_stem(stem)
                ):
                    continue
                if not (_a_division_opens(text, start) or text[start - 1 : start] in opens_after):
                    continue
                found.append((start, end))
                break
    return found


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
