"""Word lists and character readings read straight from jionlp's data files.

Importing jionlp itself prints a banner on stdout (where Turtle may go) and takes
time; the data files alone are all we need.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from epikg.errors import LexiconError

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


DATA_DIR = Path(__file__).parent / "data"

# A folder of data files that extend the shipped ones (`epikg build --rules DIR`). The loaders below and
# beside them (in ner/, extract/, read/pagemeta) are cached per process, so the folder is set once per process
# before any of them runs: by the CLI, and by each build worker's initializer. set_rules_dir clears those
# caches when the folder changes after a load, so a later load sees it.
_rules_dir: Path | None = None
_loaded = False


class RulesError(Exception):
    """A rules folder that cannot extend the shipped data; one line naming the file."""


def rules_dir() -> Path | None:
    """The folder whose data files extend the shipped ones in this process, if any."""
    return _rules_dir


def check_rules_dir(folder: Path) -> list[Path]:
    """The data files of a rules folder; a file whose name the package has no data file of is an error."""
    if not folder.is_dir():
        raise RulesError(f"rules folder {folder} does not exist")
    files = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    for path in files:
        if not path.is_file() or not (DATA_DIR / path.name).is_file():
            raise RulesError(
                f"{path}: epikg has no data file {path.name!r} to extend (see {DATA_DIR.name}/ in the package)"
            )
    return files


def set_rules_dir(folder: Path | None) -> None:
    """Extend the shipped data files with a folder's files of the same names (their lines are appended)."""
    global _rules_dir
    if folder is not None:
        check_rules_dir(folder)
        folder = folder.resolve()
    if folder == _rules_dir:
        return
    _rules_dir = folder
    if _loaded:
        _clear_data_caches()


def _clear_data_caches() -> None:
    """Forget every cached data loader in epikg (the model is no data file: its cache stays), and re-run the
    modules that build their tables when imported (`_DATA_AT_IMPORT = True`): importlib.reload runs them again
    in their own namespace, so their functions, wherever imported, see the new tables."""
    import importlib
    import sys

    for name, module in list(sys.modules.items()):
        if (
            not name.startswith("epikg.")
            or name in ("epikg.ner.hanlp_model", "epikg.ner.array_model")
            or module is None
        ):
            continue
        if getattr(module, "_DATA_AT_IMPORT", False):
            importlib.reload(module)
        for value in list(vars(module).values()):
            # Only functools' cached functions: asking an rdflib namespace (XSD) for an attribute warns.
            if isinstance(value, functools._lru_cache_wrapper) and getattr(value, "__module__", None) == name:
                value.cache_clear()


def read_data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file shipped in epikg/data, then of the rules folder's file of
    the same name, if one is set and has it."""
    global _loaded
    _loaded = True
    paths = [DATA_DIR / name]
    if _rules_dir is not None and (_rules_dir / name).is_file():
        paths.append(_rules_dir / name)
    lines = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines.extend(line.strip() for line in f if line.strip() and not line.startswith("#"))
    return lines


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, two-character) Chinese surnames, from data/surnames.txt."""
    names = read_data_lines("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def looks_like_name(text: str) -> bool:
    """Two to four Han characters that start with a known surname."""
    if not 2 <= len(text) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in text):
        return False
    single, double = surnames()
    if text[:2] in double:
        return len(text) >= 3
    return text[0] in single and len(text) <= 3


def run_of_names(run: str) -> tuple[int, ...] | None:
    """`李蕾张羽飞`, `张三李四王五`: the lengths of the names a run of four to nine Han characters is made of, where
    it is no name itself and cuts one way only into names of two or three characters that each look like one
    (a crawl dropped the spaces of a credit); None otherwise (`欧阳春晖`: one name)."""
    if not 4 <= len(run) <= 9 or looks_like_name(run) or is_minority_name(run):
        return None
    splits = _name_splits(run)
    return splits[0] if len(splits) == 1 else None


def _name_splits(run: str) -> list[tuple[int, ...]]:
    if not run:
        return [()]
    return [
        (length, *rest)
        for length in (2, 3)
        if len(run) >= length and looks_like_name(run[:length])
        for rest in _name_splits(run[length:])
    ]


def minority_parts(text: str, start: int = 0) -> list[str]:
    """The one to three parts of data/person_minority_names.txt that follow one another from `start` (`乌云`,
    `其其格`), longest first; none where no part starts there. A part of one character ends the name (`才让措`,
    `贡保加`): it is never the first nor a middle one."""
    found: list[str] = []
    at = start
    while len(found) < 3 and (part := longest_word_at("person_minority_names.txt", text, at)):
        if len(part) == 1:  # the last part; none where it opens a word (`扎西加强了`, `德吉吉祥`)
            if found and not is_common_word(text[at : at + 2]):
                found.append(part)
            break
        found.append(part)
        at += len(part)
    return found


def minority_name_at(text: str, start: int) -> str:
    """The name of one to three parts of data/person_minority_names.txt starting at `start` (`乌云其其格`), or ""."""
    return "".join(minority_parts(text, start))


def is_minority_name(name: str) -> bool:
    """A name made of parts of data/person_minority_names.txt alone (`德吉`, `次仁卓玛`)."""
    return bool(name) and minority_name_at(name, 0) == name


# --- the genre's vocabularies, shared by ner/ (which finds mentions) and extract/ (which reads posts) ---


def word_pattern(lines: Sequence[str]) -> re.Pattern[str]:
    """One regex for a word list: literal words, or regexes written `re:...`, longest first."""
    parts = [line[3:] if line.startswith("re:") else re.escape(line) for line in lines]
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in parts) if parts else "(?!)")


@cache
def list_line() -> re.Pattern[str]:
    """One person a line, as honour and staff lists set them: a name, maybe a bracket of notes set apart by commas
    (`(女)`, `(女,畲族)`: data/person_list_line_marks.txt, peoples.txt), spaces, and the post
    phrase to the end of the line, or to a note in brackets closing it (`县人大常委会原副主任(已退休)`); or the
    post inside the notes' bracket, after them (`其其格(女,蒙古族,东乌旗人民医院感染科护士长)`)."""
    marks = data_words("person_list_line_marks.txt") | data_words("peoples.txt")
    mark = "|".join(map(re.escape, sorted(marks, key=len, reverse=True)))
    # the post after the notes' bracket and spaces, or inside the bracket after the notes (`巴图孟和(蒙古族,嘎达布其镇
    # 党委副书记、镇长)`); names of peoples that take no surname run to seven characters (额尔敦毕力格), two such joined
    # by a middle dot (`热依拉·吐尔洪`)
    return re.compile(
        rf"^(?P<name>[\u4e00-\u9fff]{{2,7}}(?:·[\u4e00-\u9fff]{{2,7}})?)(?:\((?P<notes>(?:{mark})(?:,(?:{mark}))*)(?:\)[ \u3000]+|,)|[ \u3000]+)"
        r"(?P<post>[^\n ]{2,40}?)(?:\([^\n()]{1,8}\))?\)?$",
        re.MULTILINE,
    )


@dataclass(frozen=True)
class Title:
    """A word of data/titles.tsv: whether it is a post in a body, and the body a bare title implies."""

    word: str
    is_post: bool
    body: str | None  # the organization a bare title implies (县长 -> 县政府)


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """The title table of data/titles.tsv, by title word."""
    table = {}
    for cols in data_columns("titles.tsv"):
        table[cols[0]] = Title(
            cols[0], len(cols) < 2 or cols[1] != "role", cols[2] if len(cols) > 2 and cols[2] else None
        )
    return table


def is_surname_and_title(text: str) -> bool:
    """`仝县长`, `王书记`, `欧阳主任`: a surname, then a title (data/titles.tsv): how an article or an interviewer
    addresses someone, no name."""
    single, double = surnames()
    table = titles()
    return (text[:1] in single and text[1:] in table) or (text[:2] in double and text[2:] in table)


def title_ending_at(text: str, end: int) -> Title | None:
    """The longest title word (data/titles.tsv) that ends at `end`. Shared by the post reader (extract/) and the
    notes between a post and its holder's name (past_post_notes)."""
    table = titles()
    for length in range(min(max(map(len, table)), end), 1, -1):
        title = table.get(text[end - length : end])
        if title is not None:
            return title
    return None


@cache
def data_words(name: str) -> frozenset[str]:
    """The entries of a one-column data file (words or characters), comments after `#` dropped."""
    return frozenset(
        line.split("#")[0].strip() for line in read_data_lines(name) if line.split("#")[0].strip()
    )


@cache
def data_table(name: str) -> dict[str, str]:
    """A two-column data file (entry<TAB>value) as a dict, comments after `#` dropped."""
    return dict(data_rows(name))


@cache
def data_groups(name: str) -> dict[str, tuple[str, ...]]:
    """A two-column data file (kind<TAB>word) as each kind's words, longest first (to try in that order)."""
    groups: dict[str, list[str]] = {}
    for kind, word in data_rows(name):
        groups.setdefault(kind, []).append(word)
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in groups.items()}


_ROW_COMMENT = re.compile(r"\s#\s")


@cache
def data_columns(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file as tuples of their columns (as many as each row has), comments after
    `#` dropped (a `#` between spaces: a `#` that is a column's word stays, as a forum's floor mark `5#`)."""
    rows = []
    for line in read_data_lines(name):
        cols = tuple(c.strip() for c in _ROW_COMMENT.split(line)[0].rstrip().split("\t"))
        if cols[0]:
            rows.append(cols)
    return tuple(rows)


@cache
def data_rows(name: str) -> tuple[tuple[str, str], ...]:
    """The (first column, second column) rows of a tab-separated data file (data_columns): rows of one column
    are left out."""
    return tuple((cols[0], cols[1]) for cols in data_columns(name) if len(cols) >= 2)


@cache
def data_longest_first(name: str) -> tuple[str, ...]:
    """The entries of a one-column data file, longest first (then in code-point order): endings to test
    with `str.endswith`, words to try in that order."""
    return tuple(sorted(data_words(name), key=lambda word: (-len(word), word)))


def alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation of their escaped forms, in the order given (longest first where that
    matters), for the regex skeleton in code to wrap: `(?:` + alternation(words) + `)`."""
    return "|".join(map(re.escape, words))


@cache
def _word_lengths(name: str) -> tuple[int, ...]:
    """The lengths of a one-column data file's entries, longest first."""
    return tuple(sorted({len(word) for word in data_words(name)}, reverse=True))


def longest_word_at(name: str, text: str, at: int) -> str | None:
    """The longest entry of a one-column data file that the text has at `at`, or None: the first of
    data_longest_first(name) that text.startswith at `at`, looked up length by length instead of scanned."""
    words = data_words(name)
    for length in _word_lengths(name):
        word = text[at : at + length]
        if len(word) == length and word in words:
            return word
    return None


@cache
def data_alternation(name: str) -> str:
    """A one-column data file as a regex alternation of its escaped entries, longest first."""
    return alternation(data_longest_first(name))


@cache
def day_parts() -> dict[str, tuple[int, int, str]]:
    """Parts of the day (data/time_periods.tsv): each word's first and last hour, and how a clock time after it
    reads its hour (morning, small, noon, afternoon, evening)."""
    parts = {}
    for cols in data_columns("time_periods.tsv"):
        if len(cols) != 4 or not (cols[1].isdigit() and cols[2].isdigit()):
            raise LexiconError(f"time_periods.tsv: {cols!r} is not `word<TAB>hour<TAB>hour<TAB>clock`")
        parts[cols[0]] = (int(cols[1]), int(cols[2]), cols[3])
    return parts


@cache
def day_part_alternation() -> str:
    """The parts of the day as a regex alternation, longest first."""
    return alternation(sorted(day_parts(), key=lambda word: (-len(word), word)))


@cache
def item_mark() -> re.Pattern[str]:
    """A numbered list item's mark at a line's start (`一、`, `(三)`, `2.`, `2、`, `①`; data/numerals.tsv)."""
    return re.compile(
        rf"\s*(?:\(?[{''.join(numerals())}0-9]{{1,3}}\)|[{''.join(numerals())}]{{1,3}}、|\d{{1,2}}[.、]|[\u2460-\u2473])"
    )


@cache
def numerals(*registers: str) -> dict[str, int]:
    """The numeral characters of data/numerals.tsv in the given registers (all when none named), with their
    values, in the file's order."""
    table = {}
    for line in read_data_lines("numerals.tsv"):
        char, value, register = line.split("#")[0].split()[:3]
        if not registers or register in registers:
            table[char] = int(value)
    return table


def scale_class() -> str:
    """A regex character class of the plain place values and section units after Arabic digits (`11.8万`, `3千`):
    data/numerals.tsv's plain characters of a hundred and more."""
    return f"[{''.join(c for c, v in numerals('plain').items() if v >= 100)}]"


def digits_class() -> str:
    """A regex character class of the digits, Arabic and plain Han (`[0-9一二三...]`): a count as written."""
    return f"[0-9{''.join(numerals('plain'))}]"


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


@lru_cache(maxsize=1)
def generic_bodies() -> frozenset[str]:
    """Endings that make a phrase an organization (data/org_suffixes.txt)."""
    return data_words("org_suffixes.txt")


@lru_cache(maxsize=1)
def org_type_rules() -> tuple[tuple[str, str], ...]:
    """(ending, organization type) of data/org_types.tsv, longest ending first."""
    rows = data_columns("org_types.tsv")
    return tuple(sorted(((r[0], r[1]) for r in rows if len(r) == 2), key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def body_endings() -> tuple[str, ...]:
    """What ends a body's name: the endings of data/org_types.tsv and the bare kinds (lexicon.generic_bodies)."""
    return (*(ending for ending, _ in org_type_rules()), *generic_bodies())


@cache
def _notbody_endings() -> tuple[str, ...]:
    return tuple(data_words("org_not_endings.txt"))


@cache
def leader_phrase() -> re.Pattern[str]:
    """The end of what says who leads a body, right before the body's own name (`以县长为组长的`: a leader's post and
    its link, data/org_leaders.tsv). Shared by the body rules (ner/bodies/) and extract/."""
    groups = data_groups("org_leaders.tsv")
    return re.compile(f"(?:{alternation(groups['post'])})(?:{alternation(groups['link'])})")


def ends_a_leader_phrase(text: str, at: int) -> bool:
    """What says who leads a body ends at `at` (`以县长为组长的`: leader_phrase), where the body's own name starts."""
    return any(m.end() == at for m in leader_phrase().finditer(text, max(0, at - 8), at))


def looks_like_body(text: str) -> bool:
    """Ends like an organization's name (`疾控中心`, `巡查组`, `党建办`), not in a word that names none (`通报`:
    data/org_not_endings.txt)."""
    return text.endswith(body_endings()) and not text.endswith(_notbody_endings())


@cache
def body_ending_pattern() -> re.Pattern[str]:
    """The bodies' endings of two characters or more (data/org_types.tsv, org_suffixes.txt), longest first."""
    return re.compile(alternation(sorted((e for e in body_endings() if len(e) >= 2), key=len, reverse=True)))


def in_a_body_ending(text: str, start: int, end: int) -> bool:
    """A body's ending of two characters or more runs from within the three characters before `end` (or from
    `end`) past it (`特警支队` of 巡特警支队, `事务所` of 律师事务所): a title at start:end is part of the body's
    name, no post."""
    pattern = body_ending_pattern()
    return any(
        (found := pattern.match(text, at)) is not None and found.end() > end
        for at in range(max(start, end - 3), end + 1)
    )


def begins_a_word(text: str, at: int) -> bool:
    """The character at `at` makes a word with the next (`科学研判`, `科室`, `股份`), unless a common word starts
    right after it (`疾控科工作人员`: 工作, so 科工 is no word there). Shared by the body rules (ner/bodies/,
    ner/brands.py)."""
    return text[at : at + 2] in two_character_words() and not is_common_word(text[at + 1 : at + 3])


def ends_cleanly(text: str, end: int) -> bool:
    """Nothing goes on at `end` but punctuation or a word that follows names (data/person_followers.txt): where a
    job many hold (医生, 网格员: data/person_group_nouns.txt) after a name must end its phrase (`王芳医生!`,
    `仉志强医生、`). Shared by the person rules (ner/) and the post reader (extract/)."""
    after = text[end : end + 1]
    return not after or not HAN.match(after) or after in data_words("person_followers.txt")


def past_spaces(text: str, at: int) -> int:
    """Past up to two spaces at `at` (pages set names and titles apart with them: `副县长 王建华`). Shared by the
    person rules (ner/) and the post reader (extract/)."""
    stop = at
    while stop < at + 2 and text[stop : stop + 1] in (" ", "\u3000"):
        stop += 1
    return stop


_NOTE_REACH = 14  # characters inside a bracketed note on a post: `(兼县疫情防控指挥部办公室主任)` fits
_OPENING, _CLOSING = "(\uff08", ")\uff09"


@cache
def photo_position() -> re.Pattern[str]:
    """Where a photo shows a person (data/person_photo_positions.txt: 右一, 左二, 中间), as a whole bracket's text."""
    return word_pattern(data_words("person_photo_positions.txt"))


def _is_post_note(note: str) -> bool:
    """A bracket's text that notes how a post is held (data/post_notes.txt: 挂职, 主持工作, 正科级), or a second
    post, after a joiner of posts (data/post_title_joiners.txt: 兼) or not (`县委书记(县疫情防控指挥部指挥长)`), or
    where a photo shows the holder (`镇卫生院院长(左一)查红霞`)."""
    if photo_position().fullmatch(note):
        return True
    if not note or len(note) > _NOTE_REACH or not all(HAN.match(c) for c in note):
        return False
    return note in data_words("post_notes.txt") or title_ending_at(note, len(note)) is not None


def noted_posts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(inside start, inside end) of each bracketed second post between start and end (`县委书记(县疫情防控指挥部
    指挥长)周建平`), of the notes past_post_notes steps over; notes on how a post is held name none."""
    found = []
    at = past_spaces(text, start)
    while at < end and (length := _post_note_at(text, at)):
        note = text[at + 1 : at + length - 1]
        if text[at : at + 1] in _OPENING and note not in data_words("post_notes.txt"):
            found.append((at + 1, at + length - 1))
        at = past_spaces(text, at + length)
    return found


def _post_note_at(text: str, at: int) -> int:
    """The length of a bracketed note on a post or of a rank (data/post_ranks.txt) at `at`; 0 where none."""
    rank = next((r for r in data_longest_first("post_ranks.txt") if text.startswith(r, at)), "")
    if rank:
        return len(rank)
    if text[at : at + 1] not in _OPENING:
        return 0
    closing = min(
        (i for i in (text.find(c, at, at + _NOTE_REACH + 2) for c in _CLOSING) if i > 0), default=-1
    )
    return closing + 1 - at if closing > 0 and _is_post_note(text[at + 1 : closing]) else 0


def _post_note_ending_at(text: str, end: int) -> int:
    """Where a note or rank of _post_note_at that ends at `end` begins; `end` where none does."""
    rank = next((r for r in data_longest_first("post_ranks.txt") if text.endswith(r, 0, end)), "")
    if rank:
        return end - len(rank)
    if text[end - 1 : end] not in _CLOSING:
        return end
    opening = max(text.rfind(c, max(0, end - _NOTE_REACH - 2), end - 1) for c in _OPENING)
    return opening if opening >= 0 and _is_post_note(text[opening + 1 : end - 1]) else end


def past_post_notes(text: str, at: int, *, line_break: bool = False) -> int:
    """Past the spaces, bracketed notes on how the post is held and ranks between a post and its holder's name
    (`县委常委、副县长(挂职)孔德明`, `县人武部政委上校 陶洪波`), and past one line break where `line_break`
    (`县委常委、常务副县长\n姚立平\n到城南卡点检查`: pages set posts and names on lines of their own).
    Shared by the person rules (ner/) and the post reader (extract/), which reads them backwards
    (before_post_notes)."""
    stop = past_spaces(text, at)
    while True:
        if line_break and text[stop : stop + 1] == "\n":
            line_break = False
            stop = past_spaces(text, stop + 1)
        elif length := _post_note_at(text, stop):
            stop = past_spaces(text, stop + length)
        else:
            return stop


def posts_alone_on_line(text: str, end: int) -> bool:
    """The line up to `end` holds Han characters and 、 only: a chain of posts standing alone (`县委常委、常务副县长`),
    whose holder's name may open the next line; not a table's row that sets a name before its post apart with
    spaces or a bracket (`舒红(女) 县人民医院感染科主任`)."""
    return all(HAN.match(c) or c == "、" for c in text[text.rfind("\n", 0, end) + 1 : end])


def before_post_notes(text: str, at: int, *, line_break: bool = False) -> int:
    """Where the spaces, notes, ranks and line break of past_post_notes that end at a name's start `at` begin,
    where a title ends before the notes."""
    start = at
    while True:
        while start > 0 and text[start - 1] in (" ", "\u3000"):
            start -= 1
        if line_break and text[start - 1 : start] == "\n":
            line_break = False
            start -= 1
        elif (opening := _post_note_ending_at(text, start)) < start and title_ending_at(text, opening):
            start = opening  # (a rank that is a post of its own opens no note: `三级警督林芳`)
        else:
            return start


def phrase_ends_at(text: str, end: int) -> bool:
    """Nothing after `end` continues a name or title: punctuation, a follower (说, 等, 带领; data/person_followers.txt),
    a verb of the response (进村, 上门; data/person_verbs_after.txt), a common word, an adverb before any of these
    (`正和`, `才赶到`), or a verb of one character with its aspect particle (`裹着`, `低着头`:
    data/person_aspect_marks.txt). Shared by the person rules (ner/) and the post reader (extract/)."""
    after = text[end : end + 1]
    return (
        not after
        or not HAN.match(after)
        or after in data_words("person_followers.txt")
        or text[end : end + 2] in data_words("person_verbs_after.txt")
        or is_common_word(text[end : end + 2])
        or text[end + 1 : end + 2] in data_words("person_aspect_marks.txt")
        # `干部殷小飞正和企业核对`: an adverb of one character (data/person_adverb_chars.txt), then what ends a phrase
        or (after in data_words("person_adverb_chars.txt") and phrase_ends_at(text, end + 1))
    )


def opens_a_common_place_name(text: str, at: int) -> bool:
    """A common name of places (data/place_name_words.txt: 向阳, 和平) starts at `at`, a division's, village's or
    named place's ending right after it (`向阳村`, `和平社区`, `和平路`): its first character is the name's, whatever
    preposition or conjunction it also is."""
    endings = (
        *data_words("place_division_endings.txt"),
        *data_words("place_village_suffixes.txt"),
        *data_words("place_name_suffixes.txt"),
    )
    return text[at : at + 2] in data_words("place_name_words.txt") and text.startswith(endings, at + 2)


def ends_inside_a_word(text: str, end: int) -> bool:
    """A body's or a shop's ending that closes at `end` is inside a longer word: its last character and the next
    make one of data/org_suffix_continuations.txt (`值班执勤队伍`: 队伍; `商超市场`: 市场)."""
    return text[end - 1 : end + 1] in data_words("org_suffix_continuations.txt")
