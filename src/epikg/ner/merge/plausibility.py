"""Whether a mention, as the model or a rule read it, is a name at all: no bare division, no place counted or
sent from, no name running into a chain of places.
"""

from __future__ import annotations

from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    data_longest_first,
    data_table,
    data_words,
    generic_bodies,
    is_common_word,
    is_minority_name,
    looks_like_body,
    looks_like_name,
    numerals,
    surnames,
    world_place_names,
)
from epikg.ner.bodies import (
    a_report_before,
    function_name,
    last_unit,
    not_in_body,
    org_type,
    visit_verbs,
)
from epikg.ner.brands import names_a_shop
from epikg.ner.char_features import listed_as
from epikg.ner.persons import (
    conjunction_surnames,
    function_surnames,
    holds_a_title,
    holds_no_name,
    is_surname_and_address,
)
from epikg.ner.place_stems import (
    a_kind,
    is_generic_stem,
    listed_after_its_parent,
    may_be_a_word_after_its_township,
    opens_with_a_short_name,
)
from epikg.records import EntityType, Mention


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


def _a_division_then_a_word(text: str) -> bool:
    """`科左中旗公安`: a county's or a city's name (科左中旗, short for 科尔沁左翼中旗) and an everyday word or a body's
    (公安): a banner or an account, which the model read as a long name with no surname."""
    gaz = gazetteer.load()
    for cut in range(2, len(text) - 1):
        head, rest = text[:cut], text[cut:]
        divisions = [gaz.divisions[i] for i in gaz.by_alias.get(head, ())] + list(gaz.lookup(head))
        if any(d.level in ("province", "prefecture", "county") for d in divisions) and (
            rest in data_words("person_not_names.txt") or looks_like_body(rest) or is_common_word(rest)
        ):
            return True
    return False


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
            and not (len(text) >= 5 and not minority and _a_division_then_a_word(text))  # `科左中旗公安`
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
        if text in data_words("place_road_words.txt"):
            return False  # `驶过一百多公里的砂石路`: a road by what it is made of, no road's name
        if text in data_words("peoples.txt"):
            return False  # `镇上的畲族大姐`: a people, no place (its township is read whole: `畲族乡`)
        if text in data_words("place_name_suffixes.txt") | data_words("facility_after.txt") | data_words(
            "org_brand_suffixes.txt"
        ):
            return False  # `近期卡口查控情况`, `商场超市`: a kind of place or shop alone (卡口, 收费站, 商场) names none
        named_like_a_division = text.endswith(
            data_longest_first("model_division_levels.txt")
        ) and not text.endswith(data_longest_first("model_not_divisions.txt"))
        if named_like_a_division and not gaz.knows(text) and not (in_a_chain and a_division_name(text)):
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
        suffix = next((x for x in division_suffixes() if text.endswith(x)), "")
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
    if any(verb in text for verb in data_words("model_meeting_verbs.txt")) or visited(text):
        # a verb left inside: no body (after_meeting_verb and after_visit_verb kept what followed, if anything)
        return False
    if any(verb in text for verb in data_words("org_build_verbs.txt")):
        return False  # `儋州市体育中心建设方舱医院`: a site built in a venue, no body
    clause = not_in_body().search(text)
    if clause and len(clause.group()) > 1 and gazetteer.load().knows(text[: clause.start()]):
        # `平安镇组织农机合作社`: a division, then a clause's word (the town organizes a cooperative), no body's name
        return False
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
        return False  # `就业指导中心` cut after its verb (after_verb_inside): a bare `中心` names none; `县委` does
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
    suffix = next((x for x in division_suffixes() if text.endswith(x)), "")
    return bool(suffix) and listed_after_its_parent(text[: -len(suffix)], suffix)


def a_division_name(text: str, *, communities_too: bool = False) -> bool:
    """A name of two or more characters before a division's or a village's ending (`邓屯乡`, `李沟村`, `长安县`), no
    generic word (`全县`, `各乡`); none of the endings the model's own divisions leave out (data/
    model_not_divisions.txt: 社区, 小区...), unless `communities_too` (`东关社区`)."""
    endings = (*data_longest_first("model_division_levels.txt"), *division_suffixes())
    suffix = next((x for x in endings if text.endswith(x)), "")
    stem = text[: -len(suffix)] if suffix else ""
    return (
        len(stem) >= 2
        and not is_generic_stem(stem)
        and (communities_too or not text.endswith(data_longest_first("model_not_divisions.txt")))
    )


@lru_cache(maxsize=1)
def division_suffixes() -> tuple[str, ...]:
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
        for suffix in division_suffixes()
        for d in gaz.lookup(text + suffix)
    )


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


def visited(text: str) -> int:
    """Where what a visitor came to see starts in a model's body: after the last verb of a visit or an inspection
    (ner/bodies/ visit_verbs) right after a division's name (`城关镇视察卫生院`, `东关社区督导社区党支部`); 0 where
    none stands so. A working group named for its task (`县疫情防控督导检查组`) holds the verb after no division."""
    return max(
        (
            m.end()
            for m in visit_verbs().finditer(text)
            if a_division_name(text[: m.start()], communities_too=True)  # `东关社区` too
        ),
        default=0,
    )
