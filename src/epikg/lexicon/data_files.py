"""The rule data files (src/epikg/data/): read, extended by a user's rules folder (`epikg build --rules DIR`),
and parsed as word lists, tables and patterns. Every loader is cached per process; set_rules_dir clears them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent.parent / "data"


# A folder of data files that extend the shipped ones (`epikg build --rules DIR`). The loaders below and
# beside them (in ner/, extract/, read/pagemeta) are cached per process, so the folder is set once per process
# before any of them runs: by the CLI, and by each build worker's initializer. set_rules_dir clears those
# caches when the folder changes after a load, so a later load sees it.
_rules_dir: Path | None = None


_loaded = False


class RulesError(Exception):
    """A rules folder that cannot extend the shipped data; one line naming the file."""


def rules_dir() -> Path | None:
    """The folder whose data files extend the shipped ones in this process, if any."""
    return _rules_dir


def check_rules_dir(folder: Path) -> list[Path]:
    """The data files of a rules folder; a file whose name the package has no data file of is an error."""
    if not folder.is_dir():
        raise RulesError(f"rules folder {folder} does not exist")
    files = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    for path in files:
        if not path.is_file() or not (DATA_DIR / path.name).is_file():
            raise RulesError(
                f"{path}: epikg has no data file {path.name!r} to extend (see {DATA_DIR.name}/ in the package)"
            )
    return files


def set_rules_dir(folder: Path | None) -> None:
    """Extend the shipped data files with a folder's files of the same names (their lines are appended)."""
    global _rules_dir
    if folder is not None:
        check_rules_dir(folder)
        folder = folder.resolve()
    if folder == _rules_dir:
        return
    _rules_dir = folder
    if _loaded:
        _clear_data_caches()


def _clear_data_caches() -> None:
    """Forget every cached data loader in epikg (the model is no data file: its cache stays), and re-run the
    modules that build their tables when imported (`_DATA_AT_IMPORT = True`): importlib.reload runs them again
    in their own namespace, so their functions, wherever imported, see the new tables."""
    import importlib
    import sys

    for name, module in list(sys.modules.items()):
        if (
            not name.startswith("epikg.")
            or name in ("epikg.ner.hanlp_model", "epikg.ner.array_model")
            or module is None
        ):
            continue
        if getattr(module, "_DATA_AT_IMPORT", False):
            importlib.reload(module)
        for value in list(vars(module).values()):
            # Only functools' cached functions: asking an rdflib namespace (XSD) for an attribute warns.
            if isinstance(value, functools._lru_cache_wrapper) and getattr(value, "__module__", None) == name:
                value.cache_clear()


def data_paths(name: str) -> list[Path]:
    """The files a data file is read from: the one shipped in epikg/data, then the rules folder's of the same name,
    if one is set and has it."""
    paths = [DATA_DIR / name]
    if _rules_dir is not None and (_rules_dir / name).is_file():
        paths.append(_rules_dir / name)
    return paths


def read_data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of data_paths(name)."""
    global _loaded
    _loaded = True
    lines = []
    for path in data_paths(name):
        with open(path, encoding="utf-8") as f:
            lines.extend(line.strip() for line in f if line.strip() and not line.startswith("#"))
    return lines


# --- the genre's vocabularies, shared by ner/ (which finds mentions) and extract/ (which reads posts) ---


def word_pattern(lines: Sequence[str]) -> re.Pattern[str]:
    """One regex for a word list: literal words, or regexes written `re:...`, longest first."""
    parts = [line[3:] if line.startswith("re:") else re.escape(line) for line in lines]
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in parts) if parts else "(?!)")


@cache
def data_words(name: str) -> frozenset[str]:
    """The entries of a one-column data file (words or characters), comments after `#` dropped."""
    return frozenset(
        line.split("#")[0].strip() for line in read_data_lines(name) if line.split("#")[0].strip()
    )


@cache
def data_table(name: str) -> dict[str, str]:
    """A two-column data file (entry<TAB>value) as a dict, comments after `#` dropped."""
    return dict(data_rows(name))


@cache
def data_groups(name: str) -> dict[str, tuple[str, ...]]:
    """A two-column data file (kind<TAB>word) as each kind's words, longest first (to try in that order)."""
    groups: dict[str, list[str]] = {}
    for kind, word in data_rows(name):
        groups.setdefault(kind, []).append(word)
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in groups.items()}


_ROW_COMMENT = re.compile(r"\s#\s")


@cache
def data_columns(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file as tuples of their columns (as many as each row has), comments after
    `#` dropped (a `#` between spaces: a `#` that is a column's word stays, as a forum's floor mark `5#`)."""
    rows = []
    for line in read_data_lines(name):
        cols = tuple(c.strip() for c in _ROW_COMMENT.split(line)[0].rstrip().split("\t"))
        if cols[0]:
            rows.append(cols)
    return tuple(rows)


@cache
def data_rows(name: str) -> tuple[tuple[str, str], ...]:
    """The (first column, second column) rows of a tab-separated data file (data_columns): rows of one column
    are left out."""
    return tuple((cols[0], cols[1]) for cols in data_columns(name) if len(cols) >= 2)


@cache
def data_longest_first(name: str) -> tuple[str, ...]:
    """The entries of a one-column data file, longest first (then in code-point order): endings to test
    with `str.endswith`, words to try in that order."""
    return tuple(sorted(data_words(name), key=lambda word: (-len(word), word)))


def alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation of their escaped forms, in the order given (longest first where that
    matters), for the regex skeleton in code to wrap: `(?:` + alternation(words) + `)`."""
    return "|".join(map(re.escape, words))


@cache
def _word_lengths(name: str) -> tuple[int, ...]:
    """The lengths of a one-column data file's entries, longest first."""
    return tuple(sorted({len(word) for word in data_words(name)}, reverse=True))


def longest_word_at(name: str, text: str, at: int) -> str | None:
    """The longest entry of a one-column data file that the text has at `at`, or None: the first of
    data_longest_first(name) that text.startswith at `at`, looked up length by length instead of scanned."""
    words = data_words(name)
    for length in _word_lengths(name):
        word = text[at : at + length]
        if len(word) == length and word in words:
            return word
    return None


@cache
def data_alternation(name: str) -> str:
    """A one-column data file as a regex alternation of its escaped entries, longest first."""
    return alternation(data_longest_first(name))
