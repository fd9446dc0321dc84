"""Named entities in an article body: the HanLP model and the genre rules, merged into one set."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    generic_bodies,
    looks_like_body,
    surnames,
    two_character_words,
)
from epikg.ner.bodies import every_villages, lead_verbs, organization_mentions
from epikg.ner.brands import branches_of_groups
from epikg.ner.handles import outside_handles
from epikg.ner.merge import (
    extend_across_dot,
    extend_to_facility,
    merge,
)
from epikg.ner.model_readings import model_mentions
from epikg.ner.persons import (
    MODEL_CHECKED_NAME,
    OPENING_NAME,
    act_pattern,
    person_mentions,
    report_pattern,
    starts_own_word,
    title_words,
)
from epikg.ner.place_lists import listed_alike, whole_where_read_whole
from epikg.ner.place_names import communities_in_bodies, compounds_named_for_units
from epikg.ner.place_stems import a_campaign_title
from epikg.ner.place_units import LISTED_PLACE_UNIT
from epikg.ner.places import place_mentions
from epikg.ner.repeats import names_between_names, repeat_names
from epikg.read.publication_date import date_labels
from epikg.records import EntityType, Mention, Sentence
from epikg.spans import occurrences


def rule_mentions(text: str) -> list[Mention]:
    read_places = place_mentions(text)
    # `苍南县长安街道`, `金桥镇长安路`: 县长 or 镇长 was a place's last character and the next one's first, and the
    # would-be name after it (安街道) the rest of that place
    persons = [
        extend_across_dot(text, m)  # `阿不都热合曼·买买提`
        for m in person_mentions(text)
        if not any(p.start == m.start - 1 and p.end > m.start for p in read_places)  # `镇长门村疫区`: 长门村
    ]
    # one the model must confirm, or one a place's or a body's reading may overrule, is none yet
    named = [m for m in persons if m.source not in (MODEL_CHECKED_NAME, OPENING_NAME)]
    # `局长杨泽民和县红十字会`: no place starts inside a name (民和县 is a county elsewhere)
    places = [p for p in read_places if not any(m.start < p.start < m.end for m in named)]
    facilities = [extend_to_facility(text, place) for place in places]  # `苍南动车站`
    # `红旗社区党委`: a community named only inside its body's name still starts it
    starts = [*places, *communities_in_bodies(text, read_places)]
    bodies = organization_mentions(text, starts, named)
    # `华城、安流3家中心卫生院`: each town's name there is read as its health centre, no place of its own
    units = {(m.start, m.end) for m in bodies if m.source == LISTED_PLACE_UNIT}
    facilities = [m for m in facilities if (m.start, m.end) not in units]
    return _lead_verbs_read_as_places(text, facilities + persons + bodies)


_CLAUSE_OPENERS = frozenset(",;、")  # after fold_aligned: commas and semicolons are half width


def _lead_verbs_read_as_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """`县疾控中心派出流调队员,会同县公安局开展流调`: a verb of working with (data/org_lead_verbs.txt) opening a
    clause after a comma, before a level's body (`县公安局`), is no county of its name (会同县) where the article
    names it nowhere else (`会同县委书记`): that place goes, and a body read over the verb starts after it. A line's
    first word has no subject before it, so no verb opens there."""
    kept = []
    for m in mentions:
        verb = next((v for v in lead_verbs() if m.text.startswith(v)), "")
        after = m.start + len(verb)
        the_verb = (
            verb
            and m.type in (EntityType.PLACE, EntityType.ORGANIZATION)
            and text[m.start - 1 : m.start] in _CLAUSE_OPENERS
            and text[after : after + 1] in data_table("level_chars.tsv")
            and any(looks_like_body(text[after : after + length]) for length in range(2, 13))
            and all(start == m.start for start, _ in occurrences(text, verb))
        )
        if not the_verb:
            kept.append(m)
        elif m.type is EntityType.ORGANIZATION and looks_like_body(m.text[len(verb) :]):
            kept.append(Mention(m.text[len(verb) :], m.type, after, m.end, m.source))
    return kept


def _names_a_place(text: str, name: str) -> bool:
    """`“蒋王速度”` in an article about `蒋王街道` and `蒋王派出所`: a name the model reads as a person, written
    elsewhere in the article right before a division's ending or a body's (data/place_township_suffixes.txt,
    data/org_suffixes.txt), is that place's name; not where a title follows it (`张明镇长`)."""
    endings = (*data_longest_first("place_township_suffixes.txt"), *generic_bodies())
    at = text.find(name)
    while at >= 0:
        rest = text[at + len(name) : at + len(name) + 8]
        if rest.startswith(endings) and not rest.startswith(title_words()):
            return True
        at = text.find(name, at + 1)
    return False


def _runs_into_a_word_past_the_model(text: str, mention: Mention, model: Sequence[Mention]) -> bool:
    """`副主任张涛拦截`, `县委书记李鹏应邀出席`: a name after a title read one character longer than the model's name at
    the same start, that character opening a word of the lexicon with the next (拦截, 应邀), gives way to the model's;
    not where a word of its own or a verb starts right after the longer name (`黄红杰出席`, `蒋良正说`)."""
    return (
        mention.type is EntityType.PERSON
        and mention.source == "rule:title"
        and any(
            m.type is EntityType.PERSON and m.start == mention.start and m.end == mention.end - 1
            for m in model
        )
        and text[mention.end - 1 : mention.end + 1] in two_character_words()
        and not starts_own_word(text, mention.end)
        # `蒋良正说`: a verb of report or of the response right after the longer name makes it whole
        and not report_pattern().match(text, mention.end)
        and not act_pattern().match(text, mention.end)
    )


def _short_form_of_a_division(text: str, name: str) -> bool:
    """`徐水警方临时羁押`, `邹平交警在卡点`: a name the model reads as a person that is the short form of a county, a
    city or a province (徐水区, 邹平市) and that the article writes right before that place's police, people or
    ground (data/place_short_form_followers.txt) is that place's name."""
    gaz = gazetteer.load()
    if not any(
        gaz.divisions[i].level in ("county", "prefecture", "province") for i in gaz.by_alias.get(name, ())
    ):
        return False
    followers = data_longest_first("place_short_form_followers.txt")
    return any(text.startswith(followers, end) for _, end in occurrences(text, name))


def _opens_a_date_label(text: str, mention: Mention) -> bool:
    """`成文日期:2020-12-28`: a date line's label (read.publication_date.date_labels) opens at the mention and runs
    on past it: no person."""
    return any(
        len(label) > mention.end - mention.start and text.startswith(label, mention.start)
        for label in date_labels()
    )


def _after_a_nickname_mark(text: str, mention: Mention) -> bool:
    """`网格员小王挨家挨户`: a person the model read from a surname right after a mark of familiar address
    (data/person_nickname_marks.txt), the mark no end of a word (`元老宋双`, `从小`): a nickname and what follows,
    no name."""
    return (
        mention.type is EntityType.PERSON
        and mention.start > 0
        and text[mention.start - 1] in data_words("person_nickname_marks.txt")
        and mention.text[0] in surnames()[0]
        and text[max(0, mention.start - 2) : mention.start] not in two_character_words()
    )


@lru_cache(maxsize=1)
def _document_number() -> re.Pattern[str]:
    """An official document's number: the issuer's shorthand, its kind, the year in brackets (a `?` where a
    converter lost them) and the number (`郭疫指发〔2021〕7号`: data/document_number_words.tsv)."""
    words = data_groups("document_number_words.tsv")
    kinds, ordinal, end = (alternation(words[part]) for part in ("kind", "ordinal", "end"))
    return re.compile(
        rf"(?P<issuer>[\u4e00-\u9fff]{{1,5}})(?:{kinds})\s*[〔\[【(（?]\s*(?:19|20)\d{{2}}\s*[〕\]】)）?]"
        rf"\s*(?:{ordinal})?\s*\d{{1,4}}\s*(?:{end})"
    )


def document_number_issuers(text: str) -> list[tuple[int, int]]:
    """The spans of the issuers' shorthands in official documents' numbers (`郭疫指` of `郭疫指发〔2021〕7号`)."""
    return [match.span("issuer") for match in _document_number().finditer(text)]


def recognize(
    text: str, sentences: Sequence[Sentence], *, tagger=None, rules: bool = True
) -> tuple[Mention, ...]:  # noqa: ANN001
    """All mentions in a body: the model's where a tagger is given, and the genre layer's.

    rules=False gives the model's raw output alone, to measure what the genre layer adds.
    """
    model = model_mentions(text, sentences, tagger) if tagger is not None else []
    if not rules:
        return tuple(sorted(model, key=lambda m: (m.start, m.end)))
    persons = {m.text for m in model if m.type is EntityType.PERSON}
    places = {n for n in persons if _names_a_place(text, n)}
    model = [m for m in model if m.type is not EntityType.PERSON or m.text not in places]
    # `徐水警方`, `邹平交警`: a county's short form before its police is the place, wherever the article writes it
    short_forms = {n for n in persons if _short_form_of_a_division(text, n)}
    model = [
        Mention(m.text, EntityType.PLACE, m.start, m.end, m.source) if m.text in short_forms else m
        for m in model
    ]
    model = [m for m in model if not _after_a_nickname_mark(text, m)]
    model = [m for m in model if m.type is not EntityType.PERSON or not _opens_a_date_label(text, m)]
    # `郭疫指发〔2021〕7号`: a document's number; its issuer's shorthand names no one (郭疫 is no person)
    issuers = document_number_issuers(text)
    model = [m for m in model if not any(s <= m.start and m.end <= e for s, e in issuers)]
    # `扎实推进“平安村”建设`: a title to earn, no place, whichever reader took it
    model = [m for m in model if m.type is not EntityType.PLACE or not a_campaign_title(text, m.start, m.end)]
    # `用汉语和布依语播放`, `布依族志愿者`: a language or a people, no place
    languages = tuple(data_words("place_language_words.txt"))
    model = [m for m in model if m.type is not EntityType.PLACE or not text.startswith(languages, m.end)]
    rules = rule_mentions(text)
    rules = [m for m in rules if not _read_as_a_place_or_body(text, m, [*rules, *model])]
    rules = [m for m in rules if m.type is not EntityType.PERSON or m.text not in short_forms]
    rules = [m for m in rules if not _runs_into_a_word_past_the_model(text, m, model)]
    # `华城、安流3家中心卫生院`: a listed town's name there is its health centre, whatever the model read in it
    units = [m for m in rules if m.source == LISTED_PLACE_UNIT]
    model = [m for m in model if not any(u.start < m.end and m.start < u.end for u in units)]
    merged = branches_of_groups(
        text, compounds_named_for_units(text, merge(rules, model, text=text), [*rules, *model])
    )
    # `到三合社区、黄土社区、沙坪社区`: a place listed beside a place of either reader, ending as it does
    merged = tuple(sorted((*merged, *listed_alike(text, merged)), key=lambda m: (m.start, m.end)))
    merged = whole_where_read_whole(text, merged)
    # `双龙镇某村党支部`: a body whose name the report leaves out (data/org_anonymous_chars.txt) is none it names;
    # `《中华人民共和国红十字会法》`: nor one inside a law's title; `各乡镇卫生院和村卫生室`: every village's clinic
    anonymous = data_words("org_anonymous_chars.txt")
    merged = tuple(
        m
        for m in merged
        if m.type is not EntityType.ORGANIZATION
        or not (
            any(c in anonymous for c in m.text) or _inside_a_laws_title(text, m) or every_villages(text, m)
        )
    )
    merged = tuple(
        m
        for m in merged
        if m.type is not EntityType.PLACE or not (_names_a_dish(text, m) or _opens_with_a_dates_day(text, m))
    )
    return outside_handles(text, repeat_names(text, names_between_names(text, merged)))


def _inside_a_laws_title(text: str, mention: Mention) -> bool:
    """The mention stands inside book-title marks whose title ends as a law's does (data/org_law_endings.txt), and
    it is not the issuer the title names (data/org_issuer_marks.txt)."""
    opening = text.rfind("《", 0, mention.start + 1)
    closing = text.find("》", mention.end)
    return (
        opening >= 0
        and not text.startswith(tuple(data_words("org_issuer_marks.txt")), mention.end)
        and closing >= 0
        and "》" not in text[opening : mention.start]
        and "《" not in text[mention.end : closing]
        and text[mention.end : closing].endswith(data_longest_first("org_law_endings.txt"))
    )


def _names_a_dish(text: str, mention: Mention) -> bool:
    """`新疆拌面馆`, `兰州拉面`: a region's bare name before a dish's or an eatery's word (data/place_dish_words.txt)
    names the dish, no place; a division written whole (`城关镇餐馆`) always names its place."""
    return mention.text[-1] not in data_table("level_chars.tsv") and text.startswith(
        tuple(data_words("place_dish_words.txt")), mention.end
    )


def _opens_with_a_dates_day(text: str, mention: Mention) -> bool:
    """`自10月7日本轮疫情发生以来`: the model's 日本 opens with the day of a date written in digits (7日, then the
    next word: data/place_date_units.txt); no country is named there."""
    return (
        mention.text[:1] in data_words("place_date_units.txt")
        and mention.start > 0
        and text[mention.start - 1].isdigit()
    )


def _read_as_a_place_or_body(text: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """`何家湾召开会议`, `冯庄发现`: a bare name read before a verb (source OPENING_NAME) is the place or the body a
    rule reads over it, or the model reads within it with a place's or a body's ending (data/model_place_endings.txt,
    place_hamlet_endings.txt, org_suffixes.txt): places and bodies do such things too. The model's `马红军` read as
    a body, or `唐二虎带领工作组` run on past the verb, is no such reading; one that ends with a verb that is a
    body's word too is (`据经合组织`: the body's name; data/person_verbs_naming_bodies.txt), not `高勇带队`. Nor is
    a name the article writes before a division's or a body's ending elsewhere (`韦曲召开`, `韦曲街道`:
    _names_a_place)."""
    if mention.source != OPENING_NAME:
        return False
    if _names_a_place(text, mention.text):
        return True
    endings = (*data_longest_first("model_place_endings.txt"), *data_words("place_hamlet_endings.txt"))
    verb = act_pattern().match(text, mention.end)
    # `据经合组织`: a verb that is a body's word too ends the body's name; `高勇带队` is a name and its verb
    verb_end = verb.end() if verb and verb.group() in data_words("person_verbs_naming_bodies.txt") else -1
    return any(
        m.type is not EntityType.PERSON
        and m.start < mention.end
        and mention.start < m.end
        and (
            m.source != "model"
            or (
                mention.start <= m.start
                and m.end <= mention.end
                and m.text.endswith((*endings, *generic_bodies()))
            )
            or (m.start <= mention.start and m.end == verb_end)  # `据经合组织`: the verb ends the body's name
        )
        for m in mentions
    )
