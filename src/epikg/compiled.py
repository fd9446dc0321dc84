"""Data that is slow to parse (the gazetteer, jionlp's IDF list, the model's lexicon), compiled once into a
marshal file that loads in a fraction of a second.

A compiled file is keyed by the checksum of its source files and of the module whose function compiles
it, and holds the checksum of its own payload: a stale, truncated or corrupt file is compiled again and
replaced (written to a temporary file and renamed), never trusted. Where the folder cannot be written the
data is compiled in memory each time, as before. Only plain values (dicts, lists, tuples, str, bytes,
numbers) are compiled, so that marshal can hold them.
"""

from __future__ import annotations

import gc
import hashlib
import inspect
import marshal
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

FORMAT = b"epikg-compiled-1"
"""Changes whenever the file layout does."""


def compiled_dir() -> Path:
    """EPIKG_COMPILED_DIR, else `compiled/` in the user's cache folder (XDG_CACHE_HOME, else ~/.cache/epikg)."""
    explicit = os.environ.get("EPIKG_COMPILED_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "epikg" / "compiled"


def source_key(name: str, sources: Iterable[Path], compiler: Callable[..., Any], extra: bytes = b"") -> str:
    """The checksum of the sources' bytes, of the compiling function's module source and of `extra` (what else
    the value is compiled from: a query's text, say)."""
    digest = hashlib.sha256(FORMAT + b"\0" + name.encode())
    if extra:  # (without it, the keys of values compiled from files alone stay as they were)
        digest.update(b"\0extra\0" + hashlib.sha256(extra).digest())
    module = inspect.getmodule(compiler)
    code = inspect.getsource(module) if module is not None else compiler.__qualname__
    digest.update(hashlib.sha256(code.encode()).digest())
    for path in sources:
        digest.update(b"\0" + str(path.name).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def distribution_files(package: str) -> list[Path]:
    """What tells an installed package's version, found without importing it: its distribution's METADATA
    beside it (else its own code). A value compiled by that package's code lists these among its sources."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or not spec.origin:
        return []
    found = Path(spec.origin)
    return [*sorted(found.parent.parent.glob(f"{package}-*.dist-info/METADATA")), found]


STALE_AFTER_S = 7 * 24 * 3600
"""Other versions of a compiled file (from other checkouts or releases) untouched this long are removed when a
new one is written."""


def compiled_path(name: str, key: str, folder: Path | None = None) -> Path:
    """Each version of the data has its own file (the key in its name): two installs with different data or
    code share the folder without compiling in turn, each over the other's file."""
    return (folder or compiled_dir()) / f"{name}-{key[:16]}.marshal"


def _remove_stale_versions(path: Path, name: str) -> None:
    now = time.time()
    for other in path.parent.glob(f"{name}-{'?' * 16}.marshal"):
        try:
            if other != path and now - other.stat().st_mtime > STALE_AFTER_S:
                other.unlink()
        except OSError:
            pass


def read_compiled(path: Path, key: str) -> Any:
    """The value stored under `key` in `path`; LookupError when it is missing, stale or damaged."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LookupError(f"{path}: {exc}") from exc
    end = data.find(b"\n\n")
    parts = data[:end].split(b"\n") if end >= 0 else []
    if len(parts) != 3 or parts[0] != FORMAT or parts[1] != key.encode():
        raise LookupError(f"{path}: another format or key")
    payload = memoryview(data)[end + 2 :]  # not a copy: the gazetteer's is 24 MB
    if hashlib.sha256(payload).hexdigest().encode() != parts[2]:
        raise LookupError(f"{path}: checksum")
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects, none of them garbage: no collection to run meanwhile
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError) as exc:
        raise LookupError(f"{path}: {exc}") from exc
    finally:
        if collecting:
            gc.enable()


def write_compiled(path: Path, key: str, value: Any) -> None:
    """Store a value atomically; a folder that cannot be written is no error (the value is used in memory)."""
    payload = marshal.dumps(value)
    header = b"\n".join((FORMAT, key.encode(), hashlib.sha256(payload).hexdigest().encode()))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(header + b"\n\n" + payload)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def load_compiled(
    name: str,
    sources: Iterable[Path],
    compiler: Callable[[], T],
    *,
    folder: Path | None = None,
    extra: bytes = b"",
) -> T:
    """The compiled value of `compiler()` over `sources` (and `extra`, see source_key): read from its file
    when that is current, else compiled now and written for the next process."""
    sources = list(sources)
    key = source_key(name, sources, compiler, extra)
    path = compiled_path(name, key, folder)
    try:
        return read_compiled(path, key)
    except LookupError:
        pass
    value = compiler()
    write_compiled(path, key, value)
    _remove_stale_versions(path, name)
    return value
