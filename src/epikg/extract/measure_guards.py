"""The guards that drop a trigger or turn its phase: a negation, a question, a plan, advice, a rumour, goods
rather than a measure, an exception, a lifting word before or after it; their words are data/measure_*.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from epikg.lexicon import (
    LIST_COMMA,
    data_groups,
    data_words,
    numerals,
    read_data_lines,
    scale_class,
    word_pattern,
)

CLAUSE = re.compile(r"[,;:,;:]")


_ADVICE_REACH = 30  # characters from an advice word to the behaviour it advises


_LIFTING_REACH = 12  # characters from a lifting word to the trigger of what it lifts (`撤除全县所有交通卡点`)


# ... and across a list of the places it lifts the measure at (`撤除祁山大道、建设路、城北桥等6处临时交通管制设施`)
_LISTED_LIFTING_REACH = 40


_HEAD_REACH = 4  # characters from a modifier's mark to the trigger it modifies (`撤除设在路口的防疫检查站`)


_ASIDE = re.compile(r"[(（]")


_CANCEL_REACH = 6  # characters from a word calling a measure off to its trigger (`取消全县所有卡点`)


_LIFTED_AFTER_REACH = 5  # characters from a trigger to a lifting word after it (`卡点全部撤除`)


# characters before a trigger holding its negation, the object, verb and scope between (`暂未组织全员核酸`,
# `未对进出车辆设卡`)
_NEGATION_REACH = 12


# ... and from a negation to a trigger in the verb phrase it negates (`没有对重点地区来返人员进行全面摸排`)
_NEGATION_PHRASE_REACH = 16


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
    habitual: re.Pattern[str]  # earlier in the clause only (`平日里`)
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
    means: re.Pattern[str]  # between advice and behaviour, a frame of means closed: the advice was the means
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
        habitual=words("habitual"),
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
        means=re.compile(f"(?:{words('means').pattern}),"),
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


_SENTENCE_END = re.compile(r"[。!?;]")


def asked(sentence: str, end: int) -> bool:
    """The trigger's sentence ends with a question mark after it, before any other stop, and holds a question word
    (data/measure_question_words.txt; a bare ? may be a character lost to mojibake): a question, not a report."""
    stop = _SENTENCE_END.search(sentence, end)
    if stop is None or stop.group() != "?":
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(sentence, 0, end)), default=0)
    return bool(guards().question.search(sentence, start, stop.start()))


def negated(sentence: str, clause_start: int, position: int) -> bool:
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


def reads_lifted(sentence: str, start: int, end: int, *, cancel: bool = False) -> bool:
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
    clause_start, clause_end = clause_span(sentence, start)
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
        if _frees_an_area(between):
            return False  # `解封区域的环境消杀`: the disinfection of the freed area, taken there
        return not _past_noun(between, 0 if object_of else _HEAD_REACH)
    listed = sentence[max(clause_start, start - _LISTED_LIFTING_REACH) : start]
    lifting = next(reversed(list(g.lifting.finditer(listed))), None)
    if lifting is not None and LIST_COMMA in listed[lifting.end() :]:
        return not g.lifting_after.search(listed, lifting.end()) and not _past_noun(listed[lifting.end() :])
    after = sentence[end : max(end, min(clause_end, end + _LIFTED_AFTER_REACH))]
    lifting = g.lifting.search(after)
    return lifting is not None and not g.lifting_after.search(after, 0, lifting.start())


def _frees_an_area(between: str) -> bool:
    """The words between a lifting word and a trigger open with what the lifting frees and its 的, a head noun
    after it (data/measure_lifted_areas.txt: `区域的环境`): the lifting only describes that noun."""
    marks = list(guards().modifier.finditer(between))
    return (
        bool(marks)
        and between[: marks[0].start()] in data_words("measure_lifted_areas.txt")
        and len(between) > marks[0].end()
    )


def _past_noun(between: str, reach: int = _HEAD_REACH) -> bool:
    """Whether the words between a lifting word and a trigger hold a modifier's mark with more than a noun's
    head (`reach` characters) after it (`解除隔离的人员落实测温`): the trigger is in the verb phrase after what the
    lifting names."""
    marks = list(guards().modifier.finditer(between))
    return bool(marks) and len(between) - marks[-1].end() > reach


def as_goods(sentence: str, match: re.Match[str], clause: str) -> bool:
    """Masks, gowns or disinfectant as goods (data/measure_goods.tsv): the sentence tells of supplies given,
    received or made, or the things are counted as items right after the trigger; not where its clause hands them
    out to be used (`向居民发放口罩2000只`)."""
    g = guards()
    if g.goods_use.search(clause):
        return False
    return bool(g.goods_given.search(sentence) or g.goods_counted.match(sentence, match.end()))


def excepted(before: str, after: str, following: str) -> bool:
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


def advised(sentence: str, position: int, end: int) -> bool:
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
    if guards().means.search(window, advice.end()):
        return False  # `通过发放宣传单…等多种渠道和手段,劝停了8次喜宴`: the means of what the next clause reports
    if _QUOTED_ADVICE.match(window, advice.end()):
        return False  # `倡导“宴会不办”,春节期间不举办庙会`: the advice is the slogan quoted; what follows is an order
    return not guards().orders.search(window[advice.end() :] + sentence[position:end])


def in_unpublished_title(sentence: str, position: int) -> bool:
    """Whether a position lies inside a document title (《...》) that is not issued right there."""
    for title in _BOOK_TITLE.finditer(sentence):
        if title.start() < position < title.end():
            return not guards().publishing.search(sentence[: title.start()])
    return False


def clause_span(sentence: str, position: int) -> tuple[int, int]:
    """The clause (between , ; : and the sentence ends) around a position."""
    start = max((m.end() for m in CLAUSE.finditer(sentence, 0, position)), default=0)
    following = CLAUSE.search(sentence, position)
    return start, following.start() if following else len(sentence)
