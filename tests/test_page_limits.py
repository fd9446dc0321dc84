"""No page hangs the build (issue 15): one over the size limit is skipped unread, one still running at its
deadline is stopped with its worker, one that kills its worker costs that page; each is reported with its
reason and the other pages are built."""

from __future__ import annotations

import multiprocessing
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import epikg.build.chunk as chunk
import epikg.build.watched as watched
from epikg.build.local import DEFAULT_MAX_PAGE_BYTES, DEFAULT_PAGE_TIMEOUT
from epikg.build.watched import run_watched, timed_out
from epikg.cli import _page_size, cli
from epikg.document import BuildOptions, Job
from helpers import ROOT, write_page

RULES_ONLY = BuildOptions(use_model=False)
SMALL = "苍南县委书记黄荣定到金乡镇检查疫情防控工作。\n黄荣定要求各乡镇严格落实联防联控措施。\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def big_page(characters: int) -> str:
    """Local news far longer than any article: lines that differ, so none is dropped as a repeat."""
    lines, size, i = [], 0, 0
    while size < characters:
        line = f"{i % 12 + 1}月{i % 28 + 1}日,苍南县委书记黄荣定到金乡镇检查疫情防控工作,设置卡口{i + 5}个。"
        lines.append(line)
        size += len(line) + 1
        i += 1
    return "\n".join(lines) + "\n"


# --- the size limit ---------------------------------------------------------------------------------


def test_a_page_over_the_size_limit_is_skipped_with_its_size(tmp_path: Path) -> None:
    small = write_page(tmp_path / "in", "small.txt", SMALL)
    large = write_page(tmp_path / "in", "large.txt", big_page(2_000))
    size = large.stat().st_size
    result = run(
        "build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.nt"), "--no-model", "--max-page-size", "2KB"
    )
    assert result.exit_code == 0, result.output
    assert "built 1 document(s), skipped 1" in result.stderr
    assert f"skipped {large}: page too large ({size} bytes > 2000 bytes, --max-page-size)" in result.stderr
    assert small.stat().st_size < 2000


def test_a_size_limit_of_0_builds_any_size(tmp_path: Path) -> None:
    write_page(tmp_path / "in", "large.txt", big_page(2_000))
    result = run(
        "build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.nt"), "--no-model", "--max-page-size", "0"
    )
    assert result.exit_code == 0, result.output
    assert "built 1 document(s), skipped 0" in result.stderr


@pytest.mark.parametrize(
    ("text", "size"), [("10MB", 10_000_000), ("512", 512), ("1.5 kb", 1500), ("2G", 2_000_000_000)]
)
def test_page_sizes_are_read_in_bytes_and_powers_of_1000(text: str, size: int) -> None:
    assert _page_size(text) == size


def test_a_page_size_that_is_no_size_is_a_usage_error(tmp_path: Path) -> None:
    write_page(tmp_path / "in", "small.txt", SMALL)
    result = run("build", str(tmp_path / "in"), "--no-model", "--max-page-size", "ten")
    assert result.exit_code == 2
    assert "--max-page-size: 'ten' is no size" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_readme_states_the_defaults() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"--page-timeout {DEFAULT_PAGE_TIMEOUT:g}" in readme
    assert f"--max-page-size {DEFAULT_MAX_PAGE_BYTES // 1_000_000}MB" in readme
    shown = " ".join(run("build", "--help").output.split())
    assert f"Default: {DEFAULT_PAGE_TIMEOUT:g}." in shown
    assert f"Default: {DEFAULT_MAX_PAGE_BYTES // 1_000_000}MB." in shown


# --- the page timeout -------------------------------------------------------------------------------


def test_a_page_past_its_deadline_is_skipped_and_the_others_are_built(tmp_path: Path) -> None:
    """A page of 400,000 characters takes far longer than 5 s without the model; a two-line page far less.
    The slow page goes first, so the build goes on after its worker is stopped, with one worker."""
    slow = write_page(tmp_path / "in", "a-slow.txt", big_page(400_000))
    write_page(tmp_path / "in", "b-small.txt", SMALL)
    result = run(
        "build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.nt"), "--no-model", "--no-cache",
        "--workers", "1", "--page-timeout", "5",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "built 1 document(s), skipped 1" in result.stderr
    assert f"skipped {slow}: {timed_out(5)}" in result.stderr
    assert "b-small" in (tmp_path / "kg.nt").read_text(encoding="utf-8")


# The tests below replace the page build inside the worker, so they fork it (the replacement is inherited).
needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="the worker must inherit a replaced build"
)


def _build_or_misbehave(job: Job, resources, validate: bool = True, **kwargs):  # noqa: ANN001, ANN003, ANN202
    if job.doc_id == "stuck":  # a regular expression that backtracks for ages, in C, holding the interpreter
        re.match(r"(a+)+$", "a" * 60 + "b")
    if job.doc_id == "crash":
        os._exit(3)
    return real_build(job, resources, validate=validate, **kwargs)


real_build = chunk.build_document


def watched_results(chunks: list[list[Job]], *, workers: int, timeout: float) -> dict[str, str | None]:
    results = run_watched(
        chunks,
        RULES_ONLY,
        multiprocessing.get_context("fork"),
        workers=workers,
        timeout=timeout,
        rules=None,
        validate=True,
    )
    return {r.doc_id: r.skipped for r in results}


@needs_fork
def test_a_page_stuck_in_c_code_is_stopped_from_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chunk, "build_document", _build_or_misbehave)
    page = write_page(tmp_path, "small.txt", SMALL)
    found = watched_results([[Job(str(page), "stuck")], [Job(str(page), "small")]], workers=1, timeout=2)
    assert found == {"stuck": timed_out(2), "small": None}


@needs_fork
def test_a_chunk_stuck_on_one_page_gives_its_others_built_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker sends each page of its chunk as it is built, each due within the timeout of the one before:
    here the first page comes back, the second sticks, and the third goes back to the queue and is built alone
    by a fresh worker, as the stuck page is (to be skipped at its own deadline)."""
    monkeypatch.setattr(chunk, "build_document", _build_or_misbehave)
    page = write_page(tmp_path, "small.txt", SMALL)
    names = ["first", "stuck", "third"]
    found = watched_results([[Job(str(page), name) for name in names]], workers=1, timeout=2)
    assert found == {"first": None, "stuck": timed_out(2), "third": None}


@needs_fork
def test_a_page_that_kills_its_worker_costs_that_page_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chunk, "build_document", _build_or_misbehave)
    page = write_page(tmp_path, "small.txt", SMALL)
    chunks = [[Job(str(page), "crash"), Job(str(page), "small")], [Job(str(page), "small-2")]]
    results = list(
        run_watched(
            chunks,
            RULES_ONLY,
            multiprocessing.get_context("fork"),
            workers=2,
            timeout=60,
            rules=None,
            validate=True,
        )
    )
    assert {r.doc_id: r.skipped for r in results} == {
        "crash": "its worker died while building it (exit code 3)",
        "small": None,
        "small-2": None,
    }
    assert not any(r.cacheable for r in results if r.skipped)


def test_the_warm_up_page_is_written_once_and_leaves_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a worker stopped while it warms up (a build done before it was ready) cannot clean up after itself: the
    # warm-up page lives in the compiled-data folder, named by its text, not in a temporary folder of its own
    monkeypatch.setenv("EPIKG_COMPILED_DIR", str(tmp_path / "compiled"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    first = watched.warm_up_page()
    assert watched.warm_up_page() == first
    assert first.parent == tmp_path / "compiled"
    assert first.read_text(encoding="utf-8").strip()
    assert list((tmp_path / "compiled").iterdir()) == [first]
    assert list((tmp_path / "tmp").iterdir()) == []
