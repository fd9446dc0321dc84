"""Benchmark of the build as a user runs it (fresh `epikg build` processes), as ratios measured in one run.

    python bench/run.py [--corpus ../shared/devcorpus] [--out bench/results.json] [--pages N] [--before DIR]
                        [--scale 4 16]

Builds the seeds and the development corpus (copied to a temporary folder; nothing built is printed) and
prints, beside the NER throughput in characters per second:
- whole build with one worker / the NER model alone on the same sentences (issue 14: <= 1.5), and the same past
  start-up (less a one-worker build of a one-line page), which is what grows with the corpus;
- two workers / one worker, cold (>= 1.7x faster wanted on two cores, so <= 0.59);
- rebuild of the unchanged corpus from the cache / cold build (>= 20x faster wanted, so <= 0.05);
- rebuild with one page changed / building that page alone (<= 2);
- peak RSS of each run (sampled from /proc: the process and its workers together);
- a one-line page: seconds and peak RSS, start-up included (< 3 s, < 300 MiB);
- cold builds of 4 and 16 copies of the corpus (`--scale`), each page with a distinct line added: time per
  page and peak RSS of the process tree (workers included) over 1x (<= 1.1, <= 1.2), the largest worker; and
  two workers / one on the smallest of them, where start-up weighs less than on the corpus itself;
- `epikg validate` (epikg's own SHACL engine) of each output in triples per second, and a million triples
  extrapolated from them; pySHACL's rate on the 1x output beside it;
- the slowest shipped query in process on 16 copies of the built graph, in seconds (issue 14: < 2 s);
- extra keys ending in `_arrays`: the same NER, one-worker, two-worker and one-line-page figures with
  `--ner-engine arrays` (numpy, no torch), beside the default engine's, not instead of them.
Ratios, not absolute times: the reference machine is shared, and a ratio taken in one run holds better.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGED_PAGE = "d003.txt"  # a development page that is not held out


def epikg_build(*args: str, source: Path | None = None) -> tuple[float, float]:
    """Seconds and peak RSS (MiB, the process and its workers) of one `epikg build`; `source` is another epikg tree."""
    env = dict(os.environ, PYTHONPATH=str(source / "src")) if source else None
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", "from epikg.cli import main; main()", "build", *args, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    rss = TreeRss(process.pid)
    _, stderr_bytes = process.communicate()
    seconds = time.perf_counter() - started
    rss.stop()
    stderr = stderr_bytes.decode()
    if process.returncode not in (0, 1):
        raise SystemExit(f"epikg build {' '.join(args)} failed:\n{stderr}")
    # Sampled, workers included: ru_maxrss of a child started after this process loaded the model (ner_alone)
    # began at this process's own peak, whatever the child used.
    return seconds, rss.peak_mib


def ner_alone(paths: list[Path], engine: str = "hanlp") -> tuple[float, int, float, float]:
    """Seconds the model takes on the pages' sentences, chunks of pages in one call as the build sends them;
    characters tagged; model load seconds; seconds with one call per page (as before chunks). Torch (or
    numpy's BLAS, for the array engine) on one thread, as in the build."""
    import importlib

    from epikg.build.local import load_resources
    from epikg.document import BuildOptions
    from epikg.pipeline import read_article

    importlib.import_module("epikg.ner.hanlp_model" if engine == "hanlp" else "epikg.ner.array_model")
    started = (
        time.perf_counter()
    )  # the engine's imports (torch, HanLP) before the clock: the model's load alone
    tagger = load_resources(BuildOptions(ner_engine=engine)).tagger
    load_s = time.perf_counter() - started
    batches = []
    for path in paths:
        try:
            article = read_article(path)
        except Exception:  # skipped by the build too
            continue
        batches.append([article.body.text[s.start : s.end] for s in article.sentences])
    from epikg.build.local import CHUNK_PAGES

    started = time.perf_counter()
    for batch in batches:
        tagger.tag(batch)
    per_page_s = time.perf_counter() - started
    started = time.perf_counter()
    for start in range(0, len(batches), CHUNK_PAGES):
        tagger.tag_pages(batches[start : start + CHUNK_PAGES])
    return time.perf_counter() - started, sum(len(s) for b in batches for s in b), load_s, per_page_s


class TreeRss:
    """Peak of the summed RSS of a process and all its descendants (the build's workers), sampled from /proc."""

    def __init__(self, pid: int, every_s: float = 0.05) -> None:
        self.pid, self.every_s, self.peak_mib, self.peak_worker_mib = pid, every_s, 0.0, 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    @staticmethod
    def _children() -> dict[int, list[int]]:
        tree: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                tree.setdefault(parent, []).append(int(entry))
        return tree

    @staticmethod
    def _rss_mib(pid: int) -> float:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    def _sample(self) -> None:
        while not self._done.is_set():
            tree = self._children()
            pids, stack = [], [self.pid]
            while stack:
                pid = stack.pop()
                pids.append(pid)
                stack.extend(tree.get(pid, ()))
            sizes = [self._rss_mib(pid) for pid in pids]
            self.peak_mib = max(self.peak_mib, sum(sizes))
            self.peak_worker_mib = max(self.peak_worker_mib, max(sizes[1:], default=0.0))
            self._done.wait(self.every_s)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def epikg_run(command: str, *args: str) -> tuple[float, float, float]:
    """Seconds, peak RSS of the process tree (MiB, workers included) and of the largest worker, of one
    `epikg COMMAND` run as a user runs it; a build's exit 1 (nothing to write) counts as a run."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", "from epikg.cli import main; main()", command, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    rss = TreeRss(process.pid)
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    rss.stop()
    if process.returncode not in (0, 1):
        raise SystemExit(f"epikg {command} {' '.join(args)} failed:\n{stderr.decode()}")
    return seconds, rss.peak_mib, rss.peak_worker_mib


def scaled_corpus(pages: list[Path], folder: Path, copies: int) -> list[Path]:
    """`copies` copies of each page, each with one distinct line added, so that no two are the same page."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for copy in range(copies):
        for path in pages:
            target = folder / f"{path.stem}-{copy}{path.suffix}"
            text = path.read_text(encoding="utf-8", errors="replace")
            target.write_text(f"{text}\n第{copy}份副本。\n", encoding="utf-8")
            made.append(target)
    return made


def scaling_rows(pages: list[Path], work: Path, scales: list[int], workers: int) -> dict[str, object]:
    """Cold builds of 1x and each larger copy of the corpus (no cache): time per page and peak RSS of the
    process tree, as ratios to 1x, and the smallest copy again with one worker (two workers / one past the
    start-up that weighs on the 1x corpus); then `epikg validate` of each output, as triples per second."""
    figures: dict[str, object] = {}
    base: tuple[float, float] | None = None
    validate_points = []
    for scale in [1, *scales]:
        corpus = work / f"scaled-{scale}"
        made = scaled_corpus(pages, corpus, scale)
        out = work / f"scaled-{scale}.nt"
        seconds, peak, worker = epikg_run(
            "build", str(corpus), "-o", str(out), "--no-cache", "--workers", str(workers), "-q"
        )
        per_page = seconds / len(made)
        if base is None:
            base = (per_page, peak)
            figures |= {"scale_1x_s_per_page": round(per_page, 3), "scale_1x_peak_rss_mib": round(peak)}
        else:
            figures[f"scale_{scale}x_s_per_page_over_1x"] = round(per_page / base[0], 3)
            figures[f"scale_{scale}x_peak_rss_over_1x"] = round(peak / base[1], 3)
        figures[f"scale_{scale}x_largest_worker_rss_mib"] = round(worker)
        # the same corpus with one worker: what the workers gain once start-up weighs less
        if scale == min(scales, default=0):
            one_s, _, _ = epikg_run(
                "build", str(corpus), "-o", str(work / "one-worker.nt"), "--no-cache", "--workers", "1", "-q"
            )
            figures[f"build_2_workers_over_1_at_{scale}x"] = round(seconds / one_s, 3)
        triples = sum(1 for _ in out.open(encoding="utf-8")) if out.is_file() else 0
        if triples:
            validate_s, validate_rss, _ = epikg_run("validate", "--engine", "fast", str(out))
            validate_points.append((triples, validate_s))
            figures[f"validate_{scale}x_triples_per_s"] = round(triples / validate_s)
            figures[f"validate_{scale}x_peak_rss_mib"] = round(validate_rss)
            if scale == 1:  # the reference engine beside it, on the smallest output only (it is slow)
                reference_s, _, _ = epikg_run("validate", "--engine", "pyshacl", str(out))
                figures["validate_1x_pyshacl_triples_per_s"] = round(triples / reference_s)
        shutil.rmtree(corpus, ignore_errors=True)
    figures |= validate_extrapolation(validate_points)
    figures["validate_engine"] = "fast (epikg.shacl)"
    return figures


def validate_extrapolation(points: list[tuple[int, float]]) -> dict[str, object]:
    """Seconds `epikg validate` would take on a million triples: from the largest output at its own rate
    (linear), and along the power law through the smallest and largest (if time grows faster than size)."""
    if not points:
        return {}
    (n0, t0), (n1, t1) = min(points), max(points)
    figures: dict[str, object] = {"validate_1M_triples_s_linear": round(t1 * 1_000_000 / n1)}
    if n1 > n0 and t1 > 0 and t0 > 0:
        exponent = math.log(t1 / t0) / math.log(n1 / n0)
        figures["validate_time_exponent"] = round(exponent, 2)
        figures["validate_1M_triples_s_power_law"] = round(t1 * (1_000_000 / n1) ** max(exponent, 1.0))
    return figures


def one_line_page_row(work: Path, engine: str = "hanlp") -> dict[str, object]:
    """What a build of a one-line page costs, start-up included: seconds and peak RSS (issue 14: < 3 s, < 300 MiB)."""
    page = work / "one-line.txt"
    page.write_text("县委书记王小明到现场检查疫情防控工作。\n", encoding="utf-8")
    seconds, peak, _ = epikg_run(
        "build", str(page), "-o", str(work / "one-line.nt"), "--no-cache", "-q", "--ner-engine", engine
    )
    tail = "" if engine == "hanlp" else f"_{engine}"
    return {f"one_line_page_s{tail}": round(seconds, 2), f"one_line_page_peak_rss_mib{tail}": round(peak)}


def arrays_engine_rows(paths: list[Path], corpus: Path, work: Path) -> dict[str, object]:
    """The array engine's NER alone, cold one- and two-worker builds (no cache) and one-line page, as extra keys."""
    ner_s, ner_chars, load_s, _ = ner_alone(paths, "arrays")
    out = str(work / "kg-arrays.nt")
    one_s, one_rss = epikg_build(
        str(corpus), "-o", out, "--workers", "1", "--no-cache", "--ner-engine", "arrays"
    )
    two_s, two_rss = epikg_build(
        str(corpus), "-o", out, "--workers", "2", "--no-cache", "--ner-engine", "arrays"
    )
    return {
        "ner_chars_per_s_arrays": round(ner_chars / ner_s),
        "model_load_s_arrays": round(load_s, 2),
        "build_1_worker_over_ner_arrays": round(one_s / ner_s, 2),
        "build_2_workers_over_1_arrays": round(two_s / one_s, 3),
        "peak_rss_mib_1_worker_arrays": round(one_rss),
        "peak_rss_mib_2_workers_with_workers_arrays": round(two_rss),
        **one_line_page_row(work, "arrays"),
    }


def start_up_s(work: Path) -> float:
    """Seconds of a one-worker build of a one-line page: what a build costs before its first real page (start-up,
    model load in the worker, union check, output), subtracted to give the pages' own cost over the model's."""
    page = work / "start-up.txt"
    page.write_text("县委书记王小明到现场检查疫情防控工作。\n", encoding="utf-8")
    seconds, _ = epikg_build(str(page), "-o", str(work / "start-up.nt"), "--workers", "1", "--no-cache")
    return seconds


def _warmed() -> bool:
    """On a Dask worker: whether epikg.build.preload has finished warming it up (waits for it)."""
    from epikg.build.preload import warmed

    return warmed(120)


def dask_over_local(corpus: Path, work: Path) -> dict[str, object]:
    """Issue 14: a cold build on a Dask cluster of two one-thread worker processes / a cold local build with
    two workers (goal: <= 1.3), the cluster as it runs: started with `--preload epikg.build.preload` and
    warmed up (the model loaded as each worker started, as it stays between builds). Also the same with
    workers fresh from a start without the preload, which load the model on their first page. Skipped
    without dask[distributed]."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        return {"dask_2_workers_over_local_2": "skipped: dask[distributed] is not installed"}
    local_s, _ = epikg_build(str(corpus), "-o", str(work / "local.nt"), "--workers", "2", "--no-cache")
    figures: dict[str, object] = {}
    for key, preload in (
        ("dask_2_workers_over_local_2", ["epikg.build.preload"]),
        ("dask_2_fresh_workers_without_preload_over_local_2", []),
    ):
        with LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, preload=preload
        ) as cluster:
            if preload:
                with Client(cluster.scheduler_address, set_as_default=False) as client:
                    if not all(client.run(_warmed).values()):
                        raise SystemExit("the Dask workers did not warm up")
            dask_s, _ = epikg_build(
                str(corpus), "-o", f"{work}/parts/", "--scheduler", cluster.scheduler_address, "--no-cache"
            )
        figures[key] = round(dask_s / local_s, 3)
    return figures


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
    parser.add_argument(
        "--scale",
        type=int,
        nargs="*",
        default=[4, 16],
        help="Copies of the corpus for the scaling rows (each page with a distinct line added); none skips them.",
    )
    args = parser.parse_args()

    from epikg.read.ingest import discover

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

        ner_s, ner_chars, load_s, ner_per_page_s = ner_alone(paths)
        before = {}
        if args.before:
            # as the one-worker row below builds: one worker, no cache (the default would use both cores)
            before_s, before_rss = epikg_build(
                str(corpus), "-o", out, "--workers", "1", "--no-cache", source=args.before
            )
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
            "ner_chars_per_s_one_call_per_page": round(ner_chars / ner_per_page_s),
            "model_load_s": round(load_s, 2),
            **before,
            "build_1_worker_over_ner": round(one_s / ner_s, 2),
            "build_1_worker_past_start_up_over_ner": round((one_s - start_up_s(work)) / ner_s, 2),
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
        figures |= one_line_page_row(work)
        figures |= arrays_engine_rows(paths, corpus, work)
        if args.scale:
            figures |= scaling_rows(paths, work, sorted(args.scale), workers=2)
        figures |= dask_over_local(corpus, work)
        figures |= slowest_query(Path(out), [path.stem for path in paths])
        figures |= {
            "peak_rss_mib_1_worker": round(one_rss),
            "peak_rss_mib_2_workers_with_workers": round(two_rss),
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
