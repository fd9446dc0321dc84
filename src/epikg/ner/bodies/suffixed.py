"""Organization mentions by suffix (`县防指`, `疾控中心`), datelines and committees: every body reading of
the genre rules.

The suffixes and types are data (epikg/data/org_suffixes.txt, org_types.tsv) that a user can extend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    digits_class,
    ends_a_leader_phrase,
    ends_inside_a_word,
    generic_bodies,
    is_common_word,
    leader_phrase,
    title_ending_at,
    titles,
)
from epikg.ner.bodies.committees import (
    committee_end,
    committee_pattern,
    committee_sections,
    committees_before_governments,
    coordinated,
    coordinated_levels,
    joint_bodies,
    national_bodies,
    national_mechanisms,
    prefixed_committees,
)
from epikg.ner.bodies.groups import groups_after_bodies, listed_groups, working_groups
from epikg.ner.bodies.units import listed_units
from epikg.ner.bodies.words import (
    a_report_before,
    a_word_joiner,
    after_particles,
    function_name,
    level_chars,
    name_words_start,
    not_in_body,
    org_start,
    org_suffix_pattern,
    org_type,
    past_place_at,
    section_after,
    verb_inside,
    visit_verbs,
)
from epikg.ner.brands import brands
from epikg.ner.place_stems import (
    is_generic_stem,
    names_a_site,
    opens_after_a_verb_or_a_scope,
    stands_alone,
)
from epikg.ner.place_units import units_of_listed_places
from epikg.ner.set_off import accounts, counted_after, outlets_in_text, quoted_shops, quoted_teams
from epikg.read.page_layout import dateline
from epikg.records import EntityType, Mention
from epikg.spans import occurrences


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
    suffix = org_suffix_pattern()
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
        start = org_start(text, match.start(), place_ends)
        short = short_ends.get(match.start())
        if short is not None and (start is None or start > short.start):
            # `增村派出所` in an article about 增村镇: the town's short form, whose last character is no level's
            start = short.start
        if start is None:  # `柑子派出所`: no place or level starts it, but a town's short form does
            start = org_start(text, match.start(), short_ends)
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
        if place is not None and place.end < match.start() and a_word_joiner(text[place.end]):
            continue  # `城东农贸市场和好又多超市`: a place, then another thing; no body runs over the joiner
        area = next((w for w in data_longest_first("org_area_words.txt") if text.startswith(w, start)), "")
        if area and start + len(area) < match.start() and a_word_joiner(text[start + len(area)]):
            start += len(area) + 1  # `镇区和冯宅村委会`: a kind of area, then the body after the joiner
        named = [p.end for p in persons if start < p.start and p.end <= match.start()]
        if named:  # `镇长吴文杰和镇人大`: the body starts at its level after the name and its joiner
            after = max(named)
            while text[after : after + 1] in data_words("list_joiners.txt"):
                after += 1
            if after < match.start() and text[after] in level_chars():
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
            if text[start] not in level_chars():
                continue
        second = _after_a_joined_post(text, start, match.start())
        if second is not None:
            # `平江县委书记兼县人大常委会主任`: the body of the post after 兼 starts after it, at a level
            start = second
            if text[start] not in level_chars():
                continue
        after_place = past_place_at(start, place_by_start)
        clause = list(not_in_body().finditer(text, after_place, match.start()))
        # `到城关镇视察卫生院`: the place visited and the verb, then what was inspected
        if after_place > start and (visit := visit_verbs().match(text, after_place, match.start())):
            clause.append(visit)
        if clause:
            # `北留镇按照县防指要求`: no name runs back over the clause word; one may start after it, at a level
            start = clause[-1].end()
            # (or at a place's name, a town's short form among them: `镇干部和榜头市场监管所`)
            if start >= match.start() or (
                text[start] not in level_chars()
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
        if _members_team(text[past_place_at(start, place_by_start) : match.end()], match.group()) or (
            org_type(match.group()) == "working_group" and counted_after(text, match.end())
        ):
            continue  # `组建党员先锋队5支`, `组建巾帼志愿服务队63支`: teams of the place's people counted, a kind
        end = match.end() + _office_after(text, match.group(), match.end())
        end += section_after(
            text, end, long=text.endswith(data_longest_first("org_long_section_bodies.txt"), 0, end)
        )
        start -= _party_prefix(text, start, match.group()) or _level_word_before(text, start)
        if _joined_after_a_title(text, start, match.start()):
            continue  # `塔河县委书记和林业局党委`: a post and a body joined, no one body's name
        if _level_after_a_verb(text, start):
            continue  # `县长坐镇指挥部调度`: to take command at the headquarters, no town's
        split = (
            committee_end(text, start, match)
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
        if match.group("name") in data_words("outlet_self_references.txt") or not_in_body().search(
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
    found += national_mechanisms(text)
    found += national_bodies(text)
    found += prefixed_committees(text)
    found += working_groups(text)
    found += brands(text, found, places)
    found += listed_groups(text)
    found += units_of_listed_places(text, places)
    found += quoted_teams(text)
    found += quoted_shops(text)
    found += [m for m in outlets_in_text(text) if not not_in_body().search(m.text)]  # `这是些小报记者`
    found += accounts(text)
    # `苍南县委`, `南县县委`: a county, city or province name followed by 委; `共青团平江县委` is the Youth
    # League's committee there (a word of data/org_level_prefixes.txt before the place), not the party's.
    prefixes = (*data_longest_first("org_level_prefixes.txt"), *data_longest_first("org_party_prefixes.txt"))
    for place in places:
        committee = committee_pattern().match(text, place.end)
        if committee and place.text[-1] in data_groups("org_committees.tsv")["level"]:
            prefix = next((p for p in prefixes if text.endswith(p, 0, place.start)), "")
            start, end = place.start - len(prefix), committee.end()
            end += section_after(text, end)  # `苍南县委督查室`
            found.append(Mention(text[start:end], EntityType.ORGANIZATION, start, end, "rule:suffix"))
    found += committee_sections(text, places)
    found += committees_before_governments(text, places)
    found += groups_after_bodies(text, found)
    # a name inside a body's would-be name, not at its start (`宁城` of a list, then `宁城街道党工委`)
    found = [m for m in found if not any(m.start < p.start and p.end <= m.end for p in persons)]
    found = joint_bodies(text, coordinated_levels(text, found))
    found += coordinated(text, found)
    found += listed_units(text, found, places)
    return found + bare_county_units(text, [*found, *places])


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
            if after < suffix_start and text[after] not in (*level_chars(), *data_words("list_joiners.txt")):
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
    joiners = tuple(j for j in data_words("post_title_joiners.txt") if len(j) == 1 and j != LIST_COMMA)
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
    if every and text[start : start + 1] in level_chars() and suffix in data_words("org_bare_kinds.txt"):
        return True
    if text[start : start + 1] in level_chars() and _count_before().search(text, max(0, start - 2), start):
        return True  # `全县16家镇卫生院`: bodies counted by their level alone, a kind
    after = past_place_at(start, place_by_start)
    if after == start and text[start : start + 1] in level_chars():
        after += 1
    return text.startswith(data_longest_first("org_kind_modifiers.txt"), after)


@lru_cache(maxsize=1)
def _count_before() -> re.Pattern[str]:
    """A digit and a measure word of bodies (data/org_place_unit_counters.txt: 家, 所) where the search ends."""
    return re.compile(f"{digits_class()}(?:{alternation(data_words('org_place_unit_counters.txt'))})$")


def _level_after_a_verb(text: str, start: int) -> bool:
    """A level character that the verb before it takes as its object (`坐镇`: data/org_level_verbs.txt): no body's
    name opens there."""
    return start > 0 and text[start - 1 : start + 1] in data_words("org_level_verbs.txt")


def _members_team(name: str, suffix: str) -> bool:
    """`党员先锋队`, `镇党员突击队`: a working team named by the people it is made of (data/org_member_words.txt),
    after its place or level: a kind of team, no one body."""
    name = name[1:] if name[:1] in level_chars() else name
    return org_type(suffix) == "working_group" and name.startswith(data_longest_first("org_member_words.txt"))


def _listed_after_many(text: str, start: int) -> bool:
    """`各乡镇卫生院、村卫生室`: a body named by its level alone, listed right after bodies of every place of a level
    (a plural character before a level character: data/org_plural_chars.txt), is of every place too, a kind."""
    if text[start : start + 1] not in level_chars() or text[start - 1 : start] not in data_words(
        "list_joiners.txt"
    ):
        return False
    plural = data_words("org_plural_chars.txt")
    item_start = start - 1
    while item_start > 0 and (HAN.match(text[item_start - 1]) or text[item_start - 1] == LIST_COMMA):
        item_start -= 1  # back over the list's items before (`各村党支部、村委会、村卫生室`)
    items = text[item_start : start - 1]
    return any(c in plural and items[i + 1 : i + 2] in level_chars() for i, c in enumerate(items))


def _level_word_before(text: str, start: int) -> int:
    """How many characters before a body's level character (`区` of `自治区档案局`) belong to a word that names a
    kind of division with it (data/org_level_words.txt), and the level before that word (`县经开区管委会`): part
    of the body's name; 0 where none does."""
    if text[start : start + 1] not in level_chars():
        return 0
    back = next(
        (
            len(w) - 1
            for w in data_longest_first("org_level_words.txt")
            if start + 1 >= len(w) and text.startswith(w, start + 1 - len(w))
        ),
        0,
    )
    if back and text[start - back - 1 : start - back] in level_chars():
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
                or not_in_body().search(stem)
                or verb_inside(stem)
                or any(c in data_words("org_plural_chars.txt") for c in stem)
            )
            return at if named else None
    return None


def _parent_body_start(text: str, start: int, place_ends: dict[int, Mention]) -> int:
    """`梨树县公安局梨树镇派出所`: a station written right after the bureau it belongs to (data/org_parent_bodies.txt)
    is named with it, one body, as `县公安局水寨派出所` is; where the station's own place begins its name, the
    walk back stops there, so the bureau is joined here."""
    parent = next(
        (p for p in data_longest_first("org_parent_bodies.txt") if text.endswith(p, 0, start)), None
    )
    if parent is None:
        return start
    parent_start = org_start(text, start - len(parent), place_ends)
    return start if parent_start is None else parent_start


def _after_meeting_verb(text: str, start: int, suffix_start: int) -> int | None:
    """`四甲镇召开疫情防控领导小组会议`: the town convened the group; the body's name starts after the verb
    (data/model_meeting_verbs.txt; a setup verb too, data/org_setup_verbs.txt: `金乡镇成立疫情防控工作专班`), and
    a bare suffix left (`召开领导小组会议`) is read on its own elsewhere."""
    span = text[start:suffix_start]
    verbs = data_words("model_meeting_verbs.txt") | data_words("org_setup_verbs.txt")  # 成立 too
    cut = max((span.rfind(v) + len(v) for v in verbs if v in span), default=0)
    if cut == 0:
        return start
    cut = after_particles(text[:suffix_start], start + cut) - start  # `成立了`
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
            text, max(0, name_words_start(text, suffix_start) - 12), suffix_start
        )
    ]
    at = max(ends, default=None)
    return at if at is not None and all(HAN.match(c) for c in text[at:suffix_start]) else None


def _at_a_named_site(name: str) -> bool:
    """What comes before the body's function word (data/org_function_words.txt) is a site named below the
    divisions: a checkpoint, a station, a compound (data/facility_after.txt, place_name_suffixes.txt)."""
    endings = (*data_words("facility_after.txt"), *data_words("place_name_suffixes.txt"))
    cut = max((name.rfind(word) for word in data_words("org_function_words.txt")), default=-1)
    return cut > 0 and name[:cut].endswith(endings)


def _office_after(text: str, suffix: str, end: int) -> int:
    """How many characters of an office word (data/org_offices.txt) follow a body's suffix: `领导小组`+`办公室`, and
    `县委办`+`公室` where the suffix holds the office word's start (`县委办公室`, not 县委办)."""
    for word in data_longest_first("org_offices.txt"):
        for shared in range(len(word)):
            if suffix.endswith(word[:shared]) and text.startswith(word[shared:], end):
                return len(word) - shared
    return 0


def _joined_after_a_title(text: str, start: int, ending: int) -> bool:
    """A list joiner inside a would-be name (data/list_joiners.txt) right after a post's title (`县委书记和`) joins
    two things; `人力资源和社会保障局` joins a bureau's two fields."""
    joiners = data_words("list_joiners.txt")
    return any(
        text[at] in joiners and title_ending_at(text, at) is not None for at in range(start + 1, ending)
    )
