"""The SHACL Core shapes (ontology/shapes.ttl) give the same answer in two independent engines.

pySHACL (Python) and rdf-validate-shacl (JavaScript, Zazuko's port of TopQuadrant's shacl-js) each
validate every fixture of tests/data/shapes/ against the Core file alone; they must agree on whether it
conforms, and on which constraint each result reports (focus node, component, path).

The SHACL-SPARQL constraints (ontology/shapes-sparql.ttl) only pySHACL runs, so the fixtures that only a
SPARQL-based constraint catches (``SPARQL_ONLY``) conform to the Core file in both engines, and break only
with both files (tests/test_shapes.py checks that with pySHACL).

The JavaScript side needs Node.js and ``npm ci --prefix tools/shacl-core`` (what .ci/run does); without
them the tests skip and say why, unless EPIKG_REQUIRE_SECOND_SHACL=1 (set by CI) makes that a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, URIRef
from rdflib.namespace import SH

from epikg.rdf.vocabulary import ontology_dir
from epikg.validate import CORE_SHAPES, SHAPE_FILES, SPARQL_SHAPES, validate

ROOT = Path(__file__).resolve().parents[1]
SHAPES_DIR = ROOT / "tests" / "data" / "shapes"
ENGINE_DIR = ROOT / "tools" / "shacl-core"
FIXTURES = sorted(SHAPES_DIR.glob("*.ttl"))

# Fixtures that only a SHACL-SPARQL constraint catches: they conform to the Core file in both engines.
SPARQL_ONLY = {"span_violates_end_past_raw_length", "span_violates_post_past_raw_length"}

SPARQL_EXPECT = re.compile(r"^#\s*expect:\s*\w+\s+sparql\s*$", re.MULTILINE)

Signature = tuple[str, str, str]


def _unavailable() -> str | None:
    if shutil.which("node") is None:
        return "node is not on PATH (Node.js 20 runs the second SHACL engine)"
    if not (ENGINE_DIR / "node_modules" / "rdf-validate-shacl").is_dir():
        return "rdf-validate-shacl is not installed: run `npm ci --prefix tools/shacl-core`"
    return None


@pytest.fixture(scope="module")
def second_engine() -> dict[str, tuple[bool, list[Signature]]]:
    """Every fixture through rdf-validate-shacl, in one node process: stem -> (conforms, results)."""
    reason = _unavailable()
    if reason:
        if os.environ.get("EPIKG_REQUIRE_SECOND_SHACL") == "1":
            pytest.fail(f"EPIKG_REQUIRE_SECOND_SHACL=1 but {reason}")
        pytest.skip(reason)
    ontology = [p for p in sorted(ontology_dir().glob("*.ttl")) if p.name not in SHAPE_FILES]
    command = ["node", str(ENGINE_DIR / "validate.mjs"), "--shapes", str(ontology_dir() / CORE_SHAPES)]
    for path in ontology:
        command += ["--with", str(path)]
    done = subprocess.run(
        command + [str(p) for p in FIXTURES], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    answers = {}
    for line in done.stdout.splitlines():
        answer = json.loads(line)
        results = sorted((r["focus"], r["component"], r["path"] or "") for r in answer["results"])
        answers[Path(answer["file"]).stem] = (answer["conforms"], results)
    return answers


def _pyshacl_core(path: Path) -> tuple[bool, list[Signature]]:
    report = validate(Graph().parse(path, format="turtle"), core_only=True)
    results = []
    for result in report.graph.objects(None, SH.result):
        focus = report.graph.value(result, SH.focusNode)
        component = report.graph.value(result, SH.sourceConstraintComponent)
        path_node = report.graph.value(result, SH.resultPath)
        path_text = (
            "" if path_node is None else str(path_node) if isinstance(path_node, URIRef) else "complex"
        )
        results.append(("_:" if isinstance(focus, BNode) else str(focus), str(component), path_text))
    return report.conforms, sorted(results)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_both_engines_agree_on_the_core_shapes(path: Path, second_engine) -> None:
    ours = _pyshacl_core(path)
    theirs = second_engine[path.stem]
    assert ours[0] == theirs[0], (
        f"{path.name}: pySHACL conforms={ours[0]}, rdf-validate-shacl conforms={theirs[0]}"
    )
    assert ours[1] == theirs[1], (
        f"{path.name}: results differ\npySHACL: {ours[1]}\nrdf-validate-shacl: {theirs[1]}"
    )


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_core_file_decides_every_fixture_but_the_sparql_only_ones(path: Path) -> None:
    """A violating fixture breaks the Core shapes alone, except those SPARQL_ONLY names."""
    core_conforms, _ = _pyshacl_core(path)
    expected = "_conforms" in path.stem or path.stem in SPARQL_ONLY
    assert core_conforms == expected, f"{path.name}: Core-only conforms={core_conforms}"


def test_sparql_only_fixtures_are_those_expecting_a_sparql_result() -> None:
    expecting_sparql = {p.stem for p in FIXTURES if SPARQL_EXPECT.search(p.read_text(encoding="utf-8"))}
    assert expecting_sparql == SPARQL_ONLY


def test_core_file_has_no_sparql_and_the_sparql_file_only_sparql() -> None:
    core = Graph().parse(ontology_dir() / CORE_SHAPES, format="turtle")
    sparql = Graph().parse(ontology_dir() / SPARQL_SHAPES, format="turtle")
    assert not list(core.subject_objects(SH.sparql)) and not list(core.subject_objects(SH.declare))
    assert list(sparql.subject_objects(SH.sparql))
    for shape in sparql.subjects(RDF.type, SH.NodeShape):
        assert (shape, RDF.type, SH.NodeShape) in core, f"{shape} adds to no Core node shape"
        assert not list(sparql.objects(shape, SH.property)), (
            f"{shape}: property shapes belong in the Core file"
        )
