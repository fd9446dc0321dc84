"""`epikg build` is never silent: a first line before the model loads, then a bar (terminal) or a line a page."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from epikg.cli.progress import BuildProgress, format_duration, pages_per_second, render_bar
from helpers import write_page

PAGE = "苍南县加强防控\n2月2日,苍南县委书记黄荣定到金乡镇检查疫情防控工作。\n"
EPIKG = [sys.executable, "-c", "from epikg.cli import main; main()"]
FIRST_LINE_BOUND = 5.0  # seconds; about 0.4 s on a quiet machine, the bound leaves room for a loaded one


# --- the bar, as a pure function --------------------------------------------------------


def test_bar_shows_done_of_all_rate_time_left_and_skipped() -> None:
    line = render_bar(12, 48, rate=3.0, skipped=2, width=80)
    assert len(line) == 80
    assert line.endswith(" 12/48  3.0 pages/s  ETA 0:12  skipped 2")
    bar = line[1 : line.index("]")]
    assert bar.count("#") == len(bar) // 4 and set(bar) == {"#", "."}


def test_bar_before_any_rate_is_known() -> None:
    line = render_bar(0, 5, rate=None, skipped=0, width=60)
    assert line.startswith("[.") and line.endswith(" 0/5  -- pages/s  ETA --:--  skipped 0")


def test_bar_done_is_full() -> None:
    line = render_bar(7, 7, rate=2.5, skipped=0, width=50)
    assert "." not in line[: line.index("]")] and "ETA 0:00" in line


def test_narrow_terminal_keeps_the_figures() -> None:
    line = render_bar(3, 10000, rate=1.0, skipped=1, width=30)
    assert line == "3/10000  1.0 pages/s  ETA 2:46"[:30]


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0, "0:00"), (59.6, "1:00"), (61, "1:01"), (3600, "1:00:00"), (86399, "23:59:59")]
)
def test_durations(seconds: float, shown: str) -> None:
    assert format_duration(seconds) == shown


def test_rate_counts_from_the_first_page_done() -> None:
    assert pages_per_second(1, 100.0, 105.0) is None
    assert pages_per_second(5, None, 105.0) is None
    assert pages_per_second(5, 100.0, 102.0) == 2.0


def test_terminal_progress_redraws_one_line_and_ends_it(capsys: pytest.CaptureFixture[str]) -> None:
    times = iter([10.0, 11.0, 12.0, 13.0, 14.0])
    progress = BuildProgress(terminal=True, clock=lambda: next(times), width=lambda: 70)
    progress.found(3, model=True)
    progress(1, 3, Path("a.txt"), None)
    progress(2, 3, Path("b.txt"), "binary")
    progress(3, 3, Path("c.txt"), None)
    progress.close()
    err = capsys.readouterr().err
    assert err.startswith("found 3 page(s); loading the NER model ...\n\r[")
    assert err.endswith("\n") and err.count("\n") == 2  # the found line, and the bar's own line
    last = err.rstrip("\n").rsplit("\r", 1)[-1]
    assert " 3/3  1.0 pages/s  ETA 0:00  skipped 1" in last
    assert "a.txt" not in err


def test_quiet_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    progress = BuildProgress(terminal=True, quiet=True)
    progress.found(2, model=True)
    progress(1, 2, Path("a.txt"), None)
    progress.close()
    assert capsys.readouterr().err == ""


def test_pages_set_aside_end_the_bar_and_start_the_count_over(capsys: pytest.CaptureFixture[str]) -> None:
    times = iter([10.0, 11.0, 12.0])
    progress = BuildProgress(terminal=True, clock=lambda: next(times), width=lambda: 70)
    progress(1, 2, Path("a.txt"), "binary")
    progress.setting_aside({"b": "set aside: it reads <x> differently from page a"})
    err = capsys.readouterr().err
    assert err.endswith(
        "\npages disagree where they meet: setting aside 1 page(s), checking the rest again\n"
    )
    assert progress.skipped == 0 and progress.first_done_at is None


# --- the command, in a process of its own ------------------------------------------------


def test_plain_lines_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    page = write_page(tmp_path / "in", "cangnan.txt", PAGE)
    done = subprocess.run(
        [*EPIKG, "build", str(page), "-o", "kg.ttl", "--no-model", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[:2] == ["found 1 page(s)", f"[1/1] {page}: ok"]
    assert "\r" not in done.stderr and "\x1b" not in done.stderr


def test_first_line_comes_before_the_model_loads(tmp_path: Path) -> None:
    page = write_page(tmp_path / "in", "cangnan.txt", PAGE)
    started = time.monotonic()
    process = subprocess.Popen(
        [*EPIKG, "build", str(page), "-o", "kg.ttl", "--no-cache", "-j", "1"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        waited = time.monotonic() - started
    finally:
        process.kill()
        process.wait()
    assert first == "found 1 page(s); loading the NER model ...\n"
    assert waited < FIRST_LINE_BOUND, f"the first line came after {waited:.1f} s"
