"""Posts: the titles an article gives a person, and the body each title belongs to.

The genre writes posts right before the name, several joined by 、:
`南县县委副书记、县长钟剑波` gives 县委副书记 (南县县委) and 县长 (南县县政府). Each
post phrase is read right to left: a known title word, then the body words before
it back to a place name, a clause boundary or a function word. A deputy's or a
member's title before a list of names belongs to each (`副县长张明、李强`, `副镇长李红和
张伟`), a head's to the first name alone (`县长张明、李强等县领导`); a bare title right
after a name counts too (`张明县长`), and so does one after a verb of office
(`仲华担任总指挥`) or set off by commas (`王芳,县疾控中心主任,她说`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from epikg.extract.organizations import Locality, level_chars, place_prefix, resolve, with_place
from epikg.lexicon import (
    HAN,
    Title,
    data_groups,
    data_words,
    is_common_word,
    looks_like_body,
    org_type_rules,
    phrase_ends_at,
    titles,
)
from epikg.records import EntityType, Mention, Place, Post

_MAX_SEGMENT = 16
_LEVEL_BODY_TYPES = ("party_committee", "government")
_BOUNDARY = set(",。;:!?“”\"'()《》[]【】\n\t ·")


def _committees() -> tuple[str, ...]:
    """`委` after a place's name and before a title (`苍南县委书记`): the place's committee (data/org_committees.tsv)."""
    return data_groups("org_committees.tsv")["committee"]


def _level_body_starts() -> tuple[str, ...]:
    """Bodies named by a level character (县委, 镇政府): after a place name the level stays in the title."""
    return tuple(data_words("post_level_bodies.txt"))


def _phrase_breaks() -> frozenset[str]:
    """Characters that cannot be inside a body's name: where a post phrase starts."""
    return data_words("post_phrase_breaks.txt")


def _predicates() -> tuple[str, ...]:
    """`为`, `担任`: a title after these belongs to the name before (`周力农为第一指挥长`), longest first."""
    return tuple(sorted(data_words("post_predicates.txt"), key=len, reverse=True))


def _appositions() -> tuple[str, ...]:
    """`(`, `,女,`: a title phrase after these describes the name before (`张爱民(县疾控中心主任)`)."""
    return tuple(sorted(data_words("post_appositions.txt"), key=len, reverse=True))


def _list_joiners() -> frozenset[str]:
    """What joins the names of a list (`、`, 和, 及, 与; data/list_joiners.txt); spaces join them too."""
    return data_words("list_joiners.txt")


def _is_head(title: str) -> bool:
    """A body's one head (县长, 镇党委书记; data/post_list_holders.tsv): not a title every name of a list holds."""
    holders = data_groups("post_list_holders.tsv")
    return title.endswith(holders["head"]) and not any(mark in title for mark in holders["deputy"])


def _party_body_unit(body: str | None) -> str | None:
    """`县卫健局` of `县卫健局党组`: the body whose own party organization (data/post_party_bodies.txt) this is."""
    if body is None:
        return None
    ending = next(
        (e for e in sorted(data_words("post_party_bodies.txt"), key=len, reverse=True) if body.endswith(e)),
        None,
    )
    unit = body[: -len(ending)] if ending else ""
    return unit if looks_like_body(unit) else None


def _title_ending_at(text: str, end: int) -> Title | None:
    """The longest title word that ends at `end`."""
    table = titles()
    for length in range(min(max(map(len, table)), end), 1, -1):
        title = table.get(text[end - length : end])
        if title is not None:
            return title
    return None


def _segment_start(text: str, title_start: int, places: dict[int, Mention], limit: int) -> int:
    """Walk left over body words to a place name (included), a boundary or a function word."""
    start = title_start
    while start > limit and title_start - start < _MAX_SEGMENT:
        char = text[start - 1]
        if char in _BOUNDARY or char == "、" or char in _phrase_breaks() or not HAN.match(char):
            break  # a non-Han character ends the phrase, mojibake (`毙畔⒚`) included
        start -= 1
        if start in places:  # a place name begins here: the phrase starts with it
            break
    return start


def _own_segment_end(post: Post, posts: Sequence[Post]) -> int:
    """Where a post's own phrase ends: at the next post of the same list (`县人大常委会副主任、卫健委党组书记张明`)."""
    later = [
        p.start
        for p in posts
        if p.person == post.person and p.end == post.end and post.start < p.start < post.end
    ]
    return min(later, default=post.end)


def phrase_bodies(
    posts: Sequence[Post], mentions: Sequence[Mention], bodies: dict[str, str]
) -> tuple[list[Post], dict[str, str]]:
    """Each post with the body named in its own phrase, and what each such body is called as the post's.

    A title word that gives no body takes the one its phrase names (`县政协副主席`: 县政协); where the post
    names its body with the phrase's place (沈丘县卫健委党组), the body mention read inside it (卫健委党组)
    is that body. `bodies` maps an organization mention's text to the body's full name.
    """
    orgs = [m for m in mentions if m.type is EntityType.ORGANIZATION and m.text in bodies]
    found, named_as = [], {}
    for post in posts:
        end = _own_segment_end(post, posts)
        inside = [m for m in orgs if post.start <= m.start and m.end <= end]
        if inside:
            body = bodies[max(inside, key=lambda m: m.end).text]
            if post.organization is None:
                post = replace(post, organization=body)
            named_as[body] = post.organization
        found.append(post)
    return found, named_as


def _title_word(text: str, post: Post, posts: Sequence[Post]) -> tuple[int, Title] | None:
    """The title word of a post's own phrase and where it starts (`副书记` of `澧县县委副书记`, `组长` of `巡查组组长`)."""
    stop = _own_segment_end(post, posts)
    if stop < post.end:
        stop -= 1  # the 、 before the next post of the list
    elif (
        text.startswith(post.person, post.end - len(post.person)) and post.end - len(post.person) > post.start
    ):
        stop = post.end - len(post.person)  # a post before the name
        while stop > post.start and text[stop - 1] in " \u3000":
            stop -= 1
    title = _title_ending_at(text, stop)
    return (stop - len(title.word), title) if title is not None else None


def _body_type(name: str) -> str:
    """A body's type by its name's ending (data/org_types.tsv), as ner/bodies.org_type reads it."""
    return next((kind for ending, kind in org_type_rules() if name.endswith(ending)), "other_body")


def _level_body(name: str) -> bool:
    """A committee or government of a level (`县委`, `镇政府`), or a level's congress or conference named by its
    level (`县人大常委会`, `县政协`: data/post_level_bodies.txt)."""
    return _body_type(name) in _LEVEL_BODY_TYPES or any(
        name[i] in level_chars() and name.startswith(_level_body_starts(), i + 1)
        for i in range(len(name) - 1)
    )


def outside_posts(text: str, mentions: Sequence[Mention], posts: Sequence[Post]) -> tuple[Mention, ...]:
    """The mentions less the bodies that a post's own title word spells (`县委副书记、县长张明`: 县委 is named
    only as his post).

    Such a body is the post's (`org:organization`), not one the article names on its own: the gold lists only
    the body of a person's last-listed post, and that one the post carries. A body named before a bare title
    (`巡查组组长`, `救援队队员`) is named on its own and stays.
    """
    spelled = []  # (phrase start, title word start, whether the title implies its body, segment end)
    for post in posts:
        found = _title_word(text, post, posts)
        if found is not None:
            start, title = found
            spelled.append((post.start, start, title.body is not None, _own_segment_end(post, posts)))

    def posts_own(m: Mention) -> bool:
        # The title word overlaps the body (县委书记), implies it (党组书记 after 卫健委党组), or follows a
        # committee or government of a level (县委 + 副书记, 县人大常委会 + 副主任), which the post names.
        return any(
            s <= m.start
            and m.end <= end
            and (m.end > first or (m.end == first and (implied or _level_body(m.text))))
            for s, first, implied, end in spelled
        )

    return tuple(m for m in mentions if m.type is not EntityType.ORGANIZATION or not posts_own(m))


def _post(
    segment: str, title: Title, place: Place | None, locality: Locality, shared: Place | None = None
) -> tuple[str, str | None]:
    """(title without the place prefix, the body the post belongs to); `shared` is the place of the list's
    first post, which a later post of its level is in (`东湖社区党委书记、居委会主任`: 东湖社区居委会)."""
    stray = segment[: len(segment) - len(title.word)]
    if place is None and len(stray) == 1 and stray not in level_chars() and stray not in _committees():
        segment = title.word  # `参加的有副县长`: one character before a title is the sentence's, no body
    prefix = place.name if place is not None else ""
    rest = segment[len(prefix) :]
    # 苍南县委书记 -> 县委书记, 浦市镇党委书记 -> 镇党委书记: the level stays in the title.
    # Not a 社区's 区, which names no district: the level character must be the place's own level.
    keeps_level = (
        place is not None
        and level_chars().get(prefix[-1]) == place.level
        and rest.startswith(_level_body_starts())
    )
    title_text = prefix[-1] + rest if keeps_level else rest
    body_part = rest[: len(rest) - len(title.word)]
    if (
        body_part
        and body_part not in level_chars()
        and body_part not in _committees()
        and not looks_like_body(body_part)
    ):
        if title.body is None:
            body_part = ""  # 政法委员: the words belong to the title
        else:  # a named unit: 湖景新城小区 + 党支部书记 is 党支部书记 of 湖景新城小区党支部
            return title_text[len(body_part) :], _in_place(place, body_part + title.body, locality)
    if title.body is None:
        body = body_part or None
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
        return title_text, with_place(shared, body)
    return title_text, _in_place(place, body, locality, implied=implied)


def _in_level_of(place: Place, body: str, *, implied: bool) -> bool:
    """A body named by a level character of the place's level (镇政府 after 城关镇), or a title's own body at a
    village or community (居委会 after 东湖社区)."""
    level = level_chars().get(body[:1])
    return level == place.level if level is not None else implied and place.level == "village"


def _in_place(place: Place | None, body: str, locality: Locality, *, implied: bool = False) -> str:
    """The body's full name: with the phrase's own place, else the article's place of its level."""
    if place is not None:
        return with_place(place, body)
    if body[:1] in level_chars():
        return resolve(body, locality)
    if implied:  # 党委书记: the party committee of the article's own township or county
        lowest = next(
            (locality.by_level[lv] for lv in ("township", "county") if lv in locality.by_level), None
        )
        return with_place(lowest, body) if lowest else body
    return body


def find_posts(
    text: str, mentions: Sequence[Mention], places: dict[str, Place], locality: Locality
) -> tuple[list[Post], dict[str, Place]]:
    """Every post before, after or listed over every person mention, and the place a person's post is
    explicitly in."""
    place_starts = {m.start: m for m in mentions if m.type is EntityType.PLACE}
    persons = sorted((m for m in mentions if m.type is EntityType.PERSON), key=lambda m: m.start)
    person_starts = {m.start for m in persons}
    posts: list[Post] = []
    seats: dict[str, Place] = {}
    person_ends = {m.end for m in persons}
    by_end: dict[int, list[tuple[str, str | None, int]]] = {}  # the posts a list's names share, by name end
    listed: list[Post] = []  # posts a name holds as a member of a list
    for person in persons:
        chain = _chain(text, person, place_starts, places, persons)
        before = _posts_before(chain, locality)
        # `副县长张明、李强`, `副镇长李红和张伟`, `副县长 王建华 刘志强`: a deputy's or member's title over a
        # list is each name's; a head's (`县长张明、李强等县领导`) is the first name's alone, and so are the
        # posts of a compound list, one person's (`县委副书记、县长张明、李强等`)
        by_end[person.end] = before if len(before) == 1 and not _is_head(before[0][0]) else []
        if not chain:
            by_end[person.end] = by_end.get(_previous_in_list(text, person.start), [])
            listed += [Post(person.text, t, body, start, person.end) for t, body, start in by_end[person.end]]
        posts += [Post(person.text, title, body, start, person.end) for title, body, start in before]
        posts += _posts_after(text, person, person_ends, person_starts, places, locality)
        if not chain:
            posts += _post_after_comma(text, person, places, locality)
        posts += _post_as(text, person, places, locality)
        for _, _, _, place in chain:
            if place is not None and place.level in ("province", "prefecture", "county"):
                seats.setdefault(person.text, place)
    # `村党支部书记白兴亮说...副乡长王勤和白兴亮来到`: a name the article gives a post of its own is with the
    # list's first name there, not another holder of his title
    own = {p.person for p in posts}
    return posts + [p for p in listed if p.person not in own], seats


def _previous_in_list(text: str, start: int) -> int:
    """Where the name before this one in a list ends: across spaces and one joiner (、, 和; -1 if none)."""
    at = start
    while at > 0 and text[at - 1] in " \u3000":
        at -= 1
    if at < start:
        return at
    if at > 0 and text[at - 1] in _list_joiners() and not is_common_word(text[at - 1 : at + 1]):
        return at - 1  # not `及时`, `和谐`: a joiner that begins a word joins nothing
    return -1


def _posts_before(
    chain: list[tuple[int, str, Title, Place | None]], locality: Locality
) -> list[tuple[str, str | None, int]]:
    """(title, body, phrase start) of the post segments before a name."""
    found: list[tuple[str, str | None, int]] = []
    # A post with neither place nor body of its own shares the place of the first post in its list.
    shared = next((p for _, _, _, p in reversed(chain) if p is not None), None)
    for i, (start, segment, title, place) in enumerate(chain):
        if not title.is_post:
            continue
        bare = place is None and title.body is None and segment == title.word
        # `县卫健局党组书记、局长`: a bare title after a post in a body's party group is the body's own post
        unit = (
            _party_body_unit(_post(*chain[i + 1][1:], locality)[1]) if bare and i + 1 < len(chain) else None
        )
        if unit is not None:
            found.append((title.word, unit, start))
            continue
        if bare and shared is not None:
            found.append((title.word, shared.name, start))
            continue
        title_text, body = _post(segment, title, place, locality, shared)
        found.append((title_text, body, start))
    return found


def _posts_after(
    text: str,
    person: Mention,
    person_ends: set[int],
    person_starts: set[int],
    places: dict[str, Place],
    locality: Locality,
) -> list[Post]:
    """`张明县长说`: a bare title right after the name; `仲华担任总指挥`: a title phrase after a verb of office."""
    end = person.end
    title = _title_starting_at(text, end)
    before = _title_ending_at(text, person.start - 1)
    in_title_list = (
        text[person.start - 1 : person.start] == "、"
        and before is not None
        # `李志军镇长、郑玉副镇长`: the title before 、 is a name's own, and the list one of names
        and person.start - 1 - len(before.word) not in person_ends
    )
    if (
        title is not None
        and title.is_post
        and title.word not in data_words("person_group_nouns.txt")
        and not in_title_list  # `党委委员、宣统委员`: a list of titles, whatever a model read in it
    ):
        title_end = end + len(title.word)
        if title_end not in person_starts and phrase_ends_at(text, title_end):
            title_text, body = _post(title.word, title, None, locality)
            return [Post(person.text, title_text, body, person.start, title_end)]
    copulas = tuple(data_words("post_copulas.txt"))
    # `李强同志任副指挥长`: an address between the name and the verb of office
    end += next((len(w) for w in data_words("person_address_words.txt") if text.startswith(w, end)), 0)
    predicate = next((p for p in _predicates() + _appositions() + copulas if text.startswith(p, end)), None)
    if predicate is None:
        return []
    start = end + len(predicate)
    # `张丽是一名网格员`: the post without its count (data/post_counters.txt)
    start += next((len(w) for w in data_words("post_counters.txt") if text.startswith(w, start)), 0)
    stop = start
    while (
        stop < len(text)
        and stop - start < _MAX_SEGMENT
        and HAN.match(text[stop])
        and text[stop] not in data_words("post_phrase_ends.txt")
    ):
        stop += 1
    title = _title_ending_at(text, stop)
    if title is None or not title.is_post or stop - len(title.word) < start:
        return []  # `张三为群众服务`: no title closes the phrase
    segment = text[start:stop]
    title_text, body = _post(segment, title, place_prefix(segment, places), locality)
    return [Post(person.text, title_text, body, person.start, stop)]


def _post_after_comma(text: str, person: Mention, places: dict[str, Place], locality: Locality) -> list[Post]:
    """`王芳,县疾控中心主任,她说`: a post phrase between a comma and a mark that closes it
    (data/post_comma_appositions.tsv), after a name with no post before it."""
    marks = data_groups("post_comma_appositions.tsv")
    opener = next((m for m in marks["opens"] if text.startswith(m, person.end)), None)
    if opener is None:
        return []
    start = stop = person.end + len(opener)
    while stop < len(text) and stop - start < _MAX_SEGMENT and HAN.match(text[stop]):
        stop += 1
    title = _title_ending_at(text, stop)
    if (
        title is None
        or not title.is_post
        or stop - len(title.word) < start
        or text[stop : stop + 1] not in marks["closes"]
    ):
        return []
    segment = text[start:stop]
    title_text, body = _post(segment, title, place_prefix(segment, places), locality)
    return [Post(person.text, title_text, body, person.start, stop)]


def _post_as(text: str, person: Mention, places: dict[str, Place], locality: Locality) -> list[Post]:
    """`身为村委的邹淑云`: a post between 身为 or 作为 (data/post_as_words.txt) and 的 right before the name."""
    end = person.start - 1
    if end < 1 or text[end] not in data_words("post_as_links.txt"):
        return []
    title = _title_ending_at(text, end)
    if title is None or not title.is_post:
        return []
    for word in data_words("post_as_words.txt"):
        at = text.rfind(word, max(0, end - _MAX_SEGMENT), end - len(title.word) + 1)
        if at < 0:
            continue
        segment = text[at + len(word) : end]
        if not segment or not all(HAN.match(c) for c in segment) or segment[0] in _phrase_breaks():
            continue
        title_text, body = _post(segment, title, place_prefix(segment, places), locality)
        return [Post(person.text, title_text, body, at + len(word), person.end)]
    return []


def _title_starting_at(text: str, start: int) -> Title | None:
    """The longest title word that starts at `start`."""
    table = titles()
    for length in range(min(max(map(len, table)), len(text) - start), 1, -1):
        title = table.get(text[start : start + length])
        if title is not None:
            return title
    return None


def _chain(
    text: str,
    person: Mention,
    starts: dict[int, Mention],
    places: dict[str, Place],
    persons: Sequence[Mention] = (),
) -> list[tuple[int, str, Title, Place | None]]:
    """The 、-joined title segments right before a name, right to left: (start, segment, title, place prefix).

    A list of posts that opens its clause goes on across a comma (`镇党委副书记、镇长,镇疫情防控指挥部指挥长
    李明`); one after a name does not (`副县长王建华,镇党委书记刘洋`: 副县长 is 王建华's).
    """
    end = person.start
    while end > 0 and text[end - 1] in " \u3000":
        end -= 1  # `县委书记 曾凡华`: pages set names apart with spaces
    limit = max(0, person.start - 40)
    chain = _titles_before(text, end, starts, places, limit)
    first = chain[-1][0] if chain else 0
    if first > 0 and text[first - 1] == "," and _title_ending_at(text, first - 1):
        more = _titles_before(text, first - 1, starts, places, limit)
        opens = more[-1][0] if more else first
        if (
            more
            and (opens == 0 or text[opens - 1] in _BOUNDARY)
            and not any(opens <= p.start < first for p in persons)
        ):
            chain += more
    return chain


def _titles_before(
    text: str, end: int, starts: dict[int, Mention], places: dict[str, Place], limit: int
) -> list[tuple[int, str, Title, Place | None]]:
    """The title segments joined by 、 or 兼 that end at `end`, right to left."""
    chain = []
    while end > 0:
        title = _title_ending_at(text, end)
        if title is None:
            break
        start = _segment_start(text, end - len(title.word), starts, limit)
        joined = start > 0 and text[start - 1] in data_words("post_title_joiners.txt")
        if (
            start > 0
            and text[:start].endswith(_predicates())
            and not (joined and _title_ending_at(text, start - 1))
        ):
            break  # `仲华兼任总指挥` is a predicate; `书记兼村委会主任` joins two posts
        segment = text[start:end]
        chain.append((start, segment, title, place_prefix(segment, places)))
        if not joined:
            break
        end = start - 1
    return chain
