"""Names after a title in kinds of article the rules were not written on (issue 13, items 5 and 6): a
reporter's `从`/`向` before a place or body is the preposition. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import rule_mentions
from epikg.records import EntityType


def persons(text: str) -> list[str]:
    return [m.text for m in rule_mentions(text) if m.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "text",
    [
        "记者从石桥了解到,当地已设立卡点。",
        "记者从县疫情防控指挥部获悉,全县已设卡。",
        "记者从红星村获悉,村里已完成排查。",
        "记者向张明了解情况。",
    ],
)
def test_a_reporters_preposition_is_no_surname(text: str) -> None:
    assert not [p for p in persons(text) if p[0] in "从向"]


@pytest.mark.parametrize(
    ("text", "name"), [("记者向明辉报道。", "向明辉"), ("通讯员从文说,卡点已撤。", "从文")]
)
def test_a_surname_that_is_also_a_preposition_still_names(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_preposition_after_a_name_is_not_its_last_character() -> None:
    found = persons("青化镇党委书记王军向记者介绍情况。")
    assert "王军" in found
    assert "王军向" not in found


def test_a_person_before_a_lead_verb_is_not_swallowed_by_the_body_he_leads() -> None:
    mentions = rule_mentions("镇党委书记刘洋,镇长陈涛带领工作组到卡点检查。")
    assert "陈涛" in [m.text for m in mentions if m.type is EntityType.PERSON]
    assert not [m.text for m in mentions if m.type is EntityType.ORGANIZATION and "带领" in m.text]
