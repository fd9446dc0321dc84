"""Word lists and patterns are data, not code (issue 13): no Chinese word sits in a Python constant.

The scan lists every string constant of src/epikg that holds a Han character and is not documentation, and
fails for any the allowlist below does not explain. Words go to src/epikg/data/ (read through epikg.lexicon,
extended by `epikg build --rules DIR`); what may stay is the grammar of a written date, a bar that is a Han
character only by its code point, Unicode ranges and bounds, and prose shown to a user.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from epikg.cli import cli
from epikg.lexicon import DATA_DIR, set_rules_dir

SRC = Path(__file__).resolve().parents[1] / "src" / "epikg"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# `[一-鿿]`, `㐀-䶿一-鿿豈-\ufaff`: Han as a script in a character class, no word.
HAN_RANGE = re.compile(rf"{HAN.pattern}-{HAN.pattern}")

# Characters that may stay in the patterns of the named modules, and why.
ALLOWED_CHARACTERS = {
    "年月日号时点分秒份": (
        ("read/publication_date.py", "extract/times.py", "read/page_layout.py"),
        "the units of a written date or clock time (`2020年2月3日`, `9时30分`, `3月份` is a month, no day):"
        " the grammar the date patterns parse, not vocabulary; the numerals are data/numerals.tsv",
    ),
    "丨": (
        ("read/publication_date.py", "read/bylines.py", "read/boilerplate.py"),
        "U+4E28, typed as a vertical bar between the items of a page's header: punctuation, a Han character"
        " only by its code point",
    ),
}
# Literals that are prose shown to a user, by module and the Han characters they hold.
ALLOWED_PROSE = {
    ("cli/store.py", "南洲镇"): "an example value in --param's help and error message",
    ("report/page.py", "万余多约"): "a note on the HTML report explaining approximate values to its reader",
}


def _documentation(tree: ast.AST) -> set[int]:
    """Docstrings, and string statements after an attribute (`url: str | None = None` then its note)."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def _bounds(tree: ast.AST) -> set[int]:
    """One-character operands of an ordering (`"\\u4e00" <= c <= "\\u9fff"`): code-point bounds, no words."""
    return {
        id(operand)
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and all(isinstance(op, ast.Lt | ast.LtE | ast.Gt | ast.GtE) for op in node.ops)
        for operand in (node.left, *node.comparators)
        if isinstance(operand, ast.Constant) and isinstance(operand.value, str) and len(operand.value) == 1
    }


def han_literals() -> Iterator[tuple[str, int, str]]:
    """(module path relative to src/epikg, line, value) of each string constant holding Han characters."""
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _documentation(tree) | _bounds(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and HAN.search(node.value)
            ):
                yield path.relative_to(SRC).as_posix(), node.lineno, node.value


def _explained(module: str, value: str) -> bool:
    han = "".join(HAN.findall(HAN_RANGE.sub("", value)))
    if not han:
        return True
    if (module, han) in ALLOWED_PROSE:
        return True
    allowed = "".join(chars for chars, (modules, _) in ALLOWED_CHARACTERS.items() if module in modules)
    return all(c in allowed for c in han)


def test_no_chinese_word_sits_in_python() -> None:
    unexplained = [f"{m}:{line} {value!r}" for m, line, value in han_literals() if not _explained(m, value)]
    assert not unexplained, "move these words to src/epikg/data/:\n" + "\n".join(unexplained)


def test_the_scan_sees_a_word_and_lets_a_range_pass() -> None:
    assert not _explained("ner/merge/", "召开|举行")
    assert not _explained("read/publication_date.py", "(?:星期|周)")
    assert _explained("extract/measures.py", "[一-鿿]")
    assert _explained("read/publication_date.py", r"\s*年\s*(?P<m>\d{1,2})\s*月")
    # the calendar's characters stay only in the date patterns
    assert not _explained("read/normalize.py", "年")


def test_every_data_file_says_what_it_is() -> None:
    """Each data file opens with a comment: what it holds, who reads it, its format."""
    for path in sorted(DATA_DIR.iterdir()):
        first = path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()[0]
        assert first.startswith("#"), f"{path.name} starts without a header comment"


_MODULE_PATH = re.compile(
    r"\b((?:ner|extract|read|rdf|build|evaluation|store|shacl|report|export|cli)/[a-z_/]*[a-z_](?:\.py)?/?)"
)


def test_the_readers_a_data_file_names_exist() -> None:
    """`Read by ner/persons/`: every module or package a data file's header names is in the tree (a module moved
    takes its readers' lines along)."""
    missing = []
    for path in sorted(DATA_DIR.iterdir()):
        header = "".join(
            line for line in path.read_text(encoding="utf-8").splitlines(True) if line.startswith("#")
        )
        for match in _MODULE_PATH.finditer(header):
            named = DATA_DIR.parent / match.group(1).rstrip("/")
            if not (named.is_dir() or named.is_file() or named.with_suffix(".py").is_file()):
                missing.append(f"{path.name}: {match.group(1)}")
    assert not missing, missing


# --- a moved list extended through --rules ---------------------------------------------------------------

PAGE = (
    "苍南县开展环境整治\n"
    "2020-02-03 10:20 来源:苍南新闻网 出品人:黄小明\n"
    "2月2日,苍南县委书记黄荣定到金乡镇检查疫情防控工作。\n"
)


@pytest.fixture(autouse=True)
def no_rules_after() -> Iterator[None]:
    yield
    set_rules_dir(None)


def _bylines(out: Path) -> list[str]:
    return [
        line
        for line in out.read_text(encoding="utf-8").splitlines()
        if "/byline/" in line and "黄小明" in line
    ]


def test_a_rules_folder_adds_a_byline_role(tmp_path: Path) -> None:
    """data/byline_roles.txt was a constant in read/pagemeta.py (now read/bylines.py): a rules folder's 出品人 (presenter) now credits a name."""
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "byline_roles.txt").write_text("# a producer's credit\n出品人\n", encoding="utf-8")
    plain, extended = tmp_path / "plain.nt", tmp_path / "extended.nt"
    common = ["build", str(pages), "--no-model", "--no-cache", "-q", "--workers", "1"]
    result = CliRunner().invoke(cli, [*common, "-o", str(plain)])
    assert result.exit_code == 0, result.output
    assert _bylines(plain) == []
    result = CliRunner().invoke(cli, [*common, "-o", str(extended), "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert _bylines(extended), "the rules folder's role credits no one"


def test_a_rules_folder_reaches_the_tables_a_module_builds_when_imported(tmp_path: Path) -> None:
    """extract/quantities.py reads its word lists when imported, before the CLI sets the rules folder: setting
    it re-runs the module, so a rules folder's measure word (筐, a basket) counts."""
    from epikg.extract.quantities import find_quantities

    sentence = "全县发放蔬菜30筐。"
    assert [q.unit for q in find_quantities(sentence)] == []
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "quantity_units.txt").write_text("筐\n", encoding="utf-8")
    set_rules_dir(rules)
    assert [q.unit for q in find_quantities(sentence)] == ["筐"]
    set_rules_dir(None)
    assert [q.unit for q in find_quantities(sentence)] == []
