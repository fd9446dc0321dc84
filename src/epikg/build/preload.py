"""`dask worker tcp://HOST:8786 --preload epikg.build.preload`: a worker warms up when it starts, not on the
first page a build sends it.

Warming up is what a watched local worker does before its first page: torch set to one thread, the shipped
model loaded with the default options, and the warm-up page built (epikg/data/warm_up_page.txt), so that the
rule data and the shapes are read. It runs in a thread, so the worker joins the cluster at once; a page that
arrives meanwhile waits for it (epikg.build.cluster's worker lock) instead of loading a second copy. A build
with other options (`--ner-model`, `--rules`) loads what it needs on its first page, as without the preload.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

logger = logging.getLogger(__name__)

_warm = threading.Event()


def warm_up() -> None:
    """Load the default resources and build the warm-up page, holding the cluster's worker lock meanwhile."""
    from epikg.build.cluster import worker_lock
    from epikg.build.local import load_resources
    from epikg.build.watched import build_warm_up_page
    from epikg.document import BuildOptions

    with worker_lock:
        try:
            build_warm_up_page(load_resources(BuildOptions()), validate=True)
        except Exception:  # the first real page loads it again, and reports what fails
            logger.exception("epikg could not warm up this worker")
        finally:
            _warm.set()


def warmed(timeout: float | None = None) -> bool:
    """Whether this process has finished warming up (waiting up to `timeout` seconds)."""
    return _warm.wait(timeout)


def dask_setup(worker: Any) -> None:
    """Dask's preload hook: warm up in a thread of the worker process."""
    threading.Thread(target=warm_up, name="epikg-warm-up", daemon=True).start()
