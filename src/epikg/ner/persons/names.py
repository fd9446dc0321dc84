"""What a person's name looks like in the genre's prose and where it ends: surnames that are also
function words, title words, the words that close a name (`说`, `表示`, a time word), and whether a would-be
name is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    is_common_word,
    is_minority_name,
    is_surname_and_title,
    looks_like_body,
    looks_like_name,
    surnames,
    titles,
)
from epikg.ner.char_features import listed_as

RULE_SOURCE = "rule:title"
MODEL_CHECKED_NAME = (
    "rule:title+model"  # a name after a title the rules alone cannot tell, kept where the model reads one
)
# A bare name opening its clause before a verb of the response (`黄立新带领`): dropped where a rule or the model
# reads a place or a body there (`何家湾召开`, `黄冈一行`); ner/recognize.py.
OPENING_NAME = "rule:opening"
FRAMED_NAME = "rule:frame"  # a name between the two words of a frame (`在阳利民陪同下`)


def speaks_elsewhere(text: str, name: str) -> bool:
    """The name stands alone before a verb of speaking somewhere in the text, opening a sentence or a clause
    (`全兴国强调`: data/person_speech_verbs.txt): the article speaks of a person by it. Not an everyday word
    (`会议强调`: the meeting)."""
    if is_common_word(name):
        return False
    verbs = tuple(data_words("person_speech_verbs.txt"))
    at = text.find(name)
    while at >= 0:
        if (at == 0 or text[at - 1] in _CLAUSE_OPENERS) and text.startswith(verbs, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_CLAUSE_OPENERS = frozenset("。,;:!?\n")


@cache
def function_surnames(*uses: str) -> frozenset[str]:
    """Surnames that in running text are function words, of the given uses (conjunction, adverb, preposition)."""
    return frozenset(s for s, use in data_table("person_function_surnames.tsv").items() if use in uses)


def conjunction_surnames() -> frozenset[str]:
    """和 与 及: in a model's reading never a name's first character (`和综治`)."""
    return function_surnames("conjunction")


def surname_odds(char: str) -> str | None:
    """How seldom a surname that is also a word opens a name in news prose (never, rarely, verb:
    data/person_function_surname_odds.tsv); None for the others."""
    return data_table("person_function_surname_odds.tsv").get(char)


@cache
def _titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted(titles(), key=len, reverse=True))


@cache
def title_words() -> tuple[str, ...]:
    """Title words of two or more characters, which no name contains."""
    return tuple(t for t in _titles_longest_first() if len(t) >= 2)


@cache
def title_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _titles_longest_first())))


@cache
def title_word_pattern() -> re.Pattern[str]:
    """The title words (title_words), longest first: one search, not a test per title."""
    return re.compile("|".join(map(re.escape, title_words())) or "(?!)")


def holds_a_title(text: str) -> bool:
    """Whether a title word (title_words) stands anywhere in the text."""
    return title_word_pattern().search(text) is not None


def longest_title_at(text: str, at: int) -> str | None:
    """The longest title word (title_words) that starts at `at`, or None."""
    found = title_word_pattern().match(text, at)
    return found.group() if found else None


def plainly_ends(text: str, end: int) -> bool:
    """A name's phrase plainly ends at `end`: at punctuation, or before a word that follows names
    (data/person_followers.txt, data/person_verbs_after.txt)."""
    after = text[end : end + 1]
    return bool(
        (after and not HAN.match(after) and not after.isdigit())
        or after in data_words("person_followers.txt")
        or text[end : end + 2] in data_words("person_verbs_after.txt")
    )


def names_ending_at(text: str, end: int) -> Iterator[tuple[int, str]]:
    """(start, name) of the would-be names ending at `end`, longest first: four characters only after a double
    surname (`欧阳春明`), then three and two."""
    for length in (4, 3, 2):
        start = end - length
        name = text[start:end] if start >= 0 else ""
        if name and (length < 4 or name[:2] in surnames()[1] or is_minority_name(name)):
            yield start, name


@cache
def report_pattern() -> re.Pattern[str]:
    """The verbs of report (data/person_reports.tsv: 说, 表示, 介绍)."""
    verbs = data_groups("person_reports.tsv")["verb"]
    return re.compile("|".join(map(re.escape, verbs)))


@cache
def act_pattern() -> re.Pattern[str]:
    verbs = sorted(data_words("person_clause_verbs.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, verbs)))


def a_listed_name(name: str) -> bool:
    """A name a frame or a list holds: plausible (a listed surname first), no word of the lexicon, no body's name,
    no place the gazetteer lists nor its short form."""
    gaz = gazetteer.load()
    return (
        len(name) >= 2
        and plausible_name(name)
        and not is_common_word(name)
        and listed_as(name) != "W"
        and not looks_like_body(name)
        and not gaz.knows(name)
    )


@cache
def post_titles() -> tuple[str, ...]:
    return tuple(t for t in title_words() if titles()[t].is_post)


def opens_clause(text: str, start: int) -> bool:
    """Nothing but punctuation, a line's start or a lead word (`据`) before `start`; not the dot inside a name
    (`艾尼瓦尔·阿布都说`: 阿布 opens no clause)."""
    leads = data_groups("person_reports.tsv")["lead"]
    lead = next((w for w in leads if text.endswith(w, 0, start)), "")
    before = text[start - len(lead) - 1 : start - len(lead)]
    return not before or (not HAN.match(before) and before != "·")


# --- shared judgements ---------------------------------------------------------------------


def name_from(text: str, start: int) -> str | None:
    """The name starting at start, of a one-character given name or a two-character one (2 or 3 characters, 3 or 4
    after a double surname: `令狐建明介绍`), judged by surname and what follows."""
    _, double = surnames()
    if len(text[start : start + 2]) < 2 or not all(HAN.match(c) for c in text[start : start + 2]):
        return None
    surname = 2 if text[start : start + 2] in double and len(text[start : start + 3]) == 3 else 1
    at = start + surname  # the given name's start
    short, long = text[start : at + 1], text[start : at + 2]
    followers = data_words("person_followers.txt")
    joins_nothing = _ends_a_name(text, at + 1)  # `李长和说`, `张辉向先后前往`: no conjunction or preposition
    # `肖春来拿着台账`: a verb and its aspect mark right after three characters; the third is the name's, unless
    # it is a function word (`陈刚便带着`: data/person_function_followers.txt)
    joins_nothing = joins_nothing or (
        text[at + 3 : at + 4] in data_words("person_aspect_marks.txt")
        and long[-1] not in data_words("person_function_followers.txt")
    )
    # `局长陈肇始表示`: a verb of report of two characters or more right after three, and the third no character
    # that stands on its own before a verb (`王强在介绍`: data/person_function_followers.txt,
    # person_clause_coverbs.txt): the third is the name's, not the start of a word (始终)
    free = data_words("person_function_followers.txt") | data_words("person_clause_coverbs.txt")
    joins_nothing = joins_nothing or (
        (report := report_pattern().match(text, at + 2)) is not None
        and len(report.group()) > 1
        and long[-1] not in free
    )
    short_then_word = (
        len(long) < len(short) + 1
        # `村党支部书记俄木阿依、`: a follower right before the list comma begins no clause there, and ends the name
        or (long[-1] in followers and not joins_nothing and text[at + 2 : at + 3] != LIST_COMMA)
        # `刘军进村入户`; but `吴皇发出席`: the word after three wins
        or (
            text[at + 1 : at + 3] in data_words("person_verbs_after.txt")
            and not starts_own_word(text, at + 2)
        )
        or (long[-1] in data_words("person_never_ends.txt") and not joins_nothing)  # `张伟第一时间`: no 第
        or long[-1] in data_words("person_verb_chars.txt")  # `县长李红给`: 给 is the verb
        or not HAN.match(long[-1])
        or text[at + 2 : at + 3] in data_words("person_aspect_marks.txt")  # `吴达骑着`: 骑 is the verb
        or progressive_adverb_at(
            text, at + 1
        )  # `李鹏正带着`: 正 the adverb before a verb and its aspect particle
        # `院长金哲任组长`: a verb of office (data/post_predicates.txt) before a title, no name's last character
        or (long[-1] in data_words("post_predicates.txt") and text.startswith(title_words(), at + 2))
        or counts_what_follows(text, at + 1)  # `副县长李明六次到卡点`: 六 counts the visits
        or starts_a_time_word(text, at + 1)  # `国务委员吴仪今天下午`
        or text.startswith(data_longest_first("person_adverbs_after.txt"), at + 1)  # `市长王平特意向记者`
        or adverb_before_verb(text, at + 1)  # `县长王刚都说好`
        or _manner_word_at(text, at + 1)  # `镇长王刚欣慰地说`
    )
    if (
        not short_then_word
        and long[-1] in function_surnames("preposition")
        and is_common_word(text[at + 2 : at + 4])
        and not joins_nothing
    ):
        short_then_word = True  # `王军向记者介绍`: 向 is the preposition before 记者, not the name's end
    if (
        not short_then_word
        and is_common_word(text[at + 1 : at + 3])
        and not _doubled_manner_word_at(text, at + 2)
    ):
        # 陈楚强调: 强调 is a word, so the name is 陈楚; but 黄红杰出席, 张建国会同, 张和平静静地: the word after three wins,
        # and so does a verb of report right after three (`赵光正说`: 正说 is a word too)
        short_then_word = not starts_own_word(text, at + 2) and report_pattern().match(text, at + 2) is None
    if surname == 2 and short_then_word:
        return short  # `欧阳雪说`
    if (
        surname == 2
    ):  # `东方国栋`: a double surname that is also an everyday word (东方) opens the name all the same
        return long if plausible_name(long, checked_by_model=True) else short
    if not short_then_word and plausible_name(long, joins_nothing=joins_nothing):
        return long
    if short_then_word and plausible_name(
        short, joins_nothing=_ends_a_name(text, at)
    ):  # `左和。`, `范和汇报`
        return short
    return None


def _manner_word_at(text: str, at: int) -> bool:
    """A word of the lexicon (jieba's) starts at `at` and a mark of manner follows it (`欣慰地说`, `深情地`:
    data/person_manner_marks.txt): the word says how the clause's act is done, and no name ends inside it."""
    return listed_as(text[at : at + 2]) == "W" and text[at + 2 : at + 3] in data_words(
        "person_manner_marks.txt"
    )


def counts_what_follows(text: str, at: int) -> bool:
    """The character at `at` is a numeral counting the measure word or unit of time after it (`六次到卡点`,
    `两天没回家`: data/person_counted_words.txt), which begins no everyday word with the next character
    (`王小二次日`: 次日, the next day): the numeral, no name's last character."""
    word = next(
        (w for w in data_longest_first("person_counted_words.txt") if text.startswith(w, at + 1)), None
    )
    return (
        word is not None
        and text[at : at + 1] in data_table("numerals.tsv")
        and not is_common_word(text[at + 1 : at + 3])
    )


def adverb_before_verb(text: str, at: int) -> bool:
    """The character at `at` is an adverb or a modal that ends no given name (都, 曾: data/person_clause_adverb_chars.txt)
    right before a verb of report or of the response (`王刚都说好`, `李明曾带队`): the clause's adverb, no name's last
    character (`王德全汇报`: 全 ends names). Shared with the model's trims (ner/merge/)."""
    return text[at : at + 1] in data_words("person_clause_adverb_chars.txt") and bool(
        report_pattern().match(text, at + 1) or act_pattern().match(text, at + 1)
    )


def progressive_adverb_at(text: str, at: int) -> bool:
    """The character at `at` is an adverb of data/person_progressive_adverbs.txt right before a verb of one
    character and its aspect particle (`李鹏正带着`: 正, is …ing): the clause's, no name's last character. Shared
    with the model's trims (ner/merge/)."""
    return (
        text[at : at + 1] in data_words("person_progressive_adverbs.txt")
        and HAN.match(text[at + 1 : at + 2]) is not None
        and text[at + 2 : at + 3] in data_words("person_aspect_marks.txt")
    )


def starts_a_time_word(text: str, at: int) -> bool:
    """A word of time starts at `at` (今天, 当天: data/person_time_words.txt): no name's last character. Shared
    with the model's trims (ner/merge/)."""
    return text[at : at + 2] in data_words("person_time_words.txt")


def starts_own_word(text: str, at: int) -> bool:
    """A word starts at `at` that the name before it does not share: an everyday word (出席) or a verb that
    follows names (会同, data/person_verbs_after.txt). `张建国会同`: 国会 is a word too, but 会同 after the
    whole name is the clause's verb. Shared with the model's trims (ner/merge/)."""
    return is_common_word(text[at : at + 2]) or text[at : at + 2] in data_words("person_verbs_after.txt")


def _ends_a_name(text: str, at: int) -> bool:
    """The conjunction or preposition character at `at` (和, 与, 及, 向: data/person_function_surnames.tsv) joins
    nothing there, and ends a given name (so does a modal or adverb before punctuation: `郭振应,`): punctuation
    follows (`左和。`, `朱冲及、`), a verb of report (`李长和说`),
    an adverb of the clause (`张辉向先后前往`: data/person_adverbs_after.txt), a doubled word of manner (`长长地`) or
    a verb of office and its title (`杜用和任组长`)."""
    char = text[at : at + 1]
    after = text[at + 1 : at + 2]
    if char in function_surnames("modal", "adverb"):  # `郭振应,`: no modal stands before punctuation
        return bool(after) and not HAN.match(after) and not after.isdigit()
    if char not in function_surnames("preposition", "conjunction"):
        return False
    coverb = char in conjunction_surnames() and after in data_words("person_clause_coverbs.txt")
    return bool(
        (after and not HAN.match(after) and not after.isdigit())
        or _conjunction_before_report(text, at)
        or text.startswith(data_longest_first("person_adverbs_after.txt"), at + 1)
        or (after in data_words("post_predicates.txt") and text.startswith(title_words(), at + 2))
        or (coverb and not is_common_word(text[at + 1 : at + 3]))  # `唐用和在村民微信群里`, not `和在场干部`
        # `胡和和同事们`: the second 和 joins, the first ends the name (but `李刚和和平村主任`: 和平, a place's name)
        or (after == char and text[at + 1 : at + 3] not in data_words("place_name_words.txt"))
        or _doubled_manner_word_at(text, at + 1)  # `闫用和长长地松了口气`
    )


def _doubled_manner_word_at(text: str, at: int) -> bool:
    """A doubled character and a mark of manner at `at` (`长长地`, `默默地`: data/person_manner_marks.txt): how the
    clause's act is done; nothing before it joins it as a conjunction's second term."""
    return (
        bool(text[at : at + 1])
        and text[at] == text[at + 1 : at + 2]
        and text[at + 2 : at + 3] in data_words("person_manner_marks.txt")
    )


def _conjunction_before_report(text: str, at: int) -> bool:
    """`村民李长和说`: the conjunction-like character at `at` (和 与 及) comes right before a verb of report
    (data/person_reports.tsv), where no conjunction stands: it ends the name. So it does before a verb of the
    response (data/person_clause_verbs.txt) whose clause describes nobody (`鲍远和参加调研督导`, `曹冲及出席会议`;
    but `王明和参加会议的干部`: 的 makes the verb's phrase a noun's, which 和 joins)."""
    if text[at : at + 1] not in conjunction_surnames():
        return False
    if report_pattern().match(text, at + 1) is not None:
        return True
    clause = re.match(r"[\u4e00-\u9fff]*", text[at + 1 :]).group()
    links = data_words("post_as_links.txt")  # 的
    return act_pattern().match(text, at + 1) is not None and not any(c in links for c in clause)


def runs_into_place(text: str, end: int) -> bool:
    """`天义镇长青社区`: the would-be name 青社 ends inside a place's ending (社区, data/place_village_suffixes.txt and
    place_township_suffixes.txt); the title before it (镇长) was the town's name and that place's start."""
    endings = (*data_words("place_village_suffixes.txt"), *data_words("place_township_suffixes.txt"))
    return any(len(e) == 2 and text.startswith(e, end - 1) for e in endings)


def runs_into_title(text: str, start: int, length: int) -> bool:
    """`网格员和志愿者`: the would-be name 和志愿 is cut out of a title word that goes on after it."""
    first = title_word_pattern().search(text[start : start + length + 4])  # the title written first
    return first is not None and first.start() < length


def is_surname_and_address(name: str) -> bool:
    """`鲁先生`, `刘女士`: a surname and a form of address (data/person_honorifics.txt), no name; a form of
    one character only right after a surname (`陈伯`, `欧阳姨`: `王建伯` may be a name). So is a mark of familiar
    address and a surname alone (`老林`, `小王`: data/person_nickname_marks.txt)."""
    single, double = surnames()
    if name[:1] in data_words("person_nickname_marks.txt") and (name[1:] in single or name[1:] in double):
        return True
    if is_surname_and_title(name):
        return True  # `仝县长`, `王书记`: addressed by surname and post
    for word in data_words("person_honorifics.txt"):
        rest = name[: -len(word)]
        surname_only = rest in single or rest in double
        if name.endswith(word) and (surname_only if len(word) == 1 else 1 <= len(rest) <= 2):
            return True
    return False


def holds_no_name(name: str) -> bool:
    """A character stands for a withheld name (`张某`: data/person_placeholders.txt) or is a personal pronoun
    (`向他`: data/person_pronoun_chars.txt; but a transliterated name spells sounds, `切他·他那乍罗`), or an
    aspect particle follows its first character (`冒着严`: data/person_aspect_marks.txt): the would-be name is
    none to report."""
    pronouns = data_words("person_pronoun_chars.txt") if "·" not in name else frozenset()
    if any(c in data_words("person_placeholders.txt") or c in pronouns for c in name):
        return True
    if name[1:2] in data_words("person_aspect_marks.txt"):  # `记者冒着严寒`: 冒 is a verb
        return True
    # `村医包一户`: a count (a numeral, then its measure word: data/quantity_units.txt) where the given name would be
    units = data_words("quantity_units.txt")
    return any(
        name[i] in data_table("numerals.tsv") and name[i + 1] in units for i in range(1, len(name) - 1)
    )


def plausible_name(name: str, *, checked_by_model: bool = False, joins_nothing: bool = False) -> bool:
    """A surname first, no title inside (`任组长` is a post, not a person) and no anonymized 某; no everyday
    word first. A name the model will check (`checked_by_model`) may have no listed surname or be a word. No
    name ends in a particle or a conjunction, but one whose last character joins nothing where it stands
    (`joins_nothing`: before a verb of report, an adverb, punctuation; _ends_a_name) may end in the character of a
    conjunction (`李长和说`, `左和。`)."""
    return (
        (checked_by_model or (looks_like_name(name) and not is_common_word(name[:2])))
        and not holds_no_name(name)
        and (
            name[-1] not in data_words("person_never_ends.txt")
            or (joins_nothing and name[-1] in conjunction_surnames())
        )
        and not name.startswith(data_longest_first("person_not_names.txt"))
        and not holds_a_title(name)
        and not is_surname_and_address(name)
        and name[:1] != name[1:2]  # `天刚蒙蒙亮`: a doubled word, no surname and given name
    )
