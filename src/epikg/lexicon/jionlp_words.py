"""Word lists and character readings read straight from jionlp's data files.

Importing jionlp itself prints a banner on stdout (where Turtle may go) and takes
time; the data files alone are all we need.
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from epikg.errors import LexiconError
from epikg.lexicon.data_files import data_words

HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def jionlp_dictionary_dir() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise LexiconError("the jionlp package is not installed (pip install jionlp)")
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary"
    if not path.is_dir():
        raise LexiconError(f"jionlp's dictionary folder is missing: {path}")
    return path


def dictionary_path(name: str) -> Path:
    """The file one of jionlp's data files is read from: its zip where jionlp ships one."""
    folder = jionlp_dictionary_dir()
    archive = folder / (Path(name).stem + ".zip")
    return archive if archive.is_file() else folder / name


def read_dictionary(name: str) -> list[str]:
    """Lines of one of jionlp's data files, read from the zip it ships in.

    jionlp ships its larger files zipped and unzips them the first time jionlp is imported;
    reading the zip does not depend on whether, or how far, that has happened.
    """
    folder = jionlp_dictionary_dir()
    archive = folder / (Path(name).stem + ".zip")
    try:
        if archive.is_file():
            with zipfile.ZipFile(archive) as zipped:
                return zipped.read(name).decode("utf-8").splitlines()
        return (folder / name).read_text(encoding="utf-8").splitlines()
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise LexiconError(f"cannot read jionlp's {name}: {exc}") from exc


_READING = re.compile(r"\[([^\[\]]+)\]")


@lru_cache(maxsize=1)
def char_readings() -> dict[str, frozenset[str]]:
    """Toned pinyin readings of each character, e.g. 报 -> {bào}; compiled once (epikg.compiled): parsing
    jionlp's character dictionary cost each worker 0.07 s, on the first page with pinyin residue."""
    from epikg.compiled import load_compiled

    source = dictionary_path("chinese_char_dictionary.txt")
    return load_compiled("char-readings", [source], _parse_char_readings)


def _parse_char_readings() -> dict[str, frozenset[str]]:
    readings: dict[str, frozenset[str]] = {}
    for line in read_dictionary("chinese_char_dictionary.txt"):
        cols = line.split("\t")
        if len(cols) < 8 or len(cols[0]) != 1:
            continue
        found = {r.strip() for r in _READING.findall(cols[7]) if r.strip().isalpha()}
        if found:
            readings[cols[0]] = frozenset(found)
    return readings


class TwoCharacterWords(AbstractSet[str]):
    """A set of two-character words held as one string per first character, of the characters that follow it:
    119,000 words in 1 MiB (a frozenset of them held 22 MiB and took 0.06 s to load), a word looked up at
    about a set's speed (a dict look-up, then a character in a few dozen)."""

    def __init__(self, following: dict[str, str]) -> None:
        self._following = following

    @classmethod
    def of(cls, words: Iterable[str]) -> TwoCharacterWords:
        following: dict[str, set[str]] = defaultdict(set)
        for word in words:
            if len(word) != 2:
                raise ValueError(f"not a two-character word: {word!r}")
            following[word[0]].add(word[1])
        return cls({first: "".join(sorted(after)) for first, after in sorted(following.items())})

    def plain(self) -> dict[str, str]:
        """What is compiled (epikg.compiled)."""
        return self._following

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and len(word) == 2 and word[1] in self._following.get(word[0], "")

    def __iter__(self) -> Iterator[str]:
        return (first + after for first, following in self._following.items() for after in following)

    def __len__(self) -> int:
        return sum(map(len, self._following.values()))


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[TwoCharacterWords, TwoCharacterWords]:
    """The two-character words of jionlp's IDF list (119,000 of 270,000), and the everyday ones among them
    (compiled once): what the rules ask of it. The whole list with its IDF values cost a process 62 MiB."""
    from epikg.compiled import load_compiled

    words, common = load_compiled("words", [dictionary_path("idf.txt")], _compile_vocabulary)
    return TwoCharacterWords(words), TwoCharacterWords(common)


def _parse_idf() -> dict[str, float]:
    table: dict[str, float] = {}
    for line in read_dictionary("idf.txt"):
        word, _, value = line.partition("\t")
        try:
            table[word] = float(value)
        except ValueError:
            continue
    return table


_COMMON_WORD_IDF = 8.0  # 周末 7.6 and 严格 6.2 are everyday words; 王建 8.9 starts a name


def _compile_vocabulary() -> tuple[dict[str, str], dict[str, str]]:
    idf = _parse_idf()
    common = TwoCharacterWords.of(
        word for word, value in idf.items() if len(word) == 2 and value < _COMMON_WORD_IDF
    )
    return TwoCharacterWords.of(word for word in idf if len(word) == 2).plain(), common.plain()


def is_common_word(text: str) -> bool:
    """A two-character everyday word (a low IDF in jionlp's corpus): `上午`, `群众`, `强调`."""
    return text in _vocabulary()[1]


def two_character_words() -> TwoCharacterWords:
    """The two-character words of jionlp's IDF list (a stem made of two words, a character that makes a word
    with its neighbour)."""
    return _vocabulary()[0]


@lru_cache(maxsize=1)
def world_place_names() -> frozenset[str]:
    """Continents, countries (short and full names), capitals and major cities outside China, from
    jionlp's world_location.txt (`大洲:` headers, then country<TAB>full name<TAB>capital<TAB>a/b/c).
    China's own row is left out: its places are the gazetteer's, and `中国` mostly heads names."""
    names = set()
    for line in read_dictionary("world_location.txt"):
        line = line.strip()
        if line.endswith(":"):
            names.add(line[:-1])
            continue
        cols = line.split("\t")
        if not cols[0] or cols[0] in data_words("place_world_skipped.txt"):
            continue
        names.update(cols[:3])
        if len(cols) > 3:
            names.update(cols[3].split("/"))
    return frozenset(n for n in names if len(n) >= 2)


@lru_cache(maxsize=1)
def world_countries() -> tuple[str, ...]:
    """The countries of jionlp's world_location.txt by their short names (越南, 缅甸), China's left out; longest
    first, so that the first one a name starts with is the longest."""
    names = set()
    for line in read_dictionary("world_location.txt"):
        cols = line.strip().split("\t")
        if len(cols) > 1 and cols[0] and cols[0] not in data_words("place_world_skipped.txt"):
            names.add(cols[0])
    return tuple(sorted((n for n in names if len(n) >= 2), key=lambda n: (-len(n), n)))
