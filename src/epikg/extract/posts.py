"""Posts: the titles an article gives a person, and the body each title belongs to.

The genre writes posts right before the name, several joined by 、:
`南县县委副书记、县长钟剑波` gives 县委副书记 (南县县委) and 县长 (南县县政府). Each
post phrase is read right to left: a known title word, then the body words before
it back to a place name, a clause boundary or a function word. A deputy's or a
member's title before a list of names belongs to each (`副县长张明、李强`, `副镇长李红和
张伟`), a head's to the first name alone (`县长张明、李强等县领导`); a bare title right
after a name counts too (`张明县长`), and so does one after a verb of office
(`仲华担任总指挥`) or set off by commas (`王芳,县疾控中心主任,她说`).

This module reads the lists of names and whom each title belongs to; post_chains the titles before a name,
right to left; post_links the posts linked to a name in other ways; post_bodies the title and body each phrase
gives; post_phrases the words all of them share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from epikg.extract.organizations import Locality, Prefix, level_chars
from epikg.extract.paragraphs import Paragraphs
from epikg.extract.post_bodies import party_body_unit, title_and_body
from epikg.extract.post_chains import POST_BOUNDARY, post_chain
from epikg.extract.post_links import (
    post_after_comma,
    post_after_list,
    post_after_listed_names,
    post_as,
    post_by_assignment,
    posts_after,
    posts_in_list_line,
    posts_in_roster,
    posts_in_table,
)
from epikg.extract.post_phrases import MAX_SEGMENT, predicates
from epikg.lexicon import (
    LIST_COMMA,
    Title,
    data_columns,
    data_groups,
    data_longest_first,
    data_words,
    is_common_word,
    item_mark,
    org_type_rules,
    title_ending_at,
)
from epikg.records import EntityType, Mention, Place, Post


def _list_joiners() -> frozenset[str]:
    """What joins the names of a list (`、`, 和, 及, 与; data/list_joiners.txt); spaces join them too."""
    return data_words("list_joiners.txt")


def _is_head(title: str, body: str | None) -> bool:
    """A body's one head (县长, 镇党委书记; data/post_list_holders.tsv): not a title every name of a list holds,
    unless its holders are many (`各村党支部书记`, `班主任`)."""
    holders = data_groups("post_list_holders.tsv")
    marks = [mark for mark in holders["many"] if len(mark) == 1]
    many = title.endswith(holders["many"]) or any(mark in title + (body or "") for mark in marks)
    return (
        title.endswith(holders["head"]) and not many and not any(mark in title for mark in holders["deputy"])
    )


def find_posts(
    text: str,
    mentions: Sequence[Mention],
    places: dict[str, Place],
    locality: Locality,
    paragraphs: Paragraphs | None = None,
) -> tuple[list[Post], dict[str, Place]]:
    """Every post before, after or listed over every person mention, and the place a person's post is
    explicitly in; a bare post's body is of the person's paragraph's place (`paragraphs`: a roundup's town)."""
    # where a place's or a body's name begins: a post phrase reaches back no further (`她就跟着梨树县人民医院护士`),
    # unless a place written right before the body goes on the chain (`峰高街道唐冲村党支部书记`)
    name_starts = {m.start: m for m in mentions if m.type is EntityType.PLACE}
    place_ends = {m.end for m in name_starts.values()}
    name_starts |= {
        m.start: m for m in mentions if m.type is EntityType.ORGANIZATION and m.start not in place_ends
    }
    persons = sorted((m for m in mentions if m.type is EntityType.PERSON), key=lambda m: m.start)
    person_starts = {m.start for m in persons}
    posts: list[Post] = []
    seats: dict[str, Place] = {}
    person_ends = {m.end for m in persons}
    by_end: dict[int, list[tuple[str, str | None, int]]] = {}  # the posts a list's names share, by name end
    listed: list[Post] = []  # posts a name holds as a member of a list
    closed: list[Post] = []  # posts a title after a list gives its names (`李明、孙德胜等县领导`)
    person_span = {m.start: m.end for m in persons}
    article_locality = locality
    list_places: dict[int, Prefix] = {}  # the place of the first post before a name, by the name's end
    for person in persons:
        locality = paragraphs.of_bodies(person.start) if paragraphs else article_locality
        chain = post_chain(text, person, name_starts, places, persons)
        before = _posts_before(chain, locality, _place_of_the_name_before(text, chain, list_places))
        if (place := next((p for _, _, _, p in reversed(chain) if p is not None), None)) is not None:
            list_places[person.end] = place
        # `副县长张明、李强`, `副镇长李红和张伟`, `副县长 王建华 刘志强`: a deputy's or member's title over a
        # list is each name's, and so are several (`镇党委委员、副镇长戚文军、蒯丽`); a head's (`县长张明、李强等县领导`)
        # is the first name's alone, and so are all the posts of a list that holds one (`县委副书记、县长张明、李强等`)
        by_end[person.end] = before if not any(_is_head(title, body) for title, body, _ in before) else []
        if not chain:
            by_end[person.end] = by_end.get(_previous_in_list(text, person.start), [])
            listed += [Post(person.text, t, body, start, person.end) for t, body, start in by_end[person.end]]
        posts += [Post(person.text, title, body, start, person.end) for title, body, start in before]
        posts += posts_after(text, person, person_ends, person_starts, places, locality)
        if not chain:
            posts += post_after_comma(text, person, places, locality)
            posts += posts_in_list_line(text, person, places, locality)
        posts += post_as(text, person, places, locality)
        posts += posts_in_table(text, person, places, locality)
        posts += posts_in_roster(text, person, places, locality)
        posts += post_by_assignment(text, person, places, locality)
        closed += post_after_list(text, person, person_span, _list_joiners(), locality)
        posts += post_after_listed_names(text, person, person_span, locality)
        for _, _, _, prefix in chain:
            if prefix is not None and prefix.level in ("province", "prefecture", "county"):
                seats.setdefault(person.text, prefix.place)
            elif prefix is not None and (county := prefix.place.stated_county()) is not None:
                seats.setdefault(person.text, county)  # `鲁大村村支部书记鲁大超`: the county 鲁大村 lies in
    # `村党支部书记白兴亮说...副乡长王勤和白兴亮来到`: a name the article gives a post of its own is with the
    # list's first name there, not another holder of his title
    posts += _posts_of_pronouns(text, persons, person_ends, person_starts, places, article_locality)
    own = {p.person for p in posts}
    # `县长欧阳文静...副县长李明亮、孙德胜等县领导`: the list's closing title only for names with no post of their own
    # (a label's title is each name's of its list, posts of their own or not: `副组长:李华(县长)、王强(常务副县长)`)
    shared = [p for p in listed if p.person not in own or text.startswith(p.title + ":", p.start)]
    shared += [p for p in closed if p.person not in own | {q.person for q in shared}]
    posts += _assigned_over_a_list(text, persons, posts)
    posts = _of_the_items_group(text, posts + shared, mentions)
    posts += _labelled_over_lines(text, persons, posts)
    return [_of_no_one_body(p) for p in _in_their_unit(_bodies_along_a_list(text, posts))], seats


def _in_their_unit(posts: list[Post]) -> list[Post]:
    """`张建华(县卫健局党组书记、局长)`: a post in a unit's party group and a bare title of the unit's own (局长 of
    a 局, 副院长 of a 院) held by the same person after the name, as before it (_posts_before), are both in the
    unit; the party group, named only inside the title, is no body of the page's."""
    marks = data_longest_first("title_deputy_marks.txt")
    unit_of: dict[int, str] = {}  # by the post's index
    for i, post in enumerate(posts):
        unit = party_body_unit(post.organization)
        if unit is None:
            continue
        for j, other in enumerate(posts):
            own = other.title[len(next((m for m in marks if other.title.startswith(m)), "")) :]
            if other.person == post.person and other.organization is None and own[:1] == unit[-1]:
                unit_of[i] = unit_of[j] = unit
    return [replace(p, organization=unit_of[i]) if i in unit_of else p for i, p in enumerate(posts)]


def _of_no_one_body(post: Post) -> Post:
    """`各村党支部书记张明、李强`: a body of a kind (data/org_kind_modifiers.txt: 各, each) is no one body the post
    is in, nor is a bare kind (`公司总经理钭振华`: data/post_kind_bodies.txt); the title stays."""
    if post.organization and (
        post.organization.startswith(data_longest_first("org_kind_modifiers.txt"))
        or post.organization in data_words("post_kind_bodies.txt")
    ):
        return replace(post, organization=None)
    return post


def name_spans(text: str, posts: Sequence[Post]) -> list[tuple[int, int]]:
    """The spans of the post phrases that name a job, its body and its holder (`县中医院发热门诊护士长`, `核酸检测组组长
    王强`); not those that say a post was taken (`仲华担任总指挥`: a verb of office after the name)."""
    return [
        (p.start, p.end)
        for p in posts
        if not (text.startswith(p.person, p.start) and text.startswith(predicates(), p.start + len(p.person)))
    ]


# `副指挥长:`: a title labelling the names of its line and of the lines below
_LINE_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}:")


def _labelled_over_lines(text: str, persons: Sequence[Mention], posts: list[Post]) -> list[Post]:
    """`指挥长:玄明哲(市委书记)` / `宋立国(市委副书记、市长)`: a name opening a line under a line labelled by a title and
    its colon, with only such names' lines between, holds the label's post as the label's first name does."""
    openers = {m.start: m for m in persons if m.start == 0 or text[m.start - 1] == "\n"}
    found = []
    for person in openers.values():
        line = person.start
        while line > 0:
            above = text.rfind("\n", 0, line - 1) + 1
            label = _LINE_LABEL.match(text, above)
            if label is not None:
                title = title_ending_at(text, label.end() - 1)
                first = next((m for m in persons if m.start == label.end()), None)
                if title is not None and first is not None:
                    found += [
                        replace(p, person=person.text, start=person.start, end=person.end)
                        for p in posts
                        if p.person == first.text and p.title == title.word and p.start <= first.start
                    ]
                break
            if above not in openers:
                break
            line = above
    return found


def _of_the_items_group(text: str, posts: list[Post], mentions: Sequence[Mention]) -> list[Post]:
    """`(一)综合协调组。组长:陆国林`: a post of no body whose title is a group's (data/post_group_titles.txt) in a
    numbered item that the group's name opens is the group's."""
    groups = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION}
    titles = data_words("post_group_titles.txt")
    found = []
    for post in posts:
        if post.organization is None and post.title in titles:
            line = text.rfind("\n", 0, post.start) + 1
            mark = item_mark().match(text, line)
            group = groups.get(mark.end()) if mark else None
            if group is not None and group.end <= post.start:
                post = replace(post, organization=group.name or group.text)
        found.append(post)
    return found


def _assigned_over_a_list(text: str, persons: Sequence[Mention], posts: list[Post]) -> list[Post]:
    """`由县委书记饶志恒,县委副书记、县长温锦华任总指挥`: a list of names (each after its titles, set apart by commas)
    that 由 or 以 opens (data/post_by_words.txt, data/post_list_openers.txt) and a verb of taking a post closes:
    the post taken after the last name is each earlier name's too."""
    openers = (*data_words("post_by_words.txt"), *data_words("post_list_openers.txt"))
    found: list[Post] = []
    for first, after in zip(persons, persons[1:], strict=False):
        if text[first.end : first.end + 1] not in (",", LIST_COMMA) or text[after.end : after.end + 1] == ",":
            continue
        before = [p for p in posts if p.person == first.text and p.end == first.end]
        opening = min((p.start for p in before), default=first.start)
        taken = [
            p
            for p in posts
            if p.person == after.text
            and p.start == after.start
            and p.end > after.end
            and text.startswith(predicates(), after.end)
        ]
        if (
            not taken
            or not text.endswith(openers, 0, opening)
            or not _only_titles(text, first.end + 1, after.start)
        ):
            continue
        found += [replace(p, person=first.text, start=first.start, end=first.end) for p in taken]
    return found


def _only_titles(text: str, start: int, end: int) -> bool:
    """The words from start to end are titles only, joined by 、 (`县委副书记、县长`), each phrase closed by a title
    word (data/titles.tsv): the next name's posts, nothing said between the names."""
    at = start
    for phrase in text[start:end].split(LIST_COMMA):
        at += len(phrase)
        if not phrase or len(phrase) > MAX_SEGMENT or title_ending_at(text, at) is None:
            return False
        at += 1
    return True


def _posts_of_pronouns(
    text: str,
    persons: Sequence[Mention],
    person_ends: set[int],
    person_starts: set[int],
    places: dict[str, Place],
    locality: Locality,
) -> list[Post]:
    """`张三,1975年出生,中共党员。2015年起,他担任红星村党支部书记`: a pronoun (data/post_pronouns.txt) opening a
    clause before a verb of office or a copula stands for the last name before it in its paragraph, where that
    name opens its own clause (the profile's subject) and no other name comes between."""
    found: list[Post] = []
    for pronoun in data_longest_first("post_pronouns.txt"):
        at = text.find(pronoun)
        while at >= 0:
            end = at + len(pronoun)
            before = [m for m in persons if m.end <= at]
            subject = before[-1] if before else None
            if (
                subject is not None
                and (at == 0 or text[at - 1] in POST_BOUNDARY or text[at - 1] == LIST_COMMA)
                and "\n" not in text[subject.end : at]
                and (subject.start == 0 or text[subject.start - 1] in POST_BOUNDARY)
            ):
                stand_in = Mention(subject.text, EntityType.PERSON, at, end, subject.source)
                found += [
                    replace(p, start=subject.start)
                    for p in posts_after(text, stand_in, person_ends, person_starts, places, locality)
                ]
            at = text.find(pronoun, end)
    return found


def _bodies_along_a_list(text: str, posts: list[Post]) -> list[Post]:
    """`东城街道办事处主任马丽,副主任赵刚`, `县人武部部长王维、政委李白`, `县卫健局党组书记、局长李强,党组成员、副局长
    王敏`: the posts before a name that comes, after a comma or 、, right after a name with posts in a named
    unit are held in that unit where they have no body of their own (or only a bare party group: 党组) and are
    a deputy of one of its titles (data/title_deputy_marks.txt), its partner (data/post_unit_partners.tsv) or
    a post in its party group."""
    marks = tuple(data_words("title_deputy_marks.txt"))
    partners = {(head, partner) for head, partner, *_ in data_columns("post_unit_partners.tsv")}
    party = data_words("post_party_bodies.txt")
    heads: dict[int, list[Post]] = {}
    for post in posts:
        if post.organization is not None and post.organization not in party:
            heads.setdefault(post.end, []).append(post)
    opening = {}  # (person, end) -> where the posts before the name begin
    for post in posts:
        key = (post.person, post.end)
        opening[key] = min(opening.get(key, post.start), post.start)

    def same_unit(title: str, head: str, body: str | None) -> bool:
        mark = next((m for m in marks if title.startswith(m)), "")
        return bool(
            (mark and head.endswith(title[len(mark) :]))
            or any(head.endswith(h) and title == p for h, p in partners)
            or (body in party and title.startswith(body))
        )

    shared = []
    for post in posts:
        start = opening[(post.person, post.end)]
        before = heads.get(start - 1, []) if text[start - 1 : start] in ",，、" else []
        if post.organization is None or post.organization in party:
            unit = next(
                (h.organization for h in before if same_unit(post.title, h.title, post.organization)), None
            )
            post = replace(post, organization=unit or post.organization)
        if post.organization in data_words("post_bodies_of_bodies.txt"):
            post = replace(post, organization=None)  # `党组` of no unit the page names: no body
        shared.append(post)
    return shared


def _previous_in_list(text: str, start: int) -> int:
    """Where the name before this one in a list ends: across spaces, one joiner (、, 和) and a bracket after the name
    before (-1 if none)."""
    at = start
    while at > 0 and text[at - 1] in " \u3000":
        at -= 1
    if at < start:
        return at
    if at > 0 and text[at - 1] in _list_joiners() and not is_common_word(text[at - 1 : at + 1]):
        if text[at - 2 : at - 1] == ")" and (opening := text.rfind("(", max(0, at - 24), at - 2)) > 0:
            return opening  # `副组长:李华(县长)、王强(常务副县长)`: past the bracket after the name before
        return at - 1  # not `及时`, `和谐`: a joiner that begins a word joins nothing
    return -1


def _place_of_the_name_before(
    text: str, chain: list[tuple[int, str, Title, Prefix | None]], list_places: dict[int, Prefix]
) -> Prefix | None:
    """The place of the posts of the name right before this name's posts, across a comma or 、 (`原公镇党委书记
    陶静、镇长晏国强`: 原公镇's 镇长, in a page about another town)."""
    if not chain:
        return None
    start = chain[-1][0]
    return list_places.get(start - 1) if text[start - 1 : start] in (LIST_COMMA, ",", "，") else None


def _posts_before(
    chain: list[tuple[int, str, Title, Prefix | None]], locality: Locality, listed: Prefix | None = None
) -> list[tuple[str, str | None, int]]:
    """(title, body, phrase start) of the post segments before a name; `listed` is the place of the posts of
    the name before, in a list."""
    found: list[tuple[str, str | None, int]] = []
    # A post with neither place nor body of its own shares the place of the first post in its list, or of the
    # list of names it is in.
    shared = next((p for _, _, _, p in reversed(chain) if p is not None), listed)
    # the chain index of a post in a party group -> the unit whose own post follows it
    in_unit: dict[int, str] = {}
    for i, (start, segment, title, place) in enumerate(chain):
        if not title.is_post:
            continue
        bare = place is None and title.body is None and segment == title.word
        # `县卫健局党组书记、局长`: a bare title after a post in a body's party group is the body's own post
        unit = (
            party_body_unit(title_and_body(*chain[i + 1][1:], locality)[1])
            if bare and i + 1 < len(chain)
            else None
        )
        if unit is not None:
            found.append((title.word, unit, start))
            in_unit[i + 1] = unit
            continue
        # `党组书记` after `局长`: a title of a body, written bare
        alone = place is None and segment == title.word
        body = _body_of_the_post_before(title, chain[i + 1 :], locality) if alone else None
        if body is not None:
            found.append((title.word, body, start))
            continue
        # `东湖社区党委书记、主任`: a community's or village's head (of the place itself); a town's bare title
        # (`石桥镇党委委员、组织委员`) names no body, and the town is none
        if bare and shared is not None and shared.level == "village":
            found.append((title.word, shared.name, start))
            continue
        title_text, body = title_and_body(segment, title, place, locality, shared)
        # `县卫健局党组书记、局长`: the person's body is the last-listed post's (gold-format), the bureau; its party
        # group, named only inside the title, is no body of the page's
        found.append((title_text, in_unit.get(i, body), start))
    return _committee_departments(_unit_runs(chain, found, in_unit))


def _unit_runs(
    chain: list[tuple[int, str, Title, Prefix | None]],
    found: list[tuple[str, str | None, int]],
    in_unit: dict[int, str],
) -> list[tuple[str, str | None, int]]:
    """`县公安局党委书记、局长、督察长`: bare titles listed after a unit's own post (局长, read after its party
    post) are the unit's too, as far as the run of bare titles goes."""
    bodies = {start: body for _, body, start in found}
    unit_of = {chain[i - 1][0]: unit for i, unit in in_unit.items()}  # a unit's own post, by phrase start
    for i in range(len(chain) - 2, -1, -1):  # left to right: the chain runs from the name back
        start, segment, title, place = chain[i]
        bare = place is None and title.body is None and segment == title.word
        if bare and bodies.get(start, "") is None and chain[i + 1][0] in unit_of:
            unit_of[start] = bodies[start] = unit_of[chain[i + 1][0]]
    return [(title, bodies[start], start) for title, _, start in found]


def _body_of_the_post_before(
    title: Title, before: list[tuple[int, str, Title, Prefix | None]], locality: Locality
) -> str | None:
    """A bare title listed right after a post in a named unit is held in that unit too: `石桥集团公司董事长、
    总经理` (the company's), `县卫健局局长、党组书记` (县卫健局党组, not a bare 党组). A unit that is a place's
    seat (its government, its village committee: data/post_seat_bodies.txt) lends it nothing: the place's party
    organization is the post's (`石桥镇镇长、党委书记`: 石桥镇党委), as the list's place gives it."""
    if not before or title.body not in (None, *data_words("post_party_bodies.txt")):
        return None
    _, segment, prev_title, place = before[0]
    if not prev_title.is_post:
        return None
    unit = title_and_body(segment, prev_title, place, locality)[1]
    if unit is None or _a_party_committee(unit) or party_body_unit(unit) is not None:
        return None
    if unit.endswith(data_longest_first("post_seat_bodies.txt")):
        return None  # the seat's party committee is the place's (read as before); `镇长、主任` names no seat's post
    return unit if title.body is None else unit + title.body


def _a_party_committee(body: str) -> bool:
    """`泸溪县委`, `镇党委`: a body whose ending types it a party committee (data/org_types.tsv)."""
    return (
        next((kind for ending, kind in org_type_rules() if body.endswith(ending)), None) == "party_committee"
    )


def _committee_departments(found: list[tuple[str, str | None, int]]) -> list[tuple[str, str | None, int]]:
    """`县委常委、宣传部部长`: a committee's department (data/post_committee_departments.txt) named bare after a
    post in a party committee is that committee's (奇台县委宣传部); a department before it is none
    (`县委常委、组织部部长、统战部部长`: 县委统战部, no 组织部统战部)."""
    departments = data_words("post_committee_departments.txt")
    shared = []
    for title, body, start in found:
        committee = max(
            (
                (s, b)
                for _, b, s in found
                if b and s < start and _a_party_committee(b) and b not in departments
            ),
            default=None,
        )
        if body in departments and committee is not None:
            body = committee[1] + body
        shared.append((title, _paired_body(title, body, start, found), start))
    return shared


def _paired_body(
    title: str, body: str | None, start: int, found: list[tuple[str, str | None, int]]
) -> str | None:
    """`县委常委、纪委书记`, `县纪委书记、监委主任`, `县人民政府副县长、办公室主任`: a body named bare in a title
    after the post before it that it goes with (data/post_paired_bodies.tsv) is of that post's place and level
    (县纪委, not the article's town's; 县监委) or a unit of its body (县人民政府办公室)."""
    before = max(((s, b) for _, b, s in found if b and s < start), default=None)
    if body is None or before is None:
        return body
    for ending, bare, how in _pairs():
        if title.startswith(bare) and before[1].endswith(ending):
            if how == "within":
                return before[1] + bare
            level = max((i for i, c in enumerate(before[1]) if c in level_chars()), default=None)
            return _of_level(before[1][: level + 1], bare) if level is not None else body
    return body


def _of_level(written: str, bare: str) -> str:
    """The bare body of the place and level a body is written with (`平江县` of 平江县委 -> 平江县政府): the level
    once (`乌审旗` of 乌审旗旗委, no 乌审旗旗政府), and no party prefix on a body of the state (中共平江县委 ->
    平江县政府, but 中共平江县纪委)."""
    if len(written) > 1 and written[-1] == written[-2]:
        written = written[:-1]
    if not _a_party_committee(bare):
        written = written.removeprefix(
            next((p for p in data_longest_first("org_party_prefixes.txt") if written.startswith(p)), "")
        )
    return written + bare


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str, str], ...]:
    return tuple((r[0], r[1], r[2]) for r in data_columns("post_paired_bodies.tsv") if len(r) == 3)
