"""One set of mentions from the rules and the model, each keeping the source that found it.

Rules encode what the genre makes certain (a gazetteer name, a name after a title,
a body ending in 领导小组), so where a rule and the model disagree on a span the
rule wins; the model fills in what no rule covers. A name nested inside a longer
organization is part of it (`苍南县` inside `苍南县委`), not a mention of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce

from epikg import gazetteer
from epikg.lexicon import (
    data_longest_first,
    data_table,
    data_words,
    world_countries,
    world_place_names,
)
from epikg.ner.bodies import (
    NATIONAL_BODY,
    UNNAMED_GROUPS,
)
from epikg.ner.char_features import listed_as
from epikg.ner.merge.plausibility import a_division_name, division_suffixes, plausible
from epikg.ner.merge.retyping import (
    after_a_transport_mode,
    after_meeting_verb,
    after_short_name_mark,
    after_verb_inside,
    after_visit_verb,
    before_sending_verb,
    company_before_its_department,
    facility_as_place,
    hamlet_as_place,
    shop_as_body,
    without_lead_verb,
)
from epikg.ner.persons import (
    FRAMED_NAME,
    MODEL_CHECKED_NAME,
    OPENING_NAME,
    report_pattern,
    speaks_elsewhere,
    starts_a_time_word,
)
from epikg.ner.place_stems import (
    LISTED_PLACE,
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


def _reported(text: str, mention: Mention) -> bool:
    """`镇党委书记于海洋说`: a verb of report right after the model's person (data/person_reports.tsv), whose given
    name is no word of time (`于当天表示`)."""
    return (
        mention.type is EntityType.PERSON
        and bool(report_pattern().match(text, mention.end))
        and not starts_a_time_word(text, mention.start + 1)
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
    if country is None or len(rest) < 2 or rest.endswith(division_suffixes()):
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
        or rest.endswith(division_suffixes())  # `黑山头村`, a village's; `黑山镇`, a township's: of China
    ):
        return mention
    if gazetteer.load().knows(rest) or gazetteer.load().lookup_written(mention.text):
        return mention
    return Mention(country, EntityType.PLACE, mention.start, mention.start + len(country), mention.source)


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


def _below_a_lower_place(text: str, rule: list[Mention], model: list[Mention]) -> list[Mention]:
    """`黎城街道县政务服务中心`: the model's body that opens with a township or village the rules read, right before a
    level character of a county or above, is that level's body (a body's name runs down the levels, never up); the
    place before it is where the body stands."""
    lower = {m.start: m.end for m in rule if m.type is EntityType.PLACE and m.text.endswith(_lower_endings())}
    higher = {
        c
        for c, level in data_table("level_chars.tsv").items()
        if level in ("province", "prefecture", "county")
    }
    out = []
    for m in model:
        end = lower.get(m.start, -1)
        if (
            m.type is EntityType.ORGANIZATION
            and m.start < end < m.end - 2
            and text[end] in higher
            and text[end : end + 2] not in data_words("org_level_char_words.txt")  # `城关镇市场监管所`
        ):
            m = Mention(text[end : m.end], m.type, end, m.end, m.source)
        out.append(m)
    return out


def _lower_endings() -> tuple[str, ...]:
    """The endings of a township's or a village's name (data/place_township_suffixes.txt, place_village_suffixes.txt)."""
    return (
        *data_longest_first("place_township_suffixes.txt"),
        *data_longest_first("place_village_suffixes.txt"),
    )


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


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
        or speaks_elsewhere(text, r.text)
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
    divisions = [m for m in read if a_division_name(m.text)]
    division_ends, division_starts = {m.end for m in divisions}, {m.start for m in divisions}
    trims = (
        after_short_name_mark,
        without_lead_verb,
        company_before_its_department,
        after_verb_inside,
        before_sending_verb,
        after_meeting_verb,
        after_visit_verb,
        facility_as_place,
        after_a_transport_mode,
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
    model = _below_a_lower_place(text, rule, model)
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
