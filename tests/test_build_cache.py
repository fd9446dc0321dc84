"""The cache: a rebuild reads every unchanged page from it, gives the same graph, and never trusts a bad entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import epikg.build.cache as cache_module
from epikg.build.cache import Cache, FingerprintMemo, default_cache_dir, fingerprint
from epikg.cli import cli
from epikg.document import BuildOptions
from epikg.pipeline import build, union_lines

RULES_ONLY = BuildOptions(use_model=False)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def pages(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    return folder


def test_a_second_build_reads_every_page_from_the_cache_and_writes_the_same_bytes(
    tmp_path: Path, pages: Path
) -> None:
    out = tmp_path / "kg.nt"
    first = run("build", str(pages), "-o", str(out), "--no-model", "-q", "--workers", "1")
    assert first.exit_code == 0, first.output
    assert "reused" not in first.stderr and (tmp_path / ".epikg-cache").is_dir()
    data = out.read_bytes()
    second = run("build", str(pages), "-o", str(out), "--no-model", "-q", "--workers", "1")
    assert second.exit_code == 0, second.output
    assert "reused 2 page(s) from the cache" in second.stderr
    assert out.read_bytes() == data


def test_one_changed_page_is_built_again_and_the_others_come_from_the_cache(
    tmp_path: Path, pages: Path
) -> None:
    cache = Cache(tmp_path / "cache", fingerprint(RULES_ONLY, validate=False))
    build([pages], RULES_ONLY, cache=cache)
    assert (cache.hits, cache.misses) == (0, 2)
    changed = sorted(pages.glob("*.txt"))[0]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n县委书记王小明检查防控工作。\n", encoding="utf-8"
    )
    again = Cache(tmp_path / "cache", cache.fingerprint)
    result = build([pages], RULES_ONLY, cache=again)
    assert (again.hits, again.misses) == (1, 1)
    assert "王小明" in result.graph.serialize(format="nt")


def test_a_damaged_entry_is_recomputed_not_trusted(tmp_path: Path, pages: Path) -> None:
    cache = Cache(tmp_path / "cache", fingerprint(RULES_ONLY, validate=False))
    first = build([pages], RULES_ONLY, cache=cache)
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 2
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # truncated
    entries[1].write_bytes(entries[1].read_bytes().replace(b'"', b"'", 3))  # corrupted
    again = Cache(tmp_path / "cache", cache.fingerprint)
    second = build([pages], RULES_ONLY, cache=again)
    assert (again.hits, again.corrupt) == (0, 2)
    assert union_lines(second.documents) == union_lines(first.documents)


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package (less the model) that the fingerprint reads, free to be changed."""
    copy = tmp_path / "epikg"
    shutil.copytree(cache_module.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("model", "__pycache__"))
    monkeypatch.setattr(cache_module, "PACKAGE_DIR", copy)
    return copy


def test_changing_a_data_file_changes_the_fingerprint(package: Path) -> None:
    before = fingerprint(RULES_ONLY)
    assert fingerprint(RULES_ONLY) == before
    with open(package / "data" / "measures.tsv", "a", encoding="utf-8") as f:
        f.write("\n# one more line\n")
    assert fingerprint(RULES_ONLY) != before
    assert fingerprint(BuildOptions()) != fingerprint(RULES_ONLY)


def test_the_cache_lives_beside_the_output_or_in_the_user_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_cache_dir(str(tmp_path / "kg.ttl")) == tmp_path / ".epikg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir("-") == tmp_path / "xdg" / "epikg"


def test_no_cache_stores_nothing(tmp_path: Path, pages: Path) -> None:
    result = run("build", str(pages), "-o", str(tmp_path / "kg.ttl"), "--no-model", "-q", "--no-cache")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / ".epikg-cache").exists()


REBUILD = """
import json, sys
from epikg.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="epikg")
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"rdflib", "torch", "hanlp", "jionlp", "opencc"}
                or m.startswith(("epikg.extract", "epikg.ner", "epikg.validate", "epikg.shacl")))
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def rebuild(*args: str) -> tuple[dict, str]:
    """`epikg build ARGS` in a fresh interpreter: its exit code and what it loaded of the heavy modules."""
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", REBUILD, "build", *args], capture_output=True, text=True, timeout=300
    )
    return json.loads(done.stderr.strip().splitlines()[-1]), done.stderr


def test_a_cached_ntriples_rebuild_loads_neither_rdflib_nor_the_rules_and_writes_the_cold_bytes(
    tmp_path: Path, pages: Path
) -> None:
    cold, cached, cache = tmp_path / "cold.nt", tmp_path / "cached.nt", tmp_path / "cache"
    args = ["--no-model", "-q", "--workers", "1", "--cache", str(cache)]
    first = run("build", str(pages), "-o", str(cold), *args)
    assert first.exit_code == 0, first.output
    assert (cache / "fingerprint.memo").is_file()  # written with the first entry
    seen, stderr = rebuild(str(pages), "-o", str(cached), *args)
    assert seen == {"code": 0, "loaded": []}, stderr
    assert "reused 2 page(s) from the cache" in stderr and cached.read_bytes() == cold.read_bytes()
    entry = sorted(e for e in cache.rglob("*.json") if e.parent.name != "union")[0]
    entry.write_bytes(entry.read_bytes()[:-40])  # truncated: that page is built again, not trusted
    seen, stderr = rebuild(str(pages), "-o", str(cached), *args)
    assert seen["code"] == 0 and "1 damaged entry(ies) recomputed" in stderr
    assert cached.read_bytes() == cold.read_bytes()
    turtle = run("build", str(pages), "-o", str(tmp_path / "cold.ttl"), "--no-model", "-q", "--no-cache")
    assert turtle.exit_code == 0, turtle.output
    seen, stderr = rebuild(str(pages), "-o", str(tmp_path / "cached.ttl"), *args)
    assert seen["code"] == 0 and "reused 2 page(s)" in stderr
    assert (tmp_path / "cached.ttl").read_bytes() == (tmp_path / "cold.ttl").read_bytes()


def test_the_fingerprint_memo_gives_the_same_fingerprint_and_sees_a_changed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, package: Path
) -> None:
    monkeypatch.setattr(
        cache_module, "RACY_NS", 0
    )  # the copies were just written: remember them all the same
    folder = tmp_path / "cache"
    plain = fingerprint(RULES_ONLY)
    assert fingerprint(RULES_ONLY, memo=FingerprintMemo(folder)) == plain
    assert not folder.exists()  # a memo creates no cache folder: the cache writes it with its first entry
    folder.mkdir()
    assert fingerprint(RULES_ONLY, memo=FingerprintMemo(folder)) == plain
    assert (folder / "fingerprint.memo").is_file()
    read: list[Path] = []
    original = Path.read_bytes

    def counted(self: Path) -> bytes:
        read.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    assert fingerprint(RULES_ONLY, memo=FingerprintMemo(folder)) == plain
    assert [p for p in read if p.suffix != ".memo"] == []  # every checksum came from the memo
    data = package / "data" / "measures.tsv"
    data.write_text(data.read_text(encoding="utf-8").replace("\n", "\n\n", 1), encoding="utf-8")
    changed = fingerprint(RULES_ONLY, memo=FingerprintMemo(folder))
    assert [p for p in read if p.suffix != ".memo"] == [data]  # the changed file alone was read again
    assert changed != plain and changed == fingerprint(RULES_ONLY)
    (folder / "fingerprint.memo").write_bytes(b"damaged")
    assert fingerprint(RULES_ONLY, memo=FingerprintMemo(folder)) == changed
    monkeypatch.setattr(cache_module, "RACY_NS", 10**30)  # every file changed too lately to be remembered
    data.write_text(data.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    read.clear()
    assert (
        fingerprint(RULES_ONLY, memo=FingerprintMemo(folder))
        == fingerprint(RULES_ONLY, memo=FingerprintMemo(folder))
        != changed
    )
    assert read.count(data) == 2  # read by each, never taken from the memo
