"""The gazetteer scan of a text: only the lengths a name can have at each position are looked up, and it finds
what looking up every slice finds (see gazetteer.WrittenDivisions)."""

from __future__ import annotations

from epikg import gazetteer
from epikg.ner.places import _MAX_PLACE, _division_candidates

_LISTING = [
    "浙江省\t330000\t浙江",
    "\t温州市\t330300\t温州",
    "\t\t苍南县\t330327\t苍南",
    "\t\t\t金乡镇",
    "\t\t\t\t金乡村",
    "\t\t\t灵溪镇",
    "重庆市\t500000\t重庆",
    "\t\t石柱土家族自治县\t500240\t石柱",
    "\t\t\t南宾街道",
]


def _every_slice(text: str, gaz: gazetteer.Gazetteer) -> list[tuple[int, str, frozenset[str]]]:
    """What the scan replaces: each slice of 2 to _MAX_PLACE characters looked up in turn."""
    found = []
    for start in range(len(text)):
        for length in range(2, min(_MAX_PLACE, len(text) - start) + 1):
            name = text[start : start + length]
            levels = frozenset(d.level for d in gaz.lookup_written(name)) - {"village"}
            if levels:
                found.append((start, name, levels))
    return found


def test_the_scan_finds_every_township_or_higher_name_that_lookup_written_answers() -> None:
    gaz = gazetteer.Gazetteer(gazetteer.parse(_LISTING))
    text = "浙江省温州市苍南县金乡镇金乡村，石柱县南宾街道和灵溪镇，石柱自治县。"
    scanned = list(gaz.written_divisions.occurrences(text, _MAX_PLACE))
    assert scanned == _every_slice(text, gaz)
    names = [name for _, name, _ in scanned]
    assert "金乡村" not in names  # a village is no township or higher
    assert ("石柱县", frozenset({"county"})) in [
        (n, levels) for _, n, levels in scanned
    ]  # short form + level
    assert ("石柱自治县", frozenset({"county"})) in [
        (n, levels) for _, n, levels in scanned
    ]  # short form + ending


def test_the_scan_keeps_to_the_longest_length_asked_for() -> None:
    gaz = gazetteer.Gazetteer(gazetteer.parse(_LISTING))
    assert [n for _, n, _ in gaz.written_divisions.occurrences("石柱土家族自治县", 7)] == []
    assert [n for _, n, _ in gaz.written_divisions.occurrences("石柱土家族自治县", 8)] == ["石柱土家族自治县"]


def test_the_compiled_gazetteer_scans_as_every_slice_looked_up() -> None:
    gaz = gazetteer.load()
    text = "苍南县金乡镇、平江县城关镇，石柱县和恩施州的广大社区居民，北京市朝阳区。"
    assert list(gaz.written_divisions.occurrences(text, _MAX_PLACE)) == _every_slice(text, gaz)
    candidates = {name for _, name in _division_candidates(text, gaz)}
    assert {"苍南县", "金乡镇", "平江县", "城关镇", "石柱县", "恩施州", "朝阳区"} <= candidates
