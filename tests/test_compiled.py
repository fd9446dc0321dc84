"""Compiled data files (epikg.compiled): used when current, compiled again when stale or damaged."""

from __future__ import annotations

import os
import time
from pathlib import Path

from epikg import gazetteer
from epikg.compiled import STALE_AFTER_S, load_compiled


def _words(source: Path) -> dict[str, int]:
    return {line: len(line) for line in source.read_text(encoding="utf-8").split()}


def _compiler(source: Path, calls: list[int]):  # noqa: ANN202
    def compile_words() -> dict[str, int]:
        calls.append(1)
        return _words(source)

    return compile_words


def test_compiled_once_then_read(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("疫情 防控\n", encoding="utf-8")
    calls: list[int] = []
    first = load_compiled("words", [source], _compiler(source, calls), folder=tmp_path / "c")
    second = load_compiled("words", [source], _compiler(source, calls), folder=tmp_path / "c")
    assert first == second == {"疫情": 2, "防控": 2}
    assert len(calls) == 1


def test_stale_compiled_file_is_compiled_again(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("疫情\n", encoding="utf-8")
    calls: list[int] = []
    load_compiled("words", [source], _compiler(source, calls), folder=tmp_path / "c")
    source.write_text("疫情 核酸检测\n", encoding="utf-8")
    assert load_compiled("words", [source], _compiler(source, calls), folder=tmp_path / "c") == {
        "疫情": 2,
        "核酸检测": 4,
    }
    assert len(calls) == 2


def test_corrupt_or_truncated_compiled_file_is_compiled_again(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("疫情 防控\n", encoding="utf-8")
    calls: list[int] = []
    folder = tmp_path / "c"
    load_compiled("words", [source], _compiler(source, calls), folder=folder)
    (path,) = folder.glob("words-*.marshal")
    data = path.read_bytes()
    path.write_bytes(data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:])  # one flipped byte in the payload
    assert load_compiled("words", [source], _compiler(source, calls), folder=folder) == {"疫情": 2, "防控": 2}
    path.write_bytes(path.read_bytes()[: len(data) // 2])  # cut short
    assert load_compiled("words", [source], _compiler(source, calls), folder=folder) == {"疫情": 2, "防控": 2}
    path.write_bytes(b"")
    assert load_compiled("words", [source], _compiler(source, calls), folder=folder) == {"疫情": 2, "防控": 2}
    assert len(calls) == 4
    assert load_compiled("words", [source], _compiler(source, calls), folder=folder) == {"疫情": 2, "防控": 2}
    assert len(calls) == 4  # the last rebuild was written back whole


def test_unwritable_folder_still_gives_the_data(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("疫情\n", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    calls: list[int] = []
    assert load_compiled("words", [source], _compiler(source, calls), folder=blocker / "c") == {"疫情": 2}


def test_compiled_gazetteer_reads_as_the_parsed_one() -> None:
    gaz = gazetteer.load()
    parsed = gazetteer.Gazetteer(gazetteer.parse(gazetteer.read_dictionary("china_location.txt")))
    for name in ("苍南县", "金乡镇", "朝阳区", "北京市", "城关镇"):
        assert gaz.lookup(name) == parsed.lookup(name)
        for division in gaz.lookup(name):
            assert gaz.chain(division) == parsed.chain(division)
            assert gaz.children_of(division) == parsed.children_of(division)
    assert gaz.city_aliases == parsed.city_aliases
    assert dict(gaz.by_alias) == dict(parsed.by_alias)
    assert len(gaz.divisions) == len(parsed.divisions)


def test_two_versions_of_the_data_keep_a_file_each(tmp_path: Path) -> None:
    # Two checkouts (or releases) with different data share the cache folder without compiling in turn.
    folder = tmp_path / "c"
    first, second = tmp_path / "a" / "words.txt", tmp_path / "b" / "words.txt"
    for path, text in ((first, "疫情\n"), (second, "防控\n")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    calls: list[int] = []
    for _ in range(2):
        assert load_compiled("words", [first], _compiler(first, calls), folder=folder) == {"疫情": 2}
        assert load_compiled("words", [second], _compiler(second, calls), folder=folder) == {"防控": 2}
    assert len(calls) == 2 and len(list(folder.glob("words-*.marshal"))) == 2


def test_a_version_untouched_for_a_week_goes_when_another_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    source = tmp_path / "words.txt"
    source.write_text("疫情\n", encoding="utf-8")
    calls: list[int] = []
    load_compiled("words", [source], _compiler(source, calls), folder=folder)
    (old,) = folder.glob("words-*.marshal")
    week_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (week_ago, week_ago))
    source.write_text("防控\n", encoding="utf-8")
    load_compiled("words", [source], _compiler(source, calls), folder=folder)
    assert not old.exists() and len(list(folder.glob("words-*.marshal"))) == 1
