"""What `epikg build` writes: sorted N-Triples or Turtle by suffix or --format, the same bytes in any page order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph
from rdflib.compare import isomorphic

from epikg.build.output import OutputError, output_format, write_ntriples
from epikg.cli import cli


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three seed articles, copied so that tests can give them in any order."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    folder = tmp_path_factory.mktemp("pages")
    for path in sorted(seeds.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    return sorted(folder.glob("*.txt"))


@pytest.mark.parametrize(
    ("output", "requested", "expected"),
    [
        ("kg.nt", None, "nt"),
        ("kg.ttl", None, "turtle"),
        ("kg.NT", None, "nt"),
        ("kg.txt", None, "turtle"),
        ("-", None, "turtle"),
        ("-", "nt", "nt"),
        ("kg.ttl", "nt", "nt"),
        ("kg.nt", "ttl", "turtle"),
    ],
)
def test_the_format_follows_the_suffix_unless_asked(
    output: str, requested: str | None, expected: str
) -> None:
    assert output_format(output, requested) == expected


def test_an_unknown_format_is_an_error() -> None:
    with pytest.raises(OutputError):
        output_format("kg.nt", "xml")


def test_ntriples_are_sorted_distinct_lines_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "kg.nt"
    assert write_ntriples(["<b> <p> <o> .", "<a> <p> <o> .", "<b> <p> <o> ."], str(out)) == 2
    assert out.read_text(encoding="utf-8") == "<a> <p> <o> .\n<b> <p> <o> .\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.nt"]


def test_ntriples_are_the_same_bytes_whatever_the_order_of_the_pages(
    tmp_path: Path, pages: list[Path]
) -> None:
    forward, backward = tmp_path / "forward.nt", tmp_path / "backward.nt"
    assert run("build", *map(str, pages), "-o", str(forward), "--no-model", "-q").exit_code == 0
    result = run("build", *map(str, reversed(pages)), "-o", str(backward), "--no-model", "-q")
    assert result.exit_code == 0, result.output
    data = forward.read_bytes()
    assert data == backward.read_bytes()
    lines = data.decode("utf-8").splitlines()
    assert lines == sorted(set(lines)) and data.endswith(b" .\n")


def test_turtle_and_ntriples_hold_the_same_graph(tmp_path: Path, pages: list[Path]) -> None:
    assert run("build", str(pages[0]), "-o", str(tmp_path / "kg.ttl"), "--no-model", "-q").exit_code == 0
    result = run("build", str(pages[0]), "-o", "-", "--format", "nt", "--no-model", "-q")
    assert result.exit_code == 0, result.output
    assert not result.stdout.startswith("@prefix")
    turtle = Graph().parse(tmp_path / "kg.ttl", format="turtle")
    assert isomorphic(turtle, Graph().parse(data=result.stdout, format="nt"))
