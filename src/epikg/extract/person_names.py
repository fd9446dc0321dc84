"""Persons an article names in two ways: a name of a people that takes no surname, written in full once with its
parts joined by a middle dot (`阿依古丽·买买提`), and by its first part alone after that (`阿依古丽`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from epikg.records import EntityType, Mention

_DOT = "·"


def short_forms(mentions: Iterable[Mention]) -> dict[str, str]:
    """Each first part of a dotted name that the article also writes alone -> that full name: one person, read
    under the full name. A first part that opens two full names in the article (two 阿依古丽) stands for neither."""
    mentions = list(mentions)
    opened: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type is EntityType.PERSON and _DOT in m.text:
            opened[m.text.split(_DOT)[0]].add(m.text)
    alone = {m.text for m in mentions if m.type is EntityType.PERSON and _DOT not in m.text}
    return {first: full.pop() for first, full in opened.items() if first in alone and len(full) == 1}
