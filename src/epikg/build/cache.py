"""Each page's result stored under its raw bytes' hash and the build's fingerprint, so a rebuild redoes only
what changed.

The fingerprint covers everything a page's result depends on besides the page: epikg's version and code,
the rule data files (src/epikg/data and a --rules folder), the ontology, the model's files, the versions of
the libraries that read pages and run the model (the gazetteer is jionlp's data), and the options. An entry
is a checksum line and the JSON result; an entry that does not match its checksum or key (truncated,
corrupted, written by another build) is removed and recomputed, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import epikg
from epikg.document import BuildOptions, DocumentResult, Job

PACKAGE_DIR = Path(epikg.__file__).resolve().parent
SHIPPED_MODEL_DIR = (
    PACKAGE_DIR / "ner" / "model"
)  # as epikg.ner.hanlp_model.DEFAULT_MODEL_DIR, without importing torch


def default_cache_dir(output: str) -> Path:
    """`.epikg-cache/` beside the output file; for stdout, the user's cache folder (XDG_CACHE_HOME)."""
    if output != "-":
        return Path(output).resolve().parent / ".epikg-cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "epikg"


LIBRARIES = ("rdflib", "pyshacl", "jionlp", "opencc", "hanlp", "torch", "numpy")
"""The libraries that read pages and run the model (numpy: the lexicon table, and the array engine's
arithmetic), whose versions are in the fingerprint."""


RACY_NS = 3_000_000_000
"""A file changed this recently (nanoseconds) is not remembered: written again within its file system's
timestamp granularity, it could keep its size and times (git's "racy clean" case), so it is read each time."""


class FingerprintMemo:
    """What the fingerprint read last time, kept in the cache folder (`fingerprint.memo`): each file's
    sha256 under its (size, mtime, ctime, inode), and the libraries' versions under the modification times of
    the site-packages folders of sys.path. A file whose stat differs is read again; so are the versions when
    one of those folders changed (an install adds or removes a `*.dist-info` there). Without a folder, or
    where the memo is damaged, everything is read: the fingerprint is the same either way. The memo is
    written into a cache folder that exists (the cache writes it with its first entry), never creating one."""

    KEY = "fingerprint-memo-1"

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / "fingerprint.memo" if folder is not None else None
        self.files: dict[str, list] = {}
        self.versions: dict = {}
        self.changed = False
        if self.path is not None and self.path.is_file():
            try:
                entry = _read_entry(self.path, self.KEY)
                self.files, self.versions = dict(entry["files"]), dict(entry["versions"])
            except (ValueError, KeyError, TypeError):
                self.changed = True

    def checksum(self, path: Path) -> str:
        stat = path.stat()
        signature = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
        known = self.files.get(str(path))
        if known is not None and known[:4] == signature:
            return known[4]
        found = hashlib.sha256(path.read_bytes()).hexdigest()
        if time.time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) > RACY_NS:
            self.files[str(path)] = [*signature, found]
            self.changed = True
        return found

    def library_versions(self) -> dict[str, str]:
        stamp = []
        for entry in sys.path:  # where installers put packages (not the current folder, which outputs change)
            if Path(entry).name in ("site-packages", "dist-packages"):
                with contextlib.suppress(OSError):
                    stamp.append([entry, os.stat(entry).st_mtime_ns])
        known = self.versions.get("values", {})
        if stamp and self.versions.get("stamp") == stamp and set(known) == set(LIBRARIES):
            return dict(known)
        values = {package: _version(package) for package in LIBRARIES}
        self.versions = {"stamp": stamp, "values": values}
        self.changed = True
        return values

    def save(self) -> None:
        if self.path is not None and self.changed and self.path.parent.is_dir():
            _write_entry(self.path, {"key": self.KEY, "files": self.files, "versions": self.versions})
            self.changed = False


def _hash_files(digest: hashlib._Hash, root: Path, pattern: str, memo: FingerprintMemo) -> None:
    for path in sorted(root.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + memo.checksum(path).encode() + b"\0")


def _model_checksum(model: str | None, memo: FingerprintMemo) -> str:
    folder = SHIPPED_MODEL_DIR if model is None else Path(model).expanduser()
    if not folder.is_dir():
        return f"id:{model}"  # a HanLP pretrained identifier: its name is all we know of it
    digest = hashlib.sha256()
    _hash_files(digest, folder, "*", memo)
    return digest.hexdigest()


def _version(package: str) -> str:
    from importlib import metadata  # here: a rebuild whose memo is current does not import it

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def fingerprint(
    options: BuildOptions,
    *,
    rules: Path | None = None,
    validate: bool = True,
    memo: FingerprintMemo | None = None,
) -> str:
    """What a page's result depends on besides the page itself. With `memo` (of the cache folder), the files'
    checksums and the libraries' versions found last time are reused where nothing changed."""
    from epikg.rdf.vocabulary import ontology_dir

    remembered = memo if memo is not None else FingerprintMemo(None)
    digest = hashlib.sha256()
    digest.update(
        json.dumps(
            {
                "epikg": epikg.__version__,
                "options": asdict(options),
                "validate": validate,
                "libraries": remembered.library_versions(),
                "model": _model_checksum(options.ner_model, remembered) if options.use_model else None,
            },
            sort_keys=True,
        ).encode()
    )
    for root, pattern in ((PACKAGE_DIR, "*.py"), (PACKAGE_DIR / "data", "*"), (ontology_dir(), "*.ttl")):
        digest.update(f"\0{root.name}\0".encode())
        _hash_files(digest, root, pattern, remembered)
    if rules is not None:
        digest.update(b"\0rules\0")
        _hash_files(digest, rules, "*", remembered)
    remembered.save()
    return digest.hexdigest()


@dataclass
class Cache:
    """Page results on disk, under folder/<2 hex>/<key>.json."""

    folder: Path
    fingerprint: str
    hits: int = 0
    misses: int = 0
    corrupt: int = 0
    memo: FingerprintMemo | None = None
    """The fingerprint's memo, written beside the first entry (see FingerprintMemo)."""

    def key(self, job: Job) -> str | None:
        """The page's key: its raw bytes, its path relative to its input root and what id it gets, and the
        build's fingerprint; the local path is not in it (the graph does not hold it), so a moved folder hits."""
        try:
            raw = Path(job.path).read_bytes()
        except OSError:
            return None  # the page's own build reports why
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(json.dumps([job.source_path, job.doc_id, job.note]).encode())
        digest.update(hashlib.sha256(raw).digest())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> DocumentResult | None:
        path = self._path(key)
        if not path.is_file():
            self.misses += 1
            return None
        try:
            result = DocumentResult.from_dict(_read_entry(path, key)["result"])
        except (ValueError, KeyError, TypeError):
            self.corrupt += 1
            self.misses += 1
            path.unlink(missing_ok=True)
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: DocumentResult) -> None:
        """Store a built page's result (written to a temporary file and renamed); a skipped page is tried again
        next time, and a cache that cannot be written is no error."""
        if not result.cacheable or result.skipped:
            return
        _write_entry(self._path(key), {"key": key, "result": result.as_dict()})
        if self.memo is not None:
            self.memo.save()

    def union_key(self, lines: list[str]) -> str:
        """The key of a union's check: its sorted, distinct lines and the build's fingerprint."""
        digest = hashlib.sha256(self.fingerprint.encode() + b"\0union\0")
        given = iter(lines)
        while batch := list(itertools.islice(given, 4096)):  # each line and its line break, in blocks
            batch.append("")
            digest.update("\n".join(batch).encode())
        return digest.hexdigest()

    def get_union(self, key: str) -> tuple[bool, str] | None:
        """(conforms, report text) of a union checked before, None when not stored or damaged (then removed)."""
        path = self.folder / "union" / f"{key}.json"
        if not path.is_file():
            return None
        try:
            entry = _read_entry(path, key)
            return bool(entry["conforms"]), str(entry["text"])
        except (ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
            return None

    def put_union(self, key: str, conforms: bool, text: str) -> None:
        """Store a union's check, atomically; a cache that cannot be written is no error."""
        _write_entry(self.folder / "union" / f"{key}.json", {"key": key, "conforms": conforms, "text": text})


def _read_entry(path: Path, key: str) -> dict:
    """An entry's JSON, checked against its checksum line and its key; ValueError where either fails (or the
    file cannot be read: then it is as good as damaged)."""
    try:
        checksum, _, payload = path.read_bytes().partition(b"\n")
    except OSError as exc:
        raise ValueError("unreadable") from exc
    if hashlib.sha256(payload).hexdigest().encode() != checksum:
        raise ValueError("checksum")
    entry = json.loads(payload)
    if entry["key"] != key:
        raise ValueError("key")
    return entry


def _write_entry(path: Path, entry: dict) -> None:
    """An entry written behind its checksum line to a temporary file, then renamed into place; a cache that
    cannot be written is no error."""
    payload = json.dumps(entry, ensure_ascii=False).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
