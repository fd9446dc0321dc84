"""A mention's type or start set by what is around it: a facility or a hamlet read as a place, a shop as a
body, a body's name starting after a verb of meeting, visiting or sending.
"""

from __future__ import annotations

from epikg import gazetteer
from epikg.lexicon import (
    data_groups,
    data_longest_first,
    data_words,
    generic_bodies,
    looks_like_body,
    looks_like_name,
)
from epikg.ner.bodies import (
    lead_verbs,
    verb_inside,
)
from epikg.ner.brands import names_a_shop
from epikg.ner.merge.plausibility import visited
from epikg.records import EntityType, Mention


def facility_as_place(mention: Mention) -> Mention:
    """`苍南动车站`: the model reads a station or square as an organization; it is a place."""
    if mention.type is EntityType.ORGANIZATION and mention.text.endswith(
        data_longest_first("model_facility_endings.txt")
    ):
        return Mention(mention.text, EntityType.PLACE, mention.start, mention.end, mention.source)
    return mention


def after_a_transport_mode(mention: Mention) -> Mention:
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
    before one of coming from or 等地 (origin_after), or a colon, it names the place."""
    name = mention.text
    if mention.type is not EntityType.PERSON or not 2 <= len(name) <= 3:
        return mention
    gaz = gazetteer.load()
    if not any(gaz.divisions[i].level in ("prefecture", "county") for i in gaz.by_alias.get(name, ())):
        return mention
    words = data_groups("place_elsewhere.tsv")
    before = (*words["origin_before"], *words["toward_before"])
    after = (*words["origin_after"], *words["list_end"])
    # `饶阳:蔬菜大棚里的"战疫"`: a roundup's or a headline's place, then a colon and what it did
    if text.endswith(before, 0, mention.start) or text.startswith((*after, ":"), mention.end):
        return Mention(name, EntityType.PLACE, mention.start, mention.end, mention.source)
    return mention


def without_lead_verb(mention: Mention) -> Mention:
    """`联合县街长制办公室`: the model took the verb before a body along; the body starts after it."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    verb = next((v for v in lead_verbs() if mention.text.startswith(v)), None)
    if verb is None or len(mention.text) - len(verb) < 2:
        return mention
    start = mention.start + len(verb)
    return Mention(mention.text[len(verb) :], mention.type, start, mention.end, mention.source)


def after_short_name_mark(mention: Mention) -> Mention:
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


def company_before_its_department(mention: Mention) -> Mention:
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


def after_verb_inside(mention: Mention) -> Mention:
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


def after_visit_verb(mention: Mention) -> Mention:
    """`城关镇视察卫生院`: the model ran across a verb of a visit from the place visited into what was inspected there;
    the body is what follows the verb, where that is a body's name, and one left holding the verb is none
    (plausible)."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    cut = visited(mention.text)
    rest = mention.text[cut:]
    if cut == 0 or len(rest) < 2 or not looks_like_body(rest):
        return mention
    return Mention(rest, mention.type, mention.start + cut, mention.end, mention.source)
