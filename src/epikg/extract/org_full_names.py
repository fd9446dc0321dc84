"""One body, two names: the short name an article uses beside the full one (`县防指` and `县新冠肺炎疫情防控指挥部`,
`溆浦县委` and `中共溆浦县委`, `惠万家超市` and its registered company), so the body is labelled with its full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from epikg import gazetteer
from epikg.extract.places import leading_division
from epikg.lexicon import (
    data_groups,
    data_longest_first,
    data_table,
    looks_like_body,
)
from epikg.ner.bodies import (
    level_chars,
    org_type,
    without_name_words,
)

_COMMAND_TYPES = ("command_headquarters", "working_group")


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(short ending, pattern of the full ending) of data/org_abbreviations.tsv, longest short ending first."""
    table = data_table("org_abbreviations.tsv")
    return tuple((short, re.compile(table[short])) for short in sorted(table, key=len, reverse=True))


def _from_place(name: str, place: str) -> str | None:
    """What follows `place` in a body's full name that opens with it, or with the divisions above it
    (`揭西县棉湖镇人民政府` for 棉湖镇: a source line names the town's government with its county); None where
    the name opens otherwise."""
    while not name.startswith(place):
        head = leading_division(name)
        if not head:
            return None
        name = name[len(head) :]
    return name[len(place) :]


def full_names(names: Iterable[str], forms: Mapping[str, str] | None = None) -> dict[str, str]:
    """Short name -> full name, for each body named both ways with the same place (`县防指`, `县新冠肺炎疫情防控指挥部`;
    `溆浦县委`, `中共溆浦县委`); `forms` are the short forms of the article's places and their full names (Locality.forms).
    A short name may hold epidemic words of its own (`县防疫指挥部`, `县疫情防控应急指挥部` beside
    `县新冠肺炎疫情防控指挥部`: data/org_name_words.txt): the place is what stands before them.

    Where several full names fit, the longest is the label.
    """
    names = set(names)
    forms = forms or {}
    found = {}
    # `县指挥部` beside `宝应县新冠肺炎疫情防控工作指挥部办公室`: the office names its headquarters in full too
    offices = data_longest_first("org_offices.txt")
    parents = {
        parent
        for n in names
        if (office := next((o for o in offices if n.endswith(o)), None))
        and len(parent := n[: -len(office)]) >= 4
        and org_type(parent) in _COMMAND_TYPES  # not `县人民政府` of 县人民政府办公室, a footer's host
    }
    for name in names:
        for short, full in _abbreviations():
            if not name.endswith(short):
                continue
            prefix = name[: len(name) - len(short)]
            # `县防疫`+`指挥部`: the county's, whatever words it is named with
            stem = without_name_words(prefix)
            places = {prefix, forms.get(prefix, prefix)} | ({stem, forms.get(stem, stem)} if stem else set())
            places |= _in_full(prefix)  # `武汉城建局` beside `武汉市城乡建设局`: 武汉 is 武汉市's short form
            # `澧县县政府` beside `澧县人民政府`: a county of one character and 县 before its body's own level
            if len(prefix) >= 3 and prefix[-1] == prefix[-2] and prefix[-1] in data_table("level_chars.tsv"):
                places.add(prefix[:-1])
            fits = [
                n
                for n in names | parents
                if len(n) > len(name)
                and any((rest := _from_place(n, p)) is not None and full.fullmatch(rest) for p in places)
            ]
            if fits:
                found[name] = max(fits, key=lambda n: (len(n), n))
                break
    # `湖北司法厅` and `湖北省司法厅`, `平江卫健局` and `平江县卫健局`: one body, its place shortened
    for name in names:
        if name not in found and (full := _with_its_place_in_full(name, names)) is not None:
            found[name] = full
    # `溆浦县委` and `中共溆浦县委`: one committee, named in full with the party's name; `伊宁县供电公司` and
    # `国网伊宁县供电公司`: one branch, named in full with its national group's (data/org_group_names.txt)
    prefixes = (*data_longest_first("org_party_prefixes.txt"), *data_longest_first("org_group_names.txt"))
    for name in names:
        party = next((p + name for p in prefixes if p + name in names), None)
        if party is not None and name not in found:
            found[name] = party
    for name in names:
        if name not in found and (league := _league_in_full(name, names)) is not None:
            found[name] = league
    for name in names:
        if name not in found and (whole := _the_unit_named_whole(name, names)) is not None:
            found[name] = whole
    for name in names:
        if name not in found and (registered := _registered_name(name, names)) is not None:
            found[name] = registered
    return found


def _league_in_full(name: str, names: set[str]) -> str | None:
    """`蔚县团县委` beside `共青团蔚县委员会` (or `共青团蔚县委`): the Youth League's committee of one place, named short
    with the league's short word before its level's committee and in full with the league's name before the place
    (data/org_level_prefixes.txt: 团, 共青团)."""
    leagues = data_longest_first("org_level_prefixes.txt")
    league = next((w for w in leagues if w in name[1:]), None)
    if league is None:
        return None
    committees = data_groups("org_committees.tsv")
    place, _, rest = name.partition(league)
    if not place or rest[:1] not in level_chars() or rest[1:] not in committees["committee"]:
        return None
    if not place.endswith(rest[:1]):
        return None
    return next((f for e in committees["full"] if (f := leagues[0] + place + e) in names), None)


def _registered_name(name: str, names: set[str]) -> str | None:
    """`惠万家超市` beside `兰陵县惠万家超市有限公司`: a shop or company named by its brand is the one company whose
    registered name is that brand, after its place or none, and a company's ending (data/org_company_endings.txt)."""
    endings = data_longest_first("org_company_endings.txt")
    fits = [
        n
        for n in names
        if (ending := next((e for e in endings if n.endswith(e)), None)) is not None
        and (core := n[: -len(ending)]).endswith(name)
        and (core == name or is_division(core[: -len(name)]))
    ]
    return fits[0] if len(name) >= 3 and len(fits) == 1 else None


def _the_unit_named_whole(name: str, names: set[str]) -> str | None:
    """`交警大队` beside `五华县公安局交警大队`: a body named by its own words alone (no level, no place) that ends the
    name of exactly one body of the article written after its parent body is that unit, named again short."""
    if len(name) < 3 or name[:1] in level_chars() or opens_with_a_place_name(name):
        return None
    fits = [n for n in names if len(n) > len(name) and n.endswith(name) and looks_like_body(n[: -len(name)])]
    return fits[0] if len(fits) == 1 else None


def _in_full(short: str) -> set[str]:
    """The full name of the one county or larger division the gazetteer gives this short form (湖北: 湖北省), if one;
    none where two share it (长沙: 长沙县, 长沙市)."""
    gaz = gazetteer.load()
    full = {gaz.divisions[i].name for i in gaz.by_alias.get(short, ())} if len(short) >= 2 else set()
    return full if len(full) == 1 else set()


def _with_its_place_in_full(name: str, names: set[str]) -> str | None:
    """The name among `names` that names the same body as `name` with its place's full name where `name` writes the
    place's short form (湖北 of 湖北省, 平江 of 平江县: the gazetteer's short form of that division; 琼中县 and
    威宁自治县 of 琼中黎族苗族自治县 and 威宁彝族回族苗族自治县: the short form and the full name's ending), where
    exactly one does (`长沙卫健局` beside both 长沙县卫健局 and 长沙市卫健局 is neither)."""
    gaz = gazetteer.load()
    fits = set()
    for other in (n for n in names if len(n) > len(name)):
        for cut in range(2, len(name) - 1):  # a short form, then at least two characters of the body's own
            short, rest = name[:cut], name[cut:]
            full = other[: len(other) - len(rest)]
            # a short form (two characters or more) opens both; `沙雅县委` is 沙雅县's committee already, no
            # short 沙雅 + 县委
            if (
                other.endswith(rest)
                and full[:2] == short[:2]
                and not name.startswith(full)
                and any(
                    d.alias
                    and short.startswith(d.alias)
                    and full.startswith(d.alias)
                    and full.endswith(short[len(d.alias) :])
                    for d in gaz.lookup(full)
                )
            ):
                fits.add(other)
    return fits.pop() if len(fits) == 1 else None


def opens_with_a_place_name(name: str) -> bool:
    """`勐腊边境管理大队`, `新华派出所`: a name opening with a place's name or short form (the gazetteer's)."""
    gaz = gazetteer.load()
    return any(gaz.knows(name[:length]) for length in range(2, len(name) - 1))


def is_division(name: str) -> bool:
    return name in level_chars() or bool(name and gazetteer.load().lookup(name))
