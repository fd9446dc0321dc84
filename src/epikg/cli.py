"""The `epikg` command: thin click wrappers that check options, call the library and print.

Turtle goes to a file or stdout; progress, summaries and errors go to stderr.
Errors are one line, never a traceback (set EPIKG_DEBUG=1 to see one).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import click
from rdflib import RDF, Graph

from epikg import __version__

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


class UserError(click.ClickException):
    """A problem the user can fix, reported as one line with exit code 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:  # noqa: ANN001
        click.echo(f"epikg: error: {self.format_message()}", err=True)


def write_atomically(text: str, output: str) -> None:
    """Write to a temporary file beside the target, then rename: readers never see half a file."""
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    if target.is_dir():
        raise UserError(f"{output} is a folder; give a file name such as {target / 'kg.ttl'}")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UserError(f"cannot write {output}: folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="epikg")
def cli() -> None:
    """Turn Chinese local epidemic-prevention news into a validated knowledge graph."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", default="kg.ttl", show_default=True, help="Turtle file to write, or - for stdout.")
@click.option(
    "--ner-model",
    default=None,
    help="A local HanLP model folder or a HanLP pretrained identifier (needs a network). Default: the model shipped with epikg.",
)
@click.option("--no-model", is_flag=True, help="Use the genre rules alone, without the NER model.")
@click.option("-q", "--quiet", is_flag=True, help="No per-document progress.")
def build(inputs: tuple[Path, ...], output: str, ner_model: str | None, no_model: bool, quiet: bool) -> None:
    """Build pages (.txt, .html; files or folders) into one Turtle graph, validated before it is written."""
    from epikg.ner.hanlp_model import NerModelError
    from epikg.pipeline import BuildOptions
    from epikg.pipeline import build as run_build
    from epikg.rdf.namespaces import EK
    from epikg.validate import validate

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")

    def progress(number: int, total: int, path: Path, error: str | None) -> None:
        if not quiet:
            status = f"skipped: {error}" if error else "ok"
            click.echo(f"[{number}/{total}] {path}: {status}", err=True)

    try:
        result = run_build(inputs, BuildOptions(ner_model=ner_model, use_model=not no_model), progress=progress)
    except NerModelError as exc:
        raise UserError(str(exc)) from exc
    graph = result.graph
    entities = Counter(
        str(cls).rsplit("#", 1)[-1]
        for cls in (EK.Person, EK.Place, EK.Organization)
        for _ in graph.subjects(RDF.type, cls)
    )
    click.echo(
        f"built {len(result.built)} document(s), skipped {len(result.skipped)}; {len(graph)} triples; "
        + ", ".join(f"{n} {name.lower()}s" for name, n in sorted(entities.items())),
        err=True,
    )
    for skipped in result.skipped:
        click.echo(f"  skipped {skipped.path}: {skipped.reason}", err=True)
    if not result.built:
        click.echo("epikg: nothing was built; no output written", err=True)
        sys.exit(EXIT_INVALID)
    report = validate(graph)
    if not report.conforms:
        click.echo(report.text, err=True)
        click.echo("epikg: the graph does not conform to the shapes; no output written", err=True)
        sys.exit(EXIT_INVALID)
    write_atomically(graph.serialize(format="turtle"), output)
    if output != "-":
        click.echo(f"wrote {output} (conforms to ontology/shapes.ttl)", err=True)


@cli.command(name="validate")
@click.argument("graph_file", type=click.Path(path_type=Path))
def validate_command(graph_file: Path) -> None:
    """Validate a Turtle graph against epikg's SHACL shapes: exit 0 conforms, 1 violations, 2 error."""
    from epikg.validate import validate

    if not graph_file.is_file():
        raise UserError(f"no such file: {graph_file}")
    try:
        data = Graph().parse(graph_file, format="turtle")
    except Exception as exc:  # rdflib raises many types for bad Turtle
        raise UserError(f"{graph_file} is not valid Turtle: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    report = validate(data)
    click.echo(report.text)
    sys.exit(EXIT_OK if report.conforms else EXIT_INVALID)


def main() -> None:
    """Entry point: run the CLI, turning any unexpected failure into one line on stderr."""
    try:
        cli.main(standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code if isinstance(exc, UserError) else EXIT_ERROR)
    except click.exceptions.Abort:
        click.echo("epikg: aborted", err=True)
        sys.exit(EXIT_ERROR)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:
        if os.environ.get("EPIKG_DEBUG"):
            raise
        click.echo(f"epikg: error: {type(exc).__name__}: {exc} (set EPIKG_DEBUG=1 for details)", err=True)
        sys.exit(EXIT_ERROR)
