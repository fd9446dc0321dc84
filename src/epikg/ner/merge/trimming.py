"""A person's or a facility's mention cut or carried to the name's true ends: punctuation, a verb or a credit
run into it, a facility's ending after a place.
"""

from __future__ import annotations

import re
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
    is_minority_name,
    looks_like_name,
    surnames,
)
from epikg.ner.char_features import listed_as
from epikg.ner.persons import (
    adverb_before_verb,
    counts_what_follows,
    longest_title_at,
    progressive_adverb_at,
    starts_a_time_word,
    starts_own_word,
    title_words,
)
from epikg.records import EntityType, Mention


def strip_punctuation(mention: Mention) -> Mention:
    """`吉林日报》`: the model took a closing title mark (or quote, bracket) along; keep the name."""
    body = mention.text
    start = next((i for i, c in enumerate(body) if c.isalnum()), len(body))  # Han, letters and digits stay
    end = next((i + 1 for i in range(len(body) - 1, -1, -1) if body[i].isalnum()), start)
    if (start, end) == (0, len(body)) or end <= start:
        return mention
    return Mention(body[start:end], mention.type, mention.start + start, mention.start + end, mention.source)


@lru_cache(maxsize=1)
def _facility_after() -> re.Pattern[str]:
    return re.compile(f"(?:{data_alternation('facility_after.txt')})")


def extend_to_facility(text: str, mention: Mention) -> Mention:
    """`君山饭店` + `集中隔离点`, `洛栾高速栾川` + `下站口`, `苍南` + `动车站`: a place or organization directly
    followed by a facility word names that facility, a place; not a county's checkpoints in general
    (data/facility_generic_after_divisions.txt)."""
    if mention.type is EntityType.PERSON:
        return mention
    tail = _facility_after().match(text, mention.end)
    if not tail:
        return mention
    if tail.group() in data_words("facility_generic_after_divisions.txt") and _a_county_or_above(
        mention.text
    ):
        return mention  # `桐梓县卡点上的不眠夜`: the county's checkpoints, no one checkpoint
    if tail.group() in data_words("facility_after_bare_names.txt") and mention.text.endswith(
        tuple(data_table("level_chars.tsv"))
    ):
        return mention  # `沈阳市南站蔬菜批发市场`: a station by direction follows a bare name (`怀化南站`)
    if text.startswith(data_longest_first("place_village_suffixes.txt"), tail.end()):
        return mention  # `先市镇码头社区`: the facility's word names a community of the town, no wharf of it
    if tail.end() < len(text) and gazetteer.load().knows(text[tail.start() : tail.end() + 1]):
        return mention  # `防城港市港口区`: the word and the next character name a division (港口区), no port
    return Mention(
        text[mention.start : tail.end()], EntityType.PLACE, mention.start, tail.end(), mention.source
    )


def _a_county_or_above(name: str) -> bool:
    return any(d.level in ("county", "prefecture", "province") for d in gazetteer.load().lookup_written(name))


def _ends_the_name(text: str, end: int) -> bool:
    """What follows a name the model read whole at `end` starts a word of its own: an everyday word or a verb
    that follows names (persons.starts_own_word), a function word (data/person_function_followers.txt:
    `黄和平等`), or a word the lexicon lists that opens with a character that follows names (`陈永安慰问`,
    `刘成功率队`; not `陈楚强调,`)."""
    return (
        starts_own_word(text, end)
        or text[end : end + 1] in data_words("person_function_followers.txt")
        or _follower_led_word(text, end)
    )


def _starts_a_word(text: str, at: int) -> bool:
    """A word starts at `at`: an everyday word (`刘凯连续`), or a follower-led one (`刘洋实地察看`, `吴刚陪同`)."""
    return is_common_word(text[at : at + 2]) or _follower_led_word(text, at)


def _follower_led_word(text: str, at: int) -> bool:
    """A two-character word the lexicon lists at `at` that opens with a character that follows names
    (data/person_followers.txt): `察看`, `陪同`, `率队`, `慰问`."""
    pair = text[at : at + 2]
    return pair[:1] in data_words("person_followers.txt") and listed_as(pair) == "W"


def _follower_starts_a_common_word(text: str, end: int) -> bool:
    """`黄丽一同对`: the name's last character is one that follows names (data/person_followers.txt) and starts an
    everyday word with the next (一同), while no everyday word starts after the name (同对 is only listed): the
    character is the word's, not the name's (but `刘成功率队`: 功 follows no name)."""
    return (
        text[end - 1 : end] in data_words("person_followers.txt")
        and is_common_word(text[end - 1 : end + 1])
        and not starts_own_word(text, end)
        and text[end : end + 1] not in data_words("person_function_followers.txt")
    )


def _last_is_a_verb(text: str, mention: Mention, shorter: str) -> bool:
    """The last character of a name of three or more is a verb's, not the name's: it starts a verb of office
    (`田野现任县疾控中心主任`: 现任); it is a one-character verb of report closing the clause (`副局长余海说。`); or
    a verb of office or a copula between the name and its title (`叶青系副县长`, `金哲任组长`)."""
    last, end = mention.text[-1], mention.end
    return (
        text[end - 1 : end + 1] in data_words("post_predicates.txt")
        or (
            len(mention.text) == 3
            and last in data_groups("person_reports.tsv")["verb"]
            and not HAN.match(text[end : end + 1] or "-")
        )
        or (
            last in data_words("post_predicates.txt") | data_words("post_copulas.txt")
            and text.startswith(title_words(), end)
            and looks_like_name(shorter)
        )
    )


@lru_cache(maxsize=1)
def _verbs_and_adverbs_after() -> tuple[str, ...]:
    """The verbs and adverbs that open a clause after its subject's name (data/person_verbs_after.txt,
    person_adverbs_after.txt)."""
    return tuple(sorted(data_words("person_verbs_after.txt") | data_words("person_adverbs_after.txt")))


def without_credit_verb(text: str, mention: Mention) -> Mention:
    """`(本报记者李舸摄)`: a person the model read with the credit's verb that closes the line after the name
    (data/byline_report_verbs.txt: 摄, 报道) is the name alone."""
    credit = next((v for v in data_longest_first("byline_report_verbs.txt") if mention.text.endswith(v)), "")
    if (
        mention.type is not EntityType.PERSON
        or not credit
        or len(mention.text) - len(credit) < 2
        or HAN.match(text[mention.end : mention.end + 1])
    ):
        return mention
    end = mention.end - len(credit)
    return Mention(text[mention.start : end], mention.type, mention.start, end, mention.source)


def trim_person(text: str, mention: Mention) -> Mention:
    """`刘凯连续6天`, `刘洋实地察看`: a three-character name whose last character starts a word with what
    follows (_starts_a_word), unless what follows starts a word of its own (_ends_the_name: `刘红杰出席`,
    `陈常胜利用`, `张建国会同`, `黄和平等`: the name is whole) and the last character starts no title (`姚军中队长`:
    姚军, 中队长); `金美玉笑着说`: a four-character one whose last is a character that follows names (笑 of 笑着说,
    data/person_followers.txt), or after no double surname whose last starts a word with what follows
    (`苏玉凤得知`); any whose last starts a verb or an adverb after names (`乌力吉图正在`, `李华每天`:
    data/person_verbs_after.txt, person_adverbs_after.txt); a three-character one whose last is a numeral counting what follows
    (`李明六次到`), a verb before an aspect particle (`吴达骑着`) or a verb that ends no name (`万青作表态发言`:
    data/person_verb_chars.txt); one whose last is an adverb before a verb and its aspect particle
    (`申屠鹏正带着`), or a four-character one after a single surname whose last is an adverb (`缪丽娟刚给`:
    data/person_adverb_chars.txt)."""
    if mention.type is not EntityType.PERSON:
        return mention
    shorter = mention.text[:-1]
    length = mention.end - mention.start
    filed_at = _place_a_byline_was_filed_at(text, mention)
    if filed_at:  # `记者张华武汉报道`: the reporter, then the place the report was filed at
        return Mention(
            mention.text[:-filed_at], mention.type, mention.start, mention.end - filed_at, mention.source
        )
    if length >= 3 and text.startswith(_verbs_and_adverbs_after(), mention.end - 1):
        # `乌力吉图正在登记`, `李华每天上门`: its last character starts a verb or an adverb that follows names,
        # whatever its surname
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    straddling = next(
        (
            at
            for at in range(mention.start + 1, mention.end)
            if (title := longest_title_at(text, at)) and at + len(title) > mention.end
        ),
        None,
    )
    if straddling is not None:
        # `王纪检委员`, `李中队长`: a title word starts inside the name and runs past it; what is left before it
        # (one character: no name, which the model's filter drops)
        return Mention(
            text[mention.start : straddling], mention.type, mention.start, straddling, mention.source
        )
    facility = next(
        (at for at in range(mention.start + 2, mention.end) if _facility_after().match(text, at)), None
    )
    if facility is not None:
        # `站长乔树林卡口查验不严`, `訾明亮卡点值守`: a facility's word starts inside the name; the name ends before it
        return Mention(text[mention.start : facility], mention.type, mention.start, facility, mention.source)
    if length >= 3 and _last_is_a_verb(text, mention, shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    if length == 3 and counts_what_follows(text, mention.end - 1) and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    # `吴达骑着电瓶车`: an aspect particle after it makes the last character a verb
    aspect = text[mention.end : mention.end + 1] in data_words("person_aspect_marks.txt")
    if aspect and ((length == 3 and looks_like_name(shorter)) or (length >= 3 and is_minority_name(shorter))):
        # `拉毛措拉着服务队员的手`: so after a name of a people that takes no surname
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    if length == 3 and adverb_before_verb(text, mention.end - 1) and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)  # `王刚都说好`
    if length >= 3 and progressive_adverb_at(text, mention.end - 1):
        # `申屠鹏正带着医护人员`, `乌力吉图正忙着`: the adverb before a verb and its aspect particle, whatever the name
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    if (
        length == 4
        and mention.text[-1] in data_words("person_adverb_chars.txt")
        and mention.text[:2] not in surnames()[1]
        and looks_like_name(shorter)
        and not is_minority_name(mention.text)
    ):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)  # `缪丽娟刚给`
    verb_last = mention.text[-1] in data_words("person_verb_chars.txt")  # `万青作表态发言`
    if length == 3 and verb_last and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    runs_on = _starts_a_word(text, mention.end - 1)
    three = runs_on and (
        not _ends_the_name(text, mention.end)
        or text.startswith(title_words(), mention.end - 1)  # `姚军中队长`: 中 starts the title 中队长
        or _follower_starts_a_common_word(text, mention.end)
        or starts_a_time_word(text, mention.end - 1)  # `吴仪今天下午`
    )
    four = mention.text[-1] in data_words("person_followers.txt") or (
        mention.text[:2] not in surnames()[1] and runs_on  # `苏玉凤得知`: 得知, and no double surname
    )
    if ((length == 3 and three) or (length == 4 and four)) and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    return mention


def _place_a_byline_was_filed_at(text: str, mention: Mention) -> int:
    """The length of a place's name (of two or three characters, the lexicon's) that ends the would-be name right
    before what a byline says its person did (data/byline_report_verbs.txt: `记者张华武汉报道`, `龙跃北京报道`),
    where a name of two or three characters is left: 0 where none is."""
    if not text.startswith(tuple(data_words("byline_report_verbs.txt")), mention.end):
        return 0
    return next(
        (
            length
            for length in (3, 2)
            if len(mention.text) - length in (2, 3)
            and listed_as(mention.text[-length:]) == "LOC"
            and looks_like_name(mention.text[:-length])
        ),
        0,
    )
