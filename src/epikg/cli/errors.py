"""How the `epikg` command reports errors: one line on stderr, naming the file and the position.

User errors (exit 2), click's usage errors (exit 2, with the command to ask for help) and files that do not
parse (with the line and column where the parser gives them) all print `epikg: error: ...`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rdflib import Graph

EXIT_ERROR = 2


class UserError(click.ClickException):
    """A problem the user can fix, reported as one line with exit code 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:  # noqa: ANN001
        click.echo(f"epikg: error: {one_line(self.format_message())}", err=True)


def one_line(text: str) -> str:
    """The text with its line breaks folded into spaces, so an error never spans lines."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def show_click_error(exc: click.ClickException) -> None:
    """One line for any click error; a usage error says which command's help to read."""
    if isinstance(exc, UserError) or type(exc).__name__ == "NoArgsIsHelpError":
        exc.show()  # a group called without a command shows its help, as asked
        return
    message = one_line(exc.format_message())
    if isinstance(exc, click.UsageError) and exc.ctx is not None:
        message = f"{message} (see {exc.ctx.command_path} --help)"
    click.echo(f"epikg: error: {message}", err=True)


class OneLineErrorGroup(click.Group):
    """A group whose usage and click errors print as one line (exit 2) instead of click's usage block."""

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        prog_name = prog_name or self.name
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            show_click_error(exc)
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("epikg: aborted", err=True)
            sys.exit(EXIT_ERROR)
        sys.exit(code if isinstance(code, int) else 0)


class LazyGroup(OneLineErrorGroup):
    """A group whose subcommands are imported when one is run or listed (`name: "module:attribute"`), so that
    running one command does not import what the others need (rdflib, the store's client, the exporters)."""

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            import importlib

            module, attribute = self.lazy[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


def parse_position(exc: BaseException, path: Path | None = None) -> str | None:
    """'line L, column C' of a parse error, where the parser tells it (rdflib's Turtle, pyparsing's, Oxigraph's)."""
    lines, offset, text = getattr(exc, "lines", None), getattr(exc, "_i", None), getattr(exc, "_str", None)
    if isinstance(lines, int):  # rdflib's notation3 BadSyntax: 0-based line, offset into the text
        if isinstance(offset, int) and isinstance(text, bytes | str):
            raw = text if isinstance(text, bytes) else text.encode("utf-8")
            if isinstance(text, str):
                offset = len(text[:offset].encode("utf-8"))
            start = raw.rfind(b"\n", 0, offset) + 1
            column = len(raw[start:offset].decode("utf-8", errors="replace")) + 1
            return f"line {lines + 1}, column {column}"
        return f"line {lines + 1}"
    lineno, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    if isinstance(lineno, int) and isinstance(col, int):  # pyparsing's ParseException (SPARQL)
        return f"line {lineno}, column {col}"
    offset = getattr(exc, "offset", None) if isinstance(exc, SyntaxError) else None
    if isinstance(lineno, int) and isinstance(offset, int):  # Oxigraph's (epikg.store.local), as Python's own
        return f"line {lineno}, column {offset}"
    line = _invalid_ntriples_line(exc, path)
    return f"line {line}" if line else None


def _invalid_ntriples_line(exc: BaseException, path: Path | None) -> int | None:
    """rdflib's N-Triples parser names the bad line's text, not its number: find it in the file."""
    message = str(exc)
    if path is None or not message.startswith("Invalid line: "):
        return None
    wanted = message.removeprefix("Invalid line: ").strip().strip("'\"")
    try:
        with path.open(encoding="utf-8", errors="replace") as lines:
            return next(
                (n for n, line in enumerate(lines, 1) if wanted and line.strip().endswith(wanted)), None
            )
    except OSError:
        return None


def parse_reason(exc: BaseException) -> str:
    """Why the parser stopped, in one line (rdflib's BadSyntax keeps it apart from its excerpt)."""
    why = getattr(exc, "_why", None)
    if isinstance(why, str) and why:
        return one_line(why)
    message = getattr(exc, "msg", None) if hasattr(exc, "lineno") else None
    text = message if isinstance(message, str) and message else str(exc)
    return one_line(text) or type(exc).__name__


def not_valid(path: Path, exc: BaseException, language: str) -> UserError:
    """The error for a file that does not parse: the file, the position and the reason, on one line."""
    position = parse_position(exc, path)
    where = f" ({position})" if position else ""
    return UserError(f"{path} is not valid {language}{where}: {parse_reason(exc)}")


def rdf_file(path: Path, language: str) -> None:
    """A UserError unless `path` is a file (it is a folder, or there is none)."""
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a {language} file")
    if not path.is_file():
        raise UserError(f"no such file: {path}")


def read_rdf(path: Path, fmt: str = "turtle") -> Graph:
    """A graph from a Turtle (or, with fmt='nt', N-Triples) file; a UserError naming the file otherwise."""
    language = "N-Triples" if fmt == "nt" else "Turtle"
    rdf_file(path, language)
    from rdflib import Graph  # here: the commands that read no RDF file (build) need not load rdflib

    try:
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types for a bad file
        raise not_valid(path, exc, language) from exc


def open_store(path: Path):  # noqa: ANN201 - a pyoxigraph Store
    """A Turtle or N-Triples file (by its suffix) straight into an in-memory Oxigraph store (`query --graph`,
    `eval --graph`); a UserError naming the file otherwise."""
    from epikg.store.local import LANGUAGES, file_format, load_error, open_graph

    language = LANGUAGES[file_format(path)]
    rdf_file(path, language)
    try:
        return open_graph(path)
    except SyntaxError as exc:
        raise not_valid(path, exc, language) from exc
    except OSError as exc:
        raise UserError(str(load_error(path, exc))) from exc
