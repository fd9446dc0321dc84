"""SHACL shapes, tested as data (pySHACL's style): one Turtle file per case in tests/data/shapes/.

File names say what they show:

- ``<shape>_conforms[_<what>].ttl`` must conform to ontology/shapes.ttl;
- ``<shape>_violates_<what>.ttl`` breaks exactly one constraint, named in the file by one line
  ``# expect: <constraint component local name> [<path> | sparql]``.

``<shape>`` is the node shape's local name, lowercased, without "Shape" (ek:SpanShape -> ``span``).
The path is a prefixed name (``ek:inArticle``), ``^`` before one for an inverse path
(``^ek:refersTo``), ``sparql`` for a SPARQL-based constraint, or nothing for a node-level
constraint (its result then has no sh:resultPath). The expected result may be a top-level result
or a nested sh:detail (constraints of ek:SpanShape are reached through sh:node).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.term import Node

from epikg.rdf.namespaces import EK, NIF, ORG, SCHEMA, SH
from epikg.validate import Report, shapes_graph, validate

SHAPES_DIR = Path(__file__).resolve().parent / "data" / "shapes"
PREFIXES = {"ek": EK, "nif": NIF, "org": ORG, "schema": SCHEMA}
EXPECT_LINE = re.compile(r"^#\s*expect:\s*(?P<component>\w+)(?:\s+(?P<path>\S+))?\s*$")
NAME = re.compile(r"^(?P<shape>[a-z]+)_(?P<kind>conforms|violates)(?:_(?P<what>\w+))?$")

CONFORMING = sorted(SHAPES_DIR.glob("*_conforms*.ttl"))
VIOLATING = sorted(SHAPES_DIR.glob("*_violates_*.ttl"))


@dataclass(frozen=True)
class Expected:
    component: URIRef
    path: str | None  # "ek:foo", "^ek:foo", "sparql", or None for a node-level constraint

    def __str__(self) -> str:
        return f"{self.component.removeprefix(str(SH))} {self.path or '(no path)'}"


def expectations(path: Path) -> list[Expected]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = EXPECT_LINE.match(line)
        if match:
            found.append(Expected(SH[match["component"]], match["path"]))
    return found


def expand(prefixed: str) -> URIRef:
    prefix, _, local = prefixed.partition(":")
    assert prefix in PREFIXES, f"unknown prefix in expected path {prefixed!r}"
    return PREFIXES[prefix][local]


def path_matches(report: Graph, result: Node, expected: Expected) -> bool:
    actual = report.value(result, SH.resultPath)
    if expected.path is None or expected.path == "sparql":
        return actual is None
    if expected.path.startswith("^"):
        return actual is not None and report.value(actual, SH.inversePath) == expand(expected.path[1:])
    return actual == expand(expected.path)


def all_results(report: Graph) -> list[Node]:
    """Every validation result, top-level or nested under sh:detail."""
    return list(report.subjects(RDF.type, SH.ValidationResult))


def top_level_results(report: Graph) -> list[Node]:
    return list(report.objects(None, SH.result))


def load(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def shape_names() -> set[str]:
    names = set()
    for shape in shapes_graph().subjects(RDF.type, SH.NodeShape):
        assert isinstance(shape, URIRef) and shape.startswith(str(EK)), f"unexpected node shape {shape}"
        local = shape.removeprefix(str(EK))
        assert local.endswith("Shape"), f"node shape {shape} is not named <Something>Shape"
        names.add(local.removesuffix("Shape").lower())
    return names


@pytest.mark.parametrize("path", CONFORMING, ids=lambda p: p.stem)
def test_conforming_file_conforms(path: Path) -> None:
    report = validate(load(path))
    assert report.conforms, report.text


@pytest.mark.parametrize("path", VIOLATING, ids=lambda p: p.stem)
def test_violating_file_fails_with_the_expected_constraint(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect: <component> [<path>]' line"

    report: Report = validate(load(path))

    assert not report.conforms, f"{path.name} conforms but should break: {', '.join(map(str, expected))}"
    results = all_results(report.graph)
    for exp in expected:
        assert any(
            report.graph.value(r, SH.sourceConstraintComponent) == exp.component
            and path_matches(report.graph, r, exp)
            for r in results
        ), f"{path.name}: no result for {exp}; report:\n{report.text}"
    # Exactly one constraint broken per expect line: no collateral violations hiding in the fixture.
    assert len(top_level_results(report.graph)) == len(expected), report.text


@pytest.mark.parametrize("path", VIOLATING, ids=lambda p: p.stem)
def test_violating_file_says_what_is_broken_in_its_first_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and not EXPECT_LINE.match(first), first


def test_sparql_violation_carries_the_shapes_message() -> None:
    report = validate(load(SHAPES_DIR / "span_violates_end_past_raw_length.ttl"))
    messages = {str(m) for m in report.graph.objects(None, SH.resultMessage)}
    assert "span ends past the end of its article's raw page" in messages


def test_every_node_shape_has_a_conforming_and_a_violating_file() -> None:
    shapes = shape_names()
    assert {"article", "sentence", "mention", "credit", "person", "place", "organization", "span"} <= shapes
    conforming = {NAME.match(p.stem)["shape"] for p in CONFORMING}
    violating = {NAME.match(p.stem)["shape"] for p in VIOLATING}
    assert not shapes - conforming, (
        f"node shapes without a *_conforms.ttl file: {sorted(shapes - conforming)}"
    )
    assert not shapes - violating, (
        f"node shapes without a *_violates_*.ttl file: {sorted(shapes - violating)}"
    )


def test_every_shape_fixture_is_named_after_an_existing_shape() -> None:
    shapes = shape_names()
    for path in SHAPES_DIR.iterdir():
        match = NAME.match(path.stem)
        assert path.suffix == ".ttl" and match, f"{path.name} is not <shape>_conforms|violates[_<what>].ttl"
        assert match["shape"] in shapes, f"{path.name}: no node shape ek:{match['shape'].title()}Shape"
        assert match["kind"] == "conforms" or match["what"], f"{path.name}: say what it violates"
