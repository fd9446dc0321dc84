"""Bare names listed as places: each name of a list that a kind of place closes (`黄田、石桥、大坪等乡镇`),
and a name listed by 、 beside a place already read (`在十家堡、喇嘛甸、孤家子设卡`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    data_groups,
    data_longest_first,
    data_words,
    is_common_word,
    numerals,
    titles,
    typed_body_endings,
    world_place_names,
)
from epikg.ner.char_features import listed_as
from epikg.ner.place_stems import (
    LISTED_PLACE,
    NAMED_PLACE,
    counted,
    inside_a_body,
    is_generic_stem,
    opens_after_a_verb_or_a_scope,
)
from epikg.records import EntityType, Mention
from epikg.spans import Taken


@lru_cache(maxsize=1)
def _list_of_bare_names() -> re.Pattern[str]:
    """`A、B、C等乡镇`, `A、B等7个农贸市场`, `A、B两个村`, `A、B两村`, `A、B、C、D四乡镇`: names joined by 、
    before 等 or a count (its classifier may be left out) and a kind (data/place_list_marks.tsv,
    place_list_heads.txt)."""
    loose = data_words("place_list_loose_heads.txt")
    heads = "|".join(map(re.escape, sorted(list_heads() - loose, key=len, reverse=True)))
    marks = data_groups("place_list_marks.tsv")
    etc = "|".join(map(re.escape, marks["etc"]))
    count = rf"[\d{''.join(numerals())}]+(?:{'|'.join(map(re.escape, marks['classifier']))})?"
    # a head that says no kind closes a list after 等 or a count (`三塘、黄土铺等地`, `福清、长乐两地`: each a place,
    # its level left to what else the page says; `学校、车站两地` lists kinds of place, none named)
    loose_heads = "|".join(map(re.escape, sorted(loose, key=len, reverse=True)))
    return re.compile(
        rf"(?P<items>(?:[\u4e00-\u9fff]{{2,4}}、)+[\u4e00-\u9fff]{{2,4}}?)"
        rf"(?:(?:(?:{etc})(?:{count})?|{count})(?:{heads})|(?:{etc}|{count})(?:{loose_heads}))"
    )


def listed_bare_names(text: str, taken: Iterable[Mention]) -> list[Mention]:
    """`黄田、石桥、大坪等乡镇`, `以城南、城北等7个农贸市场为主`: each bare name of a list that a kind of place
    closes is a place of that kind. The first name starts where a name can (`以` before it is no part);
    a kind word that begins a title or group noun (`等村干部`, `等社区工作者`) closes no list of places."""
    taken = list(taken)
    spans = Taken(len(text), ((m.start, m.end) for m in taken))
    ends = {m.end for m in taken}
    title_table = titles()
    longest_title = max(map(len, title_table))
    found = []
    for match in _list_of_bare_names().finditer(text):
        head_start = match.end() - 1
        while head_start > match.start() and text[head_start - 1 : match.end()] in list_heads():
            head_start -= 1
        if any(
            text[at : at + n] in title_table
            for at in (head_start, match.end())
            for n in range(2, longest_title + 1)
        ):
            continue
        items_start = match.start("items")
        offsets, at = [], items_start
        for part in match.group("items").split(LIST_COMMA):
            offsets.append((at, at + len(part)))
            at += len(part) + 1
        first = _first_name_start(text, items_start, offsets[0][1], ends)
        if first is None:
            continue
        offsets[0] = (first, offsets[0][1])
        kind = text[head_start : match.end()]
        loose = kind in data_words("place_list_loose_heads.txt")
        if any(
            text.startswith(tuple(data_words("place_name_never_starts.txt")), s)
            and (loose or not _listed_with_its_kind(text[s:e], kind))
            for s, e in offsets
        ):
            continue  # `各村、各社区`, `全镇、全村`: no list of names (but `三市` of 三市镇 in `安定、三市等3镇`)
        if kind in data_words("place_list_division_heads.txt") and not all(
            gazetteer.load().knows(text[s:e]) for s, e in offsets
        ):
            continue  # `王彦民、朱暑光等县领导`: names the gazetteer does not know are no divisions
        if loose and is_common_word(text[match.end() - 1 : match.end() + 1]):
            continue  # `朝鲜半岛、南亚争端等地区问题`: 地 opens a word (地区), no list of places
        # `远销日本、美国等地`: the first item is the known place that ends it, after a word (远销) or where the
        # gazetteer knows no item (`以来有上海、吉林等地`: 来有)
        if loose:
            s, e = offsets[0]
            offsets[0] = next(
                (
                    (e - k, e)
                    for k in range(2, e - s - 1)
                    if _known_place(text[e - k : e])
                    and (listed_as(text[s : e - k]) == "W" or not _known_place(text[s:e]))
                ),
                (s, e),
            )
        if not loose and all(
            listed_as(text[s:e]) == "W" and not _listed_with_its_kind(text[s:e], kind) for s, e in offsets
        ):
            continue  # `必需的蔬菜、肉类、粮油等农贸市场`: everyday words all, what is sold there; no names
        for s, e in offsets:
            if loose and (
                is_common_word(text[s:e])
                or (listed_as(text[s:e]) == "W" and not _known_place(text[s:e]))
                or any(c in numerals() for c in text[s:e])
            ):
                # `学校、车站等地`, `超市、药店等地方`, `川贵两省`: kinds of place or counted ones, no names; a word the
                # gazetteer knows as a place is one here (`荣昌、舞阳两地`)
                continue
            if text[s:e] in data_words("place_name_suffixes.txt"):
                continue  # `大河卡点` cut after the word 大河: a kind of place alone (卡点) names none
            name = text[s:e]
            named = not is_generic_stem(name) or (not loose and _listed_with_its_kind(name, kind))
            if named and not spans.overlaps(s, e):  # `河口` is a word
                found.append(Mention(name, EntityType.PLACE, s, e, NAMED_PLACE))
                spans.add(s, e)
    return found


def _listed_with_its_kind(name: str, kind: str) -> bool:
    """`安定、三市、长寿等3镇`: an everyday word (安定) or a count's look (三市) is a name all the same where the
    gazetteer lists it with the ending of the township kind that closes the list (安定镇, 三市镇); villages are too
    many and too often named by words (文明村, 和谐村) to rule so."""
    return any(
        ending in kind and gazetteer.load().lookup(name + ending)
        for ending in data_longest_first("place_township_suffixes.txt")
    )


def _known_place(name: str) -> bool:
    """A name the gazetteer lists, as it is or as a short form, or a place of the world (日本, 纽约)."""
    return gazetteer.load().knows(name) or name in world_place_names()


def list_heads() -> frozenset[str]:
    """The kinds of place that close a list of bare names (data/place_list_heads.txt, place_list_division_heads.txt,
    place_name_suffixes.txt)."""
    return (
        data_words("place_list_heads.txt")
        | data_words("place_list_division_heads.txt")
        | data_words("place_name_suffixes.txt")
    )


def _first_name_start(text: str, start: int, end: int, ends: set[int]) -> int | None:
    """Where the first name of a list begins, between `start` and two characters before `end`: after a
    coverb (`以城南`), a place or a word (`开展黄田`) inside the span, else at its start where a name can."""
    for s in range(start + 1, end - 1):
        if (
            text[s - 1] in data_words("place_before_chars.txt")
            or s in ends
            or (s - start >= 2 and is_common_word(text[s - 2 : s]))
        ):
            return s
    if (
        start == 0
        or (not HAN.match(text[start - 1]) and not counted(text, start))
        or text[start - 1] in data_words("place_before_chars.txt")
    ):
        return start
    return None


_MAX_SIBLING = 4


def list_siblings(text: str, places: list[Mention]) -> list[Mention]:
    """`在十家堡、喇嘛甸、孤家子、四梨线设卡`: a bare name listed with places by 、 is a place too, where the list
    marks both its ends: between two commas, or after one and before punctuation or 等 (data/place_list_marks.tsv);
    or before one and after punctuation or a preposition. Everyday and generic words (`车站`, `各村`) and a place's
    ending alone (`农贸市场`) are none."""
    spans = Taken(len(text), ((m.start, m.end) for m in places))
    etc = data_groups("place_list_marks.tsv")["etc"]
    before = data_words("place_before_chars.txt")
    found: list[Mention] = []
    queue = sorted(places, key=lambda m: m.start)
    while queue:
        place = queue.pop()
        if inside_a_body(text, place.start, place.end):
            continue  # `县人民医院的王兆兰、城关镇卫生院的董庚臣`: the list is of the bodies' people, no places
        for start, end in (_right_sibling(text, place.end, etc), _left_sibling(text, place.start, before)):
            if start is None or spans.overlaps(start, end):
                continue
            name = text[start:end]
            # `以来有上海、吉林等地`: the known place that ends an item the gazetteer does not know is the item
            known = next((k for k in range(2, len(name) - 1) if _known_place(name[-k:])), 0)
            if known and not _known_place(name):
                start, name = end - known, name[-known:]
            # `县城主干道、农贸市场、宜章火车站`: a place's ending alone is a kind of place, no name
            kind = name in data_words("place_name_suffixes.txt")
            if kind or is_generic_stem(name) or is_common_word(name) or inside_a_body(text, start, end):
                continue
            if _listed_beside_a_kind(text, start, end):
                continue  # `对农贸市场、商超、萧县汽车站等`: a list of kinds of place, and one named; 商超 a kind
            if name.endswith(typed_body_endings()):
                # `深入各乡镇和县人民医院、县中医院、南丰汽车站`: a hospital visited is a body of a kind gold-format
                # names, no place (but a school where samples are taken is a site: `县体育馆、城关一小、西街广场`)
                continue
            mention = Mention(name, EntityType.PLACE, start, end, LISTED_PLACE)
            found.append(mention)
            queue.append(mention)
            spans.add(start, end)
    return found


def _listed_beside_a_kind(text: str, start: int, end: int) -> bool:
    """The item listed right before or after start..end (by 、) is a place's ending alone, a kind of place
    (`农贸市场`: data/place_name_suffixes.txt), so the list is of kinds."""
    kinds = data_longest_first("place_name_suffixes.txt")
    before = start >= 1 and text[start - 1] == LIST_COMMA and text.endswith(kinds, 0, start - 1)
    if before:
        kind = next(k for k in kinds if text.endswith(k, 0, start - 1))
        opener = start - 1 - len(kind) - 1
        before = (
            opener < 0 or not HAN.match(text[opener]) or text[opener] in data_words("place_before_chars.txt")
        )
    after = text[end : end + 1] == LIST_COMMA and any(
        text.startswith(k, end + 1) and not HAN.match(text[end + 1 + len(k) : end + 2 + len(k)] or "。")
        for k in kinds
    )
    return before or after


def listed_alike(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Places listed by 、 right beside a place of any reader (the model's too) and ending as it does, that no
    mention covers yet (`_same_ending_siblings`); each one found may have its own."""
    spans = Taken(len(text), ((m.start, m.end) for m in mentions))
    before = data_words("place_before_chars.txt")
    queue = sorted((m for m in mentions if m.type is EntityType.PLACE), key=lambda m: m.start)
    found: list[Mention] = []
    while queue:
        place = queue.pop()
        for start, end in _same_ending_siblings(text, place, before):
            if not spans.overlaps(start, end) and not inside_a_body(text, start, end):
                mention = Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE)
                found.append(mention)
                queue.append(mention)
                spans.add(start, end)
    return found


def _same_ending_siblings(text: str, place: Mention, before: frozenset[str]) -> list[tuple[int, int]]:
    """`到三合社区、黄土社区、沙坪社区检查`: an item listed by 、 right beside a place and ending as it does
    (data/place_division_endings.txt, place_name_suffixes.txt, place_group_endings.txt) is a name of that kind, even where its stem is an
    everyday word (黄土, 花园, 大河): the list shows it; not a kind of place (`贫困村`, `重点小区`:
    data/place_kind_modifiers.txt, place_kind_words.txt) nor a scope or demonstrative (`各村`, `该社区`)."""
    endings = (
        *data_longest_first("place_name_suffixes.txt"),
        *data_longest_first("place_division_endings.txt"),
        *data_longest_first("place_group_endings.txt"),  # `李家组、大湾组`: a village's groups
    )
    ending = (
        next((e for e in endings if place.text.endswith(e) and len(place.text) - len(e) >= 2), None)
        if place.text.endswith(endings)
        else None
    )
    if ending is None:
        return []
    found = []
    if text[place.end : place.end + 1] == LIST_COMMA:  # the item after the place
        start = place.end + 1
        for length in range(2, _MAX_SIBLING):
            if not all(HAN.match(c) for c in text[start : start + length]):
                break
            if text.startswith(ending, start + length):
                found.append((start, start + length + len(ending)))
                break
    end = place.start - 1
    if end > 0 and text[end] == LIST_COMMA and text.endswith(ending, 0, end):  # the item before it
        stem_end = end - len(ending)
        for length in range(2, _MAX_SIBLING):
            start = stem_end - length
            if start < 0 or not all(HAN.match(c) for c in text[start:stem_end]):
                break
            if (
                start == 0
                or not HAN.match(text[start - 1])
                or text[start - 1] in before
                or opens_after_a_verb_or_a_scope(text, start)
            ):
                found.append((start, end))
                break
    kinds = data_words("place_kind_words.txt")
    return [
        (start, end)
        for start, end in found
        if (stem := text[start : end - len(ending)]) not in kinds
        and not is_generic_stem(stem, word_may_name=True)
    ]


def _right_sibling(text: str, end: int, etc: Sequence[str]) -> tuple[int | None, int]:
    """The name after `、` at `end`, closed by another 、 or by 等 (a last name closed by punctuation may
    have run into its verb: `、黄田检查。`)."""
    if text[end : end + 1] != LIST_COMMA:
        return None, 0
    start = end + 1
    for length in range(2, _MAX_SIBLING + 1):
        stop = start + length
        if not all(HAN.match(c) for c in text[start:stop]) or stop > len(text):
            break
        if text.startswith((LIST_COMMA, *etc), stop):
            return start, stop
    return None, 0


def _left_sibling(text: str, start: int, before: frozenset[str]) -> tuple[int | None, int]:
    """The name before `、` at `start - 1`, opened by another 、, by punctuation or by a preposition."""
    if start < 1 or text[start - 1] != LIST_COMMA:
        return None, 0
    end = start - 1
    for length in range(2, _MAX_SIBLING + 1):
        first = end - length
        if first < 0 or not all(HAN.match(c) for c in text[first:end]):
            break
        if (
            first == 0
            or (not HAN.match(text[first - 1]) and not counted(text, first))
            or (
                text[first - 1] in before
                and text[first - 1 : first + 1] not in data_words("place_preposition_words.txt")
            )
        ):
            return first, end
    return None, 0


def whole_where_read_whole(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """`应城市吉文镇于官庄村…于官庄村村支部书记`: a place read in part where the page writes the whole name that a
    reader took whole elsewhere on the page is that whole name there too (the first 于 was read after its township,
    the second, at a line's start, as a preposition). Nothing else read may lie under the whole."""
    places = {m.text for m in mentions if m.type is EntityType.PLACE}
    spans = Taken(len(text), ((m.start, m.end) for m in mentions))
    out = []
    for m in mentions:
        whole = None
        if m.type is EntityType.PLACE:
            whole = max(
                (
                    p
                    for p in places
                    if len(p) > len(m.text)
                    and p.endswith(m.text)
                    and text.startswith(p, m.end - len(p))
                    and not spans.overlaps(m.end - len(p), m.start)
                ),
                key=len,
                default=None,
            )
        out.append(
            m if whole is None else Mention(whole, m.type, m.end - len(whole), m.end, m.source, m.name)
        )
    return tuple(out)
