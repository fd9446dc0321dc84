"""Organization mentions by suffix (`县防指`, `疾控中心`), datelines and committees; a body's type.

The suffixes and types are data (epikg/data/org_suffixes.txt, org_types.tsv) that a user can extend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    alternation,
    begins_a_word,
    data_alternation,
    data_columns,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    digits_class,
    ends_a_leader_phrase,
    ends_inside_a_word,
    generic_bodies,
    is_common_word,
    item_mark,
    leader_phrase,
    looks_like_body,
    numerals,
    org_type_rules,
    phrase_ends_at,
    surnames,
    title_ending_at,
    titles,
    two_character_words,
)
from epikg.ner.brands import brands
from epikg.ner.place_stems import (
    is_generic_stem,
    names_a_hamlet,
    names_a_site,
    opens_after_a_verb_or_a_scope,
    stands_alone,
)
from epikg.ner.place_units import units_of_listed_places
from epikg.ner.set_off import accounts, counted_after, outlets_in_text, quoted_shops, quoted_teams
from epikg.read.page_layout import dateline
from epikg.records import LEVEL_RANK, EntityType, Mention
from epikg.spans import occurrences

UNNAMED_GROUPS = "rule:unnamed-groups"
"""The source of groups listed by their tasks that the page names nowhere on their own, and of an institution's
internal teams (listed_groups): no organizations."""


@lru_cache(maxsize=1)
def _org_suffix_pattern() -> re.Pattern[str]:
    suffixes = sorted(data_words("org_suffixes.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, suffixes)))


def _level_chars() -> dict[str, str]:
    """Level characters (data/level_chars.tsv): a body may start at one (`县防指`)."""
    return data_table("level_chars.tsv")


@lru_cache(maxsize=1)
def _committee() -> re.Pattern[str]:
    """`县委` after a place's name, not `委员` (data/org_committees.tsv)."""
    words = data_groups("org_committees.tsv")
    return re.compile(
        rf"(?:{alternation(words['level'])})?(?:{alternation(words['committee'])})(?!{alternation(words['member'])})"
    )


@lru_cache(maxsize=1)
def _not_in_body() -> re.Pattern[str]:
    """Words that make a span a clause, not a body's name (`全县共组建党员突击队`, `各级党组织`):
    data/org_clause_words.txt, org_build_verbs.txt and org_question_words.txt, but not where they begin or end a word
    of data/org_clause_exceptions.txt (派出所, 应对)."""
    return _clause_pattern(
        (
            *data_longest_first("org_clause_words.txt"),
            *data_longest_first("org_build_verbs.txt"),
            *data_longest_first("org_question_words.txt"),
        )
    )


@lru_cache(maxsize=1)
def visit_verbs() -> re.Pattern[str]:
    """The verbs of a visit, an inspection or spreading word (data/org_visit_verbs.txt), where they stand on their own:
    not inside a word of data/org_clause_exceptions.txt (督导组, 宣传部)."""
    return _clause_pattern(data_longest_first("org_visit_verbs.txt"))


def _clause_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of `words`, but not where it begins or ends a word of data/org_clause_exceptions.txt."""
    exceptions = sorted(data_words("org_clause_exceptions.txt"))
    return re.compile(
        "|".join(
            "".join(
                f"(?<!{re.escape(e[: -len(word)])})" for e in exceptions if e.endswith(word) and e != word
            )
            + re.escape(word)
            + "".join(
                f"(?!{re.escape(e[len(word) :])})" for e in exceptions if e.startswith(word) and e != word
            )
            for word in sorted(words, key=len, reverse=True)
        )
    )


@lru_cache(maxsize=1)
def _reported() -> re.Pattern[str]:
    """A line opening with a name, `报道` or `讯`, and a reporter's bracket (data/datelines.tsv)."""
    words = data_groups("datelines.tsv")
    return re.compile(
        rf"(?:^|(?<=[\s】]))(?P<name>[\u4e00-\u9fff]{{2,8}}?)(?:{alternation(words['report'])})\s*[(\uff08]\s*"
        rf"(?:{alternation(words['reporter'])})",
        re.MULTILINE,
    )


def _short_forms_written(text: str, places: list[Mention]) -> list[Mention]:
    """A town's or village's name without its ending (data/place_township_suffixes.txt and
    place_village_suffixes.txt) where the text writes it so (`柑子镇` ... `柑子派出所`): where a body may start."""
    endings = (
        *data_longest_first("place_township_suffixes.txt"),
        *data_longest_first("place_village_suffixes.txt"),
    )
    stems = {
        m.text[: -len(ending)]
        for m in places
        if (ending := next((e for e in endings if m.text.endswith(e)), None))
        and len(m.text) - len(ending) >= 2
    }
    taken = {(m.start, m.end) for m in places}
    return [
        Mention(stem, EntityType.PLACE, at, end, "rule:short-form")
        for stem in stems
        for at, end in occurrences(text, stem)
        if not any(s <= at < e for s, e in taken)
    ]


def organization_mentions(text: str, places: list[Mention], persons: Sequence[Mention] = ()) -> list[Mention]:
    """Bodies that end in a known suffix and start at a place name (or its short form the text writes:
    `柑子派出所` in an article about 柑子镇) or a level character (`县防指`); no body's name runs over a person's
    (`镇长吴文杰和镇人大`: the body is 镇人大, after the name and its joiner)."""
    suffix = _org_suffix_pattern()
    short_forms = _short_forms_written(text, places)
    short_ends = {m.end: m for m in short_forms}
    place_ends = {m.end: m for m in places}
    place_by_start = {m.start: m for m in [*places, *short_forms]}
    place_names = {m.text for m in places}
    found = []
    for match in suffix.finditer(text):
        if ends_inside_a_word(text, match.end()):
            continue  # `值班执勤队伍`: the suffix is inside a word
        if text.startswith(data_longest_first("org_company_endings.txt"), match.end()):
            continue  # `桃源农村商业银行股份有限公司`: a company's registered name goes on (ner/brands.py)
        if org_type(match.group()) == "media_outlet" and a_report_before(text, match.start()):
            continue  # `疫情防控工作日报(第15期)`: a daily report of the response, no newspaper
        start = _org_start(text, match.start(), place_ends)
        short = short_ends.get(match.start())
        if short is not None and (start is None or start > short.start):
            # `增村派出所` in an article about 增村镇: the town's short form, whose last character is no level's
            start = short.start
        if start is None:  # `柑子派出所`: no place or level starts it, but a town's short form does
            start = _org_start(text, match.start(), short_ends)
        # `由县委副书记任指挥长的防控指挥部`: the name starts after what is said of its leader
        if start is None:
            start = _start_after_its_leader(text, match.start())
        merged = short_ends.get(start) if start is not None else None
        if merged is not None and merged.text + text[start] in place_names:
            start = merged.start  # `桃园村民委员会`: 桃园村 and 村民委员会 written with one 村
        if start is not None:
            start = _parent_body_start(text, start, place_ends)
        village = _village_named_before(text, start, match.start(), place_ends)
        if village is not None:  # `芦花村党支部`: the branch of a village the gazetteer does not list
            start = village
            place_by_start.setdefault(start, Mention(text[start:start], EntityType.PLACE, start, start, ""))
        if match.group() in data_words("org_kept_level_bodies.txt") and start not in place_by_start:
            continue  # `村委会` is a body only after its village's name (`红星村村委会`), never of a level before
        if (
            start is not None
            and match.group() in data_words("org_place_kind_endings.txt")
            and gazetteer.load().knows(text[start : match.start()])
        ):
            continue  # `来自台北报社、通讯社`: a place's newspapers, a kind; `德宏团结报社` names its paper
        if match.group() in data_words("org_brand_suffixes.txt") and (
            start not in place_by_start or _after_an_address(start, match.start(), places)
        ):
            # a shop is named by its brand (ner/brands.py) or after its place, never a level (`村里小超市`), nor
            # over the road or square it stands on (`城东街道陈州路华联超市`: 华联超市, on 陈州路)
            continue
        if start is not None:
            start = _after_meeting_verb(text, start, match.start())
        if (
            start is None
            or _listed_after_many(text, start)
            or _of_a_kind(text, start, match.group(), place_by_start)
        ):
            continue
        place = place_by_start.get(start)
        if place is not None and place.end < match.start() and _a_word_joiner(text[place.end]):
            continue  # `城东农贸市场和好又多超市`: a place, then another thing; no body runs over the joiner
        named = [p.end for p in persons if start < p.start and p.end <= match.start()]
        if named:  # `镇长吴文杰和镇人大`: the body starts at its level after the name and its joiner
            after = max(named)
            while text[after : after + 1] in data_words("list_joiners.txt"):
                after += 1
            if after < match.start() and text[after] in _level_chars():
                start = after
        joined = [
            at
            for m in suffix.finditer(text, start, match.start())
            for at in range(m.end(), match.start())
            if text[at] in data_words("list_joiners.txt")
        ]
        if joined:
            # `镇纪委和派出所`: two bodies joined; the second's name starts after the joiner, at a level; so after
            # other words (`镇政府分管领导和财政所`: the office is no 镇政府分管领导和's)
            start = max(joined) + 1
            if text[start] not in _level_chars():
                continue
        second = _after_a_joined_post(text, start, match.start())
        if second is not None:
            # `平江县委书记兼县人大常委会主任`: the body of the post after 兼 starts after it, at a level
            start = second
            if text[start] not in _level_chars():
                continue
        after_place = _after_place(start, place_by_start)
        clause = list(_not_in_body().finditer(text, after_place, match.start()))
        # `到城关镇视察卫生院`: the place visited and the verb, then what was inspected
        if after_place > start and (visit := visit_verbs().match(text, after_place, match.start())):
            clause.append(visit)
        if clause:
            # `北留镇按照县防指要求`: no name runs back over the clause word; one may start after it, at a level
            start = clause[-1].end()
            # (or at a place's name, a town's short form among them: `镇干部和榜头市场监管所`)
            if start >= match.start() or (
                text[start] not in _level_chars()
                and start not in place_by_start
                and not ends_a_leader_phrase(text, start)
            ):
                continue
        start += verb_inside(text[start : match.end()])
        if match.group() not in data_words("org_unit_endings.txt") and _over_a_body_and_a_clause(
            text, start, match.start(), found, place_by_start
        ):
            continue  # `县农商银行支持超市复工`: the bank supports shops; no name runs back over it and the verb
        if text[start : match.end()] in generic_bodies() or (
            function_name(text[start : match.end()]) and not _at_a_named_site(text[start : match.end()])
        ):
            # `大英镇联合派出所`: the town worked with a police station it does not name; `县临时指挥部` a kind, but
            # `太要镇检查站临时党支部` the branch of that checkpoint
            continue
        if _members_team(text[_after_place(start, place_by_start) : match.end()], match.group()) or (
            org_type(match.group()) == "working_group" and counted_after(text, match.end())
        ):
            continue  # `组建党员先锋队5支`, `组建巾帼志愿服务队63支`: teams of the place's people counted, a kind
        end = match.end() + _office_after(text, match.group(), match.end())
        end += _section_after(
            text, end, long=text.endswith(data_longest_first("org_long_section_bodies.txt"), 0, end)
        )
        start -= _party_prefix(text, start, match.group()) or _level_word_before(text, start)
        if _joined_after_a_title(text, start, match.start()):
            continue  # `塔河县委书记和林业局党委`: a post and a body joined, no one body's name
        split = (
            _committee_end(text, start, match)
            if match.group() in data_words("org_coordinated_bodies.txt")
            else None
        )
        if split is not None:
            if not any((m.start, m.end) == (start, split) for m in found):
                found.append(Mention(text[start:split], EntityType.ORGANIZATION, start, split, "rule:suffix"))
            start = split
        found.append(Mention(text[start:end], EntityType.ORGANIZATION, start, end, "rule:suffix"))
    # The outlet of a dateline: `文化艺术报讯`, `四川新闻网眉山2月2日讯`, `中新网长沙1月26日电`, `某某网3月9日东城讯`,
    # `某某网消息`.
    for match in dateline().finditer(text):
        if match.group("name") in data_words("outlet_self_references.txt") or _not_in_body().search(
            match.group("name")
        ):
            continue  # this site, unnamed; a clause (`要设立举报`), no outlet
        found.append(
            Mention(
                match.group("name"),
                EntityType.ORGANIZATION,
                match.start("name"),
                match.end("name"),
                "rule:suffix",
            )
        )
    # `云上嘉鱼报道(记者龙勇军)`: an outlet of any name, shown by the reporter's bracket after its dateline.
    taken = {(m.start, m.end) for m in found}
    place_spans = {(m.start, m.end) for m in places}
    for match in _reported().finditer(text):
        name = match.group("name")
        if name in data_words("outlet_self_references.txt"):
            continue  # `本网讯(记者 张明)`: this site, unnamed
        span = (match.start("name"), match.end("name"))
        if is_common_word(name) or span in taken or span in place_spans:
            continue  # `昌图县讯(记者 孙立波)`: the place the report was filed in, no outlet
        found.append(Mention(name, EntityType.ORGANIZATION, *span, "rule:suffix"))
    found += _national_mechanisms(text)
    found += _national_bodies(text)
    found += _prefixed_committees(text)
    found += _working_groups(text)
    found += brands(text, found, places)
    found += listed_groups(text)
    found += units_of_listed_places(text, places)
    found += quoted_teams(text)
    found += quoted_shops(text)
    found += [m for m in outlets_in_text(text) if not _not_in_body().search(m.text)]  # `这是些小报记者`
    found += accounts(text)
    # `苍南县委`, `南县县委`: a county, city or province name followed by 委; `共青团平江县委` is the Youth
    # League's committee there (a word of data/org_level_prefixes.txt before the place), not the party's.
    prefixes = (*data_longest_first("org_level_prefixes.txt"), *data_longest_first("org_party_prefixes.txt"))
    for place in places:
        committee = _committee().match(text, place.end)
        if committee and place.text[-1] in data_groups("org_committees.tsv")["level"]:
            prefix = next((p for p in prefixes if text.endswith(p, 0, place.start)), "")
            start, end = place.start - len(prefix), committee.end()
            end += _section_after(text, end)  # `苍南县委督查室`
            found.append(Mention(text[start:end], EntityType.ORGANIZATION, start, end, "rule:suffix"))
    found += _committee_sections(text, places)
    found += _committees_before_governments(text, places)
    found += groups_after_bodies(text, found)
    # a name inside a body's would-be name, not at its start (`宁城` of a list, then `宁城街道党工委`)
    found = [m for m in found if not any(m.start < p.start and p.end <= m.end for p in persons)]
    found = _joint_bodies(text, coordinated_levels(text, found))
    found += _coordinated(text, found)
    found += listed_units(text, found, places)
    return found + bare_county_units(text, [*found, *places])


def a_report_before(text: str, ending_start: int) -> bool:
    """A word of data/org_report_words.txt ends right before a newspaper's ending (`疫情防控工作日报`): the daily
    report of the response, no newspaper."""
    return text.endswith(tuple(data_words("org_report_words.txt")), 0, ending_start)


def bare_county_units(text: str, read: list[Mention]) -> list[Mention]:
    """`现场执勤的交警大队民警`: a county police brigade named bare (data/org_county_units.txt) where its name starts a
    word (after punctuation, a preposition or 的: data/place_before_chars.txt) and no mention read holds it: the
    article's county's, named as `县交警大队` (resolved in extract/organizations.py)."""
    county = next(c for c, level in data_table("level_chars.tsv").items() if level == "county")
    found = []
    for unit in data_longest_first("org_county_units.txt"):
        for start, end in occurrences(text, unit):
            if stands_alone(text, start) and not any(
                m.start < end and start < m.end for m in [*read, *found]
            ):
                found.append(Mention(unit, EntityType.ORGANIZATION, start, end, "rule:suffix", county + unit))
    return found


def _after_an_address(start: int, end: int, places: list[Mention]) -> bool:
    """A named place below the divisions (a road, street or square: place_stems.names_a_site) lies between
    `start` and the brand that ends at `end`."""
    return any(start <= p.start and p.end <= end - 2 and names_a_site(p.text) for p in places)


def _over_a_body_and_a_clause(
    text: str, start: int, suffix_start: int, found: list[Mention], place_by_start: dict[int, Mention]
) -> bool:
    """`平江县供电公司保障超市用电`: a would-be name that holds a whole body read before it, then words that are
    neither a unit of it, a joiner nor a place's name (a verb and its object), is a clause; a unit right after its
    body (`县卫健局疾控中心`), after a place or level there (`县公安局城关派出所`: data/org_parent_bodies.txt) is
    named with it, and a body joined to it (`县妇联和县工商联`) is read on its own."""
    parents = data_longest_first("org_parent_bodies.txt")
    for body in found:
        if any(b.start <= body.start and body.end < b.end <= suffix_start for b in found):
            continue  # `县纪委` of `县纪委监委督查组`: the longer body read over it is the one that counts
        if start <= body.start and body.end < suffix_start and not body.text.endswith(parents):
            after = body.end
            if after in place_by_start:
                after = place_by_start[after].end
            after = _past_an_ordinal(text, after)  # `县纪委监委第三监督检查室`: its third office
            if after < suffix_start and text[after] not in (*_level_chars(), *data_words("list_joiners.txt")):
                return True
    return False


@lru_cache(maxsize=1)
def _ordinal() -> re.Pattern[str]:
    """An ordinal: a mark of data/org_unit_ordinal_marks.txt, then digits (`第三`, `第12`)."""
    return re.compile(
        rf"(?:{alternation(data_longest_first('org_unit_ordinal_marks.txt'))}){digits_class()}+"
    )


def _past_an_ordinal(text: str, at: int) -> int:
    """Past an ordinal at `at` (`第三`), else `at`."""
    ordinal = _ordinal().match(text, at)
    return ordinal.end() if ordinal else at


def _after_a_joined_post(text: str, start: int, end: int) -> int | None:
    """Right after the last joiner of two posts (data/post_title_joiners.txt: 兼) that follows a title word
    between `start` and `end`, if any: no body's name runs over a post."""
    joiners = tuple(j for j in data_words("post_title_joiners.txt") if len(j) == 1 and j != "、")
    title_words = tuple(titles())
    return next(
        (
            at + 1
            for at in range(end - 1, start, -1)
            if text[at] in joiners and text.endswith(title_words, 0, at)
        ),
        None,
    )


def _of_a_kind(text: str, start: int, suffix: str, place_by_start: dict[int, Mention]) -> bool:
    """`全县派出所`, `县基层党组织`, `县属地政府`: every body of a kind in a place, no one body: a kind many places
    have (data/org_bare_kinds.txt) after a level after a word of every place (data/org_every_chars.txt; but
    `全市疫情防控指挥部` is the city's one), or a kind's word after the level or place (data/org_kind_modifiers.txt)."""
    every = text[start - 1 : start] in data_words("org_every_chars.txt")
    if every and text[start : start + 1] in _level_chars() and suffix in data_words("org_bare_kinds.txt"):
        return True
    after = _after_place(start, place_by_start)
    if after == start and text[start : start + 1] in _level_chars():
        after += 1
    return text.startswith(data_longest_first("org_kind_modifiers.txt"), after)


def _members_team(name: str, suffix: str) -> bool:
    """`党员先锋队`, `镇党员突击队`: a working team named by the people it is made of (data/org_member_words.txt),
    after its place or level: a kind of team, no one body."""
    name = name[1:] if name[:1] in _level_chars() else name
    return org_type(suffix) == "working_group" and name.startswith(data_longest_first("org_member_words.txt"))


def _listed_after_many(text: str, start: int) -> bool:
    """`各乡镇卫生院、村卫生室`: a body named by its level alone, listed right after bodies of every place of a level
    (a plural character before a level character: data/org_plural_chars.txt), is of every place too, a kind."""
    if text[start : start + 1] not in _level_chars() or text[start - 1 : start] not in data_words(
        "list_joiners.txt"
    ):
        return False
    plural = data_words("org_plural_chars.txt")
    item_start = start - 1
    while item_start > 0 and (HAN.match(text[item_start - 1]) or text[item_start - 1] == "、"):
        item_start -= 1  # back over the list's items before (`各村党支部、村委会、村卫生室`)
    items = text[item_start : start - 1]
    return any(c in plural and items[i + 1 : i + 2] in _level_chars() for i, c in enumerate(items))


def _level_word_before(text: str, start: int) -> int:
    """How many characters before a body's level character (`区` of `自治区档案局`) belong to a word that names a
    kind of division with it (data/org_level_words.txt), and the level before that word (`县经开区管委会`): part
    of the body's name; 0 where none does."""
    if text[start : start + 1] not in _level_chars():
        return 0
    back = next(
        (
            len(w) - 1
            for w in data_longest_first("org_level_words.txt")
            if start + 1 >= len(w) and text.startswith(w, start + 1 - len(w))
        ),
        0,
    )
    if back and text[start - back - 1 : start - back] in _level_chars():
        back += 1  # `县经济开发区管委会`: the county's zone, named by the level it belongs to
    return back


def _party_prefix(text: str, start: int, suffix: str) -> int:
    """How many characters of the party's name (data/org_party_prefixes.txt) or the Youth League's (data/
    org_level_prefixes.txt, written whole: 共青团) stand right before a party body starting at a place or level
    (`中共天长市委组织部`, `中共城关镇委员会`, `共青团永新县委员会`): part of its name; 0 where none does."""
    if org_type(suffix) != "party_committee":
        return 0
    prefixes = (
        *data_longest_first("org_party_prefixes.txt"),
        *(p for p in data_longest_first("org_level_prefixes.txt") if len(p) > 1),
    )
    return next((len(p) for p in prefixes if text.endswith(p, 0, start)), 0)


def _committee_sections(text: str, places: list[Mention]) -> list[Mention]:
    """`县委督查室`, `市委政研室`: a section (data/org_sections.txt) of a committee named by its level alone (the
    committee itself, bare, is the model's); after a place's name (`苍南县委督查室`) the place's committee is read
    with its section above."""
    found = []
    words = data_groups("org_committees.tsv")
    for match in re.finditer(f"(?:{alternation(words['level'])})(?:{alternation(words['committee'])})", text):
        length = _section_after(text, match.end())
        if length and not any(p.start <= match.start() <= p.end for p in places):
            end = match.end() + length
            found.append(
                Mention(text[match.start() : end], EntityType.ORGANIZATION, match.start(), end, "rule:suffix")
            )
    return found


@lru_cache(maxsize=1)
def _committee_before_government() -> re.Pattern[str]:
    """A level's committee (data/org_committees.tsv) right before that level's government
    (data/org_coordinated_bodies.txt), a joiner of data/list_joiners.txt between or none."""
    words = data_groups("org_committees.tsv")
    joiners = alternation(sorted(data_words("list_joiners.txt"), key=len, reverse=True))
    governments = alternation(sorted(data_words("org_coordinated_bodies.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?P<level>{alternation(words['level'])})(?:{alternation(words['committee'])})"
        rf"(?=(?:{joiners})?(?P=level)(?:{governments}))"
    )


def _committees_before_governments(text: str, places: list[Mention]) -> list[Mention]:
    """`旗委、旗政府`, `在县委县政府领导下`: a level's party committee named by its level alone, right before that
    level's government, is a body, whether or not the model reads one (it reads 县委, seldom 旗委); not a place's
    own (`苍南县委`, `南县县委`: read above)."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), "rule:suffix")
        for m in _committee_before_government().finditer(text)
        if not any(p.start < m.start() <= p.end for p in places)
    ]


def _village_group(name: str) -> bool:
    """`长田村六组`, `红旗村3组`: a village's numbered group (data/org_numbered_groups.txt), where its people live,
    no body; so is one named as hamlets are (`大湾组`, `上屋组`: place_stems.names_a_hamlet; `李家组`, a family's)."""
    word = next((w for w in data_longest_first("org_numbered_groups.txt") if name.endswith(w)), None)
    if word is None:
        return False
    start = end = len(name) - len(word)
    while start > 0 and (name[start - 1].isdigit() or name[start - 1] in data_table("numerals.tsv")):
        start -= 1
    if start == end:
        family = (
            end >= 2
            and name[end - 2] in surnames()[0]
            and name[end - 1] in data_words("place_family_marks.txt")
        )
        hamlet = name.endswith(tuple(data_words("place_hamlet_endings.txt")), 0, end)
        return family or hamlet or names_a_hamlet(name[:end])
    return name.endswith(tuple(data_words("place_village_suffixes.txt")), 0, start)


_VILLAGE_STEM_LONGEST = 4


def _village_named_before(
    text: str, start: int | None, suffix_start: int, place_ends: dict[int, Mention]
) -> int | None:
    """`芦花村党支部书记`, `平江县古都河村村委会`: a body that starts at a village's ending (data/
    place_village_suffixes.txt: 村 of 村党支部) is that village's, named by the 2 to 4 Han characters before it,
    where they open the clause, follow a higher place's name or a verb of going (place_stems); not where they
    are a kind, a scope, a verb or a demonstrative (`贫困村党支部`, `要求村党支部`: place_stems.is_generic_stem, a
    word of data/org_clause_words.txt or data/org_lead_verbs.txt), a clause's opening word (`目前`:
    data/place_opening_words.txt) or a verb of office (`现任`: data/post_predicates.txt). An everyday word may
    name the village there (`红星村党支部`). None where no village's name stands there."""
    if start is None or start >= suffix_start:
        return None
    if not text.startswith(tuple(data_words("place_village_suffixes.txt")), start):
        return None
    for length in range(2, _VILLAGE_STEM_LONGEST + 1):
        at = start - length
        stem = text[at:start]
        if at < 0 or not all(HAN.match(c) for c in stem):
            return None
        before = text[
            at - 1 : at
        ]  # punctuation opens a clause; a year's digits do not (`1994年当村党支部书记`)
        opens = not before or not (HAN.match(before) or before.isalnum()) or at in place_ends
        if opens or opens_after_a_verb_or_a_scope(text, at):
            named = not (
                is_generic_stem(stem, word_may_name=True)
                or stem.startswith(tuple(data_words("place_opening_words.txt")))  # `目前村党支部书记`
                or stem.endswith(tuple(w for w in data_words("post_predicates.txt") if len(w) > 1))  # `现任`
                or _not_in_body().search(stem)
                or verb_inside(stem)
                or any(c in data_words("org_plural_chars.txt") for c in stem)
            )
            return at if named else None
    return None


def _after_place(start: int, place_by_start: dict[int, Mention]) -> int:
    """Where the words of a body's name after its opening place begin (the place's own name may hold any
    character: 由旺镇, 成都市)."""
    place = place_by_start.get(start)
    return place.end if place is not None else start


def _parent_body_start(text: str, start: int, place_ends: dict[int, Mention]) -> int:
    """`梨树县公安局梨树镇派出所`: a station written right after the bureau it belongs to (data/org_parent_bodies.txt)
    is named with it, one body, as `县公安局水寨派出所` is; where the station's own place begins its name, the
    walk back stops there, so the bureau is joined here."""
    parent = next(
        (p for p in data_longest_first("org_parent_bodies.txt") if text.endswith(p, 0, start)), None
    )
    if parent is None:
        return start
    parent_start = _org_start(text, start - len(parent), place_ends)
    return start if parent_start is None else parent_start


@lru_cache(maxsize=1)
def _prefixed_committee() -> re.Pattern[str]:
    """`团县委`: a word of data/org_level_prefixes.txt, a level character and a committee (data/org_committees.tsv)."""
    words = data_groups("org_committees.tsv")
    return re.compile(
        rf"(?:{alternation(data_words('org_level_prefixes.txt'))})(?:{alternation(words['level'])})"
        rf"(?:{alternation(words['committee'])})(?!{alternation(words['member'])})"
    )


@lru_cache(maxsize=1)
def _national_mechanism() -> re.Pattern[str]:
    """`国务院` + epidemic words + `联防联控机制` + maybe `综合组` (data/org_national_mechanisms.tsv)."""
    words = data_groups("org_national_mechanisms.tsv")
    return re.compile(
        rf"(?:{alternation(words['opener'])})(?:{data_alternation('org_name_words.txt')})*?"
        rf"(?:{alternation(words['ending'])})(?:{alternation(words['unit'])})?"
    )


def _national_mechanisms(text: str) -> list[Mention]:
    """`国务院联防联控机制`, `国务院应对新型冠状病毒肺炎疫情联防联控机制综合组`: the State Council's mechanism (and its
    units) that county pages cite, a body of its own."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), "rule:suffix")
        for m in _national_mechanism().finditer(text)
    ]


NATIONAL_BODY = "rule:national"
"""The source of a national body read by its name (data/org_national_bodies.txt): a longer body the model reads
around it (`中共中央政治局常委会`) is that body."""
_READ_BY_RULE = ("rule:suffix", NATIONAL_BODY)  # bodies whose own groups and commands run on after them


@lru_cache(maxsize=1)
def _national_body() -> re.Pattern[str]:
    """A national body's name (data/org_national_bodies.txt), longest first, where no character of
    data/org_national_bodies_not_before.txt continues it (`民政部门`) nor one of org_national_bodies_not_after.txt
    stands before it (`中央行政`)."""
    names = alternation(data_longest_first("org_national_bodies.txt"))
    after = re.escape("".join(sorted(data_words("org_national_bodies_not_after.txt"))))
    return re.compile(
        f"(?<![{after}])(?:{names})(?!{alternation(data_words('org_national_bodies_not_before.txt'))})"
    )


def _national_bodies(text: str) -> list[Mention]:
    """`民政部`, `海关总署`, `国家卫健委`: the national bodies pages cite by their names alone."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), NATIONAL_BODY)
        for m in _national_body().finditer(text)
    ]


def _prefixed_committees(text: str) -> list[Mention]:
    """`团县委`, `团市委`: the Youth League's committee of a level, a body of its own (its place is resolved in
    extract/organizations.py)."""
    return [
        Mention(m.group(), EntityType.ORGANIZATION, m.start(), m.end(), "rule:suffix")
        for m in _prefixed_committee().finditer(text)
    ]


def _committee_end(text: str, start: int, government: re.Match[str]) -> int | None:
    """Where a party committee written right before a government ends (`金乡镇党委政府`: at 政府; `韶山市委市政府`:
    at the government's level character, data/level_chars.tsv, written again), if one is."""
    level = government.start() - 1
    ends = (government.start(), level) if text[level : level + 1] in _level_chars() else (government.start(),)
    return next((at for at in ends if at > start and org_type(text[start:at]) == "party_committee"), None)


def _outranks(upper: str, lower: str) -> bool:
    """The level character `upper` names a level above `lower`'s (省 above 市 above 县 above 镇)."""
    levels = _level_chars()
    return upper in levels and lower in levels and LEVEL_RANK[levels[upper]] < LEVEL_RANK[levels[lower]]


def _levels_before(text: str, at: int) -> list[int]:
    """Where the levels coordinated before the level character at `at` are written: after a joiner, any higher
    level (`省、市、县`); with none, a run of data/org_level_runs.txt (`省市县`)."""
    joiners = data_words("list_joiners.txt")
    runs = data_longest_first("org_level_runs.txt")
    levels: list[int] = []
    while True:
        if text[at - 1 : at] in joiners and at >= 2 and _outranks(text[at - 2], text[at]):
            at -= 2
        else:
            run = next((r for r in runs if at + 1 >= len(r) and text.startswith(r, at + 1 - len(r))), "")
            if not run:
                return levels
            at -= len(run) - 1
            levels[:0] = range(at + 1, at + len(run) - 1)
        levels.insert(0, at)


def coordinated_levels(text: str, bodies: list[Mention]) -> list[Mention]:
    """`市、县疫情防控指挥部`, `省市县疾控中心`: levels written one after another, from the higher down, before a
    body named by its level: each names that body of its own level (Mention.name: `市疫情防控指挥部`, whose place
    the article's gives in extract/organizations.py), and the name as written is the last level's. Not a level that
    opens a word (`县乡村振兴局`: 乡村), nor levels counted or of every place (`30家省市电视台`, `各省市`)."""
    found = []
    for body in bodies:
        found.append(body)
        if body.source != "rule:suffix" or body.text[:1] not in _level_chars():
            continue
        runs = [r for r in data_longest_first("org_level_runs.txt") if body.text.startswith(r)]
        own = body.start + (len(runs[0]) - 1 if runs and len(body.text) > len(runs[0]) else 0)
        if is_common_word(text[own : own + 2]):
            continue  # `县乡村振兴局`, `省市场监管局`: the last level opens a word (乡村, 市场), no level of its own
        levels = _levels_before(text, own)
        first = levels[0] if levels else own
        counted = data_words("org_plural_chars.txt") | data_words("quantity_units.txt")
        if text[first - 1 : first] in counted:
            continue  # `30家省市电视台`, `各省市疾控中心`: the bodies of those levels counted or all, no one each
        if own > body.start:  # `省市县疫情防控指挥部` read whole: the name is 县's
            found[-1] = replace(body, text=text[own : body.end], start=own)
        rest = text[own + 1 : body.end]
        found += [
            Mention(text[at], EntityType.ORGANIZATION, at, at + 1, body.source, text[at] + rest)
            for at in levels
        ]
    return found


def _joint_bodies(text: str, bodies: list[Mention]) -> list[Mention]:
    """`县纪委县监委`: two bodies of one office (data/org_joint_bodies.tsv), the second named by the first's level
    character right after it, are one body named as written; the two apart are dropped."""
    joint = []
    for first in bodies:
        for ending, other in data_columns("org_joint_bodies.tsv"):
            level = first.end - len(ending) - 1
            second = first.end + 1 + len(other)
            if (
                level >= first.start
                and first.text.endswith(ending)
                and text[level] in _level_chars()
                and text[first.end : second] == text[level] + other
            ):
                joint.append(
                    Mention(
                        text[first.start : second],
                        EntityType.ORGANIZATION,
                        first.start,
                        second,
                        "rule:suffix",
                    )
                )
    if not joint:
        return bodies
    parts = {(m.start, m.end) for j in joint for m in bodies if j.start <= m.start and m.end <= j.end}
    kept = [m for m in bodies if (m.start, m.end) not in parts]
    return kept + [j for j in joint if all((m.start, m.end) != (j.start, j.end) for m in kept)]


def _coordinated(text: str, bodies: list[Mention]) -> list[Mention]:
    """`青化镇党委、政府`, `镇党委和政府`: a bare government after a party committee and a joiner
    (data/list_joiners.txt) is a body too (its place is the committee's: extract/organizations.py)."""
    words = sorted(data_words("org_coordinated_bodies.txt"), key=len, reverse=True)
    found = []
    for body in bodies:
        joiner = text[body.end : body.end + 1]
        if org_type(body.text) != "party_committee" or joiner not in data_words("list_joiners.txt"):
            continue
        start = body.end + 1
        word = next((w for w in words if text.startswith(w, start)), None)
        if word is not None:
            found.append(Mention(word, EntityType.ORGANIZATION, start, start + len(word), "rule:suffix"))
    return found


@lru_cache(maxsize=1)
def _group_after() -> re.Pattern[str]:
    """A working group's task and its ending (data/working_groups.tsv: end), written with no mark before it."""
    return re.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{alternation(data_groups('working_groups.tsv')['end'])})")


def groups_after_bodies(text: str, bodies: list[Mention]) -> list[Mention]:
    """`县教育局开学验收组`, `市疫情防控指挥部物资保障专班`, `区疾控流调组组长`: a working group written right after the
    body it belongs to is a body of its own, named with its parent (the parent's place resolves it). Not where the
    ending begins a word (`县卫健局迅速组织`: 组织; but `流调组组长`: its leader follows), nor where the words between hold a verb, a clause word or a
    particle (`县防指要求各组`, `县疾控派出工作组`), nor a kind of team (`领导小组`, data/working_groups.tsv: not_end)."""
    words = data_groups("working_groups.tsv")
    verbs = (*lead_verbs(), *data_words("org_setup_verbs.txt"), *data_words("model_meeting_verbs.txt"))
    found = []
    for body in bodies:
        if body.source in _READ_BY_RULE and (end := _command_after(text, body.end)) is not None:
            found.append(
                Mention(text[body.start : end], EntityType.ORGANIZATION, body.start, end, "rule:suffix")
            )
            continue
        match = _group_after().match(text, body.end)
        if match is None or body.source not in _READ_BY_RULE:
            continue
        name = match.group()
        if (
            (begins_a_word(text, match.end() - 1) and not text.startswith(words["followed_by"], match.end()))
            or name.endswith(words["not_end"])
            or name in generic_bodies()
            or any(c in name for c in (*words["never_inside"], *data_words("model_function_chars.txt")))
            or name[0] in words["never_starts"]
            or any(v in name for v in verbs)
            or _not_in_body().search(name)
            or _words_at("org_suffixes.txt").search(name[:-1])
        ):
            continue
        # `...社区防控组办公室`: the group's office, one body
        office = _words_at("org_offices.txt").match(text, match.end())
        end = office.end() if office else match.end()
        found.append(Mention(text[body.start : end], EntityType.ORGANIZATION, body.start, end, "rule:suffix"))
    return found


def _command_after(text: str, at: int) -> int | None:
    """`县教育局`+`疫情防控工作领导小组(办公室)`: where a body's own command for the epidemic ends, its epidemic words
    (data/org_name_words.txt) right at `at`, then a command's ending (data/working_groups.tsv: command)."""
    end = _name_words_end(text, at)
    if end == at:
        return None
    groups = data_groups("working_groups.tsv")
    ending = next((e for e in groups["command"] if text.startswith(e, end)), None)
    if ending is None:
        return None
    end += len(ending)
    office = next((o for o in groups["command_office"] if text.startswith(o, end)), "")
    return end + len(office)


def bare_units(text: str, at: int) -> int:
    """Where the bodies' endings and sections written from `at` on end (`公安局`, `公安局交警大队`, `感染科`: data/
    org_suffixes.txt, org_sections.txt), `at` where none starts there."""
    while True:
        suffix = _words_at("org_suffixes.txt").match(text, at)
        length = suffix.end() - at if suffix else _section_after(text, at)
        if not length:
            return at
        at += length


def last_unit(name: str) -> str:
    """The one body ending or section a name ends in (`县公安局治安大队` -> 治安大队, `县人民政府` -> 人民政府,
    `县人民医院检验科` -> 检验科: a section after a body's ending), else ''."""
    for at in range(len(name)):
        suffix = _words_at("org_suffixes.txt").match(name, at)
        if suffix is None:
            continue
        if suffix.end() == len(name):
            return name[at:]
        if _section_after(name, suffix.end()) == len(name) - suffix.end():
            return name[suffix.end() :]
    return ""


def _lists_units(text: str, body: Mention, places: list[Mention]) -> bool:
    """A body whose last unit follows a level character, a place or a body (`县卫健局`, `苍南县卫健局`,
    `县公安局治安大队`): a bare ending listed after it is of that place or body; not after other words
    (`县新冠肺炎疫情防控指挥部、卫健局`: no place stands right before 指挥部)."""
    unit = last_unit(body.text)
    parent = body.text[: len(body.text) - len(unit)]
    return bool(unit) and (
        parent in _level_chars()
        or looks_like_body(parent)
        or any(p.start == body.start and p.end == body.end - len(unit) for p in places)
        or (not parent and body.source == "rule:suffix")
        or _named_after_place(body, places)
    )


def _named_after_place(body: Mention, places: list[Mention]) -> bool:
    """`县人民医院`, `苍南县卫生监督所`: a body named by a few words and its ending after its level or place, as a
    list's item is (named_unit); not by epidemic words (`县新冠肺炎疫情防控指挥部`: data/org_name_words.txt)."""
    at = next((p.end - body.start for p in places if p.start == body.start and p.end < body.end), 0)
    if not at and body.text[:1] in _level_chars():
        at = 1
    rest = body.text[at:]
    stem = rest[: len(rest) - len(last_unit(rest))]
    return (
        at > 0
        and named_unit(rest, 0) == len(rest)
        and not any(w in stem for w in data_words("org_name_words.txt"))
    )


def listed_units(text: str, bodies: list[Mention], places: list[Mention]) -> list[Mention]:
    """`县卫健局、公安局`, `县公安局治安大队、交警大队`, `县人民医院检验科、感染科`: a body's ending or section written
    bare as the next item of a list after a body (a joiner of data/list_joiners.txt between) is a body of the first's
    place or parent (resolved in extract/organizations.py); the item ends there (`公安局联合开展`, `交警大队等`).
    Not a kind many places have (`县卫健局、医院等单位`: data/org_bare_kinds.txt) nor what a committee's joiner
    already gives (`镇党委、政府`)."""
    taken = {m.start for m in bodies}
    by_start = {m.start: m for m in bodies}
    found: list[Mention] = []
    for body in sorted(bodies, key=lambda m: m.start):
        if not _lists_units(text, body, places):
            continue
        before = body
        while text[before.end : before.end + 1] in data_words("list_joiners.txt"):
            start = before.end + 1
            if start in by_start and by_start[start].end > start:
                before = by_start[start]  # an item read already: the list goes on after it
                continue
            end = bare_units(text, start)
            if end == start:  # `县卫健局、人民医院、住建局`: an item named by its words before its ending
                end = named_unit(text, start)
            kind = _words_at("org_suffixes.txt").match(text, start)
            if (
                end == start
                or start in taken
                or (kind is not None and kind.group() in data_words("org_bare_kinds.txt"))
                or not (
                    phrase_ends_at(text, end)
                    or text[end : end + 2] in two_character_words()
                    or text[end : end + 1] in data_words("list_item_followers.txt")
                )
            ):
                break
            before = Mention(text[start:end], EntityType.ORGANIZATION, start, end, "rule:suffix")
            found.append(before)
            taken.add(start)
    return found


def named_unit(text: str, at: int) -> int:
    """Where a list's item named by a few words and a body's ending ends (`人民医院`, `卫生监督所`, `政务服务中心`,
    `疫情防控工作领导小组` after `县卫健局、`), `at` where none does: the item ends at the ending (and the sections
    after it), before a joiner or the end of its phrase. Not an item that starts with a level, a plural or a scope
    (`镇卫生院`, `各医院`, `全县`: read as bodies or kinds elsewhere), nor one whose words are a clause's, a kind's
    (`民营医院`, `乡镇卫生院`, `辖区医院`: data/org_kind_modifiers.txt, org_level_kinds.txt, org_area_words.txt),
    a function's (`定点医院`) or a body's (`公安局沙河派出所`, `大学附属医院`: a unit of the body), nor a
    neighbourhood named as its committee (`昌盛居委会`: a place, data/place_village_suffixes.txt)."""
    opener = text[at : at + 1]
    if (
        not HAN.match(opener or " ")
        or opener in _level_chars()
        or opener in data_words("org_plural_chars.txt")
    ):
        return at
    if opener in data_words("org_scope_chars.txt"):
        return at
    words = (
        *data_words("org_kind_modifiers.txt"),
        *data_words("org_level_kinds.txt"),
        *data_words("org_area_words.txt"),
        *data_words("place_village_suffixes.txt"),
    )
    for match in _org_suffix_pattern().finditer(text, at + 1, at + _NAMED_UNIT_LONGEST):
        stem = text[at : match.start()]
        if (
            not all(HAN.match(c) for c in stem)
            or any(w in stem for w in words)
            or _not_in_body().search(stem)
        ):
            return at
        if _org_suffix_pattern().search(stem) or any(k in stem for k in data_words("org_bare_kinds.txt")):
            return at  # `公安局沙河派出所`, `延边大学附属医院`: a unit of a body, no item named by its words
        if any(v in stem for v in lead_verbs()):
            return at
        end = bare_units(text, match.start())
        if text[at:end].endswith(tuple(data_words("place_village_suffixes.txt"))):
            return at  # `新兴居委会、昌盛居委会`: a neighbourhood, a place, named as its committee
        if (
            text[end : end + 1] in data_words("list_joiners.txt") or phrase_ends_at(text, end)
        ) and not function_name(text[at:end]):
            return end
    return at


# the longest list item read by its words and ending (`新冠肺炎疫情防控工作领导小组`)
_NAMED_UNIT_LONGEST = 14


def _after_meeting_verb(text: str, start: int, suffix_start: int) -> int | None:
    """`四甲镇召开疫情防控领导小组会议`: the town convened the group; the body's name starts after the verb
    (data/model_meeting_verbs.txt; a setup verb too, data/org_setup_verbs.txt: `金乡镇成立疫情防控工作专班`), and
    a bare suffix left (`召开领导小组会议`) is read on its own elsewhere."""
    span = text[start:suffix_start]
    verbs = data_words("model_meeting_verbs.txt") | data_words("org_setup_verbs.txt")  # 成立 too
    cut = max((span.rfind(v) + len(v) for v in verbs if v in span), default=0)
    if cut == 0:
        return start
    cut = _after_particles(text[:suffix_start], start + cut) - start  # `成立了`
    if text[start + cut] in data_words("model_function_chars.txt"):
        return None  # `成立了以党委书记为组长的领导小组`: a phrase about the body, its name further on
    if text[start + cut] in data_table("numerals.tsv") or text[start + cut].isdigit():
        return None  # `组建两支党员先锋队`, `成立3个工作组`: a count of bodies of a kind, no one body's name
    return start + cut if suffix_start - (start + cut) >= 2 else None


def _start_after_its_leader(text: str, suffix_start: int) -> int | None:
    """Where a body's name starts after what is said of its leader (`由县委副书记任指挥长的防控指挥部`: lexicon.
    leader_phrase), said within 12 characters before the epidemic words of an official name that end at its suffix,
    with nothing but Han characters after it; None where nothing is said so."""
    ends = [
        m.end()
        for m in leader_phrase().finditer(
            text, max(0, _name_words_start(text, suffix_start) - 12), suffix_start
        )
    ]
    at = max(ends, default=None)
    return at if at is not None and all(HAN.match(c) for c in text[at:suffix_start]) else None


def _after_particles(text: str, at: int) -> int:
    """Past the particles after a setup verb (`成立了`, `组建起`: data/org_verb_particles.txt)."""
    while text[at : at + 1] in data_words("org_verb_particles.txt") and at < len(text):
        at += 1
    return at


# Bodies that a joint committee or team can be (`红星村联合党支部`, `联合检查组`): 联合 is part of their name.
_JOINT_TYPES = frozenset({"party_committee", "working_group", "command_headquarters"})


def verb_inside(name: str) -> int:
    """Where a body's name starts after a lead verb inside it (`大英镇联合派出所` -> 5, `镇党委联合县市场监管局`
    -> 5: the town worked with the body after the verb), 0 where none stands. 联合 before a committee or a team
    names a joint one (`红星村联合党支部`; but `提请全国人民代表大会常务委员会`: a body of its own name follows), and a
    verb that leaves less than a body's name is part of it (`指导组`)."""
    cut = max((name.rfind(v) + len(v) for v in lead_verbs() if name.rfind(v) > 0), default=0)
    rest = name[cut:]
    joint = org_type(rest) in _JOINT_TYPES and rest in generic_bodies()  # 联合 + a bare kind: a joint one
    if cut == 0 or len(rest) < 2 or not looks_like_body(rest) or joint:
        return 0
    return cut


def _at_a_named_site(name: str) -> bool:
    """What comes before the body's function word (data/org_function_words.txt) is a site named below the
    divisions: a checkpoint, a station, a compound (data/facility_after.txt, place_name_suffixes.txt)."""
    endings = (*data_words("facility_after.txt"), *data_words("place_name_suffixes.txt"))
    cut = max((name.rfind(word) for word in data_words("org_function_words.txt")), default=-1)
    return cut > 0 and name[:cut].endswith(endings)


def function_name(name: str) -> bool:
    """`市定点医院`, `县临时指挥部`: what a body does (data/org_function_words.txt) before a bare suffix names no body,
    after no more than a level or a division (`鲤鱼山村疫情防控临时党支部` is named by the words before 临时)."""
    return any(
        name[i + len(word) :] in generic_bodies() and _a_level_or_division(name[:i])
        for word in data_words("org_function_words.txt")
        if (i := name.rfind(word)) >= 0
    )


def _a_level_or_division(prefix: str) -> bool:
    """Nothing, level characters only (`县`), or a division the gazetteer knows (`苍南县`)."""
    return all(c in _level_chars() for c in prefix) or gazetteer.load().knows(prefix)


def lead_verbs() -> tuple[str, ...]:
    """Verbs right before a body the text works with (data/org_lead_verbs.txt), longest first."""
    return data_longest_first("org_lead_verbs.txt")


@lru_cache(maxsize=1)
def _group() -> re.Pattern[str]:
    """A working group's name and what shows it is one (data/working_groups.tsv)."""
    words = data_groups("working_groups.tsv")
    # `物资保障组4个工作组`: the count of the list's groups, and their kind (not `组建排查工作组412个`: many)
    count = rf"[0-9]+(?:{alternation(words['counter'])})(?:{alternation(words['listed'])})"
    return re.compile(
        rf"[\u4e00-\u9fff]{{2,8}}?(?:{alternation(words['end'])})"
        rf"(?=[、),，。;；”]|{count}|{alternation(words['followed_by'])})"
    )


_BEFORE_GROUP = set("、(（:：“,，。;；\n")


def _office_after(text: str, suffix: str, end: int) -> int:
    """How many characters of an office word (data/org_offices.txt) follow a body's suffix: `领导小组`+`办公室`, and
    `县委办`+`公室` where the suffix holds the office word's start (`县委办公室`, not 县委办)."""
    for word in data_longest_first("org_offices.txt"):
        for shared in range(len(word)):
            if suffix.endswith(word[:shared]) and text.startswith(word[shared:], end):
                return len(word) - shared
    return 0


# Characters of a section after most bodies (`疾控股`, `督查室`), and after those whose sections run long
# (`感染性疾病科`: data/org_long_section_bodies.txt)
_SECTION = 4
_LONG_SECTION = 8


def _section_after(text: str, end: int, *, long: bool = False) -> int:
    """How many characters of a section (data/org_sections.txt) follow a body's name at `end`: `县卫健局`+`疾控股`
    -> 3, `县委`+`督查室` -> 3; 0 where none stands, where the words before the ending are a clause
    (`县人民医院在实验室`) or the ending begins a word (`县疾控中心专家科学研判`: 科学). A section of one of
    data/org_long_sections.txt's endings runs long after any body (`县农业农村局畜牧兽医股`)."""
    for length in range(2, _LONG_SECTION + 1):
        section = text[end : end + length]
        if len(section) < length or not all(HAN.match(c) for c in section):
            return 0  # `省疾控中心、中科院`: a section's name holds no list mark
        ending = next((e for e in data_longest_first("org_sections.txt") if section.endswith(e)), None)
        if ending is None or (
            length > _SECTION and not long and ending not in data_words("org_long_sections.txt")
        ):
            continue
        stem = section[: -len(ending)]
        two_posts = any(c in data_words("org_name_never_over.txt") for c in stem)  # `医院副院长兼感染科`
        if (
            any(c in data_words("model_function_chars.txt") for c in stem)
            or two_posts
            or _not_in_body().search(stem)
            or begins_a_word(text, end + length - 1)
            or (length > _SECTION and not long and section[-2:] in two_character_words())
        ):
            # and a bureau's long section does not end a word (`县财政局安排资金入股`: 入股, to buy a share)
            return 0
        return length
    return 0


def _joined_after_a_title(text: str, start: int, ending: int) -> bool:
    """A list joiner inside a would-be name (data/list_joiners.txt) right after a post's title (`县委书记和`) joins
    two things; `人力资源和社会保障局` joins a bureau's two fields."""
    joiners = data_words("list_joiners.txt")
    return any(
        text[at] in joiners and title_ending_at(text, at) is not None for at in range(start + 1, ending)
    )


@cache
def _words_at(name: str) -> re.Pattern[str]:
    """The words of a data file, longest first: matched at a position, the longest word written there."""
    return re.compile(data_alternation(name))


def _group_offices(text: str, starts: Iterable[int]) -> list[Mention]:
    """`(即:领导小组办公室、人员管控组)`, `指挥部办公室要不等不靠`: the office of the article's group or headquarters,
    written bare where a name stands on its own, is a body of its own (the group's office)."""
    found = []
    for start in starts:
        suffix = _words_at("org_suffixes.txt").match(text, start)
        if suffix and org_type(suffix.group()) in ("command_headquarters", "working_group"):
            office = _words_at("org_offices.txt").match(text, suffix.end())
            if office:
                found.append(
                    Mention(
                        text[start : office.end()],
                        EntityType.ORGANIZATION,
                        start,
                        office.end(),
                        "rule:suffix",
                    )
                )
    return found


def _working_groups(text: str) -> list[Mention]:
    """A named working group standing on its own: listed (`、医疗救治组、`), opening a clause, or after a lead verb
    (`带领督查考核组`). A bare generic one (`工作组`) or a clause (`全面开展排查组`) is not a name."""
    starts = {0} | {i + 1 for i, char in enumerate(text) if char in _BEFORE_GROUP}
    after = (*lead_verbs(), *data_groups("working_groups.tsv")["after"])
    starts |= {_after_particles(text, m.end()) for verb in after for m in re.finditer(re.escape(verb), text)}
    starts |= {m.end() for m in leader_phrase().finditer(text)}  # `以县长为组长的疫情防控工作专班`
    # `(一)综合协调组。组长:…`: a numbered item of a headquarters' groups, opened by the group's name
    starts |= {
        mark.end()
        for line in re.finditer(r"^", text, re.M)
        if (mark := item_mark().match(text, line.start()))
    }
    found = _group_offices(text, sorted(starts))
    for start in sorted(starts):
        match = _group().match(text, start)
        if match is None:
            continue
        name = match.group()
        if (
            name not in generic_bodies()
            and name[0] not in data_groups("working_groups.tsv")["never_starts"]
            and not any(c in name for c in data_groups("working_groups.tsv")["never_inside"])
            and name[0] not in _level_chars()
            and not name.startswith(
                data_longest_first("org_setup_verbs.txt")
            )  # `下设排查组`: read after the verb
            and not name.endswith(data_groups("working_groups.tsv")["not_end"])
            and not _not_in_body().search(name)
            and not _village_group(name)
            and not name.endswith(tuple(data_words("org_not_endings.txt")))  # `包村包组`: cadres' charges
            and name[-2:-1] not in numerals()  # `分成两组`: groups counted, none named
            and not _set_up_by_many(text, start)
            # `(以下简称县领导组)`: the mark that gives a short name, and the short name after it (read there)
            and not name.startswith(data_longest_first("org_short_name_marks.txt"))
        ):
            found.append(Mention(name, EntityType.ORGANIZATION, start, match.end(), "rule:suffix"))
    return found


def _set_up_by_many(text: str, start: int) -> bool:
    """`各乡镇同步成立疫情防控工作专班`: a group that places of a plural subject (data/org_plural_chars.txt) each set
    up, right after the verb of setting up (data/org_setup_verbs.txt): one in each, no one body."""
    clause = text[max(text.rfind(c, 0, start) for c in ",，。;；:：!！?？\n") + 1 : start]
    verb = next((v for v in data_words("org_setup_verbs.txt") if clause.endswith(v)), None)
    return verb is not None and any(c in data_words("org_plural_chars.txt") for c in clause[: -len(verb)])


@lru_cache(maxsize=1)
def _group_list() -> re.Pattern[str]:
    """A setup verb (data/org_setup_verbs.txt), two or more 、-listed tasks, maybe `等` and a count, and the kind of
    group, ending there (data/working_groups.tsv: list_end, counter, listed, followed_by)."""
    words = data_groups("working_groups.tsv")
    count = _group_count().pattern
    task = r"[\u4e00-\u9fff]{2,8}?"
    return re.compile(
        rf"(?:{alternation(data_longest_first('org_setup_verbs.txt'))})"
        rf"(?:{alternation(data_words('org_verb_particles.txt'))})?"
        rf"(?P<tasks>{task}(?:、{task})+)(?:{alternation(words['list_end'])})?(?:{count})?"
        rf"(?P<kind>{alternation(words['listed'])})"
        rf"(?=[、),，。;；”\s]|{alternation(words['followed_by'])})"
    )


def listed_groups(text: str) -> list[Mention]:
    """`下设综合协调、流调溯源、物资保障三个工作专班`: one group per listed task, named by its task and the kind written
    after the list (综合协调工作专班), each read at its task: the mention's text is the task as written, its name
    the group's. Not where the tasks are groups already (`下设排查组、宣传组两个工作组`: read one by one elsewhere),
    nor where one is a clause (`以党委书记为组长`). A group the page names on its own later (`综合协调组组长`) is a
    body under that name; the others, and an institution's internal teams (`我院...下设医疗救治、后勤保障4个工作组`:
    data/org_group_list_institutions.txt in the sentence before the list), are UNNAMED_GROUPS: their tasks
    report no measure, but they are no bodies the page names (document.extract drops them; the seeds' gold lists
    none)."""
    found = []
    for match in _group_list().finditer(text):
        tasks, kind = match.group("tasks").split("、"), match.group("kind")
        if any(
            t.endswith(data_groups("working_groups.tsv")["end"]) or _not_in_body().search(t) for t in tasks
        ):
            continue
        sentence = text[max(text.rfind(c, 0, match.start()) for c in "。!?\n") + 1 : match.start()]
        internal = any(w in sentence for w in data_words("org_group_list_institutions.txt"))
        at = match.start("tasks")
        for task in tasks:
            written = None if internal else _written_group(text, task, match.end())
            source = "rule:group-list" if written else UNNAMED_GROUPS
            found.append(
                Mention(task, EntityType.ORGANIZATION, at, at + len(task), source, written or task + kind)
            )
            at += len(task) + 1
    return found


def _written_group(text: str, task: str, after: int) -> str | None:
    """The name the text gives a listed group on its own later on (`重点场所巡查组组长`): the same body."""
    match = re.compile(
        rf"{re.escape(task)}(?:{alternation(data_groups('working_groups.tsv')['listed'])})"
    ).search(text, after)
    return match.group() if match else None


def _name_words_start(text: str, suffix_start: int) -> int:
    """Where the official name's epidemic words before a suffix begin (`新型冠状病毒感染的肺炎疫情防控`+`指挥部`):
    data/org_name_words.txt, walked back over word by word, longest first; `suffix_start` where none stands."""
    words = data_longest_first("org_name_words.txt")
    start = suffix_start
    while (
        word := next((w for w in words if text.startswith(w, start - len(w)) and start >= len(w)), None)
    ) is not None:
        start -= len(word)
    return start


def _name_words_end(text: str, at: int) -> int:
    """Where the epidemic words of an official name that start at `at` end, walked over word by word, longest first
    (data/org_name_words.txt); `at` where none starts."""
    words = data_longest_first("org_name_words.txt")
    end = at
    while (word := next((w for w in words if text.startswith(w, end)), None)) is not None:
        end += len(word)
    return end


def without_name_words(prefix: str) -> str:
    """What stands before the epidemic words a name's prefix ends in (`苍南县疫情防控应急` -> 苍南县, `县防疫` -> 县:
    data/org_name_words.txt); the prefix itself where none ends it."""
    return prefix[: _name_words_start(prefix, len(prefix))]


def _a_word_joiner(char: str) -> bool:
    """A list joiner written as a word (和, 与, 及: data/list_joiners.txt), not the list comma, which no name
    runs over anyway."""
    return char in data_words("list_joiners.txt") and HAN.match(char) is not None


def _org_start(text: str, suffix_start: int, place_ends: dict[int, Mention]) -> int | None:
    """Walk back from the suffix, over the epidemic words of an official name (which may be many) and then over
    at most 8 Han characters, to a place name, else the nearest level character."""
    if suffix_start in place_ends:
        return place_ends[suffix_start].start  # `苍南县`+`指挥部`: the epidemic words' walk must not pass it
    words_start = _name_words_start(text, suffix_start)
    if words_start < suffix_start:
        found = _org_start(text, words_start, place_ends)
        if found is not None:
            return found
    level_start = None
    for start in range(suffix_start, max(-1, suffix_start - 9), -1):
        if start < suffix_start and not HAN.match(text[start]):
            break  # a body's name never runs across a line break or punctuation, even after a place
        if start < suffix_start and text.startswith(data_longest_first("org_place_counts.txt"), start):
            return None  # `浯口镇、安定镇两地派出所`, `两镇卫生院`: both towns' stations, no one body
        if start < suffix_start and text[start] in data_words("org_plural_chars.txt"):
            if level_start is not None and all(c in _level_chars() for c in text[start + 1 : level_start]):
                level_start = None  # `各村党支部`, `各乡镇派出所`: the branch of every village, no one body
            break
        if start in place_ends:
            if level_start is not None and (
                is_common_word(text[start:level_start])
                or text[level_start - 1] in data_words("place_before_chars.txt")
            ):
                # `仁寿县确定县人民医院`, `望奎县第一时间将县疫情防控指挥部调整为`: the place acts on a body named by
                # its level, after a verb or a coverb (data/place_before_chars.txt)
                return level_start
            return place_ends[start].start
        if (
            start < suffix_start  # the suffix's own first character (市 of 市场监管所) is no level
            and text[start] in _level_chars()
            and level_start is None
            and (
                not is_common_word(text[start - 1 : start + 1])
                or text[start - 1] in data_words("org_scope_chars.txt")
            )
            and not text.endswith(tuple(data_words("org_area_words.txt")), 0, start + 1)
            and text[start : start + 2] not in data_words("org_level_char_words.txt")
            and text[start - 1 : start] not in data_table("numerals.tsv")  # `一村一专班`: a count, a kind
        ):
            level_start = start  # 县 in `率领县防疫领导小组`; not 区 in `社区`, `园区`, nor 市 in `市场`
    kinds = data_words("org_level_kinds.txt")
    if level_start is not None and (
        text[max(0, level_start - 1) : level_start + 1] in kinds
        or text[level_start : level_start + 2] in kinds
    ):
        return None  # `9家乡镇卫生院`: every township's health centre, a kind, not one body; `驻村工作队`, `县级医院`
    if level_start is not None and _group_count().search(text, level_start, suffix_start):
        return None  # `村里两支党员先锋队`: teams counted, none named
    return level_start


@lru_cache(maxsize=1)
def _group_count() -> re.Pattern[str]:
    """A count of groups (`两支`, `3个`: a numeral, then a counter of data/working_groups.tsv)."""
    counters = alternation(data_groups("working_groups.tsv")["counter"])
    return re.compile("[0-9" + "".join(data_table("numerals.tsv")) + f"]+(?:{counters})")


# --- organization names -----------------------------------------------------------


def is_generic(name: str) -> bool:
    """A body named without its place (`县委`, `镇党委`, `防指`): it means different bodies in different articles."""
    if name[:1] in _level_chars() or name in generic_bodies():
        return True
    if name.startswith(data_longest_first("org_name_words.txt")):
        return True  # `疫情防控指挥部`, `新冠肺炎疫情防控领导小组`: whose, only its article tells
    office = next((w for w in data_longest_first("org_offices.txt") if name.endswith(w)), None)
    return (
        office is not None and name[: -len(office)] in generic_bodies()
    )  # `领导小组办公室`: whose is the article's


@lru_cache(maxsize=4096)  # 295 names in 1,287 asks on 55 pages
def org_type(name: str) -> str:
    """party_committee, government, command_headquarters, working_group, health_body, media_outlet, police, other_body."""
    for ending, kind in org_type_rules():
        if name.endswith(ending):
            return kind
    return "other_body"
