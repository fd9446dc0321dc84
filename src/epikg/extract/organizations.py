"""Organizations: bare bodies resolved to the article's locality, and a type for each.

`县委` in an article about 南县 is 南县县委; `镇党委` in an article about 浦市镇 is
浦市镇党委. The locality is what the article's own words name most, level by level
(extract/places.py, extract/place_divisions.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from epikg import gazetteer
from epikg.extract.org_full_names import full_names, is_division, opens_with_a_place_name
from epikg.extract.paragraphs import Paragraphs
from epikg.extract.place_divisions import Locality, city_suffixes
from epikg.extract.places import leading_division
from epikg.extract.places import resolve as resolve_places
from epikg.lexicon import (
    LIST_COMMA,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    ends_a_leader_phrase,
    is_common_word,
    looks_like_body,
    titles,
)
from epikg.ner.bodies import (
    bare_units,
    is_generic,
    last_unit,
    level_chars,
    named_unit,
    org_type,
)
from epikg.records import EntityType, Mention, Organization, Place

__all__ = [
    "level_chars",
    "Locality",
    "describe",
    "full_names",
    "names_a_body",
    "single_outlet",
    "place_prefix",
    "Prefix",
    "body_lines",
    "resolve",
    "listed_bodies",
    "resolve_all",
    "with_place",
]


@dataclass(frozen=True)
class Prefix:
    """The places a phrase starts with (`开化县华埠镇下溪村党支部书记`): the lowest of them, its name as written
    (`下溪村`), and the whole chain as written (`开化县华埠镇下溪村`)."""

    place: Place
    name: str
    written: str

    @property
    def level(self) -> str:
        return self.place.level


def place_prefix(name: str, places: dict[str, Place]) -> Prefix | None:
    """The places a name starts with, a written chain followed down to its lowest: each one of the article's
    places, else any the gazetteer knows. A title word has none (`代县长` is an acting county head, not 代县's 长,
    also after a place: `滑县代县长`)."""
    found, at = None, 0
    while name[at:] not in titles() and (leading := _leading_place(name[at:], places)) is not None:
        written, place = leading
        at += len(written)
        found = Prefix(place, written, name[:at])
    return found


def _leading_place(name: str, places: dict[str, Place]) -> tuple[str, Place] | None:
    for length in range(len(name) - 1, 1, -1):
        if name[:length] in places:
            return name[:length], places[name[:length]]
    head = leading_division(name)
    return (head, resolve_places([head], places)[head]) if head else None


def with_place(place: str, body: str) -> str:
    """A body named with its place, as the genre writes it.

    The committee and government of a level keep the level character after a two-character
    place (`南县`+`县委` is 南县县委, `苍南县`+`县委` is 苍南县委); other bodies drop it
    (`徽县`+`县红十字会` is 徽县红十字会). A body whose level character is part of the word keeps it
    (`半岭亭村`+`村民委员会` is 半岭亭村村民委员会, `营洛村`+`村委会` is 营洛村村委会: data/org_kept_level_bodies.txt).
    A level character other than the place's own that begins a word is the body's (`宁陕县`+`市场监管局`), and so
    is the place's own where it begins such a word (`珲春市`+`市场监督管理局`: data/org_level_char_words.txt). A
    village's ending of two characters or more that opens the body is written once (`海拉苏嘎查`+`嘎查委员会`).
    """
    shared = next((w for w in village_words() if place.endswith(w) and body.startswith(w)), None)
    if shared is not None:  # `海拉苏嘎查`+`嘎查委员会` is 海拉苏嘎查委员会: the ending written once
        return place + body[len(shared) :]
    level = body[:1]
    if level not in level_chars() or body in data_words("org_kept_level_bodies.txt"):
        return place + body
    if body[:2] in data_words("org_level_char_words.txt") and body[1:] not in data_words("org_suffixes.txt"):
        # `珲春市`+`市场监督管理局`: 市 of 市场, no level, after the city's own 市 too; but `利川市`+`市民政局` is the
        # city's 民政局 (a body's whole name after the level), no bureau of its 市民
        return place + body
    if place[-1:] != level and is_common_word(body[:2]):
        # `宁陕县`, `漳江街道`+`市场监管局`: 市 begins a word of the body's, no level of the place
        return place + body
    if body[1:].startswith(tuple(data_words("org_level_bodies.txt"))) and not (
        len(place) >= 3 and place[-1] == level
    ):
        return place + body
    return place + body[1:]


def resolve(name: str, locality: Locality) -> str:
    """A body that starts with a bare level character gets the article's place of that level (市 is the
    article's county where that is a city, as 全市 is); so does one
    after a prefix of data/org_level_prefixes.txt, before its name as written (`团县委` is 中宁县团县委, the
    county's Youth League, as the genre writes it with its county)."""
    prefix = next(
        (
            p
            for p in data_longest_first("org_level_prefixes.txt")
            if name.startswith(p) and len(name) > len(p) + 1
        ),
        "",
    )
    if not prefix and len(leading_division(name) or "") >= 3:
        return name  # `镇巴县`, `镇江市`: a division's name starts with the level character, no level
    if (
        not prefix
        and all(c in level_chars() for c in name[:2])
        and name[1:3] not in data_words("org_level_char_words.txt")
    ):
        # `乡镇卫生院`, `县乡医疗机构`: the bodies of every place of those levels, no one place's (but `县市场监管局`: 市场)
        return name
    # `社区党委` of 杨家溪社区: 杨家溪社区党委; `街道党工委` of 燕山街道: 燕山街道党工委
    for level, words in (("village", village_words()), ("township", township_words())):
        place = locality.by_level.get(level)
        ending = next((e for e in words if name.startswith(e) and len(name) > len(e)), None)
        if ending is not None and place is not None and place.name.endswith(ending):
            return locality.prefix(level) + name[len(ending) :]
    level = level_chars().get(name[len(prefix) : len(prefix) + 1])
    county = locality.by_level.get("county")
    if level == "prefecture" and county is not None and locality.prefix("county").endswith(city_suffixes()):
        level = "county"  # `市防指` of an article about 耒阳市, a county-level city: its own body
    province = locality.by_level.get("province")
    char = name[len(prefix) : len(prefix) + 1]
    # a province-level city (北京市, 上海市) is the 市 of its bodies and no 省's: `市委` of a page about 浦东新区
    # is 上海市委; `省委` of a page about 北京市 (or 香港) names some province the page does not
    if (
        level == "prefecture"
        and "prefecture" not in locality.by_level
        and province
        and province.name.endswith(char)
    ):
        level = "province"
    elif level == "province" and province is not None and not province.name.endswith(char):
        return name
    if level is None or level not in locality.by_level:
        return name
    own = locality.prefix(level)[-1:]  # as the article writes it: `监利县` (now 监利市) has 县委
    organ = level == "township" and name[1:].startswith(tuple(data_words("org_township_organs.txt")))
    if (own in level_chars() or organ) and own != char:
        # `镇政府` of a page about 苌池乡 or 联星街道 (no town), `县委` of one about 房山区: another town's or county's
        return name
    if prefix:  # `团县委` of 睢县 is 睢县团县委: the name as written stays whole
        return locality.prefix(level) + name
    return with_place(locality.prefix(level), name)


@lru_cache(maxsize=1)
def village_words() -> tuple[str, ...]:
    """Endings of a village's name of more than one character (`社区`: data/place_village_suffixes.txt), which open
    a bare body of the village as 村 does (`社区党委`, as `村党支部`)."""
    return tuple(e for e in data_longest_first("place_village_suffixes.txt") if len(e) > 1)


@lru_cache(maxsize=1)
def township_words() -> tuple[str, ...]:
    """Endings of a township's name of more than one character (`街道`, `苏木`: data/place_township_suffixes.txt),
    which open a bare body of the township as 镇 does (`街道党工委`, as `镇党委`)."""
    return tuple(e for e in data_longest_first("place_township_suffixes.txt") if len(e) > 1)


def names_a_body(outlet: str) -> bool:
    """A source line's outlet is a publishing body unless it names only a place (`来源:永丰镇`, `来源:海淀街道`):
    that is the place's office, which the page does not name. (The place still tells the article's locality.)"""
    return not gazetteer.load().lookup(outlet)


def single_outlet(outlet: str | None, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of a source line's outlet where it names one outlet (`人民日报客户端`): no other body is read inside
    it. None where it names none, or two (`四川日报-川观新闻`, `湖南日报·新湖南客户端`: a mark between them),
    whose parts are bodies of their own."""
    if not outlet or span is None or any(not c.isalnum() for c in outlet):
        return None
    return span


_WIDE = ("province", "prefecture", "county")


def describe(
    name: str, doc_id: str, places: dict[str, Place] | None = None, county: Place | None = None
) -> Organization:
    """A body's type, and what tells it apart from its namesakes: its article where its name alone does not
    (`县委`, `防指`); the article's county where its name starts below a county (`城关镇党委`, `红星村委会`,
    `蓝天救援队`: towns, villages and teams of one name are in many counties), else its article; nothing where
    the name starts with its county or a wider division (`南县县委`), or names an outlet (`中国甘肃网`)."""
    kind = org_type(name)
    if is_generic(name):
        return Organization(name, kind, doc_id)
    party = next((p for p in data_longest_first("org_party_prefixes.txt") if name.startswith(p)), "")
    leading = _leading_place(name[len(party) :], places or {})  # `中共溆浦县委`: the county's
    # `国务院联防联控机制`: a national body, of no county
    national = name.startswith(tuple(data_groups("org_national_mechanisms.tsv")["opener"]))
    if kind == "media_outlet" or national or (leading is not None and leading[1].level in _WIDE):
        return Organization(name, kind, None)
    # `鲁大村村支部` of a village the article places in 应城市: that county's, whatever county the article is from
    own = leading[1].stated_county() if leading is not None else None
    if own is not None or county is not None:
        return Organization(name, kind, (own or county).key)
    return Organization(name, kind, doc_id)


def _convener(text: str, mention: Mention, place_ends: dict[int, Mention]) -> str | None:
    """`四甲镇召开疫情防控领导小组会议`: the place that convenes a body's meeting is the body's place."""
    for verb in data_longest_first("model_meeting_verbs.txt"):
        if text.startswith(verb, mention.start - len(verb)) and mention.start - len(verb) in place_ends:
            return place_ends[mention.start - len(verb)].text
    return None


CLAUSE_ENDS = ",。;!?:\n"  # what ends a clause in folded text (full-width marks are folded)


def _founder(text: str, mention: Mention, place_ends: dict[int, Mention], locality: Locality) -> str | None:
    """`金乡镇第一时间成立疫情防控工作专班`, `金乡镇成立了以党委书记为组长的疫情防控领导小组`: the place that opens the
    clause in which a body is set up (data/org_setup_verbs.txt) is the body's place; a scope (`全县第一时间成立`,
    data/org_scope_chars.txt), or a level's character opening the clause (`乡成立`), makes it the article's place of
    that level. The body's full name, else None."""
    clause_start = max(text.rfind(c, 0, mention.start) for c in CLAUSE_ENDS) + 1
    clause = text[clause_start : mention.start]
    verb_at = max((clause.rfind(v) for v in data_words("org_setup_verbs.txt")), default=-1)
    if verb_at < 0 or any(c in data_words("org_plural_chars.txt") for c in clause[:verb_at]):
        return None  # `在全县213个行政村建立了公共卫生安全委员会`: one in each village, no one body
    members = max((clause.rfind(w, verb_at) for w in data_words("org_member_openers.txt")), default=-1)
    if members >= 0 and not any(w in clause[members:] for w in data_words("org_member_closers.txt")):
        # `东北峪村成立了由第一书记、驻村工作队和村“两委”成员组成的`: a member, not the body set up
        return None
    ends = [e for e in range(clause_start, clause_start + verb_at + 1) if e in place_ends]
    place = place_ends[ends[-1]] if ends else None  # the lowest of a chain (`灵溪镇城东街道`)
    if place is not None and place.start >= clause_start:
        return place.text + mention.text
    scope = next(
        (clause[i + 1] for i in range(verb_at - 1) if clause[i] in data_words("org_scope_chars.txt")),
        None,
    )
    level = clause[:1] if 0 < verb_at <= _LEVEL_SUBJECT_REACH else None  # `乡迅速成立疫情防控工作指挥部`
    for char in (scope, level):
        if char is not None and level_chars().get(char) in locality.by_level:
            found = resolve(char + mention.text, locality)
            # none where the level's place is not written with it (`该镇成立` of a page about 裴营乡)
            return found if found != char + mention.text else None
    return None


_LEVEL_SUBJECT_REACH = 3  # `乡成立`, `县迅速成立`: a clause's level character and an adverb before the verb


def _led_by(text: str, mention: Mention, locality: Locality) -> str | None:
    """`成立了以镇长为组长的疫情防控领导小组`, `以县委书记为组长、县长为副组长的领导小组`: a body named after what is said
    of its leaders (lexicon.leader_phrase) is the body of the level their first post names, in the
    article's place of that level (its full name), else None."""
    clause_start = max(text.rfind(c, 0, mention.start) for c in CLAUSE_ENDS) + 1
    phrase = text[clause_start : mention.start]
    if not ends_a_leader_phrase(phrase, len(phrase)) or any(
        c in data_words("org_plural_chars.txt") for c in phrase
    ):
        return None  # `各村成立了由村支书任组长的工作专班`: one in each village, no one body
    posts = tuple(titles())
    char = next(
        (
            c
            for i, c in enumerate(phrase)
            if c in level_chars() and any(phrase.startswith(posts, i + k) for k in range(4))
        ),
        None,
    )
    if char is None or level_chars()[char] not in locality.by_level:
        return None
    found = resolve(char + mention.text, locality)
    return found if found != char + mention.text else None


def _coordinated_with(
    text: str, mention: Mention, org_ends: dict[int, Mention], locality: Locality
) -> str | None:
    """`青化镇党委、政府`, `县委、政府`, `镇党委政府`: a bare body after a place's committee is that place's (its
    full name)."""
    if mention.text not in data_words("org_coordinated_bodies.txt"):
        return None
    before = org_ends.get(
        mention.start - 1 if text[mention.start - 1 : mention.start] == LIST_COMMA else mention.start
    )
    if before is None:
        return None
    committees = data_groups("org_committees.tsv")["committee"]  # 委 of 县委
    endings = [e for e in (*data_words("org_suffixes.txt"), *committees) if before.text.endswith(e)]
    prefix = before.text[: len(before.text) - len(max(endings, key=len))] if endings else ""
    if prefix in level_chars():  # 县委、政府: the article's county government
        return resolve(prefix + mention.text, locality) if prefix else None
    # the lowest division the committee's name ends in (宝鸡市岐山县青化镇 -> 青化镇)
    division = next((prefix[i:] for i in range(len(prefix) - 1) if gazetteer.load().lookup(prefix[i:])), None)
    return with_place(division, mention.text) if division else None  # `永丰村党支部、村委会`: 永丰村委会


def _listed_with(
    text: str,
    mention: Mention,
    org_ends: dict[int, Mention],
    locality: Locality,
    place_starts: frozenset[int] = frozenset(),
) -> str | None:
    """`县卫健局、公安局`: a body's bare ending listed after a body (ner/bodies/ listed_units) is of the first's
    place (苍南县卫健局 -> 苍南县公安局); `县公安局治安大队、交警大队`, `县人民医院检验科、感染科`: a unit of the kind
    of the first's last unit (its last character: 大队, 科) is of the first's parent body; `县人民医院、卫生监督所`: an
    item named by its words before its ending (ner/bodies/ named_unit) is of the first's place, not one that
    names its own (`沙河镇卫生院`). The full name, else None."""
    joiner = text[mention.start - 1 : mention.start]
    if mention.text.endswith(
        (*data_longest_first("org_brand_suffixes.txt"), *data_longest_first("org_company_endings.txt"))
    ):
        return None  # `县人民医院和好又多超市`: a shop or a firm is named by its brand, of no listed place
    if mention.text.startswith(tuple(data_words("org_level_words.txt"))) or _names_a_place_inside(
        mention.text
    ):
        # `市人民医院、自治区第三人民医院`: a division of its own kind; `县融媒体中心、国网溆浦县供电公司`: its own county
        return None
    named = bare_units(mention.text, 0) != len(mention.text)
    if named and (
        named_unit(mention.text, 0) != len(mention.text)
        or place_prefix(mention.text, {})
        or mention.start in place_starts
        or opens_with_a_place_name(mention.text)
    ):
        return None  # `县中医医院和沙河镇卫生院`, `县卫健局、勐腊边境管理大队`: the item names its own place
    if joiner not in data_words("list_joiners.txt"):
        return None
    before = org_ends.get(mention.start - 1)
    full = (_own_name(before, locality) or resolve(before.text, locality)) if before is not None else None
    if before is None or full is None:
        return None
    # (not a level character that opens a word: 市场监管局)
    lead = level_chars().get(mention.text[0]) if not is_common_word(mention.text[:2]) else None
    division = leading_division(full)
    if lead is not None and division is not None and level_chars().get(division[-1]) != lead:
        return None  # `新沟镇政府、县公安局交警大队`: the item's level (县) is its own, not the town's
    if named:  # `县人民医院、卫生监督所、住建局`: an item named by its words is of the list's place
        return _of_listed_place(full, mention.text)
    unit = last_unit(before.text)
    if not unit or not full.endswith(unit):
        return None
    parent = full[: -len(unit)]
    if looks_like_body(parent):  # a unit of the parent's: of the same kind as the one before it
        return parent + mention.text if unit[-1] == mention.text[-1] else None
    if not is_division(parent):
        return _of_listed_place(full, mention.text)  # after an item named by its words (`县人民医院、住建局`)
    return with_place(parent, mention.text)


def _of_listed_place(before: str, item: str) -> str | None:
    """A list's item named with the place of the body before it, where that body is a place written in full and
    one unit, or words and a unit (`苍南县卫健局`, `苍南县人民医院`), else None (`新华派出所`: a short form;
    `县公安局沙河派出所`: a unit of a body)."""
    prefix = place_prefix(before, {})
    if (
        prefix is None
        or prefix.written[-1] not in level_chars()
        or not prefix.written.endswith(prefix.place.name)
    ):
        return None
    rest = before[len(prefix.written) :]
    if bare_units(rest, 0) != len(rest) and named_unit(rest, 0) != len(rest):
        return None
    if item.startswith(prefix.place.name[:-1]) and len(prefix.place.name) > 2:
        return None  # `宾西镇综治办、宾西派出所`: the item's words are its place's own name
    return with_place(prefix.written, item)


def _names_a_place_inside(name: str) -> bool:
    """`国网溆浦县供电公司`: a county's or a town's name, written whole, after a few words of the name's own."""
    return any(
        (head := leading_division(name[at:])) is not None and head[-1] in level_chars()
        for at in range(1, min(len(name) - 2, _NAME_BEFORE_A_PLACE + 1))
    )


_NAME_BEFORE_A_PLACE = 4  # Han characters of a brand before the place it names (`国网`, `中国移动`)


def paragraph_bodies(mentions: Iterable[Mention], paragraphs: Paragraphs, text: str = "") -> list[Mention]:
    """Each bare body named as the place its paragraph or its clause gives it (Mention.name), mention by mention, so
    that two towns' bodies written alike stay two (`金乡镇召开疫情防控领导小组会议…灵溪镇召开疫情防控领导小组会议`).

    A body opening with a level's character in a paragraph headed by a place of that level (`【丰禾镇】...镇党委...`),
    or after the one township its sentence names (Paragraphs.of_bodies), where the article's own place of that level
    is another. With `text`, a body right after a place's meeting verb (`四甲镇召开领导小组会议`), set up by a place or
    a level (`梅港乡:乡里成立疫情防控工作专班`: the section's town), named after its leaders' posts (`成立了以镇长为组长
    的…领导小组`), or after a place's committee (`青化镇党委、政府`). A body written with its place
    (`禄口街道疫情防控前线指挥部`) takes none from its clause."""
    mentions = list(mentions)
    place_ends = {m.end: m for m in mentions if m.type is EntityType.PLACE}
    place_starts = {m.start for m in mentions if m.type is EntityType.PLACE}
    org_ends = {m.end: m for m in mentions if m.type is EntityType.ORGANIZATION}
    found = []
    for m in mentions:
        if m.type is not EntityType.ORGANIZATION or m.name:
            found.append(m)
            continue
        here = paragraphs.of_bodies(m.start)
        level = level_chars().get(m.text[:1])
        if level is not None:
            if here is not paragraphs.default and level in here.by_level:
                m = replace(m, name=resolve(m.text, here))
        elif text and m.start not in place_starts and leading_division(m.text) is None:
            convener = _convener(text, m, place_ends)
            name = (
                convener + m.text
                if convener
                else _founder(text, m, place_ends, here)
                or _led_by(text, m, here)
                or _coordinated_with(text, m, org_ends, here)
            )
            if name and not _written_with(name, m.text):
                m = replace(m, name=name)
        found.append(m)
    return found


def _written_with(name: str, body: str) -> bool:
    """`古荣乡疫情防控工作领导小组` named 古荣乡古荣乡…: the body is written with the place its clause would give it
    (one the gazetteer does not know)."""
    place = name[: -len(body)] if name.endswith(body) else ""
    return bool(place) and body.startswith(place)


def _bracketed_names(text: str, bodies: list[Mention], resolved: dict[str, str]) -> None:
    """`县医保局(县医疗保障事务中心)`: a longer body's name in brackets right after a body is its other name, one
    body, labelled with the longer; so is the short name a bracket gives after a mark of data/org_short_name_marks.txt
    (`乡新型冠状病毒感染的肺炎疫情防控工作指挥部(以下简称乡防控指挥部)`)."""
    by_start = {m.start: m for m in bodies}
    marks = data_longest_first("org_short_name_marks.txt")
    for m in bodies:
        if text[m.end : m.end + 1] != "(":
            continue
        other = by_start.get(m.end + 1)
        if other is not None and text[other.end : other.end + 1] == ")" and len(other.text) > len(m.text):
            resolved[m.key] = resolved.get(other.key, other.text)
            continue
        mark = next((w for w in marks if text.startswith(w, m.end + 1)), None)
        at = m.end + 1 + len(mark or "")
        at += text[at : at + 1] in data_table("org_quote_marks.tsv")  # `简称“县防指”`
        short = by_start.get(at) if mark else None
        if short is not None and len(short.text) < len(m.text):
            resolved[short.key] = resolved.get(m.key, m.text)


def listed_bodies(mentions: Iterable[Mention], locality: Locality, text: str) -> list[Mention]:
    """Each bare body listed after another named as the place or the body the one before it gives it (Mention.name),
    mention by mention (`苍南县卫健局、公安局` -> 苍南县公安局): the same bare name listed after two counties' bodies
    stays two bodies (`…平阳县卫健局、公安局`)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    place_starts = frozenset(m.start for m in mentions if m.type is EntityType.PLACE)
    org_ends = {m.end: m for m in mentions if m.type is EntityType.ORGANIZATION}  # as named so far
    found = []
    for m in mentions:
        # `村里成立了侯庄村疫情防控卡点临时党支部`: a body named with its place takes none from its clause
        if (
            m.type is EntityType.ORGANIZATION
            and not _own_name(m, locality)
            and m.start not in place_starts
            and leading_division(m.text) is None
            and (name := _listed_with(text, m, org_ends, locality, place_starts))
        ):
            m = org_ends[m.end] = replace(m, name=name)
        found.append(m)
    return found


def _own_name(mention: Mention, locality: Locality) -> str | None:
    """The name a mention stands for (paragraph_bodies, listed_bodies) in full, or None: `市` of `市、县疫情防控指挥部`
    is that level's body, the article's."""
    name = mention.name or None  # a task listed before its kind of group names the group
    return resolve(name, locality) if name and name[:1] in level_chars() else name


def resolve_all(mentions: Iterable[Mention], locality: Locality, text: str = "") -> dict[str, str]:
    """Every organization mention's key (Mention.key: its text, or the name it stands for) -> the full name the
    graph labels the body with.

    Bodies named by their clause or their list are named so before (paragraph_bodies, listed_bodies); `text` shows
    the other names a body is given in brackets.
    """
    mentions = list(mentions)
    resolved: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type is EntityType.ORGANIZATION:
            resolved.setdefault(m.key, _own_name(m, locality) or resolve(m.text, locality))
    _bracketed_names(text, [m for m in mentions if m.type is EntityType.ORGANIZATION], resolved)
    full = full_names(resolved.values(), locality.full_forms())
    return {text: full.get(name, name) for text, name in resolved.items()}


# Han characters a body's line may run on past the body's name (`县人民医院`+`发热门诊`: its clinic)
_LINE_TAIL = 4


_LINE_TAIL_PATTERN = re.compile(rf"[\u4e00-\u9fff]{{0,{_LINE_TAIL}}}\s*")


def body_lines(text: str, mentions: Iterable[Mention]) -> list[tuple[int, int]]:
    """The spans of the lines of a list of bodies (an honour roll's collectives: `县疾病预防控制中心流行病学调查组`,
    `县人民医院发热门诊`): each line a body's name alone, a few characters more at most, beside another such line.
    Their words name units, no measure taken."""
    starts = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION}
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        begin = at + len(line) - len(line.lstrip())
        at += len(line) + 1
        body = starts.get(begin)
        if body is not None and _LINE_TAIL_PATTERN.fullmatch(text, body.end, at - 1):
            lines.append((begin, at - 1))
    return [
        span
        for i, span in enumerate(lines)
        if (i > 0 and _adjacent(text, lines[i - 1], span))
        or (i + 1 < len(lines) and _adjacent(text, span, lines[i + 1]))
    ]


def _adjacent(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Only blank space between two lines."""
    return not text[first[1] : second[0]].strip()
