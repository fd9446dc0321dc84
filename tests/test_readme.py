"""The README is true: every command it shows is run, and every output it shows is what the command prints.

As sqlite-utils tests its docs. ```sh blocks are commands (one a line, `\\` continues a line, `# ...`
comments dropped); a plain ``` block that starts with `$ ` is a transcript: each `$ command` is run and
what it prints (stdout and stderr, as a terminal shows them) must match the lines below it, where a line
`...` stands for any number of lines and `...` inside a line for any text. ```turtle blocks are excerpts
of the golden Turtle. Commands run in the README's order in one folder holding `seeds/` and `queries/`,
as a user following it from the top; those that cannot run here are in SKIPPED or SUBSTITUTED, with why.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
GOLDEN = ROOT / "tests" / "data" / "golden"

SKIPPED = {
    ". .venv/bin/activate && python -m pytest -q": "the test suite itself",
    "epikg build PAGES_OR_FOLDERS... -o kg.ttl": "placeholders for your own pages",
    "epikg build seeds --ner-model DIR_OR_NAME -o kg-other-model.ttl": "a placeholder for another model, "
    "or a HanLP download (needs a network)",
    "epikg serve --location ./epikg-store --port 7878 --writable &": "a server left running in the "
    "background; tests/test_store_remote.py runs serve, load and query --endpoint",
    "epikg load kg.ttl --endpoint http://127.0.0.1:7878": "needs the server above",
    "epikg query queries/county_leaders.rq --endpoint http://127.0.0.1:7878/query": "needs the server above",
    "EPIKG_PASSWORD=... epikg load kg.ttl --endpoint http://host:8890/sparql-graph-crud-auth --user dba": (
        "needs a Virtuoso server; tests/test_store_virtuoso.py starts one and runs this load"
    ),
    "chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1400 "
    "--screenshot=report.png report.html": "needs Chromium; tests/test_report.py takes the screenshot",
    "epikg build ../shared/devcorpus -o dev.ttl": "the development corpus is third-party and not in the repo",
    "dask scheduler": "a Dask scheduler left running; tests/test_build_cluster.py starts a LocalCluster",
    "dask worker tcp://HOST:8786 --nworkers 2 --nthreads 1 --preload epikg.build.preload": "needs the scheduler "
    "above (a placeholder address); tests/test_build_cluster.py starts workers with that preload",
    "epikg build PAGES_OR_FOLDERS... --scheduler tcp://HOST:8786 -o kg-parts/": "needs a Dask cluster; "
    "tests/test_build_cluster.py builds the seeds on one and compares with a local build",
    "epikg load kg-parts/ --endpoint http://127.0.0.1:7878": "needs a running server; tests/test_store_bulk.py "
    "loads parts folders into one",
    "epikg eval --gold bench/devgold/look --graph dev.ttl": "needs dev.ttl, built from the development corpus",
    "epikg eval --gold bench/devgold/heldout --graph dev.ttl": "needs dev.ttl, built from the development "
    "corpus; the held-out half is scored, never looked at while writing rules",
}
TRAINING = (
    "python tools/train_ner.py "  # training on MSRA takes hours; tests/test_ner_model.py covers the tool
)

SUBSTITUTED = {
    "python3 -m venv .venv && . .venv/bin/activate && pip install torch==2.13.0 && pip install -e '.[test]' "
    "&& epikg build seeds -o kg.ttl": (
        "epikg build seeds -o kg.ttl",
        "the set-up installs from the network; its last step is run",
    ),
}


@dataclass(frozen=True)
class Step:
    """A command of the README, in order, with the output it shows (None: none shown)."""

    line: int
    command: str
    shown: str | None = None


def blocks(text: str) -> list[tuple[int, str, str]]:
    """(line, language, body) of every fenced block."""
    found = []
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", text, re.MULTILINE | re.DOTALL):
        found.append((text.count("\n", 0, match.start()) + 1, match.group(1), match.group(2)))
    return found


def shell_commands(body: str) -> list[str]:
    """The commands of a ```sh block: continued lines joined, comments dropped."""
    commands, pending = [], ""
    for raw in body.splitlines():
        line = re.split(r"\s+#\s", raw, maxsplit=1)[0].rstrip()
        if line.endswith("\\"):
            pending += line[:-1].strip() + " "
            continue
        command = (pending + line.strip()).strip()
        pending = ""
        if command:
            commands.append(command)
    return commands


def transcript(body: str) -> list[tuple[str, str]]:
    """(command, shown output) of each `$ ` line of a transcript block."""
    steps: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:].strip(), []))
        else:
            steps[-1][1].append(line)
    return [(command, "\n".join(lines).strip("\n")) for command, lines in steps]


def readme_steps() -> list[Step]:
    steps = []
    for line, language, body in blocks(README.read_text(encoding="utf-8")):
        if language == "sh":
            steps += [Step(line, command) for command in shell_commands(body)]
        elif language == "" and body.startswith("$ "):
            steps += [Step(line, command, shown) for command, shown in transcript(body)]
    return steps


def matches(shown: str, printed: str) -> bool:
    """Whether `printed` is `shown`, where a line `...` is any lines and `...` in a line is any text."""
    pattern = ""
    for line in shown.rstrip().splitlines():
        line = line.rstrip()
        if line == "...":
            pattern += r"(?:[^\n]*\n)*?"
        else:
            pattern += r"[^\n]*".join(re.escape(part) for part in line.split("...")) + r"\n"
    text = "".join(line.rstrip() + "\n" for line in printed.rstrip().splitlines())
    return re.fullmatch(pattern, text) is not None


def test_matches_allows_elided_lines_and_text() -> None:
    assert matches("a\n...\nd", "a\nb\nc\nd\n")
    assert matches("a\n...\nb", "a\nb")
    assert matches("x: ...!", "x: anything!")
    assert not matches("a\nd", "a\nb\nd")
    assert not matches("a ...", "b c")


def run_here(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        ["bash", "-c", command],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def test_every_readme_command_runs_and_prints_what_the_readme_shows(tmp_path: Path) -> None:
    for name in ("seeds", "queries"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    (tmp_path / "my-rules").mkdir()  # the README's example of a folder of your own rule files
    failures, ran = [], 0
    for step in readme_steps():
        if step.command in SKIPPED or step.command.startswith(TRAINING):
            continue
        command = SUBSTITUTED.get(step.command, (step.command, ""))[0]
        result = run_here(command, tmp_path)
        ran += 1
        where = f"README.md:{step.line}: {command}"
        if result.returncode != 0:
            failures.append(f"{where}: exit {result.returncode}\n{result.stdout[-3000:]}")
        elif step.shown is not None and not matches(step.shown, result.stdout):
            failures.append(f"{where}: prints\n{result.stdout}\nbut the README shows\n{step.shown}")
    assert not failures, "\n\n".join(failures)
    assert ran >= 20


def test_every_skipped_command_is_still_in_the_readme() -> None:
    commands = {step.command for step in readme_steps()}
    assert not (set(SKIPPED) | set(SUBSTITUTED)) - commands
    assert any(command.startswith(TRAINING) for command in commands)


def test_readme_builds_write_distinct_outputs_for_distinct_options() -> None:
    """Two builds with different options never write the same file (the rules-only graph is not kg.ttl)."""
    options_by_output: dict[str, set[tuple[str, ...]]] = {}
    for step in readme_steps():
        for part in re.split(r"&&|\|", step.command):
            words = shlex.split(part)
            if words[:2] != ["epikg", "build"] or "PAGES_OR_FOLDERS..." in words:
                continue
            output = words[words.index("-o") + 1] if "-o" in words else "kg.ttl"
            if output == "-":
                continue
            rest = [w for i, w in enumerate(words) if w != "-o" and (i == 0 or words[i - 1] != "-o")]
            options_by_output.setdefault(output, set()).add(tuple(rest))
    assert "kg.ttl" in options_by_output
    clashes = {output: options for output, options in options_by_output.items() if len(options) > 1}
    assert not clashes


def test_readme_turtle_is_from_the_golden_files() -> None:
    golden = "".join(path.read_text(encoding="utf-8") for path in sorted(GOLDEN.glob("*.ttl")))
    excerpts = [
        body for _, language, body in blocks(README.read_text(encoding="utf-8")) if language == "turtle"
    ]
    assert excerpts
    for body in excerpts:
        for stanza in body.strip().split("\n\n"):
            assert stanza.strip() in golden, stanza


@pytest.mark.parametrize("command", sorted(SKIPPED))
def test_skips_say_why(command: str) -> None:
    assert SKIPPED[command].strip()
