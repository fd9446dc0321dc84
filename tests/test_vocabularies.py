"""One source per vocabulary: the ontology's schemes, the shapes, the code and the data files name the same things."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, SKOS

from epikg.lexicon import read_data_lines
from epikg.rdf.namespaces import EK
from epikg.records import LEVEL_RANK

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"


def _notations(scheme: URIRef) -> set[str]:
    graph = Graph().parse(ONTOLOGY / "epikg.ttl")
    return {str(graph.value(c, SKOS.notation)) for c in graph.subjects(SKOS.inScheme, scheme)}


def _shape_values(path: URIRef) -> set[str]:
    """The local names an `sh:in` list of the shapes allows on a path."""
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl")
    for prop in shapes.subjects(SH.path, path):
        allowed = shapes.value(prop, SH["in"])
        if allowed is not None:
            return {str(v).rsplit("#", 1)[-1] for v in Collection(shapes, allowed)}
    raise AssertionError(f"no sh:in for {path}")


def test_admin_levels_agree_across_ontology_shapes_and_code() -> None:
    assert _notations(EK.AdminLevels) == _shape_values(EK.adminLevel) == set(LEVEL_RANK)


def test_organization_types_agree_across_ontology_shapes_and_data() -> None:
    from_data = {line.split("\t")[1] for line in read_data_lines("org_types.tsv") if "\t" in line}
    in_ontology = _notations(EK.OrganizationTypes)
    assert in_ontology == _shape_values(EK.orgType)
    assert from_data <= in_ontology and "other_body" in in_ontology  # other_body: what no ending names


def test_every_scheme_member_is_typed() -> None:
    graph = Graph().parse(ONTOLOGY / "epikg.ttl")
    for scheme, cls in ((EK.AdminLevels, EK.AdminLevel), (EK.OrganizationTypes, EK.OrganizationType)):
        members = set(graph.subjects(SKOS.inScheme, scheme))
        assert members and all((m, RDF.type, cls) in graph for m in members)


def test_levels_a_name_can_announce_are_admin_levels() -> None:
    levels = {line.split("\t")[1] for line in read_data_lines("place_suffix_levels.tsv")}
    assert levels <= set(LEVEL_RANK)
