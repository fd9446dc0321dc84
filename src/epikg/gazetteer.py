"""China's administrative divisions, province to village, from jionlp's maintained list.

jionlp ships `china_location.txt`: provinces, prefectures and counties with their
GB/T 2260 codes, and about 43,000 townships and 650,000 villages and communities
beneath them (without codes). Parsed once into a compiled file (epikg.compiled), loaded once per process.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from epikg.compiled import load_compiled
from epikg.lexicon import data_longest_first, data_words, dictionary_path, read_dictionary

LEVELS = ("province", "prefecture", "county", "township", "village")
_TOWNSHIP = LEVELS.index("township")
# Cities under direct control and a few others are listed twice (as province and prefecture).


@dataclass(frozen=True)
class Division:
    id: int
    name: str
    level: str
    code: str | None
    alias: str | None
    parent: int | None


class _Divisions(Sequence[Division]):
    """The divisions by id, made into Division records when asked for (there are 700,000)."""

    def __init__(self, table: _Table) -> None:
        self._table = table

    def __len__(self) -> int:
        return len(self._table.names)

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - an int or a slice, as a list takes
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        t = self._table
        parent = t.parents[index]
        return Division(  # made afresh, not kept: a long build touches ever more villages
            index,
            t.names[index],
            LEVELS[t.levels[index]],
            t.codes.get(index),
            t.aliases.get(index),
            None if parent < 0 else parent,
        )


@dataclass(frozen=True)
class _Table:
    """The gazetteer as columns of plain values: what is compiled (epikg.compiled) and loads in a blink."""

    names: list[str]
    levels: bytes
    """Each division's index in LEVELS."""
    parents: array
    """Each division's parent id, -1 for none."""
    codes: dict[int, str]
    aliases: dict[int, str]
    by_name: dict[str, int]
    """A name's id, or -1 - its index in `homonyms` where several divisions bear it (ints load fastest)."""
    homonyms: list[tuple[int, ...]]
    children: dict[int, bytes]
    """A division's children's ids, as an array("i")'s bytes."""
    written: dict[str, int]
    """The names of townships and higher divisions, each with the levels of those divisions as bits (1 << index)."""
    heads: dict[str, list[int]]
    """The lengths of those names (2+ characters) by their first two characters, shortest first."""

    @classmethod
    def of(cls, divisions: list[Division]) -> _Table:
        by_name: dict[str, list[int]] = defaultdict(list)
        children: dict[int, list[int]] = defaultdict(list)
        for d in divisions:
            by_name[d.name].append(d.id)
            if d.parent is not None:
                children[d.parent].append(d.id)
        homonyms = [tuple(ids) for ids in by_name.values() if len(ids) > 1]
        shared = {ids: number for number, ids in enumerate(homonyms)}
        one = {
            name: name for name in by_name
        }  # one string per distinct name, shared when compiled (marshal refs)
        return cls(
            names=[one[d.name] for d in divisions],
            levels=bytes(LEVELS.index(d.level) for d in divisions),
            parents=array("i", (-1 if d.parent is None else d.parent for d in divisions)),
            codes={d.id: d.code for d in divisions if d.code},
            aliases={d.id: d.alias for d in divisions if d.alias},
            by_name={
                name: ids[0] if len(ids) == 1 else -1 - shared[tuple(ids)] for name, ids in by_name.items()
            },
            homonyms=homonyms,
            children={parent: array("i", ids).tobytes() for parent, ids in children.items()},
            **_written((d.name, LEVELS.index(d.level)) for d in divisions),
        )

    def ids(self, name: str) -> tuple[int, ...]:
        found = self.by_name.get(name)
        if found is None:
            return ()
        return (found,) if found >= 0 else self.homonyms[-1 - found]

    def to_plain(self) -> tuple:
        return (
            self.names,
            self.levels,
            self.parents.tobytes(),
            self.codes,
            self.aliases,
            self.by_name,
            self.homonyms,
            self.children,
            self.written,
            self.heads,
        )

    @classmethod
    def from_plain(cls, plain: tuple) -> _Table:
        names, levels, parents, codes, aliases, by_name, homonyms, children, written, heads = plain
        column = array("i")
        column.frombytes(parents)
        if not len(names) == len(levels) == len(column):
            raise ValueError("compiled gazetteer columns differ in length")
        return cls(names, levels, column, codes, aliases, by_name, homonyms, children, written, heads)


def _written(names: Iterable[tuple[str, int]]) -> dict[str, dict]:
    """_Table.written and _Table.heads of (name, level index) pairs: township or higher alone."""
    written: dict[str, int] = {}
    for name, level in names:
        if level <= _TOWNSHIP:
            written[name] = written.get(name, 0) | 1 << level
    heads: dict[str, list[int]] = defaultdict(list)
    for name in sorted(written, key=len):
        if len(name) >= 2 and len(name) not in heads[name[:2]]:
            heads[name[:2]].append(len(name))
    return {"written": written, "heads": dict(heads)}


@lru_cache(maxsize=64)
def _level_set(bits: int) -> frozenset[str]:
    return frozenset(level for index, level in enumerate(LEVELS) if bits >> index & 1)


class WrittenDivisions:
    """Every name `Gazetteer.lookup_written` answers with a township or a higher division, with the levels of
    those divisions. A text is scanned by looking up, at each position, only the lengths a name starting with
    its two characters has, not every slice of up to a dozen characters."""

    def __init__(self, written: dict[str, int], heads: dict[str, list[int]]) -> None:
        self._written = written
        self._heads = heads

    def levels(self, name: str) -> frozenset[str]:
        return _level_set(self._written.get(name, 0))

    def occurrences(self, text: str, longest: int) -> Iterator[tuple[int, str, frozenset[str]]]:
        """(start, name, levels) of every name of 2 to `longest` characters in the text, by start then length."""
        for start in range(len(text) - 1):
            for length in self._heads.get(text[start : start + 2], ()):
                if length > longest or start + length > len(text):
                    break
                name = text[start : start + length]
                bits = self._written.get(name)
                if bits is not None:
                    yield start, name, _level_set(bits)


class Gazetteer:
    """All divisions, looked up by name; homonyms are kept side by side."""

    def __init__(self, divisions: list[Division] | _Table) -> None:
        table = divisions if isinstance(divisions, _Table) else _Table.of(divisions)
        self.divisions: Sequence[Division] = _Divisions(table)
        self.by_alias: dict[str, list[int]] = defaultdict(list)
        for index, alias in table.aliases.items():
            if (
                alias != table.names[index]
                and len(alias) >= 2
                and LEVELS[table.levels[index]] in ("province", "prefecture", "county")
            ):
                self.by_alias[alias].append(index)
        # An autonomous division goes by its short form and its level (石柱县 for 石柱土家族自治县, 恩施州).
        self.by_level_alias: dict[str, list[int]] = defaultdict(list)
        suffixes = data_longest_first("place_autonomous_suffixes.txt")
        for index, alias in table.aliases.items():
            name = table.names[index]
            short = next((s for s in suffixes if name.endswith(s)), None)
            if short and alias != name and not table.ids(alias + short[-1]):
                self.by_alias[alias + short[-1]].append(index)
                self.by_level_alias[alias + short[-1]].append(index)
        self._table = table

    @cached_property
    def city_aliases(self) -> frozenset[str]:
        """Short forms of provinces and prefectures (长沙, 陇南) that name the place wherever they stand alone."""
        t = self._table
        return frozenset(
            alias
            for index, alias in t.aliases.items()
            if LEVELS[t.levels[index]] in ("province", "prefecture")
            and alias != t.names[index]
            and len(alias) >= 2
            and alias not in data_words("place_ambiguous_aliases.txt")  # 来宾 are guests
            and "/" not in alias
        )

    @cached_property
    def written_divisions(self) -> WrittenDivisions:
        """The township-or-higher names `lookup_written` answers: the compiled full names, and the short forms
        with their level (石柱县) where no division bears that name."""
        t = self._table
        written, heads = t.written, t.heads
        extra = {a: ids for a, ids in self.by_level_alias.items() if not t.ids(a) and len(a) >= 2}
        if extra:
            written, heads = dict(written), dict(heads)
            for alias, ids in extra.items():
                for index in ids:
                    if t.levels[index] <= _TOWNSHIP:
                        written[alias] = written.get(alias, 0) | 1 << t.levels[index]
                if alias in written and len(alias) not in heads.get(alias[:2], ()):
                    heads[alias[:2]] = sorted([*heads.get(alias[:2], ()), len(alias)])
        return WrittenDivisions(written, heads)

    def ids(self, name: str) -> tuple[int, ...]:
        """The ids of the divisions of this name."""
        return self._table.ids(name)

    def lookup(self, name: str) -> list[Division]:
        return [self.divisions[i] for i in self._table.ids(name)]

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
        column = array("i")
        column.frombytes(self._table.children.get(division.id, b""))
        return [self.divisions[i] for i in column]


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


_SOURCE = "china_location.txt"


def _compile() -> tuple:
    return _Table.of(parse(read_dictionary(_SOURCE))).to_plain()


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from its compiled file where that is current (epikg.compiled), else parsed and compiled."""
    plain = load_compiled("gazetteer", [dictionary_path(_SOURCE)], _compile)
    try:
        return Gazetteer(_Table.from_plain(plain))
    except (ValueError, TypeError):  # a file that passed its checksum but not this layout: parse afresh
        return Gazetteer(_Table.from_plain(_compile()))
