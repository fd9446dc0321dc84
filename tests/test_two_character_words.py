"""jionlp's IDF list as the rules ask of it (epikg.lexicon): its two-character words and the everyday ones."""

from __future__ import annotations

import pytest

from epikg import lexicon
from epikg.lexicon import jionlp_words


def test_the_two_character_words_are_the_lists_and_only_those() -> None:
    words = lexicon.two_character_words()
    assert {len(word) for word in words} == {2}
    idf = jionlp_words._parse_idf()
    assert words == {word for word in idf if len(word) == 2}


def test_everyday_words_are_the_two_character_words_of_a_low_idf() -> None:
    assert lexicon.is_common_word("上午") and lexicon.is_common_word("群众")
    assert not lexicon.is_common_word("王建")  # 8.9: it starts a name
    assert not lexicon.is_common_word("上午好") and not lexicon.is_common_word("上")
    common = jionlp_words._vocabulary()[1]
    assert common <= lexicon.two_character_words()
    assert common == {
        w for w, v in jionlp_words._parse_idf().items() if len(w) == 2 and v < jionlp_words._COMMON_WORD_IDF
    }


def test_the_compact_word_set_answers_as_a_frozenset_would() -> None:
    words = ["上午", "上班", "群众", "强调"]
    compact = lexicon.TwoCharacterWords.of(words)
    plain = frozenset(words)
    asked = [*words, "上", "上午好", "午上", "", "下午", "群", "调强", 2]
    assert [w in compact for w in asked] == [w in plain for w in asked]
    assert compact == plain and len(compact) == 4 and sorted(compact) == sorted(plain)
    assert lexicon.TwoCharacterWords(compact.plain()) == compact  # as compiled, so loaded
    with pytest.raises(ValueError, match="two-character"):
        lexicon.TwoCharacterWords.of(["上午好"])
