"""A built graph as a folder of N-Triples parts and a manifest, for graphs built on many machines and loaded in bulk.

    OUT/part-00000-<sha>.nt   the measure scheme
    OUT/part-00001-<sha>.nt   sorted, distinct triples of the first batch of pages (in the inputs' order)
    ...
    OUT/manifest.json         the parts (name, pages, triples, bytes, SHA-256), the union's triple count,
                              and every skipped page with its reason

The union of the parts is the graph a single-file build writes (the same sorted lines). The folder is
written atomically as a whole: each part goes to a temporary name and is renamed, parts are named by
their content, and the manifest, which alone says which parts make the graph, is renamed into place last;
parts of an earlier build that it no longer lists are removed after. Readers take the parts the manifest
lists, so a build killed half-way leaves the previous graph readable.

OUT is a plain path, a `file://` URL, or any fsspec URL (`s3://bucket/kg/`) where fsspec is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from epikg import __version__
from epikg.build.output import OutputError
from epikg.document import DocumentResult, scheme_lines
from epikg.records import Skipped

MANIFEST = "manifest.json"
FORMAT = "epikg-ntriples-parts/1"
PAGES_PER_PART = 1000
_PART = re.compile(r"part-\d{5}-[0-9a-f]{12}\.nt")


@dataclass(frozen=True)
class Part:
    name: str
    pages: int
    triples: int
    bytes: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What a parts folder holds: the graph is the union of `parts`."""

    parts: tuple[Part, ...]
    pages: int
    triples: int
    """Distinct triples of the union (a triple in several pages' parts counts once)."""
    skipped: tuple[tuple[str, str], ...] = ()
    """(path, reason) of every page that was not built."""
    epikg: str = __version__
    format: str = FORMAT

    def as_json(self) -> str:
        data = asdict(self)
        data["skipped"] = [{"path": p, "reason": r} for p, r in self.skipped]
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"not a manifest of {FORMAT}")
        return cls(
            parts=tuple(Part(**part) for part in data["parts"]),
            pages=int(data["pages"]),
            triples=int(data["triples"]),
            skipped=tuple((s["path"], s["reason"]) for s in data["skipped"]),
            epikg=data["epikg"],
        )


def is_parts_output(output: str) -> bool:
    """Whether -o names a parts folder: it ends with `/`, or is a folder already."""
    if output == "-":
        return False
    if output.endswith("/"):
        return True
    local = local_path(output)
    if local is not None:
        return local.is_dir()
    fs, path = _fsspec(output)
    return bool(fs.isdir(path))


def local_path(output: str) -> Path | None:
    """The folder on this machine a plain path or `file://` URL names; None for other URLs."""
    parts = urlsplit(output)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if "://" in output:
        return None
    return Path(output)


def _fsspec(output: str):  # noqa: ANN202 - (an fsspec filesystem, its path)
    try:
        import fsspec
    except ImportError as exc:
        raise OutputError(
            f"cannot write {output}: URLs other than file:// need fsspec (pip install fsspec)"
        ) from exc
    try:
        return fsspec.core.url_to_fs(output)
    except (ImportError, ValueError) as exc:
        raise OutputError(f"cannot write {output}: {exc}") from exc


class _Folder:
    """Where the parts go: a local folder (os calls) or an fsspec filesystem."""

    def __init__(self, output: str) -> None:
        self.output = output
        self.local = local_path(output)
        self.fs, self.root = (None, str(self.local)) if self.local is not None else _fsspec(output)
        self.root = self.root.rstrip("/") or "/"

    def path(self, name: str) -> str:
        return f"{self.root}/{name}"

    def make(self) -> None:
        try:
            if self.local is not None:
                self.local.mkdir(parents=True, exist_ok=True)
            else:
                self.fs.makedirs(self.root, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write {self.output}: {exc.strerror or exc}") from exc

    def write(self, name: str, data: bytes) -> None:
        """`name` replaced at once by `data`: written under a temporary name first."""
        if self.local is not None:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.local)
            try:
                with os.fdopen(fd, "wb") as stream:
                    stream.write(data)
                os.chmod(tmp, 0o666 & ~_umask())
                os.replace(tmp, self.local / name)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            return
        tmp = self.path(f".{name}.{uuid.uuid4().hex}.tmp")
        try:
            with self.fs.open(tmp, "wb") as stream:
                stream.write(data)
            self.fs.mv(tmp, self.path(name))
        except BaseException:
            if self.fs.exists(tmp):
                self.fs.rm(tmp)
            raise

    def names(self) -> list[str]:
        if self.local is not None:
            return sorted(p.name for p in self.local.iterdir())
        return sorted(p.rstrip("/").rsplit("/", 1)[-1] for p in self.fs.ls(self.root, detail=False))

    def remove(self, name: str) -> None:
        if self.local is not None:
            (self.local / name).unlink(missing_ok=True)
        else:
            self.fs.rm(self.path(name))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_parts_output(output: str) -> None:
    """Fail before any work when the folder cannot be written: it is created, a file written and removed."""
    folder = _Folder(output)
    if folder.local is not None and folder.local.exists() and not folder.local.is_dir():
        raise OutputError(f"cannot write {output}: it is a file, not a folder")
    folder.make()
    probe = f".probe-{uuid.uuid4().hex}"
    try:
        folder.write(probe, b"")
        folder.remove(probe)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc


def _part(number: int, lines: Iterable[str], pages: int) -> tuple[Part, bytes]:
    ordered = sorted(set(lines))
    data = "".join(f"{line}\n" for line in ordered).encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    return Part(f"part-{number:05d}-{sha[:12]}.nt", pages, len(ordered), len(data), sha), data


def write_parts(
    documents: Sequence[DocumentResult],
    skipped: Sequence[Skipped],
    output: str,
    *,
    pages_per_part: int = PAGES_PER_PART,
) -> Manifest:
    """The built pages (in the inputs' order) as parts of `pages_per_part` pages, the manifest last."""
    folder = _Folder(output)
    folder.make()
    built = [d for d in documents if not d.skipped]
    union: set[str] = set(scheme_lines())
    batches = [((), scheme_lines())] + [
        (built[i : i + pages_per_part], None) for i in range(0, len(built), pages_per_part)
    ]
    parts = []
    try:
        for number, (batch, lines) in enumerate(batches):
            batch_lines = lines if lines is not None else [line for d in batch for line in d.lines()]
            part, data = _part(number, batch_lines, len(batch))
            union.update(batch_lines)
            folder.write(part.name, data)
            parts.append(part)
        manifest = Manifest(tuple(parts), len(built), len(union), tuple((s.path, s.reason) for s in skipped))
        folder.write(MANIFEST, manifest.as_json().encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    listed = {part.name for part in parts}
    for name in folder.names():  # parts of an earlier build, now listed by no manifest
        if _PART.fullmatch(name) and name not in listed:
            folder.remove(name)
    return manifest


class PartsError(Exception):
    """A parts folder that cannot be read: no manifest, or a part missing or not the size the manifest says."""


def read_parts(folder: Path) -> tuple[Manifest, list[Path]]:
    """The manifest of a local parts folder and its parts' paths, each checked to be there at its size."""
    try:
        manifest = Manifest.from_json((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PartsError(
            f"{folder} is a folder without {MANIFEST}: not a parts folder of `epikg build`"
        ) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PartsError(f"cannot read {folder / MANIFEST}: {exc}") from exc
    paths = []
    for part in manifest.parts:
        path = folder / part.name
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise PartsError(f"{path}: listed in the manifest but {exc.strerror or exc}") from exc
        if size != part.bytes:
            raise PartsError(f"{path}: {size} bytes, the manifest says {part.bytes} (damaged or half-copied)")
        paths.append(path)
    return manifest, paths
