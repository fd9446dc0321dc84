"""--rules DIR: data files that extend the shipped ones of the same names, in this process and in the workers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from epikg.cli import cli
from epikg.lexicon import RulesError, rules_dir, set_rules_dir

ARTICLE = (
    "苍南县开展环境整治\n"
    "2020-02-03 10:20 来源:苍南新闻网\n"
    "2月2日,苍南县委书记黄荣定到金乡镇检查疫情防控工作。\n"
    "全县各村开展爱国卫生大扫荡活动,清理卫生死角。\n"
)
TRIGGER = "爱国卫生大扫荡"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(autouse=True)
def no_rules_after() -> Iterator[None]:
    yield
    set_rules_dir(None)


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "measures.tsv").write_text(f"# our own trigger\ndisinfection\t{TRIGGER}\n", encoding="utf-8")
    return folder


def pages(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"a{number}.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def measures_with_trigger(out: Path) -> list[str]:
    return [
        line
        for line in out.read_text(encoding="utf-8").splitlines()
        if "/measure/" in line and TRIGGER in line
    ]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_rules_folder_adds_a_measure_trigger(tmp_path: Path, rules: Path, workers: str) -> None:
    folder = pages(tmp_path, 2)
    plain, extended = tmp_path / "plain.nt", tmp_path / "extended.nt"
    result = run("build", str(folder), "-o", str(plain), "--no-model", "-q", "--workers", workers)
    assert result.exit_code == 0, result.output
    assert measures_with_trigger(plain) == []
    result = run(
        "build",
        str(folder),
        "-o",
        str(extended),
        "--no-model",
        "-q",
        "--workers",
        workers,
        "--rules",
        str(rules),
    )
    assert result.exit_code == 0, result.output
    assert "reused" not in result.stderr  # the rules are part of the cache's fingerprint
    found = measures_with_trigger(extended)
    assert any("/disinfection>" in line for line in found), found


def test_a_file_the_package_does_not_have_is_an_error_naming_it(tmp_path: Path, rules: Path) -> None:
    (rules / "mesures.tsv").write_text("disinfection\t消杀\n", encoding="utf-8")
    result = run(
        "build", str(pages(tmp_path, 1)), "-o", str(tmp_path / "kg.nt"), "--no-model", "--rules", str(rules)
    )
    assert result.exit_code == 2
    assert "mesures.tsv" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(RulesError):
        set_rules_dir(rules)
    assert rules_dir() is None


@pytest.mark.parametrize(
    ("name", "line"),
    [("measures.tsv", "disinfection\n"), ("time_periods.tsv", "黄昏\t晚\n")],  # no trigger; no hours
)
def test_a_file_its_loader_cannot_read_is_one_error_before_any_page(
    tmp_path: Path, rules: Path, name: str, line: str
) -> None:
    (rules / name).write_text(line, encoding="utf-8")
    out = tmp_path / "kg.nt"
    result = run("build", str(pages(tmp_path, 3)), "-o", str(out), "--no-model", "--rules", str(rules))
    assert result.exit_code == 2
    assert name in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1  # one line, not one per page
    assert not out.exists()


def test_the_loaders_see_the_folder_set_after_they_ran(rules: Path) -> None:
    from epikg.lexicon import read_data_lines

    shipped = read_data_lines("measures.tsv")
    set_rules_dir(rules)
    assert read_data_lines("measures.tsv") == [*shipped, f"disinfection\t{TRIGGER}"]
    set_rules_dir(None)
    assert read_data_lines("measures.tsv") == shipped
