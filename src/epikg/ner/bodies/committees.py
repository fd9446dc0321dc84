"""Committees and bodies of several levels: a place's party committee and its sections (`苍南县委督查室`),
the nation's bodies and mechanisms (`中共中央`, `国务院联防联控机制`), and levels coordinated in one name
(`县委县政府`, `省市县三级`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from epikg.lexicon import (
    alternation,
    data_alternation,
    data_columns,
    data_groups,
    data_longest_first,
    data_words,
    is_common_word,
)
from epikg.ner.bodies.words import level_chars, org_type, section_after
from epikg.records import LEVEL_RANK, EntityType, Mention


@lru_cache(maxsize=1)
def committee_pattern() -> re.Pattern[str]:
    """`县委` after a place's name, not `委员` (data/org_committees.tsv)."""
    words = data_groups("org_committees.tsv")
    return re.compile(
        rf"(?:{alternation(words['level'])})?(?:{alternation(words['committee'])})(?!{alternation(words['member'])})"
    )


def committee_sections(text: str, places: list[Mention]) -> list[Mention]:
    """`县委督查室`, `市委政研室`: a section (data/org_sections.txt) of a committee named by its level alone (the
    committee itself, bare, is the model's); after a place's name (`苍南县委督查室`) the place's committee is read
    with its section above."""
    found = []
    words = data_groups("org_committees.tsv")
    for match in re.finditer(f"(?:{alternation(words['level'])})(?:{alternation(words['committee'])})", text):
        length = section_after(text, match.end())
        if length and not any(p.start <= match.start() <= p.end for p in places):
            end = match.end() + length
            found.append(
                Mention(text[match.start() : end], EntityType.ORGANIZATION, match.start(), end, "rule:suffix")
            )
    return found


@lru_cache(maxsize=1)
def _committee_before_government() -> re.Pattern[str]:
    """A level's committee (data/org_committees.tsv) right before that level's government
    (data/org_coordinated_bodies.txt), a joiner of data/list_joiners.txt between or none."""
    words = data_groups("org_committees.tsv")
    joiners = alternation(sorted(data_words("list_joiners.txt"), key=len, reverse=True))
    governments = alternation(sorted(data_words("org_coordinated_bodies.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?P<level>{alternation(words['level'])})(?:{alternation(words['committee'])})"
        rf"(?=(?:{joiners})?(?P=level)(?:{governments}))"
    )


def committees_before_governments(text: str, places: list[Mention]) -> list[Mention]:
    """`旗委、旗政府`, `在县委县政府领导下`: a level's party committee named by its level alone, right before that
    level's government, is a body, whether or not the model reads one (it reads 县委, seldom 旗委); not a place's
    own (`苍南县委`, `南县县委`: read above)."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), "rule:suffix")
        for m in _committee_before_government().finditer(text)
        if not any(p.start < m.start() <= p.end for p in places)
    ]


@lru_cache(maxsize=1)
def _prefixed_committee() -> re.Pattern[str]:
    """`团县委`: a word of data/org_level_prefixes.txt, a level character and a committee (data/org_committees.tsv)."""
    words = data_groups("org_committees.tsv")
    return re.compile(
        rf"(?:{alternation(data_words('org_level_prefixes.txt'))})(?:{alternation(words['level'])})"
        rf"(?:{alternation(words['committee'])})(?!{alternation(words['member'])})"
    )


@lru_cache(maxsize=1)
def _national_mechanism() -> re.Pattern[str]:
    """`国务院` + epidemic words + `联防联控机制` + maybe `综合组` (data/org_national_mechanisms.tsv)."""
    words = data_groups("org_national_mechanisms.tsv")
    return re.compile(
        rf"(?:{alternation(words['opener'])})(?:{data_alternation('org_name_words.txt')})*?"
        rf"(?:{alternation(words['ending'])})(?:{alternation(words['unit'])})?"
    )


def national_mechanisms(text: str) -> list[Mention]:
    """`国务院联防联控机制`, `国务院应对新型冠状病毒肺炎疫情联防联控机制综合组`: the State Council's mechanism (and its
    units) that county pages cite, a body of its own."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), "rule:suffix")
        for m in _national_mechanism().finditer(text)
    ]


NATIONAL_BODY = "rule:national"
"""The source of a national body read by its name (data/org_national_bodies.txt): a longer body the model reads
around it (`中共中央政治局常委会`) is that body."""


@lru_cache(maxsize=1)
def _national_body() -> re.Pattern[str]:
    """A national body's name (data/org_national_bodies.txt), longest first, where no character of
    data/org_national_bodies_not_before.txt continues it (`民政部门`) nor one of org_national_bodies_not_after.txt
    stands before it (`中央行政`)."""
    names = alternation(data_longest_first("org_national_bodies.txt"))
    after = re.escape("".join(sorted(data_words("org_national_bodies_not_after.txt"))))
    return re.compile(
        f"(?<![{after}])(?:{names})(?!{alternation(data_words('org_national_bodies_not_before.txt'))})"
    )


def national_bodies(text: str) -> list[Mention]:
    """`民政部`, `海关总署`, `国家卫健委`: the national bodies pages cite by their names alone."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), NATIONAL_BODY)
        for m in _national_body().finditer(text)
    ]


def prefixed_committees(text: str) -> list[Mention]:
    """`团县委`, `团市委`: the Youth League's committee of a level, a body of its own (its place is resolved in
    extract/organizations.py)."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), "rule:suffix")
        for m in _prefixed_committee().finditer(text)
    ]


def committee_end(text: str, start: int, government: re.Match[str]) -> int | None:
    """Where a party committee written right before a government ends (`金乡镇党委政府`: at 政府; `韶山市委市政府`:
    at the government's level character, data/level_chars.tsv, written again), if one is."""
    level = government.start() - 1
    ends = (government.start(), level) if text[level : level + 1] in level_chars() else (government.start(),)
    return next((at for at in ends if at > start and org_type(text[start:at]) == "party_committee"), None)


def _outranks(upper: str, lower: str) -> bool:
    """The level character `upper` names a level above `lower`'s (省 above 市 above 县 above 镇)."""
    levels = level_chars()
    return upper in levels and lower in levels and LEVEL_RANK[levels[upper]] < LEVEL_RANK[levels[lower]]


def _levels_before(text: str, at: int) -> list[int]:
    """Where the levels coordinated before the level character at `at` are written: after a joiner, any higher
    level (`省、市、县`); with none, a run of data/org_level_runs.txt (`省市县`)."""
    joiners = data_words("list_joiners.txt")
    runs = data_longest_first("org_level_runs.txt")
    levels: list[int] = []
    while True:
        if text[at - 1 : at] in joiners and at >= 2 and _outranks(text[at - 2], text[at]):
            at -= 2
        else:
            run = next((r for r in runs if at + 1 >= len(r) and text.startswith(r, at + 1 - len(r))), "")
            if not run:
                return levels
            at -= len(run) - 1
            levels[:0] = range(at + 1, at + len(run) - 1)
        levels.insert(0, at)


def coordinated_levels(text: str, bodies: list[Mention]) -> list[Mention]:
    """`市、县疫情防控指挥部`, `省市县疾控中心`: levels written one after another, from the higher down, before a
    body named by its level: each names that body of its own level (Mention.name: `市疫情防控指挥部`, whose place
    the article's gives in extract/organizations.py), and the name as written is the last level's. Not a level that
    opens a word (`县乡村振兴局`: 乡村), nor levels counted or of every place (`30家省市电视台`, `各省市`)."""
    found = []
    for body in bodies:
        found.append(body)
        if body.source != "rule:suffix" or body.text[:1] not in level_chars():
            continue
        runs = [r for r in data_longest_first("org_level_runs.txt") if body.text.startswith(r)]
        own = body.start + (len(runs[0]) - 1 if runs and len(body.text) > len(runs[0]) else 0)
        if is_common_word(text[own : own + 2]):
            continue  # `县乡村振兴局`, `省市场监管局`: the last level opens a word (乡村, 市场), no level of its own
        levels = _levels_before(text, own)
        first = levels[0] if levels else own
        counted = data_words("org_plural_chars.txt") | data_words("quantity_units.txt")
        if text[first - 1 : first] in counted:
            continue  # `30家省市电视台`, `各省市疾控中心`: the bodies of those levels counted or all, no one each
        if own > body.start:  # `省市县疫情防控指挥部` read whole: the name is 县's
            found[-1] = replace(body, text=text[own : body.end], start=own)
        rest = text[own + 1 : body.end]
        found += [
            Mention(text[at], EntityType.ORGANIZATION, at, at + 1, body.source, text[at] + rest)
            for at in levels
        ]
    return found


def joint_bodies(text: str, bodies: list[Mention]) -> list[Mention]:
    """`县纪委县监委`: two bodies of one office (data/org_joint_bodies.tsv), the second named by the first's level
    character right after it, are one body named as written; the two apart are dropped."""
    joint = []
    for first in bodies:
        for ending, other in data_columns("org_joint_bodies.tsv"):
            level = first.end - len(ending) - 1
            second = first.end + 1 + len(other)
            if (
                level >= first.start
                and first.text.endswith(ending)
                and text[level] in level_chars()
                and text[first.end : second] == text[level] + other
            ):
                joint.append(
                    Mention(
                        text[first.start : second],
                        EntityType.ORGANIZATION,
                        first.start,
                        second,
                        "rule:suffix",
                    )
                )
    if not joint:
        return bodies
    parts = {(m.start, m.end) for j in joint for m in bodies if j.start <= m.start and m.end <= j.end}
    kept = [m for m in bodies if (m.start, m.end) not in parts]
    return kept + [j for j in joint if all((m.start, m.end) != (j.start, j.end) for m in kept)]


def coordinated(text: str, bodies: list[Mention]) -> list[Mention]:
    """`青化镇党委、政府`, `镇党委和政府`: a bare government after a party committee and a joiner
    (data/list_joiners.txt) is a body too (its place is the committee's: extract/organizations.py)."""
    words = sorted(data_words("org_coordinated_bodies.txt"), key=len, reverse=True)
    found = []
    for body in bodies:
        joiner = text[body.end : body.end + 1]
        if org_type(body.text) != "party_committee" or joiner not in data_words("list_joiners.txt"):
            continue
        start = body.end + 1
        word = next((w for w in words if text.startswith(w, start)), None)
        if word is not None:
            found.append(Mention(word, EntityType.ORGANIZATION, start, start + len(word), "rule:suffix"))
    return found
