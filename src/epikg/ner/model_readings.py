"""The HanLP model's readings of a body, as mentions: each sentence tagged, its entities cut where the
model ran them into a word or a credit, and the kinds it reads as places dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from epikg.lexicon import (
    HAN,
    data_longest_first,
    data_table,
    data_words,
    generic_bodies,
    is_common_word,
    looks_like_body,
    looks_like_name,
    surnames,
    title_ending_at,
    two_character_words,
)
from epikg.ner.char_features import listed_as
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
    past_an_inside_mark,
    strip_punctuation,
    trim_person,
    without_credit_verb,
)
from epikg.ner.place_stems import letter_opener_at
from epikg.read.page_layout import credited_run, roles
from epikg.records import EntityType, Mention, Sentence

_MODEL_TYPES = {"PER": EntityType.PERSON, "LOC": EntityType.PLACE, "ORG": EntityType.ORGANIZATION}


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
        and not _surname_and_part_of_an_address(text, m)
        and not _a_peoples_name(text, m)
        and not _names_a_place_elsewhere(text, m)
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


def _names_a_place_elsewhere(text: str, mention: Mention) -> bool:
    """`达里诺尔、乌兰布统等A级旅游景区` and `乌兰布统景区在入口处…`: a person the model read whose name the article writes
    elsewhere right before a place's ending of two characters or more (data/place_name_suffixes.txt: 景区, 社区) is
    that place's name, no one's; not before an ending that may honour a person (`雅克·卡蒂埃大桥`:
    data/place_endings_after_people.txt)."""
    if mention.type is not EntityType.PERSON or len(mention.text) < 3:
        return False
    at = text.find(mention.text)
    while at >= 0:
        if text.startswith(_long_place_endings(), at + len(mention.text)):
            return True
        at = text.find(mention.text, at + 1)
    return False


@lru_cache(maxsize=1)
def _long_place_endings() -> tuple[str, ...]:
    honouring = data_words("place_endings_after_people.txt")
    return tuple(
        e for e in data_longest_first("place_name_suffixes.txt") if len(e) >= 2 and e not in honouring
    )


def _surname_and_part_of_an_address(text: str, mention: Mention) -> bool:
    """`居民蒙大姐说`, `陈阿姨`: a surname and the first character of a form of address that runs on past the
    reading (data/person_honorifics.txt: 大姐, 阿姨), which the model read as a name of two characters."""
    return (
        mention.type is EntityType.PERSON
        and len(mention.text) == 2
        and mention.text[0] in surnames()[0]
        and any(
            len(word) >= 2 and text.startswith(word, mention.start + 1)
            for word in data_words("person_honorifics.txt")
        )
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
