"""China's administrative divisions, province to village, from jionlp's maintained list.

jionlp ships `china_location.txt`: provinces, prefectures and counties with their
GB/T 2260 codes, and about 43,000 townships and 650,000 villages and communities
beneath them (without codes). Loaded once per process.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from epikg.lexicon import data_longest_first, data_words, read_dictionary

LEVELS = ("province", "prefecture", "county", "township", "village")
# Cities under direct control and a few others are listed twice (as province and prefecture).


@dataclass(frozen=True)
class Division:
    id: int
    name: str
    level: str
    code: str | None
    alias: str | None
    parent: int | None


class Gazetteer:
    """All divisions, looked up by name; homonyms are kept side by side."""

    def __init__(self, divisions: list[Division]) -> None:
        self.divisions = divisions
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.children: dict[int, list[int]] = defaultdict(list)
        for d in divisions:
            self.by_name[d.name].append(d.id)
            if d.parent is not None:
                self.children[d.parent].append(d.id)
        self.by_alias: dict[str, list[int]] = defaultdict(list)
        for d in divisions:
            if (
                d.alias
                and d.alias != d.name
                and len(d.alias) >= 2
                and d.level in ("province", "prefecture", "county")
            ):
                self.by_alias[d.alias].append(d.id)
        # An autonomous division goes by its short form and its level (石柱县 for 石柱土家族自治县, 恩施州).
        self.by_level_alias: dict[str, list[int]] = defaultdict(list)
        for d in divisions:
            short = next(
                (s for s in data_longest_first("place_autonomous_suffixes.txt") if d.name.endswith(s)), None
            )
            if short and d.alias and d.alias != d.name and d.alias + short[-1] not in self.by_name:
                self.by_alias[d.alias + short[-1]].append(d.id)
                self.by_level_alias[d.alias + short[-1]].append(d.id)

    @cached_property
    def city_aliases(self) -> frozenset[str]:
        """Short forms of provinces and prefectures (长沙, 陇南) that name the place wherever they stand alone."""
        return frozenset(
            d.alias
            for d in self.divisions
            if d.level in ("province", "prefecture")
            and d.alias
            and d.alias != d.name
            and len(d.alias) >= 2
            and d.alias not in data_words("place_ambiguous_aliases.txt")  # 来宾 are guests
            and "/" not in d.alias
        )

    def lookup(self, name: str) -> list[Division]:
        return [self.divisions[i] for i in self.by_name.get(name, ())]

    def lookup_written(self, name: str) -> list[Division]:
        """Divisions of this full name, else of this short form with its level (石柱县)."""
        return self.lookup(name) or [self.divisions[i] for i in self.by_level_alias.get(name, ())]

    def chain(self, division: Division) -> list[Division]:
        """The division and its ancestors, most specific first."""
        out = [division]
        while out[-1].parent is not None:
            out.append(self.divisions[out[-1].parent])
        return out

    def children_of(self, division: Division) -> list[Division]:
        return [self.divisions[i] for i in self.children.get(division.id, ())]


def parse(lines: list[str]) -> list[Division]:
    """Parse jionlp's tab-indented listing; indentation depth gives the level."""
    divisions: list[Division] = []
    stack: list[int] = []
    for line in lines:
        stripped = line.rstrip("\r\n")
        if not stripped.strip():
            continue
        depth = len(stripped) - len(stripped.lstrip("\t"))
        cols = stripped.strip().split("\t")
        if depth > 4:
            continue
        name = cols[0]
        code = cols[1] if len(cols) > 1 and cols[1].isdigit() else None
        alias = cols[2] if len(cols) > 2 else None
        del stack[depth:]
        parent = stack[-1] if stack else None
        if depth == 1 and parent is not None and divisions[parent].name == name:
            # A city under direct control repeats itself as its own prefecture: keep one node.
            stack.append(parent)
            continue
        division = Division(len(divisions), name, LEVELS[depth], code, alias, parent)
        divisions.append(division)
        stack.append(division.id)
    return divisions


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    return Gazetteer(parse(read_dictionary("china_location.txt")))
