"""A body's units: the sections of a body listed after it (`县卫健局医政股、疾控股`) and a unit named
bare where the body it belongs to is named before.
"""

from __future__ import annotations

from epikg.lexicon import (
    HAN,
    data_table,
    data_words,
    looks_like_body,
    phrase_ends_at,
    two_character_words,
)
from epikg.ner.bodies.words import (
    function_name,
    lead_verbs,
    level_chars,
    not_in_body,
    org_suffix_pattern,
    section_after,
    words_at,
)
from epikg.records import EntityType, Mention


def bare_units(text: str, at: int) -> int:
    """Where the bodies' endings and sections written from `at` on end (`公安局`, `公安局交警大队`, `感染科`: data/
    org_suffixes.txt, org_sections.txt), `at` where none starts there."""
    while True:
        suffix = words_at("org_suffixes.txt").match(text, at)
        length = suffix.end() - at if suffix else section_after(text, at)
        if not length:
            return at
        at += length


def last_unit(name: str) -> str:
    """The one body ending or section a name ends in (`县公安局治安大队` -> 治安大队, `县人民政府` -> 人民政府,
    `县人民医院检验科` -> 检验科: a section after a body's ending), else ''."""
    for at in range(len(name)):
        suffix = words_at("org_suffixes.txt").match(name, at)
        if suffix is None:
            continue
        if suffix.end() == len(name):
            return name[at:]
        if section_after(name, suffix.end()) == len(name) - suffix.end():
            return name[suffix.end() :]
    return ""


def _lists_units(text: str, body: Mention, places: list[Mention]) -> bool:
    """A body whose last unit follows a level character, a place or a body (`县卫健局`, `苍南县卫健局`,
    `县公安局治安大队`): a bare ending listed after it is of that place or body; not after other words
    (`县新冠肺炎疫情防控指挥部、卫健局`: no place stands right before 指挥部)."""
    unit = last_unit(body.text)
    parent = body.text[: len(body.text) - len(unit)]
    return bool(unit) and (
        parent in level_chars()
        or looks_like_body(parent)
        or any(p.start == body.start and p.end == body.end - len(unit) for p in places)
        or (not parent and body.source == "rule:suffix")
        or _named_after_place(body, places)
    )


def _named_after_place(body: Mention, places: list[Mention]) -> bool:
    """`县人民医院`, `苍南县卫生监督所`: a body named by a few words and its ending after its level or place, as a
    list's item is (named_unit); not by epidemic words (`县新冠肺炎疫情防控指挥部`: data/org_name_words.txt)."""
    at = next((p.end - body.start for p in places if p.start == body.start and p.end < body.end), 0)
    if not at and body.text[:1] in level_chars():
        at = 1
    rest = body.text[at:]
    stem = rest[: len(rest) - len(last_unit(rest))]
    return (
        at > 0
        and named_unit(rest, 0) == len(rest)
        and not any(w in stem for w in data_words("org_name_words.txt"))
    )


def listed_units(text: str, bodies: list[Mention], places: list[Mention]) -> list[Mention]:
    """`县卫健局、公安局`, `县公安局治安大队、交警大队`, `县人民医院检验科、感染科`: a body's ending or section written
    bare as the next item of a list after a body (a joiner of data/list_joiners.txt between) is a body of the first's
    place or parent (resolved in extract/organizations.py); the item ends there (`公安局联合开展`, `交警大队等`).
    Not a kind many places have (`县卫健局、医院等单位`: data/org_bare_kinds.txt) nor what a committee's joiner
    already gives (`镇党委、政府`)."""
    taken = {m.start for m in bodies}
    by_start = {m.start: m for m in bodies}
    found: list[Mention] = []
    for body in sorted(bodies, key=lambda m: m.start):
        if not _lists_units(text, body, places):
            continue
        before = body
        while text[before.end : before.end + 1] in data_words("list_joiners.txt"):
            start = before.end + 1
            if start in by_start and by_start[start].end > start:
                before = by_start[start]  # an item read already: the list goes on after it
                continue
            end = bare_units(text, start)
            if end == start:  # `县卫健局、人民医院、住建局`: an item named by its words before its ending
                end = named_unit(text, start)
            kind = words_at("org_suffixes.txt").match(text, start)
            if (
                end == start
                or start in taken
                or (kind is not None and kind.group() in data_words("org_bare_kinds.txt"))
                or not (
                    phrase_ends_at(text, end)
                    or text[end : end + 2] in two_character_words()
                    or text[end : end + 1] in data_words("list_item_followers.txt")
                )
            ):
                break
            before = Mention(text[start:end], EntityType.ORGANIZATION, start, end, "rule:suffix")
            found.append(before)
            taken.add(start)
    return found


def named_unit(text: str, at: int) -> int:
    """Where a list's item named by a few words and a body's ending ends (`人民医院`, `卫生监督所`, `政务服务中心`,
    `疫情防控工作领导小组` after `县卫健局、`), `at` where none does: the item ends at the ending (and the sections
    after it), before a joiner or the end of its phrase. Not an item that starts with a level, a plural or a scope
    (`镇卫生院`, `各医院`, `全县`: read as bodies or kinds elsewhere), nor one whose words are a clause's, a kind's
    (`民营医院`, `乡镇卫生院`, `辖区医院`: data/org_kind_modifiers.txt, org_level_kinds.txt, org_area_words.txt),
    a function's (`定点医院`) or a body's (`公安局沙河派出所`, `大学附属医院`: a unit of the body), nor a
    neighbourhood named as its committee (`昌盛居委会`: a place, data/place_village_suffixes.txt)."""
    opener = text[at : at + 1]
    if (
        not HAN.match(opener or " ")
        or opener in level_chars()
        or opener in data_words("org_plural_chars.txt")
    ):
        return at
    if opener in data_words("org_scope_chars.txt"):
        return at
    words = (
        *data_words("org_kind_modifiers.txt"),
        *data_words("org_level_kinds.txt"),
        *data_words("org_area_words.txt"),
        *data_words("place_village_suffixes.txt"),
    )
    for match in org_suffix_pattern().finditer(text, at + 1, at + _NAMED_UNIT_LONGEST):
        stem = text[at : match.start()]
        if not all(HAN.match(c) for c in stem) or any(w in stem for w in words) or not_in_body().search(stem):
            return at
        if org_suffix_pattern().search(stem) or any(k in stem for k in data_words("org_bare_kinds.txt")):
            return at  # `公安局沙河派出所`, `延边大学附属医院`: a unit of a body, no item named by its words
        if any(v in stem for v in lead_verbs()):
            return at
        end = bare_units(text, match.start())
        if text[at:end].endswith(tuple(data_words("place_village_suffixes.txt"))):
            return at  # `新兴居委会、昌盛居委会`: a neighbourhood, a place, named as its committee
        if (
            text[end : end + 1] in data_words("list_joiners.txt") or phrase_ends_at(text, end)
        ) and not function_name(text[at:end]):
            return end
    return at


# the longest list item read by its words and ending (`新冠肺炎疫情防控工作领导小组`)
_NAMED_UNIT_LONGEST = 14


_CLAUSE_MARKS = frozenset(",;:!?。\n")  # after fold_aligned: commas, colons and semicolons are half width


def every_villages(text: str, mention: Mention) -> bool:
    """A village's bare body listed after bodies of every place (`各乡镇卫生院和村卫生室`, `全县药店、村卫生室`: a
    word of data/org_every_list_words.txt before it in its clause): every village's, no one body."""
    if data_table("level_chars.tsv").get(mention.text[:1]) != "village":
        return False
    if text[mention.start - 1 : mention.start] not in data_words("list_joiners.txt"):
        return False
    left = mention.start
    while left > 0 and text[left - 1] not in _CLAUSE_MARKS:
        left -= 1
    clause = text[left : mention.start]
    return any(word in clause for word in data_words("org_every_list_words.txt"))
