"""Sorted, distinct lines gathered from many pages, in memory up to a size and in sorted runs on disk past it.

A build's union is every page's N-Triples lines, sorted, each once. Held as one list it grows with the
corpus (about 400 bytes a line); here the lines are kept in memory until they hold `SPILL_CHARS`
characters, then sorted, made distinct and written to a temporary file as one run, and the union is read
back as the merge of the runs (heapq.merge): the same lines in the same order as sorting them all in
memory, with memory bounded by the limit and the number of runs. The runs are removed when the object is
closed or collected, or when the process ends.
"""

from __future__ import annotations

import heapq
import itertools
import shutil
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

SPILL_CHARS = 8_000_000
"""Characters of lines held in memory before they are written out as a sorted run (about 20 MiB as Python
strings of Chinese text, two bytes a character); the 50 dev articles and the seeds hold 3.9 million, so a
build of that size never spills, and 16 copies of them (61 million) make eight runs."""


class SortedLines:
    """Lines added in any order, read back (as often as wanted) sorted and distinct."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = SPILL_CHARS if limit is None else limit
        self._buffer: list[str] = []
        self._chars = 0
        self._sorted = True  # the buffer is sorted and distinct
        self._runs: list[Path] = []
        self._folder: Path | None = None
        self._cleanup: weakref.finalize | None = None
        self._count: int | None = 0

    def add(self, lines: Iterable[str]) -> None:
        """More lines (each without its line break)."""
        given = lines if isinstance(lines, list | tuple) else list(lines)
        if not given:
            return
        self._buffer.extend(given)
        self._chars += sum(map(len, given))
        self._sorted = False
        self._count = None
        if self._chars > self.limit:
            self._spill()

    def _compact(self) -> None:
        if not self._sorted:
            # Pages come sorted: sorting their concatenation merges those runs (Timsort), where sorting a
            # set of them would start from no order at all.
            self._buffer.sort()
            self._buffer = [line for line, _ in itertools.groupby(self._buffer)]
            self._sorted = True

    def _spill(self) -> None:
        """The buffer, sorted and distinct, written out as one run; the buffer emptied."""
        self._compact()
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="epikg-union-"))
            self._cleanup = weakref.finalize(self, shutil.rmtree, str(self._folder), True)
        run = self._folder / f"run-{len(self._runs):05d}.nt"
        with open(run, "w", encoding="utf-8", newline="\n") as stream:
            for line in self._buffer:
                stream.write(line)
                stream.write("\n")
        self._runs.append(run)
        self._buffer, self._chars = [], 0

    @property
    def spilled(self) -> int:
        """How many runs were written to disk."""
        return len(self._runs)

    def __iter__(self) -> Iterator[str]:
        self._compact()
        if not self._runs:
            return iter(self._buffer)
        merged = heapq.merge(*(_read_run(run) for run in self._runs), self._buffer)
        return (line for line, _ in itertools.groupby(merged))

    def __len__(self) -> int:
        """How many distinct lines (counted by reading them once, then remembered until lines are added)."""
        if self._count is None:
            self._count = sum(1 for _ in self)
        return self._count

    def close(self) -> None:
        """Remove the runs from disk (and forget the lines)."""
        if self._cleanup is not None:
            self._cleanup()
        self._runs, self._buffer, self._chars, self._count = [], [], 0, 0

    def __enter__(self) -> SortedLines:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_run(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8", newline="\n") as stream:
        for line in stream:
            yield line[:-1]
