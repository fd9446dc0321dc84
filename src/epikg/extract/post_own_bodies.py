"""The organization mentions a post's own phrase names: the body the post belongs to (`县政协副主席`:
县政协), and those named only as the post's (`县委副书记、县长张明`: 县委), which the article does not name
on its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from epikg.extract.organizations import CLAUSE_ENDS, level_chars
from epikg.extract.post_bodies import level_body_starts
from epikg.lexicon import (
    Title,
    data_groups,
    data_table,
    data_words,
    leader_phrase,
    org_type_rules,
    title_ending_at,
)
from epikg.records import EntityType, Mention, Post

_LEVEL_BODY_TYPES = ("party_committee", "government")


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
    orgs = [m for m in mentions if m.type is EntityType.ORGANIZATION and m.key in bodies]
    found, named_as = [], {}
    for post in posts:
        end = _own_segment_end(post, posts)
        inside = [m for m in orgs if post.start <= m.start and m.end <= end]
        if inside:
            body = bodies[max(inside, key=lambda m: m.end).key]
            if post.organization is None:
                post = replace(post, organization=body)
            named_as[body] = post.organization
        found.append(post)
    return found, named_as


def led_bodies(
    text: str, posts: Sequence[Post], mentions: Sequence[Mention], bodies: dict[str, str]
) -> list[Post]:
    """Each post, a leader's without a body of its own (`周力农为第一指挥长`) given the body named right after what
    is said of its leaders, within the clause (`以党委书记周力农为第一指挥长、镇长陈楚为指挥长的疫情防控指挥部`:
    lexicon.leader_phrase). `bodies` maps an organization mention's text to the body's full name."""
    leaders = tuple(data_groups("org_leaders.tsv")["post"])
    orgs = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION and m.key in bodies}
    found = []
    for post in posts:
        clause_end = min((at for c in CLAUSE_ENDS if (at := text.find(c, post.end)) >= 0), default=len(text))
        led = leader_phrase().search(text, post.start, clause_end)
        if post.organization is None and post.title.endswith(leaders) and led and led.end() in orgs:
            post = replace(post, organization=bodies[orgs[led.end()].key])
        found.append(post)
    return found


def bodies_before_names(
    text: str, posts: Sequence[Post], mentions: Sequence[Mention], bodies: dict[str, str]
) -> list[Post]:
    """Each post written after its holder's name (`城关镇党委李春生书记`, `县疾控中心王志强副主任`) and without a body
    of its own, given the body whose name ends right where the name starts: the unit the title's holder heads
    or serves in, as `城关镇党委书记李春生` would say. `bodies` maps an organization mention's text to the body's
    full name."""
    ending_at = {m.end: m for m in mentions if m.type is EntityType.ORGANIZATION and m.key in bodies}
    found = []
    for post in posts:
        unit = ending_at.get(post.start)
        if post.organization is None and unit is not None and text.startswith(post.person, post.start):
            post = replace(post, organization=bodies[unit.key])
        found.append(post)
    return found


def kind_bodies(
    text: str, posts: Sequence[Post], mentions: Sequence[Mention], bodies: dict[str, str]
) -> list[Post]:
    """Each post, a unit head's named by its kind alone (`院长谭国华`, data/post_head_kinds.tsv) and without a
    body of its own, given the one body of that kind the article names before it (`桃源县人民医院 ... 院长谭国华`),
    or after a word pointing back and the kind's character (`该院院长`, `本院`: data/org_referent_chars.txt) the
    nearest one. `bodies` maps an organization mention's text to the body's full name."""
    kinds = data_groups("post_head_kinds.tsv")
    orgs = sorted(
        (m.start, bodies[m.key]) for m in mentions if m.type is EntityType.ORGANIZATION and m.key in bodies
    )
    found = []
    for post in posts:
        head = next((title for title in kinds if post.title.endswith(title)), None)
        if post.organization is None and head is not None:
            before = [name for start, name in orgs if start < post.start and name.endswith(kinds[head])]
            referred = any(
                text.startswith(referent + head[0], at)
                for referent in data_words("org_referent_chars.txt")
                for at in (post.start - 2, post.start)
            )
            if len(set(before)) == 1 or (before and referred):
                post = replace(post, organization=before[-1])
        elif (
            post.organization is not None
            and len(post.organization) > 1
            and post.organization[1:] in data_words("post_party_bodies.txt")
            and post.organization[:1] not in data_table("level_chars.tsv")
        ):
            # `局党组成员、副局长邬立伟` on a page about 惠东县市场监督管理局: the party group of the body whose name ends
            # in that character that the page names most before the post (the one, if it names one)
            named = Counter(
                name for start, name in orgs if start < post.start and name.endswith(post.organization[0])
            )
            ranked = named.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                post = replace(post, organization=ranked[0][0] + post.organization[1:])
        elif post.organization in data_words("org_suffixes.txt") | data_words("org_bare_kinds.txt"):
            # `成立生活物资保供专班,由副县长马晓燕任专班组长`: a body named by its kind's word alone is the one body
            # of that kind named before the post
            before = {name for start, name in orgs if start < post.start and name.endswith(post.organization)}
            before.discard(post.organization)
            if len(before) == 1:
                post = replace(post, organization=before.pop())
        found.append(post)
    return found


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
    title = title_ending_at(text, stop)
    return (stop - len(title.word), title) if title is not None else None


def _body_type(name: str) -> str:
    """A body's type by its name's ending (data/org_types.tsv), as ner/bodies.org_type reads it."""
    return next((kind for ending, kind in org_type_rules() if name.endswith(ending)), "other_body")


def _level_body(name: str) -> bool:
    """A committee or government of a level (`县委`, `镇政府`), or a level's congress or conference named by its
    level (`县人大常委会`, `县政协`: data/post_level_bodies.txt)."""
    return _body_type(name) in _LEVEL_BODY_TYPES or any(
        name[i] in level_chars() and name.startswith(level_body_starts(), i + 1) for i in range(len(name) - 1)
    )


# Characters from a leader phrase's opener (由, 以) to its leader's post: 县委副书记、县长 and more.
_LEADER_REACH = 20


def outside_leader_phrases(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The mentions less the bodies that a leader phrase's title spells (`成立了由县委书记任组长的领导小组`: 县委 is
    named only as the title of whoever leads it, no body the article names on its own; lexicon.leader_phrase)."""
    openers = data_groups("org_leaders.tsv")["opener"]
    spans = []
    for match in leader_phrase().finditer(text):
        clause = text[max(0, match.start() - _LEADER_REACH) : match.start()]
        cut = max((i for i, c in enumerate(clause) if c in CLAUSE_ENDS), default=-1)
        opened = max((clause.rfind(o) for o in openers), default=-1)
        if opened > cut:
            spans.append((match.start() - len(clause) + opened, match.end()))
    return tuple(
        m
        for m in mentions
        if m.type is not EntityType.ORGANIZATION or not any(a <= m.start and m.end < b for a, b in spans)
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
