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
from functools import lru_cache
from itertools import repeat

from epikg.errors import LexiconError
from epikg.extract.quantities import find_quantities
from epikg.extract.times import resolve_times
from epikg.lexicon import (
    data_groups,
    data_words,
    item_mark,
    numerals,
    read_data_lines,
    scale_class,
    word_pattern,
)
from epikg.records import Measure, Quantity, Sentence, TimeValue

PHASES = ("ordered", "lifted")  # a measure taken or in force; a measure withdrawn or eased
CATEGORIES = (
    "command_system", "checkpoint", "traffic_control", "screening", "contact_tracing", "quarantine",
    "area_lockdown", "mass_testing", "health_code", "gathering_restriction", "venue_closure",
    "public_communication", "patrol_enforcement", "volunteer_mobilization", "supply_assurance",
    "vaccination", "personal_protection", "supervision", "medical_treatment", "disinfection", "reporting_reward",
)  # fmt: skip

LEXICON_FILE = "measures.tsv"
_CLAUSE = re.compile(r"[,;:,;:]")
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
_ADVICE_REACH = 30  # characters from an advice word to the behaviour it advises
_LIFTING_REACH = 12  # characters from a lifting word to the trigger of what it lifts (`撤除全县所有交通卡点`)
# ... and across a list of the places it lifts the measure at (`撤除祁山大道、建设路、城北桥等6处临时交通管制设施`)
_LISTED_LIFTING_REACH = 40
_LIST_MARK = "、"
_HEAD_REACH = 4  # characters from a modifier's mark to the trigger it modifies (`撤除设在路口的防疫检查站`)
_ASIDE = re.compile(r"[(（]")
_CANCEL_REACH = 6  # characters from a word calling a measure off to its trigger (`取消全县所有卡点`)
_LIFTED_AFTER_REACH = 5  # characters from a trigger to a lifting word after it (`卡点全部撤除`)
# characters before a trigger holding its negation, the object, verb and scope between (`暂未组织全员核酸`,
# `未对进出车辆设卡`)
_NEGATION_REACH = 12
# ... and from a negation to a trigger in the verb phrase it negates (`没有对重点地区来返人员进行全面摸排`)
_NEGATION_PHRASE_REACH = 16
# characters from a trigger to words after it saying the measure is not in force yet (data/measure_unimplemented.txt)
_UNIMPLEMENTED_REACH = 24
_LIST_BREAK = frozenset("、,。;,;")
_CLAUSE_BREAK = frozenset(",。;,;:!?")
_BOOK_TITLE = re.compile(r"《[^《》]*》")
_HAN = "[\u4e00-\u9fff]"


@dataclass(frozen=True)
class Guards:
    """Word lists that keep a trigger from counting; each is a data file (data/measure_*.txt)."""

    negation: re.Pattern[str]  # right before the trigger
    negation_listed: re.Pattern[
        str
    ]  # a manner's negation before a list of verb phrases, the trigger's the last
    negation_phrase: re.Pattern[str]  # earlier in the clause, over the verb phrase that holds the trigger
    negation_not: re.Pattern[str]  # a word holding a negation's characters that negates nothing
    negation_ends: re.Pattern[str]  # between a negation and the trigger: the negation does not reach it
    negation_coverbs: re.Pattern[str]  # before a negation in its clause: the negation is in their object
    shortfall: re.Pattern[str]  # right after a negation: the measure carried out badly, not missing
    lifting: re.Pattern[str]  # a measure withdrawn, shortly before the trigger in its clause: read as lifted
    cancel: re.Pattern[str]  # the same, or a measure called off right before it, but an activity's
    lifting_after: re.Pattern[str]  # between a lifting word and the trigger: what follows is ordered again
    modifier: re.Pattern[str]  # between a lifting word and the trigger: the lifting reaches only its noun
    hypothetical: re.Pattern[str]  # earlier in the clause
    conditional: re.Pattern[str]  # earlier in the sentence: a condition, then its consequence's 则
    plan: re.Pattern[str]  # earlier in the sentence: a plan not carried out
    rhetoric: re.Pattern[str]  # anywhere in the clause
    rumour: re.Pattern[str]  # anywhere in the clause: what a rumour says
    slogan: re.Pattern[str]  # a principle's list of items, each opening with the same word (早发现、早隔离)
    banner: re.Pattern[str]  # a slogan quoted on a banner or a wall (`拉起“少出门”等横幅`): exhortation
    goods_given: re.Pattern[str]  # in the sentence: masks and disinfectant given, received or made, as goods
    goods_use: re.Pattern[str]  # in the clause: goods handed out to be used, a measure after all
    goods_counted: re.Pattern[str]  # right after the trigger: the things counted as items (`口罩11.8万只`)
    drill: re.Pattern[str]  # vetoes its clause and what follows
    advice: re.Pattern[str]  # before a behaviour: publicity, not the measure
    orders: re.Pattern[str]  # between advice and behaviour: binding after all
    study: re.Pattern[str]  # after the trigger: a document relayed or studied
    publishing: re.Pattern[str]  # before a document title: the document is issued
    institution: re.Pattern[str]  # after the trigger: part of a standing body's name
    teams: re.Pattern[str]  # a list of working groups' names, counted (`下设流调溯源、物资保障5个工作专班`)
    taking: re.Pattern[str]  # in the clause of a trigger before a lifting: the measure was put in force
    kept: re.Pattern[str]  # right before a lifting trigger: the lifting negated, the measure kept
    done: re.Pattern[str]  # in the trigger's clause, before it: done already, whatever a plan earlier said
    question: re.Pattern[str]  # in a sentence ending with ?: a question, not a report
    unimplemented: re.Pattern[str]  # later in the sentence: not put in force yet


@lru_cache(maxsize=1)
def guards() -> Guards:
    """The shipped guard word lists, read once."""

    def words(concept: str) -> re.Pattern[str]:
        return word_pattern(read_data_lines(f"measure_{concept}.txt"))

    institution = word_pattern(read_data_lines("measure_institutions.txt"))
    # `严禁擅自离开隔离点`: these negate only the verb right after them, not the phrase up to a trigger
    manner = frozenset(read_data_lines("measure_negation_manner.txt"))
    # `没有设置卡点`, `未开展核酸检测`, `暂未组织全员核酸检测`, `未对进出车辆设卡`: a negation before the verb that
    # would take the measure, the measure's object after a coverb (data/measure_negated_objects.txt) and its scope
    # (data/measure_negated_scope.txt), negates it too
    verbs = word_pattern(
        [line for line in read_data_lines("measure_taking.txt") if not line.startswith("re:")]
    )
    return Guards(
        negation=re.compile(
            f"(?:{words('negation').pattern})(?:(?:{words('negated_objects').pattern}){_HAN}{{0,6}}?)?"
            f"(?:{verbs.pattern})?(?:{words('negated_scope').pattern})?$"
        ),
        # `不得擅自挖断道路、设置路障`: 擅自 reaches each verb phrase of the list it opens
        negation_listed=re.compile(
            f"(?:{word_pattern(sorted(manner)).pattern})(?:{_HAN}{{1,6}}、){{1,3}}(?:{verbs.pattern})?$"
        ),
        negation_phrase=word_pattern([w for w in read_data_lines("measure_negation.txt") if w not in manner]),
        negation_not=words("negation_not"),
        negation_ends=words("negation_ends"),
        negation_coverbs=words("negation_coverbs"),
        shortfall=words("negation_shortfall"),
        lifting=words("lifting"),
        cancel=word_pattern(
            [*read_data_lines("measure_lifting.txt"), *read_data_lines("measure_lifting_cancel.txt")]
        ),
        lifting_after=words("lifting_after"),
        modifier=words("modifier_marks"),
        hypothetical=words("hypothetical"),
        conditional=words("conditional"),
        plan=words("plan"),
        rhetoric=words("rhetoric"),
        rumour=words("rumour"),
        slogan=re.compile(
            "|".join(
                rf"{re.escape(w)}{_HAN}{{1,3}}(?:[、,]{re.escape(w)}{_HAN}{{1,3}})+"
                for w in read_data_lines("measure_slogan_items.txt")
            )
        ),
        banner=_banner_slogan(data_groups("measure_banners.tsv")),
        goods_given=word_pattern(list(data_groups("measure_goods.tsv")["given"])),
        goods_use=word_pattern(list(data_groups("measure_goods.tsv")["use"])),
        goods_counted=re.compile(
            f"{_HAN}{{0,3}}?[0-9.]+{scale_class()}?(?:{word_pattern(list(data_groups('measure_goods.tsv')['unit'])).pattern})"
        ),
        teams=_teams_list(data_groups("measure_teams.tsv")),
        drill=words("drill"),
        advice=words("advice"),
        orders=words("orders"),
        study=words("study"),
        publishing=re.compile(f"(?:{words('publishing').pattern})[^,。;,;]{{0,2}}$"),
        institution=re.compile(f"{_HAN}{{0,2}}?(?:{institution.pattern})"),
        taking=words("taking"),
        kept=re.compile(f"(?:{words('kept').pattern})$"),
        done=words("done"),
        question=words("question_words"),
        unimplemented=words("unimplemented"),
    )


def _banner_slogan(words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """A quoted slogan put up (a display verb right before its opening quote) or carried by a banner (its word
    right after the closing quote), quotes included (data/measure_banners.tsv)."""
    display = word_pattern(list(words["display"])).pattern
    banner = word_pattern(list(words["banner"])).pattern
    return re.compile(f"(?:{display})[^“”,。;]{{0,2}}“[^“”]*”|“[^“”]*”[^“”,。;]{{0,3}}(?:{banner})")


def _teams_list(words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """Items joined by 、 (a closing quote, a closing word), then a count of teams: `流调溯源、物资保障等5个工作专班`."""
    closing, unit, ending = (word_pattern(words[kind]).pattern for kind in ("closing", "unit", "ending"))
    count = rf"[\d{''.join(numerals())}]+"
    return re.compile(
        rf"(?:{_HAN}{{2,10}}、)+{_HAN}{{2,10}}[”\"]?(?:{closing})?{count}(?:{unit})?(?:{ending})"
    )


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table."""

    category: str
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None = None
    veto: re.Pattern[str] | None = None
    phase: str = "ordered"  # "lifted": the trigger itself reports a lifting (`解封`, `恢复通行`)
    word: str | None = None
    """The trigger's literal word, where its row gives one (not `re:`): a sentence without it is not searched."""


@dataclass(frozen=True)
class _Hit:
    category: str
    start: int  # offsets into the sentence
    end: int
    phase: str = "ordered"


def parse_lexicon(lines: Sequence[str]) -> tuple[Trigger, ...]:
    """Trigger rows (category, trigger, context, veto, phase) into compiled triggers; LexiconError names a bad row."""
    triggers = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = (line.rstrip("\n").split("\t") + ["", "", "", ""])[:5]
        category, trigger, context, veto, phase = (c.strip() for c in columns)
        if category == "category":
            continue  # the header row
        if category not in CATEGORIES:
            raise LexiconError(f"row {number}: unknown category {category!r}")
        if not trigger:
            raise LexiconError(f"row {number}: empty trigger")
        if phase and phase not in PHASES:
            raise LexiconError(f"row {number}: unknown phase {phase!r} (ordered or lifted)")
        try:
            word = None if trigger.startswith("re:") else trigger
            pattern = re.compile(re.escape(word) if word else trigger[3:])
            triggers.append(
                Trigger(category, pattern, _optional(context), _optional(veto), phase or "ordered", word)
            )
        except re.error as exc:
            raise LexiconError(f"row {number}: bad regex: {exc}") from exc
    return tuple(triggers)


def _optional(regex: str) -> re.Pattern[str] | None:
    return re.compile(regex) if regex else None


@lru_cache(maxsize=1)
def lexicon() -> tuple[Trigger, ...]:
    """The shipped trigger table (and a --rules folder's rows after it), read once."""
    try:
        return parse_lexicon(read_data_lines(LEXICON_FILE))
    except LexiconError as exc:
        raise LexiconError(f"{LEXICON_FILE}, counting the shipped rows first: {exc}") from exc


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
    table = _shipped_triggers() if triggers is None else _TriggerTable(triggers)
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


class _TriggerTable:
    """The triggers a sentence may fire, in the table's order, found without testing each one (a sentence tested
    all 491): a trigger only where the sentence holds a character its match can begin with (a literal word's
    first, a regex's `_first_chars`); a regex whose first characters are not known, on every sentence."""

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        self.triggers = tuple(triggers)
        self.by_first_char: dict[str, list[int]] = {}
        self.always: list[int] = []
        for index, trigger in enumerate(self.triggers):
            chars = {trigger.word[0]} if trigger.word else _first_chars(trigger.pattern)
            if chars is None:
                self.always.append(index)
            for char in chars or ():
                self.by_first_char.setdefault(char, []).append(index)

    def for_sentence(self, sentence: str) -> list[Trigger]:
        found = map(self.by_first_char.get, set(sentence), repeat(()))  # each character's triggers, in C
        return [self.triggers[i] for i in sorted(set(self.always).union(*found))]


@lru_cache(maxsize=1)
def _shipped_triggers() -> _TriggerTable:
    return _TriggerTable(lexicon())


_MAX_FIRST_CHARS = 64  # a class of more characters than this (a range of them) is tried on every sentence


@lru_cache(maxsize=1024)
def _first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of a trigger's regex begins with, read from its parse tree where it opens with
    literals, classes of literals, alternatives of those, groups and repeats of one or more; None where it may
    begin otherwise (with an empty match, a negated class, an anchor, a lookaround) or cannot be read."""
    try:
        from re import _constants as sre
        from re import _parser

        if pattern.flags & re.IGNORECASE:
            return None

        def first(items: list) -> set[str] | None:
            if not items:
                return None
            op, value = items[0]
            if op is sre.LITERAL:
                return {chr(value)}
            if op is sre.IN:
                chars: set[str] = set()
                for item_op, item in value:
                    if item_op is sre.LITERAL:
                        chars.add(chr(item))
                    elif item_op is sre.RANGE and item[1] - item[0] < _MAX_FIRST_CHARS:
                        chars.update(map(chr, range(item[0], item[1] + 1)))
                    else:
                        return None
                return chars
            if op is sre.BRANCH:
                found: set[str] = set()
                for branch in value[1]:
                    chars = first(list(branch))
                    if chars is None:
                        return None
                    found |= chars
                return found
            if op is sre.SUBPATTERN and not (value[1] | value[2]):  # no flags set or cleared inside
                return first(list(value[3]))
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
                return first(list(value[2]))
            return None

        chars = first(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a parser of another Python: every sentence tries the regex
        return None
    return frozenset(chars) if chars is not None and len(chars) <= _MAX_FIRST_CHARS else None


def _sentence_hits(sentence: str, triggers: Sequence[Trigger]) -> list[_Hit]:
    """Every trigger match in a sentence that survives its context, its veto and the guards."""
    drill = guards().drill.search(sentence)
    drill_from = _clause_span(sentence, drill.start())[0] if drill else len(sentence)
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
                    trigger.phase == "lifted" or _lifted(sentence, match.start(), match.end(), cancel=cancel)
                )
                hits.append(
                    _Hit(trigger.category, match.start(), match.end(), "lifted" if lifted else "ordered")
                )
    return hits


_SENTENCE_END = re.compile(r"[。!?;]")


def _asked(sentence: str, end: int) -> bool:
    """The trigger's sentence ends with a question mark after it, before any other stop, and holds a question word
    (data/measure_question_words.txt; a bare ? may be a character lost to mojibake): a question, not a report."""
    stop = _SENTENCE_END.search(sentence, end)
    if stop is None or stop.group() != "?":
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(sentence, 0, end)), default=0)
    return bool(guards().question.search(sentence, start, stop.start()))


def _negated(sentence: str, clause_start: int, position: int) -> bool:
    """Whether a negation before the trigger in its clause negates it: right before it, or before its verb, its
    object after a coverb and its scope (`没有设置卡点`, `未对进出车辆设卡`); or anywhere in the verb phrase that holds
    it (`没有在各路口设立防疫检查站`, `尚未开展拉网式排查`), unless a word between ends the negation's reach
    (`没有健康码的人员`), a coverb before it makes it part of an object (`对未接种人员开展摸排`) or it only
    finds fault with how the measure is carried out (`未严格落实扫码要求`)."""
    g = guards()
    left = max(clause_start, position - _NEGATION_PHRASE_REACH)
    phrase = sentence[left:position]
    negations = list(g.negation_phrase.finditer(phrase))
    if negations and g.shortfall.match(phrase, negations[-1].end()):
        return False  # `未严格落实扫码、测温要求`: the measure is ordered, its execution falls short
    window = sentence[max(clause_start, position - _NEGATION_PHRASE_REACH) : position]
    if g.negation.search(window[-_NEGATION_REACH:]) or g.negation_listed.search(window):
        return True
    for negation in reversed(negations):
        if any(
            w.start() <= negation.start() < w.end()
            for w in g.negation_not.finditer(
                sentence, max(clause_start, left + negation.start() - 3), position
            )
        ):
            continue  # `未来`, `未经批准`: no negation
        if _reach_ends(phrase, negation.end()):
            return False  # the nearest negation's reach ends before the trigger; an earlier one's too
        return not g.negation_coverbs.search(sentence, clause_start, left + negation.start())
    return False


def _denied(text: str, at: int) -> bool:
    """A negation (data/measure_negation.txt) ends right at `at`."""
    return any(m.end() == at for m in guards().negation.finditer(text, max(0, at - 4), at))


def _reach_ends(phrase: str, start: int) -> bool:
    """Whether a word that ends a negation's reach stands in the phrase from `start` on, outside a title
    (`没有发放《致全县人民的一封信》`) and not inside an object a coverb after the negation opens
    (`没有对履职不力的干部进行问责`)."""
    g = guards()
    titles = [m.span() for m in _BOOK_TITLE.finditer(phrase)]
    opened = phrase.rfind("《", start)
    if opened > phrase.rfind("》"):
        titles.append((opened, len(phrase)))  # the trigger inside a title: `没有发放《致全县人民的一封信》`
    for end in g.negation_ends.finditer(phrase, start):
        if any(a < end.start() < b for a, b in titles):
            continue
        return not g.negation_coverbs.search(phrase, start, end.start())
    return False


def _lifted(sentence: str, start: int, end: int, *, cancel: bool = False) -> bool:
    """Whether a lifting word stands shortly before the trigger in its clause (`撤除卡点`) or right after it
    (`卡点全部撤除`, `封控区解除封控`), with nothing between that ends its reach (`解除隔离后...`). With `cancel`, a
    word that calls a measure off lifts it too, right before it (`取消全员核酸检测`, `暂停所有核酸采样点`) or inside
    its words (`小区取消封闭管理`; not the trigger's own last verb, `公交暂停`)."""
    g = guards()
    inside = g.lifting.search(sentence, start, end)
    if inside is not None and inside.start() > start:
        return True  # `小区解除封闭`: the trigger's own words hold the lifting
    called_off = g.cancel.search(sentence, start, end) if cancel else None
    if called_off is not None and start < called_off.start() and called_off.end() < end:
        return True
    clause_start, clause_end = _clause_span(sentence, start)
    before = sentence[max(clause_start, start - _LIFTING_REACH) : start]
    lifting = next(reversed(list((g.cancel if cancel else g.lifting).finditer(before))), None)  # the nearest
    if lifting is not None and _denied(before, lifting.start()):
        return False  # `从未停止核酸检测`, `没有停止巡逻`: a letup denied, the measure goes on
    if lifting is not None and not g.lifting_after.search(before, lifting.end()):
        between = before[lifting.end() :]
        if not g.lifting.fullmatch(lifting.group()):
            # `取消全员核酸检测`; not `暂停聚集性活动的公告`, what a call-off's clause modifies, nor an aside
            # (`暂停营业(保供超市除外)`)
            return (
                len(between) <= _CANCEL_REACH
                and not g.modifier.search(between)
                and not _ASIDE.search(between)
            )
        # `对解除隔离的人员测温`: the lifting inside a coverb's object names no more than that object's noun
        object_of = bool(
            g.negation_coverbs.search(sentence, clause_start, start - len(before) + lifting.start())
        )
        return not _past_noun(between, 0 if object_of else _HEAD_REACH)
    listed = sentence[max(clause_start, start - _LISTED_LIFTING_REACH) : start]
    lifting = next(reversed(list(g.lifting.finditer(listed))), None)
    if lifting is not None and _LIST_MARK in listed[lifting.end() :]:
        return not g.lifting_after.search(listed, lifting.end()) and not _past_noun(listed[lifting.end() :])
    after = sentence[end : max(end, min(clause_end, end + _LIFTED_AFTER_REACH))]
    lifting = g.lifting.search(after)
    return lifting is not None and not g.lifting_after.search(after, 0, lifting.start())


def _past_noun(between: str, reach: int = _HEAD_REACH) -> bool:
    """Whether the words between a lifting word and a trigger hold a modifier's mark with more than a noun's
    head (`reach` characters) after it (`解除隔离的人员落实测温`): the trigger is in the verb phrase after what the
    lifting names."""
    marks = list(guards().modifier.finditer(between))
    return bool(marks) and len(between) - marks[-1].end() > reach


def _counts(sentence: str, match: re.Match[str], trigger: Trigger, *, negation: bool = True) -> bool:
    """False when the trigger is vetoed, negated (when `negation` asks), hypothetical, planned, advised or a name."""
    g = guards()
    start, end = _clause_span(sentence, match.start())
    clause = sentence[start : max(end, match.end())]
    before = sentence[start : match.start()]
    after = sentence[match.end() : max(end, match.end())]
    if trigger.veto is not None and trigger.veto.search(clause):
        return False
    if _excepted(before, after, sentence[end + 1 : end + 3]):
        return False  # `除保障群众基本生活必需的农贸市场外`: what stays open, no supply measure
    if negation and _negated(sentence, start, match.start()):
        return False
    if g.hypothetical.search(before) or g.rhetoric.search(clause) or g.rumour.search(clause):
        return False
    if start > 1 and g.hypothetical.search(sentence[_clause_span(sentence, start - 2)[0] : start]):
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
    if trigger.category in _GOODS_CATEGORIES and _as_goods(sentence, match, clause):
        return False  # `捐赠N95口罩2万只、护目镜300副`: supplies given, no protection taken
    if _in_unpublished_title(sentence, match.start()):
        return False
    if _asked(sentence, match.end()):
        return False  # `测过核酸了吗?`: a question put to residents, no testing reported
    if g.unimplemented.search(sentence[match.end() : match.end() + _UNIMPLEMENTED_REACH].split("。")[0]):
        return False  # `"健康码"系统尚在调试,暂未在镇内推行`: not in force yet
    return not (trigger.category in BEHAVIOUR_CATEGORIES and _advised(sentence, match.start(), match.end()))


def _as_goods(sentence: str, match: re.Match[str], clause: str) -> bool:
    """Masks, gowns or disinfectant as goods (data/measure_goods.tsv): the sentence tells of supplies given,
    received or made, or the things are counted as items right after the trigger; not where its clause hands them
    out to be used (`向居民发放口罩2000只`)."""
    g = guards()
    if g.goods_use.search(clause):
        return False
    return bool(g.goods_given.search(sentence) or g.goods_counted.match(sentence, match.end()))


def _excepted(before: str, after: str, following: str) -> bool:
    """Whether the trigger lies in an exception clause: an opening word before it in its clause, and the closing
    word last in the clause after it (data/measure_exception.tsv); not where the clause `following` opens with a
    word that makes it "besides" (`除…外,还…`)."""
    words = data_groups("measure_exception.tsv")
    if not any(w in before for w in words["open"]) or following.startswith(tuple(words["additive"])):
        return False
    hidden = before
    for word in words["not_open"]:
        hidden = hidden.replace(word, "\0" * len(word))  # `解除`, `除夕`: 除 of a word opens no exception
    return any(w in hidden for w in words["open"]) and after.rstrip(" )").endswith(tuple(words["close"]))


# Advice whose words are quoted, then a new clause (`倡导“红事缓办、白事简办”,`): the advice ends with the quote.
_QUOTED_ADVICE = re.compile(r"[^“”]{0,4}“[^”]*”\s*[,;,;]")


def _advised(sentence: str, position: int, end: int) -> bool:
    """Whether the words before a trigger (`position` to `end`) are advice to the public, with no order between
    them and the trigger's end (`提醒村民不聚集、红白喜事一律停办`: the trigger states its own order)."""
    window = sentence[max(0, position - _ADVICE_REACH) : position].rsplit(";", 1)[-1].rsplit(";", 1)[-1]
    advice = next(reversed(list(guards().advice.finditer(window))), None)  # the nearest
    if advice is None:
        return False
    if window[advice.end() : advice.end() + 1] in _LIST_BREAK and not window.startswith(
        tuple(data_words("measure_advice_addressees.txt")), advice.end() + 1
    ):
        return False  # `搞宣传、设关卡`: publicity as one item of a list, not advice about what follows
    if window[advice.end() : advice.end() + 1] in data_words(
        "list_joiners.txt"
    ) and not _CLAUSE_BREAK.intersection(window[advice.end() :]):
        return False  # `做好宣传和村组封闭工作`: publicity and the behaviour joined in one clause, two tasks
    if _QUOTED_ADVICE.match(window, advice.end()):
        return False  # `倡导“宴会不办”,春节期间不举办庙会`: the advice is the slogan quoted; what follows is an order
    return not guards().orders.search(window[advice.end() :] + sentence[position:end])


def _in_unpublished_title(sentence: str, position: int) -> bool:
    """Whether a position lies inside a document title (《...》) that is not issued right there."""
    for title in _BOOK_TITLE.finditer(sentence):
        if title.start() < position < title.end():
            return not guards().publishing.search(sentence[: title.start()])
    return False


def _clause_span(sentence: str, position: int) -> tuple[int, int]:
    """The clause (between , ; : and the sentence ends) around a position."""
    start = max((m.end() for m in _CLAUSE.finditer(sentence, 0, position)), default=0)
    following = _CLAUSE.search(sentence, position)
    return start, following.start() if following else len(sentence)


def _clause_index(sentence: str, position: int) -> int:
    return len(_CLAUSE.findall(sentence, 0, position))


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
            left, right = _clause_span(piece, ordered.start)
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
