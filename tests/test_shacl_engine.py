"""epikg's own SHACL engine (epikg.shacl) against pySHACL, the reference: the same verdict and the same
results (focus node, path, component, value, messages, nested details), the same text report and first
message, on every shapes fixture, on the seeds' graph and on broken copies of it; and a shapes graph it
cannot run is refused, never half-run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

import epikg.validate as validation
from epikg.cli import cli
from epikg.rdf.namespaces import EK, NIF, SCHEMA
from epikg.shacl import Engine, UnsupportedShape
from epikg.validate import Report, drop_bad_readings, first_violation, ontology_graph, validate, validate_file

SHAPES_DIR = Path(__file__).resolve().parent / "data" / "shapes"
FIXTURES = sorted(SHAPES_DIR.glob("*.ttl"))


def signatures(report: Report) -> list[tuple]:
    """Every result of the report graph, nested ones too: (focus, path, component, value, messages)."""
    graph = report.graph
    found = []
    for result in graph.subjects(RDF.type, SH.ValidationResult):
        path = graph.value(result, SH.resultPath)
        if isinstance(path, BNode):
            path = ("^", graph.value(path, SH.inversePath))
        found.append(
            (
                graph.value(result, SH.focusNode),
                path,
                graph.value(result, SH.sourceConstraintComponent),
                graph.value(result, SH.value),
                tuple(sorted(map(str, graph.objects(result, SH.resultMessage)))),
                len(list(graph.objects(result, SH.detail))),
            )
        )
    return sorted(found, key=repr)


def assert_same(graph: Graph, *, core_only: bool = False) -> Report:
    ours = validate(graph, core_only=core_only, engine="fast")
    theirs = validate(graph, core_only=core_only, engine="pyshacl")
    assert ours.conforms == theirs.conforms
    assert signatures(ours) == signatures(theirs)
    assert first_violation(ours) == first_violation(theirs)
    assert ours.text == theirs.text
    return ours


@pytest.mark.parametrize("core_only", [False, True], ids=["all", "core"])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_both_engines_give_the_same_report_on_every_fixture(path: Path, core_only: bool) -> None:
    report = assert_same(Graph().parse(path, format="turtle"), core_only=core_only)
    if "_violates_" in path.stem and not core_only:
        assert not report.conforms


@pytest.fixture(scope="module")
def seeds(seeds_kg: tuple[Graph, Path]) -> Graph:
    return seeds_kg[0]


def broken(seeds: Graph, change) -> Graph:
    graph = Graph()
    graph += seeds
    for prefix, namespace in seeds.namespaces():
        graph.bind(prefix, namespace)
    change(graph)
    return graph


def first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def _no_identifier(g: Graph) -> None:
    g.remove((first(g, EK.Article), SCHEMA.identifier, None))


def _two_admin_levels(g: Graph) -> None:
    g.add((first(g, EK.Place), EK.adminLevel, EK.village))
    g.add((first(g, EK.Place), EK.adminLevel, EK.county))


def _untyped_person(g: Graph) -> None:
    g.remove((first(g, EK.Person), RDF.type, EK.Person))


def _end_as_string(g: Graph) -> None:  # the SPARQL constraint then compares a string with a number
    mention = first(g, EK.Mention)
    g.remove((mention, NIF.endIndex, None))
    g.add((mention, NIF.endIndex, Literal("x")))


def _end_past_the_page(g: Graph) -> None:
    mention = first(g, EK.Mention)
    g.remove((mention, NIF.endIndex, None))
    g.add((mention, NIF.endIndex, Literal("999999", datatype=XSD.nonNegativeInteger)))


def _same_number_two_datatypes(g: Graph) -> None:  # pyoxigraph gives both back as one canonical literal
    _end_past_the_page(g)
    g.add((first(g, EK.Sentence), NIF.endIndex, Literal("999999", datatype=XSD.integer)))


def _begin_after_end(g: Graph) -> None:
    mention = first(g, EK.Mention)
    g.remove((mention, NIF.beginIndex, None))
    g.add((mention, NIF.beginIndex, Literal("999999", datatype=XSD.nonNegativeInteger)))


def _orphan_place(g: Graph) -> None:
    place = URIRef("https://w3id.org/epikg/id/place/nowhere")
    g.add((place, RDF.type, EK.Place))
    g.add((place, SCHEMA.name, Literal("nowhere")))


CHANGES = [
    _no_identifier,
    _two_admin_levels,
    _untyped_person,
    _end_as_string,
    _end_past_the_page,
    _same_number_two_datatypes,
    _begin_after_end,
    _orphan_place,
]


def test_both_engines_agree_on_the_seeds_graph(seeds: Graph) -> None:
    assert assert_same(seeds).conforms


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: c.__name__.strip("_"))
def test_both_engines_agree_on_a_broken_seeds_graph(seeds: Graph, change) -> None:
    assert not assert_same(broken(seeds, change)).conforms


def test_a_file_is_validated_as_its_graph(seeds: Graph, tmp_path: Path) -> None:
    graph = broken(seeds, _two_admin_levels)
    for name, fmt in (("kg.nt", "nt"), ("kg.ttl", "turtle")):
        graph.serialize(tmp_path / name, format=fmt)
        from_file = validate_file(tmp_path / name)
        assert not from_file.conforms
        assert signatures(from_file) == signatures(validate(graph, engine="pyshacl"))


@pytest.mark.parametrize(
    "name",
    [
        "post_violates_empty_title.ttl",
        "mention_violates_missing_anchor.ttl",
        "quantity_violates_value_not_decimal.ttl",
        "article_violates_date_wrong_datatype.ttl",
        "credit_violates_missing_person.ttl",
        "span_violates_begin_after_end.ttl",
        "organization_violates_no_mention.ttl",
    ],
)
def test_both_engines_drop_the_same_readings(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    outcomes = []
    for engine in ("pyshacl", "fast"):
        monkeypatch.setattr(validation, "DEFAULT_ENGINE", engine)
        graph = Graph().parse(SHAPES_DIR / name, format="turtle")
        report, dropped = drop_bad_readings(graph)
        outcomes.append((report.conforms, dropped, first_violation(report), sorted(graph)))
    assert outcomes[0] == outcomes[1]


SHAPES_HEAD = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

REFUSED = {  # shape -> what the error says
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxLength 3 ] .": "sh:maxLength",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:severity sh:Warning ; sh:class ex:D .": "sh:severity",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:deactivated true ; sh:class ex:D .": "sh:deactivated",
    "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:class ex:D .": "sh:targetNode",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .": "sh:path",
    'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern "a" ; sh:flags "i" ] .': (
        "sh:flags"
    ),
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:minCount 1 .": "needs a property shape",
    'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { $this '
    '<http://example.org/p> ?x OPTIONAL { ?x <http://example.org/q> ?y } }" ] .': "LeftJoin",
    'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT ?x WHERE { ?x '
    '<http://example.org/p> ?y }" ] .': "must bind \\$this",
    'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { $this '
    '<http://example.org/p> $PATH }" ] .': "PATH",
}


@pytest.mark.parametrize(("shape", "says"), REFUSED.items(), ids=[s for s in REFUSED.values()])
def test_a_shape_it_does_not_implement_is_refused(shape: str, says: str) -> None:
    shapes = Graph().parse(data=SHAPES_HEAD + shape, format="turtle")
    with pytest.raises(UnsupportedShape, match=says):
        Engine(shapes, ontology_graph())


def test_the_shipped_shapes_compile_and_an_implemented_shape_runs() -> None:
    validation.fast_engine(False)
    validation.fast_engine(True)
    shapes = Graph().parse(
        data=SHAPES_HEAD
        + "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
        format="turtle",
    )
    engine = Engine(shapes, Graph())
    data = Graph().parse(data="<http://example.org/a> a <http://example.org/C> .", format="turtle")
    outcome = engine.check(engine.graph(data))
    assert not outcome.conforms and "Less than 1 values" in outcome.text


def test_cli_validate_runs_either_engine_with_the_same_report() -> None:
    runner = CliRunner()
    fixture = str(SHAPES_DIR / "person_violates_anonymized_name.ttl")
    fast = runner.invoke(cli, ["validate", fixture])
    reference = runner.invoke(cli, ["validate", "--engine", "pyshacl", fixture])
    assert fast.exit_code == reference.exit_code == 1
    assert fast.stdout == reference.stdout
    assert runner.invoke(cli, ["validate", "--engine", "nope", fixture]).exit_code == 2


def test_an_unknown_engine_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        validate(Graph(), engine="nope")
