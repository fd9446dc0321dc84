"""IRIs spelled as plain strings, without rdflib: for what must not load it (a rebuild from the cache).

epikg.rdf.namespaces and epikg.rdf.iris wrap these in rdflib's terms; the spelling lives here once.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

EK = "https://w3id.org/epikg/ontology#"
ID = "https://w3id.org/epikg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@lru_cache(maxsize=8192)  # a page spells its own id in every reading's IRI
def segment(text: str) -> str:
    """One IRI path segment: letters (Chinese included) kept readable, everything else percent-encoded."""
    return "".join(
        c if (c.isalnum() and c.isprintable()) or c in "-_.~·" else quote(c, safe="") for c in text.strip()
    )


def article(doc_id: str) -> str:
    """The article's IRI (as epikg.rdf.iris.article, a string)."""
    return f"{ID}article/{segment(doc_id)}"
