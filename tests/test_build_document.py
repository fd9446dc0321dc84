"""One page is the unit of work: `build_document` gives a page's own triples, and `build` is their union."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from epikg.document import BuildOptions, Job, Resources, build_document
from epikg.pipeline import build, build_validated, graph_of, plan_jobs
from epikg.rdf.vocabulary import measure_scheme
from epikg.validate import validate

RULES_ONLY = BuildOptions(use_model=False)


def test_the_union_of_the_documents_is_the_graph_built_in_one_piece(seeds_dir: Path) -> None:
    result = build([seeds_dir], RULES_ONLY)
    assert len(result.built) == 5 and len(result.documents) == 5 and not result.skipped
    assert isomorphic(result.graph, graph_of(result.built))


def test_each_document_is_valid_on_its_own_and_says_how_long_each_stage_took(seeds_dir: Path) -> None:
    path = sorted(seeds_dir.glob("*.txt"))[0]
    document = build_document(Job(str(path), path.stem), Resources(RULES_ONLY))
    assert document.skipped is None and document.extraction is None
    lines = document.lines()
    assert lines == sorted(set(lines)) and all(line.endswith(" .") for line in lines)
    graph = Graph().parse(data=document.ntriples, format="nt")
    assert validate(
        graph + measure_scheme()
    ).conforms  # the page's triples and the vocabulary they point into
    assert set(document.timings) == {"read", "extract", "rdf", "validate"}


def test_an_unreadable_page_gives_a_skip_reason_not_an_exception(tmp_path: Path) -> None:
    page = tmp_path / "image.txt"
    page.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    document = build_document(Job(str(page), "image"), Resources(RULES_ONLY))
    assert document.skipped and "binary" in document.skipped and document.ntriples == ""


def test_a_page_whose_id_is_taken_is_built_under_the_id_the_plan_gave(
    tmp_path: Path, seeds_dir: Path
) -> None:
    text = sorted(seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    for name in ("a/dup.txt", "b/dup.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    jobs = plan_jobs(sorted(tmp_path.rglob("*.txt")))
    assert [j.doc_id for j in jobs] == ["dup", "dup~2"] and jobs[1].note and "taken by" in jobs[1].note
    document = build_document(jobs[1], Resources(RULES_ONLY))
    assert "/article/dup~2>" in document.ntriples and jobs[1].note in document.notes


def test_build_validated_checks_each_document_and_the_union(seeds_dir: Path) -> None:
    result, report = build_validated([seeds_dir], RULES_ONLY)
    assert report.conforms and len(result.documents) == 5


def test_a_reading_that_breaks_a_shape_costs_that_reading_not_the_page(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A conforming page is validated straight from its triples; one that breaks a shape (an empty title,
    # as no rule writes) goes through a graph where the bad reading is dropped, and the page stays.
    import epikg.document

    real = epikg.document.extract

    def with_empty_title(article, **kwargs):  # noqa: ANN001, ANN202
        extraction = real(article, **kwargs)
        assert extraction.posts, "the seed page states posts"
        return replace(extraction, posts=(replace(extraction.posts[0], title=""), *extraction.posts[1:]))

    path = sorted(seeds_dir.glob("*.txt"))[0]
    good = build_document(Job(str(path), path.stem), Resources(RULES_ONLY))
    monkeypatch.setattr(epikg.document, "extract", with_empty_title)
    document = build_document(Job(str(path), path.stem), Resources(RULES_ONLY))

    assert document.skipped is None
    assert any(note.startswith("dropped reading") for note in document.notes)
    assert set(document.lines()) < set(good.lines())
    graph = Graph().parse(data=document.ntriples, format="nt")
    assert validate(graph + measure_scheme()).conforms
