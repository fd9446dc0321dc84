"""A built graph as a folder of N-Triples parts: their union is the single-file build, the manifest is the truth,
and a folder is replaced as a whole (plain paths, file:// and fsspec URLs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from epikg.build.output import OutputError, write_ntriples
from epikg.build.parts import MANIFEST, PartsError, is_parts_output, read_parts, write_parts
from epikg.cli import cli
from epikg.pipeline import BuildOptions, build, union_lines
from epikg.records import Skipped

RULES_ONLY = BuildOptions(use_model=False)


@pytest.fixture(scope="module")
def seeds_built(seeds_dir_module: Path):  # noqa: ANN201 - a BuildResult
    return build(sorted(seeds_dir_module.glob("*.txt")), RULES_ONLY)


@pytest.fixture(scope="module")
def seeds_dir_module() -> Path:
    return Path(__file__).resolve().parent.parent / "seeds"


def union_bytes(folder: Path) -> bytes:
    manifest, paths = read_parts(folder)
    lines = {line for path in paths for line in path.read_text(encoding="utf-8").splitlines()}
    return "".join(f"{line}\n" for line in sorted(lines)).encode("utf-8")


def test_the_union_of_the_parts_is_the_single_file(seeds_built, tmp_path: Path) -> None:  # noqa: ANN001
    write_ntriples(union_lines(seeds_built.documents), str(tmp_path / "kg.nt"))
    manifest = write_parts(seeds_built.documents, [], str(tmp_path / "out"), pages_per_part=2)
    assert union_bytes(tmp_path / "out") == (tmp_path / "kg.nt").read_bytes()
    assert [p.pages for p in manifest.parts] == [0, 2, 2, 1]
    assert manifest.triples == len((tmp_path / "kg.nt").read_bytes().splitlines())
    for part in manifest.parts:  # each part sorted and distinct on its own
        lines = (tmp_path / "out" / part.name).read_text(encoding="utf-8").splitlines()
        assert lines == sorted(set(lines)) and len(lines) == part.triples


def test_a_rebuild_replaces_the_folder_and_removes_parts_no_manifest_lists(
    seeds_built, tmp_path: Path
) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    first = write_parts(seeds_built.documents, [], str(out), pages_per_part=1)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    second = write_parts(
        seeds_built.documents[:2], [Skipped("x.txt", "empty file")], str(out), pages_per_part=5
    )
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([MANIFEST, "notes.txt", *(p.name for p in second.parts)])
    assert len(first.parts) == 6 and len(second.parts) == 2
    data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert data["skipped"] == [{"path": "x.txt", "reason": "empty file"}] and data["pages"] == 2
    assert not list(out.glob(".*.tmp"))


def test_the_same_build_writes_the_same_part_names(seeds_built, tmp_path: Path) -> None:  # noqa: ANN001
    a = write_parts(seeds_built.documents, [], str(tmp_path / "a"))
    b = write_parts(list(seeds_built.documents), [], str(tmp_path / "b"))
    assert a == b


def test_file_urls_and_fsspec_urls(seeds_built, tmp_path: Path) -> None:  # noqa: ANN001
    fsspec = pytest.importorskip("fsspec")
    write_parts(seeds_built.documents, [], f"file://{tmp_path}/by-url/")
    assert union_bytes(tmp_path / "by-url") == union_bytes_of(seeds_built, tmp_path)
    manifest = write_parts(seeds_built.documents, [], "memory://epikg-test/kg/", pages_per_part=3)
    memory = fsspec.filesystem("memory")
    names = sorted(p.rsplit("/", 1)[-1] for p in memory.ls("/epikg-test/kg", detail=False))
    assert names == sorted([MANIFEST, *(p.name for p in manifest.parts)])
    assert is_parts_output("memory://epikg-test/kg") and not is_parts_output("memory://epikg-test/none")
    memory.rm("/epikg-test", recursive=True)


def union_bytes_of(result, tmp_path: Path) -> bytes:  # noqa: ANN001
    write_ntriples(union_lines(result.documents), str(tmp_path / "expected.nt"))
    return (tmp_path / "expected.nt").read_bytes()


def test_a_part_missing_or_cut_short_is_named(seeds_built, tmp_path: Path) -> None:  # noqa: ANN001
    manifest = write_parts(seeds_built.documents, [], str(tmp_path), pages_per_part=2)
    last = tmp_path / manifest.parts[-1].name
    last.write_bytes(last.read_bytes()[:100])
    with pytest.raises(PartsError, match="damaged or half-copied"):
        read_parts(tmp_path)
    last.unlink()
    with pytest.raises(PartsError, match="listed in the manifest"):
        read_parts(tmp_path)
    with pytest.raises(PartsError, match="without manifest.json"):
        read_parts(tmp_path / "nothing-here")


def test_which_outputs_are_folders(tmp_path: Path) -> None:
    assert is_parts_output(f"{tmp_path}/new/") and is_parts_output(str(tmp_path))
    assert not is_parts_output(str(tmp_path / "kg.nt")) and not is_parts_output("-")
    assert is_parts_output(f"file://{tmp_path}")


def test_the_cli_writes_a_folder_and_refuses_turtle_there(seeds_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    page = str(sorted(seeds_dir.glob("*.txt"))[0])
    done = runner.invoke(cli, ["build", page, "--no-model", "--no-cache", "-q", "-o", f"{tmp_path}/kg/"])
    assert done.exit_code == 0, done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"wrote {tmp_path}/kg/ (2 N-Triples part(s) and manifest.json) (conforms to the shapes of ontology/)"
    )
    refused = runner.invoke(cli, ["build", page, "--format", "ttl", "-o", f"{tmp_path}/kg/"])
    assert refused.exit_code == 2 and "its parts are N-Triples" in refused.stderr
    refused = runner.invoke(cli, ["build", page, "--part-size", "3", "-o", f"{tmp_path}/kg.nt"])
    assert refused.exit_code == 2 and "--part-size goes with a folder" in refused.stderr


def test_an_unwritable_folder_is_reported_before_any_work(seeds_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    page = str(sorted(seeds_dir.glob("*.txt"))[0])
    done = CliRunner().invoke(cli, ["build", page, "--no-cache", "-o", f"{blocker}/kg/"])
    assert done.exit_code == 2 and done.stderr.startswith(f"epikg: error: cannot write {blocker}/kg/")
    assert "[1/1]" not in done.stderr
    with pytest.raises(OutputError, match="cannot write"):
        write_parts([], [], f"{blocker}/kg/")
