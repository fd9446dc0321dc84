"""Tables of people whose header row names the columns (`序号 姓名 单位 职务`): each row below it, cut the same
way (by spaces, tabs or bars) into as many cells, read by column (data/table_columns.tsv). The person rules read
the names of the name column, the post reader the posts beside them.

Rosters too: a header line closed by a roster's word (`网格员联系方式:`, `楼栋长名单`), then lines of items, each a
label, a colon and a name, maybe a phone number (`锦江花园1-6号楼:佟丽娜 138****2316`, `1栋:冉启华 2栋:朱小琴`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from epikg.lexicon import alternation, data_columns, data_longest_first

_CELL_BREAK = re.compile(r"[ \t\u3000]*[|｜\t][ \t\u3000]*|[ \u3000]+")


@dataclass(frozen=True)
class Cell:
    """One cell of a row: its text and its span in the article's text."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _columns() -> dict[str, str]:
    return {row[1]: row[0] for row in data_columns("table_columns.tsv") if len(row) >= 2}


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells, at = [], start
    for found in _CELL_BREAK.finditer(text, start, end):
        if found.start() > at:
            cells.append(Cell(text[at : found.start()], at, found.start()))
        at = found.end()
    if at < end:
        cells.append(Cell(text[at:end], at, end))
    return cells


def _header(cells: list[Cell]) -> list[str | None] | None:
    """Each column's kind where the cells are a table's header row (one that names the name column and one
    more), else None."""
    kinds = [_columns().get(cell.text) for cell in cells]
    return kinds if "name" in kinds and sum(kind is not None for kind in kinds) >= 2 else None


def header_width(line: str) -> int | None:
    """The number of columns of a table's header row, else None."""
    header = _header(_cells(line, 0, len(line)))
    return len(header) if header else None


def width(line: str) -> int:
    """How many cells a line cuts into, as a table's rows are cut."""
    return len(_cells(line, 0, len(line)))


@lru_cache(maxsize=4)
def table_rows(text: str) -> tuple[dict[str, Cell], ...]:
    """Each row of a table of people in `text`, as {kind: cell} for the columns the header names (name, post,
    body). A header names the name column and one more; its rows follow with as many cells, up to the first
    line cut otherwise."""
    rows: list[dict[str, Cell]] = []
    header: list[str | None] = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        cells = _cells(text, start, start + len(line))
        if kinds := _header(cells):
            header = kinds
        elif header and len(cells) == len(header):
            rows.append({kind: cell for kind, cell in zip(header, cells, strict=True) if kind})
        elif cells:
            header = []
    return tuple(rows)


# an item: a label, a colon, a name and maybe a phone number; a line of them
_ROSTER_ITEM = re.compile(r"[^\s:,。;]{1,14}:(?P<name>[^\s:,。;\d]{2,6})(?:\s+[\d*\-]{5,})?")
_ROSTER_LINE = re.compile(rf"{_ROSTER_ITEM.pattern}(?:\s+{_ROSTER_ITEM.pattern.replace('?P<name>', '')})*")


@dataclass(frozen=True)
class Roster:
    """A roster: where its header line starts (`附:滨江名都小区楼栋长名单`), where its roster word starts (the title, if
    any, ends there), and the cells of the names under it."""

    start: int
    word: int
    names: tuple[Cell, ...]


@lru_cache(maxsize=1)
def _roster_word() -> re.Pattern[str]:
    """A roster's word closing its header line (data/post_roster_words.txt: `名单`, `联系方式`), and a colon."""
    return re.compile(rf"(?:{alternation(data_longest_first('post_roster_words.txt'))}):?$")


@lru_cache(maxsize=4)
def rosters(text: str) -> tuple[Roster, ...]:
    """The rosters of the text: a header line closed by a roster word, and the lines of items right under it."""
    found = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for i, (start, end) in enumerate(lines):
        word = _roster_word().search(text, start, end)
        if word is None:
            continue
        names = []
        for line_start, line_end in lines[i + 1 :]:
            if not _ROSTER_LINE.fullmatch(text, line_start, line_end):
                break
            names += [
                Cell(item.group("name"), item.start("name"), item.end("name"))
                for item in _ROSTER_ITEM.finditer(text, line_start, line_end)
            ]
        if names:
            found.append(Roster(start, word.start(), tuple(names)))
    return tuple(found)
