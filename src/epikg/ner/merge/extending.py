"""Mentions carried to their whole name: a minority name, a transliterated name across its dot, a compound
surname, a body to its long ending, a place to its village's kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from epikg.lexicon import (
    HAN,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    is_common_word,
    is_minority_name,
    looks_like_body,
    looks_like_name,
    minority_name_at,
    minority_parts,
    opens_a_common_place_name,
    org_type_rules,
    phrase_ends_at,
    surnames,
    title_ending_at,
)
from epikg.ner.persons import (
    report_pattern,
)
from epikg.records import EntityType, Mention


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
