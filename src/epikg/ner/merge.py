"""One set of mentions from the rules and the model, each keeping the source that found it.

Rules encode what the genre makes certain (a gazetteer name, a name after a title,
a body ending in 领导小组), so where a rule and the model disagree on a span the
rule wins; the model fills in what no rule covers. A name nested inside a longer
organization is part of it (`苍南县` inside `苍南县委`), not a mention of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from epikg import gazetteer
from epikg.ner.rules import _HAN, _is_common_word, title_words
from epikg.records import EntityType, Mention

# Endings of named places that are not divisions: roads, squares, stations, compounds, crossings.
_PLACE_ENDINGS = (
    "镇", "乡", "村", "社区", "街道", "县", "市", "省", "区", "州", "路", "街", "大道", "国道", "省道", "高速",
    "广场", "公园", "小区", "花园", "新城", "市场", "车站", "动车站", "火车站", "客运站", "码头", "渡口",
    "桥", "入口", "出口", "路口", "卡点", "服务区", "收费站", "中心", "口岸", "机场",
)

_RULE_RANK = {"rule:suffix": 0, "rule:title": 1, "byline": 1, "rule:gazetteer": 2, "rule:alias": 3}


def _rank(mention: Mention) -> tuple[int, int, int]:
    """Lower sorts first: rules before the model, longer before shorter, earlier before later."""
    rule = _RULE_RANK.get(mention.source, 9)
    return (rule, -(mention.end - mention.start), mention.start)


def _extends(model: Mention, rule: Mention) -> bool:
    """The model read a longer name where a title rule guessed a two- or three-character one (巴音朝鲁)."""
    return (
        rule.source == "rule:title"
        and model.type is EntityType.PERSON
        and model.start == rule.start
        and model.end > rule.end
    )


def plausible(mention: Mention) -> bool:
    """The genre's filter on the model's output: what it gets wrong in this kind of text."""
    text = mention.text
    if len(text) < 2 or not all(_HAN.match(c) or c in "·" for c in text):
        return False  # single characters, spans across spaces or mojibake
    if _is_common_word(text):
        return False  # 冲锋, 众志成城, 长龙
    if mention.type is EntityType.PERSON:
        return 2 <= len(text) <= 5 and "某" not in text and not any(t in text for t in title_words())
    if mention.type is EntityType.PLACE:
        gaz = gazetteer.load()
        return bool(gaz.lookup(text)) or text in gaz.by_alias or (len(text) >= 3 and text.endswith(_PLACE_ENDINGS))
    return True


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def merge(rule: Iterable[Mention], model: Iterable[Mention]) -> tuple[Mention, ...]:
    """Non-overlapping mentions, sorted by position."""
    rule = list(rule)
    model = [m for m in model if plausible(m)]
    rule = [r for r in rule if not any(_extends(m, r) for m in model)]
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
