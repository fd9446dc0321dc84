"""Tables for researchers from a built graph: OxCGRT's indicator layout (oxcgrt) and CoronaNet-style events (events).

Both read the graph with SPARQL (readings), in-process or from an endpoint, and write CSV atomically (csvfile).
"""

from epikg.export.csvfile import write_csv
from epikg.export.events import COLUMNS as EVENT_COLUMNS
from epikg.export.events import events_table
from epikg.export.oxcgrt import (
    DEFAULT_CARRY_DAYS,
    INDICATORS,
    UNIT_LEVELS,
    LevelRule,
    LevelsError,
    Table,
    code_measure,
    level_rules,
    oxcgrt_table,
    parse_levels,
)
from epikg.export.readings import MeasureReading, PlaceRef, read_measures

__all__ = [
    "DEFAULT_CARRY_DAYS",
    "EVENT_COLUMNS",
    "INDICATORS",
    "UNIT_LEVELS",
    "LevelRule",
    "LevelsError",
    "MeasureReading",
    "PlaceRef",
    "Table",
    "code_measure",
    "events_table",
    "level_rules",
    "oxcgrt_table",
    "parse_levels",
    "read_measures",
    "write_csv",
]
