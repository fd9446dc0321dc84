"""Named entities in an article body: the HanLP model and the genre rules, merged into one set."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    generic_bodies,
    is_common_word,
    looks_like_body,
    looks_like_name,
    minority_parts,
    surnames,
    title_ending_at,
    two_character_words,
)
from epikg.ner.bodies import lead_verbs, organization_mentions
from epikg.ner.brands import branches_of_groups
from epikg.ner.char_features import listed_as
from epikg.ner.handles import outside_handles
from epikg.ner.merge import (
    after_a_partner,
    county_as_place,
    extend_across_dot,
    extend_before_speech,
    extend_compound_surname,
    extend_dotted_back,
    extend_minority_name,
    extend_past_a_name_prefix,
    extend_to_ending,
    extend_to_facility,
    extend_to_place_name_word,
    extend_to_village_kind,
    hamlet_as_place,
    merge,
    past_an_inside_mark,
    strip_punctuation,
    trim_person,
    without_credit_verb,
)
from epikg.ner.persons import (
    MODEL_CHECKED_NAME,
    OPENING_NAME,
    act_pattern,
    closed_as_persons,
    person_mentions,
    report_pattern,
    starts_own_word,
    title_words,
)
from epikg.ner.place_lists import listed_alike, whole_where_read_whole
from epikg.ner.place_names import communities_in_bodies, compounds_named_for_units
from epikg.ner.place_stems import a_campaign_title, letter_opener_at
from epikg.ner.place_units import LISTED_PLACE_UNIT
from epikg.ner.places import free_occurrences, place_mentions
from epikg.read.page_layout import credited_run, roles
from epikg.read.publication_date import date_labels
from epikg.records import EntityType, Mention, Sentence
from epikg.spans import occurrences

_MODEL_TYPES = {"PER": EntityType.PERSON, "LOC": EntityType.PLACE, "ORG": EntityType.ORGANIZATION}


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


def model_mentions(text: str, sentences: Sequence[Sentence], tagger) -> list[Mention]:  # noqa: ANN001
    """Run the model over each sentence and lift its offsets to the body."""
    spans = tagger.tag([text[s.start : s.end] for s in sentences])
    read = []
    for sentence, entities in zip(sentences, spans, strict=True):
        for label, start, end in entities:
            if label in _MODEL_TYPES:
                s, e = sentence.start + start, sentence.start + end
                mention = _past_a_word_it_starts_inside(
                    text, strip_punctuation(Mention(text[s:e], _MODEL_TYPES[label], s, e, "model"))
                )
                mention = _past_a_letter_opener(text, mention) if mention is not None else None
                mention = without_credit_verb(text, mention) if mention is not None else None
                mention = _name_before_a_road_verb(text, mention) if mention is not None else None
                if mention is not None:
                    # `记者 阿依努尔·买买提 沈仪`: the names in one reading, each apart
                    read += (
                        [n for part in _apart(mention) for n in _credited_run(text, part)]
                        if mention.type is EntityType.PERSON
                        else [mention]
                    )
    person_ends = {m.end for m in read if m.type is EntityType.PERSON}
    read = [
        m
        for m in read
        if not _person_cut_from_a_word(text, m, person_ends)
        and not _a_peoples_name(text, m)
        and not _names_a_code(text, m)
        and not _kinds_of_place(m)
        and not _level_char_opens_a_word(text, m)
        and not _outlet_ending_opens_a_word(text, m)
    ]
    person_starts = {m.start for m in read if m.type is EntityType.PERSON}
    found = []
    counties: set[str] = set()
    for mention in read:
        # `阳春中心`+`校`: a body's ending; `向`+`阳村委会`: a common place name's first character
        # `居民`+`区党总支`: a kind of village's word
        mention = extend_to_village_kind(
            text, extend_to_place_name_word(text, extend_to_ending(text, mention))
        )
        mention = past_an_inside_mark(text, mention)  # `镇`+`内瓦泽村`: within the town, then the village
        mention = after_a_partner(mention)  # `阿依古丽和驻村工作队`: the person, then the body
        # `孙家村` read as a person is a hamlet, and `孙家村收费站` its toll station
        mention = extend_to_facility(text, hamlet_as_place(mention))
        placed = county_as_place(text, mention)  # `从黄梅回来`: a county's short form read as a person
        if placed is not mention:
            counties.add(mention.text)
        mention = placed
        # (a double surname first: `上官` + `俊连` of `民警上官俊连夜调取` is 上官俊连, then trimmed)
        mention = extend_compound_surname(text, extend_minority_name(text, mention))
        if mention.end not in person_starts:  # `张建国王芳`: 国王 is no word where another name starts
            mention = trim_person(text, mention)
        found.append(
            extend_past_a_name_prefix(
                text, extend_before_speech(text, extend_across_dot(text, extend_dotted_back(text, mention)))
            )
        )
    # the page's one reading of that short form: wherever else the model read it as a person (`黄梅当然是湖北的`)
    return [
        Mention(m.text, EntityType.PLACE, m.start, m.end, m.source)
        if m.type is EntityType.PERSON and m.text in counties
        else m
        for m in found
    ]


def _outlet_ending_opens_a_word(text: str, mention: Mention) -> bool:
    """`每日报送县指挥部`: a body the model read up to an outlet's ending that opens a word with what follows
    (data/org_outlet_continuations.txt: 报送, 网咖) names no paper or site there."""
    return mention.type is EntityType.ORGANIZATION and _last_char_opens(
        text, mention, "org_outlet_continuations.txt"
    )


def _level_char_opens_a_word(text: str, mention: Mention) -> bool:
    """`湘桂省际卡点`, `南昌市场`: a place the model read up to a level's character that opens a word with what follows
    (data/place_suffix_continuations.txt: 省际, 市场) names no division there."""
    return (
        mention.type is EntityType.PLACE
        and mention.text[-1:] in data_table("level_chars.tsv")
        and _last_char_opens(text, mention, "place_suffix_continuations.txt")
    )


def _last_char_opens(text: str, mention: Mention, words: str) -> bool:
    """Whether a word of the data file `words` starts at the mention's last character and runs past its end."""
    return any(text.startswith(w, mention.end - 1) for w in data_words(words))


def _apart(mention: Mention) -> list[Mention]:
    """The names in a model's person that spaces set apart (`阿依努尔·买买提 沈仪`), each its own mention."""
    parts, at = [], mention.start
    for part in mention.text.split(" "):
        if part:
            parts.append(Mention(part, mention.type, at, at + len(part), mention.source))
        at += len(part) + 1
    return parts


def _credited_run(text: str, mention: Mention) -> list[Mention]:
    """`(记者李蕾张羽飞)`: right after a byline's role, a run the model read as one person that is several names
    (epikg.read.page_layout.credited_run) is those names; `记者欧阳春晖` stays one. The run is the Han characters from the
    mention and the one character the model left before the credit's end (`记者康淼沈汝发)`, read `康淼沈汝`:
    康淼, 沈汝发; not a credit's verb, `李长云报道`), else the mention."""
    if not text[: mention.start].rstrip(" \u3000").endswith(roles()):
        return [mention]
    verbs = (*data_words("byline_report_verbs.txt"), *data_words("byline_roles_after.txt"))
    one_more = (
        HAN.match(text[mention.end : mention.end + 1])
        and not HAN.match(text[mention.end + 1 : mention.end + 2])
        and not text.startswith(verbs, mention.end)
    )
    runs = ((text[mention.start : mention.end + 1],) if one_more else ()) + (mention.text,)
    split = next((found for run in runs if (found := credited_run(run))), None)
    if split is None:
        return [mention]
    parts, at = [], mention.start
    for length in split:
        parts.append(Mention(text[at : at + length], mention.type, at, at + length, mention.source))
        at += length
    return parts


def _past_a_letter_opener(text: str, mention: Mention) -> Mention | None:
    """`《致余村村民的一封信》`: the model read 致 ("to") of the letter's opener into the place it addresses; the place
    starts after it (ner/place_stems.letter_opener_at). None where nothing is left."""
    skip = letter_opener_at(text, mention.start)
    if not skip or mention.type is not EntityType.PLACE:
        return mention
    start = mention.start + skip
    return (
        Mention(text[start : mention.end], mention.type, start, mention.end, mention.source)
        if start < mention.end
        else None
    )


def _past_a_word_it_starts_inside(text: str, mention: Mention) -> Mention | None:
    """`在外读大学的马晓宇`: the model read a university `外读大学` whose first character ends the word 在外
    (away from home). A body's name starts a word; one read from inside a word is no body, unless what follows
    that character is a body of a county or a higher level (`入住市公共卫生临床中心`: 市公共卫生临床中心). So for a place
    whose first character ends a word and whose rest is a bare kind of place (data/place_name_suffixes.txt):
    `所有村庄小区` names no compound `庄小区`, `广大社区居民` no community `大社区`. None where nothing is left."""
    word = text[mention.start - 1 : mention.start + 1] if mention.start > 0 else ""
    rest = mention.text[1:]
    if (
        mention.type is EntityType.ORGANIZATION
        and word in two_character_words()  # any word of the lexicon (入住), not only an everyday one
        and data_table("level_chars.tsv").get(rest[:1]) in ("province", "prefecture", "county")
        and looks_like_body(rest)
        and rest not in generic_bodies()
    ):
        return Mention(rest, mention.type, mention.start + 1, mention.end, mention.source)
    if mention.type is EntityType.ORGANIZATION and listed_as(word) == "W" and rest in generic_bodies():
        return (
            None  # `对照督查组反馈的问题`: 照 closes 对照 (to check against); a bare 督查组 is no body named
        )
    if not is_common_word(word):
        return mention
    if mention.type is EntityType.ORGANIZATION or (
        mention.type is EntityType.PLACE and rest in data_words("place_name_suffixes.txt")
    ):
        return None
    return mention


def _name_before_a_road_verb(text: str, mention: Mention) -> Mention | None:
    """`张要红路过村北水坑`: a place the model read ending in the 路 of a verb (data/place_road_verb_words.txt: 路过)
    is no road: a person's name before the verb where what is left looks like one, else nothing. Not where the
    verb's second character opens an everyday word (`沿解放路过去`: the road, then 过去)."""
    if (
        mention.type is not EntityType.PLACE
        or not text.startswith(tuple(data_words("place_road_verb_words.txt")), mention.end - 1)
        or is_common_word(text[mention.end : mention.end + 2])
    ):
        return mention
    name = mention.text[:-1]
    if not looks_like_name(name):
        return None
    return Mention(name, EntityType.PERSON, mention.start, mention.end - 1, mention.source)


def _kinds_of_place(mention: Mention) -> bool:
    """`下沉到苏木镇场、嘎查村`, `在小区广场完成`, `商场、超市`: a place the model read that is a kind of place or kinds
    together, a kind word (data/place_kind_words.txt) or a place's ending (data/place_township_suffixes.txt,
    place_village_suffixes.txt, place_name_suffixes.txt), then an ending; none names a place."""
    if mention.type is not EntityType.PLACE:
        return False
    kinds, endings = _kinds_and_endings()
    return mention.text in kinds or any(
        mention.text.endswith(e) and mention.text[: -len(e)] in kinds for e in endings
    )


@lru_cache(maxsize=1)
def _kinds_and_endings() -> tuple[frozenset[str], tuple[str, ...]]:
    """The kinds of place and the endings of _kinds_of_place; a road or street named after a kind of place is a
    name (`大桥路`, `车站路`: data/place_street_endings.txt)."""
    streets = data_words("place_street_endings.txt")
    endings = (
        *data_longest_first("place_township_suffixes.txt"),
        *data_longest_first("place_village_suffixes.txt"),
        *(e for e in data_longest_first("place_name_suffixes.txt") if e not in streets),
    )
    return frozenset(data_words("place_kind_words.txt") | set(endings)), endings


def _names_a_code(text: str, mention: Mention) -> bool:
    """`查验“龙江健康码”`: a place the model read right before a health code's word (data/place_code_names.txt) is
    part of the code's name."""
    return mention.type is EntityType.PLACE and text.startswith(
        data_longest_first("place_code_names.txt"), mention.end
    )


def _a_peoples_name(text: str, mention: Mention) -> bool:
    """`鄂伦春族老猎民`: a person the model read that, with the 族 after it, is a people's name (data/peoples.txt)."""
    return mention.type is EntityType.PERSON and text[mention.start : mention.end + 1] in data_words(
        "peoples.txt"
    )


def _person_cut_from_a_word(text: str, mention: Mention, person_ends: set[int]) -> bool:
    """`行李搬运`: a person the model read whose surname closes an everyday word begun before it (行李) and whose
    given name is another (搬运) is two words, no one; unless a title (`局长安明亮`: 长安) or another of its names
    (`张建国王芳`: 国王) ends right there."""
    return (
        mention.type is EntityType.PERSON
        and mention.start > 0
        and is_common_word(text[mention.start - 1 : mention.start + 1])
        and mention.text[1:3] in two_character_words()
        and mention.start not in person_ends
        and title_ending_at(text, mention.start) is None
    )


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
    # `《中华人民共和国红十字会法》`: nor one inside a law's title
    anonymous = data_words("org_anonymous_chars.txt")
    merged = tuple(
        m
        for m in merged
        if m.type is not EntityType.ORGANIZATION
        or not (any(c in anonymous for c in m.text) or _inside_a_laws_title(text, m))
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


def names_between_names(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """`王彦民、韩国兴、闫沛等县领导`: an item of two or three characters between two names of a list, set off by
    its commas (、), is a name too where it is plausible as one (a listed surname, neither it nor its given name an
    everyday word), whatever a reader took inside it (the model's 韩国)."""
    persons = sorted((m for m in mentions if m.type is EntityType.PERSON), key=lambda m: m.start)
    found = []
    for before, after in zip(persons, persons[1:], strict=False):
        start, end = before.end + 1, after.start - 1
        item = text[start:end]
        if text[before.end : start] == text[end : after.start] == "、" and _a_name_in_a_list(item):
            found.append(Mention(item, EntityType.PERSON, start, end, "rule:list"))
    # `巴特尔、其其格等党员`: a list of two that 等 and a word for people close, one of them read a name
    for person in persons:
        pair = _paired_name(text, person)
        if pair is not None and not any(p.start < pair[1] and pair[0] < p.end for p in persons):
            found.append(Mention(text[pair[0] : pair[1]], EntityType.PERSON, *pair, "rule:list"))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return tuple(sorted((*kept, *found), key=lambda m: (m.start, m.end)))


def _a_name_in_a_list(item: str) -> bool:
    """An item of a list of names that is plausible as one: a listed surname, neither it nor its given name an
    everyday word, no body nor village."""
    return (
        2 <= len(item) <= 3
        and looks_like_name(item)
        and not is_common_word(item)
        and not is_common_word(item[1:])  # `韩国兴`: the surname opens a word (韩国), the given name none
        and not looks_like_body(item)  # `卫健局`
        and item[-1] not in data_words("place_level_chars.txt")  # `李家村`
    )


def _paired_name(text: str, person: Mention) -> tuple[int, int] | None:
    """The span of the other name of a list of two closed by 等 and a word for people (`巴特尔、其其格等党员`):
    the item after the person's comma, up to 等, or the item opening the list before it."""
    if text.startswith("、", person.end):
        for length in (3, 2):
            start = person.end + 1
            if closed_as_persons(text, start + length) and _a_name_in_a_list(text[start : start + length]):
                return start, start + length
    elif text[person.start - 1 : person.start] == "、" and closed_as_persons(text, person.end):
        end = person.start - 1
        for length in (3, 2):
            start = end - length
            if (start == 0 or not HAN.match(text[start - 1])) and _a_name_in_a_list(text[start:end]):
                return start, end
    return None


def repeat_names(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A name read once holds for the whole article: `县委书记董炳麓` makes a later `董炳麓强调` a mention
    of him too, where the model or a rule read only 董炳 (`以党委书记潘瑞成为第一指挥长`: 成为 is a word too, but
    `潘瑞成深有感慨` names him) or nothing; his given name alone (`炳麓说`) is no
    other person, nor a place whose short name it is (`李宝山`, then `宝山说`: no 宝山区)."""
    named = {m.text for m in mentions if m.type is EntityType.PERSON and len(m.text) >= 2}
    # `郝文斌` called `文斌` by a neighbour, `上官文涛` called `文涛`: him, not one more
    double = surnames()[1]
    given = {k[-2:] for k in named if len(k) == 3 or (len(k) == 4 and k[:2] in double)}
    # `次仁卓玛` called `卓玛`: a part of a name of several parts with no surname
    given |= {
        part for k in named if len(parts := minority_parts(k)) > 1 and "".join(parts) == k for part in parts
    }
    known = named - given
    lengths = sorted(
        {len(k) for k in known}
    )  # a longer known name at a mention's start, looked up, not scanned

    def inside_a_known_name(m: Mention) -> bool:
        return any(
            (k := text[m.start : m.start + n]) in known and k != m.text and k.startswith(m.text)
            for n in lengths
            if n > len(m.text)
        )

    def a_given_name(m: Mention) -> bool:
        return m.type is EntityType.PERSON and m.text in given

    def a_given_name_read_as_a_place(m: Mention) -> bool:
        # `李宝山` ... `宝山说`: his given name, not 宝山 (a district's short name)
        return m.type is EntityType.PLACE and m.text in given and m.source in ("model", "rule:alias")

    # `县长訾会山到麻坪镇…`, then `訾会山与村干部交谈`: a name a post's title gives a person is that person where the
    # model reads it as a place the gazetteer does not know (訾会山: 山, a mountain's ending)
    titled = {m.text for m in mentions if m.source == "rule:title" and len(m.text) >= 3} - given

    def a_titled_name_read_as_a_place(m: Mention) -> bool:
        return (
            m.type is EntityType.PLACE
            and m.source == "model"
            and m.text in titled
            and not gazetteer.load().knows(m.text)
        )

    kept = [
        m
        for m in mentions
        if not ((m.source == "model" or m.type is EntityType.PERSON) and inside_a_known_name(m))
        and not (m.source == "model" and a_given_name(m))
        and not a_given_name_read_as_a_place(m)
        and not a_titled_name_read_as_a_place(m)
    ]
    kept += free_occurrences(text, known, kept, EntityType.PERSON, "rule:repeat")
    return tuple(sorted(kept, key=lambda m: (m.start, m.end)))
