"""The titles written right before a name, read right to left (`南县县委副书记、县长钟剑波`): each post phrase
back to a place name, a clause boundary or a function word, past a photo caption's position or a sender.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from epikg.extract.organizations import Prefix
from epikg.extract.post_bodies import post_place
from epikg.extract.post_links import (
    second_post_joiners,
)
from epikg.extract.post_phrases import MAX_SEGMENT, phrase_breaks, predicates
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    Title,
    alternation,
    before_post_notes,
    body_endings,
    data_groups,
    data_longest_first,
    data_words,
    digits_class,
    looks_like_body,
    noted_posts,
    opens_a_common_place_name,
    posts_alone_on_line,
    title_ending_at,
    titles,
)
from epikg.records import EntityType, Mention, Place

POST_BOUNDARY = set(",。;:!?“”\"'()《》[]【】\n\t ·")


def _division_words() -> tuple[str, ...]:
    """Division words of more than one character (`街道`, `苏木`: data/place_township_suffixes.txt)."""
    return tuple(w for w in data_words("place_township_suffixes.txt") if len(w) > 1)


def _segment_start(text: str, title_start: int, places: dict[int, Mention], limit: int) -> int:
    """Walk left over body words to a place's or body's name (included), a boundary or a function word."""
    if (
        title_start - limit > MAX_SEGMENT
    ):  # room for a body longer than a phrase's reach right before the title
        body = next((m for m in places.values() if m.end == title_start and m.start >= limit), None)
        if (
            body is not None
            and body.type is EntityType.ORGANIZATION
            and title_start - body.start > MAX_SEGMENT
        ):
            return body.start  # `北京市新冠肺炎疫情防控工作领导小组检疫检测工作组组长`
    start = title_start
    while start > limit and title_start - start < MAX_SEGMENT:
        if _after_a_joined_title(text, start):
            break  # `县民政局局长兼县监委主任`: 兼 after a title joins two posts, whatever body a reader ran over it
        # a place's or body's name begins here, whatever its first character (`那大派出所`): the phrase starts with it
        if start - 1 in places:
            return start - 1
        char = text[start - 1]
        # 道 of `宁城街道党工委书记` ends a division's word, not a verb of saying (说道)
        breaks = char in phrase_breaks() and not text.endswith(_division_words(), 0, start)
        if breaks and (name := _name_over(places, start - 1)) is not None:
            return name.start  # `县发展和改革局局长`: 和 inside a body's official name breaks no phrase
        if breaks and opens_a_common_place_name(text, start - 1):
            return start - 1  # `和平社区党委书记`: 和 opens a community's common name, no conjunction
        if char in POST_BOUNDARY or char == LIST_COMMA or breaks or not HAN.match(char):
            break  # a non-Han character ends the phrase, mojibake (`毙畔⒚`) included
        if text.endswith(data_longest_first("org_lead_verbs.txt"), 0, start):
            break  # `县市场监管局联合县公安局民警王强`: the phrase starts after the verb of working with
        word = next(
            (w for w in data_longest_first("post_phrase_break_words.txt") if text.endswith(w, 0, start)), ""
        )
        if word and not _goes_on_into_a_name(text, start - len(word), start):
            break  # `参加检查的还有县领导李明`: the phrase starts after 还有
        if text.endswith(data_longest_first("post_dateline_ends.txt"), 0, start):
            break  # `本报讯记者王明`, `武汉2月3日电外交部发言人`: a dateline ends before the post
        start -= 1
    cut = _name_over(places, start) if title_start - start >= MAX_SEGMENT else None
    # `内蒙古自治区突泉县公安局育文派出所三级警长`: a phrase too long to walk whole starts after the name it would cut
    return cut.end if cut is not None else start


@lru_cache(maxsize=1)
def _name_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What ends a body's name (lexicon.body_endings, data/org_suffixes.txt), and that with the titles, longest
    first."""
    bodies = sorted({*body_endings(), *data_words("org_suffixes.txt")}, key=len, reverse=True)
    return tuple(bodies), tuple(sorted({*bodies, *titles()}, key=len, reverse=True))


def _goes_on_into_a_name(text: str, word_start: int, word_end: int) -> bool:
    """A body's name or a title goes on from the word (`指挥部`, `指挥长`), or a body's ending follows it right away
    (`县疫情防控指挥中心主任`): the word is part of that name, no verb the phrase starts after. A title after it
    (`还有县领导`) is the post that follows the word."""
    bodies, names = _name_endings()
    return text.startswith(names, word_start) or text.startswith(bodies, word_end)


def _after_a_joined_title(text: str, at: int) -> bool:
    """A joiner of posts (data/post_title_joiners.txt: 兼) ends right before `at`, and a title word before it."""
    joiner = next((j for j in data_longest_first("post_title_joiners.txt") if text.endswith(j, 0, at)), "")
    return bool(joiner) and title_ending_at(text, at - len(joiner)) is not None


def _name_over(names: dict[int, Mention], at: int) -> Mention | None:
    """The place's or body's name that holds the character at `at` inside it (not at its start), if any."""
    return next((m for m in names.values() if m.start < at < m.end), None)


def post_chain(
    text: str,
    person: Mention,
    starts: dict[int, Mention],
    places: dict[str, Place],
    persons: Sequence[Mention] = (),
) -> list[tuple[int, str, Title, Prefix | None]]:
    """The 、-joined title segments right before a name, right to left: (start, segment, title, place prefix).

    A list of posts that opens its clause goes on across a comma (`镇党委副书记、镇长,镇疫情防控指挥部指挥长
    李明`); one after a name does not (`副县长王建华,镇党委书记刘洋`: 副县长 is 王建华's).
    """
    # `县委书记 曾凡华`, `副县长(挂职)孔德明`, `政委上校陶洪波`
    end = before_post_notes(text, person.start)
    above = before_post_notes(text, person.start, line_break=True)
    if above < end and title_ending_at(text, above) and posts_alone_on_line(text, above):
        end = above  # `县委常委、常务副县长\n姚立平`: a line of posts alone, the name on the next
    if text[end - 1 : end] == "”" and (quoted := title_ending_at(text, end - 1)) is not None:
        end -= text[end - 2 - len(quoted.word) : end - 1 - len(quoted.word)] == "“"  # `大坪村“第一书记”饶斌`
    if text[end - 1 : end] == ":" and title_ending_at(text, end - 1):
        end -= 1  # `县疾控中心主任:廖春生`, `组长:王伟(县委书记)`: a title labels the name
        while end > 0 and text[end - 1] in " \u3000":
            end -= 1
    if text[end - 1 : end] == "(" and text.startswith(")", person.end) and title_ending_at(text, end - 1):
        end -= 1  # `县公安局局长(于洪涛)、县疾控中心主任(蔺晓峰)`: the name alone in brackets after its title
    if text.startswith(
        LIST_COMMA, person.end
    ):  # `县领导有刘建华、欧阳丽`: the title heads the list (a word opens it)
        end -= next(
            (len(w) for w in data_longest_first("person_list_openers.txt") if text.endswith(w, 0, end)), 0
        )
    limit = max(0, person.start - 40)
    # `县委书记张明县长李华`: a post phrase reaches back no further than a name before it that has a title of its own
    # right before it (no 县委书记张明县政府)
    limit = max(
        [
            limit,
            *(p.end for p in persons if limit < p.end < end and title_ending_at(text, p.start) is not None),
        ]
    )
    chain = _titles_before(text, end, starts, places, limit)
    # `县委书记(县疫情防控指挥部指挥长)周建平`: a second post in brackets between the first and the name is his too
    if chain:
        for inside, close in noted_posts(text, end, person.start):
            title = title_ending_at(text, close)
            if title is None:
                continue
            start = max(inside, _segment_start(text, close - len(title.word), starts, inside))
            start += next((len(j) for j in second_post_joiners() if text.startswith(j, start)), 0)
            segment = text[start:close]
            chain.insert(0, (start, segment, title, post_place(segment, places)))
    first = chain[-1][0] if chain else 0
    # `县委常委、常务副县长,兼县疫情防控指挥部常务副指挥长何立新`: the comma, then a joiner of one person's posts
    first -= next((len(w) for w in second_post_joiners() if chain and text.endswith("," + w, 0, first)), 0)
    if first > 0 and text[first - 1] == "," and title_ending_at(text, first - 1):
        more = _titles_before(text, first - 1, starts, places, limit)
        opens = more[-1][0] if more else first
        if (
            more
            and (opens == 0 or text[opens - 1] in POST_BOUNDARY)
            and not any(opens <= p.start < first for p in persons)
        ):
            chain += more
    return chain


@lru_cache(maxsize=1)
def _caption_position() -> re.Pattern[str]:
    words = {kind: alternation(w) for kind, w in data_groups("post_caption_positions.tsv").items()}
    ordinal = rf"(?:{words['ordinal']})?{digits_class()}*(?:{words['person']})?"
    return re.compile(rf"(?:{words['position']}){ordinal}(?:{words['copula']})$")


def _verb_of_office_with_a_subject(text: str, start: int) -> bool:
    """A verb of office (data/post_predicates.txt) ends right before `start` with someone before it to hold the
    post (`刘红现任东风社区主任`); one that opens a clause has no subject, and the title goes to the name after it
    (`现任村长索朗尼玛介绍`, `,为村长李明送去`)."""
    verb = next((v for v in predicates() if text.endswith(v, 0, start)), None)
    return verb is not None and start > len(verb) and text[start - len(verb) - 1] not in POST_BOUNDARY


def _after_a_caption_mark(text: str, start: int) -> bool:
    """`图为县委书记张德胜`, `(左一为汝城县委书记曹立军)`: a caption's 为 shows who is pictured, no verb of office
    (data/post_caption_marks.txt, post_caption_positions.tsv)."""
    before = text[max(0, start - 12) : start]
    return before.endswith(data_longest_first("post_caption_marks.txt")) or bool(
        _caption_position().search(before)
    )


def _sender_start(text: str, start: int, starts: dict[int, Mention], limit: int) -> int:
    """`县人社局驻红星村第一书记`: where a post's phrase starts at the place its holder is stationed in, right after a
    station's mark (data/post_station_marks.txt), the body named before the mark that sent them starts it."""
    mark = next((m for m in data_words("post_station_marks.txt") if text.endswith(m, 0, start)), None)
    if mark is None:
        return start
    sender = next(
        (
            m
            for m in starts.values()
            if m.end == start - len(mark) and m.start >= limit and looks_like_body(m.text)
        ),
        None,
    )
    return sender.start if sender is not None else start


def _titles_before(
    text: str, end: int, starts: dict[int, Mention], places: dict[str, Place], limit: int
) -> list[tuple[int, str, Title, Prefix | None]]:
    """The title segments joined by 、 or 兼 that end at `end`, right to left."""
    chain = []
    while end > 0:
        title = title_ending_at(text, end)
        if title is None:
            break
        start = _segment_start(text, end - len(title.word), starts, limit)
        start = _sender_start(text, start, starts, limit)
        start -= next(
            (len(m) for m in data_longest_first("post_title_marks.txt") if text.endswith(m, 0, start)), 0
        )
        joiner = next(
            (j for j in data_longest_first("post_title_joiners.txt") if text.endswith(j, 0, start)), ""
        )
        if (
            _verb_of_office_with_a_subject(text, start)
            # `新任县委书记钟文斌`: a word that ends in 任 may modify the title, no verb of office
            and not text[:start].endswith(data_longest_first("post_title_modifiers.txt"))
            and not _after_a_caption_mark(text, start)
            and not (joiner and title_ending_at(text, start - len(joiner)))
        ):
            break  # `仲华兼任总指挥` is a predicate; `书记兼村委会主任`, `局长、现任政协副主席` join two posts
        segment = text[start:end]
        chain.append((start, segment, title, post_place(segment, places)))
        if not joiner:
            break
        end = before_post_notes(text, start - len(joiner))  # `县委副书记(挂职)、副县长苏东坡`
    return chain
