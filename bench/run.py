"""Benchmark: build speed, NER throughput and peak memory on the seeds and the development corpus.

    python bench/run.py [--corpus ../shared/devcorpus] [--out bench/results.json]

Prints a table, writes the figures as JSON, and exits 1 when a target below is missed.
Targets are for one process on this project's reference machine (2 cores, no GPU).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TARGETS = {
    "build_chars_per_s": 4000.0,  # raw page characters built into a validated graph, per second
    "ner_chars_per_s": 20000.0,  # characters tagged by the shipped model, per second
    "peak_rss_mib": 3072.0,  # the whole run, model and gazetteer included
}


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "devcorpus")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()

    from epikg.ingest import discover
    from epikg.ner.hanlp_model import load_tagger
    from epikg.pipeline import BuildOptions, build, read_article
    from epikg.validate import validate

    inputs = [ROOT / "seeds"] + ([args.corpus] if args.corpus.is_dir() else [])
    paths = list(discover(inputs))
    raw_chars = sum(len(read_article(p).raw) for p in paths)

    started = time.perf_counter()
    tagger = load_tagger()
    load_s = time.perf_counter() - started

    articles = [read_article(p) for p in paths]
    sentences = [a.body.text[s.start : s.end] for a in articles for s in a.sentences]
    tagged_chars = sum(len(s) for s in sentences)
    started = time.perf_counter()
    tagger.tag(sentences)
    ner_s = time.perf_counter() - started

    started = time.perf_counter()
    result = build(inputs, BuildOptions())
    report = validate(result.graph)
    build_s = time.perf_counter() - started

    figures = {
        "documents": len(result.built),
        "skipped": len(result.skipped),
        "raw_chars": raw_chars,
        "triples": len(result.graph),
        "conforms": report.conforms,
        "model_load_s": round(load_s, 2),
        "ner_chars": tagged_chars,
        "ner_s": round(ner_s, 2),
        "ner_chars_per_s": round(tagged_chars / ner_s),
        "build_and_validate_s": round(build_s, 2),
        "build_chars_per_s": round(raw_chars / build_s),
        "peak_rss_mib": round(peak_rss_mib()),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
    }
    args.out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    missed = [
        f"{key}: {figures[key]} (target {'<=' if key == 'peak_rss_mib' else '>='} {target})"
        for key, target in TARGETS.items()
        if (figures[key] > target if key == "peak_rss_mib" else figures[key] < target)
    ]
    for line in missed:
        print(f"missed target: {line}", file=sys.stderr)
    return 1 if missed or not report.conforms else 0


if __name__ == "__main__":
    sys.exit(main())
