"""`epikg report KG -o report.html`: a thin click command over epikg.report.

Registered on the `epikg` group by the main CLI; errors are epikg.cli.errors.UserError (one line, exit 2).
"""

from __future__ import annotations

from pathlib import Path

import click

from epikg.cli.errors import UserError


@click.command(name="report")
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="The HTML page to write (one self-contained file).",
)
@click.option("--title", default="epikg report", show_default=True, help="The page's title.")
def report_command(graph_file: Path, output: Path, title: str) -> None:
    """Write one offline HTML page that shows a graph: measures per county, timelines, people, places, numbers."""
    from epikg.cli.errors import read_rdf
    from epikg.report import write_report
    from epikg.store import StoreError

    if output.is_dir():
        raise UserError(f"{output} is a folder; give a file name, e.g. -o {output / 'report.html'}")
    if not output.parent.is_dir():
        raise UserError(f"no such folder for the output: {output.parent}")
    graph = read_rdf(graph_file, "turtle")  # a file that does not parse is named with the line and column
    try:
        written = write_report(graph, output, title=title)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {written}", err=True)
