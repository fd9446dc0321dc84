"""Validating the union of pages that were each validated on their own, without validating it all again.

Adding triples can only break a constraint that bounds what a node itself says (sh:maxCount, sh:in,
sh:datatype, sh:pattern, sh:lessThan, the sh:or that allows no start date) or one that reads the
triples pointing at a node and what those say (the SHACL-SPARQL span check of an article); sh:minCount,
sh:class and the inverse-path counts can only be met more often in a union. So where every page
conforms alone, the union conforms unless a node

- is described (as a subject) differently by two pages, e.g. a place given two admin levels; or
- is pointed at from a page that does not describe it (a reading of one page inside another's article).

Only those nodes are validated again, over the triples their shapes read: everything said by them,
by the nodes pointing at them and by the nodes they point to (their types), with the measure scheme;
a violation counts where its focus is one of them. Pages are N-Triples lines without blank nodes
(epikg.document), so lines are compared as triples.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from epikg.build.spill import SortedLines
from epikg.verdict import Report

if TYPE_CHECKING:
    from epikg.document import DocumentResult

# rdflib and the validator are imported where a check runs: a rebuild whose union's verdict is in the cache
# gathers its pages here and never validates.


@dataclass(frozen=True)
class UnionCheck:
    """What the union check found: the nodes validated again, over how many triples, and the report."""

    report: Report
    focus: frozenset[str]
    """The nodes (N-Triples terms, `<iri>`) whose shapes were run again."""
    triples: int
    """The triples of the graph they were validated over (0: nothing to validate again)."""


def _subject(line: str) -> str:
    return line[: line.index(" ")]


def _object(line: str) -> str | None:
    """The object of an N-Triples line where it is an IRI (`<...>`), else None."""
    rest = line[: line.rstrip().rfind(" ")].rstrip()  # drop the final ` .`
    if not rest.endswith(">"):
        return None
    start = rest.rfind(" <")
    found = rest[start + 1 :]
    return found if start >= 0 and " " not in found else None  # not the `<p> "5"^^<...>` of a typed literal


class SharedNodes:
    """The nodes where pages meet (see shared_nodes), gathered one page at a time as pages come, so that no
    page's lines need be kept for it: what is held grows with the distinct nodes, not with the lines."""

    def __init__(self) -> None:
        # hash of a subject -> hash of its lines in the first page saying it, and that page
        self._described: dict[int, tuple[int, str]] = {}
        self._differ: dict[str, set[str]] = {}  # a subject pages describe differently -> those pages
        self._pointed: set[str] = set()  # objects of a line whose page does not describe them

    def add(self, lines: Sequence[str], page: str = "") -> None:
        """One page's lines (`page`: its id, to name it where it disagrees with another)."""
        groups: dict[str, list[str]] = {}
        for line in lines:
            groups.setdefault(_subject(line), []).append(line)
        for subject, group in groups.items():
            # A subject is kept by its hash: two subjects of one hash can only add a node to validate again.
            digest = hash(tuple(sorted(group)))
            first_digest, first_page = self._described.setdefault(hash(subject), (digest, page))
            if first_digest != digest:
                self._differ.setdefault(subject, {first_page}).add(page)
        for line in lines:
            target = _object(line)
            if target is not None and target not in groups:
                self._pointed.add(target)

    def nodes(self) -> frozenset[str]:
        return frozenset(
            self._differ.keys() | {target for target in self._pointed if hash(target) in self._described}
        )

    def disagreeing(self, node: str) -> list[str]:
        """The pages that describe a node differently (the first page to describe it among them), sorted."""
        return sorted(self._differ.get(node, ()))


def shared_nodes(pages: Iterable[Sequence[str]]) -> frozenset[str]:
    """The nodes two pages describe differently, and those pointed at from a page that does not describe them."""
    shared = SharedNodes()
    for lines in pages:
        shared.add(lines)
    return shared.nodes()


def pages_naming(lines: Iterable[str], nodes: Iterable[str], depth: int = 3) -> dict[str, list[str]]:
    """For each node (`<iri>`), the pages (article ids, sorted) whose readings point at it, or at a node that
    points at it (a division the gazetteer adds above a page's place), up to `depth` steps: where a union that
    does not conform says which pages disagree, a user can set them aside or report them. `lines` is read up
    to `depth` times."""
    marker = "/article/"
    found: dict[str, set[str]] = {node: set() for node in nodes}
    reach = {node: {node} for node in found}  # node -> the nodes found pointing at it so far
    frontier = {node: node for node in found}  # a node to look behind -> the node asked about
    for _ in range(depth):
        if not frontier:
            break
        ends = {f" {target} .": asked for target, asked in frontier.items()}
        frontier = {}
        for line in lines:
            asked = ends.get(line[line.rfind(" <") :]) if line.endswith("> .") else None
            if asked is None:
                continue
            subject = _subject(line)
            if marker in subject:
                found[asked].add(subject[subject.index(marker) + len(marker) :].split("/")[0].rstrip(">"))
            elif subject not in reach[asked]:
                reach[asked].add(subject)
                frontier[subject] = asked
    return {node: sorted(pages) for node, pages in found.items()}


def _neighbourhood(pages: Iterable[Iterable[str]], focus: frozenset[str]) -> list[str]:
    """The lines the focus nodes' shapes read: said by them, by their referrers and by what they point to.
    `pages` is read twice (a list, or a collection that gives the pages afresh each time)."""
    near: set[str] = set(focus)
    # a line pointing at a focus node ends with it (lines are `<s> <p> <o> .`; a typed literal's datatype
    # follows `^^`, not a space): the object is parsed only where the subject is a focus node
    pointing = tuple(f" {node} ." for node in focus)
    for lines in pages:
        for line in lines:
            subject = _subject(line)
            if subject in focus and (target := _object(line)) is not None:
                near.add(target)
            elif line.endswith(pointing):
                near.add(subject)
    return sorted({line for lines in pages for line in lines if _subject(line) in near})


def _kept_violations(report: Report, focus: frozenset[str]) -> list[tuple[str, str, str]]:
    """(focus node, path, message) of each violation on a focus node; the others saw part of their data."""
    from rdflib import URIRef
    from rdflib.namespace import SH

    kept = []
    results = report.graph
    for result in results.subjects(SH.focusNode, None):
        node = results.value(result, SH.focusNode)
        if isinstance(node, URIRef) and f"<{node}>" in focus:
            path = results.value(result, SH.resultPath)
            message = results.value(result, SH.resultMessage)
            kept.append((str(node), str(path or ""), str(message or "")))
    return sorted(kept)


def check_union(pages: Iterable[Sequence[str]], scheme: Iterable[str] = ()) -> UnionCheck:
    """The union of pages (each page's N-Triples lines, each page valid alone) checked where pages meet.

    `pages` is read up to three times, one page at a time: a list, or a collection that gives the pages
    afresh each time (PageUnion.check, fed page by page as they come, holds no page's lines at all)."""
    return check_focus(shared_nodes(pages), pages, scheme)


def check_focus(
    focus: frozenset[str], pages: Iterable[Iterable[str]], scheme: Iterable[str] = ()
) -> UnionCheck:
    """The union checked at the nodes where its pages meet (`focus`, see SharedNodes), over `pages` (read
    twice: a list of pages, or `[union]` with the union's lines, re-readable, as one page)."""
    from epikg.validate import validate_ntriples

    if not focus:
        return UnionCheck(Report(True, "Validation Report\nConforms: True\n"), focus, 0)
    lines = _neighbourhood(pages, focus)
    report, triples = validate_ntriples("\n".join([*scheme, *lines]))
    kept = _kept_violations(report, focus) if not report.conforms else []
    text = f"Validation Report\nConforms: {not kept}\n" + "".join(
        f"Constraint Violation:\n\tFocus Node: {node}\n\tResult Path: {path}\n\tMessage: {message}\n"
        for node, path, message in kept
    )
    return UnionCheck(Report(not kept, text, report.graph), focus, triples)


def pages_to_set_aside(report: Report, union: PageUnion) -> dict[str, str]:
    """Where a union of pages valid alone does not conform: at each node a violation is about, the pages at
    fault (PageUnion.pages_at_fault, sorted) but the first, each with why (page id -> reason); a lone page at
    fault is set aside itself. So a build keeps one reading of the node and loses only the pages that disagree
    with it, whatever the order the pages came in."""
    import re

    aside: dict[str, str] = {}
    for node in dict.fromkeys(re.findall(r"Focus Node: (\S+)", report.text)):
        pages = union.pages_at_fault(f"<{node}>")
        kept, others = (pages[0], pages[1:]) if len(pages) > 1 else (None, pages)
        for page in others:
            aside.setdefault(
                page,
                f"set aside: it reads {node} differently from page {kept}, and a graph holding both would not "
                "conform to the shapes"
                if kept
                else f"set aside: its readings of {node} would make the graph not conform to the shapes",
            )
    return aside


@dataclass
class PageUnion:
    """The union of built pages gathered as they come: its sorted, distinct lines (the measure scheme's among
    them; past a size in sorted runs on disk, epikg.build.spill) and the nodes where its pages meet, so that
    neither the output nor the union check needs any page's lines kept.

    Where the pages meet is worked out from the pages' texts held until then: a page at a time while a
    build's workers are busy (share_next), all of them once they hold more than the spill limit, and the
    rest when the union is checked. A rebuild whose union's verdict is in the cache never works it out."""

    lines: SortedLines
    shared: SharedNodes = field(default_factory=SharedNodes)
    pages: int = 0
    scheme: frozenset[str] = frozenset()
    _waiting: deque[tuple[str, str]] = field(default_factory=deque)  # (page id, its N-Triples)
    _waiting_chars: int = 0

    @classmethod
    def start(cls, scheme: Sequence[str]) -> PageUnion:
        """An empty union holding the measure scheme's lines (written into every graph, in no page)."""
        lines = SortedLines()
        lines.add(scheme)
        return cls(lines, scheme=frozenset(scheme))

    def add(self, document: DocumentResult) -> None:
        """A built page's lines (a skipped page has none)."""
        if document.skipped:
            return
        self.lines.add(document.lines())
        self._waiting.append((document.doc_id, document.ntriples))
        self._waiting_chars += len(document.ntriples)
        if self._waiting_chars > self.lines.limit:
            self._share()
        self.pages += 1

    def _share(self) -> None:
        while self.share_next():
            pass

    def share_next(self) -> bool:
        """Where the oldest page waiting meets the others, worked out now (time a build's workers are busy
        and this process is not); False where no page is waiting."""
        if not self._waiting:
            return False
        page, text = self._waiting.popleft()
        self._waiting_chars -= len(text)
        self.shared.add(text.splitlines(), page)
        return True

    def pages_at_fault(self, node: str) -> list[str]:
        """The pages that describe a node differently, else those whose readings lead to it (pages_naming)."""
        self._share()
        return self.shared.disagreeing(node) or pages_naming(self.page_lines(), [node])[node]

    def page_lines(self) -> Iterable[str]:
        """The lines of the pages, the measure scheme's left out (no page holds them), re-readable."""
        return _WithoutScheme(self.lines, self.scheme)

    def check(self) -> UnionCheck:
        """check_union of the pages gathered: the same report as from the pages themselves."""
        self._share()
        return check_focus(self.shared.nodes(), [self.page_lines()], sorted(self.scheme))

    def close(self) -> None:
        self.lines.close()
        self._waiting, self._waiting_chars = deque(), 0


@dataclass(frozen=True)
class _WithoutScheme:
    lines: SortedLines
    scheme: frozenset[str]

    def __iter__(self) -> Iterator[str]:
        return (line for line in self.lines if line not in self.scheme)
