"""China's administrative divisions, province to village, from jionlp's maintained list.

jionlp ships `china_location.txt`: provinces, prefectures and counties with their
GB/T 2260 codes, and about 43,000 townships and 650,000 villages and communities
beneath them (without codes). Parsed once into a compiled file (epikg.compiled), loaded once per process.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from epikg.compiled import load_compiled
from epikg.lexicon import (
    data_columns,
    data_longest_first,
    data_paths,
    data_rows,
    data_words,
    dictionary_path,
    is_common_word,
    read_dictionary,
)

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


class _Names(Sequence[str]):
    """700,000 names as one string and their offsets: a name is made when asked for (a list of them cost
    a process 50 MiB, and loading them one object at a time most of a second)."""

    def __init__(self, text: str, offsets: array) -> None:
        if len(offsets) < 1 or offsets[-1] != len(text):
            raise ValueError("compiled gazetteer names and offsets disagree")
        self._text, self._offsets = text, offsets

    @classmethod
    def of(cls, names: Iterable[str]) -> _Names:
        names = list(names)
        offsets = array("i", [0])
        for name in names:
            offsets.append(offsets[-1] + len(name))
        return cls("".join(names), offsets)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - an int or a slice, as a list takes
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        return self._text[self._offsets[index] : self._offsets[index + 1]]


def _column(data: bytes) -> array:
    column = array("i")
    column.frombytes(data)
    return column


@dataclass(frozen=True)
class _Table:
    """The gazetteer as columns of plain values: what is compiled (epikg.compiled) and loads in a blink."""

    names: _Names
    levels: bytes
    """Each division's index in LEVELS."""
    parents: array
    """Each division's parent id, -1 for none."""
    codes: dict[int, str]
    aliases: dict[int, str]
    by_name: array
    """One entry per distinct name, in the names' order: its division's id, or -1 - its homonyms' number
    where several divisions bear it. A name is found by bisection (a dict of 340,000 names cost 40 MiB)."""
    homonym_start: array
    """Where each name's homonyms begin in `homonym_ids` (one entry more than such names)."""
    homonym_ids: array
    child_start: array
    """Where each division's children begin in `child_ids` (one entry more than divisions)."""
    child_ids: array
    """The divisions' ids, grouped by parent, each parent's children in id order."""
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
        homonym_start = array("i", [0])
        for ids in homonyms:
            homonym_start.append(homonym_start[-1] + len(ids))
        child_start, child_ids = array("i", [0]), array("i")
        for d in divisions:
            child_ids.extend(children.get(d.id, ()))
            child_start.append(len(child_ids))
        return cls(
            names=_Names.of(d.name for d in divisions),
            levels=bytes(LEVELS.index(d.level) for d in divisions),
            parents=array("i", (-1 if d.parent is None else d.parent for d in divisions)),
            codes={d.id: d.code for d in divisions if d.code},
            aliases={d.id: d.alias for d in divisions if d.alias},
            by_name=array(
                "i",
                (ids[0] if len(ids) == 1 else -1 - shared[tuple(ids)] for _, ids in sorted(by_name.items())),
            ),
            homonym_start=homonym_start,
            homonym_ids=array("i", (i for ids in homonyms for i in ids)),
            child_start=child_start,
            child_ids=child_ids,
            **_written((d.name, LEVELS.index(d.level)) for d in divisions),
        )

    def _homonyms(self, entry: int) -> tuple[int, ...]:
        number = -1 - entry
        return tuple(self.homonym_ids[self.homonym_start[number] : self.homonym_start[number + 1]])

    @cached_property
    def _name_of(self) -> Callable[[int], str]:
        """An entry of `by_name` -> its name: the bisection's key, called some twenty times a lookup, so it
        slices the names' string itself rather than going through `_Names`."""
        text, offsets = self.names._text, self.names._offsets
        homonym_start, homonym_ids = self.homonym_start, self.homonym_ids

        def name_of(entry: int) -> str:
            if entry < 0:
                entry = homonym_ids[homonym_start[-1 - entry]]
            return text[offsets[entry] : offsets[entry + 1]]

        return name_of

    @cached_property
    def _blocks(self) -> dict[str, tuple[int, int]]:
        """Where the names opening with a character lie in `by_name` (found when first asked for)."""
        return {}

    def _block(self, first: str) -> tuple[int, int]:
        found = self._blocks.get(first)
        if found is None:
            by_name, name_of = self.by_name, self._name_of
            start = bisect_left(by_name, first, key=name_of)
            end = (
                len(by_name)
                if ord(first) == sys.maxunicode
                else bisect_left(by_name, chr(ord(first) + 1), start, key=name_of)
            )
            found = self._blocks[first] = (start, end)
        return found

    def ids(self, name: str) -> tuple[int, ...]:
        """A name's ids, bisected among the names that open with its first character."""
        name_of = self._name_of
        start, end = self._block(name[0]) if name else (0, len(self.by_name))
        at = bisect_left(self.by_name, name, start, end, key=name_of)
        if at == end or name_of(self.by_name[at]) != name:
            return ()
        found = self.by_name[at]
        return (found,) if found >= 0 else self._homonyms(found)

    def children(self, index: int) -> array:
        return self.child_ids[self.child_start[index] : self.child_start[index + 1]]

    def to_plain(self) -> tuple:
        return (
            self.names._text,
            self.names._offsets.tobytes(),
            self.levels,
            self.parents.tobytes(),
            self.codes,
            self.aliases,
            self.by_name.tobytes(),
            self.homonym_start.tobytes(),
            self.homonym_ids.tobytes(),
            self.child_start.tobytes(),
            self.child_ids.tobytes(),
            self.written,
            self.heads,
        )

    @classmethod
    def from_plain(cls, plain: tuple) -> _Table:
        (
            text,
            offsets,
            levels,
            parents,
            codes,
            aliases,
            by_name,
            homonym_start,
            homonym_ids,
            starts,
            ids,
            written,
            heads,
        ) = plain
        names = _Names(text, _column(offsets))
        column, child_start = _column(parents), _column(starts)
        if not len(names) == len(levels) == len(column) == len(child_start) - 1:
            raise ValueError("compiled gazetteer columns differ in length")
        return cls(
            names,
            levels,
            column,
            codes,
            aliases,
            _column(by_name),
            _column(homonym_start),
            _column(homonym_ids),
            child_start,
            _column(ids),
            written,
            heads,
        )


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
        # An autonomous division goes by its short form and its level (石柱县 for 石柱土家族自治县, 恩施州), or its
        # short form and its ending (石柱自治县).
        self.by_level_alias: dict[str, list[int]] = defaultdict(list)
        suffixes = data_longest_first("place_autonomous_suffixes.txt")
        for index, alias in table.aliases.items():
            name = table.names[index]
            short = next((s for s in suffixes if name.endswith(s)), None)
            if not short or alias == name:
                continue
            for form in (alias + short[-1], alias + short):  # 石柱县, 石柱自治县
                if not table.ids(form):
                    self.by_alias[form].append(index)
                    self.by_level_alias[form].append(index)
        # A county goes by the listing's abbreviation that keeps its ending (科左后旗 for 科尔沁左翼后旗:
        # data/gazetteer_abbreviation_endings.txt), where it is the abbreviation of no other division and no name.
        kept = data_words("gazetteer_abbreviation_endings.txt")
        abbreviations = defaultdict(list)
        for index, alias in table.aliases.items():
            name = table.names[index]
            county = LEVELS[table.levels[index]] == "county" and name[-1:] in kept
            if (
                county
                and alias != name
                and len(alias) >= 3
                and alias[-1:] == name[-1:]
                and not table.ids(alias)
            ):
                abbreviations[alias].append(index)
        for alias, indices in abbreviations.items():
            if len(indices) == 1 and alias not in self.by_level_alias:
                self.by_level_alias[alias].append(indices[0])
        # A county-level division goes by its former name too (旬阳县 for 旬阳市, 2021; 淮阳县 for 淮阳区, 2019:
        # data/gazetteer_former_endings.tsv), where no division bears that name nor has it as its short form: a page
        # from before the change writes it so, and is read with its own name.
        self.former_names: set[str] = set()
        changes = defaultdict(list)
        for row, (now, former, level) in enumerate(data_columns("gazetteer_former_endings.tsv")):
            changes[now, level].append((row, former))
        formers = defaultdict(list)
        for index, alias in table.aliases.items():
            ending = table.names[index][len(alias) :]
            for row, former in changes.get((ending, LEVELS[table.levels[index]]), ()):
                if len(alias) >= 2 and not table.ids(alias + former) and alias + former not in self.by_alias:
                    formers[alias + former].append((row, index))
        # the earliest row's division, and one only: `东兴县` is 东兴市 (撤县设市 first), `向阳县` either 向阳区 (of
        # 佳木斯, of 鹤岗) and so neither
        for name, claims in formers.items():
            first = min(row for row, _ in claims)
            indices = [index for row, index in claims if row == first]
            if len(indices) == 1:
                self.by_alias[name].append(indices[0])
                self.by_level_alias[name].append(indices[0])
                self.former_names.add(name)
        # A township listed with an ending pages leave off (`乌兰毛都苏木乡`, `应昌街道办事处`) goes by the ending they
        # write (data/gazetteer_listing_endings.tsv), where no division bears that name.
        endings = data_rows("gazetteer_listing_endings.tsv")
        for name in table.written:
            for listed, ending in endings:
                form = name[: -len(listed)] + ending
                if name.endswith(listed) and len(form) > len(ending) + 1 and not table.ids(form):
                    for index in table.ids(name):
                        if LEVELS[table.levels[index]] == "township":
                            self.by_level_alias[form].append(index)
        self._table = table
        # Pages name the same places again and again: the divisions of the names last asked for are kept,
        # not found by bisection and made afresh each time.
        self._named = lru_cache(maxsize=4096)(self._divisions_named)
        # So are the ids of a name (a bisection over 340,000 names), asked again for each place a page names.
        self._ids = lru_cache(maxsize=16384)(table.ids)
        # and the chains of the places they name, asked for again and again while a page's places are placed
        self._chains = lru_cache(maxsize=4096)(self._chain)

    def _divisions_named(self, name: str) -> tuple[Division, ...]:
        return tuple(self.divisions[i] for i in self._table.ids(name))

    def county_alias(self, name: str) -> int | None:
        """The county a short form names (舞阳 for 舞阳县) where it names exactly one division, a county, and no
        division in full: an article from that county may write its own county so. Asked name by name: the
        whole table of them cost each process 0.06 s, for the few names an article may mean so."""
        ids = self.by_alias.get(name, ())
        if (
            len(ids) == 1
            and self.divisions[ids[0]].level == "county"
            and not self._table.ids(name)
            and name not in self.by_level_alias
        ):
            return ids[0]
        return None

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
        return self._ids(name)

    def lookup(self, name: str) -> list[Division]:
        return list(self._named(name))

    def knows(self, name: str) -> bool:
        """Whether some division is named so, in full or by its short form (`萍乡` of 萍乡市)."""
        return bool(self.ids(name)) or name in self.by_alias

    def is_province(self, name: str) -> bool:
        """Whether a province is named so, in full or by its short form (`江西`)."""
        return any(
            self.divisions[i].level == "province" for i in (*self.ids(name), *self.by_alias.get(name, ()))
        )

    def lookup_written(self, name: str) -> list[Division]:
        """Divisions of this full name, else of this short form with its level (石柱县)."""
        return self.lookup(name) or [self.divisions[i] for i in self.by_level_alias.get(name, ())]

    def chain(self, division: Division) -> list[Division]:
        """The division and its ancestors, most specific first, without the listing's stand-ins for a level a
        city lacks (`市直辖行政区划` between 儋州市 and its towns: data/gazetteer_stand_ins.txt)."""
        return list(self._chains(division))

    def _chain(self, division: Division) -> tuple[Division, ...]:
        stand_ins = data_longest_first("gazetteer_stand_ins.txt")
        out = [division]
        at = division
        while at.parent is not None:
            at = self.divisions[at.parent]
            if not at.name.endswith(stand_ins):
                out.append(at)
        return tuple(out)

    def children_of(self, division: Division) -> list[Division]:
        return [self.divisions[i] for i in self._table.children(division.id)]

    def children_names(self, division: Division) -> list[str]:
        """The names of children_of(division), without making their records."""
        names = self._table.names
        return [names[i] for i in self._table.children(division.id)]


def parse(lines: list[str]) -> list[Division]:
    """Parse jionlp's tab-indented listing; indentation depth gives the level."""
    divisions: list[Division] = []
    stack: list[int] = []
    written: list[str] = []  # the names on the stack as the listing writes them
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
        del written[depth:]
        parent = stack[-1] if stack else None
        if (
            depth == 1
            and parent is not None
            and (divisions[parent].name == name or code == divisions[parent].code)
        ):
            # A city under direct control repeats itself as its own prefecture, and a special administrative
            # region as a prefecture of its short name and its own code (香港 under 香港特别行政区): keep one node.
            stack.append(parent)
            continue
        written.append(name)
        ancestors = [n for i, w in zip(stack, written, strict=False) for n in (w, divisions[i].name)]
        division = Division(len(divisions), _own_name(name, ancestors), LEVELS[depth], code, alias, parent)
        divisions.append(division)
        stack.append(division.id)
    return _one_division_a_code(divisions)


_OWN_NAME_ENDINGS = ("place_township_suffixes.txt", "place_village_suffixes.txt")


def _own_name(name: str, ancestors: list[str]) -> str:
    """The name without the names of the divisions above it that the listing writes before it (`化德县朝阳镇` under
    化德县 is 朝阳镇; `四平市铁东区叶赫满族镇东升村` is 东升村): a text that writes the chain reads each link, and one
    that names the town alone finds it. Only a name of its own is left: a town's or a village's ending after a name
    of two characters or more (not `大集镇一村`), a village's not after an everyday word (`临猗县城市社区`), and no
    zone's (`化德县工业园区`, where 工业园区 alone names none)."""
    towns, villages = (data_longest_first(name) for name in _OWN_NAME_ENDINGS)
    for ancestor in ancestors:
        if not name.startswith(ancestor):
            continue
        rest = name[len(ancestor) :]
        town = next((e for e in towns if rest.endswith(e)), "")
        village = next((e for e in villages if rest.endswith(e)), "")
        stem = rest[: -len(town or village) or None]
        if (town or village) and len(stem) >= 2 and not (village and is_common_word(stem)):
            name = rest
    return name


def _one_division_a_code(divisions: list[Division]) -> list[Division]:
    """A code names one division (places are keyed on it): where the listing gives several the same code (香港's
    districts carry 香港特别行政区's; two zones of 平顶山 share one), the one highest in the listing keeps it, and
    none where two tie."""
    holders: dict[str, list[Division]] = defaultdict(list)
    for division in divisions:
        if division.code:
            holders[division.code].append(division)
    for shared in (h for h in holders.values() if len(h) > 1):
        top = min(LEVELS.index(d.level) for d in shared)
        keeps = [d for d in shared if LEVELS.index(d.level) == top]
        for division in shared:
            if len(keeps) > 1 or division is not keeps[0]:
                divisions[division.id] = replace(division, code=None)
    return divisions


_SOURCE = "china_location.txt"


def _compile() -> tuple:
    return _Table.of(parse(read_dictionary(_SOURCE))).to_plain()


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from its compiled file where that is current (epikg.compiled), else parsed and compiled."""
    # what parse reads besides the listing: the endings of _own_name, and the everyday words (jionlp's IDF list)
    sources = [dictionary_path(_SOURCE), dictionary_path("idf.txt")]
    sources += [path for name in _OWN_NAME_ENDINGS for path in data_paths(name)]
    plain = load_compiled("gazetteer", sources, _compile)
    try:
        return Gazetteer(_Table.from_plain(plain))
    except (ValueError, TypeError):  # a file that passed its checksum but not this layout: parse afresh
        return Gazetteer(_Table.from_plain(_compile()))
