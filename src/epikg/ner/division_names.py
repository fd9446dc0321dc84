"""Villages, townships and hamlets the gazetteer does not list, by their name and ending (`在向阳村设卡`): ethnic
townships (`畲族乡`), long names, hamlets named after a family (`李家湾`) and groups of hamlets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
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
    counted,
    goes_on_as_a_word,
    is_generic_stem,
    is_phrase,
    letter_opener_at,
    names_a_hamlet,
    opens_after_a_verb_or_a_scope,
)

_MAX_DIVISION_STEM = 3  # 向阳 (村), 龙潭堡 (村), 董王庄 (乡)


@lru_cache(maxsize=4)  # asked twice a page, of the same text: its places, and the communities in its bodies
def divisions_by_own_rules(text: str) -> tuple[tuple[int, int], ...]:
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
                if stem[-1] in numerals() and text[start - 1 : start] == LIST_COMMA:
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
