"""`epikg export oxcgrt` and `epikg export events`: thin click commands over epikg.export.

Registered on the `epikg` group by the CLI module; errors are epikg.cli.errors.UserError (one line, exit 2).
"""

from __future__ import annotations

from pathlib import Path

import click
from rdflib import Graph

from epikg.cli.errors import UserError
from epikg.export import DEFAULT_CARRY_DAYS, UNIT_LEVELS, events_table, oxcgrt_table, read_measures, write_csv
from epikg.export.events import COLUMNS as EVENT_COLUMNS


def read_kg(path: Path) -> Graph:
    """A built graph from Turtle, or N-Triples when the file ends in .nt."""
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a Turtle or N-Triples file")
    if not path.is_file():
        raise UserError(f"no such file: {path}")
    from epikg.cli.errors import read_rdf

    return read_rdf(path, "nt" if path.suffix.lower() == ".nt" else "turtle")


def _check_output(output: str) -> None:
    from epikg.build.output import OutputError, check_output_path

    try:
        check_output_path(output)
    except OutputError as exc:
        raise UserError(str(exc)) from exc


_KG = click.argument("kg", type=click.Path(path_type=Path))
_OUTPUT = click.option(
    "-o", "--output", default="-", show_default=True, help="CSV file to write (atomically), or - for stdout."
)


@click.group("export")
def export_group() -> None:
    """Tables from a built graph (Turtle, or N-Triples ending in .nt)."""


@export_group.command("oxcgrt")
@_KG
@_OUTPUT
@click.option(
    "--level",
    type=click.Choice(UNIT_LEVELS),
    default="county",
    show_default=True,
    help="Rows per county (township and village measures roll up through stated containment; a whole city's "
    "reach the counties stated in it) or per township.",
)
@click.option(
    "--carry-days",
    type=click.IntRange(min=1),
    default=DEFAULT_CARRY_DAYS,
    show_default=True,
    help="Days a measure holds, its own included, when no end or lifting is reported.",
)
def oxcgrt_command(kg: Path, output: str, level: str, carry_days: int) -> None:
    """One row per place and day with a measure in force, in OxCGRT's indicator layout."""
    _check_output(output)
    table = oxcgrt_table(read_measures(graph=read_kg(kg)), level=level, carry_days=carry_days)
    count = write_csv(table.columns, table.rows, output)
    places = len({row[table.columns.index("PlaceIRI")] for row in table.rows})
    click.echo(f"wrote {count} row(s) for {places} {level} place(s) to {_where(output)}", err=True)
    for why, n in table.left_out.items():
        click.echo(f"left out {n} coded measure(s): {why}", err=True)


@export_group.command("events")
@_KG
@_OUTPUT
def events_command(kg: Path, output: str) -> None:
    """One row per measure: date, place, category and its tracker codes, body, numbers, article and quote."""
    _check_output(output)
    count = write_csv(EVENT_COLUMNS, events_table(read_measures(graph=read_kg(kg))), output)
    click.echo(f"wrote {count} measure(s) to {_where(output)}", err=True)


def _where(output: str) -> str:
    return "stdout" if output == "-" else output
