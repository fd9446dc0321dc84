"""Reported numbers: the staff, checkpoints, vehicles, samples and money an article counts.

A quantity is a numeral (Arabic, Chinese or mixed: `4.98万`, `3万5千`, `两千`)
followed by a measure word (`个`, `人次`, `辆`, `元`...). Requiring the measure
word keeps out most of what gold-format.md excludes: dates (`2月2日`), clock
times (`9时30分`), durations (`24小时`, `14天`), ages (`75岁`), distances, case
counts (`7例`), hotlines (`12345`) and list numbering have none we accept.
What remains is filtered by context: ordinals (`第五轮`), slogans inside short
quotes (`“五包一”`, `“25条紧急措施”`), `1+6` models, distributives (`每两天`),
reduplications (`一个个`), population figures (`10余万人口`).

Percentages are not quantities here: they are shares of something else
(`占常住人口的66.86%`), and the gold format counts things, not ratios.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from epikg.records import Quantity

# --- numerals -------------------------------------------------------------------------

_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
_CN = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)
_TOKEN = re.compile(rf"\d+(?:\.\d+)?|[{_CN}]")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def parse_number(text: str) -> Decimal | None:
    """The value of a whole numeral string (`4.98万` -> 49800), None when it is not one; never raises."""
    try:
        return _parse(text.strip())
    except (InvalidOperation, ValueError, ArithmeticError, TypeError, AttributeError):
        return None


def _parse(text: str) -> Decimal | None:
    if not text or len(text) > 40:
        return None
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
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
    if any(t in "零〇" for t in tokens):
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
        elif token in "零〇":
            zero_seen = True
        else:
            if current is not None:
                return None  # two digits in a row: `三五万`
            current = _digit_value(token)
    if current is not None and not zero_seen and current % 1 == 0 and 0 < current < 10:
        current *= last_small // 10 if last_small else max(last_large // 10, 1)  # `两千五`, `一万五`
    return _plain(total + section + (current or 0))


# --- quantities in text -----------------------------------------------------------------

# Longest first; `万元` needs no entry: `万` belongs to the numeral, the unit is `元`.
_UNIT_WORDS = (
    "人次 辆次 车次 架次 运次 剂次 户次 场次 批次 条次 份次 人 名 位 个 辆 家 户 处 场 桌 起 件 条 份 支 次 元 台 套 "
    "只 箱 瓶 袋 吨 公斤 千克 斤 张 块 幅 座 所 栋 幢 批 队 组 篇 艘 趟 剂 针 顶 盒 床 间 项 单"
)  # not 例 (cases), 岁, 天, 小时, 米, 轮 (rounds), 道/包/班 (slogans: 三道防线, 五包一, 三班倒)
_UNITS = sorted(_UNIT_WORDS.split(), key=len, reverse=True)
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{_CN}])(?:\d+(?:\.\d+)?|[{_CN}])*"
_PATTERN = re.compile(
    rf"(?P<pre>大约|约|近|将近|接近|超过|超|逾|多达|达)?"
    rf"(?P<num>{_NUM})(?:\s*(?P<sep>至|到|~|-|—|－)\s*(?P<upper>{_NUM}))?"
    rf"(?P<fuzzy>余|多)?\s?(?P<unit>{'|'.join(_UNITS)})(?P<times>\(次\))?(?P<post>以上|左右|余)?"
)
_APPROX_PRE = {"大约", "约", "近", "将近", "接近", "超过", "超", "逾"}

# After `个` these make a duration or a non-count: `36个年头`, `两个多月`, `四个意识`.
_AFTER_GE = re.compile(
    r"^多?(年头|月|小时|钟头|工作日|日夜|昼夜|星期|礼拜|季度|半月|时间段|时段|字|方面|环节|意识|自信|维护|口袋)"
)
# What a slogan or a fixed term counts, never a reported number: `四项措施`, `四套班子`, `6人专班`.
_NOT_COUNTED = re.compile(r"^(措施|举措|要求|原则|机制|方针|防线|班子|专班|小组|工作法|责任制|不漏|必须)")
# A place name that starts with a numeral: `十家堡`, `三家村`.
_PLACE_AFTER = set("堡村庄屯湾桥河坝岭街路巷店铺寨沟营集镇")
_QUOTE_OPEN, _QUOTE_CLOSE = "“「『《", "”」』》"
_CLAUSE_END = set(',。;:!?、()“”"《》[]【】\n…|')
_PHRASE_END = _CLAUSE_END - set("()")
# Adverbs that lead a clause; not part of what is counted.
_LEAD = re.compile(
    r"^(?:全县|全镇|全乡|全市|全区|全村|截至目前|目前|其中|已经|已|共计|合计|总计|累计|共|均|都|又|还|再|先后|分别|陆续|相继|层层|或)+"
)
# Verbs whose object is what the number counts: `共检查车辆230辆` counts 车辆.
_VERB = re.compile(
    r"设置|设立|建立|成立|组建|划定|明确|发动|动员|检查|排查|摸排|登记|投入|出动|派出|配备|抽调|招募|取消|延期|劝返|劝离|"
    r"劝停|关闭|关停|清理|发放|张贴|悬挂|接收|接受|捐赠|筹集|采购|包含|包括|汇集|征集|号召|储备|调配|下发|印发|播放|安排|审批|"
    r"接种|检测|采样|建成|开通|确定|启用|设"
)
_STOP_AFTER = re.compile(
    r"(都|也|均|全部|已|在|对|为|由|将|被|把|和|及|与|共|等|的|参与|参加|投身|投入|坚守|进行|开展|负责|担任|主动|自发|下沉|实行|"
    r"驻守|值守|组成|成立|建立|设(?!备|施|计)|配合|发出|实现|完成|轮流|轮班|每|非常|是|很|要|正)"
)


def find_quantities(text: str, *, offset: int = 0) -> list[Quantity]:
    """Every counted number in text with what it counts; offsets into text shifted by offset."""
    found: list[Quantity] = []
    previous_end = 0  # what is counted is never looked for across an earlier number
    for match in _PATTERN.finditer(text):
        quantity = _quantity(text, match, previous_end)
        if quantity is not None:
            previous_end = match.end()
            found.append(replace(quantity, start=quantity.start + offset, end=quantity.end + offset))
    return found


def _quantity(text: str, match: re.Match[str], previous_end: int) -> Quantity | None:
    """The Quantity a pattern match stands for, or None when context shows it is not a count."""
    numeral, unit = match.group("num"), match.group("unit")
    value = parse_number(numeral)
    if value is None:
        value, upper = _adjacent_pair(numeral)
        if (
            value is None
            and numeral in _ROUND
            and (match.group("pre") in _APPROX_PRE or _char_before(text, match) == "上")
        ):
            value = _ROUND[numeral]  # `逾千人`, `上万元`: a round number, approximate
        if value is None:
            return None
    elif value == 0:
        return None  # `0人参与`: a page widget, never a report
    else:
        upper = parse_number(match.group("upper")) if match.group("upper") else None
        if match.group("upper") and (upper is None or upper <= value):
            return None
    if _excluded(text, match, numeral, unit):
        return None
    if match.group("times"):
        unit += "次"
    pre = match.group("pre")
    vague_pair = upper is not None and not match.group("sep")  # `七八户`
    approx = bool(
        pre in _APPROX_PRE or numeral in _ROUND or match.group("fuzzy") or match.group("post") or vague_pair
    )
    start = match.start("num") if pre not in _APPROX_PRE else match.start()
    return Quantity(
        text=text[start : match.end()],
        start=start,
        end=match.end(),
        value=value,
        unit=unit,
        counts=_counts(text, match, previous_end),
        approx=approx,
        upper=upper,
    )


_ROUND = {"百": Decimal(100), "千": Decimal(1000), "万": Decimal(10_000)}


def _char_before(text: str, match: re.Match[str]) -> str:
    return text[match.start() - 1] if match.start() else ""


def _adjacent_pair(numeral: str) -> tuple[Decimal | None, Decimal | None]:
    """`七八户` and `四五辆`: two neighbouring digits are a vague range, read as value and upper bound."""
    if len(numeral) == 2 and all(c in _DIGITS for c in numeral):
        low, high = _DIGITS[numeral[0]], _DIGITS[numeral[1]]
        if high == low + 1 and low > 0:
            return Decimal(low), Decimal(high)
    return None, None


def _excluded(text: str, match: re.Match[str], numeral: str, unit: str) -> bool:
    """Context says this number is an ordinal, a slogan, a distributive, an idiom or a population."""
    start, end = match.start("num"), match.end()
    before = text[max(0, match.start() - 1) : match.start()]
    after = text[end : end + 6]
    chinese = not numeral[0].isdigit()
    if before in ("第", "+") or before.isdigit() or after.startswith("+"):
        return True  # `第五轮`, `1+6`
    if "每" in re.split(r"[,;:。]", text[max(0, match.start() - 8) : match.start()])[-1]:
        return True  # `每两天`, `每天四次`, `每个卡点分为四支队伍`: per unit, not a total
    if chinese and numeral in ("一", "壹"):
        return True  # `一名党员`, `一人一户`: an article, not a count
    if unit == "个" and _AFTER_GE.match(after):
        return True  # `36个年头`, `四个意识`
    if _NOT_COUNTED.match(after):
        return True
    if unit == "人" and after.startswith("口"):
        return True  # population: `10余万人口`
    if after.startswith(unit) or re.match(r"^一[人户组班个]", after):
        return True  # `一个个`, `2人一组`
    if chinese and after[:1] in _PLACE_AFTER and unit in ("家", "间", "户", "座"):
        return True  # `十家堡`
    if "分之" in text[end - len(unit) - 1 : end + 2] or text[max(0, start - 2) : start] == "分之":
        return True
    return _in_short_quote(text, start, end)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Inside a quoted phrase of a few characters: a slogan (`“五包一”`, `“25条紧急措施”`)."""
    left = max(0, start - 10)
    opening = max(text.rfind(q, left, start) for q in _QUOTE_OPEN)
    if opening < 0 or any(text.find(q, opening + 1, start) >= 0 for q in _QUOTE_CLOSE):
        return False
    closing = min((i for q in _QUOTE_CLOSE if (i := text.find(q, end, end + 10)) >= 0), default=-1)
    return closing >= 0 and closing - opening <= 12


def _counts(text: str, match: re.Match[str], previous_end: int) -> str | None:
    """What is counted: the noun after the measure word (`350名职工`), else the phrase before (`卡点55个`)."""
    after = _counted_after(text, match.end())
    if after and match.group("unit") not in ("人", "人次", "元", "次"):
        return after
    before = _counted_before(text, match.start(), previous_end)
    return before or after


def _counted_after(text: str, end: int) -> str | None:
    """The words right after the measure word, up to a verb, a particle or a clause boundary."""
    words = ""
    for char in text[end : end + 12]:
        if char in _CLAUSE_END or char.isdigit() or char.isspace():
            break
        words += char
    stop = _STOP_AFTER.search(words, 1)
    if stop:
        words = words[: stop.start()]
    if not words or words[0] in _CN:
        return None
    return words if len(words) >= 2 or words in _SHORT_NOUNS else None


_SHORT_NOUNS = set("村镇乡社区县市队组站点岗户")


def _counted_before(text: str, start: int, previous_end: int) -> str | None:
    """The clause words before the number: the object of its last verb, else the clause without adverbs."""
    left = start
    while left > previous_end and text[left - 1] not in _PHRASE_END and start - left < 24:
        left -= 1
    phrase = re.sub(r"(大约|约|近|将近|接近|超过|超|逾|多达|达到|达|上)$", "", text[left:start].strip())
    phrase = re.sub(r"(的)?(共有|有|为|是)$", "", phrase)
    objects = [m.end() for m in _VERB.finditer(phrase) if len(phrase) - m.end() >= 2]
    if objects:
        phrase = phrase[objects[-1] :]
    phrase = _LEAD.sub("", phrase)
    return phrase[-12:] if len(phrase) >= 2 else None
