"""Reported numbers: the staff, checkpoints, vehicles, samples and money an article counts.

A quantity is a numeral (Arabic, Chinese or mixed: `4.98万`, `3万5千`, `两千`)
followed by a measure word (`个`, `人次`, `辆`, `元`...). Requiring the measure
word keeps out most of what gold-format.md excludes: dates (`2月2日`), clock
times (`9时30分`), durations (`24小时`, `14天`), ages (`75岁`), distances, case
counts (`7例`), hotlines (`12345`) and list numbering have none we accept.
What remains is filtered by context: ordinals (`第五轮`), demonstratives (`这三件事`),
fixed phrases (`第一时间`, `一起`), slogans inside short quotes (`“五包一”`),
`1+6` models, frequencies (`每两天`), reduplications (`一个个`), populations
(`10余万人口`), case counts written with 人 (`确诊病例2人`), a household's own
spending (`花了4万多元`) and numerals with no exact value (`数十人`).

A percentage is a quantity only as a rate the response reports reaching (`接种率达98.6%`:
extract/rates.py); a share of something else (`不得超过容量的50%`) is none.

Every pattern here is linear in the text: a numeral is read as one maximal run of
numeral characters (no repetition nested in another), and what follows it is
matched once, from the run's end (issue 15: a nested `\\d+` took 17 s on 24 digits).
The word lists live in `epikg/data/quantity_*.txt|tsv`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from epikg import gazetteer
from epikg.extract.rates import find_rates
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    data_groups,
    data_table,
    is_common_word,
    numerals,
    read_data_lines,
    two_character_words,
)
from epikg.records import EntityType, Mention, Quantity

# --- numerals -------------------------------------------------------------------------

_DATA_AT_IMPORT = True  # its tables are read from data files here: lexicon re-runs it for --rules
_NUMERALS = numerals("plain", "financial", "colloquial")  # data/numerals.tsv; ○ is for dates only
_DIGITS = {c: v for c, v in _NUMERALS.items() if v < 10}
_FINANCIAL = frozenset(numerals("financial"))  # 伍 also ends the word 队伍
_SMALL = {c: v for c, v in _NUMERALS.items() if 10 <= v < 10_000}
_LARGE = {c: v for c, v in _NUMERALS.items() if v >= 10_000}
_ZEROS = "".join(c for c, v in _DIGITS.items() if v == 0)
_CN = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)
_TOKEN = re.compile(rf"\d+(?:\.\d+)?|[{_CN}]")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_CODE_PREFIX = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,2}$")  # a train's or a road's letters (K1234, G104)


def parse_number(text: str) -> Decimal | None:
    """The value of a whole numeral string (`4.98万` -> 49800), None when it is not one; never raises."""
    try:
        return _parse(text.strip())
    except (InvalidOperation, ValueError, ArithmeticError, TypeError, AttributeError):
        return None


def _parse(text: str) -> Decimal | None:
    if not text or len(text) > 40:
        return None
    grouped = _GROUPED.match(text)
    if grouped and not text[grouped.end() : grouped.end() + 1].isdigit():
        text = text[: grouped.end()].replace(",", "") + text[grouped.end() :]  # `1,628`, `1,628万`
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != text:
        return None
    if len(tokens) == 1 and tokens[0][0].isdigit():
        return _plain(Decimal(tokens[0]))
    if all(t in _DIGITS for t in tokens):
        return _digit_string(tokens)
    return _positional(tokens)


def _plain(value: Decimal) -> Decimal:
    """An integral value without exponent or trailing zeros (`4.98万` is 49800, not 4.9800E+4)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _digit_string(tokens: list[str]) -> Decimal | None:
    """`三` is 3 and `二〇二〇` is 2020; a run like `三五` is a vague pair, not a number."""
    if len(tokens) == 1:
        return Decimal(_DIGITS[tokens[0]])
    if any(t in _ZEROS for t in tokens):
        return Decimal("".join(str(_DIGITS[t]) for t in tokens))
    return None


def _digit_value(token: str) -> Decimal:
    return Decimal(_DIGITS[token]) if token in _DIGITS else Decimal(token)


def _positional(tokens: list[str]) -> Decimal | None:
    """Place-value numerals: `一百二十`, `3万5千`, `两千五` (2500), `4.98万`, `3亿5千万`."""
    total, section = Decimal(0), Decimal(0)
    current: Decimal | None = None
    last_small = 0  # the place value written last in this section (for `两千五`)
    last_large = 0
    zero_seen = False
    for token in tokens:
        if token in _SMALL:
            unit = _SMALL[token]
            bare_ten = unit == 10 and (zero_seen or not (section or total))  # `十五`, `六万零十`
            if (last_small and unit >= last_small) or (current is None and not bare_ten):
                return None  # `十百`, `百` alone, `一万百`
            section += (current if current is not None else 1) * unit
            current, last_small, zero_seen = None, unit, False
        elif token in _LARGE:
            unit = _LARGE[token]
            if (current is None and not section and not (unit == 10**8 and total)) or (
                last_large and unit >= last_large and unit != 10**8
            ):
                return None
            value = section + (current or 0)
            total = (total + value) * unit if unit == 10**8 else total + value * unit
            section, current, last_small, last_large, zero_seen = Decimal(0), None, 0, unit, False
        elif token in _ZEROS:
            zero_seen = True
        else:
            if current is not None:
                return None  # two digits in a row: `三五万`
            current = _digit_value(token)
    if current is not None and not zero_seen and current % 1 == 0 and 0 < current < 10:
        current *= last_small // 10 if last_small else max(last_large // 10, 1)  # `两千五`, `一万五`
    return _plain(total + section + (current or 0))


# --- the word lists -------------------------------------------------------------------


def _entries(name: str) -> list[str]:
    """The entries of a data file, an inline `  # comment` removed."""
    return [re.split(r"\s+#", line)[0].strip() for line in read_data_lines(name)]


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _literal(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


_UNITS = _longest_first(_entries("quantity_units.txt"))
_NUMERAL_UNITS = tuple(u for u in _UNITS if u[0] in _NUMERALS)  # `千克`: `5千克` is 5, not 5000
_APPROX_WORDS = {
    w: kind == "approx" for w, kind in (e.split("\t") for e in _entries("quantity_approx_words.tsv")[1:])
}
_PRE_WORDS = _longest_first(list(_APPROX_WORDS))
_VAGUE = _longest_first(_entries("quantity_vague_before.txt"))
_DEMONSTRATIVES = _longest_first(_entries("quantity_demonstratives.txt"))
_ONE_CUES = _longest_first(_entries("quantity_one_cues.txt"))
_PER_TIME = re.compile(
    rf"(?:{_literal(_entries('quantity_per_words.txt'))})(?:{_literal(_entries('quantity_per_time_words.txt'))})?$"
)
_DIVISION = _longest_first(_entries("quantity_division_verbs.txt"))
_TIMES_UNITS = frozenset(_entries("quantity_times_units.txt"))
_PER_PERIOD = re.compile(
    rf"(?:{_literal(_entries('quantity_per_words.txt'))})(?:{_literal(_entries('quantity_per_time_words.txt'))})"
)
_CASE_WORDS = _longest_first(_entries("quantity_case_words.txt"))
_NOT_CASES = _longest_first(_entries("quantity_not_case_before.txt"))
_CASE_TRAITS = tuple(_entries("quantity_case_traits.txt"))
_SPENDING = _longest_first(_entries("quantity_spending_words.txt"))
_SPENT_UNITS = frozenset(_entries("quantity_spent_units.txt"))
_FIXED = re.compile(_literal(_entries("quantity_fixed_phrases.txt")))
_PLACE_AFTER = frozenset(_entries("quantity_place_suffixes.txt"))
_NOT_COUNTED: dict[str, tuple[str, ...]] = {}
for _unit, _after in (e.split("\t") for e in _entries("quantity_not_counted.tsv")[1:]):
    _NOT_COUNTED[_unit] = _longest_first([*_NOT_COUNTED.get(_unit, ()), _after])
_VERB = re.compile(
    rf"(?:(?:{_literal(_entries('quantity_result_verbs.txt'))})"
    rf"(?!{_literal([noun[1:] for noun in _entries('quantity_complement_nouns.txt')])})"
    rf"|{_literal(_entries('quantity_counting_verbs.txt'))})"
    rf"(?!{_literal(_entries('quantity_verb_noun_heads.txt'))})"
)
_DESCRIBING = re.compile("|".join(_entries("quantity_describing_openers.txt")))
_CHANGES = data_groups("quantity_changes.tsv")
_STOP_AFTER = re.compile(
    "|".join(_entries("quantity_clause_stops.txt")) + f"|{_DESCRIBING.pattern}|{_literal(_CHANGES['to'])}"
)
_LEAD_WORDS = _literal(_entries("quantity_lead_words.txt"))
_LEAD = re.compile(rf"^(?:{_LEAD_WORDS})+")
_TRAILING = re.compile(rf"(?:{_literal(_entries('quantity_trailing_adverbs.txt'))})+$")
# `日检测能力已提升至`, `日检测能力已由原来的`: a change to a level, and the earlier level it was changed from
# (data/quantity_changes.tsv), after the noun both numbers count
_ADVERBS = rf"(?:{_LEAD_WORDS})*"
_CHANGE = rf"{_ADVERBS}(?:{_literal(_CHANGES['to'])})"
_CHANGE_TO = re.compile(f"{_CHANGE}$")
_CHANGE_FROM = re.compile(
    rf"{_ADVERBS}(?:{_literal(_CHANGES['from'])})"
    rf"(?:[^,。;]{{0,6}}?(?:{_literal(_CHANGES['former'])})(?:{_literal(_CHANGES['particle'])})?)?$"
)
_CHANGE_ONLY = re.compile(_CHANGE)
_TAIL_WORDS = {
    kind: "|".join(map(re.escape, words)) for kind, words in data_groups("quantity_tail_words.tsv").items()
}
_COPULA = re.compile(rf"(?:{_literal(_entries('quantity_copulas.txt'))})$")
_COPULA_NOUNS = tuple(_entries("quantity_copula_nouns.txt"))
_CASE_COPULA = re.compile(rf"(?:{_literal(_entries('quantity_case_copulas.txt'))})$")
_REACHING = _longest_first(_entries("quantity_reaching_words.txt"))
_PREPOSITIONS = tuple(_entries("quantity_scope_prepositions.txt"))
_SCOPE_OBJECT = re.compile(
    rf"(?:{_literal(_entries('quantity_scope_prepositions.txt'))})"
    rf"(?:{_literal(_entries('quantity_scope_chars.txt'))})\w{{1,2}}$"
)
_MADE_UP_OF = tuple(_entries("quantity_made_up_of.txt"))
_COMPOSED_CLOSES = tuple(data_groups("quantity_composed_of.tsv")["closes"])
_COMPOSED_REACH = 14  # characters of the makers: 返乡大学生, 党员、网格员和返乡大学生
_COMPOSED_OF = re.compile(
    f"(?:{_literal(data_groups('quantity_composed_of.tsv')['opens'])})[^,。;:]{{1,{_COMPOSED_REACH}}}?"
    f"(?:{_literal(list(_COMPOSED_CLOSES))})"
)
_ROUND_BEFORE = frozenset(_entries("quantity_round_before.txt"))
_ORDINAL_MARKS = tuple(_entries("quantity_ordinal_marks.txt"))
_FRACTION = _longest_first(_entries("quantity_fraction_words.txt"))
_PLACE_UNITS = frozenset(_entries("quantity_place_units.txt"))
_BUILDING_UNITS = tuple(_entries("quantity_building_units.txt"))
_LABEL_MARKS = (":", "：")
_COMPOUNDS = _longest_first(_entries("place_name_suffixes.txt"))  # 小区, 花园: a compound before its building
_GROUP_UNITS = tuple(_entries("quantity_village_group_units.txt"))
_VILLAGES = _longest_first(_entries("place_village_suffixes.txt"))
_NUMBERED_BUILDING = re.compile(rf"\d(?:{_literal(list(_BUILDING_UNITS))})、$")  # `1栋、` before `3栋`
_JOINERS = _longest_first(_entries("list_joiners.txt"))
_CUT_JOINERS = _longest_first(_entries("quantity_cut_joiners.txt"))
# `红星村三组、五组`, `东风村一组至八组`: the groups after the first of a village's list are numbered too
_NUMBERED_GROUPS = re.compile(
    rf"(?:{_literal(list(_VILLAGES))})(?:[\d{_CN}]+(?:{_literal(list(_GROUP_UNITS))})"
    rf"(?:{_literal(list(_JOINERS))}|{_TAIL_WORDS['range']}))+$"
)
_NOUN_BEFORE_UNITS = frozenset(_entries("quantity_noun_before_units.txt"))
_NOT_ENDS = tuple(_entries("quantity_counted_not_ends.txt"))
# a facility's name, not followed by a character that goes on it (`核酸采样点位`)
_FACILITY = re.compile(
    f"(?:{_literal(_entries('quantity_facility_nouns.txt'))})"
    f"(?!{_literal(_entries('quantity_facility_continuations.txt'))})"
)
_DIVISION_UNITS = data_table("quantity_division_units.tsv")
_LIMITS = {kind: _longest_first(words) for kind, words in data_groups("quantity_limits.tsv").items()}
_ATTRIBUTIVE = frozenset(_entries("quantity_attributive.txt"))
_TIMES_OPENINGS = _longest_first(_entries("quantity_times_openings.txt"))
_BARE_TIMES = tuple(w for w in data_groups("quantity_tail_words.tsv")["times"] if not w.startswith("("))

# --- quantities in text -----------------------------------------------------------------

# One maximal numeral run: each step takes one character, so finding runs is linear; a
# `.` or `,` belongs to the run only between digits (`4.98`, `1,628`).
_RUN_BODY = rf"[\d{_CN}](?:[\d{_CN}]|(?<=\d)\.(?=\d)|(?<=\d),(?=\d{{3}}(?!\d)))*+"
_RUN = re.compile(_RUN_BODY)
_ARABIC = re.compile(r"\d")
# What may follow a run, matched once from its end: a range, `余`/`多`, the measure word.
_TAIL = re.compile(
    rf"(?:[ \t]*+(?P<sep>{_TAIL_WORDS['range']})[ \t]*+(?P<upper>{_RUN_BODY}))?"
    rf"(?:(?P<fuzzy>{_TAIL_WORDS['fuzzy']})(?P<scale>{_TAIL_WORDS['scale']})?)?"
    rf"[ \t\u3000]?(?P<unit>{'|'.join(map(re.escape, _UNITS))})"
    rf"(?P<times>{_TAIL_WORDS['times']})?(?P<post>{_TAIL_WORDS['post']})?"
)
_ROUND = {c: Decimal((_SMALL | _LARGE)[c]) for c in _entries("quantity_round_numbers.txt")}
_QUOTE_OPEN, _QUOTE_CLOSE = "“「『《", "”」』》"
_CLAUSE_END = set(',。;:!?、()“”"《》[]【】\n…|')
_PHRASE_END = _CLAUSE_END - set("()")
_LIST_MARKS = frozenset(_entries("list_joiners.txt")) & _PHRASE_END  # 、 between the items of a list


@dataclass(frozen=True)
class _Hit:
    """A numeral run and what follows it, before context decides whether it is a count."""

    start: int  # the approximation word's start when there is one, else the numeral's
    num_start: int
    numeral: str
    pre: str | None
    unit: str
    end: int
    sep: str | None = None
    upper: str | None = None
    fuzzy: str | None = None
    post: str | None = None
    scale: str | None = None  # `10余万只`: a large unit after `余`, multiplying the number


def outside_names(quantities: Iterable[Quantity], mentions: Iterable[Mention]) -> tuple[Quantity, ...]:
    """The quantities less those read inside a place's, a body's or a person's name (`三间房村`: 三间 counts no
    rooms; `陆家明说`: the receipt form of 六 is a surname)."""
    names = [
        (m.start, m.end)
        for m in mentions
        if m.type in (EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON)
    ]
    return tuple(q for q in quantities if not any(start <= q.start and q.end <= end for start, end in names))


def find_quantities(text: str, *, offset: int = 0) -> list[Quantity]:
    """Every counted number in text with what it counts; offsets into text shifted by offset."""
    found: list[Quantity] = []
    fixed = [m.span() for m in _FIXED.finditer(text)]  # in order and disjoint: bisect, never scan all
    fixed_starts = [a for a, _ in fixed]
    previous_end = 0  # what is counted is never looked for across an earlier number
    consumed = 0  # a run inside an earlier match (the upper bound of `3至5个`) is not read again
    for run in _RUN.finditer(text):
        if run.start() < consumed:
            continue
        digits = _ARABIC.search(run.group())
        if digits is not None and digits.start() > 0:
            # `队伍26支`: 伍 (5 in receipts) ends the word 队伍; the number starts at its digits
            run = _RUN.match(text, run.start() + digits.start())
        elif run.group()[0] in _FINANCIAL and is_common_word(text[run.start() - 1 : run.start() + 1]):
            # `两支队伍轮班`: 伍 ends the word 队伍, no 5 rounds; what follows it may still be a number
            run = _RUN.match(text, run.start() + 1) if len(run.group()) > 1 else None
            if run is None:
                continue
        if _CODE_PREFIX.search(text, max(0, run.start() - 3), run.start()):
            continue  # `K1234次列车`, `G104国道`: a code's number, no count (but `KTV12家` counts)
        hit = _hit(text, run)
        if hit is None:
            continue
        consumed = hit.end
        inside = bisect_right(fixed_starts, hit.num_start) - 1
        if inside >= 0 and hit.num_start < fixed[inside][1]:
            continue  # `第一时间`, `一起`
        quantity = _quantity(text, hit, previous_end)
        if quantity is not None and found and _CHANGE_ONLY.fullmatch(text, previous_end, hit.start):
            quantity = replace(quantity, counts=found[-1].counts)  # `由3间扩充至8间`: the rooms, both
        if quantity is not None:
            previous_end = hit.end
            found.append(replace(quantity, start=quantity.start + offset, end=quantity.end + offset))
    return sorted((*found, *find_rates(text, offset=offset)), key=lambda q: q.start)


def _hit(text: str, run: re.Match[str]) -> _Hit | None:
    """The run with its measure word after it (or None), and an approximation word before it."""
    numeral, end = run.group(), run.end()
    tail = _TAIL.match(text, end)
    if tail is None and len(numeral) > 1 and any(text.startswith(u, end - 1) for u in _NUMERAL_UNITS):
        numeral, end = numeral[:-1], end - 1  # `5千克`: the 千 belongs to the measure word
        tail = _TAIL.match(text, end)
    pre = next((w for w in _PRE_WORDS if text.endswith(w, 0, run.start())), None)
    start = run.start() - len(pre) if pre else run.start()
    if tail is None:
        word = next((w for w in _DIVISION_UNITS if text.startswith(w, end)), None)
        if word and any(text.endswith(v, 0, start) for v in _DIVISION):
            return _Hit(
                start, run.start(), numeral, pre, _DIVISION_UNITS[word], end + len(word)
            )  # `划分为6大网格`
        return None
    unit = tail.group("unit") + (tail.group("times").strip("()") if tail.group("times") else "")
    end, post = tail.end(), tail.group("post")
    unit_end = tail.end("times") if tail.group("times") else tail.end("unit")
    times = next((w for w in _BARE_TIMES if unit.endswith(w) and unit != w), None)
    if (
        times
        and not post
        and unit[: -len(times)] in _UNITS
        and text.startswith(_TIMES_OPENINGS, unit_end - len(times))
    ):
        # `封闭5条次要道路`: 次 opens the next word (次要), the measure word is 条
        unit, end, post = unit[: -len(times)], unit_end - len(times), None
    return _Hit(
        start, run.start(), numeral, pre, unit, end,
        tail.group("sep"), tail.group("upper"), tail.group("fuzzy"), post, tail.group("scale"),
    )  # fmt: skip


def _quantity(text: str, hit: _Hit, previous_end: int) -> Quantity | None:
    """The Quantity a hit stands for, or None when context shows it is not a count."""
    numeral, unit = hit.numeral, hit.unit
    value = parse_number(numeral)
    if value is not None and hit.scale:
        value *= _LARGE[hit.scale]  # `十余万只`: more than ten ten-thousands
    approx_pre = hit.pre is not None and _APPROX_WORDS[hit.pre]
    round_value = _round(numeral)
    if value is None:
        value, upper = _adjacent_pair(numeral)
        if (
            value is None
            and round_value is not None
            and (approx_pre or hit.fuzzy or _before(text, hit.start, 1) in _ROUND_BEFORE)
        ):
            value = round_value  # `逾千人`, `上万元`, `百余名`, `近百万元`: a round number, approximate
            if hit.scale:
                value *= _LARGE[hit.scale]  # `百余万元`
        if value is None:
            return None
    elif value == 0:
        return None  # `0人参与`: a page widget, never a report
    else:
        upper = parse_number(hit.upper) if hit.upper else None
        if hit.upper and (upper is None or upper <= value):
            return None
    if _excluded(text, hit):
        return None
    counts = _counts(text, hit, previous_end)
    if counts and (counts.startswith(_CASE_WORDS) or counts.endswith(_CASE_TRAITS)):
        return None  # `3名确诊患者`, `女性9人`: a case count
    vague_pair = upper is not None and not hit.sep  # `七八户`
    approx = bool(approx_pre or round_value is not None or hit.fuzzy or hit.post or vague_pair)
    start = hit.start if approx_pre else hit.num_start
    return Quantity(
        text=text[start : hit.end], start=start, end=hit.end, value=value, unit=unit,
        counts=counts, approx=approx, upper=upper,
    )  # fmt: skip


def _round(numeral: str) -> Decimal | None:
    """A round number written with place values alone: `千` (1000), `百万` (a million), else None."""
    if not numeral or any(c not in _ROUND for c in numeral) or len(numeral) > 2:
        return None
    if len(numeral) == 2 and not (_ROUND[numeral[0]] < _ROUND[numeral[1]] and numeral[1] in _LARGE):
        return None  # `千百` is no number
    value = Decimal(1)
    for char in numeral:
        value *= _ROUND[char]
    return value


def _before(text: str, end: int, width: int) -> str:
    return text[max(0, end - width) : end]


def _adjacent_pair(numeral: str) -> tuple[Decimal | None, Decimal | None]:
    """`七八户` and `四五辆`: two neighbouring digits are a vague range, read as value and upper bound (of tens or
    more, `五六十人`, when a place value follows them)."""
    if len(numeral) == 3 and numeral[2] in _SMALL | _LARGE:
        # `五六十人`, `三四百户`, `七八万元`: the pair times its place
        low, high = _adjacent_pair(numeral[:2])
        scale = (_SMALL | _LARGE)[numeral[2]]
        return (low * scale, high * scale) if low is not None and high is not None else (None, None)
    if len(numeral) == 2 and all(c in _DIGITS for c in numeral):
        low, high = _DIGITS[numeral[0]], _DIGITS[numeral[1]]
        if high == low + 1 and low > 0:
            return Decimal(low), Decimal(high)
    return None, None


def _excluded(text: str, hit: _Hit) -> bool:
    """Context says this number is an ordinal, a slogan, a frequency, an idiom or not a count at all."""
    numeral, unit, start, end = hit.numeral, hit.unit, hit.num_start, hit.end
    chinese = not numeral[0].isdigit()
    before = text[max(0, hit.start - 24) : hit.start]
    after = text[end : end + 6]
    if before.endswith(_ORDINAL_MARKS) or after.startswith("+"):
        return True  # `第五轮`, `1+6`
    if _COUNTER.search(before):
        return True  # `阅读:2087次`, `收录于合集 #防控 23个`: the page's counters and widgets
    if before.endswith(_PRINT_RUNS):
        return True  # `（共印60份）`: a notice's print run
    if len(numeral) >= 11 and numeral.isdigit():
        return True  # a phone or identity number, never a count
    if before.endswith(_DEMONSTRATIVES):
        return True  # `这三件事`: points back, reports nothing new
    if chinese and numeral[0] in _SMALL | _LARGE and before.endswith(_VAGUE):
        return True  # `数十人`, `几百名`: no exact value written
    if _PER_TIME.search(before):
        return True  # `每两天`, `每天四次`: a frequency
    if unit in _TIMES_UNITS and _PER_PERIOD.search(_clause(before)):
        return True  # `每天对村道、垃圾点消杀两次`: how often, said at the clause's start
    if chinese and _DIGITS.get(numeral) == 1 and not _before(text, start, 4).endswith(_ONE_CUES):
        return True  # `一名党员`, `一人一户`: an article, not a count
    if after.startswith(_NOT_COUNTED.get(unit, ())) or after.startswith(_NOT_COUNTED["*"]):
        return True  # `36个年头`, `四个意识`, `四项措施`, `10余万人口`
    if after.startswith(unit):
        return True  # `一个个`: a reduplication
    if unit in _BUILDING_UNITS and (
        before.endswith(_COMPOUNDS)
        or _NUMBERED_BUILDING.search(before)
        or after.startswith(_LABEL_MARKS)
        or (hit.upper and parse_number(numeral) == 1)
    ):
        # `裕安小区1栋、3栋`: a building's number, no count; `3栋:何文涛` labels one; `滨江名都1至6栋` numbers them
        # from the first
        return True
    if unit in _GROUP_UNITS and (before.endswith(_VILLAGES) or _NUMBERED_GROUPS.search(before)):
        return True  # `东仓村3组`, `红星村三组、五组`: a village's numbered groups of villagers, no count
    if chinese and after[:1] in _PLACE_AFTER and unit in _PLACE_UNITS:
        return True  # `十家堡`
    if numeral in _FINANCIAL and text.endswith(_GOING_BEFORE, 0, start):
        return True  # `返陆人员`: a place's one-character short form (陆 for 陆川) after a verb of going
    if chinese and _division_name(text, start, end):
        return True  # `与五台县交界`, `三台县`: the numeral and measure word open a county's name
    if any(w in text[end - len(unit) - 1 : end + 2] or text.endswith(w, 0, start) for w in _FRACTION):
        return True
    if _case_count(before) or _spent(text, hit, before):
        return True
    if unit in _MONEY_UNITS and any(w in _clause(before)[-_PRICE_REACH:] for w in _PRICE_WORDS):
        return True  # `白菜每斤3元`, `口罩售价1.5元`: a price, no money spent
    if _COPULA.sub("", before).endswith(_POPULATION):
        return True  # `全县人口10余万人`: a population
    if text.endswith(_LIMITS["before"], 0, start) or after.startswith(_LIMITS["after"]):
        return True  # `控制在10人以下`, `不超过50人`: a rule's limit, not a count
    if _threshold(text, hit):
        return True  # `50人以上的聚餐一律不得举办`: the size a ban starts from
    return _in_short_quote(text, start, end)


def _threshold(text: str, hit: _Hit) -> bool:
    """A lower bound on a gathering's size (`五十人以上会议一律延期`, `不举办超过50人的聚餐`): a rule's threshold."""
    if hit.pre not in _LIMITS["bound_before"] and hit.post not in _LIMITS["bound_after"]:
        return False
    if hit.unit not in _LIMITS["bound_unit"]:
        return False  # `劝停超过500场宴席`: the banquets counted, no size they start from
    following = text[hit.end : hit.end + 4]
    if following[:1] in _ATTRIBUTIVE:
        following = following[1:]  # `50人以上的聚餐`
    return following.startswith(_LIMITS["gathering"])


# A page's counter (`阅读:2087次`, `浏览次数 1386`) or a collection's size (`收录于合集 #校园疫情防控 23个`): a label,
# then a colon or a space, or a hashtag, right before the number
_COUNTER = re.compile(
    rf"(?:{_literal(_entries('quantity_counter_labels.txt'))})"
    r"(?:[:：][ \t\u3000]*|[ \t\u3000]+)(?:#\S+[ \t\u3000]+)*$"
)
_GOING_BEFORE = _longest_first(_entries("quantity_going_before.txt"))
_PRINT_RUNS = _longest_first(_entries("quantity_print_runs.txt"))
_MONEY_UNITS = frozenset(_entries("quantity_money_units.txt"))
_MONEY_NOUNS = _longest_first(_entries("quantity_money_nouns.txt"))
_PRICE_WORDS = _longest_first(_entries("quantity_price_words.txt"))
_PRICE_REACH = 6  # characters before a sum of money where a price word makes it a price
_POPULATION = _longest_first(_entries("quantity_population_before.txt"))
_DIVISION_LEVELS = frozenset({"province", "prefecture", "county"})
_LONGEST_DIVISION = 8  # characters read for a division's name from a numeral on


def _division_name(text: str, start: int, end: int) -> bool:
    """Whether a county's or a higher division's name starts at the numeral and runs past the measure word."""
    window = text[start : start + _LONGEST_DIVISION]
    return any(
        at == 0 and len(name) > end - start and levels & _DIVISION_LEVELS
        for at, name, levels in gazetteer.load().written_divisions.occurrences(window, _LONGEST_DIVISION)
    )


def _clause(before: str) -> str:
    """The end of the clause that before ends in (after the last , 。 ; : and the like)."""
    cut = max((before.rfind(c) for c in _CLAUSE_END - {LIST_COMMA}), default=-1)
    return before[cut + 1 :]


def _case_count(before: str) -> bool:
    """`新增确诊病例2人`, `治愈出院3人`: gold-format.md excludes case counts."""
    words = _CASE_COPULA.sub("", before)
    case = next((w for w in _CASE_WORDS if words.endswith(w)), None)
    # `接诊发热患者1260人次`: the patients a fever clinic sees are visits, not cases
    return case is not None and not words[: -len(case)].endswith(_NOT_CASES)


def _spent(text: str, hit: _Hit, before: str) -> bool:
    """`花了4万多元`, `买了两头牛、80件啤酒`: a household's own purchases, not the response's."""
    if hit.unit not in _SPENT_UNITS:
        return False
    clause = _clause(before)
    return any(w in clause if len(w) > 1 else clause.endswith(w) for w in _SPENDING)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Inside a quoted phrase of a few characters: a slogan (`“五包一”`, `“25条紧急措施”`, `"一专班三组"`)."""
    left = max(0, start - 10)
    line = text.rfind("\n", 0, start) + 1
    straight = text.rfind('"', left, start)
    if straight >= 0 and text.count('"', line, straight) % 2 == 0:  # an opening straight quote
        closing = text.find('"', end, end + 10)
        if closing >= 0 and closing - straight <= 12:
            return True
    opening = max(text.rfind(q, left, start) for q in _QUOTE_OPEN)
    if opening < 0 or any(text.find(q, opening + 1, start) >= 0 for q in _QUOTE_CLOSE):
        return False
    closing = min((i for q in _QUOTE_CLOSE if (i := text.find(q, end, end + 10)) >= 0), default=-1)
    return closing >= 0 and closing - opening <= 12


def _counts(text: str, hit: _Hit, previous_end: int) -> str | None:
    """What is counted: the noun after the measure word (`350名职工`), else the phrase before (`卡点55个`)."""
    if _DESCRIBING.match(text, hit.end):
        return None  # `3个从上海回来的(人)`: a noun further on, out of reach
    after = _counted_after(text, hit.end)
    start = hit.start - 1 if _before(text, hit.start, 1) in _ROUND_BEFORE else hit.start  # `投入上千元`
    # `投入400余万元防控资金`: a verb right before the number, its object after; not a verb after it
    # (`出动三万人次开展排查`: the staff sent out are counted)
    verb_before = _VERB_BEFORE.search(text, max(0, start - 8), start) and not _NUMBER_VERB.match(after or "")
    if hit.unit in _MONEY_UNITS and text.endswith(_MONEY_NOUNS, 0, start):
        after = None  # `罚款5000元的行政处罚`: the fine is what the sum counts
    if after and (hit.unit not in _NOUN_BEFORE_UNITS or verb_before or text.startswith(_MADE_UP_OF, hit.end)):
        return after  # `350名职工`, `近百人的队伍`
    before = _counted_before(text, hit.start, previous_end)
    if before:  # `由党员、网格员组成的志愿服务队3支`: the teams, not their makers
        closes = max((before.rfind(w) + len(w) for w in _COMPOSED_CLOSES if w in before), default=0)
        before = before[closes:] or before
    if before and before.endswith(_NOT_ENDS) and not is_common_word(before[-2:]):
        before = None  # `每天都有8个人`, `一上午跑了5趟`: what was done, not what is counted
    return before or after


def _counted_after(text: str, end: int) -> str | None:
    """The words right after the measure word, up to a verb, a particle or a clause boundary."""
    # `近百人的志愿者队伍`: the noun after 的 is what the people make up; `36支由大学生组成的服务队`: the teams
    end += len(next((w for w in _MADE_UP_OF if text.startswith(w, end)), ""))
    composed = _COMPOSED_OF.match(text, end)
    if composed:
        end = composed.end()
    words = ""
    for char in text[end : end + 12]:
        if char in _CLAUSE_END or char.isdigit() or char.isspace():
            break
        words += char
    if _STOP_AFTER.match(words):
        return None  # `医务人员3000余名开展核酸检测`: the predicate follows, what is counted came before
    # not a one-character stop that ends a word with the character before it (`两条主要公路`: 主要, no 要)
    stop = next(
        (
            m
            for m in _STOP_AFTER.finditer(words, 1)
            if len(m.group()) > 1 or not is_common_word(words[m.start() - 1 : m.end()])
        ),
        None,
    )
    if stop:
        words = words[: stop.start()]
    if facility := _FACILITY.search(words):
        words = words[: facility.end()]  # `58个疫情防控卡点购置帐篷`: a facility's name closes the noun
    if not words or words[0] in _CN:
        return None
    return words if len(words) >= 2 or words in _SHORT_NOUNS else None


_SHORT_NOUNS = frozenset(_entries("quantity_short_nouns.txt"))
_NUMBER_VERB = re.compile(rf"{_VERB.pattern}|{_literal(_entries('quantity_number_verbs.txt'))}")
_VERB_PARTICLES = _entries("quantity_verb_particles.txt")
_TIME_FRAME = re.compile(rf"{HAN.pattern}{{0,6}}?(?:{_literal(_entries('quantity_time_frames.txt'))})")
_VERB_BEFORE = re.compile(rf"(?:{_NUMBER_VERB.pattern})(?:{_literal(_VERB_PARTICLES)})?$")


def _unpaired_brackets(phrase: str) -> str:
    """The phrase without a bracket that opens or closes nothing in it (`卡点(12个)`, `(其中高速路口3个)`); a pair
    stays (`各类市场(集市)`)."""
    if phrase.startswith("(") and ")" not in phrase:
        phrase = phrase[1:]
    if phrase.endswith("("):
        phrase = phrase[:-1]
    if phrase.endswith(")") and "(" not in phrase:
        phrase = phrase[:-1]
    return phrase


_HAVING = _longest_first([w for w in _entries("quantity_having_verbs.txt") if not w.startswith("!")])
_NOT_HAVING = frozenset(w[1:] for w in _entries("quantity_having_verbs.txt") if w.startswith("!"))
_OBJECT_MARKERS = _longest_first(_entries("quantity_object_markers.txt"))


def _having_ends(phrase: str) -> list[int]:
    """Where a verb of having ends in the phrase (`芙蓉里社区共有居民楼`: after 共有); a one-character one only
    where it makes no word with the characters beside it (`所有卡点`, `有关部门`)."""
    return _free_word_ends(phrase, _HAVING, _NOT_HAVING)


def _free_word_ends(phrase: str, words: Sequence[str], not_pairs: Collection[str] = ()) -> list[int]:
    """Where one of `words` ends in the phrase; a one-character one only where it makes no word (nor one of
    `not_pairs`) with the characters beside it (`即将`, `把关`)."""
    ends = []
    at = 0
    while at < len(phrase):
        word = next((w for w in words if phrase.startswith(w, at)), None)
        if word is None:
            at += 1
            continue
        end = at + len(word)
        pairs = (phrase[at - 1 : at + 1] if at else "", phrase[end - 1 : end + 1])
        beside = (pair for pair in pairs if len(pair) == 2)
        if len(word) > 1 or not any(pair in two_character_words() or pair in not_pairs for pair in beside):
            ends.append(end)
        at = end
    return ends


def _counted_before(text: str, start: int, previous_end: int) -> str | None:
    """The clause words before the number: the object of its last verb, else the clause without adverbs; a list
    before it as a whole (`组织医护人员、志愿者等4.6万余人`: 医护人员、志愿者) where each item is words of their own and
    the whole fits, else its last item."""
    if (titled := _quoted_before(text, start, previous_end)) is not None:
        return titled  # `发放《致全县人民的一封信》12万份`: the letter
    left = start
    while left > previous_end and text[left - 1] not in _PHRASE_END and start - left < 24:
        left -= 1
    last = _object_before(text[left:start].strip())
    if last is None:
        return None
    if left > previous_end and text[left - 1] in _LIST_MARKS:
        while left > previous_end and text[left - 1] not in _PHRASE_END - _LIST_MARKS and start - left < 24:
            left -= 1
        whole = _object_before(text[left:start].strip()) if start - left < 24 else None
        items = re.split(f"[{''.join(sorted(_LIST_MARKS))}]", whole) if whole else []
        # not `一、先进集体` (a heading's numeral), `莲西社区13栋)、管控区`, nor a list longer than a counted phrase is
        if (
            whole is not None
            and len(whole) <= _COUNTED_LONGEST
            and whole.endswith(last)
            and all(len(item) >= 2 and all(HAN.match(c) for c in item) for item in items)
        ):
            return whole
    cut = max(0, len(last) - _COUNTED_LONGEST)
    if cut and is_common_word(last[cut - 1 : cut + 1]):
        cut += 1  # `小麦春季管理技术要点等信息`: not from the second character of a word (麦春季…)
    joiner = next((j for j in _CUT_JOINERS if last.startswith(j, cut)), "") if cut else ""
    if joiner and not is_common_word(last[cut : cut + 2]):
        cut += len(joiner)  # `武汉及湖北其他地区来汀人员`: not from the list's joiner (及湖北…)
    return last[cut:]


_COUNTED_LONGEST = 12
_QUOTED_LONGEST = 30  # characters of a title or a quoted name counted whole, its marks included


def _quoted_before(text: str, start: int, previous_end: int) -> str | None:
    """A title or a quoted name right before the number (`《致全县人民的一封信》`, `“明白纸”`), whole with its marks."""
    close = text[start - 1 : start]
    if not close or close not in _QUOTE_CLOSE:
        return None
    opening = text.rfind(
        _QUOTE_OPEN[_QUOTE_CLOSE.index(close)], max(previous_end, start - _QUOTED_LONGEST), start
    )
    return text[opening:start] if opening >= 0 and start - opening > 3 else None


def _object_before(phrase: str) -> str | None:
    """What a phrase right before a number says it counts (see _counted_before)."""
    phrase = _CHANGE_FROM.sub("", _CHANGE_TO.sub("", phrase))  # `日检测能力已提升至`: 日检测能力
    for word in (*_PRE_WORDS, *_REACHING):
        if phrase.endswith(word):
            phrase = phrase[: -len(word)]
            break
    # `哄抬物价行为2起`: 行为 ends in a copula's character, and is what is counted
    if not phrase.endswith(_COPULA_NOUNS):
        phrase = _COPULA.sub("", phrase)
    trailing = _TRAILING.search(phrase)
    if trailing and trailing.start() >= 2:
        phrase = phrase[: trailing.start()]  # `检测能力可达`: 检测能力
    if _SCOPE_OBJECT.search(phrase) or (
        phrase.endswith(_PREPOSITIONS) and not phrase.endswith(_COPULA_NOUNS)
    ):
        # `对全镇1.8万户开展排查`: the scope the number is in, not what it counts; `由县疾控中心对4人开展流调`: the
        # number is the preposition's object, what the phrase before names is not counted
        return None
    objects = [m.end() for m in _VERB.finditer(phrase) if len(phrase) - m.end() >= 2]
    objects += [end for end in _having_ends(phrase) if len(phrase) - end >= 2]
    # `医院将发热门诊诊室(由3间增加到8间)`: what 将 or 把 puts first is the object
    objects += [end for end in _free_word_ends(phrase, _OBJECT_MARKERS) if len(phrase) - end >= 2]
    objects.sort()
    if objects:
        phrase = phrase[objects[-1] :]
        # `设立了固定接种点11个`: the verb's particle goes with it (data/quantity_verb_particles.txt), unless it opens
        # a word (`检查过往车辆2100余辆`: 过往, passing)
        particle = next((p for p in _VERB_PARTICLES if phrase.startswith(p)), "")
        if particle and phrase[:2] not in two_character_words():
            phrase = phrase[len(particle) :]
    phrase = _LEAD.sub("", _unpaired_brackets(phrase))
    frame = _TIME_FRAME.match(phrase)
    if frame and len(phrase) - frame.end() >= 2:
        # `春节期间非湖北地区返乡人员`: 非湖北地区返乡人员; `疫情发生以来累计返乡人员`: 返乡人员
        phrase = _LEAD.sub("", phrase[frame.end() :])
    phrase = _unpaired_brackets(phrase)
    if phrase.endswith(_JOINERS):
        return None  # `劝停8次喜宴和1次节日活动`: what the list's next number counts comes after it
    joiner = next((j for j in _JOINERS if phrase.startswith(j)), "")
    if joiner and len(phrase) - len(joiner) >= 2 and phrase[:2] not in two_character_words():
        phrase = phrase[len(joiner) :]  # `婚宴5场和寿宴3场`: the list's joiner is none of what 3场 counts
    return phrase if len(phrase) >= 2 else None
