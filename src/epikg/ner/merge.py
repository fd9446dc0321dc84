"""One set of mentions from the rules and the model, each keeping the source that found it.

Rules encode what the genre makes certain (a gazetteer name, a name after a title,
a body ending in 领导小组), so where a rule and the model disagree on a span the
rule wins; the model fills in what no rule covers. A name nested inside a longer
organization is part of it (`苍南县` inside `苍南县委`), not a mention of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from epikg.records import EntityType, Mention

_RULE_RANK = {"rule:suffix": 0, "rule:title": 1, "byline": 1, "rule:gazetteer": 2, "rule:alias": 3}


def _rank(mention: Mention) -> tuple[int, int, int]:
    """Lower sorts first: rules before the model, longer before shorter, earlier before later."""
    rule = _RULE_RANK.get(mention.source, 9)
    return (rule, -(mention.end - mention.start), mention.start)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def merge(rule: Iterable[Mention], model: Iterable[Mention]) -> tuple[Mention, ...]:
    """Non-overlapping mentions, sorted by position."""
    candidates = sorted({*rule, *model}, key=_rank)
    kept: list[Mention] = []
    for mention in candidates:
        clash = [k for k in kept if _overlaps(k, mention)]
        if not clash:
            kept.append(mention)
            continue
        # A model organization that wraps a rule place is the organization the place names.
        if (
            mention.source == "model"
            and mention.type is EntityType.ORGANIZATION
            and all(k.type is EntityType.PLACE and mention.start <= k.start and k.end <= mention.end for k in clash)
            and mention.end - mention.start > max(k.end - k.start for k in clash)
        ):
            kept = [k for k in kept if k not in clash] + [mention]
    return tuple(sorted(kept, key=lambda m: (m.start, m.end)))
