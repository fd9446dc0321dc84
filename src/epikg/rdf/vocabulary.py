"""The ontology files shipped with epikg, found inside the installed package or beside the sources."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from epikg.errors import OntologyNotFound

if TYPE_CHECKING:
    from rdflib import Graph


def ontology_dir() -> Path:
    """ontology/ as installed inside the package, else the repository's own folder."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "ontology", package.parent.parent / "ontology"):
        if (candidate / "shapes.ttl").is_file():
            return candidate
    raise OntologyNotFound("cannot find ontology/shapes.ttl: reinstall epikg")


@lru_cache(maxsize=1)
def measure_scheme() -> Graph:
    """The SKOS measure scheme with its tracker mappings, written into every built graph."""
    # imported here: ontology_dir() is asked for where rdflib is not loaded (a rebuild from the cache)
    from rdflib import Graph

    return Graph().parse(ontology_dir() / "measures.ttl", format="turtle")
