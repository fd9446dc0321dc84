"""HTML documentation of the epikg ontology (ontology/epikg.ttl and measures.ttl) with pyLODE.

    pip install -e '.[docs]'
    python tools/build_ontology_docs.py            # writes docs/ontology.html
    python tools/build_ontology_docs.py -o DIR     # writes DIR/ontology.html

pyLODE takes every skos:ConceptScheme of its input for the document's own header, and every title or
label of the header for its title (the last one read wins), so it is given a copy of the ontology in which
the header has its English dcterms:title only and the schemes (admin levels, organization types, measure
phases, the measure scheme) are not typed as schemes. The ontology files themselves are unchanged.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DC, DCTERMS, OWL, SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_FILES = ("epikg.ttl", "measures.ttl")
OUTPUT_NAME = "ontology.html"


def documented_graph(ontology_dir: Path = ROOT / "ontology") -> tuple[Graph, URIRef]:
    """The ontology as pyLODE should read it, and the ontology's IRI."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(ontology_dir / name, format="turtle")
    headers = [s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)]
    if len(headers) != 1:
        raise SystemExit(f"expected one owl:Ontology in {', '.join(ONTOLOGY_FILES)}, found {len(headers)}")
    header = headers[0]
    english = [
        t for t in graph.objects(header, DCTERMS.title) if isinstance(t, Literal) and t.language == "en"
    ]
    if len(english) != 1:
        raise SystemExit(f"{header} needs exactly one English dcterms:title, found {len(english)}")
    for predicate in (DCTERMS.title, DC.title, RDFS.label):
        graph.remove((header, predicate, None))
    graph.add((header, DCTERMS.title, english[0]))
    graph.remove((None, RDF.type, SKOS.ConceptScheme))
    return graph, header


def build(output_dir: Path) -> Path:
    """Write output_dir/ontology.html and return its path."""
    from pylode import OntPub  # the docs extra; imported here so --help works without it

    logging.getLogger().setLevel(logging.WARNING)  # importing pyLODE sets the root logger to DEBUG
    graph, _ = documented_graph()
    output_dir.mkdir(parents=True, exist_ok=True)
    destination = output_dir / OUTPUT_NAME
    OntPub(ontology=graph).make_html(destination=destination)
    return destination


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-o", "--output-dir", type=Path, default=ROOT / "docs", help="folder for ontology.html"
    )
    args = parser.parse_args(argv)
    try:
        import pylode  # noqa: F401
    except ImportError:
        print("pyLODE is not installed: pip install -e '.[docs]'", file=sys.stderr)
        return 2
    print(f"wrote {build(args.output_dir)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
