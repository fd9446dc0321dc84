"""A graph (or a Turtle file) to the report page, written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Graph

from epikg.report.data import gather
from epikg.report.page import render
from epikg.store import read_graph


def build_report(source: str | Path | Graph, *, title: str = "epikg report") -> str:
    """The page for a graph or a Turtle file; StoreError when the file cannot be read."""
    return render(gather(read_graph(source)), title=title)


def write_report(source: str | Path | Graph, output: str | Path, *, title: str = "epikg report") -> Path:
    """Write the page to `output` through a temporary file beside it, so a failure leaves no half page."""
    page = build_report(source, title=title)
    target = Path(output)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(page)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
