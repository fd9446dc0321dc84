"""What the body rules share: bodies' endings and types, the level characters that open a name, the words
and clauses no name runs over, and where a body's name starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    alternation,
    begins_a_word,
    data_alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    generic_bodies,
    is_common_word,
    looks_like_body,
    org_type_rules,
    two_character_words,
)
from epikg.records import Mention


@lru_cache(maxsize=1)
def org_suffix_pattern() -> re.Pattern[str]:
    suffixes = sorted(data_words("org_suffixes.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, suffixes)))


def level_chars() -> dict[str, str]:
    """The level each level character names (县 -> county: data/level_chars.tsv); a body may start at one
    (`县防指`)."""
    return data_table("level_chars.tsv")


@lru_cache(maxsize=1)
def not_in_body() -> re.Pattern[str]:
    """Words that make a span a clause, not a body's name (`全县共组建党员突击队`, `各级党组织`):
    data/org_clause_words.txt, org_build_verbs.txt and org_question_words.txt, but not where they begin or end a word
    of data/org_clause_exceptions.txt (派出所, 应对)."""
    return _clause_pattern(
        (
            *data_longest_first("org_clause_words.txt"),
            *data_longest_first("org_build_verbs.txt"),
            *data_longest_first("org_question_words.txt"),
        )
    )


@lru_cache(maxsize=1)
def visit_verbs() -> re.Pattern[str]:
    """The verbs of a visit, an inspection or spreading word (data/org_visit_verbs.txt), where they stand on their own:
    not inside a word of data/org_clause_exceptions.txt (督导组, 宣传部)."""
    return _clause_pattern(data_longest_first("org_visit_verbs.txt"))


def _clause_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of `words`, but not where it begins or ends a word of data/org_clause_exceptions.txt."""
    exceptions = sorted(data_words("org_clause_exceptions.txt"))
    return re.compile(
        "|".join(
            "".join(
                f"(?<!{re.escape(e[: -len(word)])})" for e in exceptions if e.endswith(word) and e != word
            )
            + re.escape(word)
            + "".join(
                f"(?!{re.escape(e[len(word) :])})" for e in exceptions if e.startswith(word) and e != word
            )
            for word in sorted(words, key=len, reverse=True)
        )
    )


def a_report_before(text: str, ending_start: int) -> bool:
    """A word of data/org_report_words.txt ends right before a newspaper's ending (`疫情防控工作日报`): the daily
    report of the response, no newspaper."""
    return text.endswith(tuple(data_words("org_report_words.txt")), 0, ending_start)


def past_place_at(start: int, place_by_start: dict[int, Mention]) -> int:
    """Where the words of a body's name after its opening place begin (the place's own name may hold any
    character: 由旺镇, 成都市)."""
    place = place_by_start.get(start)
    return place.end if place is not None else start


def after_particles(text: str, at: int) -> int:
    """Past the particles after a setup verb (`成立了`, `组建起`: data/org_verb_particles.txt)."""
    while text[at : at + 1] in data_words("org_verb_particles.txt") and at < len(text):
        at += 1
    return at


# Bodies that a joint committee or team can be (`红星村联合党支部`, `联合检查组`): 联合 is part of their name.
_JOINT_TYPES = frozenset({"party_committee", "working_group", "command_headquarters"})


def verb_inside(name: str) -> int:
    """Where a body's name starts after a lead verb inside it (`大英镇联合派出所` -> 5, `镇党委联合县市场监管局`
    -> 5: the town worked with the body after the verb), 0 where none stands. 联合 before a committee or a team
    names a joint one (`红星村联合党支部`; but `提请全国人民代表大会常务委员会`: a body of its own name follows), and a
    verb that leaves less than a body's name is part of it (`指导组`)."""
    cut = max((name.rfind(v) + len(v) for v in lead_verbs() if name.rfind(v) > 0), default=0)
    rest = name[cut:]
    joint = org_type(rest) in _JOINT_TYPES and rest in generic_bodies()  # 联合 + a bare kind: a joint one
    if cut == 0 or len(rest) < 2 or not looks_like_body(rest) or joint:
        return 0
    return cut


def function_name(name: str) -> bool:
    """`市定点医院`, `县临时指挥部`: what a body does (data/org_function_words.txt) before a bare suffix names no body,
    after no more than a level or a division (`鲤鱼山村疫情防控临时党支部` is named by the words before 临时)."""
    return any(
        name[i + len(word) :] in generic_bodies() and _a_level_or_division(name[:i])
        for word in data_words("org_function_words.txt")
        if (i := name.rfind(word)) >= 0
    )


def _a_level_or_division(prefix: str) -> bool:
    """Nothing, level characters only (`县`), or a division the gazetteer knows (`苍南县`)."""
    return all(c in level_chars() for c in prefix) or gazetteer.load().knows(prefix)


def lead_verbs() -> tuple[str, ...]:
    """Verbs right before a body the text works with (data/org_lead_verbs.txt), longest first."""
    return data_longest_first("org_lead_verbs.txt")


# Characters of a section after most bodies (`疾控股`, `督查室`), and after those whose sections run long
# (`感染性疾病科`: data/org_long_section_bodies.txt)
_SECTION = 4


_LONG_SECTION = 8


def section_after(text: str, end: int, *, long: bool = False) -> int:
    """How many characters of a section (data/org_sections.txt) follow a body's name at `end`: `县卫健局`+`疾控股`
    -> 3, `县委`+`督查室` -> 3; 0 where none stands, where the words before the ending are a clause
    (`县人民医院在实验室`) or the ending begins a word (`县疾控中心专家科学研判`: 科学). A section of one of
    data/org_long_sections.txt's endings runs long after any body (`县农业农村局畜牧兽医股`)."""
    for length in range(2, _LONG_SECTION + 1):
        section = text[end : end + length]
        if len(section) < length or not all(HAN.match(c) for c in section):
            return 0  # `省疾控中心、中科院`: a section's name holds no list mark
        ending = next((e for e in data_longest_first("org_sections.txt") if section.endswith(e)), None)
        if ending is None or (
            length > _SECTION and not long and ending not in data_words("org_long_sections.txt")
        ):
            continue
        stem = section[: -len(ending)]
        two_posts = any(c in data_words("org_name_never_over.txt") for c in stem)  # `医院副院长兼感染科`
        if (
            any(c in data_words("model_function_chars.txt") for c in stem)
            or two_posts
            or not_in_body().search(stem)
            or begins_a_word(text, end + length - 1)
            or (length > _SECTION and not long and section[-2:] in two_character_words())
        ):
            # and a bureau's long section does not end a word (`县财政局安排资金入股`: 入股, to buy a share)
            return 0
        return length
    return 0


@cache
def words_at(name: str) -> re.Pattern[str]:
    """The words of a data file, longest first: matched at a position, the longest word written there."""
    return re.compile(data_alternation(name))


def name_words_start(text: str, suffix_start: int) -> int:
    """Where the official name's epidemic words before a suffix begin (`新型冠状病毒感染的肺炎疫情防控`+`指挥部`):
    data/org_name_words.txt, walked back over word by word, longest first; `suffix_start` where none stands."""
    words = data_longest_first("org_name_words.txt")
    start = suffix_start
    while (
        word := next((w for w in words if text.startswith(w, start - len(w)) and start >= len(w)), None)
    ) is not None:
        start -= len(word)
    return start


def name_words_end(text: str, at: int) -> int:
    """Where the epidemic words of an official name that start at `at` end, walked over word by word, longest first
    (data/org_name_words.txt); `at` where none starts."""
    words = data_longest_first("org_name_words.txt")
    end = at
    while (word := next((w for w in words if text.startswith(w, end)), None)) is not None:
        end += len(word)
    return end


def without_name_words(prefix: str) -> str:
    """What stands before the epidemic words a name's prefix ends in (`苍南县疫情防控应急` -> 苍南县, `县防疫` -> 县:
    data/org_name_words.txt); the prefix itself where none ends it."""
    return prefix[: name_words_start(prefix, len(prefix))]


def a_word_joiner(char: str) -> bool:
    """A list joiner written as a word (和, 与, 及: data/list_joiners.txt), not the list comma, which no name
    runs over anyway."""
    return char in data_words("list_joiners.txt") and HAN.match(char) is not None


def org_start(text: str, suffix_start: int, place_ends: dict[int, Mention]) -> int | None:
    """Walk back from the suffix, over the epidemic words of an official name (which may be many) and then over
    at most 8 Han characters, to a place name, else the nearest level character."""
    if suffix_start in place_ends:
        return place_ends[suffix_start].start  # `苍南县`+`指挥部`: the epidemic words' walk must not pass it
    words_start = name_words_start(text, suffix_start)
    if words_start < suffix_start:
        found = org_start(text, words_start, place_ends)
        if found is not None:
            return found
    level_start = None
    for start in range(suffix_start, max(-1, suffix_start - 9), -1):
        if start < suffix_start and not HAN.match(text[start]):
            break  # a body's name never runs across a line break or punctuation, even after a place
        if start < suffix_start and text.startswith(data_longest_first("org_place_counts.txt"), start):
            return None  # `浯口镇、安定镇两地派出所`, `两镇卫生院`: both towns' stations, no one body
        if start < suffix_start and text[start] in data_words("org_plural_chars.txt"):
            if level_start is not None and all(c in level_chars() for c in text[start + 1 : level_start]):
                level_start = None  # `各村党支部`, `各乡镇派出所`: the branch of every village, no one body
            break
        if start in place_ends:
            if level_start is not None and (
                is_common_word(text[start:level_start])
                or text[level_start - 1] in data_words("place_before_chars.txt")
            ):
                # `仁寿县确定县人民医院`, `望奎县第一时间将县疫情防控指挥部调整为`: the place acts on a body named by
                # its level, after a verb or a coverb (data/place_before_chars.txt)
                return level_start
            return place_ends[start].start
        if (
            start < suffix_start  # the suffix's own first character (市 of 市场监管所) is no level
            and text[start] in level_chars()
            and level_start is None
            and (
                not is_common_word(text[start - 1 : start + 1])
                or text[start - 1] in data_words("org_scope_chars.txt")
            )
            and not text.endswith(tuple(data_words("org_area_words.txt")), 0, start + 1)
            and text[start : start + 2] not in data_words("org_level_char_words.txt")
            and text[start - 1 : start] not in data_table("numerals.tsv")  # `一村一专班`: a count, a kind
        ):
            level_start = start  # 县 in `率领县防疫领导小组`; not 区 in `社区`, `园区`, nor 市 in `市场`
    kinds = data_words("org_level_kinds.txt")
    if level_start is not None and (
        text[max(0, level_start - 1) : level_start + 1] in kinds
        or text[level_start : level_start + 2] in kinds
    ):
        return None  # `9家乡镇卫生院`: every township's health centre, a kind, not one body; `驻村工作队`, `县级医院`
    if level_start is not None and group_count().search(text, level_start, suffix_start):
        return None  # `村里两支党员先锋队`: teams counted, none named
    return level_start


@lru_cache(maxsize=1)
def group_count() -> re.Pattern[str]:
    """A count of groups (`两支`, `3个`: a numeral, then a counter of data/working_groups.tsv)."""
    counters = alternation(data_groups("working_groups.tsv")["counter"])
    return re.compile("[0-9" + "".join(data_table("numerals.tsv")) + f"]+(?:{counters})")


# --- organization names -----------------------------------------------------------


def is_generic(name: str) -> bool:
    """A body named without its place (`县委`, `镇党委`, `防指`): it means different bodies in different articles."""
    if name[:1] in level_chars() or name in generic_bodies():
        return True
    if name.startswith(data_longest_first("org_name_words.txt")):
        return True  # `疫情防控指挥部`, `新冠肺炎疫情防控领导小组`: whose, only its article tells
    office = next((w for w in data_longest_first("org_offices.txt") if name.endswith(w)), None)
    return (
        office is not None and name[: -len(office)] in generic_bodies()
    )  # `领导小组办公室`: whose is the article's


@lru_cache(maxsize=4096)  # 295 names in 1,287 asks on 55 pages
def org_type(name: str) -> str:
    """party_committee, government, command_headquarters, working_group, health_body, media_outlet, police, other_body."""
    for ending, kind in org_type_rules():
        if name.endswith(ending):
            return kind
    return "other_body"
