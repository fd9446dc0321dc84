"""Workers: the same graph, byte for byte in sorted N-Triples, whatever the number of workers and the page order."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time
from pathlib import Path

import pytest

from epikg.build import local, watched
from epikg.build.local import default_workers, longest_first, page_bytes
from epikg.build.watched import WatchedPool
from epikg.document import DocumentResult, Job
from epikg.pipeline import BuildOptions, build, build_validated, union_lines

RULES_ONLY = BuildOptions(use_model=False)


def seed_pages(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


def test_one_and_two_workers_and_any_order_give_the_same_bytes(seeds_dir: Path) -> None:
    pages = seed_pages(seeds_dir)
    one, _ = build_validated(pages, RULES_ONLY, workers=1)
    two, report = build_validated(list(reversed(pages)), RULES_ONLY, workers=2)
    assert report.conforms and not two.skipped
    assert union_lines(one.documents) == union_lines(two.documents)
    assert [d.path for d in two.documents] == [str(p) for p in reversed(pages)]  # listed in the inputs' order
    assert two.built == []  # extractions stay in the workers
    assert len(two.graph) == len(one.graph)


def test_the_model_in_two_workers_gives_what_it_gives_in_one(tmp_path: Path, seeds_dir: Path) -> None:
    # Fresh processes, as a user runs them: one builds in one watched worker (--page-timeout), the other in two.
    pages = [str(p) for p in seed_pages(seeds_dir)[:2]]
    started = time.perf_counter()
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"kg{workers}.nt"
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "from epikg.cli import main; main()",
                "build",
                *pages,
                "-o",
                str(out),
                "-q",
                "--workers",
                str(workers),
                "--no-cache",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode in (0, 1), done.stderr
        outputs.append((out.read_bytes() if out.exists() else b"", done.stderr.splitlines()[0]))
    assert outputs[0] == outputs[1]
    assert b'"model"' in outputs[1][0]
    assert time.perf_counter() - started < 120


def test_a_page_that_fails_in_a_worker_is_skipped_with_its_reason(tmp_path: Path, seeds_dir: Path) -> None:
    good = seed_pages(seeds_dir)[0]
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = build([good, bad], RULES_ONLY, workers=2)
    assert [s.path for s in result.skipped] == [str(bad)] and "binary" in result.skipped[0].reason
    assert len(result.documents) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_the_cli_takes_a_number_of_workers(tmp_path: Path, seeds_dir: Path, workers: int) -> None:
    from click.testing import CliRunner

    from epikg.cli import cli

    pages = [str(p) for p in seed_pages(seeds_dir)[:2]]
    out = tmp_path / "kg.nt"
    result = CliRunner().invoke(
        cli, ["build", *pages, "-o", str(out), "--no-model", "-q", "--workers", str(workers)]
    )
    assert result.exit_code == 0, result.output
    assert "built 2 document(s)" in result.stderr


def test_the_default_is_the_number_of_cores() -> None:
    assert default_workers() >= 1


def test_longest_first_orders_by_size_and_keeps_ties_in_order() -> None:
    sizes = {"a": 3, "b": 10, "c": 3, "d": 0, "e": 7}
    assert longest_first(list(sizes), sizes.__getitem__) == ["b", "e", "a", "c", "d"]
    assert longest_first([], sizes.__getitem__) == []


def test_a_page_that_cannot_be_read_counts_as_empty(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("四月七日。\n", encoding="utf-8")
    assert page_bytes(Job(str(page), "p")) == len("四月七日。\n".encode())
    assert page_bytes(Job(str(tmp_path / "gone.txt"), "gone")) == 0


@pytest.mark.parametrize(
    ("workers", "expected"), [(2, ["big", "mid", "small"]), (1, ["small", "big", "mid"])]
)
def test_workers_are_handed_the_largest_pages_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, expected: list[str]
) -> None:
    """Several workers finish together when the last pages handed out are the short ones; one keeps the order."""
    jobs = []
    for name, lines in (("small", 1), ("big", 30), ("mid", 10)):
        page = tmp_path / f"{name}.txt"
        page.write_text("四月七日，县里新增病例两例。\n" * lines, encoding="utf-8")
        jobs.append(Job(str(page), name))
    handed: list[str] = []

    def fake_watched(chunks, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        handed.extend(job.doc_id for chunk in chunks for job in chunk)
        return iter(
            DocumentResult(job.path, job.doc_id, skipped="not built here") for c in chunks for job in c
        )

    monkeypatch.setattr(watched, "run_watched", fake_watched)  # run_jobs imports it where it starts workers
    results = list(local.run_jobs(jobs, RULES_ONLY, workers=workers, page_timeout=60))
    assert handed == expected
    assert sorted(r.doc_id for r in results) == ["big", "mid", "small"]


def test_pages_go_to_workers_in_chunks_of_few_pages_and_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model tags a chunk's sentences in one call; a chunk holds CHUNK_PAGES pages and CHUNK_BYTES at
    most (a larger page alone), and with several workers half of what is left over the workers at most, so
    that the last chunks are short and no worker idles while another builds a full one."""
    monkeypatch.setattr(local, "CHUNK_BYTES", 1000)
    jobs = []
    for name, size in (("a", 400), ("b", 400), ("c", 400), ("d", 1500), ("e", 10)):
        page = tmp_path / f"{name}.txt"
        page.write_bytes(("县" * (size // 3)).encode())
        jobs.append(Job(str(page), name))
    handed: list[list[str]] = []

    def fake_watched(chunks, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        handed.extend([job.doc_id for job in chunk] for chunk in chunks)
        return iter(
            DocumentResult(job.path, job.doc_id, skipped="not built here") for c in chunks for job in c
        )

    monkeypatch.setattr(watched, "run_watched", fake_watched)
    list(local.run_jobs(jobs, RULES_ONLY, workers=1, page_timeout=60))
    assert handed == [["a", "b"], ["c"], ["d"], ["e"]]
    handed.clear()
    monkeypatch.setattr(local, "CHUNK_BYTES", 100_000)
    list(local.run_jobs(jobs, RULES_ONLY, workers=2, page_timeout=60))
    assert handed == [["d", "a"], ["b"], ["c"], ["e"]]
    assert [len(chunk) for chunk in local._chunks(list(range(55)), 2)] == [
        8,
        8,
        8,
        8,
        6,
        5,
        3,
        3,
        2,
        1,
        1,
        1,
        1,
    ]


@pytest.mark.parametrize(("validate", "expected"), [(True, local.prepare_validation), (False, None)])
def test_the_parent_loads_the_validator_while_the_workers_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validate: bool, expected: object
) -> None:
    """The union check after the last page needs the validator: it is loaded while the workers load the model."""
    page = tmp_path / "p.txt"
    page.write_text("四月七日，县里新增病例两例。\n", encoding="utf-8")
    given: dict[str, object] = {}

    def fake_watched(chunks, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        given.update(kwargs)
        return iter(
            DocumentResult(job.path, job.doc_id, skipped="not built here") for c in chunks for job in c
        )

    monkeypatch.setattr(watched, "run_watched", fake_watched)  # run_jobs imports it where it starts workers
    list(local.run_jobs([Job(str(page), "p")], RULES_ONLY, workers=1, validate=validate, page_timeout=60))
    assert given["meanwhile"] is expected


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="forks its workers")
def test_meanwhile_runs_once_before_any_page_and_idle_workers_stop_on_their_own(tmp_path: Path) -> None:
    pages = []
    for name in ("a", "b", "c"):
        pages.append(tmp_path / f"{name}.txt")
        pages[-1].write_text(f"四月七日，{name}县新增病例两例。\n", encoding="utf-8")
    calls: list[int] = []
    pool = WatchedPool(
        multiprocessing.get_context("fork"), RULES_ONLY, workers=2, timeout=60, rules=None, validate=False
    )
    results = []
    for result in pool.run([[Job(str(p), p.stem)] for p in pages], lambda: calls.append(len(results))):
        results.append(result)
    assert calls == [0]  # once, before the first page came back
    assert sorted((r.doc_id, r.skipped) for r in results) == [("a", None), ("b", None), ("c", None)]
    idle = [
        worker.process for worker in pool.workers if worker.ready
    ]  # one may still be starting: it is stopped
    assert idle
    pool.close()
    assert pool.workers == []
    for process in idle:  # told to stop, not killed: each leaves by itself
        process.join(timeout=60)
        assert process.exitcode == 0, process.exitcode


def test_the_graph_does_not_depend_on_the_order_of_pythons_string_hashes(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """The rules try data words longest first (data_longest_first), never in a set's order: two processes whose
    string hashes differ (PYTHONHASHSEED) read the same pages into the same bytes."""
    import os

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"kg{seed}.nt"
        done = subprocess.run(
            [sys.executable, "-c", "from epikg.cli import main; main()", "build", str(seeds_dir)]
            + ["-o", str(out), "-q", "--workers", "1", "--no-cache", "--no-model"],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert done.returncode in (0, 1), done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] and outputs[0] == outputs[1]
