"""Names the article writes again: a name between two names of a list, and a person's or a place's name
repeated where no reader took it.
"""

from __future__ import annotations

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    data_words,
    is_common_word,
    looks_like_body,
    looks_like_name,
    minority_parts,
    surnames,
)
from epikg.ner.persons import (
    closed_as_persons,
)
from epikg.ner.places import free_occurrences
from epikg.records import EntityType, Mention


def names_between_names(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """`王彦民、韩国兴、闫沛等县领导`: an item of two or three characters between two names of a list, set off by
    its commas (、), is a name too where it is plausible as one (a listed surname, neither it nor its given name an
    everyday word), whatever a reader took inside it (the model's 韩国)."""
    persons = sorted((m for m in mentions if m.type is EntityType.PERSON), key=lambda m: m.start)
    found = []
    for before, after in zip(persons, persons[1:], strict=False):
        start, end = before.end + 1, after.start - 1
        item = text[start:end]
        if text[before.end : start] == text[end : after.start] == LIST_COMMA and _a_name_in_a_list(item):
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
    if text.startswith(LIST_COMMA, person.end):
        for length in (3, 2):
            start = person.end + 1
            if closed_as_persons(text, start + length) and _a_name_in_a_list(text[start : start + length]):
                return start, start + length
    elif text[person.start - 1 : person.start] == LIST_COMMA and closed_as_persons(text, person.end):
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
