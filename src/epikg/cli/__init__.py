"""The `epikg` command: thin click wrappers that check options, call the library and print.

Turtle goes to a file or stdout; progress, summaries and errors go to stderr.
Errors are one line, never a traceback (set EPIKG_DEBUG=1 to see one).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from epikg import __version__
from epikg.cli.errors import LazyGroup, UserError, one_line, open_store, rdf_file, read_rdf

if TYPE_CHECKING:
    from rdflib import Graph

    from epikg.build.union import PageUnion

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
__all__ = ["UserError", "cli", "main"]

LAZY_COMMANDS = {
    "query": "epikg.cli.store:query_command",
    "serve": "epikg.cli.store:serve_command",
    "load": "epikg.cli.store:load_command",
    "report": "epikg.cli.report:report_command",
    "export": "epikg.cli.export:export_group",
}
"""Commands imported only when run (or listed by --help): a build need not import the store's client or the
exporters, nor rdflib through them."""


def check_output_path(output: str) -> Path | None:
    """Fail before any work when the output cannot be written (as a one-line user error)."""
    from epikg.build.output import OutputError
    from epikg.build.output import check_output_path as check

    try:
        return check(output)
    except OutputError as exc:
        raise UserError(str(exc)) from exc


@click.group(
    name="epikg",
    cls=LazyGroup,
    lazy=LAZY_COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="epikg")
def cli() -> None:
    """Turn Chinese local epidemic-prevention news into a validated knowledge graph."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    default="kg.ttl",
    show_default=True,
    help="File to write (.ttl Turtle, .nt sorted N-Triples), - for stdout, or a folder (ending in /) of "
    "N-Triples parts and a manifest.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "nt"], case_sensitive=False),
    default=None,
    help="Output format; default: by the output's suffix (.nt is N-Triples), else Turtle.",
)
@click.option(
    "--ner-model",
    default=None,
    help="A local HanLP model folder or a HanLP pretrained identifier (needs a network). Default: the model shipped with epikg.",
)
@click.option(
    "--ner-engine",
    type=click.Choice(["hanlp", "arrays"]),
    default="hanlp",
    show_default=True,
    help="What runs the model: HanLP on torch (int8), or numpy on the model folder's arrays.npz (float32, "
    "no torch; tools/export_ner_arrays.py writes it).",
)
@click.option("--no-model", is_flag=True, help="Use the genre rules alone, without the NER model.")
@click.option(
    "--rules",
    "rules",
    type=click.Path(path_type=Path),
    default=None,
    help="A folder of data files that extend the shipped ones of the same names (their lines are added).",
)
@click.option(
    "-j",
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes, each loading the model once. Default: the number of cores.",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of per-page results reused by later builds. Default: .epikg-cache/ beside the output.",
)
@click.option("--no-cache", is_flag=True, help="Build every page again, and store nothing.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Build on a Dask cluster: its scheduler's address, e.g. tcp://10.0.0.5:8786 (see README).",
)
@click.option(
    "--part-size",
    type=click.IntRange(min=1),
    default=None,
    metavar="PAGES",
    help="With a parts folder as output: pages per part. Default: 1000.",
)
@click.option(
    "--page-timeout",
    type=click.FloatRange(min=0),
    default=None,
    help="Seconds a page may take before it is skipped, its worker stopped; 0: no limit. Default: 600.",
)
@click.option(
    "--max-page-size",
    default=None,
    metavar="SIZE",
    help="Skip pages larger than SIZE bytes (suffixes KB, MB: 10MB is 10,000,000 bytes); 0: no limit. Default: 2MB.",
)
@click.option("-q", "--quiet", is_flag=True, help="No per-document progress.")
@click.option("-v", "--verbose", is_flag=True, help="Also list every line dropped as boilerplate, per page.")
def build(
    inputs: tuple[Path, ...],
    output: str,
    fmt: str | None,
    ner_model: str | None,
    ner_engine: str,
    no_model: bool,
    rules: Path | None,
    workers: int | None,
    cache_dir: Path | None,
    no_cache: bool,
    scheduler: str | None,
    part_size: int | None,
    page_timeout: float | None,
    max_page_size: str | None,
    quiet: bool,
    verbose: bool,
) -> None:
    """Build pages (.txt, .html; files or folders) into one graph (Turtle or N-Triples), validated before it is written."""
    from epikg.build.cache import Cache, FingerprintMemo, default_cache_dir, fingerprint
    from epikg.build.local import DEFAULT_MAX_PAGE_BYTES, DEFAULT_PAGE_TIMEOUT, default_workers
    from epikg.build.output import OutputError, output_format, write_graph
    from epikg.cli.progress import BuildProgress
    from epikg.document import ModelError, check_rules
    from epikg.errors import ClusterError, IngestError, LexiconError
    from epikg.lexicon import RulesError, set_rules_dir
    from epikg.pipeline import BuildOptions, build_validated, type_counts
    from epikg.rdf.plain import EK

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")
    parts = _check_parts_output(output, fmt, part_size)
    if not parts:
        check_output_path(output)
        fmt = output_format(output, fmt)
    if scheduler is not None and workers is not None:
        raise UserError("give --workers (this machine) or --scheduler (a Dask cluster), not both")
    max_bytes = DEFAULT_MAX_PAGE_BYTES if max_page_size is None else _page_size(max_page_size)
    timeout = DEFAULT_PAGE_TIMEOUT if page_timeout is None else page_timeout

    progress = BuildProgress(terminal=sys.stderr.isatty(), quiet=quiet)
    try:
        set_rules_dir(rules)  # before any data file is read, in this process and (passed on) in the workers
        if rules is not None:
            check_rules()  # a file of the folder that cannot be read: one error now, not one per page
    except RulesError as exc:
        raise UserError(str(exc)) from exc
    except LexiconError as exc:
        raise UserError(f"--rules {rules}: {exc}") from exc
    options = BuildOptions(ner_model=ner_model, use_model=not no_model, ner_engine=ner_engine)
    beside = output if not parts or _local_parts(output) else "-"  # a remote folder: the user's cache folder
    folder = cache_dir or default_cache_dir(beside)
    memo = FingerprintMemo(folder)
    cache = None if no_cache else Cache(folder, fingerprint(options, rules=rules, memo=memo), memo=memo)
    try:
        result, report = build_validated(
            inputs,
            options,
            progress=progress,
            workers=workers or default_workers(),
            cache=cache,
            scheduler=scheduler,
            started=lambda total: progress.found(total, model=options.use_model),
            keep_extractions=False,  # the command writes the triples; holding every extraction grew with the pages
            page_timeout=timeout or None,
            max_page_bytes=max_bytes or None,
            keep_lines=parts,  # a parts folder is written page by page; one file from the union, streamed
            setting_aside=progress.setting_aside,
        )
    except (ModelError, IngestError, ClusterError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        progress.close()
    lines = result.union().lines  # sorted, distinct, streamed as they are (Turtle too: no rdflib graph)
    entities = {
        cls.rsplit("#", 1)[-1]: n
        for cls, n in type_counts(lines, (f"{EK}Person", f"{EK}Place", f"{EK}Organization")).items()
        if n
    }
    counts = "".join(f", {n} {name.lower()}s" for name, n in sorted(entities.items()))
    click.echo(
        f"built {len(result.documents)} document(s), skipped {len(result.skipped)}; {len(lines)} triples{counts}",
        err=True,
    )
    for skipped in result.skipped:
        click.echo(f"  skipped {skipped.path}: {skipped.reason}", err=True)
    if cache is not None and cache.hits:
        corrupt = f"; {cache.corrupt} damaged entry(ies) recomputed" if cache.corrupt else ""
        click.echo(f"reused {cache.hits} page(s) from the cache {cache.folder}{corrupt}", err=True)
    if result.ignored:
        hint = "" if verbose else " (-v lists them)"
        click.echo(
            f"ignored {len(result.ignored)} file(s) that are not pages (.txt, .html, .htm){hint}", err=True
        )
        for path in result.ignored if verbose else ():
            click.echo(f"  ignored {path}", err=True)
    for path, notes in result.notes.items():
        for note in notes:
            click.echo(f"  note {path}: {note}", err=True)
    _report_removed(result.removed, verbose=verbose)
    if not result.documents:
        click.echo("epikg: nothing was built; no output written", err=True)
        sys.exit(EXIT_INVALID)
    if not report.conforms:
        click.echo(report.text, err=True)
        _report_pages_at_fault(report.text, result.union())
        click.echo("epikg: the graph does not conform to the shapes; no output written", err=True)
        sys.exit(EXIT_INVALID)
    written = output
    try:
        if parts:
            written = _write_parts(result, output, part_size)
        else:
            write_graph(lines, output, fmt, ordered=True)
    except OutputError as exc:
        raise UserError(str(exc)) from exc
    if output != "-":
        click.echo(f"wrote {written} (conforms to the shapes of ontology/)", err=True)


def _local_parts(output: str) -> bool:
    from epikg.build.parts import local_path

    return local_path(output) is not None


def _check_parts_output(output: str, fmt: str | None, part_size: int | None) -> bool:
    """Whether the output is a parts folder (checked writable before any work); --part-size needs one."""
    from epikg.build.output import OutputError
    from epikg.build.parts import check_parts_output, is_parts_output

    try:
        parts = is_parts_output(output)
        if parts:
            check_parts_output(output)
    except OutputError as exc:
        raise UserError(str(exc)) from exc
    if parts and fmt is not None and fmt.lower() != "nt":
        raise UserError(f"{output} is a folder: its parts are N-Triples (--format nt), not {fmt}")
    if part_size is not None and not parts:
        raise UserError("--part-size goes with a folder as output (-o OUT/)")
    return parts


def _write_parts(result, output: str, part_size: int | None) -> str:  # noqa: ANN001 - a BuildResult
    """The parts and the manifest written; what was written, for the closing line."""
    from epikg.build.parts import MANIFEST, PAGES_PER_PART, write_parts

    manifest = write_parts(
        result.documents, result.skipped, output, pages_per_part=part_size or PAGES_PER_PART
    )
    return f"{output} ({len(manifest.parts)} N-Triples part(s) and {MANIFEST})"


_SIZE_UNITS = {"": 1, "b": 1, "kb": 1000, "k": 1000, "mb": 1_000_000, "m": 1_000_000, "gb": 10**9, "g": 10**9}


def _page_size(text: str) -> int:
    """`--max-page-size`: bytes, or a number with KB, MB or GB (powers of 1000)."""
    import re

    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    unit = found.group(2).lower() if found else None
    if found is None or unit not in _SIZE_UNITS:
        raise click.BadParameter(
            f"{text!r} is no size (bytes, or a number with KB, MB or GB)", param_hint="--max-page-size"
        )
    return int(float(found.group(1)) * _SIZE_UNITS[unit])


def _report_pages_at_fault(report: str, union: PageUnion) -> None:
    """Each node a violation is about, with the pages at fault: those that describe it differently, else those
    whose readings lead to it (pages valid alone disagree there)."""
    import re

    for node in dict.fromkeys(re.findall(r"Focus Node: (\S+)", report)):
        if pages := union.pages_at_fault(f"<{node}>"):
            more = f" and {len(pages) - 10} more" if len(pages) > 10 else ""
            click.echo(f"  pages at {node}: {', '.join(pages[:10])}{more}", err=True)


def _report_removed(removed: dict[str, tuple[str, ...]], *, verbose: bool) -> None:
    """How many lines each page lost as boilerplate; with `verbose`, the lines themselves."""
    if not removed:
        return
    total = sum(len(lines) for lines in removed.values())
    hint = "" if verbose else " (-v lists them)"
    click.echo(f"removed {total} boilerplate line(s) from {len(removed)} page(s){hint}", err=True)
    if verbose:
        for path, lines in removed.items():
            click.echo(f"  {path}: {len(lines)} line(s)", err=True)
            for line in lines:
                click.echo(f"    - {line}", err=True)


@cli.command(name="validate")
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option(
    "--engine",
    type=click.Choice(["fast", "pyshacl"]),
    default="fast",
    show_default=True,
    help="epikg's own SHACL engine, or pySHACL (the reference it is tested against; many times slower).",
)
def validate_command(graph_file: Path, engine: str) -> None:
    """Validate a Turtle graph against epikg's SHACL shapes: exit 0 conforms, 1 violations, 2 error."""
    from epikg.validate import validate, validate_file

    if engine == "pyshacl":
        report = validate(_read_turtle(graph_file), engine="pyshacl")
    else:
        rdf_file(graph_file, "Turtle")
        try:
            report = validate_file(graph_file, engine="fast")
        except SyntaxError:  # pyoxigraph's; rdflib's parser says where and why as the other commands do
            report = validate(_read_turtle(graph_file), engine="fast")
    click.echo(report.text)
    sys.exit(EXIT_OK if report.conforms else EXIT_INVALID)


@cli.command(name="eval")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder of <doc_id>.gold.json files.",
)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(path_type=Path),
    help="Score a built graph instead of building INPUTS.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors", is_flag=True, help="Also list every false positive and false negative per document."
)
@click.option(
    "--floors", type=click.Path(path_type=Path), help="JSON of minimum F1 per field; exit 1 if any is missed."
)
@click.option("--ner-model", default=None, help="As for build.")
@click.option("--ner-engine", type=click.Choice(["hanlp", "arrays"]), default="hanlp", help="As for build.")
@click.option("--no-model", is_flag=True, help="As for build: genre rules alone.")
@click.option("--no-rules", is_flag=True, help="The NER model's raw mentions alone, without the genre layer.")
def eval_command(
    gold_dir: Path,
    inputs: tuple[Path, ...],
    graph_file: Path | None,
    as_json: bool,
    errors: bool,
    floors: Path | None,
    ner_model: str | None,
    ner_engine: str,
    no_model: bool,
    no_rules: bool,
) -> None:
    """Score the graph built from INPUTS (or --graph) against gold annotations (gold-format.md)."""
    import json

    from epikg.document import ModelError
    from epikg.evaluation.documents import GoldError, read_gold_dir, read_predicted
    from epikg.evaluation.report import evaluate, format_errors, format_table
    from epikg.pipeline import BuildOptions
    from epikg.pipeline import build as run_build
    from epikg.read.ingest import IngestError

    if not gold_dir.is_dir():
        raise UserError(f"no such gold folder: {gold_dir}")
    if graph_file is None and not inputs:
        raise UserError("give pages to build (INPUTS) or a built graph (--graph kg.ttl)")
    try:
        gold = read_gold_dir(gold_dir)
    except GoldError as exc:
        raise UserError(str(exc)) from exc
    if graph_file is not None:
        graph = open_store(graph_file)
    else:
        missing = [str(p) for p in inputs if not p.exists()]
        if missing:
            raise UserError(f"no such file or folder: {', '.join(missing)}")
        try:
            options = BuildOptions(
                ner_model=ner_model, use_model=not no_model, use_rules=not no_rules, ner_engine=ner_engine
            )
            result = run_build(inputs, options)
        except (ModelError, IngestError) as exc:
            raise UserError(str(exc)) from exc
        for skipped in result.skipped:
            click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
        graph = result.graph
    evaluation = evaluate(gold, read_predicted(graph))
    click.echo(json.dumps(evaluation.as_dict(), indent=2) if as_json else format_table(evaluation))
    if errors:
        click.echo(format_errors(evaluation))
    if floors is not None:
        below = _below_floors(evaluation.as_dict(), floors)
        for line in below:
            click.echo(f"epikg: below floor: {line}", err=True)
        if below:
            sys.exit(EXIT_INVALID)


def _below_floors(scores: dict, floors_file: Path) -> list[str]:
    import json

    try:
        floors = json.loads(floors_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot read floors {floors_file}: {exc}") from exc
    below = []
    for key, floor in floors.items():
        value = scores[key]["f1"] if isinstance(scores.get(key), dict) else scores.get(key)
        if value is None:
            raise UserError(f"{floors_file}: unknown score {key!r}")
        if value + 1e-9 < floor:
            below.append(f"{key} {value:.4f} < {floor:.4f}")
    return below


def _read_turtle(path: Path) -> Graph:
    return read_rdf(path, "turtle")


def main() -> None:
    """Entry point: run the CLI, turning any unexpected failure into one line on stderr."""
    try:
        cli.main(prog_name="epikg")
    except SystemExit:
        raise
    except Exception as exc:
        if os.environ.get("EPIKG_DEBUG"):
            raise
        click.echo(
            f"epikg: error: {type(exc).__name__}: {one_line(str(exc))} (set EPIKG_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(EXIT_ERROR)
