"""Every error of the `epikg` command is one line on stderr, naming the file and position where there is one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from epikg.cli import cli

BAD_TURTLE = (
    '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "unclosed .\nex:d ex:e ex:f .\n'
)
GOOD_TURTLE = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def error_line(result: Result) -> str:
    """The one line on stderr, after checking that there is exactly one and that it is epikg's."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("epikg: error: "), lines[0]
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def bad_turtle(tmp_path: Path) -> Path:
    path = tmp_path / "broken.ttl"
    path.write_text(BAD_TURTLE, encoding="utf-8")
    return path


def test_validate_a_turtle_syntax_error_names_the_file_the_line_and_the_reason(bad_turtle: Path) -> None:
    result = run("validate", str(bad_turtle))

    assert result.exit_code == 2
    line = error_line(result)
    assert str(bad_turtle) in line
    assert "line 3, column" in line
    assert "newline found in string literal" in line
    assert result.stdout == ""


@pytest.mark.parametrize(
    "command",
    [
        ("query", "queries/county_leaders.rq", "--graph", "{bad}"),
        ("load", "{bad}", "--endpoint", "http://127.0.0.1:9/"),
        ("export", "oxcgrt", "{bad}", "-o", "{tmp}/out.csv"),
        ("export", "events", "{bad}", "-o", "{tmp}/events.csv"),
        ("report", "{bad}", "-o", "{tmp}/report.html"),
        ("eval", "--gold", "seeds", "--graph", "{bad}"),
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_every_command_that_reads_a_graph_names_the_file_and_line(
    command: tuple[str, ...], bad_turtle: Path, tmp_path: Path
) -> None:
    result = run(*(part.format(bad=bad_turtle, tmp=tmp_path) for part in command))

    assert result.exit_code == 2
    line = error_line(result)
    assert f"{bad_turtle} is not valid Turtle (line 3, column" in line


def test_ntriples_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.nt"
    path.write_text("<http://a> <http://b> <http://c> .\n<http://a> <http://b> oops .\n", encoding="utf-8")

    result = run("export", "events", str(path), "-o", str(tmp_path / "events.csv"))

    assert result.exit_code == 2
    assert f"{path} is not valid N-Triples (line 2)" in error_line(result)


def test_query_syntax_error_names_the_query_file_line_and_column(tmp_path: Path) -> None:
    graph = tmp_path / "kg.ttl"
    graph.write_text(GOOD_TURTLE, encoding="utf-8")
    query = tmp_path / "broken.rq"
    query.write_text("SELECT ?x\nWHERE { ?x ?y\n", encoding="utf-8")

    result = run("query", str(query), "--graph", str(graph))

    assert result.exit_code == 2
    line = error_line(result)
    assert f"{query} is not valid SPARQL (line " in line


def test_build_of_a_missing_input_is_one_line(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "kg.ttl"), "--no-model")

    assert result.exit_code == 2
    assert "no such file or folder" in error_line(result)


def test_missing_option_is_one_line_that_points_to_the_help() -> None:
    result = run("eval", "seeds")

    assert result.exit_code == 2
    line = error_line(result)
    assert "Missing option '--gold'" in line
    assert line.endswith("(see epikg eval --help)")


def test_missing_argument_is_one_line() -> None:
    result = run("build")

    assert result.exit_code == 2
    assert "Missing argument 'INPUTS...'" in error_line(result)


def test_unknown_option_is_one_line() -> None:
    result = run("validate", "--no-such-option", "kg.ttl")

    assert result.exit_code == 2
    line = error_line(result)
    assert "No such option '--no-such-option'" in line
    assert "(see epikg validate --help)" in line


def test_bad_value_is_one_line() -> None:
    result = run("build", "seeds", "--workers", "0")

    assert result.exit_code == 2
    line = error_line(result)
    assert "Invalid value for '-j' / '--workers'" in line
    assert "(see epikg build --help)" in line


def test_bad_choice_in_a_subcommand_is_one_line(tmp_path: Path) -> None:
    result = run("export", "oxcgrt", "kg.ttl", "--level", "galaxy")

    assert result.exit_code == 2
    assert "(see epikg export oxcgrt --help)" in error_line(result)


def test_unknown_command_is_one_line() -> None:
    result = run("bulid")

    assert result.exit_code == 2
    assert "No such command 'bulid'" in error_line(result)


def test_help_and_version_still_exit_0() -> None:
    assert run("--help").exit_code == 0
    assert run("build", "--help").exit_code == 0
    version = run("--version")
    assert version.exit_code == 0
    assert version.stdout.startswith("epikg, version")
