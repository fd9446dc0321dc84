"""What a body's name ends in and what kind of body that makes (data/org_types.tsv, org_suffixes.txt), and
what says who leads a body before its name (`以县长为组长的`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from epikg.lexicon.data_files import alternation, data_columns, data_groups, data_words


@lru_cache(maxsize=1)
def generic_bodies() -> frozenset[str]:
    """Endings that make a phrase an organization (data/org_suffixes.txt)."""
    return data_words("org_suffixes.txt")


@lru_cache(maxsize=1)
def org_type_rules() -> tuple[tuple[str, str], ...]:
    """(ending, organization type) of data/org_types.tsv, longest ending first."""
    rows = data_columns("org_types.tsv")
    return tuple(sorted(((r[0], r[1]) for r in rows if len(r) == 2), key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def typed_body_endings() -> tuple[str, ...]:
    """The endings of data/org_types.tsv: bodies of a kind gold-format names (hospitals, governments, police...)."""
    return tuple(ending for ending, _ in org_type_rules())


@lru_cache(maxsize=1)
def body_endings() -> tuple[str, ...]:
    """What ends a body's name: the endings of data/org_types.tsv and the bare kinds (lexicon.generic_bodies)."""
    return (*typed_body_endings(), *generic_bodies())


@cache
def _notbody_endings() -> tuple[str, ...]:
    return tuple(data_words("org_not_endings.txt"))


@cache
def leader_phrase() -> re.Pattern[str]:
    """The end of what says who leads a body, right before the body's own name (`以县长为组长的`: a leader's post and
    its link, data/org_leaders.tsv). Shared by the body rules (ner/bodies/) and extract/."""
    groups = data_groups("org_leaders.tsv")
    return re.compile(f"(?:{alternation(groups['post'])})(?:{alternation(groups['link'])})")


def ends_a_leader_phrase(text: str, at: int) -> bool:
    """What says who leads a body ends at `at` (`以县长为组长的`: leader_phrase), where the body's own name starts."""
    return any(m.end() == at for m in leader_phrase().finditer(text, max(0, at - 8), at))


def looks_like_body(text: str) -> bool:
    """Ends like an organization's name (`疾控中心`, `巡查组`, `党建办`), not in a word that names none (`通报`:
    data/org_not_endings.txt)."""
    return text.endswith(body_endings()) and not text.endswith(_notbody_endings())


@cache
def body_ending_pattern() -> re.Pattern[str]:
    """The bodies' endings of two characters or more (data/org_types.tsv, org_suffixes.txt), longest first."""
    return re.compile(alternation(sorted((e for e in body_endings() if len(e) >= 2), key=len, reverse=True)))


def in_a_body_ending(text: str, start: int, end: int) -> bool:
    """A body's ending of two characters or more runs from within the three characters before `end` (or from
    `end`) past it (`特警支队` of 巡特警支队, `事务所` of 律师事务所): a title at start:end is part of the body's
    name, no post."""
    pattern = body_ending_pattern()
    return any(
        (found := pattern.match(text, at)) is not None and found.end() > end
        for at in range(max(start, end - 3), end + 1)
    )
