"""Query results as an aligned table (CJK characters count double), CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from epikg.store.results import QueryResult, Value

# --- output formats --------------------------------------------------------------------


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width (CJK) characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_table(result: QueryResult) -> str:
    """Aligned columns (numbers to the right), a rule under the header; CJK counted as double width."""
    cells = [[_cell(v).replace("\n", " ").replace("\r", " ") for v in row] for row in result.rows]
    widths = [display_width(c) for c in result.columns]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    numeric = [
        bool(result.rows) and all(isinstance(r[i], int | float) or r[i] is None for r in result.rows)
        for i in range(len(result.columns))
    ]

    def line(texts: list[str]) -> str:
        padded = [
            " " * (w - display_width(t)) + t if right else t + " " * (w - display_width(t))
            for t, w, right in zip(texts, widths, numeric, strict=True)
        ]
        return "  ".join(padded).rstrip()

    out = [line(list(result.columns)), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in cells)
    return "\n".join(out) + "\n"


def format_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([_cell(v) for v in row] for row in result.rows)
    return buffer.getvalue()


def format_json(result: QueryResult) -> str:
    return (
        json.dumps({"columns": list(result.columns), "rows": result.as_dicts()}, ensure_ascii=False, indent=2)
        + "\n"
    )


FORMATS = {"table": format_table, "csv": format_csv, "json": format_json}
