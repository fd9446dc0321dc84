"""Place mentions -> places with a level, a parent chain and a division code where known.

Homonyms (`南洲镇` exists in two counties) are told apart by the article's own
context: the reading whose ancestors the article also names wins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from epikg import gazetteer
from epikg.gazetteer import Division
from epikg.records import Place

_SUFFIX_LEVELS = (
    (("小区", "园区", "景区", "开发区", "工业区", "封控区", "管控区", "防范区", "服务区", "隔离区", "城区"), "other"),
    (("街道", "镇", "乡", "苏木"), "township"),
    (("村", "社区", "居委会", "嘎查"), "village"),
    (("自治区", "省"), "province"),
    (("自治州", "地区", "盟"), "prefecture"),
    (("县", "区", "旗", "市"), "county"),
)


def level_from_suffix(name: str) -> str:
    """The level a division's name announces; two-character names (`城区`) announce none."""
    if len(name) < 3:
        return "other"
    for suffixes, level in _SUFFIX_LEVELS:
        if name.endswith(suffixes):
            return level
    return "other"


def _to_place(division: Division, gaz: gazetteer.Gazetteer) -> Place:
    chain = gaz.chain(division)
    parent = None
    for d in reversed(chain[1:]):
        parent = Place(d.name, d.level, d.code, _key(d, gaz), parent)
    return Place(division.name, division.level, division.code, _key(division, gaz), parent)


def _key(division: Division, gaz: gazetteer.Gazetteer) -> str:
    """The division code where the gazetteer has one, else the name under its nearest coded ancestor."""
    if division.code:
        return division.code
    path = [division.name]
    for ancestor in gaz.chain(division)[1:]:
        if ancestor.code:
            return ancestor.code + "/" + "/".join(reversed(path))
        path.append(ancestor.name)
    return "/".join(reversed(path))


def _candidates(name: str, names: list[str], gaz: gazetteer.Gazetteer) -> list[Division]:
    """Divisions of this name; else the article's own longer place it shortens (`南洲` for 南洲镇);
    else a division it is the short form of: any province (`湖北`) or known city (`长沙`), or one whose full
    name the article uses."""
    found = gaz.lookup(name)
    if found:
        return found
    longer = [n for n in names if n != name and n.startswith(name) and len(name) >= 2 and gaz.lookup(n)]
    if longer:
        return gaz.lookup(min(longer, key=len))
    aliased = [gaz.divisions[i] for i in gaz.by_alias.get(name, ())]
    return [d for d in aliased if d.level == "province" or d.name in names or name in gaz.city_aliases]


def leading_division(text: str) -> str | None:
    """The longest division name a text starts with (`南县` in 南县县委), if any."""
    gaz = gazetteer.load()
    for length in range(min(len(text) - 1, 12), 1, -1):
        if gaz.lookup(text[:length]):
            return text[:length]
    return None


def resolve(names: Iterable[str], context: Iterable[str] = ()) -> dict[str, Place]:
    """Resolve every place name of one article, choosing among homonyms by the article's other places.

    `context` adds names that vote without being resolved: places inside organization names (南县县委).
    """
    gaz = gazetteer.load()
    names = list(dict.fromkeys(names))
    context_names = [c for c in dict.fromkeys(context) if c not in names]
    candidates = {name: _candidates(name, names, gaz) for name in names + context_names}
    # Votes: every division that some reading of a name would sit under.
    support: Counter[int] = Counter()
    for divisions in candidates.values():
        ancestors = {a.id for d in divisions for a in gaz.chain(d)}
        support.update(ancestors)
    resolved: dict[str, Place] = {}
    for name in names:
        divisions = candidates[name]
        if not divisions:
            resolved[name] = Place(name, level_from_suffix(name), None, name, None)
            continue
        best = max(divisions, key=lambda d: (_context_score(d, gaz, support), _level_rank(d), -d.id))
        resolved[name] = _to_place(best, gaz)
    return resolved


def _context_score(division: Division, gaz: gazetteer.Gazetteer, support: Counter[int]) -> int:
    """How many of the division's ancestors other names of the article point to."""
    return sum(support[a.id] - 1 for a in gaz.chain(division)[1:])


def _level_rank(division: Division) -> int:
    """Prefer higher levels among equals: `朝阳区` the district before a village of that name."""
    return -gazetteer.LEVELS.index(division.level)
