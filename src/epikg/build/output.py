"""Writing a built graph: sorted N-Triples or Turtle, chosen by the file's suffix, always atomically.

N-Triples are written as sorted, distinct lines, so the same graph is the same bytes whatever the order
the pages were built in or how many workers built them.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt"}
"""Names accepted by --format, to the two formats written."""
SUFFIXES = {".nt": "nt", ".ttl": "turtle"}


class OutputError(Exception):
    """The output cannot be written; the message says why in one line."""


def output_format(output: str, requested: str | None = None) -> str:
    """`nt` or `turtle`: as requested, else by the output's suffix (`.nt`), else Turtle."""
    if requested:
        try:
            return FORMATS[requested.lower()]
        except KeyError:
            raise OutputError(f"unknown format {requested!r}: use ttl or nt") from None
    return SUFFIXES.get(Path(output).suffix.lower(), "turtle") if output != "-" else "turtle"


def check_output_path(output: str) -> Path | None:
    """Fail before any work when the output cannot be written: a file is created and removed beside it."""
    if output == "-":
        return None
    target = Path(output)
    if target.is_dir():
        raise OutputError(f"{output} is a folder; give a file name such as {target / 'kg.ttl'}")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"cannot write {output}: folder {directory} does not exist")
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(f"cannot write {output}: the file is read-only")
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    os.close(fd)
    Path(probe).unlink(missing_ok=True)
    return target


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(output: str) -> Iterator[IO[str]]:
    """A text stream to `output` (`-` is stdout): a temporary file beside the target, renamed over it only when
    the block ends without an error, so readers never see half a file and a failed run leaves the old one.

    The file gets the mode a plain `open` would give it (0666 less the umask), not mkstemp's 0600.
    """
    target = check_output_path(output)
    if target is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(text: str, output: str) -> None:
    with atomic_output(output) as stream:
        stream.write(text)


def sorted_distinct(lines: Iterable[str]) -> list[str]:
    """The lines sorted, each once; lines that are so already (a build's union) are taken as they are."""
    given = lines if isinstance(lines, list) else list(lines)
    if all(a < b for a, b in itertools.pairwise(given)):
        return given
    return sorted(set(given))


def write_ntriples(lines: Iterable[str], output: str, *, ordered: bool = False) -> int:
    """Distinct lines, sorted, one triple each; returns how many. With `ordered` the lines are sorted and
    distinct already (a build's union, epikg.build.spill) and are streamed as they come, never held."""
    count = 0
    with atomic_output(output) as stream:
        for line in lines if ordered else sorted_distinct(lines):
            stream.write(line)
            stream.write("\n")
            count += 1
    return count


def write_turtle(lines: Iterable[str], output: str, *, ordered: bool = False) -> int:
    """Distinct lines, sorted, as Turtle with epikg's prefixes (epikg.rdf.turtle); returns how many triples.
    `ordered`: as for write_ntriples."""
    from epikg.rdf.turtle import turtle_chunks

    count = 0

    def counted(given: Iterable[str]) -> Iterator[str]:
        nonlocal count
        for line in given:
            count += 1
            yield line

    with atomic_output(output) as stream:
        for chunk in turtle_chunks(counted(lines if ordered else sorted_distinct(lines))):
            stream.write(chunk)
    return count


def write_graph(lines: Iterable[str], output: str, fmt: str, *, ordered: bool = False) -> None:
    """The graph's N-Triples lines written as sorted N-Triples or as Turtle (`ordered`: see write_ntriples)."""
    if fmt == "nt":
        write_ntriples(lines, output, ordered=ordered)
    else:
        write_turtle(lines, output, ordered=ordered)
