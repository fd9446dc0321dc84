"""What a person's name and title are made of: surnames, the names of peoples that take no surname
(data/person_minority_names.txt), titles (data/titles.tsv) and the lines that list people with their posts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from epikg.lexicon.data_files import data_columns, data_words, longest_word_at, read_data_lines
from epikg.lexicon.jionlp_words import is_common_word


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, two-character) Chinese surnames, from data/surnames.txt."""
    names = read_data_lines("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def looks_like_name(text: str) -> bool:
    """Two to four Han characters that start with a known surname."""
    if not 2 <= len(text) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in text):
        return False
    single, double = surnames()
    if text[:2] in double:
        return len(text) >= 3
    return text[0] in single and len(text) <= 3


def run_of_names(run: str) -> tuple[int, ...] | None:
    """`李蕾张羽飞`, `张三李四王五`: the lengths of the names a run of four to nine Han characters is made of, where
    it is no name itself and cuts one way only into names of two or three characters that each look like one
    (a crawl dropped the spaces of a credit); None otherwise (`欧阳春晖`: one name)."""
    if not 4 <= len(run) <= 9 or looks_like_name(run) or is_minority_name(run):
        return None
    splits = _name_splits(run)
    return splits[0] if len(splits) == 1 else None


def _name_splits(run: str) -> list[tuple[int, ...]]:
    if not run:
        return [()]
    return [
        (length, *rest)
        for length in (2, 3)
        if len(run) >= length and looks_like_name(run[:length])
        for rest in _name_splits(run[length:])
    ]


def minority_parts(text: str, start: int = 0) -> list[str]:
    """The one to three parts of data/person_minority_names.txt that follow one another from `start` (`乌云`,
    `其其格`), longest first; none where no part starts there. A part of one character ends the name (`才让措`,
    `贡保加`): it is never the first nor a middle one."""
    found: list[str] = []
    at = start
    while len(found) < 3 and (part := longest_word_at("person_minority_names.txt", text, at)):
        if len(part) == 1:  # the last part; none where it opens a word (`扎西加强了`, `德吉吉祥`)
            if found and not is_common_word(text[at : at + 2]):
                found.append(part)
            break
        found.append(part)
        at += len(part)
    return found


def minority_name_at(text: str, start: int) -> str:
    """The name of one to three parts of data/person_minority_names.txt starting at `start` (`乌云其其格`), or ""."""
    return "".join(minority_parts(text, start))


def is_minority_name(name: str) -> bool:
    """A name made of parts of data/person_minority_names.txt alone (`德吉`, `次仁卓玛`)."""
    return bool(name) and minority_name_at(name, 0) == name


@cache
def list_line() -> re.Pattern[str]:
    """One person a line, as honour and staff lists set them: a name, maybe a bracket of notes set apart by commas
    (`(女)`, `(女,畲族)`: data/person_list_line_marks.txt, peoples.txt), spaces, and the post
    phrase to the end of the line, or to a note in brackets closing it (`县人大常委会原副主任(已退休)`); or the
    post inside the notes' bracket, after them (`其其格(女,蒙古族,东乌旗人民医院感染科护士长)`)."""
    marks = data_words("person_list_line_marks.txt") | data_words("peoples.txt")
    mark = "|".join(map(re.escape, sorted(marks, key=len, reverse=True)))
    # the post after the notes' bracket and spaces, or inside the bracket after the notes (`巴图孟和(蒙古族,嘎达布其镇
    # 党委副书记、镇长)`); names of peoples that take no surname run to seven characters (额尔敦毕力格), two such joined
    # by a middle dot (`热依拉·吐尔洪`)
    return re.compile(
        rf"^(?P<name>[\u4e00-\u9fff]{{2,7}}(?:·[\u4e00-\u9fff]{{2,7}})?)(?:\((?P<notes>(?:{mark})(?:,(?:{mark}))*)(?:\)[ \u3000]+|,)|[ \u3000]+)"
        r"(?P<post>[^\n ]{2,40}?)(?:\([^\n()]{1,8}\))?\)?$",
        re.MULTILINE,
    )


@dataclass(frozen=True)
class Title:
    """A word of data/titles.tsv: whether it is a post in a body, and the body a bare title implies."""

    word: str
    is_post: bool
    body: str | None  # the organization a bare title implies (县长 -> 县政府)


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """The title table of data/titles.tsv, by title word."""
    table = {}
    for cols in data_columns("titles.tsv"):
        table[cols[0]] = Title(
            cols[0], len(cols) < 2 or cols[1] != "role", cols[2] if len(cols) > 2 and cols[2] else None
        )
    return table


def is_surname_and_title(text: str) -> bool:
    """`仝县长`, `王书记`, `欧阳主任`: a surname, then a title (data/titles.tsv): how an article or an interviewer
    addresses someone, no name."""
    single, double = surnames()
    table = titles()
    return (text[:1] in single and text[1:] in table) or (text[:2] in double and text[2:] in table)


def title_ending_at(text: str, end: int) -> Title | None:
    """The longest title word (data/titles.tsv) that ends at `end`. Shared by the post reader (extract/) and the
    notes between a post and its holder's name (past_post_notes)."""
    table = titles()
    for length in range(min(max(map(len, table)), end), 1, -1):
        title = table.get(text[end - length : end])
        if title is not None:
            return title
    return None
