"""The ontology header carries what documentation tools read, and pyLODE builds HTML docs from it.

The build needs pyLODE (``pip install -e '.[docs]'``); without it that test skips and says why, unless
EPIKG_REQUIRE_DOCS=1 (set by CI) makes that a failure.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "epikg.ttl"
EK_ONTOLOGY = URIRef("https://w3id.org/epikg/ontology")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def test_ontology_header_has_title_creator_license_and_version(ontology: Graph) -> None:
    assert list(ontology.subjects(RDF.type, OWL.Ontology)) == [EK_ONTOLOGY]
    for predicate in (DCTERMS.title, DCTERMS.description, DCTERMS.creator, DCTERMS.license):
        assert ontology.value(EK_ONTOLOGY, predicate) is not None, f"the ontology header lacks {predicate}"
    english_titles = [t for t in ontology.objects(EK_ONTOLOGY, DCTERMS.title) if t.language == "en"]
    assert len(english_titles) == 1
    assert isinstance(ontology.value(EK_ONTOLOGY, DCTERMS.license), URIRef)


def test_ontology_version_is_the_package_version(ontology: Graph) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert ontology.value(EK_ONTOLOGY, OWL.versionInfo) == Literal(version)
    assert ontology.value(EK_ONTOLOGY, OWL.versionIRI) == URIRef(f"{EK_ONTOLOGY}/{version}")


def test_pylode_builds_the_ontology_docs(tmp_path: Path, ontology: Graph) -> None:
    if importlib.util.find_spec("pylode") is None:
        if os.environ.get("EPIKG_REQUIRE_DOCS") == "1":
            pytest.fail("EPIKG_REQUIRE_DOCS=1 but pyLODE is not installed (pip install -e '.[docs]')")
        pytest.skip("pyLODE is not installed: pip install -e '.[docs]' builds the ontology docs")
    # In a process of its own: importing pyLODE reconfigures the root logger.
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_ontology_docs.py"), "--output-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "ontology.html").read_text(encoding="utf-8")
    title = next(t for t in ontology.objects(EK_ONTOLOGY, DCTERMS.title) if t.language == "en")
    assert f"<title>{title}</title>" in html
    for cls in ontology.subjects(RDF.type, OWL.Class):
        assert str(cls) in html, f"{cls} is missing from the docs"
