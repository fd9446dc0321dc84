"""Spans of a text: characters taken (epikg.spans.Taken) and where a name is written (occurrences)."""

from __future__ import annotations

import re

import pytest

from epikg.spans import Taken, occurrences


@pytest.mark.parametrize(
    ("text", "name"),
    [("县委县委书记到县委", "县委"), ("aaaa", "aa"), ("湖南日报·湖南", "湖南"), ("无此名", "有"), ("", "县")],
)
def test_occurrences_are_what_re_finditer_finds_for_the_literal(text: str, name: str) -> None:
    assert list(occurrences(text, name)) == [m.span() for m in re.finditer(re.escape(name), text)]


def test_an_empty_name_is_written_nowhere() -> None:
    assert list(occurrences("县委", "")) == []


def test_taken_spans_overlap_only_where_they_share_a_character() -> None:
    taken = Taken(10, [(2, 4)])
    assert taken.overlaps(3, 5) and not taken.overlaps(4, 6) and not taken.overlaps(0, 2)
