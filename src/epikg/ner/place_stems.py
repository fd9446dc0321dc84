"""The stem of a would-be place name, and what rules it out: a generic word, a phrase, a place that only
begins a body's or a title's name. Every reader of places the gazetteer does not list applies these."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    is_common_word,
    looks_like_body,
    numerals,
    titles,
    two_character_words,
)

NAMED_PLACE = "rule:place-name"
LISTED_PLACE = "rule:listed-place"
"""The source of a bare name listed by 、 beside a place (place_lists.list_siblings): a place unless the NER model
reads a person there (`北京市聚福隆茶园的王兆兰、辽宁本溪市宏达开发公司的董庚臣`; ner/merge/)."""
MAX_STEM = 4  # Han characters of a name before its ending: 金徽 (社区), 瑞丰国际 (社区)


def stem_and_suffix(text: str, start: int, suffixes: Sequence[str], longest: int) -> tuple[str, str] | None:
    """The shortest stem of 2 to `longest` Han characters at `start` that one of `suffixes` closes, and that
    suffix: the name written right after its parent (`河口镇` + `向阳` + `村`)."""
    for length in range(2, longest + 1):
        stem = text[start : start + length]
        if len(stem) < length or not all(HAN.match(c) for c in stem):
            return None
        suffix = next((s for s in suffixes if text.startswith(s, start + length)), None)
        if suffix is not None:
            return stem, suffix
    return None


@lru_cache(maxsize=1)
def _long_titles() -> tuple[str, ...]:
    """Titles of three characters or more (`志愿者`, `网格员`): no place's name holds one."""
    return tuple(title for title in titles() if len(title) >= 3)


@lru_cache(maxsize=4096)  # rules ask of the same stems again and again (366 stems in 1,260 asks on 55 pages)
def is_generic_stem(stem: str, word_may_name: bool = False) -> bool:
    """`各个`, `全县`, `该小`, `辖区`, `居民`: a demonstrative, quantifier, scope or kind word, no name; but the
    commonest names of roads and communities are names (`五一路`, `青年路`: data/place_name_words.txt), and so
    is any everyday word where the context shows a name (`word_may_name`: `滨湖街道大学路`)."""
    if stem in data_words("place_name_words.txt"):
        return False
    if a_kind(stem):
        return True  # `贫困村`, `示范社区`, `重点小区`: a kind of village or compound, no name
    if stem in data_words("peoples.txt"):
        # `畲族村寨`: a people's villages, no name (a people without its 族 may name one: 东乡街道, 保安镇)
        return True
    if stem.startswith(tuple(data_words("place_name_never_starts.txt"))) and not _numbered_name(stem):
        return True
    if any(c in data_words("place_first_only_chars.txt") for c in stem[1:]):
        return True  # `往返于镇超市`: 于 after a name's first character is a preposition, no name holds it
    if any(verb in stem for verb in data_words("place_setup_verbs.txt")):
        return True  # `偏城镇段设置卡点`: the verb that sets the checkpoint up, no name
    if any(title in stem for title in _long_titles()):
        return True  # `志愿者为卡点送去热饭`: a person's title of three characters or more, no place's name
    if any(word in stem[:-1] for word in data_words("facility_after.txt")):
        return True  # `卡点对下高速(车辆)`: a facility's word ends a name; none holds one
    if stem.startswith(data_longest_first("place_stem_verbs.txt")) and not is_short_name(stem[:2]):
        return True  # `要强化卡点`, `守住社区`, `当得知检查站`: a verb or an adverb on the place, no name
    # `从严落实社区(防控)`, `严抓好口岸`: such a verb after an adverb's last character, no name
    if any(verb in stem[1:] for verb in data_words("place_stem_verbs.txt") if len(verb) >= 2):
        return True
    opening = (*data_words("place_visit_verbs.txt"), *data_words("place_locative_words.txt"))
    if stem.startswith(opening) and any(len(stem) > len(word) and stem.startswith(word) for word in opening):
        return True  # `杨家坪镇返回北街村`, `位于北街镇`: the word before a name, no name's start
    if stem.endswith(tuple(data_words("place_visit_verbs.txt"))):
        return True  # `熊华来到高速(路口)`: the verb ends the stem, and the name would come after it
    function = data_words("place_function_chars.txt")
    if len(stem) == 2 and stem[1] in data_words("place_name_final_chars.txt"):
        function = function - {stem[1]}  # `平都社区`: a name's last character, no function word
    if (
        any(c in function for c in stem)
        and any(c in function for c in stem[_division_head(stem) :])
        and not _a_listed_division(stem)
    ):
        # `回家的路`, `必经之路`; but 都江堰 (收费站), 成都 (东站), 古都河 (村): a division's name may hold one
        return True
    scopes = data_words("org_scope_chars.txt")
    if any(c in scopes and stem[i + 1 : i + 2] in data_table("level_chars.tsv") for i, c in enumerate(stem)):
        return True  # `(即)日起全县` (农贸市场): a scope (全县, 本镇: data/org_scope_chars.txt) holds no name
    villages = {suffix for suffix in data_words("place_village_suffixes.txt") if len(suffix) == 1}
    if len(stem) >= 3 and stem[0] in villages and is_common_word(stem[1:3]):
        return True  # `村文化` (礼堂): the village's hall, one of its kind, no name
    if len(stem) >= 2 and stem[0] == stem[1] and stem[0] in data_table("level_chars.tsv"):
        return True  # `村村通路`, `乡乡通车`: every village, every township; no name
    if (
        len(stem) >= 2
        and stem[0] in data_table("level_chars.tsv")
        and stem[1] in data_words("place_slogan_verbs.txt")
    ):
        return True  # `镇抓村、村抓组`: a chain of responsibility between levels, no name
    nums = numerals()
    if any(
        stem[i] in nums and stem[i - 1] not in nums and stem[i + 1] in _count_units()
        for i in range(1, len(stem) - 1)
    ):
        return True  # `建一个(菜市场)`: a count inside the stem; what it counts is no name (but `三十里(铺)`)
    if len(stem) >= 2 and stem[-1] in data_words("place_stem_classifiers.txt"):
        return True  # `设个(卡点)`: 设一个 with its numeral left out, no name
    if _a_heading(stem):
        return True  # `由南往北(高速行驶)`: which way it moves, no name
    if _a_numeral_idiom(stem):
        return True  # `十里八村`, `四邻八乡`: all the villages around, no village
    if len(stem) >= 3 and stem[-1] in data_words("place_stem_never_ends.txt"):
        return True  # `药店和` (菜市场): two nouns joined; a short name holds one (民和村)
    head = stem[:2]
    return (
        not word_may_name
        and is_common_word(head)
        and head not in data_words("place_name_words.txt")
        and not is_short_name(head)
        and not _a_listed_division(stem)
    )


def _a_listed_division(stem: str) -> bool:
    """`黄土嘴` (村), `黄土岭` (村): a stem of three characters or more that opens with an everyday word (黄土) and names
    a township or a village the gazetteer lists, with its ending (data/place_township_suffixes.txt,
    place_village_suffixes.txt), or a division by its short form (`满洲里` of 满洲里市: `满洲里公路口岸`): a name;
    a two-character one (`刚才` 村里) stays a word."""
    if len(stem) < 3:
        return False
    gaz = gazetteer.load()
    endings = (*data_words("place_township_suffixes.txt"), *data_words("place_village_suffixes.txt"))
    return stem in gaz.by_alias or any(gaz.ids(stem + ending) for ending in endings)


def _a_heading(stem: str) -> bool:
    """`南往北`, `东向西`: a direction, a character of heading (data/place_heading_chars.txt) and a direction."""
    directions = data_words("place_direction_chars.txt")
    heading = data_words("place_heading_chars.txt")
    return any(
        stem[i] in directions and stem[i + 1] in heading and stem[i + 2] in directions
        for i in range(len(stem) - 2)
    )


def _a_numeral_idiom(stem: str) -> bool:
    """`十里八` (村), `四邻八` (乡), `七村八` (寨): the idiom that counts two things around (numeral, word, numeral,
    word) speaks of all the villages about, no one of them."""
    nums = numerals()
    return len(stem) == 3 and stem[0] in nums and stem[2] in nums and stem[1] not in nums


def listed_after_its_parent(stem: str, suffix: str) -> bool:
    """`板湖镇于庄村`, `石河镇那普社区`: a name the gazetteer lists, written right after the place above it, whose
    stem of two or more characters makes no everyday word (`那个村` does): a name, whatever character opens it
    (于 and 那 open no name elsewhere)."""
    return (
        len(stem) >= 2
        and bool(gazetteer.load().lookup(stem + suffix))
        and not is_common_word(stem[:2])
        and not a_kind(stem + suffix)
    )


def may_be_a_word_after_its_township(stem: str, suffix: str) -> bool:
    """Right after its township a village's name may be an everyday word (`紫湖镇开拓村`, `大王庄村`), unless its
    ending closes an everyday word (`乡村`) or follows a level character (`组织镇村干部`: 镇村, towns and villages),
    or the whole is a kind of village (`城中村`)."""
    return (
        not is_common_word(stem[-1:] + suffix[:1])
        and stem[-1:] not in data_words("place_level_chars.txt")
        and not a_kind(stem + suffix)  # `城中村`: a kind of village (data/place_village_kinds.txt)
    )


def a_kind(stem: str) -> bool:
    """`示范`, `示范村`: a word for a kind of village or compound (data/place_kind_modifiers.txt), alone or
    before a place's ending."""
    return stem in _kinds()


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    kinds = data_words("place_kind_modifiers.txt")
    endings = (*data_words("place_division_endings.txt"), *data_words("place_name_suffixes.txt"))
    villages = {
        k + v for k in data_words("place_village_kinds.txt") for v in data_words("place_village_suffixes.txt")
    }
    return frozenset(kinds) | {kind + ending for kind in kinds for ending in endings} | villages


def _numbered_name(stem: str) -> bool:
    """`三洲卡点`, `十里铺`: a numeral that begins a name, not a count (`三个卡点`, `两处路口`, `二三`): the next
    character is no numeral and begins no measure word (data/quantity_units.txt); or a village the gazetteer lists
    whose name starts so (`三间房村`, `十二里社区`)."""
    if len(stem) < 2 or stem[0] not in numerals() or numerals()[stem[0]] == 1:
        return False  # 一 begins words more than names (`一设立卡口后`: as soon as)
    if any(gazetteer.load().lookup(stem + suffix) for suffix in data_words("place_village_suffixes.txt")):
        return True
    if stem[1] in numerals():
        return False
    return not any(
        unit.startswith(stem[1]) for unit in data_words("quantity_units.txt")
    ) and not is_common_word(stem[:2])


def _division_head(stem: str) -> int:
    """How many characters of the stem a division's name or short name takes at its start (0 if none)."""
    gaz = gazetteer.load()
    return max((n for n in range(2, len(stem) + 1) if gaz.knows(stem[:n])), default=0)


def is_short_name(word: str) -> bool:
    """A division's short name (`平遥` of 平遥县), everyday word or not: a facility named after it (`平遥汽车站`,
    `平遥古城景区`) is a name."""
    return word in gazetteer.load().by_alias


def opens_with_a_short_name(text: str, start: int) -> bool:
    """A division's short name (`平江` of 平江县) starts at `start`."""
    return any(is_short_name(text[start : start + n]) for n in (2, 3))


def is_phrase(stem: str) -> bool:
    """`带头组建` (卡点), `乡镇` (卡点): two words side by side, or a kind of place, make a phrase, not a name; but
    the commonest names of roads are names (`古镇路`: data/place_name_words.txt)."""
    if stem in data_words("place_name_words.txt"):
        return False
    words = two_character_words()
    if len(stem) == 4 and stem[:2] in words and stem[2:] in words and not is_short_name(stem[:2]):
        return True
    places = (
        *data_words("place_name_suffixes.txt"),
        *data_words("place_village_suffixes.txt"),
        *data_words("place_kind_words.txt"),
    )
    return stem.endswith(places)


def names_a_hamlet(stem: str) -> bool:
    """`上屋`, `塘边`, `大湾`, `下寨`: a hamlet's name by its last character (data/place_hamlet_endings.txt, and the
    `last` of data/place_hamlet_groups.tsv, less its `not_last`), not a task done on a place (`巡山`, `护林`: its
    `never_first`)."""
    last, never_first = _hamlet_chars()
    return len(stem) >= 2 and stem[-1] in last and stem[0] not in never_first


@lru_cache(maxsize=1)
def _hamlet_chars() -> tuple[frozenset[str], frozenset[str]]:
    """The characters a hamlet's name ends in, and those none opens with (names_a_hamlet)."""
    words = data_groups("place_hamlet_groups.tsv")
    last = (data_words("place_hamlet_endings.txt") | set(words["last"])) - set(words["not_last"])
    return frozenset(last), frozenset(words["never_first"])


def names_a_site(name: str) -> bool:
    """The name ends as a place below the divisions does: a road, street, square or compound
    (data/place_name_suffixes.txt), an address something stands at (`陈州路`, `南洋广场`)."""
    return name.endswith(data_longest_first("place_name_suffixes.txt"))


def inside_a_body(text: str, start: int, end: int) -> bool:
    """`朝阳社区党支部`, `阳春中心校`: a place that begins a body's name is named only inside it. The body's
    ending must end a word: `网` in `荆江社区实行网格化管理` begins the word 网格, so no outlet (`新闻网`) is named there."""
    if text.startswith(tuple(data_words("place_around_words.txt")), end):
        return False  # `水寨大道沿线超市`: the shops along the road, none named by it
    run = next((k for k in range(5) if not HAN.match(text[end + k : end + k + 1] or " ")), 5)
    # `陈州路华联超市`: a road, street or square before a shop named by its brand is where the shop stands
    address = names_a_site(text[start:end])
    shops = data_longest_first("org_brand_suffixes.txt")
    return any(  # a body's name runs on over Han characters only (`磨憨口岸,医疗队`: no body)
        looks_like_body(text[start : end + k])
        and text[end + k - 1 : end + k + 1] not in two_character_words()
        and not (address and text[start : end + k].endswith(shops))
        for k in range(1, run + 1)
    )


def stands_alone(text: str, start: int) -> bool:
    """A name starting at `start` is not the tail of a word (`旅游富县`): it opens the text, follows a character
    that is no Han one, or a preposition (data/place_before_chars.txt)."""
    before = text[start - 1] if start else ""
    return not before or not HAN.match(before) or before in data_words("place_before_chars.txt")


def letter_opener_at(text: str, start: int) -> int:
    """How many characters at `start` end a letter's opener (data/place_letter_openers.txt: `《致` of
    `《致余村村民的一封信》`) that begins before it: 0 where none does. No name starts inside an opener."""
    for opener in data_words("place_letter_openers.txt"):
        for k in range(1, len(opener)):
            if text.startswith(opener, start - k):
                return len(opener) - k
    return 0


def opens_after_a_verb_or_a_scope(text: str, start: int) -> bool:
    """Whether a name may start at `start` after the word before it: a verb of going, visiting or staying
    (`走进柳塘村`, `来自新华乡`: data/place_visit_verbs.txt), or the county or town the article speaks of,
    by a word for it and its level (`该县塔河乡`, `我镇石桥村`: data/place_own_scope_chars.txt,
    place_level_chars.txt), or a word that opens the clause (`据桃源村负责人介绍`, `目前枫林乡`), or a
    personal pronoun (`我们安乐社区`)."""
    verbs = data_longest_first("place_visit_verbs.txt")
    # most starts follow none of them: one test of them all (C), then the longest that ends there
    verb = (
        next((v for v in verbs if text.endswith(v, 0, start)), None)
        if text.endswith(verbs, 0, start)
        else None
    )
    if verb is not None and not _begins_an_ending(text, start - len(verb), verb):
        return True
    if _after_a_verb_on_the_place(text, start):
        return True
    if _after_a_clause_opener(text, start):
        return True
    if text.endswith(tuple(data_words("place_subtitle_marks.txt")), 0, start):
        return True  # `——记向阳村志愿者`: a profile's subtitle
    if text.endswith(tuple(data_words("place_letter_openers.txt")), 0, start):
        return True  # `《致余村村民的一封信》`: the place the letter addresses
    if text.endswith(tuple(data_words("place_pronouns.txt")), 0, start):
        return True  # `来我们安乐社区安装路灯`: the speaker's own community (data/place_pronouns.txt)
    scope = text[start - 2 : start]
    return (
        len(scope) == 2
        and scope[0] in data_words("place_own_scope_chars.txt")
        and scope[1] in data_words("place_level_chars.txt")
    )


def _after_a_verb_on_the_place(text: str, start: int) -> bool:
    """`督促水寨大道沿线超市`, `组织建设路社区居民`: a verb that acts on a place or its people
    (data/place_object_verbs.txt) ends right before `start`, so a name may start there."""
    verbs = data_longest_first("place_object_verbs.txt")
    verb = (
        next((v for v in verbs if text.endswith(v, 0, start)), None)
        if text.endswith(verbs, 0, start)
        else None
    )
    return verb is not None and not _begins_an_ending(text, start - len(verb), verb)


def _after_a_clause_opener(text: str, start: int) -> bool:
    """`据桃源村负责人介绍`, `目前枫林乡共设置采样点`: a word that opens the clause (data/place_opening_words.txt),
    written at the text's start or after punctuation, ends right before `start`."""
    words = data_longest_first("place_opening_words.txt")  # the same words, as a tuple to test at once
    return text.endswith(words, 0, start) and any(
        text.endswith(word, 0, start) and (start == len(word) or not HAN.match(text[start - len(word) - 1]))
        for word in words
    )


def _begins_an_ending(text: str, at: int, verb: str) -> bool:
    """`检查站由镇干部值守`: the verb (检查) begins a place's ending written there (检查站:
    data/place_name_suffixes.txt), a noun, so it opens no name after it."""
    return any(
        len(ending) > len(verb) and ending.startswith(verb) and text.startswith(ending, at)
        for ending in data_words("place_name_suffixes.txt")
    )


def a_campaign_title(text: str, start: int, end: int) -> bool:
    """`打造“无疫村”`, `创建“无疫小区”“无疫社区”`, `“平安村”建设`: a name that fills a pair of quote marks
    (data/org_quote_marks.tsv), with a verb of creating or awarding right before the quoted names or a word of a
    campaign right after them (data/place_campaign_words.tsv), is a title to earn, no place; so is a name right
    after a verb of rating or creating, quoted or not (`被评为小康村`)."""
    quotes = data_table("org_quote_marks.tsv")
    opening = text[start - 1 : start]
    words = data_groups("place_campaign_words.tsv")
    whole = end >= len(text) or not HAN.match(text[end]) or text.startswith(words["after"], end)
    if text.endswith(words["unquoted"], 0, start) and whole:
        return True  # `被评为小康村。`: the title earned, unquoted; but `被评为山东省名牌产品` names the province
    if start < 1 or opening not in quotes or text[end : end + 1] != quotes[opening]:
        return False
    first, last = _quoted_run(text, start - 1, end + 1, quotes)
    return text.endswith(words["before"], 0, first) or text.startswith(words["after"], last)


_MAX_QUOTED = 14  # characters of a quoted name with its marks


def _quoted_run(text: str, first: int, last: int, quotes: dict[str, str]) -> tuple[int, int]:
    """Where the run of quoted names around text[first:last] (its marks included) begins and ends: names set
    side by side or by 、 (`“无疫小区”“无疫社区”`, `“文明村”、“卫生村”`)."""
    closing = {c: o for o, c in quotes.items()}
    while first > 0 and text[first - 1] in (*closing, LIST_COMMA):
        if text[first - 1] == LIST_COMMA:
            first -= 1
            continue
        at = text.rfind(closing[text[first - 1]], max(0, first - _MAX_QUOTED), first - 1)
        if at < 0:
            break
        first = at
    while text[last : last + 1] in (*quotes, LIST_COMMA) and last < len(text):
        if text[last] == LIST_COMMA:
            last += 1
            continue
        at = text.find(quotes[text[last]], last + 1, last + _MAX_QUOTED)
        if at < 0:
            break
        last = at + 1
    return first, last


def goes_on_as_a_word(text: str, at: int) -> bool:
    """`乡镇`, `村委`, `村组`: the ending at `at` goes on as an everyday word (data/place_division_continuations.txt),
    so it ends no name; but not where that word's last character begins a verb (`红星村组织党员`: 组织, not 村组:
    data/place_continuation_breaks.txt)."""
    word = next(
        (w for w in data_longest_first("place_division_continuations.txt") if text.startswith(w, at)), None
    )
    breaks = tuple(data_words("place_continuation_breaks.txt"))
    return word is not None and not text.startswith(breaks, at + len(word) - 1)


def begins_a_title(text: str, start: int, name: str) -> bool:
    """`代县长` is an acting county head, not 代县 (a county in Shanxi) and 长: a title word that begins
    where the name does and goes on past it wins."""
    if not text.startswith(name, start):
        return False
    known = titles()
    return any(
        text[start : start + length] in known and start + length <= len(text)
        for length in range(len(name) + 1, _longest_title() + 1)
    )


@lru_cache(maxsize=1)
def _longest_title() -> int:
    return max(map(len, titles()), default=0)


@lru_cache(maxsize=1)
def _count_units() -> frozenset[str]:
    """Measure words and units of time (data/quantity_units.txt, quantity_per_time_words.txt)."""
    return data_words("quantity_units.txt") | data_words("quantity_per_time_words.txt")


def counted(text: str, start: int) -> bool:
    """`近14天有上海、...`, `3条机耕路`, `两条机耕路`: a measure word or a unit of time right after a number (its
    digits, or the numeral that is only ever a count, 两) counts, a numeral's unit ends the number
    (ends_a_number), and a clock time's unit after digits ends the time (`10时30分原路返回`: data/clock_words.tsv);
    no name starts with any."""
    before, at = text[start - 1 : start], text[start : start + 1]
    return (
        ends_a_number(text, start)
        or ((before.isdigit() or before in numerals("colloquial")) and at in _count_units())
        or (before.isdigit() and at in _clock_units())
    )


@lru_cache(maxsize=1)
def _clock_units() -> frozenset[str]:
    units = data_groups("clock_words.tsv")
    return frozenset((*units["hour"], *units["minute"]))


def ends_a_number(text: str, start: int) -> bool:
    """`全镇3万山乡儿女`, `19万水乡儿女`, `三万山乡`: a numeral's unit (万, 千: data/numerals.tsv) right after a
    number's digit or numeral ends the number; no name starts with it (万山乡)."""
    before = text[start - 1 : start]
    units = {char for char, value in numerals().items() if value >= 100}
    return text[start : start + 1] in units and (before.isdigit() or before in numerals())
