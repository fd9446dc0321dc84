"""A build's union held flat: sorted runs spilled to disk (epikg.build.spill) read back as the lines sorted in
memory, the union check gathered page by page (PageUnion) as from the pages, and the CLI's output the same
bytes whether its union spilled or not."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import epikg.build.spill as spill
from epikg.build.spill import SortedLines
from epikg.build.union import PageUnion, check_union
from epikg.cli import cli
from epikg.document import DocumentResult, scheme_lines
from epikg.pipeline import BuildOptions, build, build_validated, union_lines
from epikg.rdf.namespaces import EK

RULES_ONLY = BuildOptions(use_model=False)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["<https://w3id.org/epikg/id/place/330327>", '"苍南县"', "<a>", '"x\\ny"', "<b> <c>", '"é"@fr']
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) + " ." for _ in range(count)]


def test_spilled_runs_read_back_as_the_lines_sorted_in_memory() -> None:
    pages = [_lines(200, seed) for seed in range(12)]
    expected = sorted({line for page in pages for line in page})
    with SortedLines(limit=500) as spilled:
        for page in pages:
            spilled.add(page)
        assert spilled.spilled > 3  # the limit was passed many times: several runs on disk
        assert list(spilled) == expected and list(spilled) == expected  # re-readable
        assert len(spilled) == len(expected)
        folder = spilled._folder
        assert folder is not None and any(folder.iterdir())
    assert not folder.exists()  # closed: the runs are removed
    in_memory = SortedLines()
    for page in pages:
        in_memory.add(page)
    assert in_memory.spilled == 0 and list(in_memory) == expected


def test_a_line_with_a_carriage_return_survives_a_run() -> None:
    lines = ['<a> <p> "one\rtwo" .', "<a> <p> <b> .", '<a> <p> "one\rtwo" .']
    spilled = SortedLines(limit=1)
    spilled.add(lines)
    spilled.add(["<z> <p> <b> ."])
    assert spilled.spilled == 2 and list(spilled) == sorted(set(lines) | {"<z> <p> <b> ."})


@pytest.fixture(scope="module")
def seed_documents() -> list[DocumentResult]:
    result = build([SEEDS], RULES_ONLY, validate_documents=True)
    assert not result.skipped
    return result.documents


def test_the_union_gathered_page_by_page_checks_as_the_pages_do(seed_documents: list[DocumentResult]) -> None:
    first, second, *rest = seed_documents
    place = next(line.split(" ")[0] for line in first.lines() if f" <{EK.adminLevel}> " in line)
    other = f"{place} <{EK.adminLevel}> <{EK.village}> ."
    changed = DocumentResult(second.path, second.doc_id, ntriples="\n".join(sorted([*second.lines(), other])))
    for documents in (seed_documents, [first, changed, *rest]):
        union = PageUnion.start(scheme_lines())
        union.lines.limit = 2000  # spilled, too
        for document in documents:
            union.add(document)
        gathered = union.check()
        whole = check_union([d.lines() for d in documents], scheme_lines())
        assert union.lines.spilled > 0
        assert list(union.lines) == union_lines(documents)
        assert gathered.focus == whole.focus and gathered.triples == whole.triples
        assert (gathered.report.conforms, gathered.report.text) == (whole.report.conforms, whole.report.text)
    assert not gathered.report.conforms and place in gathered.focus


def test_a_flat_build_keeps_no_lines_and_gives_the_same_union_and_verdict(tmp_path: Path) -> None:
    kept, kept_report = build_validated([SEEDS], RULES_ONLY)
    flat, flat_report = build_validated([SEEDS], RULES_ONLY, keep_lines=False)
    assert all(d.ntriples == "" for d in flat.documents) and flat.flat
    assert [d.path for d in flat.documents] == [d.path for d in kept.documents]
    assert list(flat.union().lines) == kept.lines() == union_lines(kept.documents)
    assert (flat_report.conforms, flat_report.text) == (kept_report.conforms, kept_report.text)
    assert set(flat.graph) == set(kept.graph)


@pytest.mark.parametrize("suffix", [".nt", ".ttl"])
def test_the_output_is_the_same_bytes_whether_the_union_spilled_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    pages = tmp_path / "in"
    shutil.copytree(SEEDS, pages, ignore=shutil.ignore_patterns("*.json"))
    args = ["build", str(pages), "--no-model", "-q", "--workers", "1", "--no-cache"]
    memory = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / f"memory{suffix}")])
    assert memory.exit_code == 0, memory.output
    made: list[SortedLines] = []
    original = spill.SortedLines.__init__

    def small(self: SortedLines, limit: int | None = None) -> None:
        original(self, limit)
        made.append(self)

    monkeypatch.setattr(spill, "SPILL_CHARS", 3000)
    monkeypatch.setattr(spill.SortedLines, "__init__", small)
    spilled = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / f"spilled{suffix}")])
    assert spilled.exit_code == 0, spilled.output
    assert made and made[0].spilled > 3
    assert (tmp_path / f"spilled{suffix}").read_bytes() == (tmp_path / f"memory{suffix}").read_bytes()
    assert memory.stderr == spilled.stderr.replace("spilled", "memory")
