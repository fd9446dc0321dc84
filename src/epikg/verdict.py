"""A validation's verdict (epikg.validate.Report), in a module of its own that does not load rdflib: a rebuild
from the cache reads the union's verdict back and needs the record, not the validator."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph

    from epikg import shacl


class Report:
    """A validation's verdict, its text report (pySHACL's layout) and its report graph (sh:ValidationReport).

    The fast engine's text and graph are written when first read (a conforming page never needs them)."""

    def __init__(
        self,
        conforms: bool,
        text: str | None = None,
        graph: Graph | None = None,
        outcome: shacl.Outcome | None = None,
    ) -> None:
        self.conforms = conforms
        self._text = text
        self._graph = graph
        self.outcome = outcome

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.outcome.text if self.outcome is not None else f"Conforms: {self.conforms}\n"
        return self._text

    @property
    def graph(self) -> Graph:
        if self._graph is None:
            if self.outcome is not None:
                self._graph = self.outcome.graph
            else:
                from rdflib import Graph

                self._graph = Graph()
        return self._graph

    def __repr__(self) -> str:
        return f"Report(conforms={self.conforms})"
