"""An OxCGRT-layout indicator table: one row per place and day on which the graph reports a coded measure.

Levels, columns and flags follow OxCGRT's codebook (documentation_and_codebook.md of
github.com/OxCGRT/covid-policy-dataset) through a table that is data (data/oxcgrt_levels.tsv): the
first row of a measure's category and indicator whose trigger and sentence patterns match gives its
level. A measure counts for its place of the table's level, or the one its place is stated to lie in;
one that applies to a whole city (`全市`) counts for every county stated to lie in that city. It holds
from its day to the end its sentence states, to the day a lifting of its category at its place (or a
place it is stated to lie in) is reported, or for `carry_days` days counting its own. On each place
and day an indicator takes the highest level in force; its flag is 1 (general) when a measure at that
level applies to the place itself (`全县`) or to the whole city it lies in, 0 (targeted) when all apply
to places stated to lie in it. An indicator without a geographic flag (C8, H2, H3; H7, whose flag is
about cost) takes only measures that are general there. A day on which a lifting leaves nothing in
force codes 0.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from epikg.export.readings import MeasureReading, PlaceRef
from epikg.lexicon import read_data_lines

LEVELS_FILE = "oxcgrt_levels.tsv"
DEFAULT_CARRY_DAYS = 14  # the observation period local notices of the time set for most measures
UNIT_LEVELS = ("county", "township")
JURISDICTION = {"county": "COUNTY_TOTAL", "township": "TOWNSHIP_TOTAL"}


@dataclass(frozen=True)
class Indicator:
    """An OxCGRT indicator: its code, its column and its flag column as the codebook names them.

    The codebook (documentation_and_codebook.md, "C - containment and closure policies", "H - health system
    policies") splits C1-C8, H6 and H8 by vaccination status; the text never differentiates, so the columns
    are the Majority ones (`C1M_`, always populated, equal to Everyone's where nothing differs; C8: `C8EV_`).
    """

    code: str
    name: str
    flag: str | None = None  # the flag column; None where the codebook has none (C8, H2, H3)
    geographic: bool = True  # the flag is geographic scope; H7's is about cost, which the text cannot tell
    everywhere: bool = False  # no geographic flag: coded only from measures that apply to the whole place


INDICATORS = (
    Indicator("C1", "C1M_School closing", "C1M_Flag"),
    Indicator("C2", "C2M_Workplace closing", "C2M_Flag"),
    Indicator("C3", "C3M_Cancel public events", "C3M_Flag"),
    Indicator("C4", "C4M_Restrictions on gatherings", "C4M_Flag"),
    Indicator("C5", "C5M_Close public transport", "C5M_Flag"),
    Indicator("C6", "C6M_Stay at home requirements", "C6M_Flag"),
    Indicator("C7", "C7M_Restrictions on internal movement", "C7M_Flag"),
    Indicator("C8", "C8EV_International travel controls", everywhere=True),
    Indicator("H1", "H1_Public information campaigns", "H1_Flag"),
    Indicator("H2", "H2_Testing policy", everywhere=True),
    Indicator("H3", "H3_Contact tracing", everywhere=True),
    Indicator("H6", "H6M_Facial coverings", "H6M_Flag"),
    Indicator("H7", "H7_Vaccination policy", "H7_Flag", geographic=False, everywhere=True),
    Indicator("H8", "H8M_Protection of elderly people", "H8M_Flag"),
)
REGION_COLUMNS = ("CountryName", "CountryCode", "RegionName", "RegionCode", "Jurisdiction", "Date")
EXTRA_COLUMNS = ("ParentName", "ParentCode", "PlaceIRI", "Articles")


def columns() -> tuple[str, ...]:
    """The table's header: OxCGRT's region and indicator columns, then ours."""
    indicator_columns = []
    for indicator in INDICATORS:
        indicator_columns.append(indicator.name)
        if indicator.flag:
            indicator_columns.append(indicator.flag)
    return (*REGION_COLUMNS, *indicator_columns, *EXTRA_COLUMNS)


class LevelsError(ValueError):
    """A row of the levels table is malformed."""


@dataclass(frozen=True)
class LevelRule:
    """One row of data/oxcgrt_levels.tsv."""

    category: str
    indicator: str
    level: int | None  # None: the row codes nothing for the indicator
    trigger: re.Pattern[str] | None = None
    context: re.Pattern[str] | None = None
    why: str = ""

    def matches(self, reading: MeasureReading) -> bool:
        return (self.trigger is None or bool(self.trigger.search(reading.trigger))) and (
            self.context is None or bool(self.context.search(reading.quote))
        )


def parse_levels(lines: Iterable[str]) -> tuple[LevelRule, ...]:
    """Rows (category, indicator, level, trigger, context, why) into rules; LevelsError names a bad row."""
    codes = {i.code for i in INDICATORS}
    rules = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        category, indicator, level, trigger, context, why = (
            c.strip() for c in (line.split("\t") + [""] * 5)[:6]
        )
        if category == "category":
            continue
        if indicator not in codes:
            raise LevelsError(f"row {number}: unknown indicator {indicator!r}")
        if level != "-" and not level.isdigit():
            raise LevelsError(f"row {number}: level must be a number or -, not {level!r}")
        try:
            rules.append(LevelRule(
                category, indicator, None if level == "-" else int(level),
                re.compile(trigger) if trigger else None, re.compile(context) if context else None, why,
            ))  # fmt: skip
        except re.error as exc:
            raise LevelsError(f"row {number}: bad regex: {exc}") from exc
    return tuple(rules)


@lru_cache(maxsize=1)
def level_rules() -> tuple[LevelRule, ...]:
    """The shipped levels table, read once."""
    return parse_levels(read_data_lines(LEVELS_FILE))


def code_measure(reading: MeasureReading, rules: Sequence[LevelRule]) -> dict[str, int]:
    """The indicators a measure reaches and its level on each (0 for a lifting)."""
    coded: dict[str, int] = {}
    decided: set[str] = set()
    for rule in rules:
        if rule.category != reading.category or rule.indicator in decided or not rule.matches(reading):
            continue
        decided.add(rule.indicator)
        if rule.level is not None:
            coded[rule.indicator] = 0 if reading.phase == "lifted" else rule.level
    return coded


@dataclass(frozen=True)
class _Spell:
    """A measure in force at a unit from `first` up to (not including) `until`."""

    reading: MeasureReading
    unit: PlaceRef
    general: bool  # it applies to the unit itself (or its whole city), not to a place inside it
    coded: dict[str, int]
    first: date
    until: date


@dataclass
class Table:
    """The table, and what was left out of it, by reason."""

    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    left_out: dict[str, int] = field(default_factory=dict)


def oxcgrt_table(
    readings: Sequence[MeasureReading],
    *,
    level: str = "county",
    carry_days: int = DEFAULT_CARRY_DAYS,
    rules: Sequence[LevelRule] | None = None,
    country: tuple[str, str] = ("China", "CHN"),
) -> Table:
    """One row per place of `level` and day with a coded indicator, in OxCGRT's layout."""
    if level not in UNIT_LEVELS:
        raise ValueError(f"level must be one of {', '.join(UNIT_LEVELS)}, not {level!r}")
    if carry_days < 1:
        raise ValueError("carry_days must be at least 1 (the measure's own day)")
    table_rules = level_rules() if rules is None else rules
    left_out: dict[str, int] = defaultdict(int)
    ordered: list[_Spell] = []
    lifted: list[_Spell] = []
    for reading in readings:
        coded = code_measure(reading, table_rules)
        if not coded:
            continue  # a category no indicator reaches (supervision, disinfection, ...)
        units, why = _units(reading, level)
        if not units:
            left_out[why] += 1
            continue
        day = reading.day
        if day is None:
            left_out["no date and no publication date"] += 1
            continue
        for unit in units:
            # general: it applies to the unit itself, or to the whole city the unit is stated to lie in
            general = reading.place is not None and (reading.place.iri == unit.iri or unit in reading.covers)
            spell = _Spell(reading, unit, general, coded, day, day + timedelta(days=1))
            (lifted if reading.phase == "lifted" else ordered).append(spell)
    spells = [_carried(s, lifted, carry_days) for s in ordered]
    rows = _rows(spells, lifted, level, country)
    return Table(columns(), rows, dict(sorted(left_out.items())))


def _units(reading: MeasureReading, level: str) -> tuple[tuple[PlaceRef, ...], str]:
    """The places of `level` a measure counts for (none: why), a city-wide one for every county stated in it."""
    if reading.place is None:
        return (), "no place"
    unit = reading.unit(level)
    if unit is not None:
        return (unit,), ""
    if level == "county" and reading.place.level == "prefecture":
        if reading.covers:
            return reading.covers, ""
        return (), "applies to a whole city, and no county is stated to lie in it"
    if reading.place.level in ("province", "prefecture") or (
        level == "township" and reading.place.level == "county"
    ):
        return (), f"applies above the {level} level"
    return (), f"no {level} stated for its place"


def _carried(spell: _Spell, liftings: Sequence[_Spell], carry_days: int) -> _Spell:
    """The spell's end: the end its sentence states, else its day plus the window, cut by the first lifting
    of its category at its place or one it lies in, after its day (or in its own sentence)."""
    reading = spell.reading
    if reading.start is not None and reading.end is not None and reading.end > reading.start:
        until = reading.end + timedelta(days=1)
    else:
        until = spell.first + timedelta(days=carry_days)
    place = reading.place
    assert place is not None
    covering = {place.iri, *(a.iri for a in reading.ancestors)}
    for lifting in liftings:
        lifted_place = lifting.reading.place
        if (
            lifting.reading.category == reading.category
            and lifted_place is not None
            and lifted_place.iri in covering
            and (spell.first < lifting.first < until or _lifts_its_own_sentence(lifting.reading, reading))
        ):
            until = lifting.first
    return _Spell(reading, spell.unit, spell.general, spell.coded, spell.first, until)


def _lifts_its_own_sentence(lifting: MeasureReading, reading: MeasureReading) -> bool:
    """A sentence that names a measure and lifts it (`三个管控区...宣布解封`) ends it at once."""
    return bool(reading.sentence) and lifting.sentence == reading.sentence and lifting.day == reading.day


def _rows(
    spells: Sequence[_Spell], liftings: Sequence[_Spell], level: str, country: tuple[str, str]
) -> list[tuple[str, ...]]:
    in_force: dict[tuple[str, date], list[_Spell]] = defaultdict(list)
    lifted_on: dict[tuple[str, date], list[_Spell]] = defaultdict(list)
    units: dict[str, PlaceRef] = {}
    parents: dict[str, PlaceRef | None] = {}
    for spell in spells:
        units[spell.unit.iri] = spell.unit
        parents[spell.unit.iri] = parents.get(spell.unit.iri) or _parent(spell, level)
        day = spell.first
        while day < spell.until:
            in_force[(spell.unit.iri, day)].append(spell)
            day += timedelta(days=1)
    for lifting in liftings:
        units[lifting.unit.iri] = lifting.unit
        parents[lifting.unit.iri] = parents.get(lifting.unit.iri) or _parent(lifting, level)
        lifted_on[(lifting.unit.iri, lifting.first)].append(lifting)
    rows = []
    for unit_iri, day in sorted(set(in_force) | set(lifted_on), key=lambda k: (_sort_key(units[k[0]]), k[1])):
        cells, articles = _cells(in_force.get((unit_iri, day), []), lifted_on.get((unit_iri, day), []))
        if not cells:
            continue
        unit, parent = units[unit_iri], parents[unit_iri]
        region = (*country, unit.name, unit.code or "", JURISDICTION[level], day.strftime("%Y%m%d"))
        extra = (
            parent.name if parent else "",
            (parent.code or "") if parent else "",
            unit.iri,
            ";".join(articles),
        )
        rows.append((*region, *_indicator_cells(cells), *extra))
    return rows


def _cells(
    active: Sequence[_Spell], liftings: Sequence[_Spell]
) -> tuple[dict[str, tuple[int, str]], list[str]]:
    """Per indicator: (level, flag) from the measures in force, else (0, "") where a lifting leaves none."""
    cells: dict[str, tuple[int, str]] = {}
    articles: set[str] = set()
    for indicator in INDICATORS:
        levels = [
            (s.coded[indicator.code], s)
            for s in active
            if indicator.code in s.coded and (s.general or not indicator.everywhere)
        ]
        if levels:
            top = max(level for level, _ in levels)
            general = any(s.general for level, s in levels if level == top)
            flag = "" if not (indicator.flag and indicator.geographic) else "1" if general else "0"
            cells[indicator.code] = (top, flag)
            articles.update(s.reading.article for _, s in levels)
            continue
        ended = [s for s in liftings if indicator.code in s.coded and (s.general or not indicator.everywhere)]
        if ended:
            cells[indicator.code] = (0, "")
            articles.update(s.reading.article for s in ended)
    return cells, sorted(articles)


def _indicator_cells(cells: dict[str, tuple[int, str]]) -> list[str]:
    out = []
    for indicator in INDICATORS:
        level, flag = cells.get(indicator.code, (None, ""))
        out.append("" if level is None else str(level))
        if indicator.flag:
            out.append(flag)
    return out


def _parent(spell: _Spell, level: str) -> PlaceRef | None:
    """The stated place one level up from the unit (a township's county, a county's prefecture)."""
    above = {"township": ("county",), "county": ("prefecture", "province")}[level]
    reading = spell.reading
    chain = (*((reading.place,) if reading.place else ()), *reading.ancestors)
    return next((p for wanted in above for p in chain if p.level == wanted), None)


def _sort_key(place: PlaceRef) -> tuple[str, str, str]:
    return (place.code or "~", place.name, place.iri)
