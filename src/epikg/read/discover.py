"""Finding the pages under the inputs, each with the path the graph records for it.

Apart from epikg.read.ingest (which re-exports it) so that a rebuild from the cache finds its pages without
loading what reads them (OpenCC's tables, the rule data).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from epikg.records import PageFile, Skipped

SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}


def discover(
    inputs: Iterable[str | Path], problems: list[Skipped] | None = None, ignored: list[str] | None = None
) -> Iterator[Path]:
    """Files named directly, and the pages inside folders (recursively, sorted); see `discover_pages`."""
    return (found.path for found in discover_pages(inputs, problems, ignored))


def discover_pages(
    inputs: Iterable[str | Path], problems: list[Skipped] | None = None, ignored: list[str] | None = None
) -> Iterator[PageFile]:
    """Files named directly, and the pages inside folders (recursively, sorted), each with its source path.

    Nothing under a folder goes unaccounted for: an unreadable folder, a dangling symbolic link or
    anything else that cannot be read is appended to `problems` with its reason, and a file that is
    not a page (another suffix) to `ignored`.
    """
    problems = problems if problems is not None else []
    ignored = ignored if ignored is not None else []
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            seen.add(path.resolve())
            for found in _walk(path, problems, ignored, seen):
                yield PageFile(found, source_path(found, path))
        else:
            yield PageFile(path, source_path(path))


def source_path(path: Path, root: Path | None = None) -> str:
    """Where a page is, as the graph records it: relative to the input folder it was found under, else
    relative to the current directory when it lies inside it, else its file name; POSIX style.

    The building machine's own folders never show, so the same page gives the same path anywhere.
    """
    if root is not None:
        with contextlib.suppress(ValueError):
            return path.relative_to(root).as_posix()
    cwd = Path.cwd()
    for absolute in (Path(os.path.abspath(path)), path.resolve()):
        with contextlib.suppress(ValueError):
            return absolute.relative_to(cwd).as_posix()
    return path.name


def _walk(folder: Path, problems: list[Skipped], ignored: list[str], seen: set[Path]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        problems.append(Skipped(str(folder), f"unreadable folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir():  # a link to a folder is followed, each folder read once (no loops)
                real = path.resolve()
                if real in seen:
                    problems.append(
                        Skipped(str(path), f"folder {real} is read already (a link loop or a second link)")
                    )
                    continue
                seen.add(real)
                yield from _walk(path, problems, ignored, seen)
            elif entry.is_file():
                if path.suffix.lower() in SUFFIXES:
                    yield path
                else:
                    ignored.append(str(path))
            elif entry.is_symlink():
                problems.append(Skipped(str(path), f"dangling symbolic link to {os.readlink(path)}"))
            else:
                problems.append(Skipped(str(path), "not a regular file"))
        except OSError as exc:
            problems.append(Skipped(str(path), f"unreadable: {exc.strerror or exc}"))
