"""Which characters of a text are taken already: the overlap test of every rule, in time linear in the page.

Testing a new span against each span taken so far costs the number taken, so a page with n names paid n^2;
marking characters costs the span's own length, whatever the page holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


class Taken:
    """Characters [0, size) of a text, each taken or free; spans are half-open (start, end) pairs."""

    __slots__ = ("_chars",)

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._chars = bytearray(size)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        end = min(end, len(self._chars))
        if end > start:
            self._chars[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any character of [start, end) is taken (as `s < end and start < e` for some taken span)."""
        return 1 in self._chars[start:end]


def occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where a name is written in the text: left to right, not overlapping one another (as re.finditer finds
    it, without compiling a pattern per name)."""
    start = text.find(name) if name else -1
    while start >= 0:
        yield start, start + len(name)
        start = text.find(name, start + len(name))
