"""Commands that need no NER model start without importing it: torch, HanLP and jionlp cost seconds to import.

Each command runs in a fresh interpreter, in process (`cli.main`), on a built graph of ours; what it imported
is read from `sys.modules` once it is done. Only `build` and `eval` of pages load the model.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

HEAVY = ("torch", "hanlp", "jionlp")
GRAPH = ROOT / "tests/data/golden/cangnan_checkpoints.ttl"

RUN = """
import json, sys
from epikg.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="epikg")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "heavy": sorted(m for m in HEAVY if m in sys.modules)}), file=sys.stderr)
"""


def imports_of(args: list[str], cwd: Path) -> dict[str, object]:
    """The exit code of `epikg ARGS` and the heavy modules it imported."""
    code = f"HEAVY = {HEAVY!r}\n{RUN}"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["query", "--help"],
        ["query", str(ROOT / "queries/measures_by_county.rq"), "--graph", str(GRAPH)],
        ["validate", str(GRAPH)],
        ["export", "oxcgrt", str(GRAPH), "-o", "oxcgrt.csv"],
        ["export", "events", str(GRAPH), "-o", "events.csv"],
        ["report", str(GRAPH), "-o", "report.html"],
        ["eval", "--gold", str(ROOT / "seeds"), "--graph", str(GRAPH)],
    ],
    ids=lambda args: " ".join(a for a in args[:2] if not a.startswith("/")),
)
def test_command_does_not_import_the_model(args: list[str], tmp_path: Path) -> None:
    seen = imports_of(args, tmp_path)
    assert seen["code"] == 0, seen
    assert seen["heavy"] == [], f"epikg {' '.join(args)} imported {seen['heavy']}"


def test_build_with_the_model_imports_it(tmp_path: Path) -> None:
    """The same probe sees the model's modules where they are loaded, so the checks above can fail."""
    page = tmp_path / "page.txt"
    page.write_text("苍南县加强防控\n2月2日,苍南县委书记黄荣定到金乡镇检查疫情防控工作。\n", encoding="utf-8")
    # --page-timeout 0: the page is built in this process, not in a watched worker (README, Reliability)
    seen = imports_of(
        ["build", str(page), "-o", "kg.ttl", "--no-cache", "-j", "1", "--page-timeout", "0"], tmp_path
    )
    assert seen["code"] == 0, seen
    assert {"torch", "hanlp"} <= set(seen["heavy"]), seen  # type: ignore[arg-type]


def test_a_rebuild_from_the_cache_imports_no_rules(tmp_path: Path) -> None:
    """Every page found in the cache: the reading and extraction rules are not imported (nor the model)."""
    page = tmp_path / "page.txt"
    page.write_text("苍南县加强防控\n2月2日,苍南县委书记黄荣定到金乡镇检查疫情防控工作。\n", encoding="utf-8")
    build = ["build", str(page), "-o", "kg.nt", "--no-model", "--cache", str(tmp_path / "cache")]
    probe = f"HEAVY = {HEAVY + ('epikg.extract', 'epikg.ner', 'epikg.read.pagemeta', 'epikg.read.normalize')!r}\n{RUN}"
    runs = [
        subprocess.run([sys.executable, "-c", probe, *build], cwd=tmp_path, capture_output=True, text=True)
        for _ in range(2)
    ]
    cold, warm = (json.loads(run.stderr.strip().splitlines()[-1]) for run in runs)
    assert cold["code"] == warm["code"] == 0, runs[-1].stderr
    assert "reused 1 page(s)" in runs[1].stderr
    assert warm["heavy"] == [], warm
