"""Where a measure applies and which body ordered it (extract/measure_orderers.py), decided from the measure's
own clause.

A measure applies where it was taken: a scope word (`全县`, `本村`) names the article's own
place of that level; a place named in the clause counts unless it is where people came
from (`从武汉返乡人员`), where they go (`前往武汉`) or a neighbour at a border
(`与邻县交界处`). With neither in the clause, a place that opens the sentence (its topic), or the
nearest clause of it before the measure's, counts; else the place the article is about (the division it
names most); else no place, and the measure stays.
The words are data: data/measure_places.tsv and data/place_elsewhere.tsv.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from epikg.extract.measure_orderers import CLAUSE_END, clause_around, ordering_body, partner
from epikg.extract.notices import find_notice
from epikg.extract.paragraphs import Paragraphs
from epikg.extract.place_divisions import Locality, city_suffixes
from epikg.extract.place_roles import borders_on, elsewhere_roles, scope_words, tallied
from epikg.extract.places import leading_division
from epikg.lexicon import LIST_COMMA, alternation, data_groups, data_longest_first, data_words, numerals
from epikg.ner.bodies import UNNAMED_GROUPS
from epikg.read.page_layout import dateline_end
from epikg.records import LEVEL_RANK, EntityType, Measure, Mention, Place, Sentence
from epikg.spans import Taken

_SELF_IDENTIFYING = ("province", "prefecture", "county")  # their codes are no guess


@dataclass(frozen=True)
class _Words:
    scopes: dict[str, str]  # scope word -> level (county, city, township, village)
    topic_before: tuple[str, ...]
    subordinate: tuple[str, ...]
    scope_pattern: re.Pattern[str]
    # scope words said plainly (`县里`, `县城`): data/measure_places.tsv's said_<level> and seat_<level>
    said: frozenset[str]
    elsewhere: tuple[str, ...]  # places other than the article's (`外省`)
    seats: frozenset[str]  # the county's seat said plainly (`县城`): data/measure_places.tsv's seat_<level>
    seat_toward: tuple[str, ...]  # before a seat, where people go (`去县城`)
    time_opening: re.Pattern[str]  # a time phrase opening a clause (`春节期间`), before its scope word
    compared: tuple[str, ...]  # after a scope word, a comparison's (`全区率先`): no scope


_DESCRIBED_REACH = 4  # characters between a word said plainly and the 的 that makes it describe what follows


@lru_cache(maxsize=1)
def _words() -> _Words:
    words = data_groups("measure_places.tsv")
    levels = ("county", "city", "township", "village")

    def of_kind(kind: str) -> dict[str, str]:  # `said_county` -> {县里: county}
        return {word: level for level in levels for word in words.get(f"{kind}_{level}", ())}

    said, seats, subjects = of_kind("said"), of_kind("seat"), of_kind("subject")
    scopes = {**scope_words(), **said, **seats, **subjects}
    # `村里的党员志愿者`, `县里推送的名单`: before 的, or a short phrase and 的, the word only describes (the villages'
    # volunteers, the list the county sent) and covers no clause; a seat before 的 is still where (`县城的各个路口`)
    not_before = "|".join(map(re.escape, words.get("said_not_before", ())))
    reach = f"[^,。;]{{0,{_DESCRIBED_REACH}}}"
    # a subject opens its clause, and an adverb or a verb follows it (`,街道组织…`; not `清扫街道`, `街道两旁`)
    subject_before = "|".join(map(re.escape, words.get("subject_before", ()))) or "(?!)"

    def word_pattern(word: str) -> str:
        if word in subjects:
            return rf"(?<![^\s{CLAUSE_END.pattern[1:-1]}]){re.escape(word)}(?={subject_before})"
        return re.escape(word) + (f"(?!{reach}(?:{not_before}))" if word in said and not_before else "")

    pattern = re.compile("|".join(word_pattern(w) for w in sorted(scopes, key=len, reverse=True)))
    return _Words(
        scopes,
        words.get("topic_before", ()),
        words.get("subordinate", ()),
        pattern,
        frozenset(said) | frozenset(seats) | frozenset(subjects),
        words.get("elsewhere", ()),
        frozenset(seats),
        words.get("seat_toward", ()),
        re.compile(f"[^,。;:]{{1,{_TIME_PHRASE}}}?(?:{alternation(words.get('time_opening', ()))})"),
        words.get("scope_compared", ()),
    )


_TIME_PHRASE = 8  # characters of a time phrase before its closing word: 正月初八至元宵节|期间


def _scope_place(level: str, locality: Locality, in_clause: list[Place]) -> Place | None:
    """The place a scope word means: one of that level named before it in its clause (`东湖村禁止本村人员`), else
    the article's own; never a place another clause names (`广州市白云区有疫情,我县对来自该区的人员…`)."""
    levels = ("county", "prefecture") if level == "city" else (level,)
    for place in reversed(in_clause):
        if place.level in levels and (level != "city" or place.name.endswith(city_suffixes())):
            return place
    return _own_place(level, locality)


def _own_place(level: str, locality: Locality) -> Place | None:
    """The article's own place of the scope word's level; on a province's report, the province (`市级定点医院`
    are its cities', not those of the city it names most)."""
    if locality.main is not None and locality.main.level == "province" and level != "province":
        return locality.main
    if level == "city":  # 全市: a county-level city when the article's county is one, else its prefecture
        county = locality.by_level.get("county")
        if county is not None and county.name.endswith(city_suffixes()):
            return county
        return locality.by_level.get("prefecture")
    return locality.by_level.get(level)


@lru_cache(maxsize=1)
def _kind_scopes() -> frozenset[str]:
    """Scope words that name a level as a kind (data/measure_places.tsv kind_scope: `村级`, `县级`)."""
    return frozenset(data_groups("measure_places.tsv").get("kind_scope", ()))


@lru_cache(maxsize=1)
def _references() -> tuple[frozenset[str], tuple[str, ...]]:
    """Scope words that stand for the article's own place wherever written, and what they are not followed by
    (data/measure_places.tsv refers_own, refers_not_before)."""
    groups = data_groups("measure_places.tsv")
    return frozenset(groups.get("refers_own", ())), tuple(groups.get("refers_not_before", ()))


def scope_references(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    places: dict[str, Place],
    locality: Locality,
) -> list[Mention]:
    """Where the article refers to its own place by a scope word (`我县暂停运营客运班车` on 桦南县融媒体中心's
    page): a mention of that place, found by `rule:scope`, whose `name` is the longest form of the place's name
    in `places` (as the article writes it: 围场县, not the gazetteer's 围场满族蒙古族自治县). Only a word that means
    the article's own place (refers_own: not 县级, 该县; not `全区域`), covers its clause (not `与我县相邻的`), stands
    outside every name, and means the article's own place there too (`东湖村禁止本村人员`: 本村 is the 东湖村 named
    before it, a reference only on a page about 东湖村)."""
    if not sentences:
        return []
    names: dict[str, str] = {}  # place key -> its longest form the article writes (as a reader would name it)
    for name, place in places.items():
        names[place.key] = max(names.get(place.key, name), name, key=lambda n: (len(n), n))
    taken = Taken(len(text), ((m.start, m.end) for m in mentions))
    starts = [s.start for s in sentences]
    found = []
    words, not_before = _references()
    for match in _words().scope_pattern.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if word not in words or text.startswith(not_before, end) or not _scopes(text, match):
            continue
        if taken.overlaps(start, end):
            continue
        level = _words().scopes[word]
        own = _own_place(level, locality)
        fits = own is not None and own.level in (("county", "prefecture") if level == "city" else (level,))
        if not fits or own.key not in names:
            continue
        sentence = sentences[max(bisect_right(starts, start) - 1, 0)]
        left, _ = clause_around(text, sentence, start, end)
        before = [
            places[m.text] for m in _sentence_places(sentence, mentions, places) if left <= m.start < start
        ]
        if _scope_place(level, locality, before) is own:
            found.append(Mention(word, EntityType.PLACE, start, end, "rule:scope", names[own.key]))
    return found


def measure_place(
    text: str,
    sentence: Sentence,
    measure: Measure,
    mentions: Sequence[Mention],
    places: dict[str, Place],
    locality: Locality,
) -> Place | None:
    """Where the measure was taken, as the article says; None where it does not say."""
    left, right = clause_around(text, sentence, measure.start, measure.end)
    left = max(left, min(dateline_end(text, sentence.start), measure.start))  # `某某网盐城讯 …`: filed there
    in_sentence = _sentence_places(sentence, mentions, places)
    # a neighbour named as itself (`与我县接壤的泗县已实行全域静默管理`) may be where a measure was taken: it is
    # marked outside the article's area (outside_the_area); an origin, a destination or the border's far side is not
    roles = elsewhere_roles(text, in_sentence, _own_names(in_sentence, places, locality))
    elsewhere = {span for span, role in roles.items() if role != "neighbour"}
    # a place a list tallies cases by (`4名重症病例(太原市2例,晋中市2例)均已集中...隔离治疗`) is where cases
    # came from, not where the measure was taken
    elsewhere |= {(m.start, m.end) for m in in_sentence if tallied(text, m.start, m.end)}
    # `与沈丘方面互通返乡人员信息`: a partner the measure is taken with, not where
    elsewhere |= {(m.start, m.end) for m in in_sentence if partner(text, m)}
    own = [m for m in in_sentence if left <= m.start < right and (m.start, m.end) not in elsewhere]
    scoped = []
    scopes = [match for match in _words().scope_pattern.finditer(text, left, right) if _scopes(text, match)]

    bodies = [m for m in mentions if m.type is EntityType.ORGANIZATION]

    def scope_place(match: re.Match[str], clause: list[Place]) -> Place | None:
        """The place a scope word means: of its level, the last named before it in its clause (`clause`), else of
        the bodies the sentence names before it (`法特镇党委书记逯长海说,全镇24个村48个卡点`), not off the article's
        line (`广州市白云区卫健局通报…,我县…`), else the article's own; a word said plainly, after any place the
        sentence names before it."""
        if match.group() in _words().said:
            before = _named_before(text, sentence, match.start(), mentions, places, elsewhere)
        else:
            named = _named_before(text, sentence, match.start(), bodies, places, elsewhere)
            before = [p for p in named if not _off_the_line(p, locality)] + clause
        return _scope_place(_words().scopes[match.group()], locality, before)

    def opening_scope(start: int) -> Place | None:
        """The place a scope word opening an earlier clause means (`全镇共排查返乡人员120人,落实居家隔离`)."""
        match = _scope_opening(text, start, left)
        return scope_place(match, []) if match is not None else None

    kinds = _kind_scopes()
    if any(match.group() not in kinds for match in scopes):
        # `全县各乡镇还利用村级广播`: the villages' loudspeakers, used across the county
        scopes = [match for match in scopes if match.group() not in kinds]
    for match in scopes:
        place = scope_place(match, [places[m.text] for m in own if m.start < match.start()])
        if place is not None:
            scoped.append((match.start(), place))
    # `县里`, `村里` said plainly that point at no place of theirs leave the place to the sentence, as if unsaid
    scopes = [match for match in scopes if match.group() not in _words().said]
    # `在十家堡、喇嘛甸、孤家子设立县级卡点`: the measure covers them all; so it does where 等 closes a list whose
    # other members are no places of ours (`在镇区和冯宅村委会、枫木居委会等11个村设置`, `宗嘎镇吉隆镇等地`), or
    # where the place is one item of such a list (`前往县汽车总站、万达广场、澧南镇政府…等地督导`)
    if listed := (
        _listed(text, own)
        or [m for m in own if _closes_a_list(text, m.end)]
        or [m for m in own if _an_item_of_a_closed_list(text, m, measure.end, right)]
    ):
        # `与望奎接壤的兰西县、青冈县已加强卡口管控`: the neighbours', outside the area
        if all(roles.get((m.start, m.end)) == "neighbour" for m in listed):
            return places[listed[0].text]
        return _covering([places[m.text] for m in listed], scoped, locality)
    found = [(m.start, places[m.text]) for m in own] + scoped
    # `岳阳市平江县公安局民警在卡点执勤`: a written chain that runs on into a body's name ends at the body's place
    found += [
        (m.start, places[head])
        for m in mentions
        if m.type is EntityType.ORGANIZATION
        and left <= m.start < right
        and any(p.end == m.start for p in own)
        and (head := leading_division(m.text)) in places
    ]
    # `邻近的藁城区增村镇已将小果庄村村民转运至集中隔离点`: a neighbour that opens the clause acts there, on what it
    # names after it; the measure is the neighbour's, outside the article's area
    acting = next(
        (m for m in own if roles.get((m.start, m.end)) == "neighbour" and m.start < measure.start), None
    )
    if acting is not None:
        # where its written chain starts (`藁城区增村镇`: the neighbour is the last link)
        opens = acting.start
        while (head := next((m for m in own if m.end == opens), None)) is not None:
            opens = head.start
        if opens == min(m.start for m in own):
            return places[acting.text]
    if found:  # the most specific; among equals the nearest to the trigger
        return max(found, key=lambda f: (LEVEL_RANK[f[1].level], -abs(f[0] - measure.start)))[1]
    if scopes:  # `我县…`, and the article states no county of its own: not the place another clause names
        return None
    if _opened_elsewhere(text[left : measure.start].lstrip()):
        return None  # `外省部分地区已实行封闭式管理`: taken elsewhere, at no place of the article's
    body_starts = {m.start for m in mentions if m.type is EntityType.ORGANIZATION}

    def fits(m: Mention, first: bool) -> bool:
        return (
            (m.start, m.end) not in elsewhere
            and not _off_the_line(places[m.text], locality)
            and (first or (places[m.text].level != "other" and m.end not in body_starts))
        )

    topic = (
        _topic(text, sentence, in_sentence, left, fits, opening_scope)
        or _earlier_scope(text, sentence, left, scope_place)
        or _main_subject(text, sentence, in_sentence, left, right, fits)
    )
    if isinstance(topic, Place):
        return topic
    if topic is not None:
        run = [topic]
        for m in (m for m in in_sentence if m.start > topic.start and (m.start, m.end) not in elsewhere):
            if text[run[-1].end : m.start] not in data_words("list_joiners.txt"):
                break
            run.append(m)
        if len(run) == 1:
            return places[topic.text]
        # `在沪渝高速垫江收费站、澄溪出口…等处设置查验点,…逐一查验健康码`: the sentence opens with a list
        return _covering([places[m.text] for m in run], [], locality)
    return locality.main


def _earlier_scope(
    text: str,
    sentence: Sentence,
    left: int,
    scope_place: Callable[[re.Match[str], list[Place]], Place | None],
) -> Place | None:
    """The place the last scope word in an earlier clause of the sentence means, wherever in its clause it stands
    (`市市场监督管理局对全市商超开展价格巡查,累计出动执法人员860余人次`: the city, not the town the paragraph began
    with); a word that names a level as a kind (`村级`) or is said plainly (`县里`) means none."""
    words = _words()
    matches = [
        m
        for m in words.scope_pattern.finditer(text, sentence.start, left)
        if m.group() not in _kind_scopes() and m.group() not in words.said and _scopes(text, m)
    ]
    return scope_place(matches[-1], []) if matches else None


def _opened_elsewhere(clause: str) -> bool:
    """A clause that opens with a word for places other than the article's (data/measure_places.tsv: elsewhere),
    after a topic's word (`在其他地区`)."""
    words = _words()
    opener = next((w for w in sorted(words.topic_before, key=len, reverse=True) if clause.startswith(w)), "")
    return clause.startswith(words.elsewhere, len(opener))


def _listed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The places of the clause joined by list marks (`庄尚村、浦溪村`; in `道县梅花镇、仙子脚镇`, the towns, not
    the county that heads the chain), in order; none where no two are."""
    listed: list[Mention] = []
    for a, b in zip(mentions, mentions[1:], strict=False):
        if text[a.end : b.start] in data_words("list_joiners.txt"):
            listed += [m for m in (a, b) if m not in listed]
    return listed


@lru_cache(maxsize=1)
def _list_closing() -> re.Pattern[str]:
    """等 (data/place_list_marks.tsv: etc), a count if any, and a kind of place (data/place_list_heads.txt) or a
    word for where (data/measure_places.tsv: list_where), a few words that say which before it: `等11个村(居)`,
    `等地`, `等处`, `等进县通道`."""
    words = data_groups("measure_places.tsv")
    etc = alternation(data_groups("place_list_marks.tsv")["etc"])
    count = f"[0-9{''.join(numerals())}]+(?:{alternation(words.get('list_count', ()))})?"
    kinds = alternation(data_longest_first("place_list_heads.txt"))
    where = alternation(sorted(words.get("list_where", ()), key=len, reverse=True))
    # a word for where after a few characters that say which (`等进县通道`)
    return re.compile(f"(?:{etc})(?:{count})?(?:{kinds}|\\w{{0,{_WHICH_WAYS}}}?(?:{where}))")


_WHICH_WAYS = 3  # characters before a word for where after 等 (`等进县通道`)


def _closes_a_list(text: str, end: int) -> bool:
    """Whether the place ending at `end` is the last named of a list that 等 closes: one of several places."""
    return _list_closing().match(text, end) is not None


def _an_item_of_a_closed_list(text: str, mention: Mention, trigger_end: int, right: int) -> bool:
    """Whether the place is an item of a list of sites that 等 closes later in its clause (`right`: the clause's
    end), before the measure's trigger ends: a list comma right before or after it, and the closing within a
    list's reach after it. (A trigger inside an item is that item's: `…澧县出入口防疫健康服务点等地`.)"""
    if LIST_COMMA not in (text[mention.start - 1 : mention.start], text[mention.end : mention.end + 1]):
        return False
    closing = _list_closing().search(text, mention.end, min(right, mention.end + _LIST_REACH))
    return closing is not None and closing.end() <= trigger_end


_LIST_REACH = 48  # characters from an item of a list to the 等 that closes it


def _covering(listed: list[Place], scoped: list[tuple[int, Place]], locality: Locality) -> Place | None:
    """The place a measure taken at several listed places applies to: the clause's scope word, else the
    parent the article states for all of them, else the place the article is about."""
    if scoped:
        return max(scoped, key=lambda f: LEVEL_RANK[f[1].level])[1]
    parents = {p.parent.key: p.parent for p in listed if p.parent is not None}
    if len(parents) == 1 and all(p.parent is not None or p.level == "other" for p in listed):
        return next(iter(parents.values()))
    return locality.main


def _topic(
    text: str,
    sentence: Sentence,
    in_sentence: list[Mention],
    left: int,
    fits: Callable[[Mention, bool], bool],
    opening_scope: Callable[[int], Place | None],
) -> Mention | Place | None:
    """The place that opens the sentence (`南洲镇…`, `在安福县横龙镇南田村,…`), or, nearer the measure, a clause
    of it before the measure's own (`近日,扶风县坚持…,在各村设立卡点`: the subject the sentence names before
    that clause): the last of a written chain. A place inside an earlier clause is none (`为了保障南洲镇群众…`),
    nor one that `fits` refuses (`武汉市发生疫情后,…`: somewhere else), told whether it opens the sentence (a
    later clause opened by a market is the list of where, `三个管控区:兴盛菜市场、…,宣布解封`; one whose chain
    runs into a body's name has the body for subject, `聊城市东昌府区` + `侯营镇党委、政府…,成立…小组`). A clause
    opened by a scope word and no place has the place `opening_scope` says it means (`全镇共排查…,落实…`)."""
    opens = _past_labels(text, sentence.start, left, in_sentence)
    starts = [opens] + [m.end() for m in CLAUSE_END.finditer(text, opens, left)]
    for start in reversed(starts):
        topic = _opening(text, start, in_sentence, left)
        if topic is not None and fits(topic, start == opens):
            return topic
        if topic is None and (scoped := opening_scope(start)) is not None:
            return scoped
    return None


_LABEL = re.compile(r"[^\s,。;:!?()]{1,8}:")


def _past_labels(text: str, start: int, left: int, places: list[Mention]) -> int:
    """Past the labels that open a sentence (`邬志刚:答:`, a press Q&A's speaker and answer): the sentence's own
    words start after them. A label that names a place (`桐琴镇金畈村:村口的小喇叭`, a headline's) is the topic."""
    for _ in range(2):
        label = _LABEL.match(text, start, left)
        if label is None or any(start <= m.start < label.end() for m in places):
            break
        start = label.end()
    return start


def _main_subject(
    text: str,
    sentence: Sentence,
    in_sentence: list[Mention],
    left: int,
    right: int,
    fits: Callable[[Mention, bool], bool],
) -> Mention | None:
    """In a sentence that opens with a clause of purpose or addition (data/measure_places.tsv, subordinate), the
    place that opens one of the two clauses after the measure's, past a word that opens a clause
    (data/place_opening_words.txt): the main clause's subject (`为了打通宣传最后一公里,近期扶风县充分利用…`,
    `除了巧用大喇叭外,扶风县还…`)."""
    if not text.startswith(_words().subordinate, sentence.start):
        return None
    openers = sorted(data_words("place_opening_words.txt"), key=len, reverse=True)
    ends = [m.end() for m in CLAUSE_END.finditer(text, right, sentence.end)][:2]
    for start in ends:
        start += next((len(w) for w in openers if text.startswith(w, start)), 0)
        topic = _opening(text, start, in_sentence, sentence.end)
        if topic is not None:
            return topic if fits(topic, False) else None
    return None


def _off_the_line(place: Place, locality: Locality) -> bool:
    """A province, city or county whose division code lies outside the article's own city, neither above nor
    inside it (`武汉市`, `广州市白云区` in an article about 扶风县): somewhere else, whatever the words around it.
    A roundup's other counties share its city; a town's code is the gazetteer's guess, and decides nothing."""
    own = [p for p in locality.by_level.values() if p.code]
    code = place.key.split("/")[0]
    if place.level not in _SELF_IDENTIFYING or not own or not code.isdigit():
        return False
    mine = _code_stem(max(own, key=lambda p: LEVEL_RANK[p.level]).key.split("/")[0])[:4]
    code = _code_stem(code)
    return not (mine.startswith(code) or code.startswith(mine))


def outside_the_area(
    measures: Sequence[Measure], locality: Locality, publisher: Place | None
) -> list[Measure]:
    """Each measure, marked `elsewhere` where the place it was taken at lies outside the area the article covers:
    a county, city or province that is neither the county publishing the page (its outlet or office named after a
    county: 灵璧县融媒体中心) nor above it (`与我县接壤的泗县已实行全域静默`, `成都市实行封控`). With no county
    publishing it, the article's own city is its area (a roundup's other counties share it: _off_the_line)."""
    county = publisher if publisher is not None and publisher.level == "county" and publisher.code else None
    above = set()
    up = county
    while up is not None:
        above.add(up.key)
        up = up.parent or up.derived_parent
    found = []
    for measure in measures:
        place = measure.place
        if place is None or place.level not in _SELF_IDENTIFYING or not place.key.split("/")[0].isdigit():
            found.append(measure)
            continue
        outside = place.key not in above if county is not None else _off_the_line(place, locality)
        found.append(replace(measure, elsewhere=outside) if outside else measure)
    return found


def _code_stem(code: str) -> str:
    """A division code without the pairs of zeros that pad it to full length (`610300` -> `6103`)."""
    while len(code) > 2 and code.endswith("00"):
        code = code[:-2]
    return code


def _scope_opening(text: str, start: int, left: int) -> re.Match[str] | None:
    """The scope word that opens the clause starting at `start`, past `在`, `于` (`全镇共排查`, `在县城人民路`) or a
    time phrase (`春节期间全县`), before `left`; not a neighbour's frame (`与我县相邻的…`)."""
    time = _words().time_opening.match(text, start, left)
    for at in (start, time.end()) if time else (start,):
        opener = next((w for w in _words().topic_before if text.startswith(w, at)), "")
        match = _words().scope_pattern.match(text, at + len(opener), left)
        if match is not None and _scopes(text, match):
            return match
    return None


def _scopes(text: str, match: re.Match[str]) -> bool:
    """Whether a scope word found covers its clause: not in a neighbour's frame (`与我县相邻的昭通市`) or a comparison
    (`在全区率先`), nor a seat said as where people come from or go (`去县城统一代购`, `从县城返乡`). One in a
    letter's title covers it (`印发《致全市人民的一封信》`: the city's letter)."""
    if borders_on(text, match.start(), match.end()):
        return False
    if text.startswith(_words().compared, match.end()):
        return False  # `在全区率先成立`: first in the district, no measure across it
    if match.group() not in _words().seats:
        return True
    if text.endswith(_words().seat_toward, 0, match.start()):
        return False
    seat = Mention(match.group(), EntityType.PLACE, match.start(), match.end(), "scope")
    return elsewhere_roles(text, [seat]).get((seat.start, seat.end)) not in ("origin", "toward")


def _opening(text: str, start: int, in_sentence: list[Mention], left: int) -> Mention | None:
    """The place (the last of its written chain) that opens the clause starting at `start`, past `在`, `于`, or
    right after a scope word (`在县城人民路`, `我县白沙镇`; not `全市在瑞昌收费站…`, where it is only where)."""
    if (scope := _scope_opening(text, start, left)) is not None:
        start = scope.end()
    else:
        start += len(next((w for w in _words().topic_before if text.startswith(w, start)), ""))
    # `协查人员所在的龙津洲社区锦绣华庭小区,…实行封闭管理`: where someone is, then the place, opens the clause
    where = _where_someone_is().match(text, start)
    start = where.end() if where else start
    topic = None
    for mention in sorted(in_sentence, key=lambda m: m.start):
        if mention.start != start or mention.start >= left:
            continue
        topic, start = mention, mention.end
    return topic


_WHO_REACH = 8  # characters of the people before 所在的 (`协查人员`, `确诊病例`)


@lru_cache(maxsize=1)
def _where_someone_is() -> re.Pattern[str]:
    """Words that put a place after who is there (data/measure_places.tsv: topic_relative, `所在的`)."""
    words = "|".join(map(re.escape, data_groups("measure_places.tsv").get("topic_relative", ()))) or "(?!)"
    return re.compile(rf"[^,。;:!?]{{1,{_WHO_REACH}}}?(?:{words})")


def mentions_by_sentence(
    sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> dict[int, list[Mention]]:
    """The mentions that start in each sentence (by its index), in their order: one pass, not one per measure."""
    starts = [s.start for s in sentences]
    found: dict[int, list[Mention]] = {}
    for mention in mentions:
        index = bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.start < sentences[index].end:
            found.setdefault(index, []).append(mention)
    return found


def place_measures(
    text: str,
    sentences: Sequence[Sentence],
    measures: Sequence[Measure],
    mentions: Sequence[Mention],
    places: dict[str, Place],
    locality: Locality,
    organizations: dict[str, str],
    paragraphs: Paragraphs | None = None,
) -> tuple[Measure, ...]:
    """Each measure with where it applies (with no place in its clause: its paragraph's, `paragraphs`, else the
    article's) and the body that ordered it (its resolved name; with none in its sentence, the issuer of the notice
    that lists it: extract/notices.py). A trigger inside a
    task that names a group set up (`下设宣传、物资保障两个工作专班`: rule:group-list) reports the group, not the
    measure: none is read there."""
    by_sentence = mentions_by_sentence(sentences, mentions)
    notice = find_notice(text, sentences, mentions)  # what a notice lists, its issuer orders
    neighbours: dict[int, list[Place]] = {}  # by sentence: the places it names as neighbours
    placed = []
    for measure in measures:
        sentence = sentences[measure.sentence]
        own = by_sentence.get(
            measure.sentence, []
        )  # the sentence's own: all mentions per measure is quadratic
        if any(
            m.source in ("rule:group-list", UNNAMED_GROUPS) and m.start <= measure.start < m.end for m in own
        ):
            continue
        body = ordering_body(measure, sentence, own, organizations, text)
        if body is None and notice is not None and notice.covers(measure.start):
            body = notice.issuer
        where = paragraphs.at(measure.start) if paragraphs else locality
        place = measure_place(text, sentence, measure, own, places, where)
        if place is not None and measure.sentence not in neighbours:
            # read with the locality the place was, so the article's own place is named the same in both
            neighbours[measure.sentence] = _neighbours(text, sentence, own, places, where)
        placed.append(
            replace(
                measure,
                place=place,
                ordered_by=organizations.get(body.key, body.key) if body is not None else None,
                # at a place its sentence names as a neighbour (`周边赣县区此前已对个别小区实行封控管理`,
                # `与我县接壤的泗县已实行全域静默管理`): outside the article's area, whatever county publishes it
                elsewhere=place is not None and place in neighbours[measure.sentence],
            )
        )
    return tuple(placed)


def _neighbours(
    text: str, sentence: Sentence, mentions: Sequence[Mention], places: dict[str, Place], locality: Locality
) -> list[Place]:
    """The places the sentence names as neighbours (elsewhere_roles: `neighbour`)."""
    in_sentence = _sentence_places(sentence, mentions, places)
    roles = elsewhere_roles(text, in_sentence, _own_names(in_sentence, places, locality))
    return [places[m.text] for m in in_sentence if roles.get((m.start, m.end)) == "neighbour"]


def _own_names(mentions: Sequence[Mention], places: dict[str, Place], locality: Locality) -> set[str]:
    """How the mentions write the article's own places (`望奎` of 望奎县)."""
    own = {p.key for p in locality.by_level.values()}
    return {m.text for m in mentions if places[m.text].key in own}


def _deferred_to(text: str, sentence: Sentence, body: Mention) -> bool:
    """The body's clause closes on a word of deference (data/org_deference.tsv `after`: 部署, 要求): the article
    names a higher authority whose lead it followed."""
    end = CLAUSE_END.search(text, body.end, sentence.end)
    clause = text[body.end : end.start() if end else sentence.end]
    return clause.endswith(tuple(data_groups("org_deference.tsv")["after"]))


def _named_before(
    text: str,
    sentence: Sentence,
    at: int,
    mentions: Sequence[Mention],
    places: dict[str, Place],
    elsewhere: set[tuple[int, int]],
) -> list[Place]:
    """The places the sentence names before `at`, in text order, on their own or opening a body's name (`大寨村党
    总支书记梁丽萍介绍,村里还关闭了村史展览馆`: 村里 is 大寨村; `西陵寺镇小河湾村党支部`: both links), none named as
    somewhere else."""
    named = []
    for m in sorted(mentions, key=lambda m: m.start):
        if not (sentence.start <= m.start < at) or (m.start, m.end) in elsewhere:
            continue
        if m.type is EntityType.ORGANIZATION and _deferred_to(text, sentence, m):
            continue  # `按照牡丹江市委、市政府部署,我市…`: the higher body followed, not the speaker's
        if m.type is EntityType.PLACE and m.text in places:
            named.append(places[m.text])
        elif m.type is EntityType.ORGANIZATION:
            # each link of the chain that opens it (`西陵寺镇小河湾村党支部`)
            rest = m.text
            while (head := leading_division(rest)) in places:
                named.append(places[head])
                rest = rest[len(head) :]
    return named


def _sentence_places(
    sentence: Sentence, mentions: Sequence[Mention], places: dict[str, Place]
) -> list[Mention]:
    """The sentence's place mentions the article resolved, in text order (as elsewhere_roles reads them)."""
    return sorted(
        (
            m
            for m in mentions
            if m.type is EntityType.PLACE and m.text in places and sentence.start <= m.start < sentence.end
        ),
        key=lambda m: m.start,
    )
