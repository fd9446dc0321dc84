"""Score the build on bench/passages/: short passages and pages written with their expected answers.

    python bench/passages.py [--keep DIR]

Each `*.jsonl` of bench/passages/ but the `pages*.jsonl` holds one passage a line: `id`, `phenomenon`, `text` and the
fields it annotates in gold-format's terms (`persons` with titles and org, `orgs`, `places` with level and
parent, `measures`, `quantities`). Its passages become pages (a date line, then the text) with gold files, are
built with `epikg build` and scored with `epikg eval`, on the fields that file annotates only. Each
`pages*.jsonl` holds, for each page of the folder of its name (pages.jsonl -> bench/passages/pages/,
pages2.jsonl -> bench/passages/pages2/), its publication date, outlet and credited persons, read here
with `epikg.pipeline.read_article`. Rules are written looking at these (they are no held-out set): the figures
say what a change did to the forms each file was written to stress.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "passages"
FIELDS = {  # the passage key -> the fields of `epikg eval --json` it scores
    "persons": ("persons", "titles"),
    "orgs": ("organizations",),
    "places": ("places",),
    "measures": ("measures",),
    "quantities": ("quantities",),
}
DATE_LINE = "发布时间:2022-03-14\n"


def write_pages(rows: list[dict], folder: Path) -> None:
    """One page and one gold file per passage."""
    for row in rows:
        (folder / f"{row['id']}.txt").write_text(DATE_LINE + row["text"] + "\n", encoding="utf-8")
        gold = {
            "doc_id": row["id"],
            "published": "2022-03-14",
            "persons": row.get("persons", []),
            "places": [
                {k: v for k, v in p.items() if k in ("name", "level", "parent")}
                for p in row.get("places", [])
            ],
            "organizations": [{"name": name} for name in row.get("orgs", [])],
            "measures": [{"category": c, "evidence": ""} for c in row.get("measures", [])],
            "quantities": row.get("quantities", []),
        }
        (folder / f"{row['id']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def score_passages(path: Path, folder: Path) -> dict[str, float]:
    """F1 per field the file annotates."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    write_pages(rows, folder)
    graph = folder / "graph.nt"
    epikg = [sys.executable, "-c", "from epikg.cli import main; main()"]
    subprocess.run(
        [*epikg, "build", str(folder), "-o", str(graph), "--quiet", "--no-cache"],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [*epikg, "eval", "--gold", str(folder), "--graph", str(graph), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(result.stdout)
    fields = [field for key, names in FIELDS.items() if key in rows[0] for field in names]
    return {field: report[field]["f1"] for field in fields}


def score_pages(path: Path) -> dict[str, float]:
    """Share of the pages of `path` (its folder: bench/passages/<stem>/) whose publication date, outlet and
    credited names are read as expected."""
    from epikg.pipeline import read_article

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = {"published": 0, "outlet": 0, "credits": 0}
    for row in rows:
        article = read_article(HERE / path.stem / f"{row['id']}.txt")
        published = article.published.isoformat() if article.published else None
        expected = row["published"]
        right["published"] += published == expected or bool(
            published and expected and published[: len(expected)] == expected[:16]
        )
        right["outlet"] += article.outlet == row["outlet"]
        right["credits"] += {b.name for b in article.bylines} == {c["name"] for c in row["credits"]}
    return {key: value / len(rows) for key, value in right.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--keep", type=Path, help="write the pages, gold and graphs here (default: a temporary folder)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        for path in sorted(HERE.glob("*.jsonl")):
            if path.name.startswith("pages"):
                continue
            scores = score_passages(path, root / path.stem)
            print(f"{path.stem:28}", "  ".join(f"{field} {value:.3f}" for field, value in scores.items()))
    for path in sorted(HERE.glob("pages*.jsonl")):
        scores = score_pages(path)
        print(f"{path.stem:28}", "  ".join(f"{field} {value:.3f}" for field, value in scores.items()))


if __name__ == "__main__":
    main()
