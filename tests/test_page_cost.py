"""A page's cost grows linearly with its length (issue 15, item 2): a crawler's concatenation of a thousand
articles is a thousand times one article, not a million.

Each test compares a text of length n with one of 4n (a factor, not an absolute limit, so they hold on a
slow or busy machine): linear work grows 4 times, quadratic 16. The whole-page tests run the build of one
page without the model, at sizes a test can afford, where a quadratic step still costs little beside the
linear ones (the old steps passed them; they catch a step that is worse, or quadratic with a large
constant); the others drive each step that once tested every new name against every name taken before,
with inputs dense enough that the quadratic term dominates (each failed on the old code).
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

from epikg.document import BuildOptions, Job, Resources, build_document
from epikg.extract.measure_places import place_measures
from epikg.extract.place_divisions import Locality
from epikg.extract.times import resolve_times
from epikg.ner import repeat_names
from epikg.ner.merge import merge
from epikg.ner.places import free_occurrences
from epikg.read.normalize import split_sentences
from epikg.records import EntityType, Measure, Mention, Place
from helpers import write_page

FACTOR = 8  # linear work grows 4x, quadratic 16x
RULES_ONLY = Resources(BuildOptions(use_model=False))


def _best_time(function: Callable[[], object], repeats: int = 2) -> float:
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - began)
    return best


def _grows_linearly(make: Callable[[int], Callable[[], object]], n: int) -> tuple[float, float]:
    """Seconds on n and on 4n; the inputs are made before the clock starts."""
    short, long = make(n), make(4 * n)
    short()  # data files and caches are loaded once, outside the comparison
    return _best_time(short), _best_time(long)


# --- the whole page ------------------------------------------------------------------------------

PLACES = ["金乡镇", "灵溪镇", "龙港镇", "马站镇", "桥墩镇", "钱库镇", "宜山镇", "藻溪镇"]
PEOPLE = ["黄荣定", "张三丰", "李明华", "王建国"]


def news_page(characters: int) -> str:
    """Lines of dense local news (places, officials, measures, counts, dates), none repeating the last."""
    lines = ["苍南县委书记深夜暗访防疫卡口", "2022-04-07 09:41:34"]
    size, i = 0, 0
    while size < characters:
        place, other = PLACES[i % len(PLACES)], PLACES[(i * 3 + 1) % len(PLACES)]
        person = PEOPLE[i % len(PEOPLE)]
        line = (
            f"{i % 12 + 1}月{i % 28 + 1}日,苍南县委书记{person}率领县防疫领导小组到{place}检查疫情防控工作。"
            f"{person}要求,{place}、{other}要严格落实联防联控措施,在重点地段设置卡口{i % 90 + 5}个,"
            f"当天累计登记车辆{1000 + i}辆次、人员{2000 + i}人次。"
        )
        lines.append(line)
        size += len(line) + 1
        i += 1
    return "\n".join(lines) + "\n"


def _page_build(folder: Path) -> Callable[[int], Callable[[], object]]:
    def make(characters: int) -> Callable[[], object]:
        job = Job(str(write_page(folder, f"page-{characters}.txt", news_page(characters))), f"p{characters}")

        def run() -> None:
            result = build_document(job, RULES_ONLY)
            assert result.skipped is None, result.skipped

        return run

    return make


def test_a_page_builds_in_time_linear_in_its_length(tmp_path: Path) -> None:
    short, long = _grows_linearly(_page_build(tmp_path), 2_000)
    assert long <= FACTOR * short, (short, long)


def test_a_page_builds_in_memory_linear_in_its_length(tmp_path: Path) -> None:
    make = _page_build(tmp_path)
    short, long = make(1_500), make(6_000)
    short()  # what stays loaded (data files, the shapes) is no part of a page's cost
    peaks = []
    for run in (short, long):
        tracemalloc.start()
        try:
            run()
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] <= FACTOR * peaks[0], peaks


# --- the steps that compared every name with every other -----------------------------------------


def _places_and_people(n: int) -> tuple[str, list[Mention]]:
    """A text of n names, places and people taking turns, each at a distinct span."""
    text, mentions = [], []
    at = 0
    for i in range(n):
        name = PLACES[i % len(PLACES)] if i % 2 else PEOPLE[i % len(PEOPLE)]
        kind = EntityType.PLACE if i % 2 else EntityType.PERSON
        mentions.append(Mention(name, kind, at, at + len(name), "rule:gazetteer" if i % 2 else "rule:title"))
        text.append(name + ",")
        at += len(name) + 1
    return "".join(text), mentions


def test_merging_rule_and_model_mentions_grows_linearly() -> None:
    def make(n: int) -> Callable[[], object]:
        _, rule = _places_and_people(n)
        model = [Mention(m.text, m.type, m.start, m.end, "model") for m in rule]
        return lambda: merge(rule, model)

    short, long = _grows_linearly(make, 2_000)
    assert long <= FACTOR * short + 0.05, (short, long)


def test_free_occurrences_of_many_names_beside_many_taken_grows_linearly() -> None:
    def make(n: int) -> Callable[[], object]:
        text, taken = _places_and_people(n)
        short_forms = {name[:2] for name in PLACES}  # each occurrence inside a place taken already
        return lambda: free_occurrences(text, short_forms, taken, EntityType.PLACE, "rule:alias")

    short, long = _grows_linearly(make, 4_000)
    assert long <= FACTOR * short + 0.05, (short, long)


def test_a_name_read_once_is_found_again_in_time_linear_in_the_page() -> None:
    def make(n: int) -> Callable[[], object]:
        text, mentions = _places_and_people(n)
        people = [Mention(m.text[:2], m.type, m.start, m.start + 2, "model") for m in mentions]
        return lambda: repeat_names(text, tuple(mentions + people))

    short, long = _grows_linearly(make, 2_000)
    assert long <= FACTOR * short + 0.05, (short, long)


def test_placing_many_measures_grows_linearly() -> None:
    def make(n: int) -> Callable[[], object]:
        text = "".join(f"{PLACES[i % len(PLACES)]}设置卡口。" for i in range(n))
        sentences = split_sentences(text)
        mentions = [
            Mention(PLACES[s.index % len(PLACES)], EntityType.PLACE, s.start, s.start + 3, "rule:gazetteer")
            for s in sentences
        ]
        places = {name: Place(name, "township", None, name, None) for name in PLACES}
        measures = [Measure("checkpoint", "卡口", s.start + 5, s.start + 7, s.index) for s in sentences]
        locality = Locality({})
        return lambda: place_measures(text, sentences, measures, mentions, places, locality, {})

    short, long = _grows_linearly(make, 1_500)
    assert long <= FACTOR * short + 0.05, (short, long)


def test_many_dates_and_same_day_words_grow_linearly() -> None:
    def make(n: int) -> Callable[[], object]:
        text = "".join(f"{i % 12 + 1}月{i % 28 + 1}日召开会议,当天部署工作。" for i in range(n))
        return lambda: resolve_times(text, date(2022, 12, 31))

    short, long = _grows_linearly(make, 1_500)
    assert long <= FACTOR * short + 0.05, (short, long)
