"""What the tagger reads besides characters: hashed bigrams and lexicon flags (features.py)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from epikg.ner.features import (
    LEXICON_BITS,
    LEXICON_CATEGORIES,
    LexiconError,
    LexiconTable,
    _Features,
    lexicon_flags,
    load_lexicon,
    read_lexicon,
)

PER, LOC = LEXICON_CATEGORIES.index("PER"), LEXICON_CATEGORIES.index("LOC")


def _bit(category: int, position: str) -> int:
    return 1 << (category * 3 + "BIE".index(position))


@pytest.fixture
def lexicon(tmp_path: Path) -> Path:
    path = tmp_path / "lexicon.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("黄荣定\tPER\n苍南县\tLOC\n苍南\tLOC\n的\tW\n縣委\tORG\n")
    return path


def test_words_and_their_prefixes_are_read_single_characters_are_not(lexicon: Path) -> None:
    table = read_lexicon(lexicon)
    assert table["黄荣定"] == PER and table["苍南县"] == LOC
    assert table["黄荣"] < 0  # a prefix, so matching goes on, but no word
    assert "的" not in table
    assert "县委" in table  # folded to Simplified, as the tagger's input is


def test_a_bad_category_is_one_line_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("苍南县\tLOC\n黄荣定\tPERSON\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.tsv:2: category 'PERSON'"):
        read_lexicon(path)


def test_a_missing_lexicon_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        read_lexicon(tmp_path / "none.tsv.gz")


def test_flags_mark_begin_inside_end_of_every_covering_word(lexicon: Path) -> None:
    flags = lexicon_flags("苍南县黄荣定说", read_lexicon(lexicon))
    assert flags[0] == _bit(LOC, "B")  # 苍 begins both 苍南 and 苍南县
    assert flags[1] == _bit(LOC, "E") | _bit(LOC, "I")  # 南 ends 苍南, is inside 苍南县
    assert flags[2] == _bit(LOC, "E")
    assert flags[3:6] == [_bit(PER, "B"), _bit(PER, "I"), _bit(PER, "E")]
    assert flags[6] == 0
    assert max(flags) < 1 << LEXICON_BITS


def test_transform_adds_bigrams_and_lexicon_ids_per_token(lexicon: Path) -> None:
    features = _Features("token", 64, wants_lexicon=True)
    features.set_table(read_lexicon(lexicon))
    sample = features({"token": list("苍南县委")})
    assert len(sample["left_bigram_id"]) == len(sample["right_bigram_id"]) == 4
    assert all(1 <= i <= 64 for i in sample["left_bigram_id"] + sample["right_bigram_id"])
    assert sample["right_bigram_id"][0] == sample["left_bigram_id"][1]  # 苍南 seen from both sides
    assert sample["lexicon_id"][0] == _bit(LOC, "B")
    assert sample["lexicon_id"][3] == _bit(LEXICON_CATEGORIES.index("ORG"), "E")


def test_without_a_lexicon_there_are_no_lexicon_ids() -> None:
    assert "lexicon_id" not in _Features("token", 64, wants_lexicon=False)({"token": list("苍南县")})


def test_a_lexicon_never_located_is_an_error_not_silence() -> None:
    with pytest.raises(LexiconError, match="none was located"):
        _Features("token", 64, wants_lexicon=True)({"token": list("苍南县")})


def test_jieba_dictionary_becomes_a_lexicon_read_back_by_category(tmp_path: Path) -> None:
    """tools/build_lexicon.py on a few lines in jieba's `word freq pos` format, read back as the model reads it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_lexicon", Path(__file__).parents[1] / "tools/build_lexicon.py"
    )
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    source = tmp_path / "dict.txt"
    source.write_text(
        "巴音朝鲁 3 nr\n苍南县 5 ns\n疾控中心 4 nt\n新冠 3 j\n封控 9 v\n的 999 uj\n", encoding="utf-8"
    )
    build.main([str(source), str(tmp_path / "lexicon.tsv.gz")])
    table = read_lexicon(tmp_path / "lexicon.tsv.gz")
    categories = {w: LEXICON_CATEGORIES[c] for w, c in table.items() if c >= 0}
    assert categories == {"巴音朝鲁": "PER", "苍南县": "LOC", "疾控中心": "ORG", "新冠": "NZ", "封控": "W"}


def test_the_compact_table_flags_what_the_dict_flags(lexicon: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """The model reads its lexicon as hashed words (LexiconTable, 9 bytes a word): the flags must be the
    dict's, on text with overlapping words, words at both ends, and characters no word has."""
    monkeypatch.setenv("EPIKG_COMPILED_DIR", str(tmp_path / "compiled"))
    table = read_lexicon(lexicon)
    compact = load_lexicon(lexicon)
    assert isinstance(compact, LexiconTable)
    for text in ["苍南县黄荣定说", "黄荣定", "苍南", "苍", "", "县委书记到苍南县苍南镇", "说苍南县委黄荣定"]:
        assert lexicon_flags(text, compact) == lexicon_flags(text, table), text
    assert compact.words("苍南县") == [(0, 2, LOC), (0, 3, LOC)]


def test_the_table_hashes_a_word_as_it_hashes_a_window_of_text() -> None:
    words = {"苍南县": LOC, "苍南": LOC, "黄荣定": PER}
    compact = LexiconTable.from_words(words)
    text = "县里苍南县说"
    found = {text[b:e] for b, e, _ in compact.words(text)}
    assert found == {"苍南", "苍南县"}
    assert all(0 <= LexiconTable.hash(w) < 2**64 for w in words)
