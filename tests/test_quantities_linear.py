"""Reading numbers takes time linear in the text: no page of digits, numerals or slogans hangs the build.

Issue 15, item 1: the old numeral pattern nested `\\d+` inside a repeated group, so a
run of 24 digits without a measure word took 17 s and 28 never finished. These tests
compare the time on a text of length n with the time on 4n (a generous factor, not
an absolute limit), so they hold on a slow or busy machine and fail on anything
quadratic or worse.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from epikg.extract.quantities import find_quantities, parse_number

SHORT = 2_500  # characters; each test compares SHORT with 4 x SHORT
FACTOR = 10  # linear work grows 4x; quadratic grows 16x


def _best_time(function: Callable[[str], object], text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - began)
    return best


def _grows_linearly(function: Callable[[str], object], piece: str, size: int = SHORT) -> bool:
    """Time on 4 x size characters is at most FACTOR times the time on size (plus 50 ms of noise)."""
    short = (piece * (size // len(piece) + 1))[:size]
    long = (piece * (4 * size // len(piece) + 1))[: 4 * size]
    return _best_time(function, long) <= FACTOR * _best_time(function, short) + 0.05


def _parse_every_chunk(text: str) -> None:
    for start in range(0, len(text), 40):
        parse_number(text[start : start + 40])


def test_a_long_run_of_digits_without_a_unit_does_not_hang() -> None:
    """The 28 digits of issue 15 and runs a thousand times longer, in a child so a hang fails."""
    script = (
        "import time\n"
        "from epikg.extract.quantities import find_quantities\n"
        "find_quantities('1' * 28 + 'x')\n"
        "def t(n):\n"
        "    began = time.perf_counter(); find_quantities('1' * n + 'x'); return time.perf_counter() - began\n"
        "print(t(40_000) <= 10 * t(10_000) + 0.05)\n"
    )
    try:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise AssertionError("find_quantities did not finish on a run of digits") from None
    assert done.stdout.strip() == "True", done.stderr


GENRE_WORDS = [
    "个", "人次", "万", "余", "多", "第", "每", "至", "-", "约", "近", "这", "数", "一", "卡点", "“",
    "”", "、", ",", "。", "1,628", "4.98", "十", "百", "千克", "大", "划分为", "(次)", " ", "\n",
]  # fmt: skip
PIECES = st.lists(
    st.one_of(
        st.sampled_from(GENRE_WORDS),
        st.text(alphabet="0123456789", min_size=1, max_size=30),
        st.text(alphabet="零〇一二两三四五六七八九十百千万亿", min_size=1, max_size=30),
        st.text(alphabet=".,;:!?%+()“”、。", min_size=1, max_size=10),
    ),
    min_size=1,
    max_size=12,
).map("".join)


@settings(max_examples=15, deadline=None)
@given(PIECES)
def test_find_quantities_time_grows_linearly(piece: str) -> None:
    assert _grows_linearly(find_quantities, piece)


@settings(max_examples=15, deadline=None)
@given(PIECES)
def test_parse_number_time_grows_linearly(piece: str) -> None:
    assert _grows_linearly(_parse_every_chunk, piece)


def test_pure_runs_of_each_kind_grow_linearly() -> None:
    pieces = ("1", "1.", "1,", "一", "十", "万", "两千五百", "每", "第1", "3至", "个", "“五个一”")
    for piece in pieces:
        assert _grows_linearly(find_quantities, piece), piece


def test_many_fixed_phrases_beside_many_counts_grow_linearly() -> None:
    """Each count was checked against every fixed phrase of the page: quadratic on a long page."""
    assert _grows_linearly(find_quantities, "第一时间设卡点5个,", size=20_000)
