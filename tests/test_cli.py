"""The `epikg` command: what it writes where, its exit codes, and that it never leaves half an output.

Builds run with --no-model (the NER model has its own tests), on short hand-written articles.
Exit codes: 0 ok / conforms, 1 nothing built or violations, 2 usage or input errors.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import RDF, Graph, Literal

from epikg.cli import cli
from epikg.rdf.namespaces import EK, SCHEMA
from epikg.validate import Report, validate
from helpers import write_page

SHAPES_DIR = Path(__file__).resolve().parent / "data" / "shapes"

CANGNAN = (
    "苍南县委书记深夜暗访金乡镇防疫卡口\n"
    "2020-02-03 10:20 来源:苍南新闻网\n"
    "2月2日晚上,苍南县委书记黄荣定率领县防疫领导小组到金乡镇检查疫情防控工作。\n"
    "黄荣定要求,各乡镇要严格落实联防联控措施,守牢浙江南大门。\n"
    "金乡镇党委书记张三丰汇报了全镇卡口设置和人员排查情况。\n"
    "县卫生健康局负责人表示,将加强重点人群健康管理。\n"
    "记者 李明\n"
)
CANGNAN_SIMPLIFIED = (
    "苍南县委书记深夜暗访金乡镇防疫卡口\n"
    "2月2日晚上,苍南县委书记黄荣定率领县防疫领导小组到金乡镇检查疫情防控工作。\n"
    "黄荣定要求,各乡镇要严格落实联防联控措施,守牢浙江南大门。\n"
    "金乡镇党委书记张三丰汇报了全镇卡口设置和人员排查情况。\n"
)
CANGNAN_TRADITIONAL = (
    "蒼南縣委書記深夜暗訪金鄉鎮防疫卡口\n"
    "2月2日晚上,蒼南縣委書記黃榮定率領縣防疫領導小組到金鄉鎮檢查疫情防控工作。\n"
    "黃榮定要求,各鄉鎮要嚴格落實聯防聯控措施,守牢浙江南大門。\n"
    "金鄉鎮黨委書記張三豐匯報了全鎮卡口設置和人員排查情況。\n"
)
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
UNDECODABLE_BYTES = "苍南县疫情通报".encode() + b"\xff\xfe\xff\xfe" + "金乡镇".encode()


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed entry point (epikg.cli:main) in a fresh interpreter, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-c", "from epikg.cli import main; main()", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def write_article(folder: Path, name: str = "cangnan.txt", data: bytes | str = CANGNAN) -> Path:
    return write_page(folder, name, data)


def person_names(graph: Graph) -> set[str]:
    return {str(graph.value(p, SCHEMA.name)) for p in graph.subjects(RDF.type, EK.Person)}


def leftover_temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


def assert_one_line_error(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("epikg: error: "), stderr


# --- build --------------------------------------------------------------------------


def test_build_writes_conforming_turtle_and_reports_progress_and_summary_on_stderr(tmp_path: Path) -> None:
    article = write_article(tmp_path / "in")
    out = tmp_path / "kg.ttl"

    result = run("build", str(tmp_path / "in"), "-o", str(out), "--no-model")

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"[1/1] {article}: ok" in result.stderr
    assert "built 1 document(s), skipped 0" in result.stderr
    assert f"wrote {out}" in result.stderr
    graph = Graph().parse(out, format="turtle")
    assert validate(graph).conforms
    assert set(graph.objects(None, SCHEMA.identifier)) == {Literal("cangnan")}
    assert {"黄荣定", "张三丰"} <= person_names(graph)
    assert leftover_temp_files(tmp_path) == []


def test_build_quiet_prints_the_summary_but_no_progress(tmp_path: Path) -> None:
    write_article(tmp_path / "in")

    result = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "kg.ttl"), "--no-model", "-q")

    assert result.exit_code == 0, result.output
    assert "[1/1]" not in result.stderr
    assert "built 1 document(s)" in result.stderr


def test_build_to_stdout_writes_only_turtle_to_stdout(tmp_path: Path) -> None:
    write_article(tmp_path / "in")

    result = run("build", str(tmp_path / "in"), "-o", "-", "--no-model")

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("@prefix")
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert validate(graph).conforms
    assert "黄荣定" in person_names(graph)
    assert "built 1 document(s)" in result.stderr
    assert "wrote" not in result.stderr
    assert list(tmp_path.glob("*.ttl")) == []


def test_build_skips_binary_and_undecodable_files_and_still_builds_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_article(folder)
    binary = write_article(folder, "image.txt", PNG_BYTES)
    garbled = write_article(folder, "garbled.txt", UNDECODABLE_BYTES)
    out = tmp_path / "kg.ttl"

    result = run("build", str(folder), "-o", str(out), "--no-model")

    assert result.exit_code == 0, result.output
    assert "built 1 document(s), skipped 2" in result.stderr
    assert f"skipped {binary}: binary" in result.stderr
    assert f"skipped {garbled}: undecodable" in result.stderr
    graph = Graph().parse(out, format="turtle")
    assert set(graph.objects(None, SCHEMA.identifier)) == {Literal("cangnan")}
    assert validate(graph).conforms


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("gb18030", CANGNAN_SIMPLIFIED), ("big5", CANGNAN_TRADITIONAL)],
    ids=["gb18030", "big5"],
)
def test_build_reads_legacy_chinese_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    write_article(tmp_path / "in", f"{encoding}.txt", text.encode(encoding))
    out = tmp_path / "kg.ttl"

    result = run("build", str(tmp_path / "in"), "-o", str(out), "--no-model")

    assert result.exit_code == 0, result.output
    assert "skipped 0" in result.stderr
    graph = Graph().parse(out, format="turtle")
    assert validate(graph).conforms
    assert set(graph.objects(None, EK.sourceEncoding)) == {Literal(encoding)}
    assert "黄荣定" in person_names(graph)  # Big5's 黃榮定 is read as Simplified


def test_build_of_a_nonexistent_input_exits_2_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"

    result = run("build", str(missing), "-o", str(tmp_path / "kg.ttl"), "--no-model")

    assert result.exit_code == 2
    assert_one_line_error(result.stderr)
    assert str(missing) in result.stderr
    assert result.stdout == ""


def test_entry_point_build_of_a_nonexistent_input_exits_2_without_traceback(tmp_path: Path) -> None:
    proc = run_main("build", str(tmp_path / "no-such-folder"), "-o", str(tmp_path / "kg.ttl"), "--no-model")

    assert proc.returncode == 2
    assert_one_line_error(proc.stderr)
    assert "no such file or folder" in proc.stderr
    assert proc.stdout == ""


def test_build_into_a_missing_folder_exits_2_with_one_line(tmp_path: Path) -> None:
    write_article(tmp_path / "in")

    result = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "nowhere" / "kg.ttl"), "--no-model")

    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith("epikg: error: cannot write")
    assert "Traceback" not in result.stderr


# --- atomic output ------------------------------------------------------------------


def test_build_that_builds_nothing_leaves_the_existing_output_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_article(folder, "image.txt", PNG_BYTES)
    out = tmp_path / "kg.ttl"
    out.write_text("# the previous, good graph\n", encoding="utf-8")

    result = run("build", str(folder), "-o", str(out), "--no-model")

    assert result.exit_code == 1
    assert "nothing was built; no output written" in result.stderr
    assert out.read_text(encoding="utf-8") == "# the previous, good graph\n"
    assert leftover_temp_files(tmp_path) == []


def test_build_that_builds_nothing_creates_no_output_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_article(folder, "garbled.txt", UNDECODABLE_BYTES)

    result = run("build", str(folder), "-o", str(tmp_path / "kg.ttl"), "--no-model")

    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == [folder]


def test_build_whose_graph_fails_validation_leaves_the_existing_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No real input makes the pipeline emit a non-conforming graph, so the validator is made to say no:
    # each document is checked on its own, reported as skipped, and nothing is written.
    import epikg.validate  # build_document imports it where a page is built

    forced = "Validation Report\nConforms: False\n\tMessage: forced violation\n"
    monkeypatch.setattr(epikg.validate, "validate_triples", lambda triples: Report(False, forced, Graph()))
    monkeypatch.setattr(
        epikg.validate, "drop_bad_readings", lambda graph: (Report(False, forced, Graph()), [])
    )
    write_article(tmp_path / "in")
    out = tmp_path / "kg.ttl"
    out.write_text("# the previous, good graph\n", encoding="utf-8")

    # In this process (--page-timeout 0): a worker started by spawn would not inherit the replaced validator.
    result = run("build", str(tmp_path / "in"), "-o", str(out), "--no-model", "--page-timeout", "0")

    assert result.exit_code == 1
    assert "graph does not conform: forced violation" in result.stderr
    assert "nothing was built; no output written" in result.stderr
    assert out.read_text(encoding="utf-8") == "# the previous, good graph\n"
    assert leftover_temp_files(tmp_path) == []


def test_successful_build_replaces_the_existing_output(tmp_path: Path) -> None:
    write_article(tmp_path / "in")
    out = tmp_path / "kg.ttl"
    out.write_text("# stale\n", encoding="utf-8")

    result = run("build", str(tmp_path / "in"), "-o", str(out), "--no-model")

    assert result.exit_code == 0, result.output
    assert "黄荣定" in person_names(Graph().parse(out, format="turtle"))
    assert leftover_temp_files(tmp_path) == []


# --- validate -----------------------------------------------------------------------


def test_validate_a_conforming_graph_exits_0() -> None:
    result = run("validate", str(SHAPES_DIR / "mention_conforms.ttl"))

    assert result.exit_code == 0, result.output
    assert "Conforms: True" in result.stdout


def test_validate_a_built_graph_exits_0(tmp_path: Path) -> None:
    write_article(tmp_path / "in")
    out = tmp_path / "kg.ttl"
    assert run("build", str(tmp_path / "in"), "-o", str(out), "--no-model").exit_code == 0

    assert run("validate", str(out)).exit_code == 0


def test_validate_a_violating_graph_exits_1_and_prints_the_report() -> None:
    result = run("validate", str(SHAPES_DIR / "person_violates_anonymized_name.ttl"))

    assert result.exit_code == 1
    assert "Conforms: False" in result.stdout
    assert "PatternConstraintComponent" in result.stdout


def test_validate_a_non_turtle_file_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.ttl"
    bad.write_text("这不是 Turtle: <unclosed\n", encoding="utf-8")

    result = run("validate", str(bad))

    assert result.exit_code == 2
    assert_one_line_error(result.stderr)
    assert "is not valid Turtle" in result.stderr


def test_entry_point_validate_a_non_turtle_file_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "page.ttl"
    write_article(tmp_path, "page.ttl", CANGNAN)

    proc = run_main("validate", str(bad))

    assert proc.returncode == 2
    assert_one_line_error(proc.stderr)
    assert proc.stdout == ""


def test_entry_point_validate_a_missing_file_exits_2_without_traceback(tmp_path: Path) -> None:
    proc = run_main("validate", str(tmp_path / "missing.ttl"))

    assert proc.returncode == 2
    assert_one_line_error(proc.stderr)
    assert "no such file" in proc.stderr


def test_entry_point_validate_exit_codes_match_the_report() -> None:
    assert run_main("validate", str(SHAPES_DIR / "article_conforms.ttl")).returncode == 0
    assert run_main("validate", str(SHAPES_DIR / "article_violates_two_dates.ttl")).returncode == 1


def test_every_command_is_documented_in_the_readme() -> None:
    import click

    from epikg.cli import cli

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    names = cli.list_commands(click.Context(cli))  # those imported when run (query, load, ...) too
    assert {"build", "query", "export"} <= set(names)
    missing = [name for name in names if f"epikg {name}" not in readme]
    assert missing == [], f"document these commands in README.md: {missing}"
