"""Benchmark of the build as a user runs it (fresh `epikg build` processes), as ratios measured in one run.

    python bench/run.py [--corpus ../shared/devcorpus] [--out bench/results.json] [--pages N] [--before DIR]

Builds the seeds and the development corpus (copied to a temporary folder; nothing built is printed) and
prints, beside the NER throughput in characters per second:
- whole build with one worker / the NER model alone on the same sentences (issue 14: <= 1.5);
- two workers / one worker, cold (>= 1.7x faster wanted on two cores, so <= 0.59);
- rebuild of the unchanged corpus from the cache / cold build (>= 20x faster wanted, so <= 0.05);
- rebuild with one page changed / building that page alone (<= 2);
- peak RSS of each run (the largest process; workers are separate processes);
- the slowest shipped query in process on 16 copies of the built graph, in seconds (issue 14: < 2 s).
Ratios, not absolute times: the reference machine is shared, and a ratio taken in one run holds better.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGED_PAGE = "d003.txt"  # a development page that is not held out


def epikg_build(*args: str, source: Path | None = None) -> tuple[float, float]:
    """Seconds and peak RSS (MiB, of the main process) of one `epikg build`; `source` is another epikg tree."""
    env = dict(os.environ, PYTHONPATH=str(source / "src")) if source else None
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", "from epikg.cli import main; main()", "build", *args, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"epikg build {' '.join(args)} failed:\n{stderr}")
    return seconds, usage.ru_maxrss / 1024  # the parent process; each worker is a process of its own


def ner_alone(paths: list[Path]) -> tuple[float, int, float]:
    """Seconds the model takes on the pages' sentences, one batch per page as the build sends them;
    characters tagged; model load seconds. Torch on one thread, as in the build."""
    import torch

    from epikg.ner.hanlp_model import load_tagger
    from epikg.pipeline import read_article

    torch.set_num_threads(1)
    started = time.perf_counter()
    tagger = load_tagger()
    load_s = time.perf_counter() - started
    batches = []
    for path in paths:
        try:
            article = read_article(path)
        except Exception:  # skipped by the build too
            continue
        batches.append([article.body.text[s.start : s.end] for s in article.sentences])
    started = time.perf_counter()
    for batch in batches:
        tagger.tag(batch)
    return time.perf_counter() - started, sum(len(s) for b in batches for s in b), load_s


def dask_over_local(corpus: Path, work: Path) -> dict[str, object]:
    """Issue 14: a cold build on a Dask cluster of two one-thread worker processes (already started, as a
    cluster is) / a cold local build with two workers (goal: <= 1.3). Skipped without dask[distributed]."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return {"dask_2_workers_over_local_2": "skipped: dask[distributed] is not installed"}
    local_s, _ = epikg_build(str(corpus), "-o", str(work / "local.nt"), "--workers", "2", "--no-cache")
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        dask_s, _ = epikg_build(
            str(corpus), "-o", f"{work}/parts/", "--scheduler", cluster.scheduler_address, "--no-cache"
        )
    return {"dask_2_workers_over_local_2": round(dask_s / local_s, 3)}


def slowest_query(graph_file: Path, doc_ids: list[str], copies: int = 16) -> dict[str, object]:
    """The slowest shipped query in process (epikg.store, Oxigraph's engine) on `copies` times the built graph.

    The copies are what a build of the pages renamed `ID_cK` gives: every article-scoped IRI and literal
    (the article, its readings, places named `...@ID`, its identifier and path) gets the copy's id, while
    people, organizations, places and the measure scheme stay shared. Each query runs with the parameters
    the seeds answer (tests/helpers.py).
    """
    import re

    sys.path.insert(0, str(ROOT / "tests"))
    from epikg.store import open_graph, run_query
    from helpers import QUERIES, SEED_PARAMS

    text = graph_file.read_text(encoding="utf-8")
    ids = re.compile(
        r"(?<!\w)(" + "|".join(map(re.escape, sorted(doc_ids, key=len, reverse=True))) + r")(?!\w)"
    )
    lines = set(text.splitlines())
    for copy in range(2, copies + 1):
        lines.update(ids.sub(lambda m, c=copy: f"{m.group(1)}_c{c}", line) for line in text.splitlines())
    big = graph_file.with_name(f"x{copies}.nt")
    big.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    started = time.perf_counter()
    store = open_graph(big)
    load_s = time.perf_counter() - started
    times = {}
    for query in QUERIES:
        started = time.perf_counter()
        run_query(query.read_text(encoding="utf-8"), graph=store, params=SEED_PARAMS.get(query.name))
        times[query.name] = time.perf_counter() - started
    name = max(times, key=times.__getitem__)
    return {
        f"query_graph_x{copies}_triples": len(store),
        f"query_graph_x{copies}_load_s": round(load_s, 2),
        f"slowest_query_x{copies}": name,
        f"slowest_query_x{copies}_s": round(times[name], 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "devcorpus")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--pages", type=int, default=None, help="Only the first N development pages.")
    parser.add_argument(
        "--before",
        type=Path,
        default=None,
        help="An older epikg tree (git archive COMMIT src ontology | tar -x -C DIR) to time beside this one.",
    )
    args = parser.parse_args()

    from epikg.ingest import discover

    work = Path(tempfile.mkdtemp(prefix="epikg-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            shutil.copy(path, corpus / path.name)
        dev = sorted(args.corpus.glob("*.txt"))[: args.pages] if args.corpus.is_dir() else []
        for path in dev:
            shutil.copy(path, corpus / path.name)
        paths = list(discover([corpus]))
        out = str(work / "kg.nt")
        cache = str(work / "cache")

        ner_s, ner_chars, load_s = ner_alone(paths)
        before = {}
        if args.before:
            before_s, before_rss = epikg_build(str(corpus), "-o", out, source=args.before)
            before = {
                "before_build_over_ner": round(before_s / ner_s, 2),
                "before_peak_rss_mib": round(before_rss),
            }
        one_s, one_rss = epikg_build(str(corpus), "-o", out, "--workers", "1", "--no-cache")
        two_s, two_rss = epikg_build(str(corpus), "-o", out, "--workers", "2", "--cache", cache)
        cached_s, cached_rss = epikg_build(str(corpus), "-o", out, "--workers", "2", "--cache", cache)
        figures: dict[str, object] = {
            "pages": len(paths),
            "ner_chars": ner_chars,
            "ner_chars_per_s": round(ner_chars / ner_s),
            "model_load_s": round(load_s, 2),
            **before,
            "build_1_worker_over_ner": round(one_s / ner_s, 2),
            "build_2_workers_over_1": round(two_s / one_s, 3),
            "cached_rebuild_over_cold": round(cached_s / two_s, 3),
        }
        changed = corpus / CHANGED_PAGE
        if changed.is_file():
            with open(changed, "a", encoding="utf-8") as f:
                f.write("\n县委书记王小明到现场检查疫情防控工作。\n")
            changed_s, _ = epikg_build(str(corpus), "-o", out, "--workers", "2", "--cache", cache)
            alone_s, _ = epikg_build(str(changed), "-o", str(work / "one.nt"), "--workers", "1", "--no-cache")
            figures["one_changed_page_rebuild_over_that_page_alone"] = round(changed_s / alone_s, 2)
        figures |= dask_over_local(corpus, work)
        figures |= slowest_query(Path(out), [path.stem for path in paths])
        figures |= {
            "peak_rss_mib_1_worker": round(one_rss),
            "peak_rss_mib_2_workers_parent": round(two_rss),
            "peak_rss_mib_cached": round(cached_rss),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
            f"{platform.python_version()}, load {os.getloadavg()[0]:.1f}",
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
