"""A place's role in its sentence besides being where things happen: a place people came from or went to, a
neighbour at a border, a place worked at, a place tallied in a count; and the scope words (`全县`, `我镇`)
that stand for the article's own places.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.extract.place_divisions import level_from_suffix
from epikg.lexicon import (
    LIST_COMMA,
    data_groups,
    data_longest_first,
    data_words,
    numerals,
)
from epikg.records import Mention

# Characters after a place within which a border word makes it a neighbour (`与平江县的交界`).
_BORDER_REACH = 6


def is_elsewhere(text: str, mention: Mention) -> bool:
    """A place named as where people come from or go to, or as a neighbour at a border (data/place_elsewhere.tsv)."""
    return _role_elsewhere(text, mention) is not None


def is_beyond(text: str, mention: Mention) -> bool:
    """A place named as where people come from or as the far side of a border (`从新河镇返乡`, `与新河镇交界处`), not
    one people go to or pass through, which may be where something is done (`前往平孟镇督导检查`, `返回四合永镇家中`,
    `途经伍市镇卡点`), nor the near side of a border (`临水镇豫皖交界卡点`, `平孟镇边境`)."""
    role = _role_elsewhere(text, mention)
    words = data_groups("place_elsewhere.tsv")
    # the far side of a border: after 与 (`刘圩村与新河镇交界处`), maybe with a chain between (`与重庆綦江区安稳镇`)
    if role == "border":
        return _after_this_side(text, mention)
    if role == "origin" and text.endswith(tuple(words.get("passing_before", ())), 0, mention.start):
        return False  # `途经伍市镇S308线卡点时`: passed through, where the checkpoint is
    return role in ("origin", "neighbour")


def _role_elsewhere(text: str, mention: Mention, own: Collection[str] = ()) -> str | None:
    """Why a place is named as somewhere else: `origin` (`从武汉`, `武汉返乡`), `toward` (`前往武汉`), `border`
    (`与邻县交界`: where the article's side meets it), `neighbour` (`与我县接壤的泗县`, `邻县汝城县`: the
    neighbour named as itself, which may act) or `system` (`河南省健康码`: a code the place runs, used
    elsewhere); None where it is not."""
    words = data_groups("place_elsewhere.tsv")
    before = text[max(0, mention.start - 3) : mention.start]
    if before.endswith(words.get("origin_before", ())) and not text.startswith(
        words.get("learned_after", ()), mention.end
    ):
        return "origin"
    if before.endswith(words.get("toward_before", ())):
        return "toward"
    # `武汉返乡人员`, and `湖北武汉返乡村民`: a written chain shares its last place's role
    end = _chain_end(text, mention.end)
    end += next((len(w) for w in data_longest_first("place_part_words.txt") if text.startswith(w, end)), 0)
    # `西安及外省市务工人员`: past the other places listed after it, named by no name
    others = sorted(words.get("others_after", ()), key=len, reverse=True)
    listed = [joiner + other for joiner in data_words("list_joiners.txt") for other in others]
    end += next((len(w) for w in listed if text.startswith(w, end)), 0)
    if text.startswith(words.get("origin_after", ()), end):  # `在岳阳市区务工返乡人员`: past a part of it
        return "origin"
    if text.startswith(words.get("system_after", ()), end):  # `河南省健康码`: the province's code, used here
        return "system"
    if before.endswith(words.get("border_before", ())) or _beside_the_own_place(text, mention.start, own):
        return "neighbour"  # `邻县汝城县`, `与我县接壤的宿州市泗县`
    reach = text[mention.end : mention.end + _BORDER_REACH]
    this_side = tuple(words.get("this_side_after", ()))
    if reach.startswith(this_side) and not before.endswith(this_side):
        return None  # `108国道与洋县交界处`: the road is this side, 洋县 the other; not `与华容县和南县交界`
    if reach.startswith(tuple(words.get("lies_after", ()))):
        return None  # `亚东地处边境一线`: where the place itself lies
    if (
        reach.startswith(tuple(words.get("border_area_after", ())))
        and level_from_suffix(mention.text) != "other"
        and not _after_this_side(text, mention)
    ):
        return None  # `曼贺村边境执勤点`: the village's own border area (a river's, `乌苏里江边境线`, is the line)
    return "border" if any(word in reach for word in words.get("border_after", ())) else None


def _after_this_side(text: str, mention: Mention) -> bool:
    """The place, or the written chain it ends, stands after a this_side_after word of data/place_elsewhere.tsv
    (`刘圩村与新河镇交界处`, `与重庆綦江区安稳镇`): the far side of a border."""
    before = re.split(r"[^\w]", text[max(0, mention.start - _CHAIN_BEFORE) : mention.start])[-1]
    return any(word in before for word in data_groups("place_elsewhere.tsv").get("this_side_after", ()))


_CHAIN_BEFORE = 10  # characters of a written chain between 与 and the far side of a border it names


def _beside_the_own_place(text: str, start: int, own_names: Collection[str] = ()) -> bool:
    """`与我县接壤的宿州市泗县`: a border word after the article's own place (我县, 本镇: the scope words of
    data/measure_places.tsv that open with an own_marks word of data/place_elsewhere.tsv; or its name, where the
    caller knows it: `与望奎接壤的兰西县`) and a border_particle right before the place make it the neighbour
    (but `与兴宁市交界的华城镇` is this side)."""
    words = data_groups("place_elsewhere.tsv")
    before = text[max(0, start - 10) : start]
    particle = next((p for p in words.get("border_particle", ()) if before.endswith(p)), None)
    if particle is None:
        return False
    before = before[: -len(particle)]
    border = next((w for w in words.get("border_after", ()) if before.endswith(w)), None)
    own = [w for w in scope_words() if w.startswith(tuple(words.get("own_marks", ())))] + list(own_names)
    return border is not None and before[: -len(border)].endswith(
        tuple(joiner + word for joiner in words.get("this_side_after", ()) for word in own)
    )


def borders_on(text: str, start: int, end: int) -> bool:
    """The words at start..end (a scope word, `我县`) are the own side of a border named there (`与我县相邻的昭通市`:
    a this_side_after word before them, a border_after word right after): they say where the neighbour is, not
    where anything was done."""
    words = data_groups("place_elsewhere.tsv")
    return text.endswith(tuple(words.get("this_side_after", ())), 0, start) and text.startswith(
        tuple(words.get("border_after", ())), end
    )


def _chain_end(text: str, end: int, steps: int = 3) -> int:
    """Where a written chain that goes on after a place ends (`湖北` + `武汉`): over up to `steps` more
    divisions' names or short names, the longest first, that the gazetteer knows."""
    gaz = gazetteer.load()
    for _ in range(steps):
        following = next(
            (n for n in range(6, 1, -1) if gaz.knows(text[end : end + n])),
            None,
        )
        if following is None:
            break
        end += following
    return end


def list_marks() -> frozenset[str]:
    """What stands between the places of a list (data/list_joiners.txt, list_alternatives.txt)."""
    return data_words("list_joiners.txt") | data_words("list_alternatives.txt")


def scope_words() -> dict[str, str]:
    """Scope words (`全镇`, `本村`, `全市`: data/measure_places.tsv) and the level whose own place they mean
    (`city`: a county-level city or a prefecture)."""
    groups = data_groups("measure_places.tsv")
    return {
        word: kind.removeprefix("scope_")
        for kind in groups
        if kind.startswith("scope_")
        for word in groups[kind]
    }


def elsewhere_spans(text: str, places: Sequence[Mention]) -> set[tuple[int, int]]:
    """The spans of places named as somewhere else (`places` in text order): elsewhere_roles' spans."""
    return set(elsewhere_roles(text, places))


def elsewhere_roles(
    text: str, places: Sequence[Mention], own: Collection[str] = ()
) -> dict[tuple[int, int], str]:
    """The span of each place named as somewhere else (`places` in text order) and why (_role_elsewhere).
    A written chain shares the role
    of origin or destination of the place that opens it (`来自广州市白云区`, `前往合川区城关镇`); a list of places shares the role
    of origin with its first member (`从北京、河北及长治市区返乡人员`) and its last (`湖北、武汉返乡人员`), a border's
    with its last, over the list comma (`与普兰店区、岫岩县交界处`; not `108国道与洋县交界处`) and back over a chain
    (`与甘肃省静宁县、会宁县交界处`: 甘肃省 too), and a neighbour's with
    its first (`周边潍坊市寒亭区、东营市广饶县等地`), the last link of a neighbour's chain alone being the neighbour.
    Where the work is done is no destination (`赶赴新圩镇开展协查`, `前往梅花镇、清塘镇等地督导`). `own`: the
    names the article's own places are written by in `places`, where the caller knows them (`与望奎接壤的兰西县`)."""
    roles = {(m.start, m.end): _role_elsewhere(text, m, own) for m in places}
    pairs = [
        (a, b) for a, b in zip(places, places[1:], strict=False) if text[a.end : b.start] in list_marks()
    ]
    for before, after in zip(places, places[1:], strict=False):
        joined = before.end == after.start or text[before.end : after.start] in list_marks()
        role = roles[before.start, before.end]
        chained = before.end == after.start  # a destination's chain leads into it: `前往合川区城关镇`
        # `来自广州市白云区`, `从北京顺义区、吉林通化`, `接壤的宿州市泗县`
        if roles[after.start, after.end] is None and (
            (joined and role in ("origin", "neighbour")) or (chained and role == "toward")
        ):
            roles[after.start, after.end] = role
    # `周边潍坊市寒亭区`, `与我县接壤的宿州市泗县`: the neighbour is the chain's last link; the head is its frame,
    # most often the article's own city
    for before, after in zip(places, places[1:], strict=False):
        if (
            before.end == after.start
            and roles[before.start, before.end] == roles[after.start, after.end] == "neighbour"
        ):
            roles[before.start, before.end] = None
    for before, after in reversed(pairs):
        role = roles[after.start, after.end]
        if roles[before.start, before.end] is None and (
            role == "origin" or (role == "border" and text[before.end : after.start] == LIST_COMMA)
        ):
            roles[before.start, before.end] = role
    # `与甘肃省静宁县、会宁县交界处`: the head of a border's chain after 与 is across the border too; not the
    # chain of a place said to lie at a border (`沿浦镇界牌村是浙闽交界的一个行政村`)
    with_words = tuple(data_groups("place_elsewhere.tsv")["this_side_after"])
    for before, after in reversed(list(zip(places, places[1:], strict=False))):
        if (
            before.end == after.start
            and roles[before.start, before.end] is None
            and roles[after.start, after.end] == "border"
            and text.endswith(with_words, 0, before.start)
            and before.text not in own
        ):
            roles[before.start, before.end] = "border"
    for run in _runs(places, pairs):
        if _worked_at(text, run[-1].end):
            for m in run:
                if roles[m.start, m.end] == "toward":
                    roles[m.start, m.end] = None
    return {span: role for span, role in roles.items() if role is not None}


def _runs(places: Sequence[Mention], pairs: list[tuple[Mention, Mention]]) -> list[list[Mention]]:
    """The places in runs joined by list marks (one run for a place alone), in order."""
    joined = {(a.start, b.start) for a, b in pairs}
    runs: list[list[Mention]] = []
    for m in places:
        if runs and (runs[-1][-1].start, m.start) in joined:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _worked_at(text: str, end: int) -> bool:
    """A verb of work right after a destination (data/place_elsewhere.tsv, `work_after`; past `等地` and a comma):
    going there to do it (`赶赴新圩镇开展协查`)."""
    words = data_groups("place_elsewhere.tsv")
    after = text[end : end + 8]
    after = after.removeprefix(next((w for w in words.get("list_end", ()) if after.startswith(w)), ""))
    return after.lstrip(",，").startswith(tuple(words.get("work_after", ())))


def tallied(text: str, start: int, end: int) -> bool:
    """The place at [start, end) is an item of a list that tallies cases by place (`其中,邢台市4例、石家庄市3例`:
    data/place_tallies.tsv): a count follows it, past the tally's own words, and a list comma stands before the
    place or right after its count. `北京市新增9例`, the one place a report is about, is no such item."""
    words = data_groups("place_tallies.tsv")
    between = sorted(words.get("between", ()), key=len, reverse=True)
    at = end
    while (word := next((w for w in between if text.startswith(w, at)), None)) is not None:
        at += len(word)
    digits = numerals()
    count = at
    while count < len(text) and (text[count].isdigit() or text[count] in digits):
        count += 1
    if count == at:
        return False
    count += text[count : count + 1] == " "  # `铜仁市2 例`
    unit = next((u for u in words.get("unit", ()) if text.startswith(u, count)), None)
    if unit is None:
        return False
    after = count + len(unit)
    if text[start - 1 : start] == LIST_COMMA or text[after : after + 1] == LIST_COMMA:
        return True
    # items set apart by commas inside brackets (`4名重症病例(太原市2例,晋中市2例)`): the first opens the
    # bracket, the others follow another item's count
    before = text[max(0, start - 1 - len(unit)) : start - 1]
    return text[after : after + 1] in ",)" and (
        text[start - 1 : start] == "(" or (text[start - 1 : start] == "," and before == unit)
    )


@lru_cache(maxsize=1)
def _closes_a_counted_list() -> re.Pattern[str]:
    """More items joined by 、, then 等 or a count and a head of no kind (`、舞阳两地`, `等地`)."""
    heads = "|".join(map(re.escape, data_longest_first("place_list_loose_heads.txt")))
    counts = "".join(numerals())
    etc = "|".join(map(re.escape, data_groups("place_list_marks.tsv")["etc"]))
    return re.compile(
        rf"(?:{LIST_COMMA}[\u4e00-\u9fff]{{2,4}}?)*(?:(?:{etc})[{counts}]*|[{counts}]+)(?:{heads})"
    )


def counted_together(text: str, start: int, end: int) -> bool:
    """The place at [start, end) is an item of a list of places of no kind said, closed by 等 (data/
    place_list_marks.tsv) or a count (`荣昌、舞阳两地`, `自贡、泸州等地`: data/place_list_loose_heads.txt): one of
    several, none what the article is about."""
    match = _closes_a_counted_list().match(text, end)
    return match is not None and (
        text[start - 1 : start] == LIST_COMMA or match.group().startswith(LIST_COMMA)
    )
