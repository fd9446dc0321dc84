"""CSV written atomically: readers never see half a table, and a failed run leaves the old file."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence

from epikg.build.output import atomic_output


def write_csv(header: Sequence[str], rows: Iterable[Sequence[str]], output: str) -> int:
    """The header and rows to `output` (`-` is stdout), UTF-8, `\\n` line ends; returns the row count."""
    count = 0
    with atomic_output(output) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
