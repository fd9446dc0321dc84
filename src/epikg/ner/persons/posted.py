"""Names before a post title or an address (`黄荣定书记`, `张明同志`), and before a photo's position
(`王芳(右一)`).
"""

from __future__ import annotations

import re
from functools import cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    body_ending_pattern,
    data_longest_first,
    data_table,
    data_words,
    ends_cleanly,
    in_a_body_ending,
    is_common_word,
    looks_like_body,
    photo_position,
    phrase_ends_at,
    surnames,
)
from epikg.ner.char_features import listed_as
from epikg.ner.persons.names import (
    MODEL_CHECKED_NAME,
    RULE_SOURCE,
    function_surnames,
    names_ending_at,
    plausible_name,
    post_titles,
    report_pattern,
    surname_odds,
    title_words,
)
from epikg.records import EntityType, Mention
from epikg.spans import occurrences

# --- a name before a title or an address ---------------------------------------------------


@cache
def _post_titles_and_addresses() -> re.Pattern[str]:
    """The bare post titles, jobs many hold (data/person_group_nouns.txt) among them, and the addresses
    (data/person_address_words.txt), longest first."""
    words = [*post_titles(), *sorted(data_words("person_address_words.txt"))]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def before_titles(text: str) -> list[Mention]:
    """`张明县长说`, `学习习近平总书记讲话`, `王芳同志`: a name that starts a word, right before a bare post title
    or an address, with the title ending the phrase; before a job many hold (`仉志强医生、`), the phrase ends
    right after it, at punctuation or a word that follows names, and the name is no everyday word."""
    found = []
    group_nouns = data_words("person_group_nouns.txt")
    for match in _post_titles_and_addresses().finditer(text):
        if not phrase_ends_at(text, match.end()) or in_a_body_ending(text, match.start(), match.end()):
            continue  # `国晖律师事务所`: the title word is part of a body's name
        group_noun = match.group() in group_nouns
        if group_noun and not ends_cleanly(text, match.end()):
            continue
        # `王永庆副主席`: a deputy's mark (data/title_deputy_marks.txt) between the name and the title
        deputy = next(
            (m for m in data_words("title_deputy_marks.txt") if text.endswith(m, 0, match.start())), ""
        )
        name = _name_before(text, match.start() - len(deputy)) if deputy else None
        title_start = match.start() - len(deputy) if name is not None else match.start()
        name = name if name is not None else _name_before(text, match.start())
        if name is not None and _inside_a_longer_role(text, title_start - len(name), match.end()):
            continue  # `融媒体记者 张明`: the title is 融媒体记者 (data/byline_roles.txt), with no name in it
        if name is not None and _a_posts_marks(name):
            continue  # `县政协原副主席`: 原 (held before) and 副 (a deputy's) before the title, no name
        if name is not None and _a_division_before_its_title(name, match.group()):
            continue  # `安远县长要求`: the county's name before its head's title, no person
        if name is not None and _a_village_after_its_township(
            text, title_start - len(name), title_start, match.group()
        ):
            continue  # `灵山镇何畈村支书`: the township, the village's name, then its post; no person
        if name is not None and _a_unit_before_its_head(name, match.group()):
            continue  # `农技站站长`, `税务局长`: the unit whose head the title is, no person
        if name is not None and len(name) >= 3 and body_ending_pattern().fullmatch(name, len(name) - 2):
            continue  # `谭明亮任专班组长`: a verb of office and a unit (专班) before its head's title, no person
        if name is not None and not (group_noun and listed_as(name) == "W"):  # `班子成员`: a group's members
            # `车间主任`, `卫队民警`: a would-be name the lexicon lists as a word or a thing (a unit) is a name only
            # where the model reads one there too (`方圆局长`), as after a title
            listed = listed_as(name) not in (None, "PER")
            # `中国区销售总监`: a surname that seldom opens a name (data/person_function_surname_odds.tsv) too
            never = name[:2] not in surnames()[1] and surname_odds(name[0]) == "never"
            source = MODEL_CHECKED_NAME if listed or never else RULE_SOURCE
            found.append(Mention(name, EntityType.PERSON, title_start - len(name), title_start, source))
    return found


def _a_posts_marks(name: str) -> bool:
    """`原副`: a mark of how a post is held (data/post_title_marks.txt) then a deputy's (data/title_deputy_marks.txt),
    written before a title; no name."""
    return any(
        name == held + deputy
        for held in data_words("post_title_marks.txt")
        for deputy in data_words("title_deputy_marks.txt")
    )


def _inside_a_longer_role(text: str, start: int, end: int) -> bool:
    """A role that pages credit people in (data/byline_roles.txt) ends at `end` and starts at or before `start`."""
    return any(
        len(role) >= end - start and text[end - len(role) : end] == role
        for role in data_words("byline_roles.txt")
    )


def _a_unit_before_its_head(name: str, title: str) -> bool:
    """`孙窑乡农技站站长`, `聪明的税务局长`: the would-be name ends in the title's first character (站 of 站长), or
    makes a word of the lexicon with it (税务局): a unit and its head's title, no person."""
    return name[-1] == title[0] or listed_as(name + title[0]) is not None


def _a_village_after_its_township(text: str, start: int, end: int, title: str) -> bool:
    """`灵山镇何畈村支书`: right after a township's name (its ending, data/place_township_suffixes.txt, after two
    characters or more), the would-be name at start..end before a title that opens with a village's level
    character is the village's name where the page writes that village elsewhere too with no such title after it
    (`在灵山镇何畈村,村党支部书记…`); `城关镇王刚村长说` alone stays a name."""
    village = next(
        (
            c
            for c, level in data_table("level_chars.tsv").items()
            if level == "village" and title.startswith(c)
        ),
        None,
    )
    ending = next(
        (e for e in data_longest_first("place_township_suffixes.txt") if text.endswith(e, 0, start)), None
    )
    if village is None or ending is None:
        return False
    if not all(HAN.match(c) for c in text[max(0, start - len(ending) - 2) : start]):
        return False
    name = text[start:end] + village
    rest = title[len(village) :]
    return any(at != start and not text.startswith(rest, at + len(name)) for at, _ in occurrences(text, name))


def _a_division_before_its_title(name: str, title: str) -> bool:
    """`安远县长`, `白沙乡长`, `东湖社区文书`: the would-be name and the level word the title opens with
    (data/level_chars.tsv, place_township_suffixes.txt, place_village_suffixes.txt) make a division the
    gazetteer lists (or the rest of it after a verb of office: `时任东湖社区文书`): the division's post, no
    person. After the village's one character 村 only a division above the villages counts, as many villages
    are named like people (`张明村医` stays a name)."""
    levels = data_table("level_chars.tsv")
    words = sorted({*_division_endings(), *levels}, key=len, reverse=True)
    level = next((w for w in words if title.startswith(w) and len(title) > len(w)), None)
    if level is None:
        return False
    verbs = data_words("post_predicates.txt") | data_words("post_copulas.txt")
    stems = [name, name[1:]] if name[0] in verbs else [name]
    found = [d for stem in stems for d in gazetteer.load().lookup_written(stem + level)]
    return any(len(level) > 1 or d.level != "village" for d in found)


def _name_before(text: str, end: int, *, in_list: bool = True) -> str | None:
    """The three- or two-character name ending at `end` that starts a word there (and, with `in_list`, is
    not a title inside a list of titles); four characters after a double surname (`欧阳建国县长`)."""
    for start, name in names_ending_at(text, end):
        if not plausible_name(name) or not _starts_word(text, start):
            continue
        if in_list and _in_title_list(text, start):
            continue  # `党委委员、宣统委员`: a title of a list of titles, not a name and a title
        if name[0] in function_surnames("adverb", "conjunction", "preposition"):
            continue  # `和张明`: the conjunction, then perhaps a shorter name
        if text[start - 1 : start + 1] in data_words("post_predicates.txt"):
            continue  # `时任三级警长`, `时任安远县长`: 任 ends the verb of office, no name starts with it
        if name[-1] in function_surnames("preposition") and (
            len(name) >= 3 or text.startswith(tuple(data_words("byline_roles.txt")), end)
        ):
            continue  # `王军向记者介绍`, `分析师向记者`: 向 goes with 记者, and 记者 is no post of the name before
        if report_pattern().search(name, 1):
            continue  # `理财师告诉记者`: a verb of report ends the clause's subject, and 记者 is whom it told
        if len(name) >= 3 and name[-1] in data_words("post_predicates.txt") | data_words("post_copulas.txt"):
            continue  # `金哲任组长`, `叶青系副县长`: 任 (serves as), 系 (is) give him the title; they end no name
        return name
    return None


@cache
def _photo_position() -> re.Pattern[str]:
    return re.compile(r"\((?:" + photo_position().pattern + r")\)")


def placed_in_photos(text: str) -> list[Mention]:
    """`庞帅(右一)正在为群众登记`, `与王芳(左)交谈`: a name right before brackets that place its person in a photo
    (data/person_photo_positions.txt), starting a word there, is a person."""
    found = []
    for match in _photo_position().finditer(text):
        name = _name_before(text, match.start(), in_list=False)
        if name is not None:
            found.append(
                Mention(name, EntityType.PERSON, match.start() - len(name), match.start(), RULE_SOURCE)
            )
    return found


def _in_title_list(text: str, start: int) -> bool:
    """`党委委员、宣统委员`: right after a title and 、, a list of titles goes on; after a name's own title
    (`李志军镇长、郑玉副镇长`) a list of names does."""
    if text[start - 1 : start] != LIST_COMMA:
        return False
    title = next((t for t in title_words() if text.endswith(t, 0, start - 1)), None)
    return title is not None and _name_before(text, start - 1 - len(title), in_list=False) is None


def _starts_word(text: str, start: int) -> bool:
    """Nothing joins the character before to the name: punctuation, a function character or the end of a
    common word (`贯彻习近平`), and the name's first character does not end a word with it (`办公室主任`)."""
    before = text[start - 1 : start]
    if is_common_word(text[start - 1 : start + 1]):
        return False
    if (before.isdigit() or before in data_table("numerals.tsv")) and text[start] in data_words(
        "quantity_units.txt"
    ):
        return False  # `等5家商超负责人`: 家 counts the shops, no surname
    return (
        not before
        or not HAN.match(before)
        or before in data_words("post_phrase_breaks.txt")
        or is_common_word(text[start - 2 : start])
        or _after_a_named_unit(text, start)
    )


@cache
def _division_endings() -> tuple[str, ...]:
    """The endings of villages and townships (data/place_village_suffixes.txt, place_township_suffixes.txt)."""
    return (*data_words("place_village_suffixes.txt"), *data_words("place_township_suffixes.txt"))


def _after_a_named_unit(text: str, start: int) -> bool:
    """`谷脚派出所罗斌所长`, `观音村吴三妹村支书`: right after a body's or a village's name a name starts."""
    head = text[max(0, start - 12) : start]
    return looks_like_body(head) or (
        head.endswith(_division_endings()) and len(head) >= 3 and not is_common_word(head[-2:])
    )
