"""Benchmark of `epikg load` on a large N-Triples file (issue 16), the three ways measured side by side in one run.

    python bench/load.py FILE.nt [--copies K] [--out bench/load-results.json]

With --copies K the file is first repeated K times with distinct IRIs (`.../id/` becomes `.../id/copyN/`), so a
small build (the development corpus) makes a large graph. Times, into a fresh Oxigraph each:
- rdflib: as `epikg load` ran before, the file parsed by rdflib, serialized again and PUT (`load_graph`);
- stream: the file PUT as it is, streamed (`put_ntriples`, what `epikg load FILE.nt --endpoint` does now);
- bulk: Oxigraph's bulk loader into a store folder, then put in place of the graph (`epikg load --location`).
Prints triples per second and the ratios to the rdflib path.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from epikg.store import OxigraphServer, load_graph, run_query
from epikg.store.bulk import bulk_load, put_ntriples

GRAPH = "https://w3id.org/epikg/graph/bench"


def copies(source: Path, k: int, target: Path) -> None:
    text = source.read_text(encoding="utf-8")
    with open(target, "w", encoding="utf-8") as out:
        for number in range(k):
            out.write(text.replace("https://w3id.org/epikg/id/", f"https://w3id.org/epikg/id/copy{number}/"))


def count(server: OxigraphServer) -> int:
    result = run_query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}", endpoint=server.query_endpoint
    )
    return int(result.rows[0][0])  # type: ignore[arg-type]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="epikg-bench-load-"))
    try:
        big = work / "big.nt"
        copies(args.file, args.copies, big)
        seconds: dict[str, float] = {}
        triples: dict[str, int] = {}
        for way in ("rdflib", "stream", "bulk"):
            location = work / way
            if way == "bulk":
                started = time.perf_counter()
                triples[way] = bulk_load([big], location, GRAPH)
                seconds[way] = time.perf_counter() - started
                continue
            with OxigraphServer(location, writable=True) as server:
                started = time.perf_counter()
                if way == "rdflib":
                    load_graph(big, server.url, GRAPH, timeout=3600)
                else:
                    put_ntriples([big], server.url, GRAPH, timeout=3600)
                seconds[way] = time.perf_counter() - started
                triples[way] = count(server)
        assert len(set(triples.values())) == 1, triples
        n = triples["stream"]
        figures = {
            "triples": n,
            "megabytes": round(big.stat().st_size / 1e6, 1),
            **{f"{way}_triples_per_s": round(n / s) for way, s in seconds.items()},
            **{f"{way}_s": round(s, 2) for way, s in seconds.items()},
            "stream_over_rdflib_speed": round(seconds["rdflib"] / seconds["stream"], 1),
            "bulk_over_rdflib_speed": round(seconds["rdflib"] / seconds["bulk"], 1),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
