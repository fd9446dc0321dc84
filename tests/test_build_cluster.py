"""`epikg build --scheduler`: the same pages built on a real Dask cluster (two worker processes) give the same
sorted N-Triples as a local build, skipped pages are reported as locally, and the cache is shared."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from epikg.build import cluster
from epikg.build.cluster import WorkerSetup, WorkerSetupError, build_sent_page
from epikg.cli import cli
from epikg.document import BuildOptions, Job
from epikg.store import free_port
from helpers import write_page

distributed = pytest.importorskip("distributed", reason="dask[distributed] is in the test extra")

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local:
        yield local.scheduler_address


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["build", *args], catch_exceptions=False)
    return result.exit_code, result.stderr


def parts_union(folder: Path) -> bytes:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    lines: set[str] = set()
    for part in manifest["parts"]:
        lines.update((folder / part["name"]).read_text(encoding="utf-8").splitlines())
    return "".join(f"{line}\n" for line in sorted(lines)).encode("utf-8")


def test_the_seeds_built_on_the_cluster_are_the_local_build_byte_for_byte(
    scheduler: str, seeds_dir: Path, tmp_path: Path
) -> None:
    local = tmp_path / "kg.nt"
    code, _ = run(str(seeds_dir), "--no-model", "--no-cache", "--workers", "1", "-q", "-o", str(local))
    assert code == 0
    code, stderr = run(
        str(seeds_dir),
        "--no-model",
        "--no-cache",
        "--scheduler",
        scheduler,
        "--part-size",
        "2",
        "-o",
        f"{tmp_path}/parts/",
    )
    assert code == 0, stderr
    assert parts_union(tmp_path / "parts") == local.read_bytes()
    manifest = json.loads((tmp_path / "parts" / "manifest.json").read_text(encoding="utf-8"))
    assert [part["pages"] for part in manifest["parts"]] == [0, 2, 2, 1]  # the scheme, then pages by twos
    assert manifest["pages"] == 5 and manifest["skipped"] == []
    assert manifest["triples"] == len(local.read_bytes().splitlines())
    assert sum(line.startswith("[") and line.endswith(": ok") for line in stderr.splitlines()) == 5
    assert "wrote " in stderr and "(4 N-Triples part(s) and manifest.json)" in stderr


def test_the_model_on_the_cluster_gives_what_it_gives_locally(
    scheduler: str, seeds_dir: Path, tmp_path: Path
) -> None:
    pages = [str(p) for p in sorted(seeds_dir.glob("*.txt"))[:2]]
    code, _ = run(*pages, "--no-cache", "--workers", "1", "-q", "-o", str(tmp_path / "local.nt"))
    assert code == 0
    code, stderr = run(*pages, "--no-cache", "--scheduler", scheduler, "-q", "-o", str(tmp_path / "dask.nt"))
    assert code == 0, stderr
    built = (tmp_path / "dask.nt").read_bytes()
    assert built == (tmp_path / "local.nt").read_bytes()
    assert b'"model"' in built  # the model ran on the workers


def test_a_skipped_page_is_reported_as_a_local_build_reports_it(
    scheduler: str, seeds_dir: Path, tmp_path: Path
) -> None:
    pages = tmp_path / "in"
    write_page(pages, "good.txt", next(iter(sorted(seeds_dir.glob("*.txt")))).read_bytes())
    write_page(pages, "image.txt", PNG)
    write_page(pages, "empty.txt", "")
    reports = []
    for how in (
        ["--workers", "1", "-o", str(tmp_path / "kg.nt")],
        ["--scheduler", scheduler, "-o", f"{tmp_path}/parts/"],
    ):
        code, stderr = run(str(pages), "--no-model", "--no-cache", "-q", *how)
        assert code == 0, stderr
        reports.append([line for line in stderr.splitlines() if line.startswith(("built ", "  skipped "))])
    assert reports[0] == reports[1] and len(reports[1]) == 3
    assert any("image.txt: binary data" in line for line in reports[1])
    manifest = json.loads((tmp_path / "parts" / "manifest.json").read_text(encoding="utf-8"))
    assert {Path(s["path"]).name: s["reason"] for s in manifest["skipped"]} == {
        "empty.txt": "empty file",
        "image.txt": "binary data, not a text page",
    }


def test_a_page_over_the_size_limit_is_skipped_unsent_with_the_local_reason(
    scheduler: str, seeds_dir: Path, tmp_path: Path
) -> None:
    from epikg.pipeline import build

    pages = sorted(seeds_dir.glob("*.txt"))[:2]
    limit = min(p.stat().st_size for p in pages)  # the smaller page fits, the larger does not
    local = build(pages, BuildOptions(use_model=False), max_page_bytes=limit)
    result = build(pages, BuildOptions(use_model=False), scheduler=scheduler, max_page_bytes=limit)
    assert result.skipped == local.skipped and len(result.skipped) == 1
    assert "page too large" in result.skipped[0].reason and len(result.documents) == 1


def test_a_page_gone_before_it_is_sent_is_skipped_with_the_local_reason(
    scheduler: str, seeds_dir: Path, tmp_path: Path
) -> None:
    from epikg.pipeline import build

    gone = tmp_path / "gone.txt"
    pages = [sorted(seeds_dir.glob("*.txt"))[0], gone]
    local = build(pages, BuildOptions(use_model=False))
    result = build(pages, BuildOptions(use_model=False), scheduler=scheduler)
    assert result.skipped == local.skipped and [s.reason for s in result.skipped] == ["no such file"]


def test_the_cache_is_the_clients_and_shared_with_local_builds(
    scheduler: str, seeds_dir: Path, tmp_path: Path
) -> None:
    cache = str(tmp_path / "cache")
    code, stderr = run(
        str(seeds_dir),
        "--no-model",
        "--cache",
        cache,
        "--scheduler",
        scheduler,
        "-q",
        "-o",
        str(tmp_path / "a.nt"),
    )
    assert code == 0 and "reused" not in stderr
    code, stderr = run(
        str(seeds_dir), "--no-model", "--cache", cache, "--workers", "1", "-q", "-o", str(tmp_path / "b.nt")
    )
    assert code == 0 and "reused 5 page(s) from the cache" in stderr
    assert (tmp_path / "a.nt").read_bytes() == (tmp_path / "b.nt").read_bytes()


def test_rules_of_the_client_reach_the_workers(scheduler: str, seeds_dir: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "org_suffixes.txt").write_text("联络组\n", encoding="utf-8")
    page = write_page(
        tmp_path / "in", "p.txt", "澧县加强疫情防控\n3月1日,澧县疫情防控联络组到城头山镇检查工作。\n"
    )
    outputs = []
    for how in (["--workers", "1"], ["--scheduler", scheduler]):
        out = tmp_path / f"kg{len(outputs)}.nt"
        code, stderr = run(
            str(page), "--no-model", "--no-cache", "--rules", str(rules), "-q", "-o", str(out), *how
        )
        assert code == 0, stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert "澧县疫情防控联络组".encode() in outputs[1]


def test_a_worker_with_another_epikg_stops_the_build(scheduler: str, seeds_dir: Path) -> None:
    setup = WorkerSetup(BuildOptions(use_model=False), (), True, fingerprint="not this epikg")
    page = sorted(seeds_dir.glob("*.txt"))[0]
    with distributed.Client(scheduler, set_as_default=False) as client:
        future = client.submit(
            build_sent_page, Job(str(page), "x", source_path="x.txt"), page.read_bytes(), setup
        )
        with pytest.raises(WorkerSetupError, match="another epikg"):
            future.result()


def test_a_model_the_workers_cannot_load_is_one_line(scheduler: str, seeds_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "model"
    empty.mkdir()
    page = str(sorted(seeds_dir.glob("*.txt"))[0])
    args = [page, "--ner-model", str(empty), "--no-cache", "-q", "-o", str(tmp_path / "kg.nt")]
    code, stderr = run(*args, "--scheduler", scheduler)
    assert code == 2 and len(stderr.strip().splitlines()) == 1, stderr
    assert stderr.startswith("epikg: error: a worker cannot load the model or data: ")
    assert f"{empty} holds no NER model" in stderr  # what a local build says, from the worker
    assert not (tmp_path / "kg.nt").exists()


def test_an_unreachable_scheduler_is_one_line(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1.0)
    address = f"tcp://127.0.0.1:{free_port()}"
    code, stderr = run(
        str(seeds_dir),
        "--no-model",
        "--no-cache",
        "-q",
        "--scheduler",
        address,
        "-o",
        str(tmp_path / "kg.nt"),
    )
    assert code == 2
    assert stderr.startswith(f"epikg: error: cannot reach the Dask scheduler at {address}")
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert not (tmp_path / "kg.nt").exists()


def test_workers_and_a_scheduler_are_one_or_the_other(seeds_dir: Path, tmp_path: Path) -> None:
    code, stderr = run(
        str(seeds_dir), "--workers", "2", "--scheduler", "tcp://127.0.0.1:1", "-o", str(tmp_path / "kg.nt")
    )
    assert code == 2 and "not both" in stderr


def _warm_state() -> tuple[bool, int]:
    """On a worker: whether it finished warming up, and how many models it has loaded."""
    from epikg.build.preload import warmed
    from epikg.ner.hanlp_model import _load

    return warmed(60), _load.cache_info().currsize


def test_a_worker_started_with_the_preload_has_the_model_before_the_first_page(
    seeds_dir: Path, tmp_path: Path
) -> None:
    # `dask worker ... --preload epikg.build.preload`: each worker loads the model and builds the warm-up page
    # as it starts; a build then uses that model, and loads no second copy.
    with (
        distributed.LocalCluster(
            n_workers=1,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            preload=["epikg.build.preload"],
        ) as local,
        distributed.Client(local.scheduler_address, set_as_default=False) as client,
    ):
        assert list(client.run(_warm_state).values()) == [(True, 1)]
        page = str(sorted(seeds_dir.glob("*.txt"))[0])
        code, stderr = run(
            page, "--scheduler", local.scheduler_address, "--no-cache", "-o", str(tmp_path / "p/")
        )
        assert code == 0, stderr
        assert list(client.run(_warm_state).values()) == [(True, 1)]
