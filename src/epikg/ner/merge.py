"""One set of mentions from the rules and the model, each keeping the source that found it.

Rules encode what the genre makes certain (a gazetteer name, a name after a title,
a body ending in 领导小组), so where a rule and the model disagree on a span the
rule wins; the model fills in what no rule covers. A name nested inside a longer
organization is part of it (`苍南县` inside `苍南县委`), not a mention of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache, reduce

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    data_alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    generic_bodies,
    is_common_word,
    is_minority_name,
    looks_like_body,
    looks_like_name,
    minority_name_at,
    minority_parts,
    numerals,
    opens_a_common_place_name,
    org_type_rules,
    phrase_ends_at,
    surnames,
    title_ending_at,
    world_countries,
    world_place_names,
)
from epikg.ner.bodies import (
    NATIONAL_BODY,
    UNNAMED_GROUPS,
    a_report_before,
    function_name,
    last_unit,
    lead_verbs,
    org_type,
    verb_inside,
    visit_verbs,
)
from epikg.ner.brands import names_a_shop
from epikg.ner.char_features import listed_as
from epikg.ner.persons import (
    FRAMED_NAME,
    MODEL_CHECKED_NAME,
    OPENING_NAME,
    adverb_before_verb,
    conjunction_surnames,
    counts_what_follows,
    function_surnames,
    holds_a_title,
    holds_no_name,
    is_surname_and_address,
    longest_title_at,
    report_pattern,
    starts_a_time_word,
    starts_own_word,
    title_words,
)
from epikg.ner.place_stems import (
    LISTED_PLACE,
    a_kind,
    is_generic_stem,
    listed_after_its_parent,
    may_be_a_word_after_its_township,
    opens_with_a_short_name,
)
from epikg.ner.place_units import LISTED_PLACE_UNIT
from epikg.ner.places import COUNTY_SHORT_FORM
from epikg.records import EntityType, Mention

_RULE_RANK = {
    "rule:suffix": 0,
    NATIONAL_BODY: 0,
    "rule:group-list": 0,
    UNNAMED_GROUPS: 0,
    "rule:title": 1,
    MODEL_CHECKED_NAME: 1,
    OPENING_NAME: 1,
    FRAMED_NAME: 1,
    "byline": 1,
    "rule:gazetteer": 2,
    "rule:place-name": 2,
    LISTED_PLACE: 2,
    "rule:alias": 3,
    COUNTY_SHORT_FORM: 3,
    LISTED_PLACE_UNIT: 0,
}


def _rank(mention: Mention) -> tuple[int, int, int, str, str, str]:
    """Lower sorts first: rules before the model, longer before shorter, earlier before later; ties broken by what
    the mentions are, so that no order of a set decides (a page reads the same in every process)."""
    rule = _RULE_RANK.get(mention.source, 9)
    return (
        rule,
        -(mention.end - mention.start),
        mention.start,
        mention.type.value,
        mention.source,
        mention.name,
    )


def _a_county_then_a_township(text: str) -> bool:
    """`红安七里坪`: a county's short form (红安 of 红安县) and a township the gazetteer lists under it by its short
    name (七里坪 of 七里坪镇): a chain of places, which the model read as a person of four characters."""
    gaz = gazetteer.load()
    if text[:2] in surnames()[1]:
        return False  # `欧阳建军`: a double surname first
    for i in gaz.by_alias.get(text[:2], ()):
        county = gaz.divisions[i]
        towns = set(gaz.children_names(county))
        if any(text[2:] + ending in towns for ending in data_words("place_township_suffixes.txt")):
            return True
    return False


def _reported(text: str, mention: Mention) -> bool:
    """`镇党委书记于海洋说`: a verb of report right after the model's person (data/person_reports.tsv), whose given
    name is no word of time (`于当天表示`)."""
    return (
        mention.type is EntityType.PERSON
        and bool(report_pattern().match(text, mention.end))
        and not starts_a_time_word(text, mention.start + 1)
    )


def plausible(
    mention: Mention, *, after_a_township: bool = False, in_a_chain: bool = False, reported: bool = False
) -> bool:
    """The genre's filter on the model's output: what it gets wrong in this kind of text. A village read right after
    its township (`after_a_township`: `紫湖镇大王庄村`) may be named by an everyday word; a division the gazetteer
    does not list (merged or renamed since) is one where a written chain holds it (`in_a_chain`: a place right
    before or after it, `邓屯乡李沟村`, `长安县斗门镇`). A person the model reads right before a verb of report
    (`reported`: `于海洋说`) may open with a preposition's character before an everyday word."""
    text = mention.text
    if len(text) < 2 or not all(HAN.match(c) or c in "·" for c in text) or text[0] == "·" or text[-1] == "·":
        return False  # single characters, spans across spaces or mojibake
    if "·" in text and mention.type is not EntityType.PERSON:
        return False  # 创新活县·旅游富县: a slogan, not a place
    if mention.type is EntityType.PERSON:
        # A surname first (冲锋 and 近平 have none), or a longer name (巴音朝鲁), or one of the parts names with
        # no surname are made of (`扎西`, data/person_minority_names.txt); no 某, no title, no common word;
        # and no conjunction read as a rare surname (`和综治`; a title rule still finds `县长和志强`).
        minority = _dotted_name(text) or is_minority_name(text)
        return (
            (
                looks_like_name(text)
                # 巴音朝鲁: a long name with no listed surname, but none that starts with a function character
                or (4 <= len(text) <= 6 and text[0] not in data_words("model_function_chars.txt"))
                or minority
            )
            and text[0] not in conjunction_surnames()
            # `向群众`; but `书记于海洋说`: a name, the model's reading before a verb of report
            and not (
                text[0] in function_surnames("preposition") and is_common_word(text[1:3]) and not reported
            )
            and not holds_no_name(text)
            and not is_common_word(text)
            and not (len(text) >= 4 and listed_as(text) == "W" and not minority)  # `众志成城`: an idiom
            and not (len(text) >= 4 and not minority and _a_county_then_a_township(text))  # `红安七里坪`
            and not text.startswith(data_longest_first("person_not_names.txt"))  # `乔迁`, `公安`, `奥密克戎`
            and not holds_a_title(text)
            and text[-1] not in data_words("person_never_ends.txt")  # `孙家村`: a village, not a Mr Sun
            and not is_surname_and_address(text)  # `鲁先生`: no name given
            # `天刚蒙蒙亮`: a doubled word, no surname and given name (but `买买提·吐尔逊`)
            and (text[:1] != text[1:2] or minority)
        )
    if mention.type is EntityType.PLACE and (after_a_township or in_a_chain) and _listed_in_a_chain(text):
        return True  # `板湖镇于庄村`, `石河镇那普社区`: listed, and in a chain no preposition or demonstrative opens it
    if text[0] in data_words("model_function_chars.txt") and (
        text[:2] not in data_words("place_name_words.txt") or opens_with_a_short_name(text, 1)
    ):
        # `以党委`: the model took the preposition along (but `向阳村` is a village); `和平江汽车站`: and 平江's
        # station, though 和平 begins roads' names
        return False
    if mention.type is EntityType.PLACE:
        if text in world_place_names():
            return True  # 美国, 意大利, 纽约: everyday words in the news, and places
        gaz = gazetteer.load()
        if is_common_word(text) and not gaz.is_province(text):
            return False  # 城区 is a district's name somewhere, but here it means downtown
        if text in data_words("place_bare_name_never.txt"):
            # `北门`, `回村`: a compound's gate, a verb of going back, though some village bears the name
            return False
        if a_kind(text):
            return False  # `城中村`, `贫困村`: a kind of place, no name
        if text in data_words("peoples.txt"):
            return False  # `镇上的畲族大姐`: a people, no place (its township is read whole: `畲族乡`)
        if text in data_words("place_name_suffixes.txt") | data_words("facility_after.txt") | data_words(
            "org_brand_suffixes.txt"
        ):
            return False  # `近期卡口查控情况`, `商场超市`: a kind of place or shop alone (卡口, 收费站, 商场) names none
        named_like_a_division = text.endswith(
            data_longest_first("model_division_levels.txt")
        ) and not text.endswith(data_longest_first("model_not_divisions.txt"))
        if named_like_a_division and not gaz.knows(text) and not (in_a_chain and _a_division_name(text)):
            return (
                False  # the gazetteer lists every township and above: no 开通县 in `开通县长热线`, no 蹲村镇
            )
        levels = data_table("level_chars.tsv")
        if (
            len(text) >= 3
            and text[-2] in levels
            and levels.get(text[-1]) == "village"
            and not gaz.knows(text)
        ):
            return (
                False  # `抽调镇村干部`: 镇村 (towns and villages), two levels side by side; no village 调镇村
            )
        suffix = next((x for x in _division_suffixes() if text.endswith(x)), "")
        stem = text[: -len(suffix)] if suffix else text
        named_by_word = after_a_township and may_be_a_word_after_its_township(stem, suffix)
        if suffix and len(text) > len(suffix) and is_generic_stem(stem, named_by_word):
            return False  # `刚才村里广播了`: just now, in the village; no village 刚才村
        endings = (*data_longest_first("model_place_endings.txt"), *data_words("place_hamlet_endings.txt"))
        kind_endings = (*data_longest_first("place_name_suffixes.txt"), *endings)
        name_ending = next((e for e in kind_endings if text.endswith(e)), "")
        if name_ending and a_kind(text[: -len(name_ending)]):
            # `通村公路`, `休闲广场`, `清真寺`: a kind of road, square or temple (data/place_kind_modifiers.txt), no name
            return False
        return (
            gaz.knows(text)
            or (len(text) >= 3 and text.endswith(endings))
            or (len(text) == 2 and _a_bare_division_name(text, gaz))
        )
    if any(verb in text for verb in data_words("model_meeting_verbs.txt")) or _visited(text):
        # a verb left inside: no body (after_meeting_verb and after_visit_verb kept what followed, if anything)
        return False
    if any(verb in text for verb in data_words("org_build_verbs.txt")):
        return False  # `儋州市体育中心建设方舱医院`: a site built in a venue, no body
    if any(verb in text for verb in data_words("org_attending_verbs.txt")):
        return False  # `在兰州上大学的学生`: studying there, no university named
    if any(word in text for word in data_words("org_question_words.txt")):
        return False  # `泾阳如何发挥党组织`: an interviewer's question, no body
    if org_type(text) == "media_outlet" and a_report_before(text, len(text) - len(last_unit(text))):
        return False  # `疫情防控工作日报`: a daily report of the response, no newspaper (ner/bodies/ reads so too)
    if text.endswith(data_longest_first("org_kind_endings.txt")):
        return False  # `镇中小学`: the town's schools of two grades, a kind
    if text.startswith(data_longest_first("org_kind_modifiers.txt")):
        return False  # `各村卫生室`, `民营医院`, `乡镇卫生院`: bodies of a kind, no one body
    if _counted(text):
        return False  # `三家方舱医院`, `2所学校`: a count of bodies of a kind
    team = next((t for t in data_longest_first("org_owned_teams.txt") if text.endswith(t)), "")
    # `支援医疗队`: a team of no body named (but `辽宁援疆医疗队`: of the place that sent it)
    if team and not looks_like_body(text[: -len(team)]) and not _sent_by_a_place(text[: -len(team)]):
        return False
    if len(text) == 2 and text[0] not in data_table("level_chars.tsv"):
        return False  # `就业指导中心` cut after its verb (_after_verb_inside): a bare `中心` names none; `县委` does
    # `梨树县联防联` is no body's name; a bare `防指` is left to the rules, which resolve it in context.
    return (
        (looks_like_body(text) or names_a_shop(text))
        and text not in generic_bodies()
        and not function_name(text)
    )


def _sent_by_a_place(sender: str) -> bool:
    """`辽宁援疆`, `四川省援藏`: a province's or city's name (or short form), a word of aid (data/org_aid_words.txt)
    and where the team helps, one to three characters."""
    gaz = gazetteer.load()
    for word in data_longest_first("org_aid_words.txt"):
        at = sender.find(word)
        if at >= 2 and 1 <= len(sender) - at - len(word) <= 3:
            place = sender[:at]
            return gaz.knows(place) or place in gaz.city_aliases
    return False


def _counted(text: str) -> bool:
    """A number and a measure word of bodies (data/org_place_unit_counters.txt: 家, 所) open the text."""
    digits = len(text) - len(text.lstrip("0123456789" + "".join(numerals())))
    return 0 < digits < len(text) and text[digits] in data_words("org_place_unit_counters.txt")


def _listed_in_a_chain(text: str) -> bool:
    suffix = next((x for x in _division_suffixes() if text.endswith(x)), "")
    return bool(suffix) and listed_after_its_parent(text[: -len(suffix)], suffix)


def _a_division_name(text: str, *, communities_too: bool = False) -> bool:
    """A name of two or more characters before a division's or a village's ending (`邓屯乡`, `李沟村`, `长安县`), no
    generic word (`全县`, `各乡`); none of the endings the model's own divisions leave out (data/
    model_not_divisions.txt: 社区, 小区...), unless `communities_too` (`东关社区`)."""
    endings = (*data_longest_first("model_division_levels.txt"), *_division_suffixes())
    suffix = next((x for x in endings if text.endswith(x)), "")
    stem = text[: -len(suffix)] if suffix else ""
    return (
        len(stem) >= 2
        and not is_generic_stem(stem)
        and (communities_too or not text.endswith(data_longest_first("model_not_divisions.txt")))
    )


def _opening_country(text: str) -> str | None:
    """The country's name (lexicon.world_countries) that the text opens with, if any."""
    countries = world_countries()
    return next((c for c in countries if text.startswith(c)), None) if text.startswith(countries) else None


def _country_first(mention: Mention) -> list[Mention]:
    """`越南芒街`: the model's place that opens with a country's name (lexicon.world_countries) and goes on
    for two characters or more is the country and a place in it, two places; not a division of China
    whose name opens so (`黑山头村`: a village's or township's ending, or a name the gazetteer lists), nor a
    name that goes on from the country's (`朝鲜半岛`: data/place_country_continuations.txt)."""
    if mention.type is not EntityType.PLACE:
        return [mention]
    country = _opening_country(mention.text)
    rest = mention.text[len(country or "") :]
    if country is None or len(rest) < 2 or rest.endswith(_division_suffixes()):
        return [mention]  # `黑山头村`: a village of China whose name opens like a country's
    if rest.startswith(data_longest_first("place_country_continuations.txt")):
        return [mention]  # `朝鲜半岛`, `塞尔维亚共和国`: one name
    if mention.text in world_place_names() or gazetteer.load().lookup_written(mention.text):
        return [mention]  # `巴西利亚`: a capital's name
    at = mention.start + len(country)
    return [
        Mention(country, EntityType.PLACE, mention.start, at, mention.source),
        Mention(rest, EntityType.PLACE, at, mention.end, mention.source),
    ]


def _country_of_a_foreign_division(mention: Mention) -> Mention:
    """`越南河江省`: the model's place that opens with a country's name (lexicon.world_countries) and goes on as a
    division named like one of China's (data/model_division_levels.txt) that the gazetteer does not list is the
    country alone: the province is none of China's, and no level of the graph's fits it."""
    country = _opening_country(mention.text) if mention.type is EntityType.PLACE else None
    rest = mention.text[len(country or "") :]
    if (
        country is None
        or len(rest) < 2
        or not rest.endswith(data_longest_first("model_division_levels.txt"))
        or rest.endswith(_division_suffixes())  # `黑山头村`, a village's; `黑山镇`, a township's: of China
    ):
        return mention
    if gazetteer.load().knows(rest) or gazetteer.load().lookup_written(mention.text):
        return mention
    return Mention(country, EntityType.PLACE, mention.start, mention.start + len(country), mention.source)


@lru_cache(maxsize=1)
def _division_suffixes() -> tuple[str, ...]:
    return data_longest_first("place_township_suffixes.txt") + data_longest_first(
        "place_village_suffixes.txt"
    )


def _a_bare_division_name(text: str, gaz: gazetteer.Gazetteer) -> bool:
    """`石桥`, `红星`: a town or village written without 镇, 乡 or 村, as the genre often does (`石桥各村`,
    `红星、新华两个村`), where some township or village of that name exists (data/place_township_suffixes.txt,
    place_village_suffixes.txt). Only the model's place reading is tested: a two-character word in running
    text is not made a place by this, and a fragment of a longer word (`乔迁` of 乔迁宴) names no division (nor
    a word of data/place_bare_name_never.txt: plausible tests those first)."""
    return any(
        d.level in ("township", "village")
        for suffix in _division_suffixes()
        for d in gaz.lookup(text + suffix)
    )


def _without_short_forms_of_named_places(rule: list[Mention], model: list[Mention]) -> list[Mention]:
    """`金徽` where the article names `金徽社区`: a bare two-character name that the gazetteer does not list is
    the short form of the article's own longer place, or an epithet (`金徽儿女`), not one more place."""
    gaz = gazetteer.load()
    longer = [m.text for m in rule if m.type is EntityType.PLACE and len(m.text) > 2]
    return [
        m
        for m in model
        if not (
            m.type is EntityType.PLACE
            and len(m.text) == 2
            and not gaz.lookup(m.text)
            and m.text not in gaz.by_alias
            and any(n.startswith(m.text) for n in longer)
        )
    ]


def _past_a_direction(rule: list[Mention], model: list[Mention]) -> list[Mention]:
    """`海淀桥北芙蓉里社区`: the model's place that opens with a direction (data/place_direction_chars.txt) before
    a place the rules read elsewhere in the article (`芙蓉里社区`, four characters or more) is that place; the
    direction says where it lies from what comes before."""
    named = {m.text for m in rule if m.type is EntityType.PLACE and len(m.text) >= 4}
    directions = data_words("place_direction_chars.txt")
    return [
        Mention(m.text[1:], m.type, m.start + 1, m.end, m.source)
        if m.type is EntityType.PLACE and m.text[0] in directions and m.text[1:] in named
        else m
        for m in model
    ]


def _dotted_name(text: str) -> bool:
    """`热依拉·买买提`, `阿不都热合曼·阿不都克力木`: a Uyghur or transliterated name, its parts joined by `·`; no
    part opens with an everyday word (`澎湃新闻·澎湃号·政务`: a site's channels)."""
    parts = text.split("·")
    return (
        len(parts) >= 2
        and all(len(p) >= 2 for p in parts)
        and len(text) <= 16
        and not any(is_common_word(p[:2]) and listed_as(p) != "PER" for p in parts)  # `澎湃新闻·澎湃号·政务`
    )


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def strip_punctuation(mention: Mention) -> Mention:
    """`吉林日报》`: the model took a closing title mark (or quote, bracket) along; keep the name."""
    body = mention.text
    start = next((i for i, c in enumerate(body) if c.isalnum()), len(body))  # Han, letters and digits stay
    end = next((i + 1 for i in range(len(body) - 1, -1, -1) if body[i].isalnum()), start)
    if (start, end) == (0, len(body)) or end <= start:
        return mention
    return Mention(body[start:end], mention.type, mention.start + start, mention.start + end, mention.source)


@lru_cache(maxsize=1)
def _facility_after() -> re.Pattern[str]:
    return re.compile(f"(?:{data_alternation('facility_after.txt')})")


def extend_to_facility(text: str, mention: Mention) -> Mention:
    """`君山饭店` + `集中隔离点`, `洛栾高速栾川` + `下站口`, `苍南` + `动车站`: a place or organization directly
    followed by a facility word names that facility, a place; not a county's checkpoints in general
    (data/facility_generic_after_divisions.txt)."""
    if mention.type is EntityType.PERSON:
        return mention
    tail = _facility_after().match(text, mention.end)
    if not tail:
        return mention
    if tail.group() in data_words("facility_generic_after_divisions.txt") and _a_county_or_above(
        mention.text
    ):
        return mention  # `桐梓县卡点上的不眠夜`: the county's checkpoints, no one checkpoint
    if tail.group() in data_words("facility_after_bare_names.txt") and mention.text.endswith(
        tuple(data_table("level_chars.tsv"))
    ):
        return mention  # `沈阳市南站蔬菜批发市场`: a station by direction follows a bare name (`怀化南站`)
    if text.startswith(data_longest_first("place_village_suffixes.txt"), tail.end()):
        return mention  # `先市镇码头社区`: the facility's word names a community of the town, no wharf of it
    if tail.end() < len(text) and gazetteer.load().knows(text[tail.start() : tail.end() + 1]):
        return mention  # `防城港市港口区`: the word and the next character name a division (港口区), no port
    return Mention(
        text[mention.start : tail.end()], EntityType.PLACE, mention.start, tail.end(), mention.source
    )


def _a_county_or_above(name: str) -> bool:
    return any(d.level in ("county", "prefecture", "province") for d in gazetteer.load().lookup_written(name))


def _ends_the_name(text: str, end: int) -> bool:
    """What follows a name the model read whole at `end` starts a word of its own: an everyday word or a verb
    that follows names (persons.starts_own_word), a function word (data/person_function_followers.txt:
    `黄和平等`), or a word the lexicon lists that opens with a character that follows names (`陈永安慰问`,
    `刘成功率队`; not `陈楚强调,`)."""
    return (
        starts_own_word(text, end)
        or text[end : end + 1] in data_words("person_function_followers.txt")
        or _follower_led_word(text, end)
    )


def _starts_a_word(text: str, at: int) -> bool:
    """A word starts at `at`: an everyday word (`刘凯连续`), or a follower-led one (`刘洋实地察看`, `吴刚陪同`)."""
    return is_common_word(text[at : at + 2]) or _follower_led_word(text, at)


def _follower_led_word(text: str, at: int) -> bool:
    """A two-character word the lexicon lists at `at` that opens with a character that follows names
    (data/person_followers.txt): `察看`, `陪同`, `率队`, `慰问`."""
    pair = text[at : at + 2]
    return pair[:1] in data_words("person_followers.txt") and listed_as(pair) == "W"


def _follower_starts_a_common_word(text: str, end: int) -> bool:
    """`黄丽一同对`: the name's last character is one that follows names (data/person_followers.txt) and starts an
    everyday word with the next (一同), while no everyday word starts after the name (同对 is only listed): the
    character is the word's, not the name's (but `刘成功率队`: 功 follows no name)."""
    return (
        text[end - 1 : end] in data_words("person_followers.txt")
        and is_common_word(text[end - 1 : end + 1])
        and not starts_own_word(text, end)
        and text[end : end + 1] not in data_words("person_function_followers.txt")
    )


def _last_is_a_verb(text: str, mention: Mention, shorter: str) -> bool:
    """The last character of a name of three or more is a verb's, not the name's: it starts a verb of office
    (`田野现任县疾控中心主任`: 现任); it is a one-character verb of report closing the clause (`副局长余海说。`); or
    a verb of office or a copula between the name and its title (`叶青系副县长`, `金哲任组长`)."""
    last, end = mention.text[-1], mention.end
    return (
        text[end - 1 : end + 1] in data_words("post_predicates.txt")
        or (
            len(mention.text) == 3
            and last in data_groups("person_reports.tsv")["verb"]
            and not HAN.match(text[end : end + 1] or "-")
        )
        or (
            last in data_words("post_predicates.txt") | data_words("post_copulas.txt")
            and text.startswith(title_words(), end)
            and looks_like_name(shorter)
        )
    )


@lru_cache(maxsize=1)
def _verbs_and_adverbs_after() -> tuple[str, ...]:
    """The verbs and adverbs that open a clause after its subject's name (data/person_verbs_after.txt,
    person_adverbs_after.txt)."""
    return tuple(sorted(data_words("person_verbs_after.txt") | data_words("person_adverbs_after.txt")))


def without_credit_verb(text: str, mention: Mention) -> Mention:
    """`(本报记者李舸摄)`: a person the model read with the credit's verb that closes the line after the name
    (data/byline_report_verbs.txt: 摄, 报道) is the name alone."""
    credit = next((v for v in data_longest_first("byline_report_verbs.txt") if mention.text.endswith(v)), "")
    if (
        mention.type is not EntityType.PERSON
        or not credit
        or len(mention.text) - len(credit) < 2
        or HAN.match(text[mention.end : mention.end + 1])
    ):
        return mention
    end = mention.end - len(credit)
    return Mention(text[mention.start : end], mention.type, mention.start, end, mention.source)


def trim_person(text: str, mention: Mention) -> Mention:
    """`刘凯连续6天`, `刘洋实地察看`: a three-character name whose last character starts a word with what
    follows (_starts_a_word), unless what follows starts a word of its own (_ends_the_name: `刘红杰出席`,
    `陈常胜利用`, `张建国会同`, `黄和平等`: the name is whole) and the last character starts no title (`姚军中队长`:
    姚军, 中队长); `金美玉笑着说`: a four-character one whose last is a character that follows names (笑 of 笑着说,
    data/person_followers.txt), or after no double surname whose last starts a word with what follows
    (`苏玉凤得知`); any whose last starts a verb or an adverb after names (`乌力吉图正在`, `李华每天`:
    data/person_verbs_after.txt, person_adverbs_after.txt); a three-character one whose last is a numeral counting what follows
    (`李明六次到`), a verb before an aspect particle (`吴达骑着`) or a verb that ends no name (`万青作表态发言`:
    data/person_verb_chars.txt); a four-character one after a single surname whose last is an adverb
    (`缪丽娟刚给`: data/person_adverb_chars.txt)."""
    if mention.type is not EntityType.PERSON:
        return mention
    shorter = mention.text[:-1]
    length = mention.end - mention.start
    filed_at = _place_a_byline_was_filed_at(text, mention)
    if filed_at:  # `记者张华武汉报道`: the reporter, then the place the report was filed at
        return Mention(
            mention.text[:-filed_at], mention.type, mention.start, mention.end - filed_at, mention.source
        )
    if length >= 3 and text.startswith(_verbs_and_adverbs_after(), mention.end - 1):
        # `乌力吉图正在登记`, `李华每天上门`: its last character starts a verb or an adverb that follows names,
        # whatever its surname
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    straddling = next(
        (
            at
            for at in range(mention.start + 1, mention.end)
            if (title := longest_title_at(text, at)) and at + len(title) > mention.end
        ),
        None,
    )
    if straddling is not None:
        # `王纪检委员`, `李中队长`: a title word starts inside the name and runs past it; what is left before it
        # (one character: no name, which the model's filter drops)
        return Mention(
            text[mention.start : straddling], mention.type, mention.start, straddling, mention.source
        )
    facility = next(
        (at for at in range(mention.start + 2, mention.end) if _facility_after().match(text, at)), None
    )
    if facility is not None:
        # `站长乔树林卡口查验不严`, `訾明亮卡点值守`: a facility's word starts inside the name; the name ends before it
        return Mention(text[mention.start : facility], mention.type, mention.start, facility, mention.source)
    if length >= 3 and _last_is_a_verb(text, mention, shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    if length == 3 and counts_what_follows(text, mention.end - 1) and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    # `吴达骑着电瓶车`: an aspect particle after it makes the last character a verb
    aspect = text[mention.end : mention.end + 1] in data_words("person_aspect_marks.txt")
    if aspect and ((length == 3 and looks_like_name(shorter)) or (length >= 3 and is_minority_name(shorter))):
        # `拉毛措拉着服务队员的手`: so after a name of a people that takes no surname
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    if length == 3 and adverb_before_verb(text, mention.end - 1) and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)  # `王刚都说好`
    if (
        length == 4
        and mention.text[-1] in data_words("person_adverb_chars.txt")
        and mention.text[:2] not in surnames()[1]
        and looks_like_name(shorter)
        and not is_minority_name(mention.text)
    ):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)  # `缪丽娟刚给`
    verb_last = mention.text[-1] in data_words("person_verb_chars.txt")  # `万青作表态发言`
    if length == 3 and verb_last and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    runs_on = _starts_a_word(text, mention.end - 1)
    three = runs_on and (
        not _ends_the_name(text, mention.end)
        or text.startswith(title_words(), mention.end - 1)  # `姚军中队长`: 中 starts the title 中队长
        or _follower_starts_a_common_word(text, mention.end)
        or starts_a_time_word(text, mention.end - 1)  # `吴仪今天下午`
    )
    four = mention.text[-1] in data_words("person_followers.txt") or (
        mention.text[:2] not in surnames()[1] and runs_on  # `苏玉凤得知`: 得知, and no double surname
    )
    if ((length == 3 and three) or (length == 4 and four)) and looks_like_name(shorter):
        return Mention(shorter, mention.type, mention.start, mention.end - 1, mention.source)
    return mention


def _place_a_byline_was_filed_at(text: str, mention: Mention) -> int:
    """The length of a place's name (of two or three characters, the lexicon's) that ends the would-be name right
    before what a byline says its person did (data/byline_report_verbs.txt: `记者张华武汉报道`, `龙跃北京报道`),
    where a name of two or three characters is left: 0 where none is."""
    if not text.startswith(tuple(data_words("byline_report_verbs.txt")), mention.end):
        return 0
    return next(
        (
            length
            for length in (3, 2)
            if len(mention.text) - length in (2, 3)
            and listed_as(mention.text[-length:]) == "LOC"
            and looks_like_name(mention.text[:-length])
        ),
        0,
    )


def extend_minority_name(text: str, mention: Mention) -> Mention:
    """`次仁卓玛`: a name of data/person_minority_names.txt the model read short takes the parts right before it;
    one the model cut inside its last part (`哈斯宝` of 哈斯宝力道, `马海伍` of 马海伍各) runs on to that part's end,
    where a phrase ends."""
    if mention.type is not EntityType.PERSON:
        return mention
    whole = minority_name_at(text, mention.start)
    end = mention.start + len(whole)
    if end > mention.end and whole.startswith(mention.text) and phrase_ends_at(text, end):
        return Mention(whole, mention.type, mention.start, end, mention.source)
    if not is_minority_name(mention.text):
        return mention
    # a part of one character (`措`) ends a name, never opens one
    names = [name for name in data_longest_first("person_minority_names.txt") if len(name) > 1]
    parts, start = minority_parts(mention.text), mention.start
    while len(parts) < 3 and (part := next((n for n in names if text.endswith(n, 0, start)), None)):
        parts.insert(0, part)  # a name has three parts at most
        start -= len(part)
    return Mention(text[start : mention.end], mention.type, start, mention.end, mention.source)


def extend_dotted_back(text: str, mention: Mention) -> Mention:
    """`村医古丽米拉·阿不都热依木`, `拌面馆的阿不都热合曼·吐尔逊`: a name joined by a middle dot that the model began inside
    its first part starts where that part does: at the first of the parts of data/person_minority_names.txt that run
    up to the dot (阿不都 + 热合曼), else right after a title within three characters before it (村医; not after a
    verb, a mark or words between: `选举哈丽旦·努尔兰为`, `换装工吐尔逊·买买提说`, `接任院长职务的比特·利沃`)."""
    if mention.type is not EntityType.PERSON or "·" not in mention.text:
        return mention
    dot = mention.start + mention.text.index("·")
    head = text[:dot]
    start = next(
        (
            back
            for back in range(max(0, dot - 12), mention.start)
            if len(minority_name_at(head, back)) == dot - back
        ),
        mention.start,
    )
    if start == mention.start and title_ending_at(text, mention.start) is None:
        # (`党总支书记古丽巴哈尔`: read right after 书记, though 支书 ends inside it)
        for back in range(mention.start - 1, max(-1, mention.start - 4), -1):
            between = text[back : mention.start]
            if (
                not all(HAN.match(c) for c in between)
                or any(c in data_words("person_never_ends.txt") for c in between)
                or any(is_common_word(between[i : i + 2]) for i in range(len(between) - 1))
            ):
                break  # `接任院长职务的比特·利沃`: words between the title and the name
            if title_ending_at(text, back) is not None:
                start = back  # `村医古丽米拉·…`, `总经理孛尔只斤·巴图`: what the model left between title and name
                break
    return Mention(text[start : mention.end], mention.type, start, mention.end, mention.source)


def extend_across_dot(text: str, mention: Mention) -> Mention:
    """`乡长阿不都热合曼·买买提带领`: a name read up to a middle dot goes on over the part the dot joins to it: the
    parts of data/person_minority_names.txt there, else two to four characters up to one that follows names
    (data/person_followers.txt). `艾尼瓦尔·阿布都正在`: a part after the dot the model cut short (阿布, as 都 also
    follows names) takes the whole of the listed parts there."""
    if (
        mention.type is EntityType.PERSON
        and "·" in mention.text
        and text[mention.end : mention.end + 1] != "·"
    ):
        last = mention.start + mention.text.rindex("·") + 1
        end = last + len("".join(minority_parts(text, last)))
        if end > mention.end:
            return Mention(text[mention.start : end], mention.type, mention.start, end, mention.source)
    if mention.type is not EntityType.PERSON or text[mention.end : mention.end + 1] != "·":
        return mention
    end = mention.end + 1 + len("".join(minority_parts(text, mention.end + 1)))
    if end == mention.end + 1:
        while end < len(text) and end - mention.end <= 4 and HAN.match(text[end]):
            if end - mention.end > 2 and (
                text[end] in data_words("person_followers.txt")
                or is_common_word(text[end : end + 2])
                or text.startswith(data_longest_first("org_name_words.txt"), end)
            ):
                break  # `吉纳芙·切恩预计`, `路易·戈默特新冠病毒`: an everyday or epidemic word opens the clause
            end += 1
    if end - mention.end < 3:
        return mention
    return Mention(text[mention.start : end], mention.type, mention.start, end, mention.source)


def extend_before_speech(text: str, mention: Mention) -> Mention:
    """`党支部书记闫喜来说:`, `返乡的宝音达来说,`: a name of two or three characters read up to a word that closes the
    frame `对…来说` (data/person_topic_frame.tsv) takes that word's first character where no word opening the frame
    stands before it in the clause and the word closes the phrase."""
    frame = data_groups("person_topic_frame.tsv")
    end = mention.end
    close = next((w for w in frame["close"] if text.startswith(w, end)), None)
    if (
        mention.type is not EntityType.PERSON
        or len(mention.text) not in (2, 3)
        or close is None
        or HAN.match(text[end + len(close) : end + len(close) + 1] or "-")
    ):
        return mention
    clause = re.split(r"[,。;!?:“”]", text[: mention.start])[-1]
    if any(word in clause for word in frame["open"]):
        return mention
    return Mention(text[mention.start : end + 1], mention.type, mention.start, end + 1, mention.source)


def extend_past_a_name_prefix(text: str, mention: Mention) -> Mention:
    """`经营客栈的杨阿妹说`: the model read a surname and the prefix of a familiar name (data/person_name_prefixes.txt);
    the name takes the next character where a verb of report follows it."""
    end = mention.end
    if (
        mention.type is not EntityType.PERSON
        or len(mention.text) != 2
        or mention.text[-1] not in data_words("person_name_prefixes.txt")
        or not HAN.match(text[end : end + 1] or "-")
        or report_pattern().match(text, end + 1) is None
    ):
        return mention
    return Mention(text[mention.start : end + 1], mention.type, mention.start, end + 1, mention.source)


def extend_compound_surname(text: str, mention: Mention) -> Mention:
    """`令狐红梅`, `欧阳文斌`: the model read the name without its two-character surname (data/surnames.txt),
    or with only its second character (`阳文斌`, `侯静` of 夏侯静); the name takes the surname whole."""
    if mention.type is not EntityType.PERSON:
        return mention
    double = surnames()[1]
    if len(mention.text) == 2 and text[max(0, mention.start - 2) : mention.start] in double:
        start = mention.start - 2
    elif (
        mention.start > 0
        and text[mention.start - 1] + mention.text[0] in double
        and (
            len(mention.text) == 3
            or (len(mention.text) == 2 and mention.text[0] in surnames()[0])
            or (len(mention.text) == 2 and (mention.start == 1 or not HAN.match(text[mention.start - 2])))
        )
    ):  # `侯静` of 夏侯静, read as a name of a single surname (not `五场` of 第五场); `木宁` of `4栋:端木宁`, the
        # double surname opening a word after a mark
        start = mention.start - 1
    else:
        return mention
    return Mention(text[start : mention.end], mention.type, start, mention.end, mention.source)


@lru_cache(maxsize=1)
def _long_org_endings() -> tuple[str, ...]:
    """The endings of data/org_types.tsv of three characters or more (`中心校`, `政府办`)."""
    return tuple(ending for ending, _ in org_type_rules() if len(ending) >= 3)


def extend_to_ending(text: str, mention: Mention) -> Mention:
    """`阳春中心` + `校`: the model stopped one character short of a body's ending (data/org_types.tsv) that
    the next character completes (`中心校`, `政府办`); the body runs on to it."""
    if mention.type is not EntityType.ORGANIZATION or mention.end >= len(text):
        return mention
    longer = mention.text + text[mention.end]
    if not longer.endswith(_long_org_endings()):
        return mention
    return Mention(longer, mention.type, mention.start, mention.end + 1, mention.source)


def extend_to_place_name_word(text: str, mention: Mention) -> Mention:
    """`向` + `阳村委会`: the model started a place or body one character into a common name of places (data/
    place_name_words.txt: 向阳, 和平) whose first character it took for a preposition or a conjunction; the
    name starts with the word (not `向阳光社区`: 阳光 is the name, 向 the preposition)."""
    at = mention.start
    if mention.type is EntityType.PERSON or at == 0 or not opens_a_common_place_name(text, at - 1):
        return mention
    return Mention(text[at - 1 : mention.end], mention.type, at - 1, mention.end, mention.source)


def after_a_partner(mention: Mention) -> Mention:
    """`阿依古丽和驻村工作队一起`: the model read a person, a joiner and a body as one body; the body is what follows
    the joiner (data/list_joiners.txt), where what precedes it is a name."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    for at, char in enumerate(mention.text[:6]):
        if char in data_words("list_joiners.txt") and at >= 2:
            partner, body = mention.text[:at], mention.text[at + 1 :]
            if (looks_like_name(partner) or is_minority_name(partner)) and looks_like_body(body):
                return Mention(body, mention.type, mention.start + at + 1, mention.end, mention.source)
            break
    return mention


def past_an_inside_mark(text: str, mention: Mention) -> Mention:
    """`镇` + `内瓦泽村`: the model started a place at the mark of inside (data/place_inside_marks.txt) after a level's
    character (`镇内`, `县内`: within the town, the county); the name starts after it."""
    at = mention.start
    if (
        mention.type is not EntityType.PLACE
        or at == 0
        or text[at - 1] not in data_table("level_chars.tsv")
        or mention.text[:1] not in data_words("place_inside_marks.txt")
        or len(mention.text) < 4
    ):
        return mention
    return Mention(mention.text[1:], mention.type, at + 1, mention.end, mention.source)


def extend_to_village_kind(text: str, mention: Mention) -> Mention:
    """`居民` + `区党总支`: the model started a body at the last character of a kind of village or township (data/
    place_village_suffixes.txt: 居民区, 社区; place_township_suffixes.txt: 苏木, 街道), which it took for a level
    character or a name's (`苏` + `木卫生院`); the body starts with the kind's word (the community's own branch, the
    sumu's hospital)."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    kinds = (*data_words("place_village_suffixes.txt"), *data_words("place_township_suffixes.txt"))
    for kind in sorted(kinds, key=len, reverse=True):
        start = mention.start - len(kind) + 1
        if len(kind) > 1 and start >= 0 and text.startswith(kind, start):
            return Mention(text[start : mention.end], mention.type, start, mention.end, mention.source)
    return mention


def _facility_as_place(mention: Mention) -> Mention:
    """`苍南动车站`: the model reads a station or square as an organization; it is a place."""
    if mention.type is EntityType.ORGANIZATION and mention.text.endswith(
        data_longest_first("model_facility_endings.txt")
    ):
        return Mention(mention.text, EntityType.PLACE, mention.start, mention.end, mention.source)
    return mention


def _after_a_transport_mode(mention: Mention) -> Mention:
    """`旅客在高铁怀化南站出站`: the model read the mode of transport (data/place_transport_modes.tsv) into the
    station's name; the station is named after it."""
    words = data_groups("place_transport_modes.tsv")
    if mention.type is not EntityType.PLACE or not mention.text.endswith(words["station"]):
        return mention
    mode = next((m for m in words["mode"] if mention.text.startswith(m)), None)  # longest first
    if mode is None or len(mention.text) - len(mode) < 3:
        return mention
    return Mention(
        mention.text[len(mode) :], mention.type, mention.start + len(mode), mention.end, mention.source
    )


def shop_as_body(mention: Mention) -> Mention:
    """`华润万家超市`: the model reads a shop named by its brand as a place; it is a body (ner/brands.py)."""
    if mention.type is EntityType.PLACE and names_a_shop(mention.text):
        return Mention(mention.text, EntityType.ORGANIZATION, mention.start, mention.end, mention.source)
    return mention


def hamlet_as_place(mention: Mention) -> Mention:
    """`张家湾`, `李家坪`: the model reads a hamlet named after a family as a person; `<surname>家` and a
    hamlet's ending (data/place_hamlet_endings.txt) name a place."""
    text = mention.text
    if (
        mention.type is EntityType.PERSON
        and len(text) == 3
        and text[1] in data_words("place_family_marks.txt")
        and text[2] in data_words("place_hamlet_endings.txt")
        and looks_like_name(text[:2])
    ):
        return Mention(text, EntityType.PLACE, mention.start, mention.end, mention.source)
    return mention


def county_as_place(text: str, mention: Mention) -> Mention:
    """`从黄梅回来的`, `含黄梅等地`: the model reads a county's or a city's short form (黄梅 of 黄梅县) as a person;
    right after a word of coming from or going to (data/place_elsewhere.tsv: origin_before, toward_before) or
    before one of coming from or 等地 (origin_after), it names the place."""
    name = mention.text
    if mention.type is not EntityType.PERSON or not 2 <= len(name) <= 3:
        return mention
    gaz = gazetteer.load()
    if not any(gaz.divisions[i].level in ("prefecture", "county") for i in gaz.by_alias.get(name, ())):
        return mention
    words = data_groups("place_elsewhere.tsv")
    before = (*words["origin_before"], *words["toward_before"])
    after = (*words["origin_after"], *words["list_end"])
    if text.endswith(before, 0, mention.start) or text.startswith(after, mention.end):
        return Mention(name, EntityType.PLACE, mention.start, mention.end, mention.source)
    return mention


def _without_lead_verb(mention: Mention) -> Mention:
    """`联合县街长制办公室`: the model took the verb before a body along; the body starts after it."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    verb = next((v for v in lead_verbs() if mention.text.startswith(v)), None)
    if verb is None or len(mention.text) - len(verb) < 2:
        return mention
    start = mention.start + len(verb)
    return Mention(mention.text[len(verb) :], mention.type, start, mention.end, mention.source)


def _after_short_name_mark(mention: Mention) -> Mention:
    """`以下简称县领导组`: the model read the mark that gives a short name (data/org_short_name_marks.txt) into the
    body; the body is the short name after it."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    mark = next(
        (m for m in data_longest_first("org_short_name_marks.txt") if mention.text.startswith(m)), None
    )
    if mark is None or len(mention.text) - len(mark) < 2:
        return mention
    start = mention.start + len(mark)
    return Mention(mention.text[len(mark) :], mention.type, start, mention.end, mention.source)


def _company_before_its_department(mention: Mention) -> Mention:
    """`江苏宏晟电力设备有限公司行政部`: the model read a company's department (data/org_company_departments.txt)
    into its name; the body is the company, whose registered name ends before it."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    department = next(
        (d for d in data_longest_first("org_company_departments.txt") if mention.text.endswith(d)), None
    )
    if department is None or not mention.text[: -len(department)].endswith(
        data_longest_first("org_company_endings.txt")
    ):
        return mention
    end = mention.end - len(department)
    return Mention(mention.text[: -len(department)], mention.type, mention.start, end, mention.source)


def _after_verb_inside(mention: Mention) -> Mention:
    """`大英镇联合派出所`: the model read the actor and a lead verb into the body's name; the body is what follows
    (ner/bodies/ verb_inside), and a bare one left (`派出所`) is no name (plausible)."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    cut = verb_inside(mention.text)
    if cut == 0:
        return mention
    return Mention(mention.text[cut:], mention.type, mention.start + cut, mention.end, mention.source)


def before_sending_verb(mention: Mention) -> Mention:
    """`南华大学附属第一医院派出医疗队`: the model ran a body across the verb that sends a team; the body is the
    sender before it, where that is a body's name (data/org_sending_verbs.txt)."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    text = mention.text
    # not a verb where it begins a kind of body (`县公安局派出所`: 派出 of 派出所)
    cut, verb = min(
        (
            (at, v)
            for v in data_words("org_sending_verbs.txt")
            if (at := text.find(v)) >= 0 and not _begins_a_kind(text, at)
        ),
        default=(-1, ""),
    )
    if cut < 2 or cut + len(verb) >= len(text):
        return mention
    if not looks_like_body(text[:cut]):
        # `县里派出工作组`: no body sends; what is sent is all the name there may be (a bare `工作组` is none)
        after = cut + len(verb)
        return Mention(text[after:], mention.type, mention.start + after, mention.end, mention.source)
    return Mention(text[:cut], mention.type, mention.start, mention.start + cut, mention.source)


def _begins_a_kind(text: str, at: int) -> bool:
    """A kind of body's bare name (lexicon.generic_bodies: 派出所) begins at `at`."""
    return text.startswith(tuple(generic_bodies()), at)


def after_meeting_verb(mention: Mention) -> Mention:
    """`四甲镇召开疫情防控领导小组`: the model ran across a meeting verb into what was convened; the body is what
    follows the last such verb, where that is a body's name (data/model_meeting_verbs.txt)."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    cut = max(
        (mention.text.rfind(v) + len(v) for v in data_words("model_meeting_verbs.txt") if v in mention.text),
        default=0,
    )
    rest = mention.text[cut:]
    if cut == 0 or len(rest) < 2 or not looks_like_body(rest):
        return mention
    return Mention(rest, mention.type, mention.start + cut, mention.end, mention.source)


def _visited(text: str) -> int:
    """Where what a visitor came to see starts in a model's body: after the last verb of a visit or an inspection
    (ner/bodies/ visit_verbs) right after a division's name (`城关镇视察卫生院`, `东关社区督导社区党支部`); 0 where
    none stands so. A working group named for its task (`县疫情防控督导检查组`) holds the verb after no division."""
    return max(
        (
            m.end()
            for m in visit_verbs().finditer(text)
            if _a_division_name(text[: m.start()], communities_too=True)  # `东关社区` too
        ),
        default=0,
    )


def after_visit_verb(mention: Mention) -> Mention:
    """`城关镇视察卫生院`: the model ran across a verb of a visit from the place visited into what was inspected there;
    the body is what follows the verb, where that is a body's name, and one left holding the verb is none
    (plausible)."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    cut = _visited(mention.text)
    rest = mention.text[cut:]
    if cut == 0 or len(rest) < 2 or not looks_like_body(rest):
        return mention
    return Mention(rest, mention.type, mention.start + cut, mention.end, mention.source)


def _wraps(mention: Mention, clash: list[Mention]) -> bool:
    """A model organization or facility around rule places (`苍南县委`, `浦市镇游客中心广场`) is one name."""
    return (
        mention.source == "model"
        and (
            mention.type is EntityType.ORGANIZATION
            or mention.text.endswith(data_longest_first("model_facility_endings.txt"))
        )
        and all(
            k.type is EntityType.PLACE and mention.start <= k.start and k.end <= mention.end for k in clash
        )
        and mention.end - mention.start > max(k.end - k.start for k in clash)
    )


def merge(rule: Iterable[Mention], model: Iterable[Mention], *, text: str = "") -> tuple[Mention, ...]:
    """Non-overlapping mentions, sorted by position; `text`, the text they were read in, shows what follows each."""
    rule = list(rule)
    model = list(model)
    people = {(m.start, m.end) for m in model if m.type is EntityType.PERSON}
    # `区长高峰`: an everyday word after a title is a name only where the model reads a person there too (or one
    # that took the title's last character or two along, `快递小哥吕方`: 哥吕方, or one that left a surname that is
    # also a word behind, `组长应百川`: 百川), or where the lexicon lists it as a name (jieba's `nr`)
    rule = [
        r
        for r in rule
        if r.source != MODEL_CHECKED_NAME
        or any((r.start - lead, r.end) in people for lead in range(3))
        or (r.end - r.start == 3 and (r.start + 1, r.end) in people)
        or listed_as(r.text) == "PER"
    ]
    # `公司的董庚臣、上海…的蒋沙`: a bare name listed beside a place is a person where the model reads one there
    rule = [r for r in rule if r.source != LISTED_PLACE or (r.start, r.end) not in people]
    # `中共中央政治局常委会`: a national body's name that the model reads a longer body around
    bodies = [(m.start, m.end) for m in model if m.type is EntityType.ORGANIZATION]
    rule = [
        r
        for r in rule
        if r.source != NATIONAL_BODY
        or not any(s <= r.start and r.end <= e and e - s > r.end - r.start for s, e in bodies)
    ]
    townships = data_longest_first("place_township_suffixes.txt")
    read = [m for m in (*rule, *model) if m.type is EntityType.PLACE]
    township_ends = {m.end for m in read if m.text.endswith(townships)}
    divisions = [m for m in read if _a_division_name(m.text)]
    division_ends, division_starts = {m.end for m in divisions}, {m.start for m in divisions}
    trims = (
        _after_short_name_mark,
        _without_lead_verb,
        _company_before_its_department,
        _after_verb_inside,
        before_sending_verb,
        after_meeting_verb,
        after_visit_verb,
        _facility_as_place,
        _after_a_transport_mode,
        hamlet_as_place,
        shop_as_body,
    )
    model = [
        m
        for m in map(
            lambda m: _country_of_a_foreign_division(reduce(lambda m, trim: trim(m), trims, m)), model
        )
        if plausible(
            m,
            after_a_township=m.start in township_ends,
            # a chain (`邓屯乡李沟村`), or a list's item, one joiner apart (`长寿街镇、三市镇`)
            in_a_chain=bool({m.start, m.start - 1} & division_ends or {m.end, m.end + 1} & division_starts),
            reported=_reported(text, m),
        )
    ]
    model = [part for m in model for part in _country_first(m)]
    model = _without_short_forms_of_named_places(rule, model)
    model = _past_a_direction(rule, model)
    # The model read a longer name where a title rule guessed a two- or three-character one (巴音朝鲁):
    # its longest person at each start, looked up rather than scanned for.
    longest_person: dict[int, int] = {}
    for m in model:
        if m.type is EntityType.PERSON and m.end > longest_person.get(m.start, -1):
            longest_person[m.start] = m.end
    # `陕西省长安县斗门镇`: the model's place starts on the title's last character (省长 is 陕西省 and 长安县), so
    # the would-be name after that title (安县斗) is the rest of the place; `王伟李强`: a title rule's 王伟李 runs
    # into the model's next name (李强), and gives way to it
    seams = {m.start + 1: m.end for m in model if m.type is EntityType.PLACE}
    person_starts = {m.start for m in model if m.type is EntityType.PERSON and m.end - m.start >= 2}
    rule = [
        r
        for r in rule
        if not (r.source in ("rule:title", OPENING_NAME) and longest_person.get(r.start, -1) > r.end)
        and not (
            r.source == "rule:title" and (seams.get(r.start, -1) > r.start or r.end - 1 in person_starts)
        )
    ]
    candidates = sorted({*rule, *model}, key=_rank)
    reach = max((m.end - m.start for m in candidates), default=0)
    kept: dict[int, list[Mention]] = {}  # by start: the clashes of a mention start within `reach` before it
    for mention in candidates:
        clash = [
            k
            for start in range(mention.start - reach + 1, mention.end)
            for k in kept.get(start, ())
            if _overlaps(k, mention)
        ]
        if clash and not _wraps(mention, clash):
            continue
        for k in clash:
            kept[k.start].remove(k)
        kept.setdefault(mention.start, []).append(mention)
    return tuple(sorted((m for at in kept.values() for m in at), key=lambda m: (m.start, m.end)))
