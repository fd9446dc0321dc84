"""The genre's vocabularies shared by ner/ (which finds mentions) and extract/ (which reads posts): numerals,
day parts, the notes after a post, where a phrase or a word ends.
"""

from __future__ import annotations

import re
from functools import cache

from epikg.errors import LexiconError
from epikg.lexicon.data_files import (
    alternation,
    data_columns,
    data_longest_first,
    data_words,
    read_data_lines,
    word_pattern,
)
from epikg.lexicon.jionlp_words import HAN, is_common_word, two_character_words
from epikg.lexicon.names import title_ending_at

LIST_COMMA = "\u3001"
"""、, the comma between the items of a list (`西江镇、郎德镇`), where , joins clauses."""


@cache
def day_parts() -> dict[str, tuple[int, int, str]]:
    """Parts of the day (data/time_periods.tsv): each word's first and last hour, and how a clock time after it
    reads its hour (morning, small, noon, afternoon, evening)."""
    parts = {}
    for cols in data_columns("time_periods.tsv"):
        if len(cols) != 4 or not (cols[1].isdigit() and cols[2].isdigit()):
            raise LexiconError(f"time_periods.tsv: {cols!r} is not `word<TAB>hour<TAB>hour<TAB>clock`")
        parts[cols[0]] = (int(cols[1]), int(cols[2]), cols[3])
    return parts


@cache
def day_part_alternation() -> str:
    """The parts of the day as a regex alternation, longest first."""
    return alternation(sorted(day_parts(), key=lambda word: (-len(word), word)))


@cache
def item_mark() -> re.Pattern[str]:
    """A numbered list item's mark at a line's start (`一、`, `(三)`, `2.`, `2、`, `①`; data/numerals.tsv)."""
    return re.compile(
        rf"\s*(?:\(?[{''.join(numerals())}0-9]{{1,3}}\)|[{''.join(numerals())}]{{1,3}}、|\d{{1,2}}[.、]|[\u2460-\u2473])"
    )


@cache
def numerals(*registers: str) -> dict[str, int]:
    """The numeral characters of data/numerals.tsv in the given registers (all when none named), with their
    values, in the file's order."""
    table = {}
    for line in read_data_lines("numerals.tsv"):
        char, value, register = line.split("#")[0].split()[:3]
        if not registers or register in registers:
            table[char] = int(value)
    return table


def scale_class() -> str:
    """A regex character class of the plain place values and section units after Arabic digits (`11.8万`, `3千`):
    data/numerals.tsv's plain characters of a hundred and more."""
    return f"[{''.join(c for c, v in numerals('plain').items() if v >= 100)}]"


def digits_class() -> str:
    """A regex character class of the digits, Arabic and plain Han (`[0-9一二三...]`): a count as written."""
    return f"[0-9{''.join(numerals('plain'))}]"


def begins_a_word(text: str, at: int) -> bool:
    """The character at `at` makes a word with the next (`科学研判`, `科室`, `股份`), unless a common word starts
    right after it (`疾控科工作人员`: 工作, so 科工 is no word there). Shared by the body rules (ner/bodies/,
    ner/brands.py)."""
    return text[at : at + 2] in two_character_words() and not is_common_word(text[at + 1 : at + 3])


def ends_cleanly(text: str, end: int) -> bool:
    """Nothing goes on at `end` but punctuation or a word that follows names (data/person_followers.txt): where a
    job many hold (医生, 网格员: data/person_group_nouns.txt) after a name must end its phrase (`王芳医生!`,
    `仉志强医生、`). Shared by the person rules (ner/) and the post reader (extract/)."""
    after = text[end : end + 1]
    return not after or not HAN.match(after) or after in data_words("person_followers.txt")


def past_spaces(text: str, at: int) -> int:
    """Past up to two spaces at `at` (pages set names and titles apart with them: `副县长 王建华`). Shared by the
    person rules (ner/) and the post reader (extract/)."""
    stop = at
    while stop < at + 2 and text[stop : stop + 1] in (" ", "\u3000"):
        stop += 1
    return stop


_NOTE_REACH = 14  # characters inside a bracketed note on a post: `(兼县疫情防控指挥部办公室主任)` fits


_OPENING, _CLOSING = "(\uff08", ")\uff09"


@cache
def photo_position() -> re.Pattern[str]:
    """Where a photo shows a person (data/person_photo_positions.txt: 右一, 左二, 中间), as a whole bracket's text."""
    return word_pattern(data_words("person_photo_positions.txt"))


def _is_post_note(note: str) -> bool:
    """A bracket's text that notes how a post is held (data/post_notes.txt: 挂职, 主持工作, 正科级), or a second
    post, after a joiner of posts (data/post_title_joiners.txt: 兼) or not (`县委书记(县疫情防控指挥部指挥长)`), or
    where a photo shows the holder (`镇卫生院院长(左一)查红霞`)."""
    if photo_position().fullmatch(note):
        return True
    if not note or len(note) > _NOTE_REACH or not all(HAN.match(c) for c in note):
        return False
    return note in data_words("post_notes.txt") or title_ending_at(note, len(note)) is not None


def noted_posts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(inside start, inside end) of each bracketed second post between start and end (`县委书记(县疫情防控指挥部
    指挥长)周建平`), of the notes past_post_notes steps over; notes on how a post is held name none."""
    found = []
    at = past_spaces(text, start)
    while at < end and (length := _post_note_at(text, at)):
        note = text[at + 1 : at + length - 1]
        if text[at : at + 1] in _OPENING and note not in data_words("post_notes.txt"):
            found.append((at + 1, at + length - 1))
        at = past_spaces(text, at + length)
    return found


def _post_note_at(text: str, at: int) -> int:
    """The length of a bracketed note on a post or of a rank (data/post_ranks.txt) at `at`; 0 where none."""
    rank = next((r for r in data_longest_first("post_ranks.txt") if text.startswith(r, at)), "")
    if rank:
        return len(rank)
    if text[at : at + 1] not in _OPENING:
        return 0
    closing = min(
        (i for i in (text.find(c, at, at + _NOTE_REACH + 2) for c in _CLOSING) if i > 0), default=-1
    )
    return closing + 1 - at if closing > 0 and _is_post_note(text[at + 1 : closing]) else 0


def _post_note_ending_at(text: str, end: int) -> int:
    """Where a note or rank of _post_note_at that ends at `end` begins; `end` where none does."""
    rank = next((r for r in data_longest_first("post_ranks.txt") if text.endswith(r, 0, end)), "")
    if rank:
        return end - len(rank)
    if text[end - 1 : end] not in _CLOSING:
        return end
    opening = max(text.rfind(c, max(0, end - _NOTE_REACH - 2), end - 1) for c in _OPENING)
    return opening if opening >= 0 and _is_post_note(text[opening + 1 : end - 1]) else end


def past_post_notes(text: str, at: int, *, line_break: bool = False) -> int:
    """Past the spaces, bracketed notes on how the post is held and ranks between a post and its holder's name
    (`县委常委、副县长(挂职)孔德明`, `县人武部政委上校 陶洪波`), and past one line break where `line_break`
    (`县委常委、常务副县长\n姚立平\n到城南卡点检查`: pages set posts and names on lines of their own).
    Shared by the person rules (ner/) and the post reader (extract/), which reads them backwards
    (before_post_notes)."""
    stop = past_spaces(text, at)
    while True:
        if line_break and text[stop : stop + 1] == "\n":
            line_break = False
            stop = past_spaces(text, stop + 1)
        elif length := _post_note_at(text, stop):
            stop = past_spaces(text, stop + length)
        else:
            return stop


def posts_alone_on_line(text: str, end: int) -> bool:
    """The line up to `end` holds Han characters and 、 only: a chain of posts standing alone (`县委常委、常务副县长`),
    whose holder's name may open the next line; not a table's row that sets a name before its post apart with
    spaces or a bracket (`舒红(女) 县人民医院感染科主任`)."""
    return all(HAN.match(c) or c == LIST_COMMA for c in text[text.rfind("\n", 0, end) + 1 : end])


def before_post_notes(text: str, at: int, *, line_break: bool = False) -> int:
    """Where the spaces, notes, ranks and line break of past_post_notes that end at a name's start `at` begin,
    where a title ends before the notes."""
    start = at
    while True:
        while start > 0 and text[start - 1] in (" ", "\u3000"):
            start -= 1
        if line_break and text[start - 1 : start] == "\n":
            line_break = False
            start -= 1
        elif (opening := _post_note_ending_at(text, start)) < start and title_ending_at(text, opening):
            start = opening  # (a rank that is a post of its own opens no note: `三级警督林芳`)
        else:
            return start


def phrase_ends_at(text: str, end: int) -> bool:
    """Nothing after `end` continues a name or title: punctuation, a follower (说, 等, 带领; data/person_followers.txt),
    a verb of the response (进村, 上门; data/person_verbs_after.txt), a common word, an adverb before any of these
    (`正和`, `才赶到`), or a verb of one character with its aspect particle (`裹着`, `低着头`:
    data/person_aspect_marks.txt). Shared by the person rules (ner/) and the post reader (extract/)."""
    after = text[end : end + 1]
    return (
        not after
        or not HAN.match(after)
        or after in data_words("person_followers.txt")
        or text[end : end + 2] in data_words("person_verbs_after.txt")
        or is_common_word(text[end : end + 2])
        or text[end + 1 : end + 2] in data_words("person_aspect_marks.txt")
        # `干部殷小飞正和企业核对`: an adverb of one character (data/person_adverb_chars.txt), then what ends a phrase
        or (after in data_words("person_adverb_chars.txt") and phrase_ends_at(text, end + 1))
    )


def opens_a_common_place_name(text: str, at: int) -> bool:
    """A common name of places (data/place_name_words.txt: 向阳, 和平) starts at `at`, a division's, village's or
    named place's ending right after it (`向阳村`, `和平社区`, `和平路`): its first character is the name's, whatever
    preposition or conjunction it also is."""
    endings = (
        *data_words("place_division_endings.txt"),
        *data_words("place_village_suffixes.txt"),
        *data_words("place_name_suffixes.txt"),
    )
    return text[at : at + 2] in data_words("place_name_words.txt") and text.startswith(endings, at + 2)


def ends_inside_a_word(text: str, end: int) -> bool:
    """A body's or a shop's ending that closes at `end` is inside a longer word: its last character and the next
    make one of data/org_suffix_continuations.txt (`值班执勤队伍`: 队伍; `商超市场`: 市场)."""
    return text[end - 1 : end + 1] in data_words("org_suffix_continuations.txt")
