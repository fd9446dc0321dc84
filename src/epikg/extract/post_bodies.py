"""The title and the body a post phrase gives: the place's name comes off the title and the body takes it
(`苍南县委书记`: 县委书记 of 苍南县委), a bare title's body is the one it implies (`县长`: the county's
government), and a title with no place of its own takes the list's or the article's."""

from __future__ import annotations

from functools import cache

from epikg.extract.organizations import (
    Locality,
    Prefix,
    level_chars,
    place_prefix,
    resolve,
    township_words,
    village_words,
    with_place,
)
from epikg.extract.place_divisions import city_suffixes
from epikg.lexicon import (
    Title,
    data_groups,
    data_longest_first,
    data_words,
    ends_inside_a_word,
    is_common_word,
    looks_like_body,
    titles,
)
from epikg.records import Place


def _committees() -> tuple[str, ...]:
    """`委` after a place's name and before a title (`苍南县委书记`): the place's committee (data/org_committees.tsv)."""
    return data_groups("org_committees.tsv")["committee"]


def level_body_starts() -> tuple[str, ...]:
    """Bodies named by a level character (县委, 镇政府): after a place name the level stays in the title."""
    return tuple(data_words("post_level_bodies.txt"))


def party_body_unit(body: str | None) -> str | None:
    """`县卫健局` of `县卫健局党组`: the body whose own party organization (data/post_party_bodies.txt) this is."""
    if body is None:
        return None
    ending = next(
        (e for e in data_longest_first("post_party_bodies.txt") if body.endswith(e)),
        None,
    )
    unit = body[: -len(ending)] if ending else ""
    return unit if looks_like_body(unit) else None


def post_place(segment: str, places: dict[str, Place]) -> Prefix | None:
    """The places a post's phrase starts with (organizations.place_prefix), also after a mark of how the post is
    held (`原平江县副县长`: data/post_title_marks.txt); a mark before a level's character is that mark, never the
    first character of a place's name (`原村党支部书记`: the former village secretary, not 原村's)."""
    mark = next((m for m in data_longest_first("post_title_marks.txt") if segment.startswith(m)), "")
    if mark and segment[len(mark) : len(mark) + 1] in level_chars():
        return place_prefix(segment[len(mark) :], places)  # `原村党支部书记`: a former one, not 原村's
    found = place_prefix(segment, places)
    return found if found is not None or not mark else place_prefix(segment[len(mark) :], places)


def title_and_body(
    segment: str, title: Title, place: Prefix | None, locality: Locality, shared: Prefix | None = None
) -> tuple[str, str | None]:
    """(title without the place prefix, the body the post belongs to); `shared` is the place of the list's
    first post, which a later post of its level is in (`东湖社区党委书记、居委会主任`: 东湖社区居委会). A post
    held before or on secondment (`原县委书记`, `挂职副县长`: data/post_title_marks.txt) keeps its mark in the title;
    its body is the body."""
    stationed = _stationed(segment, title)
    if (
        stationed is not None
    ):  # `省财政厅驻小岗村第一书记`: the first secretary the provincial finance office sent
        return title.word, (_in_place(None, stationed, locality) if stationed else None)
    written = place.written if place is not None else ""
    lead = next(
        (m for m in data_longest_first("post_title_marks.txt") if segment.startswith(m + written)), ""
    )
    if lead and written:  # `原平江县副县长`: the mark before the place
        title_text, body = title_and_body(segment[len(lead) :], title, place, locality, shared)
        return lead + title_text, body
    mark = next(
        (m for m in data_longest_first("post_title_marks.txt") if segment.startswith(m, len(written))), ""
    )
    rest = segment[len(written) + len(mark) :]
    if mark and (rest[:1] in level_chars() or rest == title.word or place is not None):
        title_text, body = title_and_body(written + rest, title, place, locality, shared)
        return mark + title_text, body
    if place is not None and len(segment) - len(title.word) < len(written) <= len(segment):
        # `东庄村支书`, `城关镇长`, `红星村主任`: the title's level character is the place's last (村支书 of 东庄村)
        return title.word, with_place(place.name, title.body) if title.body is not None else None
    stray = segment[: len(segment) - len(title.word)]
    # `该村原党支部书记`, `村原党支部书记`: the village's former secretary, the mark after the level's character
    at = 2 if stray[:1] in data_words("org_scope_chars.txt") else 1
    held = next((m for m in data_longest_first("post_title_marks.txt") if stray.startswith(m, at)), "")
    if place is None and held and stray[at - 1 : at] in level_chars():
        title_text, body = title_and_body(
            segment[:at] + segment[at + len(held) :], title, place, locality, shared
        )
        return held + title_text, body
    if place is None and stray[:1] in data_words("org_scope_chars.txt") and stray[1:2] in level_chars():
        segment, stray = segment[1:], stray[1:]  # `该县县长`, `我镇镇长`: the article's own county's, town's
        if stray in level_chars():  # the level character repeats before the title: one is enough
            segment, stray = segment[1:], ""
    if (
        place is None
        and len(stray) == 2
        and stray[:1] in data_words("org_scope_chars.txt")
        and stray[1:] not in level_chars()
    ):
        # `该局四级调研员`, `我院护士长`: the unit the article spoke of, not named here
        return title.word, None
    if (
        place is None
        and stray[:1] in data_words("org_referent_chars.txt")
        and stray[1:2] not in level_chars()
    ):
        return segment, None  # `该中心首席专家`: a body named before, which this phrase does not name
    if place is None and stray in data_words("post_unit_chars.txt") and title.body is not None:
        return segment, None  # `院党委书记`: the hospital's committee, which the page does not name
    if place is None and len(stray) == 1 and stray not in level_chars() and stray not in _committees():
        segment = title.word  # `参加的有副县长`: one character before a title is the sentence's, no body
    elif place is None and (at := _sentence_words_before_body(stray)):
        segment = segment[at:]  # `还有县政府办主任`: the body starts at its level character
    prefix = place.written if place is not None else ""
    rest = segment[len(prefix) :]
    # 苍南县委书记 -> 县委书记, 浦市镇党委书记 -> 镇党委书记: the level stays in the title.
    # Not a 社区's 区, which names no district: the level character must be the place's own level; a prefecture's
    # 州 or 盟, no level character of a bare body's (台州日报), stays too (恩施州委书记 -> 州委书记).
    keeps_level = (
        place is not None
        and (
            level_chars().get(prefix[-1]) == place.level
            or (prefix[-1] not in level_chars() and prefix[-1] in data_groups("org_committees.tsv")["level"])
            # a county-level city's 市 (瑞丽市委副书记 -> 市委副书记, not 委副书记)
            or (place.level == "county" and prefix.endswith(city_suffixes()))
        )
        and rest.startswith(level_body_starts())
    )
    title_text = prefix[-1] + rest if keeps_level else rest
    body_part = rest[: len(rest) - len(title.word)]
    if (
        body_part
        and body_part not in level_chars()
        and body_part not in _committees()
        and not looks_like_body(body_part)
    ):
        fused = _fused_body(body_part, title.word) if title.body is None and not keeps_level else ""
        if fused:  # `公安局长`, `组织部长`, `交警大队长`: the unit's last characters are the title's first
            if place is None and shared is not None and _in_level_of(shared, fused, implied=False):
                return title_text, with_place(shared.name, fused)  # `沙湾镇党委委员、武装部长`
            return title_text, _in_place(place, fused, locality)
        named = _named_body_before(body_part) if title.body is None and not keeps_level else ""
        if named:  # 中国疾控中心 + 首席流行病学 + 专家: the body, then words of the title
            return title_text, _in_place(place, named, locality)
        if title.body is None:
            body_part = ""  # 政法委员: the words belong to the title
        else:  # a named unit: 湖景新城小区 + 党支部书记 is 党支部书记 of 湖景新城小区党支部
            return title_text[len(body_part) :], _in_place(place, body_part + title.body, locality)
    if title.body is None:
        # `村卫生员`, `镇网格员`: a level character alone before a title that implies no body names none
        body = body_part if body_part not in ("", *level_chars()) else None
    elif not body_part:
        body = title.body  # 县长 -> 县政府, 村支书 -> 村党支部
    elif body_part.endswith(title.body.lstrip("".join(level_chars()))):
        body = body_part  # 县政府副县长 -> 县政府
    else:
        body = body_part + title.body  # 镇党委书记 -> 镇党委, 卫健委党组书记 -> 卫健委党组
    if body is None:
        return title_text, None
    implied = title.body is not None
    if place is None and shared is not None and _in_level_of(shared, body, implied=implied):
        return title_text, with_place(shared.name, body)
    if place is not None and body in data_words("org_bodies_as_written.txt") and prefix == place.name:
        # `下湾村村委会主任`, `向阳村委会主任`: the committee written right after its village, kept as written
        written = next((w for w in (prefix + body, prefix[:-1] + body) if segment.startswith(w)), None)
        if written is not None and prefix.endswith(body[:1]):
            return title_text, written
    return title_text, _in_place(place, body, locality, implied=implied)


def _stationed(segment: str, title: Title) -> str | None:
    """The body that sent a post's holder where the post is held (data/post_station_marks.txt: `省财政厅驻小岗村
    第一书记` -> 省财政厅; `驻村第一书记` -> ''), None where the segment names no station: a mark, then a village's,
    community's or township's name or ending (data/place_village_suffixes.txt, place_township_suffixes.txt) right
    before the title."""
    head = segment[: len(segment) - len(title.word)]
    endings = (*data_words("place_village_suffixes.txt"), *data_words("place_township_suffixes.txt"))
    for mark in data_words("post_station_marks.txt"):
        at = head.rfind(mark)
        if at < 0 or not head.endswith(tuple(endings)) or len(head) - at - len(mark) > _STATION_LONGEST:
            continue
        sender = head[:at]
        return sender if looks_like_body(sender) else ""
    return None


_STATION_LONGEST = 8  # 小岗村, 东湖社区, 北滘镇碧江社区: the place after the mark


@cache
def _title_bodies() -> frozenset[str]:
    """The bodies bare titles imply (data/titles.tsv: 党委, 党支部): a unit named before one (`全国妇联党组`,
    `卫健委党组`) is no body of the article's own township's; it keeps its own name."""
    return frozenset(t.body for t in titles().values() if t.body is not None)


def _fused_body(words: str, title: str) -> str:
    """The body a title written fused to its unit names (`公安` + `局长`: 公安局; `交警` + `大队长`: 交警大队; a
    deputy's too, `公安` + `副局长`): the words before the title and its head's first one or two characters, where
    they end like a body's name and the title is a head's (data/post_fused_heads.txt); else empty."""
    deputy = next((m for m in data_longest_first("title_deputy_marks.txt") if title.startswith(m)), "")
    head = title[len(deputy) :]
    if head not in data_words("post_fused_heads.txt"):
        return ""
    return next((words + head[:k] for k in (2, 1) if len(head) > k and looks_like_body(words + head[:k])), "")


def _named_body_before(words: str) -> str:
    """The longest start of the words before a title that is a body's name, where the rest is no body's nor a
    section's (`中国疾控中心首席流行病学` before 专家: 中国疾控中心); empty where none is."""
    # `县卫健局疾控股`, `区疾控流调组`: a section or a unit, whose name the body rules read whole; `该中心`: the
    # body the article spoke of, not named here
    unit = words.endswith((*data_words("org_sections.txt"), *data_words("post_unit_endings.txt")))
    if unit or words[:1] in data_words("org_scope_chars.txt"):
        return ""
    # `中国移动安吉分公司网络部`: no body ends inside a word (网 of 网络: the company, then its department)
    return next(
        (
            words[:end]
            for end in range(len(words) - 1, 1, -1)
            if looks_like_body(words[:end]) and not ends_inside_a_word(words, end)
        ),
        "",
    )


def _sentence_words_before_body(stray: str) -> int:
    """Where a body named by its level character starts after the sentence's own words (`还有县政府办`,
    `有县卫健局`: an everyday word or one of data/post_words_before_body.txt, then 县): 0 where none stands
    so."""
    at = next((i for i, c in enumerate(stray) if c in level_chars()), 0)
    before = stray[:at]
    if not before or not looks_like_body(stray[at:]):
        return 0
    words = data_words("post_words_before_body.txt")
    return at if is_common_word(before) or before in words else 0


def _in_level_of(place: Prefix, body: str, *, implied: bool) -> bool:
    """A body named by a level character of the place's level (镇政府 after 城关镇), a title's own body at a
    village or community (居委会 after 东湖社区), or a unit a town or village has (武装部 after 沙湾镇)."""
    level = level_chars().get(body[:1])
    if level is not None:
        return level == place.level
    # a town's or village's own unit after its first post (`沙湾镇党委委员、武装部长`: 沙湾镇武装部)
    return (implied and place.level == "village") or (not implied and place.level in ("township", "village"))


def _in_place(place: Prefix | None, body: str, locality: Locality, *, implied: bool = False) -> str:
    """The body's full name: with the phrase's own place, else the article's place of its level."""
    if place is not None:
        return with_place(place.name, body)
    if body[:1] in level_chars() or body.startswith(data_longest_first("org_level_prefixes.txt")):
        return resolve(body, locality)  # `县政府`: the article's county's; `团县委`: its Youth League's
    if (
        body.startswith((*village_words(), *township_words()))
        and (resolved := resolve(body, locality)) != body
    ):
        return resolved  # `社区党委`: the article's community's; `街道党工委`: its street's
    if body in data_words("post_bodies_of_bodies.txt"):
        return body  # `党组`: a body's, never a place's; the unit it is of comes from the posts around it
    if (
        implied and body in _title_bodies()
    ):  # 党委书记: the party committee of the article's own township or county
        levels = ("village",) if body in data_words("post_branch_bodies.txt") else ("township", "county")
        lowest = next((lv for lv in levels if lv in locality.by_level), None)
        return with_place(locality.prefix(lowest), body) if lowest else body
    return body
