"""An event table in CoronaNet's manner: one row per measure reading, with its evidence.

Each row says when (the dates the sentence states, and the publication date), where (the
place, its level and code, and the county articles state it lies in), what (category,
phase, and the category's OxCGRT, CoronaNet and WHO PHSM codes), who ordered it, the
numbers that belong to it, and the article and sentence it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from epikg.export.readings import MeasureReading

COLUMNS = (
    "record_id", "date", "date_start", "date_end", "date_published", "phase",
    "place", "place_level", "place_code", "county", "county_code",
    "category", "category_label", "oxcgrt", "coronanet", "who_phsm",
    "ordered_by", "numbers", "trigger", "article", "quote",
)  # fmt: skip


def events_table(readings: Sequence[MeasureReading]) -> list[tuple[str, ...]]:
    """One row per reading, ordered by day (undated last), article and place in the text."""
    ordered = sorted(readings, key=lambda r: (r.day is None, r.day or date.min, r.article, r.begin, r.iri))
    return [_row(r) for r in ordered]


def _row(reading: MeasureReading) -> tuple[str, ...]:
    place = reading.place
    county = reading.unit("county")
    codes = reading.codes
    return (
        reading.iri,
        _iso(reading.day),
        _iso(reading.start),
        _iso(reading.end),
        _iso(reading.published),
        reading.phase,
        place.name if place else "",
        (place.level or "") if place else "",
        (place.code or "") if place else "",
        county.name if county else "",
        (county.code or "") if county else "",
        reading.category,
        codes.label,
        " ".join(codes.oxcgrt),
        "; ".join(codes.coronanet),
        " ".join(codes.phsm),
        reading.ordered_by or "",
        "; ".join(reading.quantities),
        reading.trigger,
        reading.article,
        reading.quote,
    )


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""
