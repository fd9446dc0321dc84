"""Prevention measures: which categories of the scheme each sentence reports, with its numbers and time.

The triggers are data (`epikg/data/measures.tsv`, its header says how to extend
it): literal words or regexes per category, each with an optional context the
sentence must also contain and an optional veto for its clause. Guards kept as
word lists beside it (`epikg/data/measure_*.txt`) drop a trigger that is negated,
hypothetical, planned, only advised, a rumour quoted, or part of a body's or a relayed document's
name.

A measure has a phase: `ordered` (taken, in force) or `lifted` (withdrawn or eased:
`解封`, `恢复通行`, `有序复工`); a lifting trigger right after a word that negates it (`暂不恢复营业`,
data/measure_kept.txt) reports the measure kept, ordered. A trigger row may say it reports a lifting (its fifth
column), and a trigger shortly after a lifting word in its clause (`撤销...检测点`,
`解除...封控`, data/measure_lifting.txt), or right before one (`卡点全部撤除`), is read as
lifted, unless a word that ends the lifting's reach stands between (`解除隔离后...健康监测`, data/measure_lifting_after.txt).

One Measure is made per (sentence, category, phase), anchored on its first trigger
in the sentence; it carries the sentence's quantities that sit in a clause with one
of its triggers (or, for a clause with none, in the nearest triggering clause). An
ordered measure carries the first time the sentence states; a lifted one the last
time stated before its trigger (`3月20日封控,4月4日解封`), else the first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from epikg.extract.measure_guards import (
    CLAUSE,
    advised,
    as_goods,
    asked,
    clause_span,
    excepted,
    guards,
    in_unpublished_title,
    negated,
    reads_lifted,
)
from epikg.extract.measure_triggers import Trigger, TriggerTable, shipped_triggers
from epikg.extract.quantities import find_quantities
from epikg.extract.times import resolve_times
from epikg.lexicon import (
    data_words,
    item_mark,
)
from epikg.records import Measure, Quantity, Sentence, TimeValue

# Categories of things the public does (masks, staying in, not gathering): when only advised, they
# are publicity, not the measure (see data/measure_advice.txt).
BEHAVIOUR_CATEGORIES = frozenset({"personal_protection", "area_lockdown", "gathering_restriction"})


# Categories whose triggers name things (masks, disinfectant) that are also goods given and counted
_GOODS_CATEGORIES = frozenset({"personal_protection", "disinfection"})


# Lines between an appeal's opener and its first item (`致全旗居民群众的倡议书`, its account line, the salutation, a
# paragraph on why)
_APPEAL_PREAMBLE = 6


# Activities whose calling off is the measure itself (`取消聚餐`, `暂停营业`): no lifting of it
# (data/measure_lifting_cancel.txt).
_ACTIVITY_CATEGORIES = frozenset({"gathering_restriction", "venue_closure"})


# Setting working groups up is the command system: the one category a list of teams' names reports.
_TEAM_CATEGORIES = frozenset({"command_system"})


# characters from a trigger to words after it saying the measure is not in force yet (data/measure_unimplemented.txt)
_UNIMPLEMENTED_REACH = 24


@dataclass(frozen=True)
class _Hit:
    category: str
    start: int  # offsets into the sentence
    end: int
    phase: str = "ordered"


def find_measures(
    text: str,
    sentences: Sequence[Sentence],
    published: date | datetime | None = None,
    *,
    triggers: Sequence[Trigger] | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> list[Measure]:
    """One Measure per (sentence, category) the sentence triggers, with its quantities and time. No trigger counts
    inside `names`, the spans of post phrases (`县中医院发热门诊护士长`, `核酸检测组组长王强`): a job's name or its
    unit's, no measure taken."""
    table = shipped_triggers() if triggers is None else TriggerTable(triggers)
    times = resolve_times(text, published)
    time_starts = [t.start for t in times]  # sorted: a sentence's times are found by bisection, not a scan
    measures: list[Measure] = []
    appeal = _appeal_items(text)
    for sentence in sentences:
        piece = text[sentence.start : sentence.end]
        hits = [
            hit
            for hit in _sentence_hits(piece, table.for_sentence(piece))
            if not any(
                start <= sentence.start + hit.start and sentence.start + hit.end <= end
                for start, end in names
            )
        ]
        if any(start <= sentence.start < end for start, end in appeal) and not guards().orders.search(piece):
            # `三、做好个人防护。坚持戴口罩`: an item of an appeal to the public is advice on what the public does
            hits = [hit for hit in hits if hit.category not in BEHAVIOUR_CATEGORIES]
        if not hits:
            continue
        quantities = find_quantities(piece, offset=sentence.start)
        stated = times[bisect_left(time_starts, sentence.start) : bisect_left(time_starts, sentence.end)]
        measures.extend(_measures(piece, sentence, hits, quantities, stated))
    return measures


def _appeal_items(text: str) -> list[tuple[int, int]]:
    """The spans of the numbered items after a line that opens an appeal to the public
    (data/measure_appeal_openers.txt): one run of item lines, blank lines between them allowed, opening right
    after it or after a few lines of preamble (a title's salutation and a paragraph on why). Like advice, they
    name no behaviour of the public's as a measure (BEHAVIOUR_CATEGORIES), unless an order word binds it."""
    spans = []
    for opener in data_words("measure_appeal_openers.txt"):
        at = text.find(opener)
        while at >= 0:
            line_end = text.find("\n", at)
            pos, start, end, preamble = (len(text) if line_end < 0 else line_end + 1), None, None, 0
            while pos < len(text):
                next_end = text.find("\n", pos)
                next_end = len(text) if next_end < 0 else next_end
                line = text[pos:next_end]
                if line.strip() and not item_mark().match(line):
                    preamble += 1
                    if start is not None or preamble > _APPEAL_PREAMBLE:
                        break
                elif line.strip():
                    start = pos if start is None else start
                    end = next_end
                pos = next_end + 1
            if start is not None and end is not None:
                spans.append((start, end))
            at = text.find(opener, at + 1)
    return spans


def _sentence_hits(sentence: str, triggers: Sequence[Trigger]) -> list[_Hit]:
    """Every trigger match in a sentence that survives its context, its veto and the guards."""
    drill = guards().drill.search(sentence)
    drill_from = clause_span(sentence, drill.start())[0] if drill else len(sentence)
    hits = []
    for trigger in triggers:
        if trigger.word is not None and trigger.word not in sentence:
            continue
        if trigger.context is not None and not trigger.context.search(sentence):
            continue
        for match in trigger.pattern.finditer(sentence):
            # `暂不恢复营业`: the lifting negated, the measure kept in force (so no negation of the measure)
            kept = trigger.phase == "lifted" and bool(guards().kept.search(sentence, 0, match.start()))
            if (
                match.end() > match.start()
                and match.start() < drill_from
                and _counts(sentence, match, trigger, negation=not kept)
            ):
                cancel = trigger.category not in _ACTIVITY_CATEGORIES
                lifted = not kept and (
                    trigger.phase == "lifted"
                    or reads_lifted(sentence, match.start(), match.end(), cancel=cancel)
                )
                hits.append(
                    _Hit(trigger.category, match.start(), match.end(), "lifted" if lifted else "ordered")
                )
    return hits


def _counts(sentence: str, match: re.Match[str], trigger: Trigger, *, negation: bool = True) -> bool:
    """False when the trigger is vetoed, negated (when `negation` asks), hypothetical, planned, advised or a name."""
    g = guards()
    start, end = clause_span(sentence, match.start())
    clause = sentence[start : max(end, match.end())]
    before = sentence[start : match.start()]
    after = sentence[match.end() : max(end, match.end())]
    if trigger.veto is not None and trigger.veto.search(clause):
        return False
    if excepted(before, after, sentence[end + 1 : end + 3]):
        return False  # `除保障群众基本生活必需的农贸市场外`: what stays open, no supply measure
    if negation and negated(sentence, start, match.start()):
        return False
    if g.hypothetical.search(before) or g.rhetoric.search(clause) or g.rumour.search(clause):
        return False
    if g.habitual.search(before):
        return False  # `平日里村民赶集做买卖`: ordinary times described
    if start > 1 and g.hypothetical.search(sentence[clause_span(sentence, start - 2)[0] : start]):
        return False  # `一旦出现阳性病例,要立即划定封控区域`: what a case would call for, its consequent
    if g.conditional.search(sentence[: match.start()]):
        return False  # `如出现阳性感染者,则要…,2小时内完成流调`: the consequence, clauses on
    planned = g.plan.search(sentence[: match.start()])
    if planned and not (planned.start() < start and g.done.search(before)):
        return False  # `下一步,将视情况组织接种`; but `...,目前已摸排员工3600人` reports what is done
    if g.study.search(after[:10]) or g.institution.match(sentence, match.end()):
        return False
    if trigger.category not in _TEAM_CATEGORIES and any(
        m.start() <= match.start() < m.end() for m in g.teams.finditer(sentence)
    ):
        return False  # `下设流调溯源、物资保障、宣传引导5个工作专班`: the teams' names, no measure each
    if any(m.start() < match.start() < m.end() for m in g.slogan.finditer(sentence)):
        return False  # `做到早发现、早报告、早隔离、早治疗`: a principle's words, no quarantine taken
    if any(m.start() < match.start() < m.end() for m in g.banner.finditer(sentence)):
        return False  # `拉起了“少出门不串门”等横幅`: a banner's exhortation, no lockdown
    if trigger.category in _GOODS_CATEGORIES and as_goods(sentence, match, clause):
        return False  # `捐赠N95口罩2万只、护目镜300副`: supplies given, no protection taken
    if in_unpublished_title(sentence, match.start()):
        return False
    if asked(sentence, match.end()):
        return False  # `测过核酸了吗?`: a question put to residents, no testing reported
    if g.unimplemented.search(sentence[match.end() : match.end() + _UNIMPLEMENTED_REACH].split("。")[0]):
        return False  # `"健康码"系统尚在调试,暂未在镇内推行`: not in force yet
    return not (trigger.category in BEHAVIOUR_CATEGORIES and advised(sentence, match.start(), match.end()))


def _clause_index(sentence: str, position: int) -> int:
    return len(CLAUSE.findall(sentence, 0, position))


def _measures(
    piece: str, sentence: Sentence, hits: list[_Hit], quantities: list[Quantity], times: list[TimeValue]
) -> list[Measure]:
    """The sentence's measures, first trigger of each category and phase, with the quantities of their clauses."""
    owners = _quantity_owners(piece, sentence.start, hits, quantities)
    first: dict[tuple[str, str], _Hit] = {}
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        first.setdefault((hit.category, hit.phase), hit)
    for category, phase in list(first):
        lifted, ordered = first.get((category, "lifted")), first[(category, phase)]
        if phase == "ordered" and lifted is not None and ordered.start < lifted.start:
            left, right = clause_span(piece, ordered.start)
            dated = any(left <= t.start - sentence.start < right for t in times)
            if not dated and not guards().taking.search(piece, left, right):
                del first[(category, phase)]  # `三个管控区…,宣布解封`: the lifting names what it lifts
    return [
        Measure(
            category=category,
            trigger=piece[hit.start : hit.end],
            start=sentence.start + hit.start,
            end=sentence.start + hit.end,
            sentence=sentence.index,
            quantities=tuple(q for q in quantities if category in owners[q]),
            time=_time_of(hit, sentence.start, times),
            phase=phase,
        )
        for (category, phase), hit in sorted(first.items(), key=lambda item: (item[1].start, item[1].phase))
    ]


def _time_of(hit: _Hit, offset: int, times: list[TimeValue]) -> TimeValue | None:
    """The sentence's first time; for a lifting, the last time stated before its trigger, else the first."""
    if hit.phase == "lifted":
        before = [t for t in times if t.start < offset + hit.start]
        if before:
            return before[-1]
    return times[0] if times else None


def _quantity_owners(
    piece: str, offset: int, hits: list[_Hit], quantities: list[Quantity]
) -> dict[Quantity, set[str]]:
    """For each quantity, the categories triggered in its clause, else in the nearest triggering clause."""
    by_clause: dict[int, set[str]] = {}
    for hit in hits:
        by_clause.setdefault(_clause_index(piece, hit.start), set()).add(hit.category)
    owners: dict[Quantity, set[str]] = {}
    for quantity in quantities:
        clause = _clause_index(piece, quantity.start - offset)
        if clause in by_clause:
            owners[quantity] = by_clause[clause]
            continue
        before = [c for c in by_clause if c < clause]
        after = [c for c in by_clause if c > clause]
        nearest = max(before) if before else min(after) if after else None
        owners[quantity] = by_clause.get(nearest, set()) if nearest is not None else set()
    return owners
