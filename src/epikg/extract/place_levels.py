"""The level of a place written by its bare name (`石桥`, `黄田`), read from what the article says about it.

A bare name announces no level, but the text often does:

- a list that a kind of place closes: `黄田、石桥、大坪等乡镇`, `城关、河口两个镇`, `向阳、红星两村`,
  `在石桥、黄田两镇交界处` (each name of the list is a place of that kind);
- the same name written with its level word elsewhere in the article: a chain (`石桥镇向阳村`),
  a body it issues or heads (`石桥镇党委`, `石桥镇政府`), the place itself (`在石桥镇设卡`);
- the places it is listed with by 、, where they are all towns or all villages (`在十家堡、喇嘛甸、孤家子
  设卡`, the first two towns by their 镇 elsewhere).

Where nothing tells, the level stays `other`, as the gold gives a named spot of no stated level
(`铺子湾`, `朝天山`). Levels come from data/place_suffix_levels.tsv, lists from data/place_list_marks.tsv
and data/place_list_heads.txt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import HAN, LIST_COMMA, data_groups, data_rows, data_words, is_common_word, numerals
from epikg.ner.place_lists import list_heads

_LEVELS = ("province", "prefecture", "county", "township", "village")


@lru_cache(maxsize=1)
def suffix_levels() -> tuple[tuple[str, str], ...]:
    """(ending, level) of data/place_suffix_levels.tsv, in its order (the first that fits wins)."""
    return tuple(data_rows("place_suffix_levels.tsv"))


def kind_level(kind: str) -> str:
    """The level a kind of place names (`乡镇` township, `村` village, `农贸市场` other)."""
    return next((level for ending, level in suffix_levels() if kind.endswith(ending)), "other")


@lru_cache(maxsize=1)
def _list_tail() -> re.Pattern[str]:
    """What follows a name inside a list closed by a kind of place: more names joined by 、, then 等 or a
    count (with or without its classifier: `两个镇`, `两镇`, `四乡镇`), then the kind."""
    marks = data_groups("place_list_marks.tsv")
    kinds = "|".join(map(re.escape, sorted(list_heads(), key=len, reverse=True)))
    etc = "|".join(map(re.escape, marks["etc"]))
    count = rf"[\d{''.join(numerals())}]+(?:{'|'.join(map(re.escape, marks['classifier']))})?"
    return re.compile(
        rf"(?P<more>(?:、[\u4e00-\u9fff]{{2,4}}?)*)(?:(?:{etc})(?:{count})?|(?P<count>{count}))(?P<kind>{kinds})"
    )


def _list_kind(text: str, start: int, end: int) -> str | None:
    """The kind that closes the list the name at [start, end) belongs to, if one does; not a kind's character that
    begins an everyday word instead (`黄石两村民`: two villagers of 黄石, no two villages), nor a count of more
    than the list holds (`竹溪14个乡镇`: fourteen towns of 竹溪, not 竹溪 one of them; `北山、南山两镇` are two)."""
    match = _list_tail().match(text, end)
    if match is None or _begins_a_word(text, match.group("kind"), match.end()):
        return None
    listed = _listed_before(text, start) + 1 + match.group("more").count(LIST_COMMA)
    if match.group("count") and _count(match.group("count")) not in (None, listed):
        return None
    return match.group("kind")


def _listed_before(text: str, start: int) -> int:
    """How many names of two to four characters a list joined by 、 holds before the name at `start`."""
    count = 0
    while text[start - 1 : start] == LIST_COMMA:
        at = start - 1
        while at > start - 6 and at > 0 and HAN.match(text[at - 1]):
            at -= 1
        if not 2 <= start - 1 - at <= 4:
            break
        count, start = count + 1, at
    return count


def _count(written: str) -> int | None:
    """The value of a count written in digits or as one numeral character (`14个`, `两`), else None."""
    digits = "".join(c for c in written if c.isdigit())
    if digits:
        return int(digits)
    return numerals().get(written[:1])


def _begins_a_word(text: str, word: str, end: int) -> bool:
    """A one-character level or kind word ending at `end` that makes an everyday word with the next character
    (`村民`, `市场`): that word, no level."""
    return len(word) == 1 and is_common_word(text[end - 1 : end + 1])


def _starts_fresh(text: str, start: int) -> bool:
    """The name starts a word here: after a non-Han character, a preposition or a higher place's level
    character (`某某县石桥镇`), not as the tail of a longer name (`大石桥镇`)."""
    if start == 0 or not HAN.match(text[start - 1]):
        return True
    return text[start - 1] in data_words("place_before_chars.txt") | data_words("place_level_chars.txt")


def _written_level(text: str, name: str, at: int) -> str | None:
    """The level of a level word written right after the name at `at` (`石桥` + `镇`), where that word
    does not begin an everyday word instead (`石桥市场`, `石桥区域`)."""
    after = at + len(name)
    for ending, level in suffix_levels():
        if level not in _LEVELS or not text.startswith(ending, after):
            continue
        return None if _begins_a_word(text, ending, after + len(ending)) else level
    return None


def list_levels(text: str, mentions: Iterable[tuple[str, int, int]]) -> dict[str, str]:
    """For each name (name, start, end) listed in a list that a kind of place closes, that kind's level
    (`黄石、金沙、龙潭等4镇`: townships, whatever else of those names the gazetteer lists)."""
    found: dict[str, str] = {}
    for name, start, end in mentions:
        kind = _list_kind(text, start, end)
        if kind is None or name in found:
            continue
        # `永州、郴州等市`: where the name and the kind make divisions the gazetteer lists all at one level (永州市,
        # a prefecture), that level; a city's 市 says no more than that it is a city
        known = {d.level for d in gazetteer.load().lookup(name + kind)}
        level = known.pop() if len(known) == 1 else kind_level(kind)
        if level is not None and level != "other":
            found[name] = level
    return found


def text_levels(text: str, mentions: Iterable[tuple[str, int, int]]) -> dict[str, str]:
    """For each bare name (name, start, end) whose own ending says no level, the level the text gives it:
    a list's kind where the name is listed, else the level word the article writes after the same name
    most often (ties: the higher level; `石桥镇石桥村` makes a bare 石桥 the town)."""
    mentions = list(mentions)
    found = list_levels(text, mentions)
    for name in {name for name, _, _ in mentions} - set(found):
        votes: Counter[str] = Counter()
        for match in re.finditer(re.escape(name), text):
            level = _written_level(text, name, match.start())
            if level is not None and _starts_fresh(text, match.start()):
                votes[level] += 1
        if votes:
            found[name] = min(votes, key=lambda level: (-votes[level], _LEVELS.index(level)))
    return found


_SIBLING_LEVELS = ("township", "village")  # levels whose names repeat and are written bare in lists


def sibling_levels(
    text: str, mentions: Sequence[tuple[str, int, int]], level_of: Callable[[str], str]
) -> dict[str, str]:
    """Bare names with no level of their own (`other`) in a list joined by 、 whose other places are all of one
    level, township or village: that level."""
    ordered = sorted(mentions, key=lambda m: m[1])
    runs: list[list[tuple[str, int, int]]] = []
    for mention in ordered:
        if runs and text[runs[-1][-1][2] : mention[1]] == LIST_COMMA:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    found: dict[str, str] = {}
    for run in runs:
        known = {level_of(name) for name, _, _ in run} - {"other"}
        if len(known) == 1 and (level := known.pop()) in _SIBLING_LEVELS:
            found.update((name, level) for name, _, _ in run if level_of(name) == "other")
    return found
